"""The Test screen with the real generation child process: streaming, stopping, perplexity and export."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.core.inference.test_evaluate import shared_demo_run
from tests.desktop.qt_tools import qt_tool
from tests.desktop.waits import GUI_WAIT, TRAINING_WAIT
from tests.locations import REPO


@pytest.fixture(scope="session")
def demo_run(tmp_path_factory, demo_model, samples) -> Path:
    return shared_demo_run(tmp_path_factory, demo_model, samples)


@pytest.fixture
def view(lorasmith_app, qtbot):
    from desktop.views.tryout.view import TryOutView

    screen = TryOutView()
    qtbot.addWidget(screen)
    screen.resize(1200, 760)
    screen.show()
    qtbot.waitExposed(screen)
    yield screen
    screen.shutdown()


@pytest.fixture
def user_run(demo_run) -> Path:
    """The shared run, copied into this test's user data folder where the Test screen looks for runs."""
    from core.paths import runs_dir

    target = runs_dir() / "persona"
    shutil.copytree(demo_run, target)
    return target


def click_prompt(qtbot, chat, row: int) -> None:
    item = chat.prompt_list.item(row)
    qtbot.mouseClick(
        chat.prompt_list.viewport(), Qt.MouseButton.LeftButton, pos=chat.prompt_list.visualItemRect(item).center()
    )


def ends(events: list[dict], ident: int) -> list[dict]:
    return [e for e in events if e.get("id") == ident and e["type"] in ("done", "error")]


def test_the_test_screen_is_in_the_main_window(window):
    screen = window.show_screen("test")
    assert type(screen).__name__ == "TryOutView"
    assert screen.run_combo.currentText() == "No trained runs yet" and not screen.run_combo.isEnabled()
    screen.chat.prompt_edit.setPlainText("Hello")
    screen.generate()  # nothing to run: the screen says what to do, and no child process is started
    assert "Choose a trained run" in screen.chat.status.text() and not screen.worker.is_running()


@pytest.mark.slow
def test_quick_prompt_streams_both_answers_beside_the_expected_one(view, user_run, qtbot):
    view.set_run(user_run)
    chat = view.chat
    qtbot.waitUntil(lambda: len(chat.prompts) == 8, timeout=GUI_WAIT)
    assert [view.adapter_combo.itemText(i) for i in range(view.adapter_combo.count())] == [
        "Last and best (step 40)",
        "Checkpoint at step 20",
    ]
    events: list[dict] = []
    seen_while_streaming: list[tuple[str, bool]] = []

    def record(event: dict) -> None:
        events.append(event)
        tokens = [e for e in events if e["type"] == "token" and e["side"] == "adapter"]
        if event["type"] == "token" and event["side"] == "adapter" and len(tokens) == 3:
            seen_while_streaming.append((chat.panes["adapter"].value(), view.worker.busy))

    view.worker.event.connect(record)
    chat.max_tokens.setValue(40)
    click_prompt(qtbot, chat, 0)  # one click: fills the prompt, shows the dataset's answer, generates
    assert chat.prompt_edit.toPlainText() == chat.prompts[0].question
    assert chat.expected.value() == chat.prompts[0].expected
    ident = chat.request_id
    assert ident is not None and chat.stop_button.isEnabled()
    qtbot.waitUntil(lambda: not view.worker.busy, timeout=TRAINING_WAIT)

    assert ends(events, ident)[0]["type"] == "done" and not ends(events, ident)[0]["stopped"]
    done = {e["side"]: e for e in events if e["type"] == "side_done"}
    assert list(done) == ["adapter", "base"]
    for side, event in done.items():
        assert chat.panes[side].value() == event["text"] and event["text"]
    # The answer appeared piece by piece while the child was still generating.
    partial, busy = seen_while_streaming[0]
    assert busy and partial and done["adapter"]["text"].startswith(partial.strip())
    assert len(partial.strip()) < len(done["adapter"]["text"])
    # The adapter learned the persona's voice; the base model did not.
    assert done["adapter"]["text"].startswith("Ho there") and not done["base"]["text"].startswith("Ho there")
    assert chat.status.text() == "Done." and not chat.stop_button.isEnabled()


@pytest.mark.slow
def test_stop_a_new_prompt_and_leaving_the_screen_each_stop_generation(view, user_run, qtbot):
    view.set_run(user_run)
    chat = view.chat
    qtbot.waitUntil(lambda: len(chat.prompts) == 8, timeout=GUI_WAIT)
    events: list[dict] = []
    on_first_token: list = []

    def record(event: dict) -> None:
        events.append(event)
        if event["type"] == "token" and on_first_token and event["id"] == chat.request_id:
            on_first_token.pop()()

    view.worker.event.connect(record)
    # Sampling hot and long, so only a stop ends the answer early.
    chat.temperature.setValue(1.5)
    chat.max_tokens.setValue(2000)

    # 1. The Stop button.
    on_first_token.append(lambda: qtbot.mouseClick(chat.stop_button, Qt.MouseButton.LeftButton))
    click_prompt(qtbot, chat, 0)
    first = chat.request_id
    qtbot.waitUntil(lambda: not view.worker.busy, timeout=TRAINING_WAIT)
    assert ends(events, first)[0]["stopped"] is True
    sides = [e for e in events if e["type"] == "side_done" and e["id"] == first]
    assert len(sides) == 1 and sides[0]["stopped"] and sides[0]["tokens"] < 2000
    assert chat.panes["adapter"].detail.text().startswith("stopped") and chat.panes["base"].value() == ""
    assert chat.status.text() == "Stopped."

    # 2. A new prompt while the first is still being written: the first stops, the second runs.
    def ask_another() -> None:
        chat.temperature.setValue(0.0)
        chat.max_tokens.setValue(20)
        click_prompt(qtbot, chat, 1)

    on_first_token.append(ask_another)
    click_prompt(qtbot, chat, 0)
    replaced = chat.request_id
    qtbot.waitUntil(lambda: not view.worker.busy and chat.request_id is None, timeout=TRAINING_WAIT)
    second = max(e["id"] for e in events if e.get("id") is not None)
    assert second != replaced
    assert ends(events, replaced)[0]["stopped"] is True and ends(events, second)[0]["stopped"] is False
    assert chat.prompt_edit.toPlainText() == chat.prompts[1].question
    final = {e["side"]: e["text"] for e in events if e["type"] == "side_done" and e["id"] == second}
    assert chat.panes["adapter"].value() == final["adapter"] and chat.panes["base"].value() == final["base"]

    # 3. Leaving the screen.
    chat.temperature.setValue(1.5)
    chat.max_tokens.setValue(2000)
    on_first_token.append(view.hide)
    click_prompt(qtbot, chat, 2)
    third = chat.request_id
    qtbot.waitUntil(lambda: not view.worker.busy, timeout=TRAINING_WAIT)
    assert ends(events, third)[0]["stopped"] is True


@pytest.mark.slow
def test_perplexity_and_export_from_the_screen(view, user_run, qtbot, tmp_path):
    view.set_run(user_run)
    panel = view.perplexity
    view.tabs.setCurrentWidget(panel)
    panel.window.setValue(64)
    panel.stride.setValue(128)
    qtbot.mouseClick(panel.measure_button, Qt.MouseButton.LeftButton)
    assert "stride" in panel.status.text() and not view.worker.busy  # checked before anything runs
    panel.stride.setValue(32)
    qtbot.mouseClick(panel.measure_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.worker.busy, timeout=TRAINING_WAIT)
    assert panel.status.text() == "Done."
    labels = [panel.table.item(r, 0).text() for r in range(panel.table.rowCount())]
    assert labels == ["Base model", "Checkpoint at step 20", "Final adapter (step 40)"]
    perplexities = [float(panel.table.item(r, 1).text().replace(",", "")) for r in range(3)]
    assert perplexities[2] < perplexities[1] < perplexities[0]
    xs, ys = panel.adapter_curve.getData()
    assert list(xs) == [0, 20, 40] and ys[0] == pytest.approx(perplexities[0], rel=1e-3)
    assert (user_run / "perplexity-validation.csv").is_file()
    # Opening the run again shows the saved measurement.
    panel.load_saved(user_run)
    assert panel.table.rowCount() == 3 and "perplexity-validation.csv" in panel.saved_label.text()

    export = view.export
    view.tabs.setCurrentWidget(export)
    assert (
        export.sizes["merged"].text().startswith("about") and "Last and best (step 40)" in export.adapter_label.text()
    )
    export.radios["ollama"].setChecked(True)
    export.out_edit.setText(str(tmp_path / "to-ollama"))
    qtbot.mouseClick(export.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.worker.busy, timeout=TRAINING_WAIT)
    assert (tmp_path / "to-ollama" / "Modelfile").is_file()
    assert "ollama create persona -f Modelfile" in export.status.text() and export.open_button.isVisible()


def test_every_test_screen_string_has_both_chinese_translations(tmp_path):
    """lupdate's view of the Test screen's strings, against desktop/views/tryout/strings_zh.py."""
    import subprocess
    import xml.etree.ElementTree as ET

    from desktop.views.tryout.strings_zh import T

    lupdate = qt_tool("lupdate")
    repo = REPO
    sources = sorted(str(p.relative_to(repo)) for p in (repo / "desktop" / "views" / "tryout").glob("*.py"))
    ts = tmp_path / "test_screen.ts"
    subprocess.run([str(lupdate), *sources, "-ts", str(ts)], cwd=repo, check=True, capture_output=True)
    found = {
        (context.findtext("name"), message.findtext("source"))
        for context in ET.parse(ts).getroot().iter("context")
        for message in context.iter("message")
    }
    assert len(found) > 100
    assert sorted(found - set(T)) == []
    for key in found:
        simplified, traditional = T[key]
        assert simplified and traditional
        assert simplified.count("{") == key[1].count("{") == traditional.count("{"), key  # placeholders kept


def test_a_killed_model_process_is_reported_and_restarted(lorasmith_app, qtbot, demo_model, tmp_path):
    from desktop.workers.generation_worker import GenerationWorker

    worker = GenerationWorker()
    events, crashes = [], []
    worker.event.connect(events.append)
    worker.crashed.connect(lambda code, tail: crashes.append(code))
    try:
        worker.request(
            {
                "cmd": "generate",
                "model": str(demo_model),
                "question": "Hello",
                "sides": [{"name": "base", "adapter": None}],
                "settings": {"max_new_tokens": 2000},
            }
        )
        qtbot.waitUntil(lambda: any(e["type"] == "ready" for e in events), timeout=GUI_WAIT)
        worker.process.kill()  # what the operating system does to a process out of memory
        qtbot.waitUntil(lambda: bool(crashes) and not worker.busy and not worker.is_running(), timeout=GUI_WAIT)
        assert crashes[0] != 0
        # The next request starts a fresh process, which answers.
        ident = worker.request(
            {"cmd": "export", "run_dir": str(tmp_path), "kind": "adapter", "out": str(tmp_path / "out")}
        )
        qtbot.waitUntil(lambda: not worker.busy, timeout=GUI_WAIT)
        answer = [e for e in events if e.get("id") == ident]
        assert answer[-1]["type"] == "error" and "not a run folder" in answer[-1]["message"]
    finally:
        worker.shutdown()
    assert not worker.is_running()
