"""The window, widget by widget, in both directions (state → widget, widget → state)."""

import json
import math

import numpy as np
import pytest

from actviz.core import get, names
from actviz.state import State
from actviz.ui import MainWindow
from actviz.ui.qt import QtCore, QtGui, QtWidgets


@pytest.fixture
def win(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)  # closed and deleted after the test
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    return w


def find(win, cls, name):
    w = win.findChild(cls, name)
    assert w is not None, f"no {cls.__name__} named {name!r}"
    return w


def curve_data(win, order):
    x, y = win.plot_view.curves[order].getData()
    return (np.array([]), np.array([])) if x is None else (x, y)


def test_constructs_with_no_arguments_and_has_stable_names(win):
    assert isinstance(win.findChild(QtWidgets.QComboBox, "functionSelector"), QtWidgets.QComboBox)
    for name in ("xMin", "xMax", "yMin", "yMax"):
        find(win, QtWidgets.QDoubleSpinBox, name)
    find(win, QtWidgets.QSlider, "param.negative_slope.slider")
    find(win, QtWidgets.QDoubleSpinBox, "param.negative_slope.spin")
    import pyqtgraph as pg

    assert isinstance(win.findChild(pg.PlotWidget, "plot"), pg.PlotWidget)


def test_selector_lists_every_function_with_its_id(win):
    sel = find(win, QtWidgets.QComboBox, "functionSelector")
    ids = [sel.itemData(i) for i in range(sel.count()) if sel.itemData(i)]
    assert sorted(ids) == sorted(names())
    assert sel.currentData() == "leaky_relu"


def test_selector_writes_state_and_state_moves_selector(win, qtbot):
    sel = find(win, QtWidgets.QComboBox, "functionSelector")
    i = sel.findData("gelu")
    sel.activated.emit(i)
    assert win.state.function_id == "gelu"
    win.state.set_function("tanh")
    assert sel.currentData() == "tanh"


def test_typing_in_the_selector_searches(win):
    sel = find(win, QtWidgets.QComboBox, "functionSelector")
    sel.lineEdit().setText("mish")
    sel.lineEdit().editingFinished.emit()
    assert win.state.function_id == "mish"
    sel.lineEdit().setText("no such thing")
    sel.lineEdit().editingFinished.emit()
    assert win.state.function_id == "mish"
    assert "No function matches" in win.messages[-1]


def test_switching_function_rebuilds_parameter_controls(win):
    win.state.set_function("softplus")
    assert find(win, QtWidgets.QSlider, "param.beta.slider")
    assert find(win, QtWidgets.QSlider, "param.threshold.slider")
    assert win.findChild(QtWidgets.QSlider, "param.negative_slope.slider") is None
    win.state.set_function("gelu")
    combo = find(win, QtWidgets.QComboBox, "param.approximate.combo")
    combo.setCurrentText("tanh")
    assert win.state.params["approximate"] == "tanh"
    win.state.set_function("sigmoid")
    assert win.param_panel.controls == {}


def test_dragging_alpha_changes_plotted_data_to_core_values(win, qtbot):
    slider = find(win, QtWidgets.QSlider, "param.negative_slope.slider")
    spin = find(win, QtWidgets.QDoubleSpinBox, "param.negative_slope.spin")
    core = get("leaky_relu")
    for tick in (5, 20, 29, 47, 100):
        slider.setValue(tick)  # what a drag does, one valueChanged per step
        alpha = win.state.params["negative_slope"]
        assert alpha == pytest.approx(tick * 0.01, abs=1e-12)
        assert spin.value() == pytest.approx(alpha)
        x, f = curve_data(win, 0)
        _, df = curve_data(win, 1)
        assert 0.0 in x  # the corner is a sample, exactly
        np.testing.assert_array_equal(f[[0, -1]], core.f(x[[0, -1]], negative_slope=alpha))
        np.testing.assert_allclose(df, np.where(np.arange(len(x)) < np.flatnonzero(x == 0)[-1], alpha, 1.0))


def test_slider_ticks_round_rather_than_truncate(win):
    slider = find(win, QtWidgets.QSlider, "param.negative_slope.slider")
    win.state.set_param("negative_slope", 0.29)
    assert slider.value() == 29  # int(0.29/0.01) would give 28
    slider.setValue(29)
    assert win.state.params["negative_slope"] == 0.29


def test_spinbox_writes_state_and_state_writes_both(win):
    slider = find(win, QtWidgets.QSlider, "param.negative_slope.slider")
    spin = find(win, QtWidgets.QDoubleSpinBox, "param.negative_slope.spin")
    spin.setValue(0.42)
    assert win.state.params["negative_slope"] == pytest.approx(0.42)
    assert slider.value() == 42
    win.state.set_param("negative_slope", 0.07)
    assert slider.value() == 7 and spin.value() == pytest.approx(0.07)


def test_reset_button_restores_default(win, qtbot):
    win.state.set_param("negative_slope", 0.5)
    btn = find(win, QtWidgets.QToolButton, "param.negative_slope.reset")
    qtbot.mouseClick(btn, QtCore.Qt.MouseButton.LeftButton)
    assert win.state.params["negative_slope"] == 0.01


def test_infinite_parameter_maps_to_top_of_slider(win):
    win.state.set_function("keras_relu")
    slider = find(win, QtWidgets.QSlider, "param.max_value.slider")
    spin = find(win, QtWidgets.QDoubleSpinBox, "param.max_value.spin")
    assert slider.value() == slider.maximum() and spin.text() == "∞"
    slider.setValue(30)
    assert win.state.params["max_value"] == pytest.approx(3.0)
    _x, f = curve_data(win, 0)
    assert f.max() == pytest.approx(3.0)
    slider.setValue(slider.maximum())
    assert math.isinf(win.state.params["max_value"])


def test_x_range_both_directions(win):
    x_min, x_max = find(win, QtWidgets.QDoubleSpinBox, "xMin"), find(win, QtWidgets.QDoubleSpinBox, "xMax")
    x_max.setValue(2.0)
    x_min.setValue(-1.0)
    assert win.state.x_range == (-1.0, 2.0)
    x, _ = curve_data(win, 0)
    assert x[0] == -1.0 and x[-1] == 2.0
    win.state.set_x_range(-20, 15)
    assert (x_min.value(), x_max.value()) == (-20.0, 15.0)
    assert win.plot_view.vb.viewRange()[0] == pytest.approx([-20, 15])


def test_invalid_range_is_refused_with_message_and_kept(win):
    x_min = find(win, QtWidgets.QDoubleSpinBox, "xMin")
    x_min.setValue(7.0)  # above x max = 5
    assert win.state.x_range == (-5.0, 5.0)
    assert x_min.value() == -5.0
    assert "x min must be less than x max" in win.messages[-1]
    assert "x min must be less than x max" in win.message_bar.text()


def test_nan_and_inf_cannot_be_typed_into_a_range(win, qtbot):
    x_min = find(win, QtWidgets.QDoubleSpinBox, "xMin")
    for text in ("nan", "inf", "1e400"):
        state = x_min.validate(text, 0)[0]
        assert state != x_min.validate("1.5", 0)[0]
    with pytest.raises(ValueError, match="finite"):
        win.state.set_x_range(float("nan"), 1)
    assert win.state.x_range == (-5.0, 5.0)


def test_y_range_fixed_and_automatic(win):
    auto = find(win, QtWidgets.QCheckBox, "yAuto")
    y_min, y_max = find(win, QtWidgets.QDoubleSpinBox, "yMin"), find(win, QtWidgets.QDoubleSpinBox, "yMax")
    assert auto.isChecked() and not y_min.isEnabled()
    lo, hi = win.plot_view.vb.viewRange()[1]
    assert lo < -0.05 and hi > 5.0  # fits f from -0.05 to 5 with margin
    assert y_min.value() == pytest.approx(lo) and y_max.value() == pytest.approx(hi)
    auto.setChecked(False)
    y_min.setValue(-1.1)
    y_max.setValue(1.1)
    assert win.state.y_range == (-1.1, 1.1)
    assert win.plot_view.vb.viewRange()[1] == pytest.approx([-1.1, 1.1])
    y_min.setValue(3.0)  # min ≥ max: refused
    assert win.state.y_range == (-1.1, 1.1)
    win.state.set_y_range(None)
    assert auto.isChecked()


def test_reset_view(win, qtbot):
    win.state.set_x_range(-100, 1)
    win.state.set_y_range((0, 1))
    qtbot.mouseClick(find(win, QtWidgets.QPushButton, "resetView"), QtCore.Qt.MouseButton.LeftButton)
    assert win.state.x_range == (-5.0, 5.0) and win.state.y_range is None


def test_curve_toggles_and_style(win):
    boxes = [find(win, QtWidgets.QCheckBox, f"show.{i}") for i in range(3)]
    assert [b.isChecked() for b in boxes] == [True, True, False]
    boxes[2].setChecked(True)
    assert win.state.shown == (True, True, True)
    assert len(curve_data(win, 2)[0]) > 0 and win.plot_view.curves[2].isVisible()
    win.state.set_shown(0, False)
    assert not boxes[0].isChecked() and not win.plot_view.curves[0].isVisible()
    style = find(win, QtWidgets.QComboBox, "plotStyle")
    style.activated.emit(style.findData("origin"))
    assert win.state.style == "origin"
    assert win.plot_view.origin[0].isVisible()
    assert not win.plot_view.plot.getPlotItem().getAxis("top").isVisible()
    win.state.set_style("boxed")
    assert style.currentData() == "boxed" and not win.plot_view.origin[0].isVisible()


def test_kink_dots_show_convention_and_limits(win):
    win.state.set_param("negative_slope", 0.2)
    filled = win.plot_view.kink_filled.getData()
    hollow = win.plot_view.kink_hollow.getData()
    assert list(zip(*filled)) == [(0.0, 0.2)]  # PyTorch: f′(0) = negative_slope
    assert list(zip(*hollow)) == [(0.0, 1.0)]  # the right-hand limit


def test_hardshrink_jump_is_not_bridged(win):
    win.state.set_function("hardshrink")
    item = win.plot_view.curves[0]
    x, y = curve_data(win, 0)
    i = np.flatnonzero(x == 0.5)
    assert len(i) == 2 and y[i[0]] == 0.0 and y[i[1]] == 0.5
    expected = win.plot_view.last_samples.connect(0)
    assert not expected[i[0]]
    # What pyqtgraph was given must be the sampler's mask itself: with its default ('auto') or
    # 'all' it would draw a slanted segment across the jump.
    drawn = item.opts["connect"]
    assert isinstance(drawn, np.ndarray) and np.array_equal(drawn, expected)


def test_compare_pins_and_removes_overlays(win, qtbot):
    pin = find(win, QtWidgets.QPushButton, "pinButton")
    for fid in ("sigmoid", "tanh", "relu"):
        win.state.set_function(fid)
        qtbot.mouseClick(pin, QtCore.Qt.MouseButton.LeftButton)
    assert [o.function_id for o in win.state.overlays] == ["sigmoid", "tanh", "relu"]
    lst = find(win, QtWidgets.QListWidget, "overlayList")
    assert lst.count() == 3
    items = win.plot_view.overlay_items
    assert len(items) == 3
    f_item, _ = items[win.state.overlays[1]]
    x, y = f_item.getData()
    np.testing.assert_allclose(y, np.tanh(x), atol=1e-15)
    # the live function stays editable
    win.state.set_function("leaky_relu")
    win.state.set_param("negative_slope", 0.3)
    assert len(win.plot_view.overlay_items) == 3
    lst.setCurrentRow(0)
    qtbot.mouseClick(find(win, QtWidgets.QPushButton, "unpinButton"), QtCore.Qt.MouseButton.LeftButton)
    assert [o.function_id for o in win.state.overlays] == ["tanh", "relu"]
    assert len(win.plot_view.overlay_items) == 2 and lst.count() == 2
    qtbot.mouseClick(find(win, QtWidgets.QPushButton, "clearOverlays"), QtCore.Qt.MouseButton.LeftButton)
    assert win.plot_view.overlay_items == {}


def test_readout_shows_exact_values(win):
    win.state.set_function("sigmoid")
    win.plot_view.show_readout(1.0)
    text = win.plot_view.readout.text()
    assert "x = 1" in text and "0.7311" in text and "0.1966" in text
    assert win.plot_view.cross_v.isVisible() and win.plot_view.cross_v.value() == 1.0


def test_mouse_move_over_plot_updates_readout(win, qtbot):
    vb = win.plot_view.vb
    scene_pt = vb.mapViewToScene(QtCore.QPointF(2.0, 0.0))
    win.plot_view._on_mouse(scene_pt)
    # the x part exactly: "x = 2" alone would also match x = 2.5 or x = 20
    assert win.plot_view.readout.text().split("&nbsp;")[0] == "x = 2"


def test_mouse_zoom_resamples_visible_range(win):
    vb = win.plot_view.vb
    vb.setXRange(-1e-4, 1e-4, padding=0)  # as a wheel zoom would, far in on the kink
    assert win.state.x_range == pytest.approx((-1e-4, 1e-4))
    x, _f = curve_data(win, 0)
    assert x[0] == pytest.approx(-1e-4) and 0.0 in x
    assert find(win, QtWidgets.QDoubleSpinBox, "xMin").value() == pytest.approx(-1e-4)


def test_probe_table_defaults_and_updates(win, qtbot):
    table = find(win, QtWidgets.QTableWidget, "probeTable")
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == ["−20", "−10", "0", "1", "15"]
    assert table.item(0, 1).text() == "−0.2"  # leaky_relu(−20) with α = 0.01
    assert table.item(1, 1).text() == "−0.1"
    win.state.set_param("negative_slope", 0.1)
    qtbot.waitUntil(lambda: table.item(0, 1).text() == "−2", timeout=2000)  # refreshed within 40 ms
    box = find(win, QtWidgets.QLineEdit, "probeInput")
    box.setText("0.5, 2")
    box.editingFinished.emit()
    assert win.state.probes == (0.5, 2.0) and table.rowCount() == 2
    box.setText("1, banana")
    box.editingFinished.emit()
    assert win.state.probes == (0.5, 2.0)
    assert "banana" in win.messages[-1]


def test_info_line_follows_function(win):
    info = find(win, QtWidgets.QLabel, "infoLine")
    assert "negative branch" in info.text()
    win.state.set_function("gelu")
    assert "1606.08415" in info.text() and "f′(0) = 0.5" in info.text()


def test_page_keys_step_through_functions(win, qtbot):
    ids = names()
    start = ids.index(win.state.function_id)
    qtbot.keyClick(win, QtCore.Qt.Key.Key_PageDown)
    assert win.state.function_id == ids[start + 1]
    qtbot.keyClick(win, QtCore.Qt.Key.Key_PageUp)
    qtbot.keyClick(win, QtCore.Qt.Key.Key_PageUp)
    assert win.state.function_id == ids[start - 1]


def test_bracket_keys_nudge_the_first_parameter(win, qtbot):
    qtbot.keyClick(win, QtCore.Qt.Key.Key_BracketRight)
    assert win.state.params["negative_slope"] == pytest.approx(0.02)
    qtbot.keyClick(win, QtCore.Qt.Key.Key_BracketLeft)
    qtbot.keyClick(win, QtCore.Qt.Key.Key_BracketLeft)
    assert win.state.params["negative_slope"] == pytest.approx(0.0)


def test_export_data_and_figure(win, tmp_path):
    win.state.set_param("negative_slope", 0.2)
    csv = win.export_data(tmp_path / "d.csv")
    lines = csv.read_text().splitlines()
    # a plain header first (pandas.read_csv reads it as it is), columns named as in the legend
    assert lines[0] == "x,Leaky ReLU (α=0.2) f,Leaky ReLU (α=0.2) df,Leaky ReLU (α=0.2) d2f"
    rows = [list(map(float, line.split(","))) for line in lines[1:]]
    at0 = [r for r in rows if r[0] == 0.0]
    assert at0 == [[0.0, 0.0, 0.2, 0.0]]
    png = win.export_figure(tmp_path / "f.png")
    assert png.stat().st_size > 1000
    svg = win.export_figure(tmp_path / "f.svg")
    assert "<svg" in svg.read_text()[:2000]


def test_settings_round_trip_and_corrupt_file(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "state.json"
    monkeypatch.setenv("ACTVIZ_SETTINGS", str(path))
    w = MainWindow()
    qtbot.addWidget(w)
    w.state.set_function("elu")
    w.state.set_param("alpha", 2.5)
    w.state.set_x_range(-3, 3)
    w.state.pin("tanh")
    w.close()
    assert json.loads(path.read_text())["function"] == "elu"
    w2 = MainWindow()
    qtbot.addWidget(w2)
    w2.load_settings()
    assert w2.state.function_id == "elu" and w2.state.params["alpha"] == 2.5
    assert w2.state.x_range == (-3.0, 3.0) and [o.function_id for o in w2.state.overlays] == ["tanh"]
    path.write_text("{not json")
    w3 = MainWindow()
    qtbot.addWidget(w3)
    w3.load_settings()
    assert w3.state.function_id == "leaky_relu"
    assert "Ignored saved settings" in w3.messages[-1]
    path.write_text(json.dumps({"function": "nope", "x_range": [5, 1], "params": {"elu": {"alpha": 99}}}))
    w4 = MainWindow()
    qtbot.addWidget(w4)
    w4.load_settings()
    assert w4.state.function_id == "leaky_relu" and w4.state.x_range == (-5.0, 5.0)
    assert "Ignored part" in w4.messages[-1]


def test_state_emits_only_on_real_change():
    st = State()
    seen = []
    st.events.params.connect(lambda params: seen.append(params))
    st.set_param("negative_slope", 0.2)
    st.set_param("negative_slope", 0.2)
    st.set_x_range(-5, 5)
    assert seen == [{"negative_slope": 0.2}]


def test_presentation_mode_shows_plot_alone_with_larger_text(win, qtbot):
    ax = win.plot_view.plot.getPlotItem().getAxis("bottom")
    before = ax.style["tickFont"].pointSizeF()
    win.set_presentation(True, full_screen=False)
    assert win.side_scroll.isHidden() and not win.menuBar().isVisible()
    assert ax.style["tickFont"].pointSizeF() == pytest.approx(1.5 * before)
    # keys still work while the panel is hidden
    qtbot.keyClick(win, QtCore.Qt.Key.Key_BracketRight)
    assert win.state.params["negative_slope"] == pytest.approx(0.02)
    win.toggle_presentation()
    assert not win.side_scroll.isHidden()
    assert ax.style["tickFont"].pointSizeF() == pytest.approx(before)


def test_number_keys_toggle_their_own_curve(win, qtbot):
    win.plot_view.plot.setFocus()
    qtbot.keyClick(win, QtCore.Qt.Key.Key_3)
    assert win.state.shown == (True, True, True)
    qtbot.keyClick(win, QtCore.Qt.Key.Key_1)
    assert win.state.shown == (False, True, True)
    qtbot.keyClick(win, QtCore.Qt.Key.Key_O)
    assert win.state.style == "origin"


def test_page_down_works_with_the_slider_focused(win, qtbot):
    slider = find(win, QtWidgets.QSlider, "param.negative_slope.slider")
    slider.setFocus()
    qtbot.keyClick(slider, QtCore.Qt.Key.Key_PageDown)
    assert win.state.function_id == "sigmoid"


def test_info_line_renders_catalog_text_with_less_than_signs(win):
    win.state.set_function("hardsigmoid")
    doc = QtGui.QTextDocument()
    doc.setHtml(find(win, QtWidgets.QLabel, "infoLine").text())
    plain = doc.toPlainText()
    assert "−3 < x < 3" in plain and "Properties:" in plain


def test_garbage_typed_into_a_range_gets_a_visible_message(win, qtbot):
    x_max = find(win, QtWidgets.QDoubleSpinBox, "xMax")
    x_max.setFocus()
    x_max.lineEdit().selectAll()
    qtbot.keyClicks(x_max, "nan")
    qtbot.keyClick(x_max, QtCore.Qt.Key.Key_Return)
    assert win.state.x_range == (-5.0, 5.0)
    assert "x maximum must be a finite number" in win.messages[-1]
    assert "'nan'" in win.message_bar.text()


def test_large_finite_max_value_is_shown_as_a_number(win):
    win.state.set_function("keras_relu")
    win.state.set_param("max_value", 50.0)
    spin = find(win, QtWidgets.QDoubleSpinBox, "param.max_value.spin")
    slider = find(win, QtWidgets.QSlider, "param.max_value.slider")
    assert spin.value() == 50.0 and "∞" not in spin.text()
    assert slider.value() == slider.maximum() - 1
    assert win.state.params["max_value"] == 50.0


def test_bracket_keys_cycle_a_choice_parameter(win, qtbot):
    win.state.set_function("gelu")
    qtbot.keyClick(win, QtCore.Qt.Key.Key_BracketRight)
    assert win.state.params["approximate"] == "tanh"


def test_refused_probe_text_is_replaced_by_the_kept_values(win):
    box = find(win, QtWidgets.QLineEdit, "probeInput")
    box.setText("1, banana")
    box.editingFinished.emit()
    assert box.text() == "-20, -10, 0, 1, 15"


def test_pinning_twice_says_so(win, qtbot):
    pin = find(win, QtWidgets.QPushButton, "pinButton")
    qtbot.mouseClick(pin, QtCore.Qt.MouseButton.LeftButton)
    qtbot.mouseClick(pin, QtCore.Qt.MouseButton.LeftButton)
    assert len(win.state.overlays) == 1 and "already pinned" in win.messages[-1]


def test_edge_kink_draws_flat_inside_derivative(win):
    win.state.set_function("hardsigmoid")
    win.state.set_x_range(-3, 3)
    _, df = curve_data(win, 1)
    np.testing.assert_allclose(df, 1 / 6)


def test_settings_keep_parameters_of_every_function(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "s.json"
    monkeypatch.setenv("ACTVIZ_SETTINGS", str(path))
    st = State()
    st.set_param("negative_slope", 0.3)
    st.set_function("elu")
    path.write_text(json.dumps(st.to_dict()))
    w = MainWindow()
    qtbot.addWidget(w)
    w.load_settings()
    assert w.state.function_id == "elu"
    w.state.set_function("leaky_relu")
    assert w.state.params["negative_slope"] == 0.3


@pytest.mark.parametrize("bad", [{"overlays": 5}, {"params": [1, 2]}, {"overlays": [["tanh", 7]]}, {"shown": 3}])
def test_settings_of_the_wrong_type_are_reported_not_raised(qtbot, tmp_path, monkeypatch, bad):
    path = tmp_path / "s.json"
    path.write_text(json.dumps(bad))
    monkeypatch.setenv("ACTVIZ_SETTINGS", str(path))
    w = MainWindow()
    qtbot.addWidget(w)
    w.load_settings()
    assert "Ignored part" in w.messages[-1]
    assert w.state.function_id == "leaky_relu"


def test_pinned_curves_follow_the_view_but_not_the_live_slider(win):
    win.state.set_function("tanh")
    win.state.pin()
    win.state.set_function("leaky_relu")
    f_item, _ = next(iter(win.plot_view.overlay_items.values()))
    x_before, _ = f_item.getData()
    win.state.set_param("negative_slope", 0.4)
    assert f_item.getData()[0] is x_before  # not re-sent while the live function changes
    win.state.set_x_range(-2, 2)
    x_after, y_after = f_item.getData()
    assert x_after[0] == -2.0 and x_after[-1] == 2.0
    np.testing.assert_allclose(y_after, np.tanh(x_after), atol=1e-15)


def test_typing_inf_into_max_value_means_no_limit(win, qtbot):
    win.state.set_function("keras_relu")
    win.state.set_param("max_value", 3.0)
    spin = find(win, QtWidgets.QDoubleSpinBox, "param.max_value.spin")
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, "inf")
    qtbot.keyClick(spin, QtCore.Qt.Key.Key_Return)
    assert math.isinf(win.state.params["max_value"]) and spin.text() == "∞"
