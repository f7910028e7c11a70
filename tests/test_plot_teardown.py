"""Closing a window while the Function plot's legend is still to re-lay itself out (a value
just changed, as at the end of an animation) raises nothing: the plot's view is torn down before
the legend, and neither our code nor pyqtgraph's may then ask the gone view for its size."""

from __future__ import annotations

import logging

from PySide6.QtTest import QTest

from actviz.ui import MainWindow
from actviz.ui.qt import QtCore, QtWidgets


def test_closing_the_window_while_the_legend_grows_raises_nothing(qtbot, caplog):
    win = MainWindow()
    win.resize(1280, 800)
    win.show()
    assert QTest.qWaitForWindowExposed(win)  # the window fully laid out, as a user has it
    label = win.plot_view.legend.items[0][1]
    with caplog.at_level(logging.ERROR, logger="actviz"):
        # A new legend text, as the animation's last value brings: the legend's new layout is
        # still pending when the window goes.
        label.setText("a much longer legend entry than before", size="20pt")
        win.close()
        win.deleteLater()
        # Any exception raised in Qt's event loop here fails the test (pytest-qt reports it).
        QtCore.QCoreApplication.sendPostedEvents(None, QtCore.QEvent.Type.DeferredDelete)
        QtWidgets.QApplication.processEvents()
    assert not [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
