"""A view's own message line: what the Train or Depth view says about its own work (a refused
setting, a cancelled study) is shown inside that view, where the lecturer is looking."""

from __future__ import annotations

from actviz.ui.qt import QtCore, QtWidgets
from actviz.viewmodels import theme

TIMEOUT_MS = 12_000  # long enough to read twice, short enough not to stay as if still true


class MessageLine(QtWidgets.QLabel):
    """One line of plain text in the look's message colours; hidden when there is nothing to say.

    A message goes after ``TIMEOUT_MS``, or earlier when the view calls :meth:`clear_message`
    because a later action succeeded and made it stale.
    """

    def __init__(self, object_name: str, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWordWrap(True)
        self.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self.hide()
        self.history: list[str] = []
        self._timer = QtCore.QTimer(self, singleShot=True, interval=TIMEOUT_MS)
        self._timer.timeout.connect(self.clear_message)

    def say(self, message: str, timeout_ms: int = TIMEOUT_MS) -> None:
        self.history.append(message)
        self.setText(message)
        self.show()
        self._timer.start(timeout_ms)

    def clear_message(self) -> None:
        self._timer.stop()
        if self.isVisible() or self.text():
            self.hide()
            self.clear()

    def apply_look(self, look: theme.Look, k: float) -> None:
        self.setStyleSheet(
            f"QLabel#{self.objectName()} {{ color: {look.message_fg}; background: {look.message_bg};"
            f" border: {max(1, round(k))}px solid {look.message_border}; border-radius: {round(4 * k)}px;"
            f" padding: {round(4 * k)}px {round(8 * k)}px; font-weight: bold; }}"
        )


__all__ = ["TIMEOUT_MS", "MessageLine"]
