"""Atomic file writes: a crash leaves either the old file or the new one, never half.

Every rename goes through `replace`, which retries for a moment when Windows
refuses it because another program (an antivirus scanner, the search indexer, a
file manager's preview) has the file open: that refusal is brief, and a run must
not die at its last step over it.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path

RENAME_RETRY_SECONDS = 3.0


def replace(src, dst, *, retry_seconds: float | None = None) -> None:
    """os.replace, retried while the OS reports the file in use (PermissionError)."""
    deadline = time.monotonic() + (RENAME_RETRY_SECONDS if retry_seconds is None else retry_seconds)
    wait = 0.02
    while True:
        try:
            os.replace(src, dst)
            return
        except PermissionError:
            # Elsewhere a refusal is usually for good, but waiting costs only the retry time.
            if time.monotonic() + wait > deadline:
                raise
            time.sleep(wait)
            wait = min(wait * 2, 0.5)


def write_bytes_atomic(path: Path, data: bytes) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def copy_file_atomic(source: Path, target: Path) -> None:
    """Copy `source` to `target` through a temporary name, so a half-copied file never looks complete."""
    target = Path(target)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    try:
        shutil.copy2(source, tmp)
        replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def write_text_atomic(path: Path, text: str, encoding: str = "utf-8") -> None:
    write_bytes_atomic(path, text.encode(encoding))


def replace_dir_atomic(staging: Path, final: Path) -> None:
    """Move a fully written staging folder into place, replacing `final`.

    The old folder is renamed aside first so there is never a moment with a
    half-written folder under the final name.
    """
    staging, final = Path(staging), Path(final)
    old = final.with_name(final.name + ".old")
    if old.exists():
        shutil.rmtree(old)
    if final.exists():
        replace(final, old)
    replace(staging, final)
    if old.exists():
        shutil.rmtree(old, ignore_errors=True)
