"""The short help page (F1) and the About box."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls


def version() -> str:
    from core.paths import app_version

    return app_version()


# The help page's sections, (title, text), in the order shown; help_html translates them when asked.
_SECTIONS = (
    (
        QT_TRANSLATE_NOOP("Help", "What Lorasmith does"),
        QT_TRANSLATE_NOOP(
            "Help",
            "It teaches an open language model your examples by training a small add-on, a LoRA adapter, "
            "on your own graphics card. The base model stays as it is; the adapter is a small file you can "
            "use with it or merge into it.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "1. Models"),
        QT_TRANSLATE_NOOP(
            "Help",
            "Choose the base model to fine-tune. The bundled demo model is tiny and trains on any computer, "
            "so you can try everything first.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "2. Dataset"),
        QT_TRANSLATE_NOOP(
            "Help",
            "Open or drop your examples (JSON, JSONL, CSV, Parquet or text). The preview shows each example "
            "exactly as it will be trained: the coloured parts are what the model learns to write.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "3. Train"),
        QT_TRANSLATE_NOOP(
            "Help",
            "The main settings are at the top, each explained under it; the rest are under Advanced. Point at "
            "any setting to read what it does. Press Start training (F5).",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "4. Monitor"),
        QT_TRANSLATE_NOOP(
            "Help",
            "Watch the loss fall. The training loss should go down; the validation loss (on examples the model "
            "does not learn from) should go down too. When validation loss rises while training loss keeps "
            "falling, the model is memorising: stop, or train for fewer epochs next time. Warnings appear on "
            "the curve and in the list beside it, with what to do. Stop saves the adapter so far.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "When a value becomes NaN"),
        QT_TRANSLATE_NOOP(
            "Help",
            "If the loss, the gradient norm or the validation loss becomes NaN or infinite, the run stops at "
            "that step as failed and saves nothing broken; the message says which value, why it is likely "
            "(fp16 on cards without bf16, a high learning rate, a model known to overflow) and what to try. "
            "Resume with learning rate X continues from the last good checkpoint at half the rate.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "5. Test"),
        QT_TRANSLATE_NOOP(
            "Help", "Ask the model questions with and without your adapter to see what it learned, then export it."
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "The chat template"),
        QT_TRANSLATE_NOOP(
            "Help",
            "A run saves the template its examples were written in as template.jinja in its folder: the "
            "model's own chat template, the format file's layout, or, for a base model without one, Lorasmith's "
            "Alpaca layout for Alpaca rows and ChatML otherwise (plain text has none). The Test screen, perplexity "
            "and every export use that same template, and answers end where it ends a turn. The Runs screen shows "
            "which one a run used.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "Best and last"),
        QT_TRANSLATE_NOOP(
            "Help",
            "Last is what the run ended with. Best is the checkpoint with the lowest validation loss; it is "
            "kept however many older checkpoints are deleted. After early stopping the best comes first in the "
            "Test screen. Stopping a run, by you or by a stop setting, saves a checkpoint at that step.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "Runs"),
        QT_TRANSLATE_NOOP(
            "Help",
            "Every run keeps its settings, curves, checkpoints and adapter in its own folder. Open a run to see "
            "its curves again, select two to compare them, resume a stopped run, or copy its settings.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "Keyboard"),
        QT_TRANSLATE_NOOP(
            "Help",
            "Ctrl+1 to Ctrl+6: screens · F5: start training · Shift+F5: stop · Ctrl+O: open · Ctrl+S: save · "
            "F1: this help · Ctrl+Q: quit",
        ),
    ),
)


def help_html() -> str:
    sections = ((translate("Help", title), translate("Help", text)) for title, text in _SECTIONS)
    body = "".join(f"<h3>{title}</h3><p>{text}</p>" for title, text in sections)
    title = translate("Help", "Lorasmith help")
    return f"<h2>{title}</h2>{body}"


def about_text() -> str:
    purpose = translate(
        "Help", "Fine-tune an open language model with a 4-bit LoRA on your own GPU, without writing code."
    )
    credits = translate(
        "Help",
        "Licensed under the Apache License 2.0. Built with Qt (PySide6, LGPL), pyqtgraph, "
        "PyTorch, Hugging Face Transformers and PEFT, and bitsandbytes.",
    )
    return f"<h3>Lorasmith {version()}</h3><p>{purpose}</p><p>{credits}</p>"


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lorasmith help"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setHtml(help_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(620, 560)
