"""The numbers behind the Monitor's curves: growable numpy series fed one event at a time.

Appending is O(1) into preallocated arrays (doubling when full), so a run of
100,000 logged steps costs no more per event than the first; the plots read
views of the filled part on a timer.
"""

from __future__ import annotations

import math

import numpy as np


def as_float(value) -> float:
    """An event's number as a float; the strings 'nan'/'inf' of our JSON, None -> nan."""
    if value is None or isinstance(value, bool):
        return math.nan
    try:
        return float(value)
    except (TypeError, ValueError):
        return math.nan


class Series:
    """x (step) and y values in preallocated arrays."""

    def __init__(self, capacity: int = 1024):
        self._x = np.empty(capacity, dtype=np.float64)
        self._y = np.empty(capacity, dtype=np.float64)
        self.count = 0

    @property
    def x(self) -> np.ndarray:
        return self._x[: self.count]

    @property
    def y(self) -> np.ndarray:
        return self._y[: self.count]

    def append(self, x: float, y: float) -> None:
        if self.count == len(self._x):
            self._grow()
        self._x[self.count] = x
        self._y[self.count] = y
        self.count += 1

    def _grow(self) -> None:
        size = max(1024, 2 * len(self._x))
        for name in ("_x", "_y"):
            old = getattr(self, name)
            new = np.empty(size, dtype=np.float64)
            new[: self.count] = old[: self.count]
            setattr(self, name, new)

    def truncate_from(self, step: float) -> None:
        """Forget points at `step` and after (a resumed run logs those steps again)."""
        self.count = int(np.searchsorted(self.x, step, side="left"))

    def clear(self) -> None:
        self.count = 0

    def last_x(self) -> float | None:
        return float(self._x[self.count - 1]) if self.count else None

    def value_near(self, step: float) -> tuple[float, float] | None:
        """The point whose step is closest to `step`."""
        if not self.count:
            return None
        xs = self.x
        i = int(np.searchsorted(xs, step))
        if i >= self.count or (i > 0 and step - xs[i - 1] <= xs[i] - step):
            i -= 1
        return float(xs[i]), float(self._y[i])

    def value_at_or_before(self, step: float) -> tuple[float, float] | None:
        if not self.count:
            return None
        i = int(np.searchsorted(self.x, step, side="right")) - 1
        return None if i < 0 else (float(self._x[i]), float(self._y[i]))


def ema(values: np.ndarray, weight: float) -> np.ndarray:
    """Debiased exponential moving average (the first points are not pulled towards 0)."""
    out = np.empty_like(values)
    running, norm = 0.0, 0.0
    for i, v in enumerate(values.tolist()):
        if math.isfinite(v):
            running = weight * running + (1 - weight) * v
            norm = weight * norm + (1 - weight)
        out[i] = running / norm if norm else math.nan
    return out


class RunCurves:
    """Every curve of one run, plus progress and warnings, built from its events."""

    def __init__(self, smoothing: float = 0.9):
        self.smoothing = smoothing
        self.loss = Series()
        self.smoothed = Series()
        self.eval_loss = Series()
        self.learning_rate = Series()
        self.grad_norm = Series()
        self.warnings: list[dict] = []
        self.reset_progress()

    def reset_progress(self) -> None:
        self.total_steps = 0
        self.step = 0
        self.epoch = 0.0
        self.epochs = 0.0
        self.eta_seconds: float | None = None
        self.tokens_per_second: float | None = None
        self.first_time: float | None = None
        self.last_time: float | None = None
        self.status = ""
        self._ema_running, self._ema_norm = 0.0, 0.0

    def clear(self) -> None:
        for series in self.all_series():
            series.clear()
        self.warnings.clear()
        self.reset_progress()

    def all_series(self) -> list[Series]:
        return [self.loss, self.smoothed, self.eval_loss, self.learning_rate, self.grad_norm]

    def add(self, event: dict) -> str:
        """Take one event in; returns its type."""
        kind = event.get("type", "")
        when = as_float(event.get("time"))
        if math.isfinite(when):
            self.first_time = when if self.first_time is None else self.first_time
            self.last_time = when
        if kind == "started":
            self.total_steps = int(event.get("total_steps") or 0)
            self.epochs = as_float(event.get("epochs"))
            self.status = "running"
        elif kind == "progress":
            self._add_progress(event)
        elif kind == "eval":
            step = as_float(event.get("step"))
            last = self.eval_loss.last_x()
            if last is not None and step <= last:
                self.eval_loss.truncate_from(step)
            self.eval_loss.append(step, as_float(event.get("eval_loss")))
        elif kind == "warning" or (kind == "failed" and event.get("code")):
            self.warnings.append(event)
        if kind in ("finished", "cancelled", "failed"):
            self.status = kind
            self.eta_seconds = None
        return kind

    def _add_progress(self, event: dict) -> None:
        step = as_float(event.get("step"))
        if not math.isfinite(step):
            return
        last = self.loss.last_x()
        if last is not None and step <= last:
            # A resumed run repeats the steps after its checkpoint: keep the new ones.
            for series in (self.loss, self.smoothed, self.learning_rate, self.grad_norm):
                series.truncate_from(step)
            self._restart_ema()
        loss = as_float(event.get("loss"))
        self.loss.append(step, loss)
        if math.isfinite(loss):
            w = self.smoothing
            self._ema_running = w * self._ema_running + (1 - w) * loss
            self._ema_norm = w * self._ema_norm + (1 - w)
        self.smoothed.append(step, self._ema_running / self._ema_norm if self._ema_norm else math.nan)
        self.learning_rate.append(step, as_float(event.get("learning_rate")))
        self.grad_norm.append(step, as_float(event.get("grad_norm")))
        self.step = int(step)
        self.epoch = as_float(event.get("epoch"))
        eta = as_float(event.get("eta_seconds"))
        self.eta_seconds = eta if math.isfinite(eta) else None
        tps = as_float(event.get("tokens_per_second"))
        self.tokens_per_second = tps if math.isfinite(tps) else None

    def _restart_ema(self) -> None:
        smoothed = ema(self.loss.y, self.smoothing)
        self.smoothed.clear()
        for x, y in zip(self.loss.x.tolist(), smoothed.tolist()):
            self.smoothed.append(x, y)
        self._ema_running, self._ema_norm = 0.0, 0.0
        for v in self.loss.y.tolist():
            if math.isfinite(v):
                self._ema_running = self.smoothing * self._ema_running + (1 - self.smoothing) * v
                self._ema_norm = self.smoothing * self._ema_norm + (1 - self.smoothing)

    def set_smoothing(self, weight: float) -> None:
        self.smoothing = weight
        self._restart_ema()

    def final_values(self) -> dict[str, float]:
        out = {}
        for name, series in (("loss", self.loss), ("smoothed", self.smoothed), ("eval_loss", self.eval_loss)):
            if series.count:
                out[name] = float(series.y[-1])
        return out


def curves_from_events(events, smoothing: float = 0.9) -> RunCurves:
    curves = RunCurves(smoothing)
    for event in events:
        curves.add(event)
    return curves
