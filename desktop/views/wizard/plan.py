"""The settings step's arithmetic: re-fitting the planner's proposal around the user's own choices, and time.

The planner (core.planning.plan) proposes everything at once. When the user changes a
setting in the wizard, that setting is kept as chosen ("pinned") and the ones
the user did not touch are proposed again around it, with the estimator as the
judge: the largest micro batch that fits, checkpointing only when needed, and
when even that is too much, a shorter cutoff, fewer adapter layers, a smaller
rank, in the planner's order. No Qt here.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

from core.config import RunConfig
from core.planning.estimate import Estimate, EstimateSettings, estimate_peak
from core.planning.plan import MICRO_BATCHES, MIN_CUTOFF, Plan

EDITABLE = ("micro_batch_size", "cutoff_len", "lora_rank", "lora_targets", "gradient_checkpointing", "optimizer")
TARGET_ORDER = ("all-linear", "attention", "qv")
# Rough sustained training speed of 4-bit LoRA (dequantising, adapters, optimizer) in FLOP/s: about a
# third of what consumer cards reach in plain half-precision matrix maths. RTX 30xx and newer (compute
# capability 8.0+) against older cards. The first steps of a run show the real speed.
GPU_FLOPS = {True: 20e12, False: 7e12}
CPU_EFFICIENCY = 0.33               # as core.planning.hardware.cpu_tokens_per_second
# What every step and the start cost besides the maths (data, logging, optimizer, loading the model):
# measured with the demo model, where they are most of the time.
STEP_OVERHEAD_S = {"cpu": 0.5, "cuda": 0.1}
START_S = {"cpu": 10.0, "cuda": 30.0}


@dataclass
class Fitted:
    settings: dict                  # RunConfig field -> value, the plan's with the user's choices
    estimate: Estimate
    fits: bool
    changed: dict = field(default_factory=dict)     # field -> how the re-fit changed it: "up", "down"


def estimate_for(model_config: dict, settings: dict, device: str) -> Estimate:
    run = RunConfig(**{k: v for k, v in settings.items() if k in RunConfig.__dataclass_fields__})
    return estimate_peak(model_config, EstimateSettings.from_run_config(run, device=device))


def shorter_cutoff(cutoff: int) -> int:
    """About three quarters, on a multiple of 64, never below the planner's minimum (as core.planning.plan does)."""
    step = int(math.ceil(cutoff * 3 / 4 / 64) * 64)
    return max(MIN_CUTOFF, step if step < cutoff else cutoff - 64)


def refit(plan: Plan, pinned: dict) -> Fitted:
    """The plan's settings with `pinned` kept and everything else proposed again to fit the budget."""
    budget, device, config = plan.budget_bytes, plan.device, plan.model_config
    if not pinned:
        return Fitted(dict(plan.settings), plan.estimate, plan.fits)
    base = {**plan.settings, **pinned}
    if "lora_rank" in pinned:
        base["lora_alpha"] = 2 * base["lora_rank"]
    target_batch = plan.settings["batch_size"]

    def fits(s: dict) -> tuple[bool, Estimate]:
        est = estimate_for(config, s, device)
        return est.total_bytes <= budget, est

    micro_choices = ([pinned["micro_batch_size"]] if "micro_batch_size" in pinned
                     else [m for m in MICRO_BATCHES if m <= max(1, target_batch)])
    ckpt_pinned = "gradient_checkpointing" in pinned
    found = None
    for micro in micro_choices:
        s = {**base, "micro_batch_size": micro}
        if not ckpt_pinned:
            s["gradient_checkpointing"] = True
        ok, est = fits(s)
        if ok:
            found = (s, est)
            if not ckpt_pinned:
                lighter = {**s, "gradient_checkpointing": False}
                ok_fast, est_fast = fits(lighter)
                if ok_fast:
                    found = (lighter, est_fast)
            break
    if found is None:                       # even the smallest micro batch is too much: shrink the rest
        s = {**base, "micro_batch_size": micro_choices[-1]}
        if not ckpt_pinned:
            s["gradient_checkpointing"] = True
        ok, est = fits(s)
        while not ok:
            if "cutoff_len" not in pinned and s["cutoff_len"] > MIN_CUTOFF:
                s = {**s, "cutoff_len": shorter_cutoff(s["cutoff_len"])}
            elif "lora_targets" not in pinned and s["lora_targets"] in TARGET_ORDER[:-1]:
                s = {**s, "lora_targets": TARGET_ORDER[TARGET_ORDER.index(s["lora_targets"]) + 1]}
            elif "lora_rank" not in pinned and s["lora_rank"] > 4:
                s = {**s, "lora_rank": s["lora_rank"] // 2, "lora_alpha": s["lora_rank"]}
            else:
                break
            ok, est = fits(s)
        found = (s, est)
    settings, est = found
    micro = settings["micro_batch_size"]
    settings["batch_size"] = max(micro, target_batch // micro * micro)
    changed = {}
    for name in ("micro_batch_size", "cutoff_len", "lora_rank", "batch_size"):
        if name not in pinned and settings[name] != plan.settings[name]:
            changed[name] = "up" if settings[name] > plan.settings[name] else "down"
    for name in ("lora_targets", "gradient_checkpointing"):
        if name not in pinned and settings[name] != plan.settings[name]:
            changed[name] = "changed"
    return Fitted(settings, est, est.total_bytes <= budget, changed)


def training_steps(settings: dict, rows: int) -> int:
    train_rows = max(1, int(rows * (1 - settings.get("validation_split", 0.0))))
    return max(1, math.ceil(train_rows / settings["batch_size"]) * int(math.ceil(settings["epochs"])))


def training_tokens(settings: dict, stats: dict) -> int:
    """Tokens the run goes through: examples x epochs x their length (cut at the cutoff)."""
    rows = int(stats.get("rows") or stats.get("count") or 0)
    mean = float(stats.get("mean") or settings["cutoff_len"] / 2)
    train_rows = rows * (1 - settings.get("validation_split", 0.0))
    return int(train_rows * settings["epochs"] * min(mean, settings["cutoff_len"]))


def training_seconds(settings: dict, stats: dict | None, parameters: int, device: str, *,
                     bf16_card: bool = True, cpu_gflops: float = 0.0) -> float | None:
    """A rough time for the whole run, or None when it cannot be guessed (no dataset, unmeasured CPU)."""
    if not stats or not (stats.get("rows") or stats.get("count")):
        return None
    tokens = training_tokens(settings, stats)
    # Forward and backward through the frozen base, plus the recompute when checkpointing.
    flops_per_token = (8 if settings.get("gradient_checkpointing", True) else 6) * max(1, parameters)
    if device == "cpu":
        if cpu_gflops <= 0:
            return None
        speed = cpu_gflops * 1e9 * CPU_EFFICIENCY
    else:
        speed = GPU_FLOPS[bool(bf16_card)]
    place = "cpu" if device == "cpu" else "cuda"
    steps = training_steps(settings, int(stats.get("rows") or stats.get("count")))
    return tokens * flops_per_token / speed + steps * STEP_OVERHEAD_S[place] + START_S[place]
