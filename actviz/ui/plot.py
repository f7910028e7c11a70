"""The plot: draws what the state says, from the core's exact sampler.

Every item is created once (per overlay: once when pinned) and then only fed with
``setData``. Mouse pan/zoom is written back to the state, which re-samples the new range, so
corners and jumps stay exact at any zoom.
"""

from __future__ import annotations

import contextlib
import functools
import math
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
import shiboken6

from actviz.controllers.function import FramePlan, FunctionController
from actviz.core import Activation, Samples, get
from actviz.state import Overlay, State
from actviz.state.model import MAX_ABS_COORD
from actviz.state.texts import QT_TRANSLATE_NOOP
from actviz.ui.guard import guarded
from actviz.ui.i18n import tr_text
from actviz.ui.look import curve_pen as _pen
from actviz.ui.look import style_plot
from actviz.ui.marks_layer import MARK_COLOR, MARK_FONT_PT, MarksLayer
from actviz.ui.pgutil import add_legend, tie_menus
from actviz.ui.plot_items import (
    Item,
    Panel,
    _crosshair,
    _frame,
    _kink_dots,
    _legible_ticks,
    _restyle,
    _set_style,
)
from actviz.ui.plot_legend import LegendLayer
from actviz.ui.plot_readout import Readout
from actviz.ui.plot_traces import TraceLayer
from actviz.ui.qt import QtCore, QtGui, QtWidgets, named, pg
from actviz.ui.timing import Debounced, Throttled
from actviz.viewmodels import theme
from actviz.viewmodels.function import (
    AutoY,
    Envelope,
    KinkDots,
    band_segments,
    dense_envelope,
)

if TYPE_CHECKING:
    from actviz.ui.grid_view import SmallMultiples

MARK_COLORS = {"light": MARK_COLOR, "dark": "#FF7AC8", "contrast": "#A3005F"}


class PlotView(Readout, LegendLayer, TraceLayer, QtWidgets.QWidget):
    """The plot with its readout line. Reads the state and draws what the Function view's
    controller plans for each frame. Writes back only what panning and zooming change: the x
    range, and the y range when it is fixed (the automatic y range is the controller's)."""

    HINT_TEXT = QT_TRANSLATE_NOOP("PlotView", "Move the mouse over the plot to read x, f, f′ and f″.")

    def __init__(
        self,
        state: State,
        notify: Callable[[str], object] | None = None,
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
        self._dash_samples: dict[str, Item] = {}  # colour -> a legend sample (never drawn on the plot)
        self._ghost_keys: list[tuple[tuple[str, Any], ...]] = []
        self.last_samples: Samples | None = None
        self._where: dict[Item, Item] = {}  # item -> the PlotItem holding it, for items that can move
        self.panels: list[Panel] = []  # [f′ panel, f″ panel] once stacked has been shown
        self.layout_name = "overlay"
        self._look = theme.look(state.theme)
        self._presenting = False
        self._factors = theme.factors(state.scale)

        self.readout = named(QtWidgets.QLabel(self.hint()), "readout")
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
        self.caption = named(QtWidgets.QLabel(), "caption")
        self.caption.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self.caption.setWordWrap(True)
        self.caption.hide()
        self._caption_function: str | None = None
        self.readout.setWordWrap(True)
        self._readout_text = self.hint()
        self.readout.installEventFilter(self)  # its width decides its text's size: see Readout
        # It gives way to the parameter values beside it (see _fit_param_text), down to nothing.
        self.readout.setMinimumWidth(1)

        self.plot = pg.PlotWidget(enableMenu=False)
        self.plot.setObjectName("plot")
        self.plot.setFocusPolicy(QtCore.Qt.FocusPolicy.StrongFocus)  # a click gives it the keys
        self.plot.setMinimumSize(320, 240)
        pi = self.plot.getPlotItem()
        pi.hideButtons()
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
        self.param_text = named(QtWidgets.QLabel(), "paramValues")
        self.param_text.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self.param_text.hide()
        self._style_param_text()
        self.curves: list[Item] = []
        for i in range(3):
            item = pi.plot(pen=_pen(theme.CURVE_COLORS[i], theme.LINE_WIDTH), name=theme.CURVE_NAMES[i])
            item.setZValue(10 - i)
            self.curves.append(item)
        # A curve that oscillates faster than the pixels can show is drawn as its min/max
        # envelope per pixel column: the outline on the curve item, and this filled band.
        self.bands: list[Item] = []
        self.envelope_mode = [False, False, False]
        self.envelopes: list[Envelope | None] = [None, None, None]
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
        self.figure = named(QtWidgets.QWidget(), "figure")
        self._figure_lay = QtWidgets.QVBoxLayout(self.figure)
        self._figure_lay.setContentsMargins(0, 0, 0, 0)
        self._figure_lay.setSpacing(0)
        self._figure_lay.addWidget(self.plot, 3)
        lay.addWidget(self.figure, 1)
        self.grid_view: SmallMultiples | None = None

        # Axes and legend change rarely while a slider moves: let Qt keep each as a pixmap and
        # blit it, instead of replaying their drawing on every frame. Not the grid: its cache is
        # a full-plot transparent pixmap, which cost ~1 ms to composite on every frame and
        # ~5 ms to re-render whenever the y range moved, while its few lines draw in ~0.1 ms.
        cache = QtWidgets.QGraphicsItem.CacheMode.DeviceCoordinateCache
        for item in (*(pi.getAxis(n) for n in ("left", "bottom", "right", "top")), self.legend):
            item.setCacheMode(cache)
        self._brushes: dict[str, QtGui.QBrush] = {}
        self._pens: dict[tuple[str, float], QtGui.QPen] = {}

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
    def _on_function(self, function_id: str) -> None:
        if self._caption_function is not None and function_id != self._caption_function:
            self.set_caption("")  # a lesson's point is about its function, not the next one
        self.clear_ghosts()
        self.param_text.setMinimumWidth(0)
        self.hide_readout()
        self._apply_shown()  # the legend names the function

    @guarded
    def _on_data(self, params: dict[str, Any]) -> None:
        if self.state.trace:
            self._leave_traces(params)
        self._last_params = dict(params)
        self._param_text_later()  # 20 times a second is plenty for text; the curves get every frame
        self.refresh()

    @guarded
    def _on_x_range(self, x_range: tuple[float, float]) -> None:
        self._set_view_x(x_range)
        self.refresh()

    @guarded
    def _on_y_range(self, y_range: tuple[float, float] | None) -> None:
        # Mouse y-zoom only makes sense with a fixed y range; in automatic mode it follows data.
        self.vb.setMouseEnabled(x=True, y=y_range is not None)
        if y_range is not None:
            self._set_view_y(y_range)
        self.refresh()

    @guarded
    def _on_shown(self, shown: tuple[bool, bool, bool]) -> None:
        self._apply_shown()
        self.refresh()

    @guarded
    def _on_style(self, style: str) -> None:
        self._apply_style(style)

    @guarded
    def _on_overlays(self, overlays: Sequence[Overlay]) -> None:
        self._sync_overlay_items(overlays)
        self._apply_shown()
        self.refresh()

    @guarded
    def _on_layout(self, layout: str) -> None:
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

    def _attach_cell(self, plot_item: Item) -> None:
        """Marks in a grid cell: cell k shows the live function (k = 0) or the k-th pin."""
        assert self.grid_view is not None  # it calls this for its new cells
        k = next(i for i, c in enumerate(self.grid_view.cells) if c.pi is plot_item)

        def shown() -> str | None:
            if k == 0:
                return self.state.function_id
            pins = self.state.overlays
            return pins[k - 1].function_id if k - 1 < len(pins) else None

        self.marks.attach(plot_item, function=shown)

    def _home(self, order: int) -> Item:
        """The PlotItem that draws curves of this derivative order in the current layout."""
        if order and self.layout_name == "stacked" and self.panels:
            return self.panels[order - 1].pi
        return self.plot.getPlotItem()

    def _place(self, item: Item, order: int) -> None:
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

    def _drop(self, item: Item) -> None:
        (self._where.pop(item, None) or self.plot.getPlotItem()).removeItem(item)

    def focus_widget(self) -> QtWidgets.QWidget:
        """Where keys go when nothing is being edited: the plot, or the grid in its place."""
        if self.layout_name == "grid" and self.grid_view is not None:
            view: QtWidgets.QWidget = self.grid_view.view
            return view
        plot: QtWidgets.QWidget = self.plot
        return plot

    def graphics_views(self) -> list[QtWidgets.QGraphicsView]:
        """The plots that make up the figure in the current layout, top to bottom."""
        if self.layout_name == "grid" and self.grid_view is not None:
            return [self.grid_view.view]
        return [self.plot] + [p.widget for p in self.panels if p.widget.isVisibleTo(self)]

    def hover_items(self) -> list[Item]:
        """What follows the mouse on the plots (the crosshair): left out of exported pictures."""
        return [self.cross_v, self.cross_h, *(c for p in self.panels for c in (p.cross_v, p.cross_h))]

    @property
    def stacked(self) -> bool:
        return self.layout_name == "stacked" and bool(self.panels)

    def _sync_overlay_items(self, overlays: Sequence[Overlay]) -> None:
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

    def _apply_shown(self) -> None:
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
    def _fit_figure_later(self, *_args: object) -> None:
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

    def _apply_style(self, style: str) -> None:
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

    def _set_view_x(self, rng: tuple[float, float]) -> None:
        self._set_view(xRange=rng)

    def _set_view_y(self, rng: tuple[float, float]) -> None:
        self._set_view(yRange=rng)

    def _set_view(self, **ranges: tuple[float, float]) -> None:
        """Move the view from the state; the flag keeps this from being written back."""
        self._applying = True
        try:
            self.vb.setRange(padding=0.0, **ranges)
        finally:
            self._applying = False

    # ------------------------------------------------------------------ view -> state
    @guarded
    def _on_view_range(self, _vb: Item, ranges: Sequence[Sequence[float]], *_: object) -> None:
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

    def _make_band(self, color: str, z: float) -> Item:
        # Vertical pixel-wide segments side by side, unantialiased: pyqtgraph's fast path
        # (a filled polygon of the same outline took 0.7 s per frame to rasterise).
        band = pg.PlotCurveItem(pen=pg.mkPen(color, width=2), antialias=False)
        band.setZValue(z)
        band.setVisible(False)
        self.plot.getPlotItem().addItem(band, ignoreBounds=True)
        return band

    def _set_curve(
        self,
        i: int,
        x: np.ndarray,
        y: np.ndarray,
        connect: Any,
        dense: bool,
        x_range: tuple[float, float],
        width: int,
    ) -> None:
        act, params = self.state.activation, self.state.params
        self.envelope_mode[i] = dense
        pen_width = theme.LINE_WIDTH * self._factors.line
        vb = self.panels[i - 1].vb if i and self.stacked else None
        self.envelopes[i] = self._push(
            self.curves[i], self.bands[i], act, params, i, x, y, connect, dense, x_range, width, pen_width, vb
        )

    def _push(
        self,
        item: Item,
        band: Item,
        act: Activation,
        params: Mapping[str, Any],
        order: int,
        x: np.ndarray,
        y: np.ndarray,
        connect: Any,
        dense: bool,
        x_range: tuple[float, float],
        width: int,
        pen_width: float,
        vb: Item = None,
    ) -> Envelope | None:
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
        def style(orders: Sequence[int], make: Callable[[str], Any]) -> Any:
            colors = [self._look.curves[o] for o in orders]
            return make(colors[0]) if len(set(colors)) == 1 else [make(c) for c in colors]

        if self.panels:
            # Stacked: each order's dots go on its own panel (f's stay on the main plot).
            stacked = self.stacked
            for panel in self.panels:

                def own(d: tuple[float, float, int], o: int = panel.order) -> bool:
                    return stacked and d[2] == o

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

    def _set_dots(
        self,
        filled_item: Item,
        hollow_item: Item,
        filled: Sequence[tuple[float, float, int]],
        hollow: Sequence[tuple[float, float, int]],
        style: Callable[[Sequence[int], Callable[[str], Any]], Any],
    ) -> None:
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

    def _brush(self, color: str) -> QtGui.QBrush:
        if color not in self._brushes:
            self._brushes[color] = pg.mkBrush(color)
        return self._brushes[color]

    def _dot_pen(self, color: str, width: float) -> QtGui.QPen:
        key = (color, width)
        if key not in self._pens:
            self._pens[key] = pg.mkPen(color, width=width)
        return self._pens[key]

    @guarded
    def _fit_tight(self) -> None:
        tight, panels = self.controller.settle_y()
        if self.stacked:
            for order, rng in panels.items():
                self.panels[order - 1].set_y(rng)
        if tight is not None:
            self._set_view_y(tight)

    @contextlib.contextmanager
    def vector_painting(self) -> Iterator[None]:
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
    def _on_look(self, *_args: object) -> None:
        self.apply_look()

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
        self._rebuild_legend(fresh=True)  # a fresh layout: no spacing left over from another text size
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

    @guarded
    def _refresh_later(self) -> None:
        self._fit_figure()  # the axes' heights are known once laid out
        self._name_panels()
        self.refresh()

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._resized.start()  # sampling density follows the pixel width
        if event.size().width() != event.oldSize().width():
            self._fit_param_text()  # the values fit the new width
