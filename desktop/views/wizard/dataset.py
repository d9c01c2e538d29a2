"""The dataset step both wizards share: open or drop a file, see what was detected and the first example.

The file is read, detected, rendered and measured in a thread (wizard_workers),
with the chosen model's tokenizer when it is on this computer; the token
lengths go to the planner. The preview is the Dataset screen's, so the colours
mean the same: what is trained and what is only context.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget, QWizardPage

from desktop import settings
from desktop.views.dataset.preview import PreviewPane
from desktop.views.wizard.pages import bold, demo_dataset, explanation, muted
from desktop.views.wizard.workers import DatasetCheck, DatasetReport, finish

FILE_FILTER_EXTENSIONS = "*.json *.jsonl *.csv *.parquet *.txt"


class DatasetPage(QWizardPage):
    checked = Signal(object)  # DatasetReport, once a file has been looked at

    def __init__(self, *, required: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.required = required
        self.report: DatasetReport | None = None
        self._check: DatasetCheck | None = None
        self._checked_with: tuple[str, str | None] | None = None
        self.setTitle(self.tr("Your dataset"))
        self.setAcceptDrops(True)
        text = self.tr(
            "The dataset holds the examples the model learns from: questions with the answers you want, "
            "conversations, or plain text. Drop a file here or open one; Lorasmith recognises the common "
            "layouts and shows the first example as it will be trained."
        )
        if not required:
            text += " " + self.tr("You can leave this empty: the settings are then planned for a typical dataset.")
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("Drop a dataset file here, or open one"))
        self.open_button = QPushButton(self.tr("Open…"))
        self.open_button.clicked.connect(self.pick_file)
        self.sample_button = QPushButton(self.tr("Use the sample"))
        self.sample_button.setToolTip(
            self.tr("A small sample dataset that teaches the demo model a cheerful blacksmith's way of answering")
        )
        self.sample_button.clicked.connect(lambda: self.set_path(str(demo_dataset())))
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.open_button)
        row.addWidget(self.sample_button)
        self.summary = bold()
        self.details = muted()
        self.preview = PreviewPane()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(explanation(text))
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.details)
        layout.addWidget(self.preview, 1)
        self.preview.clear()

    # --- choosing ----------------------------------------------------------------------------------
    def path(self) -> str:
        return self.path_edit.text().strip()

    def pick_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a dataset"),
            settings.last_folder("dataset"),
            self.tr("Datasets ({0});;All files (*)").format(FILE_FILTER_EXTENSIONS),
        )
        if path:
            settings.remember_folder("dataset", path)
            self.set_path(path)

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        files = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if files:
            self.set_path(files[0])
            event.acceptProposedAction()

    def set_path(self, path: str) -> None:
        self.path_edit.setText(str(Path(path).expanduser().resolve()))
        self.check()

    def model_dir(self) -> str | None:
        wizard = self.wizard()
        return wizard.model_path() if wizard is not None and hasattr(wizard, "model_path") else None

    def initializePage(self) -> None:
        wizard = self.wizard()
        if not self.path() and wizard is not None and hasattr(wizard, "default_dataset"):
            default = wizard.default_dataset()
            if default:
                self.path_edit.setText(default)
        self.check()

    # --- checking ----------------------------------------------------------------------------------
    def check(self) -> None:
        """Look at the file again unless it was already looked at with this model's tokenizer."""
        path, model = self.path(), self.model_dir()
        if not path:
            self.report = None
            self.summary.setText("")
            self.details.setText("")
            self.preview.clear()
            self.completeChanged.emit()
            return
        if self._checked_with == (path, model) and self.report is not None:
            return
        self._checked_with = (path, model)
        self.report = None
        self.summary.setText(self.tr("Reading {0}…").format(Path(path).name))
        self.details.setText("")
        self.preview.clear()
        finish(self._check)
        self._check = DatasetCheck(path, model, self)
        self._check.done.connect(self._checked)
        self._check.start()
        self.completeChanged.emit()

    def wait_until_checked(self, timeout_ms: int = 30000) -> bool:
        """Block until the current check is done (screenshots and tests)."""
        from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QThread

        deadline = QDeadlineTimer(timeout_ms)
        while self.path() and self.report is None and not deadline.hasExpired():
            QCoreApplication.processEvents()
            QThread.msleep(10)
        return self.report is not None

    def _checked(self, report: DatasetReport) -> None:
        if report.path != self.path():
            return
        self.report = report
        if not report.ok:
            self.summary.setText(self.tr("This file cannot be trained on yet."))
            self.details.setText(report.error)
            self.preview.clear()
        else:
            stats = report.stats or {}
            n = report.examples
            self.summary.setText(self.tr("{0}: {1} examples.").format(self.kind_name(report.kind), f"{n:,}"))
            lengths = (
                self.tr("Typical length {0} tokens; 95% are at most {1}; the longest has {2}.")
                if report.exact
                else self.tr(
                    "Typical length about {0} tokens; 95% are at most about {1}; the longest about {2} "
                    "(estimated: the model's tokenizer is not on this computer yet)."
                )
            )
            text = lengths.format(f"{stats.get('p50', 0):,}", f"{stats.get('p95', 0):,}", f"{stats.get('max', 0):,}")
            if report.problems:
                text += " " + self.tr("{0} rows have problems and are left out; the Dataset screen shows them.").format(
                    f"{report.problems:,}"
                )
            self.details.setText(text)
            self.preview.show_example(
                report.example, report.tokens, bos_token=report.bos_token, eos_token=report.eos_token
            )
            self.preview.title.setText(self.tr("The first example, as it will be trained"))
        self.completeChanged.emit()
        self.checked.emit(report)

    def kind_name(self, kind: str) -> str:
        return {
            "alpaca": self.tr("Alpaca instructions"),
            "sharegpt": self.tr("ShareGPT conversations"),
            "openai": self.tr("OpenAI chat messages"),
            "text": self.tr("Text rows"),
            "raw": self.tr("Raw text"),
            "custom": self.tr("Your own layout"),
        }.get(kind, kind)

    def isComplete(self) -> bool:
        if not self.path():
            return not self.required
        return self.report is not None and self.report.ok

    def stats(self) -> dict | None:
        return self.report.stats if self.report is not None and self.report.ok else None

    def shutdown(self) -> None:
        finish(self._check)
