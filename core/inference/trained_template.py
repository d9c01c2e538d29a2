"""Which template a run trained with, read back to try, measure and export it with the same one.

Training saves it in the run folder (core/training/runs.py write_template);
this reads it back, and resolves it for runs from before it was saved. Cheap
to import: no torch.
"""

from __future__ import annotations

from pathlib import Path

from core.config import RunConfig
from core.data.problems import DataError
from core.data.run_template import RunTemplate


def run_template(run_dir: Path, config: RunConfig | None = None) -> RunTemplate:
    """The template this run trained with (a RunTemplate): template.jinja and template.json in its folder.

    Runs from before those files were written resolve it from their run.yaml as
    training did then, Alpaca fallback included.
    """
    from core.training import runs

    run_dir = Path(run_dir)
    info = runs.read_template_info(run_dir)
    if info is not None:
        jinja = run_dir / runs.TEMPLATE
        text = jinja.read_text(encoding="utf-8") if jinja.is_file() else None
        # Plain text has no template.jinja, and neither has a format file whose rows are not messages.
        if text is not None or info.get("origin") in ("raw", "format_file"):
            return RunTemplate.from_info(info, text)
    config = config or RunConfig.load(run_dir / runs.RUN_YAML)
    return template_for_config(config, _trained_kind(run_dir, config))


def template_for_config(config: RunConfig, kind: str | None = None) -> RunTemplate:
    """The template training with `config` would use for rows of `kind` (None: its dataset's kind, or
    conversations of no known kind when it names no dataset)."""
    from core.data import rendering as formats
    from core.data import run_template as templates
    from core.data.pipeline import _resolve_format_file

    if kind is None and config.dataset:
        kind = _dataset_kind(config)
    special = formats.special_tokens(config.model) if config.model and Path(config.model).is_dir() else {}
    bos, eos = special.get("bos_token") or "", special.get("eos_token") or ""
    if kind == "raw" or (kind is None and config.reads_raw_text):
        return templates.plain("raw text cut into chunks")
    if config.format_file:
        return templates.from_format_file(_resolve_format_file(config.format_file), eos)
    if kind == "text":
        return templates.plain("whole text of each row trained")
    return templates.resolve_chat(config, None, kind or "conversation", bos=bos, eos=eos)


def _trained_kind(run_dir: Path, config: RunConfig) -> str | None:
    """The kind of rows a run trained on: from its started event, its settings, or its dataset."""
    from core.training import runs
    from core.training.events import read_metrics

    for event in read_metrics(Path(run_dir) / runs.METRICS):
        if event.get("type") == "started" and event.get("data_kind"):
            return str(event["data_kind"])
    return _dataset_kind(config)


def _dataset_kind(config: RunConfig) -> str | None:
    from core.data import schemas, sources

    if config.dataset_kind != "auto":
        return config.dataset_kind
    try:
        return schemas.detect_kind(sources.read_source(config.dataset)).kind
    except (DataError, OSError):
        return None


def template_for_adapter(adapter: str | Path) -> RunTemplate | None:
    """The template of the run an adapter, checkpoint or run folder belongs to; None outside a run."""
    from core.training import runs

    path = Path(adapter)
    for folder in (path, path.parent, path.parent.parent):
        if (folder / runs.RUN_YAML).is_file():
            return run_template(folder)
    return None


def config_for_trying(run_dir: Path) -> RunConfig:
    """The run's settings, with its saved chat template standing in for the one it named, so rows
    rendered again for quick prompts or perplexity are rendered exactly as they were trained."""
    from core.training import runs

    config = RunConfig.load(Path(run_dir) / runs.RUN_YAML)
    info = runs.read_template_info(run_dir)
    saved = Path(run_dir) / runs.TEMPLATE
    if info is not None and saved.is_file() and not config.format_file:
        config.chat_template = str(saved)
    return config
