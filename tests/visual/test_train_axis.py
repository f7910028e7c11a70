"""The loss plot's axes read sensibly: epochs from 0 at epoch 0 with no SI-prefix surprise, two or
three readable y labels on the log axis in every case and never a crowd, a labelled threshold."""

import itertools
import math

import pytest

from actviz.ui.qt import QtGui
from actviz.viewmodels.train import log_ticks, tick_texts
from visual import pixels
from visual.layout_helpers import settle as layout_settle


@pytest.fixture
def win(qtbot, open_window):
    w = open_window(1280, 800)
    w.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: w.train_view.trainer is not None)
    return w


def settle(win):
    # An axis widens for a wider label on the paint after it measured it, as on screen.
    for _ in range(3):
        pixels.grab(win)


def drawn_specs(axis) -> list:
    """(rect, text) of each tick label the axis paints for its current range and size."""
    image = QtGui.QImage(10, 10, QtGui.QImage.Format.Format_ARGB32)
    painter = QtGui.QPainter(image)
    try:
        specs = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return [] if specs is None else [(rect, text) for rect, _flags, text in specs[2]]


def drawn_labels(axis) -> list[str]:
    return [text for _rect, text in drawn_specs(axis)]


def _numbers(labels):
    return [float(t.replace("−", "-")) for t in labels]


def test_epoch_0_shows_epochs_from_0_and_loss_labels(win):
    tv = win.train_view
    tv.reset()
    settle(win)
    bottom, left = tv.loss_plot.getAxis("bottom"), tv.loss_plot.getAxis("left")
    x0, x1 = tv.loss_plot.getViewBox().viewRange()[0]
    assert -2 <= x0 <= 0.5 and x1 >= 49
    assert bottom.autoSIPrefixScale == 1.0 and "×" not in bottom.labelString() and "x0.0" not in bottom.labelString()
    xs = _numbers(drawn_labels(bottom))
    assert xs and min(xs) >= 0 and max(xs) >= 40
    assert len(drawn_labels(left)) >= 2


def test_the_spiral_gets_several_y_labels(win):
    tv = win.train_view
    win.state.train.set_dataset("spiral")
    tv.step(30)
    settle(win)
    labels = drawn_labels(tv.loss_plot.getAxis("left"))
    assert len(labels) >= 3, labels


def test_a_tall_axis_is_not_crowded(win, qtbot):
    """The article race trained to its end, on the default window and then on a full-HD one."""
    win.state.train.apply_article_preset()
    tv = win.train_view
    tv.step(700)
    heights = []
    for size in ((1280, 800), (1920, 1080)):
        win.resize(*size)
        layout_settle(qtbot, win)
        settle(win)
        left = tv.loss_plot.getAxis("left")
        heights.append(left.height())
        labels = drawn_labels(left)
        line = QtGui.QFontMetricsF(left.style["tickFont"] or QtGui.QFont()).height()
        assert 3 <= len(labels) <= left.height() / (2 * line), (size, labels, left.height())
        assert len(set(labels)) == len(labels), size
        # No crowd: a label's centre is at least 1.5 lines from the next one's.
        centres = sorted(rect.center().y() for rect, _text in drawn_specs(left))
        assert min(b - a for a, b in itertools.pairwise(centres)) >= 1.5 * line, (size, labels, centres)
    assert heights[1] > heights[0]  # the taller window's axis


def test_threshold_line_is_labelled(win):
    tv = win.train_view
    settle(win)
    label = tv.threshold_line.label
    assert label.isVisible() and "0.05" in label.toPlainText() and "converged" in label.toPlainText()
    win.state.train.set_threshold(0.02)
    assert "0.02" in tv.threshold_line.label.toPlainText()


@pytest.mark.parametrize(
    ("lo", "hi", "room", "expect"),
    [
        (0.49, 0.51, 8, ["0.49", "0.495", "0.5", "0.505", "0.51"]),
        (0.04, 0.6, 8, ["0.05", "0.1", "0.2", "0.5"]),
        (1e-6, 0.6, 4, ["1e-6", "1e-4", "0.01"]),
    ],
)
def test_log_ticks_and_their_texts(lo, hi, room, expect):
    assert tick_texts(log_ticks(math.log10(lo), math.log10(hi), room)) == expect


@pytest.mark.parametrize("epochs", [50, 600, 7400])
def test_epoch_labels_keep_a_space_between_them_at_huge_on_a_small_screen(qtbot, epochs):
    """At 1024×768 with huge text the loss plot is narrow: after 7,000 epochs its labels read
    "200040006000", run together. Each label now keeps at least a space from the next."""
    from tests.visual.layout_helpers import open_window
    from tests.visual.layout_helpers import settle as settle_window

    win = open_window(qtbot, (1024, 768), "light", "huge", lesson="convergence_race", playing=False)
    tv = win.train_view
    tv.loss_plot.getViewBox().setXRange(0, epochs, padding=0)
    settle_window(qtbot, win)
    bottom = tv.loss_plot.getAxis("bottom")
    specs = sorted(drawn_specs(bottom), key=lambda spec: spec[0].left())
    assert len(specs) >= 2, specs
    space = QtGui.QFontMetricsF(bottom.style["tickFont"] or QtGui.QFont()).horizontalAdvance(" ")
    for (a, ta), (b, tb) in itertools.pairwise(specs):
        assert b.left() - a.right() >= space, (ta, tb, a, b)
