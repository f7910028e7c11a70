"""Brent's method in the core, checked against SciPy's (available to the tests, not to the core)."""

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.optimize import brentq

from actviz.core._roots import brent

CASES = [
    (lambda x: x * x - 2.0, 0.0, 2.0),
    (lambda x: math.cos(x) - x, 0.0, 1.0),
    (lambda x: x**3 - 2 * x - 5, 2.0, 3.0),
    (lambda x: math.exp(x) - 1e-9, -40.0, 5.0),
    (lambda x: math.tanh(10 * (x - 0.3)), -1.0, 1.0),
    (lambda x: (x - 1e-7) * 1e12, 0.0, 1.0),  # a root near one end, steep
    (lambda x: math.copysign(1.0, x - 0.123456789), 0.0, 1.0),  # a jump: bisection's case
]


@pytest.mark.parametrize(("f", "a", "b"), CASES)
def test_the_root_agrees_with_scipy(f, a, b):
    ours = brent(f, a, b, xtol=1e-15, rtol=4 * np.finfo(float).eps)
    theirs = brentq(f, a, b, xtol=1e-15, rtol=4 * np.finfo(float).eps)
    assert ours == pytest.approx(theirs, rel=1e-12, abs=1e-14)


@settings(max_examples=200, deadline=None)
@given(st.floats(-50, 50), st.floats(0.01, 20), st.floats(0.1, 10))
def test_a_shifted_cubic_is_solved_to_the_tolerance(root, width, scale):
    f = lambda x: scale * (x - root) ** 3 + (x - root)  # noqa: E731
    x = brent(f, root - width, root + 2 * width, xtol=1e-13, rtol=1e-15)
    assert abs(x - root) <= 1e-12 * max(1.0, abs(root))


def test_a_bracket_without_a_sign_change_is_refused():
    with pytest.raises(ValueError, match="differ in sign"):
        brent(lambda x: x * x + 1.0, -1.0, 1.0)


def test_the_ends_themselves_can_be_the_root():
    assert brent(lambda x: x, 0.0, 1.0) == 0.0
    assert brent(lambda x: x - 1.0, 0.0, 1.0) == 1.0
