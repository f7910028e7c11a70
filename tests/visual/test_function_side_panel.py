"""The Function view's side panel fits its width at every window size and projector scale: no
sideways scroll bar, and every control's text whole (on more lines when the panel is narrow,
never cut at its side); a function name too long for its box is whole in the box's tooltip."""

import pytest

from actviz.ui.panel_widgets import WrapButton
from actviz.ui.qt import QtCore, QtGui, QtWidgets
from tests.visual.layout_helpers import clipped, open_window, settle

SIZES = [(1024, 768), (1280, 720), (1280, 800), (1920, 1080)]
# With a numeric parameter (and the animation row), with a choice, and with no parameters.
FUNCTIONS = ("leaky_relu", "gelu", "relu")


def _cut(w: QtWidgets.QWidget) -> bool:
    """Whether a label, check box or button shows less than its whole text."""
    if isinstance(w, QtWidgets.QLabel):
        return bool(w.text()) and clipped(w)
    if isinstance(w, WrapButton):
        return clipped(w.label)
    if isinstance(w, (QtWidgets.QCheckBox, QtWidgets.QPushButton)) and w.text():
        return w.sizeHint().width() > w.width() + 1
    return False


def _check_fits(win, where) -> None:
    scroll = win.findChild(QtWidgets.QScrollArea, "sideScroll")
    viewport, content = scroll.viewport(), scroll.widget()
    assert not scroll.horizontalScrollBar().isVisible(), where
    assert content.width() <= viewport.width(), (where, content.width(), viewport.width())
    assert content.minimumSizeHint().width() <= viewport.width(), (where, content.minimumSizeHint().width())
    shown = [w for w in content.findChildren(QtWidgets.QWidget) if w.isVisible()]
    texts = [w for w in shown if isinstance(w, (QtWidgets.QLabel, QtWidgets.QCheckBox, QtWidgets.QPushButton))]
    assert win.compare.pin_button in texts and win.ranges.reset in texts, where
    for w in [*texts, *(w for w in shown if isinstance(w, QtWidgets.QComboBox))]:
        name = w.objectName() or (w.text() if hasattr(w, "text") else type(w).__name__)
        assert not _cut(w), (where, name, w.width(), w.height())
        left = w.mapTo(viewport, QtCore.QPoint(0, 0)).x()
        assert left >= 0 and left + w.width() <= viewport.width(), (where, name, left, w.width(), viewport.width())


def _check_every_function(qtbot, win, where) -> None:
    for fid in FUNCTIONS:
        win.state.set_function(fid)
        settle(qtbot, win)
        _check_fits(win, (*where, fid))


@pytest.fixture
def in_language(qapp, request):
    """The interface in ``request.param`` for the test, English again afterwards."""
    from actviz.ui import i18n

    i18n.install(qapp, request.param)
    yield request.param
    i18n.uninstall(qapp)
    i18n.current = i18n.Selection()


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
