"""Token lengths of the whole dataset: a histogram with the cutoff drawn on it
and how many rows the cutoff will truncate.

pyqtgraph is imported when the first histogram is drawn, not with the screen:
it takes about a second to import, and the window imports this screen's module
as soon as a file is dragged over it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from core.data.tokenize import length_stats
from desktop.views.dataset.preview import is_dark
from desktop.views.dataset.text import plural


class LengthHistogram(QWidget):
    measure_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.lengths: list[int] | None = None
        self.cutoff = 512
        self.unit = "rows"  # or "chunks" for raw text
        self.stats: dict | None = None
        self.headline = QLabel(self)
        self.headline.setWordWrap(True)
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.plot = None  # a pyqtgraph PlotWidget, made on first use
        self.measure_button = QPushButton(self.tr("Measure token lengths"), self)
        self.measure_button.setToolTip(
            self.tr(
                "Count the tokens of every row with the chosen model's tokenizer. "
                "Large datasets take a while; you can keep working meanwhile."
            )
        )
        self.measure_button.clicked.connect(self.measure_requested)
        self.progress = QProgressBar(self)
        self.progress.setMaximumHeight(14)
        self.progress.setTextVisible(False)
        self.progress.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.measure_button)
        buttons.addWidget(self.progress, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.headline)
        layout.addWidget(self.details)
        self.plot_area = QWidget(self)  # holds the plot once there is one
        QVBoxLayout(self.plot_area).setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot_area, 1)
        layout.addLayout(buttons)
        self._bars = None
        self._line = None
        self.clear(self.tr("Open a dataset to see how long its rows are in tokens."))

    # ------------------------------------------------------------ state
    def clear(self, message: str = "") -> None:
        self.lengths, self.stats = None, None
        if self.plot is not None:
            self.plot.clear()
            self.plot.hide()
        self._bars = self._line = None
        self.headline.setText(message)
        self.details.setText("")
        self.progress.hide()

    def set_busy(self, done: int, total: int) -> None:
        self.progress.show()
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def set_lengths(self, lengths: list[int], cutoff: int, unit: str = "rows") -> None:
        self.lengths, self.unit = list(lengths), unit
        self.progress.hide()
        self.set_cutoff(cutoff)

    def set_cutoff(self, cutoff: int) -> None:
        self.cutoff = cutoff
        if self.lengths is None:
            return
        self.stats = length_stats(self.lengths, cutoff)
        self._draw()
        self.headline.setText(self.truncation_text())
        s = self.stats
        if s["count"]:
            self.details.setText(
                self.tr("Median {0} tokens, 95% of {1} at or under {2}, longest {3}. Cutoff: {4} tokens.").format(
                    f"{s['p50']:,}", self._unit_word(), f"{s['p95']:,}", f"{s['max']:,}", f"{cutoff:,}"
                )
            )
        else:
            self.details.setText("")

    def _unit_word(self) -> str:
        return self.tr("chunks") if self.unit == "chunks" else self.tr("rows")

    def truncation_text(self) -> str:
        if not self.stats:
            return ""
        n = self.stats["truncated"]
        pct = f"{self.stats['truncated_fraction']:.1%}"
        if self.unit == "chunks":
            return plural(self.tr("%n chunk(s) ({0}) will be truncated", "", n), n).format(pct)
        return plural(self.tr("%n row(s) ({0}) will be truncated", "", n), n).format(pct)

    # ------------------------------------------------------------ drawing
    def _colours(self) -> tuple[QColor, QColor, QColor]:
        if is_dark(self.palette()):
            return QColor("#5b9bd5"), QColor("#e07b53"), QColor("#f0c05a")
        return QColor("#3b73b9"), QColor("#c8553d"), QColor("#b8860b")

    def _make_plot(self) -> None:
        import pyqtgraph as pg

        plot = pg.PlotWidget(self.plot_area)
        plot.setMenuEnabled(False)
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        plot.setMinimumHeight(160)
        self.plot_area.layout().addWidget(plot)
        self.plot = plot
        self._apply_theme()

    def _draw(self) -> None:
        import pyqtgraph as pg

        if self.plot is None:
            self._make_plot()
        self.plot.show()
        self.plot.clear()
        hist = self.stats["histogram"]
        edges, counts = hist["edges"], hist["counts"]
        if not counts:
            return
        kept, cut, line = self._colours()
        brushes = [pg.mkBrush(cut if left >= self.cutoff else kept) for left in edges[:-1]]
        self._bars = pg.BarGraphItem(
            x0=edges[:-1],
            x1=edges[1:],
            height=counts,
            brushes=brushes,
            pen=pg.mkPen(self.palette().color(QPalette.Base)),
        )
        self.plot.addItem(self._bars)
        self._line = pg.InfiniteLine(
            pos=self.cutoff,
            angle=90,
            pen=pg.mkPen(line, width=2, style=Qt.DashLine),
            label=self.tr("cutoff {0}").format(str(self.cutoff)),
            labelOpts={"position": 0.92, "color": line, "anchors": [(0, 0), (0, 0)]},
        )
        self.plot.addItem(self._line)
        right = max(edges[-1], self.cutoff) * 1.05
        self.plot.setXRange(min(edges[0], 0), right, padding=0)
        self.plot.setYRange(0, max(counts) * 1.1, padding=0)
        self.plot.setLabel(
            "bottom", self.tr("tokens per chunk") if self.unit == "chunks" else self.tr("tokens per row")
        )
        self.plot.setLabel("left", self._unit_word())

    def _apply_theme(self) -> None:
        import pyqtgraph as pg

        if self.plot is None:
            return
        pal = self.palette()
        self.plot.setBackground(pal.color(QPalette.Base))
        text = pal.color(QPalette.Text)
        for name in ("left", "bottom"):
            axis = self.plot.getAxis(name)
            axis.setPen(pg.mkPen(text))
            axis.setTextPen(pg.mkPen(text))

    def changeEvent(self, event) -> None:
        if event.type() == event.Type.PaletteChange:
            self._apply_theme()
            if self.stats:
                self._draw()
        super().changeEvent(event)
