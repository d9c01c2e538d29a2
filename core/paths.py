"""Where user data lives: the platform's user data folder, never the program folder.

LORASMITH_HOME overrides it (tests, portable installs).
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "Lorasmith"
REPO_ROOT = Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    # Frozen builds put resources/ beside the executable's internal folder.
    import sys

    base = getattr(sys, "_MEIPASS", None)
    return Path(base) / "resources" if base else REPO_ROOT / "resources"


def demo_model_dir() -> Path:
    return resources_dir() / "demo-model"


def samples_dir() -> Path:
    return resources_dir() / "samples"


def user_data_dir() -> Path:
    home = os.environ.get("LORASMITH_HOME")
    if home:
        path = Path(home)
    else:
        from platformdirs import user_data_dir as _udd

        path = Path(_udd(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def runs_dir() -> Path:
    path = user_data_dir() / "runs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def models_dir() -> Path:
    path = user_data_dir() / "models"
    path.mkdir(parents=True, exist_ok=True)
    return path


def cache_dir() -> Path:
    path = user_data_dir() / "cache"
    path.mkdir(parents=True, exist_ok=True)
    return path


def logs_dir() -> Path:
    path = user_data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def app_version() -> str:
    """The installed version, from the package metadata (a frozen build carries it too)."""
    try:
        from importlib.metadata import version

        return version("lorasmith")
    except Exception:  # noqa: BLE001 - a bare checkout that was never installed
        return "unknown"
