"""The Function view's side panel fits its width at every window size and projector scale: no
sideways scroll bar, and every control's text whole (on more lines when the panel is narrow,
never cut at its side); a function name too long for its box is whole in the box's tooltip."""

import pytest

from actviz.ui.qt import QtCore, QtGui, QtWidgets
from tests.visual.layout_helpers import check_panel_fits, open_window, settle

SIZES = [(1024, 768), (1280, 720), (1280, 800), (1920, 1080)]
# With a numeric parameter (and the animation row), with a choice, and with no parameters.
FUNCTIONS = ("leaky_relu", "gelu", "relu")


def _check_fits(win, where) -> None:
    texts = check_panel_fits(win.findChild(QtWidgets.QScrollArea, "sideScroll"), where, combos=True)
    assert win.compare.pin_button in texts and win.ranges.reset in texts, where


def _check_every_function(qtbot, win, where) -> None:
    for fid in FUNCTIONS:
        win.state.set_function(fid)
        settle(qtbot, win)
        _check_fits(win, (*where, fid))


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_the_side_panel_fits_its_width_with_every_text_whole(qtbot, size):
    win = open_window(qtbot, size, "light", "normal")
    win.state.pin("tanh")  # a pinned function in the Compare list
    for scale in ("normal", "large", "huge"):  # as Ctrl+= takes the room there
        win.state.set_scale(scale)
        settle(qtbot, win)
        _check_every_function(qtbot, win, (size, scale))


@pytest.mark.parametrize("in_language", ["fr"], indirect=True)
def test_the_side_panel_fits_in_french(qtbot, in_language):
    """French words are the longest: the rows take two lines rather than widen the panel."""
    win = open_window(qtbot, (1024, 768), "light", "normal")
    win.state.set_scale("huge")
    settle(qtbot, win)
    _check_every_function(qtbot, win, (in_language, "huge"))


@pytest.mark.qt_log_ignore("This plugin does not support")  # the offscreen tooltip's raise()
def test_a_function_name_cut_by_its_box_is_whole_in_the_tooltip(qtbot):
    win = open_window(qtbot, (1024, 768), "light", "huge")
    win.state.set_function("sigmoid")
    settle(qtbot, win)
    box = win.findChild(QtWidgets.QComboBox, "functionSelector")
    edit = box.lineEdit()
    name = box.currentText()
    assert edit.fontMetrics().horizontalAdvance(name) > edit.width()  # cut here
    assert edit.cursorPosition() == 0  # shown from its start
    assert box.toolTip().startswith("Choose a function")  # the box's own tip is unchanged
    at = edit.rect().center()
    event = QtGui.QHelpEvent(QtCore.QEvent.Type.ToolTip, at, edit.mapToGlobal(at))
    QtWidgets.QApplication.sendEvent(edit, event)
    assert QtWidgets.QToolTip.text().startswith(name + "\n"), QtWidgets.QToolTip.text()
    QtWidgets.QToolTip.hideText()
