"""Downloads: one row per model with total and per-file progress, speed, time left, cancel and resume.

Each download runs in its own DownloadWorker thread. A stopped, failed or
interrupted download keeps what it saved; Resume (or downloading the model
again, after closing the app too) continues from there. A model becomes usable
only when core says every file was checked, which is when its row says Ready.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from core.hub.search import HubSettings, format_bytes
from desktop.views.models.common import allow_pickle, duration_text, error_text, set_status, speed_text
from desktop.workers.download_worker import DownloadWorker, finish_threads

SCALE = 1000  # progress bars count in thousandths: byte counts overflow a Qt int


def _bar() -> QProgressBar:
    bar = QProgressBar()
    bar.setRange(0, SCALE)
    bar.setTextVisible(True)
    bar.setFormat("%p%")
    return bar


class DownloadRow(QFrame):
    """One model's download as the user sees it; the panel drives it."""

    def __init__(self, repo_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.repo_id = repo_id
        self.state = "running"  # running | stopping | cancelled | failed | done
        self.model_path = ""
        self.error = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(repo_id)
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.total_bar = _bar()
        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        self.file_bar = _bar()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(
            self.tr("Stop the download. What was saved is kept; Resume continues from there.")
        )
        self.resume_button = QPushButton(self.tr("Resume"))
        self.resume_button.setToolTip(self.tr("Continue the download where it stopped."))
        self.use_button = QPushButton(self.tr("Use for training"))
        self.page_button = QPushButton(self.tr("Open model page"))
        self.remove_button = QPushButton(self.tr("Remove from list"))
        self.remove_button.setToolTip(
            self.tr("Take this row off the list. Files already saved stay in the models folder.")
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.resume_button)
        buttons.addWidget(self.use_button)
        buttons.addWidget(self.page_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.total_bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.file_label)
        layout.addWidget(self.file_bar)
        layout.addLayout(buttons)
        self.set_state("running")

    def set_state(self, state: str, text: str = "") -> None:
        self.state = state
        running = state in ("running", "stopping")
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(state == "running")
        self.resume_button.setVisible(state in ("cancelled", "failed"))
        self.resume_button.setText(self.tr("Try again") if state == "failed" else self.tr("Resume"))
        self.use_button.setVisible(state == "done")
        self.page_button.setVisible(state == "failed" and bool(getattr(self.error, "url", None)))
        self.remove_button.setVisible(not running)
        self.total_bar.setVisible(running or state == "done" or self.total_bar.value() > 0)
        self.file_label.setVisible(running)
        self.file_bar.setVisible(running)
        if state == "running" and not text:
            text = self.tr("Starting…")
        elif state == "stopping":
            text = self.tr("Stopping…")
        kind = {"failed": "error", "done": "ok"}.get(state, "")
        set_status(self.summary, text, kind)

    def show_progress(self, p) -> None:
        """Show a core.hub.download.DownloadProgress."""
        if self.state != "running":
            return
        if p.bytes_total:
            self.total_bar.setValue(int(SCALE * p.bytes_done / p.bytes_total))
        if p.stage == "verifying":
            text = self.tr("Checking the part saved earlier of {0}…").format(p.file)
        else:
            text = self.tr("{0} of {1} · {2} · {3}").format(
                format_bytes(p.bytes_done),
                format_bytes(p.bytes_total),
                speed_text(p.speed),
                duration_text(p.eta_seconds),
            )
        set_status(self.summary, text)
        self.file_label.setText(
            self.tr("File {0} of {1}: {2} ({3})").format(p.file_index, p.file_count, p.file, format_bytes(p.file_size))
        )
        self.file_bar.setValue(int(SCALE * p.file_bytes / p.file_size) if p.file_size else SCALE)


class DownloadsPanel(QWidget):
    model_ready = Signal(object)  # core.hub.local.LocalModel
    use_requested = Signal(str)  # a finished model's folder
    active_changed = Signal()  # a download started or ended
    status_message = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = HubSettings()
        self.rows: dict[str, DownloadRow] = {}
        self.workers: dict[str, DownloadWorker] = {}
        self.trust: dict[str, bool] = {}
        self.reserve_bytes: int | None = None  # free space to keep; None: core's default
        self.empty = QLabel(
            self.tr(
                "No downloads yet. Choose a model in the Find models tab and press Download. "
                "A stopped download continues where it left off, even after closing "
                "Lorasmith."
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop)
        content = QWidget()
        self.rows_layout = QVBoxLayout(content)
        self.rows_layout.setContentsMargins(8, 8, 8, 8)
        self.rows_layout.addWidget(self.empty)
        self.rows_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def set_settings(self, settings: HubSettings) -> None:
        self.settings = settings

    # --- starting and stopping --------------------------------------------------------------------
    def start(self, repo_id: str, trust_remote_code: bool = False) -> DownloadRow:
        """Download `repo_id` (or continue it); a download already running is left as it is."""
        if trust_remote_code or repo_id not in self.trust:
            self.trust[repo_id] = trust_remote_code
        row = self.rows.get(repo_id) or self._add_row(repo_id)
        if repo_id in self.workers:
            return row
        row.error = None
        row.set_state("running")
        worker = DownloadWorker(
            repo_id,
            self.settings,
            allow_pickle=allow_pickle(),
            trust_remote_code=self.trust[repo_id],
            reserve_bytes=self.reserve_bytes,
            parent=self,
        )
        worker.progress.connect(row.show_progress)
        worker.progress.connect(lambda _p, w=worker: self._first_progress(w))
        worker.succeeded.connect(lambda model, r=repo_id: self._succeeded(r, model))
        worker.cancelled.connect(lambda r=repo_id: self._cancelled(r))
        worker.failed.connect(lambda error, r=repo_id: self._failed(r, error))
        worker.finished.connect(lambda r=repo_id, w=worker: self._ended(r, w))
        self.workers[repo_id] = worker
        worker.start()
        self.active_changed.emit()
        return row

    def cancel(self, repo_id: str) -> None:
        worker = self.workers.get(repo_id)
        if worker is not None and not worker.cancel_requested:
            worker.cancel()
            self.rows[repo_id].set_state("stopping")

    def cancel_all(self) -> None:
        for repo_id in list(self.workers):
            self.cancel(repo_id)

    def active(self) -> set[str]:
        return set(self.workers)

    def _add_row(self, repo_id: str) -> DownloadRow:
        row = DownloadRow(repo_id)
        row.cancel_button.clicked.connect(lambda: self.cancel(repo_id))
        row.resume_button.clicked.connect(lambda: self.start(repo_id, self.trust.get(repo_id, False)))
        row.use_button.clicked.connect(lambda: self.use_requested.emit(row.model_path))
        row.page_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl(row.error.url)) if row.error else None)
        row.remove_button.clicked.connect(lambda: self.remove(repo_id))
        self.rows[repo_id] = row
        self.rows_layout.insertWidget(0, row)
        self.empty.hide()
        return row

    def remove(self, repo_id: str) -> None:
        if repo_id in self.workers:
            return
        row = self.rows.pop(repo_id, None)
        if row is not None:
            row.setParent(None)
            row.deleteLater()
        self.empty.setVisible(not self.rows)

    # --- outcomes ---------------------------------------------------------------------------------
    def _succeeded(self, repo_id: str, model) -> None:
        row = self.rows.get(repo_id)
        if row is not None:
            row.model_path = str(model.path)
            row.total_bar.setValue(SCALE)
            row.set_state(
                "done",
                self.tr("Ready: {0} of files, checked, in {1}").format(format_bytes(model.size_bytes), model.path),
            )
        self.status_message.emit(self.tr("{0} is downloaded and ready to train.").format(repo_id))
        self.model_ready.emit(model)

    def _cancelled(self, repo_id: str) -> None:
        row = self.rows.get(repo_id)
        if row is not None:
            row.set_state("cancelled", self.tr("Stopped. Press Resume to continue where it left off."))

    def _failed(self, repo_id: str, error) -> None:
        row = self.rows.get(repo_id)
        if row is not None:
            row.error = error
            row.set_state("failed", error_text(error, repo_id, self.settings))
        self.status_message.emit(self.tr("The download of {0} did not finish.").format(repo_id))

    def _first_progress(self, worker: DownloadWorker) -> None:
        if not getattr(worker, "reported", False):  # its folder exists now: the local list can show it
            worker.reported = True
            self.active_changed.emit()

    def _ended(self, repo_id: str, worker: DownloadWorker) -> None:
        if self.workers.get(repo_id) is worker:
            del self.workers[repo_id]
        worker.deleteLater()
        self.active_changed.emit()

    def shutdown(self) -> None:
        finish_threads(list(self.workers.values()))

    # --- screenshots ------------------------------------------------------------------------------
    def show_sample(self) -> None:
        """A download partway through and one refused for want of a licence, as they look
        (for screenshots; nothing is fetched)."""
        from core.hub.download import DownloadProgress
        from core.hub.search import HubError

        gated = "meta-llama/Llama-3.2-1B-Instruct"
        row = self.rows.get(gated) or self._add_row(gated)
        row.error = HubError("gated", "", url=f"https://huggingface.co/{gated}")
        row.set_state("failed", error_text(row.error, gated, self.settings))

        row = self.rows.get("Qwen/Qwen2.5-1.5B-Instruct") or self._add_row("Qwen/Qwen2.5-1.5B-Instruct")
        row.set_state("running")
        row.show_progress(
            DownloadProgress(
                "Qwen/Qwen2.5-1.5B-Instruct",
                "model.safetensors",
                7,
                9,
                1_912_000_000,
                3_087_467_144,
                1_925_000_000,
                3_100_000_000,
                23_400_000,
                50.0,
                "downloading",
            )
        )
