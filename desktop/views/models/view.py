"""Models screen: find a base model, see whether it fits the card, download it, manage what is on disk.

Left, four tabs: Find models (recommended list and Hub search,
models_search.py), On this computer (models_local.py), Downloads
(models_downloads.py) and Settings (models_settings.py). Right, the details
pane of the model chosen in the list (models_details.py). Everything that
talks to the Hub runs in worker threads (desktop/workers/download_worker.py);
the engine's side is core.hub.search, core.hub.download and core.hub.local. The
wizard's model step can reuse each panel on its own.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from core.hub.search import HubSettings
from desktop.views.models.common import load_settings, set_status
from desktop.views.models.details import ModelDetailsPane
from desktop.views.models.downloads import DownloadsPanel
from desktop.views.models.local import LocalModelsPanel
from desktop.views.models.search import ModelSearchPanel
from desktop.views.models.settings import ModelsSettingsPanel


class ModelsView(QWidget):
    status_message = Signal(str)
    use_model_requested = Signal(str)  # a ready model's folder, to train on

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings: HubSettings = load_settings()

        header = self._build_header()

        self.search = ModelSearchPanel()
        self.local = LocalModelsPanel()
        self.downloads = DownloadsPanel()
        self.settings_panel = ModelsSettingsPanel()
        self.details = ModelDetailsPane()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.search, self.tr("Find models"))
        self.tabs.addTab(self.local, self.tr("On this computer"))
        self.tabs.addTab(self.downloads, self.tr("Downloads"))
        self.tabs.addTab(self.settings_panel, self.tr("Settings"))
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([660, 440])
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(header)
        layout.addWidget(self.splitter, 1)

        self._connect_panels()
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.focus_search)
        self.apply_settings(self.settings)

    def _build_header(self) -> QHBoxLayout:
        """The screen's title, what it is for, and whether offline mode is on."""
        title = QLabel(self.tr("Base models"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        title.setFont(font)
        self.hint = QLabel(
            self.tr(
                "Find a model, check that it fits your graphics card, and download it. "
                "Downloads continue where they stopped."
            )
        )
        self.hint.setWordWrap(True)
        set_status(self.hint, self.hint.text(), "muted")
        self.offline_label = QLabel()
        header = QHBoxLayout()
        header.addWidget(title)
        header.addSpacing(16)
        header.addWidget(self.hint, 1)
        header.addWidget(self.offline_label)
        return header

    def _connect_panels(self) -> None:
        """How the panels hand work to each other through this screen, and a ready model to the Train screen."""
        self.search.model_chosen.connect(self.details.show_model)
        self.details.download_requested.connect(self.start_download)
        self.local.resume_requested.connect(self.start_download)
        self.local.use_requested.connect(self.use_model_requested)
        self.local.changed.connect(self._update_tab_titles)
        self.downloads.use_requested.connect(self.use_model_requested)
        self.downloads.model_ready.connect(self._model_ready)
        self.downloads.active_changed.connect(self._downloads_changed)
        self.settings_panel.settings_changed.connect(self.apply_settings)
        for panel in (self.local, self.downloads, self.settings_panel):
            panel.status_message.connect(self.status_message)
        self.use_model_requested.connect(self._send_to_train)

    # --- settings ---------------------------------------------------------------------------------
    def apply_settings(self, settings: HubSettings) -> None:
        self.settings = settings
        for panel in (self.search, self.details, self.downloads, self.local):
            panel.set_settings(settings)
        self.offline_label.setText(self.tr("Offline mode") if settings.offline else "")
        self.offline_label.setToolTip(self.tr("Lorasmith does not contact the Hub; turn it off in the Settings tab."))
        self.details.refresh()

    # --- downloads --------------------------------------------------------------------------------
    def start_download(self, repo_id: str, trust_remote_code: bool = False) -> None:
        self.downloads.start(repo_id, trust_remote_code)
        self.tabs.setCurrentWidget(self.downloads)

    def _downloads_changed(self) -> None:
        from core.hub.local import folder_name

        self.local.downloading = {folder_name(r) for r in self.downloads.active()}
        self.local.refresh()

    def _model_ready(self, model) -> None:
        self.local.refresh()
        self.local.select(model.name)

    def _update_tab_titles(self, count: int = -1) -> None:
        count = len(self.local.models) if count < 0 else count
        self.tabs.setTabText(
            1, self.tr("On this computer ({0})").format(count) if count else self.tr("On this computer")
        )
        active = len(self.downloads.active())
        self.tabs.setTabText(2, self.tr("Downloads ({0})").format(active) if active else self.tr("Downloads"))

    # --- elsewhere in the app ---------------------------------------------------------------------
    def _send_to_train(self, path: str) -> None:
        """Make `path` the Train screen's base model, when this screen lives in the main window."""
        window = self.window()
        if not hasattr(window, "show_screen"):
            return
        train = window.show_screen("train")
        form = getattr(train, "form", None)
        if form is not None and hasattr(form, "_set_value"):
            form._set_value("model", path)
            if hasattr(train, "validate"):
                train.validate()
            self.status_message.emit(self.tr("Base model for training: {0}").format(path))

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.search)
        self.search.search_edit.setFocus()
        self.search.search_edit.selectAll()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.local.refresh()  # the command line may have added or removed models meanwhile

    def shutdown(self) -> None:
        """End the worker threads; unfinished downloads stop and resume next time."""
        self.downloads.shutdown()
        self.search.shutdown()
        self.details.shutdown()

    # --- screenshots ------------------------------------------------------------------------------
    def show_sample_content(self) -> None:
        """The recommended list with one model chosen, the bundled demo model on disk and a download
        partway through, without contacting the Hub (for screenshots)."""
        from core.hub.local import find_local_model, import_model_folder
        from core.paths import demo_model_dir

        if find_local_model("demo-model", self.settings) is None:
            import_model_folder(demo_model_dir(), "demo-model", settings=self.settings)
        self.local.refresh()
        self.local.select("demo-model")
        self.downloads.show_sample()
        self.search.show_recommended()
        self.search.table.blockSignals(True)
        self.search.select("Qwen/Qwen2.5-1.5B-Instruct")
        self.search.table.blockSignals(False)
        item = self.search.table.currentItem()
        self.details.show_model(
            item.data(0, Qt.ItemDataRole.UserRole), item.data(0, Qt.ItemDataRole.UserRole + 1), look_up_now=False
        )
        self.tabs.setCurrentWidget(self.search)
