"""The Dataset screen with real widgets and real files: drop, edit, undo, save,
backups, find and replace, problems, closing with edits, streaming large files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.views.dataset.view import DatasetView
from tests.desktop.waits import GUI_WAIT, TRAINING_WAIT

ROWS = [
    {"instruction": "Name a colour.", "input": "", "output": "Blue is a colour."},
    {"instruction": "Translate to French.", "input": "cat", "output": "chat"},
    {"instruction": "Say hello.", "input": "", "output": "Hello there, my cat says hello too."},
]


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture
def view(qtbot):
    # No model: these tests are about rows and files, not tokens.
    v = DatasetView(model_dir="")
    qtbot.addWidget(v)
    v.resize(1200, 800)
    v.show()
    yield v
    v.shutdown()


def open_and_wait(qtbot, view: DatasetView, path: Path) -> None:
    assert view.open_path(path)
    qtbot.waitUntil(lambda: not view.loading, timeout=GUI_WAIT)


def drop(view: DatasetView, path: Path) -> tuple[bool, bool]:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    centre = view.rect().center()
    enter = QDragEnterEvent(centre, Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(view, enter)
    event = QDropEvent(QPointF(centre), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(view, event)
    return enter.isAccepted(), event.isAccepted()


def answer_next_question(button) -> list:
    """Click `button` on the next modal message box; returns what it asked."""
    asked = []

    def click():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            asked.append(box.text())
            box.button(button).click()
        else:
            QTimer.singleShot(20, click)

    QTimer.singleShot(0, click)
    return asked


def type_into(qtbot, view: DatasetView, key: str, text: str) -> None:
    field = view.row_editor.field(key)
    field.setFocus()
    field.moveCursor(field.textCursor().MoveOperation.End)
    qtbot.keyClicks(field, text)


# ---------------------------------------------------------------------- drop, edit, undo, save


def test_drop_edit_undo_redo_save_and_read_back(qtbot, view, tmp_path):
    path = write_jsonl(tmp_path / "pets.jsonl", ROWS)
    entered, dropped = drop(view, path)
    assert entered and dropped
    qtbot.waitUntil(lambda: not view.loading and view.model.rowCount() == 3, timeout=GUI_WAIT)
    assert view.kind() == "alpaca"
    assert view.model.columns == ["instruction", "input", "output"]

    view.select_cell(1, "output")
    qtbot.waitUntil(lambda: view.row_editor.current_row == 1)
    type_into(qtbot, view, "output", " noir")
    view.undo()  # flushes the typing into one command, then undoes it
    assert view.model.value(1, "output") == "chat"
    assert not view.is_modified()
    view.redo()
    assert view.model.value(1, "output") == "chat noir"
    assert view.is_modified()
    assert view.row_editor.field("output").toPlainText() == "chat noir"

    assert view.save()
    assert not view.is_modified()
    saved = read_jsonl(path)
    assert saved[1]["output"] == "chat noir"
    assert saved[0] == ROWS[0] and saved[2] == ROWS[2]


def test_typing_session_is_one_undo_step(qtbot, view, tmp_path):
    open_and_wait(qtbot, view, write_jsonl(tmp_path / "a.jsonl", ROWS))
    view.select_cell(0, "output")
    qtbot.waitUntil(lambda: view.row_editor.current_row == 0)
    type_into(qtbot, view, "output", " Red")
    view.row_editor.flush()
    type_into(qtbot, view, "output", " too")  # same focus session: merges with the first command
    view.row_editor.flush()
    assert view.model.value(0, "output") == "Blue is a colour. Red too"
    view.undo()
    assert view.model.value(0, "output") == "Blue is a colour."


def test_add_duplicate_delete_rows_undo(qtbot, view, tmp_path):
    open_and_wait(qtbot, view, write_jsonl(tmp_path / "a.jsonl", ROWS))
    view.select_cell(0, "")
    view.duplicate_rows()
    assert view.model.rowCount() == 4 and view.model.row(1) == ROWS[0]
    view.add_row()
    assert view.model.rowCount() == 5
    assert view.model.row(2) == {"instruction": "", "input": "", "output": ""}
    view.table.selectRow(4)
    view.delete_rows()
    assert [r["output"] for r in view.model.rows] == ["Blue is a colour.", "Blue is a colour.", "", "chat"]
    for _ in range(3):
        view.undo()
    assert view.model.rows == ROWS
    assert not view.is_modified()


def test_nested_values_are_edited_as_json(qtbot, view, tmp_path):
    rows = [{"conversations": [{"from": "human", "value": "Hi"}, {"from": "gpt", "value": "Hello"}]}]
    path = tmp_path / "chat.json"
    path.write_text(json.dumps(rows), encoding="utf-8")
    open_and_wait(qtbot, view, path)
    assert view.kind() == "sharegpt"
    assert view.model.data(view.model.index(0, 0)).startswith('[{"from": "human"')
    field = view.row_editor.field("conversations")
    assert json.loads(field.toPlainText()) == rows[0]["conversations"]
    field.setFocus()
    field.setPlainText('[{"from": "human", "value": "Hi"},')  # not valid JSON: not applied
    view.row_editor.flush()
    assert view.model.value(0, "conversations") == rows[0]["conversations"]
    field.setPlainText("[" * 5_000)  # pasted junk nested too deep to read
    view.row_editor.flush()
    assert view.model.value(0, "conversations") == rows[0]["conversations"]
    field.setPlainText('[{"from": "human", "value": "Hey"}, {"from": "gpt", "value": "Hello"}]')
    view.row_editor.flush()
    assert view.model.value(0, "conversations")[0]["value"] == "Hey"
    assert view.save()
    assert json.loads(path.read_text(encoding="utf-8"))[0]["conversations"][0]["value"] == "Hey"


def test_first_save_keeps_a_backup_and_never_overwrites_it(qtbot, view, tmp_path):
    path = tmp_path / "data.json"
    original = json.dumps(ROWS, indent=4)
    path.write_text(original, encoding="utf-8")
    backup = tmp_path / "data.orig.json"

    open_and_wait(qtbot, view, path)
    view.select_cell(0, "output")
    type_into(qtbot, view, "output", " One.")
    assert view.save()
    assert backup.read_text(encoding="utf-8") == original
    assert json.loads(path.read_text(encoding="utf-8"))[0]["output"].endswith("One.")

    type_into(qtbot, view, "output", " Two.")
    assert view.save()
    assert backup.read_text(encoding="utf-8") == original  # the second save leaves the backup alone
    assert json.loads(path.read_text(encoding="utf-8"))[0]["output"].endswith("One. Two.")

    # Opened again later: the backup already there is still never replaced.
    open_and_wait(qtbot, view, path)
    view.select_cell(0, "output")
    type_into(qtbot, view, "output", " Three.")
    assert view.save()
    assert backup.read_text(encoding="utf-8") == original
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data.json", "data.orig.json"]


ZH_ROWS = [
    {"instruction": "你好吗", "input": "", "output": "我很好，谢谢。"},
    {"instruction": "請翻譯", "input": "貓", "output": "cat"},
]
# Long enough for Big5 to be told from GB18030 with confidence.
TW_ROWS = [
    {"instruction": "這是一個關於貓的問題，請用中文回答。", "input": "", "output": "貓是一種很可愛的動物。"},
    {"instruction": "請翻譯：我們現在開始學習。", "input": "", "output": "We start learning now."},
]


def write_encoded(path: Path, rows: list[dict], codec: str) -> Path:
    path.write_bytes("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode(codec))
    return path


@pytest.mark.parametrize("codec, name", [("gb18030", "GB18030"), ("big5", "Big5"), ("utf-16", "UTF-16")])
def test_saving_over_a_legacy_encoded_file_keeps_its_encoding(qtbot, view, tmp_path, codec, name):
    rows = TW_ROWS if codec == "big5" else ZH_ROWS
    path = write_encoded(tmp_path / "zh.jsonl", rows, codec)
    open_and_wait(qtbot, view, path)
    view.model.set_value(0, "output", rows[0]["output"] + "！")
    assert view.save()
    saved = path.read_bytes()
    assert [json.loads(line) for line in saved.decode(codec).splitlines()][0]["output"].endswith("！")
    with pytest.raises(UnicodeDecodeError):
        saved.decode("utf-8")
    assert f"stays in {name}" in view.details.text()


def test_an_edit_the_encoding_cannot_hold_makes_the_file_utf8_and_says_why(qtbot, view, tmp_path):
    path = write_encoded(tmp_path / "tw.jsonl", TW_ROWS, "big5")
    open_and_wait(qtbot, view, path)
    view.model.set_value(0, "output", "这只猫")  # simplified characters: not in Big5
    assert view.save()
    assert read_jsonl(path)[0]["output"] == "这只猫"  # valid UTF-8 now
    text = view.details.text()
    assert "now UTF-8" in text and "Big5" in text and "这" in text
    assert (tmp_path / "tw.orig.jsonl").read_bytes().decode("big5").startswith('{"instruction": "這是')


def test_save_as_a_new_file_from_a_legacy_encoding_says_it_is_utf8(qtbot, view, tmp_path):
    path = write_encoded(tmp_path / "zh.jsonl", ZH_ROWS, "gb18030")
    open_and_wait(qtbot, view, path)
    assert view.save_as(tmp_path / "copy.jsonl")
    assert read_jsonl(tmp_path / "copy.jsonl") == ZH_ROWS
    assert "UTF-8" in view.details.text() and "GB18030" in view.details.text()
    assert path.read_bytes().decode("gb18030")  # the original is left as it was


def test_save_as_jsonl_from_csv(qtbot, view, tmp_path):
    csv_path = tmp_path / "qa.csv"
    csv_path.write_text("instruction,output\nWhat is 2+2?,4\nCapital of France?,Paris\n", encoding="utf-8")
    open_and_wait(qtbot, view, csv_path)
    assert view.model.rowCount() == 2
    target = tmp_path / "qa.jsonl"
    assert view.save_as(target)
    assert read_jsonl(target) == [
        {"instruction": "What is 2+2?", "output": "4"},
        {"instruction": "Capital of France?", "output": "Paris"},
    ]
    assert csv_path.read_text(encoding="utf-8").startswith("instruction,output")
    assert view.path == str(target)


# ---------------------------------------------------------------------- find and replace, problems


def test_find_and_replace(qtbot, view, tmp_path):
    open_and_wait(qtbot, view, write_jsonl(tmp_path / "a.jsonl", ROWS))
    view.table.setFocus()
    view.act_find.trigger()
    assert view.find_bar.isVisible() and not view.find_bar.replace_row.isVisible()
    view.find_bar.find_edit.setText("CAT")
    assert view.find_bar.find_next()
    assert (view.current_row(), view.model.columns[view.table.currentIndex().column()]) == (1, "input")
    assert view.find_bar.find_next()
    assert (view.current_row(), view.model.columns[view.table.currentIndex().column()]) == (2, "output")
    view.find_bar.case.setChecked(True)
    assert not view.find_bar.find_next()  # "CAT" in capitals is nowhere

    view.act_replace.trigger()
    assert view.find_bar.replace_row.isVisible()
    view.find_bar.case.setChecked(False)
    view.find_bar.find_edit.setText("cat")
    view.find_bar.replace_edit.setText("dog")
    assert view.find_bar.replace_all() == 2
    assert view.model.value(1, "input") == "dog"
    assert view.model.value(2, "output") == "Hello there, my dog says hello too."
    view.undo()  # replace all is one step
    assert view.model.rows == ROWS


def test_find_shortcuts_are_registered(view):
    assert QKeySequence("Ctrl+F") in view.act_find.shortcuts()
    assert QKeySequence("Ctrl+H") in view.act_replace.shortcuts()
    assert QKeySequence("Ctrl+Z") in view.act_undo.shortcuts()
    assert {QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")} <= set(view.act_redo.shortcuts())


def test_replace_reaches_text_inside_conversations(qtbot, view, tmp_path):
    rows = [{"messages": [{"role": "user", "content": "colour?"}, {"role": "assistant", "content": "colour!"}]}]
    open_and_wait(qtbot, view, write_jsonl(tmp_path / "m.jsonl", rows))
    view.open_find(replace=True)
    view.find_bar.find_edit.setText("colour")
    view.find_bar.replace_edit.setText("color")
    assert view.find_bar.replace_all() == 2
    assert view.model.value(0, "messages") == [
        {"role": "user", "content": "color?"},
        {"role": "assistant", "content": "color!"},
    ]


def test_problems_list_jumps_to_the_row(qtbot, view, tmp_path):
    rows = ROWS + [{"instruction": "Empty answer", "input": "", "output": ""}] + ROWS[:1]
    open_and_wait(qtbot, view, write_jsonl(tmp_path / "bad.jsonl", rows))
    qtbot.waitUntil(lambda: any(p.row == 4 for p in view.problems.problems), timeout=GUI_WAIT)
    tree = view.problems.tree
    item = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount()) if tree.topLevelItem(i).text(0) == "4")
    assert "output" in item.text(1)
    view.select_cell(0, "")
    rect = tree.visualItemRect(item)
    assert rect.height() > 0 and tree.viewport().rect().contains(rect.center())
    qtbot.mouseClick(tree.viewport(), Qt.LeftButton, pos=rect.center())
    assert view.current_row() == 3
    assert view.row_editor.current_row == 3


def test_unusable_file_says_why(qtbot, view, tmp_path):
    path = tmp_path / "broken.jsonl"
    path.write_text('{"text": "fine"}\n{"text": "missing end"\n', encoding="utf-8")
    open_and_wait(qtbot, view, path)
    assert view.model.rowCount() == 0
    assert "broken.jsonl:2" in view.empty.text()  # where, from core; the screen shows it as is


def test_a_pathologically_nested_file_says_why_and_the_screen_goes_on(qtbot, view, tmp_path):
    # Reading it raised RecursionError, which reached the screen as "RecursionError: maximum recursion ...".
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 300_000, encoding="utf-8")
    open_and_wait(qtbot, view, deep)
    assert view.model.rowCount() == 0
    assert "deep.json:1:2" in view.empty.text() and "nested more than 100 levels deep" in view.empty.text()
    assert "RecursionError" not in view.empty.text()
    open_and_wait(qtbot, view, write_jsonl(tmp_path / "fine.jsonl", ROWS))
    assert view.model.rowCount() == 3


def test_a_nested_row_deep_in_a_streamed_file_is_reported_by_the_reader_child(qtbot, tmp_path):
    from desktop.workers.inspect_worker import FileLoader

    path = write_jsonl(tmp_path / "deep.jsonl", ROWS)
    with open(path, "a", encoding="utf-8") as fh:
        fh.write('{"text": ' + "[" * 200_000 + "]" * 200_000 + "}\n")
    loader = FileLoader(path, small_file_bytes=0)  # read by the child process, as a large file is
    failures: list[str] = []
    loader.failed.connect(failures.append)
    with qtbot.waitSignal(loader.finished, timeout=GUI_WAIT):
        loader.start()
    assert len(failures) == 1 and failures[0].startswith("deep.jsonl:4: row 4 has lists or objects nested")


def test_edited_rows_holding_half_a_character_are_still_measured(qtbot, tmp_path):
    # A nested cell is edited as JSON, where "\ud83d" makes half a character; writing the rows
    # out for measuring raised UnicodeEncodeError, shown as a bug.
    from core.config import RunConfig
    from desktop.workers.analysis_worker import AnalysisRequest, Analyzer

    analyzer = Analyzer()
    analyzer.start()
    try:
        rows = [{"conversations": [{"from": "human", "value": "hi \ud83d"}, {"from": "gpt", "value": "hello"}]}]
        with qtbot.waitSignal(analyzer.analysis_ready, timeout=GUI_WAIT) as got:
            analyzer.submit("analysis", AnalysisRequest(RunConfig(), "sharegpt", str(tmp_path / "chat.json"), rows))
        result = got.args[0]
        assert result.error is None and result.examples == 1
        assert any("half of a character" in p.message for p in result.problems)
    finally:
        analyzer.stop()


# ---------------------------------------------------------------------- closing with edits


def test_unsaved_edits_ask_before_closing_or_opening(qtbot, view, tmp_path):
    path = write_jsonl(tmp_path / "a.jsonl", ROWS)
    other = write_jsonl(tmp_path / "b.jsonl", ROWS[:1])
    open_and_wait(qtbot, view, path)
    view.select_cell(0, "output")
    type_into(qtbot, view, "output", "!")

    asked = answer_next_question(QMessageBox.Cancel)
    assert view.maybe_save() is False
    assert asked and "a.jsonl" in asked[0]
    assert view.is_modified()

    answer_next_question(QMessageBox.Cancel)
    drop(view, other)  # opening another file asks too; Cancel keeps this one
    assert view.path == str(path) and view.model.rowCount() == 3

    answer_next_question(QMessageBox.Save)
    assert view.maybe_save() is True
    assert read_jsonl(path)[0]["output"] == "Blue is a colour.!"

    type_into(qtbot, view, "output", "?")
    answer_next_question(QMessageBox.Discard)
    open_and_wait(qtbot, view, other)
    assert view.model.rowCount() == 1
    assert read_jsonl(path)[0]["output"] == "Blue is a colour.!"  # discarded, not saved
    assert view.maybe_save() is True  # nothing to ask now


# ---------------------------------------------------------------------- large files


def test_large_file_shows_rows_before_it_is_read(qtbot, view, tmp_path):
    path = tmp_path / "big.jsonl"
    text = "x" * 400
    n = 20 * 1024 * 1024 // 460
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(json.dumps({"instruction": f"row {i}", "output": text}) + "\n")
    counts_when_inserted: list[int] = []
    view.model.rowsInserted.connect(lambda *_: counts_when_inserted.append(view.model.rowCount()))
    view.open_path(path)
    qtbot.waitUntil(lambda: not view.loading, timeout=TRAINING_WAIT)
    assert view.model.rowCount() == n
    assert len(counts_when_inserted) >= 2  # rows arrived in batches ...
    assert counts_when_inserted[0] < n  # ... the first long before the last
    assert view.model.row(n - 1)["instruction"] == f"row {n - 1}"


def test_cancel_stops_reading_and_leaves_nothing_half_loaded(qtbot, view, tmp_path):
    path = tmp_path / "big.jsonl"
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(60_000):
            fh.write(json.dumps({"text": f"row {i} " + "y" * 300}) + "\n")
    view.open_path(path)
    loader = view._loader
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=GUI_WAIT)
    assert view.cancel_button.isVisible() and view.progress.isVisible()
    reader = loader._process  # the child process reading the file
    assert reader is not None and reader.poll() is None
    view.cancel_button.click()
    assert view.model.rowCount() == 0 and view.path is None and not view.loading
    assert "cancelled" in view.empty.text()
    qtbot.waitUntil(lambda: reader.poll() is not None and not view._old_loaders, timeout=GUI_WAIT)
    assert view.maybe_save() is True  # nothing half-read to save


def test_a_file_dropped_anywhere_on_the_window_opens_on_the_dataset_screen(qtbot, window, tmp_path):
    path = write_jsonl(tmp_path / "dropped.jsonl", ROWS)
    window.show_screen("train")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    centre = window.rect().center()
    enter = QDragEnterEvent(centre, Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(window, QDropEvent(QPointF(centre), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier))
    assert window.current_key() == "dataset"
    view = window.view("dataset")
    qtbot.waitUntil(lambda: not view.loading and view.model.rowCount() == 3, timeout=GUI_WAIT)
    assert isinstance(view, DatasetView)
    assert view.actions_for_menu()[0] is view.act_open
    view.shutdown()
