"""The sampler: kinks and jumps stay exact at any zoom, smooth pieces are pixel-exact."""

import math
import warnings

import numpy as np
import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from actviz.core import get, names, sample


@pytest.mark.parametrize("half_width", [1e-9, 1e-3, 1.0, 1e3, 1e9])
def test_relu_corner_is_exact_at_any_zoom(half_width):
    s = sample(get("relu"), {}, (-half_width, half_width), 1920)
    at0 = np.flatnonzero(s.x == 0.0)
    assert len(at0) == 2  # left limit, then right limit, at exactly x = 0
    i = at0[0]
    assert s.f[i] == 0.0 and s.f[i + 1] == 0.0
    assert s.df[i] == 0.0 and s.df[i + 1] == 1.0
    assert len(s.x) == 4  # piecewise linear: the ends and the corner only
    np.testing.assert_array_equal(s.f, get("relu").f(np.array([-half_width, -0.0, 0.0, half_width])))
    assert not s.connect(1)[i]  # f′ jumps: never a slanted line across
    assert s.connect(0)[i]  # f is continuous there
    (k,) = s.kinks
    assert k.x == 0.0 and k.value[1] == 0.0 and k.left[1] == 0.0 and k.right[1] == 1.0


def test_leaky_relu_kink_carries_the_convention():
    s = sample(get("leaky_relu"), {"negative_slope": 0.2}, (-3, 3), 800)
    (k,) = s.kinks
    assert k.value[1] == 0.2 and k.left[1] == 0.2 and k.right[1] == 1.0
    assert k.jumps(1) and not k.jumps(0)


@pytest.mark.parametrize("half_width", [1e-9, 1.0, 1e9])
def test_hardshrink_jump_is_vertical_pair_and_unconnected(half_width):
    lam = min(half_width / 2, 5.0)
    s = sample(get("hardshrink"), {"lambd": lam}, (-half_width, half_width), 1000)
    i = np.flatnonzero(s.x == lam)
    assert len(i) == 2
    assert s.f[i[0]] == 0.0 and s.f[i[1]] == pytest.approx(lam, rel=1e-12)
    assert not s.connect(0)[i[0]]
    k = next(k for k in s.kinks if k.x == lam)
    assert k.value[0] == 0.0 and k.jumps(0)


def test_hardswish_has_a_jump_in_the_derivative_only_at_minus_three():
    s = sample(get("hardswish"), {}, (-5, 5), 1000)
    k_lo, k_hi = s.kinks
    assert k_lo.x == -3.0 and k_lo.value[1] == 0.0 and k_lo.right[1] == pytest.approx(-0.5)
    assert k_hi.x == 3.0 and k_hi.value[1] == 1.0 and k_hi.left[1] == pytest.approx(1.5)
    assert k_lo.jumps(1) and k_hi.jumps(1) and not k_lo.jumps(0)


def test_continuous_derivative_is_not_called_a_jump():
    s = sample(get("sparse_plus"), {}, (-3, 3), 1000)
    assert all(not k.jumps(1) for k in s.kinks)
    assert all(k.jumps(2) for k in s.kinks)


def test_softplus_tiny_jump_is_kept():
    s = sample(get("softplus"), {}, (0, 40), 1000)
    (k,) = s.kinks
    assert k.x == 20.0 and k.jumps(1)
    assert k.right[1] == 1.0 and k.value[1] < 1.0


@pytest.mark.parametrize(
    "fid, params, x_range",
    [
        ("sigmoid", {}, (-8, 8)),
        ("gelu", {}, (-5, 5)),
        ("sine", {"w0": 30.0}, (-2, 2)),
        ("gaussian", {}, (-40, 40)),
        ("elu", {"alpha": 2.0}, (-4, 4)),
        ("mish", {}, (-1e3, 1e3)),
        ("tanh", {}, (-1e-6, 1e-6)),
    ],
)
def test_smooth_pieces_are_pixel_exact(fid, params, x_range):
    width, height = 1920, 1080
    act = get(fid)
    s = sample(act, params, x_range, width, height_px=height)
    dense = np.linspace(*x_range, 40001)
    dense = dense[~np.isin(dense, act.kinks(**params))]  # at a kink the value is a separate dot
    for order in (0, 1):
        y_true = act.evaluate(dense, order, act.resolve(**params))
        y_lin = np.interp(dense, s.x, s.y[order])
        span = max(np.ptp(np.concatenate([s.y[o] for o in (0, 1, 2)])), 1e-300)
        err_px = np.max(np.abs(y_true - y_lin)) / span * height
        assert err_px < 1.0, (fid, order, err_px)
    assert len(s.x) < 6 * width  # adaptive, not brute force


def test_flat_regions_need_few_points():
    s_sig = sample(get("sigmoid"), {}, (-1e6, 1e6), 1920)
    assert len(s_sig.x) < 600


def test_every_function_samples_cleanly_at_extreme_zooms():
    for fid in names():
        act = get(fid)
        for rng in ((-1e-9, 1e-9), (-1e9, 1e9), (2.0, 2.0 + 1e-9)):
            s = sample(act, {}, rng, 1920)
            assert s.x[0] == rng[0] and s.x[-1] == rng[1]
            assert np.all(np.diff(s.x) >= 0)
            assert not np.isnan(np.concatenate(s.y)).any(), fid


@pytest.mark.parametrize("rng", [(1.0, 1.0), (2.0, -2.0), (float("nan"), 1.0), (0.0, float("inf"))])
def test_bad_ranges_are_refused(rng):
    with pytest.raises(ValueError, match="x range"):
        sample(get("relu"), {}, rng, 800)


def test_bad_width_is_refused():
    with pytest.raises(ValueError, match="width"):
        sample(get("relu"), {}, (-1, 1), 0)


@pytest.mark.parametrize(
    "fid, params, rng, inside_df",
    [
        ("hardsigmoid", {}, (-3.0, 3.0), 1.0 / 6.0),
        ("relu6", {}, (0.0, 6.0), 1.0),
        ("hardtanh", {}, (-1.0, 1.0), 1.0),
        ("relu", {}, (0.0, 5.0), 1.0),
    ],
)
def test_kink_at_the_range_end_gives_the_inside_limit(fid, params, rng, inside_df):
    """A kink exactly at an end must not drag its own value (PyTorch's 0) into the range."""
    s = sample(get(fid), params, rng, 1000)
    assert s.df[0] == pytest.approx(inside_df) and s.df[-1] == pytest.approx(inside_df)
    assert np.all(s.df == pytest.approx(inside_df))
    assert {k.x for k in s.kinks} >= {x for x in rng if x in get(fid).kinks(**params)}
    edge = [k for k in s.kinks if k.x == rng[0]]
    if edge:
        assert edge[0].value[1] == pytest.approx(get(fid).df(rng[0], **params))


def test_jump_at_the_range_start_is_not_drawn_as_a_slope():
    s = sample(get("threshold"), {"threshold": 0.0, "value": -2.0}, (0.0, 5.0), 1000)
    assert s.f[0] == 0.0 and s.f[-1] == 5.0  # the limit from the right, not the value −2
    (k,) = s.kinks
    assert k.x == 0.0 and k.value[0] == -2.0 and k.jumps(0)


# ------------------------------------------------- no warning, no NaN, for any finite range
def _any_params(act):
    """Valid parameters anywhere in their ranges, a huge Keras max_value included."""
    fields = {}
    for p in act.params:
        if p.is_choice:
            fields[p.name] = st.sampled_from(p.choices)
        else:
            hi = p.max if math.isfinite(p.max) else float(np.finfo(np.float64).max)
            fields[p.name] = st.one_of(st.just(p.default), st.floats(p.min, hi))
    return st.fixed_dictionaries(fields)


def _ranges(limit):
    pair = st.tuples(st.floats(-limit, limit), st.floats(-limit, limit)).filter(lambda r: r[0] != r[1])
    return pair.map(sorted).map(tuple)


FLOAT_MAX = float(np.finfo(np.float64).max)


def _assert_clean_sample(act, params, x_range, width):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with np.errstate(over="raise", invalid="raise", divide="raise"):
            s = sample(act, params, x_range, width)
    assert s.x[0] == x_range[0] and s.x[-1] == x_range[1]
    assert np.all(s.x[1:] >= s.x[:-1])
    for order, y in enumerate(s.y):
        assert not np.isnan(y).any(), (act.id, params, x_range, order, s.x[np.isnan(y)][:3])
    for k in s.kinks:
        assert not any(math.isnan(v) for v in (*k.value, *k.left, *k.right)), (act.id, params, k)
    return s


@pytest.mark.parametrize("fid", names())
@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@example(x_range=(700.0, 800.0), width=1920, data=None)
@example(x_range=(-1e12, 1e12), width=1920, data=None)
@example(x_range=(709.0, 710.0), width=800, data=None)
@example(x_range=(1e12 - 1e-3, 1e12), width=1, data=None)
@given(x_range=_ranges(1e12), width=st.integers(1, 4000), data=st.data())
def test_any_finite_range_samples_without_warning_or_nan(fid, x_range, width, data):
    """Across every range within ±1e12, values near and past the float limits included
    (eˣ over [700, 800]), sampling warns about nothing and yields no NaN."""
    act = get(fid)
    params = {} if data is None else data.draw(_any_params(act))
    try:
        act.resolve(**params)
    except ValueError:  # a combination the function refuses (e.g. min_val ≥ max_val)
        assume(False)
    _assert_clean_sample(act, params, x_range, width)


@pytest.mark.parametrize("fid", names())
@pytest.mark.parametrize("x_range", [(-FLOAT_MAX, FLOAT_MAX), (1e308, FLOAT_MAX), (-FLOAT_MAX, -1e300)])
def test_ranges_at_the_float_limits_sample_cleanly(fid, x_range):
    _assert_clean_sample(get(fid), {}, x_range, 1920)


def test_overflowing_values_become_inf_and_are_not_connected():
    s = _assert_clean_sample(get("exponential"), {}, (700.0, 800.0), 1920)
    big = np.isinf(s.f)
    edge = math.log(FLOAT_MAX)  # eˣ leaves the float range just above x = 709.78
    assert np.isposinf(s.f[big]).all() and (s.x[big] > edge - 1e-12).all() and (s.x[~big] < edge + 1e-12).all()
    assert s.f[~big].max() > 1e307  # the curve runs right up to the edge of the float range
    assert not s.connect(0)[big].any()
    # a stretch that is all +inf needs no refinement: far fewer points than pixels
    assert len(s.x) < 400
