"""Values and autograd derivatives against PyTorch itself, where PyTorch is installed.

CI installs the CPU build; a plain developer set-up without it skips these tests.
"""

import numpy as np
import pytest
from torch_reference import autograd, torch_fn

from actviz.core import get, names

torch = pytest.importorskip("torch")

# PyTorch's hardsigmoid backward uses the float32 constant 1/6 even in float64.
RTOL = {"hardsigmoid": 1e-7}


def points(act, params):
    xs = set(np.linspace(-7.0, 7.0, 141).tolist())
    for k in act.kinks(**params):
        xs.update([k, np.nextafter(k, -np.inf), np.nextafter(k, np.inf)])
    xs.update([0.0, 25.0, -25.0, 1e-8, -1e-8])
    return sorted(xs)


PARAMS = {
    "leaky_relu": [{}, {"negative_slope": 0.2}, {"negative_slope": 0.0}],
    "elu": [{}, {"alpha": 0.5}, {"alpha": 2.5}],
    "celu": [{}, {"alpha": 0.5}],
    "softplus": [{}, {"beta": 2.0, "threshold": 5.0}, {"beta": 0.5, "threshold": 3.0}],
    "hardtanh": [{}, {"min_val": -2.0, "max_val": 0.5}],
    "softshrink": [{}, {"lambd": 1.25}],
    "hardshrink": [{}, {"lambd": 1.25}],
    "threshold": [{}, {"threshold": 1.0, "value": -2.0}],
    "gelu": [{"approximate": "none"}, {"approximate": "tanh"}],
    "rrelu": [{}, {"lower": 0.1, "upper": 0.6}],
    "swish": [{}, {"beta": 3.0}],
    "squareplus": [{}, {"b": 0.5}],
    "prelu": [{}, {"weight": 0.6}],
    "isru": [{}, {"alpha": 3.0}],
    "sine": [{}, {"w0": 30.0}],
    "snake": [{}, {"alpha": 0.3}],
}

CASES = [(fid, p) for fid in names() for p in PARAMS.get(fid, [{}]) if torch_fn(fid, get(fid).resolve(**p))]


def test_every_function_the_catalog_takes_from_pytorch_is_compared_with_it():
    # The catalog says where each function comes from; a PyTorch one added without a reference
    # here would otherwise go unchecked.
    from_pytorch = {fid for fid in names() if get(fid).source == "PyTorch"}
    compared = {fid for fid, _ in CASES}
    assert len(from_pytorch) >= 20
    assert from_pytorch <= compared, f"no PyTorch reference for {sorted(from_pytorch - compared)}"


def test_every_parameter_of_a_compared_function_is_compared_away_from_its_default():
    untried = [
        f"{fid}.{p.name}"
        for fid in sorted({fid for fid, _ in CASES})
        for p in get(fid).params
        if not any(f == fid and params.get(p.name, p.default) != p.default for f, params in CASES)
    ]
    assert not untried, f"compared only at their defaults: {untried}"


@pytest.mark.parametrize("fid, params", CASES, ids=[f"{f}-{i}" for i, (f, _) in enumerate(CASES)])
def test_matches_pytorch_autograd(fid, params):
    act = get(fid)
    p = act.resolve(**params)
    xs = points(act, p)
    ref = autograd(torch_fn(fid, p), xs)
    x = np.array(xs)
    rtol = RTOL.get(fid, 1e-9)
    for order, fn in enumerate((act.f, act.df, act.d2f)):
        if ref[order] is None:
            continue
        np.testing.assert_allclose(fn(x, **p), ref[order], rtol=rtol, atol=1e-12, err_msg=f"{fid} order {order}")
