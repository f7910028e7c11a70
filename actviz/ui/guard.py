"""Keep one failing listener from taking the rest of the window down with it.

Every widget method that the state calls is wrapped with :func:`guarded`. An exception in it is
logged with its traceback and reported in the window's status bar in one line; the state's other
listeners still run, so no part of the window is left showing stale values. A listener whose Qt
object is already deleted is skipped (psygnal drops it once Python collects the wrapper).
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6

log = logging.getLogger("actviz")
F = TypeVar("F", bound=Callable[..., Any])


def report(widget: Any, where: str, exc: BaseException) -> None:
    """Log ``exc`` and show it in one line through the window's ``notify``, if there is one."""
    log.error("error in %s", where, exc_info=exc)
    try:
        win = widget.window() if shiboken6.isValid(widget) else None
    except Exception:  # a half-built widget: the log line above is all we can do
        win = None
    notify = getattr(win, "notify", None)
    if callable(notify):
        notify(f"Internal error in {where}: {type(exc).__name__}: {exc}")


def guarded(method: F) -> F:
    """Decorate a widget method that listens to the state (see the module docstring)."""

    @functools.wraps(method)
    def wrapper(self: Any, *args: Any) -> Any:
        if not shiboken6.isValid(self):
            return None
        try:
            return method(self, *args)
        except Exception as exc:
            report(self, f"{type(self).__name__}.{method.__name__}", exc)
            return None

    return wrapper  # type: ignore[return-value]


__all__ = ["guarded", "report"]
