"""Faults of the real engine, injected at torch's boundary: out of GPU memory and a crash at a chosen step.

The child is the product's own (`core.training.__main__.main`); a small launcher, written to the
test's folder, only replaces `torch.optim.AdamW.step` with one that raises on its Nth call, as the
CUDA allocator or a kernel would from inside the optimizer step. Nothing of ours is replaced.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from core.config import RunConfig
from core.training import runs
from core.training.events import read_metrics
from tests.locations import REPO

LAUNCHER = '''\
"""Run the real training child with torch.optim.AdamW.step raising on call N (a fault inside torch)."""
import sys

import torch

RUN_DIR, CALL, KIND = sys.argv[1], int(sys.argv[2]), sys.argv[3]
FAULTS = {
    "oom": lambda: torch.cuda.OutOfMemoryError(
        "CUDA out of memory. Tried to allocate 2.00 GiB. GPU 0 has a total capacity of 8.00 GiB of which "
        "1.12 GiB is free. Of the allocated memory 6.10 GiB is allocated by PyTorch"),
    "cublas": lambda: RuntimeError("CUDA error: CUBLAS_STATUS_ALLOC_FAILED when calling `cublasCreate(handle)`"),
    "crash": lambda: RuntimeError(f"injected fault inside torch at optimizer step {CALL}"),
}
original = torch.optim.AdamW.step
calls = [0]


def step(self, *args, **kwargs):
    calls[0] += 1
    if calls[0] == CALL:
        raise FAULTS[KIND]()
    return original(self, *args, **kwargs)


torch.optim.AdamW.step = step
from core.training.__main__ import main  # noqa: E402

sys.exit(main([RUN_DIR]))
'''


def write_launcher(folder: Path) -> Path:
    path = Path(folder) / "fault_launcher.py"
    path.write_text(LAUNCHER, encoding="utf-8")
    return path


def launcher_command(launcher: Path, run_dir: Path, call: int, kind: str) -> list[str]:
    return [sys.executable, str(launcher), str(run_dir), str(call), kind]


def fault_config(demo_model: Path, samples: Path, **changes) -> RunConfig:
    settings = {
        "model": str(demo_model),
        "dataset": str(samples / "demo_persona.json"),
        "cutoff_len": 128,
        "micro_batch_size": 2,
        "batch_size": 2,
        "max_steps": 6,
        "learning_rate": 1e-3,
        "lora_rank": 8,
        "lora_alpha": 16,
        "lora_dropout": 0.0,
        "validation_split": 0.0,
        "save_steps": 1,
        "logging_steps": 1,
        "seed": 7,
        "device": "cpu",
        "optimizer": "adamw_torch",
    }
    settings.update(changes)
    return RunConfig(**settings)


def run_with_fault(tmp_path: Path, demo_model: Path, samples: Path, call: int, kind: str):
    from core.paths import runs_dir

    run_dir = runs.create_run(fault_config(demo_model, samples), runs_dir(), f"fault-{kind}")
    command = launcher_command(write_launcher(tmp_path), run_dir, call, kind)
    done = subprocess.run(
        command,
        cwd=REPO,
        env=dict(os.environ, PYTHONIOENCODING="utf-8"),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=600,
        check=False,
    )
    return run_dir, done, list(read_metrics(run_dir / runs.METRICS))


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["oom", "cublas"])
def test_out_of_gpu_memory_inside_torch_fails_as_the_gpus_memory(tmp_path, demo_model, samples, kind):
    from core.planning.plan import smaller_after_oom

    run_dir, done, events = run_with_fault(tmp_path, demo_model, samples, call=3, kind=kind)
    assert done.returncode == 1, done.stdout[-2000:]
    failed = events[-1]
    assert failed["type"] == "failed" and failed["code"] == "oom", failed
    # The GPU's memory, never the computer's: the user lowers the micro batch, not closes programs.
    assert "GPU" in failed["message"] and "computer" not in failed["message"]
    assert "micro batch" in failed["hint"]
    assert [e["step"] for e in events if e["type"] == "progress"] == [1, 2]
    # What the Monitor's "Retry with smaller settings" starts: one step down from what it used.
    smaller, why = smaller_after_oom(RunConfig.load(run_dir / runs.RUN_YAML))
    assert smaller.micro_batch_size == 1 and smaller.batch_size == 2 and why
    # The app reads the event from the child's stdout: the same line went there.
    assert json.dumps(failed["message"])[1:-1] in done.stdout


@pytest.mark.slow
def test_a_crash_inside_torch_puts_its_traceback_in_the_log_and_names_it(tmp_path, demo_model, samples):
    run_dir, done, events = run_with_fault(tmp_path, demo_model, samples, call=2, kind="crash")
    assert done.returncode == 1, done.stdout[-2000:]
    failed = events[-1]
    assert failed["type"] == "failed" and failed["code"] == "crash", failed
    assert failed["message"] == "RuntimeError: injected fault inside torch at optimizer step 2"
    assert str(run_dir / runs.LOG) in failed["hint"]  # what to send with a report
    log = (run_dir / runs.LOG).read_text(encoding="utf-8")
    assert "Traceback (most recent call last):" in log
    tail = log[log.rindex("Traceback (most recent call last):") :]
    # The whole way down: our engine, the Trainer, torch's optimizer, the faulting call.
    for frame in ("core/training/engine.py", "transformers/trainer.py", "torch/optim/", "fault_launcher.py"):
        assert frame in tail.replace("\\", "/"), frame
    assert "RuntimeError: injected fault inside torch at optimizer step 2" in tail
    # Step 1 was trained and saved before the fault: the run can be resumed from it.
    assert [e["step"] for e in events if e["type"] == "progress"] == [1]
    assert runs.checkpoint_step(runs.latest_checkpoint(run_dir)) == 1
