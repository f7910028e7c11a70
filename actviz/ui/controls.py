"""The side-panel controls. Each reads the state and writes the state, and nothing else.

Pattern for every control: one slot for widget → state (it only writes the state), one
handler for state → widget (it updates the widget with its signals blocked). Bad input is
refused by the state with a message, shown through ``notify``, and the widget is put back to
the state's last valid value.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Callable, Mapping
from typing import Any

import shiboken6

from actviz.controllers.function import FunctionController, ParamScale, match_function
from actviz.core import GROUPS, Param, get, names
from actviz.core.registry import CUSTOM_GROUP
from actviz.state import State
from actviz.state.model import MAX_ABS_COORD
from actviz.state.texts import QT_TRANSLATE_NOOP, RefusalError
from actviz.ui import choices, keys
from actviz.ui.guard import guarded
from actviz.ui.i18n import tr_text
from actviz.ui.look import scaled_height, set_text_color
from actviz.ui.panel_widgets import FitCombo, FlowRow, WrapButton, fit_combo_tip
from actviz.ui.qt import QtCore, QtGui, QtWidgets, named
from actviz.ui.timing import Throttled
from actviz.viewmodels import theme
from actviz.viewmodels.animation import MODES, SPEEDS, SWEEP_SECONDS
from actviz.viewmodels.function import fmt, fmt_short, values_table

Notify = Callable[[str], None]
_MODE_NAMES = {
    "loop": QT_TRANSLATE_NOOP("ParamPanel", "loop"),
    "bounce": QT_TRANSLATE_NOOP("ParamPanel", "bounce"),
    "once": QT_TRANSLATE_NOOP("ParamPanel", "once"),
}


class NumberSpin(QtWidgets.QDoubleSpinBox):
    """A spinbox for coordinates: shows 10 significant digits, accepts 1e-9 style input.

    Text that is not a usable number (nan, inf, out of range, garbage) cannot be committed;
    ``rejected`` reports it, so the user is told instead of the field silently reverting.
    """

    rejected = QtCore.Signal(str)

    def _check_text(self) -> None:
        text = self.lineEdit().text()
        if self.validate(text, 0)[0] != QtGui.QValidator.State.Acceptable:
            self.rejected.emit(text)

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (QtCore.Qt.Key.Key_Return, QtCore.Qt.Key.Key_Enter):
            self._check_text()
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QtGui.QFocusEvent) -> None:  # noqa: N802 - Qt override
        self._check_text()
        super().focusOutEvent(event)

    def textFromValue(self, value: float) -> str:  # noqa: N802 - Qt override
        return f"{value:.10g}"

    def valueFromText(self, text: str) -> float:  # noqa: N802 - Qt override
        try:
            v = float(text.replace("−", "-"))
        except ValueError:
            return self.value()
        # Qt keeps at most 323 decimals: a subnormal such as 5e-324 would be stored as 0 while
        # the state got the typed value. Such coordinates mean 0 in any range anyway.
        return 0.0 if abs(v) < 1e-300 else v

    def validate(self, text: str, pos: int) -> tuple[QtGui.QValidator.State, str, int]:
        t = text.strip().replace("−", "-")
        try:
            v = float(t)
        except ValueError:
            return (QtGui.QValidator.State.Intermediate, text, pos)
        if not math.isfinite(v) or not (self.minimum() <= v <= self.maximum()):
            return (QtGui.QValidator.State.Intermediate, text, pos)
        return (QtGui.QValidator.State.Acceptable, text, pos)


def _spin(name: str, lo: float, hi: float) -> NumberSpin:
    sb = named(NumberSpin(), name)
    sb.setDecimals(323)  # keep every float exactly (Qt rounds to the decimals); the text shows 10 digits
    sb.setRange(lo, hi)
    sb.setSingleStep(0.5)
    sb.setKeyboardTracking(False)  # commit on Enter / focus-out, not on every keystroke
    sb.setAccelerated(True)
    return sb


# ------------------------------------------------------------------------ function selector
class FunctionSelector(QtWidgets.QComboBox):
    """Every catalog function, grouped, then the custom formulas, with type-to-search (by name
    or id, anywhere in it). The list is refilled when a formula is added or deleted."""

    def __init__(self, state: State, notify: Notify, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("functionSelector")
        self.state, self.notify = state, notify
        self.setEditable(True)
        self.setInsertPolicy(QtWidgets.QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(30)
        self.setToolTip(self.tr("Choose a function (type to search; PageUp/PageDown for previous/next)"))
        self.setAccessibleName("function")
        # As narrow as the side panel needs at huge scale: a long name ("Sigmoid (logistic) ·
        # sigmoid") shows from its start, and whole in the tooltip.
        self.setSizeAdjustPolicy(QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        fit_combo_tip(self)
        self._fill()
        self.activated.connect(self._on_index)
        self.activated.connect(self._hand_keys_back)
        edit = self.lineEdit()
        assert edit is not None  # an editable combo box has one
        edit.editingFinished.connect(lambda: self._on_text(edit.text()))
        state.events.function.connect(self._from_state)
        state.events.formulas.connect(self._refill)
        self._from_state(state.function_id)
        keys.install(self, lambda: self._from_state(self.state.function_id))

    def _fill(self) -> None:
        model = self.model()
        bold = QtGui.QFont()
        bold.setBold(True)
        ids = names()
        groups = (*GROUPS, CUSTOM_GROUP)
        by_group = {g: [i for i in ids if get(i).group == g] for g in groups}
        for group in groups:
            if not by_group[group]:
                continue
            self.addItem(f"— {group} —")
            header = model.item(self.count() - 1)  # type: ignore[attr-defined]  # a QStandardItemModel
            header.setFlags(QtCore.Qt.ItemFlag.NoItemFlags)
            header.setFont(bold)
            for fid in by_group[group]:
                self.addItem(f"{get(fid).label}  ·  {fid}", fid)
        comp = QtWidgets.QCompleter([f"{get(i).label}  ·  {i}" for i in ids], self)
        comp.setCaseSensitivity(QtCore.Qt.CaseSensitivity.CaseInsensitive)
        comp.setFilterMode(QtCore.Qt.MatchFlag.MatchContains)
        comp.setCompletionMode(QtWidgets.QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(comp)  # the line edit deletes the completer it had
        comp.activated.connect(self._on_text)
        comp.activated.connect(self._hand_keys_back)
        self._fit_popup_font()

    def _fit_popup_font(self) -> None:
        # The completer's popup is a window of its own, so the projector scale (the main
        # window's font) does not reach it: it takes the box's font instead.
        comp = self.completer()
        popup = comp.popup() if comp is not None else None
        if popup is not None:
            popup.setFont(self.font())

    def changeEvent(self, event: QtCore.QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QtCore.QEvent.Type.FontChange:
            self._fit_popup_font()

    @guarded
    def _refill(self, *_args: object) -> None:
        with QtCore.QSignalBlocker(self):
            self.clear()
            self._fill()
        self._from_state(self.state.function_id)

    def _hand_keys_back(self, *_args: object) -> None:
        # A choice from a popup (the list or the completer) is as final as Enter in a box: the
        # popup ate the Enter, so the plot would otherwise never get the keys back and the next
        # ] would be typed into the name. Deferred so the popup has closed and restored focus.
        QtCore.QTimer.singleShot(0, lambda: keys.focus_home(self))

    def _on_index(self, index: int) -> None:
        fid = self.itemData(index)
        if fid:
            self.state.set_function(fid)

    def _on_text(self, text: str) -> None:
        text = text.strip()
        match = match_function(text)
        if match is None:
            self.notify(f"No function matches {text!r}; type part of a name, e.g. 'gelu' or 'swish'")
            self._from_state(self.state.function_id)
            return
        self.state.set_function(match)
        self._from_state(self.state.function_id)

    @guarded
    def _from_state(self, function_id: str) -> None:
        with QtCore.QSignalBlocker(self):
            self.setCurrentIndex(self.findData(function_id))
        edit = self.lineEdit()
        if edit is not None and not edit.hasFocus():
            edit.setCursorPosition(0)  # a name longer than the box shows from its start

    def current_id(self) -> str:
        fid: str = self.currentData()
        return fid


# ------------------------------------------------------------------------ ranges
class RangeControls(QtWidgets.QGroupBox):
    """x min/max, y automatic or fixed min/max, and reset view."""

    def __init__(self, state: State, notify: Notify, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(self.tr("Ranges"), parent)
        self.state, self.notify = state, notify
        big = MAX_ABS_COORD
        self.x_min, self.x_max = _spin("xMin", -big, big), _spin("xMax", -big, big)
        self.y_min, self.y_max = _spin("yMin", -big, big), _spin("yMax", -big, big)
        for sb, name in (
            (self.x_min, "x minimum"),
            (self.x_max, "x maximum"),
            (self.y_min, "y minimum"),
            (self.y_max, "y maximum"),
        ):
            sb.setAccessibleName(name)
            sb.rejected.connect(
                lambda text, name=name: self.notify(
                    f"Range refused: {name} must be a finite number within ±{MAX_ABS_COORD:g}, got {text.strip()!r}. "
                    "Kept the previous value."
                )
            )
        self.y_auto = named(QtWidgets.QCheckBox(self.tr("automatic y")), "yAuto")
        self.y_auto.setToolTip(self.tr("Fit y to the curves (uncheck to fix y min and y max)"))
        self.reset = named(QtWidgets.QPushButton(self.tr("Reset view")), "resetView")
        self.reset.setToolTip(self.tr("Back to x ∈ [−5, 5] with automatic y  (Ctrl+0)"))
        grid = QtWidgets.QGridLayout(self)
        grid.addWidget(QtWidgets.QLabel("x"), 0, 0)
        grid.addWidget(self.x_min, 0, 1)
        grid.addWidget(QtWidgets.QLabel(self.tr("to")), 0, 2)
        grid.addWidget(self.x_max, 0, 3)
        grid.addWidget(QtWidgets.QLabel("y"), 1, 0)
        grid.addWidget(self.y_min, 1, 1)
        grid.addWidget(QtWidgets.QLabel(self.tr("to")), 1, 2)
        grid.addWidget(self.y_max, 1, 3)
        # Reset view under automatic y when the panel is narrow.
        buttons = FlowRow()
        buttons.addWidget(self.y_auto)
        buttons.addWidget(self.reset)
        grid.addLayout(buttons, 2, 1, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        self.x_min.valueChanged.connect(lambda _: self._write_x())
        self.x_max.valueChanged.connect(lambda _: self._write_x())
        self.y_min.valueChanged.connect(lambda _: self._write_y())
        self.y_max.valueChanged.connect(lambda _: self._write_y())
        self.y_auto.toggled.connect(lambda _: self._write_y())
        self.reset.clicked.connect(state.reset_view)
        state.events.x_range.connect(self._x_from_state)
        state.events.y_range.connect(self._y_from_state)
        state.events.auto_y.connect(self._auto_y_from_state)
        self._x_from_state(state.x_range)
        self._y_from_state(state.y_range)
        for box in (self.x_min, self.x_max):
            keys.install(box, lambda: self._x_from_state(self.state.x_range))
        for box in (self.y_min, self.y_max):
            keys.install(box, lambda: self._y_from_state(self.state.y_range))

    def _write_x(self) -> None:
        try:
            self.state.set_x_range(self.x_min.value(), self.x_max.value())
        except ValueError as e:
            lo, hi = (fmt(v) for v in self.state.x_range)
            self.notify(self.tr("Range refused: {error}. Kept [{lo}, {hi}].").format(error=tr_text(e), lo=lo, hi=hi))
            self._x_from_state(self.state.x_range)

    def _write_y(self) -> None:
        try:
            if self.y_auto.isChecked():
                self.state.set_y_range(None)
            else:
                self.state.set_y_range((self.y_min.value(), self.y_max.value()))
        except ValueError as e:
            self.notify(self.tr("Range refused: {error}. Kept the previous y range.").format(error=tr_text(e)))
            self._y_from_state(self.state.y_range)

    @guarded
    def _x_from_state(self, x_range: tuple[float, float]) -> None:
        with QtCore.QSignalBlocker(self.x_min):
            self.x_min.setValue(x_range[0])
        with QtCore.QSignalBlocker(self.x_max):
            self.x_max.setValue(x_range[1])

    @guarded
    def _y_from_state(self, y_range: tuple[float, float] | None) -> None:
        auto = y_range is None
        with QtCore.QSignalBlocker(self.y_auto):
            self.y_auto.setChecked(auto)
        if y_range is not None:
            with QtCore.QSignalBlocker(self.y_min):
                self.y_min.setValue(y_range[0])
            with QtCore.QSignalBlocker(self.y_max):
                self.y_max.setValue(y_range[1])
        elif self.state.auto_y_range is not None:
            self._auto_y_from_state(self.state.auto_y_range)
        self.y_min.setEnabled(not auto)
        self.y_max.setEnabled(not auto)

    @guarded
    def _auto_y_from_state(self, y_range: tuple[float, float]) -> None:
        """While y is automatic, show the range in use (greyed out), so unticking keeps it."""
        if self.state.y_range is None:
            with QtCore.QSignalBlocker(self.y_min):
                self.y_min.setValue(y_range[0])
            with QtCore.QSignalBlocker(self.y_max):
                self.y_max.setValue(y_range[1])


# ------------------------------------------------------------------------ parameters
class ParamSpin(NumberSpin):
    """The value box of a numeric parameter.

    It takes any number in the parameter's range, shown in up to 10 significant digits. If the
    parameter has no upper limit (Keras's ``max_value=None``), ``∞``, ``inf`` or ``none`` mean no
    limit and the box's top stands for ∞, so every finite float stays a finite value: 1e308
    shows as 1e+308, never as ∞. Anything else (out of range, NaN, text) is refused with a
    message through ``rejected``, as the range boxes do.
    """

    _WORDS = ("∞", "inf", "+inf", "infinity", "none")
    INFINITY = sys.float_info.max  # the box's value that stands for ∞

    def __init__(self, param: Param, **kw: Any) -> None:
        super().__init__(**kw)
        self.param = param
        self.infinite_top = math.isinf(param.max)
        self.setDecimals(323)  # exact floats; the text shows 10 significant digits
        self.setRange(param.min, self.INFINITY if self.infinite_top else param.max)
        self.setSingleStep(param.step)
        self.setKeyboardTracking(False)

    def to_value(self, v: float) -> float:
        return math.inf if self.infinite_top and v >= self.INFINITY else v

    def show_value(self, v: float) -> None:
        self.setValue(self.INFINITY if math.isinf(v) else v)

    def textFromValue(self, value: float) -> str:  # noqa: N802 - Qt override
        if self.infinite_top and value >= self.INFINITY:
            return "∞"
        return f"{round(value, 12):.10g}"

    def valueFromText(self, text: str) -> float:  # noqa: N802 - Qt override
        t = text.strip().lower().replace("−", "-")
        if self.infinite_top and t in self._WORDS:
            return self.INFINITY
        return super().valueFromText(t)

    def validate(self, text: str, pos: int) -> tuple[QtGui.QValidator.State, str, int]:
        t = text.strip().lower()
        if self.infinite_top:
            if t in self._WORDS:
                return (QtGui.QValidator.State.Acceptable, text, pos)
            if t and any(w.startswith(t) for w in self._WORDS):
                return (QtGui.QValidator.State.Intermediate, text, pos)  # still typing "inf"
        return super().validate(text, pos)


class ParamControl(QtWidgets.QWidget):
    """Slider + spinbox (or a combo for choices) + reset, all bound to one state value."""

    def __init__(self, state: State, param: Param, notify: Notify, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.state, self.param, self.notify = state, param, notify
        p = param
        tip = f"{p.name}: {p.description}\n" + self.tr("Default {value}").format(
            value=p.default if p.is_choice or isinstance(p.default, str) else fmt(p.default)
        )
        label = QtWidgets.QLabel(f"<b style='font-size:x-large'>{p.symbol}</b>&nbsp; {p.name}")
        label.setToolTip(tip)
        label.setWordWrap(True)  # the name under a long symbol when the panel is narrow
        self.reset = named(QtWidgets.QToolButton(), f"param.{p.name}.reset")
        self.reset.setText("↺")
        self.reset.setToolTip(self.tr("Reset {name} to its default").format(name=p.name))
        self.reset.clicked.connect(self._reset)
        self.slider: QtWidgets.QSlider | None = None
        self.spin: ParamSpin | None = None
        self.combo: QtWidgets.QComboBox | None = None
        lay = QtWidgets.QGridLayout(self)
        lay.setContentsMargins(0, 2, 0, 2)
        lay.addWidget(label, 0, 0, 1, 2)
        lay.addWidget(self.reset, 0, 2)
        if p.is_choice:
            combo = self.combo = named(QtWidgets.QComboBox(), f"param.{p.name}.combo")
            choices.fill(combo, p.choices or ())
            combo.setToolTip(tip)
            combo.currentIndexChanged.connect(lambda i: self._write(choices.id_at(combo, i)))
            lay.addWidget(combo, 1, 0, 1, 3)
        else:
            # With an infinite max (Keras's max_value=None) the slider's last tick means ∞, and
            # the spinbox takes any finite value too, showing ∞ only at its very top.
            self.scale = ParamScale.of(p)
            self.infinite_top, self.lo, self.step, self.ticks = (
                self.scale.infinite_top,
                self.scale.lo,
                self.scale.step,
                self.scale.ticks,
            )
            slider = self.slider = named(QtWidgets.QSlider(QtCore.Qt.Orientation.Horizontal), f"param.{p.name}.slider")
            slider.setRange(0, self.ticks)
            slider.setSingleStep(1)
            slider.setPageStep(max(1, self.ticks // 10))
            slider.setTracking(True)  # update continuously while dragging
            slider.setToolTip(tip)
            slider.setMinimumHeight(28)
            spin = self.spin = named(ParamSpin(p), f"param.{p.name}.spin")
            spin.rejected.connect(self._refused)
            keys.install(spin, lambda: self.from_state(self.state.params))
            spin.setToolTip(tip)
            spin.setMinimumWidth(90)
            slider.valueChanged.connect(lambda t: self._write(self.tick_to_value(t)))
            spin.valueChanged.connect(lambda v: self._write(spin.to_value(v)))
            slider.setAccessibleName(f"{p.name} slider")
            spin.setAccessibleName(f"{p.name} value")
            lay.addWidget(slider, 1, 0, 1, 2)
            lay.addWidget(spin, 1, 2)
        lay.setColumnStretch(0, 1)
        self.from_state(state.params)

    def value_to_tick(self, v: float) -> int:
        return self.scale.value_to_tick(v)

    def tick_to_value(self, t: int) -> float:
        return self.scale.tick_to_value(t)

    def _reset(self) -> None:
        try:
            self.state.reset_param(self.param.name)
        except ValueError as e:  # e.g. hardtanh max_val back to 1 while min_val is 1.5
            kept = fmt(self.state.params[self.param.name])
            self.notify(
                self.tr("Cannot reset {name}: {error}. Kept {kept}.").format(
                    name=self.param.name, error=tr_text(e), kept=kept
                )
            )

    def _refused(self, text: str) -> None:
        self.notify(
            f"{self.param.name} refused: it must be {self.param.allowed()}, got {text.strip()!r}. "
            f"Kept {fmt(self.state.params[self.param.name])}."
        )
        self.from_state(self.state.params)

    def _write(self, value: float | str) -> None:
        try:
            self.state.set_param(self.param.name, value)
        except ValueError as e:
            self.notify(tr_text(e))
            self.from_state(self.state.params)

    def from_state(self, params: Mapping[str, Any]) -> None:
        v = params.get(self.param.name)
        if v is None:
            return
        if self.combo is not None:
            with QtCore.QSignalBlocker(self.combo):
                choices.select(self.combo, v)
            return
        if self.slider is None or self.spin is None:  # never: a parameter has a combo or both
            return
        with QtCore.QSignalBlocker(self.slider):
            self.slider.setValue(self.value_to_tick(v))
        with QtCore.QSignalBlocker(self.spin):
            self.spin.show_value(v)


class IconButton(QtWidgets.QToolButton):
    """A tool button whose icon is as tall as its text, so it grows with the projector scale,
    and drawn in the button's text colour, so it shows on a dark theme's dark button (the
    style's own media icons are black)."""

    _standard: QtWidgets.QStyle.StandardPixmap | None = None

    def set_standard_icon(self, which: QtWidgets.QStyle.StandardPixmap) -> None:
        self._standard = which
        self._tint()

    def changeEvent(self, event: QtCore.QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        kind = event.type()
        if kind == QtCore.QEvent.Type.FontChange:
            self._fit_icon()
        if kind in (QtCore.QEvent.Type.FontChange, QtCore.QEvent.Type.PaletteChange, QtCore.QEvent.Type.StyleChange):
            self._tint()

    def _fit_icon(self) -> None:
        side = max(16, self.fontMetrics().height())
        self.setIconSize(QtCore.QSize(side, side))

    def _tint(self) -> None:
        if self._standard is None:
            return
        side = max(16, self.iconSize().height())
        ratio = self.devicePixelRatioF()
        source = self.style().standardIcon(self._standard).pixmap(QtCore.QSize(side, side), ratio)
        icon = QtGui.QIcon()
        for mode, group in (
            (QtGui.QIcon.Mode.Normal, QtGui.QPalette.ColorGroup.Active),
            (QtGui.QIcon.Mode.Disabled, QtGui.QPalette.ColorGroup.Disabled),
        ):
            pix = QtGui.QPixmap(source)
            painter = QtGui.QPainter(pix)
            try:
                # Keep the glyph's shape (its alpha), paint it in the text colour.
                painter.setCompositionMode(QtGui.QPainter.CompositionMode.CompositionMode_SourceIn)
                painter.fillRect(pix.rect(), self.palette().color(group, QtGui.QPalette.ColorRole.ButtonText))
            finally:
                painter.end()
            icon.addPixmap(pix, mode)
        self.setIcon(icon)


class ParamPanel(QtWidgets.QGroupBox):
    """The parameter controls of the current function, rebuilt when the function changes."""

    # The animation stopped: readouts that were throttled while it ran show the final value now.
    stopped = QtCore.Signal()

    def __init__(
        self,
        state: State,
        notify: Notify,
        parent: QtWidgets.QWidget | None = None,
        controller: FunctionController | None = None,
    ) -> None:
        super().__init__(self.tr("Parameters"), parent)
        self.state, self.notify = state, notify
        # The animation's clock, mode and speed live in the controller; this panel forwards
        # the clicks and the timer's ticks, and shows what the controller holds.
        self.controller = controller if controller is not None else FunctionController(state)
        self.controls: dict[str, ParamControl] = {}
        self._lay = QtWidgets.QVBoxLayout(self)
        self._empty = QtWidgets.QLabel(self.tr("This function has no parameters."))
        self._empty.setWordWrap(True)
        self._empty.setForegroundRole(QtGui.QPalette.ColorRole.PlaceholderText)  # greyed, in any theme
        self._lay.addWidget(self._empty)
        # Animation: one parameter at a time plays, like a slider dragged by a steady hand.
        anim = FlowRow()  # on two lines when the panel is narrow
        self.play_button = named(IconButton(), "animatePlay")
        self.play_button.setCheckable(True)
        self.play_button._fit_icon()
        self._show_playing(False)
        self.play_button.setToolTip(self.tr("Animate the first parameter (Space)"))
        self.play_button.toggled.connect(self._play_toggled)
        self.mode_box = named(QtWidgets.QComboBox(), "animateMode")
        for mode in MODES:  # the mode's id is the item's data; its name is translated
            self.mode_box.addItem(QtCore.QCoreApplication.translate("ParamPanel", _MODE_NAMES[mode]), mode)
        self.mode_box.setCurrentIndex(MODES.index(self.controller.mode))
        self.mode_box.setToolTip(self.tr("loop: start again; bounce: back and forth; once: stop at the end"))
        self.speed_box = named(QtWidgets.QComboBox(), "animateSpeed")
        for sp in SPEEDS:
            self.speed_box.addItem(f"{sp:g}×", sp)
        self.speed_box.setCurrentIndex(SPEEDS.index(self.controller.speed))
        self.speed_box.setToolTip(self.tr("1×: the whole range in {seconds} s").format(seconds=f"{SWEEP_SECONDS:g}"))
        self.trace_box = named(QtWidgets.QCheckBox(self.tr("trace")), "animateTrace")
        self.trace_box.setToolTip(self.tr("Leave a faded copy of the curve at every tenth of the range"))
        self.trace_box.toggled.connect(state.set_trace)
        for w in (self.play_button, self.mode_box, self.speed_box, self.trace_box):
            anim.addWidget(w)
        self._anim_row = QtWidgets.QWidget()
        self._anim_row.setLayout(anim)
        self._lay.addWidget(self._anim_row)
        self.mode_box.activated.connect(lambda i: self.controller.set_mode(self.mode_box.itemData(i)))
        self.speed_box.activated.connect(lambda i: self.controller.set_speed(float(self.speed_box.itemData(i))))
        self._timer = QtCore.QTimer(self, interval=16)
        self._timer.timeout.connect(self._animate)
        self._clock = QtCore.QElapsedTimer()
        self._clock.start()
        self.controller.events.playing.connect(self._on_playing)
        self.controller.events.motion.connect(self._on_motion)
        state.events.function.connect(self._rebuild)
        state.events.params.connect(self._from_state)
        state.events.trace.connect(self._trace_from_state)
        self._rebuild(state.function_id)

    # -- animation ----------------------------------------------------------------------------
    def animatable(self) -> ParamControl | None:
        """The first parameter with a slider (choices do not animate)."""
        return next((c for c in self.controls.values() if c.slider is not None), None)

    def now(self) -> float:
        """The animation clock's time, in seconds."""
        return self._clock.elapsed() / 1000.0

    def toggle_animation(self) -> None:
        try:
            self.controller.toggle(self.now())
        except RefusalError as e:
            self.notify(tr_text(e))

    def _show_playing(self, playing: bool) -> None:
        # The style's own play and pause icons: a pause glyph (U+23F8) is missing from the
        # bundled fonts and would be drawn as an empty box.
        pixmap = QtWidgets.QStyle.StandardPixmap
        self.play_button.set_standard_icon(pixmap.SP_MediaPause if playing else pixmap.SP_MediaPlay)
        self.play_button.setAccessibleName(self.tr("Pause") if playing else self.tr("Play"))

    @property
    def animating(self) -> bool:
        return self._timer.isActive()

    def _play_toggled(self, on: bool) -> None:
        if on == self.controller.playing:
            return
        if not on:
            self.controller.stop()
            return
        try:
            self.controller.play(self.now())
        except RefusalError as e:
            self.notify(tr_text(e))
            with QtCore.QSignalBlocker(self.play_button):
                self.play_button.setChecked(False)

    @guarded
    def _on_playing(self, playing: bool) -> None:
        with QtCore.QSignalBlocker(self.play_button):
            self.play_button.setChecked(playing)
        self._show_playing(playing)
        if playing:
            self._timer.start()
        elif self._timer.isActive():
            self._timer.stop()
            self.stopped.emit()

    @guarded
    def _on_motion(self, mode: str, speed: float) -> None:
        with QtCore.QSignalBlocker(self.mode_box):
            self.mode_box.setCurrentIndex(self.mode_box.findData(mode))
        with QtCore.QSignalBlocker(self.speed_box):
            self.speed_box.setCurrentIndex(self.speed_box.findData(speed))

    @guarded
    def _animate(self) -> None:
        self.controller.tick(self.now())

    @guarded
    def _trace_from_state(self, on: bool) -> None:
        with QtCore.QSignalBlocker(self.trace_box):
            self.trace_box.setChecked(on)

    @guarded
    def _rebuild(self, function_id: str) -> None:
        self.controller.stop()  # a new function: nothing keeps playing
        for c in self.controls.values():
            self._lay.removeWidget(c)
            c.setParent(None)
            c.deleteLater()
        self.controls = {}
        for p in get(function_id).params:
            c = ParamControl(self.state, p, self.notify, self)
            self._lay.addWidget(c)
            self.controls[p.name] = c
            keys.wheel_scrolls_panel(c)  # new fields: the wheel still scrolls the panel
        self._empty.setVisible(not self.controls)
        self._lay.removeWidget(self._anim_row)
        self._lay.addWidget(self._anim_row)  # keep the animation row last
        self._anim_row.setVisible(self.animatable() is not None)

    @guarded
    def _from_state(self, params: Mapping[str, Any]) -> None:
        for c in self.controls.values():
            c.from_state(params)


# ------------------------------------------------------------------------ curves and look
class CurveControls(QtWidgets.QGroupBox):
    def __init__(self, state: State, notify: Notify, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(self.tr("Curves"), parent)
        self.state = state
        self.boxes: list[QtWidgets.QCheckBox] = []
        row = QtWidgets.QHBoxLayout()
        for i, name in enumerate(theme.CURVE_NAMES):
            cb = named(QtWidgets.QCheckBox(name), f"show.{i}")
            bold = QtGui.QFont()
            bold.setBold(True)  # only the weight: the size follows the window's projector scale
            cb.setFont(bold)
            cb.setToolTip(self.tr("Show {name}  (key {key})").format(name=name, key=i + 1))
            cb.toggled.connect(lambda on, i=i: state.set_shown(i, on))
            row.addWidget(cb)
            self.boxes.append(cb)
        self.style_box = named(FitCombo(), "plotStyle")
        self.style_box.addItem(self.tr("Boxed plot"), "boxed")
        self.style_box.addItem(self.tr("Axes through origin"), "origin")
        self.style_box.setToolTip(self.tr("Boxed, or axes through (0, 0) with no box  (key O)"))
        self.style_box.activated.connect(lambda i: state.set_style(self.style_box.itemData(i)))
        lay = QtWidgets.QVBoxLayout(self)
        lay.addLayout(row)
        lay.addWidget(self.style_box)
        state.events.shown.connect(self._shown_from_state)
        state.events.style.connect(self._style_from_state)
        state.events.theme.connect(self._theme_from_state)
        self._theme_from_state(state.theme)
        self._shown_from_state(state.shown)
        self._style_from_state(state.style)

    @guarded
    def _shown_from_state(self, shown: tuple[bool, bool, bool]) -> None:
        for cb, on in zip(self.boxes, shown):
            with QtCore.QSignalBlocker(cb):
                cb.setChecked(on)

    @guarded
    def _theme_from_state(self, name: str) -> None:
        """Each box in its curve's colour."""
        for cb, color in zip(self.boxes, theme.look(name).curves):
            set_text_color(cb, color)

    @guarded
    def _style_from_state(self, style: str) -> None:
        with QtCore.QSignalBlocker(self.style_box):
            self.style_box.setCurrentIndex(self.style_box.findData(style))


# ------------------------------------------------------------------------ compare
class ComparePanel(QtWidgets.QGroupBox):
    """Pin the live function as an overlay; list and remove overlays."""

    def __init__(self, state: State, notify: Notify, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(self.tr("Compare"), parent)
        self.state, self.notify = state, notify
        self.pin_button = WrapButton(self.tr("Pin current function"), "pinButton")  # two lines if narrow
        self.pin_button.setToolTip(self.tr("Keep the current function, with its parameters, as an overlay  (Ctrl+P)"))
        self.pin_button.clicked.connect(self.pin_current)
        self.list = named(QtWidgets.QListWidget(), "overlayList")
        self.list.setToolTip(self.tr("Pinned functions: solid line f, dashed line f′ (when f′ is shown)"))
        scaled_height(self.list, maximum=120)
        self.remove_button = named(QtWidgets.QPushButton(self.tr("Remove")), "unpinButton")
        self.clear_button = named(QtWidgets.QPushButton(self.tr("Clear all")), "clearOverlays")
        self.remove_button.clicked.connect(self._remove_selected)
        self.clear_button.clicked.connect(state.clear_overlays)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.clear_button)
        lay = QtWidgets.QVBoxLayout(self)
        lay.addWidget(self.pin_button)
        lay.addWidget(self.list)
        lay.addLayout(buttons)
        state.events.overlays.connect(self._from_state)
        state.events.theme.connect(self._from_state)  # the swatches take the theme's pin colours
        state.events.scale.connect(self._from_state)  # and grow with the text
        self._from_state(state.overlays)

    def pin_current(self) -> None:
        before = len(self.state.overlays)
        try:
            ov = self.state.pin()
        except ValueError as e:
            self.notify(tr_text(e))
            return
        if len(self.state.overlays) == before:
            self.notify(f"{ov.label()} is already pinned")

    def _remove_selected(self) -> None:
        row = self.list.currentRow()
        overlays = self.state.overlays
        if 0 <= row < len(overlays):
            self.state.unpin(overlays[row])
        elif overlays:
            self.notify("Select a pinned function to remove")

    @guarded
    def _from_state(self, *_args: object) -> None:
        overlays = self.state.overlays
        look = theme.look(self.state.theme)
        side = round(14 * theme.SCALE_FACTORS[self.state.scale])
        self.list.clear()
        for ov in overlays:
            item = QtWidgets.QListWidgetItem(ov.label())
            pm = QtGui.QPixmap(side, side)
            pm.fill(QtGui.QColor(look.overlay(ov.slot)))
            item.setIcon(QtGui.QIcon(pm))
            self.list.addItem(item)
        has = bool(overlays)
        self.remove_button.setEnabled(has)
        self.clear_button.setEnabled(has)


# ------------------------------------------------------------------------ probe table
class ProbeTable(QtWidgets.QGroupBox):
    """f, f′ and f″ at x values the user types; updates live."""

    def __init__(self, state: State, notify: Notify, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(self.tr("Probe values"), parent)
        self.state, self.notify = state, notify
        self.input = named(QtWidgets.QLineEdit(), "probeInput")
        self.input.setPlaceholderText(self.tr("x values, e.g. -20, -10, 0, 1, 15"))
        self.input.setToolTip(self.tr("Comma- or space-separated x values; press Enter"))
        self.input.editingFinished.connect(self._write)
        keys.install(self.input, lambda: self.input.setText(self._probe_text()))
        self.table = named(QtWidgets.QTableWidget(0, 4), "probeTable")
        self.table.setHorizontalHeaderLabels(["x", "f(x)", "f′(x)", "f″(x)"])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.Stretch)
        # x values are short: give the value columns the room, so no number is cut off.
        header.setSectionResizeMode(0, QtWidgets.QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(True)  # see _refresh_now: a number's exponent may take a line
        scaled_height(self.table, minimum=150)
        lay = QtWidgets.QVBoxLayout(self)
        lay.addWidget(self.input)
        lay.addWidget(self.table)
        # Text need not follow every slider step: refresh at most every 40 ms while dragging,
        # which leaves each frame's time to the plot.
        self._throttled_refresh = Throttled(self._refresh_now, 40, self, leading=False)
        state.events.params.connect(self._on_params)
        state.events.function.connect(self._refresh)
        state.events.probes.connect(self._refresh)
        # A column narrowed or widened (a new scale, a resized window): its digits again.
        self.table.horizontalHeader().sectionResized.connect(lambda *_: self._throttled_refresh())
        self._refresh()

    def _write(self) -> None:
        text = self.input.text().replace(",", " ").split()
        try:
            self.state.set_probes(text)
        except ValueError as e:
            self.notify(self.tr("{error}. Kept the previous probe values.").format(error=tr_text(e)))
            self.input.setText(self._probe_text())
        self._refresh()

    def _probe_text(self) -> str:
        return ", ".join(fmt(x).replace("−", "-") for x in self.state.probes)

    def values(self) -> list[tuple[float, float, float, float]]:
        return values_table(self.state.activation, self.state.params, self.state.probes)

    @guarded
    def _on_params(self, *_: object) -> None:
        self._throttled_refresh()

    @guarded
    def _refresh(self, *_: object) -> None:
        self._refresh_now()

    def _refresh_now(self) -> None:
        if not shiboken6.isValid(self):
            return
        text = self._probe_text()
        if self.input.text() != text and not self.input.hasFocus():
            self.input.setText(text)
        rows = self.values()
        self.table.setRowCount(len(rows))
        fm = self.table.fontMetrics()
        for r, row in enumerate(rows):
            for c, v in enumerate(row):
                item = self.table.item(r, c)
                if item is None:
                    item = QtWidgets.QTableWidgetItem()
                    item.setTextAlignment(QtCore.Qt.AlignmentFlag.AlignRight | QtCore.Qt.AlignmentFlag.AlignVCenter)
                    self.table.setItem(r, c, item)
                # Fewer digits where the column is narrow (huge text on a small screen), and
                # the exponent on a second line if even that is too wide: a cut "2.06e−9" read
                # "2.06…", which is not the number.
                room = self.table.columnWidth(c) - 8
                for digits in (4, 3, 2):
                    text = fmt_short(v, digits)
                    if fm.horizontalAdvance(text) <= room:
                        break
                else:
                    text = text.replace("e", "\u200be")  # a place to wrap, before the exponent
                item.setText(text)
                item.setToolTip(repr(v))  # the full-precision value, for engineers
        self.table.resizeRowsToContents()
