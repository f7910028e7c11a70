"""The function view's model: state in, what to draw out. No Qt.

``PlotView`` asks this module what to draw and only pushes the answer to pyqtgraph, so every
decision here (the automatic y range, which kink dots to show, the exact values under the
mouse or in the probe table) is tested without a window.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from actviz.core import Activation, Samples
from actviz.core.numbers import fmt_number
from actviz.state.model import MAX_ABS_COORD

Y_PAD = 0.06  # automatic y range: 6 % margin above and below the data
# The automatic y range never goes beyond what a fixed y range may be, so the greyed y boxes
# and the axis always agree; values past it run off the plot (the readout gives them exactly).
Y_LIMIT = MAX_ABS_COORD


def fmt(v: float | None, digits: int = 6) -> str:
    """A number for messages and tooltips: ``digits`` significant digits, no float noise, real
    minus signs, Python's exponent past 10⁶ and below 10⁻⁴ (``1.5e−05``)."""
    return fmt_number(v, digits, python_exponent=True)


def fmt_short(v: float | None, digits: int = 4) -> str:
    """A number in at most ``digits`` significant digits and about 8 characters, for table
    cells and the readout: ``−4.5e−4`` (never ``−0.000…``, which reads as zero), ``1e−9``,
    ``−7.49e5``, ``0.2689``, ``1234``."""
    return fmt_number(v, digits, fixed_from=1e-3)


@dataclass(frozen=True)
class ReadoutRow:
    """One curve's values under the mouse: a label, a colour key and (name, value) pairs."""

    label: str
    color: str
    values: tuple[tuple[str, float], ...]


def readout_rows(
    act: Activation,
    params: Mapping[str, Any],
    shown: Sequence[bool],
    overlays: Sequence[tuple[str, Activation, Mapping[str, Any], str]],
    x: float,
    curve_colors: Sequence[str],
) -> list[ReadoutRow]:
    """Values of every visible curve at ``x``: the live function's shown orders, then each
    pinned function's f (and f′ when f′ is shown). Exact values, not read off the drawing."""
    names = ("f", "f′", "f″")
    vals = values_at(act, params, x)
    rows = [ReadoutRow("", curve_colors[0], tuple((names[i], vals[i]) for i in range(3) if shown[i]))]
    for label, ov_act, ov_params, color in overlays:
        f, df, _ = values_at(ov_act, ov_params, x)
        rows.append(ReadoutRow(label, color, (("f", f), ("f′", df)) if shown[1] else (("f", f),)))
    return rows


def grid_shape(n: int) -> tuple[int, int]:
    """(rows, columns) for ``n`` small multiples: as square as possible, wider than tall."""
    n = max(int(n), 1)
    cols = math.ceil(math.sqrt(n))
    return math.ceil(n / cols), cols


def param_summary(act: Activation, params: Mapping[str, Any]) -> str:
    """``α = 0.06`` (every parameter, by its symbol): what the room must be able to read."""
    parts = []
    for prm in act.params:
        v = params.get(prm.name, prm.default)
        text = fmt(v, 4) if isinstance(v, float) else str(v)
        parts.append(f"{prm.symbol} = {text}")
    return ",  ".join(parts)


def values_at(act: Activation, params: Mapping[str, Any], x: float) -> tuple[float, float, float]:
    """f, f′ and f″ at one x, exactly (not interpolated from the drawn samples)."""
    f, df, d2f = act.evaluate_all(np.float64(x), params)
    return float(f), float(df), float(d2f)


def values_table(
    act: Activation, params: Mapping[str, Any], xs: Sequence[float]
) -> list[tuple[float, float, float, float]]:
    """Rows of (x, f, f′, f″) for the probe table and the readout."""
    if not xs:
        return []
    f, df, d2f = act.evaluate_all(np.asarray(xs, dtype=np.float64), params)
    return [(float(x), float(a), float(b), float(c)) for x, a, b, c in zip(xs, f, df, d2f)]


@dataclass(frozen=True)
class KinkDots:
    """Where to draw kink markers. Each entry is ``(x, y, order)``; order picks the colour."""

    filled: tuple[tuple[float, float, int], ...] = ()
    hollow: tuple[tuple[float, float, int], ...] = ()


def kink_dots(samples: Samples, shown: Sequence[bool]) -> KinkDots:
    """Filled dot at the value taken at a kink, hollow dots at one-sided limits that differ.

    Only kinks where the drawn curve of that order actually jumps or bends get dots; a dot
    whose value or limits are not finite is left out (it could not be placed).
    """
    filled: list[tuple[float, float, int]] = []
    hollow: list[tuple[float, float, int]] = []
    for k in samples.kinks:
        for i in range(3):
            if not shown[i] or not k.jumps(i):
                continue
            v, left, right = k.value[i], k.left[i], k.right[i]
            if not all(map(math.isfinite, (v, left, right))):
                continue
            filled.append((k.x, v, i))
            tol = 1e-12 * max(1.0, abs(v))
            for lim in sorted({left, right}):
                if abs(lim - v) > tol:
                    hollow.append((k.x, lim, i))
    return KinkDots(tuple(filled), tuple(hollow))


def data_extent(arrays: Iterable[np.ndarray]) -> tuple[float, float] | None:
    """(min, max) of the finite values of all arrays, or None if there are none."""
    lo, hi = math.inf, -math.inf
    for a in arrays:
        a = np.asarray(a)
        fin = a[np.isfinite(a)]
        if fin.size:
            lo, hi = min(lo, float(fin.min())), max(hi, float(fin.max()))
    return None if lo > hi else (lo, hi)


PIN_ROOM = 0.5  # pinned curves may widen the automatic y range by half the live span each way
# ... and up to a whole live span on a side where the pinned function is bounded: tanh's −1
# beside sigmoid is a fact about tanh worth showing whole, while ReLU's open top is not.
BOUNDED_PIN_ROOM = 1.0


def fit_extent(
    live: tuple[float, float] | None,
    pinned: tuple[float, float] | None,
    bounded: tuple[bool, bool] = (False, False),
) -> tuple[float, float] | None:
    """The y extent to fit: all of the live function, and pinned curves only as far as they
    leave the live function a good share of the plot's height (ReLU pinned beside sigmoid must
    not squash sigmoid into the bottom fifth; it runs off the top instead). ``bounded`` says,
    for the low and the high side, whether every pinned curve reaching past the live function
    there is bounded on that side (tanh at −1): such a side gets more room, so it is seen whole."""
    if live is None:
        return pinned
    if pinned is None:
        return live
    lo, hi = live
    span = max(hi - lo, 1e-12 * max(1.0, abs(lo), abs(hi)))
    room_lo = (BOUNDED_PIN_ROOM if bounded[0] else PIN_ROOM) * span
    room_hi = (BOUNDED_PIN_ROOM if bounded[1] else PIN_ROOM) * span
    return min(lo, max(pinned[0], lo - room_lo)), max(hi, min(pinned[1], hi + room_hi))


def pinned_extent(
    pinned: Iterable[np.ndarray], bounds: Iterable[tuple[bool, bool]] | None = None
) -> tuple[tuple[float, float] | None, tuple[bool, bool]]:
    """The extent of the pinned curves, and whether its low and high ends come from curves
    bounded on that side (``bounds`` pairs each array with its function's (below, above))."""
    arrays = list(pinned)
    ext = data_extent(arrays)
    if ext is None or bounds is None:
        return ext, (False, False)
    bounds = list(bounds)
    low_ok = high_ok = True
    for a, (below, above) in zip(arrays, bounds, strict=False):
        part = data_extent([a])
        if part is None:
            continue
        if part[0] <= ext[0] and not below:
            low_ok = False
        if part[1] >= ext[1] and not above:
            high_ok = False
    return ext, (low_ok, high_ok)


def padded(lo: float, hi: float, limit: float = Y_LIMIT) -> tuple[float, float]:
    """The data extent with a margin, rounded outward to a round step (so the y boxes read
    −1.3 … 4.3, not −1.299289058 … 4.299959758), clamped to ±limit; never a zero-height range.

    Works for any finite input, including values near the float limits: they are clamped
    first, so no arithmetic here can overflow.
    """
    lo = min(max(lo, -limit), limit)
    hi = min(max(hi, -limit), limit)
    span = hi - lo
    if span <= 1e-12 * max(1.0, abs(lo), abs(hi)):
        half = 0.5 * max(1.0, abs(lo))
        lo, hi = lo - half, hi + half
    else:
        lo, hi = lo - Y_PAD * span, hi + Y_PAD * span
    step = 10.0 ** (math.floor(math.log10(hi - lo)) - 1)
    r_lo, r_hi = math.floor(lo / step) * step, math.ceil(hi / step) * step
    if r_lo < r_hi:
        lo, hi = r_lo, r_hi
    lo, hi = max(lo, -limit), min(hi, limit)
    if not lo < hi:  # both clamped to the same edge: show the band just inside it
        lo, hi = (limit - 1.0, limit) if lo > 0 else (-limit, -limit + 1.0)
    return lo, hi


@dataclass(frozen=True)
class Envelope:
    """The min/max of a curve per pixel column: what a curve denser than the pixels looks like.

    ``x`` holds the column centres; ``upper`` and ``lower`` the largest and smallest finite
    value in each column (NaN where a column has none).
    """

    x: np.ndarray
    upper: np.ndarray
    lower: np.ndarray

    def outline(self) -> tuple[np.ndarray, np.ndarray]:
        """One closed polyline: the upper edge left to right, then the lower edge back."""
        return np.concatenate([self.x, self.x[::-1]]), np.concatenate([self.upper, self.lower[::-1]])


def needs_envelope(n_samples: int, width_px: int) -> bool:
    """More samples than pixel columns: the polyline would zig-zag inside single columns, and
    painting that with a thick pen costs seconds while showing nothing more than its envelope.
    Every catalog function but a fast oscillation over a wide range stays far below this."""
    return n_samples > width_px


def envelope(x: np.ndarray, y: np.ndarray, x_range: tuple[float, float], width_px: int) -> Envelope:
    """Reduce sorted samples to their min/max per pixel column."""
    x0, x1 = x_range
    width_px = max(int(width_px), 1)
    pos = (np.asarray(x, dtype=np.float64) - x0) * (width_px / (x1 - x0))
    cols = np.clip(np.floor(pos), 0, width_px - 1).astype(np.int64)
    yf = np.where(np.isfinite(y), y, np.nan)
    starts = np.flatnonzero(np.r_[True, cols[1:] != cols[:-1]])
    with np.errstate(invalid="ignore"):  # an all-NaN column stays NaN: a gap, as it should
        upper = np.fmax.reduceat(yf, starts)
        lower = np.fmin.reduceat(yf, starts)
    centres = x0 + (cols[starts] + 0.5) * ((x1 - x0) / width_px)
    return Envelope(centres, upper, lower)


# Extra samples per pixel column for an envelope: stratified with a fixed jitter, so a fast
# oscillation's peaks are found without the moiré that evenly spaced samples would alias into,
# and the same view always gives the same picture.
ENVELOPE_SAMPLES = 16
_JITTER = np.random.default_rng(20261123).random(ENVELOPE_SAMPLES * 8192)


def dense_envelope(
    act: Activation,
    params: Mapping[str, Any],
    order: int,
    x: np.ndarray,
    y: np.ndarray,
    x_range: tuple[float, float],
    width_px: int,
) -> Envelope:
    """The per-column envelope of order ``order``, from the drawn samples ``(x, y)`` (which hold
    every kink and jump) plus ``ENVELOPE_SAMPLES`` jittered evaluations in every column."""
    x0, x1 = x_range
    n = max(int(width_px), 1) * ENVELOPE_SAMPLES
    jitter = _JITTER[:n] if n <= _JITTER.size else np.resize(_JITTER, n)
    extra = x0 + (np.arange(n) + jitter) * ((x1 - x0) / n)
    extra = np.clip(extra, x0, x1)
    ye = act.evaluate(extra, order, params)
    xs = np.concatenate([np.asarray(x, dtype=np.float64), extra])
    ys = np.concatenate([np.asarray(y, dtype=np.float64), np.asarray(ye, dtype=np.float64)])
    idx = np.argsort(xs, kind="stable")
    return envelope(xs[idx], ys[idx], x_range, width_px)


def band_segments(env: Envelope, half_height: float, y_view: tuple[float, float]) -> tuple[np.ndarray, np.ndarray]:
    """The envelope as one vertical segment per pixel column, for a polyline that is cut
    after every segment (NaN separators, drawn with ``connect="finite"``).

    Each segment is widened by ``half_height`` (data units) above and below, so a column where
    the curve is flat still shows as a line as thick as the pen. Columns with no finite value
    are left out; the rest are clipped to one view height beyond ``y_view`` on either side, so
    no coordinate near the float limits ever reaches the painter.
    """
    keep = np.isfinite(env.upper) & np.isfinite(env.lower)
    n = int(keep.sum())
    y0, y1 = y_view
    span = y1 - y0
    lo = np.clip(env.lower[keep] - half_height, y0 - span, y1 + span)
    hi = np.clip(env.upper[keep] + half_height, y0 - span, y1 + span)
    xs = np.empty(3 * n)
    ys = np.empty(3 * n)
    xs[0::3] = xs[1::3] = env.x[keep]
    xs[2::3] = np.nan
    ys[0::3], ys[1::3], ys[2::3] = lo, hi, np.nan
    return xs, ys


@dataclass
class AutoY:
    """The automatic y range, with hysteresis so the axes stay still while a slider moves.

    While input continues, the range only grows (with headroom on the side that moved) or
    shrinks when the data fills less than half of it; :meth:`tight` gives the snug fit to apply
    once input pauses.
    """

    current: tuple[float, float] | None = None
    last_extent: tuple[float, float] | None = None

    def reset(self) -> None:
        self.current = None

    def update(
        self,
        arrays: Iterable[np.ndarray],
        pinned: Iterable[np.ndarray] = (),
        bounds: Iterable[tuple[bool, bool]] | None = None,
    ) -> tuple[tuple[float, float] | None, bool]:
        """Fold in the drawn data (the live curves, then the pinned ones, each with whether its
        function is bounded below and above). Returns (range to apply now or None, tighten
        later?)."""
        pin_ext, bounded = pinned_extent(pinned, bounds)
        ext = fit_extent(data_extent(arrays), pin_ext, bounded) or (-1.0, 1.0)
        self.last_extent = ext
        lo, hi = padded(*ext)
        cur = self.current
        if cur is None:
            self.current = (lo, hi)
            return self.current, False
        c_lo, c_hi = cur
        if c_lo <= lo and hi <= c_hi:
            if (hi - lo) > 0.5 * (c_hi - c_lo):
                return None, True  # fits: keep the axes still, fit tightly when input pauses
            self.current = (lo, hi)  # the data shrank to under half the view: fit it now
            return self.current, True
        extra = 0.25 * (hi - lo)
        new_lo = max(lo - extra, -Y_LIMIT) if lo < c_lo else c_lo
        new_hi = min(hi + extra, Y_LIMIT) if hi > c_hi else c_hi
        self.current = (new_lo, new_hi)
        return self.current, True

    def tight(self) -> tuple[float, float] | None:
        """The snug range for the last data, if it differs from the current one."""
        if self.last_extent is None:
            return None
        t = padded(*self.last_extent)
        if t == self.current:
            return None
        self.current = t
        return t


__all__ = [
    "Y_LIMIT",
    "Y_PAD",
    "AutoY",
    "Envelope",
    "KinkDots",
    "ReadoutRow",
    "band_segments",
    "data_extent",
    "dense_envelope",
    "edge_room",
    "envelope",
    "fit_extent",
    "fmt",
    "fmt_short",
    "grid_shape",
    "kink_dots",
    "needs_envelope",
    "padded",
    "param_summary",
    "pinned_extent",
    "readout_rows",
    "values_at",
    "values_table",
]


def edge_room(rng: tuple[float, float], height_px: float, edge_px: float) -> tuple[float, float]:
    """``rng`` widened so that ``edge_px`` pixels of a ``height_px`` tall view stay free above
    and below it; unchanged when the view is too short to spare them."""
    lo, hi = rng
    usable = height_px - 2 * edge_px
    if usable < 20 or not hi > lo:
        return rng
    extra = (hi - lo) * edge_px / usable
    return lo - extra, hi + extra
