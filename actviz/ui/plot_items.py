"""The plot's items: the tick grid, the frame, the kink dots, the crosshair, and a stacked
layout's derivative panel. Made once per plot, then fed with ``setData``."""

from __future__ import annotations

import functools
import math
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from actviz.state.model import MAX_ABS_COORD
from actviz.ui.pgutil import tie_menus
from actviz.ui.qt import QtCore, QtGui, QtWidgets, pg
from actviz.viewmodels import theme
from actviz.viewmodels.function import AutoY, edge_room

if TYPE_CHECKING:
    from actviz.controllers.function import FunctionController
    from actviz.state import Overlay, State
    from actviz.ui.marks_layer import MarksLayer
    from actviz.ui.timing import Throttled

    _Widget = QtWidgets.QWidget
else:
    _Widget = object

Item = Any  # a pyqtgraph item (pyqtgraph has no type hints)


class PlotHost(_Widget):
    """What the parts of :class:`~actviz.ui.plot.PlotView` (its readout, legend and trace
    layers) use of it: declared here so that each part is type-checked against it. For the
    type checker only: at run time this is an empty base class, and the parts are mixed into
    the ``QWidget`` that PlotView is."""

    HINT_TEXT: str
    state: State
    controller: FunctionController
    notify: Callable[[str], object]
    plot: Item  # pg.PlotWidget
    vb: Item  # pg.ViewBox
    legend: Item  # pg.LegendItem
    curves: list[Item]
    bands: list[Item]
    overlay_items: dict[Overlay, tuple[Item, Item]]
    overlay_bands: dict[Overlay, tuple[Item, Item]]
    kink_filled: Item
    kink_hollow: Item
    cross_v: Item
    cross_h: Item
    marks: MarksLayer
    panels: list[Panel]
    readout: QtWidgets.QLabel
    param_text: QtWidgets.QLabel
    caption: QtWidgets.QLabel
    _look: theme.Look
    _factors: theme.Factors
    _presenting: bool
    _text_scale: float
    _readout_x: float | None
    _readout_text: str
    _readout_font_pt: float
    _param_text_shown: str
    _legend_corner: int
    _legend_shrink: float
    _placing_legend: bool
    _legend_label_later: Throttled
    _dash_samples: dict[str, Item]
    _ghosts: list[Item]
    _ghost_keys: list[tuple[tuple[str, Any], ...]]
    _last_params: dict[str, Any]

    if TYPE_CHECKING:

        @property
        def stacked(self) -> bool: ...

        def pixel_size(self) -> tuple[int, int]: ...

        def _plot_alive(self) -> bool: ...

        def _stack_axes(self) -> None: ...

        def _fit_figure_later(self, *_args: object) -> None: ...

        def _on_mouse_in(self, vb: Item, pos: QtCore.QPointF) -> None: ...


class TickGrid(pg.GridItem):
    """Grid lines at the axes' major ticks only: clear on a projector, cheap to repaint."""

    def __init__(self, plot_item: Item, pen: QtGui.QPen) -> None:
        super().__init__(pen=pen, textPen=None)
        self._pi = plot_item

    def generatePicture(self) -> None:  # noqa: N802 - pyqtgraph override
        rect = self.boundingRect()
        if rect.isNull():
            return
        self.picture = QtGui.QPicture()
        p = QtGui.QPainter(self.picture)
        p.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, False)  # axis-aligned: no need
        pen = QtGui.QPen(self.opts["pen"])
        pen.setCosmetic(True)
        p.setPen(pen)
        x0, x1 = sorted((rect.left(), rect.right()))
        y0, y1 = sorted((rect.top(), rect.bottom()))
        bottom, left = self._pi.getAxis("bottom"), self._pi.getAxis("left")
        levels = bottom.tickValues(x0, x1, max(bottom.width(), 100.0))
        for v in levels[0][1] if levels else []:
            p.drawLine(QtCore.QPointF(v, y0), QtCore.QPointF(v, y1))
        levels = left.tickValues(y0, y1, max(left.height(), 100.0))
        for v in levels[0][1] if levels else []:
            p.drawLine(QtCore.QPointF(x0, v), QtCore.QPointF(x1, v))
        p.end()


def _legible_ticks(axis: pg.AxisItem) -> None:
    """Major ticks on a vertical axis at least 1.4 text lines apart: pyqtgraph always labels
    its top tick level, however short the axis, so at huge scale on a short panel the labels
    ran into each other."""
    base = axis.tickSpacing

    def spacing(min_val: float, max_val: float, size: float) -> list[tuple[float, float]]:
        levels: list[tuple[float, float]] = base(min_val, max_val, size)
        if not levels or size <= 0 or max_val <= min_val:
            return levels
        font = axis.style.get("tickFont") or QtGui.QFont()
        need = 1.4 * QtGui.QFontMetricsF(font).height() * (max_val - min_val) / size  # in data units
        major, offset = levels[0]
        if major >= need:
            return levels
        step = major
        while step < need:  # 1, 2, 5 × 10^k, as pyqtgraph counts
            mantissa = step / 10 ** math.floor(math.log10(step))
            step *= 2.5 if round(mantissa) == 2 else 2.0
        return [(step, offset), *[lv for lv in levels[1:] if lv[0] < step][:1]]

    axis.tickSpacing = spacing


def _set_style(axis: pg.AxisItem, **style: Any) -> None:
    """Restyle an axis only if something changes: each restyle re-lays out its labels."""
    if any(axis.style.get(k) != v for k, v in style.items()):
        axis.setStyle(**style)


def _frame(pi: Item) -> tuple[TickGrid, tuple[Item, Item]]:
    """Grid lines at the labelled ticks, and the axes through the origin (shown in that style)."""
    # One cached picture of lines at the labelled ticks: far cheaper to repaint than
    # PlotItem.showGrid (about 22 ms per frame at 1080p), and aligned with the tick labels.
    grid = TickGrid(pi, pg.mkPen(theme.GRID_COLOR, width=1))
    grid.setZValue(-100)
    pi.addItem(grid, ignoreBounds=True)
    origin = (
        pg.InfiniteLine(pos=0, angle=90, pen=pg.mkPen(theme.AXIS_COLOR, width=2)),
        pg.InfiniteLine(pos=0, angle=0, pen=pg.mkPen(theme.AXIS_COLOR, width=2)),
    )
    for line in origin:
        line.setZValue(-50)
        pi.addItem(line, ignoreBounds=True)
    return grid, origin


def _restyle(
    grid: TickGrid,
    origin: tuple[Item, Item],
    crosshair: tuple[Item, Item],
    dots: tuple[Item, Item],
    look: theme.Look,
    f: theme.Factors,
) -> None:
    """A plot's grid, origin axes, crosshair and kink dots in a theme and projector scale."""
    grid.setPen(pg.mkPen(look.grid, width=f.line))
    for line in origin:
        line.setPen(pg.mkPen(look.axis, width=2 * f.line))
    cross = pg.mkPen(look.crosshair, width=f.line, style=QtCore.Qt.PenStyle.DashLine)
    for line in crosshair:
        line.setPen(cross)
    for item in dots:
        item.setSize(theme.KINK_DOT_SIZE * f.line)


def _kink_dots(pi: Item) -> tuple[Item, Item]:
    """Kink markers: filled = the value PyTorch takes there, hollow = the one-sided limits."""
    filled, hollow = (pg.ScatterPlotItem(size=theme.KINK_DOT_SIZE, symbol="o", pxMode=True) for _ in range(2))
    for item, z in ((hollow, 20), (filled, 21)):
        item.setZValue(z)
        pi.addItem(item, ignoreBounds=True)
    return filled, hollow


def _crosshair(pi: Item) -> tuple[Item, Item]:
    """The dashed lines through the point under the mouse: vertical, horizontal; hidden."""
    cross_pen = pg.mkPen((80, 80, 80, 160), width=1, style=QtCore.Qt.PenStyle.DashLine)
    lines = pg.InfiniteLine(angle=90, pen=cross_pen), pg.InfiniteLine(angle=0, pen=cross_pen)
    for line in lines:
        line.setZValue(30)
        line.hide()
        pi.addItem(line, ignoreBounds=True)
    return lines


class Panel:
    """One derivative's panel in the stacked layout: its own plot and automatic y range, its x
    axis tied to the main plot's, its own kink dots and crosshair. Made once, then reused."""

    def __init__(self, view: PlotHost, order: int) -> None:  # view: the PlotView that owns the panel
        self.order = order
        self.widget = pg.PlotWidget(enableMenu=False)
        self.widget.setObjectName(f"panel{order}")
        self.widget.setFocusPolicy(QtCore.Qt.FocusPolicy.StrongFocus)
        self.widget.setMinimumSize(320, 100)
        pi = self.pi = self.widget.getPlotItem()
        pi.hideButtons()
        tie_menus(self.widget, view)
        self.vb = pi.getViewBox()
        self.vb.setDefaultPadding(0.0)
        self.vb.setLimits(xMin=-MAX_ABS_COORD, xMax=MAX_ABS_COORD, yMin=-MAX_ABS_COORD, yMax=MAX_ABS_COORD)
        self.vb.setMouseEnabled(x=True, y=False)  # its y range is always automatic
        self.widget.setXLink(view.plot)
        for name in ("left", "bottom", "right", "top"):  # pens and fonts: see PlotView._style_panels
            ax = pi.getAxis(name)
            ax.setCacheMode(QtWidgets.QGraphicsItem.CacheMode.DeviceCoordinateCache)
            ax.enableAutoSIPrefix(False)  # "f″(x) (×0.001)" would misread every tick
        _legible_ticks(pi.getAxis("left"))
        self.grid, self.origin = _frame(pi)
        self.kink_filled, self.kink_hollow = _kink_dots(pi)
        self.cross_v, self.cross_h = _crosshair(pi)
        self.auto_y: AutoY = view.controller.panel_y[order]  # the controller fits it
        # Pixels kept free above and below the data: a curve at the range's very edge (ReLU′ = 0
        # on [0, 1]) would otherwise run along the frame, and the tick label there be cut in half.
        self.edge_px = 12.0
        self._y: tuple[float, float] | None = None
        self.vb.sigResized.connect(self.refit_y)
        self.vb.sigResized.connect(view._fit_figure_later)
        self.widget.scene().sigMouseMoved.connect(functools.partial(view._on_mouse_in, self.vb))

    def label(self, point_size: float, look: theme.Look = theme.LIGHT) -> None:
        """Name the panel on its y axis, in its curve's colour: f′(x) or f″(x)."""
        color = look.curves[self.order]
        css = {"color": color, "font-size": f"{point_size:g}pt", "font-weight": "bold"}
        self.pi.setLabel("left", theme.CURVE_NAMES[self.order], **css)

    def set_y(self, rng: tuple[float, float]) -> None:
        self._y = rng
        self.vb.setRange(yRange=edge_room(rng, self.vb.height(), self.edge_px), padding=0.0)

    def refit_y(self, *_args: object) -> None:
        """Keep the pixel margin when the panel's height changes."""
        if self._y is not None:
            self.set_y(self._y)
