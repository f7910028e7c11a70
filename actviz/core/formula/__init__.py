"""User-typed activation formulas: text → AST allowlist → SymPy → numpy, with exact derivatives.

>>> from actviz.core.formula import formula
>>> act = formula("x*sigmoid(beta*x)")
>>> [p.name for p in act.params]
['beta']
>>> float(act.df(0.0, beta=2.0))
0.5

:func:`formula` returns a :class:`FormulaActivation`, which is an
:class:`~actviz.core.activation.Activation`, so everything that takes a catalog function (the
sampler, the views) takes a formula too.

The language
------------
- ``x`` is the variable; ``pi`` and ``e`` are the constants; every other name is a parameter
  (default 1 on [−5, 5], or the catalog's default and range when the name is passed straight
  to a catalog parameter, as in ``elu(x, alpha=a)``).
- Numbers, ``+ - * /``, powers as ``^`` or ``**``. Implicit multiplication is refused with a
  hint: write ``2*x``, not ``2x``.
- Functions: exp, log (log(u, base) too), log1p, expm1, sqrt, abs, sign, sin, cos, tan,
  arctan/atan, sinh, cosh, tanh, erf, erfc, sigmoid, softplus, relu, heaviside(u[, value at
  0]), min(a, b, ...), max(a, b, ...), clip(u, lo, hi), where(cond, a, b),
  piecewise(cond1, v1, cond2, v2, ..., otherwise).
- Every catalog function by id, its parameters as keywords: ``elu(x, alpha=a)``,
  ``leaky_relu(x, negative_slope=0.1)``, ``gelu(x, approximate='tanh')``. ``softplus(u)``
  is the exact log(1 + e^u); with keywords (``softplus(x, beta=2)``) it is the catalog's
  PyTorch softplus, threshold included.
- Conditions (only inside where/piecewise): ``< <= > >= == !=``, chained (``0 < x < 1``),
  joined by and/or/not (or & | ~).

Conventions at kinks
--------------------
Chosen to agree with the catalog, which follows PyTorch autograd:

- max and min pass no gradient at a tie: max(0, x)′(0) = 0 = relu′(0). (PyTorch's
  ``torch.maximum`` splits a tie ½/½; its ``relu`` gives 0; we follow relu.) So
  ``max(0, x) + a*min(0, x)`` has f′(0) = 0; write ``where(x > 0, x, a*x)`` for Leaky
  ReLU's f′(0) = a.
- clip′ = 0 at both edges (Hardtanh); abs′(0) = sign(0) = 0 (PyTorch); heaviside(0) = 1 (the
  catalog's binary_step) unless a second argument gives another value; heaviside′ = sign′ = 0.
- where(c, a, b) takes the branch c selects, for f, f′ and f″, as autograd through
  ``torch.where`` does. So ``where(x > 0, x, alpha*(exp(x) - 1))`` has ELU's f′(0) = α, but
  f″(0) = α where the catalog's ELU (PyTorch's fused kernel) has 0.
- Catalog functions called by id evaluate through the catalog's own f, f′ and f″, so their
  values at their kinks are the catalog's. For a composition only the catalog's f′ and f″
  are ever needed: (g∘u)″ = g″(u)·u′² + g′(u)·u″.
- f″ leaves out the point masses (Dirac deltas) at jumps of f′, as autograd does.

Kinks, limits, ranges
---------------------
Kinks come from the expression (arguments of abs, sign, heaviside, max, min, clip, catalog
functions; conditions of where): solved once, exactly where possible (linear arguments, or
SymPy's ``solveset`` with a 0.5 s limit), else found numerically on [−1000, 1000]
(``kinks_exact`` is then False). Limits at ±inf, used only for x = ±inf, are read off values
at ±10^50 … ±10^300. Parameter ranges are editable with ``act.with_ranges(a=(lo, hi))``.

Safety
------
The text is never evaluated: no ``eval``, ``exec``, ``sympify``, ``parse_expr`` or
``lambdify``. It is length-checked (500 characters), bracket-depth-checked (40) and
scanned for dunders before :func:`ast.parse` reads it; the tree is then walked through an
allowlist (numbers, names, arithmetic, calls of listed functions, conditions in where) and
turned into SymPy objects by their constructors; parameter names must match
``[A-Za-z_][A-Za-z0-9_]*`` without ``__``. Numbers and constant powers must stay within
±1e300 (so ``9**9**9`` is refused unevaluated), exponents of expressions within ±1000,
the tree within 250 nodes and 60 levels. The SymPy work runs under a time budget
(``timeout``, default 2 s) and a formula that exceeds it is refused with a message; the
budget is kept by a trace function in the calling thread (no thread, no signal), which
roughly doubles the cost of a cold build (``timeout=None`` skips it). The
compiled functions are evaluated by walking the SymPy tree with numpy (see
:mod:`actviz.core.formula._program`), so no code is generated either.

Stability
---------
Known unstable forms are rewritten before differentiating (log(1 + e^u) → softplus,
1/(1 + e^−u) → σ, exponential forms of tanh → tanh, e^u − 1 → expm1, 1 ± erf → erfc,
log σ → −softplus(−u), ...; see :mod:`actviz.core.formula._stable`). What still overflows
or is undefined (float64, checked finely on [−50, 50] and sparsely out to ±1e300) is reported
in ``stability_note`` instead of warning at every frame.
"""

from __future__ import annotations

import sys
import threading
import types
from collections import OrderedDict

# SymPy takes 0.6 s to import, so everything that needs it lives in modules loaded on first use.
from actviz.core.formula._errors import FormulaError
from actviz.core.formula._model import FormulaActivation

__all__ = ["DEFAULT_TIMEOUT", "FormulaActivation", "FormulaError", "clear_cache", "formula", "function_names"]

DEFAULT_TIMEOUT = 2.0
_CACHE_SIZE = 128
# Built formulas by (text, name), most recently used last. Only successes are kept: a refusal
# may be a timeout that more time would cure.
_RESULTS: OrderedDict[tuple[str, str | None], FormulaActivation] = OrderedDict()
_LOCK = threading.Lock()


def formula(text: str, *, name: str | None = None, timeout: float | None = DEFAULT_TIMEOUT) -> FormulaActivation:
    """The activation a formula describes, with exact derivatives and kinks.

    Parameters
    ----------
    text : str
        The formula in x, e.g. ``"x*sigmoid(beta*x)"`` or
        ``"where(x > 0, x, alpha*(exp(x) - 1))"``; see the module docstring for the language.
    name : str, optional
        The label to show (default: the text).
    timeout : float or None
        Seconds allowed for the symbolic work (reading, rewriting, differentiating, solving
        for kinks); None for no limit. The result for a text is cached, so a formula seen
        before returns at once whatever the timeout.

    Returns
    -------
    FormulaActivation
        An :class:`~actviz.core.activation.Activation` whose ``f``, ``df`` and ``d2f`` are
        the formula and its exact derivatives, with parameters, kinks, LaTeX and a
        ``stability_note``.

    Raises
    ------
    FormulaError
        A ``ValueError`` whose message says what is wrong and what is allowed, prefixed by
        ``column N:`` when it has a place in the text (``.column`` holds N).

    Examples
    --------
    >>> from actviz.core.formula import formula
    >>> elu = formula("where(x > 0, x, alpha*(exp(x) - 1))")
    >>> elu.kinks(alpha=1.0)
    (0.0,)
    >>> try:
    ...     formula("2x")
    ... except ValueError as e:
    ...     print(e)
    column 2: implicit multiplication is not supported: write 2*x with an explicit *
    """
    try:
        import sympy  # noqa: F401  (the formula language is built on it; an optional extra)
    except ImportError:
        raise FormulaError("custom formulas need SymPy: pip install 'actviz[formula]'") from None
    if timeout is not None and not timeout > 0:
        raise ValueError(f"timeout must be a positive number of seconds or None, got {timeout!r}")
    if name is not None and not isinstance(name, str):
        raise ValueError(f"name must be text, got {type(name).__name__}")
    return _cached(text, name, timeout) if isinstance(text, str) else _make(text, name, timeout)


def _cached(text: str, name: str | None, timeout: float | None) -> FormulaActivation:
    key = (text, name)
    with _LOCK:
        hit = _RESULTS.get(key)
        if hit is not None:
            _RESULTS.move_to_end(key)
            return hit
    act = _make(text, name, timeout)
    with _LOCK:
        _RESULTS[key] = act
        while len(_RESULTS) > _CACHE_SIZE:
            _RESULTS.popitem(last=False)
    return act


def _make(text: object, name: str | None, timeout: float | None) -> FormulaActivation:
    from actviz.core.formula._build import build

    return build(text, name, timeout)  # type: ignore[arg-type]  # build's text check refuses non-str


def clear_cache() -> None:
    """Forget every formula built so far (for benchmarks of the cold path)."""
    with _LOCK:
        _RESULTS.clear()


def function_names() -> list[str]:
    """Every name a formula may call: the maths functions, where/piecewise, then catalog ids."""
    from actviz.core.formula._parse import function_names as names

    return names()


class _CallableModule(types.ModuleType):
    """``actviz.core.formula`` is both this package and the function of the same name: once the
    package is imported, Python binds ``actviz.core.formula`` to it, so the package itself
    answers a call as the function does."""

    def __call__(
        self, text: str, *, name: str | None = None, timeout: float | None = DEFAULT_TIMEOUT
    ) -> FormulaActivation:
        return formula(text, name=name, timeout=timeout)


sys.modules[__name__].__class__ = _CallableModule
