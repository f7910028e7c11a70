"""The network diagram, on its pixels: one heatmap per feature and neuron, each showing its own
function; links in the sign colours; a dead unit marked; a link edited by clicking it."""

import itertools

import numpy as np
import pytest

from actviz.core.datasets import make_dataset
from actviz.core.network import hidden_activation
from actviz.core.numbers import fmt_number
from actviz.ui.diagram import DiagramView
from actviz.ui.qt import QtCore, QtGui
from actviz.viewmodels import diagram as vm
from actviz.viewmodels import theme
from visual import pixels

POS, NEG = pixels.hex_rgb(vm.POSITIVE), pixels.hex_rgb(vm.NEGATIVE)


@pytest.fixture
def view(qtbot):
    v = DiagramView()
    qtbot.addWidget(v)
    v.resize(1280, 720)
    v.show()
    qtbot.waitExposed(v)
    return v


def _net(sizes, seed=0, scale=1.2):
    rng = np.random.default_rng(seed)
    ws = [rng.normal(0.0, scale, (o, i)) for i, o in itertools.pairwise(sizes)]
    bs = [rng.normal(0.0, 0.3, o) for o in sizes[1:]]
    return ws, bs


def _window_pt(view, p: QtCore.QPointF) -> QtCore.QPoint:
    return view.canvas.mapTo(view.window(), p.toPoint())


def _tile(view, image, column, k) -> np.ndarray:
    """The RGB pixels inside a tile (its border left out)."""
    r = view.tile_rect(column, k).adjusted(3, 3, -3, -3).toRect()
    r.moveTopLeft(view.canvas.mapTo(view.window(), r.topLeft()))
    dpr = image.devicePixelRatio() or 1.0
    arr = pixels.to_array(image)
    return arr[
        round(r.top() * dpr) : round((r.bottom() + 1) * dpr), round(r.left() * dpr) : round((r.right() + 1) * dpr)
    ]


def _show_largest(view, act="tanh", dead=0):
    sizes = (7, 8, 8, 8, 8, 8, 8, 1)
    ws, bs = _net(sizes, seed=1)
    bs[0][:dead] = -1e3
    ds = make_dataset("circle", seed=1)
    view.show_network(ws, bs, hidden_activation(act), vm.FEATURES, ds.x_train)
    return ws, bs


def test_one_heatmap_per_feature_and_neuron_each_its_own(view):
    _show_largest(view)
    image = pixels.grab(view)
    bg = pixels.hex_rgb(theme.LIGHT.background)
    sizes = view.model.sizes
    tiles = {(c, k): _tile(view, image, c, k).astype(float) for c, n in enumerate(sizes) for k in range(n)}
    assert len(tiles) == 7 + 6 * 8 + 1
    for key, px in tiles.items():
        # painted, not the bare background
        assert np.mean(np.linalg.norm(px - bg, axis=-1) > 20) > 0.3, key
    # Every feature and every neuron of the first layers shows its own function.
    for c in (0, 1, 2):
        for a in range(sizes[c]):
            for b in range(a + 1, sizes[c]):
                diff = np.mean(np.linalg.norm(tiles[(c, a)] - tiles[(c, b)], axis=-1))
                assert diff > 8, (c, a, b, diff)


def test_the_x1_heatmap_is_a_left_right_ramp_and_x2_a_bottom_top_one(view):
    _show_largest(view)
    image = pixels.grab(view)
    x1, x2 = _tile(view, image, 0, 0).astype(float), _tile(view, image, 0, 1).astype(float)
    h, w = x1.shape[:2]
    row = x1[h // 2]
    # The outer cells sit at x₁ = ±5.6 of ±6: nearly the full colour.
    assert pixels.distance(row[2], NEG) < 60 and pixels.distance(row[-3], POS) < 60
    red = row[:, 0]  # orange F5 → grey E8 → blue 08: falls from left to right
    assert np.all(np.diff(red[:: max(1, w // 12)]) <= 2), red
    assert np.ptp(x1[:, w // 2 - 3 : w // 2 + 3], axis=0).max() < 12  # the same all the way down
    col = x2[:, w // 2]
    assert pixels.distance(col[2], POS) < 60 and pixels.distance(col[-3], NEG) < 60  # x₂ grows upwards


def _two_signs(view):
    """x₁ → neuron 1 with +4, x₁ → neuron 2 with −4: the two links part at once."""
    ws = [np.array([[4.0], [-4.0]]), np.array([[1.0, -1.0]])]
    bs = [np.zeros(2), np.zeros(1)]
    view.show_network(ws, bs, hidden_activation("tanh"), ("x1",))
    return ws, bs


def test_links_are_drawn_in_the_sign_colours(view):
    ws, bs = _two_signs(view)
    image = pixels.grab(view)
    plus = pixels.color_at(image, _window_pt(view, view.link_point(0, 0, 0)))
    minus = pixels.color_at(image, _window_pt(view, view.link_point(0, 1, 0)))
    assert pixels.distance(plus, POS) < 30, plus
    assert pixels.distance(minus, NEG) < 30, minus
    # Flip the signs: the colours follow.
    view.show_network([-ws[0], ws[1]], bs, hidden_activation("tanh"), ("x1",))
    image = pixels.grab(view)
    assert pixels.distance(pixels.color_at(image, _window_pt(view, view.link_point(0, 0, 0))), NEG) < 30
    assert pixels.distance(pixels.color_at(image, _window_pt(view, view.link_point(0, 1, 0))), POS) < 30


def test_a_larger_weight_draws_a_wider_link(view):
    def width_at(w):
        view.show_network(
            [np.array([[w]]), np.array([[1.0]])], [np.zeros(1), np.zeros(1)], hidden_activation("tanh"), ("x1",)
        )
        image = pixels.grab(view)
        p = _window_pt(view, view.link_point(0, 0, 0, 0.5))
        rect = QtCore.QRect(p.x() - 2, p.y() - 30, 5, 61)
        return pixels.count_near(image, rect, vm.POSITIVE, tol=60) / 5

    thin, thick = width_at(0.2), width_at(4.0)
    assert thick > 2.5 * thin and thin >= 1, (thin, thick)


def test_a_dead_unit_is_marked(view):
    _show_largest(view, act="relu", dead=1)
    frame = view.model.frame
    assert frame.stats[0].dead[0]
    image = pixels.grab(view)
    muted = pixels.hex_rgb(theme.LIGHT.muted)

    def crossed(column, k):
        px = _tile(view, image, column, k).astype(float)
        n = min(px.shape[:2])
        diag = np.array([px[i, i] for i in range(n // 4, 3 * n // 4)])
        return np.mean(np.linalg.norm(diag - muted, axis=-1) < 40)

    assert crossed(1, 0) > 0.8
    alive = [k for k in range(8) if not frame.stats[0].dead[k]]
    assert alive and all(crossed(1, k) < 0.2 for k in alive)
    tip = view.tooltip_at(view.tile_rect(1, 0).center())
    assert "Dead" in tip
    assert "Dead" not in view.tooltip_at(view.tile_rect(1, alive[0]).center())
    assert "1/8 dead" in view.stats_text()


def test_hover_shows_the_weight_and_the_bias(view):
    ws, bs = _two_signs(view)
    tip = view.tooltip_at(view.link_point(0, 1, 0))
    assert fmt_number(-4.0) in tip and "x₁" in tip
    bias = view.layout_.biases[view.layout_.node(1, 1)]
    bs[0][1] = 0.125
    view.show_network(ws, bs, hidden_activation("tanh"), ("x1",))
    tip = view.tooltip_at(QtCore.QPointF(bias[0] + bias[2] / 2, bias[1] + bias[3] / 2))
    assert "Bias 0.125" in tip
    assert view.tooltip_at(QtCore.QPointF(2, 2)) == ""


def test_clicking_a_link_edits_its_weight(view, qtbot):
    _two_signs(view)
    got = []
    view.weight_edited.connect(lambda *a: got.append(a))
    qtbot.mouseClick(view.canvas, QtCore.Qt.MouseButton.LeftButton, pos=view.link_point(0, 1, 0).toPoint())
    ed = view.editor
    assert ed.isVisible() and float(ed.text()) == -4.0
    ed.setText("twelve")
    qtbot.keyClick(ed, QtCore.Qt.Key.Key_Return)
    assert got == [] and ed.isVisible()
    assert view.message.isVisible() and "weight" in view.message.text() and "\n" not in view.message.text()
    ed.setText("−0.75")
    qtbot.keyClick(ed, QtCore.Qt.Key.Key_Return)
    assert got == [(0, 1, 0, -0.75)]
    assert not ed.isVisible() and not view.message.isVisible()
    # Escape leaves the weight alone.
    qtbot.mouseClick(view.canvas, QtCore.Qt.MouseButton.LeftButton, pos=view.link_point(1, 0, 1).toPoint())
    assert ed.isVisible()
    qtbot.keyClick(ed, QtCore.Qt.Key.Key_Escape)
    assert not ed.isVisible() and got == [(0, 1, 0, -0.75)]


def test_clicking_a_bias_square_edits_the_bias(view, qtbot):
    _two_signs(view)
    got = []
    view.bias_edited.connect(lambda *a: got.append(a))
    x, y, w, h = view.layout_.biases[view.layout_.node(2, 0)]
    qtbot.mouseClick(
        view.canvas, QtCore.Qt.MouseButton.LeftButton, pos=QtCore.QPoint(round(x + w / 2), round(y + h / 2))
    )
    view.editor.setText("0.5")
    qtbot.keyClick(view.editor, QtCore.Qt.Key.Key_Return)
    assert got == [(1, 0, 0.5)]


def test_dark_theme_and_huge_scale(view):
    view.apply_look(theme.DARK, theme.factors("huge"))
    _show_largest(view)
    image = pixels.grab(view)
    corner = pixels.color_at(image, _window_pt(view, QtCore.QPointF(3, view.canvas.height() - 3)))
    assert pixels.distance(corner, pixels.hex_rgb(theme.DARK.background)) < 10
    lay = view.layout_
    assert lay.inside() and not lay.overlaps()
    # Zero in a heatmap is the dark grey, not the light one.
    lut = view.model.lut
    assert lut[len(lut) // 2] == QtGui.QColor(vm.heatmap_middle(theme.DARK)).rgb()


def test_a_diverged_network_still_draws(view):
    """Weights gone to NaN or ∞ (a learning rate far too high): drawn, not a traceback."""
    ws, bs = _net((2, 3, 1))
    ws[0][0, 0], ws[0][1, 1], bs[1][0] = np.nan, np.inf, np.nan
    view.show_network(ws, bs, hidden_activation("relu"), ("x1", "x2"), np.zeros((5, 2)))
    image = pixels.grab(view)
    assert not image.isNull()
    assert "NaN" in view.tooltip_at(view.link_point(0, 0, 0))
    assert view.model.frame.stats[0].width == 3
