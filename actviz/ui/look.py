"""Putting a theme's :class:`~actviz.viewmodels.theme.Look` and the projector scale on Qt widgets and
pyqtgraph plots. The colours and factors themselves are Qt-free, in :mod:`actviz.viewmodels.theme`.

Nothing here creates plot items: pens, brushes and fonts of existing items are replaced.
"""

from __future__ import annotations

import math
from typing import Any

from actviz.ui.qt import QtCore, QtGui, QtWidgets, pg
from actviz.viewmodels.theme import Factors, Look

# What pg.mkPen takes as a colour: a name or "#rrggbb", a QColor, or an (r, g, b[, a]) tuple.
Color = str | QtGui.QColor | tuple[int, ...]

FONT_FACTOR = "actvizFontFactor"  # dynamic property: this widget's font is the window's × k
HEIGHTS = "actvizHeights"  # dynamic property: (minimum, maximum) height at normal size
AXES = ("left", "bottom", "right", "top")
TITLE_ROW_PX = 30  # pyqtgraph's fixed height of a plot's title row at normal size


def qt_palette(look: Look, base: QtGui.QPalette) -> QtGui.QPalette:
    """``base`` with the look's colours put in (a light look with no palette keeps ``base``)."""
    pal = QtGui.QPalette(base)
    Role, Group = QtGui.QPalette.ColorRole, QtGui.QPalette.ColorGroup
    for key, color in look.palette:
        group_name, _, role_name = key.rpartition(":")
        role = getattr(Role, role_name)
        groups = (getattr(Group, group_name),) if group_name else (Group.Active, Group.Inactive, Group.Disabled)
        for group in groups:
            if group_name or group != Group.Disabled or role not in _DISABLED_ROLES:
                pal.setColor(group, role, QtGui.QColor(color))
    return pal


_DISABLED_ROLES = (
    QtGui.QPalette.ColorRole.WindowText,
    QtGui.QPalette.ColorRole.Text,
    QtGui.QPalette.ColorRole.ButtonText,
)


def set_text_color(widget: QtWidgets.QWidget, color: str) -> None:
    """Colour a label's text through its palette, not a style sheet: a style sheet would freeze
    the font the label had when it was polished, and the label would not grow with the scale."""
    pal = QtGui.QPalette()  # only this role is the widget's own; the rest follows its window
    pal.setColor(QtGui.QPalette.ColorRole.WindowText, QtGui.QColor(color))
    widget.setPalette(pal)


def scaled_font(base: QtGui.QFont, point_size: float) -> QtGui.QFont:
    font = QtGui.QFont(base)
    font.setPointSizeF(point_size)
    return font


def relative_font(widget: QtWidgets.QWidget, k: float, bold: bool | None = None) -> None:
    """Give ``widget`` a font ``k`` times its window's, now and after every scale change
    (see :func:`rescale_fonts`)."""
    widget.setProperty(FONT_FACTOR, float(k))
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * k)
    if bold is not None:
        font.setBold(bold)
    widget.setFont(font)


def rescale_fonts(root: QtWidgets.QWidget, point_size: float) -> None:
    """Widgets under ``root`` marked by :func:`relative_font` follow the new window font size.
    ``point_size`` is the window's font size: the application's font × the projector scale."""
    for w in root.findChildren(QtWidgets.QWidget):
        k = w.property(FONT_FACTOR)
        if k is not None:
            font = w.font()
            font.setPointSizeF(point_size * float(k))
            w.setFont(font)


def scaled_height(widget: QtWidgets.QWidget, minimum: int | None = None, maximum: int | None = None) -> None:
    """A minimum and/or maximum height in pixels at normal size, × the projector scale after
    every scale change (see :func:`rescale_sizes`): a list that shows four rows still does."""
    widget.setProperty(HEIGHTS, (minimum, maximum))
    _set_heights(widget, 1.0)


def _set_heights(widget: QtWidgets.QWidget, k: float) -> None:
    minimum, maximum = widget.property(HEIGHTS)
    if minimum is not None:
        widget.setMinimumHeight(round(minimum * k))
    if maximum is not None:
        widget.setMaximumHeight(round(maximum * k))


def rescale_sizes(root: QtWidgets.QWidget, k: float) -> None:
    """Widgets under ``root`` given heights by :func:`scaled_height` take them × ``k``."""
    for w in root.findChildren(QtWidgets.QWidget):
        if w.property(HEIGHTS) is not None:
            _set_heights(w, k)


class SideFit(QtCore.QObject):
    """Keeps a side panel's scroll area as wide as its content needs at the projector scale,
    within ``widths`` (minimum, maximum at normal size) × the scale, so that large text is
    neither clipped nor given more of the window than it needs. It follows the content's
    layout: a rebuilt parameter panel or a longer label refits it."""

    # The panel never takes more than this share of its page's width: at huge scale on a
    # 1024 px screen the plots would otherwise get less than half of it.
    MAX_SHARE = 0.4

    def __init__(self, scroll: QtWidgets.QScrollArea, widths: tuple[int, int]) -> None:
        super().__init__(scroll)
        self.scroll, self.widths, self.k = scroll, widths, 1.0
        self._page: QtWidgets.QWidget | None = None
        content = scroll.widget()
        if content is not None:
            content.installEventFilter(self)
        # Content wider than the share scrolls sideways instead of being cut off.
        scroll.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAsNeeded)

    def set_scale(self, k: float) -> None:
        self.k = k
        self.fit()

    def fit(self) -> None:
        scroll, (lo, hi) = self.scroll, self.widths
        page = scroll.parentWidget()
        if page is not None and page is not self._page:
            self._page = page
            page.installEventFilter(self)  # its width sets the share
        lo, hi = round(lo * min(self.k, 1.5)), round(hi * self.k)  # the plots keep most of the window
        page_width = QtWidgets.QWidget.width(page) if page is not None else 0  # a view may name a child "width"
        if page_width > 0:
            share = round(self.MAX_SHARE * page_width)
            hi = min(hi, max(share, round(0.6 * lo)))
            lo = min(lo, hi)
        content = scroll.widget()
        need = content.minimumSizeHint().width() if content is not None else 0
        need += scroll.verticalScrollBar().sizeHint().width() + 2 * scroll.frameWidth()
        scroll.setMaximumWidth(hi)
        scroll.setMinimumWidth(min(max(lo, need), hi))

    def eventFilter(self, obj: QtCore.QObject, event: QtCore.QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind == QtCore.QEvent.Type.LayoutRequest or (obj is self._page and kind == QtCore.QEvent.Type.Resize):
            self.fit()
        return False


class ScaledStyle(QtWidgets.QProxyStyle):
    """The platform style with its sizes (slider handles, check boxes, scroll bars, icons)
    multiplied by the projector scale, so widgets grow with their text."""

    METRICS = (
        "PM_SliderThickness",
        "PM_SliderLength",
        "PM_SliderControlThickness",
        "PM_IndicatorWidth",
        "PM_IndicatorHeight",
        "PM_ExclusiveIndicatorWidth",
        "PM_ExclusiveIndicatorHeight",
        "PM_ScrollBarExtent",
        "PM_ScrollBarSliderMin",
        "PM_SmallIconSize",
        "PM_ButtonIconSize",
        "PM_ListViewIconSize",
        "PM_TabBarIconSize",
        "PM_MenuButtonIndicator",
    )

    def __init__(self, base: QtWidgets.QStyle) -> None:
        super().__init__(base)
        self.factor = 1.0
        pm = QtWidgets.QStyle.PixelMetric
        self._scaled = {getattr(pm, name) for name in self.METRICS}

    def pixelMetric(  # noqa: N802 - Qt override
        self,
        metric: QtWidgets.QStyle.PixelMetric,
        option: QtWidgets.QStyleOption | None = None,
        widget: QtWidgets.QWidget | None = None,
    ) -> int:
        value = super().pixelMetric(metric, option, widget)
        if self.factor != 1.0 and metric in self._scaled:
            return round(value * self.factor)
        return value


def set_widget_scale(factor: float) -> None:
    """Scale the sizes of the application's widget style. The scaled style is installed the
    first time a factor other than 1 is asked for, so the default look is the platform's own."""
    app = QtWidgets.QApplication.instance()
    if not isinstance(app, QtWidgets.QApplication):
        return
    style = app.style()
    if not isinstance(style, ScaledStyle):
        if factor == 1.0:
            return
        style = ScaledStyle(QtWidgets.QStyleFactory.create(style.name()) or style)
        app.setStyle(style)
    if style.factor != factor:
        style.factor = factor


def pen(color: Color, width: float, style: QtCore.Qt.PenStyle | None = None) -> QtGui.QPen:
    p: QtGui.QPen = pg.mkPen(color, width=width)
    if style is not None:
        p.setStyle(style)
    return p


def curve_pen(color: Color, width: float, dash: bool = False) -> QtGui.QPen:
    """A curve's pen: cosmetic (width in pixels at any zoom), round caps, sharp corners."""
    p: QtGui.QPen = pg.mkPen(color=color, width=width)
    p.setCosmetic(True)
    p.setCapStyle(QtCore.Qt.PenCapStyle.RoundCap)
    p.setJoinStyle(QtCore.Qt.PenJoinStyle.MiterJoin)  # sharp corners stay sharp
    if dash:
        p.setStyle(QtCore.Qt.PenStyle.DashLine)
    return p


def style_legend(legend: pg.LegendItem, look: Look, point_size: float) -> None:
    """Colours and text size of a legend, re-rendering the labels it already holds."""
    legend.setBrush(pg.mkBrush(look.legend_brush))
    legend.setPen(pg.mkPen(look.legend_pen))
    color = pg.mkColor(look.foreground)
    size = f"{point_size:g}pt"
    legend.opts["labelTextColor"] = color
    legend.opts["labelTextSize"] = size
    for _sample, label in legend.items:
        label.setText(label.text, color=color, size=size)
    legend.updateSize()


def style_plot(
    plot: pg.PlotWidget | pg.PlotItem,
    look: Look,
    f: Factors,
    *,
    tick_pt: float | None = None,
    axis_width: float = 1.0,
    legend_pt: float | None = None,
) -> None:
    """Apply a look and a projector scale to one pyqtgraph plot: background, axis pens and
    tick fonts, axis labels, title and legend. Call it once per plot panel, and again when the
    theme or scale changes. ``tick_pt`` is the tick font at normal size (default: the
    application's font); ``legend_pt`` likewise for the legend, if the plot has one."""
    base_pt = QtWidgets.QApplication.font().pointSizeF()
    if isinstance(plot, pg.PlotWidget):
        plot.setBackground(look.background)
        pi = plot.getPlotItem()
    else:
        pi = plot
        vb = pi.getViewBox()
        vb.setBackgroundColor(look.background)
    tick_font = QtGui.QFont()
    tick_size = (tick_pt or base_pt) * f.text
    tick_font.setPointSizeF(tick_size)
    label_css = {"color": look.foreground, "font-size": f"{base_pt * f.text:g}pt"}
    for name in AXES:
        ax = pi.getAxis(name)
        ax.setPen(pen(look.axis, axis_width * f.line))
        ax.setTextPen(pg.mkPen(look.axis))
        ax.setStyle(tickFont=tick_font, tickTextOffset=round(6 * f.text), tickLength=round(-5 * f.line))
        if ax.labelText or ax.labelUnits:
            ax.setLabel(ax.labelText, ax.labelUnits, **label_css)
    title = pi.titleLabel
    pi._title_px = height = round(TITLE_ROW_PX * max(f.text, 1.0))
    pi._title_pt = 11 * f.text  # pyqtgraph's own title size, scaled
    title.opts["color"] = look.foreground  # kept by later setTitle calls
    title.opts["size"] = f"{pi._title_pt:g}pt"
    if title.isVisible() and title.text:
        title.setMaximumHeight(height)
        pi.layout.setRowFixedHeight(0, height)
        title.setText(title.text)
        fit_title(pi)
    legend = pi.legend
    if legend is not None:
        style_legend(legend, look, (legend_pt or base_pt) * f.text)


__all__ = [
    "FONT_FACTOR",
    "SHARE_STEP",
    "ScaledStyle",
    "SideFit",
    "curve_pen",
    "fit_title",
    "fitting_share",
    "pen",
    "qt_palette",
    "relative_font",
    "rescale_fonts",
    "rescale_sizes",
    "scaled_font",
    "scaled_height",
    "set_text_color",
    "set_title",
    "set_widget_scale",
    "style_legend",
    "style_plot",
]


def set_title(plot: pg.PlotWidget | pg.PlotItem, text: str) -> None:
    """``setTitle`` that keeps the title row as tall as :func:`style_plot` made it (pyqtgraph
    puts it back to 30 px on every call, which clips a large title), and the title as wide as
    the plot (see :func:`fit_title`)."""
    pi = plot.getPlotItem() if isinstance(plot, pg.PlotWidget) else plot
    pi.setTitle(text)
    height = getattr(pi, "_title_px", TITLE_ROW_PX)
    pi.titleLabel.setMaximumHeight(height)
    pi.layout.setRowFixedHeight(0, height)
    fit_title(pi)


MIN_TITLE_PT = 8.0
SHARE_STEP = 0.05  # text and formulas shrunk to fit go by this step: a resize by a pixel or two redraws nothing


def fitting_share(need: float, room: float, floor: float = 0.0) -> float:
    """The share of its full size (need) at which something fits ``room``: 1 where it fits,
    else rounded down to SHARE_STEP, and never below ``floor``."""
    if need <= room:
        return 1.0
    return max(floor, min(1.0, math.floor(room / need / SHARE_STEP + 1e-9) * SHARE_STEP))


def fit_title(plot: pg.PlotWidget | pg.PlotItem) -> None:
    """A title wider than its plot is set smaller, down to 8 pt, and only then cut with "…":
    "Decision bou" tells a room nothing."""
    pi = plot.getPlotItem() if isinstance(plot, pg.PlotWidget) else plot
    title = pi.titleLabel
    if not (title.isVisible() and title.text):
        return
    full = getattr(title, "_full_text", None)
    if full is None or title.text not in (full, getattr(title, "_shown_text", None)):
        full = title.text
    room = pi.width()
    if pi.scene() is not None and len(pi.scene().views()) == 1:
        room = min(room, pi.scene().views()[0].width())  # a long title widens the item past its view
    room -= pi.width() - pi.getViewBox().width()  # the title row spans the data area only
    room -= 8
    if room <= 20:
        return
    start = getattr(pi, "_title_pt", 11.0)
    # A shorter wording at a readable size beats the full one in tiny print: each wording may
    # shrink to 70 % of the title size; only the shortest goes down to the smallest size.
    wordings = [full, *getattr(pi, "short_titles", ())]
    for i, text in enumerate(wordings):
        floor = MIN_TITLE_PT if i == len(wordings) - 1 else max(MIN_TITLE_PT, 0.7 * start)
        pt = start
        while True:  # measured as drawn (the label's own rich text), not estimated
            title.setText(text, size=f"{pt:g}pt")
            width = title.item.boundingRect().width()
            if width <= room or pt <= floor:
                break
            pt = max(floor, pt * 0.9)
        if width <= room:
            break
    if width > room:
        font = QtGui.QFont(title.item.font())
        font.setPointSizeF(pt)
        plain = QtGui.QTextDocumentFragment.fromHtml(text).toPlainText()
        text = QtGui.QFontMetricsF(font).elidedText(plain, QtCore.Qt.TextElideMode.ElideRight, room - 12)
        title.setText(text, size=f"{pt:g}pt")
    title._full_text, title._shown_text = full, text
    # pyqtgraph makes a title's width its minimum, which pushed the plot past its view's edge
    # (a cut-off right axis): the title fits the plot, not the other way round.
    title.setMinimumWidth(0)
    title.updateGeometry()
    # A plot once widened by a long title stays that wide until its view is resized again:
    # give it its view's size back now.
    views = pi.scene().views() if pi.scene() is not None else []
    central: Any = getattr(views[0], "centralWidget", None) if len(views) == 1 else None
    if central is not None and central is pi:
        pi.setGeometry(QtCore.QRectF(views[0].viewport().rect()))
    title.opts["size"] = f"{getattr(pi, '_title_pt', 11.0):g}pt"  # the next title starts full size
