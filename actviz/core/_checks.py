"""One-line ``ValueError`` checks shared by the datasets, training and depth modules."""

from __future__ import annotations

import math
from typing import Any

import numpy as np


def number(value: Any, what: str, lo: float, hi: float, *, open_lo: bool = False) -> float:
    """``value`` as a float in [lo, hi] (or (lo, hi] with ``open_lo``); NaN and bools refused."""
    ok = isinstance(value, (int, float, np.integer, np.floating)) and not isinstance(value, bool)
    v = float(value) if ok else math.nan
    if not ok or not (lo < v <= hi if open_lo else lo <= v <= hi):
        bracket = "(" if open_lo else "["
        raise ValueError(f"{what} must be a number in {bracket}{lo:g}, {hi:g}], got {value!r}")
    return v


def whole(value: Any, what: str, lo: int, hi: int) -> int:
    """``value`` as an int in [lo, hi]; a float that is a whole number is accepted."""
    ok = isinstance(value, (int, np.integer)) and not isinstance(value, bool)
    if not ok and isinstance(value, (float, np.floating)) and float(value).is_integer():
        ok = True
    if not ok or not lo <= value <= hi:
        raise ValueError(f"{what} must be a whole number in [{lo}, {hi}], got {value!r}")
    return int(value)


__all__ = ["number", "whole"]
