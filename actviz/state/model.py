"""What is on screen, as one validated source of truth.

Every setter validates its input and raises ``ValueError`` with a message fit for a user; on
error nothing changes. A setter emits its event only when the value really changes, so a
widget that writes the state and is then updated from it cannot start a loop.
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from actviz.core import Activation, get, names, registry
from actviz.core.numbers import fmt_number
from actviz.state import formulas as custom
from actviz.state.depth import DepthState
from actviz.state.events import StateEvents
from actviz.state.fields import Field, Validator
from actviz.state.texts import QT_TRANSLATE_NOOP, RefusalError
from actviz.state.training import TrainState

DEFAULT_X_RANGE = (-5.0, 5.0)
DEFAULT_PROBES = (-20.0, -10.0, 0.0, 1.0, 15.0)  # the starting material's test inputs
STYLES = ("boxed", "origin")
LAYOUTS = ("overlay", "stacked", "grid")
THEMES = ("light", "dark", "contrast")
SCALES = ("normal", "large", "huge")
MARK_KINDS = ("h", "v", "point")
MAX_MARKS = 20
MAX_MARK_LABEL = 40
# |x| beyond this would make the sampler's float steps meaningless; far past any real use.
MAX_ABS_COORD = 1e12
MIN_SPAN = 1e-12
MAX_OVERLAYS = 8


@dataclass(frozen=True)
class Overlay:
    """A pinned function with its parameters, drawn for comparison."""

    function_id: str
    params: tuple[tuple[str, Any], ...]
    slot: int  # colour slot, stable while the overlay lives

    @property
    def param_dict(self) -> dict[str, Any]:
        return dict(self.params)

    def label(self) -> str:
        act = get(self.function_id)
        shown = [f"{act.param(n).symbol}={_short(v)}" for n, v in self.params if v != act.param(n).default]
        return act.label + (f" ({', '.join(shown)})" if shown else "")


@dataclass(frozen=True)
class Mark:
    """A reference mark: a horizontal line at ``y`` ("h"), a vertical line at ``x`` ("v"), or
    a point ``(x, y)`` ("point"). ``label`` is optional text drawn beside it."""

    kind: str  # "h", "v" or "point"
    x: float | None = None
    y: float | None = None
    label: str = ""
    # What the mark is about: the panel of f, f′ or f″ (0, 1, 2) and a function id. A mark with
    # neither shows wherever its kind fits; a targeted one only on that panel or function, so a
    # statement true of ReLU′ is not repeated beside Leaky ReLU.
    panel: int | None = None
    function: str | None = None

    def target(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.panel is not None:
            out["panel"] = self.panel
        if self.function is not None:
            out["function"] = self.function
        return out

    def to_list(self) -> list[Any]:
        if self.kind == "h":
            values = ["h", self.y, self.label]
        elif self.kind == "v":
            values = ["v", self.x, self.label]
        else:
            values = ["point", self.x, self.y, self.label]
        target = self.target()
        return [*values, target] if target else values  # older files keep their exact form


def _coord(v: Any, what: str) -> float:
    if isinstance(v, bool):
        raise RefusalError(QT_TRANSLATE_NOOP("State", "{what} must be a number, got {v!r}"), what=what, v=v)
    try:
        f = float(v)
    except (TypeError, ValueError):
        raise RefusalError(QT_TRANSLATE_NOOP("State", "{what} must be a number, got {v!r}"), what=what, v=v) from None
    if not math.isfinite(f) or abs(f) > MAX_ABS_COORD:
        raise RefusalError(
            QT_TRANSLATE_NOOP("State", "{what} must be a finite number within ±{MAX_ABS_COORD:g}, got {v!r}"),
            what=what,
            MAX_ABS_COORD=MAX_ABS_COORD,
            v=v,
        )
    return f


def make_mark(kind: Any, *values: Any) -> Mark:
    """Check and build a :class:`Mark`: ``("h", y[, label])``, ``("v", x[, label])`` or
    ``("point", x, y[, label])``. Raises ValueError saying what is wrong."""
    if kind not in MARK_KINDS:
        raise RefusalError(
            QT_TRANSLATE_NOOP("State", "a mark is 'h' (y = …), 'v' (x = …) or 'point' (x, y), got {kind!r}"), kind=kind
        )
    panel, function = None, None
    if values and isinstance(values[-1], Mapping):
        panel, function = _target(values[-1])
        values = values[:-1]
    need = 2 if kind == "point" else 1
    if not need <= len(values) <= need + 1:
        form = "point, x, y[, label]" if kind == "point" else f"{kind}, value[, label]"
        raise RefusalError(
            QT_TRANSLATE_NOOP("State", "a {kind!r} mark is [{form}], got {count} values"),
            kind=kind,
            form=form,
            count=len(values),
        )
    label = values[need] if len(values) > need else ""
    if label is None:
        label = ""
    if not isinstance(label, str):
        raise RefusalError(QT_TRANSLATE_NOOP("State", "a mark's label must be text, got {label!r}"), label=label)
    label = " ".join(label.split())  # no line breaks or control spacing on the plot
    if any(not c.isprintable() for c in label):
        raise RefusalError(QT_TRANSLATE_NOOP("State", "a mark's label must be printable text"))
    if len(label) > MAX_MARK_LABEL:
        raise RefusalError(
            QT_TRANSLATE_NOOP("State", "a mark's label must be at most {MAX_MARK_LABEL} characters, got {length}"),
            MAX_MARK_LABEL=MAX_MARK_LABEL,
            length=len(label),
        )
    if kind == "h":
        return Mark("h", None, _coord(values[0], QT_TRANSLATE_NOOP("State", "the line's y")), label, panel, function)
    if kind == "v":
        return Mark("v", _coord(values[0], QT_TRANSLATE_NOOP("State", "the line's x")), None, label, panel, function)
    x = _coord(values[0], QT_TRANSLATE_NOOP("State", "the point's x"))
    y = _coord(values[1], QT_TRANSLATE_NOOP("State", "the point's y"))
    return Mark("point", x, y, label, panel, function)


def _target(target: Mapping[Any, Any]) -> tuple[int | None, str | None]:
    """A mark's ``{"panel": 0|1|2, "function": id}``, checked (both optional)."""
    unknown = set(target) - {"panel", "function"}
    if unknown:
        raise RefusalError(
            QT_TRANSLATE_NOOP("State", "a mark's target takes 'panel' and 'function', got {unknown}"),
            unknown=sorted(map(str, unknown)),
        )
    panel = target.get("panel")
    if panel is not None and (isinstance(panel, bool) or panel not in (0, 1, 2)):
        raise RefusalError(
            QT_TRANSLATE_NOOP("State", "a mark's panel is 0 (f), 1 (f′) or 2 (f″), got {panel!r}"), panel=panel
        )
    function = target.get("function")
    if function is not None and (not isinstance(function, str) or not function or len(function) > 80):
        raise RefusalError(
            QT_TRANSLATE_NOOP("State", "a mark's function must be a function id, got {function!r}"), function=function
        )
    return panel, function


def _short(v: Any) -> str:
    """A parameter value in a legend, written as the live function's (real minus, ∞, −∞)."""
    if isinstance(v, float):
        return fmt_number(v, fixed_from=0, python_exponent=True)
    return str(v)


def check_range(lo: Any, hi: Any, what: str) -> tuple[float, float]:
    """Validate a (min, max) pair; raise ValueError saying what is wrong and what is allowed."""
    try:
        lo_f, hi_f = float(lo), float(hi)
    except (TypeError, ValueError):
        raise RefusalError(
            QT_TRANSLATE_NOOP("State", "{what} range must be two numbers, got {lo!r} and {hi!r}"),
            what=what,
            lo=lo,
            hi=hi,
        ) from None
    for v in (lo_f, hi_f):
        if not math.isfinite(v):
            raise RefusalError(
                QT_TRANSLATE_NOOP("State", "{what} range must be finite numbers, got [{lo_f:g}, {hi_f:g}]"),
                what=what,
                lo_f=lo_f,
                hi_f=hi_f,
            )
        if abs(v) > MAX_ABS_COORD:
            raise RefusalError(
                QT_TRANSLATE_NOOP("State", "{what} range must stay within ±{MAX_ABS_COORD:g}, got {v:g}"),
                what=what,
                MAX_ABS_COORD=MAX_ABS_COORD,
                v=v,
            )
    if not lo_f < hi_f:
        raise RefusalError(
            QT_TRANSLATE_NOOP("State", "{what} min must be less than {what} max, got [{lo_f:g}, {hi_f:g}]"),
            what=what,
            lo_f=lo_f,
            hi_f=hi_f,
        )
    if hi_f - lo_f < MIN_SPAN * max(1.0, abs(lo_f), abs(hi_f)):
        raise RefusalError(
            QT_TRANSLATE_NOOP("State", "{what} range is too narrow to draw: [{lo_f:g}, {hi_f:g}]"),
            what=what,
            lo_f=lo_f,
            hi_f=hi_f,
        )
    return lo_f, hi_f


def _one_of(what: str, allowed: tuple[str, ...]) -> Validator[str]:
    """A check that a value is one of ``allowed``; ``what`` names it in the refusal."""

    def check(_: Any, value: Any) -> str:
        if value not in allowed:
            raise RefusalError(
                QT_TRANSLATE_NOOP("State", "{what} must be one of {allowed}, got {value!r}"),
                what=what,
                allowed=", ".join(allowed),
                value=value,
            )
        return str(value)

    return check


def _style(_: Any, style: Any) -> str:
    if style not in STYLES:
        raise RefusalError(
            QT_TRANSLATE_NOOP("State", "style must be one of {allowed}, got {style!r}"),
            allowed=", ".join(STYLES),
            style=style,
        )
    return str(style)


def _probes(_: Any, values: Iterable[Any]) -> tuple[float, ...]:
    out = []
    for v in values:
        try:
            f = float(v)
        except (TypeError, ValueError):
            raise RefusalError(QT_TRANSLATE_NOOP("State", "probe values must be numbers, got {v!r}"), v=v) from None
        if math.isnan(f):
            raise RefusalError(QT_TRANSLATE_NOOP("State", "probe values must be numbers, got NaN"))
        out.append(f)
    if len(out) > 50:
        raise RefusalError(QT_TRANSLATE_NOOP("State", "at most 50 probe values, got {count}"), count=len(out))
    return tuple(out)


def _y_range(_: Any, rng: tuple[Any, Any] | None) -> tuple[float, float] | None:
    return None if rng is None else check_range(rng[0], rng[1], QT_TRANSLATE_NOOP("State", "y"))


class State:
    """The application state: the Function view's set-up, with the Train and Depth views' set-ups
    in ``train`` and ``depth``.

    Changes are announced on ``events`` (:class:`~actviz.state.events.StateEvents`): 15 psygnal
    signals, each fired once per real change with the new value: ``function``, ``params``,
    ``x_range``, ``y_range`` (a tuple, or None for automatic), ``auto_y`` (the range automatic
    chose; display only), ``shown``, ``style``, ``overlays``, ``probes``, ``trace``, ``layout``,
    ``theme``, ``scale``, ``marks`` and ``formulas``. ``train.events`` (18 signals)
    and ``depth.events`` (9) announce the other views' set-ups (``train.events.applied``: after
    several settings were applied at once). Subscribers are held weakly.

    The values declared as a :class:`~actviz.state.fields.Field` below are checked, stored and
    announced by the field; their ``set_<name>`` methods are declared beside them. The others
    (the function and its parameters, the ranges, the curves shown, the pins, the marks, the
    formulas) change together with something else and keep written setters.
    """

    x_range = Field(DEFAULT_X_RANGE)  # checked by set_x_range, which takes two numbers
    y_range = Field[tuple[float, float] | None](None, _y_range)
    set_y_range = y_range.set_method("rng", "A fixed (min, max), or None for automatic.")
    auto_y_range = Field[tuple[float, float] | None](
        None,
        lambda _, rng: (float(rng[0]), float(rng[1])),
        event="auto_y",
        doc="The y range the plot chose while y is automatic (display only; not saved).",
    )
    set_auto_y_range = auto_y_range.set_method(
        "rng", "Record the y range the plot fitted to the data, so range widgets can show it."
    )
    shown = Field[tuple[bool, bool, bool]]((True, True, False))  # written by set_shown and set_derivatives
    style = Field("boxed", _style)
    set_style = style.set_method("style")
    probes = Field[tuple[float, ...]](DEFAULT_PROBES, _probes)
    set_probes = probes.set_method("values")
    trace = Field(False, lambda _, on: bool(on))
    set_trace = trace.set_method("on", "Leave faded copies of the curve as a parameter passes tenths of its range.")
    layout = Field("overlay", _one_of(QT_TRANSLATE_NOOP("State", "layout"), LAYOUTS))
    set_layout = layout.set_method(
        "layout", "overlay (one plot), stacked (f, f′, f″ in panels sharing x) or grid (small multiples)."
    )
    theme = Field("light", _one_of(QT_TRANSLATE_NOOP("State", "theme"), THEMES))
    set_theme = theme.set_method("theme")
    scale = Field("normal", _one_of(QT_TRANSLATE_NOOP("State", "scale"), SCALES))
    set_scale = scale.set_method("scale", "The projector scale of every font and line: normal, large or huge.")

    def __init__(self, function_id: str = "leaky_relu") -> None:
        self.events = StateEvents()
        get(function_id)  # KeyError with the list of ids
        self._function_id = function_id
        self._params: dict[str, Any] = get(function_id).defaults()
        self._remembered: dict[str, dict[str, Any]] = {}
        self._overlays: list[Overlay] = []
        self._marks: tuple[Mark, ...] = ()
        self.train = TrainState()  # the Train view's set-up, saved and restored with the rest
        self.depth = DepthState()  # the Depth view's set-up, likewise
        self._formulas: dict[str, custom.CustomFormula] = {}  # built, in the registry
        self._unbuilt: dict[str, custom.CustomFormula] = {}  # kept as text (no SymPy here)

    # -- read ---------------------------------------------------------------------------------
    @property
    def function_id(self) -> str:
        return self._function_id

    @property
    def activation(self) -> Activation:
        return get(self._function_id)

    @property
    def params(self) -> dict[str, Any]:
        return dict(self._params)

    @property
    def overlays(self) -> list[Overlay]:
        return list(self._overlays)

    @property
    def marks(self) -> tuple[Mark, ...]:
        return self._marks

    def cycle_layout(self) -> None:
        self.set_layout(LAYOUTS[(LAYOUTS.index(self.layout) + 1) % len(LAYOUTS)])

    def step_scale(self, delta: int) -> None:
        """One step larger (+1) or smaller (−1), stopping at the ends."""
        i = min(max(SCALES.index(self.scale) + delta, 0), len(SCALES) - 1)
        self.set_scale(SCALES[i])

    def add_mark(self, kind: str, *values: Any) -> Mark:
        """Add a reference mark (see :func:`make_mark`); adding one already there does nothing."""
        mark = make_mark(kind, *values)
        if mark in self._marks:
            return mark
        if len(self._marks) >= MAX_MARKS:
            raise RefusalError(
                QT_TRANSLATE_NOOP("State", "at most {MAX_MARKS} reference marks; remove one first"), MAX_MARKS=MAX_MARKS
            )
        self._marks = (*self._marks, mark)
        self.events.marks.emit(self._marks)
        return mark

    def remove_mark(self, mark: Mark) -> None:
        if mark in self._marks:
            self._marks = tuple(m for m in self._marks if m != mark)
            self.events.marks.emit(self._marks)

    def set_marks(self, marks: Iterable[Any]) -> None:
        """Replace every mark at once, from marks or their saved lists; all or nothing."""
        out: list[Mark] = []
        for item in marks:
            if isinstance(item, Mark):
                item = item.to_list()
            if not isinstance(item, (list, tuple)) or not item:
                raise RefusalError(
                    QT_TRANSLATE_NOOP("State", "a mark must be a list such as ['h', 0.25, 'label'], got {item!r}"),
                    item=item,
                )
            mark = make_mark(item[0], *item[1:])
            if mark not in out:
                out.append(mark)
        if len(out) > MAX_MARKS:
            raise RefusalError(
                QT_TRANSLATE_NOOP("State", "at most {MAX_MARKS} reference marks, got {count}"),
                MAX_MARKS=MAX_MARKS,
                count=len(out),
            )
        t = tuple(out)
        if t != self._marks:
            self._marks = t
            self.events.marks.emit(t)

    def clear_marks(self) -> None:
        self.set_marks(())

    # -- custom formulas ----------------------------------------------------------------------
    @property
    def formulas(self) -> dict[str, custom.CustomFormula]:
        """The custom formulas by name (those this session can use), in the order defined."""
        return dict(self._formulas)

    def define_formula(self, name: str, text: str, ranges: Mapping[str, Any] | None = None) -> str:
        """Add a custom formula, or redefine one; returns its function id, ``custom:<name>``.

        The formula is built first (ValueError with the core's message if it is refused, and
        nothing changes). A redefinition keeps the parameter values that still fit, in the
        plot, the pins and the Train and Depth views.
        """
        definition = custom.make_formula(name, text, ranges)
        if name not in self._formulas and len(self._formulas) >= custom.MAX_FORMULAS:
            raise RefusalError(
                QT_TRANSLATE_NOOP("State", "at most {MAX_FORMULAS} custom formulas; delete one first"),
                MAX_FORMULAS=custom.MAX_FORMULAS,
            )
        act = custom.build(definition)
        registry.add_custom(act)
        changed = self._formulas.get(name) not in (None, definition)
        self._formulas[name] = definition
        self._unbuilt.pop(name, None)
        if changed:
            self._redefined(definition.id, act)
        self.events.formulas.emit(tuple(self._formulas))
        return definition.id

    def remove_formula(self, name: str) -> None:
        """Delete a custom formula, and every use of it (the plot shows ReLU if it showed it)."""
        if name not in self._formulas:
            self._unbuilt.pop(name, None)
            return
        fid = self._formulas[name].id
        if self._function_id == fid:
            self.set_function("relu")
        self._remembered.pop(fid, None)
        for ov in [o for o in self._overlays if o.function_id == fid]:
            self.unpin(ov)
        for view in (self.train, self.depth):
            kept = [s for s in view.activations if s[0] != fid] or [("relu", ())]
            view.set_activations([(f, dict(p)) for f, p in kept])
        del self._formulas[name]
        registry.remove_custom(fid)
        self.events.formulas.emit(tuple(self._formulas))

    def _redefined(self, fid: str, act: Activation) -> None:
        """A formula's new definition reaches every place that uses it."""

        def fit(params: Mapping[str, Any]) -> dict[str, Any]:
            kept = {}
            for k, v in params.items():
                with contextlib.suppress(ValueError):  # a parameter gone or out of its new range
                    kept[k] = act.param(k).validate(v)
            try:
                return act.resolve(**kept)
            except ValueError:
                return act.defaults()

        self._remembered.pop(fid, None)
        if self._function_id == fid:
            self._params = fit(self._params)
            self.events.function.emit(fid)
            self.events.params.emit(self.params)
        if any(o.function_id == fid for o in self._overlays):
            self._overlays = [
                Overlay(fid, tuple(fit(o.param_dict).items()), o.slot) if o.function_id == fid else o
                for o in self._overlays
            ]
            self.events.overlays.emit(self.overlays)
        for view in (self.train, self.depth):
            if any(s[0] == fid for s in view.activations):
                specs = [(f, fit(dict(p)) if f == fid else dict(p)) for f, p in view.activations]
                try:
                    view.set_activations(specs)
                except ValueError:  # two entries became one: keep the first
                    seen: list[Any] = []
                    for f, p in specs:
                        if (f, sorted(p.items())) not in seen:
                            seen.append((f, sorted(p.items())))
                    view.set_activations([(f, dict(p)) for f, p in seen])
                view.events.activations.emit(view.activations)  # the same ids, a new function

    def _load_formulas(self, data: Any) -> list[str]:
        definitions, problems = custom.parse_saved(data)
        skipped = []
        for d in definitions:
            try:
                self.define_formula(d.name, d.text, dict(d.ranges))
            except ValueError as e:
                if str(e) == custom.NEEDS_SYMPY:
                    self._unbuilt[d.name] = d  # kept as text, saved again as it was
                    skipped.append(d.name)
                else:
                    problems.append(f"custom formula {d.name!r}: {e}")
        if skipped:
            problems.insert(0, f"skipped custom formulas {', '.join(skipped)}: {custom.NEEDS_SYMPY}")
        return problems

    # -- write --------------------------------------------------------------------------------
    def set_function(self, function_id: str) -> None:
        """Switch function; it gets the parameters it had last time, else its defaults."""
        try:
            act = get(function_id)
        except KeyError:
            raise RefusalError(
                QT_TRANSLATE_NOOP("State", "unknown function {function_id!r}; see the list of functions"),
                function_id=function_id,
            ) from None
        if function_id == self._function_id:
            return
        self._remembered[self._function_id] = dict(self._params)
        self._function_id = function_id
        self._params = dict(self._remembered.get(function_id, act.defaults()))
        self.events.function.emit(function_id)
        self.events.params.emit(self.params)

    def step_function(self, delta: int) -> None:
        """Go to the next (+1) or previous (−1) function in display order, wrapping round."""
        ids = names()
        i = ids.index(self._function_id)
        self.set_function(ids[(i + delta) % len(ids)])

    def set_param(self, name: str, value: Any) -> None:
        """Set one parameter of the current function (validated by the core)."""
        new = dict(self._params)
        new[name] = value
        resolved = self.activation.resolve(**new)  # ValueError names the parameter and range
        if resolved == self._params:
            return
        self._params = resolved
        self.events.params.emit(self.params)

    def set_params(self, values: Mapping[str, Any]) -> None:
        new = dict(self._params)
        new.update(values)
        resolved = self.activation.resolve(**new)
        if resolved == self._params:
            return
        self._params = resolved
        self.events.params.emit(self.params)

    def reset_param(self, name: str) -> None:
        self.set_param(name, self.activation.param(name).default)

    def set_x_range(self, lo: Any, hi: Any) -> None:
        State.x_range.set(self, check_range(lo, hi, QT_TRANSLATE_NOOP("State", "x")))

    def reset_view(self) -> None:
        self.set_x_range(*DEFAULT_X_RANGE)
        self.set_y_range(None)

    def set_shown(self, order: int, on: bool) -> None:
        if order not in (0, 1, 2):
            raise RefusalError(
                QT_TRANSLATE_NOOP("State", "derivative order must be 0, 1 or 2, got {order!r}"), order=order
            )
        shown = list(self.shown)
        shown[order] = bool(on)
        self._set_shown(tuple(shown))

    def set_derivatives(self, n: int) -> None:
        """Show f and its derivatives up to order n (0, 1 or 2)."""
        if n not in (0, 1, 2):
            raise RefusalError(QT_TRANSLATE_NOOP("State", "derivatives must be 0, 1 or 2, got {n!r}"), n=n)
        self._set_shown(tuple(k <= n for k in range(3)))

    def _set_shown(self, shown: tuple[bool, ...]) -> None:
        State.shown.set(self, shown)

    def pin(self, function_id: str | None = None, params: Mapping[str, Any] | None = None) -> Overlay:
        """Pin a function (the current one by default) as a comparison overlay."""
        fid = self._function_id if function_id is None else function_id
        try:
            act = get(fid)
        except KeyError:
            raise RefusalError(QT_TRANSLATE_NOOP("State", "unknown function {fid!r}"), fid=fid) from None
        p = dict(self._params) if function_id is None and params is None else act.resolve(**(params or {}))
        key = (fid, tuple(sorted(p.items())))
        for o in self._overlays:
            if (o.function_id, tuple(sorted(o.params))) == key:
                return o  # already pinned: pinning twice would hide one curve under another
        if len(self._overlays) >= MAX_OVERLAYS:
            raise RefusalError(
                QT_TRANSLATE_NOOP("State", "at most {MAX_OVERLAYS} functions can be pinned; remove one first"),
                MAX_OVERLAYS=MAX_OVERLAYS,
            )
        used = {o.slot for o in self._overlays}
        slot = min(s for s in range(MAX_OVERLAYS) if s not in used)
        ov = Overlay(fid, tuple(p.items()), slot)
        self._overlays.append(ov)
        self.events.overlays.emit(self.overlays)
        return ov

    def unpin(self, overlay: Overlay) -> None:
        if overlay not in self._overlays:
            return
        self._overlays.remove(overlay)
        self.events.overlays.emit(self.overlays)

    def clear_overlays(self) -> None:
        if self._overlays:
            self._overlays.clear()
            self.events.overlays.emit(self.overlays)

    def _load_shown(self, shown: Iterable[Any]) -> None:
        for i, v in enumerate(list(shown)[:3]):
            self.set_shown(i, bool(v))

    # -- persistence --------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return {
            "function": self._function_id,
            # The current function last: an entry remembered from an earlier visit to it is stale.
            "params": {**self._remembered, self._function_id: self._params},
            "x_range": list(self.x_range),
            "y_range": None if self.y_range is None else list(self.y_range),
            "shown": list(self.shown),
            "style": self.style,
            "probes": list(self.probes),
            "overlays": [[o.function_id, dict(o.params)] for o in self._overlays],
            "layout": self.layout,
            "theme": self.theme,
            "scale": self.scale,
            "marks": [m.to_list() for m in self._marks],
            "train": self.train.to_dict(),
            "depth": self.depth.to_dict(),
            "formulas": {d.name: d.to_dict() for d in {**self._unbuilt, **self._formulas}.values()},
        }

    def load_dict(self, data: Mapping[str, Any]) -> list[str]:
        """Apply saved settings, skipping (and reporting) anything invalid. Returns problems."""
        problems: list[str] = []

        def attempt(what: str, fn: Callable[..., object], *args: Any) -> None:
            try:
                fn(*args)
            except (ValueError, TypeError, KeyError, IndexError) as e:
                problems.append(f"{what}: {e}")

        if "formulas" in data:  # first: the rest may use them
            problems.extend(self._load_formulas(data["formulas"]))
        remembered: dict[str, dict[str, Any]] = {}
        saved = data.get("params") or {}
        if isinstance(saved, Mapping):
            for fid, p in saved.items():
                try:
                    remembered[fid] = get(fid).resolve(**p)
                except (KeyError, ValueError, TypeError, AttributeError) as e:
                    problems.append(f"saved parameters of {fid!r}: {e}")
        else:
            problems.append("saved parameters: not a mapping")
        if "function" in data:
            attempt("function", self.set_function, data["function"])
        # After the switch, which files the parameters it left behind: the saved ones win.
        self._remembered.update({k: v for k, v in remembered.items() if k != self._function_id})
        if self._function_id in remembered:
            attempt("parameters", self.set_params, remembered[self._function_id])
        if "x_range" in data:
            attempt("x range", lambda r: self.set_x_range(*r), data["x_range"])
        if "y_range" in data:
            attempt("y range", self.set_y_range, data["y_range"])
        if "shown" in data:
            attempt("curves", self._load_shown, data["shown"])
        if "style" in data:
            attempt("style", self.set_style, data["style"])
        if "probes" in data:
            attempt("probes", self.set_probes, data["probes"])
        for key, setter in (("layout", self.set_layout), ("theme", self.set_theme), ("scale", self.set_scale)):
            if key in data:
                attempt(key, setter, data[key])
        if "marks" in data:
            marks = data["marks"]
            if isinstance(marks, list):
                attempt("reference marks", self.set_marks, marks)
            else:
                problems.append("reference marks: not a list")
        train = data.get("train")
        if isinstance(train, Mapping):
            problems.extend(f"training set-up: {p}" for p in self.train.load_dict(train))
        elif train is not None:
            problems.append("training set-up: not a mapping")
        depth = data.get("depth")
        if isinstance(depth, Mapping):
            problems.extend(f"depth set-up: {p}" for p in self.depth.apply(depth))
        elif depth is not None:
            problems.append("depth set-up: not a mapping")
        overlays = data.get("overlays") or []
        if isinstance(overlays, list):
            for item in overlays:
                attempt("pinned function", lambda it: self.pin(it[0], it[1]), item)
        else:
            problems.append("pinned functions: not a list")
        return problems


__all__ = [
    "DEFAULT_PROBES",
    "DEFAULT_X_RANGE",
    "LAYOUTS",
    "MARK_KINDS",
    "MAX_MARKS",
    "SCALES",
    "STYLES",
    "THEMES",
    "Mark",
    "Overlay",
    "State",
    "check_range",
    "make_mark",
]
