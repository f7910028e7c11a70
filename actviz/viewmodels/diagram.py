"""The Train view's network diagram, without Qt: where every neuron and link goes, how a link
looks, what each neuron's small heatmap shows, and which units are dead.

The diagram follows the TensorFlow Playground's (``src/playground.ts``): columns of neurons, the
input features first, then each hidden layer, then the output; each neuron is a small heatmap
of its own output over the map's [−6, 6]² square, and the links between consecutive columns are
blue (#0877BD) for a positive weight and orange (#F59322) for a negative one, from 1 to 10 px
wide as |w| goes from 0 to 5 (clamped), as the Playground's ``linkWidthScale`` does.

Conventions
-----------
- One network's weights and biases are lists in the core's layout
  (:class:`actviz.core.network.BatchedMLP` with its two leading grid axes taken off):
  ``weights[l]`` is ``(fan_out, fan_in)``, ``biases[l]`` is ``(fan_out,)``; the last entry is
  the output layer (one unit). ``weights[l][i, j]`` is the link from unit j of column l to
  unit i of column l + 1.
- Links are numbered layer by layer, then ``i``, then ``j``: link ``offset[l] + i·fan_in + j``
  is ``weights[l][i, j]``, so ``np.concatenate([w.ravel() for w in weights])`` lines up with
  :attr:`Layout.links`.
- Feature matrices have the features on the last axis, ``(..., F)``, as the core's inputs
  ``(B, n_in)`` do; :func:`neuron_grids` and :func:`unit_stats` return units first.
- Images are row-major with row 0 at the top (largest x₂), as :func:`actviz.core.training.grid_points`.
- Pixel coordinates are floats in the widget's logical pixels, y down.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

from actviz.core.datasets import FEATURE_FUNCTIONS, FEATURES
from actviz.core.network import HiddenActivation
from actviz.core.training import GRID_EXTENT
from actviz.state.texts import QT_TRANSLATE_NOOP, RefusalError
from actviz.viewmodels.theme import Look, rgb
from actviz.viewmodels.train import FEATURE_LABELS

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.intp]
BoolArray = npt.NDArray[np.bool_]
PixelArray = npt.NDArray[np.uint32]

# -- input features ---------------------------------------------------------------------------


def feature_columns(names: Sequence[str], x1: Any, x2: Any) -> FloatArray:
    """The named features of points ``(x1, x2)``, stacked on a new last axis.

    The Playground's definitions: x₁, x₂, x₁², x₂², x₁·x₂, sin x₁, sin x₂.

    Parameters
    ----------
    names : sequence of str
        Feature names from :data:`FEATURES`, in the network's input order.
    x1, x2 : array_like
        Coordinates, any shape (the same for both).

    Returns
    -------
    ndarray of shape ``x1.shape + (len(names),)``

    Raises
    ------
    ValueError
        For an unknown name or no names.
    """
    a = np.asarray(x1, dtype=np.float64)
    b = np.asarray(x2, dtype=np.float64)
    if not names:
        raise ValueError("give at least one input feature")
    shape = np.broadcast_shapes(a.shape, b.shape)
    cols: list[FloatArray] = []
    for name in names:
        if name not in FEATURE_FUNCTIONS:
            raise ValueError(f"unknown input feature {name!r}; known: {', '.join(FEATURES)}")
        col = FEATURE_FUNCTIONS[name](a, b)
        cols.append(np.broadcast_to(col, shape))
    return np.stack(cols, axis=-1)


def grid_coordinates(n: int, extent: float = GRID_EXTENT) -> tuple[FloatArray, FloatArray]:
    """``(x1, x2)``, each ``(n, n)``: cell centres of an n × n grid over [−extent, extent]²,
    row 0 at the top (largest x₂), as the decision map's grid."""
    c = (np.arange(n) + 0.5) / n * 2 * extent - extent
    x1, x2 = np.meshgrid(c, c[::-1])
    return x1, x2


def grid_features(names: Sequence[str], n: int, extent: float = GRID_EXTENT) -> FloatArray:
    """The named features over the n × n grid: ``(n, n, F)``."""
    return feature_columns(names, *grid_coordinates(n, extent))


# -- one network ------------------------------------------------------------------------------
def network_slice(
    weights: Sequence[FloatArray], biases: Sequence[FloatArray], row: int, col: int = 0
) -> tuple[list[FloatArray], list[FloatArray]]:
    """One network out of a :class:`~actviz.core.network.BatchedMLP`'s ``(A, S, ...)`` arrays:
    the network of activation ``row`` and seed ``col`` (views, not copies; a shared row of 1
    serves every activation)."""
    ws = [w[row if w.shape[0] > 1 else 0, col] for w in weights]
    bs = [b[row if b.shape[0] > 1 else 0, col] for b in biases]
    return ws, bs


def sizes_of(weights: Sequence[FloatArray], biases: Sequence[FloatArray]) -> tuple[int, ...]:
    """Column sizes ``(features, hidden..., 1)`` of one network; raises ValueError when the
    weights and biases do not chain."""
    if not weights or len(weights) != len(biases):
        raise ValueError("give one weight matrix and one bias vector per layer")
    sizes = [int(np.shape(weights[0])[1])] if np.ndim(weights[0]) == 2 else []
    for w, b in zip(weights, biases):
        if np.ndim(w) != 2 or not sizes or np.shape(w)[1] != sizes[-1] or np.shape(b) != (np.shape(w)[0],):
            raise ValueError(
                f"weights must chain as (fan_out, fan_in) with biases (fan_out,); got {np.shape(w)} and {np.shape(b)}"
            )
        sizes.append(int(np.shape(w)[0]))
    if sizes[-1] != 1:
        raise ValueError(f"the output layer must have one unit, got {sizes[-1]}")
    return tuple(sizes)


@dataclass(eq=False)
class Units:
    """Every unit's value on a batch of points, units first.

    Attributes
    ----------
    outputs : list of ndarray
        Per layer ``(fan_out, P)``: what the unit passes on (for a residual layer, its
        activation plus the skipped input), the output layer last.
    activations : list of ndarray
        Per hidden layer ``(width, P)``: the unit's own activation f(z), without any skip.
    slopes : list of ndarray
        Per hidden layer ``(width, P)``: f′(z) (empty unless asked for).
    """

    outputs: list[FloatArray]
    activations: list[FloatArray]
    slopes: list[FloatArray] = field(default_factory=list)


def _apply(activation: Any, z: FloatArray, order: int) -> FloatArray:
    if isinstance(activation, HiddenActivation):
        finite = bool(np.isfinite(z).all())
        out = activation.f(z, finite=finite) if order == 0 else activation.df(z, finite=finite)
    else:
        out = activation.f(z) if order == 0 else activation.df(z)
    return np.broadcast_to(np.asarray(out, dtype=np.float64), z.shape)


def forward_units(
    weights: Sequence[FloatArray],
    biases: Sequence[FloatArray],
    activation: Any,
    x: Any,
    *,
    residual: bool = False,
    output: str = "tanh",
    slopes: bool = False,
) -> Units:
    """One network's forward pass on points ``x`` ``(P, F)``, keeping every unit's value.

    ``activation`` is any object with ``f(x)`` (and ``df(x)`` for ``slopes``), e.g. a
    :class:`~actviz.core.network.HiddenActivation`, custom formulas included. The output unit
    is ``tanh`` or ``linear`` (regression). With ``residual``, a hidden layer whose input and
    output widths match adds its input to its output, as the core does.
    """
    sizes = sizes_of(weights, biases)
    if output not in ("tanh", "linear"):
        raise ValueError(f"output must be tanh or linear, got {output!r}")
    xs = np.asarray(x, dtype=np.float64)
    if xs.ndim != 2 or xs.shape[1] != sizes[0]:
        raise ValueError(f"inputs must be (points, {sizes[0]} features), got shape {xs.shape}")
    h = np.ascontiguousarray(xs.T)
    units = Units([], [])
    with np.errstate(all="ignore"):
        for k in range(len(weights) - 1):
            z = np.asarray(weights[k], dtype=np.float64) @ h
            z += np.asarray(biases[k], dtype=np.float64)[:, None]
            a = _apply(activation, z, 0)
            if slopes:
                units.slopes.append(_apply(activation, z, 1))
            units.activations.append(a)
            h = a + h if residual and sizes[k] == sizes[k + 1] else a
            units.outputs.append(h)
        z = np.asarray(weights[-1], dtype=np.float64) @ h
        z += np.asarray(biases[-1], dtype=np.float64)[:, None]
        units.outputs.append(np.tanh(z) if output == "tanh" else z)
    return units


def neuron_grids(
    weights: Sequence[FloatArray],
    biases: Sequence[FloatArray],
    activation: Any,
    features: Any,
    *,
    residual: bool = False,
    output: str = "tanh",
) -> list[FloatArray]:
    """Every neuron's output over an n × n grid, in one forward pass.

    Parameters
    ----------
    weights, biases : lists of ndarray
        One network, ``(fan_out, fan_in)`` and ``(fan_out,)`` per layer.
    activation : object with ``f(x)``
        The hidden activation (a catalog function, a custom formula, ...).
    features : ndarray ``(n, n, F)``
        The input features over the grid (:func:`grid_features`).
    residual : bool
        Skip connections on layers whose widths match.
    output : {"tanh", "linear"}

    Returns
    -------
    list of ndarray
        Per layer (hidden layers, then the output), ``(fan_out, n, n)``.
    """
    f = np.asarray(features, dtype=np.float64)
    if f.ndim != 3 or f.shape[0] != f.shape[1]:
        raise ValueError(f"grid features must be (n, n, F), got shape {f.shape}")
    n = f.shape[0]
    units = forward_units(weights, biases, activation, f.reshape(n * n, -1), residual=residual, output=output)
    return [u.reshape(u.shape[0], n, n) for u in units.outputs]


# -- dead units -------------------------------------------------------------------------------
DEAD_TOL = 1e-12
"""A hidden unit is dead when its activation is within this of zero on every training point."""


@dataclass(frozen=True, eq=False)
class LayerStats:
    """One hidden layer's health on the training points.

    Attributes
    ----------
    dead : ndarray of bool, (width,)
        Units that output zero (|f(z)| ≤ :data:`DEAD_TOL`) on every training point.
    mean_slope : float
        Mean |f′(z)| over the layer's units and the training points (NaN if not finite).
    """

    dead: BoolArray
    mean_slope: float

    @property
    def dead_count(self) -> int:
        return int(self.dead.sum())

    @property
    def width(self) -> int:
        return int(self.dead.shape[0])


def unit_stats(
    weights: Sequence[FloatArray],
    biases: Sequence[FloatArray],
    activation: Any,
    train_features: Any,
    *,
    residual: bool = False,
    output: str = "tanh",
) -> list[LayerStats]:
    """Per hidden layer: its dead units and its mean |f′| over the training points
    ``train_features`` ``(P, F)``. A unit's own activation f(z) counts, not the skip a residual
    layer adds. No training points: no unit is dead and the mean is NaN."""
    x = np.asarray(train_features, dtype=np.float64)
    if x.ndim == 2 and x.shape[0] == 0:
        sizes = sizes_of(weights, biases)
        return [LayerStats(np.zeros(w, dtype=bool), math.nan) for w in sizes[1:-1]]
    units = forward_units(weights, biases, activation, x, residual=residual, output=output, slopes=True)
    out = []
    for a, d in zip(units.activations, units.slopes):
        # NaN compares False, so a unit whose output went NaN is not called dead.
        dead = np.all(np.abs(a) <= DEAD_TOL, axis=1)
        with np.errstate(all="ignore"):
            m = float(np.mean(np.abs(d)))
        out.append(LayerStats(dead, m if math.isfinite(m) else math.nan))
    return out


# -- colours ----------------------------------------------------------------------------------
POSITIVE = "#0877BD"
"""A positive weight, and the positive end of every heatmap (the Playground's blue)."""
NEGATIVE = "#F59322"
"""A negative weight, and the negative end of every heatmap (the Playground's orange)."""
LUT_SIZE = 257  # odd, so zero has its own colour exactly in the middle


def heatmap_middle(look: Look) -> str:
    """The colour of zero in the heatmaps: the Playground's light grey, or a dark grey on a
    dark theme, so a tile reads against the background either way."""
    return "#30343B" if look.dark else "#E8EAEB"


def diverging_lut(negative: str, middle: str, positive: str, n: int = LUT_SIZE) -> PixelArray:
    """``n`` colours from ``negative`` through ``middle`` to ``positive``, as 32-bit
    ``0xFFRRGGBB`` pixels (Qt's RGB32)."""
    t = np.linspace(-1.0, 1.0, n)[:, None]
    neg, mid, pos = (np.asarray(rgb(c), dtype=np.float64) for c in (negative, middle, positive))
    col = np.where(t < 0, mid + (neg - mid) * -t, mid + (pos - mid) * t)
    c = np.rint(col).astype(np.uint32)
    return np.asarray(0xFF000000 | (c[:, 0] << 16) | (c[:, 1] << 8) | c[:, 2], dtype=np.uint32)


def tile_scales(values: Any) -> FloatArray:
    """Per tile (first axis), what its colour scale spans on each side of zero: max(1, max|v|).

    A unit bounded by ±1 (tanh, sigmoid) is drawn on the Playground's fixed scale, so a weak
    unit looks weak; anything larger (ReLU, a feature such as x₁ over ±6) is scaled to its own
    largest value, so the tile shows its shape rather than a saturated block."""
    v = np.asarray(values, dtype=np.float64)
    flat = np.abs(v.reshape(v.shape[0], -1))
    with np.errstate(invalid="ignore"):
        big = np.max(np.where(np.isfinite(flat), flat, 0.0), axis=1, initial=0.0)
    return np.asarray(np.maximum(big, 1.0), dtype=np.float64)


def colorize(values: Any, lut: PixelArray, scales: Any = None, out: PixelArray | None = None) -> PixelArray:
    """Heatmap pixels of tiles ``values`` ``(N, ...)``: each tile on its own scale
    (:func:`tile_scales` unless given), −scale at the lut's first colour, +scale at its last,
    non-finite values at its middle. Written into ``out`` when given."""
    v = np.asarray(values, dtype=np.float64)
    s = tile_scales(v) if scales is None else np.asarray(scales, dtype=np.float64)
    top = len(lut) - 1
    with np.errstate(invalid="ignore"):
        t = (v / s.reshape((-1,) + (1,) * (v.ndim - 1)) + 1.0) * (top / 2)
    t = np.where(np.isfinite(t), t, top / 2)
    idx = np.clip(np.rint(t), 0, top).astype(np.intp)
    if out is None:
        return np.asarray(lut[idx], dtype=np.uint32)
    np.take(lut, idx, out=out)
    return out


# -- links ------------------------------------------------------------------------------------
WEIGHT_FULL = 5.0
"""|w| at which a link reaches its full width (the Playground's ``linkWidthScale`` domain)."""
THIN, THICK = 1.0, 10.0
"""Link widths at |w| = 0 and |w| ≥ :data:`WEIGHT_FULL`, in pixels at normal scale."""


def link_signs(weights: Any) -> npt.NDArray[np.int8]:
    """+1 for a positive weight (blue), −1 for a negative one (orange), 0 for zero or NaN."""
    w = np.asarray(weights, dtype=np.float64)
    return np.where(w > 0, 1, np.where(w < 0, -1, 0)).astype(np.int8)


def link_widths(weights: Any, *, thin: float = THIN, thick: float = THICK, full: float = WEIGHT_FULL) -> FloatArray:
    """Widths from ``thin`` at w = 0 to ``thick`` at |w| ≥ ``full``, linear in |w| as the
    Playground's; a non-finite weight is drawn at full width."""
    a = np.abs(np.asarray(weights, dtype=np.float64))
    t = np.where(np.isfinite(a), np.minimum(a / full, 1.0), 1.0)
    return thin + (thick - thin) * t


def link_colors(look: Look) -> dict[int, str]:
    """The colour of each sign (see :func:`link_signs`)."""
    return {1: POSITIVE, -1: NEGATIVE, 0: heatmap_middle(look)}


def flat_weights(weights: Sequence[FloatArray]) -> FloatArray:
    """Every weight in link order (see the module docstring)."""
    return np.concatenate([np.asarray(w, dtype=np.float64).ravel() for w in weights])


# -- geometry ---------------------------------------------------------------------------------
TILE_SHARE_Y = 0.72  # a tile takes this share of its row's pitch
TILE_SHARE_X = 0.45  # ... and at most this share of the step between columns (the rest: links)
MAX_TILE = 120.0
BIAS_SHARE = 0.22  # the bias square's side, as a share of a tile
LINK_SPREAD = 0.3  # links end spread over this share of the tile's height at their neuron
LINK_SAMPLES = 13  # at least this many points per link: drawn as straight pieces, hit-tested on them
LINK_PIECE = 16.0  # ... and more on long links, so that no piece is longer than about this (px)


def _bezier(p: FloatArray, t: FloatArray) -> FloatArray:
    """Points of cubic Béziers ``p`` ``(L, 4, 2)`` at parameters ``t`` ``(T,)``: ``(L, T, 2)``."""
    u = 1.0 - t
    b = np.stack([u**3, 3 * u * u * t, 3 * u * t * t, t**3], axis=1)  # (T, 4)
    return np.asarray(np.einsum("tk,lkd->ltd", b, p), dtype=np.float64)


@dataclass(frozen=True, eq=False)
class Layout:
    """Where everything goes, for one network shape in one pixel size.

    Attributes
    ----------
    sizes : tuple of int
        Column sizes ``(features, hidden..., 1)``.
    width, height : float
        The area laid out, in pixels.
    tile : float
        Side of every heatmap tile.
    nodes : ndarray ``(N, 4)``
        Every tile's ``(x, y, w, h)``, column by column (features, hidden layers, output).
    starts : tuple of int
        Index in ``nodes`` of each column's first tile (and, last, N).
    biases : ndarray ``(N, 4)``
        The bias square to the lower left of each tile (unused for the feature column).
    column_x : ndarray ``(C,)``
        Each column's centre.
    header : tuple (y, h)
        The band above the columns for their titles.
    footer : tuple (y, h)
        The band under the columns for the per-layer statistics.
    label_right : float
        Feature labels end here (right-aligned, left of the feature tiles).
    links : ndarray ``(L, 4, 2)``
        Cubic Bézier control points of every link, in link order.
    link_index : ndarray ``(L, 3)``
        ``(layer, i, j)`` of each link: ``weights[layer][i, j]``.
    link_starts : tuple of int
        Index of each layer's first link (and, last, L).
    points : ndarray ``(L, T, 2)``
        Each link as a polyline of T points along its curve (:data:`LINK_SAMPLES` or more, so
        that a piece is at most about :data:`LINK_PIECE` long): what is drawn and what the
        pointer is tested against.
    """

    sizes: tuple[int, ...]
    width: float
    height: float
    tile: float
    nodes: FloatArray
    starts: tuple[int, ...]
    biases: FloatArray
    column_x: FloatArray
    header: tuple[float, float]
    footer: tuple[float, float]
    label_right: float
    links: FloatArray
    link_index: IntArray
    link_starts: tuple[int, ...]
    points: FloatArray = field(repr=False, default_factory=lambda: np.empty((0, LINK_SAMPLES, 2)))

    @property
    def columns(self) -> int:
        return len(self.sizes)

    def node(self, column: int, k: int) -> int:
        """Index in :attr:`nodes` of unit k of a column."""
        return self.starts[column] + k

    def column_of(self, index: int) -> tuple[int, int]:
        """``(column, k)`` of a tile index."""
        c = int(np.searchsorted(np.asarray(self.starts), index, side="right")) - 1
        return c, index - self.starts[c]

    def node_at(self, x: float, y: float, pad: float = 0.0) -> tuple[int, int] | None:
        """``(column, k)`` of the tile under pixel (x, y), or None."""
        return self._rect_at(self.nodes, x, y, pad, 0)

    def bias_at(self, x: float, y: float, pad: float = 2.0) -> tuple[int, int] | None:
        """``(column, k)`` of the bias square under (x, y) (never in the feature column), or None."""
        return self._rect_at(self.biases, x, y, pad, self.starts[1])

    def _rect_at(self, rects: FloatArray, x: float, y: float, pad: float, first: int) -> tuple[int, int] | None:
        r = rects[first:]
        inside = (
            (r[:, 0] - pad <= x)
            & (x <= r[:, 0] + r[:, 2] + pad)
            & (r[:, 1] - pad <= y)
            & (y <= r[:, 1] + r[:, 3] + pad)
        )
        hits = np.flatnonzero(inside)
        return None if hits.size == 0 else self.column_of(first + int(hits[0]))

    def link_distances(self, x: float, y: float) -> FloatArray:
        """Distance from (x, y) to every link's curve, in link order."""
        pts = self.points
        if pts.shape[0] == 0:
            return np.empty(0)
        a, b = pts[:, :-1], pts[:, 1:]
        ab = b - a
        ap = np.array([x, y]) - a
        denom = np.maximum(np.sum(ab * ab, axis=-1), 1e-12)
        t = np.clip(np.sum(ap * ab, axis=-1) / denom, 0.0, 1.0)
        d = ap - ab * t[..., None]
        return np.asarray(np.min(np.hypot(d[..., 0], d[..., 1]), axis=1), dtype=np.float64)

    def link_at(self, x: float, y: float, widths: Any = None, slack: float = 3.0) -> int | None:
        """The link under (x, y): the nearest one within half its width plus ``slack``."""
        d = self.link_distances(x, y)
        if d.size == 0:
            return None
        w = np.zeros_like(d) if widths is None else np.asarray(widths, dtype=np.float64)
        reach = w / 2 + slack
        k = int(np.argmin(d - reach))
        return k if d[k] <= reach[k] else None

    def link_midpoint(self, k: int) -> tuple[float, float]:
        """A point on link k (its middle), e.g. to click it or sample its colour."""
        p = _bezier(self.links[k : k + 1], np.array([0.5]))[0, 0]
        return float(p[0]), float(p[1])

    def link_point(self, k: int, t: float) -> tuple[float, float]:
        """The point at parameter t ∈ [0, 1] along link k."""
        p = _bezier(self.links[k : k + 1], np.array([t]))[0, 0]
        return float(p[0]), float(p[1])

    def overlaps(self) -> bool:
        """Whether any two tiles (with their bias squares) overlap."""
        boxes = np.concatenate([self.nodes, self.biases[self.starts[1] :]])
        x0, y0 = boxes[:, 0], boxes[:, 1]
        x1, y1 = x0 + boxes[:, 2], y0 + boxes[:, 3]
        sep = (x1[:, None] <= x0[None, :]) | (x1[None, :] <= x0[:, None]) | (y1[:, None] <= y0[None, :])
        sep |= y1[None, :] <= y0[:, None]
        np.fill_diagonal(sep, True)
        # a tile and its own bias square touch by design
        n = self.nodes.shape[0]
        own = np.arange(self.starts[1], n)
        sep[own, n + own - self.starts[1]] = True
        sep[n + own - self.starts[1], own] = True
        return not bool(sep.all())

    def inside(self) -> bool:
        """Whether every tile, bias square and link lies within the area."""
        boxes = np.concatenate([self.nodes, self.biases[self.starts[1] :]])
        ok = bool(
            (boxes[:, 0] >= 0).all()
            and (boxes[:, 1] >= self.header[0] + self.header[1] - 0.5).all()
            and (boxes[:, 0] + boxes[:, 2] <= self.width).all()
            and (boxes[:, 1] + boxes[:, 3] <= self.footer[0] + 0.5).all()
        )
        if self.links.shape[0]:
            p = self.links.reshape(-1, 2)
            ok = ok and bool((p[:, 0] >= 0).all() and (p[:, 0] <= self.width).all())
        return ok


def layout(
    sizes: Sequence[int],
    width: float,
    height: float,
    *,
    header: float = 20.0,
    footer: float = 40.0,
    label_width: float = 48.0,
    margin: float = 8.0,
    max_tile: float = MAX_TILE,
) -> Layout:
    """Place every tile and link of a network of column sizes ``(features, hidden..., 1)`` in a
    ``width × height`` area.

    Parameters
    ----------
    sizes : sequence of int
        Units per column; the first column is the input features, the last the output (1).
    width, height : float
        The area, in pixels.
    header, footer : float
        Heights kept free above the columns (titles) and under them (the statistics line).
    label_width : float
        Room left of the feature column for the feature names.
    margin : float
        Free border all round.
    max_tile : float
        Tiles grow with the area up to this side.

    Notes
    -----
    Every column is centred vertically on the same row pitch, so equal rows line up; tiles take
    :data:`TILE_SHARE_Y` of the pitch and at most :data:`TILE_SHARE_X` of the step between
    columns, leaving the rest to the links. Links run from the right edge of their source tile
    to the left edge of their target, spread over part of its height (as the Playground does),
    as cubic Béziers with both control points halfway across.
    """
    sizes = tuple(int(s) for s in sizes)
    if len(sizes) < 2 or min(sizes) < 1:
        raise ValueError(f"a diagram needs at least two columns of at least one unit, got {sizes!r}")
    ncol = len(sizes)
    top = margin + header
    bottom = height - margin - footer
    avail_h = max(bottom - top, 1.0)
    pitch = avail_h / max(sizes)
    x0 = margin + label_width
    avail_w = max(width - margin - x0, 1.0)
    tile = min(TILE_SHARE_Y * pitch, max_tile)
    # Columns from x0 to the right edge: step·(ncol − 1) + tile = avail_w, and tile ≤ share·step.
    step = (avail_w - tile) / (ncol - 1)
    if tile > TILE_SHARE_X * step:
        step = avail_w / (ncol - 1 + TILE_SHARE_X)
        tile = TILE_SHARE_X * step
    tile = max(tile, 1.0)
    bias = BIAS_SHARE * tile
    gap = max(1.0, 0.04 * tile)
    # Columns spread over the width; with a capped tile the whole block is centred.
    used = step * (ncol - 1) + tile
    x0 += max(avail_w - used, 0.0) / 2
    nodes = []
    biases = []
    column_x = []
    starts = [0]
    for c, n in enumerate(sizes):
        x = x0 + c * step
        column_x.append(x + tile / 2)
        y_first = top + (avail_h - n * pitch) / 2 + (pitch - tile) / 2
        for k in range(n):
            y = y_first + k * pitch
            nodes.append((x, y, tile, tile))
            biases.append((x - bias - gap, y + tile - bias, bias, bias))
        starts.append(starts[-1] + n)
    node_arr = np.asarray(nodes, dtype=np.float64)
    # Links, in link order.
    ctrl = []
    index = []
    link_starts = [0]
    spread = LINK_SPREAD * tile
    for layer in range(ncol - 1):
        fan_in, fan_out = sizes[layer], sizes[layer + 1]
        src = node_arr[starts[layer] : starts[layer + 1]]
        dst = node_arr[starts[layer + 1] : starts[layer + 2]]
        for i in range(fan_out):
            tx = dst[i, 0]
            for j in range(fan_in):
                sx = src[j, 0] + tile + gap
                sy = src[j, 1] + tile / 2
                ty = dst[i, 1] + tile / 2 + ((j - (fan_in - 1) / 2) / fan_in) * spread
                mx = (sx + tx) / 2
                ctrl.append(((sx, sy), (mx, sy), (mx, ty), (tx, ty)))
                index.append((layer, i, j))
        link_starts.append(len(ctrl))
    links = np.asarray(ctrl, dtype=np.float64).reshape(-1, 4, 2)
    span = step - tile  # horizontal run of every link
    count = min(max(LINK_SAMPLES, math.ceil(1.3 * span / LINK_PIECE) + 1), 65)
    samples = _bezier(links, np.linspace(0.0, 1.0, count)) if len(ctrl) else np.empty((0, count, 2))
    return Layout(
        sizes=sizes,
        width=float(width),
        height=float(height),
        tile=float(tile),
        nodes=node_arr,
        starts=tuple(starts),
        biases=np.asarray(biases, dtype=np.float64),
        column_x=np.asarray(column_x, dtype=np.float64),
        header=(margin, header),
        footer=(height - margin - footer, footer),
        label_right=float(x0 - max(4.0, 0.1 * tile)),
        links=links,
        link_index=np.asarray(index, dtype=np.intp).reshape(-1, 3),
        link_starts=tuple(link_starts),
        points=samples,
    )


# -- one frame --------------------------------------------------------------------------------
@dataclass(eq=False)
class Frame:
    """What one update of the diagram shows, computed from one network.

    Attributes
    ----------
    weights : ndarray ``(L,)``
        Every weight in link order.
    biases : list of ndarray
        Per layer ``(fan_out,)``.
    signs, widths : ndarray ``(L,)``
        Link colour sign (:func:`link_signs`) and width at normal scale (:func:`link_widths`).
    order : ndarray ``(L,)``
        Link drawing order: thinnest first, so strong links lie on top.
    ranges : ndarray ``(N, 2)``
        Every tile's smallest and largest value over the grid.
    stats : list of LayerStats
        Per hidden layer (empty without training points).
    dead : ndarray of bool ``(N,)``
        Per tile: a dead hidden unit.
    """

    weights: FloatArray
    biases: list[FloatArray]
    signs: npt.NDArray[np.int8]
    widths: FloatArray
    order: IntArray
    ranges: FloatArray
    stats: list[LayerStats]
    dead: BoolArray


class Diagram:
    """The diagram's numbers, kept between frames: the heatmap pixels of every tile in one
    buffer that is written in place (a Qt image can wrap it once and stay valid), and the
    latest :class:`Frame`.

    Parameters
    ----------
    resolution : int
        Grid cells per side of every tile's heatmap.
    extent : float
        The grid spans [−extent, extent]², the decision map's square.
    """

    def __init__(self, resolution: int = 32, extent: float = GRID_EXTENT) -> None:
        self.resolution = int(resolution)
        self.extent = float(extent)
        self.sizes: tuple[int, ...] = ()
        self.features: tuple[str, ...] = ()
        self.pixels: PixelArray = np.zeros((0, self.resolution, self.resolution), dtype=np.uint32)
        self.values: FloatArray = np.zeros((0, self.resolution, self.resolution))
        self.frame: Frame | None = None
        self._grid: FloatArray | None = None
        # The training points' features: the same for every frame of a run, so made once.
        self._train_key: tuple[tuple[str, ...], Any] | None = None
        self._train_cols: FloatArray | None = None
        self._lut = diverging_lut(NEGATIVE, "#E8EAEB", POSITIVE)

    def set_middle(self, middle: str) -> None:
        """The colour of zero (follows the theme); recolours every tile."""
        self._lut = diverging_lut(NEGATIVE, middle, POSITIVE)
        if self.pixels.shape[0]:
            colorize(self.values, self._lut, out=self.pixels)

    @property
    def lut(self) -> PixelArray:
        return self._lut

    def _train_features(self, feats: tuple[str, ...], train_points: Any) -> FloatArray:
        # Keyed by the array itself (held, so its identity cannot pass to another array).
        cols, key = self._train_cols, self._train_key
        if cols is None or key is None or key[0] != feats or key[1] is not train_points:
            p = np.asarray(train_points, dtype=np.float64).reshape(-1, 2)
            cols = feature_columns(feats, p[:, 0], p[:, 1])
            self._train_key, self._train_cols = (feats, train_points), cols
        return cols

    def update(
        self,
        weights: Sequence[FloatArray],
        biases: Sequence[FloatArray],
        activation: Any,
        features: Sequence[str],
        train_points: Any = None,
        *,
        residual: bool = False,
        output: str = "tanh",
    ) -> bool:
        """Compute a frame for one network; True when the shape or the features changed (the
        pixel buffer is then a new array, and a new layout is needed).

        ``train_points`` are the raw training points ``(P, 2)`` (x₁, x₂), for the dead units
        and the mean |f′|; None skips them.
        """
        sizes = sizes_of(weights, biases)
        feats = tuple(features)
        if len(feats) != sizes[0]:
            raise ValueError(f"the network takes {sizes[0]} inputs but {len(feats)} features were named")
        changed = sizes != self.sizes or feats != self.features
        n = self.resolution
        if changed:
            self.sizes, self.features = sizes, feats
            self._grid = grid_features(feats, n, self.extent)
            total = sum(sizes)
            self.values = np.zeros((total, n, n))
            self.pixels = np.zeros((total, n, n), dtype=np.uint32)
            self.values[: sizes[0]] = np.moveaxis(self._grid, -1, 0)
            colorize(self.values[: sizes[0]], self._lut, out=self.pixels[: sizes[0]])
        assert self._grid is not None
        grids = neuron_grids(weights, biases, activation, self._grid, residual=residual, output=output)
        f = sizes[0]
        np.concatenate(grids, axis=0, out=self.values[f:])
        colorize(self.values[f:], self._lut, out=self.pixels[f:])
        w = flat_weights(weights)
        widths = link_widths(w)
        stats: list[LayerStats] = []
        dead = np.zeros(sum(sizes), dtype=bool)
        if train_points is not None:
            stats = unit_stats(
                weights, biases, activation, self._train_features(feats, train_points), residual=residual, output=output
            )
            if stats:
                dead[f : f + sum(s.width for s in stats)] = np.concatenate([s.dead for s in stats])
        flat = self.values.reshape(self.values.shape[0], -1)
        finite = np.isfinite(flat)
        lo = np.min(np.where(finite, flat, np.inf), axis=1)
        hi = np.max(np.where(finite, flat, -np.inf), axis=1)
        ranges = np.stack([np.where(finite.any(axis=1), lo, np.nan), np.where(finite.any(axis=1), hi, np.nan)], axis=1)
        self.frame = Frame(
            weights=w,
            biases=[np.array(b, dtype=np.float64) for b in biases],
            signs=link_signs(w),
            widths=widths,
            order=np.argsort(np.where(np.isfinite(widths), widths, np.inf), kind="stable"),
            ranges=ranges,
            stats=stats,
            dead=dead,
        )
        return changed


# -- editing ----------------------------------------------------------------------------------
WEIGHT_LIMIT = 1e6


def parse_value(text: str, what: str = "weight") -> float:
    """A weight or bias typed by the user.

    Accepts the true minus sign and surrounding spaces; refuses anything that is not a finite
    number with |value| ≤ 10⁶ with a one-line :class:`~actviz.state.texts.RefusalError`.
    """
    cleaned = str(text).strip().replace("−", "-")
    try:
        value = float(cleaned)
    except ValueError:
        value = math.nan
    if not math.isfinite(value) or abs(value) > WEIGHT_LIMIT:
        if what == "bias":
            raise RefusalError(
                QT_TRANSLATE_NOOP("Diagram", "A bias must be a number between −1e6 and 1e6, not “{text}”."),
                text=str(text).strip(),
            )
        raise RefusalError(
            QT_TRANSLATE_NOOP("Diagram", "A weight must be a number between −1e6 and 1e6, not “{text}”."),
            text=str(text).strip(),
        )
    return value


__all__ = [
    "DEAD_TOL",
    "FEATURES",
    "FEATURE_LABELS",
    "NEGATIVE",
    "POSITIVE",
    "WEIGHT_FULL",
    "Diagram",
    "Frame",
    "LayerStats",
    "Layout",
    "Units",
    "colorize",
    "diverging_lut",
    "feature_columns",
    "flat_weights",
    "forward_units",
    "grid_coordinates",
    "grid_features",
    "heatmap_middle",
    "layout",
    "link_colors",
    "link_signs",
    "link_widths",
    "network_slice",
    "neuron_grids",
    "parse_value",
    "sizes_of",
    "tile_scales",
    "unit_stats",
]
