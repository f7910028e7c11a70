"""Keys in text boxes: Enter commits, Esc cancels, and both hand focus back to the plot.

Window shortcuts with a modifier or an F-key (Ctrl+E, F11, ...) work even while a box has the
cursor: a line edit would otherwise claim some of them for itself (Ctrl+E moves to the end of
the line on X11). Single-key shortcuts (1, 2, 3, O, [, ]) reach the window only when no box is
being edited, because the box takes printable keys as text.
"""

from __future__ import annotations

from collections.abc import Callable

from actviz.ui.qt import QtCore, QtGui, QtWidgets

Qt = QtCore.Qt
_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _is_window_shortcut(event: QtGui.QKeyEvent) -> bool:
    if event.modifiers() & _MODIFIERS and event.key() not in (
        Qt.Key.Key_A,
        Qt.Key.Key_C,
        Qt.Key.Key_V,
        Qt.Key.Key_X,
        Qt.Key.Key_Z,
        Qt.Key.Key_Y,
    ):
        return True  # Ctrl+A/C/V/X/Z/Y stay the box's own: select, copy, paste, cut, undo, redo
    return Qt.Key.Key_F1 <= event.key() <= Qt.Key.Key_F35


class EditKeys(QtCore.QObject):
    """Event filter for one text box.

    ``cancel`` puts the box back to what the state holds; ``done`` moves focus away (to the
    plot). Commit itself is the box's own: Enter already ends the edit (editingFinished), and
    this filter only adds the hand-back of focus after it.
    """

    def __init__(self, box: QtWidgets.QWidget, cancel: Callable[[], None], done: Callable[[], None]) -> None:
        super().__init__(box)
        self._cancel, self._done = cancel, done
        box.installEventFilter(self)

    def eventFilter(self, obj: QtCore.QObject, event: QtCore.QEvent) -> bool:  # noqa: N802 - Qt override
        et = event.type()
        if et == QtCore.QEvent.Type.ShortcutOverride:
            assert isinstance(event, QtGui.QKeyEvent)
            if _is_window_shortcut(event):
                event.ignore()  # let the window's shortcut have it
                return True
            if event.key() == Qt.Key.Key_Escape:
                event.accept()  # Esc cancels this edit; it must not leave presentation mode
                return True
        elif et == QtCore.QEvent.Type.KeyPress:
            assert isinstance(event, QtGui.QKeyEvent)
            if event.key() == Qt.Key.Key_Escape:
                self._cancel()
                self._done()
                return True
            if event.key() in _ENTER:
                QtCore.QTimer.singleShot(0, self._done)  # after the box has committed
        return False


def focus_home(widget: QtWidgets.QWidget) -> None:
    """Hand focus to the window's home widget (the plot), if the window names one."""
    home = getattr(widget.window(), "focus_home", None)
    if callable(home):
        home()


def install(box: QtWidgets.QWidget, cancel: Callable[[], None]) -> None:
    """Give ``box`` the edit keys. For a spin box or an editable combo the filter sits on both
    the box and its inner line edit: which of the two has keyboard focus depends on the widget."""

    def done() -> None:
        focus_home(box)

    EditKeys(box, cancel, done)
    inner = box.lineEdit() if isinstance(box, (QtWidgets.QAbstractSpinBox, QtWidgets.QComboBox)) else None
    if inner is not None:
        EditKeys(inner, cancel, done)


class WheelToPanel(QtCore.QObject):
    """Event filter: a wheel over a combo box, spin box or slider that the user has not clicked
    into scrolls the side panel instead of changing the value under the mouse.

    The event is handed to the scroll bar of the nearest scroll area around the field (Qt would
    only pass an ignored wheel on to the parents for events from the window system, and a
    scroll area already at its end would then drop it anyway). Once the field has focus (a
    click, or Tab), the wheel changes it as usual.
    """

    def eventFilter(self, obj: QtCore.QObject, event: QtCore.QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() != QtCore.QEvent.Type.Wheel or not isinstance(obj, QtWidgets.QWidget) or obj.hasFocus():
            return False
        area = obj.parentWidget()
        while area is not None and not isinstance(area, QtWidgets.QAbstractScrollArea):
            area = area.parentWidget()
        if area is not None:
            QtCore.QCoreApplication.sendEvent(area.verticalScrollBar(), event.clone())
        event.accept()
        return True


class SpacePressesButton(QtCore.QObject):
    """Event filter: Space on a button or check box that has the keyboard focus presses it, as
    everywhere else, instead of reaching the window's Space shortcut (play, animate). Such a
    button takes focus from Tab only (see :func:`wheel_scrolls_panel`), so a mouse click on it
    leaves the focus where it was and Space plays on: a lecturer who ticked a box with the mouse
    is not surprised by the next Space."""

    def eventFilter(self, obj: QtCore.QObject, event: QtCore.QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QtCore.QEvent.Type.ShortcutOverride:
            assert isinstance(event, QtGui.QKeyEvent)
            if event.key() == Qt.Key.Key_Space and not event.modifiers() & _MODIFIERS:
                event.accept()  # the button's own key press follows
                return True
        return False


_WHEEL_TYPES = (QtWidgets.QComboBox, QtWidgets.QAbstractSpinBox, QtWidgets.QAbstractSlider)
_WHEEL_FLAG = "actvizWheelGuard"
_wheel_filter: WheelToPanel | None = None
_space_filter: SpacePressesButton | None = None
_SPACE_FLAG = "actvizSpaceGuard"


def wheel_scrolls_panel(root: QtWidgets.QWidget) -> None:
    """Give every combo box, spin box and slider under ``root`` (and ``root`` itself) the
    :class:`WheelToPanel` behaviour and click-or-Tab focus, and every button and check box
    Tab-only focus with :class:`SpacePressesButton`. Safe to call again after widgets were
    added: each widget gets its filter once."""
    global _wheel_filter, _space_filter
    if _wheel_filter is None:
        _wheel_filter = WheelToPanel(QtCore.QCoreApplication.instance())
    if _space_filter is None:
        _space_filter = SpacePressesButton(QtCore.QCoreApplication.instance())
    for b in root.findChildren(QtWidgets.QAbstractButton):
        if b.property(_SPACE_FLAG) or b.parent() is None or isinstance(b.parent(), QtWidgets.QScrollBar):
            continue
        b.setProperty(_SPACE_FLAG, True)
        b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        b.installEventFilter(_space_filter)
    widgets = [root] if isinstance(root, _WHEEL_TYPES) else []
    widgets += [w for w in root.findChildren(QtWidgets.QWidget) if isinstance(w, _WHEEL_TYPES)]
    for w in widgets:
        if isinstance(w, QtWidgets.QScrollBar) or w.property(_WHEEL_FLAG):
            continue  # a scroll bar's wheel is the scrolling itself
        w.setProperty(_WHEEL_FLAG, True)
        w.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        w.installEventFilter(_wheel_filter)


__all__ = ["EditKeys", "SpacePressesButton", "WheelToPanel", "focus_home", "install", "wheel_scrolls_panel"]
