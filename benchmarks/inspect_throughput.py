"""`lorasmith data inspect` throughput on a 50,000-row Alpaca dataset.

Writes the dataset (rows built from LLaMA-Factory's alpaca_en_demo, repeated with a
row number so none is a duplicate), then times the whole command in a child
process against a reference measured in the same run: Python reading and
json-parsing the same file (the least any reader must do). Prints rows per second
and the ratio.

    python benchmarks/inspect_throughput.py [--rows 50000] [--repeats 3]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SOURCE = REPO.parent / "shared" / "compat" / "llamafactory" / "alpaca_en_demo.json"


def make_dataset(path: Path, rows: int) -> None:
    base = json.loads(SOURCE.read_text(encoding="utf-8"))
    out = []
    for i in range(rows):
        row = dict(base[i % len(base)])
        row["instruction"] = f"{row['instruction']} (#{i})"
        out.append(row)
    path.write_text(json.dumps(out, ensure_ascii=False), encoding="utf-8")


def timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, cwd=REPO, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "alpaca_50k.json"
        make_dataset(data, args.rows)
        inspect = [sys.executable, "-m", "core.cli.main", "data", "inspect", str(data), "--json"]
        reference = [sys.executable, "-c", f"import json; json.load(open({str(data)!r}, encoding='utf-8'))"]
        ours, ref = [], []
        for _ in range(args.repeats):
            ours.append(timed(inspect))
            ref.append(timed(reference))
    t, r = statistics.median(ours), statistics.median(ref)
    print(f"rows: {args.rows}")
    print(f"data inspect: median {t:.2f} s ({args.rows / t:,.0f} rows/s)")
    print(f"json.load reference: median {r:.2f} s")
    print(f"ratio inspect / reference: {t / r:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
