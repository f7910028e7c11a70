"""The batched multilayer perceptron that the training and the depth views share.

One :class:`BatchedMLP` holds a grid of fully connected networks: one row per hidden
activation and one column per seed. Every array carries that grid as its two leading axes,
``(A, S, ...)``, so a forward or backward pass is one matmul per layer for all networks
together. Only the hidden activation differs between rows, so it is called once per row and
layer (a few calls), on a contiguous block.

Conventions
-----------
- A network maps an input of ``sizes[0]`` features through zero or more hidden layers
  ``h ← f(W·h + b)`` (or ``h ← h + f(W·h + b)`` with residual connections, for layers whose
  input and output widths match) to one output unit ``out = g(W·h + b)``, with g ``tanh``
  (the Playground's classification output) or linear.
- Weights are stored as ``torch.nn.Linear`` stores them, output-major: ``W[l]`` has shape
  ``(A, S, fan_out, fan_in)`` (or ``(1, S, fan_out, fan_in)`` when every row shares them, as
  the depth view does). Biases are ``(A or 1, S, fan_out)``.
- Inside, layer values are feature-major, ``(A, S, width, B)`` for a batch of B points: the
  bias then broadcasts along the long batch axis, which numpy does several times faster than
  along a short feature axis, and a per-unit statistic is a reduction over the last axis.
- The loss of one network is ``½·mean((out − target)²)`` over the batch; every network
  gets its own gradient.
- f and f′ come from the catalog, so a kink has the PyTorch derivative there. Where both are
  needed (a training step), the functions whose f and f′ share their costly part (one
  exponential for sigmoid and SiLU) compute both from it, giving the catalog's values exactly.
- Fair comparison: :func:`init_weights` draws from the seed alone, so every activation with
  the same seed starts from the same weights.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

import numpy as np
import numpy.typing as npt

import actviz.core._numerics as nm
from actviz.core.activation import Activation
from actviz.core.numbers import fmt_number
from actviz.core.registry import get
from actviz.core.setups import INITS

FloatArray = npt.NDArray[np.float64]

# INITS (the weight initialisations) is defined in actviz.core.setups.
OUTPUTS = ("tanh", "linear")
"""Output activations."""

# Arrays up to this many elements per activation take the kernel shortcut (see _order).
_SMALL = 16384

# The weight stream of a seed is keyed apart from the seed's other uses (a dataset seeded with
# the same number), so the data and the weights are independent draws.
_WEIGHT_STREAM = 0x57E1


class CancelLike(Protocol):
    """An object with ``is_set()``, e.g. :class:`threading.Event`."""

    def is_set(self) -> bool: ...


CancelFlag = Callable[[], bool] | CancelLike | None
"""What slow core functions accept as ``cancel``: a callable returning True to stop, an
Event-like object, or None. The core checks it between units of work; it knows no threads."""

Progress = Callable[[int, int], object] | None
"""What slow core functions accept as ``progress``: called as ``progress(done, total)``."""


class Cancelled(Exception):  # noqa: N818 (it names what happened, as the caller reads it)
    """Slow core work stopped because its cancel flag was set."""


def is_cancelled(cancel: CancelFlag) -> bool:
    """Whether a :data:`CancelFlag` asks to stop now."""
    if cancel is None:
        return False
    if callable(cancel):
        return bool(cancel())
    return bool(cancel.is_set())


@runtime_checkable
class ActivationLike(Protocol):
    """Anything with the catalog's evaluation interface: ``f(x, **params)``, ``df(x, **params)``."""

    def f(self, x: Any, **params: Any) -> Any: ...

    def df(self, x: Any, **params: Any) -> Any: ...


def _sigmoid_pair(x: FloatArray) -> tuple[FloatArray, FloatArray]:
    e = nm.exp_neg_abs(x)
    return nm.expit(x, e), nm.dsigmoid(x, e)  # type: ignore[return-value]


def _silu_pair(x: FloatArray) -> tuple[FloatArray, FloatArray]:
    s, ds = nm.sigmoid_parts(x, nm.exp_neg_abs(x))
    return x * s, s + x * ds


# f and f′ together, value for value what the catalog's two kernels give (checked in the
# tests). Sigmoid and SiLU: from one exponential where the two kernels compute it twice.
_PAIRS: dict[str, Callable[..., tuple[FloatArray, FloatArray]]] = {
    "sigmoid": _sigmoid_pair,
    "silu": _silu_pair,
}

# Functions whose catalog joint kernel (f, f′, f″ sharing their costly part) costs less than
# the f and f′ kernels called one after the other, though it computes f″ too: 0.4 to 0.85 of
# the time (GELU's two erfc become one, the exponential's two exponentials one, the others
# share an exponential or a square root). Measured on (100, 3, 10) arrays, a training step's
# size; for the other functions the joint kernel costs as much or more.
_JOINT_PAYS = ("gelu", "exponential", "isru", "squareplus", "swish", "selu", "gaussian")


def _pair_kernel(fn: Activation) -> Callable[..., tuple[FloatArray, FloatArray]] | None:
    """The shared f/f′ kernel of a catalog function, or None where two kernel calls are best."""
    try:
        if get(fn.id) is not fn:  # a function of that name that is not the catalog's
            return None
    except KeyError:
        return None
    pair = _PAIRS.get(fn.id)
    if pair is not None:
        return pair
    joint = fn.joint
    if fn.id in _JOINT_PAYS and joint is not None:

        def from_joint(x: FloatArray, **params: Any) -> tuple[FloatArray, FloatArray]:
            f, df, _ = joint(x, **params)
            return f, df  # type: ignore[return-value]

        return from_joint
    return None


@dataclass(frozen=True, eq=False)
class HiddenActivation:
    """An activation with fixed, validated parameters, ready to apply to arrays.

    Build one with :func:`hidden_activation`.

    Attributes
    ----------
    fn : ActivationLike
        The catalog function (or any object with ``f``/``df``).
    params : Mapping
        Its parameters; for a catalog function, every parameter, validated.
    name : str
        The function's id (or class name for other objects).
    """

    fn: ActivationLike
    params: Mapping[str, Any]
    name: str
    _pair: Callable[..., tuple[FloatArray, FloatArray]] | None = field(init=False, repr=False, default=None)

    def __post_init__(self) -> None:
        if isinstance(self.fn, Activation):
            object.__setattr__(self, "_pair", _pair_kernel(self.fn))

    def f(self, x: FloatArray, *, finite: bool = False) -> FloatArray:
        """f(x) for a float64 array, same shape.

        ``finite=True`` promises that every x is finite; a catalog function then goes straight
        to its kernel (see :meth:`_order`).
        """
        return self._order(x, 0, finite)

    def df(self, x: FloatArray, *, finite: bool = False) -> FloatArray:
        """f′(x) for a float64 array, same shape; at a kink, the catalog's convention."""
        return self._order(x, 1, finite)

    def f_df(self, x: FloatArray, *, finite: bool = False) -> tuple[FloatArray, FloatArray]:
        """f(x) and f′(x) together: the values of :meth:`f` and :meth:`df`, sharing work where the
        function allows (see :data:`_PAIRS` and :data:`_JOINT_PAYS`)."""
        if finite and self._pair is not None:
            f, df = self._pair(x, **self.params)
            if f.shape == x.shape and df.shape == x.shape:
                return f, df
        return self._order(x, 0, finite), self._order(x, 1, finite)

    def _order(self, x: FloatArray, order: int, finite: bool) -> FloatArray:
        fn = self.fn
        if isinstance(fn, Activation):
            if finite:
                # A training step makes ~14 calls on arrays of about a thousand numbers, where the
                # general entry point's bookkeeping (dtype, shape, non-finite handling) costs as
                # much as the maths. The catalog's kernels are its documented per-order functions
                # for finite float arrays, so with finiteness checked once per layer by the
                # caller the values are the catalog's, for less than two thirds of the time.
                out: Any = fn.kernels[order](x, **self.params)
                if isinstance(out, np.ndarray) and out.shape == x.shape:
                    return out
            # Validated parameters: the documented fast path that skips re-validating them.
            out = fn.evaluate(x, order, self.params)
            return out  # type: ignore[no-any-return]
        value = fn.f(x, **self.params) if order == 0 else fn.df(x, **self.params)
        return _as_shaped(value, x)

    def label(self) -> str:
        """``id`` or ``id(name=value, ...)`` for the parameters that differ from default."""
        shown = []
        if isinstance(self.fn, Activation):
            defaults = self.fn.defaults()
            shown = [_kv(k, v) for k, v in self.params.items() if defaults.get(k) != v]
        else:
            shown = [_kv(k, v) for k, v in self.params.items()]
        return self.name + (f"({', '.join(shown)})" if shown else "")


def _kv(k: str, v: Any) -> str:
    if isinstance(v, float):
        return f"{k}={fmt_number(v, fixed_from=0, python_exponent=True, ascii=True)}"  # as f"{v:g}"
    return f"{k}={v}"


def _as_shaped(value: Any, x: FloatArray) -> FloatArray:
    out = np.asarray(value, dtype=np.float64)
    if out.shape != x.shape:
        out = np.broadcast_to(out, x.shape).copy()
    return out


ActivationSpec = str | Activation | ActivationLike | HiddenActivation | tuple[Any, Mapping[str, Any] | None]
"""An id (``"relu"``), a catalog function, any object with ``f``/``df``, or a pair (one of
those, parameters)."""


def hidden_activation(spec: ActivationSpec, params: Mapping[str, Any] | None = None) -> HiddenActivation:
    """Turn an id, a catalog function or an ``(id, params)`` pair into a :class:`HiddenActivation`.

    Parameters
    ----------
    spec : str, Activation, object with f/df, HiddenActivation, or tuple
        What to apply. A tuple is ``(spec, params)``.
    params : mapping, optional
        Parameters (omitted ones take their defaults). Not allowed together with a tuple spec.

    Raises
    ------
    ValueError
        For an unknown id, an unknown parameter or a value outside its range.
    """
    what: Any = spec
    if isinstance(what, tuple):
        if len(what) != 2 or params is not None:
            raise ValueError(f"an activation pair must be (id, params), got {what!r}")
        what, params = what
    if isinstance(what, HiddenActivation):
        if params:
            return hidden_activation(what.fn, {**what.params, **params})
        return what
    if params is not None and not isinstance(params, Mapping):
        raise ValueError(f"activation parameters must be a mapping of names to values, got {params!r}")
    params = dict(params or {})
    if isinstance(what, str):
        try:
            fn: Any = get(what)
        except KeyError:
            raise ValueError(f"unknown activation {what!r}") from None
    else:
        fn = what
    if isinstance(fn, Activation):
        return HiddenActivation(fn, fn.resolve(**params), fn.id)
    if not isinstance(fn, ActivationLike):
        raise ValueError(f"an activation must be an id or have f(x, **params) and df(x, **params), got {fn!r}")
    return HiddenActivation(fn, params, str(getattr(fn, "id", type(fn).__name__)))


def check_sizes(sizes: Sequence[int]) -> tuple[int, ...]:
    """Validate layer sizes ``(inputs, hidden..., outputs)``: at least two (no hidden layer is
    allowed), each ≥ 1."""
    try:
        out = tuple(int(n) for n in sizes)
    except (TypeError, ValueError):
        raise ValueError(f"layer sizes must be whole numbers, got {sizes!r}") from None
    if len(out) < 2 or min(out) < 1 or any(int(n) != n for n in sizes):
        raise ValueError(f"layer sizes must be at least two whole numbers ≥ 1, got {tuple(sizes)!r}")
    return out


def init_weights(
    sizes: Sequence[int],
    seeds: Sequence[int],
    *,
    init: str = "playground",
    scale: float = 1.0,
    bias: float = 0.0,
) -> tuple[list[FloatArray], list[FloatArray]]:
    """Initial weights and biases for one network per seed, drawn from the seed alone.

    Parameters
    ----------
    sizes : sequence of int
        ``(inputs, hidden..., outputs)``.
    seeds : sequence of int
        One network per seed. The same seed gives the same weights whatever else differs
        (activation, how many other seeds there are), which makes comparisons fair.
    init : {"playground", "xavier", "he", "lecun"}
        ``playground``: U(−0.5, 0.5). ``xavier``: Glorot uniform U(±√(6/(fan_in+fan_out))).
        ``he``: Kaiming normal, std √(2/fan_in). ``lecun``: normal, std √(1/fan_in).
    scale : float, default 1
        Multiplies every weight (not the biases); > 0.
    bias : float, default 0
        Every bias (the Playground uses 0.1).

    Returns
    -------
    weights : list of ndarray, each (S, fan_out, fan_in)
    biases : list of ndarray, each (S, fan_out)
    """
    sizes = check_sizes(sizes)
    if init not in INITS:
        raise ValueError(f"init must be one of {', '.join(INITS)}, got {init!r}")
    if not (isinstance(scale, (int, float)) and math.isfinite(scale) and scale > 0):
        raise ValueError(f"weight scale must be a finite number > 0, got {scale!r}")
    if not (isinstance(bias, (int, float)) and math.isfinite(bias)):
        raise ValueError(f"bias must be a finite number, got {bias!r}")
    seeds = [_seed(s) for s in seeds]
    weights = [np.empty((len(seeds), o, i)) for i, o in itertools.pairwise(sizes)]
    for k, seed in enumerate(seeds):
        rng = np.random.default_rng([_WEIGHT_STREAM, seed])
        for w in weights:
            fan_out, fan_in = shape = w.shape[1:]
            if init == "playground":
                w[k] = rng.uniform(-0.5, 0.5, shape)
            elif init == "xavier":
                lim = math.sqrt(6.0 / (fan_in + fan_out))
                w[k] = rng.uniform(-lim, lim, shape)
            elif init == "he":
                w[k] = rng.normal(0.0, math.sqrt(2.0 / fan_in), shape)
            else:
                w[k] = rng.normal(0.0, math.sqrt(1.0 / fan_in), shape)
    if scale != 1.0:
        for w in weights:
            w *= scale
    biases = [np.full((len(seeds), o), float(bias)) for o in sizes[1:]]
    return weights, biases


def _seed(s: Any) -> int:
    if isinstance(s, bool) or not isinstance(s, (int, np.integer)) or not 0 <= s < 2**63:
        raise ValueError(f"a seed must be a whole number in [0, 2**63), got {s!r}")
    return int(s)


@dataclass(eq=False)
class Forward:
    """What a forward pass keeps for the backward pass and for statistics.

    Attributes
    ----------
    out : ndarray (A, S, B)
        Network outputs.
    hs : list of ndarray
        Feature-major layer values. ``hs[0]`` is the input, ``(n_in, B)`` or broadcastable to
        ``(A, S, n_in, B)``; ``hs[k+1]`` is the output of hidden layer k, ``(A, S, width, B)``.
    dfs : list of ndarray
        ``dfs[k]`` is f′ at hidden layer k's pre-activation, ``(A, S, width, B)`` (empty
        unless kept).
    dout_dz : ndarray (A, S, B)
        g′ at the output pre-activation (``None`` unless kept).
    """

    out: FloatArray
    hs: list[FloatArray]
    dfs: list[FloatArray]
    dout_dz: FloatArray | None


@dataclass(eq=False)
class Gradients:
    """Gradients of each network's loss, one array per layer, hidden layers first.

    ``weights[l]`` has the shape of the network's ``weights[l]`` (with a full ``(A, S)``
    grid); ``biases[l]`` likewise. The last entry is the output layer.
    """

    weights: list[FloatArray]
    biases: list[FloatArray]


class BatchedMLP:
    """A grid of ``A × S`` fully connected networks evaluated together.

    Parameters
    ----------
    activations : sequence of ActivationSpec
        One hidden activation per row (A rows). With no hidden layer it only names the row.
    weights, biases : sequences of ndarray
        Per layer, shape ``(A or 1, S, fan_out, fan_in)`` and ``(A or 1, S, fan_out)``. A
        leading 1 shares the array between rows (read-only use, e.g. the depth view);
        training needs full ``(A, S, ...)`` arrays, which it updates in place.
    output : {"tanh", "linear"}
        The output unit's activation.
    residual : bool
        ``h ← h + f(h·W + b)`` for every hidden layer whose input and output widths match.

    Notes
    -----
    Use :meth:`build` to make a grid from activations and seeds.
    """

    def __init__(
        self,
        activations: Sequence[ActivationSpec],
        weights: Sequence[FloatArray],
        biases: Sequence[FloatArray],
        *,
        output: str = "tanh",
        residual: bool = False,
    ) -> None:
        if output not in OUTPUTS:
            raise ValueError(f"output must be one of {', '.join(OUTPUTS)}, got {output!r}")
        if not activations:
            raise ValueError("give at least one hidden activation")
        if len(weights) != len(biases) or len(weights) < 1:
            raise ValueError("give weights and biases for the output layer and any hidden layers")
        self.activations: tuple[HiddenActivation, ...] = tuple(hidden_activation(a) for a in activations)
        self.weights: list[FloatArray] = [np.asarray(w, dtype=np.float64) for w in weights]
        self.biases: list[FloatArray] = [np.asarray(b, dtype=np.float64) for b in biases]
        a = len(self.activations)
        s = self.weights[0].shape[1]
        sizes = [self.weights[0].shape[3]]
        for w, b in zip(self.weights, self.biases):
            if w.ndim != 4 or w.shape[0] not in (1, a) or w.shape[1] != s or w.shape[3] != sizes[-1]:
                raise ValueError(f"weights must chain as (A or 1, S, fan_out, fan_in); got shape {w.shape}")
            if b.shape != (w.shape[0], s, w.shape[2]):
                raise ValueError(f"biases must be (A or 1, S, fan_out) = {(w.shape[0], s, w.shape[2])}, got {b.shape}")
            sizes.append(w.shape[2])
        if sizes[-1] != 1:
            raise ValueError(f"the output layer must have one unit, got {sizes[-1]}")
        self.sizes: tuple[int, ...] = tuple(sizes)
        self.output = output
        self.residual = bool(residual)
        self._out_act = hidden_activation("tanh") if output == "tanh" else None

    @classmethod
    def build(
        cls,
        sizes: Sequence[int],
        activations: Sequence[ActivationSpec],
        seeds: Sequence[int],
        *,
        init: str = "playground",
        scale: float = 1.0,
        bias: float = 0.0,
        output: str = "tanh",
        residual: bool = False,
        share: bool = False,
    ) -> BatchedMLP:
        """A grid of networks: one row per activation, one column per seed.

        Every row gets the same initial weights for a given seed (see :func:`init_weights`).
        With ``share=True`` the rows share one weight array instead of each holding a copy
        (for read-only use; training, which updates each network, needs ``share=False``).
        """
        if not seeds:
            raise ValueError("give at least one seed")
        acts = [hidden_activation(a) for a in activations]
        ws, bs = init_weights(sizes, seeds, init=init, scale=scale, bias=bias)
        rows = 1 if share else len(acts)
        weights = [np.repeat(w[None], rows, axis=0) for w in ws]
        biases = [np.repeat(b[None], rows, axis=0) for b in bs]
        return cls(acts, weights, biases, output=output, residual=residual)

    # -- shape -------------------------------------------------------------------------------
    @property
    def grid(self) -> tuple[int, int]:
        """``(A, S)``: rows (activations) and columns (seeds)."""
        return len(self.activations), self.weights[0].shape[1]

    @property
    def n_hidden(self) -> int:
        """Number of hidden layers."""
        return len(self.weights) - 1

    def is_residual(self, k: int) -> bool:
        """Whether hidden layer k (0-based) adds its input to its output."""
        return self.residual and self.sizes[k] == self.sizes[k + 1]

    # -- passes ------------------------------------------------------------------------------
    def _apply(self, z: FloatArray, keep: bool) -> tuple[FloatArray, FloatArray | None]:
        acts = self.activations
        # The kernel shortcut pays off only where call overhead dominates (small arrays); big
        # ones go through the catalog's full entry point, which also splits them over cores.
        finite = z.size <= _SMALL * len(acts) and bool(np.isfinite(z).all())
        if len(acts) == 1:
            if keep:
                return acts[0].f_df(z, finite=finite)
            return acts[0].f(z, finite=finite), None
        # z has one row when every row shares weights and input (the first layer of the depth
        # view): each activation then reads that row.
        rows = z.shape[0]
        full = (len(acts), *z.shape[1:])
        h = np.empty(full)
        d = np.empty(full) if keep else None
        for i, act in enumerate(acts):
            zi = z[i] if rows > 1 else z[0]
            if d is not None:
                h[i], d[i] = act.f_df(zi, finite=finite)
            else:
                h[i] = act.f(zi, finite=finite)
        return h, d

    def forward(
        self,
        x: FloatArray,
        *,
        keep: bool = True,
        features_first: bool = False,
        observe: Callable[[int, FloatArray, FloatArray | None], object] | None = None,
    ) -> Forward:
        """Run every network on a batch.

        Parameters
        ----------
        x : ndarray
            ``(B, n_in)`` for the same inputs to every network, or an array broadcastable to
            ``(A, S, B, n_in)`` (e.g. ``(S, B, n_in)`` for one batch per seed).
        keep : bool, default True
            Keep what :meth:`backward` needs (layer values and f′). Without it, only ``out``
            is filled and memory stays at two layers.
        features_first : bool, default False
            ``x`` is already feature-major, ``(..., n_in, B)`` (saves a transpose per call
            for callers that reuse their batches).
        observe : callable, optional
            ``observe(k, h, df)`` after hidden layer k, with its output and f′ (``None``
            without ``keep``), both ``(A, S, width, B)``: statistics taken here read arrays
            that are still in cache.

        Returns
        -------
        Forward
        """
        x = np.asarray(x, dtype=np.float64)
        feat_axis = -2 if features_first else -1
        if x.ndim < 2 or x.shape[feat_axis] != self.sizes[0]:
            raise ValueError(f"inputs must have {self.sizes[0]} features per point, got shape {x.shape}")
        if features_first:
            h: FloatArray = x
        else:
            # The backward pass wants x as given (its weight gradient is gz @ x) and the forward
            # pass wants it feature-major: keep the view for one, a contiguous copy for the other.
            h = np.ascontiguousarray(x.swapaxes(-1, -2))
        hs: list[FloatArray] = [h if features_first else x.swapaxes(-1, -2)]
        dfs: list[FloatArray] = []
        for k in range(self.n_hidden):
            z = self.weights[k] @ h
            z += self.biases[k][..., None]
            a, d = self._apply(z, keep)
            if self.is_residual(k):
                a += h
            h = a
            if observe is not None:
                observe(k, h, d)
            if keep:
                hs.append(h)
                dfs.append(d)  # type: ignore[arg-type]
        z = (self.weights[-1] @ h)[..., 0, :]
        z += self.biases[-1]
        if self._out_act is None:
            out, dz = z, (np.ones_like(z) if keep else None)
        else:
            finite = z.size <= _SMALL and bool(np.isfinite(z).all())
            out = self._out_act.f(z, finite=finite)
            dz = self._out_act.df(z, finite=finite) if keep else None
        return Forward(out, hs, dfs, dz)

    def backward_layers(self, fwd: Forward, dout: FloatArray) -> Iterator[tuple[int, FloatArray, FloatArray]]:
        """Backpropagate, yielding ``(layer, dL/dW, dL/db)`` from the output layer down.

        Parameters
        ----------
        fwd : Forward
            From :meth:`forward` with ``keep=True``.
        dout : ndarray (A, S, B)
            dL/d(out) of each network's loss with respect to each output.

        Yields
        ------
        tuple
            Layer index (``n_hidden`` for the output layer, then ``n_hidden - 1`` down to 0),
            the weight gradient ``(A, S, fan_out, fan_in)`` and the bias gradient
            ``(A, S, fan_out)``. Consuming them one at a time keeps memory to one layer,
            which the depth view relies on. Layer k's weights are no longer read once its
            gradient has been yielded, so the caller may update them in place (SGD does).
        """
        if fwd.dout_dz is None or len(fwd.hs) != self.n_hidden + 1:
            raise ValueError("backward needs a forward pass run with keep=True")
        gz = (dout * fwd.dout_dz)[..., None, :]
        gh_next: FloatArray | None = None
        for k in range(self.n_hidden, -1, -1):
            dw = gz @ fwd.hs[k].swapaxes(-1, -2)
            db = gz.sum(axis=-1)
            if k > 0:
                # Propagate before yielding, so a caller may update layer k in place.
                wt = self.weights[k].swapaxes(-1, -2)
                if wt.shape[0] < gz.shape[0]:
                    # Weights shared by every row: one small transposed copy makes each of the
                    # many matmuls that reuse it contiguous (measured ~1.5× faster).
                    wt = np.ascontiguousarray(wt)
                gh = wt @ gz
                if gh_next is not None and self.is_residual(k):
                    gh += gh_next
                gh_next = gh
                gz = gh * fwd.dfs[k - 1]
            yield k, dw, db

    def backward(self, fwd: Forward, dout: FloatArray) -> Gradients:
        """All per-layer gradients at once (see :meth:`backward_layers`)."""
        n = self.n_hidden + 1
        gw: list[FloatArray] = [np.empty(0)] * n
        gb: list[FloatArray] = [np.empty(0)] * n
        for k, dw, db in self.backward_layers(fwd, dout):
            gw[k], gb[k] = dw, db
        return Gradients(gw, gb)

    def loss(self, x: FloatArray, target: FloatArray) -> FloatArray:
        """Each network's loss ``½·mean((out − target)²)``, shape ``(A, S)``.

        ``x`` as for :meth:`forward`; ``target`` broadcastable to ``(A, S, B)``.
        """
        err = self.forward(x, keep=False).out - target
        return 0.5 * np.mean(err * err, axis=-1)  # type: ignore[no-any-return]

    def loss_and_gradients(self, x: FloatArray, target: FloatArray) -> tuple[FloatArray, Gradients]:
        """Each network's loss ``(A, S)`` and the gradients of its own loss."""
        fwd = self.forward(x)
        err = fwd.out - target
        loss = 0.5 * np.mean(err * err, axis=-1)
        return loss, self.backward(fwd, err / err.shape[-1])

    def copy(self) -> BatchedMLP:
        """An independent copy (weights and biases copied)."""
        return BatchedMLP(
            self.activations,
            [w.copy() for w in self.weights],
            [b.copy() for b in self.biases],
            output=self.output,
            residual=self.residual,
        )


__all__ = [
    "INITS",
    "OUTPUTS",
    "ActivationLike",
    "ActivationSpec",
    "BatchedMLP",
    "CancelFlag",
    "CancelLike",
    "Cancelled",
    "Forward",
    "Gradients",
    "HiddenActivation",
    "Progress",
    "check_sizes",
    "hidden_activation",
    "init_weights",
    "is_cancelled",
]
