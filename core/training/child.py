"""Set-up of the training child process: log file, stdin stop, no console assumptions."""

from __future__ import annotations

import logging
import os
import sys
import warnings
from pathlib import Path

from core.errors import UserError, run_command
from core.training import runs


def child_main(argv: list[str]) -> int:
    """Exit status 2 with one line for bad arguments; the run's own failures are events (see engine)."""
    return run_command(_train_child, argv)


def _train_child(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    resume = "--resume" in argv
    if len(args) != 1:
        raise UserError("usage: python -m core.training RUN_DIR [--resume]")
    run_dir = Path(args[0])
    if not (run_dir / runs.RUN_YAML).exists():
        raise UserError(f"{run_dir}: no run.yaml here; create the run from the app or with 'lorasmith train'")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # training never downloads
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "warning")
    log = open(run_dir / runs.LOG, "a", encoding="utf-8", buffering=1)
    # A windowed frozen app has no stderr; library chatter goes to the run's log.
    sys.stderr = log
    logging.basicConfig(stream=log, level=logging.INFO, format="%(asctime)s %(name)s: %(message)s", force=True)
    logging.captureWarnings(True)
    warnings.simplefilter("default")

    from core.planning.hardware import pin_training_gpu

    pin_training_gpu()  # before torch starts CUDA: train on the card the plan was made for
    from core.training.engine import run_training
    from core.training.monitor import Emitter, StopRequest

    stop = StopRequest()
    stop.listen_stdin()
    emitter = Emitter(run_dir / runs.METRICS, stream=sys.stdout)
    return run_training(run_dir, resume=resume, emit=emitter, stop=stop)
