"""lorasmith demo: a real 4-bit LoRA of the bundled demo model, on the CPU, in a minute or two."""

from __future__ import annotations

import json
import time

from core.paths import runs_dir
from core.planning.demo import DEMO_REPETITION_PENALTY, demo_config, demo_prompts


def run_demo(json_events: bool = False, steps: int | None = None) -> int:
    from core.cli.inprocess import library_chatter_to, run_in_process
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
    say(
        f"Loss went from {losses[0]:.2f} to {losses[-1]:.2f} in {time.monotonic() - started:.0f} s "
        f"({losses[-1] / losses[0]:.0%} of where it started)."
    )

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
            print(
                json.dumps({"type": "log", "prompt": prompt, "base": before, "adapter": after}, ensure_ascii=False),
                flush=True,
            )
        else:
            print(f"\nPrompt: {prompt}\n  without the adapter: {before}\n  with the adapter:    {after}", flush=True)
    say(f"\nThe adapter is in {run_dir / runs.ADAPTER}")
    return 0
