"""Pieces both wizards share: what the settings step needs, page helpers, durations in words."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget, QWizardPage

from core.paths import demo_model_dir, samples_dir

DEMO_DATASET = "demo_persona.json"
WIZARD_SIZE = (920, 700)


translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls


@dataclass
class PlanInputs:
    """Everything the planner needs, gathered by the steps before the settings."""

    model_config: dict
    model_path: str  # folder training will read ('' when not downloaded yet)
    dataset_path: str
    stats: dict | None  # rows and token lengths (None without a dataset)
    goal: str  # "style" or "knowledge"
    hardware: object  # core.planning.hardware.HardwareInfo
    cpu_gflops: float = 0.0

    @property
    def demo(self) -> bool:
        return is_demo_model(self.model_path)


def is_demo_model(path: str | Path | None) -> bool:
    if not path:
        return False
    try:
        return Path(path).resolve() == demo_model_dir().resolve()
    except OSError:
        return False


def demo_dataset() -> Path:
    return samples_dir() / DEMO_DATASET


def explanation(text: str) -> QLabel:
    """The two or three sentences at the top of a step."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setObjectName("wizardExplanation")
    return label


def muted(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def bold(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def scrolled_page(page: QWizardPage, explain: str) -> QVBoxLayout:
    """Give `page` an explanation on top and a scrolling body; returns the body's layout."""
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    page.explanation = explanation(explain)
    outer.addWidget(page.explanation)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    body = QWidget()
    layout = QVBoxLayout(body)
    layout.setContentsMargins(0, 4, 8, 0)
    scroll.setWidget(body)
    outer.addWidget(scroll, 1)
    page.scroll = scroll
    return layout


def duration_text(seconds: float) -> str:
    """'about 3 minutes' in the user's language."""
    if seconds < 10:
        return translate("Wizard", "a few seconds")
    if seconds < 90:
        return translate("Wizard", "about {0} seconds").format(round(seconds))
    if seconds < 90 * 60:
        return translate("Wizard", "about {0} minutes").format(round(seconds / 60))
    if seconds < 48 * 3600:
        return translate("Wizard", "about {0} hours").format(f"{seconds / 3600:.1f}")
    return translate("Wizard", "about {0} days").format(f"{seconds / 86400:.0f}")


def gpu_summary(hardware) -> str:
    gpu = getattr(hardware, "gpu", None)
    if gpu is None:
        return ""
    return translate("Wizard", "{0}: {1:.1f} GiB of video memory, {2:.1f} GiB free").format(
        gpu.name, gpu.total_bytes / 2**30, gpu.free_bytes / 2**30
    )
