"""Reference marks as a user types them, and back: ``y=0.25 σ′ max``, ``x=0``, ``(0, 0.5) σ(0)``.

The text form is what the side panel's box, the ``--mark`` option and the list of marks use.
Checking the values themselves (finite, within range, label length) is :func:`make_mark`'s
job; this module only reads the shape of the text. No Qt here.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any

from actviz.core import Activation
from actviz.core.numbers import fmt_number
from actviz.state.model import MAX_MARK_LABEL, Mark, make_mark
from actviz.state.texts import QT_TRANSLATE_NOOP, RefusalError

# A number as Python reads it, plus the words for the values make_mark refuses by name (so
# "y=nan" gets "must be a finite number", not "a mark is ..."). "−" is the typographic minus.
_NUM = r"[-+−]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][-+−]?\d+)?|inf(?:inity)?|nan)"
_FLAGS = re.IGNORECASE | re.DOTALL  # a line break in a label is spacing; make_mark tidies it
_LINE = re.compile(rf"\s*([xy])\s*=\s*({_NUM})(?:\s+(.*?))?\s*", _FLAGS)
_BRACKETED = re.compile(rf"\s*\(\s*({_NUM})\s*,\s*({_NUM})\s*\)(?:\s*(.*?))?\s*", _FLAGS)
# Without brackets a label must be set apart by a space and cannot start a third number.
_BARE = re.compile(rf"\s*({_NUM})\s*,\s*({_NUM})(?:\s+([^,\s].*?))?\s*", _FLAGS)
# An optional target first: the panel (f, f′, f″; ' for ′ is fine) and, before it, a function
# id, then a colon: "f′: x=0 ReLU′ = 0 to the left", "relu f′: x=0".
_TARGET = re.compile(r"\s*(?:([A-Za-z_][\w:.]*)\s+)?(f(?:′|″|''|'|′′)?)\s*:\s*(.*)", _FLAGS)
PANEL_NAMES = ("f", "f′", "f″")
_PANEL_SPELLINGS = {"f": 0, "f′": 1, "f'": 1, "f″": 2, "f''": 2, "f′′": 2}
FORM = QT_TRANSLATE_NOOP("State", "a mark is y=…, x=… or (x, y), optionally followed by a label")
EXAMPLES = "y=0.25 σ′ max, x=0, (0, 0.5) σ(0)"


def _shown(text: str, limit: int = 40) -> str:
    """``text`` quoted, with line breaks and control characters escaped (one line), and cut to
    about ``limit`` characters as shown: an escape such as \\U0002ebe1 counts for all it takes."""
    shown = repr(text)
    if len(shown) <= limit + 2:
        return shown
    for end in range(min(len(text), limit), 0, -1):
        shown = repr(text[:end] + "…")
        if len(shown) <= limit + 2:
            return shown
    return repr("…")


def _number(text: str) -> str:
    return text.replace("−", "-")


def parse_mark(text: Any) -> Mark:
    """Read one mark from what a user typed.

    ``y=0.25`` or ``y = 0.25 σ′ max`` is a horizontal line, ``x=0`` a vertical one, and
    ``(0, 0.5) σ(0)`` or ``0, 0.5`` a point; the label, if any, follows the value. Raises
    ValueError with a one-line message saying what is wrong.
    """
    if not isinstance(text, str):
        raise RefusalError(QT_TRANSLATE_NOOP("State", "{form}; got {text!r}"), form=FORM, text=text)
    target: dict[str, Any] = {}
    t = _TARGET.fullmatch(text)
    if t is not None:
        target["panel"] = _PANEL_SPELLINGS[t.group(2)]
        if t.group(1):
            target["function"] = t.group(1)
        text = t.group(3)
    extra = (target,) if target else ()
    m = _LINE.fullmatch(text)
    if m is not None:
        axis, value, label = m.group(1).lower(), _number(m.group(2)), m.group(3) or ""
        return make_mark("h" if axis == "y" else "v", value, label, *extra)
    m = _BRACKETED.fullmatch(text) or _BARE.fullmatch(text)
    if m is not None:
        return make_mark("point", _number(m.group(1)), _number(m.group(2)), m.group(3) or "", *extra)
    raise RefusalError(QT_TRANSLATE_NOOP("State", "{form}; got {text}"), form=FORM, text=_shown(text))


def format_number(v: float) -> str:
    """A coordinate as typed: the shortest text that reads back to the same float."""
    return fmt_number(v, None, python_exponent=True, ascii=True)


def mark_text(mark: Mark) -> str:
    """The text :func:`parse_mark` reads back to ``mark``: ``y=0.25 σ′ max``, ``(0, 0.5) σ(0)``."""
    if mark.kind == "h":
        assert mark.y is not None
        text = f"y={format_number(mark.y)}"
    elif mark.kind == "v":
        assert mark.x is not None
        text = f"x={format_number(mark.x)}"
    else:
        assert mark.x is not None and mark.y is not None
        text = f"({format_number(mark.x)}, {format_number(mark.y)})"
    text = f"{text} {mark.label}" if mark.label else text
    return f"{target_text(mark)}: {text}" if mark.panel is not None else text


def target_text(mark: Mark) -> str:
    """Where a targeted mark belongs, as typed: ``f′``, ``relu f′``; empty for an untargeted one."""
    if mark.panel is None:
        return ""
    return f"{mark.function} {PANEL_NAMES[mark.panel]}" if mark.function else PANEL_NAMES[mark.panel]


def _short(v: float, digits: int = 4) -> str:
    """A number for the plot: a few significant digits, ``1e12`` not ``1e+12``, a real minus."""
    return fmt_number(v, digits, fixed_from=0)


def value_text(mark: Mark) -> str:
    """What the plot writes beside a mark that has no label: ``y = 0.25``, ``(0, 0.5)``."""
    if mark.kind == "h":
        assert mark.y is not None
        return f"y = {_short(mark.y)}"
    if mark.kind == "v":
        assert mark.x is not None
        return f"x = {_short(mark.x)}"
    assert mark.x is not None and mark.y is not None
    return f"({_short(mark.x)}, {_short(mark.y)})"


def shown_text(mark: Mark) -> str:
    """The text drawn with a mark on the plot: its label, or else its value."""
    return mark.label or value_text(mark)


def point_on_curve(act: Activation, params: Mapping[str, Any], x: float) -> Mark:
    """A labelled point on ``f`` at ``x`` (rounded to the 5 significant digits the readout
    shows), for "mark the point under the mouse". ValueError if f has no finite value there."""
    x = float(f"{float(x):.5g}")
    f, _df, _d2f = act.evaluate_all(float(x), params)
    y = float(f)
    if not math.isfinite(y):
        raise RefusalError(QT_TRANSLATE_NOOP("State", "f has no finite value at x = {x}"), x=_short(x))
    label = f"f({_short(x, 5)}) = {_short(y)}"
    return make_mark("point", x, y, label[:MAX_MARK_LABEL])


__all__ = [
    "EXAMPLES",
    "FORM",
    "PANEL_NAMES",
    "format_number",
    "mark_text",
    "parse_mark",
    "point_on_curve",
    "shown_text",
    "target_text",
    "value_text",
]
