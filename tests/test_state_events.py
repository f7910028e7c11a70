"""The state's events: typed, held weakly, and safe when a listener fails or its window is gone."""

import gc
import weakref

import numpy as np
import pytest

from actviz.core import get, sample
from actviz.state import State
from actviz.ui import MainWindow
from actviz.ui.qt import QtCore, QtWidgets
from actviz.viewmodels import function as fm


def _flush(app):
    for _ in range(3):
        QtCore.QCoreApplication.sendPostedEvents(None, QtCore.QEvent.Type.DeferredDelete)
        app.processEvents()
        gc.collect()


def test_misspelt_event_is_an_error_at_connect_time():
    st = State()
    with pytest.raises(AttributeError):
        st.events.param.connect(lambda p: None)  # the event is "params"


def test_events_carry_the_new_value_and_fire_once_per_real_change():
    st = State()
    seen = []
    st.events.x_range.connect(seen.append)
    st.events.function.connect(seen.append)
    st.set_x_range(-2, 3)
    st.set_x_range(-2, 3)
    st.set_function("tanh")
    st.set_function("tanh")
    assert seen == [(-2.0, 3.0), "tanh"]


def test_window_is_collected_while_its_state_lives_on(qtbot, qapp):
    st = State()
    win = MainWindow(st)
    win.show()
    qtbot.waitExposed(win)
    plot_ref, panel_ref = weakref.ref(win.plot_view), weakref.ref(win.param_panel)
    assert len(st.events.params) > 0  # the window listens
    win.close()
    win.deleteLater()
    del win
    _flush(qapp)
    assert plot_ref() is None and panel_ref() is None, "the state kept the closed window alive"
    # The state keeps working, and nothing calls into the deleted widgets.
    st.set_param("negative_slope", 0.3)
    st.set_function("tanh")
    st.pin()
    st.set_x_range(-1, 1)
    st.set_y_range((-2, 2))
    assert st.params == {} and st.function_id == "tanh" and len(st.overlays) == 1
    assert len(st.events.params) == 0  # dead listeners were dropped


def test_a_second_window_on_the_same_state_keeps_working_after_the_first_closes(qtbot, qapp):
    st = State()
    first, second = MainWindow(st), MainWindow(st)
    qtbot.addWidget(second)
    first.close()
    first.deleteLater()
    del first
    _flush(qapp)
    st.set_function("sigmoid")
    assert second.selector.current_id() == "sigmoid"
    x, y = second.plot_view.curves[0].getData()
    assert np.allclose(y, get("sigmoid").f(x))


def test_one_failing_listener_leaves_the_rest_of_the_window_current(qtbot, monkeypatch):
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)

    def broken(*a, **k):
        raise OverflowError("cannot convert float infinity to integer")

    # The plot's drawing fails on every change; the side panel must still follow the state.
    monkeypatch.setattr(win.plot_view, "refresh", broken)
    win.state.set_function("hardtanh")
    win.state.set_param("max_val", 2.5)
    win.state.set_x_range(-7, 7)
    assert win.selector.current_id() == "hardtanh"
    assert set(win.param_panel.controls) == {"min_val", "max_val"}
    assert win.param_panel.controls["max_val"].spin.value() == 2.5
    assert (win.ranges.x_min.value(), win.ranges.x_max.value()) == (-7.0, 7.0)
    # The fault is logged for the maintainers; the room sees one sentence, with no Python in it.
    assert any("OverflowError" in d for d in win.internal_errors)
    assert win.messages and not any("OverflowError" in m for m in win.messages)


def test_the_leak_check_sees_a_window_left_open(qapp):
    from conftest import _top_level_widgets

    w = QtWidgets.QWidget()
    w.setObjectName("straggler")
    w.show()
    try:
        assert any(x.objectName() == "straggler" for x in _top_level_widgets())
    finally:
        w.close()
        w.deleteLater()
        del w
        _flush(qapp)
    assert not any(x.objectName() == "straggler" for x in _top_level_widgets())


# ---------------------------------------------------------------- the Qt-free view-model
def test_padding_never_overflows_near_the_float_limits():
    big = np.finfo(np.float64).max
    for lo, hi in ((1e304, big), (-big, big), (-big, -1e300), (0.0, big), (big, big), (5.0, 5.0), (0.0, 1e-300)):
        a, b = fm.padded(lo, hi)
        assert np.isfinite(a) and np.isfinite(b) and a < b
        assert a >= -fm.Y_LIMIT and b <= fm.Y_LIMIT


def test_padding_rounds_outward_to_a_round_step():
    assert fm.padded(-1.299289058, 4.299959758) == pytest.approx((-1.7, 4.7))
    assert fm.padded(0.0, 1.0) == pytest.approx((-0.1, 1.1))


def test_auto_y_only_grows_while_the_data_fits_then_tightens():
    ay = fm.AutoY()
    first, _ = ay.update([np.array([0.0, 1.0])])
    assert first == pytest.approx((-0.1, 1.1))
    assert ay.update([np.array([0.0, 0.9])]) == (None, True)  # still fits: the axes stay put
    grown, _ = ay.update([np.array([0.0, 2.0])])
    tight = fm.padded(0.0, 2.0)
    assert grown[0] <= tight[0] and grown[1] > tight[1]  # headroom on the side that moved
    assert ay.tight() == pytest.approx(fm.padded(0.0, 2.0))
    assert ay.tight() is None  # already tight


def test_kink_dots_mark_the_pytorch_value_filled_and_the_other_limit_hollow():
    s = sample(get("leaky_relu"), {"negative_slope": 0.2}, (-1, 1), 400)
    dots = fm.kink_dots(s, (True, True, False))
    assert dots.filled == ((0.0, 0.2, 1),)
    assert dots.hollow == ((0.0, 1.0, 1),)
    assert fm.kink_dots(s, (True, False, False)) == fm.KinkDots()


def test_values_at_is_exact_at_a_kink():
    assert fm.values_at(get("relu"), {}, 0.0) == (0.0, 0.0, 0.0)
    assert fm.values_at(get("leaky_relu"), {"negative_slope": 0.1}, 0.0) == (0.0, 0.1, 0.0)
    rows = fm.values_table(get("sigmoid"), {}, [-40.0, 0.0])
    assert rows[1] == (0.0, 0.5, 0.25, 0.0)
    assert rows[0][2] == pytest.approx(4.248354255291589e-18, rel=1e-12)
