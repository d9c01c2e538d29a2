"""The details pane: what a model is, what it costs to download, and whether it fits the user's card.

Details come from the Hub off the GUI thread (core.hub.search.model_details); whether
the model fits is the VRAM estimator at Lorasmith's default settings, and when
it does not, the planner's smallest settings (core.planning.plan), against the card
NVML reports (both worked out in lookup.py). A recommended model shows what the shipped list knows at once,
so the pane is useful offline too. Models that need their own Python code are
flagged with the reason, and cannot be downloaded unless the user allows it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from core.hub.search import HubSettings, format_bytes, format_parameters
from desktop.views.dataset.text import plural
from desktop.views.models.common import (
    allow_pickle,
    error_text,
    free_space,
    models_folder,
    pickle_text,
    set_status,
)
from desktop.views.models.lookup import GIB, CardFit, Lookup, look_up
from desktop.views.models.search import note_text
from desktop.workers.download_worker import HubCall, finish_threads


class ModelDetailsPane(QWidget):
    download_requested = Signal(str, bool)  # repo id, allow its custom code

    FIELDS = ("architecture", "parameters", "size", "disk", "licence", "access", "training", "card")

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = HubSettings()
        self.repo_id = ""
        self.recommended = None  # core.hub.search.RecommendedModel
        self.lookup: Lookup | None = None
        self._request = 0
        self._calls: list[HubCall] = []
        self._build_heading()
        form = self._build_fields()
        self._build_notices()
        buttons = self._build_buttons()
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addWidget(self.remote_box)
        layout.addWidget(self.problems)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.clear()

    def _build_heading(self) -> None:
        """The model's name as the title, and the recommended list's note about it."""
        self.title = QLabel(self.tr("Choose a model"))
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLabel(
            self.tr(
                "Select a recommended model or search the Hub; its size, licence and whether it "
                "fits your graphics card appear here."
            )
        )
        self.note.setWordWrap(True)

    def _build_fields(self) -> QFormLayout:
        """One row per FIELDS entry; self.values holds the label that shows each."""
        names = {
            "architecture": self.tr("Architecture"),
            "parameters": self.tr("Parameters"),
            "size": self.tr("Download size"),
            "disk": self.tr("Free disk space"),
            "licence": self.tr("Licence"),
            "access": self.tr("Access"),
            "training": self.tr("Training"),
            "card": self.tr("Your graphics card"),
        }
        self.values: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key in self.FIELDS:
            label = QLabel()
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = label
            form.addRow(names[key], label)
        return form

    def _build_notices(self) -> None:
        """The custom-code warning with its consent box, then the problems and status lines."""
        self.remote_box = QFrame()
        self.remote_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.remote_label = QLabel()
        self.remote_label.setWordWrap(True)
        self.allow_code = QCheckBox(self.tr("Allow this model's custom code (I trust the publisher)"))
        self.allow_code.toggled.connect(self._update_buttons)
        box = QVBoxLayout(self.remote_box)
        box.addWidget(self.remote_label)
        box.addWidget(self.allow_code)
        self.remote_box.hide()
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def _build_buttons(self) -> QHBoxLayout:
        self.download_button = QPushButton(self.tr("Download"))
        self.download_button.setToolTip(
            self.tr(
                "Download what training needs into the models folder. A stopped download continues where it left off."
            )
        )
        self.download_button.clicked.connect(self._download)
        self.page_button = QPushButton(self.tr("Open model page"))
        self.page_button.setToolTip(
            self.tr("Open the model's page on the Hub in your browser (to read its card or accept its licence).")
        )
        self.page_button.clicked.connect(self.open_page)
        buttons = QHBoxLayout()
        buttons.addWidget(self.download_button)
        buttons.addWidget(self.page_button)
        buttons.addStretch(1)
        return buttons

    def set_settings(self, settings: HubSettings) -> None:
        self.settings = settings

    # --- what is shown ----------------------------------------------------------------------------
    def clear(self) -> None:
        self.repo_id, self.recommended, self.lookup = "", None, None
        for label in self.values.values():
            label.setText("—")
        self.remote_box.hide()
        set_status(self.problems, "")
        set_status(self.status, "")
        self._update_buttons()

    def show_model(self, repo_id: str, row=None, look_up_now: bool = True) -> None:
        """Show `repo_id`; `row` is its RecommendedModel or SearchResult when the list had one."""
        from core.hub.search import RecommendedModel, SearchResult

        self.clear()
        self._request += 1
        self.repo_id = repo_id
        self.recommended = row if isinstance(row, RecommendedModel) else None
        self.title.setText(repo_id)
        self.note.setText(note_text(self.recommended.note) if self.recommended else "")
        self.note.setVisible(bool(self.note.text()))
        self.allow_code.setChecked(False)
        if self.recommended is not None:
            rec = self.recommended
            self.values["architecture"].setText(rec.family)
            self.values["training"].setText(self.tr("Yes: Lorasmith can train this architecture."))
            self.values["parameters"].setText(format_parameters(rec.parameters))
            size = format_bytes(rec.download_bytes)
            self.values["size"].setText(size if rec.size_exact else "≈ " + size)
            self.values["licence"].setText(rec.license)
            self._show_access(rec.gated, False, None)
            self.values["card"].setText(
                self.tr("Needs a card with about {0} GB of VRAM at the default settings.").format(rec.vram_tier_gb)
            )
        elif isinstance(row, SearchResult):
            self.values["parameters"].setText(format_parameters(row.parameters))
            self._show_access(row.gated, False, None)
        free = free_space(models_folder(self.settings))
        self.values["disk"].setText(format_bytes(free) if free is not None else self.tr("unknown"))
        self._update_buttons()
        if look_up_now:
            self.refresh()

    def refresh(self) -> None:
        if not self.repo_id:
            return
        if self.settings.offline:
            set_status(
                self.status,
                self.tr("Offline mode: these details come from the list shipped with Lorasmith.")
                if self.recommended
                else self.tr("Offline mode is on: turn it off in the Settings tab to look this model up on the Hub."),
                "muted",
            )
            return
        self._request += 1
        request, repo_id = self._request, self.repo_id
        set_status(self.status, self.tr("Looking up {0} on the Hub…").format(repo_id), "muted")
        call = HubCall(look_up, repo_id, self.settings, allow_pickle(), parent=self)
        call.done.connect(lambda result, r=request: self._looked_up(r, result))
        call.failed.connect(lambda error, r=request: self._failed(r, error))
        self._calls.append(call)
        call.finished.connect(lambda c=call: self._calls.remove(c) if c in self._calls else None)
        call.finished.connect(call.deleteLater)
        call.start()

    def _failed(self, request: int, error) -> None:
        if request != self._request:
            return
        set_status(self.status, error_text(error, self.repo_id, self.settings), "error")
        self.page_button.setEnabled(True)

    def _looked_up(self, request: int, result: Lookup) -> None:
        if request != self._request:
            return
        self.lookup = result
        d = result.details
        v = self.values
        v["architecture"].setText(d.architecture or d.model_type or self.tr("unknown"))
        params = format_parameters(d.parameters)
        v["parameters"].setText(
            self.tr("{0} (estimated from the file size)").format(params) if d.parameters_estimated else params
        )
        n = len(d.files)
        v["size"].setText(plural(self.tr("{0} in %n file(s)", "", n), n).format(format_bytes(d.download_bytes)))
        short = result.free_bytes is not None and result.free_bytes < d.download_bytes + GIB
        free = format_bytes(result.free_bytes) if result.free_bytes is not None else self.tr("unknown")
        set_status(
            v["disk"],
            free
            if not short
            else self.tr(
                "{0}: not enough for this model. Free up space or choose another models folder in the Settings tab."
            ).format(free),
            "error" if short else "",
        )
        v["licence"].setText(d.license or self.tr("not stated; read the model card"))
        self._show_access(d.gated, d.private, result.had_token)
        v["training"].setText(
            self.tr("Yes: Lorasmith can train this architecture.")
            if d.trainable
            else self.tr("Only with the model's custom code (see below).")
            if d.needs_remote_code
            else self.tr(
                "No: Lorasmith cannot train this architecture ('{0}'). It trains decoder-only "
                "text models such as Llama, Qwen, Mistral, Gemma and Phi."
            ).format(d.model_type or "?")
        )
        v["card"].setText(self.fit_text(result.fit, d.gated))
        self.remote_box.setVisible(d.needs_remote_code)
        self.remote_label.setText(
            self.tr(
                "This model needs custom code: its architecture ('{0}') is defined by "
                "Python files in its repository, which would run on your computer with "
                "your permissions when the model loads. Lorasmith refuses it unless you "
                "allow it here."
            ).format(d.model_type or "?")
        )
        problems = []
        if d.weights_format is None:
            problems.append(
                pickle_text(d.repo_id)
                if any("pickle" in p for p in d.problems)
                else self.tr(
                    "This repository has no model weights Lorasmith can use (safetensors). It may "
                    "hold only GGUF, ONNX or adapter files; pick the original model."
                )
            )
        set_status(self.problems, "\n".join(problems), "error")
        set_status(self.status, "")
        self._update_buttons()

    def _show_access(self, gated: bool, private: bool, had_token: bool | None) -> None:
        if gated:
            text = self.tr(
                "Gated: open the model page and accept the licence first; downloading then needs your access token."
            )
            if had_token is False:
                text += " " + self.tr("No token is saved yet (Settings tab).")
        elif private:
            text = self.tr("Private: needs an access token that can read it.")
        else:
            text = self.tr("Open: no account needed.")
        self.values["access"].setText(text)

    def fit_text(self, fit: CardFit, gated: bool = False) -> str:
        if fit.kind == "unknown":
            return (
                self.tr("Unknown until you have access: the model's settings are gated.")
                if gated
                else self.tr("Unknown: the model's config.json does not describe its size.")
            )
        if fit.kind == "cpu":
            return self.tr(
                "No NVIDIA graphics card found, so training would run on the processor (slow above 1B "
                "parameters). On a card it needs about {0:.1f} GiB at the default "
                "settings."
            ).format(fit.need_gib)
        if fit.kind == "fits":
            return self.tr("Fits: about {0:.1f} GiB at the default settings; {1:.1f} GiB is free on {2}.").format(
                fit.need_gib, fit.free_gib, fit.gpu
            )
        if fit.kind == "reduced":
            return self.tr(
                "Fits with smaller settings: the defaults need about {0:.1f} GiB and {1:.1f} GiB is free "
                "on {2}; the wizard lowers the batch or the cutoff length to about {3:.1f} "
                "GiB."
            ).format(fit.need_gib, fit.free_gib, fit.gpu, fit.smallest_gib)
        return self.tr(
            "Too big for {2}: even the smallest settings need about {0:.1f} GiB and {1:.1f} GiB is free. "
            "Choose a smaller model."
        ).format(fit.smallest_gib, fit.free_gib, fit.gpu)

    # --- buttons ----------------------------------------------------------------------------------
    def blocked(self) -> bool:
        """True when what is known says this model cannot be downloaded as things are set."""
        if self.lookup is None:
            return False
        d = self.lookup.details
        if d.needs_remote_code:
            return not self.allow_code.isChecked()
        return not d.trainable or d.weights_format is None

    def _update_buttons(self) -> None:
        self.download_button.setEnabled(bool(self.repo_id) and not self.blocked())
        self.page_button.setEnabled(bool(self.repo_id))

    def _download(self) -> None:
        if self.repo_id and not self.blocked():
            needs_code = self.lookup is not None and self.lookup.details.needs_remote_code
            self.download_requested.emit(self.repo_id, needs_code and self.allow_code.isChecked())

    def page_url(self) -> str:
        from core.hub.search import model_page

        try:
            return model_page(self.repo_id, self.settings.endpoint or None)
        except Exception:  # noqa: BLE001 - a bad endpoint setting: fall back to the public Hub
            return f"https://huggingface.co/{self.repo_id}"

    def open_page(self) -> None:
        if self.repo_id:
            QDesktopServices.openUrl(QUrl(self.page_url()))

    def busy(self) -> bool:
        """True until every answer asked for has been shown (a call leaves the list after its answer)."""
        return bool(self._calls)

    def shutdown(self) -> None:
        finish_threads(list(self._calls))
