"""The SymPy functions a formula is built from, beyond SymPy's own.

Each class fixes the derivative it has, so that the derivatives SymPy builds are stable forms
and follow one convention at kinks:

- σ′ = σ(u)σ(−u) and softplus′ = σ, never σ(1 − σ) (which rounds to 0 at u = 40);
- tanh′ = sech² u, never 1 − tanh² u (which rounds to 0 at u = 19);
- max, min and clip pass no gradient at a tie or an edge (strict comparisons), so
  max(0, x)′(0) = 0 as for ReLU, and clip′ = 0 at both edges as for Hardtanh;
- a catalog function called by id differentiates into the catalog's own f′ and f″, so its
  values, including PyTorch's choices at its kinks, are exactly the catalog's.

Python names are CapWords; ``str()`` and LaTeX show the names a user types.
"""

from __future__ import annotations

import functools
from typing import Any

import sympy

from actviz.core.activation import Activation

# The LaTeX of parameter names that are Greek letters; others are set upright.
GREEK = {
    "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "zeta": "ζ", "eta": "η",
    "theta": "θ", "iota": "ι", "kappa": "κ", "lambd": "λ", "lam": "λ", "mu": "μ", "nu": "ν",
    "xi": "ξ", "rho": "ρ", "sigma": "σ", "tau": "τ", "phi": "φ", "chi": "χ", "psi": "ψ",
    "omega": "ω",
}  # fmt: skip


def name_latex(name: str) -> str:
    """LaTeX for a parameter name: a Greek letter, or the name upright."""
    if name in GREEK:
        return "\\lambda" if name in ("lambd", "lam") else "\\" + name
    if len(name) == 1:
        return name
    return "\\mathrm{" + name.replace("_", "\\_") + "}"


class _Real(sympy.Function):  # type: ignore[misc]
    """Real for real arguments, so that SymPy differentiates |f| and sign(f) as for reals."""

    display = ""

    def _eval_is_extended_real(self) -> bool | None:
        return True if all(a.is_extended_real for a in self.args) else None

    def _sympystr(self, printer: Any, **kwargs: Any) -> str:
        return f"{self.display}({', '.join(printer._print(a) for a in self.args)})"

    def _latex(self, printer: Any, exp: Any = None, **kwargs: Any) -> str:
        body = self._tex(printer)
        return f"\\left({body}\\right)^{{{exp}}}" if exp is not None else body

    def _tex(self, printer: Any) -> str:
        inner = ", ".join(printer._print(a) for a in self.args)
        return f"\\operatorname{{{self.display}}}\\left({inner}\\right)"


class Sigmoid(_Real):
    """σ(u) = 1/(1 + e^−u)."""

    nargs = 1
    display = "sigmoid"

    def fdiff(self, argindex: int = 1) -> Any:
        u = self.args[0]
        return Sigmoid(u) * Sigmoid(-u)

    def _eval_is_positive(self) -> bool | None:
        return True if self.args[0].is_extended_real else None

    def _tex(self, printer: Any) -> str:
        return f"\\sigma\\left({printer._print(self.args[0])}\\right)"


class Softplus(_Real):
    """softplus(u) = log(1 + e^u), without PyTorch's threshold."""

    nargs = 1
    display = "softplus"

    def fdiff(self, argindex: int = 1) -> Any:
        return Sigmoid(self.args[0])

    def _eval_is_positive(self) -> bool | None:
        return True if self.args[0].is_extended_real else None


class Tanh(_Real):
    """tanh u, whose derivative is sech² u."""

    nargs = 1
    display = "tanh"

    @classmethod
    def eval(cls, u: Any) -> Any:
        if u.is_zero:
            return sympy.S.Zero
        if u.could_extract_minus_sign():
            return -cls(-u)  # odd: one canonical form, so that equal terms cancel
        return None

    def fdiff(self, argindex: int = 1) -> Any:
        return Sech(self.args[0]) ** 2

    def _tex(self, printer: Any) -> str:
        return f"\\tanh\\left({printer._print(self.args[0])}\\right)"


class Sech(_Real):
    """sech u = 1/cosh u, evaluated without overflowing cosh."""

    nargs = 1
    display = "sech"

    @classmethod
    def eval(cls, u: Any) -> Any:
        if u.is_zero:
            return sympy.S.One
        if u.could_extract_minus_sign():
            return cls(-u)  # even
        return None

    def fdiff(self, argindex: int = 1) -> Any:
        u = self.args[0]
        return -Tanh(u) * Sech(u)

    def _eval_is_positive(self) -> bool | None:
        return True if self.args[0].is_extended_real else None


class Log1p(_Real):
    """log(1 + u), accurate for small u."""

    nargs = 1
    display = "log1p"

    def fdiff(self, argindex: int = 1) -> Any:
        return 1 / (1 + self.args[0])

    def _tex(self, printer: Any) -> str:
        return f"\\log\\left(1 + {printer._print(self.args[0])}\\right)"


class Expm1(_Real):
    """e^u − 1, accurate for small u."""

    nargs = 1
    display = "expm1"

    def fdiff(self, argindex: int = 1) -> Any:
        return sympy.exp(self.args[0])

    def _tex(self, printer: Any) -> str:
        return f"\\left(e^{{{printer._print(self.args[0])}}} - 1\\right)"


class Erfc(_Real):
    """erfc u = 1 − erf u, kept as it is (SymPy's own rewrites erfc(−u) as 2 − erfc(u), which
    loses all precision where erfc(u) is tiny)."""

    nargs = 1
    display = "erfc"

    def fdiff(self, argindex: int = 1) -> Any:
        u = self.args[0]
        return -2 / sympy.sqrt(sympy.pi) * sympy.exp(-(u**2))

    def _eval_is_positive(self) -> bool | None:
        return True if self.args[0].is_extended_real else None

    def _tex(self, printer: Any) -> str:
        return f"\\operatorname{{erfc}}\\left({printer._print(self.args[0])}\\right)"


class Step(_Real):
    """[u > 0]: 1 where u > 0, else 0 (also at 0); its derivative is 0.

    The derivatives of max, min and clip are written with it rather than with a Piecewise,
    whose condition SymPy would try to rewrite (and fails to, for nested Piecewise).
    """

    nargs = 1
    display = "step"

    @classmethod
    def eval(cls, u: Any) -> Any:
        if u.is_Number:
            return sympy.S.One if u > 0 else sympy.S.Zero
        return None

    def fdiff(self, argindex: int = 1) -> Any:
        return sympy.S.Zero

    def _sympystr(self, printer: Any, **kwargs: Any) -> str:
        return f"[{printer._print(self.args[0])} > 0]"

    def _tex(self, printer: Any) -> str:
        return f"\\left[{printer._print(self.args[0])} > 0\\right]"


class Max2(_Real):
    """max(a, b); at a tie the gradient goes to neither argument."""

    nargs = 2
    display = "max"

    @classmethod
    def eval(cls, a: Any, b: Any) -> Any:
        if a.is_Number and b.is_Number:
            return a if a >= b else b
        return None

    def fdiff(self, argindex: int = 1) -> Any:
        a, b = self.args
        return Step(a - b) if argindex == 1 else Step(b - a)

    def _tex(self, printer: Any) -> str:
        return f"\\max\\left({printer._print(self.args[0])}, {printer._print(self.args[1])}\\right)"


class Min2(_Real):
    """min(a, b); at a tie the gradient goes to neither argument."""

    nargs = 2
    display = "min"

    @classmethod
    def eval(cls, a: Any, b: Any) -> Any:
        if a.is_Number and b.is_Number:
            return a if a <= b else b
        return None

    def fdiff(self, argindex: int = 1) -> Any:
        a, b = self.args
        return Step(b - a) if argindex == 1 else Step(a - b)

    def _tex(self, printer: Any) -> str:
        return f"\\min\\left({printer._print(self.args[0])}, {printer._print(self.args[1])}\\right)"


class Clip(_Real):
    """min(max(u, lo), hi) for bounds free of x; clip′ = 0 at both edges (as Hardtanh)."""

    nargs = 3
    display = "clip"

    @classmethod
    def eval(cls, u: Any, lo: Any, hi: Any) -> Any:
        if u.is_Number and lo.is_Number and hi.is_Number:
            return min(max(u, lo), hi)
        return None

    def fdiff(self, argindex: int = 1) -> Any:
        u, lo, hi = self.args
        if argindex != 1:
            raise NotImplementedError("the bounds of clip do not depend on x")
        return Step(u - lo) * Step(hi - u)


class CatalogCall(_Real):
    """A catalog function (or its first or second derivative) at u, with numeric parameters.

    ``args`` are u followed by the numeric parameters in the catalog's order; choice
    parameters are part of the class, since SymPy arguments must be expressions.
    """

    act: Activation
    order: int
    choices: tuple[tuple[str, str], ...]
    numeric: tuple[str, ...]

    def fdiff(self, argindex: int = 1) -> Any:
        if argindex != 1:
            raise NotImplementedError("catalog parameters do not depend on x")
        if self.order >= 2:
            raise NotImplementedError("the catalog has no third derivative")
        if self.order == 1 and self.act.piecewise_linear:
            return sympy.S.Zero
        return catalog_class(self.act, self.order + 1, self.choices)(*self.args)

    def values(self, numbers: tuple[float, ...]) -> dict[str, Any]:
        """The catalog parameters for these numeric values (choices added)."""
        out: dict[str, Any] = dict(zip(self.numeric, numbers))
        out.update(self.choices)
        return out

    def _sympystr(self, printer: Any, **kwargs: Any) -> str:
        parts = [printer._print(self.args[0])]
        parts += [f"{n}={printer._print(v)}" for n, v in zip(self.numeric, self.args[1:])]
        parts += [f"{n}={v!r}" for n, v in self.choices]
        return f"{self.act.id}{chr(39) * self.order}({', '.join(parts)})"

    def _tex(self, printer: Any) -> str:
        parts = [f"{name_latex(n)} = {printer._print(v)}" for n, v in zip(self.numeric, self.args[1:])]
        parts += [f"\\text{{{n}}} = \\text{{{v}}}" for n, v in self.choices]
        inner = printer._print(self.args[0]) + (";\\ " + ",\\ ".join(parts) if parts else "")
        name = self.act.id.replace("_", "\\_")
        return f"\\operatorname{{{name}}}{chr(39) * self.order}\\left({inner}\\right)"


@functools.cache
def catalog_class(act: Activation, order: int, choices: tuple[tuple[str, str], ...]) -> Any:
    """The SymPy function class for derivative ``order`` of ``act`` with these choices."""
    numeric = tuple(p.name for p in act.params if not p.is_choice)
    suffix = "".join(f"_{v}" for _, v in choices)
    return type(
        f"{act.id}{suffix}_d{order}",
        (CatalogCall,),
        {"act": act, "order": order, "choices": choices, "numeric": numeric, "nargs": 1 + len(numeric)},
    )
