"""Starting children: the same engines from a checkout (python -m) and from the installed app (--engine)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from core import launch


def test_child_commands_from_source_use_python_dash_m(monkeypatch):
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert launch.training_command(Path("runs/a"), resume=True) == [
        sys.executable,
        "-m",
        "core.training",
        str(Path("runs/a")),
        "--resume",
    ]
    assert launch.generation_command() == [sys.executable, "-m", "core.inference.generation_child"]


def test_child_commands_when_frozen_run_the_app_itself(monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert launch.is_frozen()
    assert launch.training_command("RUN") == [sys.executable, "--engine", "core.training", "RUN"]
    assert launch.generation_command() == [sys.executable, "--engine", "core.inference.generation_child"]


@pytest.mark.parametrize(
    "engine",
    [launch.TRAINING_ENGINE, launch.GENERATION_ENGINE, "core.inference.bundle_check", "desktop.workers.inspect_worker"],
)
def test_every_child_we_start_is_an_engine(engine):
    import importlib

    module = importlib.import_module(engine)
    if module.__spec__.submodule_search_locations is not None:
        module = importlib.import_module(f"{engine}.__main__")
    assert callable(module.engine_main), engine


def test_unknown_engine_is_refused(capsys):
    assert launch.dispatch(["--engine", "nonsense"]) == 2
    assert "unknown engine 'nonsense'" in capsys.readouterr().err
    assert launch.dispatch(["--engine", "core.paths"]) == 2, "a module without engine_main is no engine"
    assert launch.dispatch(["--engine", "os.path"]) == 2, "only our own packages"
    assert launch.dispatch(["--lang", "en"]) is None
    with pytest.raises(ValueError):
        launch.engine_command("nonsense")


def test_training_engine_runs_through_dispatch_and_explains_a_bad_folder(tmp_path, capsys):
    assert launch.dispatch(["--engine", "core.training", str(tmp_path)]) == 2
    assert "no run.yaml here" in capsys.readouterr().err


def test_a_child_gets_unbuffered_utf8_output_and_our_folder(tmp_path):
    import subprocess

    from core.paths import REPO_ROOT

    probe = "import os, sys; print(os.environ['PYTHONUNBUFFERED'], sys.stdout.encoding, os.getcwd()); print('汉字')"
    child = launch.start_child([sys.executable, "-c", probe], stdout=subprocess.PIPE)
    out, _ = child.communicate(timeout=60)
    flag, encoding, folder = out.splitlines()[0].split(" ", 2)
    assert (flag, encoding.lower(), Path(folder)) == ("1", "utf-8", REPO_ROOT)
    assert out.splitlines()[1] == "汉字"
