"""The Trainer's settings for one run: its length, schedule, optimizer, evaluation and checkpoints.

Read from the RunConfig in the training child (engine.py); the GUI never imports this module.
"""

from __future__ import annotations

import math
from pathlib import Path

from core.config import RunConfig
from core.training import runs


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


def _save_total_limit(config: RunConfig, tracks_best: bool) -> int | None:
    """At 1 the Trainer would delete the latest checkpoint at the end to keep the best: keep both."""
    if not config.save_total_limit:
        return None
    return max(config.save_total_limit, 2) if tracks_best else config.save_total_limit


def optimizer_for(config: RunConfig, device: str) -> str:
    if config.optimizer != "auto":
        return config.optimizer
    return "paged_adamw_8bit" if device == "cuda" else "adamw_torch"


def training_arguments(config: RunConfig, run_dir: Path, device: str, dtype, total_steps: int, evaluates: bool):
    """transformers' TrainingArguments for this run; `evaluates` when there is a validation set."""
    import torch
    from transformers import TrainingArguments

    return TrainingArguments(
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
        optim=optimizer_for(config, device),
        weight_decay=config.weight_decay,
        seed=config.seed,
        data_seed=config.seed,
        neftune_noise_alpha=config.neftune_alpha or None,
        logging_steps=config.logging_steps,
        logging_first_step=True,
        eval_strategy="steps" if evaluates else "no",
        eval_steps=config.eval_steps,
        save_strategy="steps",
        save_steps=config.save_steps,
        save_total_limit=_save_total_limit(config, evaluates),
        report_to=[],
        use_cpu=device == "cpu",
        # The Trainer keeps its best checkpoint by validation loss out of the rotation.
        metric_for_best_model="eval_loss" if evaluates else None,
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
