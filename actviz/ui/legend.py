"""Legends that cover no data: the Train and Depth views' legends sit in a row of their own
under the plot, with as many entries per line as the plot's width holds."""

from __future__ import annotations

from actviz.ui.qt import QtCore, QtGui, QtWidgets, pg


def legend_below(plot: pg.PlotWidget) -> pg.LegendItem:
    """A legend in its own row under the plot's axis: it never covers a curve. As many entries
    share a line as the plot's width holds, so it never makes the plot wider than its room."""
    pi = plot.getPlotItem()
    legend = pg.LegendItem(offset=None, colCount=1, brush=pg.mkBrush(0, 0, 0, 0))
    pi.layout.addItem(legend, 4, 1)
    pi.legend = legend  # named curves join it, and style_plot styles it
    pi.getViewBox().sigResized.connect(lambda *_: fit_legend(legend, pi))
    _FitOnResize(plot, legend)
    return legend


class _FitOnResize(QtCore.QObject):
    """Refits the legend to its widget's new width before pyqtgraph sizes the plot item: a
    legend laid out for a wider window (F11, then Esc) would otherwise hold the item wider
    than its widget, and cut off its right edge, since the view box then never shrinks."""

    def __init__(self, plot: pg.PlotWidget, legend: pg.LegendItem) -> None:
        super().__init__(plot)
        self.legend = legend
        plot.installEventFilter(self)

    def eventFilter(self, obj: QtCore.QObject, event: QtCore.QEvent) -> bool:  # noqa: N802 - Qt override
        if isinstance(event, QtGui.QResizeEvent) and self.legend.items:
            pi = obj.getPlotItem()  # type: ignore[attr-defined]  # installed on a pg.PlotWidget only
            margin = max(pi.width() - pi.getViewBox().width(), 0)
            fit_legend(self.legend, pi, room=event.size().width() - margin)
        return False


def fit_legend(legend: pg.LegendItem, pi: pg.PlotItem, room: float | None = None) -> None:
    """Lay the entries out row by row, as many per line as the view's width holds (at least
    one), or as ``room`` pixels hold (a plot item held wider than its widget by the legend
    itself cannot measure its room). The grid is made anew each time: pyqtgraph's own re-layout keeps the old row and
    column counts and leaves gaps."""
    items = list(legend.items)
    if not items:
        return
    spacing = legend.layout.horizontalSpacing()
    widths = [sample.boundingRect().width() + label.item.boundingRect().width() for sample, label in items]
    if room is None:
        room = pi.getViewBox().width()
        views = pi.scene().views() if pi.scene() is not None else []
        if len(views) == 1:  # a legend laid out for larger text may already hold the item too wide
            room = min(room, views[0].width() - max(pi.width() - pi.getViewBox().width(), 0))
    cols = 1
    for n in range(len(items), 1, -1):
        # A grid column is as wide as its widest entry.
        if sum(max(widths[c::n]) + 3 * max(spacing, 0) + 8 for c in range(n)) <= room:
            cols = n
            break
    key = (cols, tuple(id(sample) for sample, _ in items))
    if getattr(legend, "_fitted", None) == key and legend.layout.count() == 2 * len(items):
        return  # already laid out so (the view's resize this causes must not loop)
    legend._fitted = key
    old = legend.layout
    for i in range(old.count() - 1, -1, -1):
        old.removeAt(i)
    grid = QtWidgets.QGraphicsGridLayout()
    grid.setHorizontalSpacing(old.horizontalSpacing())
    grid.setVerticalSpacing(old.verticalSpacing())
    grid.setContentsMargins(*old.getContentsMargins())
    for i, (sample, label) in enumerate(items):
        row, col = divmod(i, cols)
        grid.addItem(sample, row, 2 * col, alignment=QtCore.Qt.AlignmentFlag.AlignVCenter)
        grid.addItem(label, row, 2 * col + 1)
    legend.layout = grid
    legend.setLayout(grid)
    legend.columnCount = cols
    legend.updateSize()


__all__ = ["fit_legend", "legend_below"]
