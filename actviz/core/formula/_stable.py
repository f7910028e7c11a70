"""Rewrite numerically unstable forms into stable ones, before differentiating.

The rules are exact identities; each replaces a form that overflows or cancels in floating
point with one that does not:

==========================================  ===========================================
typed                                       evaluated as
==========================================  ===========================================
1/(1 + e^−u), e^u/(1 + e^u), ...            σ(u) (any ratio of two exponentials that is
                                            a logistic, e.g. (e^u − e^−u)/(e^u + e^−u))
σ(u) − σ(−u), 2σ(u) − 1                     tanh(u/2)
1 − σ(u)                                    σ(−u)
log(1 + e^u), log(e^a + e^b)                softplus(u), a + softplus(b − a)
log(σ(u))                                   −softplus(−u)
log(1 + u)                                  log1p(u)
e^u − 1                                     expm1(u)
1 ± erf(u)                                  erfc(∓u)
1 ± tanh(u)                                 2σ(±2u)
==========================================  ===========================================

Derivatives of the classes in :mod:`~actviz.core.formula._functions` are already stable forms,
so differentiating the rewritten expression keeps them stable too.
"""

from __future__ import annotations

from typing import Any

import sympy

from actviz.core.formula._functions import Erfc, Expm1, Log1p, Sigmoid, Softplus, Tanh
from actviz.core.formula._parse import X

Expr = Any
_ROUNDS = 8
_MAX_POWER = 4  # (1 + e^w)^−k for k up to this becomes a product of σ


def stabilise(expr: Expr) -> Expr:
    """``expr`` with the unstable forms above replaced, bottom-up."""
    if expr.is_Atom or not expr.has(X):
        return expr
    if expr.is_Mul:
        # A denominator (1 + e^w)^−k must reach the product whole, with its numerator beside it;
        # rewritten on its own it would become σ(−w)^k and hide the e^u it cancels against.
        held = [_neg_power(a) for a in expr.args]
        args = [sympy.Pow(stabilise(a.base), a.exp) if h else stabilise(a) for a, h in zip(expr.args, held)]
        product: Expr
        product = sympy.Mul(*args)
        new = _ratio(product) if product.is_Mul else None
        if new is None:
            product = sympy.Mul(*(_settle(a) if h else a for a, h in zip(args, held)))
        else:
            product = new
        return _settle(product)
    inner = tuple(stabilise(a) for a in expr.args)
    if inner != expr.args:
        expr = expr.func(*inner)
    return _settle(expr)


def _neg_power(e: Expr) -> bool:
    return bool(e.is_Pow and e.exp.is_Integer and e.exp < 0 and e.base.has(X))


def _settle(expr: Expr) -> Expr:
    """Apply the rules at the top of ``expr`` until none applies."""
    for _ in range(_ROUNDS):
        if expr.is_Atom:
            return expr
        new = _rewrite(expr)
        if new is None:
            return expr
        expr = new
    return expr


def _rewrite(e: Expr) -> Expr | None:
    if isinstance(e, sympy.log):
        return _log(e.args[0])
    if e.is_Mul or (e.is_Pow and e.exp.is_Integer and e.exp < 0):
        return _ratio(e) or _absorb(e) or _merge_exps(e)
    if e.is_Add:
        return _add(e)
    return None


def _same(a: Expr, b: Expr) -> bool:
    """Whether two small expressions are equal, beyond SymPy's structural equality."""
    return bool(a == b or sympy.expand(a - b) == 0)


def _exp_terms(e: Expr) -> list[tuple[Expr, Expr]] | None:
    """``e`` as Σ cᵢ·exp(aᵢ) with x-free cᵢ (a constant term has aᵢ = 0), or None."""
    out = []
    for term in sympy.Add.make_args(e):
        coeff, rest = term.as_independent(X, as_Add=False)
        if rest == 1:
            out.append((coeff, sympy.S.Zero))
            continue
        if isinstance(rest, Expm1):  # e^a − 1, from an earlier rewrite
            out += [(coeff, rest.args[0]), (-coeff, sympy.S.Zero)]
            continue
        factors = sympy.Mul.make_args(rest)
        if not all(isinstance(f, sympy.exp) for f in factors):
            return None
        out.append((coeff, sympy.Add(*(f.args[0] for f in factors))))
    # Merge terms with the same exponent (Expm1 brings a second constant).
    merged: dict[Expr, Expr] = {}
    for c, a in out:
        merged[a] = merged.get(a, sympy.S.Zero) + c
    return [(c, a) for a, c in merged.items() if c != 0]


def _two_exp_sum(e: Expr) -> tuple[Expr, Expr, Expr] | None:
    """``e`` = d·(e^t1 + e^t2) as (d, t1, t2), with x in t2 − t1, or None."""
    if not e.is_Add or not e.has(X):
        return None
    terms = _exp_terms(e)
    if terms is None or len(terms) != 2:
        return None
    (d1, t1), (d2, t2) = terms
    if not _same(d1, d2):
        ratio = d2 / d1
        if not (ratio.is_Number and ratio > 0):
            return None
        t2 = t2 + sympy.log(ratio)
    if not (t2 - t1).has(X):
        return None
    return d1, t1, t2


def _ratio(e: Expr) -> Expr | None:
    """R·e^A·N / (d·(e^t1 + e^t2))^k as R/d^k · Σ nᵢ·σ(w)^j·σ(−w)^(k−j), w = t2 − t1.

    With D = e^t1·(1 + e^w), each numerator term e^(s) gives e^(s − k·t1)/(1 + e^w)^k, which is
    σ(w)^j·σ(−w)^(k−j) when s − k·t1 = j·w for an integer 0 ≤ j ≤ k. Otherwise no rewrite.
    """
    factors = list(sympy.Mul.make_args(e))
    for i, f in enumerate(factors):
        if not (f.is_Pow and f.exp.is_Integer and -_MAX_POWER <= f.exp < 0):
            continue
        den = _two_exp_sum(f.base)
        if den is None:
            continue
        k = -int(f.exp)
        d, t1, t2 = den
        w = sympy.expand(t2 - t1)
        shift = sympy.S.Zero
        numerator: list[tuple[Expr, Expr]] | None = None
        others = []
        for g in factors[:i] + factors[i + 1 :]:
            if isinstance(g, sympy.exp) and g.has(X):
                shift += g.args[0]
            elif numerator is None and _sum_like(g) and (terms := _exp_terms(g)) and len(terms) <= 2:
                numerator = terms
            else:
                others.append(g)
        pieces = []
        for c, s in numerator or [(sympy.S.One, sympy.S.Zero)]:
            j = sympy.cancel(sympy.expand(s + shift - k * t1) / w)
            if not (j.is_Integer and 0 <= j <= k):
                break
            pieces.append(c * Sigmoid(w) ** int(j) * Sigmoid(-w) ** (k - int(j)))
        else:
            return sympy.Mul(*others) / d**k * sympy.Add(*pieces)
    return None


def _merge_exps(e: Expr) -> Expr | None:
    """exp(a)·exp(b) → exp(a + b): SymPy keeps them apart, and exp(−x²)·exp(x) would be 0·inf."""
    if not e.is_Mul:
        return None
    exps = [f for f in e.args if isinstance(f, sympy.exp) and f.has(X)]
    if len(exps) < 2:
        return None
    rest = [f for f in e.args if not (isinstance(f, sympy.exp) and f.has(X))]
    return sympy.Mul(*rest, sympy.exp(sympy.Add(*(f.args[0] for f in exps))))


def _sum_like(g: Expr) -> bool:
    return bool((g.is_Add or isinstance(g, Expm1)) and g.has(X))


def _absorb(e: Expr) -> Expr | None:
    """e^q·σ(v)^m with q = −j·v: e^(−v)·σ(v) = σ(−v), so up to m factors of σ(v) absorb the
    exponential (which would otherwise overflow while σ underflows, giving inf·0)."""
    factors = list(sympy.Mul.make_args(e))
    for i, f in enumerate(factors):
        if not (isinstance(f, sympy.exp) and f.has(X)):
            continue
        for n, g in enumerate(factors):
            base, m = (g.base, g.exp) if g.is_Pow else (g, sympy.S.One)
            if not (isinstance(base, Sigmoid) and m.is_Integer and m > 0):
                continue
            v = base.args[0]
            j = sympy.cancel(sympy.expand(-f.args[0]) / v)
            if not (j.is_Integer and j > 0):
                continue
            used = min(int(j), int(m))
            rest = [h for r, h in enumerate(factors) if r not in (i, n)]
            q = sympy.expand(f.args[0] + used * v)
            return sympy.Mul(*rest, sympy.exp(q), Sigmoid(-v) ** used, base ** (m - used))
    return None


def _log(arg: Expr) -> Expr | None:
    if isinstance(arg, Sigmoid):
        return -Softplus(-arg.args[0])
    den = _two_exp_sum(arg)
    if den is not None:
        d, t1, t2 = den
        if d.is_positive is not False:
            return sympy.log(d) + t1 + Softplus(sympy.expand(t2 - t1))
    if arg.is_Add:
        const, rest = arg.as_independent(X, as_Add=True)
        if const == 1 and rest.has(X):
            return Log1p(rest)
    return None


def _add(e: Expr) -> Expr | None:
    """Pairs of terms that cancel in floating point, replaced by one stable term."""
    terms = list(sympy.Add.make_args(e))
    split = [t.as_independent(X, as_Add=False) for t in terms]
    for i, (k0, core0) in enumerate(split):
        for j, (k, core) in enumerate(split):
            if i == j:
                continue
            new = _pair(k0, core0, k, core)
            if new is not None:
                rest = [t for n, t in enumerate(terms) if n not in (i, j)]
                return sympy.Add(*rest, new)
    return None


def _pair(k0: Expr, core0: Expr, k: Expr, f: Expr) -> Expr | None:
    """A stable form of k0·core0 + k·f, or None."""
    if core0 == 1:  # a constant k0 plus k·f(u)
        if not f.args:
            return None
        u = f.args[0]
        if isinstance(f, sympy.exp) and _same(k0, -k):
            return k * Expm1(u)
        if isinstance(f, sympy.erf):
            if _same(k0, k):
                return k * Erfc(-u)
            if _same(k0, -k):
                return -k * Erfc(u)
        if isinstance(f, Tanh):
            if _same(k0, k):
                return 2 * k * Sigmoid(2 * u)
            if _same(k0, -k):
                return -2 * k * Sigmoid(-2 * u)
        if isinstance(f, Sigmoid):
            if _same(k0, -k):
                return -k * Sigmoid(-u)
            if _same(2 * k0, -k):
                return k0 * -Tanh(u / 2)
        return None
    if isinstance(core0, Sigmoid) and isinstance(f, Sigmoid):
        u, v = core0.args[0], f.args[0]
        if _same(u, -v) and _same(k0, -k):
            return k0 * Tanh(u / 2)
    return None
