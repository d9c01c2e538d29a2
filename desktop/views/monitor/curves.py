"""The Monitor's plots: loss, learning rate and gradient norm over the steps, their colours,
the warning marks, and other runs' losses overlaid for comparison.

A mixin of MonitorView (which provides plots, curves, comparisons, smoothing, readout,
hover_step, clear_compare_button, _update_progress() and, from HoverReadoutMixin, readout_at()).
Its texts keep MonitorView's translation context, the one Qt looks them up under.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from desktop import theme
from desktop.views.monitor.data import curves_from_events

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls


class CurvesMixin:
    # --- plots and colours ---------------------------------------------------------------
    def _build_plots(self) -> None:
        # Wide pens on noisy curves are very slow in Qt unless drawn as separate segments.
        pg.setConfigOptions(antialias=True, segmentedLineMode="on")
        self.loss_plot = self.plots.addPlot(row=0, col=0)
        self.lr_plot = self.plots.addPlot(row=1, col=0)
        self.grad_plot = self.plots.addPlot(row=2, col=0)
        layout = self.plots.ci.layout
        layout.setRowStretchFactor(0, 3)
        layout.setRowStretchFactor(1, 1)
        layout.setRowStretchFactor(2, 1)
        self.loss_plot.setLabel("left", translate("MonitorView", "Loss"))
        self.lr_plot.setLabel("left", translate("MonitorView", "Learning rate"))
        self.grad_plot.setLabel("left", translate("MonitorView", "Gradient norm"))
        self.grad_plot.setLabel("bottom", translate("MonitorView", "Step"))
        # Below the top edge, where the warning marks put their numbers.
        self.legend = self.loss_plot.addLegend(offset=(-10, 36))
        self.lr_plot.getAxis("left").enableAutoSIPrefix(False)
        for plot in (self.lr_plot, self.grad_plot):
            plot.setXLink(self.loss_plot)
        for plot in self.all_plots():
            plot.showGrid(x=True, y=True, alpha=0.15)
            plot.getAxis("left").setWidth(64)
            plot.setMenuEnabled(False)

        def curve(plot, name=None, **style):
            item = plot.plot([], [], name=name, connect="finite", **style)
            item.setDownsampling(auto=True, method="peak")
            item.setClipToView(True)
            return item

        self.train_raw_curve = curve(self.loss_plot, translate("MonitorView", "Training loss"))
        self.train_smooth_curve = curve(self.loss_plot, translate("MonitorView", "Training loss (smoothed)"))
        self.eval_curve = curve(self.loss_plot, translate("MonitorView", "Validation loss"), symbol="o", symbolSize=6)
        self.lr_curve = curve(self.lr_plot)
        self.grad_curve = curve(self.grad_plot)
        self.hover_lines = [pg.InfiniteLine(angle=90, movable=False) for _ in self.all_plots()]
        for plot, line in zip(self.all_plots(), self.hover_lines):
            plot.addItem(line, ignoreBounds=True)
            line.setVisible(False)
        self._mouse_proxy = pg.SignalProxy(
            self.plots.scene().sigMouseMoved, rateLimit=30, slot=lambda args: self.hover_at_scene_pos(args[0])
        )

    def all_plots(self) -> list:
        return [self.loss_plot, self.lr_plot, self.grad_plot]

    def _theme_changed(self, _dark: bool) -> None:
        self._apply_colors()

    def _apply_colors(self) -> None:
        c = theme.colors()
        self.plots.setBackground(c["plot_background"])
        for plot in self.all_plots():
            for side in ("left", "bottom"):
                axis = plot.getAxis(side)
                axis.setPen(c["plot_foreground"])
                axis.setTextPen(c["plot_foreground"])
        self.legend.setLabelTextColor(c["plot_foreground"])
        background = QColor(c["plot_background"])
        background.setAlpha(210)
        self.legend.setBrush(pg.mkBrush(background))
        self.train_raw_curve.setPen(pg.mkPen(c["train_raw"], width=1))
        self.train_smooth_curve.setPen(pg.mkPen(c["train_smooth"], width=2))
        self.eval_curve.setPen(pg.mkPen(c["eval"], width=2))
        self.eval_curve.setSymbolBrush(c["eval"])
        self.eval_curve.setSymbolPen(c["eval"])
        self.lr_curve.setPen(pg.mkPen(c["learning_rate"], width=2))
        self.grad_curve.setPen(pg.mkPen(c["grad_norm"], width=1.5))
        for line in self.hover_lines:
            line.setPen(pg.mkPen(c["plot_foreground"], width=1, style=Qt.PenStyle.DotLine))
        self._drawn_warnings = -1  # redraw the markers in the new colour
        self._dirty = True
        self._redraw_if_dirty()

    # --- comparison ----------------------------------------------------------------------
    def add_comparison(self, title: str, events) -> None:
        """Overlay another run's smoothed training loss and validation loss."""
        other = curves_from_events(events, self.smoothing.value())
        self.comparisons.append((title, other))
        c = theme.colors()
        smooth = self.loss_plot.plot(
            other.smoothed.x,
            other.smoothed.y,
            connect="finite",
            name=translate("MonitorView", "{0}: training loss").format(title),
            pen=pg.mkPen(c["compare"], width=2, style=Qt.PenStyle.DashLine),
        )
        evals = self.loss_plot.plot(
            other.eval_loss.x,
            other.eval_loss.y,
            connect="finite",
            name=translate("MonitorView", "{0}: validation loss").format(title),
            pen=pg.mkPen(c["compare_eval"], width=2, style=Qt.PenStyle.DashLine),
            symbol="t",
            symbolSize=7,
            symbolBrush=c["compare_eval"],
        )
        for item in (smooth, evals):
            item.setDownsampling(auto=True, method="peak")
            item.setClipToView(True)
            self._compare_items.append(item)
        self.clear_compare_button.setVisible(True)
        self.loss_plot.enableAutoRange()

    def clear_comparisons(self) -> None:
        for item in self._compare_items:
            self.loss_plot.removeItem(item)
            self.legend.removeItem(item)
        self._compare_items.clear()
        self.comparisons.clear()
        self.clear_compare_button.setVisible(False)

    # --- drawing -------------------------------------------------------------------------
    def _redraw_if_dirty(self) -> None:
        if not self._dirty:
            return
        self._dirty = False
        cv = self.curves
        self.train_raw_curve.setData(cv.loss.x, cv.loss.y, connect="finite")
        self.train_smooth_curve.setData(cv.smoothed.x, cv.smoothed.y, connect="finite")
        self.eval_curve.setData(cv.eval_loss.x, cv.eval_loss.y, connect="finite")
        self.lr_curve.setData(cv.learning_rate.x, cv.learning_rate.y, connect="finite")
        self.grad_curve.setData(cv.grad_norm.x, cv.grad_norm.y, connect="finite")
        if self._drawn_warnings != len(cv.warnings):
            self._draw_warning_marks()
        self._update_progress()
        if self.hover_step is not None:
            self.readout.setText(self.readout_at(self.hover_step))

    def _draw_warning_marks(self) -> None:
        for mark in self._warning_marks:
            self.loss_plot.removeItem(mark)
        self._warning_marks.clear()
        color = theme.colors()["warning"]
        for number, warning in enumerate(self.curves.warnings, start=1):
            step = warning.get("step")
            if not isinstance(step, (int, float)):
                step = self.curves.loss.last_x() or 0
            mark = pg.InfiniteLine(
                pos=float(step),
                angle=90,
                movable=False,
                pen=pg.mkPen(color, width=1.5, style=Qt.PenStyle.DashLine),
                label=f"⚠{number}",
                labelOpts={"position": 0.97, "color": color, "anchors": [(0, 0), (0, 0)]},
            )
            self.loss_plot.addItem(mark, ignoreBounds=True)
            self._warning_marks.append(mark)
        self._drawn_warnings = len(self.curves.warnings)

    def set_log_scale(self, on: bool) -> None:
        self.loss_plot.setLogMode(False, on)
        self._dirty = True

    def set_smoothing(self, weight: float) -> None:
        self.curves.set_smoothing(weight)
        self._dirty = True
