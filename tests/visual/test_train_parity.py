"""The Train view's Playground parity, on its pixels: a regression map in the diverging
orange–white–blue scale where the plane's value says, a race's maps side by side (one per
network, each its own), test points only when asked, and a discretized map in the two class
colours only."""

import numpy as np
import pytest

from actviz.ui.train_view import NEGATIVE, POSITIVE
from visual import pixels

WHITE = pixels.hex_rgb("#FFFFFF")


@pytest.fixture
def win(qtbot, open_window):
    w = open_window(1920, 1080)
    w.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: w.train_view.trainer is not None)
    return w


def _hide_points(tv):
    for item in (*tv.train_points, *tv.test_points):
        item.hide()


def _map_pixels(win, tv, inset: int = 4) -> np.ndarray:
    r = pixels.rect_in_window(tv.map_plot.getViewBox(), win).adjusted(inset, inset, -inset, -inset)
    arr = pixels.to_array(pixels.grab(win))
    return arr[r.top() : r.bottom(), r.left() : r.right()]


def test_a_regression_map_shows_the_output_on_the_diverging_scale(win):
    tv = win.train_view
    # The plane's target is (x1 + x2)/10: a network without hidden layers learns it exactly.
    win.state.train.apply({"dataset": "plane", "layers": [], "activations": [("tanh", {})], "learning_rate": 0.03})
    tv.step(60)
    _hide_points(tv)
    image = pixels.grab(win)

    def at(x, y):
        return pixels.color_at(image, pixels.window_point(tv.image, x, y, win))

    high, low, zero = at(5.5, 5.5), at(-5.5, -5.5), at(5.5, -5.5)
    assert tv.trainer.predict(np.array([[5.5, 5.5]]), 0)[0] > 0.9  # the value, not a class
    assert pixels.distance(high, pixels.hex_rgb(POSITIVE)) < 60, high
    assert pixels.distance(low, pixels.hex_rgb(NEGATIVE)) < 60, low
    assert pixels.distance(zero, WHITE) < 40, zero  # 0 is white: the scale diverges from it
    # Halfway up the diagonal the colour is between white and blue.
    mid = at(2.5, 2.5)
    assert pixels.distance(mid, WHITE) > 40 and pixels.distance(mid, pixels.hex_rgb(POSITIVE)) > 40, mid
    assert tv.map_plot.getPlotItem().titleLabel.text.startswith("Output")


def test_a_race_shows_one_map_per_network_each_its_own(win, qtbot):
    tv = win.train_view
    win.state.train.apply(
        {
            "dataset": "circle",
            "layers": [4, 4],
            "activations": [("sigmoid", {}), ("tanh", {}), ("relu", {}), ("gaussian", {})],
            "selected": 2,
        }
    )
    tv.step(150)
    qtbot.waitUntil(lambda: tv.race_top.isVisible(), timeout=2000)
    image = pixels.to_array(pixels.grab(win))
    boxes = tv.race_maps.boxes
    assert len(boxes) == 4
    crops = []
    for box in boxes:
        r = pixels.rect_in_window(box, win).adjusted(6, 6, -6, -6)
        assert r.width() > 100 and r.height() > 100, r
        crops.append(image[r.top() : r.top() + 100, r.left() : r.left() + 100].astype(float))
    for i in range(4):
        for j in range(i + 1, 4):
            diff = np.abs(crops[i] - crops[j]).mean()
            assert diff > 3, (i, j, diff)  # four networks, four different maps
    # Each is a map in the scale's colours, not an empty box.
    for crop in crops:
        assert np.abs(crop - WHITE).max() > 40


def test_test_points_are_drawn_only_when_shown(win, qtbot):
    tv = win.train_view
    win.state.train.apply({"dataset": "gauss", "activations": [("tanh", {})]})
    tv.step(20)
    for _ in range(3):  # the layout settles (no race: no small maps above the plots)
        pixels.grab(win)
        qtbot.wait(20)
    off = _map_pixels(win, tv).astype(int)
    for item in tv.test_points:
        item.hide()  # what "no test points" looks like, drawn by hand
    assert np.array_equal(_map_pixels(win, tv).astype(int), off)
    win.state.train.set_show_test(True)
    on = _map_pixels(win, tv).astype(int)
    changed = np.any(np.abs(on - off) > 40, axis=-1).sum()
    assert changed > 500, changed  # 250 test squares appear
    win.state.train.set_show_test(False)
    assert np.array_equal(_map_pixels(win, tv).astype(int), off)


def test_a_discretized_map_has_only_the_two_class_colours(win):
    tv = win.train_view
    win.state.train.apply({"dataset": "circle", "activations": [("tanh", {})], "discretize": True})
    tv.step(100)
    _hide_points(tv)
    px = _map_pixels(win, tv).reshape(-1, 3).astype(float)
    near = np.minimum(
        np.linalg.norm(px - pixels.hex_rgb(POSITIVE), axis=1), np.linalg.norm(px - pixels.hex_rgb(NEGATIVE), axis=1)
    )
    assert (near < 12).mean() > 0.995, (near < 12).mean()
    for color in (POSITIVE, NEGATIVE):  # both classes are there
        assert (np.linalg.norm(px - pixels.hex_rgb(color), axis=1) < 12).mean() > 0.05
    win.state.train.set_discretize(False)
    px = _map_pixels(win, tv).reshape(-1, 3).astype(float)
    near = np.minimum(
        np.linalg.norm(px - pixels.hex_rgb(POSITIVE), axis=1), np.linalg.norm(px - pixels.hex_rgb(NEGATIVE), axis=1)
    )
    assert (near < 12).mean() < 0.9  # the smooth map has the shades between


def _frame_pixels(win, tv, image: np.ndarray, outside: bool) -> list[int]:
    """How many pixels in each race map's colour lie in a 3-pixel band along its top and bottom
    edges: inside the tile (its frame) or just outside it (by the titles)."""
    counts = []
    for box, color in zip(tv.race_maps.boxes, tv.race_maps._colors):
        r = pixels.rect_in_window(box, win)
        top, bottom = (r.top() - 3, r.bottom() + 1) if outside else (r.top(), r.bottom() - 2)
        cols = slice(r.left() + 8, r.right() - 8)
        band = np.concatenate([image[top : top + 3, cols], image[bottom : bottom + 3, cols]]).reshape(-1, 3)
        counts.append(int((np.linalg.norm(band.astype(float) - pixels.hex_rgb(color), axis=1) < 40).sum()))
    return counts


def test_selecting_another_race_map_moves_its_frame(win, qtbot):
    # The frame was the box's border, its thick pen centred on the edge: the half outside the
    # tile was not repainted, so the old tile kept a frame (and bits by the titles) on screen.
    tv = win.train_view
    win.state.train.apply(
        {"dataset": "circle", "layers": [3], "activations": [("sigmoid", {}), ("tanh", {}), ("relu", {})]}
    )
    tv.step(5)
    qtbot.waitUntil(lambda: tv.race_top.isVisible(), timeout=2000)
    win.state.train.set_selected(0)
    win.state.train.set_selected(2)
    image = pixels.to_array(pixels.grab(win))
    inside = _frame_pixels(win, tv, image, outside=False)
    side = tv.race_maps.boxes[2].rect().width()
    assert inside[2] > 2 * (side - 20), inside  # the new one framed, top and bottom
    assert inside[0] < 5 and inside[1] < 5, inside  # and only that one
    assert _frame_pixels(win, tv, image, outside=True) == [0, 0, 0]  # nothing outside the tiles
