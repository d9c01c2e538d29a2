"""Runs one RunConfig: 4-bit base model + LoRA + transformers' Trainer, emitting events.

Called in the training child process (core/training/__main__.py); the GUI
never imports this module.
"""

from __future__ import annotations

import math
import shutil
import traceback
from pathlib import Path

from core import lora_targets
from core.atomic import replace_dir_atomic
from core.config import RunConfig
from core.data.problems import DataError
from core.errors import UserError
from core.training import guards, lean_loss, runs
from core.training.memory import apply_vram_cap, out_of_memory
from core.training.monitor import CheckpointMarker, Emitter, EventCallback, StopRequest


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


def count_steps(n_train: int, config: RunConfig) -> int:
    if config.max_steps > 0:
        return config.max_steps
    per_epoch = max(1, math.ceil(math.ceil(n_train / config.micro_batch_size) / config.gradient_accumulation_steps))
    return max(1, math.ceil(per_epoch * config.epochs))


def warmup_steps_for(config: RunConfig, total_steps: int) -> int:
    """The warm-up as whole steps: every transformers version we support reads an int the same way."""
    return math.ceil(total_steps * config.warmup_ratio)


def _scheduler_kwargs(config: RunConfig, total_steps: int) -> dict:
    if config.lr_scheduler in ("cosine_with_min_lr", "cosine_warmup_with_min_lr"):
        return {"min_lr_rate": 0.1}
    if config.lr_scheduler == "warmup_stable_decay":
        return {"num_decay_steps": max(1, total_steps // 5)}
    return {}


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


class NonFiniteWeights(Exception):
    def __init__(self, names: list[str]):
        super().__init__(f"{len(names)} LoRA tensors hold NaN or infinite values (first {names[0]})")
        self.names = names


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
    import torch
    from transformers import PrinterCallback, Trainer, TrainingArguments, set_seed

    from core.data.pipeline import load_split
    from core.data.tokenize import TextTokenizer
    from core.paths import cache_dir
    from core.training.dataset import Collator, cached_tokenize, tokenize_cache_key, write_dataset_sample

    config = RunConfig.load(run_dir / runs.RUN_YAML)
    problems = config.validate()
    if problems:
        raise RunFailed(
            "bad_config",
            "The settings have problems: " + "; ".join(problems) + ".",
            "Fix them in the Train screen or in run.yaml.",
        )
    set_seed(config.seed)
    device = choose_device(config)
    dtype = choose_dtype(config, device)
    # Fail fast with an OOM instead of letting the driver spill into system RAM.
    vram_cap = apply_vram_cap(config.vram_budget_gib) if device == "cuda" else None

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
    total_steps = count_steps(len(train_ds), config)
    if resume:
        runs.remove_incomplete_checkpoints(run_dir)
        if _already_trained(run_dir, total_steps, emit):
            return 0
    if bad:
        emit(
            "warning",
            code="bad_rows",
            step=0,
            message=f"{len(bad)} row(s) were left out because of problems. First: {bad[0]}",
        )
    write_dataset_sample(run_dir / runs.SAMPLE, train_ex, tok, config.cutoff_len)
    if stats["truncated"]:
        emit(
            "warning",
            code="truncated_examples",
            step=0,
            message=f"{stats['truncated']} of {stats['count']} examples ({stats['truncated_fraction']:.0%}) are longer "
            f"than the cutoff of {config.cutoff_len} tokens and were cut. Raise the cutoff length or shorten them.",
        )

    model = attach_lora(load_model(config, device, dtype), config, upcast_frozen=upcasts_frozen(device, dtype))
    model.config.use_cache = False  # a KV cache is for generation; in training it only costs memory
    # The loss over trained tokens only, chunk by chunk: the full logits never exist (lean_loss.py).
    lean = config.lean_loss and lean_loss.install(model)
    collator = Collator(tok.pad_id, config.packing, pad_to_multiple=8 if device == "cuda" else 1)
    context = guards.RunContext(
        dtype=str(dtype).replace("torch.", ""),
        device=device,
        learning_rate=config.learning_rate,
        model_type=str(getattr(model.config, "model_type", "") or ""),
        dtype_was_chosen=config.compute_dtype == "auto",
    )
    optimizer = (
        config.optimizer if config.optimizer != "auto" else ("paged_adamw_8bit" if device == "cuda" else "adamw_torch")
    )
    args = TrainingArguments(
        output_dir=str(run_dir / runs.CHECKPOINTS),
        per_device_train_batch_size=config.micro_batch_size,
        per_device_eval_batch_size=config.micro_batch_size,
        gradient_accumulation_steps=config.gradient_accumulation_steps,
        num_train_epochs=config.epochs,
        max_steps=config.max_steps,
        learning_rate=config.learning_rate,
        lr_scheduler_type=config.lr_scheduler,
        lr_scheduler_kwargs=_scheduler_kwargs(config, total_steps),
        warmup_steps=warmup_steps_for(config, total_steps),
        max_grad_norm=config.max_grad_norm,
        optim=optimizer,
        weight_decay=config.weight_decay,
        seed=config.seed,
        data_seed=config.seed,
        neftune_noise_alpha=config.neftune_alpha or None,
        logging_steps=config.logging_steps,
        logging_first_step=True,
        eval_strategy="steps" if eval_ds is not None else "no",
        eval_steps=config.eval_steps,
        save_strategy="steps",
        save_steps=config.save_steps,
        save_total_limit=_save_total_limit(config, eval_ds is not None),
        report_to=[],
        use_cpu=device == "cpu",
        # The Trainer keeps its best checkpoint by validation loss out of the rotation.
        metric_for_best_model="eval_loss" if eval_ds is not None else None,
        greater_is_better=False,
        # Its default replaces a NaN step's loss with the running mean (0 with logging_steps=1),
        # which hid a broken run as "loss exactly 0"; the guards need to see the NaN.
        logging_nan_inf_filter=False,
        bf16=device == "cuda" and dtype == torch.bfloat16,
        fp16=device == "cuda" and dtype == torch.float16,
        train_sampling_strategy="random" if config.packing else "group_by_length",
        length_column_name="length",
        remove_unused_columns=False,
        disable_tqdm=True,
        dataloader_num_workers=0,
    )
    callback = EventCallback(
        emit,
        stop,
        collator,
        stop_at_loss=config.stop_at_loss,
        early_stopping_patience=config.early_stopping_patience,
        context=context,
        loss_watch=guards.LossWatch().attach(model),
    )
    trainer = Trainer(
        model=model,
        args=args,
        train_dataset=train_ds,
        eval_dataset=eval_ds,
        data_collator=collator,
        callbacks=[callback, CheckpointMarker(emit, callback)],
    )
    trainer.remove_callback(PrinterCallback)  # our events replace its printed dicts
    resume_from = None
    if resume:
        latest = runs.latest_checkpoint(run_dir)
        resume_from = str(latest) if latest else None
    emit(
        "started",
        run_dir=str(run_dir),
        total_steps=total_steps,
        epochs=config.epochs,
        train_examples=len(train_ds),
        eval_examples=len(eval_ds) if eval_ds is not None else 0,
        device=device,
        dtype=str(dtype).replace("torch.", ""),
        resumed_from=resume_from,
        token_lengths=stats,
        dropped_examples=dropped,
        tokenize_cache_hit=hit,
        data_kind=prepared.kind,
        rendering=prepared.rendering,
        vram_cap_gib=None if vram_cap is None else round(vram_cap / 2**30, 2),
        lean_loss=lean,
    )
    trainer.train(resume_from_checkpoint=resume_from)

    step = trainer.state.global_step
    if callback.failure is None and guards.nonfinite_trainable(trainer.model):
        callback.failure = guards.nan_failure("weights", math.nan, step, context)
    adapter = None
    if callback.failure is None:
        try:
            adapter = save_adapter(trainer.model, config.model, run_dir)
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
        **_best_fields(run_dir),
    )
    if callback.stop_reason:
        emit("cancelled", reason=callback.stop_reason, stopped_by=callback.stopped_by, **ending)
    else:
        emit("finished", **ending)
    return 0


def _save_total_limit(config: RunConfig, tracks_best: bool) -> int | None:
    """At 1 the Trainer would delete the latest checkpoint at the end to keep the best: keep both."""
    if not config.save_total_limit:
        return None
    return max(config.save_total_limit, 2) if tracks_best else config.save_total_limit


def _best_fields(run_dir: Path) -> dict:
    best = runs.best_checkpoint(run_dir)
    if best is None:
        return {"best_step": None}
    step, folder, loss = best
    return {"best_step": step, "best_checkpoint": str(folder), "best_eval_loss": loss}


def _already_trained(run_dir: Path, total_steps: int, emit: Emitter) -> bool:
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
            **_best_fields(run_dir),
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
        **_best_fields(run_dir),
    )
    return True
