"""Checks on the raw text, before any parser sees it.

Everything here is plain string scanning, so a hostile text (a megabyte, ten thousand nested
brackets, a dunder) is refused before :func:`ast.parse` could blow the stack on it. The text is
then turned into Python syntax (``^`` becomes ``**``) with a map from each character back to
its column in what the user typed, so later errors can point at the right place.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Collection
from dataclasses import dataclass

from actviz.core.formula._errors import FormulaError

MAX_LENGTH = 500
MAX_NESTING = 40

# What a formula may contain. Quotes only serve choice parameters of catalog functions
# (``gelu(x, approximate='tanh')``); & | ~ ! only conditions.
_ALLOWED = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_ \t+-*/^().,<>=!&|~'\"")
# Typographic forms people paste from papers and from the catalog's own formula lines.
_TYPOGRAPHIC = {"−": "-", "·": "*", "×": "*", "²": "^2", "³": "^3", "≤": "<=", "≥": ">=", "≠": "!="}

_NUMBER = r"(?<![\w.])(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?"
_WORD = r"[A-Za-z_]\w*"
# A number, a name or a closing bracket directly followed by something that would be a factor:
# what people mean by implicit multiplication (2x, 2 x, 2(x+1), (x+1)(x-1), (x+1)x, a b).
# Atomic groups keep a number or a name whole: '1e5' is never '1' times 'e5'.
_IMPLICIT = re.compile(
    rf"(?P<left>(?>{_NUMBER})|\)|(?<![\w.])(?>{_WORD}))(?P<gap>\s*)(?P<right>(?>{_WORD})|\(|(?>{_NUMBER}))"
)


@dataclass(frozen=True)
class Prepared:
    """The formula as Python syntax, and where each of its characters was in the typed text."""

    typed: str
    python: str
    columns: tuple[int, ...]  # 1-based column in ``typed`` of each character of ``python``

    def column(self, offset: int | None) -> int | None:
        """The typed column of a 0-based offset into :attr:`python` (None stays None)."""
        if offset is None:
            return None
        if not self.columns:
            return 1
        return self.columns[max(0, min(offset, len(self.columns) - 1))]


def prepare(text: object, functions: Collection[str] = ()) -> Prepared:
    """Check the raw text and turn it into Python syntax; :class:`FormulaError` if refused.

    ``functions`` are the names that may be called, so that ``sin x`` is answered with
    ``sin(x)`` rather than with a multiplication.
    """
    if not isinstance(text, str):
        raise FormulaError(f"a formula must be text, got {type(text).__name__}")
    if len(text) > MAX_LENGTH:
        raise FormulaError(f"the formula is {len(text)} characters long; at most {MAX_LENGTH} are allowed")
    if not text.strip():
        raise FormulaError("the formula is empty; type an expression in x, e.g. x*sigmoid(x)")

    chars: list[str] = []
    columns: list[int] = []
    for i, ch in enumerate(text):
        out = _TYPOGRAPHIC.get(ch, ch)
        if out == ch and ch not in _ALLOWED:
            raise FormulaError(_bad_character(ch), i + 1)
        out = out.replace("^", "**")
        chars.append(out)
        columns.extend([i + 1] * len(out))
    python = "".join(chars)
    # Python reads leading spaces as an indent ("unexpected indent"), so they are dropped here.
    indent = len(python) - len(python.lstrip())
    python, columns = python[indent:], columns[indent:]

    dunder = text.find("__")
    if dunder >= 0:
        raise FormulaError("names with a double underscore are not allowed", dunder + 1)
    _check_brackets(text)
    _check_implicit_multiplication(text, functions)
    return Prepared(text, python, tuple(columns))


def _bad_character(ch: str) -> str:
    if ch in "\n\r":
        return "a formula is one line; remove the line break"
    if ch.isalpha():
        return f"{ch!r} is not allowed: write names in ASCII letters, e.g. alpha instead of α"
    if ch == "#":
        return "comments (#) are not allowed"
    return (
        f"the character {ch!r} is not allowed; use numbers, names, + - * / ^ ( ) and commas, "
        "and comparisons inside where(...)"
    )


def _check_brackets(text: str) -> None:
    depth = 0
    opened: list[int] = []
    in_string: str | None = None
    for i, ch in enumerate(text):
        if in_string is not None:
            if ch == in_string:
                in_string = None
            continue
        if ch in "'\"":
            in_string = ch
        elif ch == "(":
            depth += 1
            opened.append(i)
            if depth > MAX_NESTING:
                raise FormulaError(f"brackets are nested more than {MAX_NESTING} deep", i + 1)
        elif ch == ")":
            if not opened:
                raise FormulaError("this ')' closes a bracket that was never opened", i + 1)
            depth -= 1
            opened.pop()
    if in_string is not None:
        raise FormulaError("a quote is never closed", text.rfind(in_string) + 1)
    if opened:
        raise FormulaError("this '(' is never closed", opened[-1] + 1)


def _blank_strings(text: str) -> str:
    """The text with quoted parts blanked out, so that scans never look inside them."""
    return re.sub(r"'[^']*'|\"[^\"]*\"", lambda m: " " * len(m.group()), text)


def _check_implicit_multiplication(text: str, functions: Collection[str]) -> None:
    scan = _blank_strings(text)
    for m in _IMPLICIT.finditer(scan):
        left, right = m.group("left"), m.group("right")
        if keyword.iskeyword(left) or keyword.iskeyword(right):
            continue  # 'not x', 'x and y', '1 if ...': the parser has its own word for these
        left_is_name = left[0].isalpha() or left[0] == "_"
        right_is_number = right[0].isdigit() or right[0] == "."
        if left_is_name and right == "(":
            continue  # a call: exp(x), exp (x)
        if not (left_is_name or left == ")") and right_is_number:
            continue  # '2 3' is a plain syntax error, left to the parser
        if left in functions and right != "(":
            raise FormulaError(
                f"a function's argument goes in brackets: write {left}({right[:12]})", m.start("right") + 1
            )
        if left == ")":
            left = _bracket_before(scan, m.start("left"))
        example = f"{left}*{right[:12]}" + ("…)" if right == "(" else "")
        raise FormulaError(
            f"implicit multiplication is not supported: write {example} with an explicit *",
            m.start("right") + 1,
        )


def _bracket_before(text: str, close: int) -> str:
    """The bracketed group ending at ``close``, shortened to '(…)' when long."""
    depth = 0
    for i in range(close, -1, -1):
        depth += {")": 1, "(": -1}.get(text[i], 0)
        if depth == 0:
            group = text[i : close + 1]
            return group if len(group) <= 16 else "(…)"
    return ")"
