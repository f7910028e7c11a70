"""The decision map, on its pixels: it covers exactly its square plot and shows what the network
learned (the class colours where each class lives)."""

import numpy as np
import pytest

from actviz.ui.qt import QtCore, QtGui
from actviz.ui.train_view import NEGATIVE, POSITIVE
from visual import pixels

CORNERS = ((5.7, 5.7), (-5.7, 5.7), (5.7, -5.7), (-5.7, -5.7))


@pytest.fixture
def win(qtbot, open_window):
    w = open_window(1600, 950)
    w.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: w.train_view.trainer is not None)
    return w


def _trained(win, dataset: str, epochs: int):
    tv = win.train_view
    win.state.train.apply({"dataset": dataset, "noise": 0.0, "activations": [("tanh", {})], "layers": (4, 2)})
    tv.step(epochs)
    return tv, pixels.grab(win)


def _at(image, tv, win, x, y):
    return pixels.color_at(image, pixels.window_point(tv.image, x, y, win))


def test_gaussians_corners_show_the_two_class_colours(win):
    tv, image = _trained(win, "gauss", 150)
    pos, neg = _at(image, tv, win, 5.5, 5.5), _at(image, tv, win, -5.5, -5.5)
    # The positive cluster sits at (2, 2), the negative one at (−2, −2).
    assert pixels.distance(pos, pixels.hex_rgb(POSITIVE)) < 60, pos
    assert pixels.distance(neg, pixels.hex_rgb(NEGATIVE)) < 60, neg
    assert pixels.distance(pos, neg) > 150


def test_the_map_covers_its_whole_plot(win):
    tv, image = _trained(win, "gauss", 150)
    vb = tv.map_plot.getViewBox()
    (x0, x1), (y0, y1) = vb.viewRange()
    assert np.allclose([x0, x1, y0, y1], [-6, 6, -6, 6], atol=0.05)
    white = pixels.hex_rgb("#FFFFFF")
    for x, y in CORNERS:
        c = _at(image, tv, win, x, y)
        assert pixels.distance(c, white) > 60, (x, y, c)  # map colour, not the bare plot
    # The data rect of the view is square on screen, so a circle stays a circle.
    r = pixels.rect_in_window(vb, win)
    assert abs(r.width() - r.height()) <= 3, (r.width(), r.height())


def _free_spot(tv, near: float):
    """A point within ``near`` of the origin as far as possible from every data marker."""
    ds = tv.trainer.datasets[0]
    pts = np.concatenate([ds.x_train, ds.x_test])
    g = np.linspace(-near, near, 41)
    cand = np.stack(np.meshgrid(g, g), axis=-1).reshape(-1, 2)
    cand = cand[np.hypot(cand[:, 0], cand[:, 1]) <= near]
    gap = np.min(np.hypot(*(cand[:, None, :] - pts[None, :, :]).transpose(2, 0, 1)), axis=1)
    return cand[np.argmax(gap)], float(gap.max())


def test_circle_centre_and_corners_differ(win):
    tv, image = _trained(win, "circle", 300)
    (cx, cy), gap = _free_spot(tv, 1.5)
    r = tv.map_plot.getViewBox().viewPixelSize()[0] * 6  # a marker's radius, in data units
    assert gap > r, "no marker-free spot near the centre"
    centre = _at(image, tv, win, cx, cy)
    assert pixels.distance(centre, pixels.hex_rgb(POSITIVE)) < 90, centre
    for x, y in CORNERS:
        corner = _at(image, tv, win, x, y)
        assert pixels.distance(corner, centre) > 120, (x, y, corner, centre)


def test_cli_screenshot_shows_a_learned_map(tmp_path, app_in):
    """``actviz train --preset article --screenshot``: after the default 1000 epochs the map of
    the selected network (sigmoid, below 0.05 at epoch 632) shows both classes' colours."""
    out = tmp_path / "t.png"
    proc = app_in("train", "--preset", "article", "--screenshot", str(out))
    assert proc.returncode == 0, proc.stderr
    image = QtGui.QImage(str(out))
    arr = pixels.to_array(image)
    # The map is the left half's largest square; sample where no marker lies: its middle rows
    # at the far left and right edges against its centre.
    h, w = arr.shape[:2]
    left = arr[:, : w // 3].reshape(-1, 3).astype(float)
    near_pos = (np.linalg.norm(left - pixels.hex_rgb(POSITIVE), axis=1) < 60).sum()
    near_neg = (np.linalg.norm(left - pixels.hex_rgb(NEGATIVE), axis=1) < 60).sum()
    # Markers alone are a few thousand pixels; a learned map fills tens of thousands of each
    # (the selected race map's frame, in sigmoid's blue, is no longer drawn outside its tile).
    assert near_pos > 15_000 and near_neg > 15_000, (near_pos, near_neg)
    assert QtCore.QSize(w, h) == QtCore.QSize(1600, 950)
