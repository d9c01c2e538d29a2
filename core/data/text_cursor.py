"""Decoded text of a file read in chunks, with the line, column and byte offset of
any position, so a problem deep in a large JSON, JSON Lines or CSV file is reported
where it is; and the plain-words hints for Python's JSON error messages."""

from __future__ import annotations

import codecs
import json
import re
from pathlib import Path

from core.data.encodings import ENCODING_LABELS, Encoding
from core.data.problems import DataError, Problem

CHUNK = 1 << 18  # bytes read at a time while streaming
MAX_ROW_CHARS = 64 << 20  # one row larger than this means a broken file, not a real example
# Lists and objects inside one another. Real rows need a handful of levels; far deeper ones
# would overflow Python's stack wherever a row is copied, compared, printed or saved.
MAX_NESTING = 100
_JSON_HINTS = {
    "Expecting ',' delimiter": 'a comma is missing between two items (or a quote inside a text is not written as \\")',
    "Expecting ':' delimiter": "a colon is missing after a key",
    "Expecting value": "a value is missing here (often a comma just before ] or }, or text without quotes)",
    "Expecting property name enclosed in double quotes": "a key in double quotes was expected here (often a comma just before }, or 'single quotes')",
    "Unterminated string starting at": "a text in quotes is never closed",
    "Invalid control character at": "a line break or tab inside a quoted text must be written as \\n or \\t",
    "Invalid \\escape": "a backslash inside a text must be written as \\\\",
    "Extra data": "there is more text after the end of the JSON data",
}


def json_hint(msg: str) -> str:
    return next((hint for start, hint in _JSON_HINTS.items() if msg.startswith(start)), msg)


def too_deep_problem(path: str, row: int | None = None, line: int | None = None, column: int | None = None) -> Problem:
    what = f"row {row} has lists or objects nested" if row else "the lists or objects here are nested"
    return Problem(
        f"{what} more than {MAX_NESTING} levels deep, which no training example needs; the file is "
        "probably damaged or was written wrongly by a program, so flatten or delete that part",
        path=path,
        row=row,
        line=line,
        column=column,
    )


def nested_too_deep(value) -> bool:
    """Whether lists and objects in `value` nest past MAX_NESTING (without recursing itself)."""
    level, depth = [value], 1
    while level:
        if depth > MAX_NESTING:
            return True
        level = [
            child
            for v in level
            for child in (v.values() if isinstance(v, dict) else v)
            if isinstance(child, (dict, list))
        ]
        depth += 1
    return False


NOT_JSON = object()


def embedded_json(text: str):
    """JSON written as text inside a row (tool definitions, call arguments): its value, or NOT_JSON
    when it is not JSON, nests past MAX_NESTING or holds a number too long to read."""
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        return NOT_JSON
    if text.count("[") + text.count("{") > MAX_NESTING and nested_too_deep(value):
        return NOT_JSON
    return value


def number_too_long(exc: ValueError) -> str:
    """What to say when JSON holds a number longer than Python converts (sys.get_int_max_str_digits)."""
    digits = re.search(r"\(\d+ digits\)", str(exc))
    limit = f" ({digits.group(0)[1:-1]} at most)" if digits else ""
    return (
        f"a number here is too long to read{limit}; no training example needs one that long, so the file "
        "is probably damaged; if it is meant as text, put it in quotes"
    )


_WS = re.compile(r"[ \t\r\n]*")
_DECODER = json.JSONDecoder()


class TextCursor:
    """Decoded text of a file read in chunks, knowing the line, column and (when
    asked) byte offset of any position still in the buffer."""

    def __init__(
        self, path: Path, enc: Encoding, *, start: int | None = None, line: int = 1, track_bytes: bool = False
    ):
        self.path, self.enc, self.track = str(path), enc, track_bytes
        self.fh = open(path, "rb")
        self.fh.seek(enc.bom_len if start is None else start)
        # A damaged byte is kept as a lone surrogate (U+DC80-U+DCFF) rather than replaced, so encoding
        # the text again gives back the file's bytes and row offsets stay exact; the reader of the
        # text turns those into U+FFFD (`escaped` says it must).
        self.escaped = enc.errors == "replace"
        self._errors = "surrogateescape" if self.escaped else enc.errors
        self._byte_errors = "surrogateescape" if self.escaped else "replace"
        self.decoder = codecs.getincrementaldecoder(enc.body)(self._errors)
        self.buf, self.pos, self.eof = "", 0, False
        self._mark, self._line, self._col_base = 0, line, 0
        self._bmark, self._byte = 0, enc.bom_len if start is None else start

    def close(self) -> None:
        self.fh.close()

    def more(self) -> bool:
        """Read the next chunk, dropping text before `pos`. False at the end of the file."""
        if self.eof:
            return False
        data = self.fh.read(max(CHUNK, len(self.buf) - self.pos))
        try:
            chunk = self.decoder.decode(data, final=not data)
        except UnicodeDecodeError as exc:
            line = (
                self._line
                + self.buf.count("\n", self._mark)
                + data[: max(0, exc.start)].decode(self.enc.body, "replace").count("\n")
            )
            label = ENCODING_LABELS.get(self.enc.body, self.enc.body)
            raise DataError(
                Problem(
                    f"this line is not valid {label} text, though the start of the file is; "
                    "re-save the whole file as UTF-8",
                    path=self.path,
                    line=line,
                )
            ) from None
        self.eof = not data
        # Carry the line and byte count forward to `pos`, the new start of the buffer.
        if self._mark <= self.pos:
            self.line_at(self.pos)
        else:
            self._line -= self.buf.count("\n", self.pos, self._mark)
        if self.track:
            if self._bmark <= self.pos:
                self.byte_at(self.pos)
            else:
                self._byte -= len(self.buf[self.pos : self._bmark].encode(self.enc.body, self._byte_errors))
        dropped = self.buf[: self.pos]
        nl = dropped.rfind("\n")
        self._col_base = self._col_base + len(dropped) if nl < 0 else len(dropped) - nl - 1
        self.buf = self.buf[self.pos :] + chunk
        self.pos = self._mark = self._bmark = 0
        return bool(chunk) or not self.eof

    def line_at(self, p: int) -> int:
        if p >= self._mark:
            self._line += self.buf.count("\n", self._mark, p)
            self._mark = p
            return self._line
        return self._line - self.buf.count("\n", p, self._mark)

    def column_at(self, p: int) -> int:
        nl = self.buf.rfind("\n", 0, p)
        return p - nl if nl >= 0 else self._col_base + p + 1

    def byte_at(self, p: int) -> int:
        if p < self._bmark:
            return self._byte - len(self.buf[p : self._bmark].encode(self.enc.body, self._byte_errors))
        self._byte += len(self.buf[self._bmark : p].encode(self.enc.body, self._byte_errors))
        self._bmark = p
        return self._byte

    def peek(self) -> str:
        """Skip whitespace; the next character, or "" at the end of the file."""
        while True:
            self.pos = _WS.match(self.buf, self.pos).end()
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            if not self.more():
                return ""

    def value(self):
        """Decode one JSON value at `pos`, reading more of the file while it is incomplete."""
        while True:
            try:
                obj, end = _DECODER.raw_decode(self.buf, self.pos)
                if end < len(self.buf) or self.eof:
                    return obj, end
                self.more()  # a number at the very end of the buffer may go on in the next chunk
            except json.JSONDecodeError as exc:
                cut = exc.pos >= len(self.buf) - 16 or exc.msg.startswith("Unterminated string")
                if cut and not self.eof and len(self.buf) - self.pos <= MAX_ROW_CHARS:
                    self.more()
                    continue
                if self.eof and not self.buf[exc.pos :].strip() or exc.msg.startswith("Unterminated string"):
                    raise self.error(
                        exc.pos,
                        "the file ends in the middle of a row; it may have been cut short "
                        "(or a quote is never closed), so check the file there",
                    )
                raise self.error(
                    exc.pos, f"invalid JSON: {json_hint(exc.msg)}; fix the file at this place and try again"
                )
            except RecursionError:  # the decoder recurses into every list and object
                raise DataError(
                    too_deep_problem(self.path, line=self.line_at(self.pos), column=self.column_at(self.pos))
                ) from None
            except ValueError as exc:  # not JSONDecodeError: a number past Python's limit on digits
                raise self.error(self.pos, number_too_long(exc)) from None

    def readline(self) -> tuple[str, int, int | None] | None:
        """(text with its newline, line number, byte offset) of the next line, or None at the end."""
        while True:
            nl = self.buf.find("\n", self.pos)
            if nl >= 0 or not self.more():
                break
        if self.pos >= len(self.buf):
            return None
        end = nl + 1 if nl >= 0 else len(self.buf)
        start, self.pos = self.pos, end
        return self.buf[start:end], self.line_at(start), self.byte_at(start) if self.track else None

    def peek_line(self) -> str:
        while self.buf.find("\n", self.pos) < 0 and self.more():
            pass
        nl = self.buf.find("\n", self.pos)
        return self.buf[self.pos : nl if nl >= 0 else len(self.buf)]

    def read_all(self) -> None:
        while self.more():
            pass

    def error(self, p: int, message: str) -> DataError:
        return DataError(Problem(message, path=self.path, line=self.line_at(p), column=self.column_at(p)))
