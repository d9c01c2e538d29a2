"""The settings wizard: goal, model, dataset, then the proposed settings; its result loads into the Train screen.

wizard = HyperparameterWizard(window, base=train_view.form.config())
if wizard.exec():
    train_view.form.set_config(wizard.result_config())
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QButtonGroup, QRadioButton, QVBoxLayout, QWidget, QWizard, QWizardPage

from core.config import RunConfig
from desktop.views.wizard.dataset import DatasetPage
from desktop.views.wizard.model import ModelPage
from desktop.views.wizard.pages import explanation, muted
from desktop.views.wizard.plan_wizard import PlanWizard
from desktop.views.wizard.settings import SettingsPage


class GoalPage(QWizardPage):
    """What the adapter should learn: a style or format, or knowledge."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("What should the model learn?"))
        self.style_radio = QRadioButton(self.tr("A style or a format"))
        self.knowledge_radio = QRadioButton(self.tr("Knowledge"))
        self.style_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.style_radio)
        group.addButton(self.knowledge_radio)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            explanation(
                self.tr(
                    "The goal decides how much the adapter may learn and how long training goes on. Most people want a "
                    "style or format: a tone of voice, a character, answers in a fixed shape. Knowledge means new facts, "
                    "which needs a larger adapter and more passes over the data."
                )
            )
        )
        layout.addSpacing(8)
        layout.addWidget(self.style_radio)
        layout.addWidget(
            muted(
                self.tr(
                    "For example: answer like a pirate, reply in JSON, write in your company's "
                    "tone, follow a chat format. A small adapter learns this in a few passes."
                )
            )
        )
        layout.addSpacing(8)
        layout.addWidget(self.knowledge_radio)
        layout.addWidget(
            muted(
                self.tr(
                    "For example: your product's manual, a field's terms, facts the model does not "
                    "know. Needs more examples, a higher rank and more passes; check the answers "
                    "carefully, since models can mix learnt facts up."
                )
            )
        )
        layout.addStretch(1)

    def goal(self) -> str:
        return "knowledge" if self.knowledge_radio.isChecked() else "style"

    def set_goal(self, goal: str) -> None:
        (self.knowledge_radio if goal == "knowledge" else self.style_radio).setChecked(True)


class HyperparameterWizard(PlanWizard):
    """Proposes settings for a goal, a model and a dataset; `result_config()` is the RunConfig to load."""

    def __init__(
        self, parent: QWidget | None = None, *, base: RunConfig | None = None, hardware=None, cpu_gflops: float = 0.0
    ):
        super().__init__(parent, hardware=hardware, cpu_gflops=cpu_gflops)
        self.setWindowTitle(self.tr("Settings wizard"))
        self.base = base or RunConfig()
        self.goal_page = GoalPage()
        self.model_page = ModelPage(trainable_only=False)
        self.dataset_page = DatasetPage(required=False)
        self.settings_page = SettingsPage()
        for page in (self.goal_page, self.model_page, self.dataset_page, self.settings_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Use these settings"))
        if self.base.model:
            self.model_page.select_path(self.base.model)
        if self.base.dataset and Path(self.base.dataset).exists():
            self.dataset_page.path_edit.setText(self.base.dataset)
        self.look_at_hardware()

    def _page_changed(self, _id: int) -> None:
        self.goal = self.goal_page.goal()

    def default_dataset(self) -> str:
        return ""

    def result_config(self) -> RunConfig:
        """The Train screen's settings with the proposal (and the user's changes to it) applied."""
        return self.settings_page.config(self.base)
