"""What depth does to gradients: per-layer statistics of deep networks at initialisation.

A deep, square network is built for every (activation, seed): ``depth`` hidden layers of
``width`` units, ``h ← f(W·h + b)`` (or ``h ← h + f(W·h + b)`` with residual connections),
biases 0, then a linear output unit. A batch of standard-normal inputs goes forward, the loss
``L = ½·mean(y²)`` goes backward, and each layer reports:

- ``grad_norm``: the Frobenius norm of ∂L/∂W of that layer;
- ``back_norm``: the Frobenius norm of ∂L/∂h, the gradient with respect to the layer's output
  (units × inputs): the backward signal, which the mean-field theory's χ₁ describes;
- ``act_mean``, ``act_std``: mean and standard deviation of its outputs h (all units, all
  inputs);
- ``saturated``: the share of its units' responses (units × inputs) where |f′(z)| is below
  1 % of the largest |f′| on a visible range (default [−5, 5]). For ReLU this counts the
  inactive responses;
- ``dead``: the share of its units with f′(z) = 0 for every input of the batch;
- ``fprime_mean``: the mean |f′(z)| over units and inputs.

Layers are numbered 1 (first hidden, fed by the input) to ``depth`` (last hidden, feeding
the output); index 0 of each array is layer 1. The output layer is not reported. The
*ratio* of a network is grad_norm(layer 1) / grad_norm(layer depth). It alone does not tell
vanishing from healthy: ∂L/∂W_l = δ_l h_{l−1}ᵀ, so when the forward signal and the backward
gradient both shrink (ReLU with Xavier) the ratio stays near 1 while every gradient is tiny.
:class:`Verdict` reads the per-layer backward factor, the mean-field theory's χ₁^{1/2} beside
it (see :mod:`actviz.core.meanfield`) and the first layer's gradient against the loss scale.

With ``bias_var`` > 0 every bias is drawn from N(0, bias_var), from its own stream per seed.

The same seed gives the same inputs and the same initial weights to every activation.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from actviz.core._checks import whole as _whole
from actviz.core.meanfield import LayerPath, MeanField, weight_variance
from actviz.core.network import (
    ActivationLike,
    BatchedMLP,
    CancelFlag,
    Cancelled,
    HiddenActivation,
    Progress,
    hidden_activation,
    init_weights,
    is_cancelled,
)
from actviz.core.setups import BIAS_VAR_RANGE, DEPTH_RANGE, MAX_ACTIVATIONS, SCALE_RANGE, WIDTH_RANGE
from actviz.core.setups import DEPTH_INITS as INITS
from actviz.core.setups import DEPTH_PRESETS as _PRESETS

FloatArray = npt.NDArray[np.float64]

# INITS (in the order a user is shown them), DEPTH_RANGE, WIDTH_RANGE, SCALE_RANGE,
# BIAS_VAR_RANGE, MAX_ACTIVATIONS and the presets are defined in actviz.core.setups.
BATCH_RANGE = (1, 4096)
VANISHING, EXPLODING = 1e-2, 1e2
"""The ratio limits of :func:`diagnose`, and the limits of the backward signal's change over
the whole depth in :class:`Verdict`."""
PER_LAYER = 1.1
"""A backward factor beyond this per layer (or below its inverse) is a trend: once it has cost
half of the :data:`VANISHING` (:data:`EXPLODING`) decades over the network, the verdict follows
it (tanh at σ_w² = 4, χ₁^{1/2} ≈ 1.17, explodes at 30 layers)."""
LOSS_SCALE = 0.5
"""The loss a task with unit-scale targets starts from (½·E[t²] with E[t²] = 1): the first
layer's ‖∂L/∂W‖ is read against it."""
ABSOLUTE_LIMIT = 1e-6
"""A first-layer gradient below this share of :data:`LOSS_SCALE` (or above its inverse) is
vanishing (exploding) whatever the per-layer factor says."""
UNIFORM_DECADES = 1.0
"""The forward signal "shrinks too" when the activations' size changes by more than this many
decades from the first hidden layer to the last, the same way as the gradient."""
SATURATION_LEVEL = 0.01
"""A response is saturated where |f′| is below this share of its maximum."""
STATISTICS = ("grad_norm", "back_norm", "act_mean", "act_std", "saturated", "dead", "fprime_mean")
"""The per-layer statistics, in the order :class:`DepthResult` lists them."""


MEMORY_BUDGET = 256 << 20
"""Bytes the kept layer values (and f′) of one chunk of networks may take; more networks
than fit run one chunk after another, with identical results."""

# Inputs and biases have their own streams, apart from the weights' (see actviz.core.network).
_INPUT_STREAM = 0x1A9E
_BIAS_STREAM = 0xB1A5


def _entry(entry: Any) -> tuple[Any, tuple[tuple[str, Any], ...]]:
    if isinstance(entry, HiddenActivation):
        return entry.fn, tuple(sorted(entry.params.items()))
    if isinstance(entry, (str, ActivationLike)):
        fn, params = entry, {}
    else:
        try:
            fn, params = entry
        except (TypeError, ValueError):
            raise ValueError(f"an activation must be an id or (id, params), got {entry!r}") from None
    act = hidden_activation(fn, dict(params.items() if isinstance(params, Mapping) else params))
    return (act.name if isinstance(fn, str) else fn), tuple(sorted(act.params.items()))


@dataclass(frozen=True)
class DepthConfig:
    """A depth experiment (validated on construction; one-line ``ValueError``).

    Attributes
    ----------
    activations : tuple
        1 to 8 activations, each an id, ``(id, params)``, or any object with
        ``f(x, **params)``/``df(x, **params)`` (alone or with params).
    depth : int
        Hidden layers, 1 to 100.
    width : int
        Units per hidden layer (and input size), 2 to 512.
    init : str
        ``"xavier"``, ``"he"``, ``"lecun"`` or ``"playground"`` (see
        :func:`actviz.core.network.init_weights`).
    scale : float
        Multiplies every initial weight, in (0, 10].
    bias_var : float
        Variance of the initial biases, in [0, 10] (default 0: every bias 0).
    residual : bool
        ``h ← h + f(W·h + b)`` in every hidden layer.
    seeds : tuple of int
        One network per activation and seed.
    batch : int
        Inputs per pass, 1 to 4096 (default 256).
    saturation_range : tuple of float
        Where the largest |f′| is looked for (the saturation reference).
    """

    activations: tuple[Any, ...] = (("sigmoid", ()),)
    depth: int = 30
    width: int = 64
    init: str = "xavier"
    scale: float = 1.0
    bias_var: float = 0.0
    residual: bool = False
    seeds: tuple[int, ...] = (0,)
    batch: int = 256
    saturation_range: tuple[float, float] = (-5.0, 5.0)

    def __post_init__(self) -> None:
        put = object.__setattr__
        acts = self.activations
        if isinstance(acts, (str, HiddenActivation)) or not isinstance(acts, Sequence):
            acts = (acts,)
        entries = tuple(_entry(a) for a in acts)
        if not 1 <= len(entries) <= MAX_ACTIVATIONS:
            raise ValueError(f"compare 1 to {MAX_ACTIVATIONS} activations, got {len(entries)}")
        labels = [hidden_activation(fn, dict(p)).label() for fn, p in entries]
        twice = sorted({lab for lab in labels if labels.count(lab) > 1})
        if twice:
            raise ValueError(f"each activation may appear once; {', '.join(twice)} appears more than once")
        put(self, "activations", entries)
        put(self, "depth", _whole(self.depth, "depth", *DEPTH_RANGE))
        put(self, "width", _whole(self.width, "width", *WIDTH_RANGE))
        if self.init not in INITS:
            raise ValueError(f"init must be one of {', '.join(INITS)}, got {self.init!r}")
        scale = self.scale
        lo, hi = SCALE_RANGE
        if (
            isinstance(scale, bool)
            or not isinstance(scale, (int, float, np.integer, np.floating))
            or not lo < scale <= hi
        ):
            raise ValueError(f"weight scale must be a number in ({lo:g}, {hi:g}], got {scale!r}")
        put(self, "scale", float(scale))
        bv = self.bias_var
        blo, bhi = BIAS_VAR_RANGE
        if isinstance(bv, bool) or not isinstance(bv, (int, float, np.integer, np.floating)) or not blo <= bv <= bhi:
            raise ValueError(f"bias variance must be a number in [{blo:g}, {bhi:g}], got {bv!r}")
        put(self, "bias_var", float(bv))
        if not isinstance(self.residual, (bool, np.bool_)):
            raise ValueError(f"residual must be True or False, got {self.residual!r}")
        put(self, "residual", bool(self.residual))
        seeds = self.seeds
        if isinstance(seeds, (int, np.integer)) or not isinstance(seeds, Sequence) or not seeds:
            raise ValueError(f"seeds must be a non-empty list of whole numbers, got {seeds!r}")
        seeds = tuple(_whole(s, "seed", 0, 2**31 - 1) for s in seeds)
        if len(set(seeds)) != len(seeds):
            raise ValueError(f"seeds must differ from each other, got {seeds!r}")
        put(self, "seeds", seeds)
        put(self, "batch", _whole(self.batch, "batch", *BATCH_RANGE))
        try:
            a, b = (float(v) for v in self.saturation_range)
        except (TypeError, ValueError):
            raise ValueError(f"saturation range must be two numbers (lo, hi), got {self.saturation_range!r}") from None
        if not (math.isfinite(a) and math.isfinite(b) and a < b):
            raise ValueError(f"saturation range must be finite with lo < hi, got {self.saturation_range!r}")
        put(self, "saturation_range", (a, b))

    def replace(self, **changes: Any) -> DepthConfig:
        """A copy with some fields changed (validated again)."""
        fields = {name: getattr(self, name) for name in self.__dataclass_fields__}
        fields.update(changes)
        return DepthConfig(**fields)

    def hidden(self) -> list[HiddenActivation]:
        """The activations, ready to apply."""
        return [hidden_activation(fn, dict(p)) for fn, p in self.activations]

    @property
    def weight_var(self) -> float:
        """σ_w² of the hidden layers (see :func:`actviz.core.meanfield.weight_variance`)."""
        return weight_variance(self.init, self.width, self.scale)

    def parameters(self, seeds: Sequence[int]) -> tuple[list[FloatArray], list[FloatArray]]:
        """Initial weights and biases of the networks of ``seeds`` (as :func:`init_weights`
        returns them), biases drawn from N(0, bias_var)."""
        sizes = (self.width,) * (self.depth + 1) + (1,)
        ws, bs = init_weights(sizes, seeds, init=self.init, scale=self.scale, bias=0.0)
        if self.bias_var > 0:
            sd = math.sqrt(self.bias_var)
            for k, seed in enumerate(seeds):
                rng = np.random.default_rng([_BIAS_STREAM, seed])
                for b in bs:
                    b[k] = rng.normal(0.0, sd, b.shape[1:])
        return ws, bs

    def mean_field(self) -> list[LayerPath]:
        """The mean-field path of each activation's network, layer by layer from the inputs."""
        return [
            MeanField(a).layers(self.depth, self.weight_var, self.bias_var, residual=self.residual)
            for a in self.hidden()
        ]


DEPTH_PRESETS: dict[str, DepthConfig] = {name: DepthConfig(**p._asdict()) for name, p in _PRESETS.items()}
"""Named set-ups, 30 layers of 64: sigmoid and tanh with Xavier, ReLU with He and with Xavier,
and sigmoid with residual connections."""


@dataclass(frozen=True)
class Diagnosis:
    """How the gradient changes from the last hidden layer down to the first.

    Attributes
    ----------
    ratio : float
        grad_norm(layer 1) / grad_norm(last hidden layer). ``nan`` when both are 0.
    decades : float
        log10(ratio): −12 means the first layer gets 10⁻¹² of the last layer's gradient.
    verdict : str
        From :func:`diagnose`: ``"vanishing"`` (ratio < 1e−2), ``"exploding"`` (ratio > 1e2),
        ``"healthy"`` (in between, limits included), or ``"no gradient"`` (both norms 0, or not
        finite). From :meth:`DepthResult.summary`: the :class:`Verdict`'s word, which also reads
        the per-layer factor and the absolute size (the ratio alone misjudges ReLU with Xavier).
    """

    ratio: float
    decades: float
    verdict: str


def diagnose(first: float, last: float) -> Diagnosis:
    """Classify a network by its first- and last-hidden-layer gradient norms alone (see
    :func:`judge` for the verdict the view shows).

    Parameters
    ----------
    first : float
        ‖∂L/∂W‖ of hidden layer 1 (the one fed by the input).
    last : float
        ‖∂L/∂W‖ of the last hidden layer (the one feeding the output).

    Returns
    -------
    Diagnosis
    """
    first, last = float(first), float(last)
    if not (math.isfinite(first) and math.isfinite(last)) or first < 0 or last < 0 or first == last == 0.0:
        return Diagnosis(math.nan, math.nan, "no gradient")
    if last == 0.0:
        return Diagnosis(math.inf, math.inf, "exploding")
    ratio = first / last
    decades = math.log10(ratio) if ratio > 0 else -math.inf
    verdict = "vanishing" if ratio < VANISHING else "exploding" if ratio > EXPLODING else "healthy"
    return Diagnosis(ratio, decades, verdict)


@dataclass(frozen=True)
class Verdict:
    """Whether a network's gradient vanishes, explodes or holds, and why.

    Attributes
    ----------
    verdict : str
        ``"vanishing"``, ``"exploding"``, ``"healthy"`` or ``"no gradient"``. Vanishing when the
        backward signal ‖∂L/∂h‖ shrinks by more than :data:`VANISHING` over the network
        (``factor^(depth−1)``) or the first layer's ‖∂L/∂W‖ is below :data:`ABSOLUTE_LIMIT` ×
        :data:`LOSS_SCALE`; exploding the other way round (:data:`EXPLODING`, the inverse
        limit); healthy otherwise.
    uniform : bool
        The forward signal goes the same way (by more than :data:`UNIFORM_DECADES`): every
        layer's gradient is small (large) together, so the first/last ratio of ‖∂L/∂W‖ hides it.
    factor : float
        The measured per-layer backward factor: the geometric mean of ‖∂L/∂h_{l−1}‖/‖∂L/∂h_l‖
        over the layers (``nan`` for one layer).
    theory_factor : float
        The mean-field prediction of the same, the geometric mean of χ₁(q_l)^{1/2}
        ((1 + χ₁)^{1/2} with residual connections).
    forward_factor : float
        The per-layer factor of the activations' size, sqrt(E[h²]), going up.
    first_gradient : float
        ‖∂L/∂W‖ of hidden layer 1.
    relative_first : float
        ``first_gradient / LOSS_SCALE``.
    ratio, decades : float
        The first/last ratio of ‖∂L/∂W‖ and its log10 (shown, not judged on).
    layers : int
        Hidden layers.
    """

    verdict: str
    uniform: bool
    factor: float
    theory_factor: float
    forward_factor: float
    first_gradient: float
    relative_first: float
    ratio: float
    decades: float
    layers: int = 1

    @property
    def backward_decades(self) -> float:
        """log10 of what the backward factor does over the layers: ``(depth−1)·log10(factor)``."""
        return self._decades(self.factor)

    @property
    def forward_decades(self) -> float:
        """log10 of the activations' change from the first hidden layer to the last."""
        return self._decades(self.forward_factor)

    def _decades(self, f: float) -> float:
        if self.layers < 2:
            return 0.0
        if f == 0:
            return -math.inf
        if not math.isfinite(f) or f < 0:
            return math.inf if f == math.inf else math.nan
        return (self.layers - 1) * math.log10(f)


def judge(
    grad_norm: Sequence[float],
    back_norm: Sequence[float],
    act_rms: Sequence[float],
    theory_factor: float = math.nan,
) -> Verdict:
    """The :class:`Verdict` of one network from its per-layer numbers (layer 1 first).

    Parameters
    ----------
    grad_norm : sequence of float
        ‖∂L/∂W‖ per layer.
    back_norm : sequence of float
        ‖∂L/∂h‖ per layer.
    act_rms : sequence of float
        sqrt(E[h²]) per layer.
    theory_factor : float
        The mean-field per-layer factor, reported beside the measured one.
    """
    g = np.asarray(grad_norm, dtype=np.float64)
    bn = np.asarray(back_norm, dtype=np.float64)
    rms = np.asarray(act_rms, dtype=np.float64)
    n = g.size
    d = diagnose(g[0], g[-1])
    first = float(g[0])
    ok = bool(np.isfinite(g).all() and np.isfinite(bn).all() and g.max() > 0)
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        factor = float((bn[0] / bn[-1]) ** (1.0 / (n - 1))) if n > 1 else math.nan
        forward = float((rms[-1] / rms[0]) ** (1.0 / (n - 1))) if n > 1 else math.nan
    rel = first / LOSS_SCALE
    if not ok:
        return Verdict("no gradient", False, factor, theory_factor, forward, first, rel, d.ratio, d.decades, n)
    out = Verdict("healthy", False, factor, theory_factor, forward, first, rel, d.ratio, d.decades, n)
    back, fwd = out.backward_decades, out.forward_decades
    if math.isnan(back):
        back = 0.0
    low, high = math.log10(VANISHING), math.log10(EXPLODING)
    size = math.log10(rel) if rel > 0 else -math.inf
    step = math.log10(PER_LAYER)
    per_layer = math.log10(factor) if factor > 0 and math.isfinite(factor) else 0.0
    if back < low or (per_layer < -step and back < low / 2) or size < math.log10(ABSOLUTE_LIMIT):
        verdict = "vanishing"
        uniform = fwd < -UNIFORM_DECADES
    elif back > high or (per_layer > step and back > high / 2) or size > -math.log10(ABSOLUTE_LIMIT):
        verdict = "exploding"
        uniform = fwd > UNIFORM_DECADES
    else:
        verdict, uniform = "healthy", False
    return Verdict(verdict, bool(uniform), factor, theory_factor, forward, first, rel, d.ratio, d.decades, n)


@dataclass(frozen=True, eq=False)
class DepthResult:
    """Per-layer statistics of every (activation, seed) network.

    Every array is ``(A, S, depth)``: activation, seed, layer (index 0 is hidden layer 1).

    Attributes
    ----------
    config : DepthConfig
    labels : tuple of str
        One per activation.
    grad_norm, back_norm, act_mean, act_std, saturated, dead, fprime_mean : ndarray
        See the module docstring.
    """

    config: DepthConfig
    labels: tuple[str, ...]
    grad_norm: FloatArray
    back_norm: FloatArray
    act_mean: FloatArray
    act_std: FloatArray
    saturated: FloatArray
    dead: FloatArray
    fprime_mean: FloatArray

    @functools.cached_property
    def mean_field(self) -> list[LayerPath]:
        """The mean-field path of each activation (see :meth:`DepthConfig.mean_field`)."""
        return self.config.mean_field()

    @property
    def theory(self) -> FloatArray:
        """The mean-field line of ‖∂L/∂W‖ relative to the last hidden layer, ``(A, S, depth)``
        (the same for every seed): from q_l, layer by layer from the actual input (see
        :attr:`actviz.core.meanfield.LayerPath.weight_gradient`). Compare it with
        ``grad_norm / grad_norm[..., -1:]``."""
        lines = np.stack([p.weight_gradient for p in self.mean_field])
        return np.repeat(lines[:, None, :], self.grad_norm.shape[1], axis=1)

    @property
    def theory_backward(self) -> FloatArray:
        """The mean-field line of ‖∂L/∂h‖ relative to the last hidden layer, ``(A, depth)``."""
        return np.stack([p.backward for p in self.mean_field])

    @property
    def act_var(self) -> FloatArray:
        """The activations' variance per layer, ``(A, S, depth)``: the forward story."""
        with np.errstate(over="ignore"):
            return self.act_std**2

    @property
    def act_rms(self) -> FloatArray:
        """sqrt(E[h²]) per layer, ``(A, S, depth)``."""
        return np.hypot(self.act_std, self.act_mean)  # no overflow where the signal explodes

    def _grid(self, what: str) -> FloatArray:
        first, last = self.grad_norm[..., 0], self.grad_norm[..., -1]
        return np.vectorize(lambda f, la: getattr(diagnose(f, la), what), otypes=[float])(first, last)  # type: ignore[no-any-return]

    @property
    def ratio(self) -> FloatArray:
        """grad_norm(layer 1) / grad_norm(last hidden layer), ``(A, S)`` (see :func:`diagnose`)."""
        return self._grid("ratio")

    @property
    def decades(self) -> FloatArray:
        """log10 of :attr:`ratio`, ``(A, S)``."""
        return self._grid("decades")

    def diagnosis(self, activation: int, seed_index: int = 0) -> Diagnosis:
        """The first/last :class:`Diagnosis` of one network (the ratio alone; see :meth:`verdict`)."""
        g = self.grad_norm[activation, seed_index]
        return diagnose(g[0], g[-1])

    def verdict(self, activation: int, seed_index: int | None = None) -> Verdict:
        """The :class:`Verdict` of one network, or with ``seed_index=None`` of the median
        network: per layer, the median over seeds of log ‖∂L/∂W‖, log ‖∂L/∂h‖ and log rms."""
        theory = self.mean_field[activation].mean_factor
        sl = slice(None) if seed_index is None else slice(seed_index, seed_index + 1)
        with np.errstate(divide="ignore", invalid="ignore"):
            med = [
                np.exp(np.median(np.log(x[activation, sl]), axis=0))
                for x in (self.grad_norm, self.back_norm, self.act_rms)
            ]
        grad, back, rms = med
        return judge(grad, back, rms, theory_factor=theory)

    def verdicts(self) -> list[Verdict]:
        """One :meth:`verdict` per activation (the median network over seeds)."""
        return [self.verdict(a) for a in range(len(self.labels))]

    def summary(self) -> list[Diagnosis]:
        """Per activation, the first/last ratio of the median network with the :class:`Verdict`'s
        word (which reads the per-layer factor and the absolute size, not the ratio)."""
        out = []
        for v in self.verdicts():
            out.append(Diagnosis(v.ratio, v.decades, v.verdict))
        return out


def max_abs_derivative(act: HiddenActivation, lo: float = -5.0, hi: float = 5.0, n: int = 20001) -> float:
    """The largest |f′| on [lo, hi], from ``n`` evenly spaced samples (both ends included).

    With an odd ``n`` and a symmetric range, x = 0 (where many kinks and maxima sit) is a sample.
    """
    x = np.linspace(lo, hi, n)
    return float(np.max(np.abs(act.df(x))))


def make_inputs(seed: int, batch: int, width: int) -> FloatArray:
    """The standard-normal input batch of a seed, ``(batch, width)``; the same for every activation."""
    return np.random.default_rng([_INPUT_STREAM, seed]).standard_normal((batch, width))


def _frobenius(dw: FloatArray) -> FloatArray:
    """‖dw‖_F over the last two axes, without overflow for huge entries."""
    peak = np.max(np.abs(dw), axis=(-2, -1))
    safe = np.where(peak > 0, peak, 1.0)
    scaled = dw / safe[..., None, None]
    return peak * np.sqrt(np.sum(scaled * scaled, axis=(-2, -1)))  # type: ignore[no-any-return]


def _chunks(config: DepthConfig, budget: int) -> list[tuple[slice, slice]]:
    """(activation slice, seed slice) blocks whose kept arrays fit in ``budget`` bytes."""
    c = config
    per_net = 8 * c.batch * c.width * (2 * c.depth + 1)
    n_act, n_seed = len(c.activations), len(c.seeds)
    fit = max(1, budget // per_net)
    if fit >= n_act:
        step = max(1, fit // n_act)
        return [(slice(0, n_act), slice(s, min(s + step, n_seed))) for s in range(0, n_seed, step)]
    return [(slice(a, min(a + fit, n_act)), slice(s, s + 1)) for s in range(n_seed) for a in range(0, n_act, fit)]


def depth_stats(
    config: DepthConfig,
    *,
    progress: Progress = None,
    cancel: CancelFlag = None,
    memory_budget: int = MEMORY_BUDGET,
) -> DepthResult:
    """Run the depth experiment and collect per-layer statistics.

    Parameters
    ----------
    config : DepthConfig
    progress : callable, optional
        ``progress(done, total)`` in networks, after each chunk (and ``(0, total)`` first).
    cancel : callable or Event-like, optional
        Checked before each chunk of networks.
    memory_budget : int
        Bytes of layer values one chunk may keep for its backward pass.

    Returns
    -------
    DepthResult

    Raises
    ------
    Cancelled
        When ``cancel`` is set before the last chunk.
    """
    if not isinstance(config, DepthConfig):
        raise ValueError(f"config must be a DepthConfig, got {type(config).__name__}")
    c = config
    acts = c.hidden()
    shape = (len(acts), len(c.seeds), c.depth)
    out = {k: np.zeros(shape) for k in STATISTICS}
    lo, hi = c.saturation_range
    peaks = [max_abs_derivative(a, lo, hi) for a in acts]
    total = len(acts) * len(c.seeds)
    done = 0
    if progress is not None:
        progress(0, total)
    cached: tuple[slice, list[FloatArray], list[FloatArray], FloatArray] | None = None
    for a_sl, s_sl in _chunks(c, memory_budget):
        if is_cancelled(cancel):
            raise Cancelled(f"depth computation cancelled after {done} of {total} networks")
        seeds = c.seeds[s_sl]
        if cached is None or cached[0] != s_sl:
            ws, bs = c.parameters(seeds)
            x = np.stack([make_inputs(s, c.batch, c.width) for s in seeds])
            cached = (s_sl, ws, bs, x)
        _, ws, bs, x = cached
        net = BatchedMLP(acts[a_sl], [w[None] for w in ws], [b[None] for b in bs], output="linear", residual=c.residual)
        for k, v in layer_statistics(net, x, peaks[a_sl]).items():
            out[k][a_sl, s_sl] = v
        done += net.grid[0] * net.grid[1]
        if progress is not None:
            progress(done, total)
    labels = tuple(a.label() for a in acts)
    return DepthResult(c, labels, **out)


def layer_statistics(net: BatchedMLP, x: FloatArray, saturation_peaks: Sequence[float]) -> dict[str, FloatArray]:
    """Per-layer statistics of any batched network with a linear output, for inputs x.

    :func:`depth_stats` builds the networks from a :class:`DepthConfig`; this lower level lets a
    caller (or a test) bring its own weights.

    Parameters
    ----------
    net : BatchedMLP
        Its loss is taken as ``½·mean(out²)``.
    x : ndarray
        Inputs, as :meth:`BatchedMLP.forward` takes them.
    saturation_peaks : sequence of float
        Per activation row, the largest |f′| that saturation is measured against (see
        :func:`max_abs_derivative`).

    Returns
    -------
    dict
        One ``(A, S, n_hidden)`` array per name in :data:`STATISTICS`.
    """
    a, s = net.grid
    if len(saturation_peaks) != a:
        raise ValueError(f"give one saturation peak per activation ({a}), got {len(saturation_peaks)}")
    out = {k: np.zeros((a, s, net.n_hidden)) for k in STATISTICS}

    # Far-out weight scales can overflow to inf; that is a result to show (no gradient), not
    # an error, so the arithmetic warnings are silenced here only.
    def observe(k: int, h: FloatArray, d: FloatArray | None) -> None:
        assert d is not None
        out["act_mean"][..., k] = h.mean(axis=(-2, -1))
        out["act_std"][..., k] = h.std(axis=(-2, -1))
        ad = np.abs(d)
        out["fprime_mean"][..., k] = ad.mean(axis=(-2, -1))
        # A unit is dead when f′ is exactly 0 for every input of the batch (last axis).
        out["dead"][..., k] = np.all(d == 0.0, axis=-1).mean(axis=-1)
        for i, peak in enumerate(saturation_peaks):
            sat = (ad[i] < SATURATION_LEVEL * peak).mean(axis=(-2, -1)) if peak > 0 else 1.0
            out["saturated"][i, :, k] = sat

    # Far-out weight scales can overflow to inf; that is a result to show (no gradient), not
    # an error, so the arithmetic warnings are silenced here only.
    with np.errstate(over="ignore", invalid="ignore"):
        fwd = net.forward(x, observe=observe)
        y = fwd.out
        for k, dw, gh in _backward(net, fwd, y / y.shape[-1]):
            if k < net.n_hidden:
                out["grad_norm"][..., k] = _frobenius(dw)
            if gh is not None:
                out["back_norm"][..., k - 1] = _frobenius(gh)
    return out


def _backward(net: BatchedMLP, fwd: Any, dout: FloatArray) -> Iterator[tuple[int, FloatArray, FloatArray | None]]:
    """:meth:`BatchedMLP.backward_layers`, step for step, yielding ``(k, ∂L/∂W_k, ∂L/∂h)`` where
    the last is the gradient with respect to layer k's input (the output of hidden layer k,
    1-based), ``None`` for k = 0 (the network's input)."""
    gz = (dout * fwd.dout_dz)[..., None, :]
    gh_next: FloatArray | None = None
    for k in range(net.n_hidden, -1, -1):
        dw = gz @ fwd.hs[k].swapaxes(-1, -2)
        gh: FloatArray | None = None
        if k > 0:
            wt = net.weights[k].swapaxes(-1, -2)
            if wt.shape[0] < gz.shape[0]:
                wt = np.ascontiguousarray(wt)
            gh = wt @ gz
            if gh_next is not None and net.is_residual(k):
                gh += gh_next
            gh_next = gh
            gz = gh * fwd.dfs[k - 1]
        yield k, dw, gh


__all__ = [
    "ABSOLUTE_LIMIT",
    "BIAS_VAR_RANGE",
    "DEPTH_PRESETS",
    "EXPLODING",
    "INITS",
    "LOSS_SCALE",
    "MEMORY_BUDGET",
    "PER_LAYER",
    "SATURATION_LEVEL",
    "STATISTICS",
    "UNIFORM_DECADES",
    "VANISHING",
    "Cancelled",
    "DepthConfig",
    "DepthResult",
    "Diagnosis",
    "Verdict",
    "depth_stats",
    "diagnose",
    "judge",
    "layer_statistics",
    "make_inputs",
    "max_abs_derivative",
]
