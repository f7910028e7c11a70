"""Keep one failing listener from taking the rest of the window down with it.

Every widget method that the state calls is wrapped with :func:`guarded`. An exception in it is
logged with its traceback (to the error log, see :mod:`actviz.ui.errorlog`) and the window says
one plain sentence that points to Help → Error log, never the exception itself; the state's other
listeners still run, so no part of the window is left showing stale values. A listener whose Qt
object is already deleted is skipped (psygnal drops it once Python collects the wrapper).
"""

from __future__ import annotations

import contextlib
import functools
import logging
from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6

log = logging.getLogger("actviz")
F = TypeVar("F", bound=Callable[..., Any])


def report(widget: Any, where: str, exc: BaseException) -> None:
    """Log ``exc`` and let the window say, in one sentence, that something went wrong."""
    log.error("error in %s", where, exc_info=exc)
    try:
        win = widget.window() if shiboken6.isValid(widget) else None
    except Exception:  # a half-built widget: the log line above is all we can do
        win = None
    tell = getattr(win, "report_internal_error", None)
    if callable(tell):
        with contextlib.suppress(Exception):  # the window itself may be what broke: the log has it
            tell(widget, f"{where}: {type(exc).__name__}: {exc}")


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
