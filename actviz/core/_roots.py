"""A bracketing root finder (Brent's method), so that the mean-field theory needs no
``scipy.optimize``: importing it costs start-up time and drags SciPy's linear algebra into the
packaged app, which otherwise ships without it."""

from __future__ import annotations

import math
from collections.abc import Callable


def brent(
    f: Callable[[float], float],
    a: float,
    b: float,
    *,
    xtol: float = 1e-300,
    rtol: float = 8.9e-16,
    maxiter: int = 200,
) -> float:
    """A root of ``f`` in ``[a, b]``, where ``f(a)`` and ``f(b)`` differ in sign.

    Inverse quadratic interpolation or the secant step where they make good progress, bisection
    where they do not, so it never does worse than bisection. Stops when the bracket is narrower
    than ``2 * (xtol + rtol * |x|)``. Raises ``ValueError`` if ``f(a)`` and ``f(b)`` have the
    same sign, ``RuntimeError`` if ``maxiter`` steps were not enough.
    """
    fa, fb = f(a), f(b)
    if fa == 0.0:
        return a
    if fb == 0.0:
        return b
    if (fa > 0) == (fb > 0):
        raise ValueError(f"f(a) and f(b) must differ in sign, got f({a!r}) = {fa!r} and f({b!r}) = {fb!r}")
    # b is the best guess so far, a the previous one, c the other end of the bracket [b, c].
    c, fc = a, fa
    d = e = b - a
    for _ in range(maxiter):
        if (fb > 0) == (fc > 0):
            c, fc = a, fa
            d = e = b - a
        if abs(fc) < abs(fb):
            a, b, c = b, c, b
            fa, fb, fc = fb, fc, fb
        tol = 2.0 * (xtol + rtol * abs(b))
        m = 0.5 * (c - b)
        if abs(m) <= tol or fb == 0.0:
            return b
        if abs(e) >= tol and abs(fa) > abs(fb):
            s = fb / fa
            if a == c:  # two points: the secant step
                p, q = 2.0 * m * s, 1.0 - s
            else:  # three points: inverse quadratic interpolation
                qa, r = fa / fc, fb / fc
                p = s * (2.0 * m * qa * (qa - r) - (b - a) * (r - 1.0))
                q = (qa - 1.0) * (r - 1.0) * (s - 1.0)
            if p > 0:
                q = -q
            else:
                p = -p
            if 2.0 * p < min(3.0 * m * q - abs(tol * q), abs(e * q)):
                e, d = d, p / q  # the interpolation is good: take it
            else:
                d = e = m  # too slow or out of the bracket: bisect
        else:
            d = e = m
        a, fa = b, fb
        b += d if abs(d) > tol else math.copysign(tol, m)
        fb = f(b)
    raise RuntimeError(f"no root found in {maxiter} steps")


__all__ = ["brent"]
