"""The real training child through the real window: start, stop, resume, finish, then try the result.

Every other main-window test replaces the child with tests/desktop/child_script.py; this one runs
`python -m core.training RUN_DIR` exactly as a user's click does (real 4-bit training of the
demo model on the CPU), so the protocol, the checkpoint at a stop and the resume are the product's.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from core.config import RunConfig
from core.paths import runs_dir
from core.training import runs
from tests.desktop.waits import TRAINING_WAIT

# One generous limit for every wait: model loading and training share two busy cores.
MAX_STEPS = 12


def tiny_config(demo_model, samples) -> RunConfig:
    # A high learning rate, so that 12 steps change the greedy answer.
    return RunConfig(
        model=str(demo_model),
        dataset=str(samples / "demo_persona.json"),
        cutoff_len=128,
        micro_batch_size=2,
        batch_size=2,
        max_steps=MAX_STEPS,
        learning_rate=3e-3,
        lr_scheduler="constant",
        warmup_ratio=0.0,
        lora_rank=16,
        lora_alpha=32,
        lora_dropout=0.0,
        lora_targets="all-linear",
        validation_split=0.0,
        save_steps=4,
        logging_steps=1,
        seed=7,
        device="cpu",
    )


@pytest.mark.slow
def test_stop_resume_and_finish_with_the_real_child_then_the_adapter_answers_differently(
    chinese_home, window, qtbot, demo_model, samples
):
    events: list[dict] = []
    window.worker.event.connect(events.append)

    # Start from the Train screen, as a user does.
    train = window.show_screen("train")
    train.form.set_config(tiny_config(demo_model, samples))
    # In a user folder and under a name with spaces, Chinese and a character Windows forbids.
    train.name_edit.setText("我的角色: v1")
    qtbot.mouseClick(train.start_button, Qt.MouseButton.LeftButton)
    run_dir = runs_dir() / "我的角色- v1"
    assert runs_dir().is_relative_to(chinese_home)
    assert window.worker.run_dir == run_dir and window.current_key() == "monitor"

    # Stop after a few steps, with the Monitor's Stop button.
    monitor = window.view("monitor")
    qtbot.waitUntil(lambda: sum(e["type"] == "progress" for e in events) >= 3, timeout=TRAINING_WAIT)
    with qtbot.waitSignal(window.worker.exited, timeout=TRAINING_WAIT):
        qtbot.mouseClick(monitor.stop_button, Qt.MouseButton.LeftButton)
    assert window.worker.state == "cancelled", [e for e in events if e["type"] == "failed"]
    cancelled = [e for e in events if e["type"] == "cancelled"][-1]
    stopped_at = cancelled["step"]
    assert 3 <= stopped_at < MAX_STEPS and cancelled["stopped_by"] == "user"
    assert runs.checkpoint_step(runs.latest_checkpoint(run_dir)) == stopped_at  # saved at the stop

    # Resume from the Runs screen.
    screen = window.show_screen("runs")
    screen.refresh()
    screen.select_run(run_dir)
    assert screen.status_text(screen.summaries[str(run_dir)]) == "Stopped" and screen.resume_button.isEnabled()
    assert screen.table.selectedItems()[0].text(0) == "我的角色: v1"  # the name as typed
    before_resume = len(events)
    with qtbot.waitSignal(window.worker.exited, timeout=TRAINING_WAIT):
        qtbot.mouseClick(screen.resume_button, Qt.MouseButton.LeftButton)
    resumed = events[before_resume:]
    assert window.worker.state == "finished", [e for e in resumed if e["type"] == "failed"]
    started = next(e for e in resumed if e["type"] == "started")
    assert started["resumed_from"] == str(run_dir / "checkpoints" / f"checkpoint-{stopped_at}")
    steps = [e["step"] for e in resumed if e["type"] == "progress"]
    assert steps[0] == stopped_at + 1 and steps[-1] == MAX_STEPS  # it continued, not restarted
    assert next(e for e in resumed if e["type"] == "finished")["step"] == MAX_STEPS
    # The Monitor shows the whole run: the steps before the stop and after the resume.
    assert monitor.curves.status == "finished"
    assert (run_dir / "adapter" / "adapter_model.safetensors").is_file()

    # Try it on the Test screen: greedy answers with and without the adapter differ.
    test = window.show_screen("test")
    test.set_run(run_dir)
    assert test.run_dir == run_dir and test.run_combo.currentText() == "我的角色: v1"
    assert test.current_adapter() is not None
    assert test.current_adapter().kind == "final" and test.current_adapter().step == MAX_STEPS
    answers: dict[str, str] = {}
    test.worker.event.connect(
        lambda e: answers.__setitem__(e["side"], e["text"]) if e.get("type") == "side_done" else None
    )
    chat = test.chat
    chat.max_tokens.setValue(24)
    assert chat.temperature.value() == 0.0  # greedy: the difference is the adapter's, not chance
    chat.prompt_edit.setPlainText("Who are you?")
    test.generate()
    qtbot.waitUntil(lambda: len(answers) == 2 and not test.worker.busy, timeout=TRAINING_WAIT)
    assert answers["adapter"] and answers["base"]
    assert answers["adapter"] != answers["base"]
    assert chat.panes["adapter"].value() == answers["adapter"] and chat.panes["base"].value() == answers["base"]
    test.shutdown()


def run_with_fault(window, qtbot, tmp_path, demo_model, samples, step: int, fault: str, name: str):
    """Train in the real child with `fault` raised inside torch at optimizer step `step`; (run folder, Monitor)."""
    from tests.core.training import test_engine_faults as faults

    launcher = faults.write_launcher(tmp_path)
    window.worker.command_for = lambda run_dir, resume: faults.launcher_command(launcher, run_dir, step, fault)
    run_dir = window.start_run(faults.fault_config(demo_model, samples), name)
    qtbot.waitUntil(lambda: not window.worker.is_running(), timeout=TRAINING_WAIT)
    assert window.worker.state == "failed"
    return run_dir, window.view("monitor")


@pytest.mark.slow
def test_out_of_gpu_memory_in_the_real_child_offers_the_smaller_retry_which_trains(
    window, qtbot, demo_model, samples, tmp_path
):
    from desktop.workers.training_worker import training_command

    # The real child, with torch's optimizer step raising CUDA's out-of-memory error at step 3.
    failed_run, monitor = run_with_fault(window, qtbot, tmp_path, demo_model, samples, 3, "oom", "too-big")
    assert "GPU ran out of memory" in window.statusBar().currentMessage()
    assert monitor.retry_button.isVisible()
    assert "Out of memory" in monitor.warning_list.item(monitor.warning_list.count() - 1).text()

    window.worker.command_for = training_command  # the retry trains for real, without the fault
    qtbot.mouseClick(monitor.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.worker.run_dir not in (None, failed_run), timeout=TRAINING_WAIT)
    retried = window.worker.run_dir
    assert RunConfig.load(retried / "run.yaml").micro_batch_size == 1
    qtbot.waitUntil(lambda: not window.worker.is_running(), timeout=TRAINING_WAIT)
    assert window.worker.state == "finished" and runs.summarize(retried).steps == 6
    assert not monitor.retry_button.isVisible()


@pytest.mark.slow
def test_a_crash_inside_torch_is_named_in_the_monitor_with_where_its_traceback_is(
    window, qtbot, demo_model, samples, tmp_path
):
    run_dir, monitor = run_with_fault(window, qtbot, tmp_path, demo_model, samples, 2, "crash", "crashes")
    last = monitor.warning_list.item(monitor.warning_list.count() - 1)
    assert "The training process crashed" in last.text()
    assert "RuntimeError: injected fault inside torch at optimizer step 2" in last.toolTip()
    log_tab = monitor.log_view.toPlainText()
    assert "RuntimeError: injected fault inside torch at optimizer step 2" in log_tab
    assert str(run_dir / "log.txt") in log_tab  # where the traceback is, to send
    assert "Traceback (most recent call last):" in (run_dir / "log.txt").read_text(encoding="utf-8")
    # The traceback itself reaches the app: in the Log tab and behind the crash dialog's details.
    assert "Traceback (most recent call last):" in log_tab and "core/training/engine.py" in log_tab
    qtbot.waitUntil(
        lambda: getattr(window, "crash_box", None) is not None and window.crash_box.isVisible(), timeout=TRAINING_WAIT
    )
    assert "bug in Lorasmith" in window.crash_box.text() and str(run_dir / "log.txt") in window.crash_box.text()
    assert "RuntimeError: injected fault inside torch" in window.crash_box.detailedText()
    window.crash_box.close()
    screen = window.show_screen("runs")
    screen.refresh()
    assert screen.status_text(screen.summaries[str(run_dir)]) == "Failed"
    assert screen.summaries[str(run_dir)].message.startswith("RuntimeError: injected fault")
