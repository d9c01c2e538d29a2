"""Qt's translation tools as PySide6 installs them: pyside6-lupdate beside python on Linux and macOS,
pyside6-lupdate.exe in Scripts\\ on Windows (beside python.exe in a virtual environment)."""

from __future__ import annotations

import shutil
import sys
import sysconfig
from pathlib import Path

import pytest


def qt_tool(name: str) -> str:
    """pyside6-<name> of this environment, else from PATH. PySide6 is a pinned dependency, so a
    missing tool is a broken install, and the test that needs it fails instead of passing as skipped."""
    folders = dict.fromkeys([Path(sys.executable).parent, Path(sysconfig.get_path("scripts"))])
    for folder in folders:
        for suffix in ("", ".exe"):
            candidate = folder / f"pyside6-{name}{suffix}"
            if candidate.is_file():
                return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if not found:
        pytest.fail(
            f"pyside6-{name} is neither beside {sys.executable} nor on PATH: reinstall PySide6 (./dev test does)"
        )
    return found
