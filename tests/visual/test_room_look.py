"""The look is the room's: after F5, F6 or F7 in dark and huge, the plot is still dark and its
tick labels still huge, read off the pixels."""

from __future__ import annotations

import numpy as np
import pytest

from actviz.ui.qt import QtCore
from actviz.viewmodels import theme
from visual import pixels

Qt = QtCore.Qt
DARK_BG = theme.look("dark").background


def tick_text_height(win, plot_item) -> int:
    """Rows of the bottom axis (below its line) holding axis-coloured tick text, top to bottom."""
    image = pixels.grab(win)
    axis = plot_item.getAxis("bottom")
    rect = pixels.rect_in_window(axis, win)
    arr = pixels.to_array(image).astype(float)
    dpr = image.devicePixelRatio() or 1.0
    y0, y1 = round((rect.top() + 3) * dpr), round((rect.bottom() + 1) * dpr)
    x0, x1 = round(rect.left() * dpr), round((rect.right() + 1) * dpr)
    patch = arr[y0:y1, x0:x1]
    # Text pixels: clearly different from the patch's own most common colour (its background).
    flat = patch.reshape(-1, 3)
    values, counts = np.unique(flat, axis=0, return_counts=True)
    background = values[counts.argmax()]
    ink = np.linalg.norm(patch - background, axis=2) > 80
    rows = np.flatnonzero(ink.any(axis=1))
    return int(rows[-1] - rows[0] + 1) if rows.size else 0


def plot_items(win):
    if win.tabs.currentIndex() == 1:
        return [win.train_view.map_plot.getPlotItem(), win.train_view.loss_plot.getPlotItem()]
    return [win.plot_view.plot.getPlotItem()] + [p.pi for p in win.plot_view.panels if p.widget.isVisible()]


def labelled_bottom(items):
    """The plot items whose bottom axis shows tick labels (stacked panels share one)."""
    return [pi for pi in items if pi.getAxis("bottom").isVisible() and pi.getAxis("bottom").height() > 15]


def background_colour(win, plot_item) -> np.ndarray:
    """The most common colour of the plot around its data area (axes, title, margins): the
    plot's own background, whatever the data area holds."""
    image = pixels.grab(win)
    arr = pixels.to_array(image)
    dpr = image.devicePixelRatio() or 1.0

    def box(rect):
        return [round(v * dpr) for v in (rect.left(), rect.top(), rect.right() + 1, rect.bottom() + 1)]

    x0, y0, x1, y1 = box(pixels.rect_in_window(plot_item, win))
    vx0, vy0, vx1, vy1 = box(pixels.rect_in_window(plot_item.getViewBox(), win))
    mask = np.zeros(arr.shape[:2], bool)
    mask[y0:y1, x0:x1] = True
    mask[vy0:vy1, vx0:vx1] = False
    values, counts = np.unique(arr[mask], axis=0, return_counts=True)
    return values[counts.argmax()].astype(float)


@pytest.fixture
def win(open_window):
    return open_window(1920, 1080)


@pytest.mark.parametrize("key", [Qt.Key.Key_F5, Qt.Key.Key_F6, Qt.Key.Key_F7])
def test_a_lesson_keeps_the_dark_huge_look_on_the_pixels(win, qtbot, key):
    normal = tick_text_height(win, labelled_bottom(plot_items(win))[0])
    qtbot.keyClick(win, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    for _ in range(2):
        qtbot.keyClick(win, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(win, key)
    if key == Qt.Key.Key_F7:
        win.train_view.pause()
    qtbot.wait(50)
    for item in plot_items(win):
        corner = background_colour(win, item)
        assert pixels.distance(corner, pixels.hex_rgb(DARK_BG)) < 30, (key, corner)
    labelled = labelled_bottom(plot_items(win))
    assert labelled
    for item in labelled:
        # Huge is twice the normal text: the tick digits stand at least 1.6 times as tall.
        assert tick_text_height(win, item) >= 1.6 * normal, (key, tick_text_height(win, item), normal)
