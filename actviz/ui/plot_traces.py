"""The trace layer of the plot: faded copies of f left behind while a parameter moves."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from actviz.core import sample
from actviz.ui.guard import guarded
from actviz.ui.look import curve_pen as _pen
from actviz.ui.plot_items import PlotHost
from actviz.ui.qt import QtGui
from actviz.viewmodels.animation import TRACE_STEPS, crossed, trace_marks


class TraceLayer(PlotHost):
    """Part of :class:`~actviz.ui.plot.PlotView`: the ghosts of a traced animation."""

    @guarded
    def _on_trace(self, on: bool) -> None:
        if not on:
            self.clear_ghosts()
        self._last_params = self.state.params

    def _leave_traces(self, params: Mapping[str, Any]) -> None:
        """A faded copy of f each time a numeric parameter passes a tenth of its range."""
        act = self.state.activation
        old = getattr(self, "_last_params", None) or params
        for prm in act.params:
            hi = prm.max if math.isfinite(prm.max) else prm.soft_max
            if prm.is_choice or hi is None or not math.isfinite(prm.min):
                continue
            a, b = old.get(prm.name), params.get(prm.name)
            if a is None or b is None or a == b or not (math.isfinite(a) and math.isfinite(b)):
                continue
            for mark in crossed(trace_marks(prm.min, hi), a, b):
                self.add_ghost({**params, prm.name: mark})

    def add_ghost(self, params: Mapping[str, Any]) -> None:
        """Draw f for ``params`` as a faded curve that stays until the function changes."""
        key = tuple(sorted(params.items()))
        if key in self._ghost_keys or len(self._ghost_keys) >= 2 * TRACE_STEPS + 2:
            return
        self._ghost_keys.append(key)
        width, height = self.pixel_size()
        s = sample(self.state.activation, params, self.state.x_range, width, height_px=height, orders=(0,))
        if len(self._ghosts) < len(self._ghost_keys):
            item = self.plot.getPlotItem().plot(pen=self._ghost_pen())
            item.setZValue(3)
            self._ghosts.append(item)
        self._ghosts[len(self._ghost_keys) - 1].setData(s.x, s.f, connect=s.connect(0))

    def clear_ghosts(self) -> None:
        for item in self._ghosts:
            item.setData([], [])
        self._ghost_keys = []

    def _ghost_pen(self) -> QtGui.QPen:
        color = QtGui.QColor(self._look.curves[0])
        color.setAlpha(self._look.ghost_alpha)
        return _pen(color, 2.0 * self._factors.line)
