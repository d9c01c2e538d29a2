"""Which text encoding a user's file is in, worked out from its bytes and never guessed silently.

A byte-order mark settles it; otherwise UTF-16 without a mark, UTF-8, the
Chinese legacy encodings (GB18030, Big5), and last what charset-normalizer
guesses. Each answer comes with a plain note for the user saying which
encoding was used and how sure we are. Binary files are refused with what they
look like (a ZIP, a PDF, ...).
"""

from __future__ import annotations

import codecs
import functools
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from core.data.problems import DataError, Problem

HEAD_BYTES = 1 << 18  # the encoding is judged on this much of the start of a file


@dataclass(frozen=True)
class Encoding:
    """How to decode one file, and the sentence that tells the user which encoding was used."""

    name: str  # what we report
    body: str  # codec for the bytes after the byte-order mark
    bom_len: int
    note: str
    errors: str = "strict"


_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32", "utf-32-le", "UTF-32 little-endian"),
    (codecs.BOM_UTF32_BE, "utf-32", "utf-32-be", "UTF-32 big-endian"),
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8", "UTF-8 with a byte-order mark"),
    (codecs.BOM_UTF16_LE, "utf-16", "utf-16-le", "UTF-16 little-endian"),
    (codecs.BOM_UTF16_BE, "utf-16", "utf-16-be", "UTF-16 big-endian"),
]
ENCODING_LABELS = {
    "utf-8": "UTF-8",
    "gb18030": "GB18030 (Simplified Chinese legacy encoding)",
    "big5": "Big5 (Traditional Chinese legacy encoding)",
    "cp950": "Big5 (Windows code page 950, Traditional Chinese)",
}
_MAGIC = [
    (
        b"PK\x03\x04",
        "a ZIP archive (Excel .xlsx and Word .docx files are ZIP archives too)",
        "extract it, or save the sheet from Excel as CSV UTF-8",
    ),
    (b"\x1f\x8b", "a gzip-compressed file", "extract it first"),
    (b"PAR1", "a Parquet file", "rename it to end in .parquet"),
    (b"%PDF", "a PDF document", "copy its text into a .txt file"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive", "extract it first"),
    (b"Rar!", "a RAR archive", "extract it first"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file (.xls or .doc)", "save it as CSV UTF-8 or as plain text"),
    (b"SQLite format 3", "an SQLite database", "export the table as CSV"),
]
# The most frequent characters of written Chinese, in both scripts: they break
# ties between GB18030 and Big5 on short texts, where both can decode cleanly.
_FREQUENT = set(
    "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所"
    "然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日者意无力它与长"
    "把机民第公此已工使情明性知全关点正业外将两高间由问很最重并物手应向头文体相见被利什等产或新己制身果加月话合回"
    "這個們來為國說時會對於著過發後裡種經麼學現當沒動還進樣開從實無與長機關點業將兩間問應頭體見產話"
)
_PUNCT = set("，。、！？：；“”‘’（）《》…—·「」『』")
_WINDOWS_FIRST = ("cp1252", "cp1251", "cp932", "cp949", "cp1250")


def detect_encoding(data: bytes) -> tuple[str, str]:
    """(codec, note) for these bytes. Raises DataError for binary or undecodable data."""
    enc = _detect(data, complete=True)
    return enc.name, enc.note


def _decodes(data: bytes, codec: str, complete: bool) -> str | None:
    try:
        return codecs.getincrementaldecoder(codec)("strict").decode(data, final=complete)
    except UnicodeDecodeError:
        return None


def _detect(head: bytes, complete: bool) -> Encoding:
    for bom, name, body, label in _BOMS:
        if head.startswith(bom):
            return Encoding(name, body, len(bom), f"Read as {label} (marked at the start of the file).")
    if b"\x00" in head:
        utf16 = _utf16_without_bom(head, complete)
        if utf16:
            return utf16
        raise DataError(_binary_message(head))
    if _decodes(head, "utf-8", complete) is not None:
        return Encoding("utf-8", "utf-8", 0, "Read as UTF-8.")
    return _legacy_encoding(head, complete)


def _utf16_without_bom(head: bytes, complete: bool) -> Encoding | None:
    pairs = min(len(head), 8192) // 2
    even, odd = head[0 : pairs * 2 : 2].count(0), head[1 : pairs * 2 : 2].count(0)
    if odd > pairs * 0.3 and even < pairs * 0.02:
        codec, endian = "utf-16-le", "little-endian"
    elif even > pairs * 0.3 and odd < pairs * 0.02:
        codec, endian = "utf-16-be", "big-endian"
    else:
        return None
    if _decodes(head, codec, False) is None:  # a sample may end inside a character
        return None
    return Encoding(
        codec,
        codec,
        0,
        f"Read as UTF-16 {endian}, worked out from the bytes (the file has no "
        "byte-order mark), with medium confidence.",
    )


def _binary_message(head: bytes) -> str:
    for magic, what, todo in _MAGIC:
        if head.startswith(magic):
            return f"this is not a text file: it looks like {what}; {todo}"
    return (
        "this is not a text file (it contains NUL bytes, which text never does); drop the dataset's "
        ".json, .jsonl, .csv, .parquet or .txt file instead"
    )


@functools.lru_cache(maxsize=65536)
def _char_class(ch: str) -> str | None:
    """'common' for everyday Chinese, 'cjk' for rarer ideographs, 'odd' for what a wrong guess produces."""
    o = ord(ch)
    if ch in _PUNCT:
        return "common"
    if (
        0x80 <= o <= 0xFF
        or 0x370 <= o <= 0x4FF
        or 0x2500 <= o <= 0x257F
        or 0x3040 <= o <= 0x312F
        or 0x3400 <= o <= 0x4DBF
        or 0xAC00 <= o <= 0xD7AF
        or 0xE000 <= o <= 0xFAFF
        or 0xFF61 <= o <= 0xFF9F
        or o >= 0x20000
    ):
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


def _legacy_encoding(head: bytes, complete: bool) -> Encoding:
    """Bytes that are not clean UTF-8: damaged UTF-8, a Chinese code page, or another code page guessed."""
    damaged = _damaged_utf8(head)
    if damaged is not None:
        return damaged
    scored = _chinese_scores(head, complete)
    chinese = _confident_chinese(scored)
    if chinese is not None:
        return chinese
    guessed = _charset_guess(head, complete)
    if guessed is not None:
        return guessed
    if scored:
        codec = scored[0][0]
        return Encoding(
            codec,
            codec,
            0,
            f"Read as {ENCODING_LABELS[codec]}, a guess with low confidence; if the "
            "text looks garbled, re-save the file as UTF-8.",
        )
    raise DataError(
        "could not work out which text encoding this file uses; open it in Notepad, choose Save As, "
        "set Encoding to UTF-8, and try again"
    )


def _damaged_utf8(head: bytes) -> Encoding | None:
    """Mostly valid UTF-8 with a few damaged bytes: keep UTF-8, mark the damage."""
    as_utf8 = head.decode("utf-8", "replace")
    bad = as_utf8.count("\ufffd")
    good = len(as_utf8) - len(as_utf8.encode("ascii", "ignore")) - bad
    if not (good >= 8 and bad * 20 <= good):
        return None
    line = as_utf8[: as_utf8.index("\ufffd")].count("\n") + 1
    return Encoding(
        "utf-8",
        "utf-8",
        0,
        f"Read as UTF-8, replacing bytes that are not valid UTF-8 with "
        f"\ufffd (the first on line {line}); re-save the file as UTF-8 "
        "to repair it.",
        errors="replace",
    )


def _chinese_scores(head: bytes, complete: bool) -> list[tuple[str, float, float, int]]:
    """(codec, structure, frequent share, Chinese characters) for each Chinese codec that decodes
    `head`, the most plausible first."""
    scored = []
    for codec in ("gb18030", "big5", "cp950"):
        if codec == "cp950" and any(c == "big5" for c, *_ in scored):
            continue
        text = _decodes(head, codec, complete)
        if text is not None:
            scored.append((codec, *_plausibility(text)))
    scored.sort(key=lambda s: s[1] + s[2], reverse=True)  # stable: GB18030 wins exact ties
    return scored


def _confident_chinese(scored: list[tuple[str, float, float, int]]) -> Encoding | None:
    """The best Chinese codec when its text looks like Chinese, with how sure we are."""
    if not scored or scored[0][1] < 0.5:
        return None
    codec, structure, frequent, n = scored[0]
    margin = structure + frequent - (scored[1][1] + scored[1][2]) if len(scored) > 1 else 2.0
    if structure >= 0.8 and n >= 20 and margin >= 0.3:
        sureness = "high confidence"
    elif structure >= 0.8 and margin >= 0.3:
        sureness = f"medium confidence (only {n} Chinese characters to judge by)"
    else:
        sureness = "low confidence"
    note = f"Read as {ENCODING_LABELS[codec]}, detected with {sureness}."
    if not sureness.startswith("high"):
        note += " If the text looks garbled, re-save the file as UTF-8."
    return Encoding(codec, codec, 0, note)


def _charset_guess(head: bytes, complete: bool) -> Encoding | None:
    """charset_normalizer's guess, when `head` decodes with it."""
    from charset_normalizer import from_bytes

    results = list(from_bytes(head))
    best = results[0] if results else None
    if best is not None:
        # Near ties are common between Western code pages; prefer what Windows writes.
        ties = [r for r in results if r.chaos <= best.chaos + 0.01 and r.coherence >= best.coherence - 0.05]
        best = next((r for name in _WINDOWS_FIRST for r in ties if r.encoding == name), best)
    if best is None or not best.encoding or _decodes(head, best.encoding, complete) is None:
        return None
    codec = codecs.lookup(best.encoding).name
    return Encoding(
        codec,
        codec,
        0,
        f"Read as {codec}, guessed from the text with low confidence; if the "
        "text looks garbled, re-save the file as UTF-8.",
    )


def file_encoding(path: Path) -> Encoding:
    with open(path, "rb") as fh:
        head = fh.read(HEAD_BYTES)
        complete = not fh.read(1)
    try:
        return _detect(head, complete)
    except DataError as exc:
        raise DataError(Problem(exc.problem.message, path=str(path))) from None


def decode_whole(path: Path, enc: Encoding) -> str:
    data = path.read_bytes()[enc.bom_len :]
    try:
        text = data.decode(enc.body, enc.errors)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].decode(enc.body, "replace").count("\n") + 1
        label = ENCODING_LABELS.get(enc.body, enc.body)
        raise DataError(
            Problem(
                f"this line is not valid {label} text, though the start of the file is; re-save the "
                "whole file as UTF-8",
                path=str(path),
                line=line,
            )
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")
