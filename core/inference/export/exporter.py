"""Take a trained LoRA to other tools: the adapter as is, a merged model, or an Ollama Modelfile.

Every export is written into a staging folder beside the destination and
renamed into place when complete, so a failed or stopped export never leaves
a half-written folder under the name the user chose. Only the merged export
imports torch; the other two are plain file work.
"""
from __future__ import annotations

import json
import shutil
import struct
from pathlib import Path
from typing import Callable

from core.atomic import replace
from core.config import RunConfig
from core.errors import UserError
from core.training import runs

KINDS = ("adapter", "merged", "ollama")
ADAPTER_FILES = ("adapter_model.safetensors", "adapter_config.json")
TOKENIZER_FILES = ("tokenizer.json", "tokenizer_config.json", "special_tokens_map.json", "tokenizer.model",
                   "vocab.json", "merges.txt", "added_tokens.json", "chat_template.jinja", "chat_template.json",
                   "generation_config.json")
MODEL_MARKER = ".lorasmith-model.json"   # written by the model downloader: where the model came from
SHARD_SIZE = "2GB"
DISK_MARGIN = 1.05                      # safetensors headers, config files, the README
DISK_RESERVE = 64 << 20                 # never fill a disk to its last byte
MEMORY_FACTOR = 1.3                     # the model's weights plus the merge's working copies

Progress = Callable[[str, float], None]


class ExportError(UserError):
    """A problem the user can fix (disk, memory, paths); the message says what to do."""


class ExportStopped(ExportError):
    def __init__(self):
        super().__init__("The export was stopped; nothing was written.")


def _no_progress(_stage: str, _fraction: float) -> None:
    pass


# --- what to export --------------------------------------------------------------------------

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
    raise ExportError(f"{name_or_path}: not a run folder (no run.yaml); give the folder of a training run "
                      "or its name as the Runs screen shows it")


def adapter_folder(run_dir: Path, checkpoint: int | None = None) -> tuple[Path, int]:
    """The adapter to export (the final one, or a checkpoint's) and its step."""
    run_dir = Path(run_dir)
    if checkpoint is None:
        folder = run_dir / runs.ADAPTER
        if not (folder / "adapter_config.json").is_file():
            raise ExportError(f"{run_dir.name}: the run has no final adapter yet; let it finish (or stop it, which "
                              "saves the adapter), or export one of its checkpoints")
        return folder, runs.summarize(run_dir).steps
    for step, folder in runs.checkpoints(run_dir):
        if step == checkpoint:
            if not (folder / "adapter_config.json").is_file():
                break
            return folder, step
    steps = ", ".join(str(s) for s, _ in runs.checkpoints(run_dir)) or "none"
    raise ExportError(f"{run_dir.name}: there is no checkpoint at step {checkpoint}; its checkpoints are at "
                      f"steps {steps}")


def base_model_id(model_dir: str | Path) -> str:
    """The Hub name of a downloaded model (e.g. Qwen/Qwen2.5-0.5B-Instruct), else its folder name."""
    marker = Path(model_dir) / MODEL_MARKER
    try:
        repo = json.loads(marker.read_text(encoding="utf-8")).get("repo_id")
    except (OSError, ValueError, AttributeError):
        repo = None
    return repo or Path(model_dir).name


# --- room to write -----------------------------------------------------------------------------

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


def _gib(n: float) -> str:
    return f"{n / 2**30:.1f} GB" if n >= 2**30 / 10 else f"{n / 2**20:.1f} MB"


def check_disk(folder: Path, needed: int) -> None:
    probe = Path(folder)
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    free = shutil.disk_usage(probe).free
    if free < needed * DISK_MARGIN + DISK_RESERVE:
        raise ExportError(f"Not enough free disk space in {probe}: this export needs about {_gib(needed)} and only "
                          f"{_gib(free)} is free. Free some space or choose a folder on another disk.")


def check_memory(needed: int) -> None:
    import psutil

    available = psutil.virtual_memory().available
    if available < needed:
        raise ExportError(f"Not enough memory to merge: this needs about {_gib(needed)} of RAM and {_gib(available)} "
                          "is available. Close other programs (a running training run included) and try again, or "
                          "export the adapter alone, which needs almost no memory.")


def expected_size(run_dir: Path, kind: str, checkpoint: int | None = None) -> int:
    """Bytes an export will write, for the disk check and for showing before the user starts."""
    folder, _ = adapter_folder(run_dir, checkpoint)
    adapter = sum((folder / name).stat().st_size for name in ADAPTER_FILES if (folder / name).exists())
    if kind != "merged":
        return adapter
    config = RunConfig.load(Path(run_dir) / runs.RUN_YAML)
    parameters, _ = safetensors_parameters(config.model)
    tokenizer = sum((Path(config.model) / n).stat().st_size for n in TOKENIZER_FILES if (Path(config.model) / n).exists())
    return parameters * 2 + tokenizer


# --- the exports ---------------------------------------------------------------------------------

def export_run(run_dir: Path, kind: str, out: Path, *, checkpoint: int | None = None,
               progress: Progress | None = None, should_stop: Callable[[], bool] = lambda: False) -> Path:
    if kind not in KINDS:
        raise ExportError(f"unknown export {kind!r}; choose one of {', '.join(KINDS)}")
    from core.inference.export.ollama import export_ollama

    return {"adapter": export_adapter, "merged": export_merged, "ollama": export_ollama}[kind](
        find_run(run_dir), Path(out), checkpoint=checkpoint, progress=progress or _no_progress, should_stop=should_stop)


def _staging(out: Path) -> Path:
    out = Path(out)
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise ExportError(f"{out} already exists and is not empty; choose a new folder name (it will be created)")
    staging = out.with_name(out.name + ".partial")
    shutil.rmtree(staging, ignore_errors=True)
    try:
        staging.mkdir(parents=True)
    except OSError as exc:
        raise ExportError(f"cannot create {staging.parent}: {exc.strerror or exc}; choose a folder you can write to") from None
    return staging


def _finish(staging: Path, out: Path) -> Path:
    if out.is_dir():
        out.rmdir()  # empty, checked before we started
    replace(staging, out)
    return out


def _writing(staging: Path, work: Callable[[], None]) -> None:
    """Run `work`, turning a full disk into a plain message and removing the staging folder on any failure."""
    import errno

    try:
        work()
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        if exc.errno == errno.ENOSPC:
            raise ExportError(f"The disk filled up while writing to {staging.parent}. Free some space or choose a "
                              "folder on another disk, then export again.") from None
        raise
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _copy_adapter(folder: Path, target: Path, base_id: str) -> None:
    target.mkdir(parents=True, exist_ok=True)
    for name in ADAPTER_FILES:
        shutil.copy2(folder / name, target / name)
    # The run recorded the base as a folder on this computer; others know it by its Hub name.
    config_path = target / "adapter_config.json"
    config = json.loads(config_path.read_text(encoding="utf-8"))
    config["base_model_name_or_path"] = base_id
    config_path.write_text(json.dumps(config, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def export_adapter(run_dir: Path, out: Path, *, checkpoint: int | None = None, progress: Progress = _no_progress,
                   should_stop: Callable[[], bool] = lambda: False) -> Path:
    """The peft adapter folder (adapter_model.safetensors + adapter_config.json) with a README and the
    chat template it was trained with."""
    from core.inference.trained_template import run_template

    folder, step = adapter_folder(run_dir, checkpoint)
    config = RunConfig.load(Path(run_dir) / runs.RUN_YAML)
    check_disk(Path(out).parent, expected_size(run_dir, "adapter", checkpoint))
    staging = _staging(out)

    def work() -> None:
        progress("copying the adapter", 0.2)
        _copy_adapter(folder, staging, base_model_id(config.model))
        shutil.copy2(Path(run_dir) / runs.RUN_YAML, staging / "training_settings.yaml")
        template = run_template(Path(run_dir), config)
        if template.template is not None:  # an adapter has no tokenizer to carry it: a file beside it
            (staging / "chat_template.jinja").write_text(template.template, encoding="utf-8")
        (staging / "README.md").write_text(adapter_readme(Path(run_dir), config, step, template), encoding="utf-8")
        progress("done", 1.0)

    _writing(staging, work)
    return _finish(staging, Path(out))


def export_merged(run_dir: Path, out: Path, *, checkpoint: int | None = None, progress: Progress = _no_progress,
                  should_stop: Callable[[], bool] = lambda: False) -> Path:
    """Base weights in 16-bit with the LoRA merged in: a plain transformers model folder."""
    folder, step = adapter_folder(run_dir, checkpoint)
    config = RunConfig.load(Path(run_dir) / runs.RUN_YAML)
    parameters, _ = safetensors_parameters(config.model)
    if parameters == 0:
        raise ExportError(f"{config.model}: no safetensors weights found to merge into; download the model's "
                          "safetensors files")
    progress("checking disk space and memory", 0.02)
    check_disk(Path(out).parent, expected_size(run_dir, "merged", checkpoint))
    check_memory(int(parameters * 2 * MEMORY_FACTOR))
    staging = _staging(out)

    def work() -> None:
        merged = _merge(config, folder, progress, should_stop)
        progress("saving the merged weights", 0.7)
        merged.save_pretrained(str(staging), safe_serialization=True, max_shard_size=SHARD_SIZE)
        del merged
        progress("copying the tokenizer and chat template", 0.95)
        for name in TOKENIZER_FILES:
            source = Path(config.model) / name
            if source.is_file() and not (staging / name).exists():
                shutil.copy2(source, staging / name)
        _write_trained_template(Path(run_dir), config, staging)
        modelfile = _merged_modelfile(Path(run_dir), config, staging)
        (staging / "README.md").write_text(merged_readme(Path(run_dir), config, step, modelfile), encoding="utf-8")
        progress("done", 1.0)

    try:
        _writing(staging, work)
    except MemoryError:
        raise ExportError("The computer ran out of memory while merging. Close other programs and try again, or "
                          "export the adapter alone.") from None
    except RuntimeError as exc:
        if "allocate" in str(exc).lower() or "out of memory" in str(exc).lower():
            raise ExportError("The computer ran out of memory while merging. Close other programs and try again, "
                              "or export the adapter alone.") from None
        raise
    return _finish(staging, Path(out))


def _merge(config: RunConfig, adapter: Path, progress: Progress, should_stop: Callable[[], bool]):
    import torch
    from peft import PeftModel
    from transformers import AutoConfig, AutoModelForCausalLM

    # The base is loaded unquantised, in its own 16-bit format, not in the 4-bit form it was
    # trained against: merging into 4-bit weights would mean rounding the merged weights back
    # to 4 bits (losing much of what the LoRA added) and would save a bitsandbytes checkpoint
    # that most other tools cannot read. The LoRA's update is added to the full weights instead.
    # It runs on the CPU so models larger than the GPU's memory merge too.
    model_config = AutoConfig.from_pretrained(config.model, trust_remote_code=config.trust_remote_code)
    stored = getattr(model_config, "dtype", None) or getattr(model_config, "torch_dtype", None)
    dtype = torch.bfloat16 if str(stored).replace("torch.", "") == "bfloat16" else torch.float16
    progress("loading the base model", 0.1)
    base = AutoModelForCausalLM.from_pretrained(
        config.model, dtype=dtype, device_map={"": "cpu"}, trust_remote_code=config.trust_remote_code,
        use_safetensors=None if config.allow_pickle_weights else True)
    if should_stop():
        raise ExportStopped()
    progress("applying the adapter", 0.4)
    model = PeftModel.from_pretrained(base, str(adapter))
    if should_stop():
        raise ExportStopped()
    progress("merging the adapter into the weights", 0.5)
    merged = model.merge_and_unload()
    merged.eval()
    if should_stop():
        raise ExportStopped()
    return merged


def _write_trained_template(run_dir: Path, config: RunConfig, folder: Path) -> None:
    """The merged model's tokenizer gets the template the run trained with: chat_template.jinja and the
    chat_template of tokenizer_config.json (transformers reads either). Plain-text runs keep the base's."""
    from core.inference.trained_template import run_template

    template = run_template(run_dir, config)
    if template.template is None:
        return
    (folder / "chat_template.jinja").write_text(template.template, encoding="utf-8")
    tokenizer_config = folder / "tokenizer_config.json"
    if tokenizer_config.is_file():
        data = json.loads(tokenizer_config.read_text(encoding="utf-8-sig"))
        data["chat_template"] = template.template
        tokenizer_config.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    # The template in a separate file would be read before the one just written.
    (folder / "chat_template.json").unlink(missing_ok=True)


def _merged_modelfile(run_dir: Path, config: RunConfig, folder: Path) -> str:
    """A Modelfile beside the merged weights (FROM this folder), for Ollama; a note when there is none."""
    from core.inference.export.ollama import modelfile_template, modelfile_text

    try:
        template, ollama = modelfile_template(run_dir, config)
    except ExportError as exc:
        return f"There is no Modelfile: {exc}"
    (folder / "Modelfile").write_text(modelfile_text(".", None, template, ollama), encoding="utf-8")
    return ""


# --- READMEs ---------------------------------------------------------------------------------------

def _training_facts(run_dir: Path, config: RunConfig, step: int) -> list[str]:
    summary = runs.summarize(run_dir)
    facts = [
        f"- Base model: {base_model_id(config.model)}",
        f"- Trained on: {Path(config.dataset).name}" + (f" ({config.dataset_kind} rows)" if config.dataset_kind != "auto" else ""),
        f"- Steps: {step}" + (f" of {summary.total_steps}" if summary.total_steps else ""),
        f"- LoRA: rank {config.lora_rank}, alpha {config.lora_alpha}, dropout {config.lora_dropout}, "
        f"layers {config.lora_targets}" + (", rsLoRA" if config.use_rslora else "") + (", DoRA" if config.use_dora else ""),
        f"- Base stored in {config.quantization} while training; learning rate {config.learning_rate:g} "
        f"({config.lr_scheduler}), batch {config.batch_size}, up to {config.cutoff_len} tokens per example",
    ]
    if summary.final_loss is not None:
        facts.append(f"- Final training loss: {summary.final_loss:.4f}"
                     + (f"; validation loss {summary.final_eval_loss:.4f}" if summary.final_eval_loss is not None else ""))
    return facts


def _template_fact(template) -> str:
    from core.data.run_template import origin_label

    if template.template is None:
        return "- Chat template: none; it was trained on plain text, so send prompts as plain text"
    stops = ", ".join(f"`{s}`" for s in template.stops)
    return (f"- Chat template: {origin_label(template.origin)}, in `chat_template.jinja`; put prompts in it (with "
            "add_generation_prompt) and stop answers at " + (stops or "the end-of-text token"))


def adapter_readme(run_dir: Path, config: RunConfig, step: int, template) -> str:
    base = base_model_id(config.model)
    return "\n".join([
        f"# LoRA adapter from the run {run_dir.name}", "",
        "A LoRA adapter in the PEFT format (adapter_model.safetensors + adapter_config.json), trained with "
        "Lorasmith. It only works on top of the base model it was trained on.", "",
        *_training_facts(run_dir, config, step), _template_fact(template), "",
        "`training_settings.yaml` holds every setting of the run.", "",
        "## Use it", "",
        "```python",
        "from transformers import AutoModelForCausalLM, AutoTokenizer",
        "from peft import PeftModel", "",
        f'base = AutoModelForCausalLM.from_pretrained("{base}")',
        f'tokenizer = AutoTokenizer.from_pretrained("{base}")',
        'model = PeftModel.from_pretrained(base, "path/to/this/folder")',
        'tokenizer.chat_template = open("path/to/this/folder/chat_template.jinja", encoding="utf-8").read()',
        "```", "",
    ])


def merged_readme(run_dir: Path, config: RunConfig, step: int, modelfile_note: str = "") -> str:
    ollama = modelfile_note or ("For Ollama, open a terminal in this folder and run `ollama create NAME -f "
                                "Modelfile`: the Modelfile imports this folder with the chat template it was trained "
                                "with.")
    return "\n".join([
        f"# {base_model_id(config.model)} with the LoRA from {run_dir.name} merged in", "",
        "A complete model (16-bit safetensors weights, tokenizer and chat template) that loads like any "
        "transformers model; no adapter or PEFT needed. Its chat template (chat_template.jinja, and in "
        "tokenizer_config.json) is the one the LoRA was trained with.", "",
        *_training_facts(run_dir, config, step), "",
        "The adapter was trained against the 4-bit form of the base model and merged into its full 16-bit "
        "weights, so answers are very close to, but not always word for word the same as, the app's Test screen.", "",
        "```python",
        "from transformers import AutoModelForCausalLM, AutoTokenizer", "",
        'model = AutoModelForCausalLM.from_pretrained("path/to/this/folder")',
        'tokenizer = AutoTokenizer.from_pretrained("path/to/this/folder")',
        "```", "",
        "To use it in llama.cpp, LM Studio or Ollama as a GGUF file, convert this folder with llama.cpp's "
        "`convert_hf_to_gguf.py`.", "", ollama, "",
    ])


def ollama_model_name(run_name: str) -> str:
    """A name `ollama create` accepts, made from the run's name."""
    name = "".join(ch if ch.isascii() and (ch.isalnum() or ch in "-_.") else "-" for ch in run_name.lower())
    return name.strip("-.") or "my-lora"
