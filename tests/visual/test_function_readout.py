"""The mouse-over readout: it never moves the plot, and it clears when the mouse leaves."""

from __future__ import annotations

from actviz.ui.qt import QtCore
from tests.visual import pixels
from tests.visual.layout_helpers import open_window, settle


def test_the_readout_keeps_the_plot_still_and_clears_when_the_mouse_leaves(qtbot):
    win = open_window(qtbot, (1280, 800), "dark", "huge")
    st, pv = win.state, win.plot_view
    st.set_function("leaky_relu")
    st.pin("tanh")
    st.pin("relu")
    settle(qtbot, win)
    before = pixels.rect_in_window(pv.vb, win)
    hint = pv.readout.text()
    view = pv.plot.viewport()
    qtbot.mouseMove(view, view.rect().center())
    qtbot.mouseMove(view, view.rect().center() + QtCore.QPoint(60, 10))
    qtbot.waitUntil(lambda: pv.readout_x is not None)
    assert "Tanh" in pv.readout.text() and "ReLU" in pv.readout.text()  # the long, four-value line
    settle(qtbot, win)
    assert pixels.rect_in_window(pv.vb, win) == before  # the plot did not move down
    assert pv.readout.heightForWidth(pv.readout.width()) <= pv.readout.height()  # and nothing is cut off
    QtCore.QCoreApplication.sendEvent(pv.plot, QtCore.QEvent(QtCore.QEvent.Type.Leave))
    assert pv.readout_x is None and pv.readout.text() == hint
    assert not pv.cross_v.isVisible()
