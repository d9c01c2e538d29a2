"""One path for user mistakes: every domain's error is a UserError, every command turns it into
one line and exit status 2, and anything else (a bug) keeps its traceback and reaches the crash log."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from core.cli.main import main
from core.errors import UserError, one_line, report_user_error
from tests.locations import REPO


def test_every_domain_error_is_a_user_error():
    from core.cli import evaluate as eval_cli
    from core.cli import main as cli
    from core.cli import plan as plan_cli
    from core.data.problems import DataError
    from core.hub import access as hub_access
    from core.inference.export import folders as export

    assert cli.UserError is UserError
    for error in (DataError, plan_cli.PlanError, export.ExportError, hub_access.HubError, eval_cli.UsageError):
        assert issubclass(error, UserError), error


def test_a_message_written_on_several_lines_is_printed_on_one(capsys):
    assert report_user_error(UserError("the Hub said:\n  try again later\n")) == 2
    assert capsys.readouterr().err == "lorasmith: the Hub said: try again later\n"
    assert one_line("a\r\nb") == "a b"


def _files(tmp_path: Path) -> dict[str, Path]:
    (tmp_path / "not-a-run").mkdir()
    (tmp_path / "bad.yaml").write_text("lora_rank: lots\n", encoding="utf-8")
    (tmp_path / "latin1.yaml").write_bytes("model: caf\xe9\n".encode("latin-1"))
    (tmp_path / "nested.yaml").write_text("lora_targets: " + "[" * 3000 + "]" * 3000 + "\n", encoding="utf-8")
    (tmp_path / "broken.json").write_text('{"hidden_size": ', encoding="utf-8")
    (tmp_path / "deep.json").write_text("[" * 300_000, encoding="utf-8")
    (tmp_path / "rows.json").write_text('[{"instruction": "a", "output": "b"}]', encoding="utf-8")
    (tmp_path / "deep-format.json").write_text('{"instruction,output": ' + "[" * 100_000 + "}", encoding="utf-8")
    return {p.name: p for p in tmp_path.iterdir()}


MISTAKES = [
    (["data", "inspect", "{tmp}/nope.json"], "nope.json: no such file"),
    (["data", "inspect", "{deep.json}"], "deep.json:1:2: the lists or objects here are nested"),
    (["data", "inspect", "{rows.json}", "--format", "{deep-format.json}"], "deep-format.json: this is not a format"),
    (["data", "inspect", "{rows.json}", "--model", "{not-a-run}"], "not a model folder"),
    (["train", "{tmp}/nope.yaml"], "nope.yaml: no such file"),
    (["train", "{bad.yaml}"], "bad.yaml: lora_rank must be a number"),
    (["train", "{latin1.yaml}"], "latin1.yaml: this is not UTF-8 text"),
    (["train", "{nested.yaml}"], "nested.yaml: the settings are nested too deeply"),
    (["train", "{not-a-run}"], "not-a-run: a folder without a run.yaml"),
    (["plan", "--model", "{broken.json}", "--vram", "8"], "broken.json: not valid JSON"),
    (["plan", "--model", "{tmp}/nowhere", "--vram", "8"], "no such folder or file"),
    (["eval", "perplexity", "--model", "{not-a-run}"], "--data"),
    (["generate", "--model", "{not-a-run}", "--prompt", "hi"], "not a model folder"),
    (["export", "{not-a-run}", "--to", "adapter", "--out", "{tmp}/out"], "not a run folder"),
    (["models", "delete", "nothing-here"], "No model called 'nothing-here'"),
]


@pytest.mark.parametrize(
    "argv, words", MISTAKES, ids=[" ".join(a[:2]) + f" [{i}]" for i, (a, _) in enumerate(MISTAKES)]
)
def test_each_user_mistake_is_one_line_and_exit_2(tmp_path, capsys, _isolated_user_data, argv, words):
    files = _files(tmp_path)
    for name, path in {"tmp": tmp_path, **files}.items():
        argv = [a.replace("{" + name + "}", str(path)) for a in argv]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and err.startswith("lorasmith") and words in err, err
    assert "Traceback" not in err and not _logs(_isolated_user_data)


@pytest.mark.parametrize(
    "argv, words",
    [
        (["data", "inspect", "x.json", "--cutoff", "lots"], "'lots' is not a whole number"),
        (["data", "inspect", "x.json", "--cutoff", "0"], "0 must be at least 1"),
        (["data", "inspect", "x.json", "--samples", "-1"], "-1 must be at least 0"),
        (["demo", "--steps", "-5"], "-5 must be at least 1"),
    ],
)
def test_argparse_mistakes_still_exit_2(capsys, argv, words):
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2 and words in capsys.readouterr().err


def test_a_subcommands_usage_mistake_names_the_command_once(capsys):
    assert main(["eval", "perplexity", "--nonsense"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("lorasmith eval") and "lorasmith: lorasmith" not in err, err


def _logs(home: Path) -> list[Path]:
    return sorted((home / "logs").glob("crash-*.log"))


@pytest.mark.parametrize(
    "target, error",
    [
        ("core.data.pipeline.prepare_examples", ValueError("an internal value is wrong")),
        ("core.data.pipeline.prepare_examples", FileNotFoundError("an internal file vanished")),
        ("core.data.pipeline.prepare_examples", KeyError("kind")),
    ],
)
def test_a_bug_is_not_passed_off_as_a_mistake(monkeypatch, capsys, samples, _isolated_user_data, target, error):
    def broken(*args, **kwargs):
        raise error

    monkeypatch.setattr(target, broken)
    with pytest.raises(type(error)):
        main(["data", "inspect", str(samples / "alpaca_en.json")])
    err = capsys.readouterr().err
    [log] = _logs(_isolated_user_data)
    assert "this is a bug in Lorasmith" in err and str(log) in err
    text = log.read_text(encoding="utf-8")
    assert "Traceback" in text and type(error).__name__ in text


@pytest.mark.parametrize(
    "argv, target",
    [
        (["plan", "--model", "{model}", "--vram", "8"], "core.planning.plan.propose"),
        (["export", "{tmp}", "--to", "adapter", "--out", "{tmp}/o"], "core.inference.export.folders.find_run"),
        (["eval", "perplexity", "--run", "{tmp}"], "core.inference.export.folders.find_run"),
        (["models", "list"], "core.hub.download.list_local_models"),
    ],
)
def test_delegated_commands_let_a_bug_through_too(monkeypatch, capsys, tmp_path, demo_model, argv, target):
    def broken(*args, **kwargs):
        raise ValueError("an internal value is wrong")

    monkeypatch.setattr(target, broken)
    with pytest.raises(ValueError):
        main([a.format(model=demo_model, tmp=tmp_path) for a in argv])
    assert "this is a bug in Lorasmith" in capsys.readouterr().err


def test_ctrl_c_exits_130(monkeypatch, capsys, samples):
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("core.data.pipeline.prepare_examples", interrupted)
    assert main(["data", "inspect", str(samples / "alpaca_en.json")]) == 130
    assert capsys.readouterr().err == "lorasmith: interrupted\n"


def _cli(args: list[str], home: Path, prelude: str = "") -> subprocess.CompletedProcess:
    code = f"import sys\n{prelude}\nfrom core.cli.main import main\nsys.exit(main({args!r}))\n"
    env = dict(os.environ, LORASMITH_HOME=str(home))
    return subprocess.run([sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True, timeout=120)


def test_in_a_real_process_a_mistake_is_one_line_and_a_bug_a_traceback_and_a_crash_log(tmp_path, samples):
    deep = tmp_path / "deep.jsonl"
    deep.write_text('{"text": "a"}\n{"text": ' + "[" * 200_000 + "]" * 200_000 + "}\n", encoding="utf-8")
    mistake = subprocess.run(
        [sys.executable, "-m", "core.cli.main", "data", "inspect", str(deep)],
        cwd=REPO,
        env=dict(os.environ, LORASMITH_HOME=str(tmp_path / "home")),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert mistake.returncode == 2
    assert mistake.stderr.strip().splitlines() == [mistake.stderr.strip()]
    assert mistake.stderr.startswith("lorasmith: deep.jsonl:2: row 2 has lists or objects nested")

    bug = _cli(
        ["data", "inspect", str(samples / "alpaca_en.json")],
        tmp_path / "home",
        prelude="import core.data.pipeline as p\n"
        "def broken(*a, **k):\n    raise ValueError('an internal value is wrong')\n"
        "p.prepare_examples = broken",
    )
    assert bug.returncode == 1
    assert "Traceback (most recent call last)" in bug.stderr and "ValueError: an internal value is wrong" in bug.stderr
    [log] = _logs(tmp_path / "home")
    assert f"saved in {log}" in bug.stderr
    assert "ValueError: an internal value is wrong" in log.read_text(encoding="utf-8")


def test_the_training_child_refuses_bad_arguments_with_one_line(tmp_path, capsys):
    from core.training.child import child_main

    assert child_main([]) == 2
    assert capsys.readouterr().err == "lorasmith: usage: python -m core.training RUN_DIR [--resume]\n"
    assert child_main([str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"lorasmith: {tmp_path}: no run.yaml here") and len(err.splitlines()) == 1


def test_the_generation_child_reports_mistakes_plainly_and_bugs_with_their_traceback():
    from core.data.problems import DataError
    from core.inference.generation_child import describe_failure

    log = io.StringIO()
    mistake = describe_failure(DataError("model/: not a model folder"), log)
    assert mistake == {"code": "user", "message": "model/: not a model folder", "hint": ""} and log.getvalue() == ""
    try:
        json.loads("{")  # a bug: a ValueError nobody meant for the user
    except ValueError as exc:
        bug = describe_failure(exc, log)
    assert bug["code"] == "crash" and bug["message"].startswith("JSONDecodeError:") and "bug" in bug["hint"]
    assert "Traceback" in log.getvalue()


def test_a_reader_that_stops_early_is_not_a_bug(tmp_path):
    # `lorasmith data inspect --json | head`: the pipe closes while we still write.
    rows = [{"instruction": f"Question {i}: " + "why " * 40, "output": "Because. " * 40} for i in range(400)]
    dataset = tmp_path / "many.json"
    dataset.write_text(json.dumps(rows), encoding="utf-8")
    code = (
        "import sys\nfrom core.cli.main import main\n"
        f"sys.exit(main(['data', 'inspect', {str(dataset)!r}, '--samples', '400']))\n"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", code],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=dict(os.environ, LORASMITH_HOME=str(tmp_path / "home")),
    )
    child.stdout.read(10)
    child.stdout.close()  # far more than a pipe holds is still to come: the write must fail
    err = child.stderr.read().decode()
    assert child.wait(timeout=120) == 141 and "Traceback" not in err and "bug" not in err, err
    assert not (tmp_path / "home" / "logs").exists()
