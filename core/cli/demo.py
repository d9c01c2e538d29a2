"""lorasmith demo: a real 4-bit LoRA of the bundled demo model, on the CPU, in a minute or two."""
from __future__ import annotations

import json
import time

from core.config import RunConfig
from core.paths import demo_model_dir, runs_dir, samples_dir

# Tuned on a 2-core CPU (see benchmarks/README.md): about ten passes over the 76
# training rows, 40-45 s there. Small batches give more updates per second; learning
# rates above 2e-3 made the loss jump. It ends near 2.9, 40% of where it started.
DEMO_STEPS = 400
DEMO_REPETITION_PENALTY = 1.3


def demo_config(steps: int | None = None) -> RunConfig:
    return RunConfig(
        model=str(demo_model_dir()), dataset=str(samples_dir() / "demo_persona.json"),
        cutoff_len=256, micro_batch_size=2, batch_size=2, max_steps=steps or DEMO_STEPS,
        learning_rate=2e-3, lr_scheduler="cosine", warmup_ratio=0.05, lora_rank=16, lora_alpha=32,
        lora_dropout=0.0, lora_targets="all-linear", validation_split=0.1, eval_steps=50,
        save_steps=1000, logging_steps=10, seed=7, device="cpu",
    )


def demo_prompts() -> list[str]:
    return json.loads((samples_dir() / "demo_prompts.json").read_text(encoding="utf-8"))


def run_demo(json_events: bool = False, steps: int | None = None) -> int:
    from core.cli.main import library_chatter_to, run_in_process
    from core.training import runs
    from core.training.events import read_metrics

    def say(text: str) -> None:
        if json_events:
            print(json.dumps({"type": "log", "message": text}, ensure_ascii=False), flush=True)
        else:
            print(text, flush=True)

    config = demo_config(steps)
    run_dir = runs.create_run(config, runs_dir(), f"demo-{time.strftime('%Y%m%d-%H%M%S')}")
    say("Training a 4-bit LoRA of the demo model on the CPU. This takes a minute or two.")
    started = time.monotonic()
    code = run_in_process(run_dir, json_events=json_events)
    if code != 0:
        return code
    losses = [e["loss"] for e in read_metrics(run_dir / runs.METRICS) if e["type"] == "progress"]
    say(f"Loss went from {losses[0]:.2f} to {losses[-1]:.2f} in {time.monotonic() - started:.0f} s "
        f"({losses[-1] / losses[0]:.0%} of where it started).")

    from core.inference.generate import SamplingSettings, chat_prompt, generate, load_for_generation

    # The demo model is tiny: greedy decoding without a repetition penalty loops on a phrase.
    settings = SamplingSettings(max_new_tokens=60, repetition_penalty=DEMO_REPETITION_PENALTY)
    with library_chatter_to(run_dir / runs.LOG):
        base = load_for_generation(config.model)
        tuned = load_for_generation(config.model, str(run_dir / runs.ADAPTER))
    for prompt in demo_prompts():
        text = chat_prompt(config.model, prompt)
        with library_chatter_to(run_dir / runs.LOG):
            before = generate(base, config.model, text, settings)
            after = generate(tuned, config.model, text, settings)
        if json_events:
            print(json.dumps({"type": "log", "prompt": prompt, "base": before, "adapter": after},
                             ensure_ascii=False), flush=True)
        else:
            print(f"\nPrompt: {prompt}\n  without the adapter: {before}\n  with the adapter:    {after}", flush=True)
    say(f"\nThe adapter is in {run_dir / runs.ADAPTER}")
    return 0
