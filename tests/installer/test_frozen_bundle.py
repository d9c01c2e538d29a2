"""The installed app: child commands frozen and not, windowed-app streams, crash logs, and the real bundle.

The slow test builds the PyInstaller bundle for this platform (reused while the
sources and installed packages are unchanged) and runs its --self-test, which
catches missing hidden imports and data files before a user does.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from core import launch as frozen
from tests.locations import REPO

ROOT = REPO
BUNDLE_DIR = ROOT / "build" / "test-bundle"


@pytest.fixture
def user_home(tmp_path, monkeypatch):
    monkeypatch.setenv("LORASMITH_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def test_child_commands_from_source_use_python_dash_m(monkeypatch):
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert frozen.training_command(Path("runs/a"), resume=True) == [
        sys.executable, "-m", "core.training", str(Path("runs/a")), "--resume"]
    assert frozen.generation_command() == [sys.executable, "-m", "core.inference.generation_child"]


def test_child_commands_when_frozen_run_the_app_itself(monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert frozen.is_frozen()
    assert frozen.training_command("RUN") == [sys.executable, "--engine", "training", "RUN"]
    assert frozen.generation_command() == [sys.executable, "--engine", "generate"]


def test_every_engine_module_has_an_entry():
    import importlib

    for name, module_name in frozen.ENGINES.items():
        module = importlib.import_module(module_name)
        assert callable(getattr(module, "engine_main", None) or getattr(module, "main", None)), name


def test_unknown_engine_is_refused(capsys):
    assert frozen.dispatch(["--engine", "nonsense"]) == 2
    assert "unknown engine 'nonsense'" in capsys.readouterr().err
    assert frozen.dispatch(["--lang", "en"]) is None
    with pytest.raises(ValueError):
        frozen.engine_command("nonsense")


def test_training_engine_runs_through_dispatch_and_explains_a_bad_folder(tmp_path, capsys):
    assert frozen.dispatch(["--engine", "training", str(tmp_path)]) == 2
    assert "no run.yaml here" in capsys.readouterr().err


def test_missing_streams_of_a_windowed_app_go_to_a_log(user_home, monkeypatch):
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    path = frozen.ensure_std_streams()
    print("progress bar 50%")
    sys.stderr.write("a library warning\n")
    sys.stdout.flush()
    assert path == user_home / "logs" / "app.log"
    text = path.read_text(encoding="utf-8")
    assert "progress bar 50%" in text and "a library warning" in text


def test_streams_that_exist_are_left_alone(user_home):
    before = sys.stdout, sys.stderr
    assert frozen.ensure_std_streams() is None
    assert (sys.stdout, sys.stderr) == before


def test_crash_log_goes_to_the_user_data_folder(user_home, monkeypatch):
    reported = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    frozen.install_crash_handler(reported.append)
    try:
        raise RuntimeError("the model file is broken")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    assert len(reported) == 1
    path = reported[0]
    assert path.parent == user_home / "logs" and path.name.startswith("crash-")
    text = path.read_text(encoding="utf-8")
    assert "RuntimeError: the model file is broken" in text and "Traceback" in text


@pytest.mark.slow
def test_built_bundle_passes_its_self_test(tmp_path):
    if not (ROOT / "resources" / "demo-model" / "config.json").exists():
        pytest.fail("resources/demo-model is missing: the bundle's self-test trains it")
    dist = BUNDLE_DIR / "dist"
    build = subprocess.run(
        [sys.executable, str(ROOT / "installer" / "build.py"), "--no-installer",
         "--dist", str(dist), "--work", str(BUNDLE_DIR / "work")],
        cwd=ROOT, capture_output=True, text=True, timeout=1500)
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    executable = dist / "Lorasmith" / ("Lorasmith.exe" if sys.platform == "win32" else "Lorasmith")
    report = tmp_path / "self-test.txt"
    result = subprocess.run([str(executable), "--self-test", "--report", str(report)],
                            cwd=tmp_path, capture_output=True, text=True, timeout=900,
                            env={**_clean_env(), "QT_QPA_PLATFORM": "offscreen"})
    summary = report.read_text(encoding="utf-8") if report.exists() else "(no report)"
    assert result.returncode == 0, f"{summary}\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    assert summary.startswith("self-test passed:"), summary
    assert "trained" in summary and "reloaded the adapter" in summary and "main window" in summary


def _clean_env() -> dict:
    # The bundle must not lean on this checkout's Python: no PYTHONPATH, no virtualenv.
    import os

    return {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
