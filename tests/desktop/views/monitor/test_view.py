"""The Monitor screen with real pyqtgraph plots: many points, hover readout, warnings, reloads."""

from __future__ import annotations

import math

import numpy as np
import pytest

from core.training.events import make_event, read_metrics, to_line
from tests.desktop.waits import GUI_WAIT
from tests.locations import REPO


@pytest.fixture
def monitor(lorasmith_app, qtbot):
    from desktop.views.monitor.view import MonitorView

    view = MonitorView()
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


def progress(step: int, loss: float, **extra) -> dict:
    return {
        "type": "progress",
        "time": 1000.0 + step,
        "step": step,
        "epoch": step / 1000,
        "loss": loss,
        "learning_rate": 2e-4,
        "grad_norm": 0.5,
        "eta_seconds": 10.0,
        **extra,
    }


def test_a_hundred_thousand_points_are_drawn_and_read_back(monitor, qtbot):
    monitor.handle_event({"type": "started", "time": 1000.0, "total_steps": 100_000, "epochs": 1})
    rng = np.random.default_rng(0)
    losses = 2.0 * np.exp(-np.arange(1, 100_001) / 30_000) + 0.3 + rng.random(100_000) * 0.1
    for step, loss in enumerate(losses.tolist(), start=1):
        monitor.handle_event(progress(step, loss))
        if step % 1000 == 0:
            monitor.handle_event({"type": "eval", "time": 1000.0 + step, "step": step, "eval_loss": loss + 0.2})
    qtbot.waitUntil(
        lambda: monitor.train_raw_curve.xData is not None and len(monitor.train_raw_curve.xData) == 100_000,
        timeout=GUI_WAIT,
    )
    assert len(monitor.eval_curve.xData) == 100
    assert monitor.progress_bar.value() == 100_000
    assert "Step 100000 of 100000" in monitor.progress_text.text()

    # Point the mouse at step 50,000 of the loss plot: the readout shows that step's values.
    qtbot.waitUntil(lambda: monitor.loss_plot.vb.viewRange()[0][1] >= 100_000, timeout=GUI_WAIT)
    pos = monitor.view_point_to_scene(50_000, 1.0)
    monitor.plots.scene().sigMouseMoved.emit(pos)
    # One pixel is about 150 steps here: the readout shows the logged step under the pointer.
    qtbot.waitUntil(lambda: monitor.hover_step is not None, timeout=GUI_WAIT)
    step = int(monitor.hover_step)
    assert abs(step - 50_000) < 1000
    assert f"Step {step}" in monitor.readout.text()
    assert f"{losses[step - 1]:.4f}".rstrip("0") in monitor.readout.text()
    assert "validation" in monitor.readout.text()
    assert monitor.hover_lines[0].isVisible() and monitor.hover_lines[0].value() == step

    monitor.log_scale.setChecked(True)
    qtbot.waitUntil(lambda: monitor.loss_plot.getAxis("left").logMode, timeout=GUI_WAIT)


def test_warnings_are_marked_on_the_curve_and_listed_in_plain_words(monitor, qtbot, tmp_path):
    monitor.begin_run(tmp_path, "run")
    for step in range(1, 51):
        monitor.handle_event(progress(step, 2.0 - step / 30))
    monitor.handle_event(
        {
            "type": "warning",
            "time": 1030.0,
            "step": 31,
            "code": "loss_below_one",
            "message": "Training loss fell below 1.0.",
        }
    )
    monitor.handle_event(
        {
            "type": "warning",
            "time": 1040.0,
            "step": 40,
            "code": "something_new",
            "message": "A warning the app does not know yet.",
        }
    )
    monitor.handle_event(
        {
            "type": "failed",
            "time": 1050.0,
            "step": 50,
            "code": "oom",
            "message": "The GPU ran out of memory.",
            "hint": "Lower the micro batch size.",
        }
    )
    assert monitor.warning_list.count() == 3
    texts = [monitor.warning_list.item(i).text() for i in range(3)]
    assert "Step 31" in texts[0] and "below 1" in texts[0] and "fewer epochs" in texts[0]
    assert "A warning the app does not know yet." in texts[1]
    assert "Out of memory" in texts[2] and "micro batch" in texts[2]
    qtbot.waitUntil(lambda: len(monitor._warning_marks) == 3, timeout=GUI_WAIT)
    assert [mark.value() for mark in monitor._warning_marks] == [31, 40, 50]
    monitor.warning_list.itemClicked.emit(monitor.warning_list.item(0))
    assert "Step 31" in monitor.readout.text()


def test_a_recorded_run_reloads_exactly_and_a_second_run_overlays(monitor, tmp_path):
    events = [make_event("started", total_steps=20, epochs=2)]
    events += [
        make_event("progress", step=s, epoch=s / 10, loss=3.0 / s, learning_rate=1e-4, grad_norm=1.0)
        for s in range(1, 21)
    ]
    events += [
        make_event("eval", step=10, eval_loss=0.9),
        make_event("eval", step=20, eval_loss=1.1),
        make_event("progress", step=21, epoch=2.1, loss=float("nan"), learning_rate=1e-4, grad_norm=None),
    ]
    events.append(make_event("cancelled", step=21, adapter_path=""))
    metrics = tmp_path / "metrics.jsonl"
    metrics.write_text("".join(to_line(e) + "\n" for e in events) + '{"type": "progr', encoding="utf-8")

    monitor.load_events(list(read_metrics(metrics)), "recorded", run_dir=tmp_path)
    assert monitor.curves.loss.count == 21
    assert math.isnan(monitor.curves.loss.y[-1])  # a NaN step is kept, drawn as a gap
    assert list(monitor.curves.eval_loss.y) == [0.9, 1.1]
    assert monitor.status_label.text() == "Stopped, adapter saved"
    assert monitor.folder_button.isEnabled()

    monitor.add_comparison("other", events[:11])
    assert len(monitor.comparisons) == 1 and monitor.clear_compare_button.isVisibleTo(monitor)
    monitor.clear_comparisons()
    assert not monitor.comparisons and not monitor._compare_items


def test_a_resumed_run_replaces_the_steps_it_repeats(monitor):
    for step in range(1, 11):
        monitor.handle_event(progress(step, 1.0))
    # Resumed from the checkpoint at step 6: steps 7.. are logged again.
    monitor.handle_event({"type": "started", "time": 2000.0, "total_steps": 10, "epochs": 1})
    for step in range(7, 11):
        monitor.handle_event(progress(step, 0.5))
    assert monitor.curves.loss.x.tolist() == list(range(1, 11))
    assert monitor.curves.loss.y.tolist() == [1.0] * 6 + [0.5] * 4
    assert monitor.curves.smoothed.count == 10


def test_smoothing_is_a_debiased_moving_average(monitor):
    for step in range(1, 4):
        monitor.handle_event(progress(step, 2.0))
    assert monitor.curves.smoothed.y.tolist() == pytest.approx([2.0, 2.0, 2.0])
    monitor.smoothing.setValue(0.0)
    monitor.handle_event(progress(4, 1.0))
    assert monitor.curves.smoothed.y[-1] == pytest.approx(1.0)


def nan_failure(**extra) -> dict:
    return {
        "type": "failed",
        "time": 1004.0,
        "step": 4,
        "code": "nan",
        "quantity": "loss",
        "value": "NaN",
        "message": "The training loss became NaN at step 4. Likely cause: the learning rate 0.001 is high.",
        "hint": "Try: lower the learning rate to 0.0005.",
        "suggested_learning_rate": 5e-4,
        **extra,
    }


def test_a_nan_failure_offers_to_resume_from_the_last_good_checkpoint_at_a_lower_rate(monitor, qtbot, tmp_path):
    monitor.begin_run(tmp_path, "broken")
    for step in range(1, 4):
        monitor.handle_event(progress(step, 2.0))
    monitor.handle_event(nan_failure(resume_from_step=3))
    assert monitor.resume_button.isVisibleTo(monitor)
    assert monitor.resume_button.text() == "Resume with learning rate 0.0005"
    assert "step 3" in monitor.resume_button.toolTip()
    text = monitor.warning_list.item(monitor.warning_list.count() - 1).text()
    assert "NaN or infinite" in text and "last good checkpoint" in text
    with qtbot.waitSignal(monitor.resume_lower_rate_requested) as asked:
        monitor.resume_button.click()
    assert asked.args == [tmp_path, 5e-4]
    monitor.handle_event({"type": "started", "time": 2000.0, "total_steps": 6})  # the resumed run
    assert not monitor.resume_button.isVisibleTo(monitor)


def test_without_a_good_checkpoint_there_is_nothing_to_resume_and_old_records_still_read(monitor, tmp_path):
    monitor.load_events([progress(1, float("nan")), nan_failure(step=1, resume_from_step=None)], "r", run_dir=tmp_path)
    assert not monitor.resume_button.isVisibleTo(monitor)
    # A run recorded before the `nan` code: its failure is still explained in plain words.
    monitor.load_events(
        [
            progress(1, 2.0),
            {
                "type": "failed",
                "time": 1002.0,
                "step": 2,
                "code": "nan_loss",
                "message": "The training loss became nan at step 2.",
                "hint": "",
            },
        ],
        "old",
        run_dir=tmp_path,
    )
    assert "Training loss is not a number" in monitor.warning_list.item(0).text()
    assert not monitor.resume_button.isVisibleTo(monitor)


def test_resume_with_the_lower_rate_writes_it_to_the_run_and_resumes(window, qtbot, tmp_path):
    import sys
    from pathlib import Path

    from core.config import RunConfig
    from core.paths import runs_dir
    from core.training.runs import create_run

    model = tmp_path / "model"
    model.mkdir()
    (model / "config.json").write_text("{}", encoding="utf-8")
    data = tmp_path / "data.json"
    data.write_text('[{"instruction": "hi", "output": "hello"}]', encoding="utf-8")
    run_dir = create_run(RunConfig(model=str(model), dataset=str(data), learning_rate=1e-3), runs_dir(), "broke")
    (run_dir / "checkpoints" / "checkpoint-3").mkdir(parents=True)
    (run_dir / "checkpoints" / "checkpoint-3" / "complete").write_text("3")
    events = [{"type": "started", "time": 1000.0, "total_steps": 6}] + [progress(s, 2.0) for s in (1, 2, 3)]
    (run_dir / "metrics.jsonl").write_text(
        "".join(to_line(e) + "\n" for e in events + [nan_failure(resume_from_step=3)]), encoding="utf-8"
    )
    commands = []
    child = str(REPO / "tests" / "desktop" / "child_script.py")

    def command(folder, resume):
        commands.append((Path(folder), resume))
        return [sys.executable, child, str(folder), "finish", "2"]

    window.worker.command_for = command
    window.open_run(run_dir)
    monitor = window.view("monitor")
    assert monitor.resume_button.isVisibleTo(monitor)
    with qtbot.waitSignal(window.worker.exited, timeout=GUI_WAIT):
        monitor.resume_button.click()
    assert commands == [(run_dir, True)]
    assert RunConfig.load(run_dir / "run.yaml").learning_rate == 5e-4
