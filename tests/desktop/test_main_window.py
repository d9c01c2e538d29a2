"""The main window with real widgets: screens, shortcuts, languages, settings, the Train form, a run."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from core.config import RunConfig
from core.paths import runs_dir
from core.training.runs import create_run
from tests.desktop.waits import GUI_WAIT

CHILD = str(Path(__file__).with_name("child_script.py"))


def use_script_child(window, mode: str, steps: int = 5) -> None:
    window.worker.command_for = lambda run_dir, resume: [sys.executable, CHILD, str(run_dir), mode, str(steps)]


def valid_config(tmp_path: Path) -> RunConfig:
    model = tmp_path / "model"
    model.mkdir(exist_ok=True)
    (model / "config.json").write_text("{}", encoding="utf-8")
    data = tmp_path / "data.json"
    data.write_text('[{"instruction": "hi", "output": "hello"}]', encoding="utf-8")
    return RunConfig(model=str(model), dataset=str(data))


def click_when_shown(window, attribute: str, button_text: str) -> None:
    """Answer a modal question box the window is about to open."""

    def answer():
        box = getattr(window, attribute, None)
        if box is None or not box.isVisible():
            QTimer.singleShot(20, answer)
            return
        for button in box.buttons():
            if button.text() == button_text:
                button.click()
                return

    QTimer.singleShot(0, answer)


def test_every_screen_opens_with_its_shortcut(window, qtbot):
    from desktop.views.monitor.view import MonitorView
    from desktop.views.runs.view import RunsView
    from desktop.views.train.view import TrainView

    window.activateWindow()
    expected = {"train": TrainView, "monitor": MonitorView, "runs": RunsView}
    keys = window.screen_keys()
    assert keys == ["models", "dataset", "train", "monitor", "test", "runs"]
    for number, key in enumerate(keys, start=1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.current_key() == key
        assert window.stack.currentWidget().layout().itemAt(0).widget() is window.view(key)
        if key in expected:
            assert isinstance(window.view(key), expected[key])
        assert window.nav.currentItem().text() == window.nav.item(number - 1).text()


def test_the_status_bar_says_what_will_train(window, qtbot):
    # Found off the GUI thread: an NVIDIA GPU with its free VRAM, or that the CPU will be used.
    # Checked against what core.planning.hardware finds on this machine, so it holds with and without a GPU.
    import re

    from core.planning.hardware import detect_hardware

    qtbot.waitUntil(lambda: window.gpu_label.text() != "", timeout=GUI_WAIT)
    text = window.gpu_label.text()
    info = detect_hardware()
    if not info.gpus:
        assert text == "No NVIDIA GPU found: training runs on the CPU (slow)"
        assert window.gpu_label.toolTip() == info.message  # why: no card, no driver, or no NVML
        return
    gpu = info.gpus[0]
    shown = re.fullmatch(r"(.+) · (\d+\.\d) GiB of (\d+\.\d) GiB VRAM free", text)
    assert shown, text
    assert shown[1] == gpu.name and shown[3] == f"{gpu.total_bytes / 2**30:.1f}", text
    # Free VRAM moves while other programs use the card: this card's figure, give or take that.
    free, total = float(shown[2]), float(shown[3])
    assert 0 <= free <= total and abs(free - gpu.free_bytes / 2**30) <= max(1.0, 0.1 * total), text
    assert window.gpu_label.toolTip().startswith(f"{gpu.name}: "), window.gpu_label.toolTip()


def test_f1_opens_the_help_page(window, qtbot):
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    from desktop.help import HelpDialog

    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, HelpDialog) and w.isVisible()]
    assert dialogs and "Monitor" in dialogs[0].browser.toPlainText()
    dialogs[0].close()


def test_window_size_screen_theme_and_folders_are_remembered(lorasmith_app, qtbot, tmp_path):
    from desktop import settings, theme
    from desktop.main_window import MainWindow

    first = MainWindow()
    qtbot.addWidget(first)
    first.show()
    first.resize(780, 560)
    size = (first.width(), first.height())
    assert size != (1280, 820)  # not the size a first start gets
    first.show_screen("runs")
    first.set_theme("dark")
    settings.remember_folder("dataset", tmp_path / "some-file.json")
    assert first.close()

    second = MainWindow()
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == size
    assert second.current_key() == "runs"
    assert settings.theme() == "dark" and theme.is_dark()
    assert settings.last_folder("dataset") == str(tmp_path)
    assert Path(settings.app_settings().fileName()).parent == Path(
        settings.value("x", "") or __import__("os").environ["LORASMITH_HOME"]
    )
    second.set_theme("light")
    second.close()


@pytest.mark.parametrize("language, train, rank_words", [("zh_CN", "训练", "LoRA 秩"), ("zh_TW", "訓練", "LoRA 秩")])
def test_chinese_strings_load(lorasmith_app, qtbot, language, train, rank_words):
    from desktop import i18n
    from desktop.main_window import MainWindow
    from desktop.views.monitor.warnings import explain

    assert i18n.install_translators(lorasmith_app, language)
    assert i18n.current_language() == language
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.nav.item(window.screen_keys().index("train")).text() == train
    form = window.view("train").form
    assert rank_words in form.rows["lora_rank"].editor.toolTip() or rank_words in form.rows["lora_rank"].caption.text()
    assert "LoRA" in form.rows["lora_rank"].caption.text()
    assert all(ord(ch) < 128 for ch in explain("oom")[0]) is False
    window._force_close = True
    window.close()


def test_train_form_saves_and_loads_run_yaml(window, tmp_path):
    train = window.show_screen("train")
    config = valid_config(tmp_path)
    config.lora_rank, config.learning_rate, config.hard_cut = 32, 3e-5, "\n\n\n"
    config.lora_targets, config.custom_targets, config.epochs = "custom", ["q_proj", "v_proj"], 1.5
    train.form.set_config(config)
    assert train.save_file(tmp_path / "saved.yaml")
    assert RunConfig.load(tmp_path / "saved.yaml") == config

    train.form.set_config(RunConfig())
    assert train.form.value("lora_rank") == 16
    assert train.load_file(tmp_path / "saved.yaml")
    assert train.form.config() == config
    assert train.form.editors["hard_cut"].text() == "\\n\\n\\n"


def test_problems_show_under_the_setting_and_block_start(window, qtbot, tmp_path):
    train = window.show_screen("train")
    config = valid_config(tmp_path)
    train.form.set_config(config)
    assert train.validate() == {} and train.start_button.isEnabled()
    train.form.editors["batch_size"].setValue(10)
    train.form.editors["micro_batch_size"].setValue(4)
    qtbot.waitUntil(lambda: "batch_size" in train.problems, timeout=GUI_WAIT)
    row = train.form.rows["batch_size"]
    assert row.problem.isVisibleTo(train) and "multiple" in row.problem.text() and "8" in row.problem.text()
    assert not train.start_button.isEnabled()
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert not window.worker.is_running()

    train.form.editors["batch_size"].setValue(8)
    train.form.editors["overlap_len"].setValue(600)
    qtbot.waitUntil(lambda: "batch_size" not in train.problems, timeout=GUI_WAIT)
    assert "overlap_len" not in train.problems  # the overlap only cuts raw text, not these rows
    text = tmp_path / "notes.txt"
    text.write_text("Some raw text to cut into chunks.\n", encoding="utf-8")
    train.form._set_value("dataset", str(text))
    qtbot.waitUntil(lambda: "overlap_len" in train.problems, timeout=GUI_WAIT)
    assert train.form.advanced.is_expanded()  # a problem in an advanced setting opens the section


def test_copy_parameters_from_an_earlier_run(window, tmp_path):
    earlier = valid_config(tmp_path)
    earlier.lora_rank, earlier.epochs = 8, 5.0
    run_dir = create_run(earlier, runs_dir(), "earlier")
    train = window.show_screen("train")
    assert train.copy_from_run(run_dir)
    assert train.form.value("lora_rank") == 8 and train.form.value("epochs") == 5.0


def test_a_run_started_from_the_form_fills_the_monitor_and_runs(window, qtbot, tmp_path):
    use_script_child(window, "finish", 6)
    train = window.show_screen("train")
    train.form.set_config(valid_config(tmp_path))
    train.name_edit.setText("from-the-form")
    window.activateWindow()
    with qtbot.waitSignal(window.worker.exited, timeout=GUI_WAIT):
        qtbot.keyClick(window, Qt.Key.Key_F5)
    monitor = window.view("monitor")
    assert window.current_key() == "monitor"
    assert monitor.curves.loss.count == 6 and monitor.curves.status == "finished"
    assert monitor.warning_list.count() == 1
    assert train.start_button.isEnabled()

    runs = window.show_screen("runs")
    runs.refresh()
    run = runs.summaries[str(runs_dir() / "from-the-form")]
    assert run.config == train.form.config()
    runs.select_run(run.path)
    monitor.load_events([], "empty")
    runs.open_selected()
    assert monitor.curves.loss.count == 6 and window.current_key() == "monitor"


def test_a_crashing_child_leaves_the_window_working(window, qtbot, tmp_path):
    use_script_child(window, "crash")
    with qtbot.waitSignal(window.worker.crashed, timeout=GUI_WAIT):
        window.start_run(valid_config(tmp_path), "crashes")
    qtbot.waitUntil(lambda: getattr(window, "crash_box", None) is not None and window.crash_box.isVisible())
    assert "exit code 3" in window.crash_box.text()
    assert "boom in the child" in window.crash_box.detailedText()
    window.crash_box.accept()
    assert window.view("monitor").status_label.text() == "Crashed"
    assert "boom in the child" in window.view("monitor").log_view.toPlainText()

    use_script_child(window, "finish", 3)
    with qtbot.waitSignal(window.worker.exited, timeout=GUI_WAIT):
        assert window.start_run(valid_config(tmp_path), "after-the-crash") is not None
    assert window.worker.state == "finished"
    runs = window.show_screen("runs")
    runs.refresh()
    assert runs.summaries[str(runs_dir() / "crashes")].status == "incomplete"


def test_closing_during_a_run_asks_first(window, qtbot, tmp_path):
    use_script_child(window, "hang")
    window.start_run(valid_config(tmp_path), "long")
    qtbot.waitUntil(lambda: window.view("monitor").curves.status == "running", timeout=GUI_WAIT)

    click_when_shown(window, "quit_box", "Keep training")
    assert not window.close()
    assert window.isVisible() and window.worker.is_running()

    click_when_shown(window, "quit_box", "Kill and quit")
    assert window.close()
    qtbot.waitUntil(lambda: not window.worker.is_running(), timeout=GUI_WAIT)
    assert window.worker.state == "killed"


def test_resume_from_runs_restarts_the_child_with_resume(window, qtbot, tmp_path):
    run_dir = create_run(valid_config(tmp_path), runs_dir(), "stopped")
    (run_dir / "checkpoints" / "checkpoint-3").mkdir(parents=True)
    (run_dir / "checkpoints" / "checkpoint-3" / "complete").write_text("")
    (run_dir / "metrics.jsonl").write_text(
        '{"type":"started","time":1,"total_steps":5}\n{"type":"progress","time":2,"step":3,"loss":1.0}\n'
        '{"type":"cancelled","time":3,"step":3}\n',
        encoding="utf-8",
    )
    commands = []

    def command(run_dir, resume):
        commands.append(resume)
        return [sys.executable, CHILD, str(run_dir), "finish", "2"]

    window.worker.command_for = command
    runs = window.show_screen("runs")
    runs.refresh()
    runs.select_run(run_dir)
    assert runs.resume_button.isEnabled()
    with qtbot.waitSignal(window.worker.exited, timeout=GUI_WAIT):
        runs.resume_button.click()
    assert commands == [True]


def test_two_runs_are_compared_on_one_plot(window, tmp_path):
    from core.training.events import make_event, to_line

    paths = []
    for name, final in (("first", 0.5), ("second", 0.8)):
        run_dir = create_run(valid_config(tmp_path), runs_dir(), name)
        events = [make_event("started", total_steps=3)] + [
            make_event("progress", step=s, loss=final + 1 / s, learning_rate=1e-4, grad_norm=1.0) for s in (1, 2, 3)
        ]
        events.append(make_event("finished", step=3, adapter_path=""))
        (run_dir / "metrics.jsonl").write_text("".join(to_line(e) + "\n" for e in events), encoding="utf-8")
        paths.append(run_dir)
    runs = window.show_screen("runs")
    runs.refresh()
    assert runs.status_text(runs.summaries[str(paths[0])]) == "Finished"
    for path in paths:
        for i in range(runs.table.topLevelItemCount()):
            item = runs.table.topLevelItem(i)
            if Path(item.data(0, Qt.ItemDataRole.UserRole)) == path:
                item.setSelected(True)
    assert runs.compare_button.isEnabled() and not runs.open_button.isEnabled()
    runs.compare_button.click()
    monitor = window.view("monitor")
    assert window.current_key() == "monitor"
    assert monitor.curves.loss.count == 3
    assert [title for title, _ in monitor.comparisons] == [p.name for p in paths if p != runs.selected_paths()[0]]
    assert monitor.comparisons[0][1].loss.count == 3


def test_out_of_memory_offers_a_retry_one_step_smaller(window, qtbot, demo_model, samples):
    config = RunConfig(
        model=str(demo_model),
        dataset=str(samples / "demo_persona.json"),
        micro_batch_size=4,
        batch_size=8,
        cutoff_len=512,
    )
    use_script_child(window, "fail")
    failed_run = window.start_run(config, "too-big")
    qtbot.waitUntil(lambda: not window.worker.is_running(), timeout=GUI_WAIT)
    monitor = window.view("monitor")
    qtbot.waitUntil(monitor.retry_button.isVisible, timeout=GUI_WAIT)

    use_script_child(window, "finish")
    qtbot.mouseClick(monitor.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.worker.run_dir is not None and window.worker.run_dir != failed_run, timeout=GUI_WAIT)
    retried = RunConfig.load(window.worker.run_dir / "run.yaml")
    assert (retried.micro_batch_size, retried.batch_size, retried.cutoff_len) == (2, 8, 512)
    assert window.view("train").form.config().micro_batch_size == 2
    assert "out of memory" in window.statusBar().currentMessage()
    assert not monitor.retry_button.isVisible()  # the new run has not failed
    qtbot.waitUntil(lambda: not window.worker.is_running(), timeout=GUI_WAIT)
