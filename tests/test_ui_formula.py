"""Custom formulas in the window: the editor (typing, errors, hostile input, saving), and the
formula then used like a catalog function: plot, pins, formula panel, settings, scenes, the
Train and Depth views, PageUp/PageDown, edit and delete."""

import json
import os
import sys

import numpy as np
import pytest
from qt_idle import fire_pending

from actviz.core import get, names, registry
from actviz.state import State
from actviz.ui import MainWindow, formula_editor
from actviz.ui.formula_editor import FormulaEditor
from actviz.ui.qt import QtCore, QtGui, QtWidgets

pytest.importorskip("sympy")

Key = QtCore.Qt.Key
SWISH = "x*sigmoid(beta*x)"


@pytest.fixture
def win(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.remember_session = False
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    yield w
    for dlg in w.findChildren(FormulaEditor):  # a failed test must not leave its dialog open
        dlg.reject()


def shown_editor(win):
    return next((d for d in win.findChildren(FormulaEditor) if d.isVisible()), None)


def new_editor(win, qtbot, action="newFormula") -> FormulaEditor:
    win.findChild(QtGui.QAction, action).trigger()  # Ctrl+N
    qtbot.waitUntil(lambda: shown_editor(win) is not None)
    return shown_editor(win)


def type_formula(qtbot, dlg, text):
    dlg.text_edit.clear()
    qtbot.keyClicks(dlg.text_edit, text)
    fire_pending(dlg)  # the debounce ends: as if typing paused
    qtbot.waitUntil(lambda: dlg.ready() or bool(dlg.error_label.text()), timeout=20000)


def curve(item):
    x, y = item.getOriginalDataset()
    return np.asarray(x), np.asarray(y)


def add_swish(win, qtbot, name="swish_beta"):
    dlg = new_editor(win, qtbot)
    qtbot.keyClicks(dlg.name_edit, name)
    type_formula(qtbot, dlg, SWISH)
    assert dlg.ready() and dlg.ok_button.isEnabled(), dlg.error_label.text()
    qtbot.keyClick(dlg.text_edit, Key.Key_Return)  # Enter saves
    qtbot.waitUntil(lambda: not dlg.isVisible())
    return f"custom:{name}"


def close(w):
    w.remember_session = False
    w.close()
    w.deleteLater()


# ------------------------------------------------------------------------------ the editor
def test_typing_updates_the_preview_with_the_exact_curves(win, qtbot):
    dlg = new_editor(win, qtbot)
    type_formula(qtbot, dlg, SWISH)
    assert dlg.ready() and dlg.error_label.text() == ""
    x, f = curve(dlg.curves[0])
    _, df = curve(dlg.curves[1])
    _, d2f = curve(dlg.curves[2])
    silu = get("silu")  # x·σ(βx) at β = 1, the parameter's default
    np.testing.assert_allclose(f, silu.f(x), rtol=1e-12, atol=1e-300)
    np.testing.assert_allclose(df, silu.df(x), rtol=1e-12, atol=1e-15)
    np.testing.assert_allclose(d2f, silu.d2f(x), rtol=1e-12, atol=1e-15)
    assert "beta = 1 on [-5, 5]" in dlg.info.text()
    assert dlg.ranges.rowCount() == 1 and dlg.ranges.item(0, 0).text() == "beta"
    # Another formula replaces the preview; its kinks get dots.
    type_formula(qtbot, dlg, "max(0, x) + a*min(0, x)")
    qtbot.waitUntil(lambda: len(dlg.kink_filled.data) > 0)
    _, f = curve(dlg.curves[0])
    assert f.min() < 0  # a = 1: f = x, no longer SiLU
    assert "no gradient at a tie" in dlg.info.text()
    dlg.reject()


def test_the_preview_plot_has_its_name(win, qtbot):
    # The name was once passed to pyqtgraph's PlotWidget, which hands keywords on to its plot
    # item and so never named the widget.
    dlg = new_editor(win, qtbot)
    assert dlg.findChild(QtWidgets.QWidget, "formulaPreview") is dlg.plot
    dlg.reject()


def test_an_error_shows_inline_and_the_previous_preview_stays(win, qtbot):
    dlg = new_editor(win, qtbot)
    type_formula(qtbot, dlg, SWISH)
    before = curve(dlg.curves[0])
    qtbot.keyClicks(dlg.text_edit, " + foo(x)")
    fire_pending(dlg)  # the debounce ends: as if typing paused
    qtbot.waitUntil(lambda: "foo" in dlg.error_label.text(), timeout=20000)
    assert dlg.error_label.text().startswith("column 21: unknown function 'foo'")
    assert "allowed" in dlg.error_label.text()
    assert not dlg.ready() and not dlg.ok_button.isEnabled()
    after = curve(dlg.curves[0])
    np.testing.assert_array_equal(after[1], before[1])  # the last good preview is still drawn
    # Saving is refused while the text is not valid: nothing is added.
    qtbot.keyClick(dlg.text_edit, Key.Key_Return)
    assert dlg.isVisible() and not win.state.formulas
    dlg.reject()


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("__import__('os').system('x')", "double underscore"),
        ("().__class__.__bases__[0]", "is not allowed"),
        ("open('/etc/passwd')", "unknown function 'open'"),
        ("x" * 1_000_000, "characters long"),
        ("9**9**9", "too large"),
    ],
)
def test_hostile_input_gives_a_message_and_runs_nothing(win, qtbot, monkeypatch, text, fragment):
    calls = []
    monkeypatch.setattr(os, "system", lambda *a: calls.append(a))
    dlg = new_editor(win, qtbot)
    dlg.text_edit.setText(text)  # a paste
    fire_pending(dlg)  # the debounce ends: as if typing paused
    qtbot.waitUntil(lambda: bool(dlg.error_label.text()), timeout=10000)
    assert fragment in dlg.error_label.text()
    assert not dlg.ready() and calls == []
    dlg.reject()


def test_stale_results_are_dropped(win, qtbot):
    dlg = new_editor(win, qtbot)
    type_formula(qtbot, dlg, SWISH)
    old = dlg._generation
    dlg.text_edit.setText("x*tanh(softplus(x))")
    # A late answer for an older request must not replace what the text now asks for.
    from actviz.viewmodels.formula_editor import make_preview

    dlg._on_result(old, make_preview("2*x"))
    assert dlg._latest is None and not dlg.ready()
    fire_pending(dlg)  # the debounce ends: as if typing paused
    qtbot.waitUntil(dlg.ready, timeout=20000)
    x, f = curve(dlg.curves[0])
    np.testing.assert_allclose(f, get("mish").f(x), rtol=1e-12, atol=1e-300)
    dlg.reject()


def test_going_back_to_an_earlier_text_redraws_at_once(win, qtbot):
    dlg = new_editor(win, qtbot)
    type_formula(qtbot, dlg, SWISH)
    type_formula(qtbot, dlg, "x*tanh(softplus(x))")
    dlg.text_edit.setText(SWISH)
    assert not dlg.ready()
    dlg._debounced.cancel()
    dlg._request()  # the debounce ends: no worker needed for a text drawn before
    assert dlg.ready()
    x, f = curve(dlg.curves[0])
    np.testing.assert_allclose(f, get("silu").f(x), rtol=1e-12, atol=1e-300)
    dlg.reject()


def test_an_edited_parameter_range_reaches_the_slider(win, qtbot):
    dlg = new_editor(win, qtbot)
    qtbot.keyClicks(dlg.name_edit, "wide")
    type_formula(qtbot, dlg, SWISH)
    dlg.ranges.item(0, 1).setText("0")
    dlg.ranges.item(0, 2).setText("20")
    dlg.save()
    prm = win.param_panel.controls["beta"].param
    assert (prm.min, prm.max) == (0.0, 20.0)
    assert win.state.formulas["wide"].ranges == (("beta", (0.0, 20.0)),)
    win.state.set_param("beta", 15)  # beyond the formula's own [-5, 5]
    assert win.state.params == {"beta": 15.0}


def test_an_example_fills_name_and_formula(win, qtbot):
    dlg = new_editor(win, qtbot)
    i = dlg.examples.findText("Mish", QtCore.Qt.MatchFlag.MatchStartsWith)
    dlg.examples.setCurrentIndex(i)
    dlg.examples.activated.emit(i)
    assert dlg.name_edit.text() == "mish" and dlg.text_edit.text() == "x*tanh(softplus(x))"
    fire_pending(dlg)  # the debounce ends: as if typing paused
    qtbot.waitUntil(dlg.ready, timeout=20000)
    dlg.reject()


def test_esc_cancels_and_adds_nothing(win, qtbot):
    dlg = new_editor(win, qtbot)
    qtbot.keyClicks(dlg.name_edit, "mine")
    type_formula(qtbot, dlg, SWISH)
    qtbot.keyClick(dlg.text_edit, Key.Key_Escape)
    assert not dlg.isVisible()
    assert win.state.formulas == {} and "custom:mine" not in names()


def test_a_bad_or_taken_name_is_refused_inline(win, qtbot):
    add_swish(win, qtbot)
    dlg = new_editor(win, qtbot)
    type_formula(qtbot, dlg, "x*tanh(x)")
    qtbot.keyClicks(dlg.name_edit, "swish_beta")
    ok = dlg.ok_button
    assert "already a formula called swish_beta" in dlg.name_error.text() and not ok.isEnabled()
    dlg.name_edit.setText("2bad name")
    assert "letters, digits or _" in dlg.name_error.text() and not ok.isEnabled()
    dlg.name_edit.setText("tanhx")
    assert ok.isEnabled() and not dlg.name_error.isVisible()
    dlg.reject()


# ------------------------------------------------------------------------------ using it
def test_saving_adds_it_under_custom_and_selects_it(win, qtbot):
    fid = add_swish(win, qtbot)
    assert win.state.function_id == fid
    sel = win.selector
    assert sel.current_id() == fid
    i = sel.findData(fid)
    headers = [k for k in range(sel.count()) if sel.itemData(k) is None]
    assert sel.itemText(headers[-1]) == "— custom —" and headers[-1] < i  # the last group
    assert "beta" in win.param_panel.controls  # a slider for its parameter


def test_the_plot_draws_the_catalog_swish_exactly(win, qtbot):
    fid = add_swish(win, qtbot)
    win.state.set_shown(2, True)
    win.state.set_param("beta", 1.5)
    win.plot_view.refresh()
    swish = get("swish")
    for order, fn in enumerate((swish.f, swish.df, swish.d2f)):
        x, y = curve(win.plot_view.curves[order])
        assert x.size > 50
        np.testing.assert_allclose(y, fn(x, beta=1.5), rtol=1e-12, atol=1e-300)
    assert win.state.function_id == fid


def test_pin_it_and_compare_with_relu(win, qtbot):
    fid = add_swish(win, qtbot)
    win.state.set_param("beta", 1.5)
    win.findChild(QtGui.QAction, "pin").trigger()
    win.state.set_function("relu")
    win.compare.pin_current()
    labels = [win.compare.list.item(k).text() for k in range(win.compare.list.count())]
    assert labels == ["swish_beta (β=1.5)", "ReLU"]
    pinned = next(ov for ov in win.plot_view.overlay_items if ov.function_id == fid)
    x, y = curve(win.plot_view.overlay_items[pinned][0])
    np.testing.assert_allclose(y, get("swish").f(x, beta=1.5), rtol=1e-12, atol=1e-300)


def test_the_formula_panel_typesets_f_and_its_derivative(win, qtbot):
    add_swish(win, qtbot)
    win.info.flush()
    act = win.state.activation
    assert win.info.f_label.toolTip() == act.latex_f == r"x \sigma\left(\beta x\right)"
    assert win.info.df_label.toolTip() == act.latex_df and "sigma" in act.latex_df
    assert not win.info.f_label.pixmap().isNull()
    text = win.info.text.text()
    assert "custom formula" in text and "x*sigmoid(beta*x)" in text and "no kinks" in text


def test_page_down_walks_into_the_custom_formulas(win, qtbot):
    fid = add_swish(win, qtbot)
    catalog = [i for i in names() if not i.startswith("custom:")]
    win.state.set_function(catalog[-1])
    win.findChild(QtGui.QAction, "nextFunction").trigger()
    assert win.state.function_id == fid
    win.findChild(QtGui.QAction, "nextFunction").trigger()
    assert win.state.function_id == names()[0]  # and round again
    win.findChild(QtGui.QAction, "previousFunction").trigger()
    assert win.state.function_id == fid


def test_edit_redefines_it_everywhere(win, qtbot):
    fid = add_swish(win, qtbot)
    win.state.pin()
    dlg = new_editor(win, qtbot, "editFormula")
    assert dlg.name_edit.isReadOnly() and dlg.text_edit.text() == SWISH
    type_formula(qtbot, dlg, "x*sigmoid(beta*x) + c")
    dlg.save()
    assert win.state.function_id == fid and set(win.param_panel.controls) == {"beta", "c"}
    x, y = curve(win.plot_view.curves[0])
    np.testing.assert_allclose(y, get("silu").f(x) + 1.0, rtol=1e-12, atol=1e-12)
    ov = win.state.overlays[0]
    x, y = curve(win.plot_view.overlay_items[ov][0])
    np.testing.assert_allclose(y, get("silu").f(x) + 1.0, rtol=1e-12, atol=1e-12)  # the pin too


def test_delete_removes_it_and_every_use(win, qtbot):
    fid = add_swish(win, qtbot)
    win.state.pin()
    win.state.train.add_activation(fid)
    assert formula_editor.delete_current(win, confirm=False)
    assert win.state.function_id == "relu" and fid not in names()
    assert win.selector.findData(fid) == -1 and win.selector.findText("— custom —") == -1
    assert win.state.overlays == [] and all(s[0] != fid for s in win.state.train.activations)
    assert not formula_editor.delete_current(win, confirm=False)  # ReLU is no custom formula
    assert "choose one under" in win.messages[-1]


def test_settings_round_trip(win, qtbot, tmp_path, monkeypatch):
    fid = add_swish(win, qtbot)
    win.state.set_param("beta", 1.5)
    path = tmp_path / "state.json"
    monkeypatch.setenv("ACTVIZ_SETTINGS", str(path))
    win.save_settings()
    saved = json.loads(path.read_text())
    assert saved["formulas"] == {"swish_beta": {"text": SWISH}} and saved["function"] == fid
    registry.clear_custom()  # a new session
    other = MainWindow(State())
    qtbot.addWidget(other)
    try:
        other.load_settings()
        assert other.messages == []
        assert other.state.function_id == fid and other.state.params == {"beta": 1.5}
        assert other.selector.current_id() == fid
        other.plot_view.refresh()
        x, y = curve(other.plot_view.curves[0])
        np.testing.assert_allclose(y, get("swish").f(x, beta=1.5), rtol=1e-12, atol=1e-300)
    finally:
        close(other)


def test_scene_round_trip_and_a_bad_formula_in_a_scene(win, qtbot, tmp_path):
    fid = add_swish(win, qtbot)
    win.state.set_param("beta", 1.5)
    win.state.pin("relu")
    path = win.save_scene(tmp_path / "swish.actviz")
    registry.clear_custom()  # another machine: it knows nothing of the formula
    other = MainWindow(State())
    qtbot.addWidget(other)
    try:
        assert other.open_scene(path)
        assert other.state.function_id == fid and other.state.params == {"beta": 1.5}
        assert [o.function_id for o in other.state.overlays] == ["relu"]
        # A scene whose formula is refused changes nothing and says why in one line.
        data = json.loads(path.read_text())
        data["state"]["formulas"]["swish_beta"]["text"] = "x*sigmoid(beta*x"
        data["state"]["function"] = "relu"
        bad = tmp_path / "bad.actviz"
        bad.write_text(json.dumps(data))
        before = other.state.to_dict()
        assert not other.open_scene(bad)
        assert other.state.to_dict() == before and get(fid).text == SWISH
        assert "swish_beta" in other.messages[-1] and "\n" not in other.messages[-1]
    finally:
        close(other)


def test_train_view_races_it_against_relu(win, qtbot):
    tv = win.train_view  # made before the formula exists: its list must learn of it
    fid = add_swish(win, qtbot)
    win.state.set_param("beta", 1.5)
    win.tabs.setCurrentIndex(1)
    win.state.train.set_activations([("relu", {})])
    tv.add_current_function()
    assert [s[0] for s in win.state.train.activations] == ["relu", fid]
    qtbot.waitUntil(lambda: tv.trainer is not None and len(tv.trainer.test_loss[0]) == 2)
    tv.step(5)
    assert tv.trainer.epoch == 5
    losses = np.asarray(tv.trainer.test_loss)
    assert np.isfinite(losses).all() and losses.shape[1] == 2
    legend = [label.text for _, label in tv.loss_legend.items]
    assert any("swish_beta (β=1.5)" in t for t in legend) and any("ReLU" in t for t in legend)
    i = tv.add_combo.findText(fid)
    assert i >= 0  # the Train view's list offers it too


def test_depth_view_accepts_it(win, qtbot):
    dv = win.depth_view  # made before the formula exists: its list must learn of it
    fid = add_swish(win, qtbot)
    win.tabs.setCurrentIndex(2)
    assert dv.wait_idle()
    assert dv.add_combo.findText(fid) >= 0
    win.state.depth.add_activation(fid, {"beta": 1.5})
    assert dv.wait_idle()
    assert "swish_beta (β=1.5): " in dv.diagnosis.text() and "per layer (theory ×" in dv.diagnosis.text()
    assert len(dv.grad_items) == len(win.state.depth.activations)


# ------------------------------------------------------------------------------ without SymPy
def test_without_sympy_ctrl_n_says_what_is_needed(win, qtbot, monkeypatch):
    monkeypatch.setitem(sys.modules, "sympy", None)
    win.findChild(QtGui.QAction, "newFormula").trigger()
    assert shown_editor(win) is None
    assert "pip install" in win.messages[-1] and "formula" in win.messages[-1]


def test_without_sympy_saved_formulas_are_skipped_in_one_line_and_kept(monkeypatch):
    saved = {
        "function": "custom:swish_beta",
        "formulas": {"swish_beta": {"text": SWISH, "ranges": {"beta": [0, 10]}}},
        "x_range": [-3, 3],
    }
    monkeypatch.setitem(sys.modules, "sympy", None)
    st = State()
    problems = st.load_dict(saved)
    assert problems[0].startswith("skipped custom formulas swish_beta: custom formulas need SymPy: pip install")
    assert st.x_range == (-3.0, 3.0)  # the rest of the session loads
    assert st.to_dict()["formulas"] == saved["formulas"]  # saved again as it was: nothing lost


def test_typing_its_name_or_id_in_the_selector_finds_it(win, qtbot):
    win.state.define_formula("MyAct", "x*tanh(x)")
    for typed in ("MyAct", "custom:myact"):
        win.state.set_function("relu")
        win.selector._on_text(typed)
        assert win.state.function_id == "custom:MyAct"


def test_suggested_file_names_have_no_colon(win, qtbot, monkeypatch):
    add_swish(win, qtbot)
    asked = []
    monkeypatch.setattr(win, "ask_path", lambda save, title, name, filters: asked.append(name) or "")
    monkeypatch.setattr(win, "ask_scene_path", lambda title, name, filters: (asked.append(name) or "", False))
    win._export_figure_dialog()
    win._export_data_dialog()
    win._save_scene_dialog()
    assert len(asked) == 3 and all(n.startswith("custom_swish_beta.") for n in asked), asked


def test_csv_export_and_probe_table_use_it(win, qtbot, tmp_path):
    import csv as csv_module

    add_swish(win, qtbot)
    win.state.set_param("beta", 1.5)
    win.state.pin("relu")
    path = win.export_data(tmp_path / "swish.csv")
    rows = list(csv_module.reader(path.read_text().splitlines()))
    live = "swish_beta (β=1.5)"  # named as the legend and the pinned columns name it
    assert rows[0] == ["x", f"{live} f", f"{live} df", f"{live} d2f", "ReLU f", "ReLU df"]
    data = np.array(rows[1:], dtype=float)
    swish = get("swish")
    for col, fn in ((1, swish.f), (2, swish.df), (3, swish.d2f)):
        np.testing.assert_allclose(data[:, col], fn(data[:, 0], beta=1.5), rtol=1e-12, atol=1e-300)
    win.probes._refresh_now()
    table = win.probes.table
    x = float(table.item(0, 0).text().replace("−", "-"))
    shown = float(table.item(0, 1).text().replace("−", "-"))
    assert shown == pytest.approx(float(swish.f(x, beta=1.5)), rel=1e-3)


def test_keyboard_only(win, qtbot):
    win.activateWindow()
    qtbot.waitUntil(lambda: win.plot_view.plot.hasFocus())
    qtbot.keyClick(win.plot_view.plot, Key.Key_N, QtCore.Qt.KeyboardModifier.ControlModifier)  # Ctrl+N
    qtbot.waitUntil(lambda: shown_editor(win) is not None)
    dlg = shown_editor(win)
    qtbot.waitUntil(dlg.name_edit.hasFocus)  # the name first
    qtbot.keyClicks(dlg.name_edit, "keys")
    qtbot.keyClick(dlg.name_edit, Key.Key_Tab)
    qtbot.waitUntil(dlg.text_edit.hasFocus)  # then the formula
    qtbot.keyClicks(dlg.text_edit, "x*tanh(softplus(x))")
    fire_pending(dlg)  # the debounce ends: as if typing paused
    qtbot.waitUntil(dlg.ready, timeout=20000)
    qtbot.keyClick(dlg.text_edit, Key.Key_Return)  # Enter adds it
    assert not dlg.isVisible() and win.state.function_id == "custom:keys"
