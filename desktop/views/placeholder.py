"""A quiet screen for a part of the app that is not built yet (Models, Dataset, Test)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget


class PlaceholderView(QWidget):
    def __init__(self, title: str, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        heading = QLabel(title)
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        body = QLabel(text)
        body.setWordWrap(True)
        body.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        for label in (heading, body):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        column = QWidget()
        column.setMaximumWidth(560)
        column_layout = QVBoxLayout(column)
        column_layout.addWidget(heading)
        column_layout.addWidget(body)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 3)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
