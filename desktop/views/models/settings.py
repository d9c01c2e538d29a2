"""Settings for getting models: the models folder, the Hub endpoint (a mirror), offline mode,
pickle weights and the access token.

Folder, endpoint and offline mode are core.hub.access.HubSettings (hub.json in
the user data folder, shared with the command line). The token goes to the OS
keyring through core.hub.access.save_token and nowhere else: not QSettings, not
hub.json, not a log; the field is emptied once it is saved.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from core.hub.search import DEFAULT_ENDPOINT, MIRROR_EXAMPLE, HubError, HubSettings
from core.paths import models_dir
from desktop.views.models.common import allow_pickle, error_text, models_folder, set_allow_pickle, set_status


def _stacked(top, note: QLabel) -> QWidget:
    """A field with its explanation underneath."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 4)
    if isinstance(top, QWidget):
        layout.addWidget(top)
    else:
        layout.addLayout(top)
    layout.addWidget(note)
    return box


class ModelsSettingsPanel(QWidget):
    settings_changed = Signal(object)  # the new HubSettings
    status_message = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = HubSettings.load()
        hub_box = self._build_hub_box()
        token_box = self._build_token_box()
        self.status = QLabel()
        self.status.setWordWrap(True)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(hub_box)
        layout.addWidget(token_box)
        layout.addWidget(self.status)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.load()

    def _build_hub_box(self) -> QGroupBox:
        """Models folder, Hub endpoint, offline mode and pickle weights."""
        self.folder_edit = QLineEdit()
        self.folder_edit.setPlaceholderText(str(models_dir()))
        self.folder_edit.editingFinished.connect(self.apply)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.choose_folder)
        open_button = QPushButton(self.tr("Open"))
        open_button.clicked.connect(self.open_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(browse)
        folder_row.addWidget(open_button)
        folder_note = QLabel(
            self.tr("Downloaded models go here, each in its own folder. Leave it empty for the default folder.")
        )
        folder_note.setWordWrap(True)

        self.endpoint_edit = QLineEdit()
        self.endpoint_edit.setPlaceholderText(DEFAULT_ENDPOINT)
        self.endpoint_edit.editingFinished.connect(self.apply)
        endpoint_note = QLabel(
            self.tr(
                "Leave it empty for {0}. Where the Hub is slow or blocked, a mirror such as "
                "{1} works the same way. The HF_ENDPOINT environment variable is honoured "
                "too."
            ).format(DEFAULT_ENDPOINT, MIRROR_EXAMPLE)
        )
        endpoint_note.setWordWrap(True)
        self.offline_check = QCheckBox(self.tr("Offline mode: never contact the Hub (only models on this computer)"))
        self.offline_check.toggled.connect(self.apply)
        self.pickle_check = QCheckBox(self.tr("Allow pickle weights (.bin files) for models that have no safetensors"))
        self.pickle_check.setToolTip(
            self.tr(
                "Pickle files can run code on your computer when they are loaded. "
                "Allow them only for publishers you trust."
            )
        )
        self.pickle_check.toggled.connect(self._pickle_toggled)

        hub_box = QGroupBox(self.tr("Where models come from and go"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Models folder"), _stacked(folder_row, folder_note))
        form.addRow(self.tr("Hub endpoint"), _stacked(self.endpoint_edit, endpoint_note))
        hub_layout = QVBoxLayout(hub_box)
        hub_layout.addLayout(form)
        hub_layout.addWidget(self.offline_check)
        hub_layout.addWidget(self.pickle_check)
        return hub_box

    def _build_token_box(self) -> QGroupBox:
        """The access token: paste and save it, forget it, or make one on the Hub."""
        self.token_edit = QLineEdit()
        self.token_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.token_edit.setPlaceholderText(self.tr("hf_… (paste a read token)"))
        self.token_edit.returnPressed.connect(self.save_token)
        self.save_token_button = QPushButton(self.tr("Save token"))
        self.save_token_button.clicked.connect(self.save_token)
        self.forget_token_button = QPushButton(self.tr("Forget token"))
        self.forget_token_button.clicked.connect(self.forget_token)
        self.tokens_button = QPushButton(self.tr("Make a token…"))
        self.tokens_button.setToolTip(self.tr("Open the Hub's access token page in your browser."))
        self.tokens_button.clicked.connect(self.open_token_page)
        token_row = QHBoxLayout()
        token_row.addWidget(self.token_edit, 1)
        token_row.addWidget(self.save_token_button)
        token_row.addWidget(self.forget_token_button)
        token_row.addWidget(self.tokens_button)
        token_note = QLabel(
            self.tr(
                "Needed for gated models (accept the licence on the model page first) and "
                "private ones. The token is kept in your system's password store (keyring), "
                "never in Lorasmith's files."
            )
        )
        token_note.setWordWrap(True)
        self.token_status = QLabel()
        self.token_status.setWordWrap(True)
        token_box = QGroupBox(self.tr("Access token"))
        token_layout = QVBoxLayout(token_box)
        token_layout.addLayout(token_row)
        token_layout.addWidget(self.token_status)
        token_layout.addWidget(token_note)
        return token_box

    # --- hub.json ---------------------------------------------------------------------------------
    def load(self) -> None:
        self.settings = HubSettings.load()
        for widget, value in (
            (self.folder_edit, self.settings.models_dir),
            (self.endpoint_edit, self.settings.endpoint),
        ):
            widget.blockSignals(True)
            widget.setText(value)
            widget.blockSignals(False)
        for check, value in ((self.offline_check, self.settings.offline), (self.pickle_check, allow_pickle())):
            check.blockSignals(True)
            check.setChecked(value)
            check.blockSignals(False)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.update_token_status()  # here, not at start-up: some keyrings ask to be unlocked

    def apply(self) -> bool:
        """Check and save folder, endpoint and offline mode; False (and a message) when one is wrong."""
        from core.hub.search import resolve_endpoint

        new = HubSettings(
            models_dir=self.folder_edit.text().strip(),
            endpoint=self.endpoint_edit.text().strip(),
            offline=self.offline_check.isChecked(),
        )
        if new == self.settings:
            return True
        try:
            if new.endpoint:
                new.endpoint = resolve_endpoint(new.endpoint)
            if models_folder(new) is None:
                raise HubError("no_permission", "")
            new.save()
        except (HubError, OSError) as exc:
            set_status(self.status, error_text(exc, settings=new), "error")
            return False
        self.settings = new
        self.endpoint_edit.setText(new.endpoint)
        set_status(self.status, self.tr("Saved."), "ok")
        self.settings_changed.emit(new)
        return True

    def _pickle_toggled(self, checked: bool) -> None:
        set_allow_pickle(checked)
        self.settings_changed.emit(self.settings)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the models folder"), str(models_folder(self.settings) or Path.home())
        )
        if folder:
            self.folder_edit.setText(folder)
            self.apply()

    def open_folder(self) -> None:
        folder = models_folder(self.settings)
        if folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # --- the token --------------------------------------------------------------------------------
    def update_token_status(self) -> None:
        from core.hub.search import token_source

        source = token_source()
        if source == "environment":
            text = self.tr("Using the token in the HF_TOKEN environment variable (it wins over a saved one).")
        elif source == "keyring":
            text = self.tr("A token is saved in your system's password store.")
        else:
            text = self.tr("No token saved. Public models need none.")
        set_status(self.token_status, text, "ok" if source else "muted")
        self.forget_token_button.setEnabled(source == "keyring")

    def save_token(self) -> bool:
        from core.hub.search import save_token

        try:
            save_token(self.token_edit.text())
        except HubError as exc:
            set_status(self.status, error_text(exc, settings=self.settings), "error")
            return False
        self.token_edit.clear()
        self.update_token_status()
        set_status(self.status, self.tr("Token saved in your system's password store."), "ok")
        self.settings_changed.emit(self.settings)
        return True

    def forget_token(self) -> None:
        from core.hub.search import forget_token

        forget_token()
        self.update_token_status()
        set_status(self.status, self.tr("Token removed from your system's password store."), "ok")
        self.settings_changed.emit(self.settings)

    def open_token_page(self) -> None:
        try:
            endpoint = self.settings.resolved_endpoint()
        except HubError:
            endpoint = DEFAULT_ENDPOINT
        QDesktopServices.openUrl(QUrl(f"{endpoint}/settings/tokens"))
