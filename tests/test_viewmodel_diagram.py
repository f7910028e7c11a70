"""The network diagram's view-model, without Qt: geometry, link styles, per-neuron heatmaps
(against a forward pass written one neuron and one point at a time), residual layers, and dead
units."""

import itertools
import math

import numpy as np
import pytest

from actviz.core.formula import formula
from actviz.core.network import hidden_activation, init_weights
from actviz.core.training import grid_points
from actviz.state.texts import RefusalError
from actviz.viewmodels import diagram as d
from actviz.viewmodels.theme import DARK, LIGHT

PLAYGROUND = (7, 8, 8, 8, 8, 8, 8, 1)  # its largest network: all seven features, 6 × 8


def _net(sizes, seed=0, scale=1.0):
    rng = np.random.default_rng(seed)
    ws = [rng.normal(0.0, scale, (o, i)) for i, o in itertools.pairwise(sizes)]
    bs = [rng.normal(0.0, 0.5, o) for o in sizes[1:]]
    return ws, bs


# -- features ---------------------------------------------------------------------------------
def test_feature_columns_follow_the_playground_definitions():
    x1, x2 = np.array([0.5, -2.0]), np.array([1.5, 3.0])
    got = d.feature_columns(d.FEATURES, x1, x2)
    assert got.shape == (2, 7)
    for p in range(2):
        a, b = x1[p], x2[p]
        want = [a, b, a * a, b * b, a * b, math.sin(a), math.sin(b)]
        assert got[p].tolist() == pytest.approx(want, abs=0, rel=1e-15)
    assert d.feature_columns(["x2", "x1"], x1, x2).tolist() == np.stack([x2, x1], axis=-1).tolist()
    with pytest.raises(ValueError, match="unknown input feature"):
        d.feature_columns(["x3"], x1, x2)


def test_the_grid_is_the_decision_maps_grid():
    n = 12
    x1, x2 = d.grid_coordinates(n)
    assert np.array_equal(np.stack([x1.ravel(), x2.ravel()], axis=1), grid_points(n))
    assert (np.diff(x1, axis=1) > 0).all()  # x₁ grows to the right
    assert (np.diff(x2, axis=0) < 0).all()  # x₂ grows upwards: row 0 is the top


# -- geometry ---------------------------------------------------------------------------------
@pytest.mark.parametrize(("width", "height", "min_tile"), [(1920, 1080, 80), (1024, 768, 50)])
def test_the_largest_network_fits(width, height, min_tile):
    lay = d.layout(PLAYGROUND, width, height, header=24, footer=44, label_width=60)
    assert lay.nodes.shape == (sum(PLAYGROUND), 4)
    assert lay.inside(), "a tile, bias square or link leaves the area"
    assert not lay.overlaps(), "tiles overlap"
    assert lay.tile >= min_tile, lay.tile
    assert _link_room(lay) >= 0.9 * lay.tile  # the links get about a tile's width between columns
    # Every column is centred on the same rows; the output sits in the middle.
    centre_y = lay.nodes[:, 1] + lay.tile / 2
    mid = (lay.header[0] + lay.header[1] + lay.footer[0]) / 2
    assert centre_y[-1] == pytest.approx(mid)
    assert len(lay.links) == 7 * 8 + 5 * 64 + 8


def _link_room(lay):
    left = lay.nodes[:, 0]
    return min(left[lay.starts[c + 1]] - (left[lay.starts[c]] + lay.tile) for c in range(lay.columns - 1))


@pytest.mark.parametrize(("width", "height"), [(420, 260), (500, 900)])
def test_a_small_or_narrow_area_still_lays_out_without_overlap(width, height):
    lay = d.layout(PLAYGROUND, width, height)
    assert lay.inside() and not lay.overlaps()
    assert lay.tile > 5
    assert _link_room(lay) >= lay.tile  # a narrow area shrinks the tiles, not the links' room


def test_no_hidden_layer_is_two_columns():
    lay = d.layout((2, 1), 800, 500)
    assert lay.columns == 2 and lay.nodes.shape == (3, 4)
    assert lay.link_index.tolist() == [[0, 0, 0], [0, 0, 1]]
    assert lay.inside() and not lay.overlaps()


def test_links_run_from_source_right_edge_to_target_left_edge_in_weight_order():
    sizes = (3, 4, 4, 2, 1)  # with a square layer, where i and j could be swapped unseen
    lay = d.layout(sizes, 900, 600)
    ws, _ = _net(sizes)
    assert len(lay.links) == sum(w.size for w in ws)
    k = 0
    for layer, w in enumerate(ws):
        assert lay.link_starts[layer] == k
        for i in range(w.shape[0]):
            for j in range(w.shape[1]):
                assert lay.link_index[k].tolist() == [layer, i, j]
                src = lay.nodes[lay.node(layer, j)]
                dst = lay.nodes[lay.node(layer + 1, i)]
                start, end = lay.links[k, 0], lay.links[k, 3]
                assert src[0] + src[2] <= start[0] <= src[0] + src[2] + 5
                assert start[1] == pytest.approx(src[1] + src[3] / 2)
                assert end[0] == pytest.approx(dst[0])
                assert dst[1] < end[1] < dst[1] + dst[3]
                k += 1
    tail = np.concatenate([w.ravel() for w in ws[1:]])
    assert np.array_equal(d.flat_weights(ws)[lay.link_starts[1] :], tail)


def test_hit_testing_finds_tiles_bias_squares_and_links():
    lay = d.layout(PLAYGROUND, 1920, 1080)
    for col, k in ((0, 3), (2, 7), (7, 0)):
        x, y, w, h = lay.nodes[lay.node(col, k)]
        assert lay.node_at(x + w / 2, y + h / 2) == (col, k)
        assert lay.link_at(x + w / 2, y + h / 2) is None or lay.node_at(x + w / 2, y + h / 2)
    x, y, w, h = lay.biases[lay.node(3, 2)]
    assert lay.bias_at(x + w / 2, y + h / 2) == (3, 2)
    assert lay.bias_at(*lay.nodes[0, :2] + 1) is None  # features have no bias
    rng = np.random.default_rng(1)
    for k in rng.choice(len(lay.links), 20, replace=False).tolist():
        assert lay.link_at(*lay.link_midpoint(k)) == k
    assert lay.link_at(2, 2) is None
    assert lay.node_at(2, 2) is None


# -- link styles ------------------------------------------------------------------------------
def test_links_are_coloured_by_sign():
    w = np.array([0.3, -0.3, 0.0, 4.0, -1e-9, np.nan])
    assert d.link_signs(w).tolist() == [1, -1, 0, 1, -1, 0]
    colors = d.link_colors(LIGHT)
    assert colors[1] == "#0877BD" and colors[-1] == "#F59322"
    assert colors[0] == d.heatmap_middle(LIGHT) != d.heatmap_middle(DARK)


def test_link_width_grows_with_size_up_to_a_cap():
    w = np.array([0.0, 1.0, -1.0, 2.5, 5.0, 50.0, -50.0, np.inf])
    got = d.link_widths(w)
    assert got[0] == d.THIN and got[4] == d.THICK
    assert got[1] == got[2]  # the sign does not change the width
    assert got[0] < got[1] < got[3] < got[4]
    assert got[3] == pytest.approx((d.THIN + d.THICK) / 2)
    assert got[5] == got[6] == got[7] == d.THICK
    scaled = d.link_widths(w, thin=2.0, thick=6.0)
    assert scaled.min() == 2.0 and scaled.max() == 6.0


# -- heatmaps ---------------------------------------------------------------------------------
def _loop_forward(ws, bs, f, point, names, residual=False, output="tanh"):
    """Every unit's value at one point, one neuron at a time, with Python floats."""
    x1, x2 = point
    defs = {
        "x1": x1,
        "x2": x2,
        "x1sq": x1**2,
        "x2sq": x2**2,
        "x1x2": x1 * x2,
        "sinx1": math.sin(x1),
        "sinx2": math.sin(x2),
    }
    h = [defs[n] for n in names]
    layers = []
    for layer, (w, b) in enumerate(zip(ws, bs)):
        out = []
        for i in range(w.shape[0]):
            z = float(b[i])
            for j in range(w.shape[1]):
                z += float(w[i, j]) * h[j]
            if layer == len(ws) - 1:
                out.append(math.tanh(z) if output == "tanh" else z)
            else:
                a = f(z)
                if residual and w.shape[0] == w.shape[1]:
                    a += h[i]
                out.append(a)
        layers.append(out)
        h = out
    return layers


def _scalar(act):
    return lambda z: float(act.f(np.array([z]))[0])


@pytest.mark.parametrize(
    ("spec", "names", "sizes"),
    [
        ("tanh", ("x1", "x2"), (2, 4, 3, 1)),
        ("relu", d.FEATURES, (7, 5, 5, 1)),
        ("sigmoid", ("x1sq", "x2sq"), (2, 1)),  # no hidden layer
    ],
)
def test_heatmaps_equal_a_neuron_by_neuron_forward_pass(spec, names, sizes):
    act = hidden_activation(spec)
    ws, bs = _net(sizes, seed=3)
    n = 7
    grids = d.neuron_grids(ws, bs, act, d.grid_features(names, n))
    assert [g.shape for g in grids] == [(o, n, n) for o in sizes[1:]]
    x1, x2 = d.grid_coordinates(n)
    for r in range(n):
        for c in range(n):
            want = _loop_forward(ws, bs, _scalar(act), (x1[r, c], x2[r, c]), names)
            for layer, values in enumerate(want):
                assert grids[layer][:, r, c] == pytest.approx(values, rel=1e-12, abs=1e-12)


def test_heatmaps_of_a_custom_formula_and_a_linear_output():
    act = hidden_activation(formula("x*sigmoid(2*x)"))
    sizes = (3, 4, 1)
    names = ("x1", "sinx2", "x1x2")
    ws, bs = _net(sizes, seed=5)
    grids = d.neuron_grids(ws, bs, act, d.grid_features(names, 5), output="linear")
    x1, x2 = d.grid_coordinates(5)
    for r, c in ((0, 0), (2, 3), (4, 1)):
        want = _loop_forward(ws, bs, _scalar(act), (x1[r, c], x2[r, c]), names, output="linear")
        assert grids[0][:, r, c] == pytest.approx(want[0], rel=1e-12)
        assert grids[1][0, r, c] == pytest.approx(want[1][0], rel=1e-12)
    # linear: the output is not squashed into (−1, 1)
    assert np.abs(grids[1]).max() > 1


def test_any_object_with_f_serves_as_the_activation():
    class Cube:
        def f(self, x):
            return x**3

        def df(self, x):
            return 3 * x**2

    ws, bs = _net((2, 3, 1), seed=2)
    grids = d.neuron_grids(ws, bs, Cube(), d.grid_features(("x1", "x2"), 4))
    x1, x2 = d.grid_coordinates(4)
    want = _loop_forward(ws, bs, lambda z: z**3, (x1[1, 2], x2[1, 2]), ("x1", "x2"))
    assert grids[0][:, 1, 2] == pytest.approx(want[0], rel=1e-12)


def test_residual_layers_add_their_input_where_widths_match():
    act = hidden_activation("tanh")
    sizes = (2, 3, 3, 3, 1)  # 2→3 cannot skip; 3→3 twice do
    ws, bs = _net(sizes, seed=7)
    names = ("x1", "x2")
    n = 5
    plain = d.neuron_grids(ws, bs, act, d.grid_features(names, n))
    res = d.neuron_grids(ws, bs, act, d.grid_features(names, n), residual=True)
    assert np.array_equal(plain[0], res[0])  # the first layer changes width: no skip
    assert not np.allclose(plain[1], res[1])
    x1, x2 = d.grid_coordinates(n)
    for r, c in ((0, 4), (3, 1)):
        want = _loop_forward(ws, bs, _scalar(act), (x1[r, c], x2[r, c]), names, residual=True)
        for layer, values in enumerate(want):
            assert res[layer][:, r, c] == pytest.approx(values, rel=1e-12, abs=1e-12)


def test_network_slice_takes_one_network_of_a_grid():
    ws, bs = init_weights((2, 3, 1), [4, 9])  # (S, fan_out, fan_in)
    grid_w = [np.repeat(w[None], 2, axis=0) for w in ws]  # (A, S, ...)
    grid_b = [np.repeat(b[None], 2, axis=0) for b in bs]
    grid_w[0][1, 1] += 1.0
    one_w, one_b = d.network_slice(grid_w, grid_b, 1, 1)
    assert [w.shape for w in one_w] == [(3, 2), (1, 3)]
    assert np.array_equal(one_w[0], ws[0][1] + 1.0) and np.array_equal(one_b[1], bs[1][1])
    assert d.sizes_of(one_w, one_b) == (2, 3, 1)
    with pytest.raises(ValueError, match="chain"):
        d.sizes_of([np.ones((3, 2)), np.ones((1, 4))], [np.ones(3), np.ones(1)])


# -- dead units -------------------------------------------------------------------------------
def test_dead_units_output_zero_on_every_training_point():
    act = hidden_activation("relu")
    sizes = (2, 4, 3, 1)
    ws, bs = _net(sizes, seed=11)
    pts = np.random.default_rng(0).uniform(-5, 5, (200, 2))
    bs[0][1] = -1e3  # far below zero everywhere: dead
    ws[0][2] = (1.0, 0.0)  # f = relu(x1 − 5.2): zero on every point in [−5, 5]², alive further out
    bs[0][2] = -5.2
    ws[0][3] = (1.0, 0.0)  # relu(x1 − 5 + tiny): positive on the one point that reaches past 5
    bs[0][3] = -pts[:, 0].max() + 1e-9
    stats = d.unit_stats(ws, bs, act, d.feature_columns(("x1", "x2"), pts[:, 0], pts[:, 1]))
    assert [s.width for s in stats] == [4, 3]
    assert stats[0].dead.tolist() == [False, True, True, False]
    assert stats[0].dead_count == 2
    grids = d.neuron_grids(ws, bs, act, d.grid_features(("x1", "x2"), 24))
    assert grids[0][2].max() > 0  # dead on the data, not on the whole map


def test_mean_slope_is_the_mean_of_abs_f_prime_over_units_and_points():
    act = hidden_activation("tanh")
    sizes = (2, 3, 2, 1)
    ws, bs = _net(sizes, seed=13)
    pts = np.random.default_rng(2).uniform(-6, 6, (30, 2))
    stats = d.unit_stats(ws, bs, act, pts)
    sums = [0.0, 0.0]
    for x in pts:
        h = list(x)
        for layer in range(2):
            w, b = ws[layer], bs[layer]
            z = [float(b[i]) + sum(float(w[i, j]) * h[j] for j in range(len(h))) for i in range(w.shape[0])]
            sums[layer] += sum(1 - math.tanh(v) ** 2 for v in z)
            h = [math.tanh(v) for v in z]
    for layer in range(2):
        assert stats[layer].mean_slope == pytest.approx(sums[layer] / (len(pts) * sizes[layer + 1]), rel=1e-12)
    assert not any(s.dead_count for s in stats)


def test_residual_dead_unit_counts_its_own_activation():
    act = hidden_activation("relu")
    ws, bs = _net((2, 2, 2, 1), seed=1)
    bs[1][0] = -1e3  # the second layer's first unit: f(z) = 0, its output is the skipped input
    pts = np.random.default_rng(3).uniform(-6, 6, (50, 2))
    stats = d.unit_stats(ws, bs, act, pts, residual=True)
    assert stats[1].dead.tolist() == [True, False]


def test_no_training_points_means_no_dead_units():
    ws, bs = _net((2, 3, 1))
    stats = d.unit_stats(ws, bs, hidden_activation("relu"), np.empty((0, 2)))
    assert stats[0].dead_count == 0 and math.isnan(stats[0].mean_slope)


# -- colours and the frame --------------------------------------------------------------------
def test_colorize_maps_zero_to_the_middle_and_each_tile_to_its_own_scale():
    lut = d.diverging_lut(d.NEGATIVE, "#E8EAEB", d.POSITIVE)
    assert lut[0] == 0xFFF59322 and lut[-1] == 0xFF0877BD
    tiles = np.array([[[-1.0, 0.0, 1.0]], [[-6.0, 0.0, 3.0]], [[np.nan, 0.5, -0.5]]])
    px = d.colorize(tiles, lut)
    assert px[0, 0].tolist() == [lut[0], lut[128], lut[-1]]
    assert px[1, 0, 0] == lut[0] and px[1, 0, 2] == lut[192]  # scaled by its own max |v| = 6
    assert px[2, 0, 0] == lut[128]  # not a number: the middle
    assert d.tile_scales(np.array([[0.2, -0.5]])).tolist() == [1.0]  # never enlarged past ±1


def test_diagram_frame_draws_x1_as_a_left_right_ramp_and_counts_dead_units():
    diagram = d.Diagram(resolution=16)
    sizes = (3, 4, 1)
    ws, bs = _net(sizes, seed=4)
    bs[0][0] = -1e3
    pts = np.random.default_rng(0).uniform(-6, 6, (100, 2))
    assert diagram.update(ws, bs, hidden_activation("relu"), ("x1", "x2", "x1x2"), pts)
    assert diagram.pixels.shape == (sum(sizes), 16, 16)
    ramp = diagram.pixels[0]
    assert (ramp == ramp[0]).all()  # the same along every column: it depends on x₁ only
    red = (ramp[0] >> 16 & 0xFF).astype(int)  # orange F5, grey E8, blue 08: falls left to right
    assert (np.diff(red) < 0).all() and red[0] - red[-1] > 200
    frame = diagram.frame
    assert frame is not None
    assert frame.dead.tolist() == [False, False, False, True, False, False, False, False]
    assert frame.stats[0].dead_count == 1
    assert frame.signs.tolist() == d.link_signs(d.flat_weights(ws)).tolist()
    # The same shape again: the buffer is written in place, not replaced.
    buf = diagram.pixels
    ws[0][1] *= -1
    assert not diagram.update(ws, bs, hidden_activation("relu"), ("x1", "x2", "x1x2"), pts)
    assert diagram.pixels is buf
    with pytest.raises(ValueError, match="features"):
        diagram.update(ws, bs, hidden_activation("relu"), ("x1", "x2"), pts)


# -- editing ----------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "value"), [("0.5", 0.5), (" −1.25 ", -1.25), ("2e-3", 0.002), ("-7", -7.0)])
def test_typed_weights_are_read(text, value):
    assert d.parse_value(text) == value


@pytest.mark.parametrize("text", ["", "abc", "nan", "inf", "-inf", "1e7", "1,5", "0x10"])
def test_bad_weights_are_refused_in_one_line(text):
    with pytest.raises(RefusalError) as err:
        d.parse_value(text)
    assert "\n" not in str(err.value) and "weight" in str(err.value)
    with pytest.raises(RefusalError, match="bias"):
        d.parse_value(text, "bias")
