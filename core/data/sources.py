"""Read a user's dataset file: JSON, JSON Lines, CSV, Parquet, plain text, or a
folder of .txt files, in whatever encoding Windows saved it.

Every problem is reported where it is (file:line:column, or row N) and says what
to do. The encoding is never guessed silently: `encoding_note` tells the user
which one was used and how sure we are.

Files too large to hold in memory as rows are indexed once and read from disk on
demand (`StreamedRows`), so the caller gets a sequence of rows either way;
`iter_rows` streams rows from the start of a file for previews.
"""
from __future__ import annotations

import codecs
import csv
import functools
import json
import re
from array import array
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from core.data.problems import DataError, Problem

SUPPORTED = ".json, .jsonl, .csv, .tsv, .parquet, .txt, or a folder of .txt files"
_TYPES = {".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".tsv": "csv",
          ".parquet": "parquet", ".txt": "txt"}
_HINTS = {".xlsx": "in Excel, use Save As and choose CSV UTF-8", ".xls": "in Excel, use Save As and choose CSV UTF-8",
          ".zip": "extract it first", ".gz": "extract it first", ".7z": "extract it first", ".rar": "extract it first",
          ".docx": "in Word, use Save As and choose Plain Text (.txt)", ".md": "rename it to end in .txt"}
HEAD_BYTES = 1 << 18       # the encoding is judged on this much of the start of a file
CHUNK = 1 << 18            # bytes read at a time while streaming
MEMORY_FACTOR = 3          # rows held in memory take about this many times the file's size
MAX_ROW_CHARS = 64 << 20   # one row larger than this means a broken file, not a real example
WINDOW = 256               # rows of a streamed file read together on a random access
LIST_CAP = 20              # repeated warnings of one kind listed before a summary


@dataclass
class SourceData:
    path: str
    file_type: str                  # "json" | "jsonl" | "csv" | "parquet" | "txt" | "txt-folder"
    encoding: str                   # codec used: "utf-8", "utf-8-sig", "utf-16", "gb18030", "big5", ...
    encoding_note: str              # one plain sentence for the user
    rows: Sequence[dict] | None     # a list, or StreamedRows for files too large to hold; None for raw text
    text: str | None                # raw text for txt / txt-folder
    row_lines: Sequence[int] | None  # 1-based line where each row starts, None where not known
    problems: list[Problem] = field(default_factory=list)
    files: list[str] | None = None  # txt-folder: the files in the order used

    @property
    def streamed(self) -> bool:
        return self.rows is not None and not isinstance(self.rows, list)


# ---------------------------------------------------------------- encodings

@dataclass(frozen=True)
class _Encoding:
    name: str           # what we report
    body: str           # codec for the bytes after the byte-order mark
    bom_len: int
    note: str
    errors: str = "strict"


_BOMS = [(codecs.BOM_UTF32_LE, "utf-32", "utf-32-le", "UTF-32 little-endian"),
         (codecs.BOM_UTF32_BE, "utf-32", "utf-32-be", "UTF-32 big-endian"),
         (codecs.BOM_UTF8, "utf-8-sig", "utf-8", "UTF-8 with a byte-order mark"),
         (codecs.BOM_UTF16_LE, "utf-16", "utf-16-le", "UTF-16 little-endian"),
         (codecs.BOM_UTF16_BE, "utf-16", "utf-16-be", "UTF-16 big-endian")]
_LABELS = {"utf-8": "UTF-8", "gb18030": "GB18030 (Simplified Chinese legacy encoding)",
           "big5": "Big5 (Traditional Chinese legacy encoding)",
           "cp950": "Big5 (Windows code page 950, Traditional Chinese)"}
_MAGIC = [(b"PK\x03\x04", "a ZIP archive (Excel .xlsx and Word .docx files are ZIP archives too)",
           "extract it, or save the sheet from Excel as CSV UTF-8"),
          (b"\x1f\x8b", "a gzip-compressed file", "extract it first"),
          (b"PAR1", "a Parquet file", "rename it to end in .parquet"),
          (b"%PDF", "a PDF document", "copy its text into a .txt file"),
          (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive", "extract it first"),
          (b"Rar!", "a RAR archive", "extract it first"),
          (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file (.xls or .doc)", "save it as CSV UTF-8 or as plain text"),
          (b"SQLite format 3", "an SQLite database", "export the table as CSV")]
# The most frequent characters of written Chinese, in both scripts: they break
# ties between GB18030 and Big5 on short texts, where both can decode cleanly.
_FREQUENT = set("的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所"
                "然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日者意无力它与长"
                "把机民第公此已工使情明性知全关点正业外将两高间由问很最重并物手应向头文体相见被利什等产或新己制身果加月话合回"
                "這個們來為國說時會對於著過發後裡種經麼學現當沒動還進樣開從實無與長機關點業將兩間問應頭體見產話")
_PUNCT = set("，。、！？：；“”‘’（）《》…—·「」『』")
_WINDOWS_FIRST = ("cp1252", "cp1251", "cp932", "cp949", "cp1250")
_JSON_HINTS = {
    "Expecting ',' delimiter": "a comma is missing between two items (or a quote inside a text is not written as \\\")",
    "Expecting ':' delimiter": "a colon is missing after a key",
    "Expecting value": "a value is missing here (often a comma just before ] or }, or text without quotes)",
    "Expecting property name enclosed in double quotes":
        "a key in double quotes was expected here (often a comma just before }, or 'single quotes')",
    "Unterminated string starting at": "a text in quotes is never closed",
    "Invalid control character at": "a line break or tab inside a quoted text must be written as \\n or \\t",
    "Invalid \\escape": "a backslash inside a text must be written as \\\\",
    "Extra data": "there is more text after the end of the JSON data",
}


def _json_hint(msg: str) -> str:
    return next((hint for start, hint in _JSON_HINTS.items() if msg.startswith(start)), msg)


def detect_encoding(data: bytes) -> tuple[str, str]:
    """(codec, note) for these bytes. Raises DataError for binary or undecodable data."""
    enc = _detect(data, complete=True)
    return enc.name, enc.note


def _decodes(data: bytes, codec: str, complete: bool) -> str | None:
    try:
        return codecs.getincrementaldecoder(codec)("strict").decode(data, final=complete)
    except UnicodeDecodeError:
        return None


def _detect(head: bytes, complete: bool) -> _Encoding:
    for bom, name, body, label in _BOMS:
        if head.startswith(bom):
            return _Encoding(name, body, len(bom), f"Read as {label} (marked at the start of the file).")
    if b"\x00" in head:
        utf16 = _utf16_without_bom(head, complete)
        if utf16:
            return utf16
        raise DataError(_binary_message(head))
    if _decodes(head, "utf-8", complete) is not None:
        return _Encoding("utf-8", "utf-8", 0, "Read as UTF-8.")
    return _legacy_encoding(head, complete)


def _utf16_without_bom(head: bytes, complete: bool) -> _Encoding | None:
    pairs = min(len(head), 8192) // 2
    even, odd = head[0:pairs * 2:2].count(0), head[1:pairs * 2:2].count(0)
    if odd > pairs * 0.3 and even < pairs * 0.02:
        codec, endian = "utf-16-le", "little-endian"
    elif even > pairs * 0.3 and odd < pairs * 0.02:
        codec, endian = "utf-16-be", "big-endian"
    else:
        return None
    if _decodes(head, codec, False) is None:   # a sample may end inside a character
        return None
    return _Encoding(codec, codec, 0, f"Read as UTF-16 {endian}, worked out from the bytes (the file has no "
                                       "byte-order mark), with medium confidence.")


def _binary_message(head: bytes) -> str:
    for magic, what, todo in _MAGIC:
        if head.startswith(magic):
            return f"this is not a text file: it looks like {what}; {todo}"
    return ("this is not a text file (it contains NUL bytes, which text never does); drop the dataset's "
            ".json, .jsonl, .csv, .parquet or .txt file instead")


@functools.lru_cache(maxsize=65536)
def _char_class(ch: str) -> str | None:
    """'common' for everyday Chinese, 'cjk' for rarer ideographs, 'odd' for what a wrong guess produces."""
    o = ord(ch)
    if ch in _PUNCT:
        return "common"
    if (0x80 <= o <= 0xFF or 0x370 <= o <= 0x4FF or 0x2500 <= o <= 0x257F or 0x3040 <= o <= 0x312F
            or 0x3400 <= o <= 0x4DBF or 0xAC00 <= o <= 0xD7AF or 0xE000 <= o <= 0xFAFF
            or 0xFF61 <= o <= 0xFF9F or o >= 0x20000):
        return "odd"
    if not 0x4E00 <= o <= 0x9FFF:
        return None
    # GB2312 level 1 (lead bytes B0-D7) and Big5 level 1 (A440-C67E) are each
    # script's everyday characters; garbage decoded from the other script lands
    # mostly outside them.
    try:
        if 0xB0 <= ch.encode("gb2312")[0] <= 0xD7:
            return "common"
    except UnicodeEncodeError:
        pass
    try:
        if 0xA440 <= int.from_bytes(ch.encode("big5"), "big") <= 0xC67E:
            return "common"
    except UnicodeEncodeError:
        pass
    return "cjk"


def _plausibility(text: str) -> tuple[float, float, int]:
    """(structure score, share of very frequent characters, Chinese characters seen)."""
    common = odd = cjk = frequent = 0
    for ch, n in Counter(text).items():
        kind = _char_class(ch)
        if kind == "odd":
            odd += n
        elif kind:
            cjk += n
            common += n if kind == "common" else 0
            frequent += n if ch in _FREQUENT else 0
    total = max(1, cjk + odd)
    return (common - 2 * odd) / total, frequent / total, cjk


def _legacy_encoding(head: bytes, complete: bool) -> _Encoding:
    # Mostly valid UTF-8 with a few damaged bytes: keep UTF-8, mark the damage.
    as_utf8 = head.decode("utf-8", "replace")
    bad = as_utf8.count("\ufffd")
    good = len(as_utf8) - len(as_utf8.encode("ascii", "ignore")) - bad
    if good >= 8 and bad * 20 <= good:
        line = as_utf8[:as_utf8.index("\ufffd")].count("\n") + 1
        return _Encoding("utf-8", "utf-8", 0, f"Read as UTF-8, replacing bytes that are not valid UTF-8 with "
                                              f"\ufffd (the first on line {line}); re-save the file as UTF-8 "
                                              "to repair it.", errors="replace")
    scored = []
    for codec in ("gb18030", "big5", "cp950"):
        if codec == "cp950" and any(c == "big5" for c, *_ in scored):
            continue
        text = _decodes(head, codec, complete)
        if text is not None:
            scored.append((codec, *_plausibility(text)))
    scored.sort(key=lambda s: s[1] + s[2], reverse=True)   # stable: GB18030 wins exact ties
    if scored and scored[0][1] >= 0.5:
        codec, structure, frequent, n = scored[0]
        margin = structure + frequent - (scored[1][1] + scored[1][2]) if len(scored) > 1 else 2.0
        if structure >= 0.8 and n >= 20 and margin >= 0.3:
            sureness = "high confidence"
        elif structure >= 0.8 and margin >= 0.3:
            sureness = f"medium confidence (only {n} Chinese characters to judge by)"
        else:
            sureness = "low confidence"
        note = f"Read as {_LABELS[codec]}, detected with {sureness}."
        if not sureness.startswith("high"):
            note += " If the text looks garbled, re-save the file as UTF-8."
        return _Encoding(codec, codec, 0, note)
    from charset_normalizer import from_bytes
    results = list(from_bytes(head))
    best = results[0] if results else None
    if best is not None:
        # Near ties are common between Western code pages; prefer what Windows writes.
        ties = [r for r in results if r.chaos <= best.chaos + 0.01 and r.coherence >= best.coherence - 0.05]
        best = next((r for name in _WINDOWS_FIRST for r in ties if r.encoding == name), best)
    if best is not None and best.encoding and _decodes(head, best.encoding, complete) is not None:
        codec = codecs.lookup(best.encoding).name
        return _Encoding(codec, codec, 0, f"Read as {codec}, guessed from the text with low confidence; if the "
                                          "text looks garbled, re-save the file as UTF-8.")
    if scored:
        codec = scored[0][0]
        return _Encoding(codec, codec, 0, f"Read as {_LABELS[codec]}, a guess with low confidence; if the text "
                                          "looks garbled, re-save the file as UTF-8.")
    raise DataError("could not work out which text encoding this file uses; open it in Notepad, choose Save As, "
                    "set Encoding to UTF-8, and try again")


def _file_encoding(path: Path) -> _Encoding:
    with open(path, "rb") as fh:
        head = fh.read(HEAD_BYTES)
        complete = not fh.read(1)
    try:
        return _detect(head, complete)
    except DataError as exc:
        raise DataError(Problem(exc.problem.message, path=str(path))) from None


def _decode_whole(path: Path, enc: _Encoding) -> str:
    data = path.read_bytes()[enc.bom_len:]
    try:
        text = data.decode(enc.body, enc.errors)
    except UnicodeDecodeError as exc:
        line = data[:exc.start].decode(enc.body, "replace").count("\n") + 1
        raise DataError(Problem(f"this line is not valid {_LABELS.get(enc.body, enc.body)} text, though the start "
                                "of the file is; re-save the whole file as UTF-8", path=str(path), line=line)) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


# ---------------------------------------------------------------- text cursor

_WS = re.compile(r"[ \t\r\n]*")
_DECODER = json.JSONDecoder()


class _Cursor:
    """Decoded text of a file read in chunks, knowing the line, column and (when
    asked) byte offset of any position still in the buffer."""

    def __init__(self, path: Path, enc: _Encoding, *, start: int | None = None, line: int = 1,
                 track_bytes: bool = False):
        self.path, self.enc, self.track = str(path), enc, track_bytes
        self.fh = open(path, "rb")
        self.fh.seek(enc.bom_len if start is None else start)
        self.decoder = codecs.getincrementaldecoder(enc.body)(enc.errors)
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
            line = self._line + self.buf.count("\n", self._mark) + \
                data[:max(0, exc.start)].decode(self.enc.body, "replace").count("\n")
            label = _LABELS.get(self.enc.body, self.enc.body)
            raise DataError(Problem(f"this line is not valid {label} text, though the start of the file is; "
                                    "re-save the whole file as UTF-8", path=self.path, line=line)) from None
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
                self._byte -= len(self.buf[self.pos:self._bmark].encode(self.enc.body, "replace"))
        dropped = self.buf[:self.pos]
        nl = dropped.rfind("\n")
        self._col_base = self._col_base + len(dropped) if nl < 0 else len(dropped) - nl - 1
        self.buf = self.buf[self.pos:] + chunk
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
            return self._byte - len(self.buf[p:self._bmark].encode(self.enc.body, "replace"))
        self._byte += len(self.buf[self._bmark:p].encode(self.enc.body, "replace"))
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
                self.more()   # a number at the very end of the buffer may go on in the next chunk
            except json.JSONDecodeError as exc:
                cut = exc.pos >= len(self.buf) - 16 or exc.msg.startswith("Unterminated string")
                if cut and not self.eof and len(self.buf) - self.pos <= MAX_ROW_CHARS:
                    self.more()
                    continue
                if self.eof and not self.buf[exc.pos:].strip() or exc.msg.startswith("Unterminated string"):
                    raise self.error(exc.pos, "the file ends in the middle of a row; it may have been cut short "
                                              "(or a quote is never closed), so check the file there")
                raise self.error(exc.pos, f"invalid JSON: {_json_hint(exc.msg)}; fix the file at this place and "
                                          "try again")

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
        return self.buf[self.pos:nl if nl >= 0 else len(self.buf)]

    def read_all(self) -> None:
        while self.more():
            pass

    def error(self, p: int, message: str) -> DataError:
        return DataError(Problem(message, path=self.path, line=self.line_at(p), column=self.column_at(p)))


# ---------------------------------------------------------------- row scanners

class _NeedsWholeFile(Exception):
    """A JSON file that is not a plain list of rows: it can only be read whole."""


class _ProblemLog:
    def __init__(self, path: str | None):
        self.path, self.problems, self.counts = path, [], Counter()

    def warn(self, message: str, *, kind: str | None = None, row: int | None = None, line: int | None = None):
        if kind:
            self.counts[kind] += 1
            if self.counts[kind] > LIST_CAP:
                return
        self.problems.append(Problem(message, self.path, row, line, None, "warning"))

    def finish(self) -> list[Problem]:
        more = {"duplicate": "{n} more rows repeat earlier rows exactly (only the first {cap} are listed)",
                "cells": "{n} more rows have a different number of cells than the header (only the first {cap} "
                         "are listed)"}
        for kind, n in self.counts.items():
            if n > LIST_CAP and kind in more:
                self.problems.append(Problem(more[kind].format(n=n - LIST_CAP, cap=LIST_CAP), self.path,
                                             severity="warning"))
        return self.problems


def _type_name(value) -> str:
    if isinstance(value, bool) or value is None:
        return "true/false" if value is not None else "null"
    return {dict: "an object", list: "a list", str: "a text"}.get(type(value), "a number")


def _object_or_error(value, row: int, line: int | None, path: str, lines_file: bool) -> dict:
    if isinstance(value, dict):
        return value
    where = "each line of a JSON Lines file must be one object" if lines_file else "every row must be an object"
    hint = ("; to train on plain texts, write them as {\"text\": \"...\"} rows or put them in a .txt file"
            if isinstance(value, str) else "")
    raise DataError(Problem(f"row {row} is {_type_name(value)}, not an object {{...}}; {where}, such as "
                            f"{{\"instruction\": \"...\", \"output\": \"...\"}}{hint}", path=path, row=row, line=line))


class _Scanner:
    """Reads the rows of one JSON / JSON Lines / CSV file from its start or from a known row."""

    def __init__(self, path: Path, file_type: str, enc: _Encoding, *, track_bytes: bool = False):
        self.path, self.file_type, self.enc, self.track = path, file_type, enc, track_bytes
        self.mode: str | None = None          # "array", "lines" or "csv" once the start has been read
        self.header: list[str] | None = None
        self.delimiter = "\t" if path.suffix.lower() == ".tsv" else ","

    def rows(self, log: _ProblemLog, *, allow_document: bool):
        """Yields (row number, line, byte offset or None, row) from the start of the file."""
        cur = _Cursor(self.path, self.enc, track_bytes=self.track)
        try:
            if self.file_type == "csv":
                yield from self._csv(cur, log, 1, from_start=True)
            elif self.file_type == "jsonl":
                if cur.peek() == "[":
                    log.warn("this .jsonl file holds one JSON list rather than one object per line; it was read "
                             "as a JSON list")
                    yield from self._array(cur, log, 1, inside=False)
                else:
                    yield from self._lines(cur, log, 1)
            else:
                yield from self._json(cur, log, allow_document)
        finally:
            cur.close()

    def rows_from(self, start: int, row: int, line: int):
        """Rows from a byte offset recorded by an earlier pass with track_bytes."""
        cur = _Cursor(self.path, self.enc, start=start, line=line)
        try:
            if self.mode == "csv":
                yield from self._csv(cur, _ProblemLog(None), row, from_start=False)
            elif self.mode == "lines":
                yield from self._lines(cur, _ProblemLog(None), row)
            else:
                yield from self._array(cur, _ProblemLog(None), row, inside=True)
        finally:
            cur.close()

    def _json(self, cur: _Cursor, log: _ProblemLog, allow_document: bool):
        first = cur.peek()
        if first == "":
            raise DataError(_empty_problem(self.path))
        if first == "[":
            yield from self._array(cur, log, 1, inside=False)
            return
        if first == "{":
            # One object on the first line and more after it: JSON Lines saved as .json.
            try:
                one = json.loads(cur.peek_line())
            except json.JSONDecodeError:
                one = None
            nl = cur.buf.find("\n", cur.pos)
            if isinstance(one, dict) and nl >= 0 and cur.buf[nl:].strip():
                log.warn("this .json file holds one JSON object per line (JSON Lines); it was read that way")
                yield from self._lines(cur, log, 1)
                return
        if not allow_document:
            raise _NeedsWholeFile()
        yield from self._document(cur, log)

    def _document(self, cur: _Cursor, log: _ProblemLog):
        cur.read_all()
        start = cur.pos
        doc, end = cur.value()
        cur.pos = end
        if cur.peek():
            raise cur.error(cur.pos, "there is more text after the end of the JSON data; remove it, or put all "
                                     "rows in one list [ ... ]")
        if not isinstance(doc, dict):
            raise DataError(Problem(f"the file holds {_type_name(doc)}, not a list of rows; put the rows in a "
                                    "list: [ {...}, {...} ]", path=str(self.path)))
        _refuse_registry(doc, self.path)
        lists = [k for k, v in doc.items() if isinstance(v, list)]
        if len(lists) != 1:
            what = (f"several lists ({', '.join(lists)}); keep the one with the rows in a file of its own"
                    if lists else "a single object, not a list of rows; put the rows in a list: [ {...}, {...} ]")
            raise DataError(Problem(f"the file holds {what}", path=str(self.path)))
        key = lists[0]
        log.warn(f"the rows were found in the \"{key}\" list inside the file's top-level object and read from there")
        # Walk the object again to reach the list, so rows keep their line numbers.
        cur.pos = start + 1
        while True:
            cur.peek()
            name, end = cur.value()
            cur.pos = end
            cur.peek()
            cur.pos += 1   # ':'
            if name == key and cur.peek() == "[":
                yield from self._array(cur, log, 1, inside=False, top=False)
                return
            cur.peek()
            cur.pos = cur.value()[1]
            cur.peek()
            cur.pos += 1   # ','

    def _array(self, cur: _Cursor, log: _ProblemLog, row: int, *, inside: bool, top: bool = True):
        self.mode = "array"
        if not inside:
            cur.pos += 1   # '['
            if cur.peek() == "]":
                cur.pos += 1
                return
        path = str(self.path)
        while True:
            if cur.peek() == "":
                raise cur.error(cur.pos, "the file ends before the list is closed with ]; it may have been cut "
                                         "short, so check its end")
            line = cur.line_at(cur.pos)
            byte = cur.byte_at(cur.pos) if cur.track else None
            value, cur.pos = cur.value()
            yield row, line, byte, _object_or_error(value, row, line, path, False)
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
                raise cur.error(cur.pos, "the file ends before the list is closed with ]; it may have been cut "
                                         "short, so check its end")
            raise cur.error(cur.pos, "invalid JSON: a comma between rows (or ] to close the list) was expected "
                                     "here; a comma is probably missing")

    def _lines(self, cur: _Cursor, log: _ProblemLog, row: int):
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
                hint = ("the line ends before its JSON object is complete (it may have been cut short)"
                        if not text[exc.pos:].strip() else f"invalid JSON: {_json_hint(exc.msg)}")
                raise DataError(Problem(f"{hint}; each line must be one complete JSON object, so fix or delete "
                                        "this line", path=path, line=line,
                                        column=min(exc.pos, len(text.rstrip("\r\n"))) + 1)) from None
            yield row, line, byte, _object_or_error(value, row, line, path, True)
            row += 1
        if blank:
            shown = ", ".join(map(str, blank[:10])) + (", ..." if len(blank) > 10 else "")
            many = len(blank) > 1
            log.warn(f"{len(blank)} blank line{'s were' if many else ' was'} skipped (line{'s' if many else ''} "
                     f"{shown})", line=blank[0])

    def _csv(self, cur: _Cursor, log: _ProblemLog, row: int, *, from_start: bool):
        self.mode = "csv"
        path, pulled = str(self.path), []
        if from_start:
            self.header = None
        if from_start and self.path.suffix.lower() == ".csv":
            first = cur.peek_line()
            if "," not in first:   # Excel in many countries separates cells with ";"
                self.delimiter = max(";\t|", key=first.count) if any(d in first for d in ";\t|") else ","

        def lines():
            while (got := cur.readline()) is not None:
                pulled.append(got)
                yield got[0]

        csv.field_size_limit(2**31 - 1)   # long answers exceed the module's default of 128 KB
        reader = csv.reader(lines(), delimiter=self.delimiter)
        try:
            for cells in reader:
                line, byte = pulled[0][1], pulled[0][2]
                pulled.clear()
                if not any(c.strip() for c in cells):
                    continue
                if self.header is None:
                    self.header = _csv_header(cells, path, line)
                    continue
                width = len(self.header)
                extra = any(c.strip() for c in cells[width:])   # Excel pads some rows with empty cells
                if len(cells) < width or extra:
                    if len(cells) < width:
                        fix = "missing cells are read as empty" + (
                            " (is a quote left open in a cell?)" if any("\n" in c for c in cells) else "")
                    else:
                        fix = "the extra cells are ignored (is there an unquoted comma in a cell?)"
                    plural = "s" if len(cells) != 1 else ""
                    log.warn(f"this row has {len(cells)} cell{plural} but the header names {width} columns; {fix}",
                             kind="cells", row=row, line=line)
                cells = cells[:width] + [""] * (width - len(cells))
                yield row, line, byte, dict(zip(self.header, cells))
                row += 1
        except csv.Error as exc:
            line = pulled[0][1] if pulled else None   # where the unreadable row starts
            raise DataError(Problem(f"this CSV row cannot be read ({exc}); check its quotes: a cell that holds "
                                    "a quote must double it, like \"\"", path=path, line=line)) from None
        if self.header is None:
            raise DataError(_empty_problem(self.path))


def _csv_header(cells: list[str], path: str, line: int) -> list[str]:
    header = [c.strip() for c in cells]
    for i, name in enumerate(header, 1):
        if not name:
            raise DataError(Problem(f"column {i} of the header row has no name; give every column a name "
                                    "(the first row of a CSV file names the columns)", path=path, line=line))
        if header.index(name) + 1 != i:
            raise DataError(Problem(f"the column name \"{name}\" appears twice in the header row (columns "
                                    f"{header.index(name) + 1} and {i}); rename one", path=path, line=line))
    return header


def _refuse_registry(doc: dict, path: Path) -> None:
    keys = ("file_name", "hf_hub_url", "ms_hub_url", "script_url", "om_hub_url", "cloud_file_name")
    if doc and all(isinstance(v, dict) for v in doc.values()) and \
            any(k in v for v in doc.values() for k in keys):
        named = [v["file_name"] for v in doc.values() if isinstance(v.get("file_name"), str)][:3]
        example = f", for example {', '.join(named)}" if named else ""
        raise DataError(Problem("this is LLaMA-Factory's dataset registry (dataset_info.json): it lists datasets "
                                "and their columns but holds no examples itself; drop the data file it names "
                                f"instead{example}", path=str(path)))


def _empty_problem(path: Path) -> Problem:
    return Problem("the file is empty (it holds no rows or text); save your examples into it, or choose the "
                   "file that holds them", path=str(path))


# ---------------------------------------------------------------- large files

class StreamedRows(Sequence):
    """Rows of a file too large to hold in memory: indexed once, read from disk on demand."""

    def __init__(self, scanner: _Scanner, offsets: array, lines: array):
        self._scanner, self._offsets, self._lines = scanner, offsets, lines
        self._window: dict[int, dict] = {}

    def __len__(self) -> int:
        return len(self._offsets)

    def __iter__(self) -> Iterator[dict]:
        scanner = self._scanner
        plain = _Scanner(scanner.path, scanner.file_type, scanner.enc)   # no byte counting: faster
        for _, _, _, row in plain.rows(_ProblemLog(None), allow_document=False):
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
            with pq.ParquetFile(self._path) as pf:
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
        raise DataError(_empty_problem(p))
    if file_type == "parquet":
        return _read_parquet(p, memory_budget_bytes)
    enc = _file_encoding(p)
    if file_type == "txt":
        if size * 2 > memory_budget_bytes:
            raise DataError(Problem(f"this text file is {_size_text(size)}, more than fits in memory at once; split "
                                    "it into smaller files and train on part of it", path=str(p)))
        text = _decode_whole(p, enc)
        if not text.strip():
            raise DataError(_empty_problem(p))
        return SourceData(str(p), "txt", enc.name, enc.note, None, text, None, [], None)

    stream = size * MEMORY_FACTOR > memory_budget_bytes
    scanner, log = _Scanner(p, file_type, enc, track_bytes=stream), _ProblemLog(str(p))
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
    except _NeedsWholeFile:
        raise DataError(Problem(f"this file is {_size_text(size)}, too large to read at once, and its rows are not "
                                "a plain JSON list; save them as a list [ ... ] or as JSON Lines (.jsonl) so they "
                                "can be read in pieces", path=str(p))) from None
    if not lines:
        raise DataError(_empty_problem(p))
    data: Sequence[dict] = StreamedRows(scanner, offsets, lines) if stream else rows
    return SourceData(str(p), file_type, enc.name, enc.note, data, None, lines if stream else list(lines),
                      log.finish(), None)


def iter_rows(path: str | Path) -> Iterator[tuple[int, dict]]:
    """(row number, row) from the start of a JSON list, JSON Lines, CSV or Parquet
    file, read as it goes rather than all at once."""
    p = Path(path)
    file_type = "txt-folder" if p.is_dir() else _file_type(p)
    if file_type in ("txt", "txt-folder"):
        raise DataError(Problem("plain text has no rows: it is trained as raw text", path=str(p)))
    if p.stat().st_size == 0:
        raise DataError(_empty_problem(p))
    if file_type == "parquet":
        yield from enumerate(_parquet_iter(p), 1)
        return
    scanner = _Scanner(p, file_type, _file_encoding(p))
    try:
        for row, _, _, value in scanner.rows(_ProblemLog(None), allow_document=False):
            yield row, value
    except _NeedsWholeFile:
        yield from enumerate(read_source(p).rows or [], 1)


class _Duplicates:
    def __init__(self, log: _ProblemLog):
        self.log, self.seen = log, {}

    def see(self, row: int, line: int | None, value: dict) -> None:
        key = hash(repr(value))   # the same row written the same way; much faster than re-encoding JSON
        first = self.seen.setdefault(key, (row, line))
        if first[0] != row:
            where = f" (line {first[1]})" if first[1] else ""
            self.log.warn(f"row {row} repeats row {first[0]}{where} exactly; repeats are kept, but they make the model "
                          "memorise that row, so delete one if it was not on purpose",
                          kind="duplicate", row=row, line=line)


def _parquet_open(path: Path):
    import pyarrow.parquet as pq
    try:
        return pq.ParquetFile(path)
    except Exception as exc:   # pyarrow raises several types for damaged files
        raise DataError(Problem(f"this is not a readable Parquet file ({exc}); export it again, or save the data "
                                "as JSON Lines or CSV", path=str(path))) from None


def _parquet_iter(path: Path) -> Iterator[dict]:
    with _parquet_open(path) as pf:
        for batch in pf.iter_batches(batch_size=1024):
            yield from batch.to_pylist()


def _read_parquet(path: Path, budget: int) -> SourceData:
    log = _ProblemLog(str(path))
    with _parquet_open(path) as pf:
        meta = pf.metadata
        if meta.num_rows == 0:
            raise DataError(_empty_problem(path))
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
    return SourceData(str(path), "parquet", "binary", "Parquet stores its text as UTF-8, so there is no encoding "
                      "to guess.", data, None, None, log.finish(), None)


def natural_key(name: str) -> list:
    """Sort key that puts file2 before file10."""
    return [int(t) if t.isdigit() else t.casefold() for t in re.split(r"(\d+)", name)]


def _read_folder(folder: Path, budget: int) -> SourceData:
    files = sorted((f for f in folder.iterdir() if f.is_file() and f.suffix.lower() == ".txt"
                    and not f.name.startswith(".")), key=lambda f: natural_key(f.name))
    if not files:
        raise DataError(Problem("this folder holds no .txt files; put the texts to train on in .txt files inside it "
                                "(other files are ignored)", path=str(folder)))
    total = sum(f.stat().st_size for f in files)
    if total * 2 > budget:
        raise DataError(Problem(f"the .txt files here add up to {_size_text(total)}, more than fits in memory at "
                                "once; move some of them to another folder", path=str(folder)))
    parts, used, encodings, problems = [], [], [], []
    for f in files:
        enc = _file_encoding(f) if f.stat().st_size else None
        text = _decode_whole(f, enc) if enc else ""
        if not text.strip():
            problems.append(Problem("this file is empty and was skipped", path=str(f), severity="warning"))
            continue
        parts.append(text.strip("\n"))   # the files are joined by a hard cut of exactly two blank lines
        used.append(str(f))
        encodings.append((f.name, enc))
    if not parts:
        raise DataError(Problem("every .txt file in this folder is empty; put the texts to train on in them",
                                path=str(folder)))
    names = {e.name for _, e in encodings}
    if len(names) == 1:
        enc = encodings[0][1]
        note = enc.note if len(encodings) == 1 else f"All {len(encodings)} files: {enc.note[0].lower()}{enc.note[1:]}"
        name = enc.name
    else:
        groups: dict[str, list[str]] = {}
        for file_name, e in encodings:
            groups.setdefault(_LABELS.get(e.name, e.name), []).append(file_name)
        name = "mixed"
        note = "The files use different encodings: " + "; ".join(
            f"{', '.join(fs[:3])}{f' and {len(fs) - 3} more' if len(fs) > 3 else ''} as {label}"
            for label, fs in groups.items()) + "."
    return SourceData(str(folder), "txt-folder", name, note, None, "\n\n\n".join(parts), None, problems, used)
