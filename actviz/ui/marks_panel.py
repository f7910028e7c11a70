"""The side panel's "Reference marks": type ``y=0.25 σ′ max`` and Enter to add a line or a
point, see the marks in a list, remove one (Remove or Delete) or all (Clear).

Reads and writes the state's marks only; the plot draws them (see ``marks_layer``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from actviz.state import Mark, State
from actviz.state.marks import mark_text, parse_mark, point_on_curve, value_text
from actviz.ui import keys
from actviz.ui.guard import guarded
from actviz.ui.i18n import tr_text
from actviz.ui.qt import QtCore, QtGui, QtWidgets, named

Notify = Callable[[str], None]


class MarksPanel(QtWidgets.QGroupBox):
    """Add, list and remove the state's reference marks."""

    def __init__(self, state: State, notify: Notify, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Reference marks"))
        self.setObjectName("marksPanel")
        self.state, self.notify = state, notify
        self._refused = False

        self.input = named(QtWidgets.QLineEdit(), "markInput")
        self.input.setPlaceholderText(self.tr("y=0.25 σ′ max   x=0   (0, 0.5) σ(0)"))
        self.input.setToolTip(
            self.tr(
                "A horizontal line y=…, a vertical line x=… or a point (x, y), then an optional "
                "label; press Enter. M marks the point of f under the mouse."
            )
        )
        self.input.returnPressed.connect(self.add_from_text)
        # Enter adds and hands the keys back to the plot; Esc empties the box and does the same.
        # After a refusal the box keeps the text and the cursor, for the correction.
        keys.EditKeys(self.input, self.input.clear, self._done)
        self.add_button = named(QtWidgets.QPushButton(self.tr("Add")), "addMark")
        self.add_button.clicked.connect(self.add_from_text)

        self.list = named(QtWidgets.QListWidget(), "markList")
        self.list.setToolTip(self.tr("Select a mark and press Delete to remove it"))
        self.list.setMaximumHeight(110)
        self.list.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(QtCore.Qt.TextElideMode.ElideRight)
        delete = QtGui.QShortcut(QtGui.QKeySequence(QtGui.QKeySequence.StandardKey.Delete), self.list)
        delete.setContext(QtCore.Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_selected)
        self.remove_button = named(QtWidgets.QPushButton(self.tr("Remove")), "removeMark")
        self.remove_button.clicked.connect(self.remove_selected)
        self.clear_button = named(QtWidgets.QPushButton(self.tr("Clear")), "clearMarks")
        self.clear_button.clicked.connect(state.clear_marks)

        row = QtWidgets.QHBoxLayout()
        row.addWidget(self.input, 1)
        row.addWidget(self.add_button)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.clear_button)
        lay = QtWidgets.QVBoxLayout(self)
        lay.addLayout(row)
        lay.addWidget(self.list)
        lay.addLayout(buttons)

        state.events.marks.connect(self._from_state)
        self._from_state(state.marks)

    # ------------------------------------------------------------------ widget -> state
    def add_from_text(self) -> bool:
        """Add the mark typed in the box. A refusal says why in one line and keeps the text."""
        text = self.input.text()
        try:
            mark = parse_mark(text)
            known = mark in self.state.marks
            self.state.add_mark(*mark.to_list())
        except ValueError as e:
            self._refused = True
            self.notify(self.tr("Reference mark not added: {0}").format(tr_text(e)))
            return False
        self._refused = False
        self.input.clear()
        if known:
            self.notify(self.tr("{0} is already marked").format(mark_text(mark)))
        return True

    def _done(self) -> None:
        if self._refused:
            self._refused = False
            self.input.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)
        else:
            keys.focus_home(self.input)

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        marks = self.state.marks
        if 0 <= row < len(marks):
            self.state.remove_mark(marks[row])  # the next row becomes the selected one
        elif marks:
            self.notify(self.tr("Select a reference mark to remove"))

    def mark_point(self, x: float | None) -> None:
        """Add a labelled point on f at ``x`` (the readout's x); None: the mouse is not on the plot."""
        if x is None:
            self.notify(self.tr("Move the mouse over the plot first: M marks the point of f under it"))
            return
        try:
            mark = point_on_curve(self.state.activation, self.state.params, x)
            self.state.add_mark(*mark.to_list())
        except ValueError as e:
            self.notify(self.tr("Point not marked: {0}").format(tr_text(e)))

    # ------------------------------------------------------------------ state -> widget
    @guarded
    def _from_state(self, marks: Sequence[Mark]) -> None:
        row = self.list.currentRow()
        self.list.clear()
        for mark in marks:
            # Short numbers to read; the exact text, which can be typed again, in the tooltip.
            item = QtWidgets.QListWidgetItem(f"{value_text(mark)}  {mark.label}".rstrip())
            item.setToolTip(mark_text(mark))
            self.list.addItem(item)
        if marks and row >= 0:
            self.list.setCurrentRow(min(row, len(marks) - 1))
        self.remove_button.setEnabled(bool(marks))
        self.clear_button.setEnabled(bool(marks))


__all__ = ["MarksPanel"]
