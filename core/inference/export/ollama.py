"""The Ollama export: the adapter and a Modelfile that points at the base model, in the run's chat template.

The Modelfile's TEMPLATE, SYSTEM and PARAMETER stop lines are the template
the run trained with (template.jinja), translated and checked by
core/inference/export/ollama_template.py; a template that cannot be written exactly is refused
with a message instead of writing a different one. The adapter is what
Ollama (and llama.cpp's GGUF LoRA) can apply at the trained strength:
rsLoRA's scale is folded into lora_alpha, DoRA is refused. Plain file work,
no torch.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Callable

from core.config import RunConfig
from core.inference.export import folders
from core.inference.export.folders import ExportError
from core.training import runs


def _merged_hint(what: str) -> str:
    return (
        f"{what}; export the merged model instead (Test > Export > Merged model, or lorasmith export RUN --to "
        "merged): it has the LoRA built into the weights, and Ollama imports that folder with its Modelfile"
    )


def adapter_config_for_other_tools(config: dict) -> dict:
    """adapter_config.json as Ollama and llama.cpp read it: they apply scale = lora_alpha / r and know
    neither rsLoRA's alpha / sqrt(r) nor DoRA's magnitudes. ExportError where that cannot be exact."""
    error = ExportError
    config = dict(config)
    if config.get("use_dora"):
        raise error(
            _merged_hint("This run trained a DoRA adapter, which Ollama and llama.cpp cannot apply as an adapter")
        )
    if config.get("use_rslora"):
        rank, alpha = int(config["r"]), float(config["lora_alpha"])
        folded = alpha * math.sqrt(rank)  # alpha' / r == alpha / sqrt(r)
        # Ollama reads lora_alpha as a whole number; per-layer ranks would each need their own alpha.
        if abs(folded - round(folded)) > 1e-6 or config.get("rank_pattern") or config.get("alpha_pattern"):
            raise error(
                _merged_hint(
                    f"This run trained an rsLoRA adapter (scale alpha / sqrt(rank) = {alpha:g} / sqrt({rank})), which "
                    "Ollama would apply at the wrong strength, and the same scale as a plain LoRA needs an alpha of "
                    f"{folded:.3f}, which Ollama cannot read"
                )
            )
        config["lora_alpha"] = int(round(folded))
        config["use_rslora"] = False
    return config


# --- the Modelfile --------------------------------------------------------------------------------


def modelfile_template(run_dir: Path, config: RunConfig):
    """(RunTemplate, OllamaTemplate) of the run; ExportError when the template cannot be written exactly."""
    from core.data import rendering as formats
    from core.inference.export.ollama_template import OllamaTemplateError, ollama_template
    from core.inference.trained_template import run_template

    template = run_template(run_dir, config)
    special = formats.special_tokens(config.model) if Path(config.model).is_dir() else {}
    try:
        ollama = ollama_template(template, special.get("bos_token") or "", special.get("eos_token") or "")
    except OllamaTemplateError as exc:
        raise ExportError(
            f"{Path(run_dir).name}: {exc}, so Ollama would put prompts in another form than the model was trained "
            "on and the LoRA would seem not to work. Export the merged model instead: its tokenizer carries the "
            "exact chat template, which llama.cpp and LM Studio use as it is"
        ) from None
    for text, what in ((ollama.template, "TEMPLATE"), (ollama.system, "SYSTEM")):
        if '"""' in text:
            raise ExportError(
                f'{Path(run_dir).name}: the chat template contains """, which a Modelfile '
                f"{what} cannot hold; export the merged model instead"
            )
    return template, ollama


def modelfile_text(base: str, adapter: str | None, template, ollama) -> str:
    from core.data.run_template import origin_label

    lines = [
        "# Made by Lorasmith. Create the model with:  ollama create NAME -f Modelfile",
        f"FROM {_quote_path(base)}",
    ]
    if adapter:
        lines.append(f"ADAPTER {_quote_path(adapter)}")
    lines.append(f"# Chat template: {origin_label(template.origin)}, as trained; checked to give the same prompts")
    lines += [f"# Note: {note}" for note in ollama.notes]
    lines.append(f'TEMPLATE """{ollama.template}"""')
    if ollama.system:
        lines.append(f'SYSTEM """{ollama.system}"""')
    for stop in ollama.stops:
        if '"' in stop or "\n" in stop:
            lines.append(f"# Stop string left out (a Modelfile cannot quote it): {stop!r}")
        else:
            lines.append(f'PARAMETER stop "{stop}"')
    return "\n".join(lines) + "\n"


def _quote_path(path: str) -> str:
    return f'"{path}"' if any(ch.isspace() for ch in path) else path


# --- the export --------------------------------------------------------------------------------------


def export_ollama(
    run_dir: Path,
    out: Path,
    *,
    checkpoint: int | None = None,
    progress=None,
    should_stop: Callable[[], bool] = lambda: False,
) -> Path:
    """A folder with the adapter, a Modelfile pointing at the base model and the adapter, and instructions."""
    ex = folders
    progress = progress or ex.no_progress
    folder, step = ex.adapter_folder(run_dir, checkpoint)
    config = RunConfig.load(Path(run_dir) / runs.RUN_YAML)
    adapter_config = adapter_config_for_other_tools(
        json.loads((folder / "adapter_config.json").read_text(encoding="utf-8"))
    )
    template, ollama = modelfile_template(Path(run_dir), config)
    ex.check_disk(Path(out).parent, ex.expected_size(run_dir, "ollama", checkpoint))
    staging = ex.staging_folder(out)

    def work() -> None:
        progress("copying the adapter", 0.3)
        ex.copy_adapter(folder, staging / "adapter", ex.base_model_id(config.model))
        config_path = staging / "adapter" / "adapter_config.json"
        written = json.loads(config_path.read_text(encoding="utf-8"))
        written.update(lora_alpha=adapter_config["lora_alpha"], use_rslora=adapter_config.get("use_rslora", False))
        config_path.write_text(json.dumps(written, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        # Forward slashes: Ollama reads them on every system, and a backslash could read as an escape.
        base = Path(config.model).resolve().as_posix()
        # The adapter travels with the Modelfile; Ollama reads relative paths from the Modelfile's folder.
        (staging / "Modelfile").write_text(modelfile_text(base, "./adapter", template, ollama), encoding="utf-8")
        (staging / "README.md").write_text(
            ollama_readme(Path(run_dir), config, step, template, ollama), encoding="utf-8"
        )
        progress("done", 1.0)

    ex.write_into(staging, work)
    return ex.finish_export(staging, Path(out))


def ollama_readme(run_dir: Path, config: RunConfig, step: int, template, ollama) -> str:
    from core.data.run_template import origin_label

    ex = folders
    name = ex.ollama_model_name(run_dir.name)
    notes = "".join(f" Note: {note}." for note in ollama.notes)
    rslora = (
        f" The run used rsLoRA; its scale is written as lora_alpha {config.lora_alpha} x "
        f"sqrt({config.lora_rank}), the plain-LoRA form Ollama applies."
        if config.use_rslora
        else ""
    )
    return "\n".join(
        [
            f"# Ollama model from the run {run_dir.name}",
            "",
            *ex.training_facts(run_dir, config, step),
            "",
            "## Create it",
            "",
            "With Ollama installed, open a terminal in this folder and run:",
            "",
            "```",
            f"ollama create {name} -f Modelfile",
            f"ollama run {name}",
            "```",
            "",
            "## What is in the Modelfile",
            "",
            f"- `FROM` points at the base model folder on this computer ({Path(config.model).resolve()}); Ollama "
            "imports its safetensors weights. If Ollama already has this exact base model (same model and size, not "
            "a fine-tune of it), you may put its Ollama name there instead.",
            f"- `ADAPTER ./adapter` is the LoRA in this folder; keep the folder together when you move it.{rslora}",
            f"- `TEMPLATE`{', `SYSTEM`' if ollama.system else ''} and `PARAMETER stop` are the chat template the adapter "
            f"was trained with ({origin_label(template.origin)}, saved in the run folder as {runs.TEMPLATE}), written in "
            f"Ollama's form and checked to give the same prompts, and the text where answers end.{notes}",
            "",
            "Ollama reads safetensors adapters for Llama, Mistral and Gemma models. For other model families, "
            "convert the adapter with llama.cpp's `convert_lora_to_gguf.py` and point ADAPTER at the .gguf file.",
            "",
            "The adapter was trained against a 4-bit form of the base; Ollama runs it on its own form of the base, so "
            "answers are close to, but not always the same as, the app's Test screen.",
            "",
        ]
    )
