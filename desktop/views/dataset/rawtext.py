"""Raw text with its training chunks marked: alternating shades for chunks, a
third colour where a chunk repeats the end of the one before (the overlap).

Chunk positions come from core.data.rawtext.plan_chunks with the settings
prepare_examples uses, so the marks are where training will cut.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from desktop.views.dataset.preview import is_dark
from desktop.views.dataset.text import escape_cut, plural, unescape_cut


def chunk_colours(dark: bool) -> tuple[QColor, QColor, QColor]:
    """(even chunks, odd chunks, overlap)."""
    if dark:
        return QColor("#28384d"), QColor("#3a3150"), QColor("#5c4a1e")
    return QColor("#dde9f7"), QColor("#efe3f5"), QColor("#fbe3a6")


class Utf16Positions:
    """Python string index <-> Qt document position (Qt counts UTF-16 code units,
    so characters beyond U+FFFF take two)."""

    def __init__(self, text: str):
        wide = bool(text) and max(text) > "\uffff"
        self._wide = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF] if wide else []
        self._wide_qt = [w + k for k, w in enumerate(self._wide)]

    def to_qt(self, index: int) -> int:
        return index + bisect_left(self._wide, index) if self._wide else index

    def to_python(self, position: int) -> int:
        return position - bisect_left(self._wide_qt, position) if self._wide else position


class RawTextView(QWidget):
    settings_changed = Signal()
    chunk_selected = Signal(int)  # index into `chunks`

    def __init__(self, parent=None):
        super().__init__(parent)
        self.text = ""
        self.chunks: list = []
        self.approximate = True
        self._positions = Utf16Positions("")
        self._starts: list[int] = []
        self._build_settings()
        form = self._settings_form()
        self.view = QPlainTextEdit(self)
        self.view.setReadOnly(True)
        self.view.setMouseTracking(True)
        self.view.viewport().setMouseTracking(True)
        self.view.viewport().installEventFilter(self)
        self.view.cursorPositionChanged.connect(self._on_cursor)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.RichText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.legend)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        self._update_legend()
        self._debounce_settings()

    def _build_settings(self) -> None:
        """The chunking settings: the ones core.data.rawtext.plan_chunks takes."""
        self.overlap = QSpinBox(self)
        self.overlap.setRange(0, 65536)
        self.overlap.setValue(128)
        self.overlap.setSuffix(self.tr(" tokens"))
        self.overlap.setToolTip(
            self.tr(
                "Tokens each chunk repeats from the end of the previous one, so no "
                "passage is only ever seen cut in half."
            )
        )
        self.newline_cut = QSpinBox(self)
        self.newline_cut.setRange(0, 65536)
        self.newline_cut.setValue(128)
        self.newline_cut.setSuffix(self.tr(" characters"))
        self.newline_cut.setToolTip(
            self.tr(
                "Move chunk edges to a line break within this many characters, so chunks start and end on whole lines."
            )
        )
        self.hard_cut = QLineEdit(escape_cut("\n\n\n"), self)
        self.hard_cut.setToolTip(
            self.tr(
                "Text that splits the file into blocks no chunk crosses; \\n is a line "
                "break. The default, \\n\\n\\n, is two empty lines."
            )
        )
        self.min_block = QSpinBox(self)
        self.min_block.setRange(0, 1_000_000)
        self.min_block.setSuffix(self.tr(" characters"))
        self.min_block.setToolTip(self.tr("Blocks this short or shorter are left out."))
        self.add_eos = QCheckBox(self.tr("End each block with the end-of-text token"), self)
        self.add_eos.setChecked(True)
        for spin in (self.overlap, self.newline_cut, self.min_block):
            spin.setMinimumWidth(spin.fontMetrics().horizontalAdvance("000000 characters") + 30)
        self.hard_cut.setMaximumWidth(self.hard_cut.fontMetrics().horizontalAdvance("\\n\\n\\n\\n\\n") + 30)

    def _settings_form(self) -> QGridLayout:
        """The settings in two columns of captioned boxes, the end-of-text box below them."""
        form = QGridLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addWidget(QLabel(self.tr("Overlap"), self), 0, 0)
        form.addWidget(self.overlap, 0, 1)
        form.addWidget(QLabel(self.tr("Prefer line breaks within"), self), 0, 2)
        form.addWidget(self.newline_cut, 0, 3)
        form.addWidget(QLabel(self.tr("Hard cut"), self), 1, 0)
        form.addWidget(self.hard_cut, 1, 1)
        form.addWidget(QLabel(self.tr("Leave out blocks up to"), self), 1, 2)
        form.addWidget(self.min_block, 1, 3)
        form.addWidget(self.add_eos, 2, 0, 1, 4)
        form.setColumnStretch(4, 1)
        return form

    def _debounce_settings(self) -> None:
        # Typing a number changes it once per key: re-chunking waits until the typing pauses.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)
        self._debounce.timeout.connect(self.settings_changed)
        for spin in (self.overlap, self.newline_cut, self.min_block):
            spin.valueChanged.connect(self._debounce.start)
        self.hard_cut.textChanged.connect(self._debounce.start)
        self.add_eos.toggled.connect(self._debounce.start)

    def _update_legend(self) -> None:
        even, odd, overlap = chunk_colours(is_dark(self.palette()))
        swatch = '<span style="background:{}">&nbsp;&nbsp;&nbsp;&nbsp;</span>'
        self.legend.setText(
            swatch.format(even.name())
            + swatch.format(odd.name())
            + " "
            + self.tr("Chunks, in alternating shades: each is one example")
            + "&nbsp;&nbsp; "
            + swatch.format(overlap.name())
            + " "
            + self.tr("Overlap with the chunk before")
        )

    # ------------------------------------------------------------ settings
    def settings(self) -> dict:
        return {
            "overlap_len": self.overlap.value(),
            "newline_cut_len": self.newline_cut.value(),
            "hard_cut": unescape_cut(self.hard_cut.text()),
            "min_block_chars": self.min_block.value(),
            "add_eos": self.add_eos.isChecked(),
        }

    def apply_settings(self, config) -> None:
        for widget in (self.overlap, self.newline_cut, self.min_block, self.hard_cut, self.add_eos):
            widget.blockSignals(True)
        self.overlap.setValue(config.overlap_len)
        self.newline_cut.setValue(config.newline_cut_len)
        self.min_block.setValue(config.min_block_chars)
        self.hard_cut.setText(escape_cut(config.hard_cut))
        self.add_eos.setChecked(config.add_eos)
        for widget in (self.overlap, self.newline_cut, self.min_block, self.hard_cut, self.add_eos):
            widget.blockSignals(False)

    # ------------------------------------------------------------ content
    def set_text(self, text: str) -> None:
        self.text = text
        self.chunks, self._starts = [], []
        self._positions = Utf16Positions(text)
        self.view.setExtraSelections([])
        self.view.setPlainText(text)
        self.summary.setText(self.tr("Working out the chunks…"))

    def set_error(self, message: str) -> None:
        self.chunks, self._starts = [], []
        self.view.setExtraSelections([])
        self.summary.setText(message)

    def set_chunks(self, chunks: list, approximate: bool) -> None:
        self.chunks, self.approximate = chunks, approximate
        self._starts = [c.start for c in chunks]
        even, odd, overlap = chunk_colours(is_dark(self.palette()))
        selections = []
        previous_end = None
        for i, chunk in enumerate(chunks):
            selections.append(self._selection(chunk.start, chunk.end, even if i % 2 == 0 else odd))
            if previous_end is not None and chunk.start < previous_end:
                selections.append(self._selection(chunk.start, min(previous_end, chunk.end), overlap))
            previous_end = chunk.end
        self.view.setExtraSelections(selections)
        blocks = len({c.block for c in chunks})
        text = self.tr("{0} from {1}.").format(
            plural(self.tr("%n chunk(s)", "", len(chunks)), len(chunks)),
            plural(self.tr("%n block(s)", "", blocks), blocks),
        )
        if approximate:
            text += " " + self.tr("Counted with words standing in for tokens; choose a model for exact chunks.")
        text += " " + self.tr("Click in the text to preview the chunk there.")
        self.summary.setText(text)

    def _selection(self, start: int, end: int, colour: QColor) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(self._positions.to_qt(start))
        cursor.setPosition(self._positions.to_qt(end), QTextCursor.KeepAnchor)
        fmt = QTextCharFormat()
        fmt.setBackground(colour)
        fmt.setProperty(QTextFormat.FullWidthSelection, False)
        selection.cursor, selection.format = cursor, fmt
        return selection

    def chunk_at(self, index: int) -> int | None:
        """The last chunk that starts at or before this character and covers it; in the
        space between chunks, the chunk before it. None when there are no chunks."""
        if not self.chunks:
            return None
        last = bisect_right(self._starts, index) - 1
        i = last
        while i >= 0 and self.chunks[i].end > index - 4096:
            if self.chunks[i].start <= index < self.chunks[i].end:
                return i
            i -= 1
        return max(0, last)

    def _python_index(self, position: int) -> int:
        return self._positions.to_python(position)

    def _on_cursor(self) -> None:
        if not self.chunks:
            return
        i = self.chunk_at(self._python_index(self.view.textCursor().position()))
        if i is not None:
            self.chunk_selected.emit(i)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == event.Type.ToolTip and self.chunks:
            position = self.view.cursorForPosition(event.pos()).position()
            i = self.chunk_at(self._python_index(position))
            if i is not None:
                c = self.chunks[i]
                QToolTip.showText(
                    event.globalPos(),
                    self.tr("Chunk {0} of {1} (block {2})").format(str(i + 1), str(len(self.chunks)), str(c.block)),
                    self.view,
                )
                return True
        return super().eventFilter(obj, event)

    def changeEvent(self, event) -> None:
        if event.type() == event.Type.PaletteChange:
            self._update_legend()
            if self.chunks:
                self.set_chunks(self.chunks, self.approximate)
        super().changeEvent(event)
