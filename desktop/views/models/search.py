"""Finding a base model: the recommended list shipped with Lorasmith, and Hub search.

Search asks the Hub (off the GUI thread) for text-generation models with
safetensors weights for transformers, most downloaded first. Typing or pasting
owner/name or a model page address also opens that model in the details pane.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.hub.search import HubError, HubSettings, format_bytes, format_parameters, normalise_repo_id
from desktop.views.dataset.text import plural
from desktop.views.models.common import count_text, error_text, set_status
from desktop.workers.download_worker import HubCall, finish_threads

translate = QCoreApplication.translate

REPO_ROLE = Qt.ItemDataRole.UserRole
OBJECT_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_LIMIT = 40

# The notes of resources/recommended_models.json, so that they are translated too
# (tests/desktop/views/models/test_view.py checks that this list follows the file).
RECOMMENDED_NOTES = (
    QT_TRANSLATE_NOOP(
        "RecommendedModels", "Smallest and fastest; good for a first try. Strong in Chinese and English."
    ),
    QT_TRANSLATE_NOOP("RecommendedModels", "Small and capable; good for Chinese and English."),
    QT_TRANSLATE_NOOP("RecommendedModels", "Qwen Research License: not for commercial use without permission."),
    QT_TRANSLATE_NOOP("RecommendedModels", "A strong all-rounder if your card has 12 GB or more."),
    QT_TRANSLATE_NOOP("RecommendedModels", "Tight on 16 GB cards; comfortable on 24 GB."),
    QT_TRANSLATE_NOOP("RecommendedModels", "Newer Qwen generation, non-thinking instruct model."),
    QT_TRANSLATE_NOOP("RecommendedModels", "Small Llama; accept Meta's licence on the model page first."),
    QT_TRANSLATE_NOOP("RecommendedModels", "Accept Meta's licence on the model page first."),
    QT_TRANSLATE_NOOP(
        "RecommendedModels",
        "Apache licence, but the page asks you to agree to share your contact "
        "details first. The repository also holds a consolidated.safetensors "
        "copy, which Lorasmith does not download.",
    ),
    QT_TRANSLATE_NOOP(
        "RecommendedModels",
        "Accept Google's Gemma terms on the model page first. Its large "
        "vocabulary needs more VRAM than the size suggests.",
    ),
    QT_TRANSLATE_NOOP(
        "RecommendedModels",
        "Mostly English. transformers runs it with its own code; the repository's custom code is not needed.",
    ),
    QT_TRANSLATE_NOOP("RecommendedModels", "Small English model with a permissive licence."),
)


def note_text(note: str) -> str:
    return translate("RecommendedModels", note) if note else ""


class ModelSearchPanel(QWidget):
    model_chosen = Signal(str, object)  # repo id, and the RecommendedModel or SearchResult row (or None)

    COLUMNS = ("model", "parameters", "size", "card", "downloads", "licence", "access")

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = HubSettings()
        self.mode = "recommended"
        self._request = 0
        self._calls: list[HubCall] = []

        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Search the Hub by name, or paste owner/name"))
        self.search_edit.setToolTip(
            self.tr("A name searches the Hub. owner/name or a model page address opens that model's details too.")
        )
        self.search_edit.returnPressed.connect(self.search)
        self.search_button = QPushButton(self.tr("Search"))
        self.search_button.setToolTip(self.tr("Search the Hub (Enter)."))
        self.search_button.clicked.connect(self.search)
        self.recommended_button = QPushButton(self.tr("Recommended"))
        self.recommended_button.setToolTip(self.tr("The base models Lorasmith suggests, from 0.5B to 14B parameters."))
        self.recommended_button.clicked.connect(self.show_recommended)
        row = QHBoxLayout()
        row.addWidget(self.search_edit, 1)
        row.addWidget(self.search_button)
        row.addWidget(self.recommended_button)

        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self._build_table()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(row)
        layout.addWidget(self.caption)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.show_recommended()

    def _build_table(self) -> None:
        """The list of models, one column per COLUMNS entry."""
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setUniformRowHeights(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setHeaderLabels(
            [
                self.tr("Model"),
                self.tr("Parameters"),
                self.tr("Download"),
                self.tr("Card"),
                self.tr("Downloads"),
                self.tr("Licence"),
                self.tr("Access"),
            ]
        )
        header_item = self.table.headerItem()
        header_item.setToolTip(2, self.tr("Size of the files Lorasmith downloads (≈: from the parameter count)."))
        header_item.setToolTip(3, self.tr("The smallest graphics card (VRAM) that trains it at the default settings."))
        header_item.setToolTip(4, self.tr("Downloads on the Hub in the last month."))
        header = self.table.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)

    def set_settings(self, settings: HubSettings) -> None:
        self.settings = settings

    # --- recommended ------------------------------------------------------------------------------
    def show_recommended(self) -> None:
        from core.hub.search import recommended_models

        self._request += 1  # an answer to an earlier search no longer matters
        self.mode = "recommended"
        self.caption.setText(
            self.tr(
                "Recommended base models: small instruct models from the common families. "
                "Select one to see whether it fits your card."
            )
        )
        self.table.clear()
        for model in recommended_models():
            size = format_bytes(model.download_bytes) if model.size_exact else "≈ " + format_bytes(model.download_bytes)
            item = self._item(
                model.repo_id,
                model,
                [
                    model.repo_id,
                    format_parameters(model.parameters),
                    size,
                    self.tr("{0} GB").format(model.vram_tier_gb),
                    "",
                    model.license,
                    self.tr("Gated") if model.gated else self.tr("Open"),
                ],
            )
            item.setToolTip(0, note_text(model.note))
        self.table.setColumnHidden(3, False)
        self.table.setColumnHidden(4, True)
        self.table.setColumnHidden(5, False)
        set_status(self.status, "")

    # --- search -----------------------------------------------------------------------------------
    def search(self) -> None:
        from core.hub.search import search_models

        text = self.search_edit.text().strip()
        if not text:
            self.show_recommended()
            return
        if "/" in text:  # owner/name or a page address: open that model directly too
            try:
                self.model_chosen.emit(normalise_repo_id(text), None)
            except HubError:
                pass
        self._request += 1
        request = self._request
        self.mode = "search"
        self.caption.setText(
            self.tr(
                "Hub models matching “{0}”: text generation, safetensors weights, for "
                "transformers; most downloaded first."
            ).format(text)
        )
        self.table.clear()
        self.table.setColumnHidden(3, True)  # the card tier is known for recommended models only
        self.table.setColumnHidden(4, False)
        self.table.setColumnHidden(5, True)  # the licence comes with the details
        set_status(self.status, self.tr("Searching…"), "muted")
        endpoint = self.settings.endpoint or None
        call = HubCall(
            search_models, text, limit=SEARCH_LIMIT, endpoint=endpoint, offline=self.settings.offline, parent=self
        )
        call.done.connect(lambda results, r=request: self._found(r, text, results))
        call.failed.connect(lambda error, r=request: self._search_failed(r, error))
        self._start(call)

    def _found(self, request: int, text: str, results: list) -> None:
        if request != self._request:
            return
        self.table.clear()
        for result in results:
            size = "≈ " + format_bytes(2 * result.parameters) if result.parameters else "—"
            self._item(
                result.repo_id,
                result,
                [
                    result.repo_id,
                    format_parameters(result.parameters),
                    size,
                    "",
                    count_text(result.downloads),
                    "",
                    self.tr("Gated") if result.gated else self.tr("Open"),
                ],
            )
        if results:
            n = len(results)
            found = self.tr("%n model(s) found. Select one for its details.", "", n)
            set_status(self.status, plural(found, n), "muted")
        else:
            set_status(
                self.status,
                self.tr(
                    "No text-generation models with safetensors weights match “{0}”. "
                    "Try a shorter name, such as the model family."
                ).format(text),
            )

    def _search_failed(self, request: int, error) -> None:
        if request == self._request:
            set_status(self.status, error_text(error, settings=self.settings), "error")

    # --- rows -----------------------------------------------------------------------------------
    def _item(self, repo_id: str, obj, texts: list[str]) -> QTreeWidgetItem:
        item = QTreeWidgetItem([str(t) for t in texts])
        item.setData(0, REPO_ROLE, repo_id)
        item.setData(0, OBJECT_ROLE, obj)
        for column in (1, 2, 3, 4):
            item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.addTopLevelItem(item)
        return item

    def repo_ids(self) -> list[str]:
        return [self.table.topLevelItem(i).data(0, REPO_ROLE) for i in range(self.table.topLevelItemCount())]

    def select(self, repo_id: str) -> bool:
        for i in range(self.table.topLevelItemCount()):
            item = self.table.topLevelItem(i)
            if item.data(0, REPO_ROLE) == repo_id:
                self.table.setCurrentItem(item)
                return True
        return False

    def _selection_changed(self) -> None:
        item = self.table.currentItem()
        if item is not None and item.isSelected():
            self.model_chosen.emit(item.data(0, REPO_ROLE), item.data(0, OBJECT_ROLE))

    # --- threads --------------------------------------------------------------------------------
    def _start(self, call: HubCall) -> None:
        self._calls.append(call)
        call.finished.connect(lambda c=call: self._calls.remove(c) if c in self._calls else None)
        call.finished.connect(call.deleteLater)
        call.start()

    def busy(self) -> bool:
        """True until every answer asked for has been shown (a call leaves the list after its answer)."""
        return bool(self._calls)

    def shutdown(self) -> None:
        finish_threads(list(self._calls))
