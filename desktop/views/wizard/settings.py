"""The proposed-settings step both wizards share: the planner's proposal, live memory bar, reasons, time.

The wizard gives the page its inputs through `plan_inputs()` (a PlanInputs, or
None while the computer is still being looked at). The six settings that decide
memory can be changed; a changed one is kept as the user set it and the others
are proposed again around it (see core.planning.refit). The rest of the proposal
(batch, epochs, learning rate, ...) is shown with its reasons.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from core.config import RunConfig
from core.planning.demo import demo_config
from core.planning.duration import training_seconds, training_steps
from core.planning.estimate import GIB, max_positions, model_parameter_count
from core.planning.plan import Plan, propose_for_hardware
from core.planning.refit import EDITABLE, Fitted, refit
from desktop.views.train import texts as train_texts
from desktop.views.wizard.pages import PlanInputs, bold, duration_text, muted, scrolled_page
from desktop.views.wizard.reasons import translate_all, translate_reason
from desktop.views.wizard.vram import VramBar

MICRO_CHOICES = (1, 2, 4, 8, 16, 32)
RANK_CHOICES = (4, 8, 16, 32, 64, 128)
OPTIMIZERS = ("paged_adamw_8bit", "adamw_8bit", "adamw_torch", "adafactor")
SHOWN = (
    "batch_size",
    "epochs",
    "learning_rate",
    "warmup_ratio",
    "validation_split",
    "eval_steps",
    "save_steps",
    "quantization",
    "device",
    "vram_budget_gib",
)


class SettingsPage(QWizardPage):
    changed = Signal()  # after every update of the proposal (tests and the first-run wizard)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Proposed settings"))
        body = scrolled_page(
            self,
            self.tr(
                "These settings are worked out for this computer, the model and your dataset, each with the reason for "
                "it. The bar shows the memory training will need, part by part. Change any setting and the others "
                "adjust so that it still fits."
            ),
        )
        self.inputs: PlanInputs | None = None
        self.plan: Plan | None = None
        self.fitted: Fitted | None = None
        self.pinned: dict = {}
        self.own_reasons: dict[str, str] = {}
        self._loading = False

        self._build_memory_box(body)

        self.editors: dict[str, QWidget] = {}
        self.reasons: dict[str, QLabel] = {}
        self.names: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        self._build_editors_box(body)
        self._build_rest_box(body)
        body.addStretch(1)

    def _build_memory_box(self, body: QVBoxLayout) -> None:
        """The memory bar, the time the run takes, and the planner's messages."""
        memory = QGroupBox(self.tr("Memory"))
        memory_layout = QGridLayout(memory)
        self.bar = VramBar()
        self.time_label = QLabel()
        self.time_label.setWordWrap(True)
        self.messages = muted()
        memory_layout.addWidget(self.bar, 0, 0)
        memory_layout.addWidget(self.time_label, 1, 0)
        memory_layout.addWidget(self.messages, 2, 0)
        body.addWidget(memory)

    def _build_editors_box(self, body: QVBoxLayout) -> None:
        """The six settings that decide memory, each with an editor, and the button that undoes changes."""
        choices = QGroupBox(self.tr("Settings that decide memory"))
        grid = self._grid(choices)
        self._add_editor(grid, "micro_batch_size", self._combo([(str(m), m) for m in MICRO_CHOICES]))
        cutoff = QSpinBox()
        cutoff.setRange(16, 131072)
        cutoff.setSingleStep(64)
        cutoff.valueChanged.connect(lambda _v: self._edited("cutoff_len"))
        self._add_editor(grid, "cutoff_len", cutoff)
        self._add_editor(grid, "lora_rank", self._combo([(str(r), r) for r in RANK_CHOICES]))
        self._add_editor(
            grid,
            "lora_targets",
            self._combo(
                [
                    (self.tr("every linear layer"), "all-linear"),
                    (self.tr("attention layers"), "attention"),
                    (self.tr("two attention layers (q, v)"), "qv"),
                ]
            ),
        )
        checkpointing = QCheckBox(self.tr("recompute activations"))
        checkpointing.toggled.connect(lambda _v: self._edited("gradient_checkpointing"))
        self._add_editor(grid, "gradient_checkpointing", checkpointing)
        self._add_editor(
            grid,
            "optimizer",
            self._combo(
                [
                    (self.tr("8-bit AdamW, paged"), "paged_adamw_8bit"),
                    (self.tr("8-bit AdamW"), "adamw_8bit"),
                    (self.tr("AdamW (32-bit)"), "adamw_torch"),
                    (self.tr("Adafactor"), "adafactor"),
                ]
            ),
        )
        self.reset_button = QPushButton(self.tr("Use the proposal"))
        self.reset_button.setToolTip(self.tr("Forget your changes and go back to the proposed settings"))
        self.reset_button.clicked.connect(self.use_proposal)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.reset_button)
        grid.addLayout(row, grid.rowCount(), 0, 1, 3)
        body.addWidget(choices)

    def _build_rest_box(self, body: QVBoxLayout) -> None:
        """The rest of the proposal, shown (not edited) with its reasons."""
        schedule = QGroupBox(self.tr("The rest of the proposal"))
        grid = self._grid(schedule)
        for name in SHOWN:
            value = bold()
            value.setWordWrap(False)
            self._add_row(grid, name, value)
            self.values[name] = value
        body.addWidget(schedule)

    # --- layout helpers --------------------------------------------------------------------------
    def _grid(self, box: QGroupBox) -> QGridLayout:
        grid = QGridLayout(box)
        grid.setColumnStretch(2, 1)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        return grid

    def _combo(self, items: list[tuple[str, object]]) -> QComboBox:
        combo = QComboBox()
        for text, data in items:
            combo.addItem(text, data)
        combo.currentIndexChanged.connect(lambda _i, c=combo: self._edited(c.property("setting")))
        return combo

    def _add_row(self, grid: QGridLayout, name: str, widget: QWidget) -> None:
        r = grid.rowCount()
        self.names[name] = QLabel(self.tr("{0}:").format(train_texts.label(name)))
        grid.addWidget(self.names[name], r, 0)
        grid.addWidget(widget, r, 1)
        reason = muted()
        reason.setMinimumWidth(260)
        grid.addWidget(reason, r, 2)
        self.reasons[name] = reason

    def _add_editor(self, grid: QGridLayout, name: str, editor: QWidget) -> None:
        editor.setProperty("setting", name)
        editor.setMinimumWidth(170)
        self._add_row(grid, name, editor)
        self.editors[name] = editor

    # --- the proposal ------------------------------------------------------------------------------
    def initializePage(self) -> None:
        inputs = self.wizard().plan_inputs() if self.wizard() is not None else None
        if inputs is not None:
            self.set_inputs(inputs)
        elif self.plan is None:
            self.messages.setText(self.tr("Looking at this computer's graphics card…"))

    def set_inputs(self, inputs: PlanInputs) -> None:
        """Propose for these inputs and show it (the user's earlier changes are forgotten)."""
        self.inputs = inputs
        plan = propose_for_hardware(inputs.model_config, inputs.hardware, dataset_stats=inputs.stats, goal=inputs.goal)
        self.own_reasons = {}
        if inputs.demo:
            # The demo model is tiny: at a real model's rate it would barely change in a short run.
            plan.settings["learning_rate"] = demo_config().learning_rate
            self.own_reasons["learning_rate"] = self.tr(
                "The demo model is tiny: it learns at a higher rate than real models."
            )
        self.plan = plan
        self.pinned = {}
        limit = max_positions(inputs.model_config) or 131072
        self.editors["cutoff_len"].setMaximum(max(limit, plan.settings["cutoff_len"]))
        self.refresh()

    def use_proposal(self) -> None:
        self.pinned = {}
        self.refresh()

    def set_setting(self, name: str, value) -> None:
        """Change one setting as the user would (keeps it, re-proposes the others)."""
        editor = self.editors[name]
        if isinstance(editor, QComboBox):
            index = editor.findData(value)
            if index < 0:
                editor.addItem(str(value), value)
                index = editor.count() - 1
            editor.setCurrentIndex(index)
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value))
        else:
            editor.setChecked(bool(value))

    def _edited(self, name: str) -> None:
        if self._loading or self.plan is None or not name:
            return
        editor = self.editors[name]
        if isinstance(editor, QComboBox):
            value = editor.currentData()
        elif isinstance(editor, QSpinBox):
            value = editor.value()
        else:
            value = editor.isChecked()
        if value == self.plan.settings.get(name):
            self.pinned.pop(name, None)
        else:
            self.pinned[name] = value
        self.refresh()

    def refresh(self) -> None:
        plan, inputs = self.plan, self.inputs
        if plan is None:
            return
        self.fitted = fitted = refit(plan, self.pinned)
        s = fitted.settings
        self._loading = True
        try:
            for name in EDITABLE:
                self.set_setting(name, s[name])
        finally:
            self._loading = False
        cpu = plan.device == "cpu"
        hardware = inputs.hardware
        free = hardware.ram_available_bytes if cpu else (hardware.gpu.free_bytes if hardware.gpu else 0)
        self.bar.set_estimate(fitted.estimate.components, free, plan.budget_bytes, cpu=cpu)
        for name, label in self.reasons.items():
            label.setText(self._reason(name))
        for name, label in self.values.items():
            label.setText(self._value_text(name, s[name]) if name in s else "")
            for widget in (label, self.reasons[name], self.names[name]):
                widget.setVisible(name in s)
        self.time_label.setText(self._time_text(s))
        messages = translate_all(plan.messages if not self.pinned else fitted.estimate.notes)
        if self.pinned and not fitted.fits:
            messages.insert(
                0,
                self.tr(
                    "Your choices need about {0:.1f} GiB, more than the {1:.1f} GiB available. "
                    "Lower one of the settings you changed, or press Use the proposal."
                ).format(fitted.estimate.total_bytes / GIB, plan.budget_bytes / GIB),
            )
        self.messages.setText("\n".join(messages))
        self.messages.setVisible(bool(messages))
        self.reset_button.setEnabled(bool(self.pinned))
        self.completeChanged.emit()
        self.changed.emit()

    def _reason(self, name: str) -> str:
        plan, fitted = self.plan, self.fitted
        s = fitted.settings
        if name in self.pinned:
            return self.tr("Your choice; the proposal was {0}.").format(self._value_text(name, plan.settings[name]))
        how = fitted.changed.get(name)
        if name == "micro_batch_size" and how:
            return (
                self.tr("1 example at a time is the most that fits with your choices.")
                if s[name] == 1
                else self.tr("{0} examples at a time is the most that fits with your choices.").format(s[name])
            )
        if name == "cutoff_len" and how:
            return self.tr(
                "Shortened to {0} tokens so that your choices fit in memory; longer examples are cut."
            ).format(s[name])
        if name == "lora_rank" and how:
            return self.tr("Rank {0}, lowered so that your choices fit in memory.").format(s[name])
        if name == "lora_targets" and how:
            return self.tr("Fewer adapter layers, so that your choices fit in memory.")
        if name == "gradient_checkpointing" and how:
            return translate_reason(
                "Recomputes activations instead of storing them: about 30% slower, but it is what makes this fit."
                if s[name]
                else "There is room to keep the activations, so training runs about 30% faster without "
                "recomputing them."
            )
        if name == "batch_size" and (how or s["micro_batch_size"] != plan.settings["micro_batch_size"]):
            micro, batch = s["micro_batch_size"], s["batch_size"]
            times = batch // micro
            return translate_reason(
                f"The model learns from {batch} examples per step ({micro} at a time, {times} "
                f"time{'s' if times > 1 else ''}), which keeps learning smooth."
            )
        if name in self.own_reasons:
            return self.own_reasons[name]
        if name == "optimizer" and name not in plan.reasons:
            return ""
        return translate_reason(plan.reasons.get(name, ""))

    def _value_text(self, name: str, value) -> str:
        if name == "learning_rate":
            return f"{value:.1e}"
        if name in ("warmup_ratio", "validation_split"):
            return f"{value:.0%}"
        if name == "epochs":
            return f"{value:g}"
        if name == "vram_budget_gib":
            return self.tr("{0:.1f} GiB").format(value)
        if name == "device":
            return self.tr("processor (CPU)") if value == "cpu" else self.tr("graphics card (CUDA)")
        if name == "gradient_checkpointing":
            return self.tr("on") if value else self.tr("off")
        editor = self.editors.get(name)
        if isinstance(editor, QComboBox):
            index = editor.findData(value)
            if index >= 0:
                return editor.itemText(index)
        return str(value)

    def _time_text(self, s: dict) -> str:
        inputs = self.inputs
        stats = inputs.stats
        if not stats:
            return self.tr("Choose a dataset for a time estimate.")
        steps = training_steps(s, int(stats.get("rows") or stats.get("count") or 0))
        gpu = inputs.hardware.gpu
        seconds = training_seconds(
            s,
            stats,
            model_parameter_count(inputs.model_config),
            self.plan.device,
            bf16_card=bool(gpu and gpu.bf16),
            cpu_gflops=inputs.cpu_gflops,
        )
        n = steps
        if seconds is None:
            return self.tr("{0} training steps.").format(n)
        where = self.tr("on this processor") if self.plan.device == "cpu" else self.tr("on this graphics card")
        return self.tr(
            "Training time: {0} {1} for {2} steps (a rough estimate; the first steps show the real speed)."
        ).format(duration_text(seconds), where, n)

    # --- result ------------------------------------------------------------------------------------
    def isComplete(self) -> bool:
        return self.fitted is not None and self.fitted.fits

    def settings(self) -> dict:
        return dict(self.fitted.settings) if self.fitted else {}

    def config(self, base: RunConfig | None = None) -> RunConfig:
        """The proposal (with the user's changes) as a RunConfig, on top of `base`'s other settings."""
        inputs = self.inputs
        base = base or RunConfig()
        if base.dataset and base.dataset != inputs.dataset_path:
            # Settings that belonged to the previous dataset.
            base = dataclasses.replace(base, dataset_kind="auto", format_file="", validation_file="")
        values = {k: v for k, v in self.settings().items() if k in RunConfig.__dataclass_fields__}
        if base.overlap_len >= values["cutoff_len"]:
            # Raw-text chunks overlap by less than their length; the default overlap suits 512 tokens and more.
            values["overlap_len"] = values["cutoff_len"] // 4
        return dataclasses.replace(base, **values, model=inputs.model_path, dataset=inputs.dataset_path)
