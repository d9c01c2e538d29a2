"""Turns the Trainer's logs into events and watches the loss for trouble."""

from __future__ import annotations

import math
import sys
import threading
import time
from pathlib import Path

from transformers import TrainerCallback

from core.training.events import EVENT_PREFIX, make_event, to_line
from core.training.guards import (
    FP16_SKIPPED_STEPS_ALLOWED,
    LossWatch,
    RunContext,
    finite,
    nan_failure,
    nonfinite_saved,
    nonfinite_trainable,
)


class Emitter:
    """Writes each event to stdout (for the supervising app) and metrics.jsonl."""

    def __init__(self, metrics_path: Path | None, stream=None, echo: bool = True):
        self.metrics_path = metrics_path
        self.stream = stream if stream is not None else sys.stdout
        self.echo = echo
        self.listeners: list = []
        self._lock = threading.Lock()

    def __call__(self, type_: str, **fields) -> dict:
        return self._send(make_event(type_, **fields), record=True)

    def say(self, type_: str, **fields) -> dict:
        """An event for the listening app only: the run's metrics.jsonl is left as it is."""
        return self._send(make_event(type_, **fields), record=False)

    def _send(self, event: dict, record: bool) -> dict:
        line = to_line(event)
        with self._lock:
            if record and self.metrics_path is not None:
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
    """Emits progress and validation events, and ends the run on trouble.

    Every stop (the user's, stop-at-loss, early stopping) saves a checkpoint at that step, so
    nothing since the last periodic one is lost; a NaN or infinity never is saved.
    """

    def __init__(
        self,
        emit: Emitter,
        stop: StopRequest,
        collator,
        *,
        stop_at_loss: float = 0.0,
        early_stopping_patience: int = 0,
        context: RunContext | None = None,
        loss_watch: LossWatch | None = None,
    ):
        self.emit = emit
        self.stop = stop
        self.collator = collator
        self.stop_at_loss = stop_at_loss
        self.patience = early_stopping_patience
        self.context = context or RunContext()
        self.loss_watch = loss_watch
        self.failure: dict | None = None
        self.stop_reason: str | None = None
        self.stopped_by: str | None = None  # "user" | "stop_at_loss" | "early_stopping"
        self.warned: set[str] = set()
        self.best_eval = math.inf
        self.best_step: int | None = None
        self.evals_without_improvement = 0
        self.eval_history: list[float] = []
        self.train_history: list[float] = []
        self._loss_flagged_at: int | None = None
        self._skipped_grad_steps = 0
        self._weights_checked_at: int | None = None
        self._last_time = time.monotonic()
        self._last_tokens = 0
        self._started = time.monotonic()
        self._start_step = 0

    def _warn(self, code: str, step: int, message: str | None = None, once: bool = True) -> None:
        if once and code in self.warned:
            return
        self.warned.add(code)
        self.emit("warning", code=code, step=step, message=message or WARNING_TEXT[code])

    def _end(self, control, reason: str, by: str) -> None:
        """A clean stop that keeps everything: training stops and this step is saved."""
        self.stop_reason, self.stopped_by = self.stop_reason or reason, self.stopped_by or by
        control.should_training_stop = True
        control.should_save = True

    def _fail(self, control, quantity: str, value, step: int) -> None:
        if self.failure is None:
            self.failure = nan_failure(quantity, value, step, self.context)
        control.should_training_stop = True
        # Nothing after the NaN is evaluated or saved: the last good checkpoint stays the latest.
        control.should_save = False
        control.should_evaluate = False

    def on_train_begin(self, args, state, control, optimizer=None, lr_scheduler=None, **kwargs):
        self._start_step = state.global_step
        self._started = time.monotonic()
        if state.best_metric is not None and math.isfinite(state.best_metric):
            self.best_eval, self.best_step = state.best_metric, state.best_global_step or None
        if state.global_step and args is not None:
            self._apply_new_learning_rate(args.learning_rate, state.global_step, optimizer, lr_scheduler)

    def _apply_new_learning_rate(self, rate: float, step: int, optimizer, lr_scheduler) -> None:
        """A resumed checkpoint restores the old rate with the scheduler; run.yaml's new rate wins."""
        scheduler = getattr(lr_scheduler, "scheduler", lr_scheduler)
        base = list(getattr(scheduler, "base_lrs", None) or [])
        if not base or base[0] <= 0 or math.isclose(base[0], rate, rel_tol=1e-6) or optimizer is None:
            return
        factor = rate / base[0]
        scheduler.base_lrs = [b * factor for b in base]
        if hasattr(scheduler, "_last_lr"):
            scheduler._last_lr = [lr * factor for lr in scheduler._last_lr]
        for group in optimizer.param_groups:
            group["lr"] *= factor
            if "initial_lr" in group:
                group["initial_lr"] *= factor
        self.emit(
            "settings_changed",
            step=step,
            old={"learning_rate": base[0]},
            new={"learning_rate": rate},
            reason="resumed with a new learning rate",
        )

    def on_step_end(self, args, state, control, model=None, **kwargs):
        step = state.global_step
        if self.stop.is_set():
            self._end(control, "stopped by the user", "user")
        if self.loss_watch is not None and self.loss_watch.take():
            # Log this step even between logging steps, so on_log sees the loss and fails the run.
            self._loss_flagged_at = step
            control.should_log = True
            control.should_save = control.should_evaluate = False
            return control
        self._guard_save(state, control, model)
        return control

    def on_log(self, args, state, control, logs=None, model=None, **kwargs):
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
            self.emit(
                "progress",
                step=step,
                epoch=round(state.epoch or 0.0, 4),
                loss=loss,
                learning_rate=logs.get("learning_rate"),
                grad_norm=logs.get("grad_norm"),
                tokens_per_second=round(tps, 1),
                eta_seconds=None if eta is None else round(eta, 1),
                padded_fraction=round(self.collator.meter.padded_fraction, 4),
            )
            if self._loss_flagged_at == step and math.isfinite(loss):
                loss = math.nan  # the hook saw a non-finite micro-batch loss the average hid
            self._check_loss(loss, step, control)
            if self.failure is None:
                self._check_grad_norm(logs.get("grad_norm"), step, control)
        if "eval_loss" in logs:
            self._check_eval(float(logs["eval_loss"]), step, control)
        self._guard_save(state, control, model)
        return control

    def on_evaluate(self, args, state, control, model=None, **kwargs):
        self._guard_save(state, control, model)
        return control

    def _guard_save(self, state, control, model) -> None:
        """Just before the Trainer saves (and rotates old checkpoints away): are the LoRA weights finite?"""
        step = state.global_step
        if self.failure is not None or self._loss_flagged_at == step:
            control.should_save = False
            return
        if not control.should_save or model is None or self._weights_checked_at == step:
            return
        self._weights_checked_at = step
        bad = nonfinite_trainable(model)
        if bad:
            self._fail(control, "weights", math.nan, step)
            self.failure["message"] += f" ({len(bad)} tensors, first {bad[0]})"

    def _check_loss(self, loss: float, step: int, control) -> None:
        if not math.isfinite(loss):
            self._fail(control, "loss", loss, step)
            return
        if loss == 0.0:  # a real zero: with the NaN filter off a NaN no longer shows as 0
            self._warn("loss_zero", step)
        elif loss < 1.0:
            self._warn("loss_below_one", step)
        self.train_history.append(loss)
        if self.stop_at_loss and loss < self.stop_at_loss:
            self._end(
                control,
                f"training loss {loss:.3f} fell below the stop-at-loss setting {self.stop_at_loss}",
                "stop_at_loss",
            )

    def _check_grad_norm(self, grad_norm, step: int, control) -> None:
        if finite(grad_norm):
            self._skipped_grad_steps = 0
            return
        if self.context.grad_scaler:
            # fp16's gradient scaler skipped this step and lowered its scale: normal, unless it goes on.
            self._skipped_grad_steps += 1
            if self._skipped_grad_steps <= FP16_SKIPPED_STEPS_ALLOWED:
                return
        self._fail(control, "grad_norm", grad_norm, step)

    def _check_eval(self, eval_loss: float, step: int, control) -> None:
        self.emit("eval", step=step, eval_loss=eval_loss)
        if not math.isfinite(eval_loss):
            self._fail(control, "eval_loss", eval_loss, step)
            return
        self.eval_history.append(eval_loss)
        if eval_loss < self.best_eval:
            self.best_eval, self.best_step, self.evals_without_improvement = eval_loss, step, 0
            control.should_save = True  # the best checkpoint must exist to be kept and chosen
        else:
            self.evals_without_improvement += 1
        # Overfitting: validation rose twice in a row while training kept falling.
        if len(self.eval_history) >= 3 and len(self.train_history) >= 2:
            e = self.eval_history
            recent_train = self.train_history[-max(2, len(self.train_history) // 4) :]
            if e[-1] > e[-2] > e[-3] and recent_train[-1] < recent_train[0]:
                self._warn("overfitting", step)
        if self.patience and self.evals_without_improvement >= self.patience:
            self._end(
                control,
                f"validation loss has not improved for {self.patience} evaluations "
                f"(best {self.best_eval:.3f} at step {self.best_step})",
                "early_stopping",
            )


class CheckpointMarker(TrainerCallback):
    """Marks a checkpoint complete only after the Trainer finished writing it, and only when its
    LoRA weights are finite; a broken one is removed and ends the run."""

    def __init__(self, emit: Emitter, events: EventCallback | None = None):
        self.emit = emit
        self.events = events

    def on_save(self, args, state, control, **kwargs):
        from core.training import runs

        folder = Path(args.output_dir) / f"checkpoint-{state.global_step}"
        if not folder.is_dir():
            return control
        bad = nonfinite_saved(folder)
        if bad:
            runs.remove_checkpoint(folder)
            if self.events is not None:
                self.events._fail(control, "weights", math.nan, state.global_step)
            else:
                control.should_training_stop = True
            return control
        (folder / runs.COMPLETE_MARKER).write_text(str(state.global_step), encoding="utf-8")
        self.emit("checkpoint", step=state.global_step, path=str(folder))
        return control
