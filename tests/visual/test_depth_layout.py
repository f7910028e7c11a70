"""The Depth view on a projector: at 1024×768 with huge text and at 1920×1080, the plots keep most
of the view, tick labels do not overlap, no plot is wider than its widget, the legend covers no
data, and the diagnosis is never cut off."""

import math

import pytest
from qt_idle import fire_pending

from actviz.ui.qt import QtCore, QtGui, QtWidgets
from tests.visual.pixels import overlapping, rect_in_window, widget_rect

SIZES = [((1024, 768), "huge"), ((1920, 1080), "normal"), ((1280, 720), "huge")]


@pytest.fixture(scope="module", params=SIZES, ids=lambda p: f"{p[0][0]}x{p[0][1]}-{p[1]}")
def shown(request, shared_window):
    """The view first drawn on a large screen, then the room's scale and window sizes: the order
    in which a lecturer (and the gallery) gets there; a layout made for one size must not stick.
    One window per size for the module: the checks below only read it."""
    (w, h), scale = request.param
    win = shared_window(1920, 1080)
    win.tabs.setCurrentIndex(2)
    dv = win.depth_view
    assert dv.wait_idle()
    win.state.set_scale(scale)
    for size in ((1280, 720), (w, h)):  # a step between, as the gallery takes its pictures
        win.resize(*size)
        fire_pending(win)
    return win, dv


def tick_rects(axis, window) -> list[tuple[str, QtCore.QRect]]:
    """Each tick label's rect in window pixels, as the axis draws it."""
    image = QtGui.QImage(10, 10, QtGui.QImage.Format.Format_ARGB32)
    painter = QtGui.QPainter(image)
    try:
        specs = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    view = axis.scene().views()[0]
    out = []
    for rect, _flags, text in specs[2]:
        poly = view.mapFromScene(axis.mapRectToScene(rect))
        r = poly.boundingRect()
        out.append((text, QtCore.QRect(view.mapTo(window, r.topLeft()), r.size())))
    return out


def test_the_plots_get_most_of_the_width(shown):
    _win, dv = shown
    plots = dv.grad_plot.width() + dv.phase_plot.width()  # the gradient plot and the map beside it
    assert plots >= 0.5 * dv.rect().width(), (plots, dv.side_scroll.width(), dv.rect().width())
    assert dv.grad_plot.width() > dv.phase_plot.width()  # the layers keep the larger share
    for plot in (dv.grad_plot, dv.hist_plot, dv.phase_plot):
        item = plot.getPlotItem()
        assert item.size().width() <= plot.width() + 1, plot.objectName()  # nothing cut on the right
        assert item.getViewBox().height() >= 60, plot.objectName()


def test_tick_labels_do_not_overlap_and_stay_in_their_plot(shown):
    win, dv = shown
    for plot in (dv.grad_plot, dv.hist_plot):
        box = widget_rect(plot, win)
        for side in ("left", "bottom"):
            rects = tick_rects(plot.getAxis(side), win)
            assert len(rects) >= 2, (plot.objectName(), side)
            assert not overlapping(rects), (plot.objectName(), side, [(t, r.getRect()) for t, r in rects])
            for text, r in rects:
                assert box.adjusted(-1, -1, 1, 1).contains(r), (plot.objectName(), side, text)


def test_the_diagnosis_is_never_cut(shown):
    win, dv = shown
    label = dv.diagnosis
    assert label.text()
    need = label.heightForWidth(label.width())
    shown_height = label.visibleRegion().boundingRect().height()
    if need > shown_height:  # what is not shown must be a scroll away
        scroll = label.parentWidget()
        while scroll is not None and not isinstance(scroll, QtWidgets.QScrollArea):
            scroll = scroll.parentWidget()
        assert scroll is not None and scroll.verticalScrollBar().isVisible(), (need, shown_height)
        assert label.height() >= need  # laid out in full inside it
        assert shown_height >= 2 * label.fontMetrics().lineSpacing()  # and two lines show at once
    # It wraps across the plots' width, not in a narrow column, and is not cut at the side.
    assert label.width() >= 0.85 * dv.grad_plot.width()
    assert widget_rect(label, win).right() <= widget_rect(dv.side_scroll, win).left()


def test_the_side_panel_is_not_cut_at_the_side(shown):
    _win, dv = shown
    side = dv.side_scroll
    assert side.widget().width() <= side.viewport().width() or side.horizontalScrollBar().isVisible()


def test_the_legend_covers_no_data(shown):
    win, dv = shown
    legend = dv.legend
    vb = dv.grad_plot.getPlotItem().getViewBox()
    data = rect_in_window(vb, win)
    if legend.isVisible():
        assert len(legend.items) == len(win.state.depth.activations)
        inter = rect_in_window(legend, win).intersected(data)
        assert inter.isEmpty() or inter.width() <= 1 or inter.height() <= 1
    else:  # no room under the plot: the diagnosis's coloured squares name the curves
        assert dv.diagnosis.text().count("■") == len(win.state.depth.activations)


def test_a_short_histogram_drops_its_side_title_rather_than_cut_it(open_window, qtbot):
    """The first window on a 1024×768 screen (921×691) at huge: the histogram is short, and its
    side title "activation value" would be cut at both ends; its own title says it already."""
    win = open_window(921, 691)
    win.state.set_scale("huge")
    win.tabs.setCurrentIndex(2)
    dv = win.depth_view
    assert dv.wait_idle()
    qtbot.wait(50)
    title = dv.hist_plot.getPlotItem().getAxis("left").label
    if title.isVisible():  # drawn sideways: its width runs along the plot's height
        assert title.boundingRect().width() <= dv.hist_plot.getViewBox().height() + 1


def test_large_activation_values_keep_whole_tick_labels_at_huge_scale(open_window, qtbot):
    """An exploding set-up (ReLU with He at weight scales 1.3 to 2) at 1024×768, huge text: the
    histogram's values run to ±1e5 and more. Its tick labels are compact (5e5, not 500000), each
    drawn whole inside the plot, none under the axis title, and no scale factor in the title."""
    win = open_window(1920, 1080)
    win.tabs.setCurrentIndex(2)
    dv = win.depth_view
    assert dv.wait_idle()
    win.state.set_scale("huge")
    win.resize(1024, 768)
    qtbot.wait(50)
    largest = 0.0
    for scale in (1.3, 1.5, 2.0):  # ±1658, ±1e5 and ±1e6
        dv.apply_preset("relu_he")
        dv.dstate.set_scale(scale)
        assert dv.wait_idle()
        qtbot.wait(50)
        axis = dv.hist_plot.getAxis("left")
        largest = max(largest, *(abs(v) for v in dv.hist_plot.getViewBox().viewRange()[1]))
        box = widget_rect(dv.hist_plot, win)
        rects = tick_rects(axis, win)
        assert len(rects) >= 2
        assert not overlapping(rects)
        # The axis keeps a text line at its left edge for its title (shown or not, as the room
        # allows): a tick label must leave it free, or the title sits on it.
        left = rect_in_window(axis, win).left() + math.floor(axis.label.boundingRect().height())
        for text, r in rects:
            assert len(text) <= 6, text  # compact: "1e6", not "1e+06" or "1000000"
            # Whole: the text's width fits its rect, and the rect lies inside the plot widget.
            width = QtGui.QFontMetrics(axis.style.get("tickFont") or axis.font()).horizontalAdvance(text)
            assert r.width() >= width, (text, r.width(), width)
            assert box.adjusted(-1, -1, 1, 1).contains(r), (text, r.getRect(), box.getRect())
            assert r.left() >= left - 1, (text, r.getRect(), left)
        assert "×" not in axis.labelString() and "e+" not in axis.labelString()
    assert largest >= 1e5  # large values indeed


def test_the_layer_axis_title_is_whole(shown, qtbot):
    """At 1024×768 with huge text the full "layer (1 = next to the input)" was wider than the
    plot and cut at both ends: the plot that carries it shows it whole, or "layer"."""
    from tests.visual import pixels

    win, dv = shown
    qtbot.wait(50)
    pixels.grab(win)
    carried = 0
    for plot in (dv.grad_plot, dv.hist_plot):
        label = plot.getAxis("bottom").label
        if not label.isVisible():
            continue
        carried += 1
        assert label.toPlainText().startswith("layer")
        box, text = widget_rect(plot, win), rect_in_window(label, win)
        # Across: the defect was the wording cut at both sides (the text item's margin below the
        # glyphs may reach past the widget's last rows, which are empty).
        assert box.left() <= text.left() and text.right() <= box.right(), (label.toPlainText(), text, box)
    assert carried >= 1


@pytest.mark.parametrize("size", [(1024, 768), (1280, 720)])
def test_the_initialisation_box_shows_its_whole_name(open_window, size):
    """A window opened on a 1024×768 screen, then huge text: the box read "Xavier (G". It now
    goes under its label where the panel is narrow, as wide as its longest name."""
    from qt_idle import fire_pending

    win = open_window(*size)
    win.state.set_scale("huge")
    win.tabs.setCurrentIndex(2)
    dv = win.depth_view
    assert dv.wait_idle()
    fire_pending(win)
    box = dv.init
    widest = max(box.fontMetrics().horizontalAdvance(box.itemText(i)) for i in range(box.count()))
    opt = QtWidgets.QStyleOptionComboBox()
    box.initStyleOption(opt)
    need = box.style().sizeFromContents(
        QtWidgets.QStyle.ContentsType.CT_ComboBox, opt, QtCore.QSize(widest, box.fontMetrics().height()), box
    )
    assert box.width() >= need.width(), (box.width(), need.width())
    assert widget_rect(box, win).right() <= widget_rect(dv.side_scroll.viewport(), win).right() + 1


def test_the_plot_titles_are_drawn_at_a_readable_size(shown):
    """A narrow plot takes a shorter wording of its title ("Gradient per layer") rather than the
    full one in print too small to read from the back of the room (at 1024×768 huge the full
    gradient title was drawn 9 px tall, against 20 px for a title at the scale's size)."""
    import numpy as np

    from actviz.viewmodels import theme
    from tests.visual.pixels import grab, hex_rgb, to_array

    win, dv = shown
    pixels = to_array(grab(win)).astype(float)
    ink = hex_rgb(theme.look(win.state.theme).foreground)
    for plot in (dv.grad_plot, dv.hist_plot):
        pi = plot.getPlotItem()
        rect = rect_in_window(pi.titleLabel.item, win)
        assert widget_rect(plot, win).contains(rect), (plot.objectName(), rect)
        patch = pixels[rect.top() : rect.bottom() + 1, rect.left() : rect.right() + 1]
        rows = np.nonzero((np.linalg.norm(patch - ink, axis=2) < 80).any(axis=1))[0]
        assert rows.size, (plot.objectName(), pi.titleLabel.text)  # the title is drawn there
        tall = rows[-1] - rows[0] + 1  # its letters' height, ascenders to descenders
        # At least half the title size in pixels (an 11 pt title's letters are 12–14 px tall).
        assert tall >= 0.5 * pi._title_pt * 96 / 72, (plot.objectName(), pi.titleLabel.text, tall, pi._title_pt)
