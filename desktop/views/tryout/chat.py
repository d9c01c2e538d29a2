"""The Test screen's chat tab: one prompt, answered without and with the adapter side by side.

Quick prompts (the run's validation rows) fill the prompt and show the answer
the dataset gives beside both outputs. Text streams in as the child process
generates it; a new prompt, Stop, or leaving the screen stops generation.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QPalette, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDoubleSpinBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop import theme

# Sides in the order they are generated: the adapter's answer, the one the user trained for, comes first.
SIDES = ("adapter", "base")


class OutputPane(QFrame):
    """A titled, read-only text box that text can stream into."""

    def __init__(self, title: str, placeholder: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = QLabel(title)
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        self.detail = QLabel()
        self.detail.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setPlaceholderText(placeholder)
        self.text.setMinimumWidth(160)
        # The detail (tokens, time, "stopped") goes under the text, where a narrow pane still has room for it.
        self.detail.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.detail)

    def clear(self) -> None:
        self.text.clear()
        self.detail.clear()

    def append(self, chunk: str) -> None:
        cursor = self.text.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(chunk)
        self.text.setTextCursor(cursor)
        self.text.ensureCursorVisible()

    def set_text(self, text: str) -> None:
        self.text.setPlainText(text)

    def value(self) -> str:
        return self.text.toPlainText()


class ChatPanel(QWidget):
    """Asks the TryOutView (through generate_requested) to run a prompt; shows the streamed answers."""

    generate_requested = Signal()
    stop_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.prompts: list = []  # core.inference.evaluate.QuickPrompt
        self.chosen_prompt = None  # the quick prompt the prompt box still holds, unedited
        self.request_id: int | None = None
        self.counts = {side: 0 for side in SIDES}
        self._build()
        self.set_busy(False)

    # --- layout ---------------------------------------------------------------------------------
    def _build(self) -> None:
        left = self._build_prompt_list()
        prompt_row = self._build_prompt_row()
        settings = self._build_sampling_settings()
        outputs = self._build_outputs()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(prompt_row)
        right_layout.addLayout(settings)
        right_layout.addWidget(outputs, 1)
        right_layout.addWidget(self.status)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setSizes([240, 860])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(split)

    def _build_prompt_list(self) -> QWidget:
        """The quick prompts: the run's validation rows, with a note on where they come from."""
        self.prompts_title = QLabel(self.tr("Quick prompts"))
        font = QFont(self.prompts_title.font())
        font.setBold(True)
        self.prompts_title.setFont(font)
        self.prompts_note = QLabel(self.tr("Rows the run held out for validation. Click one to try it."))
        self.prompts_note.setWordWrap(True)
        self.prompts_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.prompt_list = QListWidget()
        self.prompt_list.setWordWrap(True)
        self.prompt_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.prompt_list.setUniformItemSizes(False)
        self.prompt_list.setSpacing(2)
        self.prompt_list.itemClicked.connect(self._prompt_clicked)
        self.prompt_list.itemActivated.connect(self._prompt_clicked)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.prompts_title)
        left_layout.addWidget(self.prompts_note)
        left_layout.addWidget(self.prompt_list, 1)
        left.setMinimumWidth(180)
        return left

    def _build_prompt_row(self) -> QHBoxLayout:
        """The prompt box with Generate and Stop beside it."""
        self.prompt_edit = QPlainTextEdit()
        self.prompt_edit.setPlaceholderText(self.tr("Type a message for the model, or pick a quick prompt."))
        self.prompt_edit.setFixedHeight(self.prompt_edit.fontMetrics().lineSpacing() * 4 + 14)
        self.prompt_edit.textChanged.connect(self._prompt_edited)
        self.generate_button = QPushButton(self.tr("Generate"))
        self.generate_button.setDefault(True)
        self.generate_button.setToolTip(self.tr("Answer the prompt without and with the adapter (Ctrl+Enter)."))
        self.generate_button.clicked.connect(self.generate_requested)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setToolTip(self.tr("Stop generating; the text so far stays."))
        self.stop_button.clicked.connect(self.stop_requested)
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(key), self.prompt_edit, activated=self.generate_requested.emit)
        buttons = QVBoxLayout()
        buttons.addWidget(self.generate_button)
        buttons.addWidget(self.stop_button)
        buttons.addStretch(1)
        prompt_row = QHBoxLayout()
        prompt_row.addWidget(self.prompt_edit, 1)
        prompt_row.addLayout(buttons)
        return prompt_row

    def _build_sampling_settings(self) -> QHBoxLayout:
        """Temperature, top-p, length, seed and repetition penalty, in one row of captioned boxes."""
        self.temperature = QDoubleSpinBox(decimals=2, minimum=0.0, maximum=2.0, singleStep=0.1, value=0.0)
        self.temperature.setToolTip(
            self.tr(
                "How adventurous the choice of words is. 0 always takes the likeliest "
                "word, so the same prompt gives the same answer; 0.7 is typical for "
                "chatting."
            )
        )
        self.top_p = QDoubleSpinBox(decimals=2, minimum=0.05, maximum=1.0, singleStep=0.05, value=1.0)
        self.top_p.setToolTip(
            self.tr(
                "Choose only among the likeliest words that together make up this share "
                "(1 considers all). Used when the temperature is above 0."
            )
        )
        self.max_tokens = QSpinBox(minimum=1, maximum=8192, singleStep=32, value=200)
        self.max_tokens.setToolTip(self.tr("The longest answer, in tokens (a token is a word or part of one)."))
        self.seed = QSpinBox(minimum=0, maximum=2**31 - 1, value=0)
        self.seed.setToolTip(
            self.tr(
                "Random seed. With the same seed both sides draw the same random numbers, "
                "so a comparison can be repeated exactly."
            )
        )
        self.repetition = QDoubleSpinBox(decimals=2, minimum=1.0, maximum=2.0, singleStep=0.05, value=1.0)
        self.repetition.setToolTip(
            self.tr(
                "Above 1 discourages repeating words already written. Small models "
                "tend to loop on one phrase; 1.1 to 1.3 helps. 1 turns it off."
            )
        )
        for box in (self.temperature, self.top_p, self.max_tokens, self.seed, self.repetition):
            box.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.UpDownArrows)
            box.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        settings = QHBoxLayout()
        for label, box in (
            (self.tr("Temperature"), self.temperature),
            (self.tr("Top-p"), self.top_p),
            (self.tr("Max new tokens"), self.max_tokens),
            (self.tr("Seed"), self.seed),
            (self.tr("Repetition penalty"), self.repetition),
        ):
            caption = QLabel(label)
            caption.setBuddy(box)
            settings.addWidget(caption)
            settings.addWidget(box)
            settings.addSpacing(14)
        settings.addStretch(1)
        return settings

    def _build_outputs(self) -> QSplitter:
        """Without the adapter, with it, and the dataset's own answer, side by side."""
        self.panes = {
            "base": OutputPane(self.tr("Without the adapter"), self.tr("The base model's answer appears here.")),
            "adapter": OutputPane(self.tr("With the adapter"), self.tr("The answer with your LoRA appears here.")),
        }
        self.expected = OutputPane(
            self.tr("Expected answer"), self.tr("Pick a quick prompt to see the answer your dataset gives.")
        )
        # The dataset's answer is a reference, not model output: a quieter background tells them apart.
        self.expected.text.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.expected.text.viewport().setBackgroundRole(QPalette.ColorRole.AlternateBase)
        outputs = QSplitter(Qt.Orientation.Horizontal)
        outputs.setChildrenCollapsible(False)
        for pane in (self.panes["base"], self.panes["adapter"], self.expected):
            outputs.addWidget(pane)
        return outputs

    # --- quick prompts ------------------------------------------------------------------------
    def set_prompts(self, prompts: list, message: str = "") -> None:
        self.prompts = list(prompts)
        self.prompt_list.clear()
        for index, prompt in enumerate(self.prompts):
            text = prompt.question if len(prompt.question) <= 140 else prompt.question[:137] + "…"
            item = QListWidgetItem(text.replace("\n", " "))
            item.setToolTip(prompt.question)
            item.setData(Qt.ItemDataRole.UserRole, index)
            self.prompt_list.addItem(item)
        if message:
            self.prompts_note.setText(message)
        elif self.prompts and self.prompts[0].split == "training":
            self.prompts_note.setText(
                self.tr(
                    "The run held out no validation rows, so these are its first training rows. Click one to try it."
                )
            )
        elif self.prompts:
            self.prompts_note.setText(self.tr("Rows the run held out for validation. Click one to try it."))
        else:
            self.prompts_note.setText(self.tr("This run's dataset gives no prompts to pick from."))

    def _prompt_clicked(self, item: QListWidgetItem) -> None:
        self.choose_prompt(item.data(Qt.ItemDataRole.UserRole))
        self.generate_requested.emit()

    def choose_prompt(self, index: int) -> None:
        prompt = self.prompts[index]
        self.prompt_edit.blockSignals(True)
        self.prompt_edit.setPlainText(prompt.question)
        self.prompt_edit.blockSignals(False)
        self.chosen_prompt = prompt
        self.expected.set_text(prompt.expected)
        self.prompt_list.setCurrentRow(index)

    def _prompt_edited(self) -> None:
        # An edited quick prompt is a new message: render it afresh, and the dataset's answer no longer applies.
        if self.chosen_prompt is not None:
            self.chosen_prompt = None
            self.expected.clear()
            self.prompt_list.clearSelection()

    # --- a request ----------------------------------------------------------------------------
    def request(self) -> dict | None:
        """The generate command for the prompt box (without model and adapter), or None when empty."""
        question = self.prompt_edit.toPlainText().strip()
        if not question:
            self.show_status(self.tr("Type a message first, or pick a quick prompt."), error=True)
            return None
        command = {
            "cmd": "generate",
            "question": question,
            "settings": {
                "max_new_tokens": self.max_tokens.value(),
                "temperature": self.temperature.value(),
                "top_p": self.top_p.value(),
                "seed": self.seed.value(),
                "repetition_penalty": self.repetition.value(),
            },
        }
        if self.chosen_prompt is not None:
            command["prompt_text"] = self.chosen_prompt.prompt_text  # exactly as training rendered it
        return command

    def begin(self, request_id: int, with_adapter: bool) -> None:
        self.request_id = request_id
        self.counts = {side: 0 for side in SIDES}
        for pane in self.panes.values():
            pane.clear()
        if not with_adapter:
            self.panes["adapter"].detail.setText(self.tr("no adapter chosen"))
        self.show_status(self.tr("Starting…"))

    def handle_event(self, event: dict) -> bool:
        if event.get("id") != self.request_id or self.request_id is None:
            return False
        kind = event["type"]
        side = event.get("side")
        if kind == "loading":
            self.show_status(self.tr("Loading the model… (the first time takes longest)"))
        elif kind == "loaded":
            self.show_status(self.tr("Model loaded on {0}.").format(event.get("device", "")))
        elif kind == "side_started" and side in self.panes:
            self.panes[side].detail.setText(self.tr("writing…"))
            self.show_status(
                self.tr("Generating with the adapter…")
                if side == "adapter"
                else self.tr("Generating without the adapter…")
            )
        elif kind == "token" and side in self.panes:
            self.counts[side] += 1
            self.panes[side].append(event.get("text", ""))
        elif kind == "side_done" and side in self.panes:
            pane = self.panes[side]
            pane.set_text(event.get("text", ""))
            detail = self.tr("{0} tokens in {1:.1f} s").format(event.get("tokens", 0), event.get("seconds", 0.0))
            pane.detail.setText(self.tr("stopped") + " · " + detail if event.get("stopped") else detail)
        elif kind == "done":
            self.request_id = None
            self.show_status(self.tr("Stopped.") if event.get("stopped") else self.tr("Done."))
        elif kind == "error":
            self.request_id = None
            message = event.get("message", "")
            hint = event.get("hint", "")
            self.show_status(message + (" " + hint if hint else ""), error=True)
        return True

    def set_busy(self, busy: bool) -> None:
        self.stop_button.setEnabled(busy)

    def show_status(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {theme.color_css('error_text')};" if error else "")

    def show_sample(self) -> None:
        """A believable comparison on the first quick prompt, for screenshots (no model is run)."""
        if self.prompts:
            red = [i for i, p in enumerate(self.prompts) if "colour red" in p.question]
            self.choose_prompt(red[0] if red else 0)
        # What the demo model answered to this prompt without and with the adapter of a
        # `lorasmith demo` run (repetition penalty 1.3): it learned the voice, not the facts.
        samples = {
            "base": "The sust a little?",
            "adapter": "Ho there, friend! Sake a little and it you at the anvil. — Smithy, at the anvil.",
        }
        for side in SIDES:
            self.panes[side].set_text(samples[side])
            self.panes[side].detail.setText(self.tr("{0} tokens in {1:.1f} s").format(14, 0.4))
        self.show_status(self.tr("Done."))
