"""Mean-field signal propagation: what a wide random network does to its signal, layer by layer.

For weights drawn with variance ``σ_w²/fan_in`` and biases with variance ``σ_b²`` (Poole et al.
2016, Schoenholz et al. 2017), with ``z`` a standard normal and φ the hidden activation:

- forward, the pre-activation variance follows ``q_{l+1} = σ_w² E[φ(√q_l z)²] + σ_b²``, with a
  fixed point ``q*``;
- backward, the squared gradient with respect to a layer's output is multiplied at each layer
  by ``χ₁(q) = σ_w² E[φ′(√q z)²]``, so its norm by ``χ₁^{1/2}``; ``χ₁ = 1`` at ``q*`` is the
  edge of chaos. With residual connections (``h ← h + φ(W·h + b)``) the identity path adds 1:
  the squared gradient is multiplied by ``1 + χ₁``.

Every expectation is a Gaussian quadrature (:func:`gaussian_rule`) with φ and φ′ from the
catalog (or any object with ``f``/``df``, custom formulas included); no closed form is used.
The rule is split at z = 0, so a kink there (ReLU) is integrated exactly.

Where it holds and where it does not (measured at width 256, depth 30, batch 128): the
per-layer backward factor agrees within 1–2 % for tanh, ReLU, sigmoid, SELU and for sigmoid and
tanh with residual connections. It is the infinite-width, one-input theory: GELU with He
(0.97 measured, 0.81 predicted) drifts because inputs of different norms follow different
variance paths near a marginal map; ReLU with residual connections (1.61 against √2) because
the gradient-independence assumption fails for a positively homogeneous network; and
‖∂L/∂W_l‖, a sum over the batch, is larger than :attr:`LayerPath.weight_gradient` says where
the inputs' signals are correlated (non-zero means, the last layers), by up to ~10× at layer 1.

The depth network (see :mod:`actviz.core.depth`) is ``depth`` square hidden layers of ``width``
fed with standard-normal inputs; its hidden weights have ``σ_w² = fan_in · Var(w)``, which
:func:`weight_variance` gives for each initialisation and weight scale.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from actviz.core._roots import brent
from actviz.core.network import INITS, ActivationSpec, HiddenActivation, hidden_activation

FloatArray = npt.NDArray[np.float64]

GL_POINTS = 8
"""Gauss–Legendre points per panel of the composite rule (see :func:`gaussian_rule`)."""
Z_MAX = 10.0
"""The rule covers |z| ≤ Z_MAX (the Gaussian mass beyond is 1.5e−23)."""
_GEOMETRIC = 10  # panels per side, geometric from 1/(16√q) (the activation's own scale) to Z_MAX
_UNIFORM = 6  # panels per side of width Z_MAX/6 (the Gaussian's scale)

Q_TINY = 1e-30
"""Where ``q → 0⁺`` is evaluated (χ₁ at a fixed point q* = 0 is its limit from above)."""
Q_HUGE = 1e30
"""Past this the variance counts as diverging (q* = inf); χ₁ there is its limit q → ∞."""

WEIGHT_VAR_RANGE = (0.1, 4.0)
BIAS_VAR_RANGE = (0.0, 1.0)
GRID = 40
"""The edge-of-chaos map: σ_w² × σ_b² over these ranges, GRID × GRID points."""

_MARGINAL = 1e-12  # |q_{l+1} − q_l| below this share of q: the map keeps every q (ReLU, σ_w² = 2)

_GL_X, _GL_W = np.polynomial.legendre.leggauss(GL_POINTS)


def gaussian_rule(q: Any) -> tuple[FloatArray, FloatArray]:
    """Nodes x and weights w with ``Σ w·g(x) ≈ E[g(√q z)]``, z standard normal, per q.

    Returns two arrays ``(*q.shape, N)``. A composite Gauss–Legendre rule on both half-lines
    of z, split at 0 (a kink there is integrated exactly) and at two sets of panel edges: one
    geometric from ``1/(16√q)`` (where an activation's features, at |x| ~ 1, sit in z) to
    :data:`Z_MAX`, one uniform (the Gaussian's own scale). A plain Gauss–Hermite rule puts its
    nodes ~0.2 apart in z, which resolves φ(√q z) only for q ≲ 1: for tanh at q = 5 its 160-node
    rule is off by 5e−5 in E[φ′²], and numpy cannot build one much larger.
    """
    q = np.asarray(q, dtype=np.float64)
    root = np.sqrt(np.maximum(q, 0.0))[..., None]
    start = np.clip(1.0 / (16.0 * np.maximum(root, 1e-300)), 1e-300, 0.5)
    frac = np.arange(_GEOMETRIC + 1) / _GEOMETRIC
    geometric = start * (Z_MAX / start) ** frac
    uniform = np.broadcast_to(np.linspace(0.0, Z_MAX, _UNIFORM + 1), (*geometric.shape[:-1], _UNIFORM + 1))
    edges = np.sort(np.concatenate([geometric, uniform], axis=-1), axis=-1)
    lo, hi = edges[..., :-1, None], edges[..., 1:, None]
    half = 0.5 * (hi - lo)
    n = (edges.shape[-1] - 1) * GL_POINTS
    z = (lo + half * (1.0 + _GL_X)).reshape(*q.shape, n)
    w = (half * _GL_W).reshape(*q.shape, n) * np.exp(-0.5 * z * z) / math.sqrt(2.0 * math.pi)
    return np.concatenate([z, -z], axis=-1) * root, np.concatenate([w, w], axis=-1)


def _rule_z(q: FloatArray) -> tuple[FloatArray, FloatArray]:
    """:func:`gaussian_rule` in z (nodes not yet multiplied by √q): one rule serves every q
    within a factor of a few of the q it was built for, which root-finding exploits."""
    q = np.asarray(q, dtype=np.float64)
    x, w = gaussian_rule(q)
    root = np.sqrt(np.maximum(q, 1e-300))[..., None]
    return x / root, w


# The table that brackets fixed points on the map: log-spaced q from Q_TINY to Q_HUGE, 10 per
# decade (1 is on it exactly).
_TABLE_Q: FloatArray = 10.0 ** (np.arange(-300, 301) / 10.0)


def weight_variance(init: str, width: int, scale: float = 1.0) -> float:
    """σ_w² of the depth network's hidden layers (square, ``width`` → ``width``).

    ``xavier`` (Glorot uniform, Var = 2/(fan_in + fan_out)) gives 1 on square layers, ``he`` 2,
    ``lecun`` 1 and ``playground`` (U(±0.5), Var = 1/12) ``width/12``; the weight scale
    multiplies every weight, so σ_w² by ``scale²``.
    """
    if init not in INITS:
        raise ValueError(f"init must be one of {', '.join(INITS)}, got {init!r}")
    base = {"xavier": 1.0, "he": 2.0, "lecun": 1.0, "playground": width / 12.0}[init]
    return base * float(scale) ** 2


INIT_POINTS = {"xavier": 1.0, "he": 2.0, "lecun": 1.0}
"""σ_w² of the named initialisations on square layers (the map's labelled points); the same
for every activation (the initialisation fixes the weights, not φ)."""


def init_points(
    activation: ActivationSpec | HiddenActivation, bias_var: float = 0.0
) -> dict[str, tuple[float, float, float]]:
    """Where Xavier, He and LeCun sit on an activation's map: ``name → (σ_w², q*, χ₁)`` at
    ``bias_var`` (square layers; multiply σ_w² by scale² for a weight scale)."""
    mf = MeanField(activation)
    out = {}
    for name, sw in INIT_POINTS.items():
        q = mf.fixed_point(sw, bias_var)
        out[name] = (sw, q, float(mf.chi1(sw, q if math.isfinite(q) else Q_HUGE)))
    return out


class MeanField:
    """Gaussian expectations of one activation, at any pre-activation variance q.

    Parameters
    ----------
    activation : ActivationSpec
        An id, ``(id, params)``, a :class:`~actviz.core.network.HiddenActivation` or any object
        with ``f``/``df``.
    """

    def __init__(self, activation: ActivationSpec | HiddenActivation) -> None:
        self.act: HiddenActivation = hidden_activation(activation)

    # -- expectations ------------------------------------------------------------------------
    def _eval(self, x: FloatArray, order: int) -> FloatArray:
        finite = bool(np.isfinite(x).all())
        return self.act.df(x, finite=finite) if order else self.act.f(x, finite=finite)

    def moments(self, q: Any) -> tuple[FloatArray, FloatArray, FloatArray]:
        """``E[φ(√q z)]``, ``E[φ(√q z)²]`` and ``E[φ′(√q z)²]`` for an array of q (same shape each)."""
        x, w = gaussian_rule(q)
        with np.errstate(over="ignore", invalid="ignore"):
            f = self._eval(x, 0)
            d = self._eval(x, 1)
            return (f * w).sum(-1), (f * f * w).sum(-1), (d * d * w).sum(-1)

    def second_moment(self, q: Any, rule: tuple[FloatArray, FloatArray] | None = None) -> FloatArray:
        """``E[φ(√q z)²]`` (``rule``: z nodes and weights from :func:`_rule_z`, one row per q)."""
        q = np.asarray(q, dtype=np.float64)
        if rule is None:
            x, w = gaussian_rule(q)
        else:
            x, w = np.sqrt(q)[..., None] * rule[0], rule[1]
        with np.errstate(over="ignore", invalid="ignore"):
            f = self._eval(x, 0)
            return np.einsum("...i,...i,...i->...", f, f, w)  # type: ignore[no-any-return]

    def slope_moment(self, q: Any) -> FloatArray:
        """``E[φ′(√q z)²]``."""
        x, w = gaussian_rule(q)
        with np.errstate(over="ignore", invalid="ignore"):
            d = self._eval(x, 1)
            return (d * d * w).sum(-1)  # type: ignore[no-any-return]

    # -- the map q → q' ----------------------------------------------------------------------
    def next_q(self, q: Any, weight_var: Any, bias_var: Any = 0.0) -> FloatArray:
        """``σ_w² E[φ(√q z)²] + σ_b²``: one layer's step."""
        return np.asarray(weight_var) * self.second_moment(q) + np.asarray(bias_var)  # type: ignore[no-any-return]

    def chi1(self, weight_var: Any, q: Any) -> FloatArray:
        """``σ_w² E[φ′(√q z)²]``; q = 0 takes the limit q → 0⁺, q = inf the limit q → ∞."""
        q = np.clip(np.asarray(q, dtype=np.float64), Q_TINY, Q_HUGE)
        return np.asarray(weight_var) * self.slope_moment(q)

    def fixed_point(self, weight_var: float, bias_var: float = 0.0, start: float | None = None) -> float:
        """The fixed point q* that the variance reaches from ``start``, by root-finding.

        ``start`` defaults to the depth network's first pre-activation variance, ``σ_w² + σ_b²``
        (standard-normal inputs). From there the variance moves up or down; the bracket is
        widened by factors of 2 in that direction until q' − q changes sign, then
        Brent's method (:func:`actviz.core._roots.brent`) finds the root. No sign change below :data:`Q_TINY`: the
        signal dies out, q* = 0. None below :data:`Q_HUGE`: it diverges, q* = inf. Where the map
        keeps q (ReLU at σ_w² = 2, σ_b² = 0) q* is ``start``.
        """
        sw, sb = _check_vars(weight_var, bias_var)
        s = sw + sb if start is None else float(start)
        if not (math.isfinite(s) and s > 0):
            raise ValueError(f"the start variance must be a finite number > 0, got {start!r}")

        def gap(q: float) -> float:
            return float(self.next_q(q, sw, sb)) - q

        g = gap(s)
        if not math.isfinite(g):
            return math.inf
        if abs(g) <= _MARGINAL * s:
            return s
        a = s
        step = 2.0 if g > 0 else 0.5
        while True:
            b = a * step
            if b > Q_HUGE:
                return math.inf
            if b < Q_TINY:
                return 0.0
            gb = gap(b)
            if not math.isfinite(gb):
                return math.inf
            if (gb <= 0) if g > 0 else (gb >= 0):
                break
            a = b
        if gb == 0.0:
            return b
        lo, hi = (a, b) if a < b else (b, a)
        return brent(gap, lo, hi, xtol=1e-300, rtol=4 * float(np.finfo(float).eps), maxiter=200)

    # -- a network, layer by layer -----------------------------------------------------------
    def layers(
        self,
        depth: int,
        weight_var: float,
        bias_var: float = 0.0,
        *,
        residual: bool = False,
        input_moment: float = 1.0,
    ) -> LayerPath:
        """The mean-field path of the depth network, from its actual input (see :class:`LayerPath`)."""
        sw, sb = _check_vars(weight_var, bias_var)
        depth = int(depth)
        q = np.zeros(depth)
        p = np.zeros(depth)
        m = np.zeros(depth)
        s2 = np.zeros(depth)
        p_prev, m_prev = float(input_moment), 0.0
        with np.errstate(over="ignore", invalid="ignore"):
            for k in range(depth):
                q[k] = sw * p_prev + sb
                ef, ef2, ed2 = (float(v) for v in self.moments(min(q[k], Q_HUGE) if math.isfinite(q[k]) else Q_HUGE))
                s2[k] = ed2
                if residual:
                    # h_l = h_{l−1} + φ(z_l): z_l is independent of each single unit of h_{l−1}
                    # in the wide limit, so the cross term is the product of the means.
                    p_prev = p_prev + 2.0 * m_prev * ef + ef2
                    m_prev = m_prev + ef
                else:
                    p_prev, m_prev = ef2, ef
                p[k], m[k] = p_prev, m_prev
        chi = sw * np.clip(s2, 0.0, None)
        chi = np.where(q < Q_TINY, sw * float(self.slope_moment(Q_TINY)), chi)
        return LayerPath(sw, sb, bool(residual), float(input_moment), q, p, m, s2, chi)


@dataclass(frozen=True, eq=False)
class LayerPath:
    """The mean-field story of one network, per hidden layer (index 0 is layer 1).

    Attributes
    ----------
    weight_var, bias_var : float
        σ_w², σ_b².
    residual : bool
    input_moment : float
        E[x²] of the inputs (1 for standard-normal inputs).
    q : ndarray
        Pre-activation variance of each layer, from the actual input: ``q_1 = σ_w² E[x²] + σ_b²``.
    second_moment, mean : ndarray
        E[h²] and E[h] of each layer's output (so its variance is ``second_moment − mean²``).
    slope_moment : ndarray
        E[φ′(√q_l z)²].
    chi1 : ndarray
        σ_w² · slope_moment: the squared backward factor of each layer.
    """

    weight_var: float
    bias_var: float
    residual: bool
    input_moment: float
    q: FloatArray
    second_moment: FloatArray
    mean: FloatArray
    slope_moment: FloatArray
    chi1: FloatArray

    @property
    def variance(self) -> FloatArray:
        """Each layer's output variance (the forward story)."""
        with np.errstate(over="ignore", invalid="ignore"):
            return np.maximum(self.second_moment - self.mean**2, 0.0)

    @property
    def factor(self) -> FloatArray:
        """The per-layer gradient factor: ‖∂L/∂h_{l−1}‖ / ‖∂L/∂h_l‖ = χ₁(q_l)^{1/2}, or
        (1 + χ₁(q_l))^{1/2} with residual connections (the identity path adds 1)."""
        return np.sqrt(self.chi1 + 1.0 if self.residual else self.chi1)

    @property
    def backward(self) -> FloatArray:
        """‖∂L/∂h_l‖ relative to the last hidden layer: the product of :attr:`factor` from the top."""
        f = self.factor[1:]
        with np.errstate(over="ignore", invalid="ignore"):
            tail = np.cumprod(f[::-1])[::-1]
        return np.concatenate([tail, [1.0]])

    @property
    def weight_gradient(self) -> FloatArray:
        """‖∂L/∂W_l‖ relative to the last hidden layer.

        ∂L/∂W_l = δ_l h_{l−1}ᵀ with δ_l = φ′(z_l) ⊙ ∂L/∂h_l, so per input its squared norm is
        E[φ′²]·E[(∂L/∂h_l)²] · E[h_{l−1}²] (times the widths): the backward and the forward
        story multiplied. When both shrink, this line stays flat while every gradient is tiny.
        """
        prev = np.concatenate([[self.input_moment], self.second_moment[:-1]])
        with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
            sq = self.slope_moment * prev
            rel = np.sqrt(sq / sq[-1]) * self.backward
        return rel  # type: ignore[no-any-return]

    @property
    def mean_factor(self) -> float:
        """The geometric mean of :attr:`factor` over layers 2 … depth (what a gradient does per
        layer on its way down); ``nan`` for one layer."""
        f = self.factor[1:]
        if f.size == 0:
            return math.nan
        with np.errstate(divide="ignore"):
            return float(np.exp(np.mean(np.log(f))))


def edge_of_chaos(
    activation: ActivationSpec | HiddenActivation,
    bias_var: float = 0.0,
    weight_vars: tuple[float, float] = WEIGHT_VAR_RANGE,
) -> float:
    """The σ_w² where χ₁(q*) crosses 1 at a given σ_b² (the first crossing, from below, found by
    root-finding on a scan of 64 steps), or ``nan`` if χ₁ stays on one side over ``weight_vars``."""
    mf = MeanField(activation)

    def gap(sw: float) -> float:
        q = mf.fixed_point(sw, bias_var)
        return float(mf.chi1(sw, q if math.isfinite(q) else Q_HUGE)) - 1.0

    grid = np.linspace(*weight_vars, 65)
    values = [gap(float(v)) for v in grid]
    for a, b, ga, gb in zip(grid[:-1], grid[1:], values[:-1], values[1:]):
        if ga == 0.0:
            return float(a)
        if ga < 0 <= gb or ga > 0 >= gb:
            return brent(gap, float(a), float(b), xtol=1e-12)
    return math.nan


def _check_vars(weight_var: Any, bias_var: Any) -> tuple[float, float]:
    try:
        sw, sb = float(weight_var), float(bias_var)
    except (TypeError, ValueError):
        raise ValueError(f"weight and bias variances must be numbers, got {weight_var!r}, {bias_var!r}") from None
    if not (math.isfinite(sw) and sw > 0):
        raise ValueError(f"the weight variance must be a finite number > 0, got {weight_var!r}")
    if not (math.isfinite(sb) and sb >= 0):
        raise ValueError(f"the bias variance must be a finite number ≥ 0, got {bias_var!r}")
    return sw, sb


@dataclass(frozen=True, eq=False)
class PhaseMap:
    """χ₁ and q* over a grid of (σ_w², σ_b²) for one activation.

    Attributes
    ----------
    label : str
        The activation.
    weight_var : ndarray (W,)
    bias_var : ndarray (B,)
    q_star : ndarray (W, B)
        The fixed point reached from the network's first layer; ``inf`` where it diverges.
    chi1 : ndarray (W, B)
        χ₁ at q* (its limit at q* = 0 and q* = inf).
    """

    label: str
    weight_var: FloatArray
    bias_var: FloatArray
    q_star: FloatArray
    chi1: FloatArray


def phase_map(
    activation: ActivationSpec | HiddenActivation,
    weight_var: Any = None,
    bias_var: Any = None,
    *,
    grid: int = GRID,
) -> PhaseMap:
    """The edge-of-chaos map of one activation, vectorised over the whole grid.

    Parameters
    ----------
    activation : ActivationSpec
    weight_var, bias_var : array-like, optional
        The σ_w² and σ_b² axes; by default ``grid`` evenly spaced values over
        :data:`WEIGHT_VAR_RANGE` and :data:`BIAS_VAR_RANGE`.

    Notes
    -----
    The fixed points are those of :meth:`MeanField.fixed_point`: from the start ``σ_w² + σ_b²``
    the first sign change of q' − q in the direction the variance moves is bracketed on a
    log-spaced table of q (10 per decade), then every bracket is narrowed together by the
    Illinois variant of regula falsi to full precision.
    """
    mf = MeanField(activation)
    sw_axis = np.linspace(*WEIGHT_VAR_RANGE, grid) if weight_var is None else np.asarray(weight_var, float).ravel()
    sb_axis = np.linspace(*BIAS_VAR_RANGE, grid) if bias_var is None else np.asarray(bias_var, float).ravel()
    for v in sw_axis:
        _check_vars(v, 0.0)
    for v in sb_axis:
        _check_vars(1.0, v)
    sw, sb = (a.ravel() for a in np.meshgrid(sw_axis, sb_axis, indexing="ij"))
    start = sw + sb
    rule = _rule_z(start)
    q_star = _fixed_points(mf, sw, sb, rule)
    # χ₁ at q*: the rule built for the start serves every q* up to _REUSE times it.
    q_eval = np.clip(np.where(np.isfinite(q_star), q_star, Q_HUGE), Q_TINY, Q_HUGE)
    near = (q_eval <= _REUSE * start) & (q_eval >= 1e-6 * start)
    chi = np.empty(sw.shape)
    with np.errstate(over="ignore", invalid="ignore"):
        d = mf._eval(np.sqrt(q_eval[near])[:, None] * rule[0][near], 1)
        chi[near] = sw[near] * np.einsum("ij,ij,ij->i", d, d, rule[1][near])
    chi[~near] = mf.chi1(sw[~near], q_eval[~near])
    # Where q* diverges and φ′ overflows there (exponential), χ₁'s limit is inf, not NaN.
    chi[np.isnan(chi) & np.isinf(q_star)] = np.inf
    shape = (sw_axis.size, sb_axis.size)
    return PhaseMap(mf.act.label(), sw_axis, sb_axis, q_star.reshape(shape), chi.reshape(shape))


_REUSE = 4.0  # a rule built for q resolves φ(√q′ z) for every q′ ≤ _REUSE·q (see gaussian_rule)
_TABLE_RULE: list[tuple[FloatArray, FloatArray]] = []


def _fixed_points(mf: MeanField, sw: FloatArray, sb: FloatArray, rule: tuple[FloatArray, FloatArray]) -> FloatArray:
    """Vectorised :meth:`MeanField.fixed_point` (start σ_w² + σ_b², ``rule`` built for it)."""
    start = sw + sb
    out = np.full(sw.shape, np.nan)
    if not _TABLE_RULE:
        _TABLE_RULE.append(_rule_z(_TABLE_Q))
    with np.errstate(over="ignore", invalid="ignore"):
        g0 = sw * mf.second_moment(start, rule) + sb - start
        table_v = mf.second_moment(_TABLE_Q, _TABLE_RULE[0])  # (T,)
        gaps = sw[:, None] * table_v[None, :] + sb[:, None] - _TABLE_Q[None, :]  # (P, T)
    out[~np.isfinite(g0)] = np.inf
    marginal = np.isfinite(g0) & (np.abs(g0) <= _MARGINAL * start)
    out[marginal] = start[marginal]
    todo = np.isfinite(g0) & ~marginal
    up = todo & (g0 > 0)
    down = todo & (g0 < 0)
    lo = np.zeros(sw.shape)
    hi = np.zeros(sw.shape)
    glo = np.zeros(sw.shape)
    ghi = np.zeros(sw.shape)
    t = _TABLE_Q[None, :]
    # Upward: the first table q above the start where the gap is ≤ 0 (or not finite: diverging).
    cand = (t > start[:, None]) & ~(gaps > 0)
    has = cand.any(axis=1)
    j = np.argmax(cand, axis=1)
    rows = np.flatnonzero(up)
    bad = up & (~has | ~np.isfinite(gaps[np.arange(sw.size), j]))
    out[bad] = np.inf
    rows = np.flatnonzero(up & ~bad)
    jj = j[rows]
    hi[rows], ghi[rows] = _TABLE_Q[jj], gaps[rows, jj]
    prev = np.maximum(jj - 1, 0)
    use_start = _TABLE_Q[prev] <= start[rows]
    lo[rows] = np.where(use_start, start[rows], _TABLE_Q[prev])
    glo[rows] = np.where(use_start, g0[rows], gaps[rows, prev])
    # Downward: the last table q below the start where the gap is ≥ 0; none: the signal dies.
    cand = (t < start[:, None]) & (gaps >= 0)
    has = cand.any(axis=1)
    last = cand.shape[1] - 1 - np.argmax(cand[:, ::-1], axis=1)
    dead = down & ~has
    out[dead] = 0.0
    rows = np.flatnonzero(down & has)
    jj = last[rows]
    lo[rows], glo[rows] = _TABLE_Q[jj], gaps[rows, jj]
    nxt = np.minimum(jj + 1, _TABLE_Q.size - 1)
    use_start = _TABLE_Q[nxt] >= start[rows]
    hi[rows] = np.where(use_start, start[rows], _TABLE_Q[nxt])
    ghi[rows] = np.where(use_start, g0[rows], gaps[rows, nxt])
    rows = np.flatnonzero(up & ~bad | down & has)
    exact_lo = glo[rows] == 0.0
    out[rows[exact_lo]] = lo[rows[exact_lo]]
    exact_hi = ~exact_lo & (ghi[rows] == 0.0)
    out[rows[exact_hi]] = hi[rows[exact_hi]]
    rows = rows[~exact_lo & ~exact_hi]
    zs, ws = rule[0][rows], rule[1][rows]
    far = hi[rows] > _REUSE * start[rows]
    if far.any():
        zs, ws = zs.copy(), ws.copy()
        zs[far], ws[far] = _rule_z(hi[rows][far])
    out[rows] = _illinois(mf, sw[rows], sb[rows], lo[rows], hi[rows], glo[rows], ghi[rows], (zs, ws))
    return out


def _illinois(
    mf: MeanField,
    sw: FloatArray,
    sb: FloatArray,
    lo: FloatArray,
    hi: FloatArray,
    glo: FloatArray,
    ghi: FloatArray,
    rule: tuple[FloatArray, FloatArray],
) -> FloatArray:
    """Roots of q' − q on brackets with glo > 0 > ghi, narrowed together (regula falsi, Illinois)."""
    lo, hi, glo, ghi = lo.copy(), hi.copy(), glo.copy(), ghi.copy()
    x = lo.copy()
    zs, ws = rule
    active = np.arange(lo.size)
    side = np.zeros(lo.size, dtype=np.int8)
    for _ in range(100):
        if active.size == 0:
            break
        a, b, fa, fb = lo[active], hi[active], glo[active], ghi[active]
        c = b - fb * (b - a) / (fb - fa)
        c = np.where((c > a) & (c < b), c, 0.5 * (a + b))
        fc = sw[active] * mf.second_moment(c, (zs[active], ws[active])) + sb[active] - c
        x[active] = c
        pos = fc > 0
        # The side that stays keeps half its value twice in a row (Illinois), which keeps the
        # convergence superlinear where plain regula falsi would stall on one side.
        s = side[active]
        lo[active] = np.where(pos, c, a)
        glo[active] = np.where(pos, fc, np.where(s == -1, 0.5 * fa, fa))
        hi[active] = np.where(pos, b, c)
        ghi[active] = np.where(pos, np.where(s == 1, 0.5 * fb, fb), fc)
        side[active] = np.where(pos, 1, -1)
        width = hi[active] - lo[active]
        done = (fc == 0) | (width <= 4 * np.finfo(float).eps * np.abs(c))
        active = active[~done]
    return x


__all__ = [
    "BIAS_VAR_RANGE",
    "GL_POINTS",
    "GRID",
    "INIT_POINTS",
    "Q_HUGE",
    "Q_TINY",
    "WEIGHT_VAR_RANGE",
    "Z_MAX",
    "LayerPath",
    "MeanField",
    "PhaseMap",
    "edge_of_chaos",
    "gaussian_rule",
    "init_points",
    "phase_map",
    "weight_variance",
]
