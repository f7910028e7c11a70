"""What a student reads when a formula goes wrong or does something unexpected: the core's
messages point at the place and say what is missing, and the editor's preview says when a
name became a parameter and warns about overflow only where the plot can show it."""

import pytest
from qt_idle import fire_pending

from actviz.core.formula import FormulaError, formula
from actviz.viewmodels.formula_editor import make_preview

pytest.importorskip("sympy")


# ----------------------------------------------------------------------- the core (no Qt)
@pytest.mark.parametrize(
    ("text", "column", "message"),
    [
        ("x^", 2, "the formula ends after '^': something is missing after it"),
        ("x *", 3, "the formula ends after '*': something is missing after it"),
        ("x**", 2, "the formula ends after '**': something is missing after it"),
        ("x ^ ", 3, "the formula ends after '^': something is missing after it"),
        ("2*x -", 5, "the formula ends after '-': something is missing after it"),
        ("where(x > 0, x, 0) and", 20, "the formula ends after 'and'"),
        ("x*(2+)", 5, "something is missing after '+'"),
        ("x +* 2", 4, "something is missing between '+' and '*'"),
        ("x*/2", 3, "something is missing between '*' and '/'"),
        ("*x", 1, "the formula starts with '*': something is missing before it"),
        ("exp(,x)", 5, "something is missing before ','"),
        ("2 3", 3, "two numbers in a row: put an operator such as * between them"),
    ],
)
def test_a_formula_that_stops_or_jumps_says_where_and_what_is_missing(text, column, message):
    with pytest.raises(FormulaError) as info:
        formula(text)
    assert info.value.column == column
    assert str(info.value) == f"column {column}: {message}" or message in str(info.value)
    assert len(str(info.value)) < 90  # one short line, not the list of everything allowed


@pytest.mark.parametrize(
    ("text", "column", "advice"),
    [
        ("sin x", 5, "write sin(x)"),
        ("sin x + 1", 5, "write sin(x)"),
        ("exp 2", 5, "write exp(2)"),
        ("elu x", 5, "write elu(x)"),
    ],
)
def test_a_function_name_without_brackets_is_told_to_use_brackets(text, column, advice):
    with pytest.raises(FormulaError) as info:
        formula(text)
    assert info.value.column == column
    assert advice in str(info.value)
    assert "*" not in str(info.value)  # not "write sin*x"


def test_leading_spaces_are_not_an_indent():
    assert formula("  x - 1").f(3.0) == pytest.approx(2.0)
    with pytest.raises(FormulaError) as info:
        formula("   x +")
    assert info.value.column == 6 and "ends after '+'" in str(info.value)


# ------------------------------------------------------------- the editor's preview (no Qt)
@pytest.mark.parametrize("name", ["y", "z", "t", "x2"])
def test_the_preview_says_when_a_variable_like_name_became_a_parameter(name):
    preview = make_preview(f"x**2 + {name}")
    assert preview.ok
    assert f"Note: {name} is a parameter (a slider), not a variable; did you mean x?" in preview.facts


def test_the_preview_says_nothing_about_ordinary_parameters():
    preview = make_preview("x*sigmoid(beta*x) + a")
    assert not any("did you mean" in line for line in preview.facts)


def test_the_preview_says_when_the_formula_does_not_use_x():
    assert any("does not use x" in line for line in make_preview("y**2").facts)
    assert not any("does not use x" in line for line in make_preview("x*y").facts)


def test_overflow_far_outside_the_plot_is_not_mentioned():
    """x² overflows past 1.3e154 and exp past 709.78: on the default [−5, 5] neither is news."""
    for text in ("x**2", "exp(x)", "x*exp(x)/(x + exp(x))"):
        preview = make_preview(text, (-5.0, 5.0))
        assert preview.ok
        assert not any(line.startswith("Warning") for line in preview.facts), (text, preview.facts)


def test_overflow_and_poles_inside_the_plot_are_mentioned():
    wide = make_preview("exp(x)", (-10.0, 800.0))
    assert any(line.startswith("Warning: f is +inf for x > 709.78") for line in wide.facts)
    log = make_preview("log(x)", (-5.0, 5.0))
    assert any(line.startswith("Warning: f is NaN for x < 0") for line in log.facts)
    pole = make_preview("1/(x - 1)", (-5.0, 5.0))
    assert any("at x = 1" in line for line in pole.facts if line.startswith("Warning"))


# ------------------------------------------------------------------------ the editor (Qt)
@pytest.fixture
def editor(qtbot):
    from actviz.ui import MainWindow, formula_editor

    win = MainWindow()
    win.remember_session = False
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    dlg = formula_editor.open_editor(win)
    yield dlg
    dlg.reject()


def type_text(qtbot, dlg, text, expect=""):
    """Type ``text`` and wait for its result (one whose message or facts hold ``expect``)."""
    dlg.text_edit.clear()
    qtbot.keyClicks(dlg.text_edit, text)
    fire_pending(dlg)  # the debounce ends: as if typing paused
    qtbot.waitUntil(
        lambda: (
            dlg._latest is not None and dlg._latest.text == text and expect in dlg.error_label.text() + dlg.info.text()
        ),
        timeout=20000,
    )


def test_the_editor_shows_where_a_formula_stops(editor, qtbot):
    type_text(qtbot, editor, "x^")
    assert editor.error_label.isVisible()
    assert editor.error_label.text() == "column 2: the formula ends after '^': something is missing after it"
    type_text(qtbot, editor, "sin x", "sin(x)")
    assert editor.error_label.text() == "column 5: a function's argument goes in brackets: write sin(x)"


def test_the_editor_preview_names_the_parameter_and_keeps_far_overflow_quiet(editor, qtbot):
    type_text(qtbot, editor, "x**2 + y")
    assert editor.ready()
    info = editor.info.text()
    assert "y is a parameter (a slider), not a variable; did you mean x?" in info
    assert "Warning" not in info and "1.3408e+154" not in info  # x² overflows only far off the plot
    editor.state.set_x_range(-1.0, 800.0)
    type_text(qtbot, editor, "exp(x)", "Smooth")
    assert "Warning: f is +inf for x > 709.78" in editor.info.text()


def test_the_description_under_the_plot_warns_only_within_the_x_range(qtbot):
    """The Function view's description of a formula follows the x range shown, as the preview does."""
    from actviz.ui import MainWindow

    win = MainWindow()
    win.remember_session = False
    qtbot.addWidget(win)
    st = win.state
    st.set_function(st.define_formula("square", "x**2"))
    win.info.flush()
    assert "Stability" not in win.info.text.text()  # x² overflows only past 1.3e154
    st.set_function(st.define_formula("grow", "exp(x)"))
    assert "Stability" not in win.info.text.text()
    st.set_x_range(-1.0, 800.0)  # now the overflow at 709.78 is on the plot
    qtbot.waitUntil(lambda: "f is +inf for x &gt; 709.78" in win.info.text.text(), timeout=5000)
    st.set_x_range(-5.0, 5.0)
    qtbot.waitUntil(lambda: "Stability" not in win.info.text.text(), timeout=5000)
