"""Starting a child process, from a source checkout or from the installed app, in one way.

An installed (PyInstaller) app has no python.exe, so it starts its children with
its own executable: `Lorasmith.exe --engine core.training RUN_DIR`. From a source
checkout the same child is `python -m core.training RUN_DIR`. A module is a child
engine when it defines `engine_main(argv)`; the command names the module, so core
needs no table of who its children are (the GUI's own children live in desktop/).

`start_child` is the one place that sets a child's environment (unbuffered UTF-8
output, no console window on Windows, the checkout as working folder).

No Qt here and nothing heavy at import time: the GUI process imports this module.
"""

from __future__ import annotations

import importlib
import os
import re
import subprocess
import sys
from pathlib import Path

ENGINE_FLAG = "--engine"
TRAINING_ENGINE = "core.training"
GENERATION_ENGINE = "core.inference.generation_child"
# Only our own packages may be started as children of the installed app.
_ENGINE_NAME = re.compile(r"(core|desktop)(\.[a-z_][a-z0-9_]*)+")


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def _check_engine(module: str) -> None:
    if not _ENGINE_NAME.fullmatch(module):
        raise ValueError(f"unknown engine {module!r}: an engine is a module of core or desktop")


def engine_command(module: str, *args: str) -> list[str]:
    """The command line that runs child engine `module` with `args`, frozen or not."""
    _check_engine(module)
    if is_frozen():
        return [sys.executable, ENGINE_FLAG, module, *args]
    return [sys.executable, "-m", module, *args]


def training_command(run_dir: str | Path, resume: bool = False) -> list[str]:
    return engine_command(TRAINING_ENGINE, str(run_dir), *(["--resume"] if resume else []))


def generation_command() -> list[str]:
    return engine_command(GENERATION_ENGINE)


def child_environment() -> dict[str, str]:
    """The environment every child gets: ours, with output unbuffered and in UTF-8 whatever the locale."""
    return dict(os.environ, PYTHONUNBUFFERED="1", PYTHONIOENCODING="utf-8")


def start_child(command: list[str], *, text: bool = True, **popen_options) -> subprocess.Popen:
    """Start `command` as a child of ours. Text mode decodes UTF-8 line by line, replacing what is not;
    `popen_options` (pipes, stderr) pass through to Popen."""
    from core.paths import REPO_ROOT

    if text:
        popen_options = {"text": True, "encoding": "utf-8", "errors": "replace", "bufsize": 1, **popen_options}
    return subprocess.Popen(
        command,
        cwd=str(REPO_ROOT),
        env=child_environment(),
        creationflags=subprocess.CREATE_NO_WINDOW if sys.platform == "win32" else 0,
        **popen_options,
    )


def run_engine(module: str, argv: list[str]) -> int:
    try:
        _check_engine(module)
        loaded = importlib.import_module(module)
        if loaded.__spec__.submodule_search_locations is not None:  # a package: its __main__ runs it
            loaded = importlib.import_module(f"{module}.__main__")
        entry = loaded.engine_main
    except (ValueError, ImportError, AttributeError):
        print(f"unknown engine {module!r}: no module of ours with engine_main(argv)", file=sys.stderr)
        return 2
    return int(entry(argv) or 0)


def dispatch(argv: list[str]) -> int | None:
    """Handle `--engine MODULE ARGS...`; None means "not a child, open the app"."""
    if argv and argv[0] == ENGINE_FLAG:
        if len(argv) < 2:
            print(f"usage: {ENGINE_FLAG} MODULE ARGS...", file=sys.stderr)
            return 2
        return run_engine(argv[1], argv[2:])
    return None
