"""RunConfig: every setting of a training run, its default, and its validation.

The GUI form, the command line, the wizard's planner and the tests all build
one of these; it round-trips through `run.yaml` in the run folder.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import yaml

SCHEDULERS = (
    "linear",
    "cosine",
    "cosine_with_restarts",
    "polynomial",
    "constant",
    "constant_with_warmup",
    "inverse_sqrt",
    "reduce_lr_on_plateau",
    "cosine_with_min_lr",
    "cosine_warmup_with_min_lr",
    "warmup_stable_decay",
    "greedy",
)
OPTIMIZERS = ("auto", "adamw_torch", "paged_adamw_8bit", "adamw_8bit", "paged_adamw_32bit", "adafactor", "sgd")
TARGET_PRESETS = ("qv", "attention", "all-linear", "custom")
QUANTIZATIONS = ("4bit", "8bit", "16bit")
DATASET_KINDS = ("auto", "alpaca", "sharegpt", "openai", "text", "raw", "custom")


def _opt(
    default: Any,
    help: str,
    *,
    basic: bool = False,
    choices: tuple | None = None,
    minimum: float | None = None,
    maximum: float | None = None,
) -> Any:
    meta = {"help": help, "basic": basic, "choices": choices, "min": minimum, "max": maximum}
    if isinstance(default, list):
        return field(default_factory=lambda: list(default), metadata=meta)
    return field(default=default, metadata=meta)


@dataclass
class RunConfig:
    # --- what to train -------------------------------------------------------------
    model: str = _opt(
        "", "Folder of the base model to fine-tune (safetensors weights, config and tokenizer).", basic=True
    )
    dataset: str = _opt(
        "", "Your training data: a JSON, JSONL, CSV, Parquet or text file, or a folder of .txt files.", basic=True
    )
    dataset_kind: str = _opt(
        "auto",
        "How rows are read. 'auto' detects Alpaca, ShareGPT, OpenAI messages, text and raw text.",
        choices=DATASET_KINDS,
    )
    format_file: str = _opt(
        "",
        "A format file (%key% templates) that turns each row into training text. Empty: the model's chat template, or our Alpaca format.",
    )
    chat_template: str = _opt(
        "auto", "Chat template for conversations: 'auto' uses the model's own, or a file of ours or yours."
    )
    train_on_prompt: bool = _opt(
        False,
        "Also train on the user's side of each example, not just the answers. Usually off: the model should learn to answer, not to ask.",
    )
    validation_file: str = _opt(
        "", "A separate file to measure validation loss on. Empty: hold out part of the dataset instead."
    )
    validation_split: float = _opt(
        0.1,
        "Fraction of the dataset held out to measure validation loss (0 turns validation off).",
        minimum=0.0,
        maximum=0.5,
    )
    # --- text length ----------------------------------------------------------------
    cutoff_len: int = _opt(
        512,
        "Longest example in tokens. Longer ones are cut. Raising it covers longer texts but needs more VRAM.",
        basic=True,
        minimum=16,
        maximum=131072,
    )
    overlap_len: int = _opt(
        128,
        "Raw text: tokens each chunk shares with the previous one, so no sentence is only ever seen cut in half.",
        minimum=0,
    )
    newline_cut_len: int = _opt(
        128,
        "Raw text: move chunk edges to a newline within this many characters, so chunks start and end on whole lines.",
        minimum=0,
    )
    hard_cut: str = _opt(
        "\n\n\n", "Raw text: this string splits the text into blocks that no chunk crosses (default: three newlines)."
    )
    min_block_chars: int = _opt(0, "Raw text: drop blocks this short or shorter (in characters).", minimum=0)
    add_eos: bool = _opt(
        True,
        "Raw text and plain text rows: end each block with the end-of-text token, so the model learns where texts stop.",
    )
    packing: bool = _opt(
        False,
        "Pack several short examples into one sequence (each still attends only to itself). Removes all padding, but on the CPU it is slower than the default (batches of similar length).",
    )
    # --- model and LoRA ---------------------------------------------------------------
    quantization: str = _opt(
        "4bit",
        "How the base model is stored while training. 4-bit (QLoRA) needs the least VRAM; 8-bit and 16-bit are more exact but need 2-4x more.",
        choices=QUANTIZATIONS,
    )
    double_quant: bool = _opt(
        True, "Quantise the 4-bit scaling constants too: saves about 0.4 bits per weight at no measurable cost."
    )
    compute_dtype: str = _opt(
        "auto",
        "Number format for the maths. 'auto': bf16 on RTX 30xx and newer, fp16 on older cards, fp32 on the CPU.",
        choices=("auto", "bf16", "fp16", "fp32"),
    )
    lora_rank: int = _opt(
        16,
        "LoRA rank: how much the adapter can learn. Higher learns more detail but needs more VRAM and can overfit small datasets.",
        basic=True,
        minimum=1,
        maximum=1024,
    )
    lora_alpha: int = _opt(32, "LoRA alpha: scales the adapter's effect. Usually twice the rank.", minimum=1)
    lora_dropout: float = _opt(
        0.05, "Randomly drops part of the adapter's input while training, to overfit less.", minimum=0.0, maximum=0.9
    )
    lora_targets: str = _opt(
        "all-linear",
        "Which layers get an adapter: 'qv' (least VRAM), 'attention', 'all-linear' (learns most), or 'custom'.",
        choices=TARGET_PRESETS,
    )
    custom_targets: list = _opt([], "Module names for 'custom' targets, for example q_proj, v_proj, gate_proj.")
    use_rslora: bool = _opt(False, "Rank-stabilised LoRA: scales by sqrt(rank), which keeps high ranks learning well.")
    use_dora: bool = _opt(
        False, "DoRA: learns magnitude and direction separately. Slightly better results, slower and more VRAM."
    )
    gradient_checkpointing: bool = _opt(
        True, "Recompute activations instead of storing them: much less VRAM for about 30% more time."
    )
    lean_loss: bool = _opt(
        True,
        "Compute the loss a few tokens at a time and only where the text is trained, instead of scoring every token against the whole vocabulary at once: far less VRAM, the same result. Off only to compare.",
    )
    # --- optimisation -------------------------------------------------------------------
    batch_size: int = _opt(
        16,
        "Examples per optimiser step. Larger gives smoother learning; it costs time, not VRAM (see micro batch).",
        basic=True,
        minimum=1,
    )
    micro_batch_size: int = _opt(
        4,
        "Examples processed at once on the GPU. Raising it is faster but needs more VRAM. Batch size must be a multiple of it.",
        basic=True,
        minimum=1,
    )
    epochs: float = _opt(
        3.0,
        "How many times to go through the dataset. More learns more but can overfit (validation loss rises).",
        basic=True,
        minimum=0.01,
    )
    max_steps: int = _opt(-1, "Stop after this many optimiser steps (-1: decided by epochs).")
    learning_rate: float = _opt(
        2e-4,
        "How big each learning step is. Higher learns faster but can become unstable; lower is safer but slower.",
        basic=True,
        minimum=0.0,
        maximum=1.0,
    )
    lr_scheduler: str = _opt("cosine", "How the learning rate changes over the run.", choices=SCHEDULERS)
    warmup_ratio: float = _opt(
        0.03, "Fraction of the run spent slowly raising the learning rate, to start gently.", minimum=0.0, maximum=0.5
    )
    max_grad_norm: float = _opt(
        1.0, "Clip large gradients to this size, which prevents sudden jumps in the loss.", minimum=0.0
    )
    optimizer: str = _opt(
        "auto", "'auto': paged 8-bit AdamW on a GPU (saves VRAM), AdamW on the CPU.", choices=OPTIMIZERS
    )
    weight_decay: float = _opt(
        0.0, "Pulls adapter weights towards zero a little each step, to overfit less.", minimum=0.0
    )
    seed: int = _opt(42, "Random seed: the same seed and settings give the same run.")
    neftune_alpha: float = _opt(
        0.0,
        "NEFTune: add noise to embeddings while training (5 is typical). Can help instruction tuning; 0 turns it off.",
        minimum=0.0,
    )
    # --- monitoring and saving -----------------------------------------------------
    eval_steps: int = _opt(50, "Measure validation loss every this many steps.", minimum=1)
    save_steps: int = _opt(
        100, "Save a checkpoint every this many steps, so a crash or a stop loses little.", minimum=1
    )
    save_total_limit: int = _opt(
        3, "Keep at most this many checkpoints (older ones are deleted). 0 keeps all.", minimum=0
    )
    logging_steps: int = _opt(1, "Report the training loss every this many steps.", minimum=1)
    stop_at_loss: float = _opt(0.0, "Stop when the training loss falls below this (0 never stops early).", minimum=0.0)
    early_stopping_patience: int = _opt(
        0, "Stop when validation loss has not improved for this many evaluations (0 never stops).", minimum=0
    )
    # --- where and how ---------------------------------------------------------------
    device: str = _opt(
        "auto",
        "'auto' trains on the GPU when there is one, else on the CPU (slow; for the demo and tiny models).",
        choices=("auto", "cuda", "cpu"),
    )
    vram_budget_gib: float = _opt(
        0.0,
        "Cap on the GPU memory this run may use, in GiB (0: no cap). Past it the run stops with an out-of-memory message instead of slowing to a crawl.",
        minimum=0.0,
    )
    allow_pickle_weights: bool = _opt(
        False, "Allow loading .bin (pickle) weights, which can run code hidden in the file. Only for models you trust."
    )
    trust_remote_code: bool = _opt(
        False, "Allow a model to run its own Python code from its folder. Only for models you trust."
    )

    # -------------------------------------------------------------------------------
    @property
    def gradient_accumulation_steps(self) -> int:
        return max(1, self.batch_size // self.micro_batch_size)

    @property
    def reads_raw_text(self) -> bool:
        """Whether the dataset is raw text, cut into chunks (where the overlap applies)."""
        return self.dataset_kind == "raw" or (
            self.dataset_kind == "auto"
            and (self.dataset.lower().endswith(".txt") or (bool(self.dataset) and Path(self.dataset).is_dir()))
        )

    def validate(self) -> list[str]:
        """Problems with these settings, worded for the user; empty when fine."""
        problems: list[str] = []
        for f in fields(self):
            value = getattr(self, f.name)
            meta = f.metadata
            if meta.get("choices") and value not in meta["choices"]:
                problems.append(f"{f.name} is {value!r}; choose one of {', '.join(meta['choices'])}")
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                if meta.get("min") is not None and value < meta["min"]:
                    problems.append(f"{f.name} is {value}; it must be at least {meta['min']}")
                if meta.get("max") is not None and value > meta["max"]:
                    problems.append(f"{f.name} is {value}; it must be at most {meta['max']}")
        if self.batch_size % self.micro_batch_size:
            problems.append(
                f"batch_size {self.batch_size} is not a multiple of micro_batch_size "
                f"{self.micro_batch_size}; use {self.gradient_accumulation_steps * self.micro_batch_size} "
                "or change the micro batch"
            )
        if self.reads_raw_text and self.overlap_len >= self.cutoff_len:
            problems.append(f"overlap_len {self.overlap_len} must be smaller than cutoff_len {self.cutoff_len}")
        if self.lora_targets == "custom" and not self.custom_targets:
            problems.append(
                "lora_targets is 'custom' but custom_targets is empty; list module names such as q_proj, v_proj"
            )
        if not self.model:
            problems.append("no base model chosen; set model to a model folder")
        if not self.dataset:
            problems.append("no dataset chosen; set dataset to your data file")
        return problems

    # --- YAML round trip ---------------------------------------------------------
    def to_dict(self) -> dict:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict, *, source: str = "settings") -> "RunConfig":
        known = {f.name: f for f in fields(cls)}
        unknown = sorted(set(data) - set(known))
        if unknown:
            raise ValueError(f"{source}: unknown setting(s) {', '.join(unknown)}; check the spelling or remove them")
        values = {}
        for name, value in data.items():
            f = known[name]
            default = f.default if f.default is not dataclasses.MISSING else f.default_factory()
            values[name] = _coerce(name, value, default, source)
        return cls(**values)

    def to_yaml(self) -> str:
        return yaml.safe_dump(self.to_dict(), sort_keys=False, allow_unicode=True)

    @classmethod
    def from_yaml(cls, text: str, *, source: str = "run.yaml") -> "RunConfig":
        try:
            data = yaml.safe_load(text) or {}
        except yaml.YAMLError as exc:
            raise ValueError(f"{source}: not valid YAML ({exc}); fix the file or save the form again") from None
        if not isinstance(data, dict):
            raise ValueError(f"{source}: expected settings as 'name: value' lines")
        return cls.from_dict(data, source=source)

    def save(self, path: str | Path) -> None:
        from core.atomic import write_text_atomic

        write_text_atomic(Path(path), self.to_yaml())

    @classmethod
    def load(cls, path: str | Path) -> "RunConfig":
        path = Path(path)
        return cls.from_yaml(path.read_text(encoding="utf-8"), source=str(path))


def _coerce(name: str, value: Any, default: Any, source: str) -> Any:
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise ValueError(f"{source}: {name} must be true or false, not {value!r}")
        return value
    if isinstance(default, (int, float)):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ValueError(f"{source}: {name} must be a number, not {value!r}")
        if isinstance(default, float):
            return float(value)
        if isinstance(value, float):
            if not value.is_integer():
                raise ValueError(f"{source}: {name} must be a whole number, not {value!r}")
            return int(value)
        return value
    if isinstance(default, list):
        if isinstance(value, str):
            return [v.strip() for v in value.split(",") if v.strip()]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ValueError(f"{source}: {name} must be a list of names, not {value!r}")
        return value
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValueError(f"{source}: {name} must be text, not {value!r}")
    return value


def setting_help(name: str) -> str:
    return {f.name: f.metadata.get("help", "") for f in fields(RunConfig)}[name]


def basic_settings() -> list[str]:
    return [f.name for f in fields(RunConfig) if f.metadata.get("basic")]


def load_run_config(path: Path):
    """The RunConfig in a run YAML the user gave; what is wrong with the file is a UserError naming it."""
    from core.errors import UserError

    try:
        return RunConfig.load(path)
    except UnicodeDecodeError:
        raise UserError(
            f"{path}: this is not UTF-8 text; give the run YAML saved by the app or a run folder's run.yaml"
        ) from None
    except ValueError as exc:  # RunConfig's own checks: they name the file and the setting
        raise UserError(str(exc)) from None
    except RecursionError:  # PyYAML reads nested lists by recursion
        raise UserError(f"{path}: the settings are nested too deeply to read; save the form again") from None
    except OSError as exc:
        raise UserError(f"{path}: cannot be read ({exc.strerror or exc})") from None
