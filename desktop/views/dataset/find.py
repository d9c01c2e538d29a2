"""Find and replace over the dataset table (Ctrl+F, Ctrl+H).

Matches are looked for in text values and in the text inside lists and
objects (a conversation's messages); keys are never changed. Replace works on
the current cell, Replace all on every cell, as one undo step.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.views.dataset.edits import SetCellCommand, SetCellsCommand
from desktop.views.dataset.table_model import MISSING, RowsModel
from desktop.views.dataset.text import plural


def _contains(value, pattern: re.Pattern) -> bool:
    if isinstance(value, str):
        return pattern.search(value) is not None
    if isinstance(value, list):
        return any(_contains(v, pattern) for v in value)
    if isinstance(value, dict):
        return any(_contains(v, pattern) for v in value.values())
    return False


def _replace(value, pattern: re.Pattern, replacement: str):
    """(new value, number of replacements) with text leaves replaced, structure kept."""
    if isinstance(value, str):
        return pattern.subn(lambda _: replacement, value)
    if isinstance(value, list):
        out, n = [], 0
        for v in value:
            new, k = _replace(v, pattern, replacement)
            out.append(new)
            n += k
        return out, n
    if isinstance(value, dict):
        out, n = {}, 0
        for key, v in value.items():
            out[key], k = _replace(v, pattern, replacement)
            n += k
        return out, n
    return value, 0


class FindBar(QWidget):
    """Looks through `model`; moves the table's current cell to each match."""

    found = Signal(int, str)  # row, key of the match now shown
    closed = Signal()

    def __init__(self, model: RowsModel, undo_stack, parent=None):
        super().__init__(parent)
        self.model, self.undo_stack = model, undo_stack
        self.position: tuple[int, int] = (0, -1)  # (row, column) of the current match
        self.read_only = False

        self.find_edit = QLineEdit(self)
        self.find_edit.setPlaceholderText(self.tr("Find"))
        self.find_edit.setClearButtonEnabled(True)
        self.replace_edit = QLineEdit(self)
        self.replace_edit.setPlaceholderText(self.tr("Replace with"))
        self.case = QCheckBox(self.tr("Match case"), self)
        self.column = QComboBox(self)
        self.column.setToolTip(self.tr("Look in one column or in all of them"))
        self.prev_button = QPushButton(self.tr("Previous"), self)
        self.next_button = QPushButton(self.tr("Next"), self)
        self.replace_button = QPushButton(self.tr("Replace"), self)
        self.replace_all_button = QPushButton(self.tr("Replace all"), self)
        self.status = QLabel(self)
        close = QToolButton(self)
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Close (Esc)"))

        top = QHBoxLayout()
        top.addWidget(self.find_edit, 2)
        top.addWidget(self.column, 1)
        top.addWidget(self.case)
        top.addWidget(self.prev_button)
        top.addWidget(self.next_button)
        top.addWidget(self.status)
        top.addWidget(close)
        self.replace_row = QWidget(self)
        bottom = QHBoxLayout(self.replace_row)
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(self.replace_edit, 2)
        bottom.addWidget(self.replace_button)
        bottom.addWidget(self.replace_all_button)
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.replace_row)

        self.find_edit.returnPressed.connect(self.find_next)
        self.replace_edit.returnPressed.connect(self.replace_current)
        self.next_button.clicked.connect(self.find_next)
        self.prev_button.clicked.connect(lambda: self.find_next(backwards=True))
        self.replace_button.clicked.connect(self.replace_current)
        self.replace_all_button.clicked.connect(self.replace_all)
        self.find_edit.textChanged.connect(lambda: self.status.setText(""))
        close.clicked.connect(self.close_bar)
        self.hide()

    # ------------------------------------------------------------ opening
    def open(self, *, replace: bool, start: tuple[int, int] = (0, -1), text: str = "") -> None:
        self._fill_columns()
        self.replace_row.setVisible(replace)
        self.position = start
        if text:
            self.find_edit.setText(text)
        self.show()
        self.find_edit.setFocus()
        self.find_edit.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)

    def _fill_columns(self) -> None:
        current = self.column.currentData()
        self.column.clear()
        self.column.addItem(self.tr("All columns"), None)
        for key in self.model.columns:
            self.column.addItem(key, key)
        index = self.column.findData(current)
        self.column.setCurrentIndex(max(0, index))

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.replace_button.setEnabled(not read_only)
        self.replace_all_button.setEnabled(not read_only)

    # ------------------------------------------------------------ searching
    def pattern(self) -> re.Pattern | None:
        needle = self.find_edit.text()
        if not needle:
            return None
        return re.compile(re.escape(needle), 0 if self.case.isChecked() else re.IGNORECASE)

    def _columns(self) -> list[int]:
        key = self.column.currentData()
        columns = self.model.columns
        return [columns.index(key)] if key in columns else list(range(len(columns)))

    def _matches(self, row: int, column: int, pattern: re.Pattern) -> bool:
        return _contains(self.model.value(row, self.model.columns[column]), pattern)

    def find_next(self, backwards: bool = False) -> bool:
        pattern = self.pattern()
        rows, columns = self.model.rowCount(), self._columns()
        if pattern is None or not rows or not columns:
            return False
        keys = self.model.columns
        cells = rows * len(columns)
        r, c = self.position
        # Walk cells in reading order from the current one, wrapping around once.
        flat = r * len(columns) + (columns.index(c) if c in columns else (-1 if not backwards else len(columns)))
        step = -1 if backwards else 1
        for i in range(1, cells + 1):
            k = (flat + step * i) % cells
            row, column = divmod(k, len(columns))
            if _contains(self.model.rows[row].get(keys[columns[column]], MISSING), pattern):
                self.position = (row, columns[column])
                self.status.setText("")
                self.found.emit(row, keys[columns[column]])
                return True
        self.status.setText(self.tr("Not found"))
        return False

    def count_matches(self) -> int:
        pattern = self.pattern()
        if pattern is None:
            return 0
        keys = [self.model.columns[c] for c in self._columns()]
        return sum(1 for row in self.model.rows for k in keys if _contains(row.get(k, MISSING), pattern))

    def replace_current(self) -> bool:
        """Replace in the current cell if it matches, then move to the next match."""
        pattern = self.pattern()
        if pattern is None or self.read_only:
            return False
        r, c = self.position
        if not (0 <= r < self.model.rowCount() and 0 <= c < len(self.model.columns)) or not self._matches(
            r, c, pattern
        ):
            return self.find_next()
        key = self.model.columns[c]
        new, n = _replace(self.model.value(r, key), pattern, self.replace_edit.text())
        if n:
            self.undo_stack.push(SetCellCommand(self.model, r, key, new))
        self.find_next()
        return bool(n)

    def replace_all(self) -> int:
        pattern = self.pattern()
        if pattern is None or self.read_only:
            return 0
        keys = [self.model.columns[c] for c in self._columns()]
        replacement = self.replace_edit.text()
        changes, total = [], 0
        for r, row in enumerate(self.model.rows):
            for key in keys:
                value = row.get(key, MISSING)
                if value is MISSING or not _contains(value, pattern):
                    continue
                new, n = _replace(value, pattern, replacement)
                if n:
                    changes.append((r, key, new))
                    total += n
        if changes:
            text = plural(self.tr("Replace %n occurrence(s)", "", total), total)
            self.undo_stack.push(SetCellsCommand(self.model, changes, text))
        done = plural(self.tr("Replaced %n occurrence(s)", "", total), total)
        self.status.setText(done if total else self.tr("Not found"))
        return total
