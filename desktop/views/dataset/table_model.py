"""The dataset table: one Qt model over the rows (dicts), never a widget per cell.

Rows are replaced, never changed in place: an edit puts a new dict in the list.
That keeps snapshots handed to worker threads (for checking and token counts)
safe to read while the user goes on editing.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QHeaderView


class _Missing:
    """A row that has no value for a column (distinct from null)."""

    def __repr__(self) -> str:
        return "MISSING"


MISSING = _Missing()
DISPLAY_CHARS = 120  # characters shown in a table cell (more only costs painting); the editor shows all
TOOLTIP_CHARS = 600


def is_nested(value) -> bool:
    return isinstance(value, (list, dict))


def cell_text(value) -> str:
    """The full text of a value as the multi-line editor shows it."""
    if value is MISSING:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, indent=2, default=str)


def parse_cell_text(text: str, like):
    """Turn editor text back into a value of the same sort as `like`.

    Text stays text; lists, objects, numbers and true/false are read as JSON
    (ValueError with the JSON message when they do not parse).
    """
    if like is MISSING or isinstance(like, str):
        return text
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"{exc.msg} (line {exc.lineno}, column {exc.colno})") from None
    except RecursionError:  # thousands of nested brackets typed or pasted into one cell
        raise ValueError("nested too deeply to read") from None


def display_text(value) -> str:
    """One line for a table cell: text with its line breaks shown as ⏎, nested values as compact JSON."""
    if value is MISSING:
        return ""
    if isinstance(value, str):
        text = value[: DISPLAY_CHARS * 2]
    else:
        text = json.dumps(value, ensure_ascii=False, separators=(", ", ": "), default=str)
    text = text.replace("\r\n", "\n").replace("\n", " ⏎ ").replace("\t", " ")
    return text if len(text) <= DISPLAY_CHARS else text[:DISPLAY_CHARS] + "…"


def blank_like(value):
    """An empty value of the same sort, for a new row."""
    if isinstance(value, list):
        return []
    if isinstance(value, dict):
        return {}
    return ""


class RowsModel(QAbstractTableModel):
    # Asked by undo and redo so the view can show the cell that changed.
    focus_requested = Signal(int, str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[dict] = []
        self._columns: list[str] = []
        self._known: set[str] = set()

    # ------------------------------------------------------------ reading
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.DisplayRole:
            return display_text(self._rows[index.row()].get(self._columns[index.column()], MISSING))
        if role == Qt.ToolTipRole:
            value = self._rows[index.row()].get(self._columns[index.column()], MISSING)
            text = cell_text(value)
            return text if len(text) <= TOOLTIP_CHARS else text[:TOOLTIP_CHARS] + "…"
        if role == Qt.ForegroundRole:
            value = self._rows[index.row()].get(self._columns[index.column()], MISSING)
            if is_nested(value):
                # Nested values read as structure, not prose: a quieter colour.
                return QApplication.palette().color(QPalette.PlaceholderText)
        return None

    def multiData(self, index, roles) -> None:
        # The table's delegate asks for every role of a cell in one call: answering
        # them together costs one entry into Python per cell instead of one per
        # role, which keeps painting quick while a reader thread also runs Python.
        if not index.isValid():
            return
        value = self._rows[index.row()].get(self._columns[index.column()], MISSING)
        for item in roles:
            role = item.role()
            if role == Qt.DisplayRole:
                item.setData(display_text(value))
            elif role == Qt.ForegroundRole and is_nested(value):
                item.setData(QApplication.palette().color(QPalette.PlaceholderText))

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role != Qt.DisplayRole:
            return None
        if orientation == Qt.Horizontal:
            return self._columns[section] if section < len(self._columns) else None
        return str(section + 1)

    @property
    def rows(self) -> list[dict]:
        """The rows themselves; read them, change them only through the methods below."""
        return self._rows

    @property
    def columns(self) -> list[str]:
        return list(self._columns)

    def row(self, r: int) -> dict:
        return self._rows[r]

    def value(self, r: int, key: str):
        return self._rows[r].get(key, MISSING)

    def column_of(self, key: str) -> int:
        return self._columns.index(key)

    # ------------------------------------------------------------ loading
    def reset(self, rows: list[dict] | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows or [])
        self._columns, self._known = [], set()
        self._learn_keys(self._rows, announce=False)
        self.endResetModel()

    def append_rows(self, batch: list[dict]) -> None:
        """Rows arriving from the loader: added at the end, not undoable."""
        if not batch:
            return
        self._learn_keys(batch, announce=True)
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(batch) - 1)
        self._rows.extend(batch)
        self.endInsertRows()

    def _learn_keys(self, rows, *, announce: bool) -> None:
        new: list[str] = []
        known = self._known
        for row in rows:
            if isinstance(row, dict) and not known.issuperset(row):
                for key in row:
                    if key not in known:
                        known.add(key)
                        new.append(key)
        if not new:
            return
        if announce:
            first = len(self._columns)
            self.beginInsertColumns(QModelIndex(), first, first + len(new) - 1)
            self._columns.extend(new)
            self.endInsertColumns()
        else:
            self._columns.extend(new)

    # ------------------------------------------------------------ edits (called by undo commands)
    def set_value(self, r: int, key: str, value) -> None:
        row = dict(self._rows[r])
        if value is MISSING:
            row.pop(key, None)
        else:
            row[key] = value
        self._rows[r] = row
        if key not in self._known:
            self._learn_keys([row], announce=True)
        c = self._columns.index(key)
        self.dataChanged.emit(self.index(r, c), self.index(r, c))

    def insert_rows(self, position: int, rows: list[dict]) -> None:
        if not rows:
            return
        self._learn_keys(rows, announce=True)
        self.beginInsertRows(QModelIndex(), position, position + len(rows) - 1)
        self._rows[position:position] = rows
        self.endInsertRows()

    def remove_rows(self, positions: list[int]) -> list[tuple[int, dict]]:
        """Remove rows at these positions; returns (position, row) in ascending order for undo."""
        removed = []
        ordered = sorted(set(positions), reverse=True)
        while ordered:
            # One notification per run of neighbouring rows: deleting thousands stays quick.
            last = first = ordered.pop(0)
            while ordered and ordered[0] == first - 1:
                first = ordered.pop(0)
            self.beginRemoveRows(QModelIndex(), first, last)
            removed[:0] = list(zip(range(first, last + 1), self._rows[first : last + 1]))
            del self._rows[first : last + 1]
            self.endRemoveRows()
        return removed

    def restore_rows(self, removed: list[tuple[int, dict]]) -> None:
        for position, row in removed:
            self.insert_rows(position, [row])


class RowNumberHeader(QHeaderView):
    """The table's row numbers. Qt sizes a header by asking the model about its
    first and last hundred sections, six questions each, every time rows are
    added; for numbers the widest is simply the last one."""

    def __init__(self, parent=None):
        super().__init__(Qt.Vertical, parent)
        self.setSectionResizeMode(QHeaderView.Fixed)  # no measuring of a million rows either

    def sizeHint(self) -> QSize:
        count = self.model().rowCount() if self.model() is not None else 0
        width = self.fontMetrics().horizontalAdvance(str(max(count, 1))) + 16
        return QSize(width, self.defaultSectionSize())
