"""Text in, :class:`FormulaActivation` out: the steps, in order, under one time budget."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import numpy as np
import sympy

from actviz.core.activation import Array, Param
from actviz.core.formula import _analysis
from actviz.core.formula._budget import Budget, Expired
from actviz.core.formula._errors import FormulaError
from actviz.core.formula._functions import GREEK
from actviz.core.formula._kinks import Kinks, find
from actviz.core.formula._model import FormulaActivation
from actviz.core.formula._parse import Parsed, X, function_names, parse
from actviz.core.formula._program import CompileError, Program
from actviz.core.formula._stable import stabilise
from actviz.core.formula._text import prepare

Expr = Any
DEFAULT_RANGE = (-5.0, 5.0)
RESERVED_PARAMS = {"self"}  # would clash with the keyword arguments of Activation's methods


def build(text: str, name: str | None, timeout: float | None) -> FormulaActivation:
    """Read, rewrite, differentiate, compile and describe one formula."""
    prepared = prepare(text, set(function_names()))
    budget = Budget(timeout)
    try:
        with budget.limit():
            parsed = parse(prepared)
            for p in parsed.params:
                if p in RESERVED_PARAMS:
                    raise FormulaError(f"{p!r} cannot be a parameter name; choose another")
            f = stabilise(parsed.expr)
            df = stabilise(_diff(f))
            d2f = stabilise(_diff(df))
            latex = (sympy.latex(parsed.expr), sympy.latex(df), sympy.latex(d2f))
            kinks = find(f, budget)
            program = Program([f, df, d2f])
            checks = [(act, Program(list(values.values())), tuple(values)) for act, values in parsed.calls]
    except Expired:
        raise FormulaError(
            f"preparing this formula took longer than {timeout:g} s; simplify it or allow more time"
        ) from None
    except RecursionError:
        raise FormulaError("the formula is nested too deeply") from None
    except CompileError as e:
        raise FormulaError(f"cannot evaluate this formula: {e}") from None
    except FormulaError:
        raise
    except Exception as e:  # SymPy's own failures on odd input, as a message
        raise FormulaError(f"SymPy could not handle this formula ({type(e).__name__}: {e})") from None

    params = tuple(_param(p, parsed) for p in parsed.params)
    defaults = {p.name: float(p.default) for p in params}
    try:
        _check_calls(checks, defaults)
    except ValueError as e:
        raise FormulaError(f"at the parameters' defaults, {e}") from None
    piecewise_linear = d2f == 0 and kinks.exact
    act = FormulaActivation(
        id=f"custom:{text.strip()}",
        label=name or text.strip(),
        group="custom",
        kernels=_kernels(program),
        joint=lambda x, **p: _all(program, x, p),
        tails=lambda **p: _analysis.tails(program, p),
        params=params,
        kink_fn=_kink_fn(kinks),
        piecewise_linear=piecewise_linear,
        check=(lambda **p: _check_calls(checks, p)) if checks else None,
        latex_f=latex[0],
        latex_df=latex[1],
        formula=f"f(x) = {text.strip()}",
        source="custom formula",
        convention=_convention(parsed, has_kinks=bool(kinks.sources)),
        text=text,
        expression=parsed.expr,
        evaluated=(f, df, d2f),
        latex_d2f=latex[2],
        stability_note=_analysis.stability_note(program, defaults),
        kinks_exact=kinks.exact,
        program=program,
    )
    return act


def _diff(e: Expr) -> Expr:
    # A jump of f′ puts a point mass into f″; autograd gives 0 there, and so does the plot.
    d = sympy.diff(e, X)
    return d.replace(lambda n: isinstance(n, sympy.DiracDelta), lambda n: sympy.S.Zero)


def _kernels(program: Program) -> tuple[Any, Any, Any]:
    def order(k: int) -> Any:
        def kernel(x: Array, **params: float) -> Array:
            return program.run(x, params, (k,))[0]

        return kernel

    return order(0), order(1), order(2)


def _all(program: Program, x: Array, params: Mapping[str, float]) -> tuple[Array, Array, Array]:
    f, df, d2f = program.run(x, params, (0, 1, 2))
    return f, df, d2f


def _kink_fn(kinks: Kinks) -> Any:
    if not kinks.sources:
        return None
    return lambda **params: kinks(params)


def _param(name: str, parsed: Parsed) -> Param:
    """A formula parameter: the catalog's range and default when it is passed straight to a
    catalog parameter, else default 1 on [−5, 5]."""
    symbol = GREEK.get(name, name)
    hints = parsed.hints.get(name, [])
    if not hints:
        lo, hi = DEFAULT_RANGE
        return Param(name, symbol, 1.0, lo, hi, 0.01, f"Parameter {name} of the formula")
    first = hints[0]
    lo = max(h.min for h in hints)
    hi = min(h.max for h in hints)
    if not lo <= float(first.default) <= hi:
        lo, hi = first.min, first.max
    where = ", ".join(sorted({h.name for h in hints}))
    return Param(
        name,
        symbol,
        float(first.default),
        lo,
        hi,
        first.step,
        f"Parameter {name} of the formula, passed on as {where}",
        soft_max=first.soft_max if math.isinf(hi) else None,
    )


def _check_calls(checks: list[tuple[Any, Program, tuple[str, ...]]], params: Mapping[str, Any]) -> None:
    """Refuse parameter values that a catalog function inside the formula does not accept."""
    numbers = {k: float(v) for k, v in params.items()}
    one = np.zeros(1)
    for act, program, names in checks:
        values = {n: float(v[0]) for n, v in zip(names, program.run(one, numbers, tuple(range(len(names)))))}
        try:
            act.resolve(**values)
        except ValueError as e:
            raise ValueError(f"inside {act.id}(...): {e}") from None


def _convention(parsed: Parsed, has_kinks: bool) -> str:
    features = parsed.features
    parts = []
    if "max" in features or "min" in features:
        parts.append(
            "max and min pass no gradient at a tie, so max(0, x)′(0) = 0 as for ReLU "
            "(PyTorch's torch.maximum would split it ½ and ½)"
        )
    if "clip" in features:
        parts.append("clip′ = 0 at both edges, as Hardtanh")
    if "abs" in features:
        parts.append("abs′(0) = 0 (sign(0) = 0, as PyTorch)")
    if "sign" in features:
        parts.append("sign(0) = 0 and sign′ = 0")
    if "heaviside" in features:
        parts.append("heaviside(0) = 1 unless its second argument says otherwise; its derivative is 0")
    if "where" in features:
        parts.append("where(c, a, b) takes the branch c selects, for f, f′ and f″ alike")
    if "catalog" in features:
        parts.append("catalog functions keep their own convention at their kinks")
    if has_kinks:
        parts.append("f″ leaves out the point masses at jumps of f′, as autograd does")
    if not parts:
        return "Smooth where defined: no kinks."
    return "At kinks: " + "; ".join(parts) + "."
