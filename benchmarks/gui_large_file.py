"""Opening a large JSONL on the Dataset screen: does the window keep answering?

Writes a JSONL of the given size (Alpaca rows of varied length, English and
Chinese) to a temporary folder, opens it in a real DatasetView, and while it
loads a 10 ms QTimer records the gaps between its ticks: a gap well over 10 ms
is time the event loop could not answer the user. Reported, not asserted.

    python benchmarks/gui_large_file.py [--size-mb 100] [--repaint]

Prints: time to the first rows in the table, time to all rows, time until the
rows are checked, the longest event-loop stall, and how many ticks were late
by more than 50 and 100 ms. Beside each stall it records the CPU time the GUI
thread itself used: on a busy machine a stall with little CPU in it is the
thread waiting for a core, not work the window does; the load average is
printed so runs can be compared.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


WORDS_EN = (
    "the model learns to answer short questions about bees honey weather gardens tea and "
    "small towns with care and a little humour"
).split()
WORDS_ZH = list("小镇茶馆的四季春天早上最热闹赶集农民挑着担子进门先要一碗热茶再慢慢地说起今年雨水和秧苗")


def write_dataset(path: Path, size_mb: int, seed: int = 7) -> int:
    rng = random.Random(seed)
    target = size_mb * 1024 * 1024
    written = rows = 0
    with open(path, "w", encoding="utf-8") as fh:
        while written < target:
            zh = rng.random() < 0.3
            words = WORDS_ZH if zh else WORDS_EN
            sep = "" if zh else " "
            row = {
                "instruction": sep.join(rng.choices(words, k=rng.randint(5, 30))),
                "input": sep.join(rng.choices(words, k=rng.randint(0, 20))),
                "output": sep.join(rng.choices(words, k=rng.randint(20, 300))),
            }
            line = json.dumps(row, ensure_ascii=False) + "\n"
            fh.write(line)
            written += len(line.encode("utf-8"))
            rows += 1
    return rows


def measure(path: Path, expected_rows: int, repaint: bool) -> dict:
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.views.dataset.view import DatasetView

    app = QApplication.instance() or QApplication([])
    view = DatasetView(model_dir="")
    view.resize(1280, 800)
    view.show()
    app.processEvents()

    clock = QElapsedTimer()
    gaps: list[float] = []
    busy: list[float] = []  # CPU time the GUI thread itself used in each gap
    marks: dict[str, float] = {}
    last = [0.0, time.thread_time()]

    def tick():
        now, cpu = clock.nsecsElapsed() / 1e6, time.thread_time()
        gaps.append(now - last[0])
        busy.append((cpu - last[1]) * 1000)
        last[0], last[1] = now, cpu
        if repaint:
            view.table.viewport().repaint()  # paint now, as a user scrolling would make it

    def first_rows(*_):
        marks.setdefault("first_rows_ms", clock.nsecsElapsed() / 1e6)

    probe = QTimer()
    probe.setInterval(10)
    probe.timeout.connect(tick)
    view.model.rowsInserted.connect(first_rows)

    clock.start()
    probe.start()
    view.open_path(path)
    loader = view._loader
    loader.checking.connect(lambda: marks.setdefault("all_rows_ms", clock.nsecsElapsed() / 1e6))
    while loader.isRunning() or view.loading:
        app.processEvents()
        time.sleep(0.001)
    app.processEvents()
    marks["checked_ms"] = clock.nsecsElapsed() / 1e6
    probe.stop()
    rows = view.model.rowCount()
    problems = len(view.problems.problems)
    view.shutdown()
    late = [g - 10 for g in gaps]
    return {
        "rows": rows,
        "expected_rows": expected_rows,
        "problems": problems,
        **marks,
        "max_stall_ms": round(max(late), 1),
        "max_gui_cpu_per_tick_ms": round(max(busy), 1),
        "gui_cpu_ms": round(sum(busy)),
        "ticks": len(gaps),
        "late_over_50ms": sum(1 for x in late if x > 50),
        "late_over_100ms": sum(1 for x in late if x > 100),
        "median_tick_ms": round(sorted(gaps)[len(gaps) // 2], 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size-mb", type=int, default=100)
    parser.add_argument("--repaint", action="store_true", help="also repaint the table on every probe tick")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "large.jsonl"
        started = time.perf_counter()
        rows = write_dataset(path, args.size_mb)
        print(
            f"wrote {path.stat().st_size / 2**20:.0f} MB, {rows:,} rows in {time.perf_counter() - started:.1f} s",
            flush=True,
        )
        result = measure(path, rows, args.repaint)
    result["load_average"] = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    result["cpus"] = os.cpu_count()
    for key in (
        "rows",
        "first_rows_ms",
        "all_rows_ms",
        "checked_ms",
        "max_stall_ms",
        "max_gui_cpu_per_tick_ms",
        "gui_cpu_ms",
        "late_over_50ms",
        "late_over_100ms",
        "ticks",
        "median_tick_ms",
        "problems",
        "load_average",
        "cpus",
    ):
        value = result.get(key)
        print(
            f"{key:>16}: {value:,.0f}"
            if isinstance(value, float) and key.endswith("_ms") and key != "max_stall_ms"
            else f"{key:>16}: {value}"
        )
    print(json.dumps(result))
    return 0 if result["rows"] == rows else 1


if __name__ == "__main__":
    raise SystemExit(main())
