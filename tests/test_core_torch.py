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
}

CASES = [(fid, p) for fid in names() for p in PARAMS.get(fid, [{}]) if torch_fn(fid, get(fid).resolve(**p))]


def test_most_of_the_catalog_has_a_pytorch_reference():
    assert len({fid for fid, _ in CASES}) >= 35


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
