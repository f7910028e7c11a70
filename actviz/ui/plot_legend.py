"""The plot's legend and its parameter values: what they say, where they go, how large."""

from __future__ import annotations

import math

import numpy as np
import shiboken6

from actviz.ui.guard import guarded
from actviz.ui.look import SHARE_STEP, fitting_share
from actviz.ui.look import curve_pen as _pen
from actviz.ui.plot_items import PlotHost
from actviz.ui.qt import QtCore, QtGui, pg
from actviz.viewmodels import theme
from actviz.viewmodels.function import param_summary
from actviz.viewmodels.layout import CORNERS, HYSTERESIS, best_corner, corner_counts, densify

CAPTION_PT = 16.0  # a lesson's caption at normal size: 24 pt tall text from ×1.5 up
PARAM_PT = 20.0  # the parameter values above the plot, at normal size
# Where the values are wider than the plot (three of them at huge on a 1024-pixel screen were
# cut at the right), they shrink to fit, down to this share of their size.
PARAM_MIN_SHARE = 0.6
PARAM_PAD_PX = 10  # left and right of the values


def _tone(color: object) -> str:
    """A colour as legend options hold it (a QColor, a name or None), comparable."""
    return color.name() if isinstance(color, QtGui.QColor) else str(color)


class LegendLayer(PlotHost):
    """Part of :class:`~actviz.ui.plot.PlotView`: the legend and the parameter values."""

    _param_share = 1.0  # of PARAM_PT × the text scale, at which the values fit the plot's width

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
        curves: list[tuple[np.ndarray, np.ndarray]] = []
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
            if isinstance(value, tuple):  # a point
                px, py = value
                curves.append((np.array([(px - x0) * (w / (x1 - x0))]), np.array([(y1 - py) * (h / (y1 - y0))])))
            elif kind == "h":
                curves.append(densify([0.0, w], [(y1 - value) * (h / (y1 - y0))] * 2, step=3.0))
            elif kind == "v":
                curves.append(densify([(value - x0) * (w / (x1 - x0))] * 2, [0.0, h], step=3.0))
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
    def _on_plot_resized(self, *_args: object) -> None:
        if not self._plot_alive():
            return
        self._legend_shrink = 1.0  # a new plot size: try the full size again
        self._on_legend_geometry()

    @guarded
    def _on_legend_geometry(self, *_args: object) -> None:
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

    def _rebuild_legend(self, fresh: bool = False) -> None:
        """The legend lists only what is drawn. With many pins it uses more columns and smaller
        text, so it never covers half of a small plot. (A pinned function's f′ is its dashed
        line, as the Compare panel's tooltip says.)

        Emptying and refilling the legend changes its geometry, whose handler may rebuild the
        legend for another text size: nested inside this rebuild, that would leave every entry
        twice (seen after restoring a session with pins). So the handler keeps still while the
        legend is rebuilt, and runs once afterwards if the legend's box has changed."""
        outer = not self._placing_legend
        before = self.legend.geometry()
        self._placing_legend = True
        try:
            self._fill_legend(fresh)
        finally:
            self._placing_legend = not outer
        if outer and self.legend.geometry() != before:
            self._on_legend_geometry()

    def _fill_legend(self, fresh: bool = False) -> None:
        shown = self.state.shown
        n = self._legend_entries()
        size, columns = self._legend_size(), 1 if n <= 4 else 2 if n <= 9 else 3
        rows: list[tuple[pg.GraphicsObject, str]] = []
        for i, item in enumerate(self.curves):
            if shown[i]:
                rows.append((item, self._live_label() if i == 0 else theme.CURVE_NAMES[i]))
        each = len(self.overlay_items) <= self.PIN_F1_ENTRIES
        for ov, (f_item, _df_item) in self.overlay_items.items():
            rows.append((f_item, ov.label()))
            if shown[1] and each:  # every drawn curve is named: the dashed line is this pin's f′
                sample = self._dash_sample(self._look.overlay(ov.slot))
                rows.append((sample, f"{ov.label()}  {theme.CURVE_NAMES[1]}"))
        if shown[1] and self.overlay_items and not each:
            # Many pins: one row says what their dashed lines are, in the axis colour.
            pins_df = QtCore.QCoreApplication.translate("PlotView", "pins' f′(x)")
            rows.append((self._dash_sample(self._look.axis), pins_df))
        # The legend shows these rows already, in this size and colour: keep it (a layout or a
        # resize often asks again for what is there; refilling costs ~3 ms). What it shows is read
        # off the legend itself, which styling may have changed since it was filled. A ``fresh``
        # legend is refilled anyway: restyled text leaves its rows' old spacing behind.
        color = _tone(self.legend.opts.get("labelTextColor"))
        want = (tuple((id(item), text, size, color) for item, text in rows), columns, size)
        held = (
            tuple(
                (id(sample.item), label.text, label.opts.get("size"), _tone(label.opts.get("color")))
                for sample, label in self.legend.items
            ),
            self.legend.columnCount,
            self.legend.opts.get("labelTextSize"),
        )
        if want == held and not fresh:
            return
        self.legend.clear()
        self.legend.setLabelTextSize(size)
        self.legend.setColumnCount(columns)
        for item, text in rows:
            self.legend.addItem(item, text)
        self.legend.updateSize()

    def _dash_sample(self, color: str) -> pg.PlotDataItem:
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
            self._fit_param_text()
            self.param_text.setText(summary)
            # Only ever grow while a slider moves: a label that changes its size hint on every
            # step re-lays out the plot's column (≈1 ms a frame). Never wider than the plot.
            need = self.param_text.sizeHint().width()
            if need > self.param_text.minimumWidth():
                spare = self.param_text.fontMetrics().horizontalAdvance("00")
                self.param_text.setMinimumWidth(min(need + spare, max(self.width() - 4, 0)))
        self._legend_label_later()  # throttled: see __init__

    def _fit_param_text(self) -> None:
        """The values' size: their full size where the plot is wide enough for them, else as
        much of it as fits (down to PARAM_MIN_SHARE), so that none is cut at the right."""
        text = self._param_text_shown
        room = self.width() - 2 * PARAM_PAD_PX - 4  # the label's padding, and a margin
        if not text or room <= 0:
            return
        label = self.param_text
        label.ensurePolished()

        def width() -> float:  # as drawn: the style sheet's font, not an estimate of it
            return QtGui.QFontMetricsF(label.font()).horizontalAdvance(text)

        full = width() / self._param_share
        share = fitting_share(full, room, PARAM_MIN_SHARE)
        for _ in range(5):  # a bold font need not scale quite linearly: step down until it fits
            if share != self._param_share:
                self._param_share = share
                self._style_param_text()
                label.setMinimumWidth(0)  # let it shrink to the new size
                label.ensurePolished()
            if width() <= room or share <= PARAM_MIN_SHARE:
                break
            share = max(PARAM_MIN_SHARE, round(share - SHARE_STEP, 2))

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
            f" font-size: {PARAM_PT * self._text_scale * self._param_share:g}pt; padding: 0px {PARAM_PAD_PX}px; }}"
        )
        # Beside the side panel and formulas a caption at most ×1.5 (24 pt) leaves the plot room;
        # in presentation mode it takes the full size.
        k = self._text_scale if self._presenting else min(self._text_scale, 1.5)
        self.caption.setStyleSheet(
            f"QLabel#caption {{ color: {self._look.foreground}; font-weight: bold;"
            f" font-size: {CAPTION_PT * k:g}pt; padding: 0px 6px; }}"
        )
