"""Take a trained LoRA to other tools: the adapter as is, a merged model, or an Ollama Modelfile.

Every export is written into a staging folder beside the destination and
renamed into place when complete, so a failed or stopped export never leaves
a half-written folder under the name the user chose. Only the merged export
imports torch; the other two are plain file work.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Callable

from core.config import RunConfig
from core.inference.export.folders import (
    KINDS,
    MEMORY_FACTOR,
    SHARD_SIZE,
    TOKENIZER_FILES,
    ExportError,
    ExportStopped,
    Progress,
    adapter_folder,
    base_model_id,
    check_disk,
    check_memory,
    copy_adapter,
    expected_size,
    find_run,
    finish_export,
    no_progress,
    safetensors_parameters,
    staging_folder,
    template_fact,
    training_facts,
    write_into,
)
from core.training import runs


def export_run(
    run_dir: Path,
    kind: str,
    out: Path,
    *,
    checkpoint: int | None = None,
    progress: Progress | None = None,
    should_stop: Callable[[], bool] = lambda: False,
) -> Path:
    if kind not in KINDS:
        raise ExportError(f"unknown export {kind!r}; choose one of {', '.join(KINDS)}")
    from core.inference.export.ollama import export_ollama

    return {"adapter": export_adapter, "merged": export_merged, "ollama": export_ollama}[kind](
        find_run(run_dir), Path(out), checkpoint=checkpoint, progress=progress or no_progress, should_stop=should_stop
    )


def export_adapter(
    run_dir: Path,
    out: Path,
    *,
    checkpoint: int | None = None,
    progress: Progress = no_progress,
    should_stop: Callable[[], bool] = lambda: False,
) -> Path:
    """The peft adapter folder (adapter_model.safetensors + adapter_config.json) with a README and the
    chat template it was trained with."""
    from core.inference.trained_template import run_template

    folder, step = adapter_folder(run_dir, checkpoint)
    config = RunConfig.load(Path(run_dir) / runs.RUN_YAML)
    check_disk(Path(out).parent, expected_size(run_dir, "adapter", checkpoint))
    staging = staging_folder(out)

    def work() -> None:
        progress("copying the adapter", 0.2)
        copy_adapter(folder, staging, base_model_id(config.model))
        shutil.copy2(Path(run_dir) / runs.RUN_YAML, staging / "training_settings.yaml")
        template = run_template(Path(run_dir), config)
        if template.template is not None:  # an adapter has no tokenizer to carry it: a file beside it
            (staging / "chat_template.jinja").write_text(template.template, encoding="utf-8")
        (staging / "README.md").write_text(adapter_readme(Path(run_dir), config, step, template), encoding="utf-8")
        progress("done", 1.0)

    write_into(staging, work)
    return finish_export(staging, Path(out))


def export_merged(
    run_dir: Path,
    out: Path,
    *,
    checkpoint: int | None = None,
    progress: Progress = no_progress,
    should_stop: Callable[[], bool] = lambda: False,
) -> Path:
    """Base weights in 16-bit with the LoRA merged in: a plain transformers model folder."""
    folder, step = adapter_folder(run_dir, checkpoint)
    config = RunConfig.load(Path(run_dir) / runs.RUN_YAML)
    parameters, _ = safetensors_parameters(config.model)
    if parameters == 0:
        raise ExportError(
            f"{config.model}: no safetensors weights found to merge into; download the model's safetensors files"
        )
    progress("checking disk space and memory", 0.02)
    check_disk(Path(out).parent, expected_size(run_dir, "merged", checkpoint))
    check_memory(int(parameters * 2 * MEMORY_FACTOR))
    staging = staging_folder(out)

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
        write_into(staging, work)
    except MemoryError:
        raise ExportError(
            "The computer ran out of memory while merging. Close other programs and try again, or "
            "export the adapter alone."
        ) from None
    except RuntimeError as exc:
        if "allocate" in str(exc).lower() or "out of memory" in str(exc).lower():
            raise ExportError(
                "The computer ran out of memory while merging. Close other programs and try again, "
                "or export the adapter alone."
            ) from None
        raise
    return finish_export(staging, Path(out))


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
        config.model,
        dtype=dtype,
        device_map={"": "cpu"},
        trust_remote_code=config.trust_remote_code,
        use_safetensors=None if config.allow_pickle_weights else True,
    )
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


def adapter_readme(run_dir: Path, config: RunConfig, step: int, template) -> str:
    base = base_model_id(config.model)
    return "\n".join(
        [
            f"# LoRA adapter from the run {run_dir.name}",
            "",
            "A LoRA adapter in the PEFT format (adapter_model.safetensors + adapter_config.json), trained with "
            "Lorasmith. It only works on top of the base model it was trained on.",
            "",
            *training_facts(run_dir, config, step),
            template_fact(template),
            "",
            "`training_settings.yaml` holds every setting of the run.",
            "",
            "## Use it",
            "",
            "```python",
            "from transformers import AutoModelForCausalLM, AutoTokenizer",
            "from peft import PeftModel",
            "",
            f'base = AutoModelForCausalLM.from_pretrained("{base}")',
            f'tokenizer = AutoTokenizer.from_pretrained("{base}")',
            'model = PeftModel.from_pretrained(base, "path/to/this/folder")',
            'tokenizer.chat_template = open("path/to/this/folder/chat_template.jinja", encoding="utf-8").read()',
            "```",
            "",
        ]
    )


def merged_readme(run_dir: Path, config: RunConfig, step: int, modelfile_note: str = "") -> str:
    ollama = modelfile_note or (
        "For Ollama, open a terminal in this folder and run `ollama create NAME -f "
        "Modelfile`: the Modelfile imports this folder with the chat template it was trained "
        "with."
    )
    return "\n".join(
        [
            f"# {base_model_id(config.model)} with the LoRA from {run_dir.name} merged in",
            "",
            "A complete model (16-bit safetensors weights, tokenizer and chat template) that loads like any "
            "transformers model; no adapter or PEFT needed. Its chat template (chat_template.jinja, and in "
            "tokenizer_config.json) is the one the LoRA was trained with.",
            "",
            *training_facts(run_dir, config, step),
            "",
            "The adapter was trained against the 4-bit form of the base model and merged into its full 16-bit "
            "weights, so answers are very close to, but not always word for word the same as, the app's Test screen.",
            "",
            "```python",
            "from transformers import AutoModelForCausalLM, AutoTokenizer",
            "",
            'model = AutoModelForCausalLM.from_pretrained("path/to/this/folder")',
            'tokenizer = AutoTokenizer.from_pretrained("path/to/this/folder")',
            "```",
            "",
            "To use it in llama.cpp, LM Studio or Ollama as a GGUF file, convert this folder with llama.cpp's "
            "`convert_hf_to_gguf.py`.",
            "",
            ollama,
            "",
        ]
    )
