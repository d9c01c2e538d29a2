"""Reading a dataset off the GUI thread (measuring it is in analysis_worker.py).

FileLoader reads one file for the Dataset screen. A small file is read in the
loader's own QThread and arrives in one go. A large one is read by a child
process (`python -m desktop.workers.inspect_worker FILE`) that streams its rows
back in batches, so the table fills while the file is read and the GUI
process never parses: a reader thread parsing in the GUI process competes
with the window for Python's interpreter lock, and each table repaint makes
hundreds of calls into Python, so the window would stall on every batch.

Only core.data is used here: nothing that pulls torch into the GUI process.
"""

from __future__ import annotations

import logging
import os
import pickle
import struct
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QThread, Signal

from core import launch
from core.data.problems import DataError, Problem
from core.errors import UserError

log = logging.getLogger(__name__)

SMALL_FILE_BYTES = 8 << 20  # read whole in one go below this size; stream above it
FIRST_BATCH_ROWS = 200  # rows in the first batch: enough to detect the kind
BATCH_SECONDS = 0.25  # later batches: what was read in this long (each costs the window a repaint)
_FRAME = struct.Struct("<I")  # child -> parent: length-prefixed pickles of (what, payload)


@dataclass
class LoadHeader:
    """What is known as soon as the first rows are read."""

    path: str
    file_type: str
    encoding: str
    encoding_note: str
    detection: object  # core.data.schemas.Detection
    streaming: bool


@dataclass
class LoadResult:
    path: str
    rows: int
    encoding: str
    encoding_note: str
    problems: list[Problem]
    row_lines: list[int] | None


def plain_message(exc: Exception) -> str:
    """A user's mistake as core worded it; anything else with its type, for a bug report."""
    return str(exc) if isinstance(exc, UserError) else f"{type(exc).__name__}: {exc}"


def _head_encoding(path: Path) -> tuple[str, str]:
    from core.data.sources import HEAD_BYTES, detect_encoding

    with open(path, "rb") as fh:
        head = fh.read(HEAD_BYTES)
    # Judge whole lines only: a character cut at the end of the sample is not an encoding error.
    cut = head.rfind(b"\n")
    return detect_encoding(head[: cut + 1] if cut > 0 else head)


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
        source = sources.read_source(path)  # a JSON document that is not a plain list: read whole
    row_lines = list(source.row_lines) if source.row_lines is not None else None
    problems = list(source.problems) + schemas.check_rows(
        source.rows, detection.kind, path=str(path), row_lines=row_lines
    )
    send("done", LoadResult(str(path), count, source.encoding, source.encoding_note, problems, row_lines))


def reader_command(path: str | Path) -> list[str]:
    """The child that streams a large file (a frozen build runs itself, see core.launch)."""
    return launch.engine_command("desktop.workers.inspect_worker", str(path))


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
    except UserError as exc:  # the file's fault: the window shows the message; a bug keeps its traceback
        send("error", str(exc))
    except BrokenPipeError:
        return 0  # the window cancelled the read
    return 0


engine_main = main  # started as a child engine (see core.launch)


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
    header_ready = Signal(object)  # LoadHeader
    rows_ready = Signal(object)  # list[dict]: a batch, in file order
    progress = Signal(int)  # rows read so far
    checking = Signal()  # every row is read; now checking them
    text_ready = Signal(object)  # SourceData of a text file or folder (raw text)
    finished_ok = Signal(object)  # LoadResult
    failed = Signal(str)  # a message for the user

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
        except UserError as exc:
            if not self._cancelled:
                self.failed.emit(str(exc))
        except Exception as exc:  # a bug, not the user's data: keep the app alive, log it
            log.exception("reading %s failed", self.path)
            if not self._cancelled:
                self.failed.emit(plain_message(exc))

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
        self.header_ready.emit(
            LoadHeader(str(path), source.file_type, source.encoding, source.encoding_note, detection, False)
        )
        self.rows_ready.emit(rows)
        self.progress.emit(len(rows))
        problems = list(source.problems) + schemas.check_rows(
            rows, detection.kind, path=str(path), row_lines=source.row_lines
        )
        if not self._cancelled:
            self.finished_ok.emit(
                LoadResult(str(path), len(rows), source.encoding, source.encoding_note, problems, source.row_lines)
            )

    def _stream_in_child(self, path: Path) -> None:
        signals = {
            "header": self.header_ready.emit,
            "rows": self.rows_ready.emit,
            "progress": self.progress.emit,
            "checking": lambda _: self.checking.emit(),
            "done": self.finished_ok.emit,
            "error": self.failed.emit,
        }
        ended = False
        with tempfile.TemporaryFile() as errors:
            self._process = process = launch.start_child(
                reader_command(path), text=False, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=errors
            )
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
                raise RuntimeError(
                    f"the dataset reader stopped unexpectedly (exit code {code}). "
                    f"{tail.splitlines()[-1] if tail else ''}".strip()
                )


if __name__ == "__main__":
    # Run through the module's real name, so the records it pickles name
    # desktop.workers.inspect_worker (which the window can load), not __main__.
    from desktop.workers.inspect_worker import main as _main

    raise SystemExit(_main())
