"""What every export shares: which run and adapter, room on disk and in memory, the staging folder
that becomes the destination only when complete, and the facts a README states about the run."""

from __future__ import annotations

import json
import shutil
import struct
from pathlib import Path
from typing import Callable

from core.atomic import replace
from core.config import RunConfig
from core.errors import UserError
from core.hub.files import TOKENIZER_FILES as MODEL_TOKENIZER_FILES
from core.training import runs

KINDS = ("adapter", "merged", "ollama")
ADAPTER_FILES = ("adapter_model.safetensors", "adapter_config.json")
# What an exported model folder needs besides its weights to load and chat as it trained.
TOKENIZER_FILES = (*MODEL_TOKENIZER_FILES, "generation_config.json")
MODEL_MARKER = ".lorasmith-model.json"  # written by the model downloader: where the model came from
SHARD_SIZE = "2GB"
DISK_MARGIN = 1.05  # safetensors headers, config files, the README
DISK_RESERVE = 64 << 20  # never fill a disk to its last byte
MEMORY_FACTOR = 1.3  # the model's weights plus the merge's working copies
Progress = Callable[[str, float], None]


class ExportError(UserError):
    """A problem the user can fix (disk, memory, paths); the message says what to do."""


class ExportStopped(ExportError):
    def __init__(self):
        super().__init__("The export was stopped; nothing was written.")


def no_progress(_stage: str, _fraction: float) -> None:
    pass


def find_run(name_or_path: str | Path) -> Path:
    """A run folder from a path, or from a run's name in the user's runs folder."""
    path = Path(name_or_path)
    if (path / runs.RUN_YAML).is_file():
        return path
    if path.name == runs.RUN_YAML and path.is_file():
        return path.parent
    from core.paths import runs_dir

    named = runs_dir() / str(name_or_path)
    if not path.is_absolute() and (named / runs.RUN_YAML).is_file():
        return named
    # The name as typed ("我的角色: v1"), whose folder had to drop what Windows forbids.
    stem = runs.folder_name(str(name_or_path))
    root = runs_dir()
    candidates = sorted(p for p in root.iterdir() if p.name.startswith(stem)) if root.is_dir() else []
    for candidate in candidates:
        if (candidate / runs.RUN_YAML).is_file() and runs.run_name(candidate) == str(name_or_path):
            return candidate
    raise ExportError(
        f"{name_or_path}: not a run folder (no run.yaml); give the folder of a training run "
        "or its name as the Runs screen shows it"
    )


def adapter_folder(run_dir: Path, checkpoint: int | None = None) -> tuple[Path, int]:
    """The adapter to export (the final one, or a checkpoint's) and its step."""
    run_dir = Path(run_dir)
    if checkpoint is None:
        folder = run_dir / runs.ADAPTER
        if not (folder / "adapter_config.json").is_file():
            raise ExportError(
                f"{run_dir.name}: the run has no final adapter yet; let it finish (or stop it, which "
                "saves the adapter), or export one of its checkpoints"
            )
        return folder, runs.summarize(run_dir).steps
    for step, folder in runs.checkpoints(run_dir):
        if step == checkpoint:
            if not (folder / "adapter_config.json").is_file():
                break
            return folder, step
    steps = ", ".join(str(s) for s, _ in runs.checkpoints(run_dir)) or "none"
    raise ExportError(
        f"{run_dir.name}: there is no checkpoint at step {checkpoint}; its checkpoints are at steps {steps}"
    )


def base_model_id(model_dir: str | Path) -> str:
    """The Hub name of a downloaded model (e.g. Qwen/Qwen2.5-0.5B-Instruct), else its folder name."""
    marker = Path(model_dir) / MODEL_MARKER
    try:
        repo = json.loads(marker.read_text(encoding="utf-8")).get("repo_id")
    except (OSError, ValueError, AttributeError):
        repo = None
    return repo or Path(model_dir).name


def safetensors_parameters(model_dir: str | Path) -> tuple[int, int]:
    """(parameters, bytes on disk) of a model's safetensors weights, read from their headers alone."""
    count, size = 0, 0
    for path in sorted(Path(model_dir).glob("*.safetensors")):
        size += path.stat().st_size
        with open(path, "rb") as fh:
            (header_len,) = struct.unpack("<Q", fh.read(8))
            header = json.loads(fh.read(header_len))
        for name, entry in header.items():
            if name != "__metadata__":
                n = 1
                for dim in entry.get("shape", []):
                    n *= dim
                count += n
    return count, size


def gib(n: float) -> str:
    return f"{n / 2**30:.1f} GB" if n >= 2**30 / 10 else f"{n / 2**20:.1f} MB"


def check_disk(folder: Path, needed: int) -> None:
    probe = Path(folder)
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    free = shutil.disk_usage(probe).free
    if free < needed * DISK_MARGIN + DISK_RESERVE:
        raise ExportError(
            f"Not enough free disk space in {probe}: this export needs about {gib(needed)} and only "
            f"{gib(free)} is free. Free some space or choose a folder on another disk."
        )


def check_memory(needed: int) -> None:
    import psutil

    available = psutil.virtual_memory().available
    if available < needed:
        raise ExportError(
            f"Not enough memory to merge: this needs about {gib(needed)} of RAM and {gib(available)} "
            "is available. Close other programs (a running training run included) and try again, or "
            "export the adapter alone, which needs almost no memory."
        )


def expected_size(run_dir: Path, kind: str, checkpoint: int | None = None) -> int:
    """Bytes an export will write, for the disk check and for showing before the user starts."""
    folder, _ = adapter_folder(run_dir, checkpoint)
    adapter = sum((folder / name).stat().st_size for name in ADAPTER_FILES if (folder / name).exists())
    if kind != "merged":
        return adapter
    config = RunConfig.load(Path(run_dir) / runs.RUN_YAML)
    parameters, _ = safetensors_parameters(config.model)
    tokenizer = sum(
        (Path(config.model) / n).stat().st_size for n in TOKENIZER_FILES if (Path(config.model) / n).exists()
    )
    return parameters * 2 + tokenizer


def staging_folder(out: Path) -> Path:
    out = Path(out)
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise ExportError(f"{out} already exists and is not empty; choose a new folder name (it will be created)")
    staging = out.with_name(out.name + ".partial")
    shutil.rmtree(staging, ignore_errors=True)
    try:
        staging.mkdir(parents=True)
    except OSError as exc:
        raise ExportError(
            f"cannot create {staging.parent}: {exc.strerror or exc}; choose a folder you can write to"
        ) from None
    return staging


def finish_export(staging: Path, out: Path) -> Path:
    if out.is_dir():
        out.rmdir()  # empty, checked before we started
    replace(staging, out)
    return out


def write_into(staging: Path, work: Callable[[], None]) -> None:
    """Run `work`, turning a full disk into a plain message and removing the staging folder on any failure."""
    import errno

    try:
        work()
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        if exc.errno == errno.ENOSPC:
            raise ExportError(
                f"The disk filled up while writing to {staging.parent}. Free some space or choose a "
                "folder on another disk, then export again."
            ) from None
        raise
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def copy_adapter(folder: Path, target: Path, base_id: str) -> None:
    target.mkdir(parents=True, exist_ok=True)
    for name in ADAPTER_FILES:
        shutil.copy2(folder / name, target / name)
    # The run recorded the base as a folder on this computer; others know it by its Hub name.
    config_path = target / "adapter_config.json"
    config = json.loads(config_path.read_text(encoding="utf-8"))
    config["base_model_name_or_path"] = base_id
    config_path.write_text(json.dumps(config, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def training_facts(run_dir: Path, config: RunConfig, step: int) -> list[str]:
    summary = runs.summarize(run_dir)
    facts = [
        f"- Base model: {base_model_id(config.model)}",
        f"- Trained on: {Path(config.dataset).name}"
        + (f" ({config.dataset_kind} rows)" if config.dataset_kind != "auto" else ""),
        f"- Steps: {step}" + (f" of {summary.total_steps}" if summary.total_steps else ""),
        f"- LoRA: rank {config.lora_rank}, alpha {config.lora_alpha}, dropout {config.lora_dropout}, "
        f"layers {config.lora_targets}"
        + (", rsLoRA" if config.use_rslora else "")
        + (", DoRA" if config.use_dora else ""),
        f"- Base stored in {config.quantization} while training; learning rate {config.learning_rate:g} "
        f"({config.lr_scheduler}), batch {config.batch_size}, up to {config.cutoff_len} tokens per example",
    ]
    if summary.final_loss is not None:
        facts.append(
            f"- Final training loss: {summary.final_loss:.4f}"
            + (f"; validation loss {summary.final_eval_loss:.4f}" if summary.final_eval_loss is not None else "")
        )
    return facts


def template_fact(template) -> str:
    from core.data.run_template import origin_label

    if template.template is None:
        return "- Chat template: none; it was trained on plain text, so send prompts as plain text"
    stops = ", ".join(f"`{s}`" for s in template.stops)
    return (
        f"- Chat template: {origin_label(template.origin)}, in `chat_template.jinja`; put prompts in it (with "
        "add_generation_prompt) and stop answers at " + (stops or "the end-of-text token")
    )


def ollama_model_name(run_name: str) -> str:
    """A name `ollama create` accepts, made from the run's name."""
    name = "".join(ch if ch.isascii() and (ch.isalnum() or ch in "-_.") else "-" for ch in run_name.lower())
    return name.strip("-.") or "my-lora"
