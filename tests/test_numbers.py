"""The one number formatter: every style it replaced gives the same text it gave, except where
the old text was wrong (said below), and any real number at all gives one short line."""

import math
import re
import sys
from decimal import Decimal
from fractions import Fraction

import numpy as np
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from actviz.core.numbers import fmt_number
from actviz.state.marks import format_number
from actviz.viewmodels.function import fmt, fmt_short

ANY_FLOAT = st.floats(allow_nan=True, allow_infinity=True, allow_subnormal=True)
FINITE = st.floats(allow_nan=False, allow_infinity=False, allow_subnormal=True)
EDGES = [0.0, -0.0, 5e-324, -5e-324, sys.float_info.min, sys.float_info.max, -sys.float_info.max, 1e-4, 1e-3]
EDGES += [9.9995e-4, 9.99995e-5, 999999.5, 9999.5, 1e6, 1e12, -1e12, 1e16, 0.1 + 0.2, 1 / 3, 2.5, -2.5]


# The formatters this module replaced, as they were, to compare with.
def old_fmt(v, digits=6):
    if v is None or math.isnan(v):
        return "NaN"
    if math.isinf(v):
        return "∞" if v > 0 else "−∞"
    if v == 0:
        return "0"
    a = abs(v)
    s = f"{v:.{digits}g}" if 1e-4 <= a < 1e6 else f"{v:.{max(digits - 2, 1)}e}"
    return s.replace("-", "−")


def old_fmt_short(v, digits=4):
    if v is None or math.isnan(v):
        return "NaN"
    if math.isinf(v):
        return "∞" if v > 0 else "−∞"
    if v == 0:
        return "0"
    a = abs(v)
    if 1e-3 <= a < 10**digits:
        s = f"{v:.{digits}g}"
        if "e" not in s:
            return s.replace("-", "−")
    mant, _, exp = f"{v:.{digits - 1}e}".partition("e")
    if "." in mant:
        mant = mant.rstrip("0").rstrip(".")
    return f"{mant}e{int(exp)}".replace("-", "−")


def old_format_number(v):
    if v == 0:
        return "0"
    s = repr(float(v))
    return s[:-2] if s.endswith(".0") else s


def old_mark_short(v, digits=4):
    if v == 0:
        return "0"
    s = f"{v:.{digits}g}"
    if "e" in s:
        mantissa, _, exponent = s.partition("e")
        s = f"{mantissa}e{int(exponent)}"
    return s.replace("-", "−")


def old_core_fmt(v):  # core/activation.py's _fmt and core/network.py's labels
    if math.isinf(v):
        return "inf" if v > 0 else "-inf"
    return f"{v:g}"


def old_legend_short(v):  # state/model.py's overlay labels
    return "∞" if math.isinf(v) else f"{v:g}"


def mark_short(v, digits=4):
    return fmt_number(v, digits, fixed_from=0)


def core_g(v):
    return fmt_number(v, fixed_from=0, python_exponent=True, ascii=True)


# ------------------------------------------------------------------ same text as before
@given(v=ANY_FLOAT, digits=st.integers(1, 12))
def test_table_and_readout_style_is_unchanged(v, digits):
    assert fmt_short(v, digits) == old_fmt_short(v, digits)


@given(v=ANY_FLOAT)
def test_marks_as_typed_are_unchanged(v):
    assert format_number(v) == old_format_number(v)


@given(v=FINITE, digits=st.integers(1, 12))
def test_mark_values_on_the_plot_are_unchanged(v, digits):
    assert mark_short(v, digits) == old_mark_short(v, digits)


@given(v=ANY_FLOAT)
def test_core_messages_and_labels_are_python_g_except_negative_zero(v):
    expected = "0" if v == 0 else old_core_fmt(v)
    assert core_g(v) == expected


@given(v=ANY_FLOAT, digits=st.integers(2, 12))
def test_messages_are_unchanged_inside_their_fixed_range(v, digits):
    if math.isfinite(v) and v != 0 and not 1e-4 <= abs(v) < 1e6:
        return  # the exponent form changed on purpose: see the next test
    assert fmt(v, digits) == old_fmt(v, digits)


def test_messages_past_the_fixed_range_keep_their_digits():
    # The old form dropped a digit and padded zeros there: 123456.7 was "123457", but
    # 1234567 was "1.2346e+06" and 1e-5 was "1.0000e−05".
    assert old_fmt(1234567.0) == "1.2346e+06" and old_fmt(1e-5) == "1.0000e−05"
    assert fmt(1234567.0) == "1.23457e+06"
    assert fmt(1e-5) == "1e−05"
    assert fmt(-1.5e-7) == "−1.5e−07"
    assert fmt(1e12) == "1e+12"
    assert fmt(123456.7) == "123457"


def test_legend_parameters_are_written_like_the_live_function():
    # The old legend wrote −1 with a hyphen (the live label's −1 has a real minus sign), −∞ as ∞.
    assert old_legend_short(-math.inf) == "∞" and old_legend_short(-0.5) == "-0.5"
    from actviz.state.model import _short
    from actviz.viewmodels.function import param_summary

    assert _short(-0.5) == "−0.5"
    assert _short(-math.inf) == "−∞" and _short(math.inf) == "∞"
    assert _short(-0.0) == "0" and _short(3) == "3"
    from actviz.core import get

    assert param_summary(get("elu"), {"alpha": -0.5}) == "α = −0.5"


# ------------------------------------------------------------------ any number at all
STYLES = [
    {},
    {"digits": 4, "fixed_from": 1e-3},
    {"digits": 4, "fixed_from": 0},
    {"digits": None, "ascii": True, "python_exponent": True},
    {"fixed_from": 0, "ascii": True, "python_exponent": True},
    {"digits": 1},
    {"digits": 17, "fixed_below": 1e300},
]


def parse(text: str) -> Decimal:
    return Decimal(text.replace("−", "-"))


@pytest.mark.parametrize("style", STYLES, ids=str)
@given(v=FINITE)
def test_finite_numbers_read_back_within_their_digits(style, v):
    text = fmt_number(v, **style)
    assert text and "\n" not in text and " " not in text
    assert len(text) <= 26
    digits = style.get("digits", 6)
    if v == 0:
        assert text == "0"
        return
    if digits is None:
        assert float(parse(text)) == v
        return
    exact = Decimal(v)
    exponent = math.floor(math.log10(abs(v)))
    if abs(exact) >= Decimal(10) ** (exponent + 1):  # log10 rounded up at a power of ten
        exponent += 1
    tolerance = Decimal(5) * Decimal(10) ** (exponent - digits)
    assert abs(parse(text) - exact) <= tolerance, (v, text)


@pytest.mark.parametrize("style", STYLES, ids=str)
@given(v=FINITE)
@example(v=1e6)
@example(v=2.5e-8)
@example(v=120.0)
def test_no_padding_zeros_and_one_minus_sign(style, v):
    text = fmt_number(v, **style)
    mantissa = text.partition("e")[0]
    if style.get("digits", 6) is not None and "." in mantissa:
        assert not mantissa.endswith("0") and not mantissa.endswith("."), text
    minus = "-" if style.get("ascii") else "−"
    other = "−" if minus == "-" else "-"
    assert other not in text
    assert text.count(minus) <= 2
    if "e" in text:
        exponent = text.partition("e")[2]
        assert re.fullmatch(r"[+-]\d\d+" if style.get("python_exponent") else r"−?\d+", exponent), text


@pytest.mark.parametrize("style", STYLES, ids=str)
def test_nan_infinities_and_negative_zero(style):
    ascii_ = style.get("ascii", False)
    assert fmt_number(math.nan, **style) == ("nan" if ascii_ else "NaN")
    assert fmt_number(None, **style) == ("nan" if ascii_ else "NaN")
    assert fmt_number(math.inf, **style) == ("inf" if ascii_ else "∞")
    assert fmt_number(-math.inf, **style) == ("-inf" if ascii_ else "−∞")
    assert fmt_number(-0.0, **style) == "0"
    assert fmt_number(np.float32(-0.0), **style) == "0"


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (float("1e400"), "∞"),
        (float("-1e400"), "−∞"),
        (10**400, "∞"),
        (-(10**400), "−∞"),
        (Decimal("1e400"), "∞"),
        (Decimal("-1e400"), "−∞"),
        (Fraction(10**400, 3), "∞"),
        (Decimal("1e-400"), "0"),  # below the smallest float: reads as zero, as float() does
        (5e-324, "4.94066e−324"),
        (sys.float_info.max, "1.79769e+308"),
        (-sys.float_info.min, "−2.22507e−308"),
        (np.float32(0.1), "0.1"),
        (np.int64(-7), "−7"),
        (True, "1"),
    ],
)
def test_values_past_the_float_range_tiny_and_huge(value, text):
    assert fmt_number(value, python_exponent=True) == text


def test_huge_and_tiny_in_every_style():
    for v in EDGES:
        for style in STYLES:
            text = fmt_number(v, **style)
            assert text and len(text) <= 26, (v, style, text)


def test_fixed_range_is_used_when_the_digits_allow_it():
    assert fmt_number(0.00045, 4, fixed_from=0) == "0.00045"
    assert fmt_number(0.00045, 4, fixed_from=1e-3) == "4.5e−4"
    assert fmt_number(9999.5, 4) == "1e4"  # rounds into the exponent form
    assert fmt_number(1234.0, 4) == "1234"
    assert fmt_number(1234567.0, 8, fixed_below=1e6) == "1.234567e6"
    assert fmt_number(2.0, None) == "2"
    assert fmt_number(1e-7, None) == "1e−7"


def test_digits_must_be_positive():
    with pytest.raises(ValueError, match="at least 1"):
        fmt_number(1.0, 0)
