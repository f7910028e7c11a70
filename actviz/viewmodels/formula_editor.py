"""What the formula editor shows for a text: the preview's curves, kink dots and facts, or the
core's message. Qt-free, so the editor can compute it in a worker thread and tests can call it
directly.
"""

from __future__ import annotations

import math
import re
import time
from dataclasses import dataclass
from typing import Any

from actviz.core import Activation, Samples, sample
from actviz.state.texts import QT_TRANSLATE_NOOP, Message
from actviz.viewmodels.function import KinkDots, kink_dots

# name, formula, what it is: the editor's library of examples.
EXAMPLES: tuple[tuple[str, str, str], ...] = (
    ("swish_beta", "x*sigmoid(beta*x)", QT_TRANSLATE_NOOP("FormulaEditor", "Swish with β (SiLU at β = 1)")),
    ("mish", "x*tanh(softplus(x))", QT_TRANSLATE_NOOP("FormulaEditor", "Mish")),
    ("relu_clipped", "clip(x - s, 0, 6)", QT_TRANSLATE_NOOP("FormulaEditor", "ReLU shifted by s and clipped at 6")),
    ("elu_where", "where(x > 0, x, alpha*(exp(x) - 1))", QT_TRANSLATE_NOOP("FormulaEditor", "ELU written with where")),
    (
        "gelu_tanh",
        "0.5*x*(1 + tanh(sqrt(2/pi)*(x + 0.044715*x^3)))",
        QT_TRANSLATE_NOOP("FormulaEditor", "GELU, tanh approximation"),
    ),
    (
        "leaky_maxmin",
        "max(0, x) + a*min(0, x)",
        QT_TRANSLATE_NOOP("FormulaEditor", "Leaky ReLU from max and min (f′(0) = 0)"),
    ),
    ("softplus_beta", "log(1 + exp(beta*x))/beta", QT_TRANSLATE_NOOP("FormulaEditor", "softplus with β (made stable)")),
    ("penalized_tanh", "where(x > 0, tanh(x), a*tanh(x))", QT_TRANSLATE_NOOP("FormulaEditor", "penalized tanh")),
    ("bent_identity", "(sqrt(x^2 + 1) - 1)/2 + x", QT_TRANSLATE_NOOP("FormulaEditor", "bent identity")),
    (
        "swish_elu",
        "where(x > 0, x*sigmoid(x), elu(x, alpha=a))",
        QT_TRANSLATE_NOOP("FormulaEditor", "Swish right, ELU left"),
    ),
)
PREVIEW_WIDTH_PX = 480


@dataclass(frozen=True)
class Preview:
    """The outcome of one text: either ``act`` with its curves, or ``error``.

    Attributes
    ----------
    text : str
        The text this preview is for.
    act : Activation or None
        The built function (at its default parameters in the curves), None on error.
    error : str
        The core's one-line message ("column N: what is wrong and what is allowed").
    column : int or None
        Where in the text the error is, 1-based, when it has a place.
    samples : Samples or None
        f, f′ and f″ on the x range, kinks exact.
    dots : KinkDots or None
        The filled and hollow kink markers.
    facts : tuple of str
        Lines for the editor: the parameters, the convention at kinks, any stability warning.
    seconds : float
        How long building and sampling took.
    """

    text: str
    act: Activation | None = None
    error: str = ""
    column: int | None = None
    samples: Samples | None = None
    dots: KinkDots | None = None
    facts: tuple[str, ...] = ()
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.act is not None


def make_preview(text: str, x_range: tuple[float, float] = (-5.0, 5.0), width_px: int = PREVIEW_WIDTH_PX) -> Preview:
    """Build ``text`` and sample it; a refused formula gives a Preview with ``error`` set."""
    from actviz.state.formulas import NEEDS_SYMPY, sympy_available

    t0 = time.perf_counter()
    if not text.strip():
        return Preview(text, error="type a formula in x, e.g. x*sigmoid(beta*x)")
    if not sympy_available():
        return Preview(text, error=NEEDS_SYMPY)
    from actviz.core.formula import formula

    try:
        act = formula(text)
        samples = sample(act, None, x_range, width_px)
    except ValueError as e:  # FormulaError is a ValueError; so is a sampler refusal
        return Preview(text, error=str(e), column=getattr(e, "column", None), seconds=time.perf_counter() - t0)
    return Preview(
        text,
        act,
        samples=samples,
        dots=kink_dots(samples, (True, True, True)),
        facts=facts(act, x_range),
        seconds=time.perf_counter() - t0,
    )


# Names a student types meaning a second variable: they become parameters, which is rarely meant.
_VARIABLE_LIKE = re.compile(r"^(?:[yzXYZtuvw]|x_?\d+)$")


def facts(act: Activation, x_range: tuple[float, float] | None = None) -> tuple[str, ...]:
    """The parameters found, the convention at kinks and any stability warning, as lines
    (English strings; the editor shows them translated with ``tr_text``).

    With ``x_range``, the stability warning covers only that range: overflow far beyond what
    is drawn (x² past 1.3e154) is not worth a student's attention.
    """
    lines: list[str] = []
    if act.params:
        found = ", ".join(f"{p.name} = {_num(p.default)} on [{_num(p.min)}, {_num(p.max)}]" for p in act.params)
        lines.append(Message(QT_TRANSLATE_NOOP("FormulaEditor", "Parameters: {found}"), found=found))
        variable_like = QT_TRANSLATE_NOOP(
            "FormulaEditor", "Note: {name} is a parameter (a slider), not a variable; did you mean x?"
        )
        lines += [Message(variable_like, name=p.name) for p in act.params if _VARIABLE_LIKE.match(p.name)]
    else:
        lines.append(QT_TRANSLATE_NOOP("FormulaEditor", "Parameters: none"))
    expression = getattr(act, "expression", None)
    if expression is not None and "x" not in {s.name for s in expression.free_symbols}:
        lines.append(QT_TRANSLATE_NOOP("FormulaEditor", "Note: the formula does not use x, so its curve is flat"))
    lines.append(act.convention)
    stability = getattr(act, "stability", None)
    note = stability(x_range=x_range) if x_range is not None and stability else getattr(act, "stability_note", "")
    if note:
        lines.append(Message(QT_TRANSLATE_NOOP("FormulaEditor", "Warning: {note}"), note=note))
    return tuple(lines)


def _num(v: Any) -> str:
    if isinstance(v, float) and math.isinf(v):
        return "∞" if v > 0 else "−∞"
    return f"{v:g}" if isinstance(v, float) else str(v)


def suggest_name(text: str, taken: set[str]) -> str:
    """A free name for a new formula: the example's name if the text is one, else formula, formula2, ..."""
    base = next((n for n, t, _ in EXAMPLES if t == text.strip()), "formula")
    name, k = base, 1
    while name in taken:
        k += 1
        name = f"{base}{k}"
    return name


__all__ = ["EXAMPLES", "PREVIEW_WIDTH_PX", "Preview", "facts", "make_preview", "suggest_name"]
