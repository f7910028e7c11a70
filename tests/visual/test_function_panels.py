"""The stacked Function view at projector sizes, on the pixels: each derivative panel is tall
enough to read, its tick labels are whole, a curve on the range's edge is off the frame, and
the legend hides no curve."""

from __future__ import annotations

import itertools

import pytest

from actviz.ui.qt import QtCore, QtGui
from tests.visual import pixels
from tests.visual.layout_helpers import look, open_window, settle
from tests.visual.test_layout_lessons import legend_hides_no_curve

SIZES = [(1280, 800), (1024, 768)]


def tick_label_rects(widget, pi, axis: str = "left") -> list[tuple[str, QtCore.QRect]]:
    """Where an axis draws its tick labels, in the plot widget's pixels."""
    ax = pi.getAxis(axis)
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


def test_the_grid_s_small_cells_keep_their_x_labels_apart_at_huge(qtbot):
    """1024 × 768 at huge, four pinned functions: the grid's small cells labelled their x axis
    "-20 2 4" (-2, 0, 2 and 4 run together). Each label now stands apart, on the pixels too."""
    win = open_window(qtbot, (1024, 768), "light", "huge")
    for fid in ("relu", "elu", "tanh"):
        win.state.pin(fid)
    win.state.set_layout("grid")
    settle(qtbot, win)
    view = win.plot_view.grid_view.view
    img = pixels.grab(win)
    axis_color = look(win).axis
    checked = 0
    for cell in win.plot_view.grid_view.cells:
        if not cell.pi.isVisible():
            continue
        ax = cell.pi.getAxis("bottom")
        space = QtGui.QFontMetricsF(ax.style.get("tickFont") or ax.font()).horizontalAdvance(" ")
        labels = sorted(tick_label_rects(view, cell.pi, "bottom"), key=lambda tr: tr[1].left())
        assert len(labels) >= 2, [t for t, _r in labels]
        for (a, ra), (b, rb) in itertools.pairwise(labels):
            assert rb.left() - ra.right() >= space - 1, (a, ra, b, rb)
            # The gap between the two labels has no text in it.
            gap = QtCore.QRect(ra.right() + 2, ra.top(), rb.left() - ra.right() - 3, ra.height())
            gap.translate(view.mapTo(win, QtCore.QPoint(0, 0)))
            assert pixels.count_near(img, gap, axis_color, tol=80) == 0, (a, b)
            checked += 1
    assert checked >= 4
