"""Saving edited rows: JSON or JSON Lines, written atomically, original kept once.

The first time a file the user brought is overwritten, its original bytes are
kept beside it as NAME.orig.EXT. That backup is never overwritten afterwards,
so the user can always get back to what they started with.

A file read as GB18030, Big5, UTF-16 or another legacy encoding is saved back in
that encoding, so the user's other programs still read it; only when the edited
text holds a character that encoding cannot store, or when saving to a new file,
is it written as UTF-8, and `SaveResult` says so and why.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from core.atomic import copy_file_atomic, write_bytes_atomic

SAVE_SUFFIXES = (".json", ".jsonl")


def save_format(path: str | Path) -> str:
    """ "jsonl" for .jsonl / .ndjson names, else "json"."""
    return "jsonl" if Path(path).suffix.lower() in (".jsonl", ".ndjson") else "json"


def can_save_in_place(path: str | Path) -> bool:
    return Path(path).suffix.lower() in (".json", ".jsonl", ".ndjson")


def backup_path(path: str | Path) -> Path:
    path = Path(path)
    return path.with_name(f"{path.stem}.orig{path.suffix}")


def rows_text(rows: list[dict], fmt: str) -> str:
    if fmt == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False, default=str) + "\n" for r in rows)
    return json.dumps(rows, ensure_ascii=False, indent=2, default=str) + "\n"


def keep_backup(path: str | Path) -> Path | None:
    """Copy an existing file to its backup name unless a backup is already there.
    Returns the backup made, or None."""
    path = Path(path)
    target = backup_path(path)
    if not path.is_file() or target.exists():
        return None
    copy_file_atomic(path, target)
    return target


@dataclass(frozen=True)
class SaveResult:
    backup: Path | None  # the NAME.orig.EXT made by this save, if any
    encoding: str  # the codec written
    kept_encoding: bool  # the file's own (non-UTF-8) encoding was kept
    unencodable: str = ""  # the first character the file's encoding could not hold


UTF8_FAMILY = ("utf-8", "utf_8", "utf8", "ascii")


def save_rows(
    rows: list[dict], path: str | Path, *, backup: bool, source_encoding: str = "utf-8", same_file: bool = True
) -> SaveResult:
    """Write rows to `path` (format from its name), in the encoding the file was read in
    when saving over it. With backup=True an existing file there is first kept as
    NAME.orig.EXT (once)."""
    path = Path(path)
    text = rows_text(rows, save_format(path))
    codec, kept, missing = "utf-8", False, ""
    if same_file and (source_encoding or "utf-8").lower() not in UTF8_FAMILY:
        try:
            data = text.encode(source_encoding)
            codec, kept = source_encoding, True
        except UnicodeEncodeError as exc:
            missing = exc.object[exc.start]
        except LookupError:
            pass
    if not kept:
        data = text.encode("utf-8-sig" if (source_encoding or "").lower() == "utf-8-sig" and same_file else "utf-8")
        codec = "utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8"
    made = keep_backup(path) if backup else None
    write_bytes_atomic(path, data)
    return SaveResult(made, codec, kept, missing)
