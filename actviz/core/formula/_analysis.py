"""What a compiled formula does numerically: where it stops being finite, and its tails.

Both are found by evaluating, not by symbolic limits, so they can never hang: the stability
note watches every node of f, f′ and f″ on a grid and names the first node that turned finite
input into inf or NaN; the tails read the values far out (10^50 … 10^300).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import numpy as np
import sympy

from actviz.core.formula._program import POLES, Program

Expr = Any
ORDER_NAMES = ("f", "f′", "f″")
# Fine where shapes happen, then outwards past float64's exp limit (709.78), and sparsely on to
# 10^300 where powers of x overflow.
_OUTER = np.concatenate([np.geomspace(50.0, 1e6, 400), np.geomspace(1e6, 1e300, 300)])
GRID = np.unique(np.concatenate([np.linspace(-50.0, 50.0, 2001), _OUTER, -_OUTER]))
_BISECTIONS = 52
_MAX_REGIONS = 3


def stability_note(program: Program, params: Mapping[str, float], x_range: tuple[float, float] | None = None) -> str:
    """Where f, f′ or f″ is NaN or infinite for finite x, and which part of it causes that.

    Returns "" when all three are finite everywhere on the grid.
    """
    grid = GRID if x_range is None else np.unique(np.append(np.linspace(*x_range, 2001), 0.0))
    # node -> (where it became NaN, where it became ±inf), as masks over the grid
    causes: dict[Expr, tuple[np.ndarray, np.ndarray]] = {}

    def trace(expr: Expr, where: np.ndarray, values: np.ndarray) -> None:
        nan, inf = causes.setdefault(expr, (np.zeros(grid.size, dtype=bool), np.zeros(grid.size, dtype=bool)))
        nan[where[np.isnan(values)]] = True
        inf[where[np.isinf(values)]] = True

    values = program.run(grid, params, (0, 1, 2), trace=trace)
    lines = []
    for order, y in enumerate(values):
        inside = set(program.exprs(order))
        for kind, bad in (("NaN", np.isnan(y)), ("inf", np.isinf(y))):
            if not bad.any():
                continue
            if kind == "inf":
                kind = "+inf" if (y[bad] > 0).all() else "-inf" if (y[bad] < 0).all() else "±inf"
            test = np.isnan if kind == "NaN" else np.isinf
            where = _regions(program, params, order, grid, bad, test)
            why = [
                _describe(e, "NaN" if (nan & bad).any() else "inf")
                for e, (nan, inf) in causes.items()
                if e in inside and ((nan | inf) & bad).any()
            ]
            line = f"{ORDER_NAMES[order]} is {kind} {where}"
            if why:
                line += f" ({'; '.join(why[:2])} there)"
            lines.append(line)
    return "; ".join(lines)


def _describe(expr: Expr, kind: str) -> str:
    text = sympy.sstr(expr)
    text = text if len(text) <= 40 else text[:39] + "…"
    if kind == "NaN":
        return f"{text} is undefined"
    if isinstance(expr, POLES) or (expr.is_Pow and expr.exp.is_negative):
        return f"{text} is infinite"
    return f"{text} overflows"


def _regions(
    program: Program,
    params: Mapping[str, float],
    order: int,
    grid: np.ndarray,
    bad: np.ndarray,
    test: Callable[[np.ndarray], np.ndarray],
) -> str:
    if bad.all():
        return "for all x" if grid is GRID else "on the whole range"
    edges = np.flatnonzero(np.diff(bad.astype(np.int8)))  # bad changes between i and i+1
    runs: list[tuple[int, int]] = []
    start = 0 if bad[0] else None
    for i in edges.tolist():
        if start is None:
            start = i + 1
        else:
            runs.append((start, i))
            start = None
    if start is not None:
        runs.append((start, grid.size - 1))
    total = len(runs)
    runs = runs[:_MAX_REGIONS]
    # Refine every boundary at once: (good x, bad x) pairs, bisected together.
    pairs = [(grid[i - 1], grid[i]) if i > 0 else (np.nan, np.nan) for i, _ in runs]
    pairs += [(grid[j + 1], grid[j]) if j < grid.size - 1 else (np.nan, np.nan) for _, j in runs]
    good = np.array([p[0] for p in pairs])
    worse = np.array([p[1] for p in pairs])
    for _ in range(_BISECTIONS):
        mid = 0.5 * (good + worse)
        m_bad = test(program.run(mid, params, (order,))[0])
        worse = np.where(m_bad, mid, worse)
        good = np.where(m_bad, good, mid)
    # Bisection stops a few ulps from a boundary at 0; 1e-12 is far below any x the plot shows.
    worse = np.where(np.abs(worse) < 1e-12, 0.0, worse)
    lows, highs = worse[: len(runs)], worse[len(runs) :]
    texts = []
    for lo, hi in zip(lows, highs):
        if np.isnan(lo) and np.isnan(hi):
            texts.append("for all x")
        elif np.isnan(lo):
            texts.append(f"for x < {hi:.5g}")
        elif np.isnan(hi):
            texts.append(f"for x > {lo:.5g}")
        elif abs(hi - lo) <= 1e-9 * max(1.0, abs(lo)):
            texts.append(f"at x = {lo:.5g}")
        else:
            texts.append(f"for {lo:.5g} < x < {hi:.5g}")
    if total > _MAX_REGIONS:
        texts.append(f"and in {total - _MAX_REGIONS} more places")
    return ", ".join(texts)


Limits = tuple[float, float, float]


def tails(program: Program, params: Mapping[str, float]) -> tuple[Limits, Limits]:
    """(f, f′, f″) at −inf and at +inf, read from values at ±10^50 … ±10^300.

    A value that settles gives that limit; one that grows steadily in size with one sign gives
    ±inf; anything else (oscillation, NaN) gives NaN.
    """
    far = 10.0 ** np.arange(50, 301, 50)
    out: list[Limits] = []
    for side in (-1.0, 1.0):
        values = program.run(side * far, params, (0, 1, 2))
        f, df, d2f = (_limit(v) for v in values)
        out.append((f, df, d2f))
    return out[0], out[1]


def _limit(v: np.ndarray) -> float:
    if np.isnan(v).any():
        return float("nan")
    last = float(v[-1])
    if np.isinf(last):
        return last
    tail = v[-3:]
    if np.all(np.abs(tail - last) <= 1e-9 * max(1.0, abs(last))):
        return last
    size = np.abs(v)
    if (np.sign(v) == np.sign(last)).all() and (np.diff(size) > 0).all():
        return float(np.copysign(np.inf, last))
    return float("nan")
