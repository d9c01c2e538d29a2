"""Opening a dataset on the Dataset screen: Open, drops, and the reader thread's signals.

A mixin of DatasetView, kept apart so each file reads in one sitting. The
FileLoader thread does the reading; here its batches are added to the table as
they arrive, and what it found (kind, encoding, problems) is shown.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QFileDialog

from desktop.views.dataset.text import plural
from desktop.workers.inspect_worker import FileLoader

DATA_SUFFIXES = (".json", ".jsonl", ".ndjson", ".csv", ".tsv", ".parquet", ".txt")
AUTO_ANALYSE_ROWS = 20_000  # measure every row automatically up to this many
AUTO_ANALYSE_TEXT_CHARS = 4_000_000  # raw text: the same, in characters
PAGE_EMPTY, PAGE_TABLE, PAGE_TEXT = 0, 1, 2


class LoadingMixin:
    """Part of DatasetView: getting a file into the screen."""

    @staticmethod
    def path_from_mime(mime) -> str | None:
        """The first dropped local file we can read, or a dropped folder."""
        if mime is None or not mime.hasUrls():
            return None
        for url in mime.urls():
            if not url.isLocalFile():
                continue
            path = Path(url.toLocalFile())
            if path.is_dir() or path.suffix.lower() in DATA_SUFFIXES:
                return str(path)
        return None

    @classmethod
    def accepts_drop(cls, mime) -> bool:
        return cls.path_from_mime(mime) is not None

    def handle_drop(self, mime) -> bool:
        """For the main window: open what was dropped anywhere on it. True if it was ours."""
        path = self.path_from_mime(mime)
        if path is None:
            return False
        self.open_path(path)
        return True

    def dragEnterEvent(self, event) -> None:
        if self.accepts_drop(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        if self.accepts_drop(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        if self.handle_drop(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def _ask_open(self) -> None:
        from desktop import settings

        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a dataset"),
            settings.last_folder("dataset"),
            self.tr("Datasets (*.json *.jsonl *.ndjson *.csv *.tsv *.parquet *.txt);;All files (*)"),
        )
        if path:
            settings.remember_folder("dataset", path)
            self.open_path(path)

    def open_path(self, path: str | Path) -> bool:
        """Open a dataset file or folder (asks first when there are unsaved edits)."""
        if not self.maybe_save(include_format=False):
            return False
        self._stop_loader()
        self.path = str(path)
        self.source_kind, self.detection, self.encoding_note, self.raw_text = None, None, "", ""
        self.file_encoding = "utf-8"  # the codec the open file was read with; saving over it keeps it
        self.model.reset([])
        self.undo_stack.clear()
        self.find_bar.hide()
        self._load_problems = []
        self.problems.set_problems([])
        self.histogram.clear(self.tr("Reading the file…"))
        self.preview.clear()
        self._serials.clear()
        self.loading, self.checking_rows = True, False
        self._set_editable(False)
        self.kind_combo.blockSignals(True)
        self.kind_combo.setCurrentIndex(0)
        self.kind_combo.blockSignals(False)
        self._fill_kind_combo()
        self.file_label.setText(Path(path).name)
        self.details.setText(self.tr("Reading…"))
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        loader = FileLoader(path)
        for signal, slot in (
            (loader.header_ready, self._on_header),
            (loader.rows_ready, self._on_rows),
            (loader.progress, self._on_progress),
            (loader.checking, self._on_checking),
            (loader.text_ready, self._on_text),
            (loader.finished_ok, self._on_loaded),
            (loader.failed, self._on_failed),
        ):
            signal.connect(self._from_current(loader, slot))
        loader.finished.connect(lambda loader=loader: self._forget_loader(loader))
        self._loader = loader
        self._threads.loaders.add(loader)
        loader.start()
        return True

    def _stop_loader(self) -> None:
        loader, self._loader = self._loader, None
        if loader is not None and loader.isRunning():
            loader.cancel()
            # Its signals may still be queued: they are ignored (sender is not the current loader).
            self._old_loaders.add(loader)

    def _forget_loader(self, loader: FileLoader) -> None:
        self._old_loaders.discard(loader)
        self._threads.loaders.discard(loader)
        if loader is not self._loader:
            loader.deleteLater()

    def _from_current(self, loader, slot):
        """`slot`, called only while `loader` is still the one reading: a cancelled
        loader's signals may still be queued, and are dropped."""

        def call(*args):
            if loader is self._loader:
                slot(*args)

        return call

    def cancel_loading(self) -> None:
        if not self.loading:
            return
        self._stop_loader()
        self.loading = False
        self.path, self.source_kind = None, None
        self.model.reset([])
        self.undo_stack.clear()
        self._set_editable(False)
        self._show_empty(self.tr("Reading was cancelled."))

    def wait_until_loaded(self, timeout_ms: int = 60_000) -> bool:
        """Process events until the file is read and checked (for scripts and screenshots)."""
        from PySide6.QtCore import QDeadlineTimer, QEventLoop

        deadline = QDeadlineTimer(timeout_ms)
        while (self.loading or self.checking_rows) and not deadline.hasExpired():
            QApplication.processEvents(QEventLoop.AllEvents, 50)
        return not (self.loading or self.checking_rows)

    def _on_header(self, header) -> None:
        self.source_kind = "rows"
        self.detection = header.detection
        self.encoding_note = header.encoding_note
        self.file_encoding = header.encoding
        self._fill_kind_combo()
        self.show_page(PAGE_TABLE)

    def _on_rows(self, batch: list) -> None:
        first = self.model.rowCount() == 0
        self.model.append_rows(batch)
        if first:
            self._fit_columns()
            self.table.selectRow(0)
            self.table.setCurrentIndex(self.model.index(0, 0))

    def _on_progress(self, rows: int) -> None:
        self._update_counts()

    def _on_checking(self) -> None:
        # Every row is in the table: editing can start while the rows are checked.
        self.cancel_button.hide()
        self.checking_rows = True
        self.loading = False
        self._set_editable(True)
        self._update_counts()

    def _on_text(self, source) -> None:
        self.source_kind = "text"
        self.raw_text = source.text
        from core.data.schemas import detect_kind

        self.detection = detect_kind(source)
        self.encoding_note = source.encoding_note
        self._fill_kind_combo()
        self.raw_view.set_text(source.text)
        self.show_page(PAGE_TEXT)
        # PySide's tr() finds plural forms under the class's own name only, so a
        # mixin names its context itself.
        # lupdate skips a call whose count is itself a call, so count first.
        chars, files = len(source.text), len(source.files or ())
        size = plural(QCoreApplication.translate("LoadingMixin", "%n character(s) of text", None, chars), chars)
        if files:
            size += " " + plural(QCoreApplication.translate("LoadingMixin", "(%n file(s))", None, files), files)
        self.details.setText("  ·  ".join(x for x in (size, source.encoding_note, self.detection.reason) if x))
        self.row_editor.show_row(None)
        self._load_problems = list(source.problems)
        self.problems.set_problems(source.problems)
        self._finish_loading()
        self.request_chunks()
        if len(source.text) <= AUTO_ANALYSE_TEXT_CHARS:
            self.request_analysis()
        else:
            self.histogram.clear(self.tr("Click Measure to count the tokens of every chunk."))

    def _on_loaded(self, result) -> None:
        self.checking_rows = False
        self.encoding_note = result.encoding_note
        self.file_encoding = result.encoding
        self._load_problems = list(result.problems)
        self.problems.set_problems(result.problems)
        self._finish_loading()
        self._update_counts()
        if self.model.rowCount() <= AUTO_ANALYSE_ROWS:
            self.request_analysis()
        else:
            n = self.model.rowCount()
            self.histogram.clear(
                plural(
                    QCoreApplication.translate(
                        "LoadingMixin",
                        "This dataset has %n row(s). Click Measure to count the tokens of every row.",
                        None,
                        n,
                    ),
                    n,
                )
            )

    def _finish_loading(self) -> None:
        # Told only once the file proved readable (the Train screen takes it as its dataset).
        self.file_opened.emit(self.path)
        self.loading = False
        self.progress.hide()
        self.cancel_button.hide()
        self._set_editable(True)
        self._update_title()

    def _on_failed(self, message: str) -> None:
        self.loading = self.checking_rows = False
        self.path, self.source_kind = None, None
        self.model.reset([])
        self._set_editable(False)
        self._show_empty(self.tr("This file cannot be used:") + "\n" + message)
        self.status_message.emit(message)

    def _fit_columns(self) -> None:
        # Widths from the header and the first rows only: measuring every row of a big file would freeze.
        fm = self.table.fontMetrics()
        sample = self.model.rows[:50]
        for c, key in enumerate(self.model.columns):
            longest = max(
                [fm.horizontalAdvance(key)]
                + [fm.horizontalAdvance(self.model.data(self.model.index(r, c))[:60]) for r in range(len(sample))]
            )
            self.table.setColumnWidth(c, max(60, min(240, longest + 24)))
