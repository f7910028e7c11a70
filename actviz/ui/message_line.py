"""A view's own message line: what the Train or Depth view says about its own work (a refused
setting, a cancelled study) is shown inside that view, where the lecturer is looking.

Two styles: a problem (:meth:`MessageLine.say`) in the look's message colours, on its own line;
a confirmation (:meth:`MessageLine.note`) as a neutral note laid over the top of the view, so
that nothing moves for news that needs no action."""

from __future__ import annotations

from actviz.ui.qt import QtCore, QtGui, QtWidgets
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
        # The confirmation: not in any layout, placed over the top of the line's parent.
        self.info = QtWidgets.QLabel(self)
        self.info.setObjectName(f"{object_name}Info")
        self.info.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self.info.setAttribute(QtCore.Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.info.hide()
        self._info_timer = QtCore.QTimer(self, singleShot=True, interval=TIMEOUT_MS)
        self._info_timer.timeout.connect(self.clear_note)

    def say(self, message: str, timeout_ms: int = TIMEOUT_MS) -> None:
        """A problem (a refusal, a failure): on its own line, in the message colours."""
        self.clear_note()
        self.history.append(message)
        self.setText(message)
        self.show()
        self._timer.start(timeout_ms)

    def note(self, message: str, timeout_ms: int = TIMEOUT_MS) -> None:
        """A confirmation: a neutral note over the top of the view; the layout does not move."""
        host = self.parentWidget()
        if host is None:  # not placed yet: nowhere to lay it over
            return
        self.history.append(message)
        if self.info.parentWidget() is not host:
            self.info.setParent(host)
            host.installEventFilter(self)
        self.info.setText(message)
        self.info.setFont(self.font())
        self._place_note()
        self.info.show()
        self.info.raise_()
        self._info_timer.start(timeout_ms)

    def clear_note(self) -> None:
        self._info_timer.stop()
        self.info.hide()

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QtCore.QEvent.Type.Resize and self.info.isVisible():
            self._place_note()
        return False

    def _place_note(self) -> None:
        """At the top of the parent, inside its margins, one line (cut with "…", whole in its
        tooltip)."""
        host = self.info.parentWidget()
        if host is None:
            return
        lay = host.layout()
        m = lay.contentsMargins() if lay is not None else QtCore.QMargins()
        width = max(host.width() - m.left() - m.right(), 40)
        pad = self.info.contentsMargins().left() + self.info.contentsMargins().right() + 24
        full = self.history[-1] if self.history else self.info.text()
        self.info.setText(
            QtGui.QFontMetrics(self.info.font()).elidedText(full, QtCore.Qt.TextElideMode.ElideRight, width - pad)
        )
        self.info.setToolTip(full)
        self.info.adjustSize()
        top = self.geometry().bottom() + 1 if self.isVisible() else m.top()  # under a problem shown
        self.info.move(m.left() + (width - self.info.width()) // 2, top)

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
        # Neutral: the note colour on the plot background, a thin muted border, normal weight.
        self.info.setStyleSheet(
            f"QLabel#{self.info.objectName()} {{ color: {look.note}; background: {look.background};"
            f" border: {max(1, round(k))}px solid {look.muted}; border-radius: {round(4 * k)}px;"
            f" padding: {round(2 * k)}px {round(8 * k)}px; }}"
        )


__all__ = ["TIMEOUT_MS", "MessageLine"]
