"""Turns the Trainer's logs into events and watches the loss for trouble."""
from __future__ import annotations

import math
import sys
import threading
import time
from pathlib import Path

from transformers import TrainerCallback

from core.training.events import EVENT_PREFIX, make_event, to_line


class Emitter:
    """Writes each event to stdout (for the supervising app) and metrics.jsonl."""

    def __init__(self, metrics_path: Path | None, stream=None, echo: bool = True):
        self.metrics_path = metrics_path
        self.stream = stream if stream is not None else sys.stdout
        self.echo = echo
        self.listeners: list = []
        self._lock = threading.Lock()

    def __call__(self, type_: str, **fields) -> dict:
        event = make_event(type_, **fields)
        line = to_line(event)
        with self._lock:
            if self.metrics_path is not None:
                with open(self.metrics_path, "a", encoding="utf-8") as fh:
                    fh.write(line + "\n")
            if self.echo and self.stream is not None:
                try:
                    self.stream.write(EVENT_PREFIX + line + "\n")
                    self.stream.flush()
                except (OSError, ValueError, AttributeError):
                    pass  # no console (windowed app) or a closed pipe: metrics.jsonl still has it
        for listener in self.listeners:
            listener(event)
        return event


class StopRequest:
    """Set by a 'stop' line on stdin (or by code); the callback ends training cleanly."""

    def __init__(self):
        self.event = threading.Event()

    def listen_stdin(self) -> None:
        def read():
            try:
                for line in sys.stdin:
                    if line.strip().lower() == "stop":
                        self.event.set()
                        return
            except (OSError, ValueError):
                pass
        if sys.stdin is not None:
            threading.Thread(target=read, daemon=True, name="stdin-stop").start()

    def is_set(self) -> bool:
        return self.event.is_set()


WARNING_TEXT = {
    "loss_zero": "Training loss is exactly 0: the model is not learning anything real. "
                 "Check that the dataset's answers are not empty and that the trained parts are right in the preview.",
    "loss_below_one": "Training loss fell below 1.0: the model may be memorising your examples and forgetting what it knew. "
                      "Consider fewer epochs or a lower learning rate.",
    "overfitting": "Validation loss is rising while training loss falls: the model is memorising the training rows. "
                   "Stop now and use an earlier checkpoint, or train for fewer epochs.",
}


class EventCallback(TrainerCallback):
    def __init__(self, emit: Emitter, stop: StopRequest, collator, *, stop_at_loss: float = 0.0,
                 early_stopping_patience: int = 0):
        self.emit = emit
        self.stop = stop
        self.collator = collator
        self.stop_at_loss = stop_at_loss
        self.patience = early_stopping_patience
        self.failure: dict | None = None
        self.stop_reason: str | None = None
        self.warned: set[str] = set()
        self.best_eval = math.inf
        self.evals_without_improvement = 0
        self.eval_history: list[float] = []
        self.train_history: list[float] = []
        self._last_time = time.monotonic()
        self._last_tokens = 0
        self._started = time.monotonic()
        self._start_step = 0

    def _warn(self, code: str, step: int, message: str | None = None, once: bool = True) -> None:
        if once and code in self.warned:
            return
        self.warned.add(code)
        self.emit("warning", code=code, step=step, message=message or WARNING_TEXT[code])

    def on_train_begin(self, args, state, control, **kwargs):
        self._start_step = state.global_step
        self._started = time.monotonic()

    def on_step_end(self, args, state, control, **kwargs):
        if self.stop.is_set():
            self.stop_reason = self.stop_reason or "stopped by the user"
            control.should_training_stop = True
        return control

    def on_log(self, args, state, control, logs=None, **kwargs):
        logs = logs or {}
        step = state.global_step
        if "loss" in logs:
            loss = float(logs["loss"])
            now = time.monotonic()
            tokens = self.collator.meter.real_tokens
            tps = (tokens - self._last_tokens) / max(now - self._last_time, 1e-6)
            self._last_time, self._last_tokens = now, tokens
            done = step - self._start_step
            remaining = max(state.max_steps - step, 0)
            eta = (now - self._started) / done * remaining if done else None
            self.emit("progress", step=step, epoch=round(state.epoch or 0.0, 4), loss=loss,
                      learning_rate=logs.get("learning_rate"), grad_norm=logs.get("grad_norm"),
                      tokens_per_second=round(tps, 1), eta_seconds=None if eta is None else round(eta, 1),
                      padded_fraction=round(self.collator.meter.padded_fraction, 4))
            self._check_loss(loss, step, control)
        if "eval_loss" in logs:
            self._check_eval(float(logs["eval_loss"]), step, control)
        return control

    def _check_loss(self, loss: float, step: int, control) -> None:
        if not math.isfinite(loss):
            self.failure = {"code": "nan_loss", "message": f"The training loss became {loss} at step {step}.",
                            "hint": "Lower the learning rate (try half), or check the dataset for broken rows."}
            control.should_training_stop = True
            return
        if loss == 0.0:
            self._warn("loss_zero", step)
        elif loss < 1.0:
            self._warn("loss_below_one", step)
        self.train_history.append(loss)
        if self.stop_at_loss and loss < self.stop_at_loss:
            self.stop_reason = f"training loss {loss:.3f} fell below the stop-at-loss setting {self.stop_at_loss}"
            control.should_training_stop = True

    def _check_eval(self, eval_loss: float, step: int, control) -> None:
        self.emit("eval", step=step, eval_loss=eval_loss)
        self.eval_history.append(eval_loss)
        if eval_loss < self.best_eval:
            self.best_eval, self.evals_without_improvement = eval_loss, 0
        else:
            self.evals_without_improvement += 1
        # Overfitting: validation rose twice in a row while training kept falling.
        if len(self.eval_history) >= 3 and len(self.train_history) >= 2:
            e = self.eval_history
            recent_train = self.train_history[-max(2, len(self.train_history) // 4):]
            if e[-1] > e[-2] > e[-3] and recent_train[-1] < recent_train[0]:
                self._warn("overfitting", step)
        if self.patience and self.evals_without_improvement >= self.patience:
            self.stop_reason = (f"validation loss has not improved for {self.patience} evaluations "
                                f"(best {self.best_eval:.3f})")
            control.should_training_stop = True
