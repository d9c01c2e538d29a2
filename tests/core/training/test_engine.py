"""Real 4-bit LoRA training of the bundled demo model on the CPU."""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from core.config import RunConfig
from core.training import runs
from core.training.events import parse_line, read_metrics
from tests.locations import REPO

pytestmark = pytest.mark.slow


def small_config(demo_model, samples, **changes) -> RunConfig:
    settings = dict(
        model=str(demo_model),
        dataset=str(samples / "demo_persona.json"),
        cutoff_len=128,
        micro_batch_size=2,
        batch_size=4,
        max_steps=6,
        learning_rate=1e-3,
        lora_rank=8,
        lora_alpha=16,
        eval_steps=3,
        save_steps=3,
        validation_split=0.1,
        warmup_ratio=0.0,
        lr_scheduler="constant",
        lora_dropout=0.0,
    )
    settings.update(changes)
    return RunConfig(**settings)


def train_in_process(run_dir: Path, resume: bool = False) -> int:
    from core.training.engine import run_training
    from core.training.monitor import Emitter

    return run_training(run_dir, resume=resume, emit=Emitter(run_dir / runs.METRICS, echo=False))


def events_of(run_dir: Path, kind: str | None = None) -> list[dict]:
    return [e for e in read_metrics(run_dir / runs.METRICS) if kind is None or e["type"] == kind]


def test_demo_run_saves_a_peft_adapter_and_every_record(tmp_path, demo_model, samples):
    run_dir = runs.create_run(small_config(demo_model, samples), tmp_path)
    assert train_in_process(run_dir) == 0
    kinds = [e["type"] for e in events_of(run_dir)]
    assert kinds[0] == "started" and kinds[-1] == "finished"
    assert "eval" in kinds and "checkpoint" in kinds
    progress = events_of(run_dir, "progress")
    assert [p["step"] for p in progress][-1] == 6
    assert all(p["tokens_per_second"] > 0 for p in progress)
    adapter = run_dir / "adapter"
    config = json.loads((adapter / "adapter_config.json").read_text())
    assert config["r"] == 8 and config["peft_type"] == "LORA"
    assert (adapter / "adapter_model.safetensors").stat().st_size > 0
    assert not (run_dir / "adapter.partial").exists()
    assert [step for step, _ in runs.checkpoints(run_dir)] == [3, 6]
    sample = [json.loads(line) for line in (run_dir / "dataset_sample.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sample and all(s["tokens"] <= 128 and s["trained_tokens"] > 0 for s in sample)
    assert any(not seg["trained"] for seg in sample[0]["segments"])  # the question is context only

    # peft itself loads what we saved, onto the 4-bit base.
    from core.inference.generate import load_for_generation

    model = load_for_generation(str(demo_model), str(adapter))
    assert type(model).__name__ == "PeftModelForCausalLM"


def test_warmup_ratio_raises_the_learning_rate_over_that_share_of_the_steps(tmp_path, demo_model, samples):
    config = small_config(
        demo_model,
        samples,
        max_steps=8,
        warmup_ratio=0.25,
        lr_scheduler="linear",
        eval_steps=100,
        save_steps=100,
        validation_split=0.0,
    )
    run_dir = runs.create_run(config, tmp_path)
    assert train_in_process(run_dir) == 0
    rates = [p["learning_rate"] for p in events_of(run_dir, "progress")]
    # 2 warm-up steps (25% of 8): steps 1 and 2 climb from 0, step 3 runs at the full rate, then it falls.
    assert rates[:3] == pytest.approx([0.0, 5e-4, 1e-3]), rates
    assert all(a > b for a, b in zip(rates[2:], rates[3:])), rates


def test_second_run_reuses_the_cached_tokenisation(tmp_path, demo_model, samples):
    config = small_config(demo_model, samples, max_steps=1, eval_steps=100, save_steps=100)
    first = runs.create_run(config, tmp_path)
    second = runs.create_run(config, tmp_path)
    assert train_in_process(first) == 0 and train_in_process(second) == 0
    assert events_of(first, "started")[0]["tokenize_cache_hit"] is False
    assert events_of(second, "started")[0]["tokenize_cache_hit"] is True


def _spawn(run_dir: Path, *extra: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "core.training", str(run_dir), *extra],
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )


def _events_until(proc: subprocess.Popen, stop_when) -> list[dict]:
    seen = []
    for line in proc.stdout:
        event = parse_line(line)
        if event:
            seen.append(event)
            if stop_when(event):
                break
    return seen


def test_stop_line_ends_the_child_cleanly_with_the_adapter_saved(tmp_path, demo_model, samples):
    run_dir = runs.create_run(
        small_config(demo_model, samples, max_steps=200, save_steps=1000, eval_steps=1000), tmp_path
    )
    proc = _spawn(run_dir)
    _events_until(proc, lambda e: e["type"] == "progress" and e["step"] >= 2)
    proc.stdin.write("stop\n")
    proc.stdin.flush()
    rest = _events_until(proc, lambda e: e["type"] in ("cancelled", "finished", "failed"))
    assert proc.wait(timeout=120) == 0
    assert rest[-1]["type"] == "cancelled" and rest[-1]["step"] < 200
    assert (run_dir / "adapter" / "adapter_model.safetensors").exists()
    # No periodic checkpoint was due (save_steps=1000): the stop saved one at its step, to resume from.
    assert [step for step, _ in runs.checkpoints(run_dir)] == [rest[-1]["step"]]


def test_killed_run_resumes_and_its_loss_continues_the_uninterrupted_curve(tmp_path, demo_model, samples):
    config = small_config(demo_model, samples, max_steps=8, save_steps=4, eval_steps=100, lora_dropout=0.1)
    straight = runs.create_run(config, tmp_path, "straight")
    assert train_in_process(straight) == 0
    expected = {e["step"]: e["loss"] for e in events_of(straight, "progress")}

    broken = runs.create_run(config, tmp_path, "broken")
    proc = _spawn(broken)
    _events_until(proc, lambda e: e["type"] == "checkpoint" and e["step"] == 4)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    # What a kill during the next save leaves behind: a half-written checkpoint.
    (broken / "checkpoints" / "checkpoint-8").mkdir()
    assert runs.latest_checkpoint(broken).name == "checkpoint-4"

    assert train_in_process(broken, resume=True) == 0
    started = [e for e in events_of(broken, "started")]
    assert started[-1]["resumed_from"].endswith("checkpoint-4")
    resumed = {e["step"]: e["loss"] for e in events_of(broken, "progress") if e["time"] >= started[-1]["time"]}
    assert set(resumed) >= {5, 6, 7, 8}
    for step in (5, 6, 7, 8):
        assert resumed[step] == pytest.approx(expected[step], rel=1e-3, abs=1e-3), step


def test_dataset_without_usable_rows_fails_with_bad_data(tmp_path, demo_model):
    data = tmp_path / "empty_answers.json"
    data.write_text(
        json.dumps([{"instruction": "hi", "output": ""}, {"instruction": "yo", "output": ""}]), encoding="utf-8"
    )
    run_dir = runs.create_run(RunConfig(model=str(demo_model), dataset=str(data), max_steps=2), tmp_path)
    assert train_in_process(run_dir) == 1
    failed = events_of(run_dir, "failed")[-1]
    assert failed["code"] == "bad_data" and "empty_answers.json" in failed["message"]


def test_a_validation_pass_leaves_gradients_flowing_through_the_4bit_layers(demo_model):
    """bitsandbytes repacks 4-bit weights for a faster inference kernel after an eval-mode
    forward without gradients (on CPUs with AVX512-BF16); that kernel has no backward, so
    training after the first validation would lose the gradient through the frozen layers."""
    import torch

    from core.training.engine import load_model

    model = load_model(RunConfig(model=str(demo_model), dataset="unused"), "cpu", torch.float32)
    ids = torch.tensor([[5, 17, 230, 41, 9, 77, 12, 300]])

    def input_gradient():
        model.train()
        embeds = model.get_input_embeddings()(ids).detach().requires_grad_(True)
        model(inputs_embeds=embeds, labels=ids).loss.backward()
        return embeds.grad

    before = input_gradient()
    model.eval()
    with torch.no_grad():  # what a validation pass does
        model(input_ids=ids)
    assert torch.allclose(input_gradient(), before, rtol=1e-4, atol=1e-6)


def _stop_when(run_dir: Path, step: int, **changes) -> tuple[int, object]:
    """Train in this process and ask it to stop once step `step` is logged, as the app's Stop does."""
    from core.training.engine import run_training
    from core.training.monitor import Emitter, StopRequest

    stop = StopRequest()
    emitter = Emitter(run_dir / runs.METRICS, echo=False)
    emitter.listeners.append(lambda e: e["type"] == "progress" and e["step"] >= step and stop.event.set())
    return run_training(run_dir, emit=emitter, stop=stop), emitter


def test_a_stop_saves_that_step_and_a_resume_takes_the_lower_learning_rate(tmp_path, demo_model, samples):
    config = small_config(demo_model, samples, max_steps=6, save_steps=100, eval_steps=100, validation_split=0.0)
    run_dir = runs.create_run(config, tmp_path)
    code, _ = _stop_when(run_dir, 2)
    assert code == 0
    cancelled = events_of(run_dir, "cancelled")[-1]
    assert cancelled["stopped_by"] == "user" and cancelled["step"] == 3  # stops after the step it was asked in
    assert [step for step, _ in runs.checkpoints(run_dir)] == [3]  # nothing since it is lost

    # What the Monitor's "Resume with learning rate X" does: the lower rate into run.yaml, then resume.
    config.learning_rate = 5e-4
    config.save(run_dir / runs.RUN_YAML)
    assert train_in_process(run_dir, resume=True) == 0
    started = events_of(run_dir, "started")[-1]
    resumed = [e for e in events_of(run_dir, "progress") if e["time"] >= started["time"]]
    assert [e["step"] for e in resumed] == [4, 5, 6]
    assert [e["learning_rate"] for e in resumed] == pytest.approx([5e-4] * 3)
    changed = events_of(run_dir, "settings_changed")[-1]
    assert changed["old"]["learning_rate"] == pytest.approx(1e-3) and changed["new"]["learning_rate"] == 5e-4


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_resuming_a_finished_run_changes_nothing_and_never_trains_past_its_end(tmp_path, demo_model, samples):
    from core.training.engine import run_training
    from core.training.monitor import Emitter

    config = small_config(demo_model, samples, max_steps=4, save_steps=2, eval_steps=100, validation_split=0.0)
    run_dir = runs.create_run(config, tmp_path, "done")
    assert train_in_process(run_dir) == 0
    before = _files(run_dir)
    told = []
    emitter = Emitter(run_dir / runs.METRICS, echo=False)
    emitter.listeners.append(told.append)
    assert run_training(run_dir, resume=True, emit=emitter) == 0
    assert _files(run_dir) == before
    assert [e["type"] for e in told] == ["finished"] and told[0]["already_finished"] is True
    assert "already reached its last step (4 of 4)" in told[0]["message"]
    from core.cli.evaluate import generate_main

    assert generate_main(["--run", str(run_dir), "--adapter", "best", "--prompt", "hi"]) == 2  # no validation

    # Killed after its last checkpoint was written but before the adapter was: resuming finishes
    # it from that checkpoint; without the check the Trainer would train a step 5.
    metrics = (run_dir / runs.METRICS).read_text(encoding="utf-8").splitlines(keepends=True)
    (run_dir / runs.METRICS).write_text("".join(line for line in metrics if '"finished"' not in line), encoding="utf-8")
    final = (run_dir / "checkpoints" / "checkpoint-4" / "adapter_model.safetensors").read_bytes()
    shutil.rmtree(run_dir / runs.ADAPTER)
    assert train_in_process(run_dir, resume=True) == 0
    assert max(e["step"] for e in events_of(run_dir, "progress")) == 4
    assert events_of(run_dir, "finished")[-1]["step"] == 4
    assert (run_dir / runs.ADAPTER / "adapter_model.safetensors").read_bytes() == final


def test_early_stopping_keeps_the_best_checkpoint_and_it_can_be_chosen(tmp_path, demo_model, samples):
    # A learning rate far too high: validation loss is best after the first step, then rises.
    config = small_config(
        demo_model,
        samples,
        max_steps=8,
        eval_steps=1,
        save_steps=100,
        save_total_limit=1,
        early_stopping_patience=2,
        learning_rate=0.05,
    )
    run_dir = runs.create_run(config, tmp_path, "stopped-early")
    assert train_in_process(run_dir) == 0
    evals = {e["step"]: e["eval_loss"] for e in events_of(run_dir, "eval")}
    end = events_of(run_dir, "cancelled")[-1]
    assert end["stopped_by"] == "early_stopping"
    best = min(evals, key=evals.get)
    assert end["best_step"] == best < end["step"] and end["best_eval_loss"] == evals[best]
    # Kept although save_total_limit is 1, beside the checkpoint the stop saved.
    assert [step for step, _ in runs.checkpoints(run_dir)] == [best, end["step"]]
    assert runs.pick_adapter(run_dir, "best") == (best, run_dir / "checkpoints" / f"checkpoint-{best}")
    assert runs.pick_adapter(run_dir, "last") == (end["step"], run_dir / runs.ADAPTER)
    assert runs.summarize(run_dir).best_step == best

    from core.cli.evaluate import export_main

    out = tmp_path / "best-export"
    assert export_main([str(run_dir), "--to", "adapter", "--out", str(out), "--adapter", "best"]) == 0
    assert (out / "adapter_model.safetensors").read_bytes() == (
        run_dir / "checkpoints" / f"checkpoint-{best}" / "adapter_model.safetensors"
    ).read_bytes()
    assert (
        export_main(
            [str(run_dir), "--to", "adapter", "--out", str(tmp_path / "both"), "--adapter", "best", "--checkpoint", "1"]
        )
        == 2
    )
    assert not (tmp_path / "both").exists()
