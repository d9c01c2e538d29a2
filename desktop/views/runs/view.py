"""Runs screen: past runs with status, final losses and settings; open, compare, resume, open folder."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.paths import runs_dir
from core.training import runs as run_folders

PATH_ROLE = Qt.ItemDataRole.UserRole


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:.4f}"


class RunsView(QWidget):
    open_requested = Signal(Path)  # show its curves in the Monitor
    compare_requested = Signal(Path, list)  # show the first, overlay the others
    resume_requested = Signal(Path)
    copy_settings_requested = Signal(Path)

    COLUMNS = ("name", "status", "steps", "loss", "eval_loss", "model", "dataset", "started")

    def __init__(self, parent: QWidget | None = None, root: Path | None = None):
        super().__init__(parent)
        self.root = root
        self.active_run: Path | None = None
        self.summaries: dict[str, run_folders.RunSummary] = {}
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setHeaderLabels(
            [
                self.tr("Run"),
                self.tr("Status"),
                self.tr("Steps"),
                self.tr("Training loss"),
                self.tr("Validation loss"),
                self.tr("Base model"),
                self.tr("Dataset"),
                self.tr("Started"),
            ]
        )
        header = self.table.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item, _col: self.open_selected())

        self.details = QPlainTextEdit(readOnly=True)
        self.details.setPlaceholderText(self.tr("Select a run to see its settings."))

        buttons = self._build_buttons()
        self.empty_label = QLabel(self.tr("No runs yet. Runs you start in the Train screen appear here."))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.empty_label)
        layout.addWidget(splitter, 1)
        self._loaded = False
        self._sorted_once = False
        self._selection_changed()

    def _build_buttons(self) -> QHBoxLayout:
        """What can be done with the selected runs, and Refresh."""
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.open_button = QPushButton(self.tr("Show curves"))
        self.open_button.setToolTip(self.tr("Show this run's curves in the Monitor"))
        self.compare_button = QPushButton(self.tr("Compare"))
        self.compare_button.setToolTip(self.tr("Select two or more runs (Ctrl+click) to overlay their curves"))
        self.resume_button = QPushButton(self.tr("Resume"))
        self.copy_button = QPushButton(self.tr("Copy settings to Train"))
        self.folder_button = QPushButton(self.tr("Open folder"))
        self.refresh_button.clicked.connect(self.refresh)
        self.open_button.clicked.connect(self.open_selected)
        self.compare_button.clicked.connect(self.compare_selected)
        self.resume_button.clicked.connect(self.resume_selected)
        self.copy_button.clicked.connect(lambda: self._emit_for_current(self.copy_settings_requested))
        self.folder_button.clicked.connect(self.open_folder)

        buttons = QHBoxLayout()
        for button in (self.open_button, self.compare_button, self.resume_button, self.copy_button, self.folder_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        return buttons

    def showEvent(self, event) -> None:
        # Reading every run's metrics costs time: only when the screen is looked at.
        if not self._loaded:
            self.refresh()
        super().showEvent(event)

    def status_text(self, summary: run_folders.RunSummary) -> str:
        if self.active_run is not None and summary.path == self.active_run:
            return self.tr("Running")
        return {
            "finished": self.tr("Finished"),
            "cancelled": self.tr("Stopped"),
            "failed": self.tr("Failed"),
            "incomplete": self.tr("Interrupted"),
            "new": self.tr("Not started"),
        }.get(summary.status, summary.status)

    def refresh(self) -> None:
        selected = {str(p) for p in self.selected_paths()}
        self._loaded = True
        self.table.setSortingEnabled(False)
        self.table.clear()
        self.summaries.clear()
        for summary in run_folders.list_runs(self.root or runs_dir()):
            self.summaries[str(summary.path)] = summary
            config = summary.config
            started = time.strftime("%Y-%m-%d %H:%M", time.localtime(summary.started)) if summary.started else ""
            steps = f"{summary.steps} / {summary.total_steps}" if summary.total_steps else str(summary.steps or "")
            values = [
                summary.name,
                self.status_text(summary),
                steps,
                _number(summary.final_loss),
                _number(summary.final_eval_loss),
                Path(config.model).name if config else "",
                Path(config.dataset).name if config else "",
                started,
            ]
            item = QTreeWidgetItem(values)
            item.setData(0, PATH_ROLE, str(summary.path))
            item.setToolTip(0, str(summary.path))
            if summary.message:
                item.setToolTip(1, summary.message)
            for column in (2, 3, 4):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.addTopLevelItem(item)
            if str(summary.path) in selected:
                item.setSelected(True)
        self.table.setSortingEnabled(True)
        if not self._sorted_once:  # newest first, until the user sorts by another column
            self.table.sortByColumn(self.COLUMNS.index("started"), Qt.SortOrder.DescendingOrder)
            self._sorted_once = True
        self.empty_label.setVisible(not self.summaries)
        self._selection_changed()

    def set_active_run(self, run_dir: Path | None) -> None:
        self.active_run = Path(run_dir) if run_dir else None
        if self._loaded:
            self.refresh()

    # --- selection -----------------------------------------------------------------------
    def selected_paths(self) -> list[Path]:
        return [Path(item.data(0, PATH_ROLE)) for item in self.table.selectedItems()]

    def select_run(self, run_dir: Path) -> None:
        for i in range(self.table.topLevelItemCount()):
            item = self.table.topLevelItem(i)
            item.setSelected(Path(item.data(0, PATH_ROLE)) == Path(run_dir))

    def current_summary(self) -> run_folders.RunSummary | None:
        paths = self.selected_paths()
        return self.summaries.get(str(paths[0])) if paths else None

    def _selection_changed(self) -> None:
        paths = self.selected_paths()
        summary = self.current_summary()
        single = len(paths) == 1
        self.open_button.setEnabled(single)
        self.compare_button.setEnabled(len(paths) >= 2)
        self.copy_button.setEnabled(single and summary is not None and summary.config is not None)
        self.folder_button.setEnabled(single)
        resumable = single and summary is not None and self.can_resume(summary)
        self.resume_button.setEnabled(resumable)
        self.resume_button.setToolTip(
            self.tr("Continue this run from its last checkpoint")
            if resumable
            else self.tr("Only a stopped or interrupted run with a saved checkpoint can be resumed")
        )
        self.details.setPlainText(self._details(summary) if single and summary else "")

    def can_resume(self, summary: run_folders.RunSummary) -> bool:
        if self.active_run is not None:
            return False
        return (
            summary.status in ("cancelled", "incomplete", "failed")
            and run_folders.latest_checkpoint(summary.path) is not None
        )

    def _details(self, summary: run_folders.RunSummary) -> str:
        from core.config import RunConfig
        from desktop.views.train.texts import label

        lines = [str(summary.path)]
        if summary.message:
            lines.append(summary.message)
        if summary.has_adapter:
            lines.append(self.tr("Adapter: {0}").format(summary.path / run_folders.ADAPTER))
        checkpoint = run_folders.latest_checkpoint(summary.path)
        if checkpoint:
            lines.append(self.tr("Last checkpoint: {0}").format(checkpoint.name))
        if summary.config is None:
            lines += ["", self.tr("(run.yaml could not be read)")]
            return "\n".join(lines)
        config, defaults = summary.config.to_dict(), RunConfig().to_dict()
        lines += [
            "",
            self.tr("Base model: {0}").format(config["model"]),
            self.tr("Dataset: {0}").format(config["dataset"]),
        ]
        template = run_folders.read_template_info(summary.path)
        if template is not None:
            origin = str(template.get("origin", ""))
            text = self.template_origin(origin)
            if origin != "raw":
                text = self.tr("{0}, saved in {1}; tried and exported with the same").format(text, run_folders.TEMPLATE)
            lines.append(self.tr("Chat template: {0}").format(text))
        lines.append("")
        changed = [name for name in config if name not in ("model", "dataset") and config[name] != defaults.get(name)]
        if changed:
            lines.append(self.tr("Changed from the defaults:"))
            lines += [f"  {label(name)}: {config[name]!r}" for name in changed]
        else:
            lines.append(self.tr("All other settings are the defaults."))
        lines += ["", self.tr("All settings (run.yaml):"), summary.config.to_yaml()]
        return "\n".join(lines)

    def template_origin(self, origin: str) -> str:
        """template.json's origin in words."""
        if origin == "model":
            return self.tr("the model's own")
        if origin.startswith("builtin:"):
            return self.tr("Lorasmith's {0} format").format(origin.split(":", 1)[1])
        if origin.startswith("file:"):
            return self.tr("the file {0}").format(Path(origin.split(":", 1)[1]).name)
        if origin == "format_file":
            return self.tr("the format file's layout")
        return self.tr("none (plain text)")

    # --- actions -------------------------------------------------------------------------
    def _emit_for_current(self, signal) -> None:
        paths = self.selected_paths()
        if paths:
            signal.emit(paths[0])

    def open_selected(self) -> None:
        self._emit_for_current(self.open_requested)

    def compare_selected(self) -> None:
        paths = self.selected_paths()
        if len(paths) >= 2:
            self.compare_requested.emit(paths[0], paths[1:])

    def resume_selected(self) -> None:
        summary = self.current_summary()
        if summary is not None and self.can_resume(summary):
            self.resume_requested.emit(summary.path)

    def open_folder(self) -> None:
        paths = self.selected_paths()
        if paths:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths[0])))
