"""Training in this process, for `lorasmith train` and the demo: events printed as JSON lines or as
readable progress, and the ML libraries' own chatter kept in the run's log."""

from __future__ import annotations

import contextlib
import sys
import warnings
from pathlib import Path


def run_in_process(run_dir: Path, *, resume: bool = False, json_events: bool = False) -> int:
    """Train in this process, printing events as JSON lines or as readable progress."""
    if not json_events:
        print(f"Run folder: {run_dir}", flush=True)
    from core.planning.hardware import pin_training_gpu

    pin_training_gpu()  # before torch starts CUDA: train on the card the plan was made for
    from core.training import runs

    with library_chatter_to(Path(run_dir) / runs.LOG):
        # Imported here: the ML libraries talk as they load.
        from core.training.engine import run_training
        from core.training.events import to_line
        from core.training.monitor import Emitter, StopRequest

        emitter = Emitter(Path(run_dir) / runs.METRICS, echo=False)
        emitter.listeners.append((lambda e: print(to_line(e), flush=True)) if json_events else print_event)
        return run_training(Path(run_dir), resume=resume, emit=emitter, stop=StopRequest())


@contextlib.contextmanager
def library_chatter_to(log_path: Path):
    """Progress bars and warnings of the ML libraries go to the run's log, not between our lines."""
    with (
        open(log_path, "a", encoding="utf-8", buffering=1) as log,
        contextlib.redirect_stderr(log),
        warnings.catch_warnings(),
    ):
        warnings.simplefilter("default")
        warnings.showwarning = lambda message, category, filename, lineno, file=None, line=None: log.write(
            warnings.formatwarning(message, category, filename, lineno, line)
        )
        yield


def print_event(event: dict) -> None:
    kind = event["type"]
    if kind == "started":
        print(
            f"Training {event['train_examples']} examples ({event['eval_examples']} held out for validation) "
            f"on {event['device']}, {event['total_steps']} steps.",
            flush=True,
        )
    elif kind == "progress":
        eta = event.get("eta_seconds")
        eta_text = f", about {eta:.0f}s left" if isinstance(eta, (int, float)) else ""
        print(
            f"step {event['step']:>5}  loss {event['loss']:.4f}  lr {event.get('learning_rate') or 0:.2e}{eta_text}",
            flush=True,
        )
    elif kind == "eval":
        print(f"step {event['step']:>5}  validation loss {event['eval_loss']:.4f}", flush=True)
    elif kind == "warning":
        print(f"warning: {event['message']}", flush=True)
    elif kind == "failed":
        print(f"failed: {event['message']} {event.get('hint', '')}", file=sys.stderr, flush=True)
    elif kind in ("finished", "cancelled"):
        word = "Finished" if kind == "finished" else "Stopped"
        print(f"{word} at step {event['step']}; adapter saved in {event['adapter_path']}", flush=True)
