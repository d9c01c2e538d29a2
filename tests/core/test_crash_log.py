"""A windowed app without a console still logs, and an uncaught error leaves a crash file."""

from __future__ import annotations

import sys

import pytest

from core import crash_log


@pytest.fixture
def user_home(tmp_path, monkeypatch):
    monkeypatch.setenv("LORASMITH_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def test_missing_streams_of_a_windowed_app_go_to_a_log(user_home, monkeypatch):
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    path = crash_log.ensure_std_streams()
    print("progress bar 50%")
    sys.stderr.write("a library warning\n")
    sys.stdout.flush()
    assert path == user_home / "logs" / "app.log"
    text = path.read_text(encoding="utf-8")
    assert "progress bar 50%" in text and "a library warning" in text


def test_streams_that_exist_are_left_alone(user_home):
    before = sys.stdout, sys.stderr
    assert crash_log.ensure_std_streams() is None
    assert (sys.stdout, sys.stderr) == before


def test_crash_log_goes_to_the_user_data_folder(user_home, monkeypatch):
    reported = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    crash_log.install_crash_handler(reported.append)
    try:
        raise RuntimeError("the model file is broken")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    assert len(reported) == 1
    path = reported[0]
    assert path.parent == user_home / "logs" and path.name.startswith("crash-")
    text = path.read_text(encoding="utf-8")
    assert "RuntimeError: the model file is broken" in text and "Traceback" in text
