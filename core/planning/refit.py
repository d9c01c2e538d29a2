"""Re-fitting the planner's proposal around the user's own choices.

The planner (core.planning.plan) proposes everything at once. When the user changes a
setting in the wizard, that setting is kept as chosen ("pinned") and the ones the user
did not touch are proposed again around it by the planner's own search: the largest
micro batch that fits, checkpointing only when needed, and when even that is too much,
a shorter cutoff, fewer adapter layers, a smaller rank, in the planner's order.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from core.planning.estimate import Estimate
from core.planning.plan import MICRO_BATCHES, MIN_CUTOFF, Plan, fit_settings

# What the wizard's settings page lets the user change.
EDITABLE = ("micro_batch_size", "cutoff_len", "lora_rank", "lora_targets", "gradient_checkpointing", "optimizer")


@dataclass
class Fitted:
    settings: dict  # RunConfig field -> value, the plan's with the user's choices
    estimate: Estimate
    fits: bool
    changed: dict = field(default_factory=dict)  # field -> how the re-fit changed it: "up", "down", "changed"


def refit(plan: Plan, pinned: dict) -> Fitted:
    """The plan's settings with `pinned` kept and everything else proposed again to fit the budget."""
    if not pinned:
        return Fitted(dict(plan.settings), plan.estimate, plan.fits)
    base = {**plan.settings, **pinned}
    if "lora_rank" in pinned:
        base["lora_alpha"] = 2 * base["lora_rank"]
    if "gradient_checkpointing" not in pinned:
        base["gradient_checkpointing"] = True
    target_batch = plan.settings["batch_size"]
    micro_batches = (
        [pinned["micro_batch_size"]]
        if "micro_batch_size" in pinned
        else [m for m in MICRO_BATCHES if m <= max(1, target_batch)]
    )
    settings, est, _reduced = fit_settings(
        plan.model_config, plan.budget_bytes, base, plan.device, micro_batches, MIN_CUTOFF, pinned
    )
    settings = dict(settings)
    micro = settings["micro_batch_size"]
    settings["batch_size"] = max(micro, target_batch // micro * micro)
    changed = {}
    for name in ("micro_batch_size", "cutoff_len", "lora_rank", "batch_size"):
        if name not in pinned and settings[name] != plan.settings[name]:
            changed[name] = "up" if settings[name] > plan.settings[name] else "down"
    for name in ("lora_targets", "gradient_checkpointing"):
        if name not in pinned and settings[name] != plan.settings[name]:
            changed[name] = "changed"
    return Fitted(settings, est, est.total_bytes <= plan.budget_bytes, changed)
