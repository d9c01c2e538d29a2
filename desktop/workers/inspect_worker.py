"""Reading, checking and measuring a dataset off the GUI thread.

FileLoader reads one file for the Dataset screen. A small file is read in the
loader's own QThread and arrives in one go. A large one is read by a child
process (`python -m desktop.workers.inspect_worker FILE`) that streams its rows
back in batches, so the table fills while the file is read and the GUI
process never parses: a reader thread parsing in the GUI process competes
with the window for Python's interpreter lock, and each table repaint makes
hundreds of calls into Python, so the window would stall on every batch.

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
import os
import pickle
import shutil
import struct
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QThread, Signal

from core import frozen
from core.config import RunConfig
from core.data.example import Example
from core.data.problems import DataError, Problem

log = logging.getLogger(__name__)

SMALL_FILE_BYTES = 8 << 20     # read whole in one go below this size; stream above it
FIRST_BATCH_ROWS = 200         # rows in the first batch: enough to detect the kind
BATCH_SECONDS = 0.25           # later batches: what was read in this long (each costs the window a repaint)
_FRAME = struct.Struct("<I")   # child -> parent: length-prefixed pickles of (what, payload)


@dataclass
class LoadHeader:
    """What is known as soon as the first rows are read."""
    path: str
    file_type: str
    encoding: str
    encoding_note: str
    detection: object            # core.data.schemas.Detection
    streaming: bool


@dataclass
class LoadResult:
    path: str
    rows: int
    encoding: str
    encoding_note: str
    problems: list[Problem]
    row_lines: list[int] | None


def _plain_message(exc: Exception) -> str:
    return str(exc) if isinstance(exc, DataError) else f"{type(exc).__name__}: {exc}"


def _head_encoding(path: Path) -> tuple[str, str]:
    from core.data.sources import HEAD_BYTES, detect_encoding

    with open(path, "rb") as fh:
        head = fh.read(HEAD_BYTES)
    # Judge whole lines only: a character cut at the end of the sample is not an encoding error.
    cut = head.rfind(b"\n")
    return detect_encoding(head[:cut + 1] if cut > 0 else head)


def stream_file(path: Path, send, cancelled=lambda: False) -> None:
    """Read a row file from its start, calling send(what, payload) with
    "header", "rows" (batches), "progress", "checking" and finally "done".
    Memory stays flat: rows are handed on, and the check reads the file again
    from disk rather than keeping them."""
    from core.data import schemas, sources

    file_type = "parquet" if path.suffix.lower() == ".parquet" else path.suffix.lower().lstrip(".")
    encoding, note = ("binary", "") if file_type == "parquet" else _head_encoding(path)
    batch: list[dict] = []
    detection = None
    count = 0
    last_flush = time.monotonic()
    for _, row in sources.iter_rows(path):
        if cancelled():
            return
        batch.append(row)
        count += 1
        if detection is None:
            if len(batch) < FIRST_BATCH_ROWS:
                continue
            detection = schemas.detect_kind(batch)
            send("header", LoadHeader(str(path), file_type, encoding, note, detection, True))
        elif time.monotonic() - last_flush < BATCH_SECONDS:
            continue
        send("rows", batch)
        send("progress", count)
        batch, last_flush = [], time.monotonic()
    if detection is None:
        detection = schemas.detect_kind(batch)
        send("header", LoadHeader(str(path), file_type, encoding, note, detection, True))
    if batch:
        send("rows", batch)
    send("progress", count)
    send("checking", None)
    # Index-only (nothing held in memory): the file's own problems, the line of
    # each row, then every row checked as it is read back from disk.
    try:
        source = sources.read_source(path, memory_budget_bytes=1)
    except DataError:
        source = sources.read_source(path)   # a JSON document that is not a plain list: read whole
    row_lines = list(source.row_lines) if source.row_lines is not None else None
    problems = list(source.problems) + schemas.check_rows(source.rows, detection.kind, path=str(path),
                                                          row_lines=row_lines)
    send("done", LoadResult(str(path), count, source.encoding, source.encoding_note, problems, row_lines))


def reader_command(path: str | Path) -> list[str]:
    """The child that streams a large file (a frozen build runs itself, see core.frozen)."""
    return frozen.engine_command("inspect", str(path))


def main(argv: list[str] | None = None) -> int:
    """Child entry: stream the rows of one file to stdout as length-prefixed pickles."""
    argv = list(sys.argv[1:] if argv is None else argv)
    # A windowed frozen build may have no sys.stdout even when its handle is our pipe.
    out = getattr(sys.stdout, "buffer", None) or os.fdopen(1, "wb", closefd=False)

    def send(what: str, payload) -> None:
        data = pickle.dumps((what, payload), protocol=pickle.HIGHEST_PROTOCOL)
        out.write(_FRAME.pack(len(data)))
        out.write(data)
        out.flush()

    try:
        stream_file(Path(argv[0]), send)
    except DataError as exc:
        send("error", str(exc))
    except BrokenPipeError:
        return 0   # the window cancelled the read
    return 0


def _read_exact(stream, n: int) -> bytes | None:
    chunks, left = [], n
    while left:
        chunk = stream.read(left)
        if not chunk:
            return None
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


class FileLoader(QThread):
    header_ready = Signal(object)     # LoadHeader
    rows_ready = Signal(object)       # list[dict]: a batch, in file order
    progress = Signal(int)            # rows read so far
    checking = Signal()               # every row is read; now checking them
    text_ready = Signal(object)       # SourceData of a text file or folder (raw text)
    finished_ok = Signal(object)      # LoadResult
    failed = Signal(str)              # a message for the user

    def __init__(self, path: str | Path, parent=None, *, small_file_bytes: int = SMALL_FILE_BYTES):
        super().__init__(parent)
        self.path = Path(path)
        self.small_file_bytes = small_file_bytes
        self._cancelled = False
        self._process: subprocess.Popen | None = None

    def cancel(self) -> None:
        self._cancelled = True
        process = self._process
        if process is not None and process.poll() is None:
            process.kill()

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def run(self) -> None:
        try:
            self._load()
        except DataError as exc:
            if not self._cancelled:
                self.failed.emit(str(exc))
        except Exception as exc:   # a bug, not the user's data: keep the app alive, log it
            log.exception("reading %s failed", self.path)
            if not self._cancelled:
                self.failed.emit(_plain_message(exc))

    def _load(self) -> None:
        from core.data import schemas, sources

        path = self.path
        if path.is_dir() or path.suffix.lower() == ".txt":
            source = sources.read_source(path)
            if not self._cancelled:
                self.text_ready.emit(source)
            return
        if not path.exists():
            raise DataError(Problem("the file was not found; check that it was not moved or renamed", path=str(path)))
        if path.stat().st_size > self.small_file_bytes:
            self._stream_in_child(path)
            return
        source = sources.read_source(path)
        rows = list(source.rows)
        detection = schemas.detect_kind(rows)
        if self._cancelled:
            return
        self.header_ready.emit(LoadHeader(str(path), source.file_type, source.encoding, source.encoding_note,
                                          detection, False))
        self.rows_ready.emit(rows)
        self.progress.emit(len(rows))
        problems = list(source.problems) + schemas.check_rows(rows, detection.kind, path=str(path),
                                                              row_lines=source.row_lines)
        if not self._cancelled:
            self.finished_ok.emit(LoadResult(str(path), len(rows), source.encoding, source.encoding_note,
                                             problems, source.row_lines))

    def _stream_in_child(self, path: Path) -> None:
        from core.paths import REPO_ROOT

        signals = {"header": self.header_ready.emit, "rows": self.rows_ready.emit, "progress": self.progress.emit,
                   "checking": lambda _: self.checking.emit(), "done": self.finished_ok.emit,
                   "error": self.failed.emit}
        env = dict(os.environ, PYTHONIOENCODING="utf-8")
        flags = subprocess.CREATE_NO_WINDOW if sys.platform == "win32" else 0
        ended = False
        with tempfile.TemporaryFile() as errors:
            self._process = process = subprocess.Popen(
                reader_command(path), cwd=str(REPO_ROOT), env=env, stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE, stderr=errors, creationflags=flags)
            if self._cancelled:
                process.kill()
            try:
                while not self._cancelled:
                    head = _read_exact(process.stdout, _FRAME.size)
                    body = head and _read_exact(process.stdout, _FRAME.unpack(head)[0])
                    if not body:
                        break
                    what, payload = pickle.loads(body)
                    if self._cancelled:
                        break
                    signals[what](payload)
                    ended = what in ("done", "error")
            finally:
                if process.poll() is None:
                    process.kill()
                process.stdout.close()
                code = process.wait()
            if not ended and not self._cancelled:
                errors.seek(0)
                tail = errors.read()[-2000:].decode("utf-8", "replace").strip()
                log.error("the dataset reader exited with %s: %s", code, tail)
                raise RuntimeError(f"the dataset reader stopped unexpectedly (exit code {code}). "
                                   f"{tail.splitlines()[-1] if tail else ''}".strip())


# ====================================================================== analysis

@dataclass
class PreviewRequest:
    """One row rendered as training will see it (or a ready Example, for raw text)."""
    config: RunConfig
    kind: str
    row: dict | None = None
    row_number: int = 1                 # 1-based, as the table shows it
    source_name: str = "dataset.jsonl"  # file name used in messages
    format_text: str | None = None      # a format file being edited, not yet saved
    example: Example | None = None


@dataclass
class PreviewResult:
    serial: int
    row_number: int
    example: Example | None
    tokens: object | None               # core.data.tokenize.TokenizedExample
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
    path: str                           # the file; read as is when rows is None
    rows: list[dict] | None = None      # the rows as edited
    format_text: str | None = None      # a format file being edited, not yet saved
    format_name: str = "format.json"    # its file name, for messages


@dataclass
class AnalysisResult:
    serial: int
    kind: str
    rows: int = 0
    examples: int = 0
    lengths: list[int] | None = None    # full token length of each example, None without a tokenizer
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
    chunks: list = field(default_factory=list)   # core.data.rawtext.RawChunk
    approximate: bool = True                     # no tokenizer: words stand in for tokens
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
    tokenizer_ready = Signal(object)   # TokenizerInfo
    preview_ready = Signal(object)     # PreviewResult
    analysis_ready = Signal(object)    # AnalysisResult
    analysis_progress = Signal(int, int, int)   # serial, examples measured, examples in all
    chunks_ready = Signal(object)      # ChunkResult

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
        handler = {"model": self._load_model, "preview": self._preview, "format_preview": self._preview,
                   "chunks": self._chunks, "analysis": self._analyse}[what]
        try:
            handler(serial, request)
        except _Aborted:
            pass
        except Exception as exc:   # a bug must not kill the worker: report it and go on
            log.exception("%s request failed", what)
            message = _plain_message(exc)
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
        from desktop.views.dataset_io import rows_text

        name = Path(source_name)
        suffix = name.suffix.lower() if name.suffix.lower() in (".json", ".jsonl") else ".jsonl"
        path = self._tmp / f"{name.stem or 'dataset'}{suffix}"
        path.write_text(rows_text(rows, "json" if suffix == ".json" else "jsonl"), encoding="utf-8")
        return path

    def _preview(self, serial: int, req: PreviewRequest) -> None:
        from core.data.pipeline import prepare_examples
        from core.data.tokenize import tokenize_example

        tok = self._tokenizer
        problems: list[Problem] = []
        error, rendering = None, ""
        example = req.example
        if example is None and req.format_text is not None:
            from core.data.formats import FormatFile
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
                problems = [dataclasses.replace(p, row=req.row_number, path=None, line=None)
                            for p in prepared.problems]
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
        self.preview_ready.emit(PreviewResult(serial, req.row_number, example, tokens, problems, error, rendering,
                                              tok.bos_token if tok else None, tok.eos_token if tok else None))

    def _chunks(self, serial: int, req: ChunkRequest) -> None:
        from core.data.rawtext import plan_chunks

        c, tok = req.config, self._tokenizer
        encode = tok.encode_offsets if tok is not None else _approximate_offsets()
        try:
            # The same settings prepare_examples passes to chunk_raw_text (a test holds them equal).
            chunks = plan_chunks(req.text, encode, cutoff_len=c.cutoff_len, overlap_len=c.overlap_len,
                                 newline_cut_len=c.newline_cut_len, hard_cut=c.hard_cut,
                                 min_block_chars=c.min_block_chars, add_eos=c.add_eos,
                                 special_tokens=1 if tok is not None and tok.add_bos else 0)
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
        path = req.path if req.rows is None else str(self._rows_file(req.rows, Path(req.path).name))
        config = req.config
        if req.format_text is not None:
            format_path = self._tmp / "edited" / Path(req.format_name).name
            format_path.parent.mkdir(exist_ok=True)
            format_path.write_text(req.format_text, encoding="utf-8")
            config = dataclasses.replace(config, format_file=str(format_path))
        try:
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
        self.analysis_ready.emit(AnalysisResult(serial, prepared.kind, prepared.rows, len(prepared.examples),
                                                lengths, problems, prepared.rendering))


def _approximate_offsets():
    # The stand-in for tokens that prepare_examples uses when no model is chosen,
    # so the chunk marks match what it would cut.
    from core.data import pipeline
    return pipeline._approximate_offsets


if __name__ == "__main__":
    # Run through the module's real name, so the records it pickles name
    # desktop.workers.inspect_worker (which the window can load), not __main__.
    from desktop.workers.inspect_worker import main as _main
    raise SystemExit(_main())
