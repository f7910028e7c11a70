"""Layout, theme, projector scale and reference marks in the state: validated, evented, saved."""

import math

import pytest

from actviz.state import LAYOUTS, SCALES, Mark, State, make_mark
from actviz.state.model import MAX_MARKS


def test_each_setting_fires_once_per_real_change_and_refuses_unknown_values():
    st = State()
    seen = []
    for name in ("layout", "theme", "scale"):
        getattr(st.events, name).connect(seen.append)
    st.set_layout("stacked")
    st.set_layout("stacked")
    st.set_theme("dark")
    st.set_scale("huge")
    assert seen == ["stacked", "dark", "huge"]
    for setter, bad in ((st.set_layout, "tiled"), (st.set_theme, "neon"), (st.set_scale, 2)):
        with pytest.raises(ValueError, match="must be one of"):
            setter(bad)
    assert (st.layout, st.theme, st.scale) == ("stacked", "dark", "huge")


def test_layout_cycles_and_scale_steps_stop_at_the_ends():
    st = State()
    order = []
    for _ in LAYOUTS:
        st.cycle_layout()
        order.append(st.layout)
    assert order == ["stacked", "grid", "overlay"]
    st.step_scale(-1)
    assert st.scale == "normal"
    for _ in range(5):
        st.step_scale(+1)
    assert st.scale == SCALES[-1]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("h", 0.25, "σ′ max"), Mark("h", None, 0.25, "σ′ max")),
        (("v", 0), Mark("v", 0.0, None, "")),
        (("point", "1", 0.5, "  σ(0)\t here "), Mark("point", 1.0, 0.5, "σ(0) here")),
    ],
)
def test_marks_are_checked_and_normalised(args, expected):
    assert make_mark(*args) == expected


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("x", 1), "a mark is"),
        (("h",), "got 0 values"),
        (("point", 1), "got 1 values"),
        (("h", math.nan), "finite"),
        (("v", 1e400), "finite"),
        (("h", 2e12), "finite"),
        (("h", True), "must be a number"),
        (("h", "abc"), "must be a number"),
        (("h", 1, "a" * 41), "at most 40"),
        (("h", 1, "bell\x07"), "printable"),
        (("h", 1, 5), "must be text"),
    ],
)
def test_bad_marks_are_refused_and_nothing_changes(args, message):
    st = State()
    st.add_mark("h", 0.5)
    with pytest.raises(ValueError, match=message):
        st.add_mark(*args)
    assert st.marks == (Mark("h", None, 0.5, ""),)


def test_marks_add_remove_limit_and_duplicates():
    st = State()
    seen = []
    st.events.marks.connect(seen.append)
    a = st.add_mark("h", 0.25)
    st.add_mark("h", 0.25)  # already there: no second copy, no event
    assert len(seen) == 1
    for i in range(MAX_MARKS - 1):
        st.add_mark("v", i)
    with pytest.raises(ValueError, match=f"at most {MAX_MARKS}"):
        st.add_mark("v", 999)
    st.remove_mark(a)
    assert a not in st.marks and len(st.marks) == MAX_MARKS - 1
    st.clear_marks()
    assert st.marks == () and seen[-1] == ()


def test_settings_round_trip_keeps_every_display_setting():
    st = State()
    st.set_layout("grid")
    st.set_theme("contrast")
    st.set_scale("large")
    st.add_mark("h", 0.25, "σ′ max")
    st.add_mark("point", 0, 0.5, "σ(0)")
    again = State()
    assert again.load_dict(st.to_dict()) == []
    assert (again.layout, again.theme, again.scale, again.marks) == (st.layout, st.theme, st.scale, st.marks)


def test_bad_saved_display_settings_are_reported_and_the_rest_loads():
    st = State()
    st.add_mark("v", 1.0)
    problems = st.load_dict(
        {"layout": "tiles", "theme": None, "scale": "large", "marks": [["h", 0.1], ["h", "nan"]], "function": "tanh"}
    )
    assert st.function_id == "tanh" and st.scale == "large"
    assert st.layout == "overlay" and st.theme == "light"
    assert st.marks == (Mark("v", 1.0, None, ""),)  # all-or-nothing: the bad list changed nothing
    assert len(problems) == 3 and any("reference marks" in p for p in problems)
    assert State().load_dict({"marks": "y=0"}) == ["reference marks: not a list"]
