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


__all__ = ["EditKeys", "focus_home", "install"]
