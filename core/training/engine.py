"""Runs one RunConfig: 4-bit base model + LoRA + transformers' Trainer, emitting events.

Called in the training child process (core/training/__main__.py); the GUI
never imports this module.
"""

from __future__ import annotations

import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core import lora_targets
from core.config import RunConfig
from core.data.problems import DataError
from core.errors import UserError
from core.training import guards, lean_loss, runs
from core.training.dataset import Collator, cached_tokenize, tokenize_cache_key, write_dataset_sample
from core.training.memory import apply_vram_cap, out_of_memory
from core.training.monitor import CheckpointMarker, Emitter, EventCallback, StopRequest
from core.training.outcome import (
    NonFiniteWeights,  # noqa: F401  (re-exported: tests import it from the engine)
    already_trained,
    finish_run,
    save_adapter,  # noqa: F401  (re-exported: tests import it from the engine)
)
from core.training.trainer_args import count_steps, training_arguments


class RunFailed(Exception):
    def __init__(self, code: str, message: str, hint: str = ""):
        super().__init__(message)
        self.code, self.message, self.hint = code, message, hint


def choose_device(config: RunConfig):
    import torch

    if config.device == "cuda" or (config.device == "auto" and torch.cuda.is_available()):
        if not torch.cuda.is_available():
            raise RunFailed(
                "no_gpu",
                "The settings ask for the GPU, but no CUDA GPU is available.",
                "Set device to auto or cpu, or check the NVIDIA driver.",
            )
        return "cuda"
    return "cpu"


def choose_dtype(config: RunConfig, device: str):
    import torch

    if config.compute_dtype != "auto":
        return {"bf16": torch.bfloat16, "fp16": torch.float16, "fp32": torch.float32}[config.compute_dtype]
    if device == "cpu":
        return torch.float32
    # bf16 only where the hardware does it natively (compute capability 8.0+),
    # not where torch would emulate it.
    major, _ = torch.cuda.get_device_capability()
    return torch.bfloat16 if major >= 8 else torch.float16


def resolve_targets(model, config: RunConfig) -> list[str] | str:
    """The preset (or custom list) as this model's layer names; see core/lora_targets.py."""
    import torch.nn as nn

    # Linear4bit / Linear8bitLt when quantized; GPT-2 style models use Conv1D for their projections.
    names = [
        name
        for name, mod in model.named_modules()
        if isinstance(mod, nn.Linear) or type(mod).__name__.startswith("Linear") or type(mod).__name__ == "Conv1D"
    ]
    try:
        return lora_targets.resolve_targets(config.lora_targets, names, config.custom_targets)
    except lora_targets.TargetError as exc:
        raise RunFailed(
            "bad_config",
            f"{str(exc)[0].upper()}{str(exc)[1:]}.",
            "Choose other LoRA targets on the Train screen (Advanced).",
        ) from None


def load_model(config: RunConfig, device: str, dtype):
    from transformers import AutoModelForCausalLM

    from core.training.quantization import bnb_config

    kwargs = dict(
        dtype=dtype,
        device_map={"": 0 if device == "cuda" else "cpu"},
        use_safetensors=None if config.allow_pickle_weights else True,
        trust_remote_code=config.trust_remote_code,
    )
    quantization = bnb_config(config.quantization, dtype, config.double_quant)
    if quantization is not None:
        kwargs["quantization_config"] = quantization
    try:
        model = AutoModelForCausalLM.from_pretrained(config.model, **kwargs)
    except OSError as exc:
        text = str(exc)
        if "safetensors" in text or ".bin" in text:
            raise RunFailed(
                "bad_model",
                f"{config.model}: no safetensors weights found.",
                "Download the model's safetensors files, or allow pickle weights "
                "if you trust where the model came from.",
            ) from None
        raise RunFailed(
            "bad_model",
            f"{config.model}: the model could not be loaded ({text.splitlines()[0]}).",
            "Check that the folder holds config.json, the weights and the tokenizer.",
        ) from None
    keep_4bit_layout_trainable(model)
    return model


def keep_4bit_layout_trainable(model) -> None:
    """On CPUs with AVX512-BF16, bitsandbytes repacks a 4-bit layer's weights for a faster
    inference kernel the first time it runs in eval mode without gradients (our validation
    passes), for good. That kernel has no backward, so every training step after the first
    evaluation lost the gradient through the frozen layers (torch warns "an autograd kernel
    was not registered"). Training keeps the plain layout."""
    for module in model.modules():
        if hasattr(module, "support_avx512bf16_for_cpu"):
            module.support_avx512bf16_for_cpu = False


def upcasts_frozen(device: str, dtype) -> bool:
    """Whether the frozen unquantised weights (embeddings, norms, lm_head) get fp32 copies, as peft's
    k-bit preparation makes. bf16 has fp32's range, so on a GPU they stay bf16 (2-4 GB less on a
    7B model; the LoRA weights are fp32 either way). fp16 keeps them: the fp32 norms keep its
    residual stream in fp32, away from fp16's overflow. The CPU computes in fp32 anyway."""
    import torch

    return not (device == "cuda" and dtype == torch.bfloat16)


def attach_lora(model, config: RunConfig, *, upcast_frozen: bool = True):
    from peft import LoraConfig, get_peft_model, prepare_model_for_kbit_training

    ckpt_kwargs = {"use_reentrant": False}
    if config.quantization in ("4bit", "8bit") and upcast_frozen:
        model = prepare_model_for_kbit_training(
            model, use_gradient_checkpointing=config.gradient_checkpointing, gradient_checkpointing_kwargs=ckpt_kwargs
        )
    elif config.gradient_checkpointing:
        model.gradient_checkpointing_enable(gradient_checkpointing_kwargs=ckpt_kwargs)
        model.enable_input_require_grads()
    lora = LoraConfig(
        r=config.lora_rank,
        lora_alpha=config.lora_alpha,
        lora_dropout=config.lora_dropout,
        target_modules=resolve_targets(model, config),
        use_rslora=config.use_rslora,
        use_dora=config.use_dora,
        bias="none",
        task_type="CAUSAL_LM",
    )
    return get_peft_model(model, lora)


def run_training(
    run_dir: Path, *, resume: bool = False, emit: Emitter | None = None, stop: StopRequest | None = None
) -> int:
    """Train the run in `run_dir`. Returns 0 when finished or stopped, 1 when it failed."""
    run_dir = Path(run_dir)
    emit = emit or Emitter(run_dir / runs.METRICS)
    stop = stop or StopRequest()
    try:
        return _run(run_dir, resume, emit, stop)
    except RunFailed as exc:
        emit("failed", code=exc.code, message=exc.message, hint=exc.hint)
        return 1
    except DataError as exc:
        emit("failed", code="bad_data", message=str(exc), hint="Fix the dataset, then start again.")
        return 1
    except UserError as exc:  # any other mistake in the settings, found once training began
        emit(
            "failed", code="bad_config", message=str(exc), hint="Fix the setting on the Train screen, then start again."
        )
        return 1
    except Exception as exc:  # a bug or an environment problem: full details go to the log
        memory = out_of_memory(exc)
        if memory is not None:
            emit(
                "failed",
                code="oom",
                message=memory,
                hint="Lower the micro batch size or the cutoff length, or turn on gradient checkpointing.",
            )
            return 1
        with open(run_dir / runs.LOG, "a", encoding="utf-8") as log:
            traceback.print_exc(file=log)
        emit(
            "failed",
            code="crash",
            message=f"{type(exc).__name__}: {exc}",
            hint=f"This is a bug in Lorasmith. Please send {run_dir / runs.LOG} with a report.",
        )
        return 1


def _run(run_dir: Path, resume: bool, emit: Emitter, stop: StopRequest) -> int:
    from transformers import set_seed

    config = _load_config(run_dir)
    set_seed(config.seed)
    device = choose_device(config)
    dtype = choose_dtype(config, device)
    # Fail fast with an OOM instead of letting the driver spill into system RAM.
    vram_cap = apply_vram_cap(config.vram_budget_gib) if device == "cuda" else None

    data = _prepare_data(config, run_dir)
    total_steps = count_steps(len(data.train_ds), config)
    if resume:
        runs.remove_incomplete_checkpoints(run_dir)
        if already_trained(run_dir, total_steps, emit):
            return 0
    _report_data(data, config, run_dir, emit)

    model, lean = _build_model(config, device, dtype)
    collator = Collator(data.tok.pad_id, config.packing, pad_to_multiple=8 if device == "cuda" else 1)
    context = _run_context(config, model, device, dtype)
    args = training_arguments(config, run_dir, device, dtype, total_steps, evaluates=data.eval_ds is not None)
    callback = EventCallback(
        emit,
        stop,
        collator,
        stop_at_loss=config.stop_at_loss,
        early_stopping_patience=config.early_stopping_patience,
        context=context,
        loss_watch=guards.LossWatch().attach(model),
    )
    trainer = _make_trainer(model, args, data, collator, [callback, CheckpointMarker(emit, callback)])
    resume_from = _resume_point(run_dir) if resume else None
    emit(
        "started",
        run_dir=str(run_dir),
        total_steps=total_steps,
        epochs=config.epochs,
        train_examples=len(data.train_ds),
        eval_examples=len(data.eval_ds) if data.eval_ds is not None else 0,
        device=device,
        dtype=str(dtype).replace("torch.", ""),
        resumed_from=resume_from,
        token_lengths=data.stats,
        dropped_examples=data.dropped,
        tokenize_cache_hit=data.cache_hit,
        data_kind=data.prepared.kind,
        rendering=data.prepared.rendering,
        vram_cap_gib=None if vram_cap is None else round(vram_cap / 2**30, 2),
        lean_loss=lean,
    )
    trainer.train(resume_from_checkpoint=resume_from)
    return finish_run(trainer, callback, collator, context, config.model, run_dir, emit)


def _load_config(run_dir: Path) -> RunConfig:
    config = RunConfig.load(run_dir / runs.RUN_YAML)
    problems = config.validate()
    if problems:
        raise RunFailed(
            "bad_config",
            "The settings have problems: " + "; ".join(problems) + ".",
            "Fix them in the Train screen or in run.yaml.",
        )
    return config


@dataclass
class _TrainingData:
    """The run's examples as tokens, with what the warnings and the `started` event say about them."""

    tok: Any  # core.data.tokenize.TextTokenizer
    prepared: Any  # from core.data.pipeline.load_split: kind, rendering, template
    train_examples: list
    bad: list  # the problems of the rows left out
    train_ds: Any
    eval_ds: Any | None
    stats: dict
    dropped: int
    cache_hit: bool


def _prepare_data(config: RunConfig, run_dir: Path) -> _TrainingData:
    """Load, split and tokenise the dataset (through the token cache); fails when nothing is usable."""
    from core.data.pipeline import load_split
    from core.data.tokenize import TextTokenizer
    from core.paths import cache_dir

    tok = TextTokenizer.from_model_dir(config.model)
    prepared, train_ex, eval_ex, data_problems = load_split(config, tok)
    runs.write_template(run_dir, prepared.template)  # tried and exported with exactly this template
    bad = [p for p in data_problems if p.severity == "error"]
    if not train_ex:
        first = f" First problem: {bad[0]}" if bad else ""
        raise RunFailed(
            "bad_data",
            f"No usable examples in {Path(config.dataset).name}.{first}",
            "Open the dataset in the Dataset screen to see and fix the problems.",
        )
    key = tokenize_cache_key(config, tok, prepared.template.template if prepared.template else None)
    train_ds, stats, dropped, hit = cached_tokenize(train_ex, tok, config.cutoff_len, key + "-train", cache_dir())
    eval_ds = None
    if eval_ex:
        eval_ds, _, _, _ = cached_tokenize(eval_ex, tok, config.cutoff_len, key + "-eval", cache_dir())
    return _TrainingData(tok, prepared, train_ex, bad, train_ds, eval_ds, stats, dropped, hit)


def _report_data(data: _TrainingData, config: RunConfig, run_dir: Path, emit: Emitter) -> None:
    """Warn about the rows left out and the examples cut; keep the first examples exactly as trained."""
    if data.bad:
        emit(
            "warning",
            code="bad_rows",
            step=0,
            message=f"{len(data.bad)} row(s) were left out because of problems. First: {data.bad[0]}",
        )
    write_dataset_sample(run_dir / runs.SAMPLE, data.train_examples, data.tok, config.cutoff_len)
    stats = data.stats
    if stats["truncated"]:
        emit(
            "warning",
            code="truncated_examples",
            step=0,
            message=f"{stats['truncated']} of {stats['count']} examples ({stats['truncated_fraction']:.0%}) are longer "
            f"than the cutoff of {config.cutoff_len} tokens and were cut. Raise the cutoff length or shorten them.",
        )


def _build_model(config: RunConfig, device: str, dtype) -> tuple[Any, bool]:
    """The 4-bit base model with its LoRA, ready to train; and whether the lean loss is installed."""
    model = attach_lora(load_model(config, device, dtype), config, upcast_frozen=upcasts_frozen(device, dtype))
    model.config.use_cache = False  # a KV cache is for generation; in training it only costs memory
    # The loss over trained tokens only, chunk by chunk: the full logits never exist (lean_loss.py).
    lean = config.lean_loss and lean_loss.install(model)
    return model, lean


def _run_context(config: RunConfig, model, device: str, dtype) -> guards.RunContext:
    return guards.RunContext(
        dtype=str(dtype).replace("torch.", ""),
        device=device,
        learning_rate=config.learning_rate,
        model_type=str(getattr(model.config, "model_type", "") or ""),
        dtype_was_chosen=config.compute_dtype == "auto",
    )


def _make_trainer(model, args, data: _TrainingData, collator, callbacks: list):
    from transformers import PrinterCallback, Trainer

    trainer = Trainer(
        model=model,
        args=args,
        train_dataset=data.train_ds,
        eval_dataset=data.eval_ds,
        data_collator=collator,
        callbacks=callbacks,
    )
    trainer.remove_callback(PrinterCallback)  # our events replace its printed dicts
    return trainer


def _resume_point(run_dir: Path) -> str | None:
    latest = runs.latest_checkpoint(run_dir)
    return str(latest) if latest else None
