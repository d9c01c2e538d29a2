"""Models on this computer: downloaded, imported or copied into the models folder.

Lists each with its status and size; imports a folder the user already has
(it stays where it is), deletes with a confirmation (Delete key too), opens the
folder, resumes an unfinished download and hands a ready model to training.
A model is offered for training only when core.hub.local says it is ready.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.hub.search import HubError, HubSettings, format_bytes
from desktop import settings as app_settings
from desktop.views.models.common import allow_pickle, error_text, set_status

NAME_ROLE = Qt.ItemDataRole.UserRole


class LocalModelsPanel(QWidget):
    use_requested = Signal(str)  # a ready model's folder, for the Train screen
    resume_requested = Signal(str, bool)  # repo id of an unfinished download, allow its custom code
    changed = Signal(int)  # how many models are listed
    status_message = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = HubSettings()
        self.models: dict[str, object] = {}  # folder name -> core.hub.local.LocalModel
        self.downloading: set[str] = set()  # folder names with a download running
        self.delete_box: QMessageBox | None = None

        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setUniformRowHeights(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setHeaderLabels([self.tr("Model"), self.tr("Status"), self.tr("Size"), self.tr("Source")])
        header = self.table.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update)
        self.table.itemDoubleClicked.connect(lambda _item, _column: self.use_selected())
        self.table.installEventFilter(self)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.empty = QLabel(
            self.tr("No models yet. Download one from the Find models tab, or import a model folder you already have.")
        )
        self.empty.setWordWrap(True)

        buttons = self._build_buttons()

        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.info)
        layout.addLayout(buttons)
        self._update()

    def _build_buttons(self) -> QHBoxLayout:
        """What can be done with the selected model, and importing a folder."""
        self.use_button = QPushButton(self.tr("Use for training"))
        self.use_button.setToolTip(self.tr("Choose this model as the base model in the Train screen."))
        self.use_button.clicked.connect(self.use_selected)
        self.resume_button = QPushButton(self.tr("Resume download"))
        self.resume_button.clicked.connect(self.resume_selected)
        self.open_button = QPushButton(self.tr("Open folder"))
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setToolTip(
            self.tr(
                "Delete the model's files (Delete key). An imported model is only forgotten; its folder is left alone."
            )
        )
        self.delete_button.clicked.connect(self.ask_delete)
        self.import_button = QPushButton(self.tr("Import folder…"))
        self.import_button.setToolTip(
            self.tr("Add a model folder you already have. It stays where it is and is never changed.")
        )
        self.import_button.clicked.connect(self.choose_import)
        buttons = QHBoxLayout()
        for button in (self.use_button, self.resume_button, self.open_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        return buttons

    def set_settings(self, settings: HubSettings) -> None:
        self.settings = settings
        self.refresh()

    # --- the list ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        from core.hub.local import list_local_models, models_root

        current = self.selected_name()
        try:
            root = models_root(self.settings)
            models = list_local_models(self.settings)
        except (OSError, HubError) as exc:
            set_status(self.info, error_text(exc, settings=self.settings), "error")
            models, root = [], None
        self.folder_label.setText(self.tr("Models folder: {0}").format(root) if root else "")
        self.models = {m.name: m for m in models}
        self.table.clear()
        for model in models:
            item = QTreeWidgetItem(
                [model.display_name, self.status_text(model), format_bytes(model.size_bytes), self.source_text(model)]
            )
            item.setData(0, NAME_ROLE, model.name)
            item.setToolTip(0, str(model.path))
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.addTopLevelItem(item)
            if model.name == current:
                self.table.setCurrentItem(item)
        self.table.setVisible(bool(models))
        self.empty.setVisible(not models)
        self._update()
        self.changed.emit(len(models))

    def status_text(self, model) -> str:
        if model.name in self.downloading:
            return self.tr("Downloading…")
        if model.status == "ready":
            return self.tr("Ready")
        if model.status == "incomplete":
            if model.total_bytes:
                percent = min(99, int(100 * model.size_bytes / model.total_bytes))
                return self.tr("Unfinished download ({0}%)").format(percent)
            return self.tr("Unfinished download")
        return self.tr("Not usable")

    def source_text(self, model) -> str:
        if model.source == "import":
            return self.tr("Imported")
        if model.source == "hub":
            return self.tr("Hub")
        return self.tr("Copied in")

    def selected_name(self) -> str | None:
        item = self.table.currentItem()
        return item.data(0, NAME_ROLE) if item is not None and item.isSelected() else None

    def selected(self):
        name = self.selected_name()
        return self.models.get(name) if name else None

    def select(self, name: str) -> bool:
        for i in range(self.table.topLevelItemCount()):
            item = self.table.topLevelItem(i)
            if name in (item.data(0, NAME_ROLE), item.text(0)):
                self.table.setCurrentItem(item)
                return True
        return False

    def _update(self) -> None:
        model = self.selected()
        busy = model is not None and model.name in self.downloading
        self.use_button.setEnabled(model is not None and model.ready and not busy)
        unfinished = model is not None and model.status == "incomplete" and bool(model.repo_id)
        self.resume_button.setVisible(unfinished)
        self.resume_button.setEnabled(unfinished and not busy)
        self.open_button.setEnabled(model is not None and Path(model.path).is_dir())
        self.delete_button.setEnabled(model is not None and not busy)
        if model is None:
            set_status(self.info, "")
        elif model.status == "incomplete":
            set_status(
                self.info,
                self.tr(
                    "This download has not finished, so the model cannot be used yet. "
                    "Resume it to continue where it stopped."
                ),
                "muted",
            )
        elif model.problems:
            set_status(self.info, self.tr("Not usable: {0}").format("; ".join(model.problems)), "error")
        else:
            set_status(self.info, str(model.path), "muted")

    # --- actions ----------------------------------------------------------------------------------
    def use_selected(self) -> None:
        model = self.selected()
        if model is not None and model.ready and model.name not in self.downloading:
            self.use_requested.emit(str(model.path))

    def resume_selected(self) -> None:
        from core.hub.local import MANIFEST, WORK_DIR, read_json

        model = self.selected()
        if model is not None and model.repo_id and model.status == "incomplete":
            manifest = read_json(Path(model.path) / WORK_DIR / MANIFEST) or {}
            had_code = any(name.endswith(".py") for name in manifest.get("files", {}))
            self.resume_requested.emit(model.repo_id, had_code)

    def open_selected(self) -> None:
        model = self.selected()
        if model is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(model.path)))

    def choose_import(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose a model folder"), app_settings.last_folder("model")
        )
        if folder:
            app_settings.remember_folder("model", folder)
            self.import_folder(folder)

    def import_folder(self, folder: str | Path) -> bool:
        from core.hub.local import import_model_folder

        try:
            model = import_model_folder(folder, settings=self.settings, allow_pickle=allow_pickle())
        except (HubError, OSError) as exc:
            set_status(
                self.info,
                self.tr("Could not import {0}: {1}").format(folder, error_text(exc, settings=self.settings)),
                "error",
            )
            return False
        self.refresh()
        self.select(model.name)
        self.status_message.emit(self.tr("Imported {0}; it stays in {1}.").format(model.name, model.path))
        return True

    def ask_delete(self) -> None:
        model = self.selected()
        if model is None or model.name in self.downloading:
            return
        if model.source == "import":
            text = self.tr("Forget {0}? Its folder {1} is left as it is.").format(model.name, model.path)
        else:
            text = self.tr("Delete {0} and its {1} of files? This cannot be undone.").format(
                model.display_name, format_bytes(model.size_bytes)
            )
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Delete model"), text, QMessageBox.StandardButton.NoButton, self
        )
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.buttonClicked.connect(lambda button, name=model.name: self.delete(name) if button is delete else None)
        self.delete_box = box
        box.open()

    def delete(self, name: str) -> bool:
        from core.hub.local import delete_local_model

        try:
            model = delete_local_model(name, self.settings)
        except (HubError, OSError) as exc:
            set_status(self.info, error_text(exc, name, self.settings), "error")
            return False
        self.refresh()
        self.status_message.emit(self.tr("Deleted {0}.").format(model.display_name))
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and self.selected() is not None
        ):
            self.ask_delete()
            return True
        return super().eventFilter(watched, event)
