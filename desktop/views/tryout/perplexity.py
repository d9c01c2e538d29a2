"""The Test screen's perplexity tab: the base model and every checkpoint measured on the same text.

The measurement runs in the generation child; rows arrive one model at a
time, fill the table and the plot, and the child saves them as a CSV in the
run folder, which is read back when the run is opened again.
"""

from __future__ import annotations

import math
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop import theme


class PerplexityPanel(QWidget):
    measure_requested = Signal()
    stop_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.request_id: int | None = None
        self.rows: list[dict] = []
        self.csv_path: Path | None = None
        self._build()
        if theme.manager() is not None:
            theme.manager().changed.connect(self._theme_changed)  # a method: disconnected when this is deleted
        self._apply_colors()
        self.set_busy(False)

    def _build(self) -> None:
        source = self._build_source_row()
        controls = self._build_controls_row()
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        split.addWidget(self._build_table())
        split.addWidget(self._build_plot())
        split.setSizes([480, 520])
        self.note = QLabel(
            self.tr(
                "Perplexity is how surprised a model is by a text: lower is better. On held-out "
                "rows, a checkpoint lower than the base model learned something that carries "
                "over; if later checkpoints rise again, the adapter started memorising its "
                "training rows, and an earlier checkpoint is the better one."
            )
        )
        self.note.setWordWrap(True)
        self.note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        saved = self._build_saved_row()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(source)
        layout.addLayout(controls)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(split, 1)
        layout.addWidget(self.note)
        layout.addLayout(saved)

    def _build_source_row(self) -> QHBoxLayout:
        """What to measure on: the run's validation rows, or a file."""
        self.use_validation = QRadioButton(self.tr("This run's validation rows"))
        self.use_validation.setToolTip(
            self.tr("The rows the run held out: only their answers are scored, as in training.")
        )
        self.use_file = QRadioButton(self.tr("A file:"))
        self.use_file.setToolTip(self.tr("A .txt file is measured as one long text; a dataset file by its answers."))
        self.use_validation.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.use_validation)
        group.addButton(self.use_file)
        self.file_edit = QLineEdit()
        self.file_edit.setPlaceholderText(self.tr("A .txt or dataset file"))
        self.file_edit.textEdited.connect(lambda _t: self.use_file.setChecked(True))
        self.browse_button = QPushButton(self.tr("Browse…"))
        self.browse_button.clicked.connect(self._browse)
        source = QHBoxLayout()
        source.addWidget(QLabel(self.tr("Measure on:")))
        source.addWidget(self.use_validation)
        source.addSpacing(12)
        source.addWidget(self.use_file)
        source.addWidget(self.file_edit, 1)
        source.addWidget(self.browse_button)
        return source

    def _build_controls_row(self) -> QHBoxLayout:
        """Window and stride, Measure and Stop."""
        self.window = QSpinBox(minimum=16, maximum=131072, singleStep=128, value=1024)
        self.window.setToolTip(
            self.tr(
                "How many tokens the model sees at once. Longer texts are measured in overlapping windows of this size."
            )
        )
        self.stride = QSpinBox(minimum=1, maximum=131072, singleStep=64, value=512)
        self.stride.setToolTip(
            self.tr(
                "How far each window moves on. Smaller gives every token more context "
                "and takes longer; it must not exceed the window."
            )
        )
        self.measure_button = QPushButton(self.tr("Measure"))
        self.measure_button.setToolTip(self.tr("Measure the base model, the final adapter and every checkpoint."))
        self.measure_button.clicked.connect(self.measure_requested)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.clicked.connect(self.stop_requested)
        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Window")))
        controls.addWidget(self.window)
        controls.addWidget(QLabel(self.tr("tokens")))
        controls.addSpacing(14)
        controls.addWidget(QLabel(self.tr("Stride")))
        controls.addWidget(self.stride)
        controls.addWidget(QLabel(self.tr("tokens")))
        controls.addStretch(1)
        controls.addWidget(self.measure_button)
        controls.addWidget(self.stop_button)
        return controls

    def _build_table(self) -> QTableWidget:
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Model"), self.tr("Perplexity"), self.tr("Mean loss"), self.tr("Tokens")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        return self.table

    def _build_plot(self) -> pg.PlotWidget:
        """Perplexity by step: the checkpoints as points, the base model as a level line."""
        self.plot = pg.PlotWidget()
        self.plot.setMinimumHeight(200)
        self.plot.setMenuEnabled(False)
        self.plot.showGrid(x=True, y=True, alpha=0.15)
        self.plot.setLabel("left", self.tr("Perplexity"))
        self.plot.setLabel("bottom", self.tr("Step"))
        self.plot.getAxis("left").setWidth(56)
        self.legend = self.plot.addLegend(offset=(-10, 10))
        self.adapter_curve = self.plot.plot([], [], name=self.tr("Checkpoints"), symbol="o", symbolSize=7)
        self.base_line = pg.InfiniteLine(angle=0, movable=False)
        self.base_line.setVisible(False)
        self.plot.addItem(self.base_line)
        self.base_legend = self.plot.plot([], [], name=self.tr("Base model"))
        return self.plot

    def _build_saved_row(self) -> QHBoxLayout:
        """Where the measurements were saved, and a button to open that folder."""
        self.saved_label = QLabel()
        self.saved_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("Open folder"))
        self.open_button.clicked.connect(self._open_folder)
        self.open_button.setVisible(False)
        saved = QHBoxLayout()
        saved.addWidget(self.saved_label, 1)
        saved.addWidget(self.open_button)
        return saved

    def _theme_changed(self, _dark: bool) -> None:
        self._apply_colors()

    def _apply_colors(self) -> None:
        c = theme.colors()
        self.plot.setBackground(c["plot_background"])
        for side in ("left", "bottom"):
            axis = self.plot.getAxis(side)
            axis.setPen(c["plot_foreground"])
            axis.setTextPen(c["plot_foreground"])
        self.legend.setLabelTextColor(c["plot_foreground"])
        self.adapter_curve.setPen(pg.mkPen(c["train_smooth"], width=2))
        self.adapter_curve.setSymbolBrush(c["train_smooth"])
        self.adapter_curve.setSymbolPen(c["train_smooth"])
        dashed = pg.mkPen(c["eval"], width=2, style=Qt.PenStyle.DashLine)
        self.base_line.setPen(dashed)
        self.base_legend.setPen(dashed)

    # --- requests -------------------------------------------------------------------------------
    def request(self) -> dict | None:
        if self.stride.value() > self.window.value():
            self.show_status(self.tr("The stride must not be larger than the window."), error=True)
            return None
        command = {"cmd": "perplexity", "window": self.window.value(), "stride": self.stride.value()}
        if self.use_file.isChecked():
            path = self.file_edit.text().strip()
            if not path or not Path(path).is_file():
                self.show_status(self.tr("Choose the file to measure first."), error=True)
                return None
            command["data"] = path
        return command

    def begin(self, request_id: int) -> None:
        self.request_id = request_id
        self.set_rows([])
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.show_status(self.tr("Measuring…"))

    def handle_event(self, event: dict) -> bool:
        if self.request_id is None or event.get("id") != self.request_id:
            return False
        kind = event["type"]
        if kind == "loading":
            self.show_status(self.tr("Loading the model…"))
        elif kind == "progress":
            total = int(event.get("total") or 0)
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(int(event.get("done") or 0))
            self.show_status(self.tr("Measuring {0}…").format(self.model_label(event.get("label", ""))))
        elif kind == "ppl_row":
            self.set_rows(self.rows + [event["row"]])
        elif kind in ("done", "error"):
            self.request_id = None
            self.progress.setVisible(False)
            if kind == "error":
                self.show_status(
                    event.get("message", "") + (" " + event["hint"] if event.get("hint") else ""), error=True
                )
            elif event.get("stopped"):
                self.show_status(self.tr("Stopped."))
            else:
                self.show_status(self.tr("Done."))
                if event.get("csv"):
                    self.show_saved(Path(event["csv"]))
        return True

    def set_busy(self, busy: bool) -> None:
        self.stop_button.setEnabled(busy and self.request_id is not None)

    # --- results --------------------------------------------------------------------------------
    def model_label(self, label: str) -> str:
        """Core's English row labels, in the user's language."""
        import re

        if label == "base model":
            return self.tr("Base model")
        match = re.fullmatch(r"final adapter \(step (\d+)\)", label)
        if match:
            return self.tr("Final adapter (step {0})").format(match.group(1))
        match = re.fullmatch(r"checkpoint at step (\d+)", label)
        if match:
            return self.tr("Checkpoint at step {0}").format(match.group(1))
        return label

    def set_rows(self, rows: list[dict]) -> None:
        self.rows = list(rows)
        self.table.setRowCount(len(self.rows))
        base = next((r["perplexity"] for r in self.rows if r.get("step") is None and not r.get("adapter")), None)
        for i, row in enumerate(self.rows):
            ppl = row.get("perplexity", math.inf)
            cells = [
                self.model_label(row.get("label", "")),
                _number(ppl),
                f"{row.get('loss', 0.0):.4f}",
                str(row.get("tokens", "")),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == 1 and base is not None and row.get("adapter") and isinstance(ppl, (int, float)):
                    item.setToolTip(self.tr("{0:+.1%} against the base model").format(ppl / base - 1))
                self.table.setItem(i, column, item)
        points = sorted(
            (r["step"], r["perplexity"])
            for r in self.rows
            if r.get("step") is not None and _finite(r.get("perplexity"))
        )
        if points and base is not None and _finite(base):
            # At step 0 a LoRA changes nothing (its B matrices start at zero): the curve starts at the base.
            points.insert(0, (0, base))
        self.adapter_curve.setData([p[0] for p in points], [p[1] for p in points])
        self.base_line.setVisible(base is not None and _finite(base))
        if base is not None and _finite(base):
            self.base_line.setValue(base)

    def load_saved(self, run_dir: Path | None) -> None:
        """Show the run's last validation measurement, if it has one."""
        from core.inference.perplexity_results import read_perplexity_csv

        self.set_rows([])
        self.saved_label.clear()
        self.open_button.setVisible(False)
        if run_dir is None:
            return
        path = Path(run_dir) / "perplexity-validation.csv"
        if path.is_file():
            try:
                self.set_rows([r.to_json() for r in read_perplexity_csv(path)])
                self.show_saved(path)
            except (OSError, ValueError, KeyError):
                pass

    def show_saved(self, path: Path) -> None:
        self.csv_path = Path(path)
        self.saved_label.setText(self.tr("Saved in the run folder as {0}").format(self.csv_path.name))
        self.open_button.setVisible(True)

    def show_status(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {theme.color_css('error_text')};" if error else "")

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Text to measure"),
            self.file_edit.text(),
            self.tr("Text and dataset files (*.txt *.json *.jsonl *.csv *.parquet);;All files (*)"),
        )
        if path:
            self.file_edit.setText(path)
            self.use_file.setChecked(True)

    def _open_folder(self) -> None:
        if self.csv_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.csv_path.parent)))


def _finite(value) -> bool:
    return isinstance(value, (int, float)) and math.isfinite(value)


def _number(value) -> str:
    if not _finite(value):
        return "∞"
    return f"{value:.2f}" if value < 1000 else f"{value:,.0f}"
