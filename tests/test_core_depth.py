"""Depth: known gradient regimes, per-layer statistics, fairness, chunking, hooks, validation."""

import math
import threading

import numpy as np
import pytest

from actviz.core import get
from actviz.core.depth import (
    DEPTH_PRESETS,
    Cancelled,
    DepthConfig,
    depth_stats,
    diagnose,
    layer_statistics,
    make_inputs,
    max_abs_derivative,
)
from actviz.core.network import BatchedMLP, hidden_activation


def decades(name, **change):
    # The presets at a batch of 64 rather than 256: the same regimes, a quarter of the work.
    res = depth_stats(DEPTH_PRESETS[name].replace(seeds=(0, 1), batch=64, **change))
    return res.decades, res


def test_sigmoid_with_xavier_loses_more_than_ten_decades_over_30_layers():
    dec, res = decades("sigmoid_xavier")
    assert np.all(dec < -10)
    assert [d.verdict for d in res.summary()] == ["vanishing"]
    # The loss is steady layer by layer: every layer's gradient is below the one above it.
    g = res.grad_norm[0, 0]
    assert np.all(np.diff(g) > 0)


def test_relu_with_he_stays_within_two_decades():
    dec, res = decades("relu_he")
    assert np.all(np.abs(dec) < 2)
    assert res.summary()[0].verdict == "healthy"


def test_residual_connections_keep_sigmoid_within_a_few_decades():
    dec, _ = decades("sigmoid_residual")
    plain, _ = decades("sigmoid_xavier")
    assert np.all(np.abs(dec) < 4)
    assert np.all(dec > plain + 10)


def test_relu_with_xavier_shrinks_the_signal_layer_by_layer():
    _, res = decades("relu_xavier")
    _, he = decades("relu_he")
    # Xavier's variance is half of what ReLU needs: the activations fade with depth; He keeps them.
    assert res.act_std[0, 0, -1] < 1e-3 * res.act_std[0, 0, 0]
    assert 0.1 < he.act_std[0, 0, -1] / he.act_std[0, 0, 0] < 10


def test_relu_counts_inactive_responses_as_saturated():
    _, res = decades("relu_he")
    np.testing.assert_allclose(res.saturated[0, 0], 0.5, atol=0.1)
    # Fed 64 independent inputs, a first-layer unit is off for all of them with chance 2⁻⁶⁴.
    assert res.dead[0, 0, 0] == 0.0


def test_huge_weights_saturate_sigmoid():
    small = depth_stats(DepthConfig(activations=("sigmoid",), depth=5, batch=64, scale=1.0))
    big = depth_stats(DepthConfig(activations=("sigmoid",), depth=5, batch=64, scale=10.0))
    assert np.all(small.saturated[0, 0] < 0.05)
    assert np.all(big.saturated[0, 0, 1:] > 0.2)


def test_dead_units_on_a_constructed_relu_network():
    # Positive inputs; in layer 1 the first 3 of 4 units have only negative weights, so they
    # never fire; in layer 2 unit 0 has only negative weights and unit 1 only positive ones.
    width, batch = 4, 50
    x = np.abs(np.random.default_rng(0).normal(size=(batch, width))) + 0.1
    w1 = np.full((width, width), -1.0)
    w1[3] = 1.0
    w2 = np.zeros((width, width))
    w2[0] = -1.0
    w2[1] = 1.0
    w2[2:] = -1.0
    w_out = np.ones((1, width))
    ws = [w[None, None] for w in (w1, w2, w_out)]
    bs = [np.zeros((1, 1, n)) for n in (width, width, 1)]
    net = BatchedMLP(["relu"], ws, bs, output="linear")
    stats = layer_statistics(net, x, [1.0])
    np.testing.assert_array_equal(stats["dead"][0, 0], [3 / 4, 3 / 4])
    np.testing.assert_array_equal(stats["saturated"][0, 0], [3 / 4, 3 / 4])
    # Dead units pass no gradient: only unit 3 of layer 1 gets any through layer 2's unit 1.
    assert stats["grad_norm"][0, 0, 0] > 0


def test_saturation_is_measured_against_the_largest_slope():
    # One sigmoid unit with z = x. Its largest slope is σ′(0) = 1/4, so saturated means
    # σ′(z) < 0.0025: true at 7 and −8, false at 0 and at 5 (σ′(5) ≈ 0.0066).
    ws = [np.ones((1, 1, 1, 1)), np.ones((1, 1, 1, 1))]
    bs = [np.zeros((1, 1, 1)), np.zeros((1, 1, 1))]
    net = BatchedMLP(["sigmoid"], ws, bs, output="linear")
    x = np.array([[0.0], [7.0], [-8.0], [5.0]])
    peak = max_abs_derivative(net.activations[0])
    assert layer_statistics(net, x, [peak])["saturated"][0, 0, 0] == 0.5


def test_a_unit_that_fires_for_one_input_is_not_dead():
    x = np.array([[1.0, 0.0], [-1.0, 0.0]])
    ws = [np.array([[[[1.0, 0.0], [0.0, 1.0]]]]), np.ones((1, 1, 1, 2))]
    bs = [np.zeros((1, 1, 2)), np.zeros((1, 1, 1))]
    stats = layer_statistics(BatchedMLP(["relu"], ws, bs, output="linear"), x, [1.0])
    # Unit 0 fires for the first input only; unit 1 gets 0 every time (ReLU′(0) = 0): dead.
    assert stats["dead"][0, 0, 0] == 0.5


def test_statistics_match_a_direct_computation():
    cfg = DepthConfig(activations=("tanh",), depth=3, width=5, batch=7, init="lecun", seeds=(4,))
    res = depth_stats(cfg)
    x = make_inputs(4, 7, 5)
    net = BatchedMLP.build((5, 5, 5, 5, 1), ["tanh"], [4], init="lecun", output="linear")
    h, hs, zs = x, [], []
    for w in net.weights[:-1]:
        z = h @ w[0, 0].T
        zs.append(z)
        h = np.tanh(z)
        hs.append(h)
    y = h @ net.weights[-1][0, 0].T
    g = y / 7  # dL/dy for L = ½·mean(y²)
    grads = []
    for k in range(3, -1, -1):
        if k < 3:
            g = g * (1 - np.tanh(zs[k]) ** 2)
            grads.append(np.linalg.norm(g.T @ (hs[k - 1] if k else x)))
        g = g @ net.weights[k][0, 0]
    np.testing.assert_allclose(res.grad_norm[0, 0], grads[::-1], rtol=1e-10)
    np.testing.assert_allclose(res.act_mean[0, 0], [a.mean() for a in hs], rtol=1e-10)
    np.testing.assert_allclose(res.act_std[0, 0], [a.std() for a in hs], rtol=1e-10)
    fm = [np.mean(1 - np.tanh(z) ** 2) for z in zs]
    np.testing.assert_allclose(res.fprime_mean[0, 0], fm, rtol=1e-10)
    # ‖∂L/∂h‖ of each hidden layer's output, by hand.
    g = (y / 7) @ net.weights[-1][0, 0]
    back = [np.linalg.norm(g)]
    for k in (2, 1):
        g = (g * (1 - np.tanh(zs[k]) ** 2)) @ net.weights[k][0, 0]
        back.append(np.linalg.norm(g))
    np.testing.assert_allclose(res.back_norm[0, 0], back[::-1], rtol=1e-10)


def test_same_seed_same_inputs_and_weights_for_every_activation():
    kw = {"depth": 6, "width": 8, "batch": 16}
    both = depth_stats(DepthConfig(activations=("relu", "tanh"), seeds=(1, 2), **kw))
    alone = depth_stats(DepthConfig(activations=("tanh",), seeds=(2,), **kw))
    for name in ("grad_norm", "act_std", "saturated"):
        np.testing.assert_array_equal(getattr(both, name)[1, 1], getattr(alone, name)[0, 0])
    assert not np.array_equal(both.grad_norm[1, 0], both.grad_norm[1, 1])


def test_chunking_changes_nothing():
    cfg = DepthConfig(activations=("relu", "sigmoid", "elu"), depth=4, width=16, batch=32, seeds=(0, 1, 2))
    whole = depth_stats(cfg)
    seen = []
    split = depth_stats(cfg, memory_budget=1, progress=lambda d, n: seen.append((d, n)))
    assert seen[0] == (0, 9) and seen[-1] == (9, 9) and len(seen) == 10  # one network per chunk
    for name in ("grad_norm", "act_mean", "act_std", "saturated", "dead", "fprime_mean"):
        np.testing.assert_array_equal(getattr(whole, name), getattr(split, name))


def test_cancel_stops_between_chunks():
    stop = threading.Event()
    seen = []

    def progress(done, total):
        seen.append(done)
        if done == 2:
            stop.set()

    cfg = DepthConfig(activations=("relu", "tanh"), depth=3, width=8, seeds=(0, 1))
    with pytest.raises(Cancelled, match="after 2 of 4 networks"):
        depth_stats(cfg, memory_budget=1, progress=progress, cancel=stop)
    assert seen == [0, 1, 2]


class Softish:
    """A user-style activation with the catalog's interface but no catalog entry."""

    def f(self, x, **params):
        return x / (1 + np.abs(x) * params["k"])

    def df(self, x, **params):
        return 1 / (1 + np.abs(x) * params["k"]) ** 2


def test_any_object_with_f_and_df_works_and_matches_its_catalog_twin():
    mine = depth_stats(DepthConfig(activations=((Softish(), {"k": 1.0}),), depth=4, width=8))
    cat = depth_stats(DepthConfig(activations=("softsign",), depth=4, width=8))
    np.testing.assert_allclose(mine.grad_norm, cat.grad_norm, rtol=1e-12)
    assert mine.labels == ("Softish(k=1)",)


def test_saturation_reference_is_the_largest_derivative_on_the_range():
    assert max_abs_derivative(hidden_activation("sigmoid")) == pytest.approx(0.25, rel=1e-12)
    assert max_abs_derivative(hidden_activation("tanh")) == pytest.approx(1.0, rel=1e-12)
    # The range matters: on [2, 5] the sigmoid's largest slope is at 2.
    assert max_abs_derivative(hidden_activation("sigmoid"), 2.0, 5.0) == pytest.approx(get("sigmoid").df(2.0))


@pytest.mark.parametrize(
    ("first", "last", "verdict", "dec"),
    [
        (1e-13, 1.0, "vanishing", -13.0),
        (0.0099, 1.0, "vanishing", math.log10(0.0099)),
        (0.01, 1.0, "healthy", -2.0),
        (100.0, 1.0, "healthy", 2.0),
        (101.0, 1.0, "exploding", math.log10(101)),
        (3.0, 0.0, "exploding", math.inf),
        (0.0, 2.0, "vanishing", -math.inf),
        (0.0, 0.0, "no gradient", math.nan),
        (math.inf, 1.0, "no gradient", math.nan),
    ],
)
def test_diagnosis_thresholds(first, last, verdict, dec):
    d = diagnose(first, last)
    assert d.verdict == verdict
    if math.isnan(dec):
        assert math.isnan(d.decades)
    else:
        assert d.decades == pytest.approx(dec)


def test_overflow_is_a_result_not_an_error():
    # exp(z) of huge z overflows to inf and then NaN: shown as "no gradient", with no warning.
    res = depth_stats(DepthConfig(activations=("exponential",), depth=10, width=16, scale=10.0, batch=8))
    assert np.isnan(res.grad_norm).all()
    assert res.summary()[0].verdict == "no gradient"


def test_huge_but_finite_gradients_keep_their_norm():
    # ReLU at 10× He grows the signal tenfold per layer: gradients near 1e196, whose squares
    # would overflow a plain sum of squares.
    res = depth_stats(DepthConfig(activations=("relu",), depth=100, width=64, scale=10.0, init="he", batch=8))
    g = res.grad_norm[0, 0]
    assert np.isfinite(g).all() and g.min() > 1e150
    # Its first/last ratio is 1; the per-layer factor (×10) and the size say what it is.
    assert abs(res.decades[0, 0]) < 1
    assert res.summary()[0].verdict == "exploding"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"depth": 0}, r"depth must be a whole number in \[1, 100\]"),
        ({"depth": 101}, "depth"),
        ({"width": 1}, r"width must be a whole number in \[2, 512\]"),
        ({"width": 513}, "width"),
        ({"init": "orthogonal"}, "init must be one of"),
        ({"scale": 0}, "weight scale"),
        ({"scale": 11}, "weight scale"),
        ({"seeds": ()}, "seeds"),
        ({"batch": 0}, "batch"),
        ({"activations": ()}, "compare 1 to 8"),
        ({"activations": ("relux",)}, "unknown activation"),
        ({"activations": ("tanh", "tanh")}, "appears more than once"),
        ({"saturation_range": (1.0, 1.0)}, "saturation range"),
        ({"residual": "yes"}, "residual"),
        ({"bias_var": -0.1}, "bias variance"),
        ({"bias_var": 11.0}, "bias variance"),
        ({"bias_var": "0.1"}, "bias variance"),
    ],
)
def test_bad_config_is_refused_with_one_line(change, message):
    with pytest.raises(ValueError, match=message) as exc:
        DepthConfig().replace(**change)
    assert "\n" not in str(exc.value)


# ------------------------------------------------------------------------------ verdicts
def verdict_of(cfg):
    # Two seeds, a batch of 128: the median network of each regime, at a fraction of the work.
    return depth_stats(cfg.replace(seeds=(0, 1), batch=128)).verdict(0)


@pytest.mark.parametrize(
    ("name", "verdict", "uniform"),
    [
        ("sigmoid_xavier", "vanishing", False),
        ("tanh_xavier", "healthy", False),
        ("relu_he", "healthy", False),
        ("relu_xavier", "vanishing", True),
        ("sigmoid_residual", "healthy", False),
    ],
)
def test_the_presets_verdicts(name, verdict, uniform):
    v = verdict_of(DEPTH_PRESETS[name])
    assert (v.verdict, v.uniform) == (verdict, uniform)
    assert v.factor == pytest.approx(v.theory_factor, rel=0.1)


def test_relu_with_xavier_is_vanishing_although_its_ratio_looks_healthy():
    v = verdict_of(DEPTH_PRESETS["relu_xavier"])
    he = verdict_of(DEPTH_PRESETS["relu_he"])
    # The first/last ratio of ‖∂L/∂W‖ alone would call both healthy ...
    assert diagnose(v.first_gradient, v.first_gradient / v.ratio).verdict == "healthy"
    # ... but the gradient shrinks by χ₁^{1/2} = 2^{-1/2} per layer and so does the signal.
    assert v.factor == pytest.approx(math.sqrt(0.5), rel=0.05)
    assert v.theory_factor == pytest.approx(math.sqrt(0.5), rel=1e-9)
    assert v.forward_factor == pytest.approx(math.sqrt(0.5), rel=0.05)
    assert v.relative_first < 1e-6 < he.relative_first
    assert he.theory_factor == pytest.approx(1.0, rel=1e-9)


@pytest.mark.parametrize(
    ("cfg", "verdict"),
    [
        (DepthConfig(activations=("sigmoid",), init="xavier"), "vanishing"),
        (DepthConfig(activations=("relu",), init="he", scale=1.5), "exploding"),
        (DepthConfig(activations=("tanh",), init="xavier", scale=2.0), "exploding"),  # σ_w² = 4
    ],
)
def test_verdicts_of_known_regimes(cfg, verdict):
    assert verdict_of(cfg).verdict == verdict


def test_swish_at_65_layers_vanishes_uniformly():
    pytest.importorskip("sympy")
    from actviz.core.formula import formula

    v = verdict_of(DepthConfig(activations=(formula("x*sigmoid(x)"),), depth=65))
    assert (v.verdict, v.uniform) == ("vanishing", True)
    assert v.first_gradient < 1e-30
    assert v.factor == pytest.approx(0.5, rel=0.05)


def test_judge_reads_the_absolute_size_and_handles_one_layer():
    from actviz.core.depth import judge

    flat = np.ones(10)
    assert judge(flat * 1e-9, flat, flat).verdict == "vanishing"  # tiny everywhere
    assert judge(flat * 1e9, flat, flat).verdict == "exploding"
    assert judge(flat, flat, flat).verdict == "healthy"
    one = judge([0.3], [1.0], [1.0])
    assert one.verdict == "healthy" and math.isnan(one.factor) and one.backward_decades == 0.0
    assert judge([0.0, 0.0], [0.0, 0.0], [1.0, 1.0]).verdict == "no gradient"


def test_bias_variance_draws_biases_and_moves_the_theory():
    cfg = DepthConfig(activations=("tanh",), depth=4, width=256, bias_var=0.25, seeds=(3,))
    ws, bs = cfg.parameters([3])
    assert bs[0].std() == pytest.approx(0.5, rel=0.1)
    ws0, bs0 = DepthConfig(activations=("tanh",), depth=4, width=256, seeds=(3,)).parameters([3])
    np.testing.assert_array_equal(ws[0], ws0[0])  # the same weights, biases added
    assert not bs0[0].any()
    path = cfg.mean_field()[0]
    assert path.q[0] == pytest.approx(1.25)


def test_one_definition_of_inits_and_presets():
    from actviz.core import depth as core_depth
    from actviz.core.network import INITS as NETWORK_INITS
    from actviz.state import depth as state_depth

    assert state_depth.INITS is core_depth.INITS
    assert set(core_depth.INITS) == set(NETWORK_INITS)
    assert list(state_depth.PRESETS) == list(DEPTH_PRESETS)
    for name, c in DEPTH_PRESETS.items():
        p = state_depth.PRESETS[name]
        assert (p["depth"], p["init"], p["residual"]) == (c.depth, c.init, c.residual)
        assert [f for f, _ in p["activations"]] == [f for f, _ in c.activations]
