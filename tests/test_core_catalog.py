"""The catalog's public API: ids, metadata, parameters, errors and reference values."""

import math
import subprocess
import sys

import numpy as np
import pytest

from actviz.core import GROUPS, get, names

ALL = names()


def test_catalog_is_large_and_seeds_come_first():
    assert len(ALL) >= 35
    assert ALL[:4] == ["relu", "leaky_relu", "sigmoid", "tanh"]
    assert len(set(ALL)) == len(ALL)


def test_display_order_groups_the_rest():
    groups = [GROUPS.index(get(i).group) for i in ALL[4:]]
    assert groups == sorted(groups)


@pytest.mark.parametrize("fid", ALL)
def test_metadata_is_complete(fid):
    a = get(fid)
    assert a.id == fid
    assert a.label and a.group in GROUPS
    assert a.latex_f and a.latex_df and a.formula
    assert a.convention.endswith(".")
    p = a.properties
    assert p is not None and p.output_range
    assert "range" in p.summary()
    for prm in a.params:
        assert prm.symbol and prm.description
        if prm.is_choice:
            assert prm.default in prm.choices
        else:
            assert prm.min <= prm.default <= prm.max
            assert prm.step > 0
            assert math.isfinite(prm.min)
            assert math.isfinite(prm.max) or prm.soft_max is not None


def test_parameter_names_follow_pytorch():
    assert [p.name for p in get("leaky_relu").params] == ["negative_slope"]
    assert [p.name for p in get("softplus").params] == ["beta", "threshold"]
    assert [p.name for p in get("hardtanh").params] == ["min_val", "max_val"]
    assert [p.name for p in get("softshrink").params] == ["lambd"]
    assert get("gelu").param("approximate").choices == ("none", "tanh")
    assert get("elu").param("alpha").symbol == "α"


def test_arxiv_ids_where_known():
    assert get("gelu").arxiv == "1606.08415"
    assert get("swish").arxiv == "1710.05941"
    assert "arXiv:1606.08415" in get("gelu").reference


def test_reference_values_from_the_starting_material():
    relu = get("relu")
    for x, want in [(1.0, 1.0), (-10.0, 0.0), (0.0, 0.0), (15.0, 15.0), (-20.0, 0.0)]:
        assert relu.f(x) == want
    leaky = get("leaky_relu")
    assert leaky.f(-10.0, negative_slope=0.01) == pytest.approx(-0.1, abs=1e-15)
    assert leaky.f(-20.0, negative_slope=0.01) == pytest.approx(-0.2, abs=1e-15)
    assert leaky.f(15.0, negative_slope=0.01) == 15.0


def test_known_values():
    assert get("sigmoid").f(0.0) == 0.5
    assert get("sigmoid").df(40.0) == pytest.approx(4.248354255291589e-18, rel=1e-12)
    assert get("tanh").df(20.0) == pytest.approx(4 * math.exp(-40), rel=1e-9)
    assert get("gelu").f(1.0) == pytest.approx(0.8413447460685429, rel=1e-14)
    assert get("tanhshrink").f(1e-5) == pytest.approx(1e-15 / 3, rel=1e-9)
    assert get("softplus").f(30.0) == 30.0  # linear above the threshold, as PyTorch
    assert get("exponential").f(710.0) == math.inf


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize("fid", ALL)
def test_dtype_is_preserved(fid, dtype):
    a = get(fid)
    x = np.linspace(-4, 4, 11).astype(dtype)
    for fn in (a.f, a.df, a.d2f):
        out = fn(x)
        assert out.dtype == dtype
        assert out.shape == x.shape


def test_scalars_give_scalars():
    out = get("sigmoid").f(0.0)
    assert isinstance(out, float) and out == 0.5
    out32 = get("sigmoid").f(np.float32(0.0))
    assert out32.dtype == np.float32
    assert get("relu").df(3) == 1.0  # ints are accepted


def test_input_is_not_modified_or_aliased():
    x = np.array([-1.0, 0.0, 2.0])
    y = get("linear").f(x)
    y[0] = 99.0
    assert x[0] == -1.0


def test_unknown_id_lists_the_ids():
    with pytest.raises(KeyError) as e:
        get("reluu")
    assert "reluu" in str(e.value) and "leaky_relu" in str(e.value)


def test_unknown_parameter_is_named():
    with pytest.raises(ValueError, match=r"alpha.*negative_slope"):
        get("leaky_relu").f(1.0, alpha=0.2)


@pytest.mark.parametrize(
    "fid, params, fragment",
    [
        ("leaky_relu", {"negative_slope": 2.0}, r"negative_slope must be a number in \[0, 1\]"),
        ("leaky_relu", {"negative_slope": float("nan")}, "negative_slope"),
        ("leaky_relu", {"negative_slope": "big"}, "negative_slope"),
        ("celu", {"alpha": 0.0}, r"alpha must be a number in \[0.1, 5\]"),
        ("gelu", {"approximate": "fast"}, "approximate must be one of 'none', 'tanh'"),
        ("hardtanh", {"min_val": 1.0, "max_val": -1.0}, "min_val must be < max_val"),
        ("rrelu", {"lower": 0.5, "upper": 0.1}, "lower must be ≤ upper"),
    ],
)
def test_bad_parameter_values_are_refused_with_the_range(fid, params, fragment):
    with pytest.raises(ValueError, match=fragment):
        get(fid).f(0.0, **params)


def test_kinks_follow_parameters():
    assert get("relu").kinks() == (0.0,)
    assert get("hardtanh").kinks(min_val=-2.0, max_val=0.5) == (-2.0, 0.5)
    assert get("softplus").kinks(beta=2.0, threshold=10.0) == (5.0,)
    assert get("squareplus").kinks(b=0.0) == (0.0,)
    assert get("squareplus").kinks() == ()
    assert get("keras_relu").kinks(threshold=-1.0, max_value=3.0) == (-1.0, 0.0, 3.0)


def test_large_arrays_match_small_ones(monkeypatch):
    """Big inputs are evaluated in chunks (on several threads): same numbers, same shape."""
    import actviz.core.activation as cat

    x = np.linspace(-30, 30, 3 * cat.CHUNK + 17).reshape(-1, 1)
    x[5] = np.inf
    x[7] = np.nan
    threaded = {}
    for fid in ("gelu", "hardswish", "softplus"):
        act = get(fid)
        big = act.df(x)
        assert big.shape == x.shape
        small = np.concatenate([act.df(x[i : i + 1000]) for i in range(0, len(x), 1000)])
        np.testing.assert_array_equal(big, small)
        threaded[fid] = big
    monkeypatch.setattr(cat, "THREADS", 1)
    for fid, big in threaded.items():
        np.testing.assert_array_equal(get(fid).df(x), big)


def keras_relu_reference(x, negative_slope=0.0, max_value=None, threshold=0.0):
    """Keras's relu, step by step as its documentation describes it."""
    x = np.asarray(x, dtype=float)
    if negative_slope != 0.0:
        negative_part = np.maximum(-x + threshold, 0.0) if threshold != 0 else np.maximum(-x, 0.0)
    if threshold != 0:
        y = x * (x > threshold)  # "computes x for x > threshold else 0"
    else:
        y = np.maximum(x, 0.0)
    if max_value is not None:
        y = np.clip(y, 0.0, max_value)
    if negative_slope != 0.0:
        y = y - negative_slope * negative_part
    return y


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"negative_slope": 0.1},
        {"threshold": -1.0},
        {"threshold": -1.0, "negative_slope": 0.2},
        {"threshold": 1.5},
        {"threshold": 1.5, "max_value": 4.0, "negative_slope": 0.3},
        {"threshold": -1.0, "max_value": 2.0},
        {"max_value": 6.0},
    ],
)
def test_keras_relu_matches_keras_formula(params):
    x = np.linspace(-6, 6, 1201)
    ref = keras_relu_reference(x, **params)
    act = get("keras_relu")
    np.testing.assert_allclose(act.f(x, **params), ref, atol=1e-15)
    # and f′ agrees with finite differences of Keras's formula away from the kinks
    h = 1e-6
    kinks = np.array(act.kinks(**params))
    keep = np.min(np.abs(x[:, None] - kinks[None, :]), axis=1) > 1e-3
    fd = (keras_relu_reference(x + h, **params) - keras_relu_reference(x - h, **params)) / (2 * h)
    np.testing.assert_allclose(act.df(x, **params)[keep], fd[keep], atol=1e-6)


def test_tune_allocator_is_harmless_and_reports_itself():
    import sys

    from actviz.core import tune_allocator

    applied = tune_allocator()
    assert applied == sys.platform.startswith("linux")  # glibc here; False elsewhere
    assert get("relu").f(np.array([-1.0, 2.0])).tolist() == [0.0, 2.0]


# ---------------------------------------------------------------- layout and the registry
def test_each_group_has_its_own_module_in_display_order():
    from actviz.core.activations import (
        CATALOG,
        periodic_other,
        rectifiers,
        shrinkage,
        sigmoid_like,
        smooth_rectifiers,
    )

    modules = (rectifiers, smooth_rectifiers, sigmoid_like, shrinkage, periodic_other)
    for module, group in zip(modules, GROUPS):
        assert {a.group for a in module.ACTIVATIONS} == {group}, module.__name__
    assert [a.id for a in CATALOG] == [a.id for m in modules for a in m.ACTIVATIONS]
    seeds = ["relu", "leaky_relu", "sigmoid", "tanh"]
    assert seeds + [a.id for a in CATALOG if a.id not in seeds] == ALL
    assert all(get(a.id) is a for a in CATALOG)


def test_the_catalog_and_machinery_import_on_their_own():
    """Any core module can be imported first, into a clean slate: no import cycle."""
    modules = ["actviz.core.activation", "actviz.core.registry", "actviz.core.sampler"] + [
        f"actviz.core.activations.{m}"
        for m in ("rectifiers", "smooth_rectifiers", "sigmoid_like", "shrinkage", "periodic_other")
    ]
    code = (
        "import importlib, sys\n"
        f"for module in {modules!r}:\n"
        "    for name in [m for m in sys.modules if m.split('.')[0] == 'actviz']:\n"
        "        del sys.modules[name]\n"
        "    importlib.import_module(module)\n"
        "    assert len(sys.modules['actviz.core.registry'].names()) >= 35, module\n"
    )
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert res.returncode == 0, res.stderr


def test_register_refuses_an_unknown_group_and_a_taken_id():
    from actviz.core.activation import Activation, by_order
    from actviz.core.registry import register

    relu = get("relu")
    odd = Activation(id="odd_one", label="Odd", group="odd group", kernels=relu.kernels, tails=relu.tails)
    with pytest.raises(ValueError, match="unknown group 'odd group'"):
        register(odd)
    with pytest.raises(ValueError, match="duplicate activation id 'relu'"):
        register(relu)
    assert "odd_one" not in names()
    # by_order: one kernel with an order keyword gives the three
    f, df, d2f = by_order(lambda x, *, order: x + order)
    x = np.array([1.0])
    assert (f(x), df(x), d2f(x)) == (1.0, 2.0, 3.0)


def test_properties_name_their_flags():
    from actviz.core import Properties

    plain = Properties("(0, 1)")
    assert plain.summary() == "range (0, 1) · non-monotonic · not smooth · unbounded"
    assert Properties("(0, 1)", monotonic=True, bounded_below=True, saturating=True).summary() == (
        "range (0, 1) · monotonic · not smooth · bounded below · saturating"
    )
    with pytest.raises(TypeError):
        Properties("(0, 1)", True)  # flags are keywords: a bare True says nothing
    sig = get("sigmoid").properties
    assert sig.monotonic and sig.smooth and sig.saturating and not sig.zero_centred


# ------------------------------------------------------------------------- evaluate_all
def _sweep_with_specials(dtype):
    x = np.concatenate([np.linspace(-8, 8, 161), [0.0, -0.0, 1e-300, 40.0, -40.0, 710.0, -710.0, 1e300, -1e300]])
    with np.errstate(over="ignore"):
        x = x.astype(dtype)
    return np.concatenate([x, np.array([np.inf, -np.inf, np.nan], dtype=dtype)])


def _param_sets(act):
    out = [act.resolve()]
    for p in act.params:
        values = p.choices if p.is_choice else (p.min, p.max if math.isfinite(p.max) else 1e308)
        for v in values:
            try:
                out.append(act.resolve(**{p.name: v}))
            except ValueError:
                continue
    return out


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize("fid", ALL)
def test_evaluate_all_equals_three_evaluations_exactly(fid, dtype):
    act = get(fid)
    x = _sweep_with_specials(dtype)
    for p in _param_sets(act):
        with np.errstate(over="ignore"):  # keras_relu's kink at max_value=1e308 is inf in float32
            kinks = np.array(act.kinks_resolved(p)).astype(dtype)
        kinks = kinks[np.isfinite(kinks)]
        xs = np.concatenate([x, kinks, np.nextafter(kinks, dtype(-np.inf)), np.nextafter(kinks, dtype(np.inf))])
        got = act.evaluate_all(xs, p)
        for order in range(3):
            want = act.evaluate(xs, order, p)
            assert got[order].dtype == dtype and got[order].shape == xs.shape
            np.testing.assert_array_equal(got[order], want, err_msg=f"{fid} {p} order {order}")


def test_evaluate_all_keeps_shape_and_scalars_and_shares_no_memory():
    act = get("exponential")  # its joint kernel computes eˣ once for all three
    x = np.linspace(-2, 2, 12).reshape(3, 4)
    f, df, d2f = act.evaluate_all(x)
    assert f.shape == df.shape == d2f.shape == (3, 4)
    assert not any(np.shares_memory(a, b) for a, b in ((f, df), (f, d2f), (df, d2f), (f, x)))
    f[0, 0] = 99.0
    assert df[0, 0] != 99.0 and d2f[0, 0] != 99.0
    one = act.evaluate_all(1.0)
    assert all(isinstance(v, np.floating) for v in one) and one[0] == math.e
    big = np.linspace(-3, 3, 2 * 131072 + 5)  # the chunked path
    np.testing.assert_array_equal(get("gelu").evaluate_all(big)[1], get("gelu").df(big))


def test_evaluate_all_fills_in_and_checks_parameters():
    act = get("elu")
    assert act.evaluate_all(-1.0, {"alpha": 2.0})[0] == pytest.approx(2.0 * math.expm1(-1.0))
    assert act.evaluate_all(-1.0)[0] == pytest.approx(math.expm1(-1.0))
    with pytest.raises(ValueError, match="alpha must be a number"):
        get("celu").evaluate_all(1.0, {"alpha": 0.0})
    with pytest.raises(ValueError, match="has no parameter 'beta'"):
        act.evaluate_all(1.0, {"beta": 1.0})


def test_evaluate_refuses_an_order_other_than_0_1_2():
    act = get("relu")
    for order in (-1, 3):
        with pytest.raises(ValueError, match="order must be 0, 1 or 2"):
            act.evaluate(1.0, order, act.resolve())
