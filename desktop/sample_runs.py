"""Sample runs for the screenshots and the wizard's screenshot pages: loss curves that look like real
training, written as run folders into whatever user data folder is active (a temporary one)."""

from __future__ import annotations

import json
import math
import random
import time
from pathlib import Path


def synthetic_events(
    steps: int = 600, seed: int = 3, overfit: bool = True, start: float | None = None, scale: float = 1.0
) -> list[dict]:
    """A believable run: falling noisy loss, validation that turns up late, cosine learning rate."""
    rng = random.Random(seed)
    t0 = start if start is not None else time.time() - 3 * 3600
    events = _opening_events(steps, t0)
    warned_below_one = False
    for step in range(1, steps + 1):
        now = t0 + step * 6.5
        progress, loss = _progress_event(rng, step, steps, now, scale)
        events.append(progress)
        if loss < 1.0 and not warned_below_one and step > 20:
            warned_below_one = True
            events.append(_warning(now, step, "loss_below_one", "Training loss fell below 1.0."))
        if step % 25 == 0:
            events.extend(_eval_events(step, now, scale, overfit))
    return events


def _opening_events(steps: int, t0: float) -> list[dict]:
    """The start of the run, and the warning about examples cut at the cutoff length."""
    started = {
        "type": "started",
        "time": t0,
        "total_steps": steps,
        "epochs": 3.0,
        "train_examples": 1800,
        "eval_examples": 200,
        "device": "cuda",
    }
    truncated = _warning(
        t0, 0, "truncated_examples", "37 of 1800 examples (2%) are longer than the cutoff of 512 tokens and were cut."
    )
    return [started, truncated]


def _progress_event(rng: random.Random, step: int, steps: int, now: float, scale: float) -> tuple[dict, float]:
    """One step's progress record, and its loss before rounding (what the loss warning compares)."""
    warm = min(1.0, step / (0.03 * steps))
    lr = 2e-4 * warm * 0.5 * (1 + math.cos(math.pi * step / steps))
    loss = scale * (2.1 * math.exp(-step / 110) + 0.62 - 0.25 * step / steps) + rng.gauss(0, 0.09)
    grad = 0.35 + 0.25 * math.exp(-step / 80) + abs(rng.gauss(0, 0.08)) + (0.9 if rng.random() < 0.01 else 0)
    event = {
        "type": "progress",
        "time": now,
        "step": step,
        "epoch": round(3.0 * step / steps, 4),
        "loss": round(loss, 4),
        "learning_rate": lr,
        "grad_norm": round(grad, 4),
        "tokens_per_second": 2400 + rng.gauss(0, 60),
        "eta_seconds": (steps - step) * 6.5,
    }
    return event, loss


def _eval_events(step: int, now: float, scale: float, overfit: bool) -> list[dict]:
    """A validation loss that dips, then rises after step 380 when the run overfits (with its warning)."""
    dip = 1.02 * scale + 1.3 * math.exp(-step / 120)
    rise = 0.0012 * max(0, step - 380) if overfit else 0.0
    events = [{"type": "eval", "time": now, "step": step, "eval_loss": round(dip + rise, 4)}]
    if overfit and step == 475:
        events.append(_warning(now, step, "overfitting", "Validation loss is rising while training loss falls."))
    return events


def _warning(now: float, step: int, code: str, message: str) -> dict:
    return {"type": "warning", "time": now, "step": step, "code": code, "message": message}


def _write_run(name: str, config, events: list[dict], end: dict | None, checkpoint_step: int | None = None) -> Path:
    from core.paths import runs_dir
    from core.training import runs
    from core.training.events import to_line

    run_dir = runs.create_run(config, runs_dir(), name)
    if end is not None:
        events = events + [end]
    (run_dir / runs.METRICS).write_text("".join(to_line(e) + "\n" for e in events), encoding="utf-8")
    if checkpoint_step is not None:
        folder = run_dir / runs.CHECKPOINTS / f"checkpoint-{checkpoint_step}"
        folder.mkdir(parents=True)
        (folder / runs.COMPLETE_MARKER).write_text("", encoding="utf-8")
    if end is not None and end["type"] in ("finished", "cancelled"):
        # Only the adapter's description, so the Test screen lists it; no weights, nothing is run.
        (run_dir / runs.ADAPTER).mkdir(exist_ok=True)
        (run_dir / runs.ADAPTER / "adapter_config.json").write_text(
            json.dumps({"peft_type": "LORA", "base_model_name_or_path": config.model, "r": config.lora_rank}),
            encoding="utf-8",
        )
    return run_dir


def make_sample_runs() -> list[Path]:
    from core.config import RunConfig
    from core.paths import demo_model_dir, samples_dir

    dataset = str(samples_dir() / "demo_persona.json")
    base = dict(model=str(demo_model_dir()), dataset=dataset)
    day = time.time() - 2 * 86400
    first = _write_run(
        "persona-rank16",
        RunConfig(**base, lora_rank=16),
        synthetic_events(seed=3, start=day),
        {"type": "cancelled", "time": day + 4000, "step": 600, "adapter_path": ""},
        500,
    )
    second = _write_run(
        "persona-rank8-lr1e-4",
        RunConfig(**base, lora_rank=8, learning_rate=1e-4),
        synthetic_events(seed=5, overfit=False, scale=1.08, start=day + 9000),
        {"type": "finished", "time": day + 13000, "step": 600, "adapter_path": ""},
    )
    third = _write_run(
        "persona-rank64-big-batch",
        RunConfig(**base, lora_rank=64, micro_batch_size=16),
        synthetic_events(steps=600, seed=9, start=day + 20000)[:3],
        {
            "type": "failed",
            "time": day + 20030,
            "step": 1,
            "code": "oom",
            "message": "The GPU ran out of memory.",
            "hint": "Lower the micro batch size or the cutoff length.",
        },
    )
    return [first, second, third]
