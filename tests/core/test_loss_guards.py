"""The loss guards, driven through transformers' own callback objects."""
from __future__ import annotations

import pytest
from transformers import TrainerControl, TrainerState

from core.training.dataset import Collator
from core.training.monitor import EventCallback, StopRequest


class Recorder(list):
    def __call__(self, type_, **fields):
        self.append({"type": type_, **fields})


def make(**kwargs):
    events = Recorder()
    callback = EventCallback(events, StopRequest(), Collator(0, packing=False), **kwargs)
    state = TrainerState()
    state.max_steps = 100
    return events, callback, state


def feed(callback, state, step, **logs):
    state.global_step = step
    control = TrainerControl()
    callback.on_log(None, state, control, logs=logs)
    return control


def test_nan_loss_stops_the_run_with_a_hint_to_lower_the_learning_rate():
    events, callback, state = make()
    assert not feed(callback, state, 1, loss=2.0).should_training_stop
    assert feed(callback, state, 2, loss=float("nan")).should_training_stop
    assert callback.failure["code"] == "nan_loss" and "learning rate" in callback.failure["hint"].lower()
    assert feed(callback, state, 3, loss=float("inf")).should_training_stop


def test_zero_and_low_loss_warn_once_each():
    events, callback, state = make()
    for step, loss in enumerate([2.0, 0.8, 0.7, 0.0, 0.0], 1):
        feed(callback, state, step, loss=loss)
    warnings = [e for e in events if e["type"] == "warning"]
    assert [w["code"] for w in warnings] == ["loss_below_one", "loss_zero"]
    assert warnings[0]["step"] == 2


def test_stop_at_loss_ends_training_cleanly():
    events, callback, state = make(stop_at_loss=1.5)
    assert not feed(callback, state, 1, loss=2.0).should_training_stop
    assert feed(callback, state, 2, loss=1.4).should_training_stop
    assert callback.failure is None and "stop-at-loss" in callback.stop_reason


def test_rising_validation_while_training_falls_is_overfitting():
    events, callback, state = make()
    train = iter([3.0, 2.5, 2.0, 1.5, 1.2, 1.1])
    for step, eval_loss in zip(range(1, 7), [2.0, 1.8, 1.9, 2.1, 2.4, 2.6]):
        feed(callback, state, step, loss=next(train))
        feed(callback, state, step, eval_loss=eval_loss)
    codes = [e["code"] for e in events if e["type"] == "warning"]
    assert "overfitting" in codes
    first = [e for e in events if e.get("code") == "overfitting"][0]
    assert first["step"] == 4


def test_early_stopping_after_patience_evaluations_without_improvement():
    events, callback, state = make(early_stopping_patience=2)
    assert not feed(callback, state, 1, eval_loss=2.0).should_training_stop
    assert not feed(callback, state, 2, eval_loss=2.1).should_training_stop
    assert feed(callback, state, 3, eval_loss=2.05).should_training_stop
    assert "not improved for 2" in callback.stop_reason


def test_progress_events_carry_what_the_monitor_plots():
    events, callback, state = make()
    feed(callback, state, 1, loss=2.0, learning_rate=1e-4, grad_norm=0.5)
    progress = [e for e in events if e["type"] == "progress"][0]
    assert progress["loss"] == 2.0 and progress["learning_rate"] == 1e-4 and progress["grad_norm"] == 0.5
    assert {"tokens_per_second", "eta_seconds", "epoch"} <= set(progress)


def test_out_of_memory_errors_are_told_apart_from_bugs():
    import torch

    from core.training.engine import out_of_memory

    try:
        torch.empty(2**46, dtype=torch.uint8)          # 64 TiB: the allocator refuses at once
    except RuntimeError as exc:
        assert out_of_memory(exc) == "The computer ran out of memory."
    gpu = torch.cuda.OutOfMemoryError("CUDA out of memory. Tried to allocate 2.00 GiB (GPU 0; 11.99 GiB total)")
    assert out_of_memory(gpu) == "The GPU ran out of memory."
    assert out_of_memory(MemoryError()) == "The computer ran out of memory."
    assert out_of_memory(RuntimeError("mat1 and mat2 shapes cannot be multiplied")) is None
    assert out_of_memory(KeyError("input_ids")) is None
