"""Reference marks as typed: what is read, what is refused (with one line), and the way back."""

import math

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from actviz.core import get
from actviz.state import Mark, State
from actviz.state.marks import mark_text, parse_mark, point_on_curve, shown_text, value_text

ACCEPTED = [
    ("y=0.25", Mark("h", None, 0.25, "")),
    ("y = 0.25 σ′ max", Mark("h", None, 0.25, "σ′ max")),
    ("  Y=-1e-3  ", Mark("h", None, -0.001, "")),
    ("y=1e12", Mark("h", None, 1e12, "")),
    ("x=0", Mark("v", 0.0, None, "")),
    ("x = −2 left of the kink", Mark("v", -2.0, None, "left of the kink")),
    ("x=.5", Mark("v", 0.5, None, "")),
    ("(0, 0.5) σ(0)", Mark("point", 0.0, 0.5, "σ(0)")),
    ("(1,2)top", Mark("point", 1.0, 2.0, "top")),
    ("0, 0.5", Mark("point", 0.0, 0.5, "")),
    ("-3 , +4 corner", Mark("point", -3.0, 4.0, "corner")),
    ("y=1 two\nlines", Mark("h", None, 1.0, "two lines")),
    ("y=1 " + "a" * 40, Mark("h", None, 1.0, "a" * 40)),
]

REFUSED = [
    ("", "a mark is y=…, x=… or (x, y)"),
    ("   ", "a mark is y=…, x=… or (x, y)"),
    ("garbage", "got 'garbage'"),
    ("y=", "a mark is"),
    ("y=0.25abc", "a mark is"),
    ("z=1", "a mark is"),
    ("x=0, y=1", "a mark is"),
    ("1, 2, 3", "a mark is"),
    ("1, 2 , 3", "a mark is"),
    ("(1, 2", "a mark is"),
    ("1 2", "a mark is"),
    ("y=nan", "finite number"),
    ("x=inf", "finite number"),
    ("(0, -Infinity)", "finite number"),
    ("y=1e400", "got '1e400'"),
    ("y=1.5e12", "within ±1e+12"),
    ("x=1 " + "a" * 41, "at most 40 characters"),
    ("y=1 bell\x07", "printable"),
    ("x" * 10_000, "a mark is"),
]


@pytest.mark.parametrize("text, mark", ACCEPTED)
def test_accepted_marks_read_as_typed_and_read_back_from_their_text(text, mark):
    got = parse_mark(text)
    assert got == mark
    assert parse_mark(mark_text(got)) == got  # the list shows text that can be typed again


@pytest.mark.parametrize("text, fragment", REFUSED)
def test_refused_marks_get_one_line_saying_why(text, fragment):
    with pytest.raises(ValueError) as info:
        parse_mark(text)
    message = str(info.value)
    assert fragment in message
    assert "\n" not in message and len(message) < 200


def test_non_text_is_refused():
    with pytest.raises(ValueError, match="a mark is"):
        parse_mark(None)


def test_text_forms_of_marks():
    assert mark_text(Mark("h", None, 0.25, "σ′ max")) == "y=0.25 σ′ max"
    assert mark_text(Mark("v", -0.0, None, "")) == "x=0"
    assert mark_text(Mark("point", 1e-7, 1.0 / 3.0, "")) == f"(1e-07, {1 / 3!r})"
    assert value_text(Mark("h", None, 0.25, "")) == "y = 0.25"
    assert value_text(Mark("v", -2.0, None, "")) == "x = −2"
    assert value_text(Mark("point", 0.0, 1e12, "")) == "(0, 1e12)"
    assert shown_text(Mark("h", None, 1.0, "tanh′ max")) == "tanh′ max"
    assert shown_text(Mark("h", None, 1.0, "")) == "y = 1"


def test_parsed_marks_go_into_the_state_and_a_scene():
    st = State()
    for text in ("y=0.25 σ′ max", "x=0", "(0, 0.5) σ(0)"):
        st.add_mark(*parse_mark(text).to_list())
    assert st.to_dict()["marks"] == [["h", 0.25, "σ′ max"], ["v", 0.0, ""], ["point", 0.0, 0.5, "σ(0)"]]


def test_a_point_on_the_curve_has_f_at_the_readout_x():
    act = get("sigmoid")
    m = point_on_curve(act, {}, 1.234567)
    assert m.kind == "point" and m.x == 1.2346
    assert m.y == pytest.approx(1 / (1 + math.exp(-1.2346)), rel=1e-15)
    assert m.label == "f(1.2346) = 0.7746"
    relu = get("relu")
    assert point_on_curve(relu, {}, -2.0).y == 0.0


MARKISH = st.one_of(
    st.text(max_size=60),
    st.builds(
        lambda a, v, sp, label: f"{a}{sp}={sp}{v}{sp}{label}",
        st.sampled_from(["x", "y", "X", "z", ""]),
        st.one_of(
            st.floats(allow_nan=True, allow_infinity=True).map(repr), st.sampled_from(["1e400", "−2", ".5", "-"])
        ),
        st.sampled_from(["", " ", "  ", "\t"]),
        st.text(max_size=45),
    ),
    st.builds(
        lambda a, b, label: f"({a}, {b}) {label}",
        st.floats(allow_nan=True).map(repr),
        st.floats(allow_nan=True).map(repr),
        st.text(max_size=45),
    ),
)


@settings(max_examples=400, deadline=None)
@given(MARKISH)
# Escapes make a quoted text far longer than its characters: the message must still be short.
@example("0" * 24 + "\x1f" * 6 + "\x08" + "\U00018cd6\U00018d09\U00018d09\U0001b2fc\U0001dab0" + "\U0002ebe1" * 3)
def test_any_text_is_a_mark_that_reads_back_or_one_line_saying_why(text):
    try:
        mark = parse_mark(text)
    except ValueError as e:
        message = str(e)
        assert message and "\n" not in message and len(message) < 200
        return
    for v in (mark.x, mark.y):
        assert v is None or (math.isfinite(v) and abs(v) <= 1e12)
    assert parse_mark(mark_text(mark)) == mark


@settings(max_examples=60, deadline=None)
@given(st.lists(MARKISH, max_size=3))
def test_the_command_line_takes_marks_or_refuses_them_in_one_line(texts):
    from actviz.cli import UsageError, parse

    argv = ["--mark=" + t for t in texts]
    try:
        opts = parse(argv)
    except UsageError as e:
        assert str(e).startswith("--mark: ") and "\n" not in str(e)
        return
    assert list(opts.state.marks) == list(dict.fromkeys(parse_mark(t) for t in texts))
