"""The readout line over the plot and the crosshair: the exact values under the mouse (the
text comes from the Function view's controller)."""

from __future__ import annotations

import math

from actviz.ui.guard import guarded
from actviz.ui.plot_items import Item, PlotHost
from actviz.ui.qt import QtCore, QtGui


class Readout(PlotHost):
    """Part of :class:`~actviz.ui.plot.PlotView`: the readout line and the crosshair."""

    READOUT_LINES = 2

    def hint(self) -> str:
        text = QtCore.QCoreApplication.translate("PlotView", self.HINT_TEXT)
        return f"<span style='color:{self._look.muted}'>{text}</span>"

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
        """Show ``text`` in the readout's two lines, smaller (down to about half size) where it
        needs more room: smaller is more readable than cut off. The hint is only help: where it
        does not fit even so (beside a large parameter value at huge on a small screen), it is
        left out rather than cut to "Move the mouse over". The readout fits again when its
        width changes (see :meth:`eventFilter`)."""
        self._readout_text = text
        label = self.readout
        pt = self._readout_font_pt
        font = QtGui.QFont(label.font())
        # Before the first layout the label has no width of its own yet: take the plot's.
        width = label.width() if self.isVisible() else max(50, self.width())
        for _ in range(6):  # down to about half size
            font.setPointSizeF(pt)
            label.setFont(font)
            label.setText(text)
            # Beside values that take the whole row (width 1), not even a word fits.
            fits = width > 20 and label.heightForWidth(width) <= label.height()
            if fits or pt <= 0.55 * self._readout_font_pt:
                break
            pt *= 0.88
        if not fits and text == self.hint():
            label.setText("")

    @guarded
    def _on_mouse(self, pos: QtCore.QPointF) -> None:
        self._on_mouse_in(self.vb, pos)

    @guarded
    def _on_mouse_in(self, vb: Item, pos: QtCore.QPointF) -> None:
        """The crosshair follows the mouse over the main plot or any stacked panel."""
        if not vb.sceneBoundingRect().contains(pos):
            self.hide_readout()
            return
        self.show_readout(vb.mapSceneToView(pos).x())

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
        kind = event.type()
        if obj is self.readout:
            # Another width: the text's size (and whether the hint fits) is decided again.
            if kind == QtCore.QEvent.Type.Resize and event.size().width() != event.oldSize().width():  # type: ignore[attr-defined]
                self._set_readout(self._readout_text)
            return False
        # The mouse left a plot: no x is pointed at any more, so the values must not linger.
        if kind == QtCore.QEvent.Type.Leave and self._readout_x is not None:
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
