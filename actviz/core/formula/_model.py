"""The activation a formula becomes: a catalog :class:`Activation` with a few more facts."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from actviz.core.activation import Activation


@dataclass(frozen=True, eq=False)
class FormulaActivation(Activation):
    """An activation typed as a formula; everything an :class:`Activation` does, and more.

    Attributes
    ----------
    text : str
        The formula as typed.
    expression : sympy.Expr
        The formula as read, before any rewriting (what ``latex_f`` shows).
    evaluated : tuple of sympy.Expr
        f, f′ and f″ as evaluated: unstable forms rewritten into stable ones, then
        differentiated exactly.
    latex_d2f : str
        LaTeX of f″.
    stability_note : str
        Where f, f′ or f″ is NaN or infinite for finite x at the default parameters, and
        why, e.g. ``"f is +inf for x > 709.78 (exp(x) overflows there)"``; "" if nowhere
        (checked on [−50, 50] finely and out to ±10⁶). :meth:`stability` checks other
        parameters or a given range.
    kinks_exact : bool
        False if some kink was found by a numeric search (on [−1000, 1000]) rather than
        solved exactly.
    """

    text: str = ""
    expression: Any = None
    evaluated: tuple[Any, Any, Any] = (None, None, None)
    latex_d2f: str = ""
    stability_note: str = ""
    kinks_exact: bool = True
    program: Any = field(default=None, repr=False)

    def stability(self, params: Mapping[str, Any] | None = None, x_range: tuple[float, float] | None = None) -> str:
        """The stability note for these parameters, on ``x_range`` (default: the standard grid).

        Parameters
        ----------
        params : mapping, optional
            Parameter values; validated, defaults filled in.
        x_range : (float, float), optional
            A finite interval to check with 2001 points instead of the standard grid.

        Returns
        -------
        str
            "" if f, f′ and f″ are finite there, else where they are not and why.
        """
        from actviz.core.formula._analysis import stability_note

        resolved = self.resolve(**(params or {}))
        if x_range is not None:
            lo, hi = (float(v) for v in x_range)
            if not lo < hi or not (abs(lo) < float("inf") and abs(hi) < float("inf")):
                raise ValueError(f"x range must be finite with min < max, got [{lo:g}, {hi:g}]")
            x_range = (lo, hi)
        return stability_note(self.program, {k: float(v) for k, v in resolved.items()}, x_range)

    def with_ranges(self, **ranges: tuple[float, float]) -> FormulaActivation:
        """A copy whose parameters have new allowed ranges, e.g. ``act.with_ranges(a=(-20, 20))``.

        A default outside its new range moves to the nearest end.

        Raises
        ------
        ValueError
            For an unknown parameter or a range that is not ``lo < hi``.
        """
        params = []
        for p in self.params:
            if p.name not in ranges:
                params.append(p)
                continue
            lo, hi = (float(v) for v in ranges.pop(p.name))
            if not lo < hi:
                raise ValueError(f"the range of {p.name} needs min < max, got [{lo:g}, {hi:g}]")
            default = min(max(float(p.default), lo), hi)
            params.append(dataclasses.replace(p, min=lo, max=hi, default=default))
        if ranges:
            raise ValueError(self._unknown_param_message(next(iter(ranges))))
        return dataclasses.replace(self, params=tuple(params))
