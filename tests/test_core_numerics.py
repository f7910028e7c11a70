"""Derivatives, kink conventions, and numerical stability of every catalog function."""

import math
import warnings
from fractions import Fraction

import numpy as np
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from actviz.core import get, names, sample

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
# Points beside kinks are discarded on purpose (a central difference there straddles two
# pieces), so some functions discard many draws: that is the test's design, not a slow strategy.
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(data=st.data())
def test_derivatives_match_finite_differences(fid, data):
    act = get(fid)
    params = valid(act, data.draw(param_values(act)))
    assume(params is not None)  # an invalid combination is not an example, not a pass
    x = np.array(data.draw(st.lists(st.floats(-6, 6), min_size=1, max_size=8)))
    h = 1e-5
    kinks = np.array(act.kinks(**params))
    if kinks.size:  # stay clear of kinks, where a central difference straddles two pieces
        x = x[np.min(np.abs(x[:, None] - kinks[None, :]), axis=1) > 10 * h]
    if act.id == "softplus":  # the linear switch-over is a kink too: keep off it as well
        x = x[np.abs(params["beta"] * x - params["threshold"]) > 1e-3]
    if act.id == "squareplus":  # for tiny b the bend at 0 is √b wide: narrower than h
        x = x[np.abs(x) > 1e3 * math.sqrt(params["b"]) + 10 * h]
    assume(x.size > 0)
    for lower, upper in ((act.f, act.df), (act.df, act.d2f)):
        want = central_difference(lambda v, lower=lower: lower(v, **params), x, h)
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
    base = [
        0.0,
        -0.0,
        1e-300,
        -1e-300,
        1.0,
        -1.0,
        3.0,
        -3.0,
        6.0,
        20.0,
        40.0,
        -40.0,
        88.0,
        89.0,
        700.0,
        710.0,
        -710.0,
        1e10,
        -1e10,
        1e20,
        -1e20,
        1e155,
        -1e155,
        1e300,
        -1e300,
    ]
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


# -------------------------------------------------------------- precision beside the kinks
# Exact references for the piecewise-polynomial and rational functions: x is a float, so
# Fraction(x) is exact and so is every value below. Each maps (x, params) to (f, f′, f″).
F = Fraction


def _clip(v, lo, hi):
    return min(max(v, lo), hi)


def _ref_leaky(x, slope):
    return (x if x > 0 else F(slope) * x), (F(1) if x > 0 else F(slope)), F(0)


def _ref_keras_relu(x, negative_slope, max_value, threshold):
    pos = x if x > threshold else F(0)
    if math.isfinite(max_value):
        pos = _clip(pos, F(0), F(max_value))
    f = pos - F(negative_slope) * max(F(threshold) - x, F(0))
    up = x > threshold and (not math.isfinite(max_value) or 0 < x < max_value)
    return f, F(int(up)) + (F(negative_slope) if x < threshold else 0), F(0)


def _ref_softsign(x):
    r = 1 / (1 + abs(x))
    sign = (x > 0) - (x < 0)
    return x * r, r * r, -2 * sign * r**3


def _ref_sparse_plus(x):
    if x <= -1:
        return F(0), F(0), F(0)
    if x >= 1:
        return x, F(1), F(0)
    return (x + 1) ** 2 / 4, (x + 1) / 2, F(1, 2)


EXACT_REFERENCES = {
    "relu": lambda x: (max(x, F(0)), F(int(x > 0)), F(0)),
    "leaky_relu": lambda x, negative_slope: _ref_leaky(x, negative_slope),
    "prelu": lambda x, weight: _ref_leaky(x, weight),
    "relu6": lambda x: (_clip(x, F(0), F(6)), F(int(0 < x < 6)), F(0)),
    "keras_relu": _ref_keras_relu,
    "relu_squared": lambda x: (max(x, F(0)) ** 2, 2 * max(x, F(0)), F(2 * int(x > 0))),
    "hardswish": lambda x: (
        x * _clip(x + 3, F(0), F(6)) / 6,
        F(0) if x <= -3 else (2 * x + 3) / 6 if x < 3 else F(1),
        F(1, 3) if -3 < x < 3 else F(0),
    ),
    "hardsigmoid": lambda x: (_clip((x + 3) / 6, F(0), F(1)), F(1, 6) if -3 < x < 3 else F(0), F(0)),
    "sparse_sigmoid": lambda x: (_clip((x + 1) / 2, F(0), F(1)), F(1, 2) if -1 < x < 1 else F(0), F(0)),
    "hardtanh": lambda x, min_val, max_val: (_clip(x, F(min_val), F(max_val)), F(int(min_val < x < max_val)), F(0)),
    "threshold": lambda x, threshold, value: (x if x > threshold else F(value), F(int(x > threshold)), F(0)),
    "softshrink": lambda x, lambd: (
        x - F(lambd) if x > lambd else x + F(lambd) if x < -lambd else F(0),
        F(int(abs(x) > lambd)),
        F(0),
    ),
    "hardshrink": lambda x, lambd: (x if abs(x) > lambd else F(0), F(int(abs(x) > lambd)), F(0)),
    "sparse_plus": _ref_sparse_plus,
    "softsign": _ref_softsign,
    "binary_step": lambda x: (F(int(x >= 0)), F(0), F(0)),
    "squareplus": lambda x, b: (max(x, F(0)), F(int(x > 0)), F(0)),  # only used with b = 0
}
EXACT_PARAMS = {
    "leaky_relu": [{}, {"negative_slope": 0.2}],
    "prelu": [{}],
    "keras_relu": [
        {},
        {"threshold": -1.0, "max_value": 2.0, "negative_slope": 0.3},
        {"threshold": 1.5, "max_value": 4.0},
        {"max_value": 6.0, "negative_slope": 0.1},
    ],
    "hardtanh": [{}, {"min_val": -2.0, "max_val": 0.5}],
    "threshold": [{}, {"threshold": 1.0, "value": -2.0}],
    "softshrink": [{}, {"lambd": 1.25}],
    "hardshrink": [{}, {"lambd": 1.25}],
    "squareplus": [{"b": 0.0}],
}
# Points that are not kinks but where an affine piece crosses zero: the same cancellation
# (x/c + d) would lose the digits there.
EXTRA_POINTS = {"hardswish": [-1.5]}
EXACT_CASES = [(fid, p) for fid in EXACT_REFERENCES for p in EXACT_PARAMS.get(fid, [{}])]


def _beside(points, steps=3):
    """Each point and the ``steps`` floats either side of it."""
    out = []
    for k in points:
        lo = hi = float(k)
        out.append(lo)
        for _ in range(steps):
            lo, hi = math.nextafter(lo, -math.inf), math.nextafter(hi, math.inf)
            out += [lo, hi]
    return out


def _assert_close_to_exact(fid, got, want, x, order, ulps):
    """``got`` is within ``ulps`` units in the last place of the exact value ``want``."""
    want_f = float(want)  # correctly rounded
    if want_f == 0.0:
        assert got == 0.0, f"{fid} order {order} at x = {x!r}: {got!r}, want exactly 0"
        return
    err = abs(F(got) - want) / F(math.ulp(want_f))
    assert err <= ulps, f"{fid} order {order} at x = {x!r}: {got!r}, want {want_f!r} ({float(err):.3g} ulp off)"


@pytest.mark.parametrize("fid, params", EXACT_CASES, ids=[f"{f}-{p}" for f, p in EXACT_CASES])
def test_values_beside_each_kink_match_exact_arithmetic(fid, params):
    """One, two and three floats either side of every kink (and at it), f, f′ and f″ are within
    two ulp of the exact value. A naive x/6 + 1/2 was 25 % off one float above −3."""
    act = get(fid)
    p = act.resolve(**params)
    xs = _beside([*act.kinks(**p), *EXTRA_POINTS.get(fid, [])])
    ref = EXACT_REFERENCES[fid]
    for x in xs:
        want = ref(F(x), **p)
        got = act.evaluate_all(x, p)
        for order in range(3):
            _assert_close_to_exact(fid, float(got[order]), want[order], x, order, ulps=2)


MPMATH_CASES = [
    ("elu", {}),
    ("elu", {"alpha": 2.5}),
    ("selu", {}),
    ("celu", {"alpha": 0.5}),
    ("softplus", {}),
    ("softplus", {"beta": 2.0, "threshold": 5.0}),
]


def _mp_reference(mp, fid, x, p):
    """f, f′, f″ at the exact float x, with PyTorch's branch choices, in 50-digit arithmetic."""
    x = mp.mpf(x)
    if fid in ("elu", "selu"):
        a = mp.mpf(p.get("alpha", 1.6732632423543772848170429916717))
        scale = mp.mpf(1.0507009873554804934193349852946) if fid == "selu" else 1
        if x > 0:
            return scale * x, scale, 0
        return scale * a * mp.expm1(x), scale * a * mp.exp(x), 0 if x == 0 else scale * a * mp.exp(x)
    if fid == "celu":
        a = mp.mpf(p["alpha"])
        if x > 0:
            return x, 1, 0
        return a * mp.expm1(x / a), mp.exp(x / a), 0 if x == 0 else mp.exp(x / a) / a
    beta, t = mp.mpf(p["beta"]), mp.mpf(p["threshold"])
    z = beta * x
    sig = 1 / (1 + mp.exp(-z))
    f = x if z > t else mp.log1p(mp.exp(z)) / beta
    return f, 1 if z > t else sig, 0 if z >= t else beta * sig * (1 - sig)


@pytest.mark.parametrize("fid, params", MPMATH_CASES)
def test_exponential_units_beside_their_kinks_match_high_precision(fid, params):
    mpmath = pytest.importorskip("mpmath")
    act = get(fid)
    p = act.resolve(**params)
    with mpmath.workdps(50):
        for x in _beside(act.kinks(**p)):
            want = _mp_reference(mpmath, fid, x, p)
            got = act.evaluate_all(x, p)
            for order in range(3):
                w = float(want[order])
                tol = 4 * math.ulp(w) if w else 0.0
                assert abs(float(got[order]) - w) <= tol, (fid, params, x, order, float(got[order]), w)


# ------------------------------------------------------- Keras ReLU with a huge max_value
@pytest.mark.parametrize("max_value", [1e308, float(np.finfo(np.float64).max), 1e39, 3.0e38])
@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_keras_relu_with_a_huge_max_value_is_relu_below_it(max_value, dtype):
    act = get("keras_relu")
    x = np.concatenate([_sweep(dtype), np.array([np.inf, -np.inf, np.nan], dtype=dtype)])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with np.errstate(over="raise", invalid="raise", divide="raise"):
            f, df, d2f = act.evaluate_all(x, act.resolve(max_value=max_value))
    finite = x[:-3]
    top = dtype(max_value) if max_value <= float(np.finfo(dtype).max) else dtype(np.inf)
    np.testing.assert_array_equal(f[:-3], np.minimum(np.maximum(finite, 0), top))
    np.testing.assert_array_equal(df[:-3], ((finite > 0) & (finite < top)).astype(dtype))
    assert not d2f[:-1].any()
    # +inf gives the saturation value M, rounded to the dtype (so +inf in float32 for M > 3.4e38)
    with np.errstate(over="ignore"):
        assert f[-3] == np.array(max_value).astype(dtype)
    assert f[-2] == 0.0 and np.isnan(f[-1])
    assert act.kinks(max_value=max_value) == (0.0, max_value)


def test_keras_relu_with_a_huge_max_value_samples_cleanly():
    act = get("keras_relu")
    p = {"max_value": 1e308, "negative_slope": 0.1}
    s = sample(act, p, (-1e12, 1e12), 1920)
    np.testing.assert_array_equal(s.f, act.f(s.x, **p))
    assert [k.x for k in s.kinks] == [0.0]
    s = sample(act, p, (1e307, 1.7e308), 1920)  # the saturation itself in view
    (k,) = s.kinks
    assert k.x == 1e308 and k.value == (1e308, 0.0, 0.0)
    assert k.left[1] == 1.0 and k.right[1] == 0.0
    assert s.f.max() == 1e308 and np.isfinite(s.y).all()
