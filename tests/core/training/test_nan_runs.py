"""Runs whose real forward pass overflows: they fail with code `nan` at the step it happens.

The demo model is copied and some of its weights are set to values that overflow float32
(what fp16 does on RTX 20xx cards, or a too-high learning rate in bf16), then trained
through the real engine: 4-bit bitsandbytes, peft, transformers' Trainer.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from core.config import RunConfig
from core.training import runs
from core.training.events import read_metrics

pytestmark = pytest.mark.slow


def broken_model(demo_model: Path, target: Path, change) -> Path:
    """A copy of the demo model whose weights `change(tensors, config)` edits in place."""
    import torch
    from safetensors.torch import load_file, save_file

    shutil.copytree(demo_model, target)
    tensors = load_file(str(target / "model.safetensors"))
    config = json.loads((target / "config.json").read_text(encoding="utf-8"))
    change(tensors, config, torch)
    save_file(tensors, str(target / "model.safetensors"), metadata={"format": "pt"})
    (target / "config.json").write_text(json.dumps(config, indent=2), encoding="utf-8")
    return target


def train(run_dir: Path, resume: bool = False) -> int:
    from core.training.engine import run_training
    from core.training.monitor import Emitter

    return run_training(run_dir, resume=resume, emit=Emitter(run_dir / runs.METRICS, echo=False))


def events_of(run_dir: Path, kind: str) -> list[dict]:
    return [e for e in read_metrics(run_dir / runs.METRICS) if e["type"] == kind]


def config_for(model: Path, samples: Path, **changes) -> RunConfig:
    settings = dict(
        model=str(model),
        dataset=str(samples / "demo_persona.json"),
        cutoff_len=128,
        micro_batch_size=2,
        batch_size=2,
        max_steps=4,
        learning_rate=1e-3,
        lora_rank=8,
        lora_alpha=16,
        eval_steps=100,
        save_steps=1,
        validation_split=0.0,
        warmup_ratio=0.0,
        lr_scheduler="constant",
        lora_dropout=0.0,
        device="cpu",
    )
    settings.update(changes)
    return RunConfig(**settings)


def saved_tensors_are_finite(folder: Path) -> bool:
    from core.training.guards import nonfinite_saved

    return (folder / "adapter_model.safetensors").is_file() and not nonfinite_saved(folder)


def test_a_model_whose_forward_overflows_fails_with_nan_at_its_first_step(tmp_path, demo_model, samples):
    def overflow(tensors, config, torch):
        # RMSNorm's weight multiplies every hidden state: 1e38 takes the next matmul past float32's range.
        tensors["model.layers.0.input_layernorm.weight"] = torch.full((256,), 1e38, dtype=torch.float32)

    model = broken_model(demo_model, tmp_path / "overflowing", overflow)
    run_dir = runs.create_run(config_for(model, samples), tmp_path / "runs")
    assert train(run_dir) == 1

    failed = events_of(run_dir, "failed")
    assert len(failed) == 1 and failed[0]["code"] == "nan", failed
    fail = failed[0]
    assert fail["step"] == 1 and fail["quantity"] == "loss"
    assert "training loss became NaN at step 1" in fail["message"]
    assert "learning rate 0.001 is high" in fail["message"]  # this run's likely cause, not a list
    assert fail["suggested_learning_rate"] == pytest.approx(5e-4) and fail["resume_from_step"] is None
    assert "start again" in fail["hint"]
    assert not events_of(run_dir, "finished") and not events_of(run_dir, "cancelled")
    # The NaN is shown as a NaN, not hidden as a loss of 0.
    assert [p["loss"] for p in events_of(run_dir, "progress")] == ["nan"]
    assert "loss_zero" not in [w["code"] for w in events_of(run_dir, "warning")]
    # Nothing broken was saved: no adapter, and no checkpoint of the step that broke.
    assert not (run_dir / runs.ADAPTER).exists() and not (run_dir / "adapter.partial").exists()
    assert not (run_dir / runs.CHECKPOINTS).exists() or not any((run_dir / runs.CHECKPOINTS).iterdir())


def poisoned_model(demo_model: Path, target: Path, poisoned_text: str, clean_texts: list[str]) -> Path:
    """The demo model with infinite input embeddings for the tokens of `poisoned_text` that none of
    `clean_texts` uses: only rows holding them overflow."""
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(demo_model / "tokenizer.json"))
    clean = set()
    for text in clean_texts:
        clean |= set(tok.encode(text).ids) | set(tok.encode(" " + text).ids)
    poison = (set(tok.encode(poisoned_text).ids) | set(tok.encode(" " + poisoned_text).ids)) - clean
    assert poison

    def infinite_rows(tensors, config, torch):
        embed = tensors["model.embed_tokens.weight"].float()
        tensors["lm_head.weight"] = embed.clone()  # untie, so only these tokens' inputs break
        config["tie_word_embeddings"] = False
        embed[sorted(poison)] = float("inf")
        tensors["model.embed_tokens.weight"] = embed

    return broken_model(demo_model, target, infinite_rows)


JAPANESE = "日本語の文章です"


def test_a_validation_loss_that_overflows_keeps_the_checkpoint_before_it(tmp_path, demo_model, samples):
    """Only the validation rows hold tokens whose embeddings are infinite: training runs
    normally, the first validation pass is NaN, and the last good checkpoint is the one to resume."""
    validation = tmp_path / "validation.json"
    validation.write_text(
        json.dumps([{"instruction": "Say it in Japanese.", "output": JAPANESE}] * 4, ensure_ascii=False),
        encoding="utf-8",
    )
    dataset = samples / "demo_persona.json"
    rows = json.loads(dataset.read_text(encoding="utf-8"))
    clean = [dataset.read_text(encoding="utf-8"), "Say it in Japanese."] + [str(v) for r in rows for v in r.values()]
    model = poisoned_model(demo_model, tmp_path / "poisoned", JAPANESE, clean)
    config = config_for(model, samples, validation_file=str(validation), eval_steps=2, save_steps=1)
    run_dir = runs.create_run(config, tmp_path / "runs")
    assert train(run_dir) == 1

    progress = events_of(run_dir, "progress")
    assert [p["step"] for p in progress] == [1, 2] and all(isinstance(p["loss"], float) for p in progress)
    fail = events_of(run_dir, "failed")[-1]
    assert fail["code"] == "nan" and fail["quantity"] == "eval_loss" and fail["step"] == 2
    assert "validation loss became NaN at step 2" in fail["message"]
    assert fail["resume_from_step"] == 1 and "step 1" in fail["hint"] and "0.0005" in fail["hint"]
    # Step 2 would have been saved (save_steps=1): after the NaN nothing is.
    assert [step for step, _ in runs.checkpoints(run_dir)] == [1]
    assert not (run_dir / runs.CHECKPOINTS / "checkpoint-2").exists()
    assert saved_tensors_are_finite(runs.latest_checkpoint(run_dir))
    assert not (run_dir / runs.ADAPTER).exists()


def test_a_nan_between_logging_steps_is_caught_at_its_own_step(tmp_path, demo_model):
    """One short training row overflows; the loss is logged only every 100 steps. The run still
    fails at the step that row was trained in, on its loss, before any weights it broke are saved."""
    forge = [
        "The forge is hot today, and the hammer rings on the anvil from dawn until dusk.",
        "Horseshoes, nails and hinges hang on the wall, each one made by hand in this shop.",
        "Quench the blade in oil, not water, or the steel may crack as it cools too fast.",
        "A good smith listens to the metal: it tells you when it is ready to be worked.",
        "Coal, charcoal or gas all heat a forge; charcoal burns cleanest for small work.",
        "The bellows push air into the fire until the iron glows a bright orange-yellow.",
        "Tongs hold the hot iron steady while the hammer shapes it on the face of the anvil.",
    ]
    rows = [{"instruction": "Tell me about the forge.", "output": text} for text in forge]
    rows.append({"instruction": "Hi", "output": JAPANESE})  # the shortest row
    data = tmp_path / "forge.json"
    data.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    model = poisoned_model(demo_model, tmp_path / "poisoned", JAPANESE, forge + ["Tell me about the forge.", "Hi"])
    config = config_for(
        model,
        tmp_path,
        dataset=str(data),
        micro_batch_size=1,
        batch_size=1,
        max_steps=8,
        logging_steps=100,
        save_steps=100,
    )
    run_dir = runs.create_run(config, tmp_path / "runs")
    assert train(run_dir) == 1

    fail = events_of(run_dir, "failed")[-1]
    assert fail["code"] == "nan" and fail["quantity"] == "loss", fail
    # The longest batch goes first, so the short row is never step 1, the only step logged anyway.
    assert fail["step"] > 1
    assert [p["step"] for p in events_of(run_dir, "progress")] == [1, fail["step"]]
    assert events_of(run_dir, "progress")[-1]["loss"] == "nan"
    assert not (run_dir / runs.ADAPTER).exists() and not runs.checkpoints(run_dir)
