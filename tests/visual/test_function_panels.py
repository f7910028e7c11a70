"""The stacked Function view at projector sizes, on the pixels: each derivative panel is tall
enough to read, its tick labels are whole, a curve on the range's edge is off the frame, and
the legend hides no curve."""

from __future__ import annotations

import pytest

from actviz.ui.qt import QtCore, QtGui
from tests.visual import pixels
from tests.visual.layout_helpers import look, open_window, settle
from tests.visual.test_layout_lessons import legend_hides_no_curve

SIZES = [(1280, 800), (1024, 768)]


def tick_label_rects(widget, pi) -> list[tuple[str, QtCore.QRect]]:
    """Where the left axis draws its tick labels, in the plot widget's pixels."""
    ax = pi.getAxis("left")
    image = QtGui.QImage(10, 10, QtGui.QImage.Format.Format_ARGB32)
    painter = QtGui.QPainter(image)
    try:
        specs = ax.generateDrawSpecs(painter)
    finally:
        painter.end()
    out = []
    for rect, _flags, text in specs[2] if specs else ():
        scene = ax.mapRectToScene(rect)
        out.append((text, widget.mapFromScene(scene).boundingRect()))
    return out


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_f5_at_huge_gives_the_derivative_panel_room_and_whole_tick_labels(qtbot, size):
    win = open_window(qtbot, size, "light", "huge", lesson="relu_dead_gradient")
    settle(qtbot, win)
    pv = win.plot_view
    f1 = pv.panels[0]
    assert f1.widget.isVisible()
    for name, vb in (("f", pv.vb), ("f′", f1.vb)):
        assert vb.sceneBoundingRect().height() >= 120, f"the {name} panel's data is {vb.height():.0f} px tall"
    for widget, pi in ((pv.plot, pv.plot.getPlotItem()), (f1.widget, f1.pi)):
        labels = tick_label_rects(widget, pi)
        assert labels
        inside = widget.viewport().rect()
        for text, rect in labels:
            assert inside.contains(rect), f"tick label {text!r} at {rect} is cut by the panel's edge {inside}"
    # ReLU′ = 0 is the lowest value of its panel: drawn clear of the frame, not on it.
    y0 = f1.vb.viewRange()[1][0]
    px_per_unit = f1.vb.height() / (f1.vb.viewRange()[1][1] - y0)
    assert (0.0 - y0) * px_per_unit >= 8, "f′ = 0 lies on the bottom frame"
    img = pixels.grab(win)
    frame_y = pixels.window_point(f1.vb, -3.0, y0, win).y()
    line_y = pixels.window_point(f1.vb, -3.0, 0.0, win).y()
    assert frame_y - line_y >= 8
    line_x = pixels.window_point(f1.vb, -3.0, 0.0, win).x()
    assert pixels.count_near(img, QtCore.QRect(line_x - 3, line_y - 2, 7, 5), look(win).curves[1], tol=70)
    legend_hides_no_curve(win, qtbot)
