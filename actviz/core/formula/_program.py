"""Evaluate SymPy expressions with numpy by walking their tree: no code is generated.

SymPy's own route to numpy (``lambdify``) writes Python source for the expression and runs it
with ``exec``. The expression has passed our allowlist by then, but a walker needs no such
trust at all, and it gives control that generated code would not: the branches of a
``where`` are evaluated only where they are taken (so ``where(x > 0, x, exp(x) - 1)`` never
computes exp(1000)), shared subexpressions of f, f′ and f″ are computed once, float32 stays
float32, and every node can be watched for the first value that stops being finite.

A :class:`Program` holds f, f′ and f″ as one graph of unique nodes in evaluation order; each
node is a small numpy call on its children's values.
"""

from __future__ import annotations

import functools
import math
import operator
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import sympy
from scipy import special

from actviz.core.formula._functions import (
    CatalogCall,
    Clip,
    Erfc,
    Expm1,
    Log1p,
    Max2,
    Min2,
    Sech,
    Sigmoid,
    Softplus,
    Step,
    Tanh,
)
from actviz.core.formula._parse import X

Expr = Any
Value = Any  # a Python float or bool (weak: keeps float32 arrays float32), or an ndarray
# trace(node, grid indices where it newly became non-finite, its values there)
Trace = Callable[[Expr, np.ndarray, np.ndarray], None]


class CompileError(TypeError):
    """An expression holds something the walker cannot evaluate (a bug, never user input)."""


def _sech(u: Any) -> Any:
    # 2e/(1 + e²) with e = exp(−|u|) ≤ 1: nothing overflows where cosh would.
    e = np.exp(-np.abs(u))
    return 2.0 * e / (1.0 + e * e)


def _expit(u: Any) -> Any:
    # The split scipy.special.expit uses, written with numpy so that the lower tail keeps its
    # subnormal values (e·r instead of 1/(1 + 1/e)): the same values as the catalog's σ.
    e = np.exp(-np.abs(u))
    r = 1.0 / (1.0 + e)
    return np.where(u >= 0, r, e * r)


def _softplus(u: Any) -> Any:
    return np.logaddexp(0.0, u)


def _step(u: Any) -> Any:
    return (u > 0).astype(u.dtype) if isinstance(u, np.ndarray) else float(u > 0)


def _clip(u: Any, lo: Any, hi: Any) -> Any:
    return np.minimum(np.maximum(u, lo), hi)


def _zero(*args: Any) -> Any:
    return np.zeros_like(args[0]) if isinstance(args[0], np.ndarray) else 0.0


_UNARY: dict[type, Callable[..., Any]] = {
    sympy.exp: np.exp,
    sympy.log: np.log,
    sympy.sin: np.sin,
    sympy.cos: np.cos,
    sympy.tan: np.tan,
    sympy.atan: np.arctan,
    # Only solutions for kinks contain these (solveset writes them); users cannot type them.
    sympy.asin: np.arcsin,
    sympy.acos: np.arccos,
    sympy.asinh: np.arcsinh,
    sympy.acosh: np.arccosh,
    sympy.atanh: np.arctanh,
    sympy.sinh: np.sinh,
    sympy.cosh: np.cosh,
    sympy.Abs: np.abs,
    sympy.sign: np.sign,
    sympy.erf: special.erf,
    Erfc: special.erfc,
    sympy.Heaviside: np.heaviside,
    sympy.DiracDelta: _zero,  # the point mass at a jump: autograd gives 0 there, and so do we
    Sigmoid: _expit,
    Softplus: _softplus,
    Tanh: np.tanh,
    Sech: _sech,
    Log1p: np.log1p,
    Expm1: np.expm1,
    Max2: np.maximum,
    Min2: np.minimum,
    Clip: _clip,
    Step: _step,
}
_RELATIONS: dict[type, Callable[..., Any]] = {
    sympy.StrictGreaterThan: np.greater,
    sympy.GreaterThan: np.greater_equal,
    sympy.StrictLessThan: np.less,
    sympy.LessThan: np.less_equal,
    sympy.Equality: np.equal,
    sympy.Unequality: np.not_equal,
}
# Ops that turn finite input into ±inf by dividing by zero or at a pole, not by overflowing.
POLES = (sympy.log, Log1p, sympy.tan)


@dataclass
class _Ctx:
    x: np.ndarray
    params: Mapping[str, float]
    trace: Trace | None
    where: np.ndarray  # grid indices of x's elements (used only when tracing)

    def subset(self, idx: np.ndarray) -> _Ctx:
        return _Ctx(self.x[idx], self.params, self.trace, self.where[idx] if self.trace else self.where)


@dataclass(frozen=True)
class _Node:
    expr: Expr
    op: Callable[..., Value]  # op(ctx, *child values)
    children: tuple[int, ...]


def _on_scalars(fn: Callable[..., Any]) -> Callable[..., Value]:
    """Apply ``fn``; scalars go through numpy (IEEE results, no Python exceptions) and come
    back as Python numbers, which numpy treats as weak, so a float32 x stays float32."""

    def op(ctx: _Ctx, *vals: Value) -> Value:
        if any(isinstance(v, np.ndarray) for v in vals):
            return fn(*vals)
        out = fn(*(np.float64(v) if not isinstance(v, (bool, np.bool_)) else v for v in vals))
        if isinstance(out, np.ndarray):  # np.where of scalars gives a 0-d array: its one value
            out = out[()]
        return bool(out) if isinstance(out, (bool, np.bool_)) else float(out)

    return op


# Small integer powers by repeated squaring: several times faster than np.power, which calls
# pow() per element for a float base and an integer exponent.
_SQUARINGS = 64


def _int_power(b: Any, n: int) -> Any:
    result = None
    while n:
        if n & 1:
            result = b if result is None else result * b
        n >>= 1
        if n:
            b = b * b
    return np.ones_like(b) if result is None else result


def _power(exponent: Expr) -> Callable[..., Any]:
    if exponent == 2:
        return lambda b: b * b
    if exponent == -1:
        return lambda b: 1.0 / b
    if exponent == sympy.Rational(1, 2):
        return np.sqrt
    if exponent == sympy.Rational(-1, 2):
        return lambda b: 1.0 / np.sqrt(b)
    if exponent.is_Integer and abs(int(exponent)) <= _SQUARINGS:
        n = int(exponent)
        return lambda b: _int_power(b, n) if n >= 0 else 1.0 / _int_power(b, -n)
    if exponent.is_Integer and abs(int(exponent)) <= 2**31:
        n = int(exponent)
        return lambda b: np.power(b, n) if n >= 0 else 1.0 / np.power(b, -n)
    p = float(exponent)
    return lambda b: np.power(b, p)


class Program:
    """Expressions in x and named parameters, compiled into one graph of numpy calls.

    Parameters
    ----------
    outputs : sequence of SymPy expressions
        What :meth:`run` returns, in this order.
    """

    def __init__(self, outputs: Sequence[Expr]) -> None:
        self.nodes: list[_Node] = []
        self._index: dict[Expr, int] = {}
        self.outputs = tuple(self._add(e) for e in outputs)
        self._plans: dict[tuple[int, ...], tuple[int, ...]] = {}

    # -- compiling --------------------------------------------------------------------------
    def _add(self, e: Expr) -> int:
        found = self._index.get(e)
        if found is not None:
            return found
        op, children = self._compile(e)
        self.nodes.append(_Node(e, op, children))
        self._index[e] = len(self.nodes) - 1
        return len(self.nodes) - 1

    def _compile(self, e: Expr) -> tuple[Callable[..., Value], tuple[int, ...]]:
        if e == X:
            return (lambda ctx: ctx.x), ()
        if isinstance(e, sympy.Symbol):
            name = e.name
            return (lambda ctx: ctx.params[name]), ()
        if e is sympy.true or e is sympy.false:
            flag = bool(e)
            return (lambda ctx: flag), ()
        if e.is_Number or isinstance(e, sympy.NumberSymbol):
            value = float(e)
            return (lambda ctx: value), ()
        if isinstance(e, sympy.Piecewise):
            return self._piecewise(e), ()
        if e.is_Add:
            return _on_scalars(lambda *v: functools.reduce(operator.add, v)), self._kids(e.args)
        if e.is_Mul:
            return _on_scalars(lambda *v: functools.reduce(operator.mul, v)), self._kids(e.args)
        if e.is_Pow:
            if e.exp.is_Number:
                return _on_scalars(_power(e.exp)), self._kids((e.base,))
            return _on_scalars(np.power), self._kids(e.args)
        if isinstance(e, CatalogCall):
            return _catalog_op(e), self._kids(e.args)
        fn = _UNARY.get(type(e))
        if fn is not None:
            return _on_scalars(fn), self._kids(e.args)
        fn = _RELATIONS.get(type(e))
        if fn is not None:
            return _on_scalars(fn), self._kids(e.args)
        if isinstance(e, (sympy.And, sympy.Or)):
            join = np.logical_and if isinstance(e, sympy.And) else np.logical_or
            return _on_scalars(lambda *v: functools.reduce(join, v)), self._kids(e.args)
        if isinstance(e, sympy.Not):
            return _on_scalars(np.logical_not), self._kids(e.args)
        if isinstance(e, sympy.ITE):  # SymPy's form of a condition that holds a where()
            return _on_scalars(np.where), self._kids(e.args)
        raise CompileError(f"cannot evaluate {type(e).__name__}: {sympy.sstr(e)[:80]}")

    def _kids(self, args: Sequence[Expr]) -> tuple[int, ...]:
        return tuple(self._add(a) for a in args)

    def _piecewise(self, e: Expr) -> Callable[..., Value]:
        branches = [(None if cond is sympy.true else Program([cond]), Program([value])) for value, cond in e.args]

        def op(ctx: _Ctx) -> Value:
            x = ctx.x
            out = np.empty_like(x)
            remaining = np.ones(x.shape, dtype=bool)
            for cond, value in branches:
                idx = np.flatnonzero(remaining)
                if idx.size == 0:
                    break
                if cond is not None:
                    take = np.broadcast_to(cond._run(ctx.subset(idx), (0,))[0], idx.shape)
                    idx = idx[take]
                if idx.size:
                    out[idx] = value._run(ctx.subset(idx), (0,))[0]
                    remaining[idx] = False
            out[remaining] = np.nan
            return out

        return op

    # -- running ----------------------------------------------------------------------------
    def exprs(self, output: int) -> list[Expr]:
        """Every node that output ``output`` is computed from (its subexpressions)."""
        return [self.nodes[n].expr for n in self._plan((output,))]

    def _plan(self, outputs: tuple[int, ...]) -> tuple[int, ...]:
        plan = self._plans.get(outputs)
        if plan is None:
            needed: set[int] = set()
            stack = [self.outputs[i] for i in outputs]
            while stack:
                n = stack.pop()
                if n not in needed:
                    needed.add(n)
                    stack.extend(self.nodes[n].children)
            plan = tuple(sorted(needed))  # children are always added before their parents
            self._plans[outputs] = plan
        return plan

    def _run(self, ctx: _Ctx, outputs: tuple[int, ...]) -> list[Value]:
        values: list[Value] = [None] * len(self.nodes)
        for n in self._plan(outputs):
            node = self.nodes[n]
            kids = [values[c] for c in node.children]
            v = node.op(ctx, *kids)
            values[n] = v
            if ctx.trace is not None:
                _watch(ctx, node.expr, v, kids)
        return [values[self.outputs[i]] for i in outputs]

    def run(
        self,
        x: np.ndarray,
        params: Mapping[str, float],
        outputs: tuple[int, ...] = (0,),
        trace: Trace | None = None,
    ) -> tuple[np.ndarray, ...]:
        """Evaluate the chosen outputs at x (a float32 or float64 array; dtype and shape kept).

        Floating-point warnings are silenced here on purpose: a user's formula may overflow,
        and instead of warning on every frame the core reports where in
        ``FormulaActivation.stability_note`` (found with ``trace``).
        """
        flat = x.reshape(-1)
        ctx = _Ctx(flat, params, trace, np.arange(flat.size) if trace is not None else flat)
        with np.errstate(all="ignore"):
            values = self._run(ctx, outputs)
        out: list[np.ndarray] = []
        for v in values:
            if not isinstance(v, np.ndarray):
                arr = np.full(flat.shape, v, dtype=flat.dtype)
            elif np.may_share_memory(v, flat) or any(v is o for o in out):
                arr = v.astype(flat.dtype, copy=True)
            else:
                arr = v.astype(flat.dtype, copy=False)
            out.append(arr.reshape(x.shape))
        return tuple(out)


def _catalog_op(e: Expr) -> Callable[..., Value]:
    act, order, call = e.act, e.order, e

    def fn(u: Any, *numbers: float) -> Any:
        resolved = act.resolve(**call.values(tuple(float(v) for v in numbers)))
        return act.evaluate(u, order, resolved)

    return _on_scalars(fn)


def _watch(ctx: _Ctx, expr: Expr, v: Value, kids: list[Value]) -> None:
    """Report elements that this node made non-finite from finite inputs."""
    if isinstance(expr, sympy.Piecewise):
        return  # its branches were watched themselves
    if isinstance(v, (bool, np.bool_)) or (isinstance(v, np.ndarray) and v.dtype == bool):
        return
    if not isinstance(v, np.ndarray):
        if math.isfinite(v) or not all(_finite_scalar(k) for k in kids):
            return
        fresh = np.ones(ctx.x.shape, dtype=bool)
    else:
        fresh = ~np.isfinite(v)
        if not fresh.any():
            return
        for k in kids:
            if isinstance(k, np.ndarray) and k.dtype != bool:
                fresh &= np.isfinite(k)
            elif not _finite_scalar(k):
                return
        if not fresh.any():
            return
    assert ctx.trace is not None
    values = v[fresh] if isinstance(v, np.ndarray) else np.full(int(fresh.sum()), v)
    ctx.trace(expr, ctx.where[fresh], values)


def _finite_scalar(v: Value) -> bool:
    return isinstance(v, (np.ndarray, bool, np.bool_)) or math.isfinite(v)
