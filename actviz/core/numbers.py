"""Numbers as text: the one formatter behind every number the app writes.

Messages, tooltips, table cells, the readout, labels on the plot, legends and marks as typed
all call :func:`fmt_number`; they differ only in its parameters:

=====================================  ========================================================
``fmt_number(v)``                      messages and tooltips: 6 significant digits, ``1.5e−05``
``fmt_number(v, 4, fixed_from=1e-3)``  table cells and readout: ``−4.5e−4``, never ``−0.000…``
``fmt_number(v, 4, fixed_from=0)``     mark values drawn on the plot: ``0.00045``, ``1e12``
``fmt_number(v, None, ascii=True,``    text that reads back to the same float: ``1e-07``
``python_exponent=True)``
``fmt_number(v, ascii=True,``          core messages and labels, as Python's ``f"{v:g}"``
``fixed_from=0, python_exponent=True)``
=====================================  ========================================================

Whatever the parameters: NaN (and None) is ``NaN``, infinities are ``∞`` and ``−∞``, and zero,
negative zero included, is ``0``. With ``ascii=True`` those are ``nan``, ``inf``, ``-inf`` and
the minus sign is ``-``; otherwise it is the real minus sign ``−``. No Qt here.
"""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction
from typing import SupportsFloat

Number = SupportsFloat | int | Decimal | Fraction


def fmt_number(
    v: Number | None,
    digits: int | None = 6,
    *,
    fixed_from: float = 1e-4,
    fixed_below: float | None = None,
    python_exponent: bool = False,
    ascii: bool = False,
) -> str:
    """``v`` as text.

    Parameters
    ----------
    v : real number or None
        Any real number (a float, an int, a numpy scalar, a Decimal or a Fraction); one too
        large for a float (``10**400``) is written as an infinity.
    digits : int or None
        Significant digits, at least 1; trailing zeros are dropped. None: the shortest text
        that reads back to the same float (``repr``), ``1`` rather than ``1.0``.
    fixed_from, fixed_below : float
        Magnitudes in ``[fixed_from, fixed_below)`` are written without an exponent when
        ``digits`` significant digits allow it; ``fixed_below`` defaults to ``10**digits``.
        Others are written as a mantissa and a power of ten. (Ignored when ``digits`` is None:
        then Python's ``repr`` decides.)
    python_exponent : bool
        Write the exponent as Python does (``e+06``, ``e-05``) rather than short (``e6``, ``e−5``).
    ascii : bool
        ``-``, ``inf`` and ``nan`` rather than ``−``, ``∞`` and ``NaN``.

    Returns
    -------
    str
        One line, never empty.
    """
    minus = "-" if ascii else "−"
    if v is None:
        return "nan" if ascii else "NaN"
    try:
        f = float(v)
    except OverflowError:  # an int, Decimal or Fraction past the float range
        f = math.inf if v > 0 else -math.inf  # type: ignore[operator]
    if math.isnan(f):
        return "nan" if ascii else "NaN"
    if math.isinf(f):
        return ("inf" if ascii else "∞") if f > 0 else minus + ("inf" if ascii else "∞")
    if f == 0:
        return "0"
    if digits is None:
        text = repr(f)
        if text.endswith(".0"):
            text = text[:-2]
    else:
        if digits < 1:
            raise ValueError(f"digits must be at least 1, got {digits}")
        hi = 10.0**digits if fixed_below is None else fixed_below
        text = f"{f:.{digits}g}" if fixed_from <= abs(f) < hi else ""
        if not text or "e" in text:  # out of the fixed range, or rounded into "g"'s exponent form
            mantissa, _, exponent = f"{f:.{digits - 1}e}".partition("e")
            if "." in mantissa:
                mantissa = mantissa.rstrip("0").rstrip(".")
            text = f"{mantissa}e{exponent}"
    if "e" in text and not python_exponent:
        mantissa, _, exponent = text.partition("e")
        text = f"{mantissa}e{int(exponent)}"
    return text if ascii else text.replace("-", minus)


__all__ = ["fmt_number"]
