"""A session's custom formulas: name → text (and parameter ranges, if edited), checked and
turned into functions the registry lends to every view under ids ``custom:<name>``.

No Qt. Building a formula needs SymPy (a dependency of the wheel, and carried by the packaged
app); should it be missing, a saved formula is kept as text, so saving the session again loses
nothing, and reported in one line.
"""

from __future__ import annotations

import dataclasses
import math
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from actviz.core import Activation
from actviz.core.registry import CUSTOM_PREFIX, custom_id
from actviz.state.texts import QT_TRANSLATE_NOOP, RefusalError

MAX_FORMULAS = 50
# The one line that says what is missing and how to get it. A pip install of ActViz brings
# SymPy; the packaged app leaves it out to keep within its size budget.
NEEDS_SYMPY = (
    QT_TRANSLATE_NOOP(
        "State",
        "custom formulas need SymPy, which is missing from this packaged ActViz: install ActViz with "
        "pip (pip install actviz) to use them",
    )
    if getattr(sys, "frozen", False)
    else QT_TRANSLATE_NOOP("State", "custom formulas need SymPy: pip install sympy (or pip install 'actviz[formula]')")
)


@dataclass(frozen=True)
class CustomFormula:
    """One custom formula as the session keeps it.

    Attributes
    ----------
    name : str
        Letters, digits and ``_``, starting with a letter; the function's id is ``custom:<name>``.
    text : str
        The formula as typed, e.g. ``"x*sigmoid(beta*x)"``.
    ranges : tuple of (str, (float, float))
        Parameter ranges the user changed from the formula's own, sorted by parameter name.
    """

    name: str
    text: str
    ranges: tuple[tuple[str, tuple[float, float]], ...] = ()

    @property
    def id(self) -> str:
        return CUSTOM_PREFIX + self.name

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"text": self.text}
        if self.ranges:
            out["ranges"] = {p: [lo, hi] for p, (lo, hi) in self.ranges}
        return out


def sympy_available() -> bool:
    """Whether custom formulas can be built here (SymPy importable)."""
    import importlib.util

    if "sympy" in sys.modules:
        return sys.modules["sympy"] is not None  # None: imports of it are blocked
    try:
        return importlib.util.find_spec("sympy") is not None
    except (ImportError, ValueError):
        return False


def is_custom(function_id: str) -> bool:
    return function_id.startswith(CUSTOM_PREFIX)


def name_of(function_id: str) -> str:
    """``custom:swish_beta`` → ``swish_beta``."""
    return function_id[len(CUSTOM_PREFIX) :] if is_custom(function_id) else function_id


def make_formula(name: Any, text: Any, ranges: Any = None) -> CustomFormula:
    """Check the shape of a definition (not the formula itself); ValueError says what is wrong."""
    custom_id(name)  # ValueError naming the allowed characters
    if not isinstance(text, str) or not text.strip():
        raise RefusalError(QT_TRANSLATE_NOOP("State", "the formula {name!r} has no text"), name=name)
    if ranges is None:
        ranges = {}
    if not isinstance(ranges, Mapping):
        raise RefusalError(
            QT_TRANSLATE_NOOP("State", "the parameter ranges of {name!r} must be a mapping of name to [min, max]"),
            name=name,
        )
    out = []
    for p, rng in ranges.items():
        if not isinstance(p, str):
            raise RefusalError(
                QT_TRANSLATE_NOOP("State", "a parameter name of {name!r} must be text, got {p!r}"), name=name, p=p
            )
        try:
            lo, hi = (float(v) for v in rng)
        except (TypeError, ValueError):
            raise RefusalError(
                QT_TRANSLATE_NOOP("State", "the range of {p} must be [min, max], got {rng!r}"), p=p, rng=rng
            ) from None
        if not (math.isfinite(lo) and math.isfinite(hi) and lo < hi):
            raise RefusalError(
                QT_TRANSLATE_NOOP("State", "the range of {p} must be finite with min < max, got [{lo:g}, {hi:g}]"),
                p=p,
                lo=lo,
                hi=hi,
            )
        out.append((p, (lo, hi)))
    return CustomFormula(name, text, tuple(sorted(out)))


def build(definition: CustomFormula) -> Activation:
    """The function a definition describes, with id ``custom:<name>`` and label ``name``.

    Raises
    ------
    ValueError
        The core's one-line message for a refused formula (or :data:`NEEDS_SYMPY`), or a
        range for a parameter the formula does not have.
    """
    if not sympy_available():
        raise RefusalError(NEEDS_SYMPY)
    from actviz.core.formula import formula

    # Built without the name, so the editor's preview of the same text is a cache hit.
    act = formula(definition.text)
    if definition.ranges:
        act = act.with_ranges(**dict(definition.ranges))
    return dataclasses.replace(act, id=definition.id, label=definition.name)


def parse_saved(data: Any) -> tuple[list[CustomFormula], list[str]]:
    """Definitions from a saved ``formulas`` mapping (name → {text, ranges}), and problems."""
    if not isinstance(data, Mapping):
        return [], ["custom formulas: not a mapping"]
    out: list[CustomFormula] = []
    problems: list[str] = []
    for name, entry in data.items():
        try:
            if isinstance(entry, str):
                entry = {"text": entry}
            if not isinstance(entry, Mapping):
                raise RefusalError(QT_TRANSLATE_NOOP("State", "expected {{'text': ..., 'ranges': {{...}}}}"))
            out.append(make_formula(name, entry.get("text"), entry.get("ranges")))
        except ValueError as e:
            problems.append(f"custom formula {name!r}: {e}")
    if len(out) > MAX_FORMULAS:
        problems.append(f"custom formulas: at most {MAX_FORMULAS}; the rest were skipped")
        out = out[:MAX_FORMULAS]
    return out, problems


__all__ = [
    "MAX_FORMULAS",
    "NEEDS_SYMPY",
    "CustomFormula",
    "build",
    "is_custom",
    "make_formula",
    "name_of",
    "parse_saved",
    "sympy_available",
]
