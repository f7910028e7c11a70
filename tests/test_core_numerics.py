"""Derivatives, kink conventions, and numerical stability of every catalog function."""

import math
import warnings

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from actviz.core import get, names

ALL = names()


def param_values(act):
    """A hypothesis strategy for a valid parameter dict of ``act``."""
    fields = {}
    for p in act.params:
        if p.is_choice:
            fields[p.name] = st.sampled_from(p.choices)
        else:
            hi = p.max if math.isfinite(p.max) else p.soft_max
            fields[p.name] = st.floats(p.min, hi, allow_nan=False)
    return st.fixed_dictionaries(fields)


def valid(act, params):
    try:
        return act.resolve(**params)
    except ValueError:
        return None


def central_difference(fn, x, h):
    return (fn(x + h) - fn(x - h)) / (2 * h)


@pytest.mark.parametrize("fid", ALL)
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_derivatives_match_finite_differences(fid, data):
    act = get(fid)
    params = valid(act, data.draw(param_values(act)))
    if params is None:
        return
    x = np.array(data.draw(st.lists(st.floats(-6, 6), min_size=1, max_size=8)))
    h = 1e-5
    kinks = np.array(act.kinks(**params))
    if kinks.size:  # stay clear of kinks, where a central difference straddles two pieces
        x = x[np.min(np.abs(x[:, None] - kinks[None, :]), axis=1) > 10 * h]
    if act.id == "softplus":  # the linear switch-over is a kink too: keep off it as well
        x = x[np.abs(params["beta"] * x - params["threshold"]) > 1e-3]
    if act.id == "squareplus":  # for tiny b the bend at 0 is √b wide: narrower than h
        x = x[np.abs(x) > 1e3 * math.sqrt(params["b"]) + 10 * h]
    if x.size == 0:
        return
    for lower, upper in ((act.f, act.df), (act.df, act.d2f)):
        want = central_difference(lambda v: lower(v, **params), x, h)
        got = upper(x, **params)
        scale = np.maximum(1.0, np.abs(lower(x, **params)))
        np.testing.assert_allclose(got, want, rtol=2e-4, atol=2e-5 * scale.max() * max(1.0, np.abs(got).max()))


# (id, params, x, f′(x), f″(x)) at kinks: PyTorch autograd's answers (checked with PyTorch 2.13).
SELU_LA = 1.0507009873554804934193349852946 * 1.6732632423543772848170429916717
KINK_CASES = [
    ("relu", {}, 0.0, 0.0, 0.0),
    ("leaky_relu", {"negative_slope": 0.2}, 0.0, 0.2, 0.0),
    ("prelu", {}, 0.0, 0.25, 0.0),
    ("elu", {"alpha": 1.5}, 0.0, 1.5, 0.0),
    ("celu", {"alpha": 2.0}, 0.0, 1.0, 0.0),
    ("selu", {}, 0.0, SELU_LA, 0.0),
    ("hardtanh", {}, -1.0, 0.0, 0.0),
    ("hardtanh", {}, 1.0, 0.0, 0.0),
    ("relu6", {}, 0.0, 0.0, 0.0),
    ("relu6", {}, 6.0, 0.0, 0.0),
    ("hardsigmoid", {}, -3.0, 0.0, 0.0),
    ("hardsigmoid", {}, 3.0, 0.0, 0.0),
    ("hardswish", {}, -3.0, 0.0, 0.0),
    ("hardswish", {}, 3.0, 1.0, 0.0),
    ("softshrink", {"lambd": 0.5}, 0.5, 0.0, 0.0),
    ("softshrink", {"lambd": 0.5}, -0.5, 0.0, 0.0),
    ("hardshrink", {"lambd": 0.5}, 0.5, 0.0, 0.0),
    ("hardshrink", {"lambd": 0.5}, -0.5, 0.0, 0.0),
    ("threshold", {"threshold": 1.0, "value": -1.0}, 1.0, 0.0, 0.0),
    ("softsign", {}, 0.0, 1.0, 0.0),
    ("gelu", {}, 0.0, 0.5, math.sqrt(2 / math.pi)),
    ("gelu", {"approximate": "tanh"}, 0.0, 0.5, math.sqrt(2 / math.pi)),
    ("silu", {}, 0.0, 0.5, 0.5),
    ("relu_squared", {}, 0.0, 0.0, 0.0),
    ("softplus", {"beta": 1.0, "threshold": 20.0}, 20.0, 1 / (1 + math.exp(-20.0)), 0.0),
    ("sparse_plus", {}, -1.0, 0.0, 0.0),
    ("sparse_plus", {}, 1.0, 1.0, 0.0),
]


@pytest.mark.parametrize("fid, params, x, d1, d2", KINK_CASES)
def test_kink_conventions(fid, params, x, d1, d2):
    act = get(fid)
    assert act.df(x, **params) == pytest.approx(d1, rel=1e-12, abs=1e-15)
    assert act.d2f(x, **params) == pytest.approx(d2, rel=1e-12, abs=1e-15)


def test_hardshrink_and_threshold_values_at_the_jump():
    assert get("hardshrink").f(0.5, lambd=0.5) == 0.0
    assert get("hardshrink").f(0.5000001, lambd=0.5) == 0.5000001
    assert get("threshold").f(1.0, threshold=1.0, value=-1.0) == -1.0
    assert get("binary_step").f(0.0) == 1.0 and get("binary_step").f(-1e-300) == 0.0


def _sweep(dtype):
    fi = np.finfo(dtype)
    base = [0.0, -0.0, 1e-300, -1e-300, 1.0, -1.0, 3.0, -3.0, 6.0, 20.0, 40.0, -40.0, 88.0, 89.0,
            700.0, 710.0, -710.0, 1e10, -1e10, 1e20, -1e20, 1e155, -1e155, 1e300, -1e300]
    vals = np.array(base + list(np.geomspace(1e-30, float(fi.max) * 0.999, 400)), dtype=np.float64)
    with np.errstate(over="ignore"):
        vals = vals.astype(dtype)
    vals = vals[np.isfinite(vals)]
    vals = np.concatenate([vals, -vals, np.array([fi.max, -fi.max, fi.tiny, -fi.tiny], dtype=dtype)])
    return vals


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize("fid", ALL)
def test_no_warning_and_no_nan_for_finite_input(fid, dtype):
    act = get(fid)
    x = _sweep(dtype)
    neg, pos = act.tails(**act.defaults())
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with np.errstate(over="raise", invalid="raise", divide="raise"):
            for order, fn in enumerate((act.f, act.df, act.d2f)):
                y = fn(x)
                assert y.dtype == dtype
                assert not np.isnan(y).any(), f"{fid} order {order} gives NaN at {x[np.isnan(y)][:3]}"
                # inf only where the true value really leaves the float range: the tail is infinite
                inf = np.isinf(y)
                for side, lim in ((x > 0, pos[order]), (x < 0, neg[order])):
                    bad = inf & side
                    if bad.any():
                        assert math.isinf(lim), f"{fid} order {order} overflows at {x[bad][:3]}"


@pytest.mark.parametrize("fid", ALL)
def test_infinities_give_limits_and_nan_propagates(fid):
    act = get(fid)
    neg, pos = act.tails(**act.defaults())
    x = np.array([-np.inf, np.inf, np.nan, 0.5])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for order, fn in enumerate((act.f, act.df, act.d2f)):
            y = fn(x)
            np.testing.assert_equal(y[:3], [neg[order], pos[order], np.nan])
            assert np.isfinite(y[3])


@pytest.mark.parametrize("fid", ALL)
def test_tails_match_far_values(fid):
    """The declared limits at ±inf agree with the function far out (a check on the metadata)."""
    act = get(fid)
    neg, pos = act.tails(**act.defaults())
    for x, lim in ((1e6, pos), (-1e6, neg)):
        for order, fn in enumerate((act.f, act.df, act.d2f)):
            want = lim[order]
            got = fn(x)
            if math.isnan(want):
                continue
            if math.isinf(want):
                assert abs(got) > 1e3 and np.sign(got) == np.sign(want), (fid, order, x, got)
            else:
                assert got == pytest.approx(want, abs=1e-6), (fid, order, x, got)


def test_naive_formula_traps_are_avoided():
    sig = get("sigmoid")
    with np.errstate(over="raise"):
        assert sig.f(-800.0) == 0.0 or sig.f(-800.0) < 1e-300
        assert get("tanh").f(800.0) == 1.0
    assert sig.df(40.0) > 0  # σ(1−σ) would give 0 here


def test_float32_and_float64_agree():
    x = np.linspace(-8, 8, 101)
    for fid in ALL:
        act = get(fid)
        for fn in (act.f, act.df):
            a64 = fn(x)
            a32 = fn(x.astype(np.float32)).astype(np.float64)
            np.testing.assert_allclose(a32, a64, rtol=2e-5, atol=1e-5 * max(1.0, np.abs(a64).max()), err_msg=fid)


def _extreme_params(act):
    """Each numeric parameter at its min and at its (soft) max, the others at defaults."""
    out = []
    for p in act.params:
        if p.is_choice:
            out += [{p.name: c} for c in p.choices]
            continue
        hi = p.max if math.isfinite(p.max) else p.soft_max
        for v in (p.min, hi):
            try:
                act.resolve(**{p.name: v})
            except ValueError:  # e.g. hardtanh min_val at its max would cross max_val
                continue
            out.append({p.name: v})
    return out or [{}]


EXTREME_CASES = [(fid, p) for fid in ALL for p in _extreme_params(get(fid))]


@pytest.mark.parametrize("fid, params", EXTREME_CASES, ids=[f"{f}-{p}" for f, p in EXTREME_CASES])
def test_stable_at_parameter_extremes(fid, params):
    act = get(fid)
    neg, pos = act.tails(**act.resolve(**params))
    for dtype in (np.float32, np.float64):
        x = np.concatenate([_sweep(dtype), np.array([np.inf, -np.inf, np.nan], dtype=dtype)])
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            with np.errstate(over="raise", invalid="raise", divide="raise"):
                for order, fn in enumerate((act.f, act.df, act.d2f)):
                    y = fn(x, **params)
                    assert y.dtype == dtype
                    finite_in = np.isfinite(x)
                    assert not np.isnan(y[finite_in]).any(), (fid, params, order)
                    np.testing.assert_equal(y[-3:-1], np.array([pos[order], neg[order]], dtype=dtype))


def test_own_logistic_matches_scipy_expit():
    from scipy.special import expit

    from actviz.core import _numerics as nm

    x = np.concatenate([np.linspace(-750, 750, 30001), [0.0, -0.0, 1e-300, -1e-300, 40.0, -40.0]])
    ours, ref = nm.expit(x), expit(x)
    normal = ref > 1e-300  # below, both are subnormal and may round to a neighbour
    np.testing.assert_allclose(ours[normal], ref[normal], rtol=5e-16, atol=0)
    np.testing.assert_allclose(ours[~normal], ref[~normal], rtol=0, atol=1e-300)
    x32 = x[np.abs(x) < 80].astype(np.float32)
    ours, ref = nm.expit(x32), expit(x32)
    normal = ref > 1e-37
    np.testing.assert_allclose(ours[normal], ref[normal], rtol=3e-7, atol=0)  # 2.5 float32 ulp
    np.testing.assert_allclose(ours[~normal], ref[~normal], rtol=0, atol=1e-37)
