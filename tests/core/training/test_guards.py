"""The loss and NaN guards, driven through transformers' own callback objects."""

from __future__ import annotations

import pytest
from transformers import TrainerControl, TrainerState

from core.training.dataset import Collator
from core.training.guards import FP16_SKIPPED_STEPS_ALLOWED, LossWatch, RunContext, nan_failure, with_resume
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


def test_nan_loss_stops_the_run_at_that_step_and_saves_nothing_after_it():
    events, callback, state = make()
    assert not feed(callback, state, 1, loss=2.0).should_training_stop
    control = TrainerControl(should_save=True, should_evaluate=True)  # step 2 was due for both
    state.global_step = 2
    callback.on_log(None, state, control, logs={"loss": float("nan")})
    assert control.should_training_stop and not control.should_save and not control.should_evaluate
    assert callback.failure["code"] == "nan" and callback.failure["quantity"] == "loss"
    assert "at step 2" in callback.failure["message"] and "learning rate" in callback.failure["hint"].lower()
    assert feed(callback, state, 3, loss=float("inf")).should_training_stop


def test_a_nan_loss_is_not_mistaken_for_a_zero_loss():
    events, callback, state = make()
    feed(callback, state, 1, loss=float("nan"))
    assert [e["code"] for e in events if e["type"] == "warning"] == []
    assert callback.failure["code"] == "nan"


@pytest.mark.parametrize(
    "logs, quantity, said",
    [
        ({"loss": 2.0, "grad_norm": float("nan")}, "grad_norm", "The gradient norm became NaN at step 2."),
        ({"loss": 2.0, "grad_norm": float("inf")}, "grad_norm", "The gradient norm became infinite at step 2."),
        ({"eval_loss": float("nan")}, "eval_loss", "The validation loss became NaN at step 2."),
    ],
)
def test_a_non_finite_gradient_norm_or_validation_loss_fails_the_run(logs, quantity, said):
    events, callback, state = make()
    feed(callback, state, 1, loss=2.0, grad_norm=0.5)
    control = TrainerControl(should_save=True)
    state.global_step = 2
    callback.on_log(None, state, control, logs=logs)
    assert control.should_training_stop and not control.should_save
    assert callback.failure["code"] == "nan" and callback.failure["quantity"] == quantity
    assert callback.failure["step"] == 2 and callback.failure["message"].startswith(said)


def test_under_fp16_a_few_skipped_steps_are_the_gradient_scaler_calibrating():
    context = RunContext(dtype="float16", device="cuda", learning_rate=2e-4, model_type="gemma2", dtype_was_chosen=True)
    events, callback, state = make(context=context)
    for step in range(1, FP16_SKIPPED_STEPS_ALLOWED + 1):
        assert not feed(callback, state, step, loss=2.0, grad_norm=float("inf")).should_training_stop
    assert not feed(callback, state, 11, loss=2.0, grad_norm=1.0).should_training_stop  # the scale settled
    for step in range(12, 12 + FP16_SKIPPED_STEPS_ALLOWED + 1):
        control = feed(callback, state, step, loss=2.0, grad_norm=float("nan"))
    assert control.should_training_stop and callback.failure["quantity"] == "grad_norm"
    message, hint = callback.failure["message"], callback.failure["hint"]
    assert "fp16" in message and "no bf16" in message and "gemma2 models are known to overflow" in message
    assert "learning rate" not in message  # 2e-4 is an ordinary LoRA rate: not named as a cause
    assert "fp32" in hint


def test_the_likely_causes_are_this_runs_own():
    bf16 = nan_failure(
        "loss", float("nan"), 7, RunContext(dtype="bfloat16", device="cuda", learning_rate=1e-3, model_type="gemma")
    )
    assert "learning rate 0.001 is high" in bf16["message"] and "fp16" not in bf16["message"]
    assert bf16["suggested_learning_rate"] == pytest.approx(5e-4) and "0.0005" in bf16["hint"]
    resumable = with_resume(bf16, 6)
    assert resumable["resume_from_step"] == 6 and "step 6" in resumable["hint"]
    assert with_resume(bf16, None)["resume_from_step"] is None


def test_loss_watch_flags_a_nan_between_logging_steps_and_the_step_is_logged():
    import torch

    watch = LossWatch()
    model = torch.nn.Linear(2, 1)

    class Out(dict):
        loss = None

    def forward_with_loss(value):
        out = Out(loss=torch.tensor(value))
        out.loss = out["loss"]
        watch._hook(model, (), out)

    events, callback, state = make(loss_watch=watch)
    forward_with_loss(1.0)
    control = TrainerControl()
    state.global_step = 1
    callback.on_step_end(None, state, control)
    assert not control.should_log
    forward_with_loss(float("nan"))
    forward_with_loss(2.0)  # a later micro-batch does not clear it
    control = TrainerControl(should_save=True)
    state.global_step = 2
    callback.on_step_end(None, state, control)
    assert control.should_log and not control.should_save
    # The logged average of a window with a NaN is NaN (the NaN filter is off); the run fails.
    callback.on_log(None, state, control, logs={"loss": float("nan")})
    assert callback.failure["quantity"] == "loss" and callback.failure["step"] == 2


def test_zero_and_low_loss_warn_once_each():
    events, callback, state = make()
    for step, loss in enumerate([2.0, 0.8, 0.7, 0.0, 0.0], 1):
        feed(callback, state, step, loss=loss)
    warnings = [e for e in events if e["type"] == "warning"]
    assert [w["code"] for w in warnings] == ["loss_below_one", "loss_zero"]
    assert warnings[0]["step"] == 2


def test_stop_at_loss_ends_training_cleanly_and_saves_that_step():
    events, callback, state = make(stop_at_loss=1.5)
    assert not feed(callback, state, 1, loss=2.0).should_training_stop
    control = feed(callback, state, 2, loss=1.4)
    assert control.should_training_stop and control.should_save
    assert callback.failure is None and "stop-at-loss" in callback.stop_reason
    assert callback.stopped_by == "stop_at_loss"


def test_a_stop_by_the_user_saves_that_step():
    events, callback, state = make()
    callback.stop.event.set()
    state.global_step = 5
    control = TrainerControl()
    callback.on_step_end(None, state, control)
    assert control.should_training_stop and control.should_save and callback.stopped_by == "user"


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
    first = feed(callback, state, 1, eval_loss=2.0)
    assert not first.should_training_stop and first.should_save  # a new best is saved, to be kept
    assert not feed(callback, state, 2, eval_loss=2.1).should_save
    control = feed(callback, state, 3, eval_loss=2.05)
    assert control.should_training_stop and control.should_save
    assert "not improved for 2" in callback.stop_reason and "at step 1" in callback.stop_reason
    assert callback.best_step == 1 and callback.stopped_by == "early_stopping"


def test_progress_events_carry_what_the_monitor_plots():
    events, callback, state = make()
    feed(callback, state, 1, loss=2.0, learning_rate=1e-4, grad_norm=0.5)
    progress = [e for e in events if e["type"] == "progress"][0]
    assert progress["loss"] == 2.0 and progress["learning_rate"] == 1e-4 and progress["grad_norm"] == 0.5
    assert {"tokens_per_second", "eta_seconds", "epoch"} <= set(progress)


def test_out_of_memory_errors_are_told_apart_from_bugs():
    import torch

    from core.training.memory import out_of_memory

    # 4 EiB: more than any address space, so the allocator refuses even where memory is overcommitted.
    with pytest.raises(RuntimeError) as refused:
        torch.empty(2**62, dtype=torch.uint8)
    assert out_of_memory(refused.value) == "The computer ran out of memory."
    gpu = torch.cuda.OutOfMemoryError("CUDA out of memory. Tried to allocate 2.00 GiB (GPU 0; 11.99 GiB total)")
    assert out_of_memory(gpu) == "The GPU ran out of memory."
    assert out_of_memory(MemoryError()) == "The computer ran out of memory."
    assert out_of_memory(RuntimeError("mat1 and mat2 shapes cannot be multiplied")) is None
    assert out_of_memory(KeyError("input_ids")) is None


@pytest.mark.parametrize(
    "text",
    [
        "CUDA error: out of memory\nCUDA kernel errors might be asynchronously reported",  # a kernel's launch
        "CUDA error: CUBLAS_STATUS_ALLOC_FAILED when calling `cublasCreate(handle)`",  # cuBLAS
        "cuDNN error: CUDNN_STATUS_ALLOC_FAILED",
        "Error an illegal memory access... cudaErrorMemoryAllocation",  # bitsandbytes' kernels
    ],
)
def test_every_form_of_gpu_out_of_memory_is_the_gpus_not_the_computers(text):
    from core.training.memory import GPU_MEMORY, out_of_memory

    assert out_of_memory(RuntimeError(text)) == GPU_MEMORY


def test_the_vram_cap_is_the_budget_and_on_windows_on_by_default():
    from core.training.memory import GIB, WINDOWS_RESERVE_BYTES, vram_cap_bytes

    total, free = 12 * GIB, 10 * GIB
    assert vram_cap_bytes(9.5, free, total, "linux") == int(9.5 * GIB)
    assert vram_cap_bytes(20, free, total, "win32") == total  # never above the card
    assert vram_cap_bytes(0, free, total, "linux") is None  # Linux fails fast by itself
    assert vram_cap_bytes(0, free, total, "win32") == free - WINDOWS_RESERVE_BYTES
    assert vram_cap_bytes(0, GIB // 8, total, "win32") == total // 4  # a game holds the card: still a usable cap


def test_a_checkpoint_with_non_finite_weights_is_removed_and_never_marked(tmp_path):
    import torch
    from safetensors.torch import save_file
    from transformers import TrainingArguments

    from core.training import runs
    from core.training.monitor import CheckpointMarker

    args = TrainingArguments(output_dir=str(tmp_path / "checkpoints"), report_to=[], use_cpu=True)
    events, callback, state = make()
    marker = CheckpointMarker(events, callback)
    for step, value in ((3, 0.5), (6, float("nan"))):
        folder = tmp_path / "checkpoints" / f"checkpoint-{step}"
        folder.mkdir(parents=True)
        save_file(
            {"base_model.model.lora_A.weight": torch.full((2, 2), value)}, str(folder / "adapter_model.safetensors")
        )
        state.global_step = step
        control = TrainerControl()
        marker.on_save(args, state, control)
    assert [s for s, _ in runs.checkpoints(tmp_path)] == [3]
    assert not (tmp_path / "checkpoints" / "checkpoint-6").exists()
    assert control.should_training_stop and callback.failure["quantity"] == "weights"
    assert [e["step"] for e in events if e["type"] == "checkpoint"] == [3]


def test_an_adapter_with_non_finite_weights_is_never_saved_as_the_result(tmp_path, demo_model):
    import torch

    from core.config import RunConfig
    from core.training.engine import NonFiniteWeights, attach_lora, load_model, save_adapter

    config = RunConfig(model=str(demo_model), dataset="unused", quantization="16bit", lora_rank=4)
    model = attach_lora(load_model(config, "cpu", torch.float32), config)
    save_adapter(model, str(demo_model), tmp_path)  # a good one is the run's result
    good = (tmp_path / "adapter" / "adapter_model.safetensors").read_bytes()
    lora_b = next(p for n, p in model.named_parameters() if "lora_B" in n)
    with torch.no_grad():
        lora_b[0, 0] = float("inf")
    with pytest.raises(NonFiniteWeights):
        save_adapter(model, str(demo_model), tmp_path)
    assert (tmp_path / "adapter" / "adapter_model.safetensors").read_bytes() == good
    assert not (tmp_path / "adapter.partial").exists()
