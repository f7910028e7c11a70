"""Small helpers for pyqtgraph widgets used by every view."""

from __future__ import annotations

from typing import Any

import shiboken6

from actviz.ui.qt import QtWidgets, pg


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


__all__ = ["AnchoredLegend", "add_legend", "tie_menus"]
