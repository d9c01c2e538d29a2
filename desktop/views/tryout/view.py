"""Test screen: did the LoRA work? Chat with and without it, measure perplexity, export it.

The header chooses a run and which of its adapters (the final one or any
checkpoint); the three tabs share that choice and one generation child process
(desktop/workers/generation_worker.py), which keeps the model loaded between
requests. Nothing here imports torch: the GUI only reads run folders.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.views.tryout.chat import ChatPanel
from desktop.views.tryout.export import ExportPanel
from desktop.views.tryout.perplexity import PerplexityPanel
from desktop.workers.generation_worker import GenerationWorker, RunInfoLoader


class TryOutView(QWidget):
    status_message = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.worker = GenerationWorker(self)
        self.worker.event.connect(self._on_event)
        self.worker.busy_changed.connect(self._busy_changed)
        self.worker.crashed.connect(self._crashed)
        self.run_dir: Path | None = None
        self.config = None  # core.config.RunConfig of the chosen run
        self.choices: list = []  # core.inference.evaluate.AdapterChoice of the chosen run
        self.best_step: int | None = None  # the chosen run's checkpoint with the lowest validation loss
        self._loaders: list[RunInfoLoader] = []
        self._build()
        self.refresh_runs()

    # --- layout ---------------------------------------------------------------------------------
    def _build(self) -> None:
        title = QLabel(self.tr("Try your LoRA"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        title.setFont(font)
        self.run_combo = QComboBox()
        self.run_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.run_combo.setMinimumContentsLength(18)
        self.run_combo.setToolTip(self.tr("The training run whose adapter to try."))
        self.run_combo.currentIndexChanged.connect(self._run_chosen)
        self.adapter_combo = QComboBox()
        self.adapter_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.adapter_combo.setMinimumContentsLength(16)
        self.adapter_combo.setToolTip(
            self.tr(
                "Last: what the run ended with. Best: the checkpoint with the lowest "
                "validation loss. Or any other checkpoint saved while training."
            )
        )
        self.adapter_combo.currentIndexChanged.connect(self._adapter_chosen)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Look for new runs and checkpoints."))
        self.refresh_button.clicked.connect(self.refresh_runs)
        self.model_label = QLabel()
        self.model_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.model_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addSpacing(16)
        header.addWidget(QLabel(self.tr("Run")))
        header.addWidget(self.run_combo)
        header.addSpacing(8)
        header.addWidget(QLabel(self.tr("Adapter")))
        header.addWidget(self.adapter_combo)
        header.addWidget(self.refresh_button)
        header.addSpacing(8)
        header.addWidget(self.model_label, 1)

        self.chat = ChatPanel()
        self.chat.generate_requested.connect(self.generate)
        self.chat.stop_requested.connect(self.stop)
        self.perplexity = PerplexityPanel()
        self.perplexity.measure_requested.connect(self.measure)
        self.perplexity.stop_requested.connect(self.stop)
        self.export = ExportPanel()
        self.export.export_requested.connect(self.start_export)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.chat, self.tr("Chat"))
        self.tabs.addTab(self.perplexity, self.tr("Perplexity"))
        self.tabs.addTab(self.export, self.tr("Export"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)

    # --- runs and adapters ------------------------------------------------------------------------
    def refresh_runs(self) -> None:
        from core.paths import runs_dir
        from core.training import runs

        current = self.run_dir
        usable = [
            r
            for r in runs.list_runs(runs_dir())
            if r.config is not None and (r.has_adapter or runs.checkpoints(r.path))
        ]
        self.run_combo.blockSignals(True)
        self.run_combo.clear()
        for summary in usable:
            self.run_combo.addItem(summary.name, str(summary.path))
        if not usable:
            self.run_combo.addItem(self.tr("No trained runs yet"), "")
        index = self.run_combo.findData(str(current)) if current else -1
        self.run_combo.setCurrentIndex(max(index, 0))
        self.run_combo.setEnabled(bool(usable))
        self.run_combo.blockSignals(False)
        self._run_chosen()

    def set_run(self, run_dir: Path) -> None:
        """Show this run (for example one that just finished training)."""
        run_dir = Path(run_dir)
        index = self.run_combo.findData(str(run_dir))
        if index < 0:
            self.refresh_runs()
            index = self.run_combo.findData(str(run_dir))
        if index >= 0:
            self.run_combo.setCurrentIndex(index)

    def _run_chosen(self, _index: int = 0) -> None:
        from core.config import RunConfig
        from core.inference.adapters import adapter_choices
        from core.training import runs

        data = self.run_combo.currentData()
        run_dir = Path(data) if data else None
        changed = run_dir != self.run_dir or self.config is None
        self.run_dir = run_dir
        try:
            self.config = RunConfig.load(run_dir / runs.RUN_YAML) if run_dir else None
            self.choices = adapter_choices(run_dir) if run_dir else []
            best = runs.best_checkpoint(run_dir) if run_dir else None
            self.best_step = best[0] if best else None
            early_stopped = bool(run_dir) and runs.summarize(run_dir).stopped_by == "early_stopping"
        except (OSError, ValueError) as exc:
            self.config, self.choices, self.best_step, early_stopped = None, [], None, False
            self.chat.show_status(str(exc), error=True)
        previous = self.adapter_combo.currentData()
        self.adapter_combo.blockSignals(True)
        self.adapter_combo.clear()
        for i, choice in enumerate(self.choices):
            self.adapter_combo.addItem(self.choice_text(choice), i)
        if not self.choices:
            self.adapter_combo.addItem(self.tr("none"), -1)
        if not changed and previous is not None and 0 <= previous < len(self.choices):
            self.adapter_combo.setCurrentIndex(previous)
        elif early_stopped:
            # Early stopping ran on past the best for its patience: offer the best first.
            best = [i for i, c in enumerate(self.choices) if c.step == self.best_step]
            self.adapter_combo.setCurrentIndex(best[0] if best else 0)
        self.adapter_combo.setEnabled(bool(self.choices))
        self.adapter_combo.blockSignals(False)
        if self.config is not None:
            model = Path(self.config.model)
            self.model_label.setText(self.tr("Base model: {0}").format(model.name))
            self.model_label.setToolTip(str(model))
        else:
            self.model_label.clear()
        if changed:
            self.chat.set_prompts(
                [],
                self.tr("Reading the run's dataset…")
                if run_dir
                else self.tr("Train a run first; its held-out rows appear here."),
            )
            self.perplexity.load_saved(run_dir)
            if run_dir is not None:
                self._load_prompts(run_dir)
        self._adapter_chosen()

    def choice_text(self, choice) -> str:
        """Last: what the run ended with (adapter/); best: the lowest validation loss."""
        best = choice.step == self.best_step
        if choice.kind == "final":
            return (self.tr("Last and best (step {0})") if best else self.tr("Last (step {0})")).format(choice.step)
        return (self.tr("Best (step {0})") if best else self.tr("Checkpoint at step {0}")).format(choice.step)

    def current_adapter(self):
        index = self.adapter_combo.currentData()
        return self.choices[index] if isinstance(index, int) and 0 <= index < len(self.choices) else None

    def _adapter_chosen(self, _index: int = 0) -> None:
        from core.inference.export.folders import expected_size

        choice = self.current_adapter()
        sizes = {}
        if choice is not None and self.run_dir is not None:
            checkpoint = None if choice.kind == "final" else choice.step
            for kind in ("adapter", "merged", "ollama"):
                try:
                    sizes[kind] = expected_size(self.run_dir, kind, checkpoint)
                except Exception:  # sizes are a courtesy; the export itself reports real problems
                    pass
        self.export.set_source(self.run_dir, self.choice_text(choice) if choice else "", sizes)

    def _load_prompts(self, run_dir: Path) -> None:
        loader = RunInfoLoader(run_dir, self)
        loader.loaded.connect(self._prompts_loaded)
        loader.finished.connect(lambda loader=loader: self._loader_done(loader))
        self._loaders.append(loader)
        loader.start()

    def _loader_done(self, loader: RunInfoLoader) -> None:
        if loader in self._loaders:
            self._loaders.remove(loader)
        loader.deleteLater()

    def _prompts_loaded(self, run_dir: str, prompts: list, error: str) -> None:
        if self.run_dir is None or Path(run_dir) != self.run_dir:
            return  # the user moved on to another run meanwhile
        if error:
            self.chat.set_prompts([], self.tr("Could not read the run's dataset: {0}").format(error))
        else:
            self.chat.set_prompts(prompts)

    # --- requests -------------------------------------------------------------------------------
    def _base_command(self, panel) -> dict | None:
        if self.run_dir is None or self.config is None:
            panel.show_status(self.tr("Choose a trained run at the top of the screen first."), error=True)
            return None
        return {"run_dir": str(self.run_dir), "model": self.config.model}

    def generate(self) -> None:
        base = self._base_command(self.chat)
        request = self.chat.request() if base else None
        if request is None:
            return
        # A new prompt replaces whatever is still being generated.
        if self.chat.request_id is not None:
            self.worker.stop()
        choice = self.current_adapter()
        sides = [{"name": "adapter", "adapter": str(choice.path)}] if choice else []
        sides.append({"name": "base", "adapter": None})
        ident = self.worker.request({**base, **request, "sides": sides})
        self.chat.begin(ident, with_adapter=choice is not None)

    def measure(self) -> None:
        base = self._base_command(self.perplexity)
        request = self.perplexity.request() if base else None
        if request is None:
            return
        if self.perplexity.request_id is not None:
            self.worker.stop()
        ident = self.worker.request({**base, **request})
        self.perplexity.begin(ident)
        self.perplexity.set_busy(True)

    def start_export(self) -> None:
        base = self._base_command(self.export)
        choice = self.current_adapter()
        request = self.export.request() if base and choice else None
        if request is None:
            return
        request["checkpoint"] = None if choice.kind == "final" else choice.step
        ident = self.worker.request({**base, **request})
        self.export.begin(ident)

    def stop(self) -> None:
        self.worker.stop()

    def stop_generation(self) -> None:
        """Stop a running chat generation (not an export, which the user started on purpose)."""
        if self.chat.request_id is not None:
            self.worker.stop()

    # --- events ---------------------------------------------------------------------------------
    def _on_event(self, event: dict) -> None:
        for panel in (self.chat, self.perplexity, self.export):
            if panel.handle_event(event):
                break
        if event.get("type") == "done" and event.get("cmd") == "export" and not event.get("stopped"):
            self.status_message.emit(self.tr("Exported to {0}").format(event.get("path", "")))

    def _busy_changed(self, busy: bool) -> None:
        self.chat.set_busy(busy)
        self.perplexity.set_busy(busy)

    def _crashed(self, code: int, tail: str) -> None:
        for panel in (self.chat, self.perplexity, self.export):
            if panel.request_id is not None:
                panel.handle_event(
                    {
                        "type": "error",
                        "id": panel.request_id,
                        "message": self.tr("The model process stopped unexpectedly (exit code {0}).").format(code),
                        "hint": self.tr("It starts again with the next request."),
                    }
                )
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("The model process stopped"),
            self.tr(
                "The process that runs the model ended unexpectedly (exit code {0}). Often "
                "this means the computer ran out of memory. It starts again with the next "
                "request."
            ).format(code),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setDetailedText(tail)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()
        self.crash_box = box

    # --- the window's hooks -----------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.worker.busy is False:
            self.refresh_runs()

    def hideEvent(self, event) -> None:
        # Leaving the screen stops a chat generation; nobody is watching it. Minimising the window
        # (a spontaneous hide, from the window system) does not: the user is only waiting.
        if not event.spontaneous():
            self.stop_generation()
        super().hideEvent(event)

    def shutdown(self) -> None:
        self.worker.shutdown()
        for loader in list(self._loaders):
            loader.wait(5000)

    # --- screenshots ------------------------------------------------------------------------------
    def show_sample_content(self) -> None:
        """Fill the chat with a believable comparison (for screenshots; no model is run)."""
        self.chat.show_sample()
