"""`lorasmith` itself: window options open the window, anything else goes to the command line."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def lorasmith(*args: str, home: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LORASMITH_HOME=str(home))
    return subprocess.run([sys.executable, "-m", "desktop.app", *args], cwd=REPO, env=env, capture_output=True,
                          text=True, timeout=120)


def test_no_arguments_opens_the_window(tmp_path):
    result = lorasmith("--exit-when-shown", "--lang", "zh_CN", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "window shown" in result.stdout
    assert (tmp_path / "settings.ini").exists()  # it closed normally and saved its geometry


def test_a_subcommand_goes_to_the_command_line(tmp_path):
    result = lorasmith("data", "inspect", str(tmp_path / "missing.json"), home=tmp_path)
    assert result.returncode == 2
    assert "missing.json" in result.stderr + result.stdout
    assert "Traceback" not in result.stderr


def test_an_unknown_option_is_a_usage_error(tmp_path):
    result = lorasmith("--no-such-option", home=tmp_path)
    assert result.returncode == 2 and "usage: lorasmith" in result.stderr


def test_screenshots_of_every_screen(tmp_path):
    result = lorasmith("--screenshot", str(tmp_path / "shots"), "--lang", "zh_TW", home=tmp_path / "home")
    assert result.returncode == 0, result.stderr[-2000:]
    names = sorted(p.name for p in (tmp_path / "shots").glob("*.png"))
    for key in ("models", "dataset", "train", "monitor", "test", "runs"):
        assert any(name.endswith(f"-{key}.png") for name in names), names
    assert all((tmp_path / "shots" / name).stat().st_size > 10_000 for name in names)


def test_an_uncaught_error_is_logged_and_the_log_offered(window, qtbot, monkeypatch):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from core.paths import logs_dir
    from desktop.app import _report_crashes

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)   # restored after the test
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
