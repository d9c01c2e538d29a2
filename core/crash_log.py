"""When nobody is watching the console: a windowed app's missing stdout/stderr, and crash logs.

A windowed (installed) app has no console; an error nothing caught is written to
logs/crash-DATE.log in the user data folder so the user can read it or send it.
No Qt here: the GUI shows the file, this module only writes it.
"""

from __future__ import annotations

import sys
import time
import traceback
from pathlib import Path

from core.launch import is_frozen


def ensure_std_streams() -> Path | None:
    """Give a windowed app somewhere to write: its sys.stdout/sys.stderr are None.

    Libraries print progress bars and warnings unconditionally; writing to None
    raises AttributeError deep inside them. Returns the log file used, if any.
    """
    if sys.stdout is not None and sys.stderr is not None:
        return None
    path = _logs_dir() / "app.log"
    try:
        if path.exists() and path.stat().st_size > 5 << 20:
            path.replace(path.with_suffix(".old.log"))
        log = open(path, "a", encoding="utf-8", buffering=1, errors="replace")
    except OSError:
        import os

        log = open(os.devnull, "w", encoding="utf-8")
        path = None
    if sys.stdout is None:
        sys.stdout = log
    if sys.stderr is None:
        sys.stderr = log
    return path


def write_crash_log(exc_type, exc, tb) -> Path | None:
    """Write the traceback to logs/crash-DATE.log in the user data folder; return its path."""
    try:
        path = _logs_dir() / f"crash-{time.strftime('%Y%m%d-%H%M%S')}.log"
    except OSError:
        return None
    from core.paths import app_version

    version = app_version()
    text = (
        f"Lorasmith {version} crashed at {time.strftime('%Y-%m-%d %H:%M:%S')}\n"
        f"python {sys.version.split()[0]} on {sys.platform}, frozen={is_frozen()}\n"
        f"command: {sys.argv!r}\n\n" + "".join(traceback.format_exception(exc_type, exc, tb))
    )
    try:
        path.write_text(text, encoding="utf-8")
    except OSError:
        return None
    return path


def install_crash_handler(on_crash=None) -> None:
    """Log uncaught exceptions to a crash file, then call on_crash(path) (the GUI offers to open it)."""
    previous = sys.excepthook

    def hook(exc_type, exc, tb):
        path = write_crash_log(exc_type, exc, tb)
        if on_crash is not None and path is not None:
            try:
                on_crash(path)
                return
            except Exception:  # noqa: BLE001
                pass
        previous(exc_type, exc, tb)

    sys.excepthook = hook


def _logs_dir() -> Path:
    from core.paths import logs_dir

    return logs_dir()
