"""How a run ends: its adapter, written only when its weights are finite, and its last event.

Also the resume of a run that had already reached its last step. Called in the training child
(engine.py); the GUI never imports this module.
"""

from __future__ import annotations

import math
import shutil
from pathlib import Path

from core.atomic import replace_dir_atomic
from core.training import guards, runs
from core.training.monitor import Emitter


class NonFiniteWeights(Exception):
    def __init__(self, names: list[str]):
        super().__init__(f"{len(names)} LoRA tensors hold NaN or infinite values (first {names[0]})")
        self.names = names


def save_adapter(model, tokenizer_dir: str, run_dir: Path) -> Path:
    """Write the LoRA as the run's result; weights holding a NaN or infinity never replace adapter/."""
    final = run_dir / runs.ADAPTER
    staging = run_dir / (runs.ADAPTER + ".partial")
    shutil.rmtree(staging, ignore_errors=True)
    model.save_pretrained(str(staging), safe_serialization=True)
    bad = guards.nonfinite_saved(staging)
    if bad:
        shutil.rmtree(staging, ignore_errors=True)
        raise NonFiniteWeights(bad)
    replace_dir_atomic(staging, final)
    return final


def finish_run(trainer, callback, collator, context: guards.RunContext, model_dir: str, run_dir: Path, emit) -> int:
    """After trainer.train: save the adapter and emit finished, cancelled or failed. Returns the exit status."""
    step = trainer.state.global_step
    if callback.failure is None and guards.nonfinite_trainable(trainer.model):
        callback.failure = guards.nan_failure("weights", math.nan, step, context)
    adapter = None
    if callback.failure is None:
        try:
            adapter = save_adapter(trainer.model, model_dir, run_dir)
        except NonFiniteWeights:
            callback.failure = guards.nan_failure("weights", math.nan, step, context)
    if callback.failure is not None:
        latest = runs.latest_checkpoint(run_dir)
        failure = guards.with_resume(callback.failure, runs.checkpoint_step(latest) if latest else None)
        emit("failed", **{"step": step, **failure})
        return 1
    ending = dict(
        adapter_path=str(adapter),
        step=step,
        padded_fraction=round(collator.meter.padded_fraction, 4),
        **best_fields(run_dir),
    )
    if callback.stop_reason:
        emit("cancelled", reason=callback.stop_reason, stopped_by=callback.stopped_by, **ending)
    else:
        emit("finished", **ending)
    return 0


def best_fields(run_dir: Path) -> dict:
    best = runs.best_checkpoint(run_dir)
    if best is None:
        return {"best_step": None}
    step, folder, loss = best
    return {"best_step": step, "best_checkpoint": str(folder), "best_eval_loss": loss}


def already_trained(run_dir: Path, total_steps: int, emit: Emitter) -> bool:
    """Resuming a run that reached its last step trains nothing (the Trainer would run one step past
    the end); a run killed after its final checkpoint but before its adapter gets the adapter from it."""
    latest = runs.latest_checkpoint(run_dir)
    summary = runs.summarize(run_dir)
    done = max(runs.checkpoint_step(latest) if latest else 0, summary.steps if summary.status == "finished" else 0)
    if done < total_steps:
        return False
    if summary.status == "finished" and summary.has_adapter:
        emit.say(
            "finished",
            adapter_path=str(run_dir / runs.ADAPTER),
            step=done,
            already_finished=True,
            message=f"This run already reached its last step ({done} of {total_steps}); "
            "nothing was trained or changed.",
            **best_fields(run_dir),
        )
        return True
    if latest is None or guards.nonfinite_saved(latest):
        return False
    staging = run_dir / (runs.ADAPTER + ".partial")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    for name in ("adapter_config.json", guards.ADAPTER_WEIGHTS):
        shutil.copy2(latest / name, staging / name)
    replace_dir_atomic(staging, run_dir / runs.ADAPTER)
    emit(
        "finished",
        adapter_path=str(run_dir / runs.ADAPTER),
        step=done,
        from_checkpoint=str(latest),
        **best_fields(run_dir),
    )
    return True
