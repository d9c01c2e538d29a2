"""Settings for the bundled demo model: the run the demo, the wizard's demo choice and the
installed app's self-test all start from."""

from __future__ import annotations

import json

from core.config import RunConfig
from core.paths import demo_model_dir, samples_dir

# Tuned on a 2-core CPU (see benchmarks/README.md): about ten passes over the 76
# training rows, 40-45 s there. Small batches give more updates per second; learning
# rates above 2e-3 made the loss jump. It ends near 2.9, 40% of where it started.
DEMO_STEPS = 400
DEMO_REPETITION_PENALTY = 1.3


def demo_config(steps: int | None = None) -> RunConfig:
    return RunConfig(
        model=str(demo_model_dir()),
        dataset=str(samples_dir() / "demo_persona.json"),
        cutoff_len=256,
        micro_batch_size=2,
        batch_size=2,
        max_steps=steps or DEMO_STEPS,
        learning_rate=2e-3,
        lr_scheduler="cosine",
        warmup_ratio=0.05,
        lora_rank=16,
        lora_alpha=32,
        lora_dropout=0.0,
        lora_targets="all-linear",
        validation_split=0.1,
        eval_steps=50,
        save_steps=1000,
        logging_steps=10,
        seed=7,
        device="cpu",
    )


def demo_prompts() -> list[str]:
    return json.loads((samples_dir() / "demo_prompts.json").read_text(encoding="utf-8"))
