"""The rows of a JSON, JSON Lines or CSV file, read as a stream from its start or
from a row whose byte offset an earlier pass recorded.

`RowScanner` yields each row with its row number, line and (when asked) byte
offset, turning what is wrong with the file into problems that say where and
what to do (worded in core/data/row_checks.py); `StreamedRows` is the sequence
of rows of a file too large to hold, indexed once and read from disk on demand.
"""

from __future__ import annotations

import csv
import json
from array import array
from collections.abc import Iterator, Sequence
from pathlib import Path

from core.data.encodings import Encoding
from core.data.problems import DataError, Problem
from core.data.row_checks import (
    LONE_SURROGATE,
    ProblemLog,
    checked_row,
    csv_header,
    empty_problem,
    refuse_registry,
    type_name,
)
from core.data.text_cursor import TextCursor, json_hint, number_too_long, too_deep_problem

WINDOW = 256  # rows of a streamed file read together on a random access


class NeedsWholeFile(Exception):
    """A JSON file that is not a plain list of rows: it can only be read whole."""


class RowScanner:
    """Reads the rows of one JSON / JSON Lines / CSV file from its start or from a known row."""

    def __init__(self, path: Path, file_type: str, enc: Encoding, *, track_bytes: bool = False):
        self.path, self.file_type, self.enc, self.track = path, file_type, enc, track_bytes
        self.mode: str | None = None  # "array", "lines" or "csv" once the start has been read
        self.header: list[str] | None = None
        self.delimiter = "\t" if path.suffix.lower() == ".tsv" else ","

    def rows(self, log: ProblemLog, *, allow_document: bool):
        """Yields (row number, line, byte offset or None, row) from the start of the file."""
        cur = TextCursor(self.path, self.enc, track_bytes=self.track)
        try:
            if self.file_type == "csv":
                yield from self._csv(cur, log, 1, from_start=True)
            elif self.file_type == "jsonl":
                if cur.peek() == "[":
                    log.warn(
                        "this .jsonl file holds one JSON list rather than one object per line; it was read "
                        "as a JSON list"
                    )
                    yield from self._array(cur, log, 1, inside=False)
                else:
                    yield from self._lines(cur, log, 1)
            else:
                yield from self._json(cur, log, allow_document)
        finally:
            cur.close()

    def rows_from(self, start: int, row: int, line: int):
        """Rows from a byte offset recorded by an earlier pass with track_bytes."""
        cur = TextCursor(self.path, self.enc, start=start, line=line)
        try:
            if self.mode == "csv":
                yield from self._csv(cur, ProblemLog(None), row, from_start=False)
            elif self.mode == "lines":
                yield from self._lines(cur, ProblemLog(None), row)
            else:
                yield from self._array(cur, ProblemLog(None), row, inside=True)
        finally:
            cur.close()

    def _json(self, cur: TextCursor, log: ProblemLog, allow_document: bool):
        first = cur.peek()
        if first == "":
            raise DataError(empty_problem(self.path))
        if first == "[":
            yield from self._array(cur, log, 1, inside=False)
            return
        if first == "{":
            # One object on the first line and more after it: JSON Lines saved as .json.
            try:
                one = json.loads(cur.peek_line())
            except (ValueError, RecursionError):  # not one JSON object on that line
                one = None
            nl = cur.buf.find("\n", cur.pos)
            if isinstance(one, dict) and nl >= 0 and cur.buf[nl:].strip():
                log.warn("this .json file holds one JSON object per line (JSON Lines); it was read that way")
                yield from self._lines(cur, log, 1)
                return
        if not allow_document:
            raise NeedsWholeFile()
        yield from self._document(cur, log)

    def _document(self, cur: TextCursor, log: ProblemLog):
        cur.read_all()
        start = cur.pos
        doc, end = cur.value()
        cur.pos = end
        if cur.peek():
            raise cur.error(
                cur.pos,
                "there is more text after the end of the JSON data; remove it, or put all rows in one list [ ... ]",
            )
        if not isinstance(doc, dict):
            raise DataError(
                Problem(
                    f"the file holds {type_name(doc)}, not a list of rows; put the rows in a "
                    "list: [ {...}, {...} ]",
                    path=str(self.path),
                )
            )
        refuse_registry(doc, self.path)
        lists = [k for k, v in doc.items() if isinstance(v, list)]
        if len(lists) != 1:
            what = (
                f"several lists ({', '.join(lists)}); keep the one with the rows in a file of its own"
                if lists
                else "a single object, not a list of rows; put the rows in a list: [ {...}, {...} ]"
            )
            raise DataError(Problem(f"the file holds {what}", path=str(self.path)))
        key = lists[0]
        log.warn(f'the rows were found in the "{key}" list inside the file\'s top-level object and read from there')
        # Walk the object again to reach the list, so rows keep their line numbers.
        cur.pos = start + 1
        while True:
            cur.peek()
            name, end = cur.value()
            cur.pos = end
            cur.peek()
            cur.pos += 1  # ':'
            if name == key and cur.peek() == "[":
                yield from self._array(cur, log, 1, inside=False, top=False)
                return
            cur.peek()
            cur.pos = cur.value()[1]
            cur.peek()
            cur.pos += 1  # ','

    def _array(self, cur: TextCursor, log: ProblemLog, row: int, *, inside: bool, top: bool = True):
        self.mode = "array"
        if not inside:
            cur.pos += 1  # '['
            if cur.peek() == "]":
                cur.pos += 1
                return
        path = str(self.path)
        while True:
            if cur.peek() == "":
                raise cur.error(
                    cur.pos,
                    "the file ends before the list is closed with ]; it may have been cut short, so check its end",
                )
            line = cur.line_at(cur.pos)
            byte = cur.byte_at(cur.pos) if cur.track else None
            value, end = cur.value()  # the row's text is cur.buf[cur.pos:end] (value() may move the buffer)
            checked = checked_row(
                value,
                cur.buf,
                cur.pos,
                end,
                row=row,
                line=line,
                path=path,
                lines_file=False,
                log=log,
                escaped=cur.escaped,
            )
            cur.pos = end
            yield row, line, byte, checked
            row += 1
            ch = cur.peek()
            if ch == ",":
                cur.pos += 1
                if cur.peek() == "]":
                    log.warn("there is a comma after the last row; it was ignored", line=cur.line_at(cur.pos))
                    ch = "]"
                else:
                    continue
            if ch == "]":
                cur.pos += 1
                if top and not inside and cur.peek():
                    raise cur.error(cur.pos, "there is more text after the list's closing ]; remove it")
                return
            if ch == "":
                raise cur.error(
                    cur.pos,
                    "the file ends before the list is closed with ]; it may have been cut short, so check its end",
                )
            raise cur.error(
                cur.pos,
                "invalid JSON: a comma between rows (or ] to close the list) was expected "
                "here; a comma is probably missing",
            )

    def _lines(self, cur: TextCursor, log: ProblemLog, row: int):
        self.mode = "lines"
        blank, pending, path = [], [], str(self.path)
        while (got := cur.readline()) is not None:
            text, line, byte = got
            if not text.strip():
                pending.append(line)
                continue
            blank += pending
            pending = []
            try:
                value = json.loads(text)
            except json.JSONDecodeError as exc:
                hint = (
                    "the line ends before its JSON object is complete (it may have been cut short)"
                    if not text[exc.pos :].strip()
                    else f"invalid JSON: {json_hint(exc.msg)}"
                )
                raise DataError(
                    Problem(
                        f"{hint}; each line must be one complete JSON object, so fix or delete this line",
                        path=path,
                        line=line,
                        column=min(exc.pos, len(text.rstrip("\r\n"))) + 1,
                    )
                ) from None
            except RecursionError:
                raise DataError(too_deep_problem(path, row, line)) from None
            except ValueError as exc:  # a number too long to read (Python's limit on digits)
                raise DataError(Problem(number_too_long(exc), path=path, row=row, line=line)) from None
            yield (
                row,
                line,
                byte,
                checked_row(
                    value,
                    text,
                    0,
                    len(text),
                    row=row,
                    line=line,
                    path=path,
                    lines_file=True,
                    log=log,
                    escaped=cur.escaped,
                ),
            )
            row += 1
        if blank:
            shown = ", ".join(map(str, blank[:10])) + (", ..." if len(blank) > 10 else "")
            many = len(blank) > 1
            log.warn(
                f"{len(blank)} blank line{'s were' if many else ' was'} skipped (line{'s' if many else ''} {shown})",
                line=blank[0],
            )

    def _csv(self, cur: TextCursor, log: ProblemLog, row: int, *, from_start: bool):
        self.mode = "csv"
        path, pulled = str(self.path), []
        if from_start:
            self.header = None
        if from_start and self.path.suffix.lower() == ".csv":
            first = cur.peek_line()
            if "," not in first:  # Excel in many countries separates cells with ";"
                self.delimiter = max(";\t|", key=first.count) if any(d in first for d in ";\t|") else ","

        def lines():
            while (got := cur.readline()) is not None:
                pulled.append(got)
                yield got[0]

        csv.field_size_limit(2**31 - 1)  # long answers exceed the module's default of 128 KB
        reader = csv.reader(lines(), delimiter=self.delimiter)
        try:
            for cells in reader:
                line, byte = pulled[0][1], pulled[0][2]
                pulled.clear()
                if cur.escaped:  # damaged bytes, kept exact for the offsets, are shown as U+FFFD
                    cells = [LONE_SURROGATE.sub("\ufffd", c) for c in cells]
                if not any(c.strip() for c in cells):
                    continue
                if self.header is None:
                    self.header = csv_header(cells, path, line)
                    continue
                width = len(self.header)
                extra = any(c.strip() for c in cells[width:])  # Excel pads some rows with empty cells
                if len(cells) < width or extra:
                    if len(cells) < width:
                        fix = "missing cells are read as empty" + (
                            " (is a quote left open in a cell?)" if any("\n" in c for c in cells) else ""
                        )
                    else:
                        fix = "the extra cells are ignored (is there an unquoted comma in a cell?)"
                    plural = "s" if len(cells) != 1 else ""
                    log.warn(
                        f"this row has {len(cells)} cell{plural} but the header names {width} columns; {fix}",
                        kind="cells",
                        row=row,
                        line=line,
                    )
                cells = cells[:width] + [""] * (width - len(cells))
                yield row, line, byte, dict(zip(self.header, cells))
                row += 1
        except csv.Error as exc:
            line = pulled[0][1] if pulled else None  # where the unreadable row starts
            raise DataError(
                Problem(
                    f"this CSV row cannot be read ({exc}); check its quotes: a cell that holds "
                    'a quote must double it, like ""',
                    path=path,
                    line=line,
                )
            ) from None
        if self.header is None:
            raise DataError(empty_problem(self.path))


class StreamedRows(Sequence):
    """Rows of a file too large to hold in memory: indexed once, read from disk on demand."""

    def __init__(self, scanner: RowScanner, offsets: array, lines: array):
        self._scanner, self._offsets, self._lines = scanner, offsets, lines
        self._window: dict[int, dict] = {}

    def __len__(self) -> int:
        return len(self._offsets)

    def __iter__(self) -> Iterator[dict]:
        scanner = self._scanner
        plain = RowScanner(scanner.path, scanner.file_type, scanner.enc)  # no byte counting: faster
        for _, _, _, row in plain.rows(ProblemLog(None), allow_document=False):
            yield row

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        i = index + len(self) if index < 0 else index
        if not 0 <= i < len(self):
            raise IndexError(index)
        if i not in self._window:
            self._window = {}
            rows = self._scanner.rows_from(self._offsets[i], i + 1, self._lines[i])
            try:
                for k, (_, _, _, row) in enumerate(rows, start=i):
                    self._window[k] = row
                    if k - i + 1 >= WINDOW:
                        break
            finally:
                rows.close()
        return self._window[i]
