"""Bad values reach the window's controls and are refused or shown plainly, never a traceback."""

import math

import numpy as np
import pytest

from actviz.core import get
from actviz.ui.qt import QtCore


@pytest.fixture
def win(open_window):
    return open_window(1280, 800)


def type_into(qtbot, box, text):
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), text)
    qtbot.keyClick(box.lineEdit(), QtCore.Qt.Key.Key_Return)


def test_huge_finite_max_value_keeps_the_slider_at_its_end_and_shows_the_number(win):
    win.state.set_function("keras_relu")
    win.state.set_param("max_value", 1e308)  # crashed converting to a slider tick
    ctl = win.param_panel.controls["max_value"]
    assert ctl.slider.value() == ctl.slider.maximum() - 1  # the last tick is ∞; this is finite
    assert ctl.spin.text() == "1e+308"
    assert win.state.params["max_value"] == 1e308
    win.state.set_param("max_value", 5e9)  # used to show as ∞
    assert ctl.spin.text() == "5000000000" and "∞" not in ctl.spin.text()


def test_typing_a_huge_finite_max_value_is_kept_finite(win, qtbot):
    win.state.set_function("keras_relu")
    spin = win.param_panel.controls["max_value"].spin
    type_into(qtbot, spin, "2e12")
    assert win.state.params["max_value"] == 2e12
    type_into(qtbot, spin, "inf")
    assert math.isinf(win.state.params["max_value"]) and spin.text() == "∞"


@pytest.mark.parametrize("text", ["-1", "1e400", "5", "abc", "nan"])
def test_a_parameter_box_refuses_bad_text_with_a_message(win, qtbot, text):
    spin = win.param_panel.controls["negative_slope"].spin
    before = win.state.params["negative_slope"]
    type_into(qtbot, spin, text)
    assert win.state.params["negative_slope"] == before
    assert win.messages, "no message for refused text"
    msg = win.messages[-1]
    assert "negative_slope" in msg and "[0, 1]" in msg and repr(text) in msg
    assert spin.text() == f"{before:g}"


def test_reset_that_would_break_a_cross_parameter_rule_says_why(win, qtbot):
    win.state.set_function("hardtanh")
    win.state.set_param("max_val", 3.0)
    win.state.set_param("min_val", 1.5)
    qtbot.mouseClick(win.param_panel.controls["max_val"].reset, QtCore.Qt.MouseButton.LeftButton)
    assert win.state.params == {"min_val": 1.5, "max_val": 3.0}
    assert "Cannot reset max_val" in win.messages[-1] and "min_val" in win.messages[-1]
    assert win.param_panel.controls["max_val"].spin.value() == 3.0


def test_rrelu_upper_reset_below_lower_says_why(win, qtbot):
    win.state.set_function("rrelu")
    act = get("rrelu")
    hi = act.param("upper").max
    win.state.set_param("upper", hi)
    win.state.set_param("lower", hi)
    qtbot.mouseClick(win.param_panel.controls["upper"].reset, QtCore.Qt.MouseButton.LeftButton)
    assert win.state.params["upper"] == hi
    assert "Cannot reset upper" in win.messages[-1]


def test_exponential_near_the_float_limit_draws_without_error(win):
    win.state.set_function("exponential")
    win.state.set_x_range(700, 800)
    lo, hi = win.state.auto_y_range
    assert np.isfinite(lo) and np.isfinite(hi) and lo < hi
    x, y = win.plot_view.curves[0].getData()
    ref = get("exponential").f(x)
    fin = np.isfinite(ref)
    assert fin.any() and np.array_equal(y[fin], ref[fin])
    assert not [m for m in win.messages if "error" in m.lower()]
    win.state.pin()
    win.state.set_function("relu")
    assert not [m for m in win.messages if "error" in m.lower()]


# ---------------------------------------------------------------- fast oscillation: the envelope
def test_envelope_holds_every_sample_and_one_entry_per_column():
    from actviz.viewmodels import function as fm

    rng = np.random.default_rng(1)
    x = np.sort(rng.uniform(-3, 3, 5000))
    y = np.sin(40 * x)
    env = fm.envelope(x, y, (-3, 3), 300)
    assert env.x.size <= 300 and np.all(np.diff(env.x) > 0)
    assert np.all(env.upper >= env.lower)
    cols = np.clip(np.floor((x + 3) * 50), 0, 299).astype(int)
    centre_col = np.floor((env.x + 3) * 50).astype(int)
    for c in (0, 17, 150, 299):
        k = np.flatnonzero(centre_col == c)[0]
        assert env.upper[k] == y[cols == c].max() and env.lower[k] == y[cols == c].min()


def test_dense_envelope_stays_inside_the_true_one_and_nearly_fills_it():
    from actviz.viewmodels import function as fm

    act, p = get("sine"), {"w0": 60.0}
    s = __import__("actviz.core", fromlist=["sample"]).sample(act, p, (-20, 20), 900, orders=(0,))
    env = fm.dense_envelope(act, p, 0, s.x, s.f, (-20, 20), 900)
    xt = np.linspace(-20, 20, 3_000_001)
    true = fm.envelope(xt, act.f(xt, **p), (-20, 20), 900)
    assert env.x.size == true.x.size == 900
    tol = 60 * 40 / 3e6  # the reference grid itself misses up to slope × spacing at column edges
    assert np.all(env.upper <= true.upper + tol) and np.all(env.lower >= true.lower - tol)
    covered = (env.upper - env.lower) / (true.upper - true.lower)
    assert np.median(covered) > 0.95 and covered.min() > 0.5


def test_a_fast_oscillation_is_drawn_as_its_envelope_and_a_kinked_curve_exactly(win):
    pv = win.plot_view
    win.state.set_function("sine")
    win.state.set_param("w0", 60.0)
    win.state.set_x_range(-20, 20)
    width = pv.pixel_size()[0]
    assert pv.envelope_mode[0]
    bx, by = pv.bands[0].getData()
    assert bx.size <= 3 * width  # one short segment per pixel column, not thousands of zig-zags
    fin = np.isfinite(by)
    assert by[fin].max() >= 1.0 and by[fin].min() <= -1.0  # reaches the peaks (plus pen width)
    assert pv.curves[0].getData()[0] is None or pv.curves[0].getData()[0].size == 0
    win.state.set_function("relu")
    assert not any(pv.envelope_mode) and not pv.bands[0].isVisible()
    x, y = pv.curves[0].getData()
    assert np.array_equal(y, get("relu").f(x))
