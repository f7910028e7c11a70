"""Animated parameters: the motion model, Space in the function view, and traced families."""

import pytest

from actviz.ui import MainWindow
from actviz.ui.qt import QtCore
from actviz.viewmodels.animation import Motion, advance, crossed, trace_marks


def test_bounce_turns_round_loop_starts_again_once_stops():
    m = Motion(0.0, 1.0, "bounce", speed=1.0)
    v, ended = advance(m, 0.95, 0.8)  # 0.1 of the range per 0.8 s at 1×
    assert v == pytest.approx(0.95) and m.direction == -1 and not ended
    m = Motion(0.0, 1.0, "loop")
    v, _ = advance(m, 0.95, 0.8)
    assert v == pytest.approx(0.05)
    m = Motion(0.0, 1.0, "once")
    assert advance(m, 0.95, 0.8) == (1.0, True)
    m = Motion(0.0, 1.0, "bounce", speed=4.0)
    v, _ = advance(m, 0.5, 100.0)  # a huge step still lands inside
    assert 0.0 <= v <= 1.0
    with pytest.raises(ValueError, match="finite range"):
        Motion(0.0, float("inf"))
    with pytest.raises(ValueError, match="mode"):
        Motion(0.0, 1.0, "spin")


def test_trace_marks_and_crossings():
    marks = trace_marks(0.0, 1.0)
    assert len(marks) == 11 and marks[3] == pytest.approx(0.3)
    assert crossed(marks, 0.05, 0.25) == pytest.approx([0.1, 0.2])
    assert crossed(marks, 0.25, 0.05) == pytest.approx([0.1, 0.2])
    assert crossed(marks, 0.12, 0.13) == []


@pytest.fixture
def win(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: w.plot_view.plot.hasFocus())
    return w


def test_space_animates_the_first_parameter_and_pauses(win, qtbot):
    start = win.state.params["negative_slope"]
    qtbot.keyClick(win.plot_view.plot, QtCore.Qt.Key.Key_Space)
    assert win.param_panel.animating
    qtbot.waitUntil(lambda: win.state.params["negative_slope"] > start + 0.02, timeout=3000)
    qtbot.keyClick(win.plot_view.plot, QtCore.Qt.Key.Key_Space)
    assert not win.param_panel.animating
    v = win.state.params["negative_slope"]
    qtbot.wait(100)
    assert win.state.params["negative_slope"] == v
    slider = win.param_panel.controls["negative_slope"].slider
    assert slider.value() == round(v / 0.01)  # the slider follows


def test_a_function_without_parameters_says_so(win, qtbot):
    win.state.set_function("relu")
    qtbot.keyClick(win.plot_view.plot, QtCore.Qt.Key.Key_Space)
    assert not win.param_panel.animating and "no parameter to animate" in win.messages[-1]


def test_trace_leaves_a_faded_family(win, qtbot):
    pv = win.plot_view
    win.state.set_trace(True)
    assert win.param_panel.trace_box.isChecked()
    for v in (0.0, 0.15, 0.35, 0.52):
        win.state.set_param("negative_slope", v)
    drawn = [g for g in pv._ghosts if g.getData()[0] is not None and len(g.getData()[0])]
    assert len(drawn) == 6  # α = 0 (passed on the way down from 0.01), 0.1, 0.2, 0.3, 0.4, 0.5
    x, y = drawn[3].getOriginalDataset()
    assert y[0] == pytest.approx(0.3 * x[0])  # the α = 0.3 member, at the left end
    win.state.set_function("elu")
    assert all(g.getData()[0] is None or len(g.getData()[0]) == 0 for g in pv._ghosts)
