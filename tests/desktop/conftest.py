"""GUI tests run offscreen with real widgets; Qt must not be imported before this is set."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

import pytest  # noqa: E402


@pytest.fixture
def lorasmith_app(qapp):
    """The QApplication set up as the app does it (names, theme, English)."""
    from desktop import i18n
    from desktop.application import create_application

    app = create_application("en")
    yield app
    i18n.install_translators(app, "en")


@pytest.fixture
def window(lorasmith_app, qtbot):
    from desktop.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    if win.worker.is_running():
        win.worker.kill()
        win.worker.wait(10000)
    win._force_close = True
    win.close()


@pytest.fixture
def chinese_home(tmp_path, monkeypatch):
    """A user data folder with a space and Chinese in its path, as on many Windows machines.
    Ask for it before `window`, so the window starts with it."""
    home = tmp_path / "张 伟" / "Lorasmith data"
    home.mkdir(parents=True)
    monkeypatch.setenv("LORASMITH_HOME", str(home))
    return home
