"""Reference marks on a plot: dash-dot lines ``y = …`` and ``x = …`` and labelled points.

One :class:`MarksLayer` follows the state's marks and draws them on every plot item it is
attached to; a panel can take only some kinds (vertical lines on every panel of a stack,
horizontal lines and points on the panel they belong to). Items are made the first time they
are needed and then reused: a change of marks only moves, relabels, shows or hides them.

Nothing else on the plot is drawn dash-dot with a framed label, so a mark never reads as a
curve (pinned functions' f′ are dashed, the readout cross is thin grey dashes). Marks never
widen the automatic y range (they are added with ``ignoreBounds``).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import shiboken6

from actviz.state import Mark, State
from actviz.state.marks import shown_text
from actviz.state.model import MARK_KINDS
from actviz.ui.captions import shown_lesson_text
from actviz.ui.guard import guarded
from actviz.ui.look import Color
from actviz.ui.qt import QtCore, QtGui, pg
from actviz.viewmodels.layout import densify

# Where a line's label goes: along the line (0..1), its anchor, and its text width (-1: unwrapped).
Place = tuple[float, tuple[float, float], float]

# The look, in one place; :meth:`MarksLayer.set_look` changes it at run time (themes, scale).
# A deep magenta: none of the curve or pin colours, dark enough for a washed-out projector.
MARK_COLOR = "#B0006E"
MARK_WIDTH = 2.5  # px; the curves are 3.5, so a curve drawn along a mark stays on top and visible
MARK_FONT_PT = 14.0
MIN_FONT_PT = 9.0  # a label on a short panel shrinks, but no further than this
MARK_DASH = (7.0, 3.0, 1.5, 3.0)  # dash-dot, in pen widths
POINT_SIZE = 17  # px, a diamond: kink dots are circles
LINE_Z, POINT_Z, LABEL_Z = 4, 22, 25  # lines under the curves (8-10), dots and labels above
H_LABEL_AT = 0.985  # along the line, as a fraction of the view: horizontal lines at the right
V_LABEL_AT = 0.975  # vertical lines near the top, where a curve that starts at 0 is not
POINT_GAP_PX = 9  # from a point to its label
LABEL_BACKGROUND = (255, 255, 255, 225)  # the plot's white, a little see-through
# What one sampled curve point (every 3 px along a curve) costs a label place, against the
# area (px²) it overlaps the legend or another label: a label over a curve hides data.
CURVE_POINT_COST = 40.0
TEXT_OVERLAP_COST = 50.0  # per px² of a label over the legend or another label
ACCEPTABLE_COST = 0.0


def _area(rect: QtCore.QRectF) -> float:
    return max(rect.width(), 0.0) * max(rect.height(), 0.0)


@dataclass
class _Panel:
    """What the layer drew on one plot item."""

    plot_item: pg.PlotItem
    kinds: frozenset[str]
    h_lines: list[pg.InfiniteLine] = field(default_factory=list)
    v_lines: list[pg.InfiniteLine] = field(default_factory=list)
    dots: pg.ScatterPlotItem | None = None
    labels: list[pg.TextItem] = field(default_factory=list)
    points: list[Mark] = field(default_factory=list)
    v_labels: bool = True  # False on panels under another one: a vertical line is named once
    orders: frozenset[int] = frozenset((0, 1, 2))  # the derivatives this plot draws
    function: Callable[[], str | None] | None = None  # the function it draws (None: the live one)


class MarksLayer(QtCore.QObject):
    """Draw ``state.marks`` on one or more pyqtgraph plot items.

    ``attach(plot_item, kinds=("h", "v", "point"))`` starts drawing on a plot item;
    ``detach(plot_item)`` removes what was drawn there (a plot item that is deleted is
    dropped by itself); ``set_look(color, width_scale, font_pt, background)`` restyles every
    item. ``drawn(plot_item)`` says what is visible, as ``(kind, value, text)`` rows.
    """

    def __init__(self, state: State, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self._panels: list[_Panel] = []
        self._color = QtGui.QColor(MARK_COLOR)
        self._width_scale = 1.0
        self._font_pt = MARK_FONT_PT
        self._background = pg.mkColor(LABEL_BACKGROUND)
        state.events.marks.connect(self._on_marks)
        # Which marks belong on a plot depends on the function it shows.
        state.events.function.connect(self._on_marks)
        state.events.overlays.connect(self._on_marks)

    # ------------------------------------------------------------------ panels
    def attach(
        self,
        plot_item: pg.PlotItem,
        kinds: Iterable[str] = MARK_KINDS,
        v_labels: bool = True,
        orders: Iterable[int] = (0, 1, 2),
        function: Callable[[], str | None] | None = None,
    ) -> None:
        """Draw the marks of ``kinds`` on ``plot_item`` (attaching twice changes the kinds).
        ``v_labels=False`` draws vertical lines without their labels (a panel stacked under
        one that names them). ``orders`` are the derivatives the plot draws and ``function``
        says which function it shows (default: the live one): a mark aimed at a panel or a
        function is drawn only where they are."""
        kinds = frozenset(kinds)
        unknown = kinds - set(MARK_KINDS)
        if unknown:
            raise ValueError(f"mark kinds must be among {', '.join(MARK_KINDS)}, got {sorted(unknown)}")
        panel = self._panel(plot_item)
        if panel is None:
            panel = _Panel(plot_item, kinds)
            self._panels.append(panel)
            plot_item.getViewBox().sigTransformChanged.connect(self._on_view)
        panel.kinds = kinds
        panel.v_labels = v_labels
        panel.orders = frozenset(orders)
        panel.function = function
        self._draw(panel)

    def detach(self, plot_item: pg.PlotItem) -> None:
        """Take this layer's items off ``plot_item``."""
        panel = self._panel(plot_item)
        if panel is None:
            return
        self._panels.remove(panel)
        if not shiboken6.isValid(plot_item):
            return
        with contextlib.suppress(RuntimeError, TypeError):  # already gone with its view
            plot_item.getViewBox().sigTransformChanged.disconnect(self._on_view)
        items = [*panel.h_lines, *panel.v_lines, *panel.labels] + ([panel.dots] if panel.dots is not None else [])
        for item in items:
            plot_item.removeItem(item)

    def _panel(self, plot_item: pg.PlotItem) -> _Panel | None:
        return next((p for p in self._panels if p.plot_item is plot_item), None)

    # ------------------------------------------------------------------ look
    def set_look(
        self,
        color: Color | None = None,
        width_scale: float | None = None,
        font_pt: float | None = None,
        background: Color | None = None,
    ) -> None:
        """Restyle every mark: ``color`` (anything ``pg.mkColor`` takes) for lines, dots, label
        text and frames; line widths and dot size times ``width_scale``; label text in
        ``font_pt`` points; ``background`` the labels' fill (the plot's background colour,
        mostly opaque). ``None`` keeps a value."""
        if color is not None:
            self._color = pg.mkColor(color)
        if background is not None:
            self._background = pg.mkColor(background)
        if width_scale is not None:
            self._width_scale = float(width_scale)
        if font_pt is not None:
            self._font_pt = float(font_pt)
        for panel in self._panels:
            for line in (*panel.h_lines, *panel.v_lines):
                self._style_line(line)
            for label in panel.labels:
                self._style_text(label)
            if panel.dots is not None:
                self._style_dots(panel.dots)
            self._draw(panel)

    @property
    def color(self) -> QtGui.QColor:
        return QtGui.QColor(self._color)

    def _pen(self) -> QtGui.QPen:
        pen: QtGui.QPen = pg.mkPen(self._color, width=MARK_WIDTH * self._width_scale)
        pen.setCosmetic(True)
        pen.setDashPattern(list(MARK_DASH))
        pen.setCapStyle(QtCore.Qt.PenCapStyle.FlatCap)
        return pen

    def _style_line(self, line: pg.InfiniteLine) -> None:
        line.setPen(self._pen())
        line.setHoverPen(self._pen())  # not movable: no hover highlight that suggests it is
        self._style_text(line.label)

    def _style_text(self, item: pg.TextItem) -> None:
        item.setColor(self._color)
        font = QtGui.QFont()
        font.setPointSizeF(self._font_pt)
        font.setBold(True)
        item.setFont(font)
        item.textItem.document().setDocumentMargin(0.0)
        self._frame(item)

    def _frame(self, item: pg.TextItem) -> None:
        """The label's frame and fill (readable over a curve or the grid), drawn by its text
        document: TextItem's own frame is an antialiased polygon under the view's transform,
        which cost ~0.5 ms per label and frame. Setting the text resets it: call again after."""
        doc = item.textItem.document()
        fmt = doc.rootFrame().frameFormat()
        fmt.setBackground(QtGui.QBrush(self._background))
        fmt.setBorder(max(1.0, self._width_scale))
        fmt.setBorderBrush(QtGui.QBrush(self._color))
        fmt.setBorderStyle(QtGui.QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        fmt.setPadding(max(2.0, 0.25 * self._font_pt))
        fmt.setMargin(0.0)
        doc.rootFrame().setFrameFormat(fmt)
        item.updateTextPos()
        item.update()

    def _style_dots(self, dots: pg.ScatterPlotItem) -> None:
        dots.setSize(POINT_SIZE * self._width_scale)
        dots.setBrush(pg.mkBrush(self._color))
        outline = QtGui.QColor(self._background)
        outline.setAlpha(255)  # the plot's background: the dot stands out from a curve under it
        dots.setPen(pg.mkPen(outline, width=1.5 * self._width_scale))

    # ------------------------------------------------------------------ pools
    def _line(self, panel: _Panel, kind: str, i: int) -> pg.InfiniteLine:
        pool = panel.h_lines if kind == "h" else panel.v_lines
        while len(pool) <= i:
            horizontal = kind == "h"
            line = pg.InfiniteLine(
                pos=0.0,
                angle=0 if horizontal else 90,
                movable=False,
                label="",
                labelOpts={
                    "position": H_LABEL_AT if horizontal else V_LABEL_AT,
                    # Which side of the line the text takes, by where the line is in the view:
                    # towards the middle of the plot, so it is never cut off at an edge.
                    "anchors": [(1, 0), (1, 1)] if horizontal else [(0, 0), (1, 0)],
                },
            )
            line.setZValue(LINE_Z)
            line.label.setZValue(LABEL_Z)
            self._style_line(line)
            line.hide()
            panel.plot_item.addItem(line, ignoreBounds=True)
            pool.append(line)
        return pool[i]

    def _dots(self, panel: _Panel) -> pg.ScatterPlotItem:
        if panel.dots is None:
            # No symbol cache: a handful of dots, and an SVG export gets them as paths, not pictures.
            dots = pg.ScatterPlotItem(symbol="d", pxMode=True, useCache=False)
            dots.setZValue(POINT_Z)
            self._style_dots(dots)
            panel.plot_item.addItem(dots, ignoreBounds=True)
            panel.dots = dots
        return panel.dots

    def _label(self, panel: _Panel, i: int) -> pg.TextItem:
        while len(panel.labels) <= i:
            label = pg.TextItem("", anchor=(0, 1))
            label.setZValue(LABEL_Z)
            self._style_text(label)
            label.hide()
            panel.plot_item.addItem(label, ignoreBounds=True)
            panel.labels.append(label)
        return panel.labels[i]

    # ------------------------------------------------------------------ drawing
    @guarded
    def _on_marks(self, _marks: object) -> None:
        # A panel whose plot was deleted (a layout rebuilt without detaching) is dropped.
        self._panels = [p for p in self._panels if shiboken6.isValid(p.plot_item)]
        for panel in self._panels:
            self._draw(panel)

    def _belongs(self, mark: Mark, panel: _Panel) -> bool:
        if mark.kind not in panel.kinds:
            return False
        if mark.panel is not None and mark.panel not in panel.orders:
            return False
        if mark.function is not None:
            shown = panel.function() if panel.function is not None else self.state.function_id
            return shown == mark.function
        return True

    def _draw(self, panel: _Panel) -> None:
        marks = [m for m in self.state.marks if self._belongs(m, panel)]
        for kind, pool in (("h", panel.h_lines), ("v", panel.v_lines)):
            of_kind = [m for m in marks if m.kind == kind]
            for i, mark in enumerate(of_kind):
                line = self._line(panel, kind, i)
                line.setValue(mark.y if kind == "h" else mark.x)
                line.show()
                # The label is a format string for the line's value: braces must be doubled.
                line.label.setFormat(shown_lesson_text(shown_text(mark)).replace("{", "{{").replace("}", "}}"))
                # A mark aimed at this panel is named here, even on a panel under another.
                line.label.setVisible(kind == "h" or panel.v_labels or mark.panel is not None)
                self._frame(line.label)
            for line in pool[len(of_kind) :]:
                line.hide()
        points = [m for m in marks if m.kind == "point"]
        panel.points = points
        if points or panel.dots is not None:
            self._dots(panel).setData(x=[m.x for m in points], y=[m.y for m in points])
        for i, mark in enumerate(points):
            label = self._label(panel, i)
            label.setText(shown_lesson_text(shown_text(mark)))
            self._frame(label)
            label.show()
        for label in panel.labels[len(points) :]:
            label.hide()
        self._place_labels(panel)
        self._fit_line_labels(panel)

    @guarded
    def _on_view(self, vb: Any) -> None:
        for panel in self._panels:
            if panel.plot_item.getViewBox() is vb:
                if panel.points:
                    self._place_labels(panel)
                self._fit_line_labels(panel)

    def refit(self, plot_item: pg.PlotItem) -> None:
        """Place the lines' labels on ``plot_item`` again (its legend moved or changed size)."""
        panel = self._panel(plot_item)
        if panel is not None:
            self._fit_line_labels(panel)

    def _fit_line_labels(self, panel: _Panel) -> None:
        """Lines' labels inside the plot, off its legend and off each other. A vertical line's
        label goes beside it on a side with room (wrapped to the wider side if neither has), near
        the top, else near the bottom or part-way; a horizontal line's label at the right end,
        else the left, under or over the line. When no place is free the text gets smaller (to
        9 pt), and only then does it take the place it overlaps least."""
        vb = panel.plot_item.getViewBox()
        if vb.scene() is None:
            return
        (x0, x1), (y0, y1) = vb.viewRange()
        width, height = vb.width(), vb.height()
        if width <= 0 or height <= 0 or x1 <= x0 or y1 <= y0:
            return
        legend = panel.plot_item.legend
        taken = [legend.sceneBoundingRect()] if legend is not None and legend.isVisible() and legend.items else []
        curve_x, curve_y = self._curve_points(panel, vb)
        view_rect = vb.sceneBoundingRect()
        gap = 6.0
        jobs = [("h", line) for line in panel.h_lines] + [("v", line) for line in panel.v_lines]
        for kind, line in jobs:
            label = line.label
            if not (line.isVisible() and label.isVisible()):
                continue
            # A label undoes its view's scaling with a transform that pyqtgraph brings up to date
            # only just before a paint: after a resize, measuring with the old one put the text
            # where it covered a curve (and each new fit chose differently). Bring it up to date.
            label.updateTransform()
            value = float(line.value())
            line_x = view_rect.left() + (value - x0) / (x1 - x0) * view_rect.width()
            if kind == "v":
                left = (value - x0) / (x1 - x0) * width
                room_max = max(left, width - left) - gap
            else:
                room_max = width - 2 * gap
            pt = self._shrink_to(label, room_max, 0.4 * height)
            while True:
                best = None
                for place in self._places(kind, value, label, (x0, x1, y0, y1), width, gap):
                    self._apply_place(label, place)
                    rect = label.sceneBoundingRect()
                    # Text on text is the worst: it weighs far more than data under a label.
                    cost = TEXT_OVERLAP_COST * sum(_area(rect.intersected(t)) for t in taken)
                    # Beyond the frame a label is cut off: worse than covering a little data.
                    outside = _area(rect) - _area(rect.intersected(view_rect))
                    cost += TEXT_OVERLAP_COST * outside if outside > 0.5 else 0.0  # not float noise
                    if curve_x.size:
                        # The curves are drawn several pixels wide around their sampled centres.
                        m = 3.0 * self._width_scale + 2.0
                        inside = (
                            (curve_x >= rect.left() - m)
                            & (curve_x <= rect.right() + m)
                            & (curve_y >= rect.top() - m)
                            & (curve_y <= rect.bottom() + m)
                        )
                        if kind == "v":
                            # What lies on the mark's own line (a curve's step, a kink dot there)
                            # is beside the label, not under it: the label stands against the line.
                            inside &= np.abs(curve_x - line_x) > m
                        cost += CURVE_POINT_COST * int(np.count_nonzero(inside))
                    if best is None or cost < best[0]:
                        best = (cost, place)
                    if cost == 0:
                        break
                if best is None or best[0] <= ACCEPTABLE_COST or pt <= MIN_FONT_PT:
                    break
                pt = self._shrink_to(label, room_max, 0.4 * height, max(MIN_FONT_PT, 0.8 * pt))
            if best is not None:
                self._apply_place(label, best[1])
                taken.append(label.sceneBoundingRect())

    @staticmethod
    def _curve_points(panel: _Panel, vb: Any) -> tuple[np.ndarray, np.ndarray]:
        """Every drawn curve and dot on the panel, as scene points about 3 px apart: where a
        label would hide data. The marks' own items are not data items, so they are not here."""
        rect = vb.sceneBoundingRect()
        (x0, x1), (y0, y1) = vb.viewRange()
        if rect.width() <= 0 or rect.height() <= 0 or x1 <= x0 or y1 <= y0:
            return np.empty(0), np.empty(0)
        kx, ky = rect.width() / (x1 - x0), rect.height() / (y1 - y0)
        xs_all: list[np.ndarray] = []
        ys_all: list[np.ndarray] = []
        for item in panel.plot_item.listDataItems():
            if item is panel.dots or not item.isVisible():
                continue
            xs, ys = item.getData()
            if xs is None or len(xs) == 0:
                continue
            px = rect.left() + (np.asarray(xs, float) - x0) * kx
            py = rect.top() + (y1 - np.asarray(ys, float)) * ky
            if isinstance(item, pg.ScatterPlotItem):
                xs_all.append(px)
                ys_all.append(py)
            else:
                connect = getattr(item, "opts", {}).get("connect")
                if isinstance(connect, np.ndarray) and connect.shape == px.shape:
                    # Where the curve is not drawn (the jump of a step), it hides nothing.
                    breaks = np.flatnonzero(~connect.astype(bool)[:-1]) + 1
                    px, py = np.insert(px, breaks, np.nan), np.insert(py, breaks, np.nan)
                dx, dy = densify(px, py, step=3.0)
                xs_all.append(dx)
                ys_all.append(dy)
        if not xs_all:
            return np.empty(0), np.empty(0)
        return np.concatenate(xs_all), np.concatenate(ys_all)

    def _places(
        self, kind: str, value: float, label: Any, view: tuple[float, float, float, float], width: float, gap: float
    ) -> Iterator[Place]:
        """Where a line's label may go, best first, as (along, anchor, text width or -1)."""
        x0, x1, y0, y1 = view
        label.setTextWidth(-1)
        natural = label.textItem.boundingRect().width()
        if kind == "h":
            below = value > 0.5 * (y0 + y1)  # under a line in the upper half, over one below
            for ay in (0.0, 1.0) if below else (1.0, 0.0):
                yield H_LABEL_AT, (1.0, ay), -1
                yield 1.0 - H_LABEL_AT, (0.0, ay), -1
            # Part-way along, if both ends have a curve beside the line.
            for along in (0.25, 0.75, 0.5):
                for ay in (0.0, 1.0) if below else (1.0, 0.0):
                    yield along, (0.5, ay), -1
            return
        left = (value - x0) / (x1 - x0) * width
        right = width - left
        first = left >= right
        sides = [first, not first] if natural + gap <= min(left, right) else [first]
        for along, ay in ((V_LABEL_AT, 0.0), (1.0 - V_LABEL_AT, 1.0), (0.5, 0.5), (0.75, 0.5), (0.25, 0.5)):
            for on_left in sides:
                room = left if on_left else right
                text_width = -1 if natural + gap <= room else max(room - gap, 20.0)
                yield along, (1.0 if on_left else 0.0, ay), text_width

    def _apply_place(self, label: Any, place: Place) -> None:
        along, anchor, text_width = place
        label.setTextWidth(text_width)
        self._put(label, along, anchor)

    def _shrink_to(self, label: Any, width: float, height: float, start: float | None = None) -> float:
        """The label's text in the layer's size (or ``start``), or smaller until, wrapped to
        ``width``, it is at most ``height`` tall: on a short panel it must not hide the curves
        it is about. Returns the size taken."""
        pt = self._font_pt if start is None else start
        font = label.textItem.font()
        while True:
            font.setPointSizeF(pt)
            label.textItem.setFont(font)
            label.setTextWidth(-1)
            if label.textItem.boundingRect().width() > width:
                label.setTextWidth(max(width, 20.0))
            if label.textItem.boundingRect().height() <= height or pt <= MIN_FONT_PT:
                break
            pt = max(MIN_FONT_PT, 0.85 * pt)
        self._frame(label)
        return pt

    @staticmethod
    def _put(label: Any, along: float, anchor: tuple[float, float]) -> None:
        label.prepareGeometryChange()  # a wrapped label is taller: its old bounds would clip it
        label.anchors = [anchor, anchor]
        label.orthoPos = along
        label.updatePosition()

    def _place_labels(self, panel: _Panel) -> None:
        """Each point's label a few pixels off its dot: above it (below near the top), and
        towards the middle of the view, so it stays inside the plot and readable."""
        vb = panel.plot_item.getViewBox()
        if vb.scene() is None:  # not laid out yet: placed when its view first changes
            return
        (x0, x1), (y0, y1) = vb.viewRange()
        px, py = vb.viewPixelSize()
        for mark, label in zip(panel.points, panel.labels):
            assert mark.x is not None and mark.y is not None
            right = mark.x > 0.5 * (x0 + x1)
            top = mark.y > y0 + 0.8 * (y1 - y0)  # above the dot, unless that runs off the top
            label.setAnchor((1.0 if right else 0.0, 0.0 if top else 1.0))
            dx, dy = POINT_GAP_PX * px, POINT_GAP_PX * py
            label.setPos(mark.x + (-dx if right else dx), mark.y + (-dy if top else dy))

    # ------------------------------------------------------------------ what is seen
    def drawn(self, plot_item: pg.PlotItem) -> list[tuple[str, float | tuple[float, float], str]]:
        """The marks visible on ``plot_item`` as ``(kind, value, text)``: ``("h", 0.25,
        "σ′ max")``, ``("point", (0.0, 0.5), "σ(0)")``; read back from the plot items."""
        panel = self._panel(plot_item)
        if panel is None:
            return []
        rows: list[tuple[str, float | tuple[float, float], str]] = []
        for kind, pool in (("h", panel.h_lines), ("v", panel.v_lines)):
            rows += [
                (kind, float(ln.value()), ln.label.toPlainText() if ln.label.isVisible() else "")
                for ln in pool
                if ln.isVisible()
            ]
        if panel.dots is not None and panel.dots.isVisible():
            xs, ys = panel.dots.getData()
            texts = [label.toPlainText() for label in panel.labels if label.isVisible()]
            rows += [("point", (float(x), float(y)), t) for x, y, t in zip(xs, ys, texts)]
        return rows


__all__ = ["LABEL_BACKGROUND", "MARK_COLOR", "MARK_DASH", "MARK_FONT_PT", "MARK_WIDTH", "MarksLayer"]
