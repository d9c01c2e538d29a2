"""Finiteness guards: a NaN or infinity is found at the step it happens and never saved as a result.

A base model whose activations overflow (fp16 on cards without bf16, some model
families, too high a learning rate) turns the loss, the gradients and then the
LoRA weights into NaN. The guards say at which step and which value broke, what
is the likely cause for this run, and keep only checkpoints that are finite.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

# Above this a LoRA learning rate is high; typical values are 1e-4 to 3e-4.
HIGH_LORA_LEARNING_RATE = 5e-4
# model_type prefixes whose activations are known to exceed fp16's range (65504).
FP16_OVERFLOW_FAMILIES = ("gemma", "t5", "mt5")
# Under fp16 mixed precision the gradient scaler skips a step whose gradients overflow and
# lowers its scale; a few such steps at the start are normal, a long run of them is not.
FP16_SKIPPED_STEPS_ALLOWED = 10
ADAPTER_WEIGHTS = "adapter_model.safetensors"

WHAT = {
    "loss": "training loss",
    "grad_norm": "gradient norm",
    "eval_loss": "validation loss",
    "weights": "LoRA weights",
}


@dataclass
class RunContext:
    """What the engine knows about this run that explains a NaN."""

    dtype: str = "float32"  # the compute dtype: float32 | bfloat16 | float16
    device: str = "cpu"
    learning_rate: float = 0.0
    model_type: str = ""
    dtype_was_chosen: bool = False  # True when compute_dtype was auto (fp16 because the card has no bf16)

    @property
    def grad_scaler(self) -> bool:
        """fp16 mixed precision on the GPU: the scaler skips overflowing steps by itself."""
        return self.device == "cuda" and self.dtype == "float16"


def finite(value) -> bool:
    """True for a finite number; None (not logged) counts as fine, a recorded 'nan' string does not."""
    if value is None:
        return True
    try:
        return math.isfinite(float(value))
    except (TypeError, ValueError):
        return False


def _shown(value) -> str:
    try:
        value = float(value)
    except (TypeError, ValueError):
        return str(value)
    return "NaN" if math.isnan(value) else ("infinite" if math.isinf(value) else f"{value:g}")


def half(rate: float) -> float:
    return float(f"{rate / 2:.3g}")


def likely_causes(ctx: RunContext) -> list[str]:
    causes = []
    if ctx.dtype == "float16":
        causes.append(
            "this run computes in fp16, whose largest number is 65504"
            + (" (this GPU has no bf16)" if ctx.dtype_was_chosen else "")
        )
        family = next((f for f in FP16_OVERFLOW_FAMILIES if ctx.model_type.startswith(f)), None)
        if family:
            causes.append(f"{ctx.model_type} models are known to overflow in fp16")
    if ctx.learning_rate > HIGH_LORA_LEARNING_RATE:
        causes.append(f"the learning rate {ctx.learning_rate:g} is high for a LoRA (above {HIGH_LORA_LEARNING_RATE:g})")
    return causes


def nan_failure(quantity: str, value, step: int, ctx: RunContext) -> dict:
    """The `failed` event's fields (code `nan`) for a non-finite `quantity` at `step`."""
    causes = likely_causes(ctx)
    message = f"The {WHAT.get(quantity, quantity)} became {_shown(value)} at step {step}."
    message += (
        " Likely cause: " + "; ".join(causes) + "."
        if causes
        else " Likely cause: an unstable step (the learning rate) or a base model whose weights overflow."
    )
    tries = []
    if ctx.dtype == "float16":
        tries.append("set the compute dtype to fp32 (slower, but it cannot overflow)")
    tries.append(
        f"lower the learning rate to {half(ctx.learning_rate):g}" if ctx.learning_rate else "lower the learning rate"
    )
    hint = "Try: " + "; or ".join(tries) + "."
    return {
        "code": "nan",
        "message": message,
        "hint": hint,
        "quantity": quantity,
        "value": _shown(value),
        "step": step,
        "suggested_learning_rate": half(ctx.learning_rate),
    }


def with_resume(failure: dict, resume_step: int | None) -> dict:
    """The failure with where it can resume from: the last checkpoint saved before the NaN."""
    rate = failure.get("suggested_learning_rate")
    failure = dict(failure, resume_from_step=resume_step)
    if resume_step is not None:
        failure["hint"] += f" The checkpoint at step {resume_step} was saved before it broke: resume from it" + (
            f" with learning rate {rate:g}." if rate else "."
        )
    else:
        failure["hint"] += " No checkpoint was saved before it broke, so start again."
    return failure


# --- tensors -----------------------------------------------------------------------------


def nonfinite_tensors(tensors) -> list[str]:
    """Names of the tensors (a name -> tensor mapping) that hold a NaN or infinity."""
    import torch

    return [
        name
        for name, t in tensors.items()
        if torch.is_tensor(t) and t.is_floating_point() and not bool(torch.isfinite(t).all())
    ]


def nonfinite_trainable(model) -> list[str]:
    """Names of the trainable parameters (the LoRA) that hold a NaN or infinity."""
    import torch

    params = [(n, p) for n, p in model.named_parameters() if p.requires_grad]
    if not params:
        return []
    with torch.no_grad():
        # One reduction per tensor, one sync for all of them.
        ok = torch.stack([torch.isfinite(p).all() for _, p in params]).cpu().tolist()
    return [name for (name, _), good in zip(params, ok) if not good]


def nonfinite_saved(folder: Path) -> list[str]:
    """Names of non-finite tensors in an adapter or checkpoint folder's adapter weights."""
    from safetensors.torch import load_file

    path = Path(folder) / ADAPTER_WEIGHTS
    if not path.is_file():
        return []
    return nonfinite_tensors(load_file(str(path)))


class LossWatch:
    """Flags a non-finite training loss at the micro-batch it happens, even between logging steps.

    A forward hook on the model ORs a flag on the device (no sync per micro-batch); the
    callback reads it once per optimizer step.
    """

    def __init__(self):
        self._bad = None
        self._handle = None

    def attach(self, model) -> "LossWatch":
        self._handle = model.register_forward_hook(self._hook)
        return self

    def _hook(self, module, args, output):
        if not module.training:
            return
        loss = getattr(output, "loss", None)
        if loss is None and isinstance(output, dict):
            loss = output.get("loss")
        if loss is None or not hasattr(loss, "detach"):
            return
        import torch

        bad = ~torch.isfinite(loss.detach()).all()
        self._bad = bad if self._bad is None else (self._bad | bad)

    def take(self) -> bool:
        """Whether a non-finite loss was seen since the last call."""
        bad, self._bad = self._bad, None
        return bool(bad) if bad is not None else False
