"""The paths and names real Windows users have: spaces and Chinese in the user data folder, the model
folder, the dataset, the settings file and the run's name.

One tiny run is trained once for the module through the real `lorasmith` command (from a folder
that is not the checkout), resumed, and then inspected, tried and exported by the commands a
user would type.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from core.config import RunConfig
from core.training import runs
from core.training.events import read_metrics
from tests.locations import REPO

RUN_NAME = "我的 运行"
FIRST_STEPS, ALL_STEPS = 4, 6


def lorasmith(*args: str, home: Path, cwd: Path) -> subprocess.CompletedProcess:
    """The installed `lorasmith` command (lorasmith.exe on Windows), as a user runs it."""
    exe = Path(sys.executable).with_name("lorasmith.exe" if sys.platform == "win32" else "lorasmith")
    command = [str(exe)] if exe.exists() else [sys.executable, "-m", "core.cli.main"]
    env = dict(os.environ, LORASMITH_HOME=str(home), PYTHONIOENCODING="utf-8")
    env["PYTHONPATH"] = str(REPO)  # the checkout, for the -m fallback
    return subprocess.run(
        [*command, *args], cwd=cwd, env=env, capture_output=True, text=True, encoding="utf-8", timeout=600, check=False
    )


@pytest.fixture(scope="module")
def world(tmp_path_factory, demo_model, samples):
    """A user's folders, every one with a space and Chinese, and a run trained and resumed in them."""
    root = tmp_path_factory.mktemp("users")
    home = root / "张 伟" / "Lorasmith data"
    model = root / "模型 文件夹" / "demo model"
    shutil.copytree(demo_model, model)
    dataset = root / "数据 集" / "我的 角色.json"
    dataset.parent.mkdir()
    shutil.copy(samples / "demo_persona.json", dataset)
    settings = root / "设置" / "我的 设置.yaml"
    settings.parent.mkdir()
    RunConfig(
        model=str(model),
        dataset=str(dataset),
        cutoff_len=128,
        micro_batch_size=2,
        batch_size=2,
        max_steps=FIRST_STEPS,
        learning_rate=3e-3,
        lr_scheduler="constant",
        warmup_ratio=0.0,
        lora_rank=8,
        lora_alpha=16,
        lora_dropout=0.0,
        validation_split=0.1,
        eval_steps=2,
        save_steps=2,
        logging_steps=1,
        seed=7,
        device="cpu",
    ).save(settings)
    cwd = root / "桌面 Desktop"
    cwd.mkdir()

    trained = lorasmith("train", str(settings), "--name", RUN_NAME, home=home, cwd=cwd)
    assert trained.returncode == 0, trained.stdout[-3000:] + trained.stderr[-3000:]
    run_dir = home / "runs" / RUN_NAME
    first = list(read_metrics(run_dir / runs.METRICS))

    # Resume with a longer run: the run's own run.yaml, by its path with the Chinese in it.
    config = RunConfig.load(run_dir / runs.RUN_YAML)
    config.max_steps = ALL_STEPS
    config.save(run_dir / runs.RUN_YAML)
    resumed = lorasmith("train", str(run_dir / runs.RUN_YAML), "--resume", home=home, cwd=cwd)
    assert resumed.returncode == 0, resumed.stdout[-3000:] + resumed.stderr[-3000:]
    return {
        "root": root,
        "home": home,
        "model": model,
        "dataset": dataset,
        "cwd": cwd,
        "run_dir": run_dir,
        "trained": trained,
        "first": first,
        "all": list(read_metrics(run_dir / runs.METRICS)),
    }


@pytest.mark.slow
def test_the_run_keeps_its_chinese_name_and_trains_and_resumes_there(world):
    run_dir = world["run_dir"]
    assert run_dir.is_dir() and f"Run: {RUN_NAME}" in world["trained"].stdout
    assert f"Run folder: {run_dir}" in world["trained"].stdout
    assert json.loads((run_dir / runs.RUN_INFO).read_text(encoding="utf-8"))["name"] == RUN_NAME
    [summary] = runs.list_runs(world["home"] / "runs")
    assert summary.name == RUN_NAME and summary.status == "finished" and summary.steps == ALL_STEPS
    first_steps = [e["step"] for e in world["first"] if e["type"] == "progress"]
    assert first_steps[-1] == FIRST_STEPS
    resumed = world["all"][len(world["first"]) :]
    assert [e["step"] for e in resumed if e["type"] == "progress"] == list(range(FIRST_STEPS + 1, ALL_STEPS + 1))
    assert next(e for e in resumed if e["type"] == "started")["resumed_from"] == str(
        run_dir / "checkpoints" / f"checkpoint-{FIRST_STEPS}"
    )
    assert (run_dir / runs.ADAPTER / "adapter_model.safetensors").is_file()
    # The tokenisation cache is in the user's folder too: the second run of the same data hit it.
    assert any((world["home"] / "cache").iterdir())
    assert next(e for e in resumed if e["type"] == "started")["tokenize_cache_hit"] is True


@pytest.mark.slow
def test_data_inspect_reads_a_dataset_and_a_model_in_chinese_folders(world):
    done = lorasmith(
        "data",
        "inspect",
        str(world["dataset"]),
        "--model",
        str(world["model"]),
        "--cutoff",
        "128",
        "--json",
        home=world["home"],
        cwd=world["cwd"],
    )
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout)
    assert report["kind"] == "alpaca" and report["rows"] > 50, {k: report[k] for k in list(report)[:6]}


@pytest.mark.slow
def test_generate_with_the_run_by_its_chinese_name(world):
    done = lorasmith(
        "generate",
        "--run",
        RUN_NAME,
        "--prompt",
        "Who are you?",
        "--max-new-tokens",
        "8",
        "--json",
        home=world["home"],
        cwd=world["cwd"],
    )
    assert done.returncode == 0, done.stderr[-2000:]
    answer = json.loads(done.stdout)
    assert answer["text"] and Path(answer["adapter"]).is_relative_to(world["run_dir"])


@pytest.mark.slow
def test_exports_to_chinese_folders_give_a_modelfile_and_a_command_that_paste(world):
    out = world["root"] / "导出 文件夹"
    adapter = lorasmith(
        "export",
        RUN_NAME,
        "--to",
        "adapter",
        "--out",
        str(out / "适配器 adapter"),
        home=world["home"],
        cwd=world["cwd"],
    )
    assert adapter.returncode == 0, adapter.stderr[-2000:]
    assert (out / "适配器 adapter" / "adapter_model.safetensors").is_file()

    merged = lorasmith(
        "export", RUN_NAME, "--to", "merged", "--out", str(out / "合并 merged"), home=world["home"], cwd=world["cwd"]
    )
    assert merged.returncode == 0, merged.stderr[-2000:]
    from transformers import AutoConfig

    assert AutoConfig.from_pretrained(out / "合并 merged").model_type == "llama"  # loads from the CJK path
    assert list((out / "合并 merged").glob("*.safetensors"))

    ollama_out = out / "我的 Ollama"
    done = lorasmith(
        "export",
        str(world["run_dir"]),
        "--to",
        "ollama",
        "--out",
        str(ollama_out),
        home=world["home"],
        cwd=world["cwd"],
    )
    assert done.returncode == 0, done.stderr[-2000:]
    modelfile = (ollama_out / "Modelfile").read_text(encoding="utf-8").splitlines()
    base = next(line for line in modelfile if line.startswith("FROM "))
    # Ollama reads a path with spaces only in quotes.
    assert base == f'FROM "{world["model"].resolve()}"', base
    assert Path(base[len('FROM "') : -1]).is_dir()
    # The printed next step, pasted into a shell as it is, lands in the export folder.
    [next_line] = [line for line in done.stdout.splitlines() if line.startswith("Next: ")]
    cd_part = next_line[len("Next: ") :].split(" && ")[0]
    assert cd_part == f'cd "{ollama_out}"'
    if sys.platform != "win32":
        landed = subprocess.run(
            ["bash", "-c", f"{cd_part} && pwd -P"],
            capture_output=True,
            text=True,
            encoding="utf-8",
            cwd=world["cwd"],
            check=False,
        )
        assert landed.returncode == 0 and Path(landed.stdout.strip()) == ollama_out.resolve(), landed.stderr


def test_a_run_name_is_kept_as_typed_and_its_folder_holds_only_what_windows_allows(tmp_path):
    config = RunConfig(model=str(tmp_path / "m"), dataset=str(tmp_path / "d.json"))
    cases = {
        "我的角色": "我的角色",
        "我的 运行": "我的 运行",
        "Ho there: v2/final?": "Ho there- v2-final",
        "名前は. ": "名前は",
        "CON": "run-CON",
        "nul.txt": "run-nul.txt",
        'a<b>c"d|e*f\\g\x01': "a-b-c-d-e-f-g",
        "...": "run",
    }
    for typed, folder in cases.items():
        run_dir = runs.create_run(config, tmp_path / "runs", typed)
        assert run_dir.name == folder, typed
        assert runs.summarize(run_dir).name == typed
    # The same name again: a new folder, the same name shown.
    again = runs.create_run(config, tmp_path / "runs", "我的角色")
    assert again.name == "我的角色-2" and runs.summarize(again).name == "我的角色"
    # A run made without a name (or before run.json) shows its folder's name.
    unnamed = runs.create_run(config, tmp_path / "runs")
    assert not (unnamed / runs.RUN_INFO).exists() and runs.summarize(unnamed).name == unnamed.name


def test_every_command_finds_a_run_by_the_name_as_typed(tmp_path, monkeypatch):
    from core.inference.export.folders import ExportError, find_run

    monkeypatch.setenv("LORASMITH_HOME", str(tmp_path / "home"))
    from core.paths import runs_dir

    config = RunConfig(model=str(tmp_path / "m"), dataset=str(tmp_path / "d.json"))
    first = runs.create_run(config, runs_dir(), "我的角色: v1")
    second = runs.create_run(config, runs_dir(), "我的角色- v1")  # the first one's folder name, typed
    assert first.name == "我的角色- v1" and second.name == "我的角色- v1-2"
    assert find_run("我的角色: v1") == first and find_run("我的角色- v1") == first  # its folder wins
    assert find_run(second.name) == second
    with pytest.raises(ExportError):
        find_run("我的角色? v1")


def test_without_lorasmith_home_the_data_goes_to_the_users_own_data_folder(tmp_path, monkeypatch):
    """The default folder (no LORASMITH_HOME), under a user folder with a space and Chinese:
    %LOCALAPPDATA%\\Lorasmith on Windows, ~/.local/share/Lorasmith (or $XDG_DATA_HOME) on Linux."""
    from core import paths

    user = tmp_path / "张 伟"
    user.mkdir()
    monkeypatch.delenv("LORASMITH_HOME")
    monkeypatch.setenv("HOME", str(user))
    monkeypatch.setenv("USERPROFILE", str(user))
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    if sys.platform == "win32":
        # platformdirs asks the shell for LOCALAPPDATA; this is its documented override.
        monkeypatch.setenv("WIN_PD_OVERRIDE_LOCAL_APPDATA", str(user / "AppData" / "Local"))
        expected = user / "AppData" / "Local" / "Lorasmith"
    elif sys.platform == "darwin":
        expected = user / "Library" / "Application Support" / "Lorasmith"
    else:
        expected = user / ".local" / "share" / "Lorasmith"
    assert paths.user_data_dir() == expected
    assert paths.runs_dir() == expected / "runs" and paths.models_dir() == expected / "models"
    assert paths.cache_dir() == expected / "cache" and paths.logs_dir() == expected / "logs"
    run_dir = runs.create_run(RunConfig(model="m", dataset="d.json"), paths.runs_dir(), "我的角色")
    assert [r.name for r in runs.list_runs(paths.runs_dir())] == ["我的角色"]
    assert run_dir == expected / "runs" / "我的角色"

    if sys.platform.startswith("linux"):
        # XDG_DATA_HOME, where a Linux user put their data elsewhere, is followed too.
        monkeypatch.setenv("XDG_DATA_HOME", str(user / "数据"))
        assert paths.user_data_dir() == user / "数据" / "Lorasmith"
