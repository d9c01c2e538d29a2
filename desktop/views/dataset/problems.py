"""The problems list under the table: (row, message); clicking one selects its row."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from core.data.problems import Problem
from desktop.views.dataset.preview import is_dark
from desktop.views.dataset.text import plural

SHOWN_AT_MOST = 5000  # a broken file can have a problem per row; the first ones tell the story


class ProblemsPanel(QWidget):
    row_requested = Signal(int)  # 1-based row
    listed = Signal(int)  # how many problems are listed now

    def __init__(self, parent=None):
        super().__init__(parent)
        self.problems: list[Problem] = []
        self.title = QLabel(self)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Row"), self.tr("Problem")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeToContents)
        self.tree.header().setSectionResizeMode(1, QHeaderView.Stretch)
        self.tree.header().setStretchLastSection(True)
        self.tree.itemClicked.connect(self._clicked)
        self.tree.itemActivated.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.tree, 1)
        self.set_problems([])

    def set_problems(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        self.tree.clear()
        errors = sum(1 for p in problems if p.severity == "error")
        warnings = len(problems) - errors
        if not problems:
            self.title.setText(self.tr("No problems found."))
        else:
            self.title.setText(
                self.tr("Problems: {0} and {1}. Click one to go to its row.").format(
                    plural(self.tr("%n error(s)", "", errors), errors),
                    plural(self.tr("%n warning(s)", "", warnings), warnings),
                )
            )
        red = QColor("#ff8a80") if is_dark(self.palette()) else QColor("#b3261e")
        items = []
        for p in problems[:SHOWN_AT_MOST]:
            where = str(p.row) if p.row else (self.tr("line {0}").format(str(p.line)) if p.line else "—")
            kind = self.tr("Error") if p.severity == "error" else self.tr("Warning")
            item = QTreeWidgetItem([where, f"{kind}: {p.message}"])
            item.setData(0, Qt.UserRole, p.row or 0)
            item.setToolTip(1, p.message)
            if p.severity == "error":
                item.setForeground(1, red)
            items.append(item)
        self.tree.addTopLevelItems(items)
        self.tree.setVisible(bool(items))
        self.listed.emit(len(items))

    def _clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        row = item.data(0, Qt.UserRole)
        if row:
            self.row_requested.emit(int(row))
