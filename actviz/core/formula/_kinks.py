"""Where a formula has kinks: the x at which some non-smooth part switches.

The places come from the expression itself: the argument of abs, sign and heaviside is 0;
the two arguments of max and min are equal; the argument of clip meets a bound; a condition of
where/piecewise changes; the argument of a catalog function meets one of that function's own
kinks. Each such argument u(x) = K is solved for x once, symbolically, and the solution is
compiled, so that ``kinks(**params)`` only evaluates it:

1. u linear in x: x = (K − b)/a, with a and b compiled (parameters may change them);
2. otherwise SymPy's ``solveset`` over the reals, with K and the parameters as symbols, under a
   time limit; finite solutions are compiled, periodic families (``2nπ + c``) are listed for
   |n| ≤ 1000;
3. where neither works, a numeric search for sign changes of u(x) − K on [−1000, 1000] in
   steps of 0.1, refined by bisection (roots closer than 0.1 together can be missed).

Every candidate is checked by evaluating u there, which also drops complex and out-of-domain
solutions.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import sympy

from actviz.core.formula._budget import Budget, Expired
from actviz.core.formula._functions import CatalogCall, Clip, Max2, Min2
from actviz.core.formula._parse import X
from actviz.core.formula._program import CompileError, Program

Expr = Any
K = sympy.Symbol("target*", real=True)  # a name no user parameter can have
WINDOW = 1000.0
STEP = 0.1
PERIODS = 1000
MAX_KINKS = 5000
SOLVE_SECONDS = 0.5
_MAX_REFINE = 80
RESERVE_SECONDS = 0.3
_ONE = np.zeros(1)
_GRID = np.arange(-round(WINDOW / STEP), round(WINDOW / STEP) + 1) * STEP


def _zero(params: Mapping[str, float]) -> list[float]:
    return [0.0]


@dataclass
class _Solver:
    """Solves u(x) = K for x, for numeric parameters and K."""

    u: Expr
    exact: bool = True
    linear: Program | None = None  # outputs a, b of u = a·x + b
    points: Program | None = None  # outputs: the finite solutions, in terms of K and parameters
    images: list[Program] = field(default_factory=list)  # outputs c0, c1 of x = c0 + c1·n
    check: Program | None = None  # u itself, for verifying candidates

    def solve(self, target: float, params: Mapping[str, float]) -> list[float]:
        if self.linear is not None:
            a, b = (float(v[0]) for v in self.linear.run(_ONE, params, (0, 1)))
            if a == 0 or not math.isfinite(a) or not math.isfinite(b):
                return []
            return [(target - b) / a]
        p = {**params, K.name: target}
        candidates: list[float] = []
        if self.points is not None:
            candidates += [float(v[0]) for v in self.points.run(_ONE, p, tuple(range(len(self.points.outputs))))]
        for image in self.images:
            c0, c1 = (float(v[0]) for v in image.run(_ONE, p, (0, 1)))
            if math.isfinite(c0) and math.isfinite(c1) and c1 != 0:
                n = np.arange(-PERIODS, PERIODS + 1)
                candidates += (c0 + c1 * n).tolist()
        if self.exact:
            return self._verified(np.array(candidates, dtype=float), target, params)
        return self._numeric(target, params)

    def _u(self, xs: np.ndarray, params: Mapping[str, float]) -> np.ndarray:
        assert self.check is not None
        return self.check.run(xs, params)[0]

    def _verified(self, xs: np.ndarray, target: float, params: Mapping[str, float]) -> list[float]:
        xs = xs[np.isfinite(xs)]
        if xs.size == 0:
            return []
        g = self._u(xs, params) - target
        ok = np.abs(g) <= 1e-7 * max(1.0, abs(target))
        out: list[float] = xs[ok].tolist()
        return out

    def _numeric(self, target: float, params: Mapping[str, float]) -> list[float]:
        grid = _GRID
        g = self._u(grid, params) - target
        roots: list[float] = grid[g == 0].tolist()
        finite = np.isfinite(g)
        bracket = finite[:-1] & finite[1:] & (np.sign(g[:-1]) * np.sign(g[1:]) < 0)
        lo, hi = grid[:-1][bracket], grid[1:][bracket]
        glo, ghi = g[:-1][bracket], g[1:][bracket]
        scale = np.maximum(np.abs(glo), np.abs(ghi))
        # Illinois: regula falsi that halves the value at an end kept twice in a row. A handful
        # of steps reach full precision for a smooth u, where bisection would need about sixty.
        kept = np.zeros(lo.shape)  # +1: hi was kept last time, −1: lo was
        for _ in range(_MAX_REFINE):
            if not (hi - lo > 4 * np.spacing(np.maximum(np.abs(lo), np.abs(hi)))).any():
                break
            mid = (lo * ghi - hi * glo) / (ghi - glo)
            inside = (mid > lo) & (mid < hi)
            mid = np.where(inside, mid, 0.5 * (lo + hi))
            gm = self._u(mid, params) - target
            up = np.sign(gm) == np.sign(glo)  # the root lies in [mid, hi]
            ghi = np.where(up & (kept == 1), 0.5 * ghi, ghi)
            glo = np.where(~up & (kept == -1), 0.5 * glo, glo)
            lo, glo = np.where(up, mid, lo), np.where(up, gm, glo)
            hi, ghi = np.where(up, hi, mid), np.where(up, ghi, gm)
            kept = np.where(up, 1.0, -1.0)
            hit = gm == 0
            lo, hi = np.where(hit, mid, lo), np.where(hit, mid, hi)
        mid = 0.5 * (lo + hi)
        gm = self._u(mid, params) - target
        # A jump of u across K also brackets a sign change; a real root leaves |g| tiny there.
        found: list[float] = mid[np.abs(gm) <= 1e-6 * scale].tolist()
        return roots + found


@dataclass
class Kinks:
    """The kink finder of one formula: ``kinks(params)`` lists the x of every kink."""

    sources: list[tuple[_Solver, Callable[[Mapping[str, float]], list[float]]]]

    @property
    def exact(self) -> bool:
        """Whether every kink comes from an exact (not numeric) solution."""
        return all(s.exact for s, _ in self.sources)

    def __call__(self, params: Mapping[str, float]) -> list[float]:
        out: list[float] = []
        for solver, targets in self.sources:
            for target in targets(params):
                if math.isfinite(target):
                    out += solver.solve(target, params)
            if len(out) > MAX_KINKS:
                break
        return sorted({k + 0.0 for k in out if math.isfinite(k)})[:MAX_KINKS]  # + 0.0: no -0.0


def find(expr: Expr, budget: Budget) -> Kinks:
    """The kink finder for ``expr`` (the expression that is evaluated)."""
    solvers: dict[Expr, _Solver] = {}
    sources: list[tuple[_Solver, Callable[[Mapping[str, float]], list[float]]]] = []

    def add(u: Expr, targets: Callable[[Mapping[str, float]], list[float]]) -> None:
        if not u.has(X):
            return
        if u not in solvers:
            solvers[u] = _solver(u, budget)
        sources.append((solvers[u], targets))

    for node in sympy.preorder_traversal(expr):
        if isinstance(node, (sympy.Abs, sympy.sign, sympy.Heaviside)):
            add(node.args[0], _zero)
        elif isinstance(node, (Max2, Min2)):
            add(node.args[0] - node.args[1], _zero)
        elif isinstance(node, Clip):
            add(node.args[0], _constants(node.args[1:]))
        elif isinstance(node, sympy.Piecewise):
            for _, cond in node.args:
                for rel in cond.atoms(sympy.core.relational.Relational):
                    add(rel.lhs - rel.rhs, _zero)
        elif isinstance(node, CatalogCall) and node.order == 0:
            add(node.args[0], _catalog_kinks(node))
    return Kinks(sources)


def _constants(exprs: tuple[Expr, ...]) -> Callable[[Mapping[str, float]], list[float]]:
    program = Program(list(exprs))
    outputs = tuple(range(len(exprs)))
    return lambda params: [float(v[0]) for v in program.run(_ONE, params, outputs)]


def _catalog_kinks(call: Expr) -> Callable[[Mapping[str, float]], list[float]]:
    program = Program(list(call.args[1:]))
    outputs = tuple(range(len(call.args) - 1))
    act = call.act

    def targets(params: Mapping[str, float]) -> list[float]:
        numbers = tuple(float(v[0]) for v in program.run(_ONE, params, outputs)) if outputs else ()
        return list(act.kinks_resolved(act.resolve(**call.values(numbers))))

    return targets


def _solver(u: Expr, budget: Budget) -> _Solver:
    solver = _Solver(u, check=Program([u]))
    a = sympy.diff(u, X)
    if not a.has(X):
        try:
            at_zero = u.subs(X, 0)
        except (TypeError, ValueError, ZeroDivisionError):
            # u(0) has no value (a condition such as π/x > 0 is undefined there): search numerically.
            solver.exact = False
            return solver
        solver.linear = Program([a, at_zero])
        return solver
    if not _elementary(u):
        solver.exact = False
        return solver
    # solveset gets a short limit of its own, and none of the time the rest of the build needs:
    # when it cannot answer quickly, the numeric search is the better use of the budget.
    seconds = min(SOLVE_SECONDS, budget.remaining() - RESERVE_SECONDS)
    if seconds <= 0:
        solver.exact = False
        return solver
    try:
        with budget.limit(seconds):
            solutions = sympy.solveset(sympy.Eq(u, K), X, sympy.Reals)
            found = _candidates(solutions)
    except Expired:
        found = None
    except (NotImplementedError, ValueError, TypeError, AttributeError, RecursionError):
        found = None
    if found is None:
        solver.exact = False
        return solver
    points, images = found
    try:
        solver.points = Program(points) if points else None
        solver.images = [Program([c0, c1]) for c0, c1 in images]
    except CompileError:
        solver.points, solver.images, solver.exact = None, [], False
    return solver


def _elementary(u: Expr) -> bool:
    """Whether u is built only from functions ``solveset`` knows (none of ours)."""
    return not any(
        isinstance(n, (sympy.Piecewise, CatalogCall, Max2, Min2, Clip)) or type(n).__module__.startswith("actviz")
        for n in sympy.preorder_traversal(u)
    )


def _candidates(s: Any) -> tuple[list[Expr], list[tuple[Expr, Expr]]] | None:
    """The finite solutions and periodic families in a solveset result, or None if unusable."""
    allowed = {K} | {sym for sym in s.free_symbols if sym != X}
    if isinstance(s, sympy.FiniteSet):
        if any(p.has(X) or not p.free_symbols <= allowed for p in s.args):
            return None
        return list(s.args), []
    if s is sympy.S.EmptySet:
        return [], []
    if isinstance(s, sympy.Union):
        points: list[Expr] = []
        images: list[tuple[Expr, Expr]] = []
        for part in s.args:
            found = _candidates(part)
            if found is None:
                return None
            points += found[0]
            images += found[1]
        return points, images
    if isinstance(s, sympy.Intersection):
        # The other parts are intervals; candidates are verified against u anyway.
        parts = [a for a in s.args if not isinstance(a, sympy.Interval) and a is not sympy.S.Reals]
        return _candidates(parts[0]) if len(parts) == 1 else None
    if isinstance(s, sympy.Complement):
        return _candidates(s.args[0])
    if isinstance(s, sympy.ConditionSet):
        return _candidates(s.base_set) if s.base_set is not sympy.S.Reals else None
    if isinstance(s, sympy.ImageSet):
        lam = s.lamda
        if len(lam.variables) != 1 or s.base_sets != (sympy.S.Integers,):
            return None
        n = lam.variables[0]
        c1 = sympy.diff(lam.expr, n)
        if c1.has(n) or c1.has(X):
            return None
        return [], [(lam.expr.subs(n, 0), c1)]
    return None
