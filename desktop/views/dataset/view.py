"""The Dataset screen: open or drop a dataset, see what Lorasmith makes of it,
edit it, and see each row exactly as it will be trained.

Reading, checking, rendering and tokenizing all happen in worker threads
(desktop.workers.inspect_worker and analysis_worker); this module only arranges widgets and keeps
the undo stack, so the window stays responsive on a 1 GB file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QPalette, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from core.data.problems import Problem
from core.paths import demo_model_dir
from desktop.views.dataset.analysis import AnalysisMixin
from desktop.views.dataset.edits import InsertRowsCommand, RemoveRowsCommand, new_row_like
from desktop.views.dataset.find import FindBar
from desktop.views.dataset.format_editor import FormatEditor
from desktop.views.dataset.histogram import LengthHistogram
from desktop.views.dataset.loading import PAGE_EMPTY, PAGE_TABLE, LoadingMixin
from desktop.views.dataset.preview import PreviewPane
from desktop.views.dataset.problems import ProblemsPanel
from desktop.views.dataset.rawtext import RawTextView
from desktop.views.dataset.row_editor import RowEditor
from desktop.views.dataset.saving import SavingMixin
from desktop.views.dataset.table_model import RowNumberHeader, RowsModel
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


class DatasetView(LoadingMixin, AnalysisMixin, SavingMixin, QWidget):
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

    # ================================================================ building
    def _build_widgets(self) -> None:
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonTextOnly)

        self.file_label = QLabel(self)
        self.file_label.setTextFormat(Qt.PlainText)
        font = self.file_label.font()
        font.setBold(True)
        self.file_label.setFont(font)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.kind_combo.setToolTip(
            self.tr("How the rows are read. Lorasmith detects it; change it if the guess is wrong.")
        )
        self.cutoff = QSpinBox(self)
        self.cutoff.setRange(16, 131072)
        self.cutoff.setSingleStep(64)
        self.cutoff.setValue(512)
        self.cutoff.setSuffix(self.tr(" tokens"))
        self.cutoff.setToolTip(
            self.tr("Longest example in tokens; longer ones are cut. The same setting as on the Train screen.")
        )
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setToolTip(self.tr("Stop reading this file"))
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.PlainText)
        self.details.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)

        info = QHBoxLayout()
        info.addWidget(self.file_label, 1)
        info.addWidget(QLabel(self.tr("Kind:"), self))
        info.addWidget(self.kind_combo)
        info.addSpacing(12)
        info.addWidget(QLabel(self.tr("Cutoff:"), self))
        info.addWidget(self.cutoff)
        info.addSpacing(12)
        info.addWidget(self.progress)
        info.addWidget(self.cancel_button)

        # Left: find bar, table or raw text, problems.
        self.find_bar = FindBar(self.model, self.undo_stack, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectRows)
        self.table.setSelectionMode(QTableView.ExtendedSelection)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setTextElideMode(Qt.ElideRight)
        vh = RowNumberHeader(self.table)
        self.table.setVerticalHeader(vh)
        vh.setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.Interactive)
        hh.setStretchLastSection(True)
        self.raw_view = RawTextView(self)
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setTextFormat(Qt.PlainText)
        self.empty.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.empty.setObjectName("dropHint")
        self._style_drop_hint()
        self.stack = QStackedWidget(self)
        for page in (self.empty, self.table, self.raw_view):
            self.stack.addWidget(page)
        self.problems = ProblemsPanel(self)
        left_top = QWidget(self)
        lt = QVBoxLayout(left_top)
        lt.setContentsMargins(0, 0, 0, 0)
        lt.addWidget(self.find_bar)
        lt.addWidget(self.stack, 1)
        self.left = QSplitter(Qt.Vertical, self)
        self.left.addWidget(left_top)
        self.left.addWidget(self.problems)
        self.left.setStretchFactor(0, 4)
        self.left.setStretchFactor(1, 1)

        # Right: row editor above; preview, format editor and lengths in tabs below.
        self.row_editor = RowEditor(self.model, self.undo_stack, self)
        self.row_title = QLabel(self)
        self.editor_box = editor_box = QWidget(self)
        eb = QVBoxLayout(editor_box)
        eb.setContentsMargins(0, 0, 0, 0)
        eb.addWidget(self.row_title)
        eb.addWidget(self.row_editor, 1)

        self.format_combo = QComboBox(self)
        self.format_combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.format_combo.setMinimumContentsLength(18)
        self.format_combo.setToolTip(
            self.tr(
                "How each row becomes training text: the model's chat template, one of our format files, or your own."
            )
        )
        self.train_on_prompt = QCheckBox(self.tr("Train on the prompt too"), self)
        self.train_on_prompt.setToolTip(
            self.tr("Also train on the user's side of each example, not just the answers. Usually off.")
        )
        self.model_label = QLabel(self)
        self.model_label.setWordWrap(True)
        self.model_button = QPushButton(self.tr("Choose model…"), self)
        self.model_button.setToolTip(
            self.tr("The base model whose tokenizer counts the tokens and whose chat template formats conversations")
        )
        self.preview = PreviewPane(self)
        preview_page = QWidget(self)
        pv = QVBoxLayout(preview_page)
        pv.setContentsMargins(4, 4, 4, 4)
        row1 = QHBoxLayout()
        row1.addWidget(QLabel(self.tr("Format:"), self))
        row1.addWidget(self.format_combo, 1)
        row1.addWidget(self.train_on_prompt)
        row2 = QHBoxLayout()
        row2.addWidget(self.model_label, 1)
        row2.addWidget(self.model_button)
        pv.addLayout(row1)
        pv.addLayout(row2)
        pv.addWidget(self.preview, 1)
        self.format_editor = FormatEditor(self)
        self.histogram = LengthHistogram(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(preview_page, self.tr("Preview"))
        self.tabs.addTab(self.format_editor, self.tr("Format file"))
        self.tabs.addTab(self.histogram, self.tr("Token lengths"))
        self.right = QSplitter(Qt.Vertical, self)
        self.right.addWidget(editor_box)
        self.right.addWidget(self.tabs)
        self.right.setStretchFactor(0, 1)
        self.right.setStretchFactor(1, 1)
        self.right.setSizes([380, 420])

        self.split = QSplitter(Qt.Horizontal, self)
        self.split.addWidget(self.left)
        self.split.addWidget(self.right)
        self.split.setStretchFactor(0, 5)
        self.split.setStretchFactor(1, 4)
        self.split.setSizes([700, 560])
        self.left.setSizes([600, 140])
        self.split.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 6)
        layout.setSpacing(4)
        layout.addWidget(self.toolbar)
        layout.addLayout(info)
        layout.addWidget(self.details)
        layout.addWidget(self.split, 1)
        self._fill_kind_combo()
        self._fill_format_combo()

    def _action(self, text: str, shortcuts: list, slot, tip: str = "") -> QAction:
        act = QAction(text, self)
        act.setShortcuts([QKeySequence(s) for s in shortcuts])
        # Shortcuts act while the Dataset screen has focus, never on other screens.
        act.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        act.triggered.connect(slot)
        if tip or shortcuts:
            keys = ", ".join(QKeySequence(s).toString(QKeySequence.NativeText) for s in shortcuts)
            act.setToolTip(f"{tip or text} ({keys})" if keys else tip or text)
        self.addAction(act)
        return act

    def _build_actions(self) -> None:
        self.act_open = self._action(
            self.tr("Open…"), ["Ctrl+O"], self._ask_open, self.tr("Open a dataset file or a folder of .txt files")
        )
        self.act_save = self._action(self.tr("Save"), ["Ctrl+S"], self.save)
        self.act_save_as = self._action(self.tr("Save as…"), ["Ctrl+Shift+S"], lambda: self.save_as())
        self.act_undo = self._action(self.tr("Undo"), ["Ctrl+Z"], self.undo)
        self.act_redo = self._action(self.tr("Redo"), ["Ctrl+Shift+Z", "Ctrl+Y"], self.redo)
        self.act_add = self._action(
            self.tr("Add row"),
            ["Ctrl+Shift+N", "Ctrl+Return"],
            self.add_row,
            self.tr("Add an empty row below the selected one"),
        )
        self.act_duplicate = self._action(
            self.tr("Duplicate"), ["Ctrl+D"], self.duplicate_rows, self.tr("Duplicate the selected rows")
        )
        self.act_delete = self._action(
            self.tr("Delete rows"), [], self.delete_rows, self.tr("Delete the selected rows")
        )
        self.act_find = self._action(self.tr("Find"), ["Ctrl+F"], lambda: self.open_find(replace=False))
        self.act_replace = self._action(self.tr("Replace"), ["Ctrl+H"], lambda: self.open_find(replace=True))
        # Delete acts only from the table, so it never deletes rows while typing in a box.
        self.table_delete = QAction(self.table)
        self.table_delete.setShortcut(QKeySequence.Delete)
        self.table_delete.setShortcutContext(Qt.WidgetShortcut)
        self.table_delete.triggered.connect(self.delete_rows)
        self.table.addAction(self.table_delete)
        self.act_delete.setToolTip(self.tr("Delete the selected rows (Delete key in the table)"))
        for group in (
            (self.act_open, self.act_save, self.act_save_as),
            (self.act_undo, self.act_redo),
            (self.act_add, self.act_duplicate, self.act_delete),
            (self.act_find, self.act_replace),
        ):
            for act in group:
                self.toolbar.addAction(act)
            self.toolbar.addSeparator()
        self.act_undo.setEnabled(False)
        self.act_redo.setEnabled(False)

    def actions_for_menu(self) -> list[QAction]:
        """The screen's actions, for the main window's Edit/File menus (their shortcuts are already set)."""
        return [
            self.act_open,
            self.act_save,
            self.act_save_as,
            self.act_undo,
            self.act_redo,
            self.act_add,
            self.act_duplicate,
            self.act_delete,
            self.act_find,
            self.act_replace,
        ]

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

    def _style_drop_hint(self) -> None:
        # A drop zone: a dashed outline halfway between the text and the background,
        # so it reads on light and dark themes alike.
        pal = self.palette()
        text, back = pal.color(QPalette.WindowText), pal.color(QPalette.Window)
        line = QColor(
            (text.red() + back.red()) // 2, (text.green() + back.green()) // 2, (text.blue() + back.blue()) // 2
        )
        self.empty.setStyleSheet(
            f"#dropHint {{ border: 2px dashed {line.name()}; border-radius: 14px; "
            "padding: 40px; margin: 24px; font-size: 12pt; }"
        )

    def changeEvent(self, event) -> None:
        if event.type() == event.Type.PaletteChange and hasattr(self, "empty"):
            self._style_drop_hint()
        super().changeEvent(event)

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

    def _set_editable(self, editable: bool) -> None:
        rows = self.source_kind == "rows" and editable
        self.row_editor.set_read_only(not rows)
        self.find_bar.set_read_only(not rows)
        for act in (self.act_add, self.act_duplicate, self.act_delete, self.table_delete):
            act.setEnabled(rows)
        self.act_save.setEnabled(rows)
        self.act_save_as.setEnabled(rows)
        self.act_undo.setEnabled(rows and self.undo_stack.canUndo())
        self.act_redo.setEnabled(rows and self.undo_stack.canRedo())
        self.act_find.setEnabled(self.source_kind == "rows")
        self.act_replace.setEnabled(rows)

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
