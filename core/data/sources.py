"""Read a user's dataset file: JSON, JSON Lines, CSV, Parquet, plain text, or a
folder of .txt files, in whatever encoding Windows saved it.

This module picks the reader for a file and returns a `SourceData`; it reads
Parquet files and folders of .txt files itself. The encoding is worked out in
core/data/encodings.py and the rows of JSON, JSON Lines and CSV files are read
as a stream by core/data/row_scanner.py; the names other code uses from those
(`detect_encoding`, `HEAD_BYTES`, `StreamedRows`) are importable from here too.

Every problem is reported where it is (file:line:column, or row N) and says what
to do. The encoding is never guessed silently: `encoding_note` tells the user
which one was used and how sure we are.

Files too large to hold in memory as rows are indexed once and read from disk on
demand (`StreamedRows`), so the caller gets a sequence of rows either way;
`iter_rows` streams rows from the start of a file for previews.
"""

from __future__ import annotations

import contextlib
import re
from array import array
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from core.data.encodings import ENCODING_LABELS, HEAD_BYTES, Encoding, decode_whole, detect_encoding, file_encoding
from core.data.problems import DataError, Problem
from core.data.row_checks import ProblemLog, empty_problem
from core.data.row_scanner import NeedsWholeFile, RowScanner, StreamedRows
from core.errors import one_line

__all__ = [
    "HEAD_BYTES",
    "SUPPORTED",
    "SourceData",
    "StreamedRows",
    "detect_encoding",
    "iter_rows",
    "natural_key",
    "read_source",
]

SUPPORTED = ".json, .jsonl, .csv, .tsv, .parquet, .txt, or a folder of .txt files"
_TYPES = {
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".tsv": "csv",
    ".parquet": "parquet",
    ".txt": "txt",
}
_HINTS = {
    ".xlsx": "in Excel, use Save As and choose CSV UTF-8",
    ".xls": "in Excel, use Save As and choose CSV UTF-8",
    ".zip": "extract it first",
    ".gz": "extract it first",
    ".7z": "extract it first",
    ".rar": "extract it first",
    ".docx": "in Word, use Save As and choose Plain Text (.txt)",
    ".md": "rename it to end in .txt",
}
MEMORY_FACTOR = 3  # rows held in memory take about this many times the file's size


@dataclass
class SourceData:
    path: str
    file_type: str  # "json" | "jsonl" | "csv" | "parquet" | "txt" | "txt-folder"
    encoding: str  # codec used: "utf-8", "utf-8-sig", "utf-16", "gb18030", "big5", ...
    encoding_note: str  # one plain sentence for the user
    rows: Sequence[dict] | None  # a list, or StreamedRows for files too large to hold; None for raw text
    text: str | None  # raw text for txt / txt-folder
    row_lines: Sequence[int] | None  # 1-based line where each row starts, None where not known
    problems: list[Problem] = field(default_factory=list)
    files: list[str] | None = None  # txt-folder: the files in the order used

    @property
    def streamed(self) -> bool:
        return self.rows is not None and not isinstance(self.rows, list)


class _ParquetRows(Sequence):
    """Rows of a Parquet file too large to hold: one row group in memory at a time."""

    def __init__(self, path: Path, group_starts: list[int], total: int):
        self._path, self._starts, self._total = path, group_starts, total
        self._group, self._rows = -1, []

    def __len__(self) -> int:
        return self._total

    def __iter__(self) -> Iterator[dict]:
        yield from _parquet_iter(self._path)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        i = index + self._total if index < 0 else index
        if not 0 <= i < self._total:
            raise IndexError(index)
        import bisect

        import pyarrow.parquet as pq

        group = bisect.bisect_right(self._starts, i) - 1
        if group != self._group:
            with _parquet_damage(self._path), pq.ParquetFile(self._path) as pf:
                self._rows, self._group = pf.read_row_group(group).to_pylist(), group
        return self._rows[i - self._starts[group]]


# ---------------------------------------------------------------- public API


def _file_type(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in _TYPES:
        return _TYPES[suffix]
    hint = f"{_HINTS[suffix]}. " if suffix in _HINTS else ""
    what = f"files ending in {suffix}" if suffix else "files without an extension"
    raise DataError(Problem(f"{what} cannot be read; {hint}Lorasmith reads {SUPPORTED}", path=str(path)))


def _size_text(n: float) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024
    return ""


def read_source(path: str | Path, *, memory_budget_bytes: int = 2 * 1024**3) -> SourceData:
    """Read a dataset file or folder. Raises DataError for anything unusable.

    JSON lists, JSON Lines, CSV and Parquet files whose rows would need more than
    `memory_budget_bytes` come back with `rows` as a sequence read from disk on
    demand, so every caller can treat them alike.
    """
    p = Path(path)
    if not p.exists():
        raise DataError(Problem("the file was not found; check that it was not moved or renamed", path=str(p)))
    if p.is_dir():
        return _read_folder(p, memory_budget_bytes)
    file_type = _file_type(p)
    size = p.stat().st_size
    if size == 0:
        raise DataError(empty_problem(p))
    if file_type == "parquet":
        return _read_parquet(p, memory_budget_bytes)
    enc = file_encoding(p)
    if file_type == "txt":
        return _read_text_file(p, size, enc, memory_budget_bytes)
    return _read_rows(p, file_type, size, enc, memory_budget_bytes)


def _read_text_file(p: Path, size: int, enc: Encoding, memory_budget_bytes: int) -> SourceData:
    """A plain text file, held whole."""
    if size * 2 > memory_budget_bytes:
        raise DataError(
            Problem(
                f"this text file is {_size_text(size)}, more than fits in memory at once; split "
                "it into smaller files and train on part of it",
                path=str(p),
            )
        )
    text = decode_whole(p, enc)
    if not text.strip():
        raise DataError(empty_problem(p))
    return SourceData(str(p), "txt", enc.name, enc.note, None, text, None, [], None)


def _read_rows(p: Path, file_type: str, size: int, enc: Encoding, memory_budget_bytes: int) -> SourceData:
    """The rows of a JSON, JSON Lines or CSV file: held in memory, or indexed and streamed when too large."""
    stream = size * MEMORY_FACTOR > memory_budget_bytes
    scanner, log = RowScanner(p, file_type, enc, track_bytes=stream), ProblemLog(str(p))
    rows: list[dict] = []
    offsets, lines = array("q"), array("q")
    duplicates = _Duplicates(log)
    try:
        for row, line, byte, value in scanner.rows(log, allow_document=not stream):
            duplicates.see(row, line, value)
            if stream:
                offsets.append(byte)
            else:
                rows.append(value)
            lines.append(line)
    except NeedsWholeFile:
        raise DataError(
            Problem(
                f"this file is {_size_text(size)}, too large to read at once, and its rows are not "
                "a plain JSON list; save them as a list [ ... ] or as JSON Lines (.jsonl) so they "
                "can be read in pieces",
                path=str(p),
            )
        ) from None
    if not lines:
        raise DataError(empty_problem(p))
    data: Sequence[dict] = StreamedRows(scanner, offsets, lines) if stream else rows
    return SourceData(
        str(p), file_type, enc.name, enc.note, data, None, lines if stream else list(lines), log.finish(), None
    )


def iter_rows(path: str | Path) -> Iterator[tuple[int, dict]]:
    """(row number, row) from the start of a JSON list, JSON Lines, CSV or Parquet
    file, read as it goes rather than all at once."""
    p = Path(path)
    file_type = "txt-folder" if p.is_dir() else _file_type(p)
    if file_type in ("txt", "txt-folder"):
        raise DataError(Problem("plain text has no rows: it is trained as raw text", path=str(p)))
    if p.stat().st_size == 0:
        raise DataError(empty_problem(p))
    if file_type == "parquet":
        yield from enumerate(_parquet_iter(p), 1)
        return
    scanner = RowScanner(p, file_type, file_encoding(p))
    try:
        for row, _, _, value in scanner.rows(ProblemLog(None), allow_document=False):
            yield row, value
    except NeedsWholeFile:
        yield from enumerate(read_source(p).rows or [], 1)


class _Duplicates:
    def __init__(self, log: ProblemLog):
        self.log, self.seen = log, {}

    def see(self, row: int, line: int | None, value: dict) -> None:
        key = hash(repr(value))  # the same row written the same way; much faster than re-encoding JSON
        first = self.seen.setdefault(key, (row, line))
        if first[0] != row:
            where = f" (line {first[1]})" if first[1] else ""
            self.log.warn(
                f"row {row} repeats row {first[0]}{where} exactly; repeats are kept, but they make the model "
                "memorise that row, so delete one if it was not on purpose",
                kind="duplicate",
                row=row,
                line=line,
            )


# pyarrow refuses schemas nested past 100 levels itself, so Parquet rows never nest deeper than
# MAX_NESTING (the depth row_checks.checked_row allows) and need no walk.
def _parquet_open(path: Path):
    import pyarrow.parquet as pq

    try:
        return pq.ParquetFile(path)
    except Exception as exc:  # pyarrow raises several types for damaged files
        raise DataError(
            Problem(
                f"this is not a readable Parquet file ({one_line(exc)}); export it again, or save "
                "the data as JSON Lines or CSV",
                path=str(path),
            )
        ) from None


@contextlib.contextmanager
def _parquet_damage(path: Path):
    """Inside: pyarrow reading the rows of a file whose header was readable. Damage further in shows
    only now, as Arrow's errors or as a text, date or number that cannot be converted."""
    import pyarrow as pa

    try:
        yield
    except (pa.ArrowException, OSError, ValueError, OverflowError) as exc:
        raise DataError(
            Problem(
                f"this Parquet file is damaged, or holds a value that cannot be read "
                f"({one_line(exc)}); export it again, or save the data as JSON Lines or CSV",
                path=str(path),
            )
        ) from None


def _parquet_iter(path: Path) -> Iterator[dict]:
    with _parquet_open(path) as pf, _parquet_damage(path):
        for batch in pf.iter_batches(batch_size=1024):
            yield from batch.to_pylist()


def _read_parquet(path: Path, budget: int) -> SourceData:
    log = ProblemLog(str(path))
    with _parquet_open(path) as pf, _parquet_damage(path):
        meta = pf.metadata
        if meta.num_rows == 0:
            raise DataError(empty_problem(path))
        groups = [meta.row_group(i) for i in range(meta.num_row_groups)]
        stream = sum(g.total_byte_size for g in groups) * MEMORY_FACTOR > budget
        rows = None if stream else pf.read().to_pylist()
    starts = [0]
    for g in groups[:-1]:
        starts.append(starts[-1] + g.num_rows)
    data = _ParquetRows(path, starts, meta.num_rows) if stream else rows
    duplicates = _Duplicates(log)
    for i, row in enumerate(data, 1):
        duplicates.see(i, None, row)
    return SourceData(
        str(path),
        "parquet",
        "binary",
        "Parquet stores its text as UTF-8, so there is no encoding to guess.",
        data,
        None,
        None,
        log.finish(),
        None,
    )


def natural_key(name: str) -> list:
    """Sort key that puts file2 before file10."""
    return [int(t) if t.isdigit() else t.casefold() for t in re.split(r"(\d+)", name)]


def _read_folder(folder: Path, budget: int) -> SourceData:
    files = sorted(
        (f for f in folder.iterdir() if f.is_file() and f.suffix.lower() == ".txt" and not f.name.startswith(".")),
        key=lambda f: natural_key(f.name),
    )
    if not files:
        raise DataError(
            Problem(
                "this folder holds no .txt files; put the texts to train on in .txt files inside it "
                "(other files are ignored)",
                path=str(folder),
            )
        )
    total = sum(f.stat().st_size for f in files)
    if total * 2 > budget:
        raise DataError(
            Problem(
                f"the .txt files here add up to {_size_text(total)}, more than fits in memory at "
                "once; move some of them to another folder",
                path=str(folder),
            )
        )
    parts, used, encodings, problems = [], [], [], []
    for f in files:
        enc = file_encoding(f) if f.stat().st_size else None
        text = decode_whole(f, enc) if enc else ""
        if not text.strip():
            problems.append(Problem("this file is empty and was skipped", path=str(f), severity="warning"))
            continue
        parts.append(text.strip("\n"))  # the files are joined by a hard cut of exactly two blank lines
        used.append(str(f))
        encodings.append((f.name, enc))
    if not parts:
        raise DataError(
            Problem("every .txt file in this folder is empty; put the texts to train on in them", path=str(folder))
        )
    names = {e.name for _, e in encodings}
    if len(names) == 1:
        enc = encodings[0][1]
        note = enc.note if len(encodings) == 1 else f"All {len(encodings)} files: {enc.note[0].lower()}{enc.note[1:]}"
        name = enc.name
    else:
        groups: dict[str, list[str]] = {}
        for file_name, e in encodings:
            groups.setdefault(ENCODING_LABELS.get(e.name, e.name), []).append(file_name)
        name = "mixed"
        note = (
            "The files use different encodings: "
            + "; ".join(
                f"{', '.join(fs[:3])}{f' and {len(fs) - 3} more' if len(fs) > 3 else ''} as {label}"
                for label, fs in groups.items()
            )
            + "."
        )
    return SourceData(str(folder), "txt-folder", name, note, None, "\n\n\n".join(parts), None, problems, used)
