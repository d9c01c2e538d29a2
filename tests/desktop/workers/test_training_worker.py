"""The training worker against real child processes: a small stand-in script, and the real engine (slow)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from desktop.workers.training_worker import TrainingWorker
from tests.desktop.waits import GUI_WAIT, TRAINING_WAIT
from tests.locations import REPO

CHILD = str(REPO / "tests" / "desktop" / "child_script.py")


def script(run_dir: Path, mode: str, steps: int = 5) -> list[str]:
    return [sys.executable, CHILD, str(run_dir), mode, str(steps)]


@pytest.fixture
def worker(qtbot):
    w = TrainingWorker()
    yield w
    if w.is_running():
        w.kill()
        w.wait(10000)


def record(worker: TrainingWorker) -> dict[str, list]:
    seen: dict[str, list] = {
        name: []
        for name in (
            "event",
            "started",
            "progress",
            "warning",
            "finished",
            "cancelled",
            "failed",
            "log_line",
            "crashed",
            "state",
        )
    }
    worker.event.connect(lambda e: seen["event"].append(e))
    worker.started.connect(lambda e: seen["started"].append(e))
    worker.progress.connect(lambda e: seen["progress"].append(e))
    worker.warning.connect(lambda e: seen["warning"].append(e))
    worker.finished.connect(lambda e: seen["finished"].append(e))
    worker.cancelled.connect(lambda e: seen["cancelled"].append(e))
    worker.failed.connect(lambda e: seen["failed"].append(e))
    worker.log_line.connect(lambda line: seen["log_line"].append(line))
    worker.crashed.connect(lambda code, tail: seen["crashed"].append((code, tail)))
    worker.state_changed.connect(lambda s: seen["state"].append(s))
    return seen


def test_events_become_signals_in_order(worker, qtbot, tmp_path):
    seen = record(worker)
    with qtbot.waitSignal(worker.exited, timeout=GUI_WAIT) as exited:
        worker.start_command(script(tmp_path, "finish", 5), tmp_path)
    assert exited.args == [0]
    assert [e["step"] for e in seen["progress"]] == [1, 2, 3, 4, 5]
    assert seen["started"][0]["total_steps"] == 5
    assert seen["warning"][0]["code"] == "loss_below_one"
    assert seen["finished"] and seen["finished"][0]["step"] == 5
    assert [e["type"] for e in seen["event"]][0] == "started" and seen["event"][-1]["type"] == "finished"
    assert "loading the model (a log line, not an event)" in seen["log_line"]
    assert seen["state"] == ["running", "finished"]
    assert not worker.is_running() and worker.exit_code == 0


def test_stop_asks_the_child_to_stop_gracefully(worker, qtbot, tmp_path):
    seen = record(worker)
    worker.start_command(script(tmp_path, "wait"), tmp_path)
    qtbot.waitUntil(lambda: len(seen["progress"]) >= 3, timeout=GUI_WAIT)
    with qtbot.waitSignal(worker.exited, timeout=GUI_WAIT):
        worker.stop()
        assert worker.state == "stopping"
    assert seen["cancelled"], "the child should have reported a clean stop"
    assert seen["state"][-2:] == ["stopping", "cancelled"]
    assert not seen["crashed"]


def test_kill_ends_a_child_that_ignores_stop(worker, qtbot, tmp_path):
    seen = record(worker)
    worker.start_command(script(tmp_path, "hang"), tmp_path)
    qtbot.waitUntil(lambda: bool(seen["started"]), timeout=GUI_WAIT)
    pid = worker.process.pid
    with qtbot.waitSignal(worker.exited, timeout=GUI_WAIT):
        worker.kill()
    assert worker.state == "killed"
    assert not seen["crashed"]
    import psutil

    assert not psutil.pid_exists(pid) or psutil.Process(pid).status() == psutil.STATUS_ZOMBIE


def test_a_crash_is_reported_with_exit_code_and_log(worker, qtbot, tmp_path):
    seen = record(worker)
    with qtbot.waitSignal(worker.crashed, timeout=GUI_WAIT) as crashed:
        worker.start_command(script(tmp_path, "crash"), tmp_path)
    code, tail = crashed.args
    assert code == 3
    assert "RuntimeError: boom in the child" in tail
    qtbot.waitUntil(lambda: worker.state == "crashed")
    assert seen["crashed"] == [(3, tail)] and not seen["finished"] and not seen["failed"]


def test_a_failed_run_is_not_a_crash(worker, qtbot, tmp_path):
    seen = record(worker)
    with qtbot.waitSignal(worker.exited, timeout=GUI_WAIT):
        worker.start_command(script(tmp_path, "fail"), tmp_path)
    assert seen["failed"][0]["code"] == "oom"
    assert worker.state == "failed" and not seen["crashed"]


def test_only_one_run_at_a_time(worker, qtbot, tmp_path):
    worker.start_command(script(tmp_path, "hang"), tmp_path)
    with pytest.raises(RuntimeError):
        worker.start_command(script(tmp_path, "hang"), tmp_path)
    with qtbot.waitSignal(worker.exited, timeout=GUI_WAIT):
        worker.kill()


@pytest.mark.slow
def test_real_training_child_streams_curves_and_stops_with_an_adapter(worker, qtbot, demo_model, samples):
    from core.config import RunConfig
    from core.paths import runs_dir
    from core.training.runs import create_run

    # The demo model is committed: a missing one fails here rather than passing as skipped.
    assert (demo_model / "config.json").is_file(), f"{demo_model} is missing its config.json"
    config = RunConfig(
        model=str(demo_model),
        dataset=str(samples / "demo_persona.json"),
        max_steps=400,
        micro_batch_size=2,
        batch_size=2,
        cutoff_len=128,
        logging_steps=1,
        save_steps=1000,
        eval_steps=1000,
        validation_split=0.0,
        device="cpu",
        lora_rank=8,
        lora_alpha=16,
    )
    run_dir = create_run(config, runs_dir(), "gui-e2e")
    seen = record(worker)
    worker.start(run_dir)
    qtbot.waitUntil(lambda: len(seen["progress"]) >= 3, timeout=TRAINING_WAIT)
    with qtbot.waitSignal(worker.exited, timeout=TRAINING_WAIT):
        worker.stop()
    assert worker.state == "cancelled", (seen["state"], worker.log_tail())
    losses = [e["loss"] for e in seen["progress"]]
    assert all(isinstance(v, float) and 0 < v < 20 for v in losses), losses  # real, finite losses
    assert [e["step"] for e in seen["progress"]][:3] == [1, 2, 3]
    assert seen["cancelled"][0]["step"] < 400
    import json

    assert json.loads((run_dir / "adapter" / "adapter_config.json").read_text(encoding="utf-8"))["r"] == 8
    assert (run_dir / "adapter" / "adapter_model.safetensors").exists()
