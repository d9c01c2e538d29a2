"""The settings recommender: what to train with, given the card, the model, the data and the goal.

Every proposal is checked against the VRAM estimator, and every setting carries a
one-line reason a newcomer can read. `next_smaller` gives the step down the app
offers after an out-of-memory failure.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass, field
from typing import Any

from core.planning.estimate import (
    GIB,
    Estimate,
    EstimateSettings,
    estimate_peak,
    load_model_config,
    max_positions,
    model_parameter_count,
)

GOALS = ("style", "knowledge")
MICRO_BATCHES = (16, 8, 4, 2, 1)
MIN_CUTOFF = 128
CUTOFF_STEP = 64
TARGET_ORDER = ("all-linear", "attention", "qv")  # from most adapters to fewest


@dataclass
class Plan:
    settings: dict[str, Any]  # RunConfig field -> proposed value
    reasons: dict[str, str]  # RunConfig field -> one plain sentence
    estimate: Estimate
    budget_bytes: int
    fits: bool
    goal: str
    device: str
    messages: list[str] = field(default_factory=list)
    model_config: dict = field(default_factory=dict, repr=False)
    dataset_stats: dict | None = field(default=None, repr=False)

    def apply_to(self, config):
        """A copy of `config` (a RunConfig) with these settings."""
        return dataclasses.replace(config, **self.settings)

    def to_json(self) -> dict:
        return {
            "fits": self.fits,
            "goal": self.goal,
            "device": self.device,
            "budget_gib": round(self.budget_bytes / GIB, 2),
            "settings": dict(self.settings),
            "reasons": dict(self.reasons),
            "messages": list(self.messages),
            **self.estimate.to_json(),
        }


def _round_up(value: float, step: int = CUTOFF_STEP) -> int:
    return int(math.ceil(value / step) * step)


def _rows(stats: dict | None) -> int | None:
    if not stats:
        return None
    rows = stats.get("rows", stats.get("count"))
    return int(rows) if rows else None


def _wanted_cutoff(stats: dict | None, goal: str, limit: int | None) -> tuple[int, str]:
    if not stats or not stats.get("max"):
        cutoff = 512 if goal == "style" else 1024
        reason = f"{cutoff} tokens suits typical examples; look at your dataset's lengths to cut fewer of them."
    else:
        p95, p99, longest = stats.get("p95") or stats["max"], stats.get("p99") or stats["max"], stats["max"]
        # A long tail (a few huge rows) is not worth doubling the memory for.
        covered, share = (p99, "99%") if p99 <= 2 * p95 else (p95, "95%")
        cutoff = max(MIN_CUTOFF, _round_up(covered))
        reason = (
            f"{cutoff} tokens covers {share} of your examples in full (the longest has {longest:,}); "
            "longer ones are cut at the end."
        )
        if longest <= cutoff:
            cutoff = max(MIN_CUTOFF, _round_up(longest))
            reason = f"{cutoff} tokens fits every one of your examples in full (the longest has {longest:,})."
    if limit and cutoff > limit:
        cutoff = limit
        reason = f"{cutoff} tokens is the longest text this model was trained for."
    return cutoff, reason


def _rank(goal: str, rows: int | None) -> tuple[int, str]:
    if goal == "knowledge":
        rank = 32 if rows is not None and rows < 2000 else 64
        return rank, f"Rank {rank} gives the adapter room to take in new facts."
    rank = 16 if rows is None or rows < 5000 else 32
    return rank, f"Rank {rank} is plenty to learn a style or format; higher ranks mostly learn your examples by heart."


def estimate_for(model_config: dict, settings: dict, device: str) -> Estimate:
    """The estimator's peak for `settings` (RunConfig field -> value), read as the engine would run them."""
    from core.config import RunConfig

    run = RunConfig(**{k: v for k, v in settings.items() if k in RunConfig.__dataclass_fields__})
    return estimate_peak(model_config, EstimateSettings.from_run_config(run, device=device))


def _base_settings(goal: str, device: str, cutoff: int, rank: int) -> dict:
    return {
        "quantization": "4bit",
        "cutoff_len": cutoff,
        "lora_rank": rank,
        "lora_alpha": 2 * rank,
        "lora_targets": "all-linear",
        "gradient_checkpointing": True,
        "micro_batch_size": 1,
        "optimizer": "paged_adamw_8bit" if device == "cuda" else "adamw_torch",
        "device": device,
    }


def fit_settings(
    model_config: dict, budget: int, base: dict, device: str, micro_batches, cover_floor: int, pinned=()
) -> tuple[dict, Estimate, bool]:
    """The first settings on the way down that fit `budget`: (settings, estimate, reduced?).

    The largest of `micro_batches` that fits with checkpointing, without it when even that fits;
    then, at the smallest micro batch, the ladder of reductions. Fields in `pinned` (the user's own
    choices) are never changed. When nothing fits, the smallest settings, which do not fit either.
    """
    free_checkpointing = "gradient_checkpointing" not in pinned
    for m in micro_batches:
        s = {**base, "micro_batch_size": m}
        est = estimate_for(model_config, s, device)
        if est.total_bytes <= budget:
            if free_checkpointing:
                no_ckpt = {**s, "gradient_checkpointing": False}
                est_no = estimate_for(model_config, no_ckpt, device)
                if est_no.total_bytes <= budget:
                    return no_ckpt, est_no, False
            return s, est, False
    # The smallest micro batch does not fit: step down, always at that micro batch, so that a
    # smaller budget never gets a larger micro batch or a longer cutoff than a bigger one.
    last = (s, est)
    for s in _ladder(s, cover_floor, pinned):
        est = estimate_for(model_config, s, device)
        last = (s, est)
        if est.total_bytes <= budget:
            return s, est, True
    return last[0], last[1], True


def shorter_cutoff(cutoff: int, floor: int = MIN_CUTOFF) -> int:
    """About three quarters of `cutoff`, on a multiple of 64, never below `floor`."""
    step = _round_up(cutoff * 3 / 4)
    return max(floor, step if step < cutoff else cutoff - CUTOFF_STEP)


def _ladder(base: dict, cover_floor: int, pinned=()):
    s = dict(base)
    if "cutoff_len" not in pinned:
        while s["cutoff_len"] > cover_floor:  # first shorten towards what most rows need
            s = {**s, "cutoff_len": shorter_cutoff(s["cutoff_len"], cover_floor)}
            yield s
    if "lora_targets" not in pinned and s["lora_targets"] in TARGET_ORDER:
        for targets in TARGET_ORDER[TARGET_ORDER.index(s["lora_targets"]) + 1 :]:  # then fewer adapters
            s = {**s, "lora_targets": targets}
            yield s
    if "lora_rank" not in pinned:
        while s["lora_rank"] > 4:  # then a smaller rank
            s = {**s, "lora_rank": s["lora_rank"] // 2, "lora_alpha": s["lora_rank"]}
            yield s
    if "cutoff_len" not in pinned:
        while s["cutoff_len"] > MIN_CUTOFF:  # last, cut the texts shorter than most rows
            s = {**s, "cutoff_len": shorter_cutoff(s["cutoff_len"], MIN_CUTOFF)}
            yield s


def propose(
    model_config,
    budget_bytes: int,
    *,
    dataset_stats: dict | None = None,
    goal: str = "style",
    device: str = "cuda",
    cpu_gflops: float | None = None,
) -> Plan:
    """Settings that fit `budget_bytes` for this model, data and goal, each with its reason."""
    if goal not in GOALS:
        raise ValueError(f"goal is {goal!r}; choose style (learn a style or format) or knowledge (learn facts)")
    config = load_model_config(model_config)
    rows = _rows(dataset_stats)
    cutoff, cutoff_reason = _wanted_cutoff(dataset_stats, goal, max_positions(config))
    rank, rank_reason = _rank(goal, rows)
    target_batch = 16 if rows is None or rows >= 500 else (8 if rows >= 50 else 4)
    max_micro = min(target_batch, rows or target_batch)
    p90 = (dataset_stats or {}).get("p90")
    cover_floor = min(cutoff, max(MIN_CUTOFF, _round_up(p90))) if p90 else min(cutoff, 256)
    base = _base_settings(goal, device, cutoff, rank)
    settings, est, degraded = fit_settings(
        config, budget_bytes, base, device, [m for m in MICRO_BATCHES if m <= max_micro], cover_floor
    )
    fits = est.total_bytes <= budget_bytes
    micro = settings["micro_batch_size"]
    batch = max(micro, target_batch // micro * micro)
    settings["batch_size"] = batch
    budget_gib = budget_bytes / GIB
    reasons = {
        "quantization": "4-bit (QLoRA) stores the base model in a quarter of the memory with almost no loss in quality.",
        "lora_alpha": "Alpha at twice the rank is the usual, well-tested strength for the adapter.",
        "optimizer": (
            "8-bit AdamW keeps its state in a quarter of the memory and can spill to system memory in a spike."
            if device == "cuda"
            else "Plain AdamW: the processor has no use for the 8-bit GPU optimizer."
        ),
    }
    where = f"your {budget_gib:.1f} GiB budget" if device == "cuda" else f"{budget_gib:.1f} GiB of free memory"
    reasons["micro_batch_size"] = (
        f"{micro} example{'s' if micro > 1 else ''} at a time is the most that fits in {where} at this cutoff."
        if fits
        else "One example at a time, the least possible."
    )
    reasons["batch_size"] = (
        f"The model learns from {batch} examples per step ({micro} at a time, "
        f"{batch // micro} time{'s' if batch // micro > 1 else ''}), which keeps learning smooth."
    )
    reasons["cutoff_len"] = (
        cutoff_reason
        if settings["cutoff_len"] == cutoff
        else (
            f"{settings['cutoff_len']} tokens, shorter than your examples need ({cutoff}), so that training fits in memory."
        )
    )
    reasons["lora_rank"] = (
        rank_reason
        if settings["lora_rank"] == rank
        else (f"Rank {settings['lora_rank']}, lower than ideal ({rank}), so that training fits in memory.")
    )
    reasons["lora_targets"] = {
        "all-linear": "Adapters on every layer learn best (as the QLoRA paper found) and cost little extra memory.",
        "attention": "Adapters on the attention layers only, to fit in memory.",
        "qv": "Adapters on two attention layers only, the smallest choice, to fit in memory.",
    }[settings["lora_targets"]]
    reasons["gradient_checkpointing"] = (
        "Recomputes activations instead of storing them: about 30% slower, but it is what makes this fit."
        if settings["gradient_checkpointing"]
        else "There is room to keep the activations, so training runs about 30% faster without recomputing them."
    )
    settings.update(_schedule(goal, rows, batch, config, reasons))
    reasons["device"] = (
        "Trains on your NVIDIA graphics card."
        if device == "cuda"
        else "No usable NVIDIA graphics card, so training runs on the processor: slow, fine for small models."
    )
    if device == "cuda":
        settings["vram_budget_gib"] = round(budget_gib, 2)
        reasons["vram_budget_gib"] = (
            "Training stops with a clear out-of-memory message above this, instead of "
            "spilling into system memory and running ten times slower."
        )
    messages = list(est.notes)
    if not fits:
        messages.insert(
            0,
            f"Even the smallest settings need {est.total_gib:.1f} GiB, more than {where}. "
            "Choose a smaller model (fewer billions of parameters) or a shorter cutoff length, "
            "or close other programs that use the graphics card.",
        )
    elif degraded:
        messages.insert(0, "Memory is tight: the settings were reduced to fit (see the reasons).")
    if device == "cpu" and cpu_gflops and rows:
        from core.planning.duration import training_tokens
        from core.planning.hardware import describe_cpu_time

        tokens = training_tokens(settings, {**(dataset_stats or {}), "rows": rows})
        messages.append(
            "Training on the processor: " + describe_cpu_time(model_parameter_count(config), tokens, cpu_gflops) + "."
        )
    return Plan(
        settings=settings,
        reasons=reasons,
        estimate=est,
        budget_bytes=int(budget_bytes),
        fits=fits,
        goal=goal,
        device=device,
        messages=messages,
        model_config=config,
        dataset_stats=dataset_stats,
    )


def _schedule(goal: str, rows: int | None, batch: int, config: dict, reasons: dict) -> dict:
    """Epochs, learning rate, warmup, validation and checkpoint intervals, scaled to the dataset."""
    known = rows is not None
    n = rows if known else 1000
    if goal == "style":
        epochs = 5 if n <= 100 else 3 if n <= 1000 else 2 if n <= 10000 else 1
    else:
        epochs = 10 if n <= 100 else 6 if n <= 1000 else 4 if n <= 10000 else 2
    split = 0.0 if n < 40 else round(min(0.1, max(0.02, 100 / n)), 2)
    steps = max(1, math.ceil(n * (1 - split) / batch) * epochs)
    big = model_parameter_count(config) >= 20e9
    lr = float(f"{(1e-4 if big else 2e-4) * (1.0 if batch >= 16 else 0.75):.2g}")
    warmup = round(min(0.1, max(0.03, 5 / steps)), 3)
    eval_steps = max(1, steps // 10)
    reasons["epochs"] = (
        f"{epochs} passes over {'your ' + format(n, ',') if known else 'a typical'} "
        f"{'examples' if known else 'dataset'}: "
        + ("small datasets need more passes, " if n <= 1000 else "large datasets need fewer, ")
        + ("and facts need repetition." if goal == "knowledge" else "and a style is learnt quickly.")
    )
    reasons["learning_rate"] = (
        f"{lr:.1e} is the tested QLoRA rate"
        + (" for large models" if big else "")
        + ("" if batch >= 16 else ", a little lower for the smaller batch")
        + "."
    )
    reasons["warmup_ratio"] = f"The first {warmup:.0%} of the run raises the learning rate gently, so it starts stable."
    reasons["validation_split"] = (
        "Too few examples to hold any back, so validation is off."
        if split == 0
        else f"{split:.0%} of the examples are held back to check that the model is not just memorising."
    )
    reasons["eval_steps"] = (
        f"Validation loss is measured every {eval_steps} step{'s' if eval_steps > 1 else ''}, "
        "about ten times in the run."
    )
    reasons["save_steps"] = f"A checkpoint every {eval_steps * 2} steps, so a crash or a stop loses little."
    if not known:
        reasons["epochs"] += " Give a dataset for a schedule fitted to it."
    return {
        "epochs": float(epochs),
        "learning_rate": lr,
        "warmup_ratio": warmup,
        "validation_split": split,
        "eval_steps": eval_steps,
        "save_steps": eval_steps * 2,
    }


def propose_for_hardware(
    model_config, hardware, *, dataset_stats: dict | None = None, goal: str = "style", cpu_gflops: float | None = None
) -> Plan:
    """Plan for this computer: the GPU's free VRAM minus a margin, or system RAM in CPU mode."""
    if hardware.device == "cuda":
        return propose(model_config, hardware.vram_budget_bytes(), dataset_stats=dataset_stats, goal=goal)
    return propose(
        model_config,
        hardware.ram_budget_bytes(),
        dataset_stats=dataset_stats,
        goal=goal,
        device="cpu",
        cpu_gflops=cpu_gflops,
    )


def next_smaller(plan: Plan) -> Plan | None:
    """The next step down after an out-of-memory failure, or None when nothing is left to shrink."""
    s = dict(plan.settings)
    if s["micro_batch_size"] > 1:
        s["micro_batch_size"] //= 2
        change = (
            "micro_batch_size",
            f"Halved to {s['micro_batch_size']} after running out of memory; "
            f"the batch of {s['batch_size']} is kept by accumulating more steps.",
        )
    elif not s["gradient_checkpointing"]:
        s["gradient_checkpointing"] = True
        change = ("gradient_checkpointing", "Turned on after running out of memory: slower, but far less memory.")
    elif s["cutoff_len"] > MIN_CUTOFF:
        s["cutoff_len"] = shorter_cutoff(s["cutoff_len"])
        change = (
            "cutoff_len",
            f"Shortened to {s['cutoff_len']} tokens after running out of memory; longer examples are cut.",
        )
    elif s["lora_targets"] != "qv":
        s["lora_targets"] = "attention" if s["lora_targets"] == "all-linear" else "qv"
        change = ("lora_targets", "Fewer adapter layers after running out of memory.")
    elif s["lora_rank"] > 4:
        s["lora_rank"] //= 2
        s["lora_alpha"] = 2 * s["lora_rank"]
        change = ("lora_rank", f"Rank {s['lora_rank']} after running out of memory.")
    else:
        return None
    est = estimate_for(plan.model_config, s, plan.device)
    reasons = {**plan.reasons, change[0]: change[1]}
    return dataclasses.replace(
        plan,
        settings=s,
        reasons=reasons,
        estimate=est,
        fits=est.total_bytes <= plan.budget_bytes,
        messages=[f"Retrying with smaller settings: {change[1]}"] + list(est.notes),
    )


# The RunConfig fields next_smaller may change, and those the estimate reads with them.
_OOM_FIELDS = (
    "quantization",
    "double_quant",
    "cutoff_len",
    "lora_rank",
    "lora_alpha",
    "lora_targets",
    "custom_targets",
    "gradient_checkpointing",
    "micro_batch_size",
    "batch_size",
    "optimizer",
    "use_dora",
    "device",
)


def smaller_after_oom(config, model_config: dict | None = None):
    """After a run of `config` (a RunConfig) ran out of memory: (smaller RunConfig, why) or None.

    The step down is next_smaller's, from the settings the run actually used, so a user who
    changed the proposal by hand still gets one step smaller than what failed.
    """
    if model_config is None:
        model_config = load_model_config(config.model)
    settings = {k: getattr(config, k) for k in _OOM_FIELDS if hasattr(config, k)}
    device = "cpu" if settings.get("device") == "cpu" else "cuda"
    budget = int((getattr(config, "vram_budget_gib", 0) or 0) * GIB)
    current = Plan(
        settings=settings,
        reasons={},
        estimate=estimate_for(model_config, settings, device),
        budget_bytes=budget,
        fits=False,
        goal="style",
        device=device,
        model_config=model_config,
    )
    smaller = next_smaller(current)
    if smaller is None:
        return None
    changed = next(k for k in smaller.settings if smaller.settings[k] != settings.get(k))
    return smaller.apply_to(config), smaller.reasons[changed]
