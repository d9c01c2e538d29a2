"""The wizards' slow look-ups, each in its own QThread: the computer, a dataset, a Hub model's config.

None of them imports torch: hardware detection reads NVML and psutil, the dataset
check uses core.data with the `tokenizers` library, and a Hub config is one small
JSON download.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QThread, Signal

log = logging.getLogger(__name__)

CHARS_PER_TOKEN = 3.5  # stand-in for tokens when the model has no tokenizer here
STATS_CUTOFF = 4096  # raw text is chunked at this length while measuring


class HardwareCheck(QThread):
    """detect_hardware() and, with no usable GPU, a short measurement of the processor's speed."""

    done = Signal(object, float)  # core.planning.hardware.HardwareInfo, CPU GFLOP/s (0 when not measured)

    def run(self) -> None:
        from core.paths import user_data_dir
        from core.planning.hardware import HardwareInfo, detect_hardware, measure_cpu_gflops

        try:
            info = detect_hardware(disk_path=user_data_dir())
        except Exception as exc:  # noqa: BLE001 - an unreadable machine still gets the CPU path
            log.exception("hardware detection failed")
            info = HardwareInfo(notes=[f"{type(exc).__name__}: {exc}"])
        gflops = 0.0
        if info.device == "cpu":
            try:
                gflops = measure_cpu_gflops()
            except Exception:  # noqa: BLE001 - no estimate is better than no wizard
                log.exception("measuring the processor failed")
        self.done.emit(info, float(gflops))


@dataclass
class DatasetReport:
    """What the dataset step shows and what the planner needs."""

    path: str
    ok: bool
    error: str = ""
    kind: str = ""
    rows: int = 0
    examples: int = 0
    problems: int = 0  # rows left out for errors
    stats: dict | None = None  # core.data.tokenize.length_stats + rows
    exact: bool = True  # False: token counts estimated from characters
    example: object = None  # the first Example, for the preview
    tokens: object = None  # its TokenizedExample (None without a tokenizer)
    bos_token: str | None = None
    eos_token: str | None = None
    notes: list[str] = field(default_factory=list)


def inspect_dataset(path: str, model_dir: str | None) -> DatasetReport:
    """Read, detect, render and measure a dataset as training would (the thread's work, callable directly)."""
    from core.config import RunConfig
    from core.data.pipeline import prepare_examples
    from core.data.problems import DataError
    from core.data.tokenize import TextTokenizer, length_stats, tokenize_example

    tok = None
    if model_dir and (Path(model_dir) / "tokenizer.json").exists():
        try:
            tok = TextTokenizer.from_model_dir(model_dir)
        except DataError:
            tok = None
    config = RunConfig(model=model_dir or "", dataset=path, cutoff_len=STATS_CUTOFF)
    try:
        prepared = prepare_examples(config, path=path, tokenizer=tok)
    except DataError as exc:
        return DatasetReport(path, False, error=str(exc))
    if not prepared.examples:
        first = next((p.message for p in prepared.problems if p.severity == "error"), "")
        return DatasetReport(path, False, error=first, kind=prepared.kind, rows=prepared.rows)
    if tok is not None:
        lengths = [tokenize_example(e, tok, None).full_length for e in prepared.examples]
    else:
        lengths = [max(1, math.ceil(len(e.text) / CHARS_PER_TOKEN)) for e in prepared.examples]
    stats = length_stats(lengths, None)
    stats["rows"] = len(prepared.examples)
    example = prepared.examples[0]
    tokens = tokenize_example(example, tok, None) if tok is not None else None
    errors = sum(1 for p in prepared.problems if p.severity == "error")
    return DatasetReport(
        path,
        True,
        kind=prepared.kind,
        rows=prepared.rows,
        examples=len(prepared.examples),
        problems=errors,
        stats=stats,
        exact=tok is not None,
        example=example,
        tokens=tokens,
        bos_token=tok.bos_token if tok else None,
        eos_token=tok.eos_token if tok else None,
    )


class DatasetCheck(QThread):
    done = Signal(object)  # DatasetReport

    def __init__(self, path: str, model_dir: str | None, parent=None):
        super().__init__(parent)
        self.path, self.model_dir = str(path), model_dir

    def run(self) -> None:
        try:
            report = inspect_dataset(self.path, self.model_dir)
        except Exception as exc:  # noqa: BLE001 - a bug must not take the wizard down
            log.exception("checking %s failed", self.path)
            report = DatasetReport(self.path, False, error=f"{type(exc).__name__}: {exc}")
        self.done.emit(report)


class ConfigFetch(QThread):
    """config.json of a Hub model that is not downloaded yet, for the estimate."""

    done = Signal(str, object, str)  # repo id, config dict or None, error message

    def __init__(self, repo_id: str, parent=None):
        super().__init__(parent)
        self.repo_id = repo_id

    def run(self) -> None:
        from core.hub.search import HubError, fetch_config

        try:
            self.done.emit(self.repo_id, fetch_config(self.repo_id), "")
        except HubError as exc:
            self.done.emit(self.repo_id, None, str(exc))
        except Exception as exc:  # noqa: BLE001 - network libraries raise many kinds
            self.done.emit(self.repo_id, None, f"{type(exc).__name__}: {exc}")


def finish(thread: QThread | None, wait_ms: int = 5000) -> None:
    """Wait for a wizard thread before its owner goes away."""
    if thread is not None and thread.isRunning():
        thread.wait(wait_ms)
