"""The getting-started wizard: this computer, a base model, a dataset, the settings, training, the result.

Opened on the first start and from Help. Accepting every default without a GPU
trains the bundled demo model on demo_persona.json on the processor and ends
with its answers without and with the new adapter.

    wizard = FirstRunWizard(window, worker=window.worker, launcher=window.start_run)
    wizard.show()
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtWidgets import QVBoxLayout, QWidget, QWizard, QWizardPage

from core.config import RunConfig
from desktop.views.wizard.dataset import DatasetPage
from desktop.views.wizard.model import ModelPage
from desktop.views.wizard.pages import (
    DEMO_DATASET,
    bold,
    demo_dataset,
    duration_text,
    explanation,
    gpu_summary,
    is_demo_model,
    muted,
)
from desktop.views.wizard.plan_wizard import PlanWizard
from desktop.views.wizard.settings import SettingsPage
from desktop.views.wizard.train import TrainPage, TryPage


class HardwarePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Welcome to Lorasmith"))
        self.headline = bold(self.tr("Looking at this computer…"))
        self.detail = explanation("")
        self.system = muted()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            explanation(
                self.tr(
                    "This guide takes you from a file of examples to your own LoRA adapter in a few steps. First, a look at "
                    "this computer: the graphics card decides which models you can train and how fast."
                )
            )
        )
        layout.addSpacing(8)
        layout.addWidget(self.headline)
        layout.addWidget(self.detail)
        layout.addWidget(self.system)
        layout.addSpacing(16)
        layout.addWidget(bold(self.tr("The steps ahead")))
        steps = (
            self.tr("Choose a base model: the language model your adapter changes."),
            self.tr("Choose a dataset: the examples it learns from."),
            self.tr("Check the proposed settings, each with its reason."),
            self.tr("Train, and watch the loss fall."),
            self.tr("Ask the model something, without and with your adapter."),
        )
        for number, text in enumerate(steps, start=1):
            layout.addWidget(explanation(self.tr("{0}. {1}").format(number, text)))
        layout.addStretch(1)

    def show_hardware(self, hardware, cpu_gflops: float) -> None:
        gpu = hardware.gpu
        if gpu is not None:
            self.headline.setText(gpu_summary(hardware) + ".")
            text = self.tr(
                "Training runs on this card with 4-bit quantisation. The next step lists the models that fit it first."
            )
            if not gpu.bf16:
                text += " " + self.tr(
                    "This card computes in fp16 (bf16 needs an RTX 30xx or newer); that works, a little less steadily."
                )
        else:
            self.headline.setText(self.tr("No NVIDIA graphics card was found."))
            text = self.tr(
                "Lorasmith trains with 4-bit quantisation, which needs an NVIDIA graphics card; AMD and "
                "Intel cards are not supported for 4-bit training yet. You can still train the bundled "
                "demo model on the processor (CPU) to see how everything works."
            )
            seconds = demo_seconds(hardware, cpu_gflops)
            if seconds is not None:
                text += " " + self.tr(
                    "On this processor that takes {0}. Real models would take hours or days here."
                ).format(duration_text(seconds))
        self.detail.setText(text)
        lines = [
            self.tr("Memory: {0:.0f} GiB, {1:.0f} GiB free.").format(
                hardware.ram_total_bytes / 2**30, hardware.ram_available_bytes / 2**30
            )
        ]
        if hardware.disk_free_bytes is not None:
            lines.append(
                self.tr("Free disk space for models and runs: {0:.0f} GiB.").format(hardware.disk_free_bytes / 2**30)
            )
        self.system.setText("\n".join(lines))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.wizard() is not None and self.wizard().hardware is not None


def demo_seconds(hardware, cpu_gflops: float) -> float | None:
    """How long the demo model's proposed run takes on this processor, or None when unmeasured."""
    from core.paths import demo_model_dir
    from core.planning.duration import training_seconds
    from core.planning.estimate import load_model_config, model_parameter_count
    from core.planning.plan import propose_for_hardware
    from desktop.views.wizard.workers import inspect_dataset

    if cpu_gflops <= 0:
        return None
    try:
        config = load_model_config(demo_model_dir())
        report = inspect_dataset(str(demo_dataset()), str(demo_model_dir()))
        plan = propose_for_hardware(config, hardware, dataset_stats=report.stats)
    except (OSError, ValueError):
        return None
    return training_seconds(plan.settings, report.stats, model_parameter_count(config), "cpu", cpu_gflops=cpu_gflops)


class FirstRunWizard(PlanWizard):
    """`worker` and `launcher` (config, name -> run folder) are the main window's; without them it trains alone."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        hardware=None,
        cpu_gflops: float = 0.0,
        worker=None,
        launcher=None,
        show_monitor=None,
    ):
        super().__init__(parent, hardware=hardware, cpu_gflops=cpu_gflops)
        self.setWindowTitle(self.tr("Getting started with Lorasmith"))
        self.run_overrides: dict = {}  # settings applied on top of the proposal (tests lower max_steps)
        self._own_worker = worker is None
        if worker is None:
            from desktop.workers.training_worker import TrainingWorker

            worker = TrainingWorker(self)
        self.worker = worker
        self._launcher = launcher
        self._generation = None
        self.hardware_page = HardwarePage()
        self.model_page = ModelPage(trainable_only=True)
        self.dataset_page = DatasetPage(required=True)
        self.settings_page = SettingsPage()
        self.settings_page.setCommitPage(True)
        self.settings_page.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Start training"))
        self.train_page = TrainPage()
        self.try_page = TryPage()
        for page in (
            self.hardware_page,
            self.model_page,
            self.dataset_page,
            self.settings_page,
            self.train_page,
            self.try_page,
        ):
            self.addPage(page)
        if show_monitor is not None:
            self.train_page.monitor_button.setVisible(True)
            self.train_page.monitor_button.clicked.connect(show_monitor)
        self.hardware_ready.connect(lambda info: self.hardware_page.show_hardware(info, self.cpu_gflops))
        self.look_at_hardware()

    # --- the run -----------------------------------------------------------------------------------
    def run_config(self) -> RunConfig:
        config = self.settings_page.config(RunConfig())
        return dataclasses.replace(config, **self.run_overrides) if self.run_overrides else config

    def launch(self, config: RunConfig) -> Path | None:
        name = "getting-started-" + Path(config.dataset).stem
        if self._launcher is not None:
            return self._launcher(config, name)
        from core.paths import runs_dir
        from core.training.runs import create_run

        if self.worker.is_running():
            return None
        run_dir = create_run(config, runs_dir(), name)
        self.worker.start(run_dir)
        return run_dir

    def use_smaller_settings(self) -> None:
        """After running out of memory: the planner's next step down, kept as the user's choices."""
        from core.planning.plan import next_smaller

        page = self.settings_page
        smaller = next_smaller(dataclasses.replace(page.plan, settings=page.settings()))
        if smaller is not None:
            page.pinned = {k: v for k, v in smaller.settings.items() if k in page.editors}
            page.refresh()

    def inputs_are_demo(self) -> bool:
        return is_demo_model(self.run_config().model)

    def try_prompt(self) -> str:
        if Path(self.run_config().dataset).name == DEMO_DATASET:
            from core.planning.demo import demo_prompts

            prompts = demo_prompts()
            return prompts[0] if prompts else ""
        return ""

    def generation_worker(self):
        if self._generation is None:
            from desktop.workers.generation_worker import GenerationWorker

            self._generation = GenerationWorker(self)
            self._generation.event.connect(self.try_page.handle_event)
        return self._generation

    # --- closing -----------------------------------------------------------------------------------
    def shutdown(self) -> None:
        super().shutdown()
        self.train_page.shutdown()
        if self._generation is not None:
            self._generation.shutdown()
        if self._own_worker and self.worker.is_running():
            self.worker.kill()
            self.worker.wait(10000)
