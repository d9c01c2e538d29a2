"""`lorasmith` itself: window options open the window, anything else goes to the command line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.desktop.test_fonts import differing_share, no_cjk_system  # noqa: F401 - a fixture
from tests.locations import REPO


def lorasmith(*args: str, home: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, **(env or {}), QT_QPA_PLATFORM="offscreen", LORASMITH_HOME=str(home))
    return subprocess.run(
        [sys.executable, "-m", "desktop.app", *args], cwd=REPO, env=env, capture_output=True, text=True, timeout=120
    )


def test_no_arguments_opens_the_window(tmp_path):
    result = lorasmith("--exit-when-shown", "--lang", "zh_CN", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "window shown" in result.stdout
    # It closed normally and saved where it was: the window's geometry and the screen it showed.
    import configparser

    saved = configparser.ConfigParser(interpolation=None)
    saved.read(tmp_path / "settings.ini", encoding="utf-8")
    assert saved.get("window", "geometry").startswith("@ByteArray(") and saved.get("window", "screen")


def test_a_subcommand_goes_to_the_command_line(tmp_path):
    result = lorasmith("data", "inspect", str(tmp_path / "missing.json"), home=tmp_path)
    assert result.returncode == 2
    assert "missing.json" in result.stderr + result.stdout
    assert "Traceback" not in result.stderr


def test_an_unknown_option_is_a_usage_error(tmp_path):
    result = lorasmith("--no-such-option", home=tmp_path)
    assert result.returncode == 2 and "usage: lorasmith" in result.stderr


# `lorasmith --screenshot` as the app runs it, except that it finds no shipped fonts.
SCREENSHOTS_WITHOUT_OUR_FONTS = (
    "import os, sys\n"
    "from pathlib import Path\n"
    "import desktop.fonts\n"
    "desktop.fonts.fonts_dir = lambda: Path(sys.argv[1])\n"
    "from desktop.screenshots import render_screenshots\n"
    "code = render_screenshots(sys.argv[2], 'zh_TW')\n"
    "sys.stdout.flush()\n"
    "os._exit(code)\n"
)


def test_screenshots_of_every_screen(tmp_path, no_cjk_system, qapp):  # noqa: F811 - the fixture
    """Every screen, drawn in Traditional Chinese on a machine with no Chinese font of its own
    (where the system's fonts can be hidden): the Chinese must be real characters, not boxes."""
    result = lorasmith(
        "--screenshot", str(tmp_path / "shots"), "--lang", "zh_TW", home=tmp_path / "home", env=no_cjk_system
    )
    assert result.returncode == 0, result.stderr[-2000:]
    names = sorted(p.name for p in (tmp_path / "shots").glob("*.png"))
    for key in ("models", "dataset", "train", "monitor", "test", "runs"):
        assert any(name.endswith(f"-{key}.png") for name in names), names
    from PySide6.QtGui import QRawFont

    from tests.desktop.test_fonts import missing_characters

    assert not missing_characters(QRawFont(str(REPO / "resources" / "fonts" / "lorasmith-cjk-tc.otf"), 12), "zh_TW")
    if no_cjk_system is None:
        return  # the system's own fonts cannot be hidden here; tests/desktop/test_fonts.py checks what it can
    (tmp_path / "no-fonts").mkdir()
    without = subprocess.run(
        [sys.executable, "-c", SCREENSHOTS_WITHOUT_OUR_FONTS, str(tmp_path / "no-fonts"), str(tmp_path / "without")],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **no_cjk_system, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert without.returncode == 0, without.stderr[-2000:]
    assert sorted(p.name for p in (tmp_path / "without").glob("*.png")) == names
    # Drawn without our fonts, every Chinese label is empty; with them, it is ink. Each screen has
    # Chinese, so each must change clearly (a screen's Latin text and pictures are the same in both).
    shares = {name: differing_share(tmp_path / "shots" / name, tmp_path / "without" / name) for name in names}
    assert min(shares.values()) > 0.005, {name: f"{share:.2%}" for name, share in sorted(shares.items())}


def test_an_uncaught_error_is_logged_and_the_log_offered(window, qtbot, monkeypatch):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from core.paths import logs_dir
    from desktop.app import _report_crashes

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    _report_crashes(window)
    offered = []

    def answer():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        offered.append(box.text())
        box.button(QMessageBox.StandardButton.Close).click()

    QTimer.singleShot(0, answer)
    try:
        raise KeyError("no such column")
    except KeyError:
        sys.excepthook(*sys.exc_info())
    logs = list(logs_dir().glob("crash-*.log"))
    assert len(logs) == 1 and "KeyError: 'no such column'" in logs[0].read_text(encoding="utf-8")
    assert offered and str(logs[0]) in offered[0]
