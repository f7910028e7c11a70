"""The Train view's network diagram: every neuron as a small heatmap of its own output, every
weight as a link coloured by its sign and as wide as its size; hover for a value, click a link
(or a bias square) to type a new one.

Painted with one QPainter pass: the heatmaps of all tiles live in one image that wraps the
view-model's pixel buffer (:class:`actviz.viewmodels.diagram.Diagram`), written in place every
frame; each link is a polyline built once per layout, and each frame only picks its pen. What
is drawn where, and every number, comes from :mod:`actviz.viewmodels.diagram`.

Cost of a frame at 1920 × 1080 with the Playground's largest network (7 features, 6 × 8), GUI
thread CPU time: about 2 ms for the numbers and 16 ms for the painting, of which 12 ms are the
384 antialiased links (``benchmarks/bench_diagram.py``).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Any

import numpy as np

from actviz.core.numbers import fmt_number
from actviz.state.texts import RefusalError
from actviz.ui.i18n import tr_text
from actviz.ui.message_line import MessageLine
from actviz.ui.qt import QtCore, QtGui, QtWidgets
from actviz.viewmodels import diagram as vm
from actviz.viewmodels.theme import LIGHT, Factors, Look

MIN_PT = 7.0  # column titles and statistics shrink to fit their column, down to this size
LINK_CAP = 0.1  # a link is at most this share of a tile wide, whatever the scale
TITLE_PT, TEXT_PT = 1.35, 1.2  # column titles and other text, × the window's font


def _qcolor(color: Any, alpha: int | None = None) -> QtGui.QColor:
    c = QtGui.QColor(*color) if isinstance(color, tuple) else QtGui.QColor(color)
    if alpha is not None:
        c.setAlpha(alpha)
    return c


class _Editor(QtWidgets.QLineEdit):
    """The inline box for a new weight: Enter commits, Escape or a click elsewhere cancels."""

    cancelled = QtCore.Signal()

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == QtCore.Qt.Key.Key_Escape:
            self.cancelled.emit()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QtGui.QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        if event.reason() != QtCore.Qt.FocusReason.PopupFocusReason:
            self.cancelled.emit()


class _Canvas(QtWidgets.QWidget):
    """Where the diagram is painted; input goes to its :class:`DiagramView`."""

    def __init__(self, view: DiagramView) -> None:
        super().__init__(view)
        self.setObjectName("diagramCanvas")
        self.view = view
        self.setMouseTracking(True)
        self.setAttribute(QtCore.Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QtWidgets.QSizePolicy.Policy.Expanding, QtWidgets.QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QtCore.QSize:  # noqa: N802 - Qt override
        return QtCore.QSize(640, 420)

    def minimumSizeHint(self) -> QtCore.QSize:  # noqa: N802 - Qt override
        return QtCore.QSize(200, 150)

    def paintEvent(self, event: QtGui.QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QtGui.QPainter(self)
        try:
            self.view._paint(painter)
        finally:
            painter.end()

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.view._relayout()

    def mouseMoveEvent(self, event: QtGui.QMouseEvent) -> None:  # noqa: N802 - Qt override
        self.view._hover_at(event.position())

    def leaveEvent(self, event: QtCore.QEvent) -> None:  # noqa: N802 - Qt override
        self.view._hover_at(None)

    def mousePressEvent(self, event: QtGui.QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == QtCore.Qt.MouseButton.LeftButton and self.view.edit_at(event.position()):
            event.accept()
            return
        super().mousePressEvent(event)

    def event(self, event: QtCore.QEvent) -> bool:
        if event.type() == QtCore.QEvent.Type.ToolTip:
            assert isinstance(event, QtGui.QHelpEvent)
            text = self.view.tooltip_at(QtCore.QPointF(event.pos()))
            if text:
                QtWidgets.QToolTip.showText(event.globalPos(), text, self)
            else:
                QtWidgets.QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)


class DiagramView(QtWidgets.QWidget):
    """The network diagram of one network (the Train view's selected one).

    Feed it with :meth:`show_network` on every frame; give it the theme and projector scale with
    :meth:`apply_look`. It never changes a weight itself: a typed weight or bias is emitted,
    and the owner applies it and shows the network again.

    Signals
    -------
    weight_edited(layer, i, j, value)
        The user typed a new ``weights[layer][i, j]``.
    bias_edited(layer, i, value)
        The user typed a new ``biases[layer][i]``.
    """

    weight_edited = QtCore.Signal(int, int, int, float)
    bias_edited = QtCore.Signal(int, int, float)

    def __init__(self, parent: QtWidgets.QWidget | None = None, *, resolution: int = 32) -> None:
        super().__init__(parent)
        self.setObjectName("diagramView")
        self.model = vm.Diagram(resolution)
        self.layout_: vm.Layout | None = None
        self.look: Look = LIGHT
        self.factors = Factors()
        self._image: QtGui.QImage | None = None
        self._paths: list[list[QtCore.QLineF]] = []
        self._widths_px = np.zeros(0)
        self._pens: dict[tuple[int, int], QtGui.QPen] = {}
        self._hover: tuple[str, int] | None = None
        self._editing: tuple[str, int] | None = None
        self._fonts = (QtGui.QFont(), QtGui.QFont())  # titles, statistics
        self._features: tuple[str, ...] = ()

        self.canvas = _Canvas(self)
        self.message = MessageLine("diagramMessage", self)
        self.editor = _Editor(self.canvas)
        self.editor.setObjectName("diagramEditor")
        self.editor.hide()
        self.editor.returnPressed.connect(self._commit)
        self.editor.cancelled.connect(self._cancel)
        box = QtWidgets.QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(self.canvas, 1)
        box.addWidget(self.message)
        self.apply_look(LIGHT, Factors())

    # -- feeding ---------------------------------------------------------------------------
    def show_network(
        self,
        weights: Sequence[np.ndarray],
        biases: Sequence[np.ndarray],
        activation: Any,
        features: Sequence[str],
        train_points: Any = None,
        *,
        residual: bool = False,
        output: str = "tanh",
    ) -> None:
        """Draw one network.

        Parameters
        ----------
        weights, biases : lists of ndarray
            The network, ``(fan_out, fan_in)`` and ``(fan_out,)`` per layer, output layer last
            (:func:`actviz.viewmodels.diagram.network_slice` takes one out of a trainer's grid).
        activation : object with ``f`` and ``df``
            The hidden activation, e.g. :func:`actviz.core.network.hidden_activation`'s.
        features : sequence of str
            The input features, in input order (``x1``, ``x2``, ``x1sq``, ...).
        train_points : ndarray ``(P, 2)``, optional
            The raw training points, for the dead units and the mean |f′| per layer.
        residual : bool
            Skip connections on layers whose widths match.
        output : {"tanh", "linear"}
        """
        changed = self.model.update(
            weights, biases, activation, features, train_points, residual=residual, output=output
        )
        if changed:
            m = self.model
            n = m.resolution
            self._image = QtGui.QImage(m.pixels.data, n, n * m.pixels.shape[0], n * 4, QtGui.QImage.Format.Format_RGB32)
            self._features = tuple(features)
            self._cancel()  # the link or bias being edited may be gone
            self._relayout()
        else:
            self._restyle_links()
        self.canvas.update()

    def clear(self) -> None:
        """Show nothing (no network)."""
        self.model = vm.Diagram(self.model.resolution)
        self.model.set_middle(vm.heatmap_middle(self.look))
        self._image = None
        self.layout_ = None
        self._paths = []
        self._cancel()
        self.canvas.update()

    def apply_look(self, look: Look, factors: Factors) -> None:
        """The theme's colours and the projector scale (text × ``factors.text``, lines ×
        ``factors.line``)."""
        self.look, self.factors = look, factors
        self.model.set_middle(vm.heatmap_middle(look))
        self._pens = {}
        base = QtWidgets.QApplication.font().pointSizeF() * factors.text
        title = QtGui.QFont()
        title.setPointSizeF(base * TITLE_PT)
        title.setBold(True)
        stats = QtGui.QFont()
        stats.setPointSizeF(base * TEXT_PT)
        self._fonts = (title, stats)
        self.message.apply_look(look, factors.text)
        self._relayout()
        self.canvas.update()

    # -- geometry --------------------------------------------------------------------------
    def _titles(self) -> list[str]:
        sizes = self.model.sizes
        out = [self.tr("Input")]
        out += [self.tr("Layer {n}").format(n=k) for k in range(1, len(sizes) - 1)]
        out.append(self.tr("Output"))
        return out

    def _relayout(self) -> None:
        sizes = self.model.sizes
        if not sizes:
            self.layout_ = None
            return
        title_fm = QtGui.QFontMetricsF(self._fonts[0])
        stats_fm = QtGui.QFontMetricsF(self._fonts[1])
        labels = [vm.FEATURE_LABELS.get(f, f) for f in self._features]
        label_w = max((stats_fm.horizontalAdvance(t) for t in labels), default=0.0)
        self.layout_ = vm.layout(
            sizes,
            self.canvas.width(),
            self.canvas.height(),
            header=title_fm.height() * 1.4,
            footer=stats_fm.height() * 2.3 if len(sizes) > 2 else stats_fm.height() * 0.5,
            label_width=label_w + 8 * self.factors.text,
            margin=6 * self.factors.line,
        )
        # Each link as its polyline's pieces: drawn with a square-capped pen, Qt's raster
        # engine fills each piece as a quadrilateral, more than twice as fast as stroking a
        # curve (measured: 8.5 against 21 ms for 384 links), and the caps close the joints.
        self._paths = [
            [QtCore.QLineF(a[0], a[1], b[0], b[1]) for a, b in itertools.pairwise(pts.tolist())]
            for pts in self.layout_.points
        ]
        self._restyle_links()

    def _restyle_links(self) -> None:
        frame, lay = self.model.frame, self.layout_
        if frame is None or lay is None:
            self._widths_px = np.zeros(0)
            return
        k = self.factors.line
        thick = min(vm.THICK * k, max(2.0, LINK_CAP * lay.tile))
        thin = min(vm.THIN * k, thick)
        self._widths_px = vm.link_widths(frame.weights, thin=thin, thick=thick)

    def _pen(self, sign: int, width: float) -> QtGui.QPen:
        key = (sign, round(width * 4))
        pen = self._pens.get(key)
        if pen is None:
            pen = QtGui.QPen(_qcolor(vm.link_colors(self.look)[sign]), key[1] / 4)
            pen.setCapStyle(QtCore.Qt.PenCapStyle.SquareCap)
            self._pens[key] = pen
        return pen

    # -- painting --------------------------------------------------------------------------
    def _paint(self, p: QtGui.QPainter) -> None:
        look = self.look
        p.fillRect(self.canvas.rect(), _qcolor(look.background))
        lay, frame, image = self.layout_, self.model.frame, self._image
        if lay is None or frame is None or image is None:
            return
        p.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, True)
        p.setBrush(QtCore.Qt.BrushStyle.NoBrush)
        widths, signs, paths = self._widths_px, frame.signs, self._paths
        for k in frame.order.tolist():  # thinnest first: the strong links lie on top
            p.setPen(self._pen(int(signs[k]), float(widths[k])))
            p.drawLines(paths[k])
        if self._hover is not None and self._hover[0] == "link":
            k = self._hover[1]
            outline = QtGui.QPen(_qcolor(look.foreground), float(widths[k]) + 3 * self.factors.line)
            outline.setCapStyle(QtCore.Qt.PenCapStyle.SquareCap)
            p.setPen(outline)
            p.drawLines(paths[k])
            p.setPen(self._pen(int(signs[k]), float(widths[k])))
            p.drawLines(paths[k])
        # Heatmaps: one source image, one tile each, smoothed when enlarged. Axis-aligned, so
        # no antialiasing: with it, Qt takes a path ten times slower.
        p.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, False)
        p.setRenderHint(QtGui.QPainter.RenderHint.SmoothPixmapTransform, True)
        n = self.model.resolution
        nodes = lay.nodes
        for t in range(nodes.shape[0]):
            x, y, w, h = nodes[t].tolist()
            p.drawImage(QtCore.QRectF(x, y, w, h), image, QtCore.QRectF(0, t * n, n, n))
        border = QtGui.QPen(_qcolor(look.axis), max(1.0, self.factors.line))
        border.setJoinStyle(QtCore.Qt.PenJoinStyle.MiterJoin)
        p.setPen(border)
        for x, y, w, h in nodes.tolist():
            p.drawRect(QtCore.QRectF(x, y, w, h))
        # Bias squares, on the Playground's fixed ±1 scale.
        first = lay.starts[1]
        bias_values = np.concatenate(frame.biases)
        colors = vm.colorize(bias_values[:, None], self.model.lut, scales=np.ones(bias_values.shape[0]))[:, 0]
        for (x, y, w, h), c in zip(lay.biases[first:].tolist(), colors.tolist()):
            rect = QtCore.QRectF(x, y, w, h)
            p.fillRect(rect, QtGui.QColor.fromRgb(c))
            p.drawRect(rect)
        if self._hover is not None and self._hover[0] in ("node", "bias"):
            kind, t = self._hover
            x, y, w, h = (lay.biases if kind == "bias" else nodes)[t].tolist()
            p.setPen(QtGui.QPen(_qcolor(look.foreground), 2.5 * self.factors.line))
            p.drawRect(QtCore.QRectF(x, y, w, h))
        # Dead units: a grey cross over the tile.
        dead = np.flatnonzero(frame.dead)
        if dead.size:
            p.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, True)
            cross = QtGui.QPen(_qcolor(look.muted), max(2.0, 0.06 * lay.tile))
            cross.setCapStyle(QtCore.Qt.PenCapStyle.RoundCap)
            p.setPen(cross)
            for t in dead.tolist():
                x, y, w, h = nodes[t].tolist()
                inset = 0.18 * w
                p.drawLine(QtCore.QPointF(x + inset, y + inset), QtCore.QPointF(x + w - inset, y + h - inset))
                p.drawLine(QtCore.QPointF(x + w - inset, y + inset), QtCore.QPointF(x + inset, y + h - inset))
        self._paint_text(p, lay, frame)

    @staticmethod
    def _placed(
        font: QtGui.QFont, rows: Sequence[Sequence[str]], centers: Sequence[float], width: float
    ) -> tuple[QtGui.QFont, list[tuple[float, float]]]:
        """A font for texts under (or over) columns, and each column's ``(left, width)`` band:
        each text centred on its column, pushed inside the canvas at the edges; the font is made
        smaller (down to :data:`MIN_PT`) until neighbours keep a gap. ``rows`` holds, per
        column, the texts stacked there (the widest counts)."""
        out = QtGui.QFont(font)
        while True:
            fm = QtGui.QFontMetricsF(out)
            gap = fm.horizontalAdvance("  ")
            widths = [max((fm.horizontalAdvance(t) for t in texts), default=0.0) for texts in rows]
            bands = []
            for cx, w in zip(centers, widths):
                left = min(max(cx - w / 2, 1.0), width - 1.0 - w)
                bands.append((left, w))
            clear = all(a[0] + a[1] + gap <= b[0] for a, b in itertools.pairwise(bands))
            if clear or out.pointSizeF() <= MIN_PT:
                return out, bands
            out.setPointSizeF(max(MIN_PT, out.pointSizeF() * 0.92))

    def _paint_text(self, p: QtGui.QPainter, lay: vm.Layout, frame: vm.Frame) -> None:
        look = self.look
        p.setPen(_qcolor(look.foreground))
        center = QtCore.Qt.AlignmentFlag.AlignHCenter | QtCore.Qt.AlignmentFlag.AlignVCenter
        flags = center | QtCore.Qt.TextFlag.TextDontClip
        titles = self._titles()
        font, bands = self._placed(self._fonts[0], [[t] for t in titles], lay.column_x.tolist(), lay.width)
        p.setFont(font)
        hy, hh = lay.header
        for (left, w), text in zip(bands, titles):
            p.drawText(QtCore.QRectF(left, hy, w, hh), flags, text)
        # Feature names, right-aligned left of their tiles.
        p.setFont(self._fonts[1])
        right = QtCore.Qt.AlignmentFlag.AlignRight | QtCore.Qt.AlignmentFlag.AlignVCenter
        for t, name in enumerate(self._features):
            _x, y, _w, h = lay.nodes[t].tolist()
            text = vm.FEATURE_LABELS.get(name, name)
            p.drawText(QtCore.QRectF(0, y, lay.label_right, h), right, text)
        # Per hidden layer: dead units and mean |f′| on the training points.
        if not frame.stats:
            return
        lines = [self._stats_lines(s) for s in frame.stats]
        fy, fh = lay.footer
        line_h = fh / 2
        bold = QtGui.QFont(self._fonts[1])
        bold.setBold(True)  # the wider of the two sets the size
        bold, bands = self._placed(bold, lines, lay.column_x[1:-1].tolist(), lay.width)
        font = QtGui.QFont(bold)
        font.setBold(False)
        for (left, w), s, (dead_text, slope_text) in zip(bands, frame.stats, lines):
            rect = QtCore.QRectF(left, fy, w, line_h)
            p.setFont(bold if s.dead_count else font)
            p.drawText(rect, flags, dead_text)
            p.setFont(font)
            p.drawText(rect.translated(0, line_h), flags, slope_text)

    def _stats_lines(self, s: vm.LayerStats) -> tuple[str, str]:
        return (
            self.tr("{dead}/{n} dead").format(dead=s.dead_count, n=s.width),
            self.tr("|f′| {value}").format(value=fmt_number(s.mean_slope, 2)),
        )

    def stats_text(self) -> str:
        """The statistics line as text, one layer after another (for tests and the CLI)."""
        frame = self.model.frame
        if frame is None:
            return ""
        return "  ".join(f"{a} {b}" for a, b in (self._stats_lines(s) for s in frame.stats))

    # -- hover, tooltips -------------------------------------------------------------------
    def _hit(self, pos: QtCore.QPointF) -> tuple[str, int] | None:
        """What is under ``pos``: ("node", tile), ("bias", tile) or ("link", k); or None."""
        lay, frame = self.layout_, self.model.frame
        if lay is None or frame is None:
            return None
        x, y = pos.x(), pos.y()
        hit = lay.bias_at(x, y)
        if hit is not None:
            return "bias", lay.node(*hit)
        hit = lay.node_at(x, y)
        if hit is not None:
            return "node", lay.node(*hit)
        k = lay.link_at(x, y, self._widths_px)
        return None if k is None else ("link", k)

    def _hover_at(self, pos: QtCore.QPointF | None) -> None:
        hit = None if pos is None else self._hit(pos)
        editable = hit is not None and hit[0] != "node"
        cursor = QtCore.Qt.CursorShape.PointingHandCursor if editable else QtCore.Qt.CursorShape.ArrowCursor
        self.canvas.setCursor(cursor)
        if hit != self._hover:
            self._hover = hit
            self.canvas.update()

    def _unit_name(self, column: int, k: int) -> str:
        sizes = self.model.sizes
        if column == 0:
            name = self._features[k] if k < len(self._features) else ""
            return vm.FEATURE_LABELS.get(name, name)
        if column == len(sizes) - 1:
            return self.tr("output")
        return self.tr("layer {layer} neuron {neuron}").format(layer=column, neuron=k + 1)

    def tooltip_at(self, pos: QtCore.QPointF) -> str:
        """The tooltip for what is under ``pos`` (empty for nothing)."""
        hit = self._hit(pos)
        lay, frame = self.layout_, self.model.frame
        if hit is None or lay is None or frame is None:
            return ""
        kind, t = hit
        if kind == "link":
            layer, i, j = lay.link_index[t].tolist()
            return "\n".join(
                (
                    self.tr("Weight {value}").format(value=fmt_number(frame.weights[t])),
                    f"{self._unit_name(layer, j)} → {self._unit_name(layer + 1, i)}",
                    self.tr("Click to type a new weight."),
                )
            )
        column, k = lay.column_of(t)
        if kind == "bias":
            return "\n".join(
                (
                    self.tr("Bias {value}").format(value=fmt_number(frame.biases[column - 1][k])),
                    self._unit_name(column, k),
                    self.tr("Click to type a new bias."),
                )
            )
        lo, hi = frame.ranges[t].tolist()
        span = self.tr("on the map: {low} … {high}").format(low=fmt_number(lo), high=fmt_number(hi))
        if column == 0:
            return "\n".join((self.tr("Input feature {name}").format(name=self._unit_name(0, k)), span))
        name = self._unit_name(column, k)
        lines = [
            name[:1].upper() + name[1:],
            self.tr("Bias {value}").format(value=fmt_number(frame.biases[column - 1][k])),
            span,
        ]
        if frame.dead[t]:
            lines.append(self.tr("Dead: it outputs 0 on every training point."))
        return "\n".join(lines)

    # -- editing ---------------------------------------------------------------------------
    def edit_at(self, pos: QtCore.QPointF) -> bool:
        """Open the inline editor for the link or bias square at ``pos``; False if there is none."""
        hit = self._hit(pos)
        frame = self.model.frame
        if hit is None or hit[0] == "node" or frame is None:
            return False
        kind, t = hit
        if kind == "link":
            value = float(frame.weights[t])
        else:
            assert self.layout_ is not None
            column, k = self.layout_.column_of(t)
            value = float(frame.biases[column - 1][k])
        self._editing = hit
        ed = self.editor
        ed.setFont(self._fonts[1])
        ed.setText(fmt_number(value, None, ascii=True, python_exponent=True))
        ed.setToolTip(self.tr("Enter: apply · Esc: cancel"))
        fm = QtGui.QFontMetricsF(self._fonts[1])
        w = round(fm.horizontalAdvance("−0.000000000000") + 12)
        h = round(fm.height() + 10)
        x = min(max(0, round(pos.x()) + 8), max(0, self.canvas.width() - w))
        y = min(max(0, round(pos.y()) - h // 2), max(0, self.canvas.height() - h))
        ed.setGeometry(x, y, w, h)
        ed.show()
        ed.raise_()
        ed.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)
        ed.selectAll()
        return True

    def _commit(self) -> None:
        editing, lay = self._editing, self.layout_
        if editing is None or lay is None:
            return
        kind, t = editing
        try:
            value = vm.parse_value(self.editor.text(), "weight" if kind == "link" else "bias")
        except RefusalError as err:
            self.message.say(tr_text(err))
            self.editor.selectAll()
            return
        self.message.clear_message()
        self._editing = None
        self.editor.hide()
        if kind == "link":
            layer, i, j = lay.link_index[t].tolist()
            self.weight_edited.emit(layer, i, j, value)
        else:
            column, k = lay.column_of(t)
            self.bias_edited.emit(column - 1, k, value)

    def _cancel(self) -> None:
        self._editing = None
        if self.editor.isVisible():
            self.editor.hide()

    # -- for tests and tools ---------------------------------------------------------------
    def tile_rect(self, column: int, k: int) -> QtCore.QRectF:
        """Tile k of a column, in canvas pixels."""
        assert self.layout_ is not None
        return QtCore.QRectF(*self.layout_.nodes[self.layout_.node(column, k)].tolist())

    def link_point(self, layer: int, i: int, j: int, t: float = 0.5) -> QtCore.QPointF:
        """The point at parameter ``t`` along the link of ``weights[layer][i, j]``, in canvas pixels."""
        assert self.layout_ is not None
        k = self.layout_.link_starts[layer] + i * self.layout_.sizes[layer] + j
        return QtCore.QPointF(*self.layout_.link_point(k, t))


__all__ = ["DiagramView"]
