"""The one bridge from worker threads to the GUI thread.

Controllers run slow work with :class:`actviz.controllers.jobs.Runner`, which hands every
callback to a ``deliver`` function. :func:`gui_deliver` returns one that queues the callback onto
the GUI thread; callbacks queued for an owner that has since been deleted are dropped.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from actviz.ui.qt import QtCore


class _Poster(QtCore.QObject):
    posted = QtCore.Signal(object)

    def __init__(self, parent: QtCore.QObject) -> None:
        super().__init__(parent)
        self.posted.connect(self._run, QtCore.Qt.ConnectionType.QueuedConnection)

    @QtCore.Slot(object)
    def _run(self, thunk: Callable[[], None]) -> None:
        thunk()


def gui_deliver(owner: QtCore.QObject) -> Callable[[Callable[[], None]], None]:
    """A ``deliver`` for :class:`~actviz.controllers.jobs.Runner` that runs callbacks on the GUI
    thread, for as long as ``owner`` lives."""
    poster = _Poster(owner)

    def deliver(thunk: Callable[[], None]) -> None:
        # If the owner (and its poster) were deleted, nobody is listening: drop the callback.
        with contextlib.suppress(RuntimeError):
            poster.posted.emit(thunk)

    return deliver


__all__ = ["gui_deliver"]
