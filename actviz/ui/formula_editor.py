"""The formula editor: type an activation, see f, f′ and f″ with their kinks as you type, and
add it to the function selector under "custom".

The symbolic work (reading, rewriting, differentiating, solving for kinks) can take half a
second for a formula SymPy has not seen, so it runs on the shared worker runner
(:class:`~actviz.controllers.jobs.Runner`), ~200 ms after the last keystroke; a newer request
makes an older one's answer moot, and a result for a text that has since changed is dropped. A refused formula shows the
core's message under the field and the last good preview stays on screen.

Also here: the Function menu's entries (New, Edit, Delete formula) and the helper that keeps
the Train and Depth views' lists of function ids up to date.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

import pyqtgraph as pg

from actviz.controllers.jobs import Runner
from actviz.core import names
from actviz.core.registry import custom_id
from actviz.state import State
from actviz.state.formulas import NEEDS_SYMPY, is_custom, name_of, sympy_available
from actviz.ui.guard import guarded
from actviz.ui.i18n import tr_text
from actviz.ui.look import set_text_color, style_plot
from actviz.ui.pgutil import add_legend, tie_menus
from actviz.ui.qt import QtCore, QtGui, QtWidgets, named
from actviz.ui.timing import Debounced
from actviz.ui.worker import gui_deliver
from actviz.viewmodels import theme
from actviz.viewmodels.formula_editor import EXAMPLES, PREVIEW_WIDTH_PX, Preview, make_preview, suggest_name

DEBOUNCE_MS = 200
PREVIEW_CACHE = 32
SCREEN_SHARE = 0.9  # of the available screen, at most: a 1024×768 projector at huge scale still shows it all


def _build(text: str, x_range: tuple[float, float]) -> Preview:
    """Build one text (in the runner's thread); a failure becomes a refused preview with its reason."""
    try:
        return make_preview(text, x_range, PREVIEW_WIDTH_PX)
    except Exception as e:  # never let a worker die silently: say what happened
        return Preview(text, error=f"could not build this formula ({type(e).__name__}: {e})")


class FormulaEditor(QtWidgets.QDialog):
    """Name, formula, live preview, examples; OK adds (or redefines) the formula and shows it.

    ``FormulaEditor(state)`` makes a new formula; ``FormulaEditor(state, name=...)`` edits one.
    """

    def __init__(self, state: State, name: str | None = None, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("formulaEditor")
        self.state = state
        self.editing = name
        self.setWindowTitle(self.tr("Edit formula") if name else self.tr("New formula"))
        self._generation = 0  # of the latest request; older results are dropped
        self._shown: Preview | None = None  # the preview on screen (the last good one)
        self._latest: Preview | None = None  # the result for the text as it is now
        # Good previews by (text, x range): going back to an earlier text redraws at once.
        self._previews: OrderedDict[tuple[str, tuple[float, float]], Preview] = OrderedDict()
        # One worker thread; its answers come back on the GUI thread, dropped once the dialog is gone.
        self._runner = Runner(gui_deliver(self), name="actviz-formula")
        self._debounced = Debounced(self._request, DEBOUNCE_MS, self)
        self._closed = False

        self.examples = named(QtWidgets.QComboBox(), "formulaExamples")
        self.examples.addItem(self.tr("Start from an example…"), None)
        for ex_name, text, what in EXAMPLES:
            what = QtCore.QCoreApplication.translate("FormulaEditor", what)
            self.examples.addItem(f"{what}:  {text}", (ex_name, text))
        self.examples.setToolTip(self.tr("Pick an example to start from; it fills in the name and the formula"))
        self.examples.activated.connect(self._pick_example)
        # The examples are long: sized by the longest, the combo would push the dialog off a small screen.
        self.examples.setSizeAdjustPolicy(QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.examples.setMinimumContentsLength(12)
        self.name_edit = named(QtWidgets.QLineEdit(), "formulaName")
        self.name_edit.setPlaceholderText("swish_beta")
        self.name_edit.setToolTip(self.tr("Letters, digits and _, starting with a letter; shown in the selector"))
        self.name_edit.setMaxLength(32)
        self.text_edit = named(QtWidgets.QLineEdit(), "formulaText")
        self.text_edit.setPlaceholderText("x*sigmoid(beta*x)")
        self.text_edit.setToolTip(
            self.tr(
                "A formula in x. Every other name is a parameter with a slider. Functions: exp, log, "
                "sqrt, abs, sigmoid, softplus, relu, tanh, erf, min, max, clip, where(cond, a, b), "
                "and every catalog function by id, e.g. elu(x, alpha=a)"
            )
        )
        mono = QtGui.QFontDatabase.systemFont(QtGui.QFontDatabase.SystemFont.FixedFont)
        self.ensurePolished()  # the dialogs' font, at the projector scale, is put on when polished
        mono.setPointSizeF(self.font().pointSizeF())
        self.text_edit.setFont(mono)
        self.error_label = named(QtWidgets.QLabel(), "formulaError")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setVisible(False)
        self.name_error = named(QtWidgets.QLabel(), "formulaNameError")
        self.name_error.setVisible(False)

        self.plot = named(pg.PlotWidget(enableMenu=False), "formulaPreview")
        # Small enough that the dialog fits a 1024×768 screen at huge scale; it takes any room left.
        self.plot.setMinimumSize(200, 120)
        self.plot.setSizePolicy(QtWidgets.QSizePolicy.Policy.Expanding, QtWidgets.QSizePolicy.Policy.Expanding)
        # Axes through the origin rather than a grid: showGrid costs ~20 ms a repaint, every keystroke.
        self.origin = [pg.InfiniteLine(pos=0, angle=angle) for angle in (0, 90)]
        for line in self.origin:
            self.plot.addItem(line)
        self.plot.setMouseEnabled(False, False)
        tie_menus(self.plot, self)
        self.plot.hideButtons()
        add_legend(self.plot, offset=(8, 8))
        self.curves = [self.plot.plot(name=label) for label in ("f(x)", "f′(x)", "f″(x)")]
        self.kink_filled = pg.ScatterPlotItem(size=9, symbol="o", pxMode=True)
        self.kink_hollow = pg.ScatterPlotItem(size=9, symbol="o", pxMode=True)
        for item in (self.kink_hollow, self.kink_filled):
            self.plot.addItem(item)
        self.info = named(QtWidgets.QLabel(), "formulaInfo")
        self.info.setWordWrap(True)
        self.info.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self.info.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = named(QtWidgets.QLabel(), "formulaStatus")
        self.status.setWordWrap(True)

        self.ranges = named(QtWidgets.QTableWidget(0, 3), "formulaRanges")
        self.ranges.setHorizontalHeaderLabels([self.tr("parameter"), self.tr("min"), self.tr("max")])
        self.ranges.verticalHeader().setVisible(False)
        self.ranges.horizontalHeader().setStretchLastSection(True)
        # Three columns share the width the dialog has, rather than widening it.
        self.ranges.horizontalHeader().setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.Stretch)
        self.ranges.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.ranges.horizontalHeader().setTextElideMode(QtCore.Qt.TextElideMode.ElideRight)
        self.ranges.setToolTip(self.tr("The slider range of each parameter; edit min and max to change it"))
        self.ranges.setVisible(False)  # until a formula has parameters: the preview takes the room

        self.buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok | QtWidgets.QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Save formula") if name else self.tr("Add formula"))
        self.ok_button.setObjectName("formulaOk")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        form = QtWidgets.QFormLayout()
        # Fields under their labels when the dialog is narrow (huge text on a small screen).
        form.setRowWrapPolicy(QtWidgets.QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Examples"), self.examples)
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow(self.tr("&Formula  f(x) ="), self.text_edit)
        lay = QtWidgets.QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.name_error)  # hidden unless there is something to say: no gap then
        lay.addWidget(self.error_label)
        lay.addWidget(self.plot, 1)
        lay.addWidget(self.status)
        lay.addWidget(self.info)
        lay.addWidget(self.ranges)
        lay.addWidget(self.buttons)
        self.setTabOrder(self.examples, self.name_edit)
        self.setTabOrder(self.name_edit, self.text_edit)
        self.setTabOrder(self.text_edit, self.ranges)
        self.setTabOrder(self.ranges, self.ok_button)
        for w in (self.name_edit, self.text_edit):  # Enter saves; the plot and buttons do not take it
            w.returnPressed.connect(self._enter)

        self.text_edit.textChanged.connect(self._text_changed)
        self.name_edit.textChanged.connect(self._check_name)
        if name is not None:
            definition = state.formulas[name]
            self.name_edit.setText(name)
            self.name_edit.setReadOnly(True)
            self.text_edit.setText(definition.text)
            self._saved_ranges = dict(definition.ranges)
            self.text_edit.setFocus()
        else:
            self._saved_ranges = {}
            self.name_edit.setFocus()
        self._check_name()
        self._update_ok()
        self.apply_look()
        self.fit_to_screen()

    def apply_look(self) -> None:
        """The room's theme and projector scale on the preview, as on the main plot."""
        look = self._look = theme.look(self.state.theme)
        f = self._factors = theme.factors(self.state.scale)
        style_plot(self.plot, look, f, tick_pt=12.0, axis_width=1.5, legend_pt=13.0)
        for line in self.origin:
            line.setPen(pg.mkPen(look.axis, width=max(1.0, f.line)))
        for color, curve in zip(look.curves, self.curves):
            curve.setPen(pg.mkPen(color, width=2.5 * f.line))
        for item in (self.kink_filled, self.kink_hollow):
            item.setSize(9 * f.line)
        set_text_color(self.status, look.muted)
        for label in (self.error_label, self.name_error):  # readable on the dark themes too
            set_text_color(label, look.message_fg)
        if self._shown is not None:
            self._show(self._shown)

    def fit_to_screen(self) -> None:
        """A comfortable size, but never more than :data:`SCREEN_SHARE` of the available screen."""
        owner = self.parentWidget() or self
        screen = owner.screen() or QtGui.QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(640, 640)
            return
        avail = screen.availableGeometry()
        w, h = int(avail.width() * SCREEN_SHARE), int(avail.height() * SCREEN_SHARE)
        self.setMaximumSize(w, h)
        k = self._factors.line
        self.resize(min(round(640 * k), w), min(round(640 * k), h))

    # -- typing ---------------------------------------------------------------------------
    def _text_changed(self, _text: str = "") -> None:
        self._latest = None
        self._update_ok()
        self.status.setText(self.tr("…"))
        self._debounced()  # restarts: one request ~200 ms after the last keystroke

    def _request(self) -> None:
        if self._closed:
            return
        self._generation += 1
        text = self.text_edit.text()
        known = self._previews.get((text, self.state.x_range))
        if known is not None:
            self._previews.move_to_end((text, self.state.x_range))
            self._on_result(self._generation, known)
            return
        generation, x_range = self._generation, self.state.x_range
        self._runner.submit(
            lambda _progress, _cancel: _build(text, x_range), lambda preview: self._on_result(generation, preview)
        )

    def _pick_example(self, index: int) -> None:
        data = self.examples.itemData(index)
        if not data:
            return
        ex_name, text = data
        if not self.name_edit.isReadOnly():
            taken = set(self.state.formulas)
            self.name_edit.setText(suggest_name(text, taken) if ex_name in taken else ex_name)
        self.text_edit.setText(text)
        self.text_edit.setFocus()

    @guarded
    def _on_result(self, generation: int, preview: Preview) -> None:
        if generation != self._generation or preview.text != self.text_edit.text():
            return  # stale: the text has changed since
        self._latest = preview
        if not preview.ok:
            self.error_label.setText(preview.error)
            self.error_label.setVisible(True)
            self.status.setText(self.tr("Not valid: the preview shows the last formula that was."))
            self._update_ok()
            return
        self.error_label.clear()
        self.error_label.setVisible(False)
        self._previews[(preview.text, self.state.x_range)] = preview
        while len(self._previews) > PREVIEW_CACHE:
            self._previews.popitem(last=False)
        self._show(preview)
        self._update_ok()

    def _show(self, p: Preview) -> None:
        s = p.samples
        assert s is not None and p.dots is not None and p.act is not None
        for order, curve in enumerate(self.curves):
            curve.setData(s.x, s.y[order], connect=s.connect(order))
        fx, fy, fo = zip(*p.dots.filled) if p.dots.filled else ((), (), ())
        hx, hy, ho = zip(*p.dots.hollow) if p.dots.hollow else ((), (), ())
        colors, size = self._look.curves, 9 * self._factors.line
        self.kink_filled.setData(
            x=list(fx),
            y=list(fy),
            brush=[pg.mkBrush(colors[o]) for o in fo],
            pen=[pg.mkPen(colors[o]) for o in fo],
            size=size,
        )
        self.kink_hollow.setData(
            x=list(hx),
            y=list(hy),
            brush=pg.mkBrush(self._look.background),
            pen=[pg.mkPen(colors[o], width=2 * self._factors.line) for o in ho],
            size=size,
        )
        self._shown = p
        self.info.setText("\n".join(tr_text(line) for line in p.facts))
        took = f"{p.seconds * 1e3:.0f} ms" if p.seconds < 1 else f"{p.seconds:.1f} s"
        self.status.setText(self.tr("f, f′ and f″ at the parameters' defaults (built in {took})").format(took=took))
        self._fill_ranges(p)

    def _fill_ranges(self, p: Preview) -> None:
        assert p.act is not None
        old = self.read_ranges(include_unchanged=True)
        params = [q for q in p.act.params if not q.is_choice]
        self.ranges.setRowCount(len(params))
        for row, q in enumerate(params):
            lo, hi = old.get(q.name) or self._saved_ranges.get(q.name) or (q.min, q.max)
            name_item = QtWidgets.QTableWidgetItem(q.name)
            name_item.setFlags(QtCore.Qt.ItemFlag.ItemIsEnabled)
            self.ranges.setItem(row, 0, name_item)
            self.ranges.setItem(row, 1, QtWidgets.QTableWidgetItem(f"{lo:g}"))
            self.ranges.setItem(row, 2, QtWidgets.QTableWidgetItem(f"{hi:g}"))
        self.ranges.setVisible(bool(params))
        rows = sum(self.ranges.rowHeight(r) for r in range(min(len(params), 4)))
        self.ranges.setFixedHeight(self.ranges.horizontalHeader().height() + rows + 2 * self.ranges.frameWidth())

    def read_ranges(self, include_unchanged: bool = False) -> dict[str, tuple[float, float]]:
        """The ranges in the table; only those that differ from the formula's own unless asked."""
        out: dict[str, tuple[float, float]] = {}
        own = {q.name: (q.min, q.max) for q in self._shown.act.params} if self._shown and self._shown.act else {}
        for row in range(self.ranges.rowCount()):
            name_item, lo_item, hi_item = (self.ranges.item(row, c) for c in range(3))
            if name_item is None or lo_item is None or hi_item is None:
                continue
            name = name_item.text()
            try:
                rng = (float(lo_item.text().replace("−", "-")), float(hi_item.text().replace("−", "-")))
            except ValueError:
                raise ValueError(f"the range of {name} must be two numbers") from None
            if include_unchanged or own.get(name) != rng:
                out[name] = rng
        return out

    # -- name and saving --------------------------------------------------------------------
    def _name_problem(self) -> str:
        name = self.name_edit.text().strip()
        if not name:
            return self.tr("Give the formula a name, e.g. swish_beta")
        try:
            custom_id(name)
        except ValueError as e:
            return str(e)
        if self.editing is None and name in self.state.formulas:
            return self.tr("There is already a formula called {name}; choose another name").format(name=name)
        return ""

    def _check_name(self, *_args: Any) -> None:
        problem = self._name_problem() if self.name_edit.text() else ""
        self.name_error.setText(problem)
        self.name_error.setVisible(bool(problem))
        self._update_ok()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(self.ready() and not self._name_problem())

    def _enter(self) -> None:
        if self.ok_button.isEnabled():
            self.save()
        elif self._name_problem():
            self.name_error.setText(self._name_problem())
            self.name_error.setVisible(True)

    def ready(self) -> bool:
        """Whether the text as it is now has been built without error (the preview is current)."""
        return self._latest is not None and self._latest.ok

    def save(self) -> None:
        """Add (or redefine) the formula in the state and show it; a refusal stays inline."""
        if not self.ok_button.isEnabled():
            return
        name = self.name_edit.text().strip()
        try:
            ranges = self.read_ranges()
            fid = self.state.define_formula(name, self.text_edit.text(), ranges)
            self.state.set_function(fid)
        except ValueError as e:
            self.error_label.setText(tr_text(e))
            self.error_label.setVisible(True)
            return
        self.accept()

    def done(self, result: int) -> None:
        self._debounced.cancel()
        self._closed = True
        # A running build finishes (its budget is 2 s) and its answer is dropped with the dialog.
        self._runner.shutdown(wait=True)
        super().done(result)


# ------------------------------------------------------------------------ menu entries
def open_editor(win: Any, edit: bool = False) -> FormulaEditor | None:
    """Open the editor (window-modal, not blocking): a new formula, or the current one."""
    if not sympy_available():
        win.notify(
            QtCore.QCoreApplication.translate("FormulaMenu", "Custom formulas are not available here: {need}").format(
                need=NEEDS_SYMPY
            )
        )
        return None
    name = None
    if edit:
        if not is_custom(win.state.function_id):
            win.notify(
                QtCore.QCoreApplication.translate(
                    "FormulaMenu", "Edit formula changes a custom formula: choose one under “custom” first"
                )
            )
            return None
        name = name_of(win.state.function_id)
    dialog = FormulaEditor(win.state, name, win)
    dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def delete_current(win: Any, confirm: bool = True) -> bool:
    """Delete the custom formula shown, after asking; every use of it goes too."""
    fid = win.state.function_id
    if not is_custom(fid):
        win.notify(
            QtCore.QCoreApplication.translate(
                "FormulaMenu", "Delete formula removes a custom formula: choose one under “custom” first"
            )
        )
        return False
    name = name_of(fid)
    if confirm:
        answer = QtWidgets.QMessageBox.question(
            win,
            QtCore.QCoreApplication.translate("FormulaMenu", "Delete formula"),
            QtCore.QCoreApplication.translate(
                "FormulaMenu", "Delete the formula {name}? Pins and Train/Depth entries that use it go too."
            ).format(name=name),
        )
        if answer != QtWidgets.QMessageBox.StandardButton.Yes:
            return False
    win.state.remove_formula(name)
    return True


class FunctionIds(QtCore.QObject):
    """Keeps a combo box listing every function id, custom formulas included, as they come and go."""

    def __init__(self, combo: QtWidgets.QComboBox, state: State) -> None:
        super().__init__(combo)
        self.combo = combo
        state.events.formulas.connect(self.refill)

    @guarded
    def refill(self, *_args: Any) -> None:
        combo = self.combo
        current = combo.currentText()
        old = combo.blockSignals(True)
        try:
            combo.clear()
            combo.addItems(names())
            combo.setCurrentIndex(max(combo.findText(current), 0))
        finally:
            combo.blockSignals(old)


__all__ = ["DEBOUNCE_MS", "FormulaEditor", "FunctionIds", "delete_current", "open_editor"]
