"""A value of the state declared once: its default, how it is checked, and the event it fires.

Most of the state's values follow one rule: check the new value (refusing it with a
:class:`~actviz.state.texts.RefusalError`), store it, and fire one event with it if it
changed. A :class:`Field` declares that rule instead of writing it out again for each value::

    class TrainState:
        noise = Field(0.0, lambda _, v: _number(v, QT_TRANSLATE_NOOP("State", "noise"), 0.0, 0.5))
        set_noise = noise.set_method("value", "Noise as a fraction, 0 to 0.5.")

``state.noise`` reads the value (it cannot be assigned: the setter is the one way in),
``state.set_noise(0.2)`` checks, stores and fires ``state.events.noise`` with ``0.2``.
A value that is written together with another (a setter of two values, or one whose change
resets another) keeps a written setter, which calls :meth:`Field.set` for each value.

The events stay the hand-declared psygnal :class:`~psygnal.SignalGroup` of each state, so
their names, types and payloads (the new value alone) are what they were.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Mapping
from typing import Any, Generic, TypeVar, overload

T = TypeVar("T")

Validator = Callable[[Any, Any], T]
"""``validate(state, value)``: the value to store, or a :class:`RefusalError` saying why not."""


class Field(property, Generic[T]):
    """A read-only attribute holding a checked value; :meth:`set` (or the method that
    :meth:`set_method` makes) writes it and fires ``events.<event>`` on a real change.

    ``validate`` gets the state and the new value and returns the value to store (converted,
    normalised), or raises. Without it the value is stored as given. ``event`` is the signal's
    name in the state's ``events`` group; it defaults to the attribute's name. ``default`` is
    shared by every instance until one is set, so it must be immutable (a tuple, not a list).
    """

    def __init__(
        self, default: T, validate: Validator[T] | None = None, *, event: str | None = None, doc: str | None = None
    ) -> None:
        super().__init__(self._read, doc=doc)
        self.default = default
        self.validate = validate
        self.event = event
        self.name = ""
        self._slot = ""
        self._writers: list[Callable[..., None]] = []

    def __set_name__(self, owner: type, name: str) -> None:
        super().__set_name__(owner, name)  # type: ignore[misc]  # so that assigning it says "property 'name' ... has no setter"
        self.name = name
        self._slot = "_" + name
        if self.event is None:
            self.event = name
        for write in self._writers:  # made in the class body, before the field knew its name
            write.__name__ = f"set_{name}"
            write.__qualname__ = f"{owner.__qualname__}.set_{name}"

    def _read(self, obj: Any) -> T:
        value: T = obj.__dict__.get(self._slot, self.default)
        return value

    @overload
    def __get__(self, obj: None, owner: type | None = None, /) -> Field[T]: ...

    @overload
    def __get__(self, obj: object, owner: type | None = None, /) -> T: ...

    def __get__(self, obj: object | None, owner: type | None = None, /) -> Field[T] | T:
        if obj is None:
            return self
        value: T = obj.__dict__.get(self._slot, self.default)
        return value

    def set(self, obj: Any, value: Any) -> bool:
        """Check ``value``, store it and fire the event if it differs from the current value.
        Returns whether it changed. A refused value changes nothing."""
        new = value if self.validate is None else self.validate(obj, value)
        if new == self._read(obj):
            return False
        obj.__dict__[self._slot] = new
        getattr(obj.events, str(self.event)).emit(new)
        return True

    def set_method(self, parameter: str = "value", doc: str | None = None) -> Callable[[Any, Any], None]:
        """A ``set_<name>(parameter)`` method that calls :meth:`set`, for the class body.

        ``parameter`` is the argument's name, so keyword calls and ``inspect.signature`` see the
        same method as a written one would have."""
        field = self
        signature = inspect.Signature(
            [
                inspect.Parameter("self", inspect.Parameter.POSITIONAL_OR_KEYWORD),
                inspect.Parameter(parameter, inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=Any),
            ],
            return_annotation=None,
        )

        def write(obj: Any, *args: Any, **kwargs: Any) -> None:
            if len(args) == 1 and not kwargs:  # the usual call, kept fast
                field.set(obj, args[0])
                return
            # A keyword call, or a wrong one: a TypeError that names the real argument, as for a def.
            bound = signature.bind(obj, *args, **kwargs)
            field.set(obj, bound.arguments[parameter])

        write.__signature__ = signature  # type: ignore[attr-defined]
        write.__doc__ = doc
        self._writers.append(write)
        return write


def apply_each(values: Mapping[str, Any], setters: Mapping[str, Callable[[Any], None]], kind: str) -> list[str]:
    """Call the setter of each of ``values`` in turn; returns what was refused, one line each
    (``unknown <kind> setting 'x'``, or ``key: reason``). What was accepted stays set."""
    problems: list[str] = []
    for key, value in values.items():
        setter = setters.get(key)
        if setter is None:
            problems.append(f"unknown {kind} setting {key!r}")
            continue
        try:
            setter(value)
        except (ValueError, TypeError, IndexError, KeyError) as e:
            problems.append(f"{key}: {e}")
    return problems


__all__ = ["Field", "Validator", "apply_each"]
