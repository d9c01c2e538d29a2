"""Undoable edits of the dataset table (QUndoStack commands).

Every change a user makes to rows goes through one of these, so Ctrl+Z undoes
everything: typing in a cell, adding, duplicating and deleting rows, replace
all. Each command asks the model to show the cell it changed, so undo never
changes something out of sight.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from desktop.views.dataset.table_model import RowsModel, blank_like
from desktop.views.dataset.text import plural

_SET_CELL_ID = 0x4C53  # commands with this id may merge (one typing session = one undo step)


class SetCellCommand(QUndoCommand):
    """Change one cell. Consecutive changes of the same cell in one typing
    session merge, so undo takes back the whole session at once."""

    def __init__(self, model: RowsModel, row: int, key: str, value, *, session: object | None = None):
        super().__init__(QCoreApplication.translate("DatasetEdits", "Edit “{0}” in row {1}").format(key, row + 1))
        self.model, self.row, self.key = model, row, key
        self.old, self.new = model.value(row, key), value
        self.session = session

    def redo(self) -> None:
        self.model.set_value(self.row, self.key, self.new)
        self.model.focus_requested.emit(self.row, self.key)

    def undo(self) -> None:
        self.model.set_value(self.row, self.key, self.old)
        self.model.focus_requested.emit(self.row, self.key)

    def id(self) -> int:
        return _SET_CELL_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetCellCommand) or self.session is None:
            return False
        if other.session is not self.session or (other.row, other.key) != (self.row, self.key):
            return False
        self.new = other.new
        return True


class SetCellsCommand(QUndoCommand):
    """Many cells at once (replace all): one undo step."""

    def __init__(self, model: RowsModel, changes: list[tuple[int, str, object]], text: str):
        super().__init__(text)
        self.model = model
        self.changes = [(r, k, model.value(r, k), v) for r, k, v in changes]

    def redo(self) -> None:
        for r, k, _, new in self.changes:
            self.model.set_value(r, k, new)
        if self.changes:
            self.model.focus_requested.emit(self.changes[0][0], self.changes[0][1])

    def undo(self) -> None:
        for r, k, old, _ in reversed(self.changes):
            self.model.set_value(r, k, old)
        if self.changes:
            self.model.focus_requested.emit(self.changes[0][0], self.changes[0][1])


class InsertRowsCommand(QUndoCommand):
    def __init__(self, model: RowsModel, position: int, rows: list[dict], text: str):
        super().__init__(text)
        self.model, self.position, self.rows = model, position, rows

    def redo(self) -> None:
        self.model.insert_rows(self.position, self.rows)
        self.model.focus_requested.emit(self.position, "")

    def undo(self) -> None:
        self.model.remove_rows(list(range(self.position, self.position + len(self.rows))))
        self.model.focus_requested.emit(max(0, min(self.position, self.model.rowCount() - 1)), "")


class RemoveRowsCommand(QUndoCommand):
    def __init__(self, model: RowsModel, positions: list[int]):
        n = len(set(positions))
        super().__init__(plural(QCoreApplication.translate("DatasetEdits", "Delete %n row(s)", None, n), n))
        self.model, self.positions = model, sorted(set(positions))
        self.removed: list[tuple[int, dict]] = []

    def redo(self) -> None:
        self.removed = self.model.remove_rows(self.positions)
        if self.model.rowCount():
            self.model.focus_requested.emit(min(self.positions[0], self.model.rowCount() - 1), "")

    def undo(self) -> None:
        self.model.restore_rows(self.removed)
        self.model.focus_requested.emit(self.positions[0], "")


def new_row_like(model: RowsModel, near: int | None) -> dict:
    """An empty row with the table's columns, shaped like the row next to it."""
    template = model.row(near) if near is not None and 0 <= near < model.rowCount() else {}
    return {key: blank_like(template.get(key, "")) for key in model.columns if key in template or not template}
