"""One example as it will be trained: trained text and prompt-only text in two
colours, text past the cutoff struck through, with a legend and token counts.

With a tokenizer the colours are per token (TokenizedExample.spans), so what is
green is exactly the tokens whose label is not -100; without one they follow
the Example's segments.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QLabel, QTextEdit, QVBoxLayout, QWidget

TRAINED, PROMPT, CUT = "trained", "prompt", "cut"


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QApplication.palette()
    return palette.color(QPalette.Base).lightness() < 128


def preview_colours(palette: QPalette | None = None) -> dict[str, QColor]:
    """Backgrounds of trained and prompt text, and the colour of cut-off text,
    chosen to read well on the current theme's background."""
    palette = palette or QApplication.palette()
    if is_dark(palette):
        return {TRAINED: QColor("#1f5a34"), PROMPT: QColor("#2f3d57"), CUT: QColor("#8a8f98")}
    return {TRAINED: QColor("#c6ecc9"), PROMPT: QColor("#dce4f2"), CUT: QColor("#7c828c")}


def char_classes(example, tokens=None) -> list[str]:
    """TRAINED / PROMPT / CUT for every character of example.text."""
    text = example.text
    classes: list[str | None] = [None] * len(text)
    if tokens is None:
        for start, end, trained in example.char_spans():
            classes[start:end] = [TRAINED if trained else PROMPT] * (end - start)
        return classes
    kept_end = 0
    for start, end, trained in tokens.spans:
        if start < 0:
            continue
        kept_end = max(kept_end, end)
        classes[start:end] = [TRAINED if trained else PROMPT] * (end - start)
    if tokens.truncated:
        classes[kept_end:] = [CUT] * (len(text) - kept_end)
    # Characters no token covers (rare: some tokenizers drop spaces) keep their segment's colour.
    if None in classes:
        for start, end, trained in example.char_spans():
            for i in range(start, end):
                if classes[i] is None:
                    classes[i] = TRAINED if trained else PROMPT
    return classes


def _runs(classes: list[str]):
    start = 0
    for i in range(1, len(classes) + 1):
        if i == len(classes) or classes[i] != classes[start]:
            yield start, i, classes[start]
            start = i


class PreviewPane(QWidget):
    """Shows one Example; `text_start` is the document position of its first character."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.text_start = 0
        self.example = None
        self.tokens = None
        self._shown_with: dict = {}
        self.view = QTextEdit(self)
        self.view.setReadOnly(True)
        self.view.setLineWrapMode(QTextEdit.WidgetWidth)
        self.view.setObjectName("previewText")
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        bold = self.title.font()
        bold.setBold(True)
        self.title.setFont(bold)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.message.hide()
        self.legend = QLabel(self)
        self.legend.setTextFormat(Qt.RichText)
        self.legend.setWordWrap(True)
        self._build_legend()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.legend)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)

    def _build_legend(self) -> None:
        # One rich-text line that wraps between items on narrow panels.
        c = preview_colours(self.palette())
        text = self.palette().color(QPalette.Text).name()
        swatch = '<span style="background:{0}; color:{1};">&nbsp;Ab&nbsp;</span>&nbsp;{2}'

        def words(label: str) -> str:  # an item's words stay together; lines break between items
            return escape(label).replace(" ", "&nbsp;")

        items = [
            swatch.format(c[TRAINED].name(), text, words(self.tr("Trained (the model learns it)"))),
            swatch.format(c[PROMPT].name(), text, words(self.tr("Prompt (context, not trained)"))),
            f'<s style="color:{c[CUT].name()};">&nbsp;Ab&nbsp;</s>&nbsp;' + words(self.tr("Past the cutoff (cut off)")),
        ]
        self.legend.setText(" &nbsp;&nbsp; ".join(items))

    # ------------------------------------------------------------ content
    def clear(self, message: str = "") -> None:
        self.example, self.tokens = None, None
        self.title.setText("")
        self.view.clear()
        self.summary.setText(message)
        self.message.hide()

    def show_error(self, message: str) -> None:
        self.example, self.tokens = None, None
        self.view.clear()
        self.summary.setText("")
        self._set_message(self.tr("This row cannot be trained: {0}").format(message), error=True)

    def show_example(
        self,
        example,
        tokens=None,
        *,
        bos_token: str | None = None,
        eos_token: str | None = None,
        cutoff: int | None = None,
        notes: list[str] | None = None,
    ) -> None:
        self.example, self.tokens = example, tokens
        self._shown_with = {"bos_token": bos_token, "eos_token": eos_token, "cutoff": cutoff, "notes": notes}
        colours = preview_colours(self.palette())
        formats = {}
        for name in (TRAINED, PROMPT):
            fmt = QTextCharFormat()
            fmt.setBackground(colours[name])
            formats[name] = fmt
        cut = QTextCharFormat()
        cut.setForeground(colours[CUT])
        cut.setFontStrikeOut(True)
        formats[CUT] = cut

        self.view.clear()
        cursor = QTextCursor(self.view.document())
        cursor.beginEditBlock()
        spans = tokens.spans if tokens is not None else []
        if spans and spans[0][0] < 0 and bos_token:
            self._insert_marker(cursor, bos_token, formats[TRAINED if spans[0][2] else PROMPT])
        self.text_start = cursor.position()
        text = example.text
        for start, end, cls in _runs(char_classes(example, tokens)):
            cursor.insertText(text[start:end], formats[cls])
        if tokens is not None:
            tail = [s for s in spans[1:] if s[0] < 0] if len(spans) > 1 else []
            if tail and eos_token:
                self._insert_marker(cursor, eos_token, formats[TRAINED if tail[-1][2] else PROMPT])
            elif example.add_eos and tokens.truncated and eos_token:
                self._insert_marker(cursor, eos_token, formats[CUT])
        elif example.add_eos:
            self._insert_marker(cursor, eos_token or self.tr("end-of-text token"), formats[TRAINED])
        cursor.endEditBlock()
        self.view.moveCursor(QTextCursor.Start)
        self.summary.setText(self._summary(example, tokens, cutoff))
        if notes:
            self._set_message("\n".join(notes), error=False)
        else:
            self.message.hide()

    def _insert_marker(self, cursor: QTextCursor, token: str, fmt: QTextCharFormat) -> None:
        # Tokens the tokenizer adds around the text are shown, in italics, so the
        # user sees the end-of-text token that teaches the model to stop.
        marker = QTextCharFormat(fmt)
        marker.setFontItalic(True)
        marker.setFontWeight(QFont.Bold)
        cursor.insertText(token, marker)

    def _summary(self, example, tokens, cutoff) -> str:
        if tokens is None:
            trained = len(example.trained_text)
            return self.tr("{0} characters, {1} of them trained. Choose a model to count tokens.").format(
                f"{len(example.text):,}", f"{trained:,}"
            )
        kept = len(tokens.input_ids)
        text = self.tr("{0} tokens, {1} of them trained.").format(f"{kept:,}", f"{tokens.trained_tokens:,}")
        if tokens.truncated:
            text += " " + self.tr("The row has {0} tokens; everything past the cutoff of {1} is cut off.").format(
                f"{tokens.full_length:,}", f"{cutoff or kept:,}"
            )
        return text

    def _set_message(self, text: str, *, error: bool) -> None:
        colour = "#d9534f" if error else self.palette().color(QPalette.PlaceholderText).name()
        self.message.setStyleSheet(f"color:{colour};")
        self.message.setText(text)
        self.message.show()

    def changeEvent(self, event) -> None:
        # Theme switched: rebuild the legend and recolour what is shown.
        if event.type() == event.Type.PaletteChange:
            self._build_legend()
            if self.example is not None:
                self.show_example(self.example, self.tokens, **self._shown_with)
        super().changeEvent(event)
