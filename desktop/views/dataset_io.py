"""Saving edited rows: JSON or JSON Lines, written atomically, original kept once.

The first time a file the user brought is overwritten, its original bytes are
kept beside it as NAME.orig.EXT. That backup is never overwritten afterwards,
so the user can always get back to what they started with.
"""
from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

from core.atomic import write_text_atomic

SAVE_SUFFIXES = (".json", ".jsonl")


def save_format(path: str | Path) -> str:
    """"jsonl" for .jsonl / .ndjson names, else "json"."""
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
    # Copy to a temporary name first so a half-copied backup never looks complete.
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        shutil.copy2(path, tmp)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    return target


def save_rows(rows: list[dict], path: str | Path, *, backup: bool) -> Path | None:
    """Write rows to `path` (format from its name). With backup=True an existing
    file there is first kept as NAME.orig.EXT (once). Returns the backup made."""
    path = Path(path)
    made = keep_backup(path) if backup else None
    write_text_atomic(path, rows_text(rows, save_format(path)))
    return made
