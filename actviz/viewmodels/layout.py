"""Where a plot's legend goes: the corner of the view whose box covers the fewest curve pixels.

Qt-free: the view widget calls it with the curves already in pixel coordinates.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from numpy.typing import ArrayLike

# Corners as (x, y) fractions of the view: top-left first, so that a tie keeps the usual place.
CORNERS = ((0.0, 0.0), (1.0, 0.0), (0.0, 1.0), (1.0, 1.0))
FAR_PX = 1e5  # pixels: beyond this a point is just "far off the view"
HYSTERESIS = 3  # points (about 9 px of curve) a new corner must save to be worth a move


def densify(xs: ArrayLike, ys: ArrayLike, step: float = 2.0, limit: int = 20000) -> tuple[np.ndarray, np.ndarray]:
    """Points every ``step`` pixels along a polyline (a straight line is sampled at its ends
    only, but covers every pixel between); non-finite values break it, as on the plot."""
    # Far off the view a point's place does not matter, and near the float limit the lengths
    # below would overflow: bring such points in to a large finite frame.
    px = np.clip(np.asarray(xs, float), -FAR_PX, FAR_PX)
    py = np.clip(np.asarray(ys, float), -FAR_PX, FAR_PX)
    out_x: list[np.ndarray] = []
    out_y: list[np.ndarray] = []
    ok = np.isfinite(px) & np.isfinite(py)
    # Runs of finite points: a segment joins two neighbours that are both finite.
    seg = ok[:-1] & ok[1:]
    x0, x1, y0, y1 = px[:-1][seg], px[1:][seg], py[:-1][seg], py[1:][seg]
    if x0.size:
        lengths = np.hypot(x1 - x0, y1 - y0)
        counts = np.clip(np.ceil(lengths / step).astype(np.int64), 1, limit)
        if counts.sum() > limit:  # a wild curve: evenly thinned, still spread over its length
            counts = np.maximum(counts * limit // counts.sum(), 1)
        # k / c for k = 0 … c − 1 of every segment, without a loop over the segments.
        idx = np.repeat(np.arange(x0.size), counts)
        starts = np.cumsum(counts) - counts
        t = (np.arange(idx.size) - starts[idx]) / counts[idx]
        out_x.append(x0[idx] + t * (x1 - x0)[idx])
        out_y.append(y0[idx] + t * (y1 - y0)[idx])
    out_x.append(px[ok])
    out_y.append(py[ok])
    return np.concatenate(out_x), np.concatenate(out_y)


def covered(box: tuple[float, float, float, float], curves: Sequence[tuple[np.ndarray, np.ndarray]]) -> int:
    """How many points of ``curves`` (pixel x, y arrays) fall inside ``box`` = (x0, y0, x1, y1)."""
    xs, ys = _points(curves)
    return _inside(box, xs, ys)


def _points(curves: Sequence[tuple[np.ndarray, np.ndarray]]) -> tuple[np.ndarray, np.ndarray]:
    """Every curve's points in one x and one y array (one pass per box instead of one per curve)."""
    if not curves:
        return np.empty(0), np.empty(0)
    xs = np.concatenate([np.asarray(c[0], float).ravel() for c in curves])
    ys = np.concatenate([np.asarray(c[1], float).ravel() for c in curves])
    return xs, ys


def _inside(box: tuple[float, float, float, float], xs: np.ndarray, ys: np.ndarray) -> int:
    x0, y0, x1, y1 = box
    return int(np.count_nonzero((xs >= x0) & (xs <= x1) & (ys >= y0) & (ys <= y1)))


def corner_box(
    corner: int, size: tuple[float, float], view: tuple[float, float], offset: float
) -> tuple[float, float, float, float]:
    """The legend's box in view pixels when it sits ``offset`` px inside ``corner``."""
    (fx, fy), (w, h), (vw, vh) = CORNERS[corner], size, view
    x0 = offset if fx == 0 else vw - offset - w
    y0 = offset if fy == 0 else vh - offset - h
    return (x0, y0, x0 + w, y0 + h)


def corner_counts(
    size: tuple[float, float],
    view: tuple[float, float],
    curves: Sequence[tuple[np.ndarray, np.ndarray]],
    offset: float = 12.0,
) -> list[int]:
    """The curve points a legend of ``size`` would cover in each corner."""
    xs, ys = _points(curves)
    return [_inside(corner_box(k, size, view, offset), xs, ys) for k in range(len(CORNERS))]


def best_corner(
    size: tuple[float, float],
    view: tuple[float, float],
    curves: Sequence[tuple[np.ndarray, np.ndarray]],
    offset: float = 12.0,
    current: int = 0,
) -> int:
    """The corner (index into :data:`CORNERS`) where a legend of ``size`` covers the fewest
    curve points; the ``current`` one wins ties, so a legend does not hop for nothing."""
    counts = corner_counts(size, view, curves, offset)
    best = min(range(len(CORNERS)), key=lambda k: (counts[k], k))
    # Stay unless the other corner is clearly better: a few points are not worth a jump.
    if counts[current] <= counts[best] + HYSTERESIS:
        return current
    return best


__all__ = ["CORNERS", "HYSTERESIS", "best_corner", "corner_box", "corner_counts", "covered", "densify"]
