"""Plot-ready samples of f, f′ and f″ over a visible range, exact at kinks and at any zoom.

The sampler splits the range at every kink, so corners are samples and never fall between
samples. Each piece is then either linear (two end points suffice) or sampled adaptively: a
segment is split while the curve's midpoint is more than a fraction of a pixel away from the
chord. At a kink the arrays hold the left limit and then the right limit at the same x, so a
jump is a vertical pair of points that a renderer can leave unconnected; the value the
function actually takes there (PyTorch's convention) is reported separately.

Any finite range works without a floating-point warning, also where the values run past the
float range (e.g. eˣ over [700, 800]): those samples are +inf or -inf, never NaN, and the
renderer leaves the segments that touch them unconnected.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

from actviz.core.activation import Activation, Array

# (3, n): f, f′ and f″ at n points.
Rows = npt.NDArray[np.floating[Any]]
Evaluator = Callable[[Array], Rows]

# A segment is fine when the curve strays from its chord by less than this many pixels.
TOLERANCE_PX = 0.2
# ... or when it is already narrower than this (no point splitting inside one pixel column).
MIN_SEGMENT_PX = 0.5
INITIAL_SPACING_PX = 12.0
MAX_ROUNDS = 24
_FLOAT_MAX = float(np.finfo(np.float64).max)


@dataclass(frozen=True)
class KinkPoint:
    """What happens at one kink: the value taken and the two one-sided limits.

    Each of ``value``, ``left`` and ``right`` is a tuple ``(f, f′, f″)``.
    """

    x: float
    value: tuple[float, float, float]
    left: tuple[float, float, float]
    right: tuple[float, float, float]

    def jumps(self, order: int, tol: float = 1e-12) -> bool:
        """Whether derivative ``order`` is discontinuous here (left ≠ right, or a hole).

        The limits are evaluated one float step away from the kink, so they carry an error of
        about f^(order+1) · ulp(x); ``tol`` (relative, with a floor of 1) absorbs that.
        """
        a, b, v = self.left[order], self.right[order], self.value[order]
        if any(math.isnan(t) for t in (a, b, v)):
            return False
        scale = tol * max(1.0, abs(a), abs(b), abs(v))
        return abs(a - b) > scale or abs(a - v) > scale or abs(b - v) > scale


@dataclass(frozen=True)
class Samples:
    """Plot-ready arrays; ``x`` is shared by ``y[0]`` (f), ``y[1]`` (f′) and ``y[2]`` (f″)."""

    x: Array
    y: tuple[Array, Array, Array]
    kinks: tuple[KinkPoint, ...]
    # (i, kink) for interior kinks: x[i] == x[i+1] is the kink (left limit, then right limit)
    _breaks: tuple[tuple[int, KinkPoint], ...] = field(repr=False)

    @property
    def f(self) -> Array:
        """f at :attr:`x`."""
        return self.y[0]

    @property
    def df(self) -> Array:
        """f′ at :attr:`x`."""
        return self.y[1]

    @property
    def d2f(self) -> Array:
        """f″ at :attr:`x`."""
        return self.y[2]

    def connect(self, order: int) -> npt.NDArray[np.bool_]:
        """For pyqtgraph's ``connect=``: False where point i must not join point i+1.

        Segments across a jump of this derivative are cut, as are segments touching a
        non-finite value, so no slanted line is ever drawn across a discontinuity.
        """
        y = self.y[order]
        c = np.isfinite(y)
        c[:-1] &= c[1:]
        for i, k in self._breaks:
            if k.jumps(order):
                c[i] = False
        c[-1] = False
        return c


def sample(
    act: Activation,
    params: Mapping[str, Any] | None,
    x_range: tuple[float, float],
    width_px: int,
    *,
    height_px: int | None = None,
    y_range: tuple[float, float] | None = None,
    orders: tuple[int, ...] = (0, 1, 2),
) -> Samples:
    """Sample ``act`` over ``x_range`` for a plot ``width_px`` pixels wide.

    Parameters
    ----------
    act : Activation
        The function (from :func:`actviz.core.get`).
    params : mapping, optional
        Its parameters; validated, defaults filled in.
    x_range : (float, float)
        The visible interval [a, b]; finite, with a < b.
    width_px : int
        The plot's width in pixels; sampling is pixel-exact at this width.
    height_px : int, optional
        The plot's height in pixels (default: 0.6 × width), for the vertical tolerance.
    y_range : (float, float), optional
        The visible y interval; by default the extent of the sampled curves (autoscale).
    orders : tuple of int
        Which of f (0), f′ (1) and f″ (2) drive the refinement. All three are returned.

    Returns
    -------
    Samples
        Shared x, the three y arrays, and a :class:`KinkPoint` for every kink in [a, b].
        A kink at an end of the range bounds the range's only piece there: the end sample
        holds the limit from inside the range, and the value at the kink is in ``kinks``.
    """
    resolved = act.resolve(**(params or {}))
    a, b = (float(v) for v in x_range)
    if not (math.isfinite(a) and math.isfinite(b)) or not a < b:
        raise ValueError(f"x range must be finite with min < max, got [{a:g}, {b:g}]")
    if width_px < 1:
        raise ValueError(f"width must be at least 1 pixel, got {width_px}")
    height = float(height_px) if height_px else 0.6 * width_px

    def ev(xs: Array) -> Rows:
        return np.stack(act.evaluate_all(xs, resolved))

    kinks = [k for k in act.kinks_resolved(resolved) if a <= k <= b]
    interior = [k for k in kinks if a < k < b]
    edges = [a, *interior, b]
    # Pixels per x unit; a range only a few subnormals wide would make it inf.
    x_scale = min(width_px / _width(a, b), _FLOAT_MAX)

    # Seed grid per piece; x = 0 is always a seed, since that is where most shapes happen.
    pieces: list[Array] = []
    for lo, hi in itertools.pairwise(edges):
        if act.piecewise_linear:
            xs = np.array([lo, hi])
        else:
            n = max(2, math.ceil(_width(lo, hi) * x_scale / INITIAL_SPACING_PX) + 1)
            xs = _linspace(lo, hi, n)
            if lo < 0.0 < hi:
                xs = np.unique(np.append(xs, 0.0))
        pieces.append(xs)

    # One batched evaluation for every seed, every kink and the points either side of each
    # kink (for the one-sided limits): a few numpy calls instead of several per piece.
    kx = np.array(kinks, dtype=float)
    lx1, lx2 = _beside(kx, -1)
    rx1, rx2 = _beside(kx, +1)
    sizes = [len(xs) for xs in pieces]
    allx = np.concatenate([*pieces, kx, lx1, lx2, rx1, rx2])
    ally = ev(allx)
    nk = len(kx)
    off = sum(sizes)
    k_val = ally[:, off : off + nk]
    left = _extrapolate(kx, lx1, lx2, ally[:, off + nk : off + 2 * nk], ally[:, off + 2 * nk : off + 3 * nk])
    right = _extrapolate(kx, rx1, rx2, ally[:, off + 3 * nk : off + 4 * nk], ally[:, off + 4 * nk : off + 5 * nk])

    # A piece's ends at kinks take the one-sided limits from inside the piece (also at the
    # ends of the range: a kink there must not pull its own value into the piece).
    index = {k: j for j, k in enumerate(kinks)}
    ys_pieces = []
    start = 0
    for i, n in enumerate(sizes):
        ys = ally[:, start : start + n].copy()
        start += n
        lo, hi = edges[i], edges[i + 1]
        if lo in index:
            ys[:, 0] = right[:, index[lo]]
        if hi in index:
            ys[:, -1] = left[:, index[hi]]
        ys_pieces.append(ys)

    x = np.concatenate(pieces)
    y = np.concatenate(ys_pieces, axis=1)
    if not act.piecewise_linear:
        # All pieces refine together, one evaluation per round; the zero-width step at each
        # kink (left limit, right limit) is never split, so pieces cannot bleed into each other.
        y_scale = _y_scale(ys_pieces, orders, height, y_range)
        x, y = _refine(x, y, ev, x_scale, y_scale, orders)
    kink_index = np.searchsorted(x, interior, side="left")  # x[i] == x[i+1] == kink

    kinks_out = [
        KinkPoint(k, _triple(k_val[:, j]), _triple(left[:, j]), _triple(right[:, j])) for j, k in enumerate(kinks)
    ]
    breaks = tuple((int(i), kinks_out[index[k]]) for i, k in zip(kink_index, interior))
    return Samples(x, (y[0], y[1], y[2]), tuple(kinks_out), breaks)


def _triple(column: Array) -> tuple[float, float, float]:
    f, df, d2f = (float(v) for v in column)
    return f, df, d2f


def _width(lo: float, hi: float) -> float:
    """hi − lo, or (as a last resort) its float max when the true width exceeds the float range.

    Pixel counts only need a rough width; capping keeps them finite, so a range such as
    [−1.7e308, 1.7e308] still gets its seeds.
    """
    w = hi - lo  # Python floats: an overflow gives inf, never a warning
    return w if math.isfinite(w) else _FLOAT_MAX


def _linspace(lo: float, hi: float, n: int) -> Array:
    """np.linspace, also for end points further apart than the largest float."""
    if math.isfinite(hi - lo):
        return np.linspace(lo, hi, n)
    return 2.0 * np.linspace(0.5 * lo, 0.5 * hi, n)  # halving such large numbers is exact


def _midpoints(lo: Array, hi: Array) -> Array:
    """(lo + hi)/2 elementwise, without overflow when lo + hi would pass the float range."""
    with np.errstate(over="ignore", invalid="ignore"):
        mid: Array = 0.5 * (lo + hi)
    bad = ~np.isfinite(mid) & np.isfinite(lo) & np.isfinite(hi)
    if bad.any():
        mid[bad] = 0.5 * lo[bad] + 0.5 * hi[bad]
    return mid


def _beside(k: Array, side: int) -> tuple[Array, Array]:
    """The nearest and next-nearest floats to each kink on one side."""
    direction = np.inf if side > 0 else -np.inf
    with np.errstate(over="ignore"):  # beside the largest float lies inf, where the tails answer
        x1 = np.nextafter(k, direction)
        return x1, np.nextafter(x1, direction)


def _extrapolate(k: Array, x1: Array, x2: Array, y1: Rows, y2: Rows) -> Rows:
    """One-sided limits at k from the values one and two floats away on that side.

    Linear extrapolation back to k removes the O(ulp) slope error, so e.g. ReLU's right limit
    at 0 is exactly 0, not 5e−324. Where that is not finite (a value past the float range, or
    a kink at the largest float), the nearer value itself is the limit.
    """
    with np.errstate(invalid="ignore", over="ignore"):
        t = (x1 - k) / (x2 - x1)
        y0: Rows = y1 - (y2 - y1) * t
    return np.where(np.isfinite(y0), y0, y1)


def _y_scale(
    ys_pieces: Sequence[Rows], orders: tuple[int, ...], height: float, y_range: tuple[float, float] | None
) -> float:
    """Pixels per y unit: from the given y range, or from the data's extent (autoscale)."""
    if y_range is not None:
        lo, hi = (float(v) for v in y_range)
    else:
        vals = np.concatenate([ys[list(orders)].ravel() for ys in ys_pieces])
        vals = vals[np.isfinite(vals)]
        if vals.size == 0:
            return 1.0
        lo, hi = float(vals.min()), float(vals.max())
    span = hi - lo  # Python floats: inf, not a warning, if the values span more than floats can
    if not math.isfinite(span) or span <= 0:
        span = max(abs(lo), abs(hi), 1.0)
        if not math.isfinite(span):
            return 1.0
    return height / span


def _refine(
    xs: Array, ys: Rows, ev: Evaluator, x_scale: float, y_scale: float, orders: tuple[int, ...]
) -> tuple[Array, Rows]:
    """Split segments whose midpoint strays from the chord by more than the tolerance.

    A segment whose ends and midpoint all hold the same infinity (a stretch where the value
    is past the float range) is done: there is nothing to draw. One that mixes finite and
    infinite values is split down to the minimum width, so the drawn curve runs up to where
    the values leave the float range.
    """
    rows = list(orders)
    # Points stay sorted: each round interleaves the accepted midpoints.
    for _ in range(MAX_ROUNDS):
        with np.errstate(over="ignore"):  # a segment wider than the float range is wide
            wide = (xs[1:] - xs[:-1]) * x_scale > MIN_SEGMENT_PX
        if not wide.any():
            break
        idx = np.flatnonzero(wide)
        mid = _midpoints(xs[idx], xs[idx + 1])
        ym = ev(mid)
        y_lo, y_hi, y_mid = ys[rows][:, idx], ys[rows][:, idx + 1], ym[rows]
        chord = _midpoints(y_lo, y_hi)
        # inf − inf, and deviations past the float range, are sorted out right below
        with np.errstate(over="ignore", invalid="ignore"):
            dev = np.abs(y_mid - chord) * y_scale
        settled = (y_lo == y_hi) & (y_mid == y_lo)  # also the same infinity at all three
        bad = (~settled & ~(dev <= TOLERANCE_PX)).any(axis=0)  # NaN deviation counts as bad
        if not bad.any():
            break
        keep = idx[bad]
        xs = np.insert(xs, keep + 1, mid[bad])
        ys = np.insert(ys, keep + 1, ym[:, bad], axis=1)
    return xs, ys
