"""Words of the Train form: labels, sections, and the RunConfig help texts for translators.

The help texts below mirror core/config.py's metadata so Qt's lupdate can
extract them; at run time the form translates the text core actually has
(QCoreApplication.translate("RunConfig", help)), so a help text changed in
core shows in English until its translation is updated. A test checks that
this table and core agree.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

LABELS = {
    "model": QT_TRANSLATE_NOOP("Settings", "Base model"),
    "dataset": QT_TRANSLATE_NOOP("Settings", "Dataset"),
    "dataset_kind": QT_TRANSLATE_NOOP("Settings", "Dataset kind"),
    "format_file": QT_TRANSLATE_NOOP("Settings", "Format file"),
    "chat_template": QT_TRANSLATE_NOOP("Settings", "Chat template"),
    "train_on_prompt": QT_TRANSLATE_NOOP("Settings", "Train on prompts too"),
    "validation_file": QT_TRANSLATE_NOOP("Settings", "Validation file"),
    "validation_split": QT_TRANSLATE_NOOP("Settings", "Validation share"),
    "cutoff_len": QT_TRANSLATE_NOOP("Settings", "Cutoff length (tokens)"),
    "overlap_len": QT_TRANSLATE_NOOP("Settings", "Chunk overlap (tokens)"),
    "newline_cut_len": QT_TRANSLATE_NOOP("Settings", "Cut at newline within (characters)"),
    "hard_cut": QT_TRANSLATE_NOOP("Settings", "Hard cut string"),
    "min_block_chars": QT_TRANSLATE_NOOP("Settings", "Drop blocks up to (characters)"),
    "add_eos": QT_TRANSLATE_NOOP("Settings", "Add end-of-text token"),
    "packing": QT_TRANSLATE_NOOP("Settings", "Pack short examples"),
    "quantization": QT_TRANSLATE_NOOP("Settings", "Base model precision"),
    "double_quant": QT_TRANSLATE_NOOP("Settings", "Double quantisation"),
    "compute_dtype": QT_TRANSLATE_NOOP("Settings", "Compute number format"),
    "lora_rank": QT_TRANSLATE_NOOP("Settings", "LoRA rank"),
    "lora_alpha": QT_TRANSLATE_NOOP("Settings", "LoRA alpha"),
    "lora_dropout": QT_TRANSLATE_NOOP("Settings", "LoRA dropout"),
    "lora_targets": QT_TRANSLATE_NOOP("Settings", "LoRA target layers"),
    "custom_targets": QT_TRANSLATE_NOOP("Settings", "Custom target modules"),
    "use_rslora": QT_TRANSLATE_NOOP("Settings", "Rank-stabilised LoRA"),
    "use_dora": QT_TRANSLATE_NOOP("Settings", "DoRA"),
    "gradient_checkpointing": QT_TRANSLATE_NOOP("Settings", "Gradient checkpointing"),
    "lean_loss": QT_TRANSLATE_NOOP("Settings", "Lean loss"),
    "batch_size": QT_TRANSLATE_NOOP("Settings", "Batch size"),
    "micro_batch_size": QT_TRANSLATE_NOOP("Settings", "Micro batch size"),
    "epochs": QT_TRANSLATE_NOOP("Settings", "Epochs"),
    "max_steps": QT_TRANSLATE_NOOP("Settings", "Maximum steps"),
    "learning_rate": QT_TRANSLATE_NOOP("Settings", "Learning rate"),
    "lr_scheduler": QT_TRANSLATE_NOOP("Settings", "Learning rate schedule"),
    "warmup_ratio": QT_TRANSLATE_NOOP("Settings", "Warm-up share"),
    "max_grad_norm": QT_TRANSLATE_NOOP("Settings", "Gradient clipping"),
    "optimizer": QT_TRANSLATE_NOOP("Settings", "Optimiser"),
    "weight_decay": QT_TRANSLATE_NOOP("Settings", "Weight decay"),
    "seed": QT_TRANSLATE_NOOP("Settings", "Random seed"),
    "neftune_alpha": QT_TRANSLATE_NOOP("Settings", "NEFTune noise"),
    "eval_steps": QT_TRANSLATE_NOOP("Settings", "Validate every (steps)"),
    "save_steps": QT_TRANSLATE_NOOP("Settings", "Checkpoint every (steps)"),
    "save_total_limit": QT_TRANSLATE_NOOP("Settings", "Checkpoints to keep"),
    "logging_steps": QT_TRANSLATE_NOOP("Settings", "Report loss every (steps)"),
    "stop_at_loss": QT_TRANSLATE_NOOP("Settings", "Stop below loss"),
    "early_stopping_patience": QT_TRANSLATE_NOOP("Settings", "Early stopping patience"),
    "device": QT_TRANSLATE_NOOP("Settings", "Device"),
    "vram_budget_gib": QT_TRANSLATE_NOOP("Settings", "VRAM cap (GiB)"),
    "allow_pickle_weights": QT_TRANSLATE_NOOP("Settings", "Allow .bin (pickle) weights"),
    "trust_remote_code": QT_TRANSLATE_NOOP("Settings", "Trust the model's own code"),
}

# Advanced settings are shown in these groups; a setting not listed lands in "Other".
SECTIONS = (
    (
        QT_TRANSLATE_NOOP("Settings", "Data"),
        ("dataset_kind", "format_file", "chat_template", "train_on_prompt", "validation_file", "validation_split"),
    ),
    (
        QT_TRANSLATE_NOOP("Settings", "Text length and raw text"),
        ("overlap_len", "newline_cut_len", "hard_cut", "min_block_chars", "add_eos", "packing"),
    ),
    (
        QT_TRANSLATE_NOOP("Settings", "Model and LoRA"),
        (
            "quantization",
            "double_quant",
            "compute_dtype",
            "lora_alpha",
            "lora_dropout",
            "lora_targets",
            "custom_targets",
            "use_rslora",
            "use_dora",
            "gradient_checkpointing",
            "lean_loss",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Settings", "Optimisation"),
        (
            "max_steps",
            "lr_scheduler",
            "warmup_ratio",
            "max_grad_norm",
            "optimizer",
            "weight_decay",
            "seed",
            "neftune_alpha",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Settings", "Validation, checkpoints and stopping"),
        ("eval_steps", "save_steps", "save_total_limit", "logging_steps", "stop_at_loss", "early_stopping_patience"),
    ),
    (
        QT_TRANSLATE_NOOP("Settings", "Hardware and safety"),
        ("device", "vram_budget_gib", "allow_pickle_weights", "trust_remote_code"),
    ),
)
OTHER_SECTION = QT_TRANSLATE_NOOP("Settings", "Other")

# What a number field shows at its "off" value.
SPECIAL_VALUES = {
    "max_steps": QT_TRANSLATE_NOOP("Settings", "decided by epochs"),
    "validation_split": QT_TRANSLATE_NOOP("Settings", "off"),
    "min_block_chars": QT_TRANSLATE_NOOP("Settings", "off"),
    "neftune_alpha": QT_TRANSLATE_NOOP("Settings", "off"),
    "weight_decay": QT_TRANSLATE_NOOP("Settings", "off"),
    "max_grad_norm": QT_TRANSLATE_NOOP("Settings", "off"),
    "save_total_limit": QT_TRANSLATE_NOOP("Settings", "keep all"),
    "stop_at_loss": QT_TRANSLATE_NOOP("Settings", "off"),
    "early_stopping_patience": QT_TRANSLATE_NOOP("Settings", "off"),
    "vram_budget_gib": QT_TRANSLATE_NOOP("Settings", "no cap"),
}

HELP = {
    "model": QT_TRANSLATE_NOOP(
        "RunConfig", "Folder of the base model to fine-tune (safetensors weights, config and tokenizer)."
    ),
    "dataset": QT_TRANSLATE_NOOP(
        "RunConfig", "Your training data: a JSON, JSONL, CSV, Parquet or text file, or a folder of .txt files."
    ),
    "dataset_kind": QT_TRANSLATE_NOOP(
        "RunConfig", "How rows are read. 'auto' detects Alpaca, ShareGPT, OpenAI messages, text and raw text."
    ),
    "format_file": QT_TRANSLATE_NOOP(
        "RunConfig",
        "A format file (%key% templates) that turns each row into training text. Empty: the model's "
        "chat template, or our Alpaca format.",
    ),
    "chat_template": QT_TRANSLATE_NOOP(
        "RunConfig", "Chat template for conversations: 'auto' uses the model's own, or a file of ours or yours."
    ),
    "train_on_prompt": QT_TRANSLATE_NOOP(
        "RunConfig",
        "Also train on the user's side of each example, not just the answers. Usually off: the model "
        "should learn to answer, not to ask.",
    ),
    "validation_file": QT_TRANSLATE_NOOP(
        "RunConfig", "A separate file to measure validation loss on. Empty: hold out part of the dataset instead."
    ),
    "validation_split": QT_TRANSLATE_NOOP(
        "RunConfig", "Fraction of the dataset held out to measure validation loss (0 turns validation off)."
    ),
    "cutoff_len": QT_TRANSLATE_NOOP(
        "RunConfig",
        "Longest example in tokens. Longer ones are cut. Raising it covers longer texts but needs more VRAM.",
    ),
    "overlap_len": QT_TRANSLATE_NOOP(
        "RunConfig",
        "Raw text: tokens each chunk shares with the previous one, so no sentence is only ever seen cut in half.",
    ),
    "newline_cut_len": QT_TRANSLATE_NOOP(
        "RunConfig",
        "Raw text: move chunk edges to a newline within this many characters, so chunks start and end on whole lines.",
    ),
    "hard_cut": QT_TRANSLATE_NOOP(
        "RunConfig",
        "Raw text: this string splits the text into blocks that no chunk crosses (default: three newlines).",
    ),
    "min_block_chars": QT_TRANSLATE_NOOP("RunConfig", "Raw text: drop blocks this short or shorter (in characters)."),
    "add_eos": QT_TRANSLATE_NOOP(
        "RunConfig",
        "Raw text and plain text rows: end each block with the end-of-text token, so the model learns"
        " where texts stop.",
    ),
    "packing": QT_TRANSLATE_NOOP(
        "RunConfig",
        "Pack several short examples into one sequence (each still attends only to itself). Removes all "
        "padding, but on the CPU it is slower than the default (batches of similar length).",
    ),
    "quantization": QT_TRANSLATE_NOOP(
        "RunConfig",
        "How the base model is stored while training. 4-bit (QLoRA) needs the least VRAM; 8-bit and "
        "16-bit are more exact but need 2-4x more.",
    ),
    "double_quant": QT_TRANSLATE_NOOP(
        "RunConfig", "Quantise the 4-bit scaling constants too: saves about 0.4 bits per weight at no measurable cost."
    ),
    "compute_dtype": QT_TRANSLATE_NOOP(
        "RunConfig",
        "Number format for the maths. 'auto': bf16 on RTX 30xx and newer, fp16 on older cards, fp32 on the CPU.",
    ),
    "lora_rank": QT_TRANSLATE_NOOP(
        "RunConfig",
        "LoRA rank: how much the adapter can learn. Higher learns more detail but needs more VRAM and"
        " can overfit small datasets.",
    ),
    "lora_alpha": QT_TRANSLATE_NOOP("RunConfig", "LoRA alpha: scales the adapter's effect. Usually twice the rank."),
    "lora_dropout": QT_TRANSLATE_NOOP(
        "RunConfig", "Randomly drops part of the adapter's input while training, to overfit less."
    ),
    "lora_targets": QT_TRANSLATE_NOOP(
        "RunConfig",
        "Which layers get an adapter: 'qv' (least VRAM), 'attention', 'all-linear' (learns most), or 'custom'.",
    ),
    "custom_targets": QT_TRANSLATE_NOOP(
        "RunConfig", "Module names for 'custom' targets, for example q_proj, v_proj, gate_proj."
    ),
    "use_rslora": QT_TRANSLATE_NOOP(
        "RunConfig", "Rank-stabilised LoRA: scales by sqrt(rank), which keeps high ranks learning well."
    ),
    "use_dora": QT_TRANSLATE_NOOP(
        "RunConfig", "DoRA: learns magnitude and direction separately. Slightly better results, slower and more VRAM."
    ),
    "gradient_checkpointing": QT_TRANSLATE_NOOP(
        "RunConfig", "Recompute activations instead of storing them: much less VRAM for about 30% more time."
    ),
    "lean_loss": QT_TRANSLATE_NOOP(
        "RunConfig",
        "Compute the loss a few tokens at a time and only where the text is trained, instead of scoring "
        "every token against the whole vocabulary at once: far less VRAM, the same result. Off only to "
        "compare.",
    ),
    "batch_size": QT_TRANSLATE_NOOP(
        "RunConfig",
        "Examples per optimiser step. Larger gives smoother learning; it costs time, not VRAM (see micro batch).",
    ),
    "micro_batch_size": QT_TRANSLATE_NOOP(
        "RunConfig",
        "Examples processed at once on the GPU. Raising it is faster but needs more VRAM. Batch size "
        "must be a multiple of it.",
    ),
    "epochs": QT_TRANSLATE_NOOP(
        "RunConfig",
        "How many times to go through the dataset. More learns more but can overfit (validation loss rises).",
    ),
    "max_steps": QT_TRANSLATE_NOOP("RunConfig", "Stop after this many optimiser steps (-1: decided by epochs)."),
    "learning_rate": QT_TRANSLATE_NOOP(
        "RunConfig",
        "How big each learning step is. Higher learns faster but can become unstable; lower is safer but slower.",
    ),
    "lr_scheduler": QT_TRANSLATE_NOOP("RunConfig", "How the learning rate changes over the run."),
    "warmup_ratio": QT_TRANSLATE_NOOP(
        "RunConfig", "Fraction of the run spent slowly raising the learning rate, to start gently."
    ),
    "max_grad_norm": QT_TRANSLATE_NOOP(
        "RunConfig", "Clip large gradients to this size, which prevents sudden jumps in the loss."
    ),
    "optimizer": QT_TRANSLATE_NOOP("RunConfig", "'auto': paged 8-bit AdamW on a GPU (saves VRAM), AdamW on the CPU."),
    "weight_decay": QT_TRANSLATE_NOOP(
        "RunConfig", "Pulls adapter weights towards zero a little each step, to overfit less."
    ),
    "seed": QT_TRANSLATE_NOOP("RunConfig", "Random seed: the same seed and settings give the same run."),
    "neftune_alpha": QT_TRANSLATE_NOOP(
        "RunConfig",
        "NEFTune: add noise to embeddings while training (5 is typical). Can help instruction tuning; 0 turns it off.",
    ),
    "eval_steps": QT_TRANSLATE_NOOP("RunConfig", "Measure validation loss every this many steps."),
    "save_steps": QT_TRANSLATE_NOOP(
        "RunConfig", "Save a checkpoint every this many steps, so a crash or a stop loses little."
    ),
    "save_total_limit": QT_TRANSLATE_NOOP(
        "RunConfig", "Keep at most this many checkpoints (older ones are deleted). 0 keeps all."
    ),
    "logging_steps": QT_TRANSLATE_NOOP("RunConfig", "Report the training loss every this many steps."),
    "stop_at_loss": QT_TRANSLATE_NOOP(
        "RunConfig", "Stop when the training loss falls below this (0 never stops early)."
    ),
    "early_stopping_patience": QT_TRANSLATE_NOOP(
        "RunConfig", "Stop when validation loss has not improved for this many evaluations (0 never stops)."
    ),
    "device": QT_TRANSLATE_NOOP(
        "RunConfig", "'auto' trains on the GPU when there is one, else on the CPU (slow; for the demo and tiny models)."
    ),
    "vram_budget_gib": QT_TRANSLATE_NOOP(
        "RunConfig",
        "Cap on the GPU memory this run may use, in GiB (0: no cap). Past it the run stops with an "
        "out-of-memory message instead of slowing to a crawl.",
    ),
    "allow_pickle_weights": QT_TRANSLATE_NOOP(
        "RunConfig",
        "Allow loading .bin (pickle) weights, which can run code hidden in the file. Only for models you trust.",
    ),
    "trust_remote_code": QT_TRANSLATE_NOOP(
        "RunConfig", "Allow a model to run its own Python code from its folder. Only for models you trust."
    ),
}


def label(name: str) -> str:
    text = LABELS.get(name)
    return QCoreApplication.translate("Settings", text) if text else name.replace("_", " ").capitalize()


def help_text(name: str) -> str:
    """The tooltip for a setting: core's own help text, translated when we have it."""
    from core.config import setting_help

    return QCoreApplication.translate("RunConfig", setting_help(name))


def section_title(text: str) -> str:
    return QCoreApplication.translate("Settings", text)


def special_value(name: str) -> str:
    text = SPECIAL_VALUES.get(name)
    return QCoreApplication.translate("Settings", text) if text else ""
