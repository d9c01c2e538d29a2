"""Monitor screen: progress, live loss / learning-rate / gradient-norm curves, warnings, log.

Events only update numpy arrays (monitor_data); a timer redraws the curves a
few times a second when something changed, and the curves downsample and
clip to the visible range, so 100,000 points stay smooth.
"""

from __future__ import annotations

import math
import time
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.training import runs
from desktop import theme
from desktop.views.monitor.curves import CurvesMixin
from desktop.views.monitor.data import RunCurves, curves_from_events
from desktop.views.monitor.hover import HoverReadoutMixin
from desktop.views.monitor.warnings import describe, resume_offer

REDRAW_INTERVAL_MS = 200
LOG_MAX_LINES = 5000


def format_duration(seconds: float | None) -> str:
    if seconds is None or not math.isfinite(seconds) or seconds < 0:
        return "–"
    seconds = int(round(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class MonitorView(CurvesMixin, HoverReadoutMixin, QWidget):
    stop_requested = Signal()
    kill_requested = Signal()
    retry_smaller_requested = Signal(object)  # the run folder that ran out of memory
    resume_lower_rate_requested = Signal(object, float)  # a run that broke with NaN, the lower rate

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.curves = RunCurves()
        self.run_dir: Path | None = None
        self.live = False
        self.comparisons: list[tuple[str, RunCurves]] = []
        self._dirty = False
        self._drawn_warnings = 0
        self._warning_marks: list = []
        self._compare_items: list = []
        self.hover_step: float | None = None
        self._build()
        self._redraw_timer = QTimer(self, interval=REDRAW_INTERVAL_MS)
        self._redraw_timer.timeout.connect(self._redraw_if_dirty)
        self._redraw_timer.start()
        self._clock = QTimer(self, interval=1000)
        self._clock.timeout.connect(self._update_progress)
        if theme.manager() is not None:
            theme.manager().changed.connect(self._theme_changed)
        self._apply_colors()
        self._update_progress()

    # --- layout --------------------------------------------------------------------------
    def _build(self) -> None:
        header = self._build_header()
        self.progress_bar = QProgressBar()
        self.progress_bar.setTextVisible(True)
        self.progress_text = QLabel()
        self.progress_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_plot_panel())
        splitter.addWidget(self._build_side_tabs())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([760, 300])
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.progress_text)
        layout.addWidget(splitter, 1)
        self.set_running(False)

    def _build_header(self) -> QHBoxLayout:
        """The run's title and status, and the buttons that act on it."""
        self.title_label = QLabel(self.tr("No run yet: start one in the Train screen, or open one in Runs."))
        font = QFont(self.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title_label.setFont(font)
        self.status_label = QLabel()
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setToolTip(self.tr("Stop after the current step and save the adapter so far."))
        self.kill_button = QPushButton(self.tr("Kill"))
        self.kill_button.setToolTip(
            self.tr(
                "End the training process at once. Nothing since the last "
                "checkpoint is kept; you can resume from that checkpoint."
            )
        )
        self.folder_button = QPushButton(self.tr("Open run folder"))
        self.retry_button = QPushButton(self.tr("Retry with smaller settings"))
        self.retry_button.setToolTip(
            self.tr(
                "Start a new run with the next smaller settings the planner proposes (a smaller micro batch first)."
            )
        )
        self.retry_button.setVisible(False)
        self.retry_button.clicked.connect(lambda: self.retry_smaller_requested.emit(self.run_dir))
        self.resume_button = QPushButton()
        self.resume_button.setVisible(False)
        self.resume_button.clicked.connect(
            lambda: self.resume_lower_rate_requested.emit(self.run_dir, self._resume_offer[1])
        )
        self._resume_offer: tuple[int, float] | None = None
        self.stop_button.clicked.connect(self.stop_requested)
        self.kill_button.clicked.connect(self.kill_requested)
        self.folder_button.clicked.connect(self.open_folder)
        header = QHBoxLayout()
        header.addWidget(self.title_label, 1)
        header.addWidget(self.status_label)
        header.addSpacing(12)
        for button in (self.retry_button, self.resume_button, self.folder_button, self.stop_button, self.kill_button):
            header.addWidget(button)
        return header

    def _build_plot_panel(self) -> QWidget:
        """The readout, the plots and, below them, how the curves are drawn."""
        self.readout = QLabel(self.tr("Point at a curve to read its values."))
        self.readout.setTextFormat(Qt.TextFormat.RichText)
        self.readout.setWordWrap(True)
        self.plots = pg.GraphicsLayoutWidget()
        self.plots.setMinimumHeight(300)
        self._build_plots()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.readout)
        left_layout.addWidget(self.plots, 1)
        left_layout.addLayout(self._build_curve_controls())
        return left

    def _build_curve_controls(self) -> QHBoxLayout:
        """How the curves are drawn (log scale, raw loss, smoothing), and clearing a comparison."""
        controls = QHBoxLayout()
        self.log_scale = QCheckBox(self.tr("Log scale"))
        self.log_scale.setToolTip(
            self.tr("Show the loss on a logarithmic scale, which spreads out small changes late in training.")
        )
        self.log_scale.toggled.connect(self.set_log_scale)
        self.show_raw = QCheckBox(self.tr("Raw loss"))
        self.show_raw.setChecked(True)
        self.show_raw.setToolTip(self.tr("Also draw the loss of every step, not only the smoothed curve."))
        self.show_raw.toggled.connect(lambda on: self.train_raw_curve.setVisible(on))
        self.smoothing = QDoubleSpinBox(
            decimals=2, minimum=0.0, maximum=0.99, singleStep=0.05, value=self.curves.smoothing
        )
        self.smoothing.setToolTip(
            self.tr("How strongly the smoothed curve averages recent steps (0: not at all, 0.99: very strongly).")
        )
        self.smoothing.valueChanged.connect(self.set_smoothing)
        self.clear_compare_button = QPushButton(self.tr("Clear comparison"))
        self.clear_compare_button.clicked.connect(self.clear_comparisons)
        self.clear_compare_button.setVisible(False)
        controls.addWidget(self.log_scale)
        controls.addWidget(self.show_raw)
        controls.addSpacing(12)
        controls.addWidget(QLabel(self.tr("Smoothing")))
        controls.addWidget(self.smoothing)
        controls.addStretch(1)
        controls.addWidget(self.clear_compare_button)
        return controls

    def _build_side_tabs(self) -> QTabWidget:
        """The warnings, numbered as their marks on the loss plot, and the child's log."""
        self.warning_list = QListWidget()
        self.warning_list.setWordWrap(True)
        self.warning_list.setAlternatingRowColors(True)
        self.warning_list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.warning_list.itemClicked.connect(self._warning_clicked)
        self.log_view = QPlainTextEdit(readOnly=True)
        self.log_view.setMaximumBlockCount(LOG_MAX_LINES)
        self.log_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.log_view.setFont(mono)
        self.side_tabs = QTabWidget()
        self.side_tabs.addTab(self.warning_list, self.tr("Warnings"))
        self.side_tabs.addTab(self.log_view, self.tr("Log"))
        return self.side_tabs

    # --- feeding -------------------------------------------------------------------------
    def begin_run(self, run_dir: Path, title: str | None = None, resume: bool = False) -> None:
        """Show a run that is starting; a resumed run first reloads what it logged so far."""
        from core.training.events import read_metrics

        events = list(read_metrics(Path(run_dir) / runs.METRICS)) if resume else []
        self.load_events(events, title or Path(run_dir).name, run_dir=run_dir)
        self.log_view.clear()
        self.live = True
        self.set_running(True)
        self._clock.start()

    def load_events(self, events, title: str, run_dir: Path | None = None) -> None:
        """Show a whole recorded run (the Runs screen's Open)."""
        self.live = False
        self._clock.stop()
        self.run_dir = Path(run_dir) if run_dir else None
        events = list(events)
        self.curves = curves_from_events(events, self.smoothing.value())
        self.title_label.setText(title)
        self.retry_button.setVisible(
            self.run_dir is not None
            and any(e.get("type") == "failed" and e.get("code") == "oom" for e in self.curves.warnings)
        )
        ends = [e for e in events if e.get("type") in ("finished", "cancelled", "failed")]
        self._offer_resume(ends[-1] if ends else {})
        self.warning_list.clear()
        for warning in self.curves.warnings:
            self._list_warning(warning)
        self.log_view.clear()
        self.hover_step = None
        for line in self.hover_lines:
            line.setVisible(False)
        self._dirty = True
        self._drawn_warnings = -1
        self._redraw_if_dirty()
        self.loss_plot.enableAutoRange()
        self.set_running(False)
        self._update_progress()

    def handle_event(self, event: dict) -> None:
        kind = self.curves.add(event)
        if kind in ("warning", "failed") and self.curves.warnings and self.curves.warnings[-1] is event:
            self._list_warning(event)
        if kind in ("finished", "cancelled", "failed"):
            self._update_progress()
        if kind == "failed" and event.get("code") == "oom" and self.run_dir is not None:
            self.retry_button.setVisible(True)
        if kind in ("started", "failed"):
            self._offer_resume(event)
        self._dirty = True

    def _offer_resume(self, end: dict) -> None:
        """After a NaN: resume from the last good checkpoint with the lower learning rate it suggests."""
        offer = resume_offer(end) if self.run_dir is not None else None
        self._resume_offer = offer
        self.resume_button.setVisible(offer is not None)
        if offer is not None:
            step, rate = offer
            self.resume_button.setText(self.tr("Resume with learning rate {0}").format(f"{rate:g}"))
            self.resume_button.setToolTip(
                self.tr(
                    "Resume from the checkpoint at step {0}, the last one saved "
                    "before the values broke, with this lower learning rate "
                    "written to the run's settings."
                ).format(step)
            )

    def append_log(self, line: str) -> None:
        self.log_view.appendPlainText(line)

    def set_running(self, running: bool) -> None:
        self.stop_button.setEnabled(running)
        self.kill_button.setEnabled(running)
        self.folder_button.setEnabled(self.run_dir is not None)

    def set_state(self, state: str) -> None:
        """Follow the training worker's state (running, stopping, finished, crashed, ...)."""
        running = state in ("running", "stopping")
        self.set_running(running)
        self.stop_button.setEnabled(state == "running")
        if not running:
            self.live = False
            self._clock.stop()
        if state in ("crashed", "killed"):
            self.curves.status = state
        elif state == "stopping":
            self.curves.status = "stopping"
        self._update_progress()

    # --- warnings and progress ---------------------------------------------------------
    def _list_warning(self, event: dict) -> None:
        title, advice, detail = describe(event)
        step = event.get("step")
        where = self.tr("Step {0}").format(step) if isinstance(step, (int, float)) else ""
        number = self.warning_list.count() + 1
        head = f"⚠{number}  " + (self.tr("{0}: {1}").format(where, title) if where else title)
        item = QListWidgetItem(head + ("\n" + advice if advice else ""))
        style = (
            QStyle.StandardPixmap.SP_MessageBoxCritical
            if event.get("type") == "failed"
            else QStyle.StandardPixmap.SP_MessageBoxWarning
        )
        item.setIcon(self.style().standardIcon(style))
        item.setToolTip(detail or advice)
        item.setData(Qt.ItemDataRole.UserRole, step)
        self.warning_list.addItem(item)
        if detail:
            self.append_log(f"{title}: {detail}")
        self.side_tabs.setTabText(0, self.tr("Warnings ({0})").format(self.warning_list.count()))

    def _warning_clicked(self, item: QListWidgetItem) -> None:
        step = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(step, (int, float)):
            self.set_hover_step(float(step))

    def _update_progress(self) -> None:
        cv = self.curves
        total = max(cv.total_steps, cv.step, 1)
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(min(cv.step, total))
        if cv.first_time is None:
            self.progress_text.setText(self.tr("Waiting for the first step…") if self.live else "")
        else:
            end = time.time() if self.live else (cv.last_time or cv.first_time)
            parts = [self.tr("Step {0} of {1}").format(cv.step, cv.total_steps or "?")]
            if math.isfinite(cv.epoch):
                epochs = f"{cv.epochs:g}" if math.isfinite(cv.epochs) and cv.epochs > 0 else "?"
                parts.append(self.tr("Epoch {0} of {1}").format(f"{cv.epoch:.2f}", epochs))
            parts.append(self.tr("Elapsed {0}").format(format_duration(end - cv.first_time)))
            if self.live and cv.eta_seconds is not None:
                parts.append(self.tr("About {0} left").format(format_duration(cv.eta_seconds)))
            if cv.tokens_per_second:
                parts.append(self.tr("{0} tokens/s").format(f"{cv.tokens_per_second:,.0f}"))
            self.progress_text.setText("  ·  ".join(parts))
        self.status_label.setText(self.status_text(cv.status))

    def status_text(self, status: str) -> str:
        return {
            "running": self.tr("Training"),
            "stopping": self.tr("Stopping after this step…"),
            "finished": self.tr("Finished"),
            "cancelled": self.tr("Stopped, adapter saved"),
            "failed": self.tr("Failed"),
            "crashed": self.tr("Crashed"),
            "killed": self.tr("Killed"),
            "incomplete": self.tr("Incomplete"),
        }.get(status, "")

    # --- run folder ----------------------------------------------------------------------
    def open_folder(self) -> None:
        if self.run_dir is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.run_dir)))
