"""Throttled and debounced calls on Qt timers (run in the GUI thread, die with their owner).

Small on purpose: the general-purpose widget library that offers these imports all of its
widgets on first use, which cost 70 ms of every start-up.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable

from actviz.ui.qt import QtCore


class Debounced:
    """Call ``fn`` once, ``ms`` after the last of a burst of calls."""

    def __init__(self, fn: Callable[[], object], ms: int, parent: QtCore.QObject) -> None:
        self._timer = QtCore.QTimer(parent, singleShot=True, interval=ms)
        self._timer.timeout.connect(fn)

    def __call__(self) -> None:
        self._timer.start()

    def cancel(self) -> None:
        self._timer.stop()


class Throttled:
    """Call ``fn`` at most once every ``ms``: at once if it has been quiet (``leading``), and
    once more at the end of a burst, so the last state is always shown."""

    def __init__(self, fn: Callable[[], object], ms: int, parent: QtCore.QObject, leading: bool = True) -> None:
        # A bound method is held weakly: a strong one would tie the owner widget into a reference
        # cycle through this object, which the garbage collector then breaks in an order that
        # crashes the Qt bindings.
        self._fn = weakref.WeakMethod(fn) if hasattr(fn, "__self__") else (lambda: fn)
        self._leading = leading
        self._pending = False
        self._timer = QtCore.QTimer(parent, singleShot=True, interval=ms)
        self._timer.timeout.connect(self._fire)

    def __call__(self) -> None:
        if self._timer.isActive():
            self._pending = True
            return
        if self._leading:
            self._call()
        else:
            self._pending = True
        self._timer.start()

    def _call(self) -> None:
        fn = self._fn()
        if fn is not None:
            fn()

    def _fire(self) -> None:
        if self._pending:
            self._pending = False
            self._call()
            self._timer.start()  # keep the spacing after a trailing call too


__all__ = ["Debounced", "Throttled"]
