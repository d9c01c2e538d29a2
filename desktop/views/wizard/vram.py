"""The memory bar: the estimator's breakdown by component, drawn against the card's free memory.

One stacked bar (one colour per component, in the estimator's order), a mark at
the free memory and one at the budget (free memory less a safety margin), and a
legend that names each part with its size. In CPU mode the same bar shows
system memory.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from core.planning.estimate import GIB
from desktop import theme

# Component -> (short name, what it is). The keys are core.planning.estimate.COMPONENTS'.
PARTS = {
    "cuda_context": (
        QT_TRANSLATE_NOOP("VramBar", "CUDA context"),
        QT_TRANSLATE_NOOP("VramBar", "The graphics driver and its libraries, loaded once."),
    ),
    "quantized_weights": (
        QT_TRANSLATE_NOOP("VramBar", "Model layers (quantised)"),
        QT_TRANSLATE_NOOP("VramBar", "The base model's layers in 4 or 8 bits, with their scaling constants."),
    ),
    "full_precision_weights": (
        QT_TRANSLATE_NOOP("VramBar", "Embeddings and output layer"),
        QT_TRANSLATE_NOOP(
            "VramBar", "The parts of the base model that are not quantised: embeddings, norms and the output layer."
        ),
    ),
    "lora_weights": (
        QT_TRANSLATE_NOOP("VramBar", "LoRA weights"),
        QT_TRANSLATE_NOOP("VramBar", "The adapter being trained."),
    ),
    "lora_gradients": (
        QT_TRANSLATE_NOOP("VramBar", "LoRA gradients"),
        QT_TRANSLATE_NOOP("VramBar", "How each adapter weight should change, for every step."),
    ),
    "optimizer_states": (
        QT_TRANSLATE_NOOP("VramBar", "Optimiser states"),
        QT_TRANSLATE_NOOP("VramBar", "The optimiser's running averages for each adapter weight."),
    ),
    "activations": (
        QT_TRANSLATE_NOOP("VramBar", "Activations"),
        QT_TRANSLATE_NOOP(
            "VramBar",
            "Intermediate results kept for the backward pass; they grow with the micro batch and the cutoff length.",
        ),
    ),
    "logits": (
        QT_TRANSLATE_NOOP("VramBar", "Logits"),
        QT_TRANSLATE_NOOP(
            "VramBar",
            "A score for every word of the vocabulary at every position; large for models with big vocabularies.",
        ),
    ),
    "workspace": (
        QT_TRANSLATE_NOOP("VramBar", "Temporary buffers"),
        QT_TRANSLATE_NOOP("VramBar", "Short-lived copies: dequantised layers and half-precision weights."),
    ),
    "fragmentation": (
        QT_TRANSLATE_NOOP("VramBar", "Allocator overhead"),
        QT_TRANSLATE_NOOP("VramBar", "Memory reserved by PyTorch but not in use at the peak."),
    ),
}
COLOURS = {
    "cuda_context": (120, 120, 130),
    "quantized_weights": (66, 133, 244),
    "full_precision_weights": (0, 172, 193),
    "lora_weights": (52, 168, 83),
    "lora_gradients": (124, 179, 66),
    "optimizer_states": (251, 188, 5),
    "activations": (234, 67, 53),
    "logits": (171, 71, 188),
    "workspace": (255, 138, 101),
    "fragmentation": (158, 158, 158),
}
SHOWN_FROM_BYTES = 5 * 1024**2  # parts smaller than this are left out of the legend


def part_name(key: str) -> str:
    return QCoreApplication.translate("VramBar", PARTS[key][0]) if key in PARTS else key


def gib(n: int | float) -> str:
    return f"{n / GIB:.1f}" if n >= 0.095 * GIB else f"{n / GIB:.2f}"


class _Bar(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.components: dict[str, int] = {}
        self.free = 0
        self.budget = 0
        self.setMinimumHeight(34)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(400, 34)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1, 6, -1, -6)
        total = sum(self.components.values())
        scale = max(total, self.free, 1) * 1.02
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.palette().color(QPalette.ColorRole.AlternateBase))
        painter.drawRoundedRect(rect, 3, 3)
        x = rect.left()
        for key, size in self.components.items():
            width = rect.width() * size / scale
            if width <= 0:
                continue
            painter.setBrush(QColor(*COLOURS.get(key, (128, 128, 128))))
            painter.drawRect(QRectF(x, rect.top(), width, rect.height()))
            x += width
        text = self.palette().color(QPalette.ColorRole.WindowText)
        for value, style in ((self.free, Qt.PenStyle.SolidLine), (self.budget, Qt.PenStyle.DashLine)):
            if value <= 0:
                continue
            mark = rect.left() + rect.width() * value / scale
            painter.setPen(QPen(text, 2, style))
            painter.drawLine(int(mark), int(rect.top()) - 5, int(mark), int(rect.bottom()) + 5)
        painter.end()


class VramBar(QWidget):
    """set_estimate(components, free_bytes, budget_bytes); `verdict` says whether it fits, in words."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.cpu = False
        self.bar = _Bar()
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        font = self.verdict.font()
        font.setBold(True)
        self.verdict.setFont(font)
        self.scale_note = QLabel()
        self.scale_note.setWordWrap(True)
        self.scale_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.legend = QGridLayout()
        self.legend.setHorizontalSpacing(14)
        self.legend.setVerticalSpacing(2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.verdict)
        layout.addWidget(self.bar)
        layout.addWidget(self.scale_note)
        layout.addLayout(self.legend)
        self.total = 0
        self.fits = True

    def set_estimate(
        self, components: dict[str, int], free_bytes: int, budget_bytes: int, *, cpu: bool = False
    ) -> None:
        self.cpu = cpu
        self.bar.components = dict(components)
        self.bar.free, self.bar.budget = int(free_bytes), int(budget_bytes)
        self.total = sum(components.values())
        self.fits = self.total <= budget_bytes
        what = self.tr("memory") if cpu else self.tr("video memory")
        if self.fits:
            self.verdict.setText(
                self.tr("Fits: needs about {0} GiB of {1}; {2} GiB can be used.").format(
                    gib(self.total), what, gib(budget_bytes)
                )
            )
            self.verdict.setStyleSheet(f"color: {theme.color_css('ok_text')}")
        else:
            self.verdict.setText(
                self.tr("Does not fit: needs about {0} GiB of {1}, but only {2} GiB can be used.").format(
                    gib(self.total), what, gib(budget_bytes)
                )
            )
            self.verdict.setStyleSheet(f"color: {theme.color_css('error_text')}")
        if cpu:
            note = self.tr(
                "Solid line: free system memory ({0} GiB). Dashed line: what training may use, keeping "
                "2 GiB for the system ({1} GiB)."
            )
        else:
            note = self.tr(
                "Solid line: free video memory now ({0} GiB). Dashed line: what training may use, "
                "keeping a safety margin for the desktop and other programs ({1} GiB)."
            )
        self.scale_note.setText(note.format(gib(free_bytes), gib(budget_bytes)))
        self._fill_legend(components)
        self.bar.setToolTip(
            "\n".join(f"{part_name(k)}: {gib(v)} GiB" for k, v in components.items() if v >= SHOWN_FROM_BYTES)
        )
        self.bar.update()

    def _fill_legend(self, components: dict[str, int]) -> None:
        while self.legend.count():
            item = self.legend.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()
                item.widget().deleteLater()
        shown = [(k, v) for k, v in components.items() if v >= SHOWN_FROM_BYTES]
        columns = 2
        rows = (len(shown) + columns - 1) // columns
        for index, (key, size) in enumerate(shown):
            r, c = index % rows, index // rows
            swatch = QLabel()
            swatch.setFixedSize(12, 12)
            swatch.setStyleSheet("background: rgb({0}, {1}, {2}); border-radius: 2px;".format(*COLOURS[key]))
            label = QLabel(self.tr("{0}: {1} GiB").format(part_name(key), gib(size)))
            label.setToolTip(QCoreApplication.translate("VramBar", PARTS[key][1]))
            self.legend.addWidget(swatch, r, 2 * c)
            self.legend.addWidget(label, r, 2 * c + 1)
        self.legend.setColumnStretch(1, 1)
        self.legend.setColumnStretch(3, 1)
