"""The Dataset screen: open or drop a dataset, see what Lorasmith makes of it,
edit it, and see each row exactly as it will be trained.

Reading, checking, rendering and tokenizing all happen in worker threads
(desktop.workers.inspect_worker and analysis_worker); this module only arranges widgets and keeps
the undo stack, so the window stays responsive on a 1 GB file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QWidget

from core.data.problems import Problem
from core.paths import demo_model_dir
from desktop.views.dataset.actions import ActionsMixin
from desktop.views.dataset.analysis import AnalysisMixin
from desktop.views.dataset.edits import InsertRowsCommand, RemoveRowsCommand, new_row_like
from desktop.views.dataset.layout import LayoutMixin
from desktop.views.dataset.loading import PAGE_EMPTY, PAGE_TABLE, LoadingMixin
from desktop.views.dataset.saving import SavingMixin
from desktop.views.dataset.table_model import RowsModel
from desktop.views.dataset.text import plural
from desktop.workers.analysis_worker import Analyzer

_LINGERING: list = []  # threads still busy when their screen went away: never destroyed while running


class _WorkerThreads:
    """The screen's threads, stopped when the screen is destroyed or the app quits,
    whichever comes first (a QThread destroyed while running takes the app down)."""

    def __init__(self, analyzer: Analyzer):
        self.analyzer = analyzer
        self.loaders: set = set()
        self.stopped = False

    def stop(self, *_) -> None:
        if self.stopped:
            return
        self.stopped = True
        for loader in list(self.loaders):
            loader.cancel()
            if not loader.wait(10_000):
                _LINGERING.append(loader)
        self.analyzer.stop()
        if self.analyzer.isRunning():
            _LINGERING.append(self.analyzer)


class DatasetView(LoadingMixin, AnalysisMixin, SavingMixin, LayoutMixin, ActionsMixin, QWidget):
    """The "Dataset" screen. The main window forwards drops with handle_drop()
    and asks maybe_save() before closing."""

    file_opened = Signal(str)
    modified_changed = Signal(bool)
    status_message = Signal(str)

    def __init__(self, parent=None, *, model_dir: str | Path | None = None):
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.path: str | None = None
        self.source_kind: str | None = None  # "rows" | "text" | None
        self.detection = None
        self.encoding_note = ""
        self.loading = False
        self.checking_rows = False
        self.raw_text = ""
        self._loader = None  # the FileLoader reading now
        self._old_loaders: set = set()  # cancelled loaders still finishing
        self._written: set[str] = set()  # files this session wrote: no backup needed again
        self._serials: dict[str, int] = {}
        self._model_dir = ""
        self._tokenizer_name = ""
        self._own_formats: list[str] = []
        self._load_problems: list[Problem] = []

        self.undo_stack = QUndoStack(self)
        self.model = RowsModel(self)
        self.analyzer = Analyzer()
        self.analyzer.start()
        self._threads = _WorkerThreads(self.analyzer)
        self.destroyed.connect(self._threads.stop)
        self._build_widgets()
        self._build_actions()
        self._connect()
        self._set_editable(False)
        self._show_empty()
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._threads.stop)
        default = (
            model_dir
            if model_dir is not None
            else (demo_model_dir() if (demo_model_dir() / "tokenizer.json").exists() else "")
        )
        self.set_model_dir(default)

    # ================================================================ wiring
    def _connect(self) -> None:
        self.undo_stack.canUndoChanged.connect(lambda ok: self.act_undo.setEnabled(ok and not self.loading))
        self.undo_stack.canRedoChanged.connect(lambda ok: self.act_redo.setEnabled(ok and not self.loading))
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self.undo_stack.indexChanged.connect(lambda _: self._schedule_analysis(edits=True))
        self.model.focus_requested.connect(self.select_cell)
        self.model.dataChanged.connect(self._on_data_changed)
        self.model.rowsInserted.connect(self._update_counts)
        self.model.rowsRemoved.connect(self._update_counts)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.table.doubleClicked.connect(self._on_double_click)
        self.problems.row_requested.connect(lambda row: self.select_cell(row - 1, ""))
        self.problems.listed.connect(self._size_problems)
        self.find_bar.found.connect(self.select_cell)
        self.cancel_button.clicked.connect(self.cancel_loading)
        self.kind_combo.currentIndexChanged.connect(self._on_settings_changed)
        self.format_combo.activated.connect(self._on_format_activated)
        self.train_on_prompt.toggled.connect(self._on_settings_changed)
        self.cutoff.valueChanged.connect(self._on_cutoff_changed)
        self.model_button.clicked.connect(self._ask_model)
        self.raw_view.settings_changed.connect(self._on_settings_changed)
        self.raw_view.chunk_selected.connect(lambda _: self._preview_timer.start())
        self.format_editor.format_changed.connect(self._request_format_preview)
        self.format_editor.format_saved.connect(self._on_format_saved)
        self.format_editor.taken_up.connect(self._use_edited_format)
        self.histogram.measure_requested.connect(lambda: self.request_analysis(force=True))
        self.analyzer.tokenizer_ready.connect(self._on_tokenizer)
        self.analyzer.preview_ready.connect(self._on_preview)
        self.analyzer.analysis_ready.connect(self._on_analysis)
        self.analyzer.analysis_progress.connect(self._on_analysis_progress)
        self.analyzer.chunks_ready.connect(self._on_chunks)
        self._preview_timer = QTimer(self, singleShot=True, interval=120, timeout=self.request_preview)
        self._analysis_timer = QTimer(self, singleShot=True, interval=1200, timeout=self.request_analysis)
        self._chunks_timer = QTimer(self, singleShot=True, interval=200, timeout=self.request_chunks)

    def _kind_names(self) -> dict[str, str]:
        return {
            "alpaca": self.tr("Alpaca"),
            "sharegpt": self.tr("ShareGPT"),
            "openai": self.tr("OpenAI chat"),
            "text": self.tr("Text"),
            "raw": self.tr("Raw text"),
            "custom": self.tr("Custom keys"),
        }

    def _fill_kind_combo(self) -> None:
        names = self._kind_names()
        detected = names.get(self.detection.kind, "") if self.detection else ""
        current = self.kind_combo.currentData()
        self.kind_combo.blockSignals(True)
        self.kind_combo.clear()
        self.kind_combo.addItem(
            self.tr("Automatic: {0}").format(detected) if detected else self.tr("Automatic"), "auto"
        )
        for kind, name in names.items():
            self.kind_combo.addItem(name, kind)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(current)))
        self.kind_combo.blockSignals(False)

    # ================================================================ state shown
    def show_page(self, page: int) -> None:
        """The table, the raw text or the drop hint; the side panels only when there is something to show."""
        self.stack.setCurrentIndex(page)
        self.right.setVisible(page != PAGE_EMPTY)
        self.problems.setVisible(page != PAGE_EMPTY)
        self.editor_box.setVisible(page == PAGE_TABLE)

    def _show_empty(self, message: str = "") -> None:
        self.show_page(PAGE_EMPTY)
        self.empty.setText(
            (message + "\n\n" if message else "")
            + self.tr(
                "Drop a dataset here, or click Open.\n\nLorasmith reads JSON, JSON Lines, CSV, Parquet and plain "
                "text (.txt) files, and folders of .txt files."
            )
        )
        self.file_label.setText(self.tr("No dataset open"))
        self.details.setText("")
        self.row_title.setText(self.tr("Row"))
        self.progress.hide()
        self.cancel_button.hide()

    def _size_problems(self, count: int) -> None:
        # With nothing to list, the panel shrinks to its one line and the table gets the room.
        total = sum(self.left.sizes()) or self.left.height()
        line = self.problems.title.sizeHint().height() + 8
        wanted = line if not count else max(self.left.sizes()[1], min(total // 3, line + 26 * (count + 1)))
        self.left.setSizes([max(0, total - wanted), wanted])

    def _update_title(self) -> None:
        if not self.path:
            return
        mark = " •" if self.is_modified() else ""
        self.file_label.setText(Path(self.path).name + mark)
        self.file_label.setToolTip(self.path)

    def _update_counts(self, *_) -> None:
        if self.source_kind != "rows":
            return
        parts = [plural(self.tr("%n row(s)", "", self.model.rowCount()), self.model.rowCount())]
        if self.loading:
            parts[0] = plural(self.tr("Reading… %n row(s) so far", "", self.model.rowCount()), self.model.rowCount())
        elif self.checking_rows:
            parts[0] += " " + self.tr("(checking them…)")
        if self.encoding_note:
            parts.append(self.encoding_note)
        if self.detection is not None:
            parts.append(self.detection.reason)
        self.details.setText("  ·  ".join(parts))

    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    def _on_clean_changed(self, clean: bool) -> None:
        self._update_title()
        self.modified_changed.emit(not clean)

    # ================================================================ selection and editing
    def current_row(self) -> int | None:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else None

    def selected_rows(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows and self.current_row() is not None:
            rows = [self.current_row()]
        return rows

    def select_cell(self, row: int, key: str = "") -> None:
        if not 0 <= row < self.model.rowCount():
            return
        column = self.model.column_of(key) if key in self.model.columns else max(0, self.table.currentIndex().column())
        index = self.model.index(row, column)
        if self.table.currentIndex() != index:
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows
            )
        self.table.scrollTo(index)

    def _on_current_row(self, current: QModelIndex, _previous=None) -> None:
        row = current.row() if current.isValid() else None
        self.row_editor.show_row(row)
        self.row_title.setText(self.tr("Row {0}").format(str(row + 1)) if row is not None else self.tr("Row"))
        self.find_bar.position = (row or 0, current.column() if current.isValid() else -1)
        self._preview_timer.start()

    def _on_double_click(self, index: QModelIndex) -> None:
        if index.isValid():
            self.row_editor.focus_key(self.model.columns[index.column()])

    def _on_data_changed(self, top_left, bottom_right, _roles=()) -> None:
        row = self.current_row()
        if row is not None and top_left.row() <= row <= bottom_right.row():
            self._preview_timer.start()
            self._request_format_preview()

    def undo(self) -> None:
        self.row_editor.flush()
        self.undo_stack.undo()

    def redo(self) -> None:
        self.row_editor.flush()
        self.undo_stack.redo()

    def add_row(self) -> None:
        if self.source_kind != "rows" or self.loading:
            return
        self.row_editor.flush()
        row = self.current_row()
        position = self.model.rowCount() if row is None else row + 1
        self.undo_stack.push(
            InsertRowsCommand(self.model, position, [new_row_like(self.model, row)], self.tr("Add a row"))
        )
        self.row_editor.focus_key(self.model.columns[0] if self.model.columns else "")

    def duplicate_rows(self) -> None:
        rows = self.selected_rows()
        if self.source_kind != "rows" or self.loading or not rows:
            return
        self.row_editor.flush()
        copies = [dict(self.model.row(r)) for r in rows]
        self.undo_stack.push(
            InsertRowsCommand(
                self.model, rows[-1] + 1, copies, plural(self.tr("Duplicate %n row(s)", "", len(rows)), len(rows))
            )
        )

    def delete_rows(self) -> None:
        rows = self.selected_rows()
        if self.source_kind != "rows" or self.loading or not rows:
            return
        self.row_editor.flush()
        self.undo_stack.push(RemoveRowsCommand(self.model, rows))

    def open_find(self, replace: bool) -> None:
        if self.source_kind != "rows":
            return
        self.row_editor.flush()
        index = self.table.currentIndex()
        start = (index.row(), index.column() - 1) if index.isValid() else (0, -1)
        self.find_bar.open(replace=replace, start=start)

    # ================================================================ teardown
    def shutdown(self) -> None:
        """Stop the worker threads (the app calls this on quit; tests on teardown)."""
        self._threads.stop()
