"""The Function view's controller, driven without a window: no QApplication, time passed in."""

import math
import subprocess
import sys

import numpy as np
import pytest

from actviz.controllers.function import (
    SETTLE_SECONDS,
    FunctionController,
    ParamScale,
    match_function,
    rank_functions,
)
from actviz.core import get, sample
from actviz.state import State
from actviz.state.texts import RefusalError
from actviz.viewmodels.animation import SWEEP_SECONDS


@pytest.fixture
def ctl():
    return FunctionController(State())


def test_no_qt_is_needed():
    code = (
        "import sys, actviz.controllers.function; "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph', 'actviz.ui'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


# ------------------------------------------------------------------------ animation
def test_bounce_plays_turns_round_and_stops(ctl):
    st = ctl.state
    seen = []
    ctl.events.playing.connect(seen.append)
    ctl.play(now=10.0)
    assert ctl.playing and ctl.animated == "negative_slope" and seen == [True]
    ctl.tick(now=10.0)  # the first frame: no time has passed
    assert st.params["negative_slope"] == pytest.approx(0.01)
    # 1× sweeps the whole range [0, 1] in SWEEP_SECONDS; a frame moves at most 0.1 s
    t = 10.0
    for _ in range(8):
        t += 0.1
        ctl.tick(now=t)
    # each frame rounds to a tenth of the parameter's step (no float noise in the boxes)
    assert st.params["negative_slope"] == pytest.approx(0.01 + 0.8 / SWEEP_SECONDS, abs=5e-3)
    st.set_param("negative_slope", 0.99)
    t += 0.1
    ctl.tick(now=t)
    t += 0.1
    ctl.tick(now=t)  # bounced off 1 and on the way down
    assert st.params["negative_slope"] < 0.99
    ctl.stop()
    assert not ctl.playing and seen == [True, False]
    v = st.params["negative_slope"]
    ctl.tick(now=t + 5)
    assert st.params["negative_slope"] == v


def test_a_stalled_frame_moves_at_most_a_tenth_of_a_second(ctl):
    ctl.set_speed(4.0)
    ctl.play(now=0.0)
    ctl.tick(now=30.0)
    assert ctl.state.params["negative_slope"] == pytest.approx(0.01 + 4 * 0.1 / SWEEP_SECONDS, abs=1e-3)


def test_loop_starts_again_and_once_stops_at_the_end(ctl):
    st = ctl.state
    ctl.set_mode("loop")
    st.set_param("negative_slope", 1.0)
    ctl.play(now=0.0)
    assert st.params["negative_slope"] == 0.0  # loop starts from the beginning
    st.set_param("negative_slope", 0.99)
    ctl.tick(now=0.05)
    ctl.tick(now=0.15)
    assert st.params["negative_slope"] < 0.1  # wrapped round to the start
    ctl.stop()
    ctl.set_mode("once")
    st.set_param("negative_slope", 0.99)
    ctl.play(now=1.0)
    ctl.tick(now=1.1)
    assert st.params["negative_slope"] == 1.0 and not ctl.playing


def test_mode_and_speed_are_held_by_the_controller_and_apply_while_playing(ctl):
    got = []
    ctl.events.motion.connect(lambda mode, speed: got.append((mode, speed)))
    ctl.play(now=0.0)
    ctl.set_speed(0.25)
    ctl.tick(now=0.1)
    assert ctl.state.params["negative_slope"] == pytest.approx(0.01 + 0.25 * 0.1 / SWEEP_SECONDS, abs=1e-3)
    ctl.set_mode("loop")
    assert got == [("bounce", 0.25), ("loop", 0.25)]
    with pytest.raises(RefusalError, match="mode"):
        ctl.set_mode("spin")
    with pytest.raises(RefusalError, match="positive"):
        ctl.set_speed(-1)
    assert (ctl.mode, ctl.speed) == ("loop", 0.25)


def test_no_parameter_no_animation_and_a_new_function_stops_it(ctl):
    ctl.state.set_function("relu")
    with pytest.raises(RefusalError, match="no parameter to animate"):
        ctl.play(now=0.0)
    ctl.state.set_function("elu")
    ctl.play(now=0.0)
    ctl.state.set_function("leaky_relu")
    assert not ctl.playing


# ------------------------------------------------------------------------ nudges
def test_nudges_change_the_state_by_one_slider_tick(ctl):
    st = ctl.state
    ctl.nudge(+1)
    assert st.params["negative_slope"] == 0.02
    ctl.nudge(-1)
    ctl.nudge(-1)
    ctl.nudge(-1)  # stops at the slider's end
    assert st.params["negative_slope"] == 0.0
    st.set_param("negative_slope", 0.29)
    ctl.nudge(+1)
    assert st.params["negative_slope"] == 0.3  # no float noise


def test_nudges_cycle_a_choice_and_refuse_without_parameters(ctl):
    st = ctl.state
    st.set_function("gelu")
    ctl.nudge(+1)
    assert st.params["approximate"] == "tanh"
    ctl.nudge(+1)
    assert st.params["approximate"] == "none"
    st.set_function("relu")
    with pytest.raises(RefusalError, match="ReLU has no parameter to adjust"):
        ctl.nudge(+1)


def test_param_scale_ticks():
    s = ParamScale.of(get("keras_relu").param("max_value"))
    assert s.infinite_top and s.tick_to_value(s.ticks) == math.inf
    assert s.value_to_tick(math.inf) == s.ticks and s.value_to_tick(1e308) == s.ticks - 1
    assert s.finite_span() == (0.0, 20.0)
    s = ParamScale.of(get("leaky_relu").param("negative_slope"))
    assert (s.ticks, s.value_to_tick(0.29), s.tick_to_value(29)) == (100, 29, 0.29)


# ------------------------------------------------------------------------ search
def test_search_ranks_exact_then_prefix_then_inside():
    hits = rank_functions("elu")
    assert hits[0] == "elu"
    assert hits.index("celu") > hits.index("elu")
    assert set(hits) >= {"elu", "selu", "celu", "gelu", "relu", "leaky_relu"}
    prefix = rank_functions("re")
    assert prefix[0].startswith("re") and "leaky_relu" in prefix
    assert prefix.index("leaky_relu") > max(i for i, h in enumerate(prefix) if h.lower().startswith("re"))
    assert rank_functions("  ") == []


def test_search_matches_one_function_or_none():
    assert match_function("GELU") == "gelu"
    assert match_function("Leaky ReLU  ·  leaky_relu") == "leaky_relu"
    assert match_function("leaky") == "leaky_relu"  # the only one containing it
    assert match_function("elu") == "elu"  # exact beats the many that contain it
    assert match_function("lu") is None  # many, none exact
    assert match_function("no such thing") is None


# ------------------------------------------------------------------------ automatic y
def test_auto_y_grows_at_once_and_is_written_to_the_state(ctl):
    st = ctl.state
    x = np.linspace(-5, 5, 11)
    first = ctl.fit_y([x], now=0.0)
    assert first == st.auto_y_range and first[0] <= -5 and first[1] >= 5
    bigger = ctl.fit_y([2 * x], now=0.1)
    assert bigger is not None and bigger[1] >= 10 and st.auto_y_range == bigger


def test_auto_y_keeps_still_then_settles_after_a_pause(ctl):
    x = np.linspace(-5, 5, 11)
    start = ctl.fit_y([x], now=0.0)
    assert ctl.fit_y([0.6 * x], now=0.1) is None  # fills more than half: the axes stay still
    assert ctl.state.auto_y_range == start
    assert ctl.settle_y(now=0.1 + SETTLE_SECONDS / 2) == (None, {})  # input has not paused
    tight, panels = ctl.settle_y(now=0.11 + SETTLE_SECONDS)
    assert tight is not None and tight[1] < start[1] and panels == {}
    assert ctl.state.auto_y_range == tight
    assert ctl.settle_y(now=10.0) == (None, {})  # nothing more to do


def test_auto_y_shrinks_at_once_below_half(ctl):
    x = np.linspace(-5, 5, 11)
    start = ctl.fit_y([x], now=0.0)
    small = ctl.fit_y([0.2 * x], now=0.1)
    assert small is not None and small[1] - small[0] < 0.5 * (start[1] - start[0])


def test_auto_y_starts_afresh_for_a_new_function_or_curves(ctl):
    ctl.fit_y([np.array([0.0, 100.0])])
    ctl.state.set_function("sigmoid")
    assert ctl.auto_y.current is None
    ctl.fit_y([np.array([0.0, 100.0])])
    ctl.state.set_shown(1, False)
    assert ctl.auto_y.current is None


# ------------------------------------------------------------------------ a frame
def test_frame_plan_lists_the_shown_curves_and_their_data(ctl):
    st = ctl.state
    st.set_shown(1, True)
    st.set_shown(2, False)
    plan = ctl.plan_frame(400, 300)
    assert [c.order for c in plan.curves] == [0, 1]
    s = sample(st.activation, st.params, st.x_range, 400, height_px=300, y_range=None, orders=(0, 1))
    np.testing.assert_array_equal(plan.curves[0].x, s.x)
    np.testing.assert_array_equal(plan.curves[1].y, s.df)
    assert all(c.panel == 0 and not c.dense for c in plan.curves)
    # leaky ReLU's corner: f′ jumps from α to 1 there (the value taken is α, as PyTorch's)
    assert plan.kinks.filled == ((0.0, 0.01, 1),) and plan.kinks.hollow == ((0.0, 1.0, 1),)
    assert plan.y_range == st.auto_y_range


def test_frame_plan_stacked_puts_derivatives_on_panels(ctl):
    st = ctl.state
    st.set_function("sigmoid")
    st.set_shown(1, True)
    plan = ctl.plan_frame(400, 300, stacked=True)
    assert {c.order: c.panel for c in plan.curves} == {0: 0, 1: 1}
    assert plan.y_range[1] < 1.2  # the main range fits f only
    assert 1 in plan.panel_y and plan.panel_y[1][1] < 0.5  # f′ ≤ 0.25 on its panel


def test_frame_plan_pins_are_sampled_once_per_view(ctl):
    st = ctl.state
    st.set_function("sigmoid")
    st.pin("relu")
    first = ctl.plan_frame(400, 300)
    assert [p.fresh for p in first.pins] == [True]
    again = ctl.plan_frame(400, 300)
    assert [p.fresh for p in again.pins] == [False] and again.pins[0].samples is first.pins[0].samples
    st.set_x_range(-2, 2)
    assert [p.fresh for p in ctl.plan_frame(400, 300).pins] == [True]
    lo, hi = st.auto_y_range
    assert 1.0 / (hi - lo) >= 0.5  # a pinned ReLU does not squash sigmoid


def test_fixed_y_range_is_not_fitted(ctl):
    ctl.state.set_y_range((-1.0, 1.0))
    plan = ctl.plan_frame(400, 300)
    assert plan.y_range is None and ctl.auto_y.current is None


# ------------------------------------------------------------------------ readout and export
def test_readout_text_has_exact_values_in_curve_colours(ctl):
    ctl.state.set_function("sigmoid")
    ctl.state.set_shown(1, True)
    ctl.state.pin("tanh")
    text, values = ctl.readout(1.0)
    parts = text.split("&nbsp;&nbsp;&nbsp;")
    assert parts[0] == "x = 1"
    assert "<b>f</b> = 0.7311" in parts[1] and "<b>f′</b> = 0.1966" in parts[2]
    assert "<b>Tanh</b>" in parts[-1] and "f = 0.7616" in parts[-1]
    assert values["f"] == pytest.approx(1 / (1 + math.exp(-1)))


def test_export_csv_has_the_live_function_and_pins(ctl):
    st = ctl.state
    st.set_param("negative_slope", 0.2)
    st.set_x_range(-1, 1)
    st.pin("relu")
    lines = ctl.export_csv(n=21).splitlines()
    assert lines[0] == "x,Leaky ReLU (α=0.2) f,Leaky ReLU (α=0.2) df,Leaky ReLU (α=0.2) d2f,ReLU f,ReLU df"
    rows = [list(map(float, line.split(","))) for line in lines[1:]]
    assert len(rows) == 21
    assert [r for r in rows if r[0] == 0.0] == [[0.0, 0.0, 0.2, 0.0, 0.0, 0.0]]
    assert rows[0][:3] == [-1.0, -0.2, 0.2] and rows[0][4] == 0.0
