"""What each view's exports hold and are called, without Qt: the Function view's CSV on a grid
that prints cleanly, and file names that say which view and set-up a file came from."""

from __future__ import annotations

import csv
import io
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import numpy as np

from actviz.core import get
from actviz.state.model import Overlay


def clean_grid(a: float, b: float, n: int) -> tuple[np.ndarray, int]:
    """``n`` points from ``a`` to ``b``, each rounded to the decimals the step needs (plus
    three, so the spacing stays uniform to 0.1 %): −0.04, not −0.040000000000000036.
    Returns the points and the number of decimals."""
    x = np.linspace(a, b, n)
    step = (b - a) / max(n - 1, 1)
    if not (step > 0 and math.isfinite(step)):
        return x, 17
    decimals = max(0, math.ceil(-math.log10(step)) + 3)
    if decimals > 15:  # a span too narrow for decimals to help: keep the exact points
        return x, 17
    return np.round(x, decimals) + 0.0, decimals  # + 0.0 turns −0.0 into 0.0


def grid_with_kinks(a: float, b: float, n: int, kinks: Iterable[float]) -> np.ndarray:
    """The clean grid, plus every kink as a row of its own; a grid point that a kink falls
    within rounding distance of gives way to the kink."""
    x, _ = clean_grid(a, b, n)
    kinks = np.asarray(sorted(k for k in kinks if a <= k <= b), float)
    if kinks.size:
        tol = (b - a) / max(n - 1, 1) * 1e-6
        near = np.any(np.abs(x[:, None] - kinks[None, :]) <= tol, axis=1)
        x = x[~near]
    return np.union1d(x, kinks)


def function_csv(
    function_id: str,
    params: Mapping[str, Any],
    overlays: Sequence[Overlay],
    shown: Sequence[bool],
    x_range: tuple[float, float],
    n: int = 1001,
) -> str:
    """x, then f, f′, f″ of the live function, then f (and f′ when shown) of each pin; every
    column named after its function as the legend names it (``Leaky ReLU (α=0.2) df``)."""
    act = get(function_id)
    a, b = x_range
    pins = [(ov.label(), get(ov.function_id), ov.param_dict) for ov in overlays]
    kinks = list(act.kinks(**params))
    for _label, pact, pp in pins:
        kinks += list(pact.kinks(**pp))
    x = grid_with_kinks(a, b, n, kinks)
    live = Overlay(function_id, tuple(params.items()), 0).label()
    header = ["x", f"{live} f", f"{live} df", f"{live} d2f"]
    cols = list(act.evaluate_all(x, params))
    for label, pact, pp in pins:  # every pinned curve drawn: f, and f′ when f′ is shown
        if label == live:  # the live function pinned as it is: keep the names apart
            label = f"{label} [pinned]"
        f, df, _ = pact.evaluate_all(x, pp)
        header.append(f"{label} f")
        cols.append(f)
        if shown[1]:
            header.append(f"{label} df")
            cols.append(df)
    # A plain header row and numbers only: pandas.read_csv(path) reads it as it is. Which
    # derivative a kink takes is the PyTorch convention, as the README and the panel say.
    fh = io.StringIO(newline="")
    w = csv.writer(fh)
    w.writerow(header)
    for row in zip(x, *cols):
        w.writerow([repr(float(v)) for v in row])
    return fh.getvalue()


def file_stem(*parts: object) -> str:
    """A file name any OS takes, from the view and its set-up: train-circle, depth-30x64-xavier."""
    text = "-".join(str(p) for p in parts if str(p))
    text = re.sub(r"[^\w.+-]+", "_", text, flags=re.ASCII).strip("._-")
    return text or "actviz"


__all__ = ["clean_grid", "file_stem", "function_csv", "grid_with_kinks"]
