"""Small helpers for pyqtgraph widgets used by every view."""

from __future__ import annotations

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


__all__ = ["tie_menus"]
