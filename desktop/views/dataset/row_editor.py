"""The selected row, one multi-line editor per column.

Typing becomes undoable SetCellCommands: after a short pause, when the editor
loses focus, or before any undo, so Ctrl+Z always acts on the one undo stack of
the dataset. Lists and objects (a conversation, tools) are edited as JSON and
only applied once they parse.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase, QKeySequence
from PySide6.QtWidgets import QFrame, QLabel, QPlainTextEdit, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from desktop.views.dataset.edits import SetCellCommand
from desktop.views.dataset.table_model import MISSING, RowsModel, cell_text, is_nested, parse_cell_text

APPLY_AFTER_MS = 500


class FieldEdit(QPlainTextEdit):
    """A cell editor that leaves Ctrl+Z / Ctrl+Y to the dataset's undo stack."""

    def event(self, event) -> bool:
        if event.type() == QEvent.ShortcutOverride and (
            event.matches(QKeySequence.Undo)
            or event.matches(QKeySequence.Redo)
            or (event.key() == Qt.Key_Y and event.modifiers() == Qt.ControlModifier)
        ):
            event.ignore()
            return False
        return super().event(event)


class _Field(QWidget):
    def __init__(self, key: str, parent=None):
        super().__init__(parent)
        self.key = key
        self.session: object | None = None
        self.dirty = False
        self.like = MISSING
        self.title = QLabel(self)
        self.edit = FieldEdit(self)
        self.edit.setUndoRedoEnabled(False)
        self.edit.setTabChangesFocus(True)
        self.edit.setObjectName(f"field:{key}")
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color:#d9534f;")
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 6)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.error)

    def set_value(self, value, title: str) -> None:
        self.like = value
        text = cell_text(value)
        if self.edit.toPlainText() != text:
            cursor = self.edit.textCursor()
            position = cursor.position()
            self.edit.blockSignals(True)
            self.edit.setPlainText(text)
            self.edit.blockSignals(False)
            if self.edit.hasFocus():
                cursor.setPosition(min(position, len(text)))
                self.edit.setTextCursor(cursor)
        self.dirty = False
        self.error.hide()
        self.title.setText(title)
        mono = is_nested(value) or (value is not MISSING and not isinstance(value, str))
        font = QFontDatabase.systemFont(QFontDatabase.FixedFont) if mono else self.font()
        self.edit.setFont(font)
        # Room in proportion to the text; a column this row lacks gets one line.
        lines = 1 if value is MISSING else max(2, min(12, text.count("\n") + 1 + len(text) // 70))
        self.edit.setMinimumHeight(self.edit.fontMetrics().lineSpacing() * min(lines, 5) + 12)
        if value is MISSING:
            self.edit.setMaximumHeight(self.edit.fontMetrics().lineSpacing() * 2 + 12)
        else:
            self.edit.setMaximumHeight(16777215)
        self.layout().setStretchFactor(self.edit, 0 if value is MISSING else lines)


class RowEditor(QScrollArea):
    """Edits the row `current_row` of `model` through `undo_stack`."""

    row_shown = Signal(int)

    def __init__(self, model: RowsModel, undo_stack, parent=None):
        super().__init__(parent)
        self.model, self.undo_stack = model, undo_stack
        self.current_row: int | None = None
        self.read_only = False
        self._fields: dict[str, _Field] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(APPLY_AFTER_MS)
        self._timer.timeout.connect(self.flush)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.NoFrame)
        self._body = QWidget(self)
        self._layout = QVBoxLayout(self._body)
        self._layout.setContentsMargins(4, 4, 4, 4)
        self._placeholder = QLabel(self._body)
        self._placeholder.setWordWrap(True)
        self._placeholder.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        self._placeholder.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Expanding)
        self._layout.addWidget(self._placeholder)
        self.setWidget(self._body)
        self._show_placeholder()
        model.dataChanged.connect(self._on_data_changed)
        model.columnsInserted.connect(lambda *_: self.show_row(self.current_row))
        model.modelReset.connect(lambda: self.show_row(None))

    # ------------------------------------------------------------ showing
    def _show_placeholder(self) -> None:
        self._placeholder.setText(
            self.tr(
                "Select a row in the table to edit it here. Each column gets its own "
                "box; changes can be undone with Ctrl+Z."
            )
        )
        self._placeholder.show()

    def show_row(self, row: int | None) -> None:
        self.flush()
        if row is not None and not 0 <= row < self.model.rowCount():
            row = None
        self.current_row = row
        if row is None:
            for f in self._fields.values():
                f.hide()
            self._show_placeholder()
            return
        self._placeholder.hide()
        columns = self.model.columns
        if list(self._fields) != columns:
            for f in self._fields.values():
                f.deleteLater()
            self._fields = {}
            for key in columns:
                f = _Field(key, self._body)
                f.edit.textChanged.connect(lambda f=f: self._on_typed(f))
                f.edit.installEventFilter(self)
                self._layout.addWidget(f)
                self._fields[key] = f
        for key, f in self._fields.items():
            f.show()
            f.session = None
            f.set_value(self.model.value(row, key), self._title(key, self.model.value(row, key)))
            f.edit.setReadOnly(self.read_only)
        self.row_shown.emit(row)

    def _title(self, key: str, value) -> str:
        if value is MISSING:
            return self.tr("{0} (not in this row; type to add it)").format(key)
        if isinstance(value, list):
            return self.tr("{0} (a list, written as JSON)").format(key)
        if isinstance(value, dict):
            return self.tr("{0} (an object, written as JSON)").format(key)
        if not isinstance(value, str):
            return self.tr("{0} (a JSON value)").format(key)
        return key

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for f in self._fields.values():
            f.edit.setReadOnly(read_only)

    def field(self, key: str) -> QPlainTextEdit | None:
        f = self._fields.get(key)
        return f.edit if f else None

    def focus_key(self, key: str) -> None:
        f = self._fields.get(key)
        if f is not None:
            f.edit.setFocus()
            self.ensureWidgetVisible(f)

    # ------------------------------------------------------------ applying
    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.FocusIn:
            for f in self._fields.values():
                if f.edit is obj:
                    f.session = object()  # a new typing session: its changes merge into one undo step
        elif event.type() == QEvent.FocusOut:
            self.flush()
        return super().eventFilter(obj, event)

    def _on_typed(self, f: _Field) -> None:
        if self.read_only:
            return
        f.dirty = True
        self._timer.start()

    def flush(self) -> None:
        """Apply every edited box now (each becomes an undoable command)."""
        self._timer.stop()
        row = self.current_row
        if row is None or row >= self.model.rowCount():
            return
        for key, f in self._fields.items():
            if not f.dirty:
                continue
            text = f.edit.toPlainText()
            old = self.model.value(row, key)
            if old is MISSING and text == "":
                f.dirty = False
                continue
            try:
                value = parse_cell_text(text, old)
            except ValueError as exc:
                f.error.setText(self.tr("Not applied: this is not valid JSON ({0}). Fix it, or undo.").format(str(exc)))
                f.error.show()
                continue
            f.error.hide()
            f.dirty = False
            if value != old or type(value) is not type(old):
                if f.session is None:
                    f.session = object()
                self.undo_stack.push(SetCellCommand(self.model, row, key, value, session=f.session))

    def _on_data_changed(self, top_left, bottom_right, roles=()) -> None:
        row = self.current_row
        if row is None or not top_left.row() <= row <= bottom_right.row():
            return
        for key, f in self._fields.items():
            if not f.dirty:
                value = self.model.value(row, key)
                f.set_value(value, self._title(key, value))
