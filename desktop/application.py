"""The QApplication: our names, icon, fonts, language and theme, set up once before any window."""

from __future__ import annotations

import sys


def create_application(language: str | None = None):
    """The QApplication with our names, icon, language and theme (tests use it too)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from desktop import fonts, i18n, settings, theme

    QCoreApplication.setOrganizationName(settings.ORGANIZATION)
    QCoreApplication.setApplicationName(settings.APPLICATION)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    if sys.platform == "win32":
        _set_windows_app_id()
    app.setWindowIcon(theme.app_icon())
    language = i18n.resolve_language(language or settings.language())
    fonts.install(app, language)  # before any window: Chinese must not come out as boxes where no CJK font is
    i18n.install_translators(app, language)
    theme.install(app, settings.theme())
    return app


def _set_windows_app_id() -> None:
    # Without this the taskbar groups the window under python.exe and shows Python's icon.
    try:
        import ctypes

        ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID("Lorasmith.Lorasmith")
    except (AttributeError, OSError):
        pass
