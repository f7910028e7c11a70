"""Text on and around the function plot: the hover readout never runs under the parameter
values; a mark aimed at one function is not repeated beside another; tick and caption text at
huge is at least 24 px tall at 1080p; the parameter values are drawn whole."""

from __future__ import annotations

import pytest

from actviz.ui.qt import QtGui
from tests.visual import pixels
from tests.visual.layout_helpers import clipped, look, open_window, settle, text_rects


@pytest.mark.parametrize(
    ("size", "scale"), [((1024, 768), "huge"), ((1280, 720), "large"), ((1920, 1080), "huge")], ids=str
)
def test_the_readout_and_the_parameter_values_never_overlap(qtbot, size, scale):
    win = open_window(qtbot, size, "light", scale)
    pv = win.plot_view
    win.state.set_function("prelu")  # a parameter, and a long readout (f, f′)
    win.state.pin("elu")
    settle(qtbot, win)
    pv.show_readout(-2.345678)
    settle(qtbot, win)
    readout = pixels.widget_rect(pv.readout, win)
    params = pixels.widget_rect(pv.param_text, win)
    assert pv.param_text.isVisible()
    assert not readout.intersects(params), (readout, params)
    assert not clipped(pv.readout), pv.readout.text()
    assert not clipped(pv.param_text)
    assert pixels.overlapping(text_rects(win)) == []


def test_a_mark_about_relu_is_not_repeated_beside_leaky_relu(qtbot):
    win = open_window(qtbot, (1920, 1080), lesson="relu_dead_gradient")
    pv = win.plot_view
    win.state.set_layout("grid")
    settle(qtbot, win)
    relu, leaky = pv.grid_view.cells[:2]
    assert ("v", 0.0, "ReLU′ = 0 to the left") in pv.marks.drawn(relu.pi)
    assert pv.marks.drawn(leaky.pi) == []
    # Its label is whole: inside its cell.
    panel = pv.marks._panel(relu.pi)
    label = pixels.rect_in_window(panel.v_lines[0].label, win)
    cell = pixels.rect_in_window(relu.vb, win)
    assert cell.contains(label), (label, cell)


def test_tick_and_caption_text_at_huge_is_at_least_24_px_tall_at_1080p(qtbot):
    win = open_window(qtbot, (1920, 1080), "light", "huge", lesson="sigmoid_tanh_saturation")
    pv = win.plot_view
    for name in ("left", "bottom"):
        tick = pv.plot.getPlotItem().getAxis(name).style["tickFont"]
        assert QtGui.QFontInfo(tick).pixelSize() >= 24, QtGui.QFontInfo(tick).pixelSize()
    # The caption as drawn: its first line of dark pixels is at least 24 px tall.
    img = pixels.grab(win)
    rect = pixels.widget_rect(pv.caption, win)
    arr = pixels.to_array(img)[rect.top() : rect.bottom(), rect.left() : rect.right()]
    ink = (arr.astype(int).sum(axis=2) < 200).sum(axis=1) > 2
    rows = [i for i, v in enumerate(ink) if v]
    assert rows, "no caption text seen"
    first_line = [rows[0]]
    for r in rows[1:]:
        if r - first_line[-1] > 2:
            break
        first_line.append(r)
    assert first_line[-1] - first_line[0] + 1 >= 24, f"caption text {first_line[-1] - first_line[0] + 1} px tall"


@pytest.mark.parametrize(("size", "scale"), [((1920, 1080), "normal"), ((1024, 768), "huge")], ids=str)
def test_mark_labels_keep_off_the_legend_and_inside_the_plot(qtbot, size, scale):
    win = open_window(qtbot, size, "light", scale)
    st, pv = win.state, win.plot_view
    st.set_function("relu")
    st.set_x_range(-5, 5)
    for x in (-4.5, -3.0, 4.0):  # lines where a legend would go, with long labels
        st.add_mark("v", x, f"a reference line at x = {x:g}")
    st.add_mark("h", 4.0, "a reference line at y = 4")
    settle(qtbot, win)
    assert pixels.overlapping(text_rects(win)) == [], text_rects(win)
    plot = pixels.rect_in_window(pv.vb, win)
    for name, rect in text_rects(win):
        if name.startswith("mark"):
            assert plot.adjusted(-1, -1, 1, 1).contains(rect), (name, rect, plot)


@pytest.mark.parametrize(
    ("size", "scale", "layout", "language"),
    [
        ((1024, 768), "huge", "overlay", "en"),
        ((1024, 768), "huge", "stacked", "en"),
        ((1024, 768), "huge", "grid", "en"),
        ((1024, 768), "huge", "overlay", "fr"),
        ((1920, 1080), "normal", "overlay", "en"),
    ],
    ids=str,
)
def test_the_hover_hint_is_whole_or_not_there(qtbot, size, scale, layout, language):
    """A hint cut to "Move the mouse over" reads as nonsense on a projector: beside the
    parameter's large value on a small screen it is shown whole, or not at all."""
    from actviz.ui import i18n

    app = QtGui.QGuiApplication.instance()
    if language != "en":
        i18n.install(app, language)
    try:
        win = open_window(qtbot, (1920, 1080), "light", "normal")
        win.state.set_layout(layout)
        win.resize(*size)
        win.state.set_scale(scale)
        settle(qtbot, win)
        readout = win.plot_view.readout
        hint = win.plot_view.hint()
        assert readout.text() in (hint, "")
        if readout.text():
            assert not clipped(readout), (readout.text(), readout.width(), readout.font().pointSizeF())
        if size == (1920, 1080):
            assert readout.text() == hint  # where there is room, it is there
    finally:
        if language != "en":
            i18n.uninstall(app)
            i18n.current = i18n.Selection()


@pytest.mark.parametrize(
    ("function", "size", "scale"),
    [("keras_relu", (1024, 768), "huge"), ("rrelu", (1024, 768), "huge"), ("keras_relu", (1920, 1080), "huge")],
    ids=str,
)
def test_the_parameter_values_are_drawn_whole(qtbot, function, size, scale):
    """Three values at huge on a 1024-pixel screen ("α = 0,  M = ∞,  θ = 0") were cut at the
    plot's right edge: they shrink to fit instead, and keep their full size where they fit."""
    import numpy as np

    from actviz.ui import plot_legend

    win = open_window(qtbot, size, "light", scale)
    win.state.set_function(function)
    settle(qtbot, win)
    pixels.grab(win)  # a first paint: the axes measure their labels while painting, and re-lay out
    settle(qtbot, win)
    label = win.plot_view.param_text
    rect = pixels.widget_rect(label, win)
    assert pixels.widget_rect(win.plot_view, win).contains(rect), rect
    # The text's ink, in the curve's colour, spans all of the text as the font sets it.
    image = pixels.to_array(pixels.grab(win)).astype(float)
    patch = image[rect.top() : rect.bottom() + 1, rect.left() : rect.right() + 1]
    color = pixels.hex_rgb(look(win).curves[0])
    cols = np.nonzero((np.linalg.norm(patch - color, axis=2) < 60).any(axis=0))[0]
    advance = QtGui.QFontMetricsF(label.font()).horizontalAdvance(label.text())
    assert cols.size and cols[-1] - cols[0] + 1 >= 0.95 * advance, (label.text(), cols[-1] - cols[0] + 1, advance)
    full = plot_legend.PARAM_PT * win.plot_view._text_scale
    assert label.font().pointSizeF() >= plot_legend.PARAM_MIN_SHARE * full - 0.01
    if size[0] >= 1920:
        assert label.font().pointSizeF() == pytest.approx(full)  # room for all of it: full size
    # The hover hint beside them is whole or not there: no sliver of it at the row's left.
    readout = win.plot_view.readout
    assert not readout.text() or readout.width() > 100, (readout.width(), readout.text()[:40])
