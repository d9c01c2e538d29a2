"""Checking and measuring a dataset off the GUI thread, for the Dataset screen.

Analyzer is one long-lived QThread that owns the tokenizer. It turns rows into
Examples through core.data.pipeline (the path training takes), tokenizes them,
measures the whole dataset and plans raw-text chunks. Requests of one sort
replace older ones still waiting, so only the latest selection is rendered.

Only core.data and the `tokenizers` library are used here: nothing that pulls
torch into the GUI process.
"""

from __future__ import annotations

import dataclasses
import logging
import shutil
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QThread, Signal

from core.config import RunConfig
from core.data.example import Example
from core.data.problems import DataError, Problem
from core.data.text_cursor import too_deep_problem
from desktop.workers.inspect_worker import plain_message

log = logging.getLogger(__name__)


@dataclass
class PreviewRequest:
    """One row rendered as training will see it (or a ready Example, for raw text)."""

    config: RunConfig
    kind: str
    row: dict | None = None
    row_number: int = 1  # 1-based, as the table shows it
    source_name: str = "dataset.jsonl"  # file name used in messages
    format_text: str | None = None  # a format file being edited, not yet saved
    example: Example | None = None


@dataclass
class PreviewResult:
    serial: int
    row_number: int
    example: Example | None
    tokens: object | None  # core.data.tokenize.TokenizedExample
    problems: list[Problem]
    error: str | None
    rendering: str = ""
    bos_token: str | None = None
    eos_token: str | None = None


@dataclass
class AnalysisRequest:
    """Every row checked, rendered and (with a tokenizer) measured."""

    config: RunConfig
    kind: str
    path: str  # the file; read as is when rows is None
    rows: list[dict] | None = None  # the rows as edited
    format_text: str | None = None  # a format file being edited, not yet saved
    format_name: str = "format.json"  # its file name, for messages


@dataclass
class AnalysisResult:
    serial: int
    kind: str
    rows: int = 0
    examples: int = 0
    lengths: list[int] | None = None  # full token length of each example, None without a tokenizer
    problems: list[Problem] = field(default_factory=list)
    rendering: str = ""
    error: str | None = None


@dataclass
class ChunkRequest:
    config: RunConfig
    text: str


@dataclass
class ChunkResult:
    serial: int
    chunks: list = field(default_factory=list)  # core.data.rawtext.RawChunk
    approximate: bool = True  # no tokenizer: words stand in for tokens
    error: str | None = None


@dataclass
class TokenizerInfo:
    model_dir: str
    ok: bool
    message: str
    bos_token: str | None = None
    eos_token: str | None = None


class _Aborted(Exception):
    pass


class Analyzer(QThread):
    tokenizer_ready = Signal(object)  # TokenizerInfo
    preview_ready = Signal(object)  # PreviewResult
    analysis_ready = Signal(object)  # AnalysisResult
    analysis_progress = Signal(int, int, int)  # serial, examples measured, examples in all
    chunks_ready = Signal(object)  # ChunkResult

    _ORDER = ("model", "preview", "format_preview", "chunks", "analysis")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._cond = threading.Condition()
        self._pending: dict[str, tuple[int, object]] = {}
        self._serial = 0
        self._stopping = False
        self._tokenizer = None
        self._tmp = Path(tempfile.mkdtemp(prefix="lorasmith-preview-"))

    # ------------------------------------------------------------ GUI side
    def submit(self, what: str, request) -> int:
        """Queue a request ("model", "preview", "format_preview", "chunks", "analysis"); returns its serial.
        A request waits only for the one running now; older ones of its sort are dropped."""
        with self._cond:
            self._serial += 1
            self._pending[what] = (self._serial, request)
            self._cond.notify()
            return self._serial

    def stop(self, wait_ms: int = 5000) -> None:
        with self._cond:
            self._stopping = True
            self._pending.clear()
            self._cond.notify()
        self.wait(wait_ms)
        shutil.rmtree(self._tmp, ignore_errors=True)

    @property
    def has_tokenizer(self) -> bool:
        return self._tokenizer is not None

    # ------------------------------------------------------------ worker side
    def run(self) -> None:
        while True:
            with self._cond:
                while not self._pending and not self._stopping:
                    self._cond.wait()
                if self._stopping:
                    return
                what = next(w for w in self._ORDER if w in self._pending)
                serial, request = self._pending.pop(what)
            self._handle(what, serial, request)

    def _handle(self, what: str, serial: int, request) -> None:
        handler = {
            "model": self._load_model,
            "preview": self._preview,
            "format_preview": self._preview,
            "chunks": self._chunks,
            "analysis": self._analyse,
        }[what]
        try:
            handler(serial, request)
        except _Aborted:
            pass
        except Exception as exc:  # a bug must not kill the worker: report it and go on
            log.exception("%s request failed", what)
            message = plain_message(exc)
            if what in ("preview", "format_preview"):
                self.preview_ready.emit(PreviewResult(serial, request.row_number, None, None, [], message))
            elif what == "analysis":
                self.analysis_ready.emit(AnalysisResult(serial, request.kind, error=message))
            elif what == "chunks":
                self.chunks_ready.emit(ChunkResult(serial, error=message))
            else:
                self.tokenizer_ready.emit(TokenizerInfo(str(request or ""), False, message))

    def _load_model(self, serial: int, model_dir) -> None:
        from core.data.tokenize import TextTokenizer

        if not model_dir:
            self._tokenizer = None
            self.tokenizer_ready.emit(TokenizerInfo("", False, ""))
            return
        try:
            self._tokenizer = TextTokenizer.from_model_dir(model_dir)
        except DataError as exc:
            self._tokenizer = None
            self.tokenizer_ready.emit(TokenizerInfo(str(model_dir), False, str(exc)))
            return
        tok = self._tokenizer
        self.tokenizer_ready.emit(TokenizerInfo(str(model_dir), True, "", tok.bos_token, tok.eos_token))

    def _rows_file(self, rows: list[dict], source_name: str) -> Path:
        """Rows written where prepare_examples can read them, named like the user's file."""
        from core.data.saving import rows_text

        name = Path(source_name)
        suffix = name.suffix.lower() if name.suffix.lower() in (".json", ".jsonl") else ".jsonl"
        path = self._tmp / f"{name.stem or 'dataset'}{suffix}"
        try:
            text = rows_text(rows, "json" if suffix == ".json" else "jsonl")
        except RecursionError:  # an edited cell nested past what JSON can write back
            raise DataError(too_deep_problem(str(name))) from None
        # A half character typed or pasted into a cell is written as its \u escape, which the reader replaces.
        path.write_text(text, encoding="utf-8", errors="backslashreplace")
        return path

    def _preview(self, serial: int, req: PreviewRequest) -> None:
        from core.data.pipeline import prepare_examples
        from core.data.tokenize import tokenize_example

        tok = self._tokenizer
        problems: list[Problem] = []
        error, rendering = None, ""
        example = req.example
        if example is None and req.format_text is not None:
            from core.data.rendering import FormatFile

            try:
                fmt = FormatFile.parse(req.format_text)
                example = fmt.render(req.row, req.row_number, train_on_prompt=req.config.train_on_prompt)
                rendering = "format"
            except DataError as exc:
                error = exc.problem.message
        elif example is None:
            try:
                path = self._rows_file([req.row], req.source_name)
                prepared = prepare_examples(req.config, path=str(path), tokenizer=tok, kind=req.kind)
                problems = [dataclasses.replace(p, row=req.row_number, path=None, line=None) for p in prepared.problems]
                rendering = prepared.rendering
                if prepared.examples:
                    example = dataclasses.replace(prepared.examples[0], source_row=req.row_number)
                else:
                    errors = [p for p in problems if p.severity == "error"]
                    error = errors[0].message if errors else "this row gives no training text"
            except DataError as exc:
                error = exc.problem.message
        tokens = None
        if example is not None and tok is not None:
            tokens = tokenize_example(example, tok, req.config.cutoff_len)
        self.preview_ready.emit(
            PreviewResult(
                serial,
                req.row_number,
                example,
                tokens,
                problems,
                error,
                rendering,
                tok.bos_token if tok else None,
                tok.eos_token if tok else None,
            )
        )

    def _chunks(self, serial: int, req: ChunkRequest) -> None:
        from core.data.rawtext import plan_chunks

        c, tok = req.config, self._tokenizer
        encode = tok.encode_offsets if tok is not None else _approximate_offsets()
        try:
            # The same settings prepare_examples passes to chunk_raw_text (a test holds them equal).
            chunks = plan_chunks(
                req.text,
                encode,
                cutoff_len=c.cutoff_len,
                overlap_len=c.overlap_len,
                newline_cut_len=c.newline_cut_len,
                hard_cut=c.hard_cut,
                min_block_chars=c.min_block_chars,
                add_eos=c.add_eos,
                special_tokens=1 if tok is not None and tok.add_bos else 0,
            )
        except DataError as exc:
            self.chunks_ready.emit(ChunkResult(serial, [], tok is None, str(exc)))
            return
        self.chunks_ready.emit(ChunkResult(serial, chunks, tok is None))

    def _check_interrupt(self, serial: int) -> None:
        """Between examples of a long job: answer a waiting preview, give up if outdated."""
        with self._cond:
            if self._stopping or "analysis" in self._pending or "model" in self._pending:
                raise _Aborted()
            waiting = [(w, self._pending.pop(w)) for w in ("preview", "format_preview") if w in self._pending]
        for what, (serial_, request) in waiting:
            self._handle(what, serial_, request)

    def _analyse(self, serial: int, req: AnalysisRequest) -> None:
        from core.data.pipeline import prepare_examples
        from core.data.tokenize import full_lengths

        tok = self._tokenizer
        config = req.config
        if req.format_text is not None:
            format_path = self._tmp / "edited" / Path(req.format_name).name
            format_path.parent.mkdir(exist_ok=True)
            format_path.write_text(req.format_text, encoding="utf-8")
            config = dataclasses.replace(config, format_file=str(format_path))
        try:
            path = req.path if req.rows is None else str(self._rows_file(req.rows, Path(req.path).name))
            prepared = prepare_examples(config, path=path, tokenizer=tok, kind=req.kind)
        except DataError as exc:
            self.analysis_ready.emit(AnalysisResult(serial, req.kind, error=str(exc.problem.message)))
            return
        self._check_interrupt(serial)
        problems = [dataclasses.replace(p, path=req.path) if p.path == path else p for p in prepared.problems]
        lengths = None
        if tok is not None:
            lengths = []
            total = len(prepared.examples)
            for i, length in enumerate(full_lengths(prepared.examples, tok)):
                if i % 512 == 0:
                    self._check_interrupt(serial)
                    self.analysis_progress.emit(serial, i, total)
                lengths.append(length)
            self.analysis_progress.emit(serial, total, total)
        self.analysis_ready.emit(
            AnalysisResult(
                serial, prepared.kind, prepared.rows, len(prepared.examples), lengths, problems, prepared.rendering
            )
        )


def _approximate_offsets():
    # The stand-in for tokens that prepare_examples uses when no model is chosen,
    # so the chunk marks match what it would cut.
    from core.data import pipeline

    return pipeline._approximate_offsets
