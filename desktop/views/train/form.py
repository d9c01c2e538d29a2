"""A form with one editor per RunConfig setting, built from the settings' metadata.

Basic settings come first, each with its help text under it; the rest sit in
a collapsible Advanced section, grouped, with the help as a tooltip. Problems
show under the setting they concern, in the user's language.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPalette, QValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.config import RunConfig
from desktop import settings, theme
from desktop.views.dataset.text import escape_cut, unescape_cut
from desktop.views.train import texts

INT_LIMIT = 2**31 - 1
FOLDER_FIELDS = {"model"}
FILE_FIELDS = {"dataset", "format_file", "validation_file", "chat_template"}
LIST_FIELDS = {"custom_targets"}
ESCAPED_FIELDS = {"hard_cut"}  # shown with \n for newlines, since they are invisible
FLOAT_STEPS = {
    "learning_rate": 1e-5,
    "epochs": 0.5,
    "vram_budget_gib": 0.5,
    "stop_at_loss": 0.05,
    "neftune_alpha": 1.0,
    "max_grad_norm": 0.1,
}


def config_fields() -> list[dataclasses.Field]:
    return list(dataclasses.fields(RunConfig))


def default_of(f: dataclasses.Field):
    return f.default if f.default is not dataclasses.MISSING else f.default_factory()


class FloatSpinBox(QDoubleSpinBox):
    """A number box that shows 0.0002 as 0.0002 (or 2e-05), not rounded to a few decimals."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setDecimals(12)

    def textFromValue(self, value: float) -> str:
        return f"{value:.6g}"

    def valueFromText(self, text: str) -> float:
        try:
            return float(text.replace(",", "."))
        except ValueError:
            return self.value()

    def validate(self, text: str, pos: int):
        stripped = text.strip()
        if stripped in ("", "-", ".", "e", "E") or stripped.endswith(("e", "E", "e-", "E-")):
            return QValidator.State.Intermediate, text, pos
        try:
            value = float(stripped.replace(",", "."))
        except ValueError:
            return QValidator.State.Invalid, text, pos
        if self.minimum() <= value <= self.maximum():
            return QValidator.State.Acceptable, text, pos
        return QValidator.State.Intermediate, text, pos


class PathEdit(QWidget):
    """A text box with Browse buttons for a file or a folder."""

    changed = Signal()

    def __init__(self, name: str, folder: bool, file: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.name = name
        self.edit = QLineEdit()
        self.edit.textChanged.connect(self.changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        if file:
            button = QPushButton(self.tr("File…"))
            button.clicked.connect(self.pick_file)
            layout.addWidget(button)
        if folder:
            button = QPushButton(self.tr("Folder…"))
            button.clicked.connect(self.pick_folder)
            layout.addWidget(button)

    def text(self) -> str:
        return self.edit.text().strip()

    def setText(self, text: str) -> None:
        self.edit.setText(text)

    def _start_folder(self) -> str:
        current = Path(self.text()) if self.text() else None
        if current and current.exists():
            return str(current if current.is_dir() else current.parent)
        return settings.last_folder(self.name)

    def pick_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, texts.label(self.name), self._start_folder())
        if path:
            settings.remember_folder(self.name, path)
            self.setText(path)

    def pick_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, texts.label(self.name), self._start_folder())
        if path:
            settings.remember_folder(self.name, path)
            self.setText(path)


class SettingRow(QWidget):
    """One setting: its editor, a problem line under it, and (for basic settings) its help."""

    def __init__(self, f: dataclasses.Field, editor: QWidget, show_help: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.field = f
        self.editor = editor
        help_text = texts.help_text(f.name)
        editor.setToolTip(help_text)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        layout.addWidget(self.problem)
        self.caption = None
        if show_help:
            self.caption = QLabel(help_text)
            self.caption.setWordWrap(True)
            self.caption.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # follows light/dark
            layout.addWidget(self.caption)

    def set_problem(self, message: str) -> None:
        self.problem.setText("⚠ " + message if message else "")
        self.problem.setStyleSheet(f"color: {theme.color_css('error_text')}")
        self.problem.setVisible(bool(message))


class CollapsibleSection(QWidget):
    """A header button that shows or hides its body."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.toggle = QToolButton(text=title, checkable=True, checked=False)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setStyleSheet("QToolButton { border: none; font-weight: bold; }")
        self.toggle.toggled.connect(self.set_expanded)
        self.body = QWidget()
        self.body.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toggle)
        layout.addWidget(self.body)

    def set_expanded(self, expanded: bool) -> None:
        self.toggle.setChecked(expanded)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.body.setVisible(expanded)

    def is_expanded(self) -> bool:
        return self.toggle.isChecked()


class SettingsForm(QWidget):
    """Every RunConfig setting; `config()` reads it, `set_config()` fills it."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: dict[str, SettingRow] = {}
        self.editors: dict[str, QWidget] = {}
        self._loading = False
        layout = QVBoxLayout(self)
        all_fields = {f.name: f for f in config_fields()}
        basic = [f for f in all_fields.values() if f.metadata.get("basic")]

        basic_box = QGroupBox(self.tr("Main settings"))
        basic_form = self._form_layout(basic_box)
        for f in basic:
            self._add_row(basic_form, f, show_help=True)
        layout.addWidget(basic_box)

        self.advanced = CollapsibleSection(self.tr("Advanced settings"))
        advanced_layout = QVBoxLayout(self.advanced.body)
        advanced_layout.setContentsMargins(0, 0, 0, 0)
        placed = {f.name for f in basic}
        groups = [(title, [n for n in names if n in all_fields and n not in placed]) for title, names in texts.SECTIONS]
        listed = {n for _, names in groups for n in names}
        groups.append((texts.OTHER_SECTION, [n for n in all_fields if n not in placed and n not in listed]))
        for title, names in groups:
            if not names:
                continue
            box = QGroupBox(texts.section_title(title))
            form = self._form_layout(box)
            for name in names:
                self._add_row(form, all_fields[name], show_help=False)
            advanced_layout.addWidget(box)
        layout.addWidget(self.advanced)
        layout.addStretch(1)

        self._validate_timer = QTimer(self, singleShot=True, interval=150)
        self._validate_timer.timeout.connect(self.changed)
        self.set_config(RunConfig())

    def _form_layout(self, box: QGroupBox) -> QFormLayout:
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        return form

    def _add_row(self, form: QFormLayout, f: dataclasses.Field, show_help: bool) -> None:
        editor = self._make_editor(f)
        row = SettingRow(f, editor, show_help)
        label = QLabel(self.tr("{0}:").format(texts.label(f.name)))
        label.setToolTip(texts.help_text(f.name))
        label.setBuddy(editor if not isinstance(editor, PathEdit) else editor.edit)
        form.addRow(label, row)
        self.rows[f.name] = row
        self.editors[f.name] = editor

    def _make_editor(self, f: dataclasses.Field) -> QWidget:
        meta, default, name = f.metadata, default_of(f), f.name
        if isinstance(default, bool):
            editor = QCheckBox()
            editor.toggled.connect(self._edited)
            return editor
        if meta.get("choices"):
            editor = QComboBox()
            for choice in meta["choices"]:
                editor.addItem(str(choice), choice)
            editor.currentIndexChanged.connect(self._edited)
            _fit_width(editor)
            return editor
        if isinstance(default, int):
            editor = QSpinBox()
            low = meta.get("min")
            editor.setRange(
                int(low) if low is not None else (-1 if name == "max_steps" else -INT_LIMIT),
                int(meta["max"]) if meta.get("max") is not None else INT_LIMIT,
            )
            self._special(editor, name)
            editor.valueChanged.connect(self._edited)
            _fit_width(editor)
            return editor
        if isinstance(default, float):
            editor = FloatSpinBox()
            low, high = meta.get("min"), meta.get("max")
            editor.setRange(low if low is not None else -1e9, high if high is not None else 1e9)
            editor.setSingleStep(FLOAT_STEPS.get(name, 0.01 if (high is not None and high <= 1) else 0.1))
            self._special(editor, name)
            editor.valueChanged.connect(self._edited)
            _fit_width(editor)
            return editor
        if name in FOLDER_FIELDS or name in FILE_FIELDS:
            editor = PathEdit(name, folder=name in FOLDER_FIELDS or name == "dataset", file=name in FILE_FIELDS)
            editor.changed.connect(self._edited)
            if name == "chat_template":
                editor.edit.setPlaceholderText(self.tr("auto: the model's own template"))
            elif name in ("format_file", "validation_file"):
                editor.edit.setPlaceholderText(self.tr("none"))
            return editor
        editor = QLineEdit()
        if name in LIST_FIELDS:
            editor.setPlaceholderText(self.tr("comma-separated, for example q_proj, v_proj"))
        editor.textChanged.connect(self._edited)
        return editor

    def _special(self, editor, name: str) -> None:
        special = texts.special_value(name)
        if special:
            editor.setSpecialValueText(special)

    def _edited(self, *_args) -> None:
        if not self._loading:
            self._validate_timer.start()

    # --- values --------------------------------------------------------------------------
    def set_config(self, config: RunConfig) -> None:
        self._loading = True
        try:
            for f in config_fields():
                self._set_value(f.name, getattr(config, f.name))
        finally:
            self._loading = False
        self.changed.emit()

    def _set_value(self, name: str, value) -> None:
        editor = self.editors[name]
        if isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, QComboBox):
            index = editor.findData(value)
            if index < 0:  # a value from a newer version: keep it selectable
                editor.addItem(str(value), value)
                index = editor.count() - 1
            editor.setCurrentIndex(index)
        elif isinstance(editor, (QSpinBox, QDoubleSpinBox)):
            editor.setValue(value)
        elif isinstance(editor, PathEdit):
            editor.setText("" if name == "chat_template" and value == "auto" else str(value))
        elif name in LIST_FIELDS:
            editor.setText(", ".join(value))
        elif name in ESCAPED_FIELDS:
            editor.setText(escape_cut(str(value)))
        else:
            editor.setText(str(value))

    def value(self, name: str):
        editor = self.editors[name]
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if isinstance(editor, (QSpinBox, QDoubleSpinBox)):
            editor.interpretText()
            return editor.value()
        if isinstance(editor, PathEdit):
            text = editor.text()
            return text or "auto" if name == "chat_template" else text
        text = editor.text()
        if name in LIST_FIELDS:
            return [part.strip() for part in text.split(",") if part.strip()]
        if name in ESCAPED_FIELDS:
            return unescape_cut(text)
        return text

    def config(self) -> RunConfig:
        return RunConfig(**{f.name: self.value(f.name) for f in config_fields()})

    def show_problems(self, problems: dict[str, str]) -> None:
        for name, row in self.rows.items():
            row.set_problem(problems.get(name, ""))
        if any(name in problems for name in self.rows if not self.rows[name].field.metadata.get("basic")):
            self.advanced.set_expanded(True)


def _fit_width(editor: QWidget) -> None:
    editor.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    editor.setMinimumWidth(160)
