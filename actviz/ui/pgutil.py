"""Small helpers for pyqtgraph widgets used by every view."""

from __future__ import annotations

import math
from typing import Any

import shiboken6

from actviz.ui.qt import QtGui, QtWidgets, pg


def tie_menus(plot: pg.PlotWidget | pg.PlotItem, owner: QtWidgets.QWidget) -> None:
    """Give pyqtgraph's context menus a Qt parent.

    They are created without one, so they would outlive a closed window for as long as anything
    references the plot in Python (and show up as stray top-level widgets).
    """
    pi = plot if isinstance(plot, pg.PlotItem) else plot.getPlotItem()
    for menu in (pi.ctrlMenu, getattr(pi.getViewBox(), "menu", None)):
        if menu is not None:
            menu.setParent(owner, menu.windowFlags())


class AnchoredLegend(pg.LegendItem):
    """A legend pinned to a corner of its plot's view that outlives the view quietly.

    pyqtgraph keeps the legend in its corner from the view's and the legend's geometryChanged.
    While a plot is torn down, the view's C++ object goes first and its children (this legend)
    still report geometry changes on the way out; pyqtgraph's handler then asks the deleted view
    for its rect and raises in the event loop.
    """

    def _GraphicsWidgetAnchor__geometryChanged(self) -> None:  # noqa: N802 (pyqtgraph's name)
        view = getattr(self, "_GraphicsWidgetAnchor__parent", None)
        if not shiboken6.isValid(self) or (view is not None and not shiboken6.isValid(view)):
            return
        super()._GraphicsWidgetAnchor__geometryChanged()


def add_legend(plot: pg.PlotWidget | pg.PlotItem, **kwargs: Any) -> pg.LegendItem:
    """``PlotItem.addLegend`` with a legend that survives the plot's teardown (see AnchoredLegend)."""
    pi = plot if isinstance(plot, pg.PlotItem) else plot.getPlotItem()
    if pi.legend is None:
        pi.legend = AnchoredLegend(**kwargs)
        pi.legend.setParentItem(pi.vb)
    return pi.legend


class ApartAxis(pg.AxisItem):
    """A horizontal axis whose labels keep a space between them. pyqtgraph spaces ticks by the
    axis length alone, so on a narrow plot with huge text "-2", "0", "2" and "4" ran together
    into "-20 2 4" (a small cell of the Function view's grid at 1024 × 768), and "2000", "4000",
    "6000" into one number (the loss plot). Where the labels would touch, the ticks are spread
    to the next step of 1, 2, 4 or 5 × 10ⁿ that leaves room for the widest label and a space
    (4 as well: on a small cell, steps of 5 leave only "0" once ±5 are at its edges)."""

    def tickSpacing(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, float]]:  # noqa: N802 - pyqtgraph override
        levels: list[tuple[float, float]] = super().tickSpacing(minVal, maxVal, size)
        span = abs(maxVal - minVal)
        if not levels or span <= 0 or size <= 0 or self.orientation not in ("bottom", "top"):
            return levels
        fm = QtGui.QFontMetricsF(self.style.get("tickFont") or self.font())
        space = fm.horizontalAdvance(" ")
        lo, hi = sorted((minVal, maxVal))

        def fits(step: float) -> bool:  # the widest label (one at an end) and a space between ticks
            ends = [math.ceil(lo / step) * step, math.floor(hi / step) * step]
            widest = max(fm.horizontalAdvance(t) for t in self.tickStrings(ends, self.scale, step))
            return step * size / span >= widest + space

        major = levels[0][0]
        if fits(major):
            return levels
        while not fits(major):  # the next step of 2, 4, 5 or 10 × 10ⁿ
            digits = 10 ** math.floor(math.log10(major) + 1e-9)
            major = next(m * digits for m in (2, 4, 5, 10) if m * digits > major * (1 + 1e-9))
        return [(major, 0)]


__all__ = ["AnchoredLegend", "ApartAxis", "add_legend", "tie_menus"]
