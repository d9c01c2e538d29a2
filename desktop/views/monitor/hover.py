"""The Monitor's hover readout: the values at the step under the mouse, on every plot at once.

A mixin of MonitorView (which provides curves, all_plots(), loss_plot, hover_lines and
readout). Its texts keep MonitorView's translation context, the one Qt looks them up under.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QPointF

from desktop import theme

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls


def format_number(value: float) -> str:
    """A value for the readout: short, and NaN spelled out."""
    if not math.isfinite(value):
        return "NaN" if math.isnan(value) else str(value)
    if value != 0 and (abs(value) < 1e-3 or abs(value) >= 1e5):
        return f"{value:.3g}"
    return f"{value:.4f}".rstrip("0").rstrip(".") if abs(value) < 10 else f"{value:.2f}"


class HoverReadoutMixin:
    def hover_at_scene_pos(self, pos) -> None:
        for plot in self.all_plots():
            if plot.sceneBoundingRect().contains(pos):
                self.set_hover_step(plot.vb.mapSceneToView(pos).x())
                return

    def set_hover_step(self, step: float) -> None:
        near = self.curves.loss.value_near(step)
        if near is not None:
            step = near[0]
        self.hover_step = step
        for line in self.hover_lines:
            line.setPos(step)
            line.setVisible(True)
        self.readout.setText(self.readout_at(step))

    def readout_at(self, step: float) -> str:
        """The values at the logged step nearest to `step`, as one line of text."""
        cv = self.curves
        near = cv.loss.value_near(step)
        if near is None:
            return translate("MonitorView", "No points yet.")
        step, loss = near
        c = theme.colors()

        def part(color: str, label: str, value: float) -> str:
            return f'<span style="color:{c[color].name()}">■</span> {label} <b>{format_number(value)}</b>'

        parts = [
            translate("MonitorView", "Step {0}").format(int(step)),
            part("train_raw", translate("MonitorView", "loss"), loss),
        ]
        smoothed = cv.smoothed.value_near(step)
        if smoothed:
            parts.append(part("train_smooth", translate("MonitorView", "smoothed"), smoothed[1]))
        evaluated = cv.eval_loss.value_at_or_before(step)
        if evaluated:
            parts.append(
                part("eval", translate("MonitorView", "validation"), evaluated[1])
                + " "
                + translate("MonitorView", "(step {0})").format(int(evaluated[0]))
            )
        lr = cv.learning_rate.value_near(step)
        if lr and math.isfinite(lr[1]):
            parts.append(part("learning_rate", translate("MonitorView", "learning rate"), lr[1]))
        grad = cv.grad_norm.value_near(step)
        if grad and math.isfinite(grad[1]):
            parts.append(part("grad_norm", translate("MonitorView", "gradient norm"), grad[1]))
        return "   ".join(parts)

    def view_point_to_scene(self, step: float, value: float) -> QPointF:
        """Where a (step, loss) point is on screen; tests use it to point the mouse there."""
        return self.loss_plot.vb.mapViewToScene(QPointF(step, value))
