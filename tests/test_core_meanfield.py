"""Mean-field theory: the quadrature against adaptive integration, the known closed forms as
anchors, the edge-of-chaos map, and the theory checked against the networks it describes."""

import math

import numpy as np
import pytest
from scipy.integrate import quad
from scipy.optimize import brentq

from actviz.core.depth import DepthConfig, depth_stats
from actviz.core.formula import formula
from actviz.core.meanfield import (
    INIT_POINTS,
    MeanField,
    edge_of_chaos,
    init_points,
    phase_map,
    weight_variance,
)
from actviz.core.network import hidden_activation, init_weights

CUSTOM = "x*tanh(softplus(x))"  # Mish, typed as a formula
ACTIVATIONS = ["tanh", "relu", "sigmoid", "gelu", "custom"]
POINTS = [(sw, sb) for sw in (0.3, 0.9, 1.4, 1.9, 2.6, 3.7) for sb in (0.0, 0.04, 0.3, 1.0)]


def activation(name):
    return formula(CUSTOM) if name == "custom" else name


def expect(g, q):
    """E[g(√q z)] by adaptive quadrature over the Gaussian, split at 0 (a kink there)."""
    s = math.sqrt(q)

    def f(z):
        return g(s * z) * math.exp(-0.5 * z * z) / math.sqrt(2 * math.pi)

    return sum(quad(f, a, b, epsabs=1e-15, epsrel=1e-13, limit=400)[0] for a, b in ((-np.inf, 0.0), (0.0, np.inf)))


def scalar(act, order):
    return lambda x: float((act.df if order else act.f)(np.array([x]))[0])


@pytest.mark.parametrize("name", ACTIVATIONS)
def test_fixed_point_and_chi1_match_adaptive_quadrature(name):
    mf = MeanField(activation(name))
    act = hidden_activation(activation(name))
    f, df = scalar(act, 0), scalar(act, 1)
    checked = 0
    for sw, sb in POINTS:
        q = mf.fixed_point(sw, sb)
        if not (math.isfinite(q) and q > 1e-8):
            continue

        def gap(v, sw=sw, sb=sb):
            return sw * expect(lambda x: f(x) ** 2, v) + sb - v

        ref = brentq(gap, q * (1 - 1e-4), q * (1 + 1e-4), xtol=1e-15, rtol=1e-14)
        assert q == pytest.approx(ref, rel=1e-6, abs=1e-12), (sw, sb)
        chi_ref = sw * expect(lambda x: df(x) ** 2, ref)
        assert float(mf.chi1(sw, q)) == pytest.approx(chi_ref, rel=1e-6), (sw, sb)
        checked += 1
    assert checked >= 8


@pytest.mark.parametrize("name", ACTIVATIONS)
@pytest.mark.parametrize("q", [1e-4, 0.3, 1.0, 4.0, 30.0, 400.0])
def test_every_moment_matches_adaptive_quadrature(name, q):
    mf = MeanField(activation(name))
    act = hidden_activation(activation(name))
    f, df = scalar(act, 0), scalar(act, 1)
    m1, m2, s2 = (float(v) for v in mf.moments(q))
    assert m1 == pytest.approx(expect(f, q), rel=1e-8, abs=1e-12)
    assert m2 == pytest.approx(expect(lambda x: f(x) ** 2, q), rel=1e-8)
    assert s2 == pytest.approx(expect(lambda x: df(x) ** 2, q), rel=1e-8)


def test_relu_anchors_over_the_whole_map():
    pm = phase_map("relu")
    sw, sb = np.meshgrid(pm.weight_var, pm.bias_var, indexing="ij")
    # χ₁ = σ_w²/2 everywhere: at q* > 0, at q* = 0 (its limit from above) and where q* diverges.
    np.testing.assert_allclose(pm.chi1, sw / 2, rtol=1e-9)
    below = sw < 2 - 1e-9
    expected = sb / np.where(below, 1 - sw / 2, 1.0)
    np.testing.assert_allclose(pm.q_star[below], expected[below], rtol=1e-9, atol=1e-300)
    assert np.all(pm.q_star[below & (sb == 0)] == 0)
    assert np.all(np.isinf(pm.q_star[(sw > 2 + 1e-9)]))


def test_init_points_on_the_map():
    pts = init_points("relu")
    assert {k: v[0] for k, v in pts.items()} == {"xavier": 1.0, "he": 2.0, "lecun": 1.0}
    assert pts["he"][2] == pytest.approx(1.0, abs=1e-12) and pts["xavier"][2] == pytest.approx(0.5, abs=1e-12)
    assert init_points("tanh")["xavier"][2] == pytest.approx(1.0, abs=1e-9)  # tanh′(0)² at q* = 0


def test_relu_chi1_at_he_and_xavier():
    mf = MeanField("relu")
    # At q = 0 itself ReLU′(0) = 0 (the catalog's convention); χ₁ there is the limit from above.
    assert float(mf.chi1(1.0, 0.0)) == pytest.approx(0.5, rel=1e-12)
    assert float(mf.chi1(INIT_POINTS["he"], mf.fixed_point(2.0))) == pytest.approx(1.0, abs=1e-12)
    assert float(mf.chi1(INIT_POINTS["xavier"], mf.fixed_point(1.0))) == pytest.approx(0.5, abs=1e-12)


def test_tanh_edge_of_chaos_is_at_one_without_bias():
    assert edge_of_chaos("tanh", 0.0) == pytest.approx(1.0, abs=1e-6)
    mf = MeanField("tanh")
    # Below the edge the signal dies out (q* = 0) and χ₁ = σ_w²·tanh′(0)² = σ_w²; above it,
    # q* > 0 and χ₁ > 1 (chaos).
    assert mf.fixed_point(0.9, 0.0) == 0.0
    assert float(mf.chi1(0.9, 0.0)) == pytest.approx(0.9, rel=1e-9)
    q = mf.fixed_point(1.5, 0.0)
    assert q > 0.1 and float(mf.chi1(1.5, q)) > 1.0
    # With bias the edge moves to larger σ_w².
    assert edge_of_chaos("tanh", 0.05) > 1.2


def test_the_map_agrees_with_the_one_point_root_finder():
    for name in ("tanh", "sigmoid", "gelu"):
        pm = phase_map(name, grid=12)
        mf = MeanField(name)
        for i in range(0, 12, 3):
            for j in range(0, 12, 4):
                q = mf.fixed_point(pm.weight_var[i], pm.bias_var[j])
                assert pm.q_star[i, j] == pytest.approx(q, rel=1e-9, abs=1e-300)
                chi = mf.chi1(pm.weight_var[i], q if math.isfinite(q) else 1e30)
                assert pm.chi1[i, j] == pytest.approx(float(chi), rel=1e-9)


def test_the_map_has_its_grid_and_refuses_bad_axes():
    pm = phase_map("tanh")
    assert pm.q_star.shape == pm.chi1.shape == (40, 40)
    assert pm.weight_var[0] == 0.1 and pm.weight_var[-1] == 4.0
    assert pm.bias_var[0] == 0.0 and pm.bias_var[-1] == 1.0
    with pytest.raises(ValueError, match="weight variance"):
        phase_map("tanh", weight_var=[0.0, 1.0])
    with pytest.raises(ValueError, match="bias variance"):
        phase_map("tanh", bias_var=[-1.0])


@pytest.mark.parametrize(("init", "expected"), [("xavier", 1.0), ("he", 2.0), ("lecun", 1.0), ("playground", 256 / 12)])
def test_weight_variance_is_what_the_network_draws(init, expected):
    assert weight_variance(init, 256) == expected
    assert weight_variance(init, 256, 1.5) == pytest.approx(expected * 2.25)
    ws, _ = init_weights((256, 256, 1), [0], init=init, scale=1.5)
    assert 256 * ws[0].var() == pytest.approx(expected * 2.25, rel=0.02)


# The theory checked against the network: width 256, depth 30, three weight scales each.
@pytest.mark.parametrize(
    ("name", "init", "scale"),
    [
        ("tanh", "xavier", math.sqrt(0.5)),
        ("tanh", "xavier", 1.0),
        ("tanh", "xavier", math.sqrt(2.0)),
        ("relu", "he", 0.8),
        ("relu", "he", 1.0),
        ("relu", "he", 1.2),
    ],
)
def test_measured_per_layer_factor_is_the_theorys(name, init, scale):
    cfg = DepthConfig(activations=(name,), depth=30, width=256, init=init, scale=scale, batch=128)
    res = depth_stats(cfg)
    v = res.verdict(0)
    path = res.mean_field[0]
    assert v.factor == pytest.approx(v.theory_factor, rel=0.10)
    assert v.theory_factor == pytest.approx(float(np.exp(np.mean(np.log(np.sqrt(path.chi1[1:]))))), rel=1e-12)
    # And layer by layer, the backward signal follows the product of χ₁^{1/2} within a factor 2.
    measured = res.back_norm[0, 0] / res.back_norm[0, 0, -1]
    ratio = measured / path.backward
    assert np.all((ratio > 0.5) & (ratio < 2.0))


def test_residual_theory_adds_one_and_matches_the_network():
    cfg = DepthConfig(activations=("sigmoid",), depth=30, width=256, init="xavier", residual=True, batch=128)
    res = depth_stats(cfg)
    path = res.mean_field[0]
    np.testing.assert_allclose(path.factor, np.sqrt(1 + path.chi1))
    v = res.verdict(0)
    assert v.factor == pytest.approx(v.theory_factor, rel=0.05)
    # The forward story too: the activations' variance grows as the mean-field says.
    np.testing.assert_allclose(res.act_var[0, 0, [0, 9, 29]], path.variance[[0, 9, 29]], rtol=0.15)


def test_variance_path_starts_from_the_input():
    path = MeanField("tanh").layers(5, 2.0, 0.1)
    assert path.q[0] == pytest.approx(2.0 * 1.0 + 0.1)
    assert path.q[1] == pytest.approx(2.0 * path.second_moment[0] + 0.1)
    with pytest.raises(ValueError, match="weight variance"):
        MeanField("tanh").layers(5, -1.0)


@pytest.mark.filterwarnings("error")
@pytest.mark.parametrize("name", ["exponential", "relu_squared", "lisht", "tanhshrink", "binary_step", "sine"])
def test_awkward_activations_give_numbers_not_warnings(name):
    from actviz.viewmodels.depth import diagnosis_lines, gradient_curves, variance_curves

    pm = phase_map(name, grid=8)
    assert not np.isnan(pm.chi1).any()
    assert np.all(np.isinf(pm.chi1[np.isinf(pm.q_star)]) | np.isfinite(pm.chi1[np.isinf(pm.q_star)]))
    for scale in (0.1, 10.0):
        res = depth_stats(DepthConfig(activations=(name,), depth=12, width=16, batch=16, scale=scale))
        specs = [(name, {})]
        assert res.verdicts()[0].verdict in {"vanishing", "exploding", "healthy", "no gradient"}
        gradient_curves(res, specs), variance_curves(res, specs), diagnosis_lines(res, specs)
