"""The bridge from the worker thread to the GUI thread."""

from __future__ import annotations

import threading

from actviz.controllers.jobs import Runner
from actviz.ui.qt import QtCore, QtWidgets
from actviz.ui.worker import gui_deliver


def test_results_arrive_on_the_gui_thread_and_the_event_loop_turns_meanwhile(qtbot):
    owner = QtWidgets.QWidget()
    qtbot.addWidget(owner)
    runner = Runner(deliver=gui_deliver(owner))
    release = threading.Event()
    where, ticks = {}, []
    timer = QtCore.QTimer(owner, interval=5)
    timer.timeout.connect(lambda: ticks.append(1) if len(ticks) < 3 else release.set())
    timer.start()

    def work(progress, cancel):
        where["work"] = threading.current_thread()
        assert release.wait(10)  # only the turning event loop (the timer) lets the work end
        return "done"

    got = []
    runner.submit(work, lambda r: got.append((r, threading.current_thread())))
    qtbot.waitUntil(lambda: bool(got), timeout=10000)
    runner.shutdown()
    assert where["work"] is not threading.main_thread()
    assert got == [("done", threading.main_thread())]
    assert len(ticks) == 3


def test_callbacks_for_a_deleted_owner_are_dropped(qtbot):
    owner = QtCore.QObject()
    deliver = gui_deliver(owner)
    got = []
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(owner), timeout=5000)
    deliver(lambda: got.append(1))  # must not raise
    QtWidgets.QApplication.processEvents()
    assert got == []


def _alive(obj) -> bool:
    from shiboken6 import isValid

    return isValid(obj)
