"""The Train view's set-up as one line of text, as the Playground keeps it in its address:
``actviz:train?dataset=circle&features=x1,x2&layers=3,3&lr=0.03&...``.

Copy set-up puts it on the clipboard; Paste set-up, ``actviz --open`` and a scene file whose
text is this line restore it. A string is all-or-nothing: it is checked in a scratch
:class:`TrainState` first, and a string with a single problem changes nothing. A key the string
leaves out takes the default of a fresh Train view, so the same string always gives the same
set-up, whatever was on screen before. No Qt.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote, unquote

from actviz.state.texts import QT_TRANSLATE_NOOP, RefusalError
from actviz.state.training import TrainState

PREFIX = "actviz:train?"
MAX_LENGTH = 4000
"""A longer string is refused before it is read (eight activations with parameters fit in 1000)."""

# The string's key for each TrainState field, in the order the string lists them.
KEYS: dict[str, str] = {
    "dataset": "dataset",
    "noise": "noise",
    "train_percent": "train",
    "features": "features",
    "layers": "layers",
    "learning_rate": "lr",
    "batch_size": "batch",
    "regularization": "reg",
    "reg_rate": "rate",
    "activations": "activations",
    "selected": "selected",
    "seed": "seed",
    "threshold": "threshold",
    "study_seeds": "seeds",
    "study_epochs": "epochs",
    "show_test": "test",
    "discretize": "discretize",
}
FIELDS = {v: k for k, v in KEYS.items()}
_SAFE = ",:;=()"  # left as they are inside a value; everything else unusual is %-escaped


def _number(v: Any) -> str:
    if isinstance(v, bool):
        return "1" if v else "0"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if math.isfinite(v) and v == int(v) and abs(v) < 1e15:
            return str(int(v))
        return repr(v)
    return str(v)


def _activation(spec: Any) -> str:
    fid, params = spec[0], dict(spec[1])
    if not params:
        return str(fid)
    from actviz.core import get

    defaults = get(fid).defaults()
    shown = [(k, v) for k, v in sorted(params.items()) if defaults.get(k) != v]
    if not shown:
        return str(fid)
    return f"{fid}(" + ";".join(f"{k}={_number(v)}" for k, v in shown) + ")"


def format_setup(ts: TrainState) -> str:
    """The one-line share string of ``ts`` (every field that defines the run and its map)."""
    d = ts.to_dict()
    parts = []
    for field, key in KEYS.items():
        v = d[field]
        if field == "features":
            text = ",".join(v)
        elif field == "layers":
            text = ",".join(str(n) for n in v) if v else "none"
        elif field == "activations":
            text = ",".join(_activation(s) for s in v)
        else:
            text = _number(v)
        parts.append(f"{key}={quote(text, safe=_SAFE)}")
    return PREFIX + "&".join(parts)


ShareError = RefusalError
"""What a share string that cannot be restored raises: a refusal saying why, in one line."""


def _flag(text: str, key: str) -> bool:
    low = text.strip().lower()
    if low in ("1", "true", "yes", "on"):
        return True
    if low in ("0", "false", "no", "off"):
        return False
    raise RefusalError(
        QT_TRANSLATE_NOOP("State", "set-up refused: {key} must be 0 or 1, got {text!r}"), key=key, text=text
    )


def _split_top(text: str) -> list[str]:
    """Split at commas outside parentheses."""
    out: list[str] = []
    cur: list[str] = []
    depth = 0
    for c in text:
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth < 0:
                raise RefusalError(
                    QT_TRANSLATE_NOOP("State", "set-up refused: unbalanced parentheses in {text!r}"), text=text
                )
        if c == "," and depth == 0:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(c)
    if depth:
        raise RefusalError(QT_TRANSLATE_NOOP("State", "set-up refused: unbalanced parentheses in {text!r}"), text=text)
    out.append("".join(cur))
    return out


def _param_value(text: str) -> Any:
    try:
        return float(text)
    except ValueError:
        return text


def _activations(text: str) -> list[tuple[str, dict[str, Any]]]:
    out: list[tuple[str, dict[str, Any]]] = []
    for item in _split_top(text):
        item = item.strip()
        fid, params = item, {}
        if "(" in item:
            if not item.endswith(")"):
                raise RefusalError(
                    QT_TRANSLATE_NOOP("State", "set-up refused: activation {item!r} must read id(name=value;...)"),
                    item=item,
                )
            fid, _, inner = item[:-1].partition("(")
            for assignment in inner.split(";"):
                if not assignment.strip():
                    continue
                name, eq, value = assignment.partition("=")
                if not eq or not name.strip():
                    raise RefusalError(
                        QT_TRANSLATE_NOOP(
                            "State", "set-up refused: activation parameter {text!r} must read name=value"
                        ),
                        text=assignment,
                    )
                if name.strip() in params:
                    raise RefusalError(
                        QT_TRANSLATE_NOOP("State", "set-up refused: activation parameter {name!r} given twice"),
                        name=name.strip(),
                    )
                params[name.strip()] = _param_value(value.strip())
        out.append((fid.strip(), params))
    return out


def parse_values(text: Any) -> dict[str, Any]:
    """The settings a share string gives (field → value, not yet checked), or :class:`ShareError`."""
    if not isinstance(text, str):
        raise RefusalError(
            QT_TRANSLATE_NOOP("State", "set-up refused: a set-up is text, got {kind}"), kind=type(text).__name__
        )
    text = text.strip()
    if len(text) > MAX_LENGTH:
        raise RefusalError(
            QT_TRANSLATE_NOOP("State", "set-up refused: longer than {limit} characters"), limit=MAX_LENGTH
        )
    if not text.lower().startswith(PREFIX):
        raise RefusalError(
            QT_TRANSLATE_NOOP("State", "not an ActViz set-up: it does not start with {prefix}"), prefix=PREFIX
        )
    query = text[len(PREFIX) :]
    values: dict[str, Any] = {}
    for part in query.split("&") if query else []:
        if not part:
            continue
        key, eq, raw = part.partition("=")
        key = key.strip().lower()
        if not eq:
            raise RefusalError(QT_TRANSLATE_NOOP("State", "set-up refused: {key!r} has no value"), key=key)
        field = FIELDS.get(key)
        if field is None:
            raise RefusalError(QT_TRANSLATE_NOOP("State", "set-up refused: unknown key {key!r}"), key=key)
        if field in values:
            raise RefusalError(QT_TRANSLATE_NOOP("State", "set-up refused: {key} given twice"), key=key)
        value = unquote(raw, errors="strict") if "%" in raw else raw
        if any(not c.isprintable() for c in value):
            raise RefusalError(
                QT_TRANSLATE_NOOP("State", "set-up refused: {key} holds a character that is not printable"), key=key
            )
        if field == "features":
            values[field] = [f.strip() for f in value.split(",") if f.strip()]
        elif field == "layers":
            low = value.strip().lower()
            values[field] = [] if low in ("none", "0", "") else [p.strip() for p in value.split(",")]
        elif field == "activations":
            values[field] = _activations(value)
        elif field in ("show_test", "discretize"):
            values[field] = _flag(value, key)
        elif field in ("dataset", "regularization"):
            values[field] = value.strip()
        else:
            values[field] = value.strip()
    return values


def parse_setup(text: Any) -> dict[str, Any]:
    """A share string, checked: the whole set-up (:meth:`TrainState.to_dict`'s form) to apply
    with :meth:`TrainState.apply`. Raises :class:`ShareError` (one line) on any problem."""
    try:
        values = parse_values(text)
    except UnicodeDecodeError:
        raise RefusalError(QT_TRANSLATE_NOOP("State", "set-up refused: a %-escape that is not UTF-8")) from None
    scratch = TrainState()
    merged = scratch.to_dict()
    merged.update(values)
    # Numbers arrive as text: the setters read them, and refuse what is not a number.
    problems = scratch.apply(merged)
    if len(problems) > 1:
        raise RefusalError(
            QT_TRANSLATE_NOOP("State", "set-up refused: {problem} (and {more} more)"),
            problem=problems[0],
            more=len(problems) - 1,
        )
    if problems:
        raise RefusalError(QT_TRANSLATE_NOOP("State", "set-up refused: {problem}"), problem=problems[0])
    return scratch.to_dict()


def is_share_string(text: Any) -> bool:
    """Whether ``text`` looks like a share string (not whether it is a valid one)."""
    return isinstance(text, str) and text.strip().lower().startswith(PREFIX)


def restore_setup(ts: TrainState, text: Any) -> None:
    """Give ``ts`` the set-up of a share string, all or nothing (:class:`ShareError` if refused)."""
    checked = parse_setup(text)
    apply_checked(ts, checked)


def apply_checked(ts: TrainState, checked: Mapping[str, Any]) -> None:
    """Apply what :func:`parse_setup` returned (checked already: it cannot fail half-way)."""
    problems = ts.apply(checked)
    if problems:  # pragma: no cover - parse_setup applied the same values without problems
        raise RefusalError(QT_TRANSLATE_NOOP("State", "set-up refused: {problem}"), problem=problems[0])


__all__ = [
    "KEYS",
    "MAX_LENGTH",
    "PREFIX",
    "ShareError",
    "apply_checked",
    "format_setup",
    "is_share_string",
    "parse_setup",
    "parse_values",
    "restore_setup",
]
