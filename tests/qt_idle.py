"""Waiting for a window to settle without sleeping a fixed time: until the single-shot timers it
owns (throttles, debounces, deferred layouts) have fired, which is what a person sees once
input pauses."""

from __future__ import annotations

from actviz.ui.qt import QtCore, QtWidgets

# Timers longer than this are not about drawing (a message that clears itself after seconds).
LONGEST_MS = 1000


def pending_timers(widget: QtWidgets.QWidget) -> list[QtCore.QTimer]:
    """The single-shot timers of ``widget`` and its children still to fire."""
    return [
        t
        for t in widget.findChildren(QtCore.QTimer)
        if t.isActive() and t.isSingleShot() and t.interval() <= LONGEST_MS
    ]


def settle(qtbot, widget: QtWidgets.QWidget) -> None:
    """``widget`` as it is once input pauses: what is posted (layouts, resizes) run, and its
    pending single-shot timers fired now rather than at their time (see ``fire_pending``)."""
    fire_pending(widget)
    assert not pending_timers(widget), [t.objectName() or t.interval() for t in pending_timers(widget)]


def fire_pending(widget: QtWidgets.QWidget, rounds: int = 10) -> None:
    """What ``settle`` waits for, run now: the posted events, then each pending single-shot timer
    of ``widget`` fired at once instead of at its time, until none is left (a fired timer may
    start another; at most ``rounds`` times). For checks of the settled picture that need not
    spend the timers' real time."""
    for _ in range(rounds):
        QtWidgets.QApplication.processEvents()
        timers = pending_timers(widget)
        if not timers:
            return
        for t in timers:
            if t.isActive():
                t.stop()
                t.timeout.emit()
    QtWidgets.QApplication.processEvents()
