"""The first-run wizard's last two steps: train (with a small loss curve) and try the result.

Training goes through a TrainingWorker: the main window's when the wizard was
opened from it (so the Monitor screen shows the same run), else the wizard's
own. Trying the result sends one prompt to the generation child, once without
and once with the new adapter.
"""

from __future__ import annotations

from pathlib import Path

import pyqtgraph as pg
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from core.training import runs
from desktop import theme
from desktop.views.tryout.chat import OutputPane
from desktop.views.wizard.pages import bold, explanation, muted

TRY_TOKENS = 60
DEMO_REPETITION_PENALTY = 1.3  # as `lorasmith demo`: the tiny model loops on a phrase without it


class TrainPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Training"))
        self.run_dir: Path | None = None
        self.state = "idle"
        self.total_steps = 0
        self.steps: list[float] = []
        self.losses: list[float] = []
        self.eval_steps: list[float] = []
        self.eval_losses: list[float] = []
        self.end_event: dict | None = None
        self.worker = None
        self._connected = False
        self.status = bold(self.tr("Starting…"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.plot = pg.PlotWidget()
        self.plot.setMinimumHeight(220)
        self.plot.setLabel("bottom", self.tr("step"))
        self.plot.setLabel("left", self.tr("loss"))
        self.plot.showGrid(x=True, y=True, alpha=0.2)
        self.plot.addLegend(offset=(-10, 10))
        self.loss_curve = self.plot.plot([], [], name=self.tr("training loss"))
        self.eval_curve = self.plot.plot([], [], symbol="o", symbolSize=6, name=self.tr("validation loss"))
        self._style_plot()
        self.hint = muted()
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setToolTip(self.tr("Stop after the current step and keep the adapter trained so far"))
        self.stop_button.clicked.connect(self.stop)
        self.retry_button = QPushButton(self.tr("Try again"))
        self.retry_button.clicked.connect(self.retry)
        self.retry_button.setVisible(False)
        self.monitor_button = QPushButton(self.tr("Open the Monitor screen"))
        self.monitor_button.setToolTip(self.tr("Watch every curve, the warnings and the log in the main window"))
        self.monitor_button.setVisible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.monitor_button)
        buttons.addStretch(1)
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.stop_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            explanation(
                self.tr(
                    "Training runs in the background and reports the loss: how far the model's guesses still are from your "
                    "examples. It should fall quickly at first and then level off. You can stop at any time; the adapter "
                    "trained so far is kept."
                )
            )
        )
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)

    def _style_plot(self) -> None:
        c = theme.colors()
        self.plot.setBackground(c["plot_background"])
        self.loss_curve.setPen(pg.mkPen(c["train_smooth"], width=2))
        self.eval_curve.setPen(pg.mkPen(c["eval"], width=2))
        self.eval_curve.setSymbolBrush(pg.mkBrush(c["eval"]))
        self.eval_curve.setSymbolPen(pg.mkPen(c["eval"]))

    # --- running ----------------------------------------------------------------------------------
    def initializePage(self) -> None:
        if self.state == "idle":
            self.start()

    def start(self) -> None:
        wizard = self.wizard()
        for values in (self.steps, self.losses, self.eval_steps, self.eval_losses):
            values.clear()
        self.end_event = None
        self._draw()
        self.retry_button.setVisible(False)
        self.hint.setText("")
        self.worker = wizard.worker
        self._connect(self.worker)
        self.run_dir = wizard.launch(wizard.run_config())
        if self.run_dir is None:
            self._disconnect()
            self.state = "failed"
            self.status.setText(
                self.tr(
                    "Training could not start: another run is going. Wait for it to end, or "
                    "stop it in the Monitor screen, then press Try again."
                )
            )
            self.retry_button.setVisible(True)
        else:
            self.state = "running"
            self.status.setText(self.tr("Loading the model…"))
        self._buttons()
        self.completeChanged.emit()

    def _connect(self, worker) -> None:
        self._connected = True
        worker.started.connect(self._started)
        worker.progress.connect(self._progress)
        worker.evaluated.connect(self._evaluated)
        worker.failed.connect(self._failed)
        worker.state_changed.connect(self._state_changed)

    def _disconnect(self) -> None:
        if self.worker is None or not self._connected:
            return
        self._connected = False
        for signal, slot in (
            (self.worker.started, self._started),
            (self.worker.progress, self._progress),
            (self.worker.evaluated, self._evaluated),
            (self.worker.failed, self._failed),
            (self.worker.state_changed, self._state_changed),
        ):
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                pass

    def _started(self, event: dict) -> None:
        self.total_steps = int(event.get("total_steps") or 0)
        self.progress.setRange(0, max(1, self.total_steps))
        self.status.setText(self.tr("Training on {0} examples…").format(event.get("train_examples", "?")))

    def _progress(self, event: dict) -> None:
        step, loss = event.get("step"), event.get("loss")
        if isinstance(step, (int, float)) and isinstance(loss, (int, float)):
            self.steps.append(float(step))
            self.losses.append(float(loss))
            self.progress.setValue(int(step))
            self.status.setText(
                self.tr("Step {0} of {1}: loss {2:.3f}").format(int(step), self.total_steps or "?", float(loss))
            )
            self._draw()

    def _evaluated(self, event: dict) -> None:
        if isinstance(event.get("eval_loss"), (int, float)):
            self.eval_steps.append(float(event.get("step", 0)))
            self.eval_losses.append(float(event["eval_loss"]))
            self._draw()

    def _draw(self) -> None:
        self.loss_curve.setData(self.steps, self.losses)
        self.eval_curve.setData(self.eval_steps, self.eval_losses)

    def _failed(self, event: dict) -> None:
        self.end_event = event
        self.hint.setText(" ".join(p for p in (event.get("message", ""), event.get("hint", "")) if p))

    def _state_changed(self, state: str) -> None:
        if state in ("running", "stopping"):
            if state == "stopping":
                self.status.setText(self.tr("Stopping after this step…"))
            return
        self.state = state
        self._disconnect()
        self.progress.setRange(0, max(1, self.total_steps))
        if self.adapter_ready():
            if state == "finished":
                self.progress.setValue(self.progress.maximum())
            first, last = (self.losses[0], self.losses[-1]) if self.losses else (0.0, 0.0)
            self.status.setText(
                self.tr("Done: the loss went from {0:.2f} to {1:.2f}. Press Next to try the result.").format(
                    first, last
                )
            )
        elif state == "failed":
            self.status.setText(self.tr("Training stopped with a problem."))
            self.retry_button.setVisible(True)
        else:
            self.status.setText(self.tr("Training ended without an adapter ({0}). Press Try again.").format(state))
            self.hint.setText(self.worker.log_tail(8) if self.worker is not None and state == "crashed" else "")
            self.retry_button.setVisible(True)
        self._buttons()
        self.completeChanged.emit()

    def show_events(self, events: list[dict], run_dir: Path) -> None:
        """Show a recorded run's curve as finished, instead of training (screenshots)."""
        self.run_dir = Path(run_dir)
        handlers = {"started": self._started, "progress": self._progress, "eval": self._evaluated}
        for event in events:
            handlers.get(event.get("type"), lambda _event: None)(event)
        self.state = "finished"
        self.progress.setValue(self.progress.maximum())
        first, last = (self.losses[0], self.losses[-1]) if self.losses else (0.0, 0.0)
        self.status.setText(
            self.tr("Done: the loss went from {0:.2f} to {1:.2f}. Press Next to try the result.").format(first, last)
        )
        self._buttons()
        self.completeChanged.emit()

    def _buttons(self) -> None:
        running = self.state == "running"
        self.stop_button.setEnabled(running)
        self.progress.setVisible(self.state != "idle")

    def stop(self) -> None:
        if self.worker is not None and self.state == "running":
            self.worker.stop()

    def retry(self) -> None:
        wizard = self.wizard()
        if self.end_event and self.end_event.get("code") == "oom":
            wizard.use_smaller_settings()
        self.start()

    def adapter_ready(self) -> bool:
        return self.run_dir is not None and (self.run_dir / runs.ADAPTER / "adapter_config.json").exists()

    def isComplete(self) -> bool:
        return self.state in ("finished", "cancelled") and self.adapter_ready()

    def shutdown(self) -> None:
        self._disconnect()


class TryPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Try the result"))
        self.request_id: int | None = None
        self.worker = None
        self._asked = False
        self.prompt = QLineEdit()
        self.prompt.setPlaceholderText(self.tr("Type a message for the model"))
        self.prompt.returnPressed.connect(self.ask)
        self.ask_button = QPushButton(self.tr("Ask both"))
        self.ask_button.clicked.connect(self.ask)
        row = QHBoxLayout()
        row.addWidget(self.prompt, 1)
        row.addWidget(self.ask_button)
        self.panes = {
            "base": OutputPane(self.tr("Without your adapter"), self.tr("The base model's answer")),
            "adapter": OutputPane(self.tr("With your adapter"), self.tr("The answer after training")),
        }
        answers = QHBoxLayout()
        answers.addWidget(self.panes["base"])
        answers.addWidget(self.panes["adapter"])
        self.status = muted()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            explanation(
                self.tr(
                    "Ask the model the same question twice: as it was, and with your new adapter. If training worked, the "
                    "second answer shows what your examples taught it. The first answer takes a little longer while the "
                    "model loads."
                )
            )
        )
        layout.addLayout(row)
        layout.addLayout(answers, 1)
        layout.addWidget(self.status)

    def initializePage(self) -> None:
        wizard = self.wizard()
        if not self.prompt.text():
            self.prompt.setText(wizard.try_prompt())
        if not self._asked and self.prompt.text().strip():
            self.ask()

    def ask(self) -> None:
        wizard = self.wizard()
        question = self.prompt.text().strip()
        run_dir = wizard.train_page.run_dir
        if not question or run_dir is None:
            self.status.setText(self.tr("Type a message first."))
            return
        self.worker = wizard.generation_worker()
        if self.request_id is not None:
            self.worker.stop()
        self._asked = True
        config = wizard.run_config()
        penalty = DEMO_REPETITION_PENALTY if wizard.inputs_are_demo() else 1.0
        self.request_id = self.worker.request(
            {
                "cmd": "generate",
                "model": config.model,
                "run_dir": str(run_dir),
                "question": question,
                "sides": [
                    {"name": "base", "adapter": None},
                    {"name": "adapter", "adapter": str(run_dir / runs.ADAPTER)},
                ],
                "settings": {"max_new_tokens": TRY_TOKENS, "repetition_penalty": penalty},
            }
        )
        for pane in self.panes.values():
            pane.clear()
        self.status.setText(self.tr("Loading the model… (the first time takes longest)"))

    def handle_event(self, event: dict) -> None:
        if self.request_id is None or event.get("id") != self.request_id:
            return
        kind, side = event.get("type"), event.get("side")
        if kind == "side_started" and side in self.panes:
            self.status.setText(
                self.tr("Answering with your adapter…")
                if side == "adapter"
                else self.tr("Answering without your adapter…")
            )
        elif kind == "token" and side in self.panes:
            self.panes[side].append(event.get("text", ""))
        elif kind == "side_done" and side in self.panes:
            self.panes[side].set_text(event.get("text", ""))
        elif kind == "done":
            self.request_id = None
            self.status.setText(self._done_text())
        elif kind == "error":
            self.request_id = None
            self.status.setText(" ".join(p for p in (event.get("message", ""), event.get("hint", "")) if p))

    def show_answers(self, question: str, answers: dict[str, str]) -> None:
        """Show a question with its two answers, without asking the model (screenshots)."""
        self._asked = True
        self.prompt.setText(question)
        for side, text in answers.items():
            self.panes[side].set_text(text)
        self.status.setText(self._done_text())

    def _done_text(self) -> str:
        return self.tr(
            "Done. Ask something else, or press Finish; the Test screen has more ways to try and export your adapter."
        )

    def answers(self) -> dict[str, str]:
        return {side: pane.value() for side, pane in self.panes.items()}
