"""Legends cover no data: F7's loss legend and the Depth view's gradient legend leave every curve
pixel visible. Checked on the pixels: with the legend hidden, the place it takes holds no curve
colour (so nothing was under it), and it lies outside the plot's data area."""

import pytest

from actviz.ui.qt import QtGui
from visual import pixels


@pytest.fixture
def win(open_window):
    return open_window(1280, 800)


def _curve_pixels_under(win, legend, colors) -> int:
    rect = pixels.rect_in_window(legend, win)
    legend.setOpacity(0.0)  # invisible but in place: the layout does not move
    try:
        image = pixels.grab(win)
    finally:
        legend.setOpacity(1.0)
    return sum(pixels.count_near(image, rect, c, tol=30) for c in colors)


def _assert_clear(win, plot, legend, colors):
    pixels.grab(win)  # lays out and paints what the room sees
    assert legend.isVisible() and legend.items
    assert _curve_pixels_under(win, legend, colors) <= 5
    rect = pixels.rect_in_window(legend, win)
    data_area = pixels.rect_in_window(plot.getViewBox(), win)
    inter = rect.intersected(data_area)
    assert inter.width() <= 1 or inter.height() <= 1, (rect, data_area)


def test_f7_loss_legend_covers_no_curve(win, qtbot):
    win.findChild(QtGui.QAction, "lesson.convergence_race").trigger()
    tv = win.train_view
    qtbot.waitUntil(lambda: tv.trainer.epoch > 30, timeout=10000)
    tv.pause()
    tv.step(400)  # sigmoid's plateau at 0.5 runs the whole width
    colors = [item.opts["pen"].color().name() for item, _ in tv.loss_items]
    _assert_clear(win, tv.loss_plot.getPlotItem(), tv.loss_legend, colors)


@pytest.mark.parametrize("preset", [None, "sigmoid_xavier"])
def test_depth_legend_covers_no_layer(win, qtbot, preset):
    win.tabs.setCurrentIndex(2)
    dv = win.depth_view
    assert dv.wait_idle()
    if preset:
        dv.apply_preset(preset)
        assert dv.wait_idle() and len(dv.grad_items) == 1
    colors = [item[0].opts["pen"].color().name() for item in dv.grad_items]
    _assert_clear(win, dv.grad_plot.getPlotItem(), dv.legend, colors)
