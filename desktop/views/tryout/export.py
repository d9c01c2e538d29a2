"""The Test screen's export tab: the adapter as is, a merged model, or an Ollama Modelfile."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop import theme

KINDS = ("adapter", "merged", "ollama")


class ExportPanel(QWidget):
    export_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.request_id: int | None = None
        self.run_name = ""
        self.exported: Path | None = None
        self._out_edited = False
        self._build()

    def _build(self) -> None:
        grid = self._build_kind_choice()
        self.adapter_label = QLabel()
        out_row = self._build_out_row()
        action = self._build_action_row()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.addLayout(grid)
        layout.addSpacing(6)
        layout.addWidget(self.adapter_label)
        layout.addLayout(out_row)
        layout.addLayout(action)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def _kind_texts(self) -> dict[str, tuple[str, str]]:
        """Each kind's (title, what it is and where it loads)."""
        return {
            "adapter": (
                self.tr("Adapter only"),
                self.tr(
                    "The LoRA folder (a few MB) with a README naming the base model, the settings and "
                    "the data. For transformers and PEFT, text-generation-webui, and sharing."
                ),
            ),
            "merged": (
                self.tr("Merged model"),
                self.tr(
                    "A complete model with the LoRA built into its 16-bit weights, with tokenizer and "
                    "chat template. Loads anywhere transformers does; as large as the base model."
                ),
            ),
            "ollama": (
                self.tr("Ollama"),
                self.tr(
                    "The adapter and a Modelfile that points at the base model, with the chat template "
                    "in Ollama's form. Create the model with one ollama create command."
                ),
            ),
        }

    def _build_kind_choice(self) -> QGridLayout:
        """One row per kind: its radio button, what it is, and its expected size."""
        texts = self._kind_texts()
        self.choice = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        self.sizes: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setColumnStretch(1, 1)
        bold = QFont(self.font())
        bold.setBold(True)
        for row, kind in enumerate(KINDS):
            title, text = texts[kind]
            radio = QRadioButton(title)
            radio.setFont(bold)
            radio.toggled.connect(self._kind_changed)
            self.choice.addButton(radio)
            self.radios[kind] = radio
            explanation = QLabel(text)
            explanation.setWordWrap(True)
            size = QLabel()
            size.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            self.sizes[kind] = size
            grid.addWidget(radio, row * 2, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(explanation, row * 2, 1)
            grid.addWidget(size, row * 2, 2, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
            grid.setRowMinimumHeight(row * 2 + 1, 8)
        self.radios["adapter"].setChecked(True)
        return grid

    def _build_out_row(self) -> QHBoxLayout:
        self.out_edit = QLineEdit()
        self.out_edit.setPlaceholderText(self.tr("A new folder for the export"))
        self.out_edit.textEdited.connect(self._out_changed)
        self.browse_button = QPushButton(self.tr("Browse…"))
        self.browse_button.clicked.connect(self._browse)
        out_row = QHBoxLayout()
        out_row.addWidget(QLabel(self.tr("Save to:")))
        out_row.addWidget(self.out_edit, 1)
        out_row.addWidget(self.browse_button)
        return out_row

    def _build_action_row(self) -> QHBoxLayout:
        """Export, its progress, and Open folder once it is done."""
        self.export_button = QPushButton(self.tr("Export"))
        self.export_button.clicked.connect(self.export_requested)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.setTextVisible(False)
        self.progress.setVisible(False)
        self.open_button = QPushButton(self.tr("Open folder"))
        self.open_button.setVisible(False)
        self.open_button.clicked.connect(self._open_folder)
        action = QHBoxLayout()
        action.addWidget(self.export_button)
        action.addWidget(self.progress, 1)
        action.addWidget(self.open_button)
        action.addStretch(0)
        return action

    # --- selection ------------------------------------------------------------------------------
    def kind(self) -> str:
        return next(kind for kind, radio in self.radios.items() if radio.isChecked())

    def set_source(self, run_dir: Path | None, adapter_text: str, sizes: dict[str, int]) -> None:
        """The run and adapter the header has chosen, and the expected size of each export."""
        self.run_name = Path(run_dir).name if run_dir else ""
        self.adapter_label.setText(
            self.tr("Exports: {0}").format(adapter_text)
            if adapter_text
            else self.tr("Choose a run with an adapter above.")
        )
        for kind, label in self.sizes.items():
            size = sizes.get(kind)
            label.setText(self.tr("about {0}").format(format_size(size)) if size else "")
        self.export_button.setEnabled(bool(adapter_text))
        if not self._out_edited:
            self.out_edit.setText(str(self.default_folder()) if self.run_name else "")

    def default_folder(self) -> Path:
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(
            Path.home()
        )
        base = Path(documents) / "Lorasmith exports" / f"{self.run_name}-{self.kind()}"
        candidate, n = base, 2
        while candidate.exists() and any(candidate.iterdir()):
            candidate, n = base.with_name(f"{base.name}-{n}"), n + 1
        return candidate

    def _kind_changed(self, checked: bool) -> None:
        if checked and not self._out_edited and self.run_name:
            self.out_edit.setText(str(self.default_folder()))

    def _out_changed(self, _text: str) -> None:
        self._out_edited = True

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Where to put the export"), str(Path(self.out_edit.text()).parent)
        )
        if folder:
            self.out_edit.setText(str(Path(folder) / f"{self.run_name}-{self.kind()}"))
            self._out_edited = True

    # --- requests -------------------------------------------------------------------------------
    def request(self) -> dict | None:
        out = self.out_edit.text().strip()
        if not out:
            self.show_status(self.tr("Choose where to save the export."), error=True)
            return None
        return {"cmd": "export", "kind": self.kind(), "out": out}

    def begin(self, request_id: int) -> None:
        self.request_id = request_id
        self.exported = None
        self.open_button.setVisible(False)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.export_button.setEnabled(False)
        self.show_status(self.tr("Exporting…"))

    def handle_event(self, event: dict) -> bool:
        if self.request_id is None or event.get("id") != self.request_id:
            return False
        kind = event["type"]
        if kind == "progress":
            self.progress.setValue(int(100 * float(event.get("fraction") or 0)))
            self.show_status(self.stage_text(event.get("stage", "")))
        elif kind in ("done", "error"):
            self.request_id = None
            self.export_button.setEnabled(True)
            self.progress.setVisible(False)
            if kind == "error":
                self.show_status(
                    event.get("message", "") + (" " + event["hint"] if event.get("hint") else ""), error=True
                )
            elif event.get("stopped"):
                self.show_status(self.tr("Stopped."))
            else:
                self.exported = Path(event.get("path", ""))
                self.open_button.setVisible(True)
                self._out_edited = False
                self.show_status(self.done_text(self.exported))
        return True

    def stage_text(self, stage: str) -> str:
        stages = {
            "checking disk space and memory": self.tr("Checking disk space and memory…"),
            "loading the base model": self.tr("Loading the base model in 16-bit…"),
            "applying the adapter": self.tr("Applying the adapter…"),
            "merging the adapter into the weights": self.tr("Merging the adapter into the weights…"),
            "saving the merged weights": self.tr("Saving the merged weights…"),
            "copying the tokenizer and chat template": self.tr("Copying the tokenizer and chat template…"),
            "copying the adapter": self.tr("Copying the adapter…"),
            "done": self.tr("Finishing…"),
        }
        return stages.get(stage, stage)

    def done_text(self, folder: Path) -> str:
        if self.kind() == "ollama":
            return self.tr(
                "Exported to {0}. To use it in Ollama, open a terminal in that folder and run: "
                "ollama create {1} -f Modelfile (README.md there explains more)."
            ).format(folder, _ollama_name(self.run_name))
        return self.tr("Exported to {0}.").format(folder)

    def show_status(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {theme.color_css('error_text')};" if error else "")

    def _open_folder(self) -> None:
        if self.exported is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.exported)))


def _ollama_name(run_name: str) -> str:
    from core.inference.export.folders import ollama_model_name

    return ollama_model_name(run_name)


def format_size(size: int) -> str:
    if size >= 2**30:
        return f"{size / 2**30:.1f} GB"
    if size >= 2**20:
        return f"{size / 2**20:.0f} MB"
    return f"{max(size, 1) / 2**10:.0f} KB"
