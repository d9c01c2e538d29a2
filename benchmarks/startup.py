"""Start-up: time from launching `lorasmith` to its window being shown, offscreen.

Each round launches a fresh process (`python -m desktop.app --exit-when-shown`),
which opens the window, prints a line once it is shown and exits; the time is
taken here, from before the launch to that line, so it includes starting Python.
For scale, the same rounds time a bare `python -c pass` and an import of
PySide6.QtWidgets, and we report the app's time as a multiple of those.

    python benchmarks/startup.py [--rounds 5]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def timed(command: list[str], marker: str | None, env: dict) -> float:
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    elapsed = None
    for line in process.stdout:
        if marker and marker in line:
            elapsed = time.perf_counter() - started
    code = process.wait()
    if code != 0:
        raise SystemExit(f"{' '.join(command)} exited with {code}")
    return elapsed if elapsed is not None else time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LORASMITH_HOME=tempfile.mkdtemp(prefix="lorasmith-bench-"))
    commands = {
        "python": ([sys.executable, "-c", "pass"], None),
        "import_qtwidgets": ([sys.executable, "-c", "import PySide6.QtWidgets"], None),
        "window_shown": ([sys.executable, "-m", "desktop.app", "--exit-when-shown"], "window shown"),
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(args.rounds):  # interleaved, so load on the machine hits all alike
        for name, (command, marker) in commands.items():
            times[name].append(timed(command, marker, env))
    medians = {name: statistics.median(values) for name, values in times.items()}
    report = {
        "rounds": args.rounds,
        "median_seconds": {name: round(value, 3) for name, value in medians.items()},
        "window_vs_python": round(medians["window_shown"] / medians["python"], 1),
        "window_vs_qtwidgets_import": round(medians["window_shown"] / medians["import_qtwidgets"], 1),
    }
    print(json.dumps(report, indent=2))
    out = REPO / "benchmarks" / "out"
    out.mkdir(exist_ok=True)
    (out / "startup.json").write_text(json.dumps(report, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
