"""What the dataset and the goal ask for, before memory has its say.

The cutoff from the token lengths, the rank, the batch, and the schedule (epochs, learning rate,
warm-up, validation, checkpoints), each with the one-line reason the planner (plan.py) shows.
"""

from __future__ import annotations

import math

from core.planning.model_shape import model_parameter_count

MIN_CUTOFF = 128
CUTOFF_STEP = 64


def round_up(value: float, step: int = CUTOFF_STEP) -> int:
    return int(math.ceil(value / step) * step)


def rows_of(stats: dict | None) -> int | None:
    if not stats:
        return None
    rows = stats.get("rows", stats.get("count"))
    return int(rows) if rows else None


def wanted_cutoff(stats: dict | None, goal: str, limit: int | None) -> tuple[int, str]:
    if not stats or not stats.get("max"):
        cutoff = 512 if goal == "style" else 1024
        reason = f"{cutoff} tokens suits typical examples; look at your dataset's lengths to cut fewer of them."
    else:
        p95, p99, longest = stats.get("p95") or stats["max"], stats.get("p99") or stats["max"], stats["max"]
        # A long tail (a few huge rows) is not worth doubling the memory for.
        covered, share = (p99, "99%") if p99 <= 2 * p95 else (p95, "95%")
        cutoff = max(MIN_CUTOFF, round_up(covered))
        reason = (
            f"{cutoff} tokens covers {share} of your examples in full (the longest has {longest:,}); "
            "longer ones are cut at the end."
        )
        if longest <= cutoff:
            cutoff = max(MIN_CUTOFF, round_up(longest))
            reason = f"{cutoff} tokens fits every one of your examples in full (the longest has {longest:,})."
    if limit and cutoff > limit:
        cutoff = limit
        reason = f"{cutoff} tokens is the longest text this model was trained for."
    return cutoff, reason


def cover_floor(stats: dict | None, cutoff: int) -> int:
    """How far memory may shorten the cutoff before texts get shorter than most rows (p90) need."""
    p90 = (stats or {}).get("p90")
    return min(cutoff, max(MIN_CUTOFF, round_up(p90))) if p90 else min(cutoff, 256)


def wanted_rank(goal: str, rows: int | None) -> tuple[int, str]:
    if goal == "knowledge":
        rank = 32 if rows is not None and rows < 2000 else 64
        return rank, f"Rank {rank} gives the adapter room to take in new facts."
    rank = 16 if rows is None or rows < 5000 else 32
    return rank, f"Rank {rank} is plenty to learn a style or format; higher ranks mostly learn your examples by heart."


def wanted_batch(rows: int | None) -> int:
    """Examples per optimizer step the plan aims at: fewer for a small dataset."""
    return 16 if rows is None or rows >= 500 else (8 if rows >= 50 else 4)


def schedule(goal: str, rows: int | None, batch: int, config: dict, reasons: dict) -> dict:
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
