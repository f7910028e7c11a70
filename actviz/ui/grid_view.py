"""The grid layout: the current function and each pinned one in small multiples, same axes.

Cells are made once (up to one per possible curve) and reused; a cell only re-samples when
what it shows changed, so a slider re-draws one cell, not nine.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Hashable, Mapping, Sequence
from typing import Any

import numpy as np

from actviz.core import Activation, get, sample
from actviz.state import State
from actviz.state.model import MAX_ABS_COORD
from actviz.ui.guard import guarded
from actviz.ui.look import curve_pen as _pen
from actviz.ui.look import style_plot
from actviz.ui.pgutil import ApartAxis, tie_menus
from actviz.ui.qt import QtCore, QtGui, QtWidgets, pg
from actviz.ui.timing import Debounced
from actviz.viewmodels import theme
from actviz.viewmodels.function import AutoY, grid_shape, kink_dots, param_summary

# One cell's content: its key, title, colour, function and parameters.
Entry = tuple[Hashable, str, str, Activation, dict[str, Any]]


class Cell:
    """One small plot: f, f′ and f″ of one function, its kink dots and its title."""

    def __init__(self, owner: QtWidgets.QWidget, index: int) -> None:
        # A small cell at huge text: its x labels keep apart ("-20 2 4" was -2, 0, 2, 4).
        self.pi = pg.PlotItem(enableMenu=False, axisItems={"bottom": ApartAxis("bottom")})
        tie_menus(self.pi, owner)
        self.pi.hideButtons()
        self.vb = self.pi.getViewBox()
        self.vb.setMouseEnabled(x=False, y=False)
        self.vb.setDefaultPadding(0.0)
        self.vb.setLimits(xMin=-MAX_ABS_COORD, xMax=MAX_ABS_COORD, yMin=-MAX_ABS_COORD, yMax=MAX_ABS_COORD)
        self.pi.showGrid(x=False, y=False)
        for name in ("left", "bottom"):
            ax = self.pi.getAxis(name)
            ax.setPen(pg.mkPen(theme.AXIS_COLOR, width=1.5))
            ax.setTextPen(pg.mkPen(theme.AXIS_COLOR))
        self.zero = (
            pg.InfiniteLine(pos=0, angle=90, pen=pg.mkPen(theme.GRID_COLOR, width=1)),
            pg.InfiniteLine(pos=0, angle=0, pen=pg.mkPen(theme.GRID_COLOR, width=1)),
        )
        for line in self.zero:
            self.pi.addItem(line, ignoreBounds=True)
        self.curves = [self.pi.plot(pen=_pen(theme.CURVE_COLORS[i], theme.LINE_WIDTH * 0.8)) for i in range(3)]
        for i, curve in enumerate(self.curves):
            curve.setZValue(10 - i)
        self.filled = pg.ScatterPlotItem(size=theme.KINK_DOT_SIZE * 0.8, symbol="o", pxMode=True)
        self.hollow = pg.ScatterPlotItem(size=theme.KINK_DOT_SIZE * 0.8, symbol="o", pxMode=True)
        for item, z in ((self.hollow, 20), (self.filled, 21)):
            item.setZValue(z)
            self.pi.addItem(item, ignoreBounds=True)
        self.key: Hashable | None = None
        self.heading: tuple[str, str, float] | None = None
        self.look = theme.LIGHT
        self.extent: list[np.ndarray] = []
        self.index = index

    def restyle(self, look: theme.Look, f: theme.Factors) -> None:
        style_plot(self.pi, look, f, tick_pt=10.0, axis_width=1.5)
        for line in self.zero:
            line.setPen(pg.mkPen(look.grid, width=f.line))
        for i, curve in enumerate(self.curves):
            curve.setPen(_pen(look.curves[i], theme.LINE_WIDTH * 0.8 * f.line))
        for dots in (self.filled, self.hollow):
            dots.setSize(theme.KINK_DOT_SIZE * 0.8 * f.line)
        self.look = look
        self.key = self.heading = None  # redrawn in the new colours

    def show_function(
        self,
        key: Hashable,
        title: str,
        color: str,
        act: Activation,
        params: Mapping[str, Any],
        x_range: tuple[float, float],
        width: int,
        height: int,
        shown: Sequence[bool],
        text_pt: float,
    ) -> None:
        heading = (title, color, text_pt)
        if heading != self.heading:  # a new title re-lays out the cell: only when it changed
            self.heading = heading
            self.pi.setTitle(f"<span style='color:{color}'><b>{html.escape(title)}</b></span>", size=f"{text_pt:g}pt")
        if key == self.key:
            return
        self.key = key
        s = sample(act, params, x_range, max(width, 50), height_px=max(height, 40))
        self.extent = []
        for i, curve in enumerate(self.curves):
            if shown[i]:
                curve.setData(s.x, s.y[i], connect=s.connect(i))
                self.extent.append(s.y[i])
            else:
                curve.setData([], [])
        dots = kink_dots(s, shown)
        self.filled.setData(
            x=[d[0] for d in dots.filled],
            y=[d[1] for d in dots.filled],
            brush=[pg.mkBrush(self.look.curves[d[2]]) for d in dots.filled],
            pen=[pg.mkPen(self.look.curves[d[2]], width=2) for d in dots.filled],
        )
        self.hollow.setData(
            x=[d[0] for d in dots.hollow],
            y=[d[1] for d in dots.hollow],
            brush=pg.mkBrush(self.look.dot_hollow),
            pen=[pg.mkPen(self.look.curves[d[2]], width=2) for d in dots.hollow],
        )


class SmallMultiples(QtWidgets.QWidget):
    """Small multiples of the current function and its pins, on the same x and y axes."""

    def __init__(
        self,
        state: State,
        parent: QtWidgets.QWidget | None = None,
        on_new_cell: Callable[[Any], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.on_new_cell = on_new_cell  # e.g. to draw the reference marks in each cell
        self.active = False
        self.text_scale = 1.0
        self.look, self.factors = theme.LIGHT, theme.factors("normal")
        self.auto_y = AutoY()
        self.view = pg.GraphicsLayoutWidget()
        self.view.setObjectName("gridView")
        self.view.setFocusPolicy(QtCore.Qt.FocusPolicy.StrongFocus)
        self.view.setBackground("w")
        self.view.ci.setSpacing(6)
        lay = QtWidgets.QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.view)
        self.cells: list[Cell] = []
        self._placed: tuple[int, int, int] | None = None
        self._tighten = Debounced(self._fit_tight, 250, self)
        self._resized = QtCore.QTimer(self, singleShot=True, interval=0)
        self._resized.timeout.connect(self.refresh)
        ev = state.events
        for sig in (ev.function, ev.params, ev.x_range, ev.y_range, ev.shown, ev.overlays):
            sig.connect(self._on_change)

    def set_active(self, on: bool) -> None:
        self.active = on
        if on:
            self.auto_y.reset()
            for cell in self.cells:
                cell.key = None
            self.refresh()

    @guarded
    def _on_change(self, *_args: object) -> None:
        if self.active:
            self.refresh()

    def _entries(self) -> list[Entry]:
        st = self.state
        act = st.activation
        summary = param_summary(act, st.params)
        label = act.label + (f" ({summary})" if summary else "")
        live_key = ("live", st.function_id, tuple(sorted(st.params.items())))
        out: list[Entry] = [(live_key, label, self.look.curves[0], act, st.params)]
        for ov in st.overlays:
            color = self.look.overlay(ov.slot)
            out.append((("pin", ov), ov.label(), color, get(ov.function_id), ov.param_dict))
        return out

    def _arrange(self, n: int) -> None:
        rows, cols = grid_shape(n)
        if self._placed == (n, rows, cols):
            return
        self._placed = (n, rows, cols)
        self.view.ci.clear()  # takes the items out of the layout; the cells themselves are kept
        new: list[Cell] = []
        while len(self.cells) < n:
            self.cells.append(Cell(self, len(self.cells)))
            new.append(self.cells[-1])
        for cell in new:
            cell.restyle(self.look, self.factors)
        for k in range(n):
            self.cells[k].pi.show()
            self.view.ci.addItem(self.cells[k].pi, row=k // cols, col=k % cols)
        for cell in new:  # once in the scene, where it has a size
            if self.on_new_cell is not None:
                self.on_new_cell(cell.pi)
        for cell in self.cells[n:]:
            # Out of the layout but still in the scene, so they go with the window (a cell the
            # layout let go of may still be there: adding it twice is a Qt warning).
            if cell.pi.scene() is not self.view.scene():
                self.view.scene().addItem(cell.pi)
            cell.pi.hide()
            cell.key = None
        first = self.cells[0].pi
        for cell in self.cells[1:n]:
            cell.pi.setXLink(first)
            cell.pi.setYLink(first)

    def apply_look(self, look: theme.Look, f: theme.Factors) -> None:
        """The theme and projector scale on every cell (the plot view calls this)."""
        self.look, self.factors, self.text_scale = look, f, f.text
        self.view.setBackground(look.background)
        for cell in self.cells:
            cell.restyle(look, f)
        self.refresh()

    def refresh(self) -> None:
        if not self.active:
            return
        st = self.state
        entries = self._entries()
        self._arrange(len(entries))
        rows, cols = grid_shape(len(entries))
        width = max(int(self.view.width() / cols) - 60, 60)
        height = max(int(self.view.height() / rows) - 50, 40)
        extents: list[np.ndarray] = []
        text_pt = 12 * self.text_scale
        for cell, (key, title, color, act, params) in zip(self.cells, entries):
            full_key = (key, st.x_range, st.shown, width, height)
            cell.show_function(full_key, title, color, act, params, st.x_range, width, height, st.shown, text_pt)
            extents += cell.extent
        first = self.cells[0].pi
        first.setXRange(*st.x_range, padding=0.0)
        if st.y_range is not None:
            first.setYRange(*st.y_range, padding=0.0)
        else:
            new, later = self.auto_y.update(extents)
            if new is not None:
                first.setYRange(*new, padding=0.0)
            if later:
                self._tighten()

    @guarded
    def _fit_tight(self) -> None:
        if self.state.y_range is None and self.cells:
            tight = self.auto_y.tight()
            if tight is not None:
                self.cells[0].pi.setYRange(*tight, padding=0.0)

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        for cell in self.cells:
            cell.key = None  # sampling density follows the cell's size
        self._resized.start()
