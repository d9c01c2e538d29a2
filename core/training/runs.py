"""Run folders: create, list, read back, and find checkpoints to resume from or to choose.

"last" is what the run ended with (adapter/); "best" is the checkpoint with the lowest
validation loss, which training keeps however many older checkpoints it deletes.

runs/<name>/
  run.yaml  metrics.jsonl  dataset_sample.jsonl  adapter/  checkpoints/checkpoint-<step>/  log.txt
  run.json       the run's name exactly as the user typed it (the folder's is made safe for Windows)
  template.jinja  template.json   (the template it trained with; see write_template)
"""

from __future__ import annotations

import math
import re
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

from core.config import RunConfig
from core.training.events import read_metrics

RUN_YAML = "run.yaml"
METRICS = "metrics.jsonl"
SAMPLE = "dataset_sample.jsonl"
ADAPTER = "adapter"
CHECKPOINTS = "checkpoints"
LOG = "log.txt"
# The template the run trained with (absent for plain text) and where it came from, with its stop strings.
TEMPLATE = "template.jinja"
TEMPLATE_INFO = "template.json"
# Written last into a checkpoint folder: a checkpoint without it was cut short.
COMPLETE_MARKER = "complete"

RUN_INFO = "run.json"

# What Windows forbids in a file name (and control characters); every other letter, CJK included, is kept.
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}
FOLDER_NAME_CHARS = 60  # a run folder deep in a user's folder stays well under Windows' 260-character paths


def folder_name(text: str) -> str:
    """A folder name for a run name: the user's words, less only what the file system cannot hold."""
    name = _FORBIDDEN.sub("-", text).strip(" .-")[:FOLDER_NAME_CHARS].rstrip(" .-")
    if name.split(".")[0].strip().upper() in _RESERVED:
        name = f"run-{name}"  # CON, NUL.txt, ... name devices, not folders, on Windows
    return name or "run"


def create_run(config: RunConfig, root: Path, name: str | None = None) -> Path:
    """Make a new run folder holding run.yaml; never reuses an existing folder."""
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    base = folder_name(name) if name else time.strftime("%Y%m%d-%H%M%S") + "-" + folder_name(Path(config.dataset).stem)
    run_dir, n = root / base, 2
    while run_dir.exists():
        run_dir, n = root / f"{base}-{n}", n + 1
    run_dir.mkdir()
    if name:  # the folder may differ (a "/" or a trailing dot); the Runs screen shows what was typed
        import json

        (run_dir / RUN_INFO).write_text(json.dumps({"name": name}, ensure_ascii=False) + "\n", encoding="utf-8")
    config.save(run_dir / RUN_YAML)
    return run_dir


def run_name(run_dir: Path) -> str:
    """The name the user gave the run (run.json), else its folder's name."""
    import json

    try:
        name = json.loads((Path(run_dir) / RUN_INFO).read_text(encoding="utf-8")).get("name")
    except (OSError, ValueError, AttributeError):
        name = None
    return name if isinstance(name, str) and name.strip() else Path(run_dir).name


def last_traceback(log_path: Path, max_lines: int = 200) -> str:
    """The last Python traceback the run's log holds (a crash of the engine), or ""."""
    try:
        text = Path(log_path).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    start = text.rfind("Traceback (most recent call last):")
    return "\n".join(text[start:].rstrip().splitlines()[:max_lines]) if start >= 0 else ""


def checkpoints(run_dir: Path) -> list[tuple[int, Path]]:
    """Complete checkpoints, oldest first, as (step, folder)."""
    found = []
    folder = Path(run_dir) / CHECKPOINTS
    if not folder.is_dir():
        return []
    for path in folder.iterdir():
        m = re.fullmatch(r"checkpoint-(\d+)", path.name)
        if m and (path / COMPLETE_MARKER).exists():
            found.append((int(m.group(1)), path))
    return sorted(found)


def latest_checkpoint(run_dir: Path) -> Path | None:
    cps = checkpoints(run_dir)
    return cps[-1][1] if cps else None


def checkpoint_step(folder: Path) -> int:
    return int(Path(folder).name.rsplit("-", 1)[-1])


def _number(value) -> float | None:
    """A finite number from a record; a NaN is written as the string "nan"."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        return None
    return float(value)


def best_checkpoint(run_dir: Path) -> tuple[int, Path, float] | None:
    """(step, folder, validation loss) of the complete checkpoint with the lowest validation loss;
    None for a run without validation. A resumed run repeats steps: the last record of a step counts."""
    losses: dict[int, float] = {}
    for event in read_metrics(Path(run_dir) / METRICS):
        loss = _number(event.get("eval_loss"))
        if event["type"] == "eval" and loss is not None and isinstance(event.get("step"), int):
            losses[event["step"]] = loss
    saved = dict(checkpoints(run_dir))
    scored = [(loss, step) for step, loss in losses.items() if step in saved]
    if not scored:
        return None
    loss, step = min(scored)
    return step, saved[step], loss


def adapter_step(run_dir: Path) -> int | None:
    """The step the final adapter/ holds: the last finished or cancelled event's step."""
    step = None
    for event in read_metrics(Path(run_dir) / METRICS):
        if event["type"] in ("finished", "cancelled") and isinstance(event.get("step"), int):
            step = event["step"]
    if step is None and (Path(run_dir) / ADAPTER / "adapter_config.json").is_file():
        step = summarize(run_dir).steps
    return step


def last_adapter(run_dir: Path) -> tuple[int, Path] | None:
    """(step, folder) of the weights the run ended with: adapter/, else its latest checkpoint."""
    final = Path(run_dir) / ADAPTER
    cps = checkpoints(run_dir)
    if (final / "adapter_config.json").is_file():
        step = adapter_step(run_dir) or 0
        # A later checkpoint (a run resumed and killed after its adapter was saved) is newer.
        if not cps or cps[-1][0] <= step:
            return step, final
    return cps[-1] if cps else None


def pick_adapter(run_dir: Path, which: str) -> tuple[int, Path] | None:
    """`best` (lowest validation loss) or `last` (what the run ended with); None if the run has none."""
    if which == "best":
        best = best_checkpoint(run_dir)
        return (best[0], best[1]) if best else None
    if which == "last":
        return last_adapter(run_dir)
    raise ValueError(f"adapter choice must be best or last, not {which!r}")


@dataclass
class RunSummary:
    path: Path
    name: str
    status: str  # running? no: "finished" | "cancelled" | "failed" | "incomplete" | "new"
    config: RunConfig | None
    steps: int = 0
    total_steps: int = 0
    final_loss: float | None = None
    final_eval_loss: float | None = None
    started: float | None = None
    message: str = ""
    best_step: int | None = None  # the step of the lowest validation loss, when recorded
    stopped_by: str | None = None  # user | stop_at_loss | early_stopping, for a cancelled run
    events: list = field(default_factory=list, repr=False)

    @property
    def has_adapter(self) -> bool:
        return (self.path / ADAPTER / "adapter_config.json").exists()


def summarize(run_dir: Path, keep_events: bool = False) -> RunSummary:
    run_dir = Path(run_dir)
    try:
        config = RunConfig.load(run_dir / RUN_YAML)
    except (OSError, ValueError):
        config = None
    summary = RunSummary(run_dir, run_name(run_dir), "new", config)
    events = list(read_metrics(run_dir / METRICS))
    for ev in events:
        kind = ev["type"]
        if kind == "started":
            summary.started = ev.get("time")
            summary.total_steps = ev.get("total_steps", 0)
            summary.status = "incomplete"
        elif kind == "progress":
            summary.steps = ev.get("step", summary.steps)
            if isinstance(ev.get("loss"), (int, float)):
                summary.final_loss = ev["loss"]
        elif kind == "eval" and isinstance(ev.get("eval_loss"), (int, float)):
            summary.final_eval_loss = ev["eval_loss"]
        elif kind in ("finished", "cancelled", "failed"):
            summary.status = kind
            summary.message = ev.get("message", "")
            summary.best_step = ev.get("best_step", summary.best_step)
            summary.stopped_by = ev.get("stopped_by")
    if keep_events:
        summary.events = events
    return summary


def list_runs(root: Path) -> list[RunSummary]:
    root = Path(root)
    if not root.is_dir():
        return []
    runs = [summarize(p) for p in root.iterdir() if (p / RUN_YAML).exists()]
    return sorted(runs, key=lambda r: r.started or r.path.stat().st_mtime, reverse=True)


def write_template(run_dir: Path, template) -> None:
    """Save the run's RunTemplate (core/data/run_template.py): the Jinja text, then template.json.

    template.json goes last: a folder with it is a run whose template was saved.
    """
    import json

    from core.atomic import write_text_atomic

    run_dir = Path(run_dir)
    if template.template is not None:
        write_text_atomic(run_dir / TEMPLATE, template.template)
    else:
        (run_dir / TEMPLATE).unlink(missing_ok=True)
    write_text_atomic(run_dir / TEMPLATE_INFO, json.dumps(template.info(), indent=2, ensure_ascii=False) + "\n")


def read_template_info(run_dir: Path) -> dict | None:
    """template.json of a run, or None for runs from before it was written (or a damaged one)."""
    import json

    try:
        info = json.loads((Path(run_dir) / TEMPLATE_INFO).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return info if isinstance(info, dict) else None


def delete_run(run_dir: Path) -> None:
    shutil.rmtree(run_dir)


def remove_checkpoint(folder: Path) -> None:
    """Unmark first, then delete: a delete cut short never leaves a marked, broken checkpoint."""
    (Path(folder) / COMPLETE_MARKER).unlink(missing_ok=True)
    shutil.rmtree(folder, ignore_errors=True)


def remove_incomplete_checkpoints(run_dir: Path) -> list[Path]:
    """Delete checkpoint folders a killed run left half-written."""
    removed = []
    folder = Path(run_dir) / CHECKPOINTS
    if folder.is_dir():
        for path in folder.iterdir():
            if path.name.startswith("checkpoint-") and not (path / COMPLETE_MARKER).exists():
                shutil.rmtree(path, ignore_errors=True)
                removed.append(path)
    return removed
