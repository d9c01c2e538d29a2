"""How long a run takes, roughly: steps, tokens and seconds from the settings and the dataset's lengths."""

from __future__ import annotations

import math

from core.planning.hardware import CPU_EFFICIENCY

# Rough sustained training speed of 4-bit LoRA (dequantising, adapters, optimizer) in FLOP/s: about a
# third of what consumer cards reach in plain half-precision matrix maths. RTX 30xx and newer (compute
# capability 8.0+) against older cards. The first steps of a run show the real speed.
GPU_FLOPS = {True: 20e12, False: 7e12}
# What every step and the start cost besides the maths (data, logging, optimizer, loading the model):
# measured with the demo model, where they are most of the time.
STEP_OVERHEAD_S = {"cpu": 0.5, "cuda": 0.1}
START_S = {"cpu": 10.0, "cuda": 30.0}


def training_steps(settings: dict, rows: int) -> int:
    train_rows = max(1, int(rows * (1 - settings.get("validation_split", 0.0))))
    return max(1, math.ceil(train_rows / settings["batch_size"]) * int(math.ceil(settings["epochs"])))


def training_tokens(settings: dict, stats: dict) -> int:
    """Tokens the run goes through: examples x epochs x their length (cut at the cutoff)."""
    rows = int(stats.get("rows") or stats.get("count") or 0)
    mean = float(stats.get("mean") or settings["cutoff_len"] / 2)
    train_rows = rows * (1 - settings.get("validation_split", 0.0))
    return int(train_rows * settings["epochs"] * min(mean, settings["cutoff_len"]))


def training_seconds(
    settings: dict, stats: dict | None, parameters: int, device: str, *, bf16_card: bool = True, cpu_gflops: float = 0.0
) -> float | None:
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
