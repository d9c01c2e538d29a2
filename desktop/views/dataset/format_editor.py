"""Edit a format file (%key% templates) with live validation and a live
preview of the selected row rendered through it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase, QTextCursor
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from core.atomic import write_text_atomic
from core.data.problems import Problem
from core.data.rendering import check_format_text
from desktop.views.dataset.preview import PreviewPane
from desktop.views.dataset.text import plural

STARTER = '{\n  "instruction,output": "### Question:\\n%instruction%\\n\\n### Answer:\\n%output%"\n}\n'


class FormatEditor(QWidget):
    format_changed = Signal()  # the text changed and has no errors: preview it
    format_saved = Signal(str)  # path written
    taken_up = Signal()  # the user opened a format file or typed in one: they mean to use it

    def __init__(self, parent=None):
        super().__init__(parent)
        self.path: str | None = None
        self.problems: list[Problem] = []
        self._saved_text = ""
        self.file_label = QLabel(self)
        self.file_label.setWordWrap(True)
        new = QPushButton(self.tr("New"), self)
        open_ = QPushButton(self.tr("Open…"), self)
        self.save_button = QPushButton(self.tr("Save"), self)
        save_as = QPushButton(self.tr("Save as…"), self)
        self.editor = QPlainTextEdit(self)
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.FixedFont))
        self.editor.setLineWrapMode(QPlainTextEdit.WidgetWidth)
        self.editor.setObjectName("formatText")
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.problem_list = QListWidget(self)
        self.problem_list.setWordWrap(True)
        self.problem_list.itemActivated.connect(self._jump)
        self.problem_list.itemClicked.connect(self._jump)
        self.preview = PreviewPane(self)

        buttons = QHBoxLayout()
        for b in (new, open_, self.save_button, save_as):
            buttons.addWidget(b)
        buttons.addStretch(1)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(buttons)
        top_layout.addWidget(self.file_label)
        top_layout.addWidget(self.editor, 3)
        top_layout.addWidget(self.status)
        top_layout.addWidget(self.problem_list, 1)
        self.problem_list.setMaximumHeight(110)
        split = QSplitter(Qt.Vertical, self)
        split.addWidget(top)
        split.addWidget(self.preview)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([300, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(split)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.validate)
        self.editor.textChanged.connect(self._timer.start)
        self.editor.textChanged.connect(lambda: self.taken_up.emit() if self.editor.hasFocus() else None)
        new.clicked.connect(self.new_file)
        open_.clicked.connect(self._ask_open)
        self.save_button.clicked.connect(self.save)
        save_as.clicked.connect(self._ask_save_as)
        self.new_file()

    # ------------------------------------------------------------ files
    def text(self) -> str:
        return self.editor.toPlainText()

    def is_modified(self) -> bool:
        return self.text() != self._saved_text and bool(self.path or self.text() != STARTER)

    def new_file(self) -> None:
        self.path = None
        self._set_text(STARTER)

    def open_file(self, path: str | Path) -> bool:
        try:
            text = Path(path).read_bytes().decode("utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            QMessageBox.warning(
                self,
                self.tr("Cannot open the format file"),
                self.tr("{0} cannot be read ({1}). Save it as UTF-8 text and try again.").format(str(path), str(exc)),
            )
            return False
        self.path = str(path)
        self._set_text(text)
        self.taken_up.emit()
        return True

    def _set_text(self, text: str) -> None:
        self._saved_text = text
        self.editor.setPlainText(text)
        self._update_label()
        self.validate()

    def _update_label(self) -> None:
        self.file_label.setText(
            self.tr("Editing {0}").format(self.path)
            if self.path
            else self.tr(
                "A new format file (not saved yet). Keys are sets of column names, values "
                "are templates with %column% where each value goes."
            )
        )

    def save(self) -> bool:
        if not self.path:
            return self._ask_save_as()
        return self.save_as(self.path)

    def save_as(self, path: str | Path) -> bool:
        try:
            write_text_atomic(Path(path), self.text())
        except OSError as exc:
            QMessageBox.warning(
                self, self.tr("Not saved"), self.tr("{0} could not be written ({1}).").format(str(path), str(exc))
            )
            return False
        self.path, self._saved_text = str(path), self.text()
        self._update_label()
        self.validate()
        self.format_saved.emit(self.path)
        return True

    def _ask_open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a format file"), str(Path(self.path or "").parent), self.tr("Format files (*.json)")
        )
        if path:
            self.open_file(path)

    def _ask_save_as(self) -> bool:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the format file"), self.path or "format.json", self.tr("Format files (*.json)")
        )
        return bool(path) and self.save_as(path)

    # ------------------------------------------------------------ checking
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    def validate(self) -> None:
        self.problems = check_format_text(self.text(), self.path)
        self.problem_list.clear()
        for p in self.problems:
            where = self.tr("Line {0}").format(str(p.line)) if p.line else ""
            kind = self.tr("Error") if p.severity == "error" else self.tr("Warning")
            item = QListWidgetItem(f"{kind} · {where}: {p.message}" if where else f"{kind}: {p.message}")
            item.setData(Qt.UserRole, (p.line or 0, p.column or 0))
            self.problem_list.addItem(item)
        n_err = len(self.errors())
        if n_err:
            self.status.setText(
                plural(self.tr("%n error(s): rows cannot use this format until they are fixed.", "", n_err), n_err)
            )
            self.status.setStyleSheet("color:#d9534f;")
        else:
            warnings = len(self.problems)
            self.status.setText(
                self.tr("The format is valid.")
                + (" " + plural(self.tr("%n warning(s) below.", "", warnings), warnings) if warnings else "")
            )
            self.status.setStyleSheet("")
            self.format_changed.emit()
        self.problem_list.setVisible(bool(self.problems))
        self.save_button.setEnabled(True)

    def _jump(self, item: QListWidgetItem) -> None:
        line, column = item.data(Qt.UserRole)
        if not line:
            return
        block = self.editor.document().findBlockByNumber(line - 1)
        cursor = QTextCursor(block)
        if column:
            cursor.movePosition(QTextCursor.Right, QTextCursor.MoveAnchor, max(0, column - 1))
        self.editor.setTextCursor(cursor)
        self.editor.setFocus()
