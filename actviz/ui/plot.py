"""The plot: draws what the state says, from the core's exact sampler.

Every item is created once (per overlay: once when pinned) and then only fed with
``setData``. Mouse pan/zoom is written back to the state, which re-samples the new range, so
corners and jumps stay exact at any zoom.
"""

from __future__ import annotations

import contextlib
import functools
import math

import numpy as np
import shiboken6

from actviz.controllers.function import FramePlan, FunctionController
from actviz.core import get, sample
from actviz.state import Overlay, State
from actviz.state.model import MAX_ABS_COORD
from actviz.ui.guard import guarded
from actviz.ui.i18n import tr_text
from actviz.ui.look import curve_pen as _pen
from actviz.ui.look import style_plot
from actviz.ui.marks_layer import MARK_COLOR, MARK_FONT_PT, MarksLayer
from actviz.ui.pgutil import add_legend, tie_menus
from actviz.ui.qt import QtCore, QtGui, QtWidgets, pg
from actviz.ui.timing import Debounced, Throttled
from actviz.viewmodels import theme
from actviz.viewmodels.animation import TRACE_STEPS, crossed, trace_marks
from actviz.viewmodels.function import (
    AutoY,
    KinkDots,
    band_segments,
    dense_envelope,
    edge_room,
    param_summary,
    values_at,
)
from actviz.viewmodels.layout import CORNERS, HYSTERESIS, best_corner, corner_counts, densify


class TickGrid(pg.GridItem):
    """Grid lines at the axes' major ticks only: clear on a projector, cheap to repaint."""

    def __init__(self, plot_item, pen):
        super().__init__(pen=pen, textPen=None)
        self._pi = plot_item

    def generatePicture(self):  # noqa: N802 - pyqtgraph override
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

    def spacing(min_val, max_val, size):
        levels = base(min_val, max_val, size)
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


def _set_style(axis: pg.AxisItem, **style) -> None:
    """Restyle an axis only if something changes: each restyle re-lays out its labels."""
    if any(axis.style.get(k) != v for k, v in style.items()):
        axis.setStyle(**style)


def _frame(pi):
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


def _restyle(grid, origin, crosshair, dots, look: theme.Look, f: theme.Factors) -> None:
    """A plot's grid, origin axes, crosshair and kink dots in a theme and projector scale."""
    grid.setPen(pg.mkPen(look.grid, width=f.line))
    for line in origin:
        line.setPen(pg.mkPen(look.axis, width=2 * f.line))
    cross = pg.mkPen(look.crosshair, width=f.line, style=QtCore.Qt.PenStyle.DashLine)
    for line in crosshair:
        line.setPen(cross)
    for item in dots:
        item.setSize(theme.KINK_DOT_SIZE * f.line)


def _kink_dots(pi):
    """Kink markers: filled = the value PyTorch takes there, hollow = the one-sided limits."""
    filled, hollow = (pg.ScatterPlotItem(size=theme.KINK_DOT_SIZE, symbol="o", pxMode=True) for _ in range(2))
    for item, z in ((hollow, 20), (filled, 21)):
        item.setZValue(z)
        pi.addItem(item, ignoreBounds=True)
    return filled, hollow


def _crosshair(pi):
    """The dashed lines through the point under the mouse: vertical, horizontal; hidden."""
    cross_pen = pg.mkPen((80, 80, 80, 160), width=1, style=QtCore.Qt.PenStyle.DashLine)
    lines = pg.InfiniteLine(angle=90, pen=cross_pen), pg.InfiniteLine(angle=0, pen=cross_pen)
    for line in lines:
        line.setZValue(30)
        line.hide()
        pi.addItem(line, ignoreBounds=True)
    return lines


CAPTION_PT = 16.0  # a lesson's caption at normal size: 24 pt tall text from ×1.5 up

# Reference marks in each theme: a magenta that no curve uses, light enough on dark.
MARK_COLORS = {"light": MARK_COLOR, "dark": "#FF7AC8", "contrast": "#A3005F"}


class Panel:
    """One derivative's panel in the stacked layout: its own plot and automatic y range, its x
    axis tied to the main plot's, its own kink dots and crosshair. Made once, then reused."""

    def __init__(self, view: PlotView, order: int) -> None:
        self.order = order
        self.widget = pg.PlotWidget()
        self.widget.setObjectName(f"panel{order}")
        self.widget.setFocusPolicy(QtCore.Qt.FocusPolicy.StrongFocus)
        self.widget.setMinimumSize(320, 100)
        pi = self.pi = self.widget.getPlotItem()
        pi.hideButtons()
        pi.setMenuEnabled(False)
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
        self._y = None
        self.vb.sigResized.connect(self.refit_y)
        self.vb.sigResized.connect(view._fit_figure_later)
        self.widget.scene().sigMouseMoved.connect(functools.partial(view._on_mouse_in, self.vb))

    def label(self, point_size: float, look: theme.Look = theme.LIGHT) -> None:
        """Name the panel on its y axis, in its curve's colour: f′(x) or f″(x)."""
        color = look.curves[self.order]
        css = {"color": color, "font-size": f"{point_size:g}pt", "font-weight": "bold"}
        self.pi.setLabel("left", theme.CURVE_NAMES[self.order], **css)

    def set_y(self, rng) -> None:
        self._y = rng
        self.vb.setRange(yRange=edge_room(rng, self.vb.height(), self.edge_px), padding=0.0)

    def refit_y(self, *_args) -> None:
        """Keep the pixel margin when the panel's height changes."""
        if getattr(self, "_y", None) is not None:
            self.set_y(self._y)


class PlotView(QtWidgets.QWidget):
    """The plot with its readout line. Reads the state and draws what the Function view's
    controller plans for each frame; writes the visible range (pan and zoom) to the state."""

    HINT_TEXT = QtCore.QT_TRANSLATE_NOOP("PlotView", "Move the mouse over the plot to read x, f, f′ and f″.")

    def __init__(
        self,
        state: State,
        notify=None,
        parent: QtWidgets.QWidget | None = None,
        controller: FunctionController | None = None,
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.controller = controller if controller is not None else FunctionController(state)
        self.notify = notify or (lambda message: None)
        self._applying = False
        self._readout_x: float | None = None
        self._param_text_shown = ""
        self._ghosts: list[pg.PlotDataItem] = []  # created on first use, then reused
        self._dash_samples: dict = {}  # colour -> a legend sample (never drawn on the plot)
        self._ghost_keys: list[tuple] = []
        self.last_samples = None
        self._where: dict = {}  # item -> the PlotItem holding it, for items that can move
        self.panels: list[Panel] = []  # [f′ panel, f″ panel] once stacked has been shown
        self.layout_name = "overlay"
        self._look = theme.look(state.theme)
        self._presenting = False
        self._factors = theme.factors(state.scale)

        self.readout = QtWidgets.QLabel(self.hint(), objectName="readout")
        self.readout.setTextFormat(QtCore.Qt.TextFormat.RichText)
        font = self.readout.font()
        self._readout_pt = font.pointSizeF() * 1.25
        font.setPointSizeF(self._readout_pt)
        font.setStyleHint(QtGui.QFont.StyleHint.Monospace)
        self.readout.setFont(font)
        self._readout_font_pt = self._readout_pt
        self._reserve_readout()
        # The scene's point in one sentence (a lesson's caption), large above the plot, wrapped
        # rather than cut; empty and hidden for an ordinary view.
        self.caption = QtWidgets.QLabel(objectName="caption")
        self.caption.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self.caption.setWordWrap(True)
        self.caption.hide()
        self._caption_function: str | None = None
        self.readout.setWordWrap(True)

        self.plot = pg.PlotWidget()
        self.plot.setObjectName("plot")
        self.plot.setFocusPolicy(QtCore.Qt.FocusPolicy.StrongFocus)  # a click gives it the keys
        self.plot.setMinimumSize(320, 240)
        pi = self.plot.getPlotItem()
        pi.hideButtons()
        pi.setMenuEnabled(False)
        tie_menus(self.plot, self)
        self.vb = pi.getViewBox()
        self.vb.setDefaultPadding(0.0)
        # The view can never show more than the state allows (the range boxes stop at ±1e12).
        self.vb.setLimits(xMin=-MAX_ABS_COORD, xMax=MAX_ABS_COORD, yMin=-MAX_ABS_COORD, yMax=MAX_ABS_COORD)

        for name in ("left", "bottom", "right", "top"):
            ax = pi.getAxis(name)
            ax.setPen(pg.mkPen(theme.AXIS_COLOR, width=1.5))
            ax.setTextPen(pg.mkPen(theme.AXIS_COLOR))
            ax.enableAutoSIPrefix(False)  # "f(x) (×0.001)" on the stacked layout's name misreads
        _legible_ticks(pi.getAxis("left"))
        self._text_scale = 1.0

        self.grid, self.origin = _frame(pi)

        # A framed, see-through legend: curves under it stay visible and it reads as a box.
        self.legend = add_legend(
            pi,
            offset=(12, 12),
            labelTextSize="13pt",
            brush=pg.mkBrush(255, 255, 255, 170),
            pen=pg.mkPen(150, 150, 150, 200),
            verSpacing=-4,
        )
        # The live parameter values, large, at the top right of the plot: readable from the
        # back of the room, and in every screenshot.
        # The live parameter values, large, in the row above the plot: readable from the back
        # of the room and in every screenshot. Outside the graphics scene on purpose: any text
        # changing inside it made the scene repaint what lies under it, ~5 ms a frame.
        self.param_text = QtWidgets.QLabel(objectName="paramValues")
        self.param_text.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self.param_text.hide()
        self._style_param_text()
        self.curves = []
        for i in range(3):
            item = pi.plot(pen=_pen(theme.CURVE_COLORS[i], theme.LINE_WIDTH), name=theme.CURVE_NAMES[i])
            item.setZValue(10 - i)
            self.curves.append(item)
        # A curve that oscillates faster than the pixels can show is drawn as its min/max
        # envelope per pixel column: the outline on the curve item, and this filled band.
        self.bands = []
        self.envelope_mode = [False, False, False]
        self.envelopes = [None, None, None]
        for i in range(3):
            band = self._make_band(theme.CURVE_COLORS[i], 10 - i - 0.5)
            self.bands.append(band)

        self.kink_filled, self.kink_hollow = _kink_dots(pi)
        self.cross_v, self.cross_h = _crosshair(pi)

        self.marks = MarksLayer(state, self)  # reference lines and points from the state
        self.marks.attach(pi)

        self.overlay_items: dict[Overlay, tuple[pg.PlotDataItem, pg.PlotDataItem]] = {}
        self.overlay_bands: dict[Overlay, tuple[pg.PlotCurveItem, pg.PlotCurveItem]] = {}
        self._kink_key: KinkDots | None = None
        # While a slider is dragged the automatic y range only grows (with headroom), so the
        # axes are not re-laid out on every frame; once input pauses it is fitted tightly again.
        self._tighten = Debounced(self._fit_tight, 250, self)
        # The legend names the values as well: live while a slider is dragged or the parameter
        # animates, but at most 4 times a second (its re-layout costs ~3 ms), and always once
        # more after the last change, so it never stays behind the curve.
        self._legend_label_later = Throttled(self._sync_legend_label, 250, self)
        self._param_text_later = Throttled(self._update_param_text, 50, self)
        # The legend goes to the corner where it hides the least of the curves when they are
        # drawn; it moves only for a clearly better corner, so it does not hop for a pixel.
        # At once when the plot has been still, then at most 4 times a second during a drag
        # (it costs ~2 ms: not on every frame).
        self._place_legend_soon = Throttled(self.place_legend, 250, self)
        self._legend_corner = 0
        self._legend_shrink = 1.0  # < 1 while no corner of a small plot has room for the legend
        self._placing_legend = False
        # A child timer, not QTimer.singleShot with a bound method: it dies with this widget,
        # so a resize just before closing can never call into deleted plot items.
        self._resized = QtCore.QTimer(self, singleShot=True, interval=0)
        self._resized.timeout.connect(self._refresh_later)
        self._fit_figure_timer = QtCore.QTimer(self, singleShot=True, interval=0)
        self._fit_figure_timer.timeout.connect(self._fit_figure)

        lay = QtWidgets.QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(self.caption)
        top = QtWidgets.QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        # The readout takes what the parameter values leave and wraps there: never under them.
        top.addWidget(self.readout, 1)
        top.addWidget(self.param_text, 0, QtCore.Qt.AlignmentFlag.AlignRight | QtCore.Qt.AlignmentFlag.AlignBottom)
        lay.addLayout(top)
        # The figure: the main plot, and below it the f′ and f″ panels of the stacked layout
        # (made the first time they are needed), or in its place the grid of small multiples.
        self.figure = QtWidgets.QWidget(objectName="figure")
        self._figure_lay = QtWidgets.QVBoxLayout(self.figure)
        self._figure_lay.setContentsMargins(0, 0, 0, 0)
        self._figure_lay.setSpacing(0)
        self._figure_lay.addWidget(self.plot, 3)
        lay.addWidget(self.figure, 1)
        self.grid_view = None

        # Axes and legend change rarely while a slider moves: let Qt keep each as a pixmap and
        # blit it, instead of replaying their drawing on every frame. Not the grid: its cache is
        # a full-plot transparent pixmap, which cost ~1 ms to composite on every frame and
        # ~5 ms to re-render whenever the y range moved, while its few lines draw in ~0.1 ms.
        cache = QtWidgets.QGraphicsItem.CacheMode.DeviceCoordinateCache
        for item in (*(pi.getAxis(n) for n in ("left", "bottom", "right", "top")), self.legend):
            item.setCacheMode(cache)
        self._brushes: dict = {}
        self._pens: dict = {}

        self.vb.sigRangeChanged.connect(self._on_view_range)
        self.vb.sigResized.connect(self._on_plot_resized)
        self.legend.geometryChanged.connect(self._on_legend_geometry)
        self.plot.scene().sigMouseMoved.connect(self._on_mouse)
        self.plot.installEventFilter(self)  # the mouse leaving the plot clears the readout

        ev = state.events
        ev.function.connect(self._on_function)
        ev.params.connect(self._on_data)
        ev.trace.connect(self._on_trace)
        ev.x_range.connect(self._on_x_range)
        ev.y_range.connect(self._on_y_range)
        ev.shown.connect(self._on_shown)
        ev.style.connect(self._on_style)
        ev.overlays.connect(self._on_overlays)
        ev.layout.connect(self._on_layout)
        ev.theme.connect(self._on_look)
        ev.scale.connect(self._on_look)

        self._sync_overlay_items(state.overlays)
        self._apply_shown()
        self._on_y_range(state.y_range)
        self._set_view_x(state.x_range)
        if state.layout != "overlay":
            self._apply_layout(state.layout)
        self.apply_look()  # the style's axes too; also draws

    # ------------------------------------------------------------------ state -> view
    @guarded
    def _on_trace(self, on):
        if not on:
            self.clear_ghosts()
        self._last_params = self.state.params

    def _leave_traces(self, params) -> None:
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

    def add_ghost(self, params) -> None:
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

    @guarded
    def _on_function(self, function_id):
        if self._caption_function is not None and function_id != self._caption_function:
            self.set_caption("")  # a lesson's point is about its function, not the next one
        self.clear_ghosts()
        self.param_text.setMinimumWidth(0)
        self.hide_readout()
        self._apply_shown()  # the legend names the function

    @guarded
    def _on_data(self, params):
        if self.state.trace:
            self._leave_traces(params)
        self._last_params = dict(params)
        self._param_text_later()  # 20 times a second is plenty for text; the curves get every frame
        self.refresh()

    @guarded
    def _on_x_range(self, x_range):
        self._set_view_x(x_range)
        self.refresh()

    @guarded
    def _on_y_range(self, y_range):
        # Mouse y-zoom only makes sense with a fixed y range; in automatic mode it follows data.
        self.vb.setMouseEnabled(x=True, y=y_range is not None)
        if y_range is not None:
            self._set_view_y(y_range)
        self.refresh()

    @guarded
    def _on_shown(self, shown):
        self._apply_shown()
        self.refresh()

    @guarded
    def _on_style(self, style):
        self._apply_style(style)

    @guarded
    def _on_overlays(self, overlays):
        self._sync_overlay_items(overlays)
        self._apply_shown()
        self.refresh()

    @guarded
    def _on_layout(self, layout):
        self._apply_layout(layout)
        self.refresh()

    def _apply_layout(self, layout: str) -> None:
        """overlay: one plot; stacked: f on top, f′ and f″ in panels below sharing x;
        grid: the current function and each pin in small multiples with the same axes."""
        self.layout_name = layout
        if layout == "stacked" and not self.panels:
            self.panels = [Panel(self, 1), Panel(self, 2)]
            for panel in self.panels:
                panel.widget.installEventFilter(self)
                self._figure_lay.addWidget(panel.widget, 2)
                panel.widget.hide()
                # A mark shows on every panel whose range holds it; a vertical line is named once.
                self.marks.attach(panel.pi, v_labels=False, orders=(panel.order,))
            self._style_panels()
        if layout == "grid" and self.grid_view is None:
            from actviz.ui.grid_view import SmallMultiples

            self.grid_view = SmallMultiples(self.state, self, on_new_cell=self._attach_cell)
            self.grid_view.apply_look(self._look, self._factors)
            self._figure_lay.addWidget(self.grid_view, 3)
        # In the stacked layout f′ and f″ marks go to their own panels, not the main plot.
        self.marks.attach(self.plot.getPlotItem(), orders=(0,) if layout == "stacked" else (0, 1, 2))
        self.plot.setVisible(layout != "grid")
        if self.grid_view is not None:
            self.grid_view.setVisible(layout == "grid")
            self.grid_view.set_active(layout == "grid")
        self._kink_key = None  # the dots may move to other panels
        self._place_items()
        self._apply_shown()

    def _attach_cell(self, plot_item) -> None:
        """Marks in a grid cell: cell k shows the live function (k = 0) or the k-th pin."""
        k = next(i for i, c in enumerate(self.grid_view.cells) if c.pi is plot_item)

        def shown() -> str | None:
            if k == 0:
                return self.state.function_id
            pins = self.state.overlays
            return pins[k - 1].function_id if k - 1 < len(pins) else None

        self.marks.attach(plot_item, function=shown)

    def _home(self, order: int):
        """The PlotItem that draws curves of this derivative order in the current layout."""
        if order and self.layout_name == "stacked" and self.panels:
            return self.panels[order - 1].pi
        return self.plot.getPlotItem()

    def _place(self, item, order: int) -> None:
        target = self._home(order)
        where = self._where.get(item) or self.plot.getPlotItem()  # every item starts on the main plot
        if where is not target:
            where.removeItem(item)
            target.addItem(item, ignoreBounds=True)
        self._where[item] = target

    def _place_items(self) -> None:
        for i in (1, 2):
            self._place(self.curves[i], i)
            self._place(self.bands[i], i)
        for ov, (_f_item, df_item) in self.overlay_items.items():
            self._place(df_item, 1)
            self._place(self.overlay_bands[ov][1], 1)

    def _drop(self, item) -> None:
        (self._where.pop(item, None) or self.plot.getPlotItem()).removeItem(item)

    def focus_widget(self) -> QtWidgets.QWidget:
        """Where keys go when nothing is being edited: the plot, or the grid in its place."""
        if self.layout_name == "grid" and self.grid_view is not None:
            return self.grid_view.view
        return self.plot

    def graphics_views(self) -> list:
        """The plots that make up the figure in the current layout, top to bottom."""
        if self.layout_name == "grid" and self.grid_view is not None:
            return [self.grid_view.view]
        return [self.plot] + [p.widget for p in self.panels if p.widget.isVisibleTo(self)]

    def hover_items(self) -> list:
        """What follows the mouse on the plots (the crosshair): left out of exported pictures."""
        return [self.cross_v, self.cross_h, *(c for p in self.panels for c in (p.cross_v, p.cross_h))]

    @property
    def stacked(self) -> bool:
        return self.layout_name == "stacked" and bool(self.panels)

    def _sync_overlay_items(self, overlays):
        """Create items for new overlays (once each) and drop those of removed ones."""
        pi = self.plot.getPlotItem()
        for ov in list(self.overlay_items):
            if ov not in overlays:
                for item in (*self.overlay_items.pop(ov), *self.overlay_bands.pop(ov)):
                    self._drop(item)
                    self.legend.removeItem(item)
        for ov in overlays:
            if ov not in self.overlay_items:
                color = self._look.overlay(ov.slot)
                width = theme.OVERLAY_WIDTH * self._factors.line
                f_item = pi.plot(pen=_pen(color, width), name=ov.label())
                df_item = pi.plot(pen=_pen(color, width, dash=True))
                f_item.setZValue(5)
                df_item.setZValue(4)
                self.overlay_items[ov] = (f_item, df_item)
                self.overlay_bands[ov] = (self._make_band(color, 4.5), self._make_band(color, 3.5))
        self._place_items()

    def _apply_shown(self):
        self._legend_shrink = 1.0  # other entries: try the full size again
        shown = self.state.shown
        for i, item in enumerate(self.curves):
            item.setVisible(shown[i])
            if not shown[i]:
                item.setData([], [])
                self.bands[i].setVisible(False)
                self.envelope_mode[i] = False
        for panel in self.panels:
            panel.widget.setVisible(self.stacked and shown[panel.order])
        self._stack_axes()
        self._rebuild_legend()
        self._update_param_text()

    def _stack_axes(self) -> None:
        """Stacked panels line up: one left-axis width for all, x tick values on the lowest."""
        pis = [self.plot.getPlotItem()] + [p.pi for p in self.panels if p.widget.isVisibleTo(self)]
        stacked = self.stacked and len(pis) > 1
        # Tick labels and the panel's name side by side: a little under proportional to the text
        # (names on short panels are capped), so that huge text does not take the plot's width.
        width = round(96 * (1 + 0.5 * (self._text_scale - 1))) if stacked else None
        for k, pi in enumerate(pis):
            pi.getAxis("left").setWidth(width)
            pi.getAxis("bottom").setStyle(showValues=not stacked or k == len(pis) - 1)
        main_left = pis[0].getAxis("left")
        if self.stacked:
            color = self._look.curves[0]
            css = {"color": color, "font-size": f"{self._name_pt():g}pt", "font-weight": "bold"}
            pis[0].setLabel("left", theme.CURVE_NAMES[0], **css)
        elif main_left.label.isVisible():
            main_left.showLabel(False)
        if not stacked:
            for panel in self.panels:
                panel.pi.getAxis("left").setWidth(None)
        self._fit_figure()

    # Each stacked panel shows at least this many pixels of data: below it a lecturer's f′ is a
    # strip with its tick labels on top of each other.
    MIN_PANEL_DATA_PX = 120

    @guarded
    def _fit_figure_later(self, *_args) -> None:
        self._fit_figure_timer.start()

    def _fit_figure(self) -> None:
        """In the stacked layout, f and each shown derivative share the figure's height evenly,
        and each gets at least :attr:`MIN_PANEL_DATA_PX` of data: the figure then claims that
        much from the formulas below rather than squeezing the lowest panel."""
        lay = self._figure_lay
        plots = [(self.plot, self.plot.getPlotItem())]
        plots += [(p.widget, p.pi) for p in self.panels if p.widget.isVisibleTo(self)]
        if not (self.stacked and len(plots) > 1):
            for pi in [self.plot.getPlotItem()] + [p.pi for p in self.panels]:
                _set_style(pi.getAxis("left"), hideOverlappingLabels=False)
            self.plot.setMinimumHeight(240)
            lay.setStretchFactor(self.plot, 3)
            self.figure.setMinimumHeight(0)
            return
        total = 0
        tick_px = QtGui.QFontMetrics(self.plot.getPlotItem().getAxis("left").style.get("tickFont") or self.font())
        for k, (widget, pi) in enumerate(plots):
            last = k == len(plots) - 1
            # Each panel is a widget of its own: a tick label at its top or bottom edge would be
            # cut in half by the panel's border. Such a label is left out (its neighbours read
            # the scale); the derivative panels keep room for theirs (see Panel.edge_px).
            _set_style(pi.getAxis("left"), hideOverlappingLabels=True)
            vb_h = pi.getViewBox().height()
            if widget.height() > 0 and vb_h > 0:
                overhead = widget.height() - vb_h  # what this panel's axes and frame take
            else:
                overhead = (pi.getAxis("bottom").height() if last else 0) + 6
            need = math.ceil(self.MIN_PANEL_DATA_PX + overhead)
            if need != widget.minimumHeight():
                widget.setMinimumHeight(need)
            lay.setStretchFactor(widget, 1)
            total += need
        if total != self.figure.minimumHeight():
            self.figure.setMinimumHeight(total)
        for panel in self.panels:
            panel.edge_px = max(12.0, 0.5 * tick_px.height() + 4)

    def _plot_alive(self) -> bool:
        """False while the plot is torn down: the view goes before the legend, which still
        reports geometry changes on its way out."""
        return all(shiboken6.isValid(obj) for obj in (self, self.vb, self.legend))

    @guarded
    def place_legend(self) -> None:
        """Put the legend in the corner of the main plot where it covers the fewest curve pixels."""
        if not self._plot_alive() or not self.legend.isVisible():
            return
        rect = self.vb.sceneBoundingRect()
        w, h = rect.width(), rect.height()
        (x0, x1), (y0, y1) = self.vb.viewRange()
        if w < 10 or h < 10 or x1 <= x0 or y1 <= y0:
            return
        stacked = self.stacked
        items = [c for i, c in enumerate(self.curves) if c.isVisible() and not (stacked and i)]
        items += [b for i, b in enumerate(self.bands) if b.isVisible() and not (stacked and i)]
        for ov, (f_item, df_item) in self.overlay_items.items():
            items += [f_item, self.overlay_bands[ov][0]]
            if not stacked:
                items += [df_item, self.overlay_bands[ov][1]]
        curves = []
        for item in items:
            xs, ys = item.getData() if isinstance(item, pg.PlotDataItem) else (item.xData, item.yData)
            if xs is None or len(xs) == 0:
                continue
            px = (np.asarray(xs, float) - x0) * (w / (x1 - x0))
            py = (y1 - np.asarray(ys, float)) * (h / (y1 - y0))
            curves.append(densify(px, py, step=3.0))
        # So are the kink dots (on the main plot: in the stacked layout f′'s are on its panel).
        for dots in (self.kink_filled, self.kink_hollow):
            if dots.isVisible():
                xs, ys = dots.getData()
                if xs is not None and len(xs):
                    px = (np.asarray(xs, float) - x0) * (w / (x1 - x0))
                    py = (y1 - np.asarray(ys, float)) * (h / (y1 - y0))
                    # A dot is a disc, not a point: its rim must stay clear as well.
                    r = 8.0 * self._factors.line
                    for dx in (-r, 0.0, r):
                        for dy in (-r, 0.0, r):
                            curves.append((px + dx, py + dy))
        # Reference lines and points are data too: the legend must not hide them either.
        for kind, value, _text in self.marks.drawn(self.plot.getPlotItem()):
            if kind == "h":
                curves.append(densify([0.0, w], [(y1 - value) * (h / (y1 - y0))] * 2, step=3.0))
            elif kind == "v":
                curves.append(densify([(value - x0) * (w / (x1 - x0))] * 2, [0.0, h], step=3.0))
            else:
                px, py = value
                curves.append(([(px - x0) * (w / (x1 - x0))], [(y1 - py) * (h / (y1 - y0))]))
        offset = 12.0
        box = self.legend.boundingRect()
        corner = best_corner((box.width(), box.height()), (w, h), curves, offset, self._legend_corner)
        # No free corner: smaller text, a few times, down to 8 pt, before covering a curve.
        for _ in range(4):
            if corner_counts((box.width(), box.height()), (w, h), curves, offset)[corner] <= HYSTERESIS:
                break
            if float(self._legend_size().removesuffix("pt")) <= 8.0:
                break
            self._legend_shrink *= 0.75
            self._placing_legend = True
            try:
                self._rebuild_legend()
            finally:
                self._placing_legend = False
            box = self.legend.boundingRect()
            corner = best_corner((box.width(), box.height()), (w, h), curves, offset, self._legend_corner)
        self._legend_box = box
        if corner != self._legend_corner or not getattr(self, "_legend_placed", False):
            self._legend_corner, self._legend_placed = corner, True
            fx, fy = CORNERS[corner]
            self._placing_legend = True  # anchoring moves the legend: no second placement
            try:
                self.legend.anchor(
                    itemPos=(fx, fy), parentPos=(fx, fy), offset=(-offset if fx else offset, -offset if fy else offset)
                )
            finally:
                self._placing_legend = False
        # The marks' labels keep off the legend and off the curves, which may have moved.
        self.marks.refit(self.plot.getPlotItem())
        if self.stacked:
            for panel in self.panels:
                if panel.widget.isVisibleTo(self):
                    self.marks.refit(panel.pi)

    @guarded
    def _on_plot_resized(self, *_args) -> None:
        if not self._plot_alive():
            return
        self._legend_shrink = 1.0  # a new plot size: try the full size again
        self._on_legend_geometry()

    @guarded
    def _on_legend_geometry(self, *_args) -> None:
        if self._placing_legend or not self._plot_alive():
            return
        self._name_panels()
        size = self._legend_size()
        if size != self.legend.opts.get("labelTextSize"):  # the plot's height changed the cap
            self._placing_legend = True
            try:
                self._rebuild_legend()
            finally:
                self._placing_legend = False
        self.place_legend()

    def _name_pt(self) -> float:
        """The stacked panels' names (f(x), f′(x) written up their y axes) at 16 pt × the text
        scale, but never longer than the shortest panel is tall: on a short panel they would
        run into each other."""
        pt = 16 * self._text_scale
        heights = [self.vb.height()] + [p.vb.height() for p in self.panels if p.widget.isVisibleTo(self)]
        shortest = min(heights)
        if shortest > 20:
            # "f′(x)" in bold is about 3.3 em long; 0.85 of the height leaves a margin.
            pt = min(pt, max(8.0, round(0.85 * shortest / (3.3 * 4 / 3) * 2) / 2))
        return pt

    def _name_panels(self) -> None:
        """Rename the stacked panels when their height changes the names' size."""
        if not self.stacked:
            return
        pt = self._name_pt()
        if pt != getattr(self, "_named_pt", None):
            self._named_pt = pt
            for panel in self.panels:
                panel.label(pt, self._look)
            self._stack_axes()

    def _legend_size(self) -> str:
        n = self._legend_entries()
        pt = (13 if n <= 4 else 10.5) * self._text_scale
        return f"{min(pt, self._legend_cap()):g}pt"

    def _legend_cap(self) -> float:
        """The largest legend text (pt) whose rows fill at most 40 % of the plot's height: on a
        small plot at huge scale a full-size legend would hide it all."""
        n = self._legend_entries()
        rows = max(1, math.ceil(n / (1 if n <= 4 else 2 if n <= 9 else 3)))
        height = self.vb.sceneBoundingRect().height() if self.vb.scene() is not None else 0.0
        if height < 50:
            return math.inf  # not laid out yet
        # A legend row is about 1.5 lines of text, and a point is 4/3 px.
        return max(8.0, self._legend_shrink * round(0.4 * height / (rows * 1.5 * 4 / 3) * 2) / 2)

    def _rebuild_legend(self) -> None:
        """The legend lists only what is drawn. With many pins it uses more columns and smaller
        text, so it never covers half of a small plot. (A pinned function's f′ is its dashed
        line, as the Compare panel's tooltip says.)"""
        shown = self.state.shown
        self.legend.clear()
        n = self._legend_entries()
        self.legend.setLabelTextSize(self._legend_size())
        self.legend.setColumnCount(1 if n <= 4 else 2 if n <= 9 else 3)
        for i, item in enumerate(self.curves):
            if shown[i]:
                self.legend.addItem(item, self._live_label() if i == 0 else theme.CURVE_NAMES[i])
        each = len(self.overlay_items) <= self.PIN_F1_ENTRIES
        for ov, (f_item, _df_item) in self.overlay_items.items():
            self.legend.addItem(f_item, ov.label())
            if shown[1] and each:  # every drawn curve is named: the dashed line is this pin's f′
                sample = self._dash_sample(self._look.overlay(ov.slot))
                self.legend.addItem(sample, f"{ov.label()}  {theme.CURVE_NAMES[1]}")
        if shown[1] and self.overlay_items and not each:
            # Many pins: one row says what their dashed lines are, in the axis colour.
            self.legend.addItem(self._dash_sample(self._look.axis), self.tr("pins' f′(x)"))
        self.legend.updateSize()

    def _dash_sample(self, color) -> pg.PlotDataItem:
        """A legend sample for a dashed line: thin enough that its 20 px show the dashes (a
        sample drawn with the curve's own wide pen at huge would read as a solid line)."""
        item = self._dash_samples.get(color)
        if item is None:
            item = self._dash_samples[color] = pg.PlotDataItem()
        item.setPen(_pen(color, min(2.5, theme.OVERLAY_WIDTH * self._factors.line), dash=True))
        return item

    # Up to this many pins get a legend row for their dashed f′ each; more share one row.
    PIN_F1_ENTRIES = 2

    def _legend_entries(self) -> int:
        pins = len(self.overlay_items)
        if self.state.shown[1] and pins:
            pins += pins if pins <= self.PIN_F1_ENTRIES else 1
        return sum(self.state.shown) + pins

    def _live_label(self) -> str:
        act = self.state.activation
        summary = param_summary(act, self.state.params).replace(" = ", "=")
        return f"{act.label}{f' ({summary})' if summary else ''}  {theme.CURVE_NAMES[0]}"

    def _update_param_text(self) -> None:
        act = self.state.activation
        summary = param_summary(act, self.state.params)
        self.param_text.setVisible(bool(summary))
        if summary and summary != self._param_text_shown:
            self._param_text_shown = summary
            self.param_text.setText(summary)
            # Only ever grow while a slider moves: a label that changes its size hint on every
            # step re-lays out the plot's column (≈1 ms a frame).
            need = self.param_text.sizeHint().width()
            if need > self.param_text.minimumWidth():
                self.param_text.setMinimumWidth(need + self.param_text.fontMetrics().horizontalAdvance("00"))
        self._legend_label_later()  # throttled: see __init__

    @guarded
    def show_params_now(self) -> None:
        """The large values and the legend show the current parameters at once, not at their
        next throttled turn: when an animation stops, all readouts agree in the next paint."""
        self._update_param_text()
        self._sync_legend_label()

    def _sync_legend_label(self) -> None:
        if not shiboken6.isValid(self):
            return
        for sample_item, label in self.legend.items:
            if sample_item.item is self.curves[0]:
                text = self._live_label()
                if label.text != text:
                    label.setText(text, size=self._legend_size())
                break

    def _style_param_text(self) -> None:
        self.param_text.setStyleSheet(
            f"QLabel#paramValues {{ color: {self._look.curves[0]}; font-weight: bold;"
            f" font-size: {20 * self._text_scale:g}pt; padding: 0px 10px; }}"
        )
        # Beside the side panel and formulas a caption at most ×1.5 (24 pt) leaves the plot room;
        # in presentation mode it takes the full size.
        k = self._text_scale if self._presenting else min(self._text_scale, 1.5)
        self.caption.setStyleSheet(
            f"QLabel#caption {{ color: {self._look.foreground}; font-weight: bold;"
            f" font-size: {CAPTION_PT * k:g}pt; padding: 0px 6px; }}"
        )

    def _apply_style(self, style):
        pi = self.plot.getPlotItem()
        boxed = style == "boxed"
        for name in ("top", "right"):
            pi.showAxis(name, boxed)
            if boxed:
                pi.getAxis(name).setStyle(showValues=False)
        for name in ("left", "bottom"):
            pi.getAxis(name).setPen(
                pg.mkPen(self._look.axis if boxed else (0, 0, 0, 0), width=1.5 * self._factors.line)
            )
        for line in self.origin:
            line.setVisible(not boxed)
        for panel in self.panels:
            for name in ("top", "right"):
                panel.pi.showAxis(name, boxed)
                if boxed:
                    panel.pi.getAxis(name).setStyle(showValues=False)
            for name in ("left", "bottom"):
                panel.pi.getAxis(name).setPen(
                    pg.mkPen(self._look.axis if boxed else (0, 0, 0, 0), width=1.5 * self._factors.line)
                )
            for line in panel.origin:
                line.setVisible(not boxed)
        if self.panels:
            # An axis pen resets its name's colour: name the panels again, each in its colour.
            for panel in self.panels:
                panel.label(self._name_pt(), self._look)
            self._stack_axes()

    def _set_view_x(self, rng):
        self._set_view(xRange=rng)

    def _set_view_y(self, rng):
        self._set_view(yRange=rng)

    def _set_view(self, **ranges):
        """Move the view from the state; the flag keeps this from being written back."""
        self._applying = True
        try:
            self.vb.setRange(padding=0.0, **ranges)
        finally:
            self._applying = False

    # ------------------------------------------------------------------ view -> state
    @guarded
    def _on_view_range(self, _vb, ranges, *_):
        if self._applying:
            return
        (x0, x1), (y0, y1) = ranges
        try:
            self.state.set_x_range(x0, x1)
            if self.state.y_range is not None:
                self.state.set_y_range((y0, y1))
        except ValueError as e:
            # Zoomed past what can be drawn: go back to the last valid view.
            self.notify(tr_text(e))
            self._set_view_x(self.state.x_range)
            if self.state.y_range is not None:
                self._set_view_y(self.state.y_range)

    # ------------------------------------------------------------------ drawing
    def pixel_size(self) -> tuple[int, int]:
        rect = self.vb.sceneBoundingRect()
        return max(int(rect.width()), 100), max(int(rect.height()), 80)

    @property
    def auto_y(self) -> AutoY:
        """The main plot's automatic y range (the controller holds and fits it)."""
        return self.controller.auto_y

    def refresh(self) -> None:
        """Draw the controller's plan for this frame: the live function and the pins sampled
        for the visible range, the kink dots, and the automatic y ranges."""
        width, height = self.pixel_size()
        plan = self.controller.plan_frame(width, height, self.stacked)
        self.apply_plan(plan, width)

    def apply_plan(self, plan: FramePlan, width: int) -> None:
        """Push a frame's plan to the plot items with setData (hidden curves were emptied
        once, in _apply_shown, not every frame)."""
        st = self.state
        x_range, shown = st.x_range, st.shown
        self.last_samples = plan.samples
        stacked = self.stacked
        for c in plan.curves:
            self._set_curve(c.order, c.x, c.y, c.connect, c.dense, x_range, width)
        self._draw_kinks(plan.kinks)
        line = theme.OVERLAY_WIDTH * self._factors.line
        for pin in plan.pins:
            if not pin.fresh or pin.overlay not in self.overlay_items:
                continue  # a pinned curve only changes with the view: not re-sent while a slider moves
            f_item, df_item = self.overlay_items[pin.overlay]
            f_band, df_band = self.overlay_bands[pin.overlay]
            ov_act, ov_params, os_ = get(pin.overlay.function_id), pin.overlay.param_dict, pin.samples
            push = functools.partial(self._push, x_range=x_range, width=width, pen_width=line)
            push(f_item, f_band, ov_act, ov_params, 0, os_.x, os_.f, os_.connect(0), pin.dense)
            if shown[1]:
                vb = self.panels[0].vb if stacked else None
                push(df_item, df_band, ov_act, ov_params, 1, os_.x, os_.df, os_.connect(1), pin.dense, vb=vb)
            else:
                df_item.setData([], [])
                df_band.setVisible(False)
        if plan.y_range is not None:
            self._set_view_y(plan.y_range)
        if stacked:
            for order, rng in plan.panel_y.items():
                self.panels[order - 1].set_y(rng)
        if plan.settle_later:
            self._tighten()  # fit tightly once input pauses
        self._place_legend_soon()
        if self._readout_x is not None:
            x0, x1 = x_range
            if x0 <= self._readout_x <= x1:
                self.show_readout(self._readout_x)
            else:
                self.hide_readout()

    def _make_band(self, color, z):
        # Vertical pixel-wide segments side by side, unantialiased: pyqtgraph's fast path
        # (a filled polygon of the same outline took 0.7 s per frame to rasterise).
        band = pg.PlotCurveItem(pen=pg.mkPen(color, width=2), antialias=False)
        band.setZValue(z)
        band.setVisible(False)
        self.plot.getPlotItem().addItem(band, ignoreBounds=True)
        return band

    def _set_curve(self, i, x, y, connect, dense, x_range, width):
        act, params = self.state.activation, self.state.params
        self.envelope_mode[i] = dense
        pen_width = theme.LINE_WIDTH * self._factors.line
        vb = self.panels[i - 1].vb if i and self.stacked else None
        self.envelopes[i] = self._push(
            self.curves[i], self.bands[i], act, params, i, x, y, connect, dense, x_range, width, pen_width, vb
        )

    def _push(self, item, band, act, params, order, x, y, connect, dense, x_range, width, pen_width, vb=None):
        """Push one curve: the exact polyline, or, when it is denser than the pixels, its
        min/max envelope per pixel column (stroking thousands of thick zig-zags took seconds
        per frame). Returns the envelope drawn, or None."""
        if dense:
            env = dense_envelope(act, params, order, x, y, x_range, width)
            vb = vb or self.vb
            (_, _), (y0, y1) = vb.viewRange()
            half = 0.5 * pen_width * (y1 - y0) / max(int(vb.sceneBoundingRect().height()), 1)
            band.setData(*band_segments(env, half, (y0, y1)), connect="finite")
            band.setVisible(True)
            item.setData([], [])
            return env
        item.setData(x, y, connect=connect)
        if band.isVisible():
            band.setVisible(False)
            band.setData([], [])
        return None

    def _draw_kinks(self, dots: KinkDots) -> None:
        if dots == self._kink_key:
            return  # most slider moves leave the dots where they are
        self._kink_key = dots

        # One shared pen/brush when the dots are all one colour (the usual case): pyqtgraph
        # then skips styling each spot, which is most of the cost of setData.
        def style(orders, make):
            colors = [self._look.curves[o] for o in orders]
            return make(colors[0]) if len(set(colors)) == 1 else [make(c) for c in colors]

        if self.panels:
            # Stacked: each order's dots go on its own panel (f's stay on the main plot).
            stacked = self.stacked
            for panel in self.panels:
                own = lambda d, o=panel.order: stacked and d[2] == o  # noqa: E731
                self._set_dots(
                    panel.kink_filled,
                    panel.kink_hollow,
                    [d for d in dots.filled if own(d)],
                    [d for d in dots.hollow if own(d)],
                    style,
                )
            if stacked:
                dots = type(dots)(
                    tuple(d for d in dots.filled if d[2] == 0), tuple(d for d in dots.hollow if d[2] == 0)
                )
        self._set_dots(self.kink_filled, self.kink_hollow, dots.filled, dots.hollow, style)

    def _set_dots(self, filled_item, hollow_item, filled, hollow, style) -> None:
        fx, fy, fo = zip(*filled) if filled else ((), (), ())
        hx, hy, ho = zip(*hollow) if hollow else ((), (), ())
        filled_item.setData(
            x=list(fx),
            y=list(fy),
            brush=style(fo, self._brush) if fo else None,
            pen=style(fo, lambda c: self._dot_pen(c, 2.0 * self._factors.line)) if fo else None,
        )
        hollow_item.setData(
            x=list(hx),
            y=list(hy),
            brush=self._brush(self._look.dot_hollow),
            pen=style(ho, lambda c: self._dot_pen(c, 2.5 * self._factors.line)) if ho else None,
        )

    def _brush(self, color):
        if color not in self._brushes:
            self._brushes[color] = pg.mkBrush(color)
        return self._brushes[color]

    def _dot_pen(self, color, width):
        key = (color, width)
        if key not in self._pens:
            self._pens[key] = pg.mkPen(color, width=width)
        return self._pens[key]

    @guarded
    def _fit_tight(self):
        tight, panels = self.controller.settle_y()
        if self.stacked:
            for order, rng in panels.items():
                self.panels[order - 1].set_y(rng)
        if tight is not None:
            self._set_view_y(tight)

    @contextlib.contextmanager
    def vector_painting(self):
        """For an SVG export: no pixmap caches and no cached scatter symbols while rendering, so
        axes, tick labels, legend and kink dots go out as vector paths and text, not as images."""
        pi = self.plot.getPlotItem()
        cached = [p.getAxis(n) for p in (pi, *(q.pi for q in self.panels)) for n in ("left", "bottom", "right", "top")]
        cached.append(self.legend)
        modes = [item.cacheMode() for item in cached]
        scatters = [
            self.kink_filled,
            self.kink_hollow,
            *(d for q in self.panels for d in (q.kink_filled, q.kink_hollow)),
        ]
        uses = [sc.opts.get("useCache", True) for sc in scatters]
        try:
            for item in cached:
                item.setCacheMode(QtWidgets.QGraphicsItem.CacheMode.NoCache)
            for sc in scatters:
                sc.opts["useCache"] = False
            yield
        finally:
            for item, mode in zip(cached, modes):
                item.setCacheMode(mode)
            for sc, use in zip(scatters, uses):
                sc.opts["useCache"] = use

    # ------------------------------------------------------------------ caption
    def set_caption(self, text: str) -> None:
        """Show a scene's point (already translated) above the plot; empty text hides it."""
        self.caption.setText(text)
        self.caption.setVisible(bool(text))
        self._caption_function = self.state.function_id if text else None

    def caption_text(self) -> str:
        return self.caption.text() if self.caption.isVisible() else ""

    def set_presenting_rows(self, on: bool) -> None:
        """Presentation mode shows the plot, the parameter values and the caption only."""
        self.readout.setVisible(not on)

    # ------------------------------------------------------------------ theme and scale
    def set_large_text(self, on: bool) -> None:
        """Presentation mode: text a further half as large again (see theme.factors)."""
        if on != self._presenting:
            self._presenting = on
            self.apply_look()

    @guarded
    def _on_look(self, *_args) -> None:
        self.apply_look()

    def hint(self) -> str:
        text = QtCore.QCoreApplication.translate("PlotView", self.HINT_TEXT)
        return f"<span style='color:{self._look.muted}'>{text}</span>"

    def _ghost_pen(self):
        color = QtGui.QColor(self._look.curves[0])
        color.setAlpha(self._look.ghost_alpha)
        return _pen(color, 2.0 * self._factors.line)

    def apply_look(self) -> None:
        """The state's theme and projector scale (with presentation mode's larger text) on
        every item: pens, brushes and fonts are replaced; no item is created."""
        look = self._look = theme.look(self.state.theme)
        f = self._factors = theme.factors(self.state.scale, self._presenting)
        self._legend_shrink = 1.0
        self._text_scale = f.text
        style_plot(self.plot, look, f, tick_pt=12.0, axis_width=1.5, legend_pt=13.0)
        self._style_panels()  # and the axis pens of the boxed / through-origin style, everywhere
        _restyle(self.grid, self.origin, (self.cross_v, self.cross_h), (self.kink_filled, self.kink_hollow), look, f)
        for i, item in enumerate(self.curves):
            item.setPen(_pen(look.curves[i], theme.LINE_WIDTH * f.line))
            self.bands[i].setPen(pg.mkPen(look.curves[i], width=2))
        for ov, (f_item, df_item) in self.overlay_items.items():
            color = look.overlay(ov.slot)
            f_item.setPen(_pen(color, theme.OVERLAY_WIDTH * f.line))
            df_item.setPen(_pen(color, theme.OVERLAY_WIDTH * f.line, dash=True))
            for band in self.overlay_bands[ov]:
                band.setPen(pg.mkPen(color, width=2))
        ghost = self._ghost_pen()
        for item in self._ghosts:
            item.setPen(ghost)
        self._brushes.clear()
        self._pens.clear()
        self._kink_key = None  # redraw the dots in the new colours
        self.controller.forget_pins()  # re-push pins: an envelope's thickness follows the pen
        self._readout_font_pt = self._readout_pt * f.text
        font = self.readout.font()
        font.setPointSizeF(self._readout_font_pt)
        self.readout.setFont(font)
        self._reserve_readout()
        self._rebuild_legend()  # a fresh layout: no spacing left over from another text size
        self._param_text_shown = ""  # re-render at the new size
        self.param_text.setMinimumWidth(0)  # and let it shrink to it
        self._style_param_text()
        self._update_param_text()
        self.marks.set_look(
            color=MARK_COLORS.get(look.name, MARK_COLOR),
            width_scale=f.line,
            font_pt=MARK_FONT_PT * f.text,
            background=look.background,
        )
        if self.grid_view is not None:
            self.grid_view.apply_look(look, f)
        self.refresh()
        if self._readout_x is None:
            self._set_readout(self.hint())

    def _style_panels(self) -> None:
        """The stacked panels in the current theme and projector scale, then every plot's axis
        pens in the boxed / through-origin style (which also names the panels)."""
        look, f = self._look, self._factors
        for p in self.panels:
            style_plot(p.widget, look, f, tick_pt=12.0, axis_width=1.5)
            _restyle(p.grid, p.origin, (p.cross_v, p.cross_h), (p.kink_filled, p.kink_hollow), look, f)
        self._apply_style(self.state.style)

    # ------------------------------------------------------------------ readout
    READOUT_LINES = 2

    def _reserve_readout(self) -> None:
        """The readout line has a fixed height, two lines of its text: moving the mouse over
        the plot must not move the plot (a longer readout is set smaller instead, see
        :meth:`_set_readout`)."""
        font = QtGui.QFont(self.readout.font())
        font.setPointSizeF(self._readout_font_pt)
        m = self.readout.contentsMargins()
        lines = QtGui.QFontMetrics(font).lineSpacing() * self.READOUT_LINES
        self.readout.setFixedHeight(lines + m.top() + m.bottom() + 2)

    def _set_readout(self, text: str) -> None:
        label = self.readout
        pt = self._readout_font_pt
        font = QtGui.QFont(label.font())
        width = label.width() if label.width() > 50 else max(50, self.width())
        for _ in range(6):  # down to about half size: still more readable than cut off
            font.setPointSizeF(pt)
            label.setFont(font)
            label.setText(text)
            if label.heightForWidth(width) <= label.height() or pt <= 0.55 * self._readout_font_pt:
                break
            pt *= 0.88

    @guarded
    def _on_mouse(self, pos):
        self._on_mouse_in(self.vb, pos)

    @guarded
    def _on_mouse_in(self, vb, pos):
        """The crosshair follows the mouse over the main plot or any stacked panel."""
        if not vb.sceneBoundingRect().contains(pos):
            self.hide_readout()
            return
        self.show_readout(vb.mapSceneToView(pos).x())

    def readout_values(self, x: float) -> tuple[float, float, float]:
        return values_at(self.state.activation, self.state.params, x)  # exact, not interpolated

    def show_readout(self, x: float) -> None:
        """Every visible curve's exact value at x, to 4 significant digits; kept current when
        the function, its parameters, the pins or the view change (see refresh)."""
        self._readout_x = x
        text, values = self.controller.readout(x)
        self._set_readout(text)
        crosses = [(self.cross_v, self.cross_h, "f")]
        if self.stacked:
            crosses += [(p.cross_v, p.cross_h, ("f′", "f″")[p.order - 1]) for p in self.panels]
        for cross_v, cross_h, name in crosses:
            cross_v.setPos(x)
            cross_v.show()
            v = values.get(name, math.nan)
            if math.isfinite(v):
                cross_h.setPos(v)
                cross_h.show()
            else:
                cross_h.hide()

    def eventFilter(self, obj: QtCore.QObject, event: QtCore.QEvent) -> bool:  # noqa: N802 - Qt override
        # The mouse left a plot: no x is pointed at any more, so the values must not linger.
        if event.type() == QtCore.QEvent.Type.Leave and self._readout_x is not None:
            self.hide_readout()
        return False

    @property
    def readout_x(self) -> float | None:
        """The x the readout shows (the mouse's), or None when the mouse is not on the plot."""
        return self._readout_x

    def hide_readout(self) -> None:
        self._readout_x = None
        for line in (self.cross_v, self.cross_h, *(c for p in self.panels for c in (p.cross_v, p.cross_h))):
            line.hide()
        self._set_readout(self.hint())

    @guarded
    def _refresh_later(self):
        self._fit_figure()  # the axes' heights are known once laid out
        self._name_panels()
        self.refresh()

    def resizeEvent(self, event):  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._resized.start()  # sampling density follows the pixel width
