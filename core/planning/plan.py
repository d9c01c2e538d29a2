"""The settings recommender: what to train with, given the card, the model, the data and the goal.

Every proposal is checked against the VRAM estimator, and every setting carries a
one-line reason a newcomer can read. `next_smaller` gives the step down the app
offers after an out-of-memory failure.
"""

from __future__ import annotations

import dataclasses
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
from core.planning.wanted import (
    CUTOFF_STEP,
    MIN_CUTOFF,
    cover_floor,
    round_up,
    rows_of,
    schedule,
    wanted_batch,
    wanted_cutoff,
    wanted_rank,
)

GOALS = ("style", "knowledge")
MICRO_BATCHES = (16, 8, 4, 2, 1)
TARGET_ORDER = ("all-linear", "attention", "qv")  # from most adapters to fewest
TARGET_REASONS = {  # why the plan chose them
    "all-linear": "Adapters on every layer learn best (as the QLoRA paper found) and cost little extra memory.",
    "attention": "Adapters on the attention layers only, to fit in memory.",
    "qv": "Adapters on two attention layers only, the smallest choice, to fit in memory.",
}


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
    step = round_up(cutoff * 3 / 4)
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
    rows = rows_of(dataset_stats)
    cutoff = wanted_cutoff(dataset_stats, goal, max_positions(config))  # (tokens, reason)
    rank = wanted_rank(goal, rows)  # (rank, reason)
    target_batch = wanted_batch(rows)
    max_micro = min(target_batch, rows or target_batch)
    settings, est, degraded = fit_settings(
        config,
        budget_bytes,
        _base_settings(goal, device, cutoff[0], rank[0]),
        device,
        [m for m in MICRO_BATCHES if m <= max_micro],
        cover_floor(dataset_stats, cutoff[0]),
    )
    fits = est.total_bytes <= budget_bytes
    micro = settings["micro_batch_size"]
    batch = max(micro, target_batch // micro * micro)
    settings["batch_size"] = batch
    where = _budget_words(budget_bytes, device)
    reasons = _fixed_reasons(device)
    reasons.update(_batch_reasons(micro, batch, fits, where))
    reasons.update(_fitted_reasons(settings, cutoff, rank))
    settings.update(schedule(goal, rows, batch, config, reasons))
    _add_device(settings, reasons, device, budget_bytes)
    messages = _fit_messages(est, fits, degraded, where)
    if device == "cpu" and cpu_gflops and rows:
        messages.append(_cpu_time_message(settings, config, dataset_stats, rows, cpu_gflops))
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


def _budget_words(budget_bytes: int, device: str) -> str:
    budget_gib = budget_bytes / GIB
    return f"your {budget_gib:.1f} GiB budget" if device == "cuda" else f"{budget_gib:.1f} GiB of free memory"


def _fixed_reasons(device: str) -> dict[str, str]:
    """The reasons of the settings every plan makes the same way."""
    return {
        "quantization": "4-bit (QLoRA) stores the base model in a quarter of the memory with almost no loss in quality.",
        "lora_alpha": "Alpha at twice the rank is the usual, well-tested strength for the adapter.",
        "optimizer": (
            "8-bit AdamW keeps its state in a quarter of the memory and can spill to system memory in a spike."
            if device == "cuda"
            else "Plain AdamW: the processor has no use for the 8-bit GPU optimizer."
        ),
    }


def _batch_reasons(micro: int, batch: int, fits: bool, where: str) -> dict[str, str]:
    return {
        "micro_batch_size": (
            f"{micro} example{'s' if micro > 1 else ''} at a time is the most that fits in {where} at this cutoff."
            if fits
            else "One example at a time, the least possible."
        ),
        "batch_size": (
            f"The model learns from {batch} examples per step ({micro} at a time, "
            f"{batch // micro} time{'s' if batch // micro > 1 else ''}), which keeps learning smooth."
        ),
    }


def _fitted_reasons(settings: dict, cutoff: tuple[int, str], rank: tuple[int, str]) -> dict[str, str]:
    """The reasons of what memory may have reduced; `cutoff` and `rank` are what the data wanted, and why."""
    (wanted_tokens, cutoff_reason), (ideal_rank, rank_reason) = cutoff, rank
    if settings["cutoff_len"] != wanted_tokens:
        cutoff_reason = (
            f"{settings['cutoff_len']} tokens, shorter than your examples need ({wanted_tokens}), "
            "so that training fits in memory."
        )
    if settings["lora_rank"] != ideal_rank:
        rank_reason = f"Rank {settings['lora_rank']}, lower than ideal ({ideal_rank}), so that training fits in memory."
    return {
        "cutoff_len": cutoff_reason,
        "lora_rank": rank_reason,
        "lora_targets": TARGET_REASONS[settings["lora_targets"]],
        "gradient_checkpointing": (
            "Recomputes activations instead of storing them: about 30% slower, but it is what makes this fit."
            if settings["gradient_checkpointing"]
            else "There is room to keep the activations, so training runs about 30% faster without recomputing them."
        ),
    }


def _add_device(settings: dict, reasons: dict, device: str, budget_bytes: int) -> None:
    reasons["device"] = (
        "Trains on your NVIDIA graphics card."
        if device == "cuda"
        else "No usable NVIDIA graphics card, so training runs on the processor: slow, fine for small models."
    )
    if device == "cuda":
        settings["vram_budget_gib"] = round(budget_bytes / GIB, 2)
        reasons["vram_budget_gib"] = (
            "Training stops with a clear out-of-memory message above this, instead of "
            "spilling into system memory and running ten times slower."
        )


def _fit_messages(est: Estimate, fits: bool, degraded: bool, where: str) -> list[str]:
    """The estimate's notes, after what the user most needs to know: it does not fit, or only reduced."""
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
    return messages


def _cpu_time_message(settings: dict, config: dict, dataset_stats: dict | None, rows: int, cpu_gflops: float) -> str:
    from core.planning.duration import training_tokens
    from core.planning.hardware import describe_cpu_time

    tokens = training_tokens(settings, {**(dataset_stats or {}), "rows": rows})
    return "Training on the processor: " + describe_cpu_time(model_parameter_count(config), tokens, cpu_gflops) + "."


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
