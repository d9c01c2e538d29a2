"""The app's remembered preferences (window geometry, last folders, language, theme).

Stored with QSettings under the organisation and application name "Lorasmith"
(the registry on Windows). When LORASMITH_HOME is set (tests, portable
installs) they go to an INI file in that folder instead, so a test never
touches the real user's settings.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

ORGANIZATION = "Lorasmith"
APPLICATION = "Lorasmith"


def app_settings() -> QSettings:
    home = os.environ.get("LORASMITH_HOME")
    if home:
        return QSettings(str(Path(home) / "settings.ini"), QSettings.Format.IniFormat)
    return QSettings(ORGANIZATION, APPLICATION)


def value(key: str, default=None):
    return app_settings().value(key, default)


def set_value(key: str, new_value) -> None:
    s = app_settings()
    s.setValue(key, new_value)
    s.sync()


def last_folder(kind: str, fallback: str | Path = "") -> str:
    """The folder the user last picked a `kind` of file in ('dataset', 'model', 'config', ...)."""
    folder = str(value(f"folders/{kind}", "") or "")
    if folder and Path(folder).is_dir():
        return folder
    return str(fallback or Path.home())


def remember_folder(kind: str, picked: str | Path) -> None:
    """Remember where `picked` (a file or a folder) lives for the next file dialog."""
    path = Path(picked)
    set_value(f"folders/{kind}", str(path if path.is_dir() else path.parent))


def language() -> str:
    """The chosen language code ('en', 'zh_CN', 'zh_TW'), or '' to follow the system."""
    return str(value("language", "") or "")


def set_language(code: str) -> None:
    set_value("language", code)


def theme() -> str:
    """'system' (follow the OS), 'light' or 'dark'."""
    choice = str(value("theme", "system") or "system")
    return choice if choice in ("system", "light", "dark") else "system"


def set_theme(choice: str) -> None:
    set_value("theme", choice)


FIRST_RUN_WIZARD = "wizard/first_run_shown"


def first_run_wizard_shown() -> bool:
    """Whether the getting-started wizard was already opened once (it opens by itself only the first time)."""
    return str(value(FIRST_RUN_WIZARD, "false")).lower() in ("true", "1")


def set_first_run_wizard_shown() -> None:
    set_value(FIRST_RUN_WIZARD, True)
