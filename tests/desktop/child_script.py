"""A small stand-in for the training child: prints events like core.training does.

python child_script.py RUN_DIR MODE [STEPS]
  finish  emit STEPS progress events, then finished (exit 0)
  wait    emit a few progress events, then keep stepping until 'stop' arrives on stdin: cancelled (exit 0)
  hang    emit started, then ignore everything until killed
  crash   print some output, write a traceback to log.txt, exit 3
  fail    emit a failed event (oom), exit 1
"""

import json
import sys
import threading
import time
from pathlib import Path

PREFIX = "@@lorasmith "


RUN_DIR = Path(sys.argv[1])


def emit(kind, **fields):
    """Like the real child: on stdout for the app, and appended to the run's metrics.jsonl."""
    line = json.dumps({"type": kind, "time": time.time(), **fields})
    with open(RUN_DIR / "metrics.jsonl", "a", encoding="utf-8") as fh:
        fh.write(line + "\n")
    print(PREFIX + line, flush=True)


def main():
    run_dir, mode = RUN_DIR, sys.argv[2]
    steps = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    stop = threading.Event()

    def listen():
        for line in sys.stdin:
            if line.strip() == "stop":
                stop.set()
                return

    threading.Thread(target=listen, daemon=True).start()
    print("loading the model (a log line, not an event)", flush=True)
    emit(
        "started", run_dir=str(run_dir), total_steps=steps, epochs=1.0, train_examples=10, eval_examples=2, device="cpu"
    )
    if mode == "crash":
        (run_dir / "log.txt").write_text(
            "Traceback (most recent call last):\nRuntimeError: boom in the child\n", encoding="utf-8"
        )
        sys.exit(3)
    if mode == "fail":
        emit("failed", code="oom", message="The GPU ran out of memory.", hint="Lower the micro batch size.")
        sys.exit(1)
    if mode == "hang":
        while True:
            time.sleep(0.1)
    step = 0
    while True:
        step += 1
        emit(
            "progress",
            step=step,
            epoch=step / steps,
            loss=2.0 / step,
            learning_rate=1e-4,
            grad_norm=0.5,
            tokens_per_second=100.0,
            eta_seconds=1.0,
        )
        if step == 2:
            emit("warning", step=step, code="loss_below_one", message="Training loss fell below 1.0.")
        if mode == "finish" and step >= steps:
            emit("finished", adapter_path=str(run_dir / "adapter"), step=step)
            return 0
        if mode == "wait" and stop.is_set():
            emit("cancelled", adapter_path=str(run_dir / "adapter"), step=step)
            return 0
        time.sleep(0.05)


if __name__ == "__main__":
    sys.exit(main())
