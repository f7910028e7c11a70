"""Widgets for the views' side panels, which must fit their width at any projector scale:
a button and a check box whose texts wrap, a row that breaks onto two lines, a row that flows
onto as many lines as it needs, and a combo box that may be narrower than its longest item."""

from __future__ import annotations

from actviz.ui.qt import QtCore, QtGui, QtWidgets


class WrapButton(QtWidgets.QPushButton):
    """A push button whose text takes more lines when the panel is narrow (a QPushButton's own
    text never wraps, and a long one widened the side panel past the window at huge scale).
    The text is drawn by a word-wrapped label inside the button; the button keeps it as its
    accessible name."""

    def __init__(self, text: str, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setAccessibleName(text)
        self.label = QtWidgets.QLabel(text, self)
        self.label.setObjectName(f"{name}Text")
        self.label.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
        self.label.setForegroundRole(QtGui.QPalette.ColorRole.ButtonText)
        self.label.setAttribute(QtCore.Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        # As tall as its lines (a fixed height would cut the second one).
        policy = QtWidgets.QSizePolicy(QtWidgets.QSizePolicy.Policy.Preferred, QtWidgets.QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def full_text(self) -> str:
        return self.label.text()

    def _padding(self) -> QtCore.QSize:
        """What the style adds around a button's text."""
        opt = QtWidgets.QStyleOptionButton()
        self.initStyleOption(opt)
        return self.style().sizeFromContents(QtWidgets.QStyle.ContentsType.CT_PushButton, opt, QtCore.QSize(0, 0), self)

    def _around(self, text: QtCore.QSize) -> QtCore.QSize:
        pad = self._padding()
        one_line = self.fontMetrics().height()
        return QtCore.QSize(text.width() + pad.width(), max(text.height(), one_line) + pad.height())

    def sizeHint(self) -> QtCore.QSize:  # noqa: N802 - Qt override
        # The whole text on one line when there is room for it.
        return self._around(self.fontMetrics().size(0, self.label.text()))

    def minimumSizeHint(self) -> QtCore.QSize:  # noqa: N802 - Qt override
        return self._around(self.label.minimumSizeHint())

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        pad = self._padding()
        text = self.label.heightForWidth(max(width - pad.width(), 1))
        return max(text, self.fontMetrics().height()) + pad.height()

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._place_label()

    def changeEvent(self, event: QtCore.QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() in (QtCore.QEvent.Type.FontChange, QtCore.QEvent.Type.StyleChange):
            self.updateGeometry()
            self._place_label()

    def _place_label(self) -> None:
        pad = self._padding()
        self.label.setGeometry(self.rect().adjusted(pad.width() // 2, 0, -(pad.width() - pad.width() // 2), 0))


class WrapCheck(QtWidgets.QWidget):
    """A check box whose text takes more lines when the panel is narrow (a QCheckBox's own text
    never wraps): the box without text, its text in a word-wrapped label beside it. A click on
    the text ticks the box, as on any check box; the box keeps the text as its accessible name
    and takes the keyboard focus."""

    def __init__(self, text: str, name: str) -> None:
        super().__init__()
        self.setObjectName(f"{name}Row")
        self.box = QtWidgets.QCheckBox()
        self.box.setObjectName(name)
        self.box.setAccessibleName(text)
        self.label = QtWidgets.QLabel(text)
        self.label.setObjectName(f"{name}Text")
        self.label.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setAlignment(QtCore.Qt.AlignmentFlag.AlignLeft | QtCore.Qt.AlignmentFlag.AlignVCenter)
        # Its width is what the panel gives it: the label never widens the panel.
        self.label.setSizePolicy(QtWidgets.QSizePolicy.Policy.Ignored, QtWidgets.QSizePolicy.Policy.Preferred)
        self.label.installEventFilter(self)
        lay = QtWidgets.QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(self.style().pixelMetric(QtWidgets.QStyle.PixelMetric.PM_CheckBoxLabelSpacing))
        lay.addWidget(self.box, 0, QtCore.Qt.AlignmentFlag.AlignVCenter)
        lay.addWidget(self.label, 1)

    def setToolTip(self, tip: str) -> None:  # noqa: N802 - Qt override
        super().setToolTip(tip)
        self.box.setToolTip(tip)
        self.label.setToolTip(tip)

    def eventFilter(self, obj: QtCore.QObject, event: QtCore.QEvent) -> bool:  # noqa: N802 - Qt override
        if (
            obj is self.label
            and event.type() == QtCore.QEvent.Type.MouseButtonRelease
            and isinstance(event, QtGui.QMouseEvent)
            and event.button() == QtCore.Qt.MouseButton.LeftButton
            and self.label.rect().contains(event.position().toPoint())
            and self.box.isEnabled()
        ):
            self.box.setFocus(QtCore.Qt.FocusReason.MouseFocusReason)
            self.box.toggle()
        return False


_Line = tuple[list[QtWidgets.QLayoutItem], list[int], int]
"""One line of a :class:`_LineLayout`: its items, their widths and the line's height."""


class _LineLayout(QtWidgets.QLayout):
    """The common part of :class:`RowOrColumn` and :class:`FlowRow`: a list of items laid out
    on one line or more, as tall as the width given needs (``_place``)."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QtWidgets.QLayoutItem] = []

    def addItem(self, item: QtWidgets.QLayoutItem) -> None:  # noqa: N802 - Qt override
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QtWidgets.QLayoutItem | None:  # noqa: N802 - Qt override
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QtWidgets.QLayoutItem | None:  # noqa: N802 - Qt override
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> QtCore.Qt.Orientation:  # noqa: N802 - Qt override
        return QtCore.Qt.Orientation(0)

    def _gap(self, orientation: QtCore.Qt.Orientation = QtCore.Qt.Orientation.Horizontal) -> int:
        if self.spacing() >= 0:
            return self.spacing()
        parent = self.parentWidget()
        style = parent.style() if parent is not None else QtWidgets.QApplication.style()
        metric = (
            QtWidgets.QStyle.PixelMetric.PM_LayoutHorizontalSpacing
            if orientation == QtCore.Qt.Orientation.Horizontal
            else QtWidgets.QStyle.PixelMetric.PM_LayoutVerticalSpacing
        )
        return max(style.pixelMetric(metric), 0)

    def _shown(self) -> list[QtWidgets.QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _margins(self) -> QtCore.QSize:
        m = self.contentsMargins()
        return QtCore.QSize(m.left() + m.right(), m.top() + m.bottom())

    def sizeHint(self) -> QtCore.QSize:  # noqa: N802 - Qt override
        """All the items side by side at their preferred widths."""
        items = self._shown()
        if not items:
            return self._margins()
        width = sum(item.sizeHint().width() for item in items) + self._gap() * (len(items) - 1)
        return QtCore.QSize(width, max(item.sizeHint().height() for item in items)) + self._margins()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return self._place(QtCore.QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QtCore.QRect) -> None:  # noqa: N802 - Qt override
        super().setGeometry(rect)
        self._place(rect, move=True)

    def _place(self, rect: QtCore.QRect, move: bool) -> int:
        """Lays the items out in ``rect`` (when ``move``), line under line as ``_lines`` breaks
        them; the height they take."""
        m = self.contentsMargins()
        inner = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        items = self._shown()
        if not items:
            return m.top() + m.bottom()
        h_gap, v_gap = self._gaps()
        y = inner.y()
        for k, (line, widths, height) in enumerate(self._lines(items, inner.width(), h_gap)):
            if k:
                y += v_gap
            if move:
                x = inner.x()
                for item, w in zip(line, widths):
                    item.setGeometry(QtCore.QRect(x, y, w, height))
                    x += w + h_gap
            y += height
        return y - inner.y() + m.top() + m.bottom()

    def _gaps(self) -> tuple[int, int]:
        """The gaps between items on a line and between lines."""
        gap = self._gap()
        return gap, gap

    def _lines(self, items: list[QtWidgets.QLayoutItem], width: int, gap: int) -> list[_Line]:
        """The items broken into lines for ``width`` pixels: each with its widths and height."""
        raise NotImplementedError


class RowOrColumn(_LineLayout):
    """Its widgets side by side, the first taking the width left, when the width holds them all;
    else the first on a line of its own and the others side by side under it. A combo box and its
    buttons in a narrow panel (huge text on a small screen) take two lines rather than widen it."""

    def _one_line_width(self) -> int:
        items = self._shown()
        return sum(item.minimumSize().width() for item in items) + self._gap() * max(len(items) - 1, 0)

    def minimumSize(self) -> QtCore.QSize:  # noqa: N802 - Qt override
        items = self._shown()
        if not items:
            return self._margins()
        rest = items[1:]
        rest_width = sum(item.minimumSize().width() for item in rest) + self._gap() * max(len(rest) - 1, 0)
        width = max(items[0].minimumSize().width(), rest_width)
        return QtCore.QSize(width, max(item.minimumSize().height() for item in items)) + self._margins()

    def _lines(self, items: list[QtWidgets.QLayoutItem], width: int, gap: int) -> list[_Line]:
        lines = [items] if width >= self._one_line_width() else [items[:1], items[1:]]
        out: list[_Line] = []
        for k, line in enumerate(ln for ln in lines if ln):
            widths = _widths(line, width - gap * (len(line) - 1), k == 0)
            # A widget whose text wraps (a two-line button) is as tall as its width needs.
            height = max(
                item.heightForWidth(w) if item.hasHeightForWidth() else item.sizeHint().height()
                for item, w in zip(line, widths)
            )
            out.append((line, widths, height))
        return out


def _widths(line: list[QtWidgets.QLayoutItem], room: int, stretch_first: bool) -> list[int]:
    """The widths of a line of widgets in ``room`` pixels: the first takes what the others leave,
    or (under it) the others share the line equally, or take their size hints if those are wider."""
    hints = [item.sizeHint().width() for item in line]
    mins = [item.minimumSize().width() for item in line]
    if stretch_first:
        rest = hints[1:] if mins[0] + sum(hints[1:]) <= room else mins[1:]
        return [max(room - sum(rest), mins[0]), *rest]
    share = room // len(line)
    return [share] * len(line) if max(hints) <= share else hints


class FlowRow(_LineLayout):
    """Its widgets side by side at their preferred widths, left to right, going on to the next
    line when the next one does not fit: the animation's play button, mode, speed and trace in a
    narrow panel take two lines rather than widen it."""

    def minimumSize(self) -> QtCore.QSize:  # noqa: N802 - Qt override
        items = self._shown()
        if not items:
            return self._margins()
        width = max(item.minimumSize().width() for item in items)  # one a line at the least
        return QtCore.QSize(width, max(item.minimumSize().height() for item in items)) + self._margins()

    def _gaps(self) -> tuple[int, int]:
        return self._gap(QtCore.Qt.Orientation.Horizontal), self._gap(QtCore.Qt.Orientation.Vertical)

    def _lines(self, items: list[QtWidgets.QLayoutItem], width: int, gap: int) -> list[_Line]:
        lines: list[list[QtWidgets.QLayoutItem]] = [[]]
        used = 0
        for item in items:
            w = min(item.sizeHint().width(), width)
            if lines[-1] and used + gap + w > width:
                lines.append([])
                used = 0
            used += (gap if lines[-1] else 0) + w
            lines[-1].append(item)
        return [
            (
                line,
                [max(min(item.sizeHint().width(), width), item.minimumSize().width()) for item in line],
                max(item.sizeHint().height() for item in line),
            )
            for line in lines
        ]


class FitCombo(QtWidgets.QComboBox):
    """A combo box that may be narrower than its longest item (a long translation at huge scale
    widened the side panel): the shown item is cut with an ellipsis when it does not fit, and
    its whole text is in the tooltip, above the box's own tip."""

    def __init__(self, parent: QtWidgets.QWidget | None = None, chars: int = 10) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(chars)
        fit_combo_tip(self)

    def full_width(self) -> int:
        """The width the box needs to show its longest item whole."""
        opt = QtWidgets.QStyleOptionComboBox()
        self.initStyleOption(opt)
        longest = max((self.fontMetrics().horizontalAdvance(self.itemText(i)) for i in range(self.count())), default=0)
        return (
            self.style()
            .sizeFromContents(
                QtWidgets.QStyle.ContentsType.CT_ComboBox, opt, QtCore.QSize(longest, self.fontMetrics().height()), self
            )
            .width()
        )

    def paintEvent(self, event: QtGui.QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QtWidgets.QStylePainter(self)
        opt = QtWidgets.QStyleOptionComboBox()
        self.initStyleOption(opt)
        painter.drawComplexControl(QtWidgets.QStyle.ComplexControl.CC_ComboBox, opt)
        field = self.style().subControlRect(
            QtWidgets.QStyle.ComplexControl.CC_ComboBox, opt, QtWidgets.QStyle.SubControl.SC_ComboBoxEditField, self
        )
        room = field.width() - (opt.iconSize.width() + 4 if not opt.currentIcon.isNull() else 0) - 2
        opt.currentText = self.fontMetrics().elidedText(opt.currentText, QtCore.Qt.TextElideMode.ElideRight, room)
        painter.drawControl(QtWidgets.QStyle.ControlElement.CE_ComboBoxLabel, opt)


class _WholeTextTip(QtCore.QObject):
    """Shows a combo box's current item whole in its tooltip when the box is too narrow for it."""

    def eventFilter(self, obj: QtCore.QObject, event: QtCore.QEvent) -> bool:  # noqa: N802 - Qt override
        if (
            event.type() == QtCore.QEvent.Type.ToolTip
            and isinstance(obj, QtWidgets.QComboBox)
            and isinstance(event, QtGui.QHelpEvent)
        ):
            text = obj.currentText()
            edit = obj.lineEdit()
            room = edit.width() if edit is not None else obj.width() - obj.iconSize().width()
            if text and obj.fontMetrics().horizontalAdvance(text) > room - 8:
                tip = f"{text}\n{obj.toolTip()}" if obj.toolTip() else text
                QtWidgets.QToolTip.showText(event.globalPos(), tip, obj)
                return True
        return False


_tip_filter: _WholeTextTip | None = None


def fit_combo_tip(combo: QtWidgets.QComboBox) -> None:
    """The combo box's tooltip starts with its current item's whole text when the box cuts it."""
    global _tip_filter
    if _tip_filter is None:
        _tip_filter = _WholeTextTip(QtCore.QCoreApplication.instance())
    combo.installEventFilter(_tip_filter)


class WholeCombo(QtWidgets.QComboBox):
    """A combo box never narrower than its longest item: in a form that wraps its long rows, a
    narrow panel puts it under its label instead of cutting its text ("Xavier (G")."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToContents)

    def minimumSizeHint(self) -> QtCore.QSize:  # noqa: N802 - Qt override
        return self.sizeHint()


__all__ = [
    "FitCombo",
    "FlowRow",
    "RowOrColumn",
    "WholeCombo",
    "WrapButton",
    "WrapCheck",
    "fit_combo_tip",
]
