"""The machinery every activation shares: parameters, properties and evaluation.

An :class:`Activation` bundles the kernels that compute f, f′ and f″ for finite x with its
parameters, limits at ±inf, kinks and metadata. The catalog itself lives in
:mod:`actviz.core.activations`, one module per group, and :mod:`actviz.core.registry` looks
functions up by id.

Evaluation here does what no kernel should have to repeat: it validates parameters, keeps the
dtype of x (float32 stays float32, anything else real becomes float64), answers ±inf with the
declared limits and NaN with NaN, and sends large arrays through in cache-sized chunks.
"""

from __future__ import annotations

import functools
import math
import os
import threading
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import KW_ONLY, dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

from actviz.core.numbers import fmt_number

# float32 or float64: kernels keep the dtype they are given.
Array = npt.NDArray[np.floating[Any]]
# kernel(x, **params) -> one derivative order, for finite x only.
Kernel = Callable[..., Array]
# joint(x, **params) -> (f, f′, f″), computed together to share work.
JointKernel = Callable[..., tuple[Array, Array, Array]]
# One triple (f, f′, f″) of limits at -inf or +inf.
Limits = tuple[float, float, float]

INF = math.inf
NAN = math.nan
UNDEFINED: Limits = (NAN, NAN, NAN)
ORDERS = (0, 1, 2)

# Elements per evaluation chunk: 1 MiB of float64, so temporaries stay in cache. Measured
# here (2 cores): smaller chunks pay more in thread hand-offs, larger ones spill the cache.
CHUNK = 131072
# Threads for large evaluations; set ``actviz.core.activation.THREADS = 1`` to stay on one core.
THREADS = min(os.cpu_count() or 1, 8)


def lin(slope: float, side: int) -> Limits:
    """Limits of a tail that grows linearly with ``slope`` towards ``side`` (-1 or +1)."""
    return (INF if slope * side > 0 else -INF, slope, 0.0)


def const(value: float) -> Limits:
    """Limits of a tail that levels off at ``value``."""
    return (value, 0.0, 0.0)


def by_order(kernel: Kernel) -> tuple[Kernel, Kernel, Kernel]:
    """The (f, f′, f″) kernels of a function written once with an ``order`` keyword.

    Parameters
    ----------
    kernel : callable
        ``kernel(x, *, order, **params)`` returning derivative ``order`` (0, 1 or 2) at x.

    Returns
    -------
    tuple of callable
        Three kernels ``k(x, **params)``, for orders 0, 1 and 2, as :class:`Activation` takes.
    """
    return (
        functools.partial(kernel, order=0),
        functools.partial(kernel, order=1),
        functools.partial(kernel, order=2),
    )


def _fmt(v: float) -> str:
    return fmt_number(v, fixed_from=0, python_exponent=True, ascii=True)  # as f"{v:g}"


@dataclass(frozen=True)
class Param:
    """One parameter of an activation.

    Attributes
    ----------
    name : str
        The keyword, named as in PyTorch (or Keras for Keras-only functions).
    symbol : str
        The symbol used in formulas and on the slider label, e.g. ``"α"``.
    default : float or str
        The framework's default.
    min, max : float
        The allowed closed range. ``max`` may be ``inf`` (for "no limit").
    step : float
        A sensible increment for a slider or spinbox.
    description : str
        One line for a tooltip.
    choices : tuple of str, optional
        For a discrete parameter, the allowed values; min/max/step are then unused.
    soft_max : float, optional
        For a parameter whose max is ``inf``, the largest finite value a slider should offer.
    """

    name: str
    symbol: str
    default: float | str
    min: float = -INF
    max: float = INF
    step: float = 0.01
    description: str = ""
    choices: tuple[str, ...] | None = None
    soft_max: float | None = None

    @property
    def is_choice(self) -> bool:
        """Whether this parameter takes one of a few strings rather than a number."""
        return self.choices is not None

    def allowed(self) -> str:
        """The allowed values, as a phrase for an error message."""
        if self.choices is not None:
            return "one of " + ", ".join(repr(c) for c in self.choices)
        return f"a number in [{_fmt(self.min)}, {_fmt(self.max)}]"

    def validate(self, value: Any) -> float | str:
        """Return ``value`` in canonical form or raise ``ValueError`` naming this parameter."""
        if self.choices is not None:
            if isinstance(value, str) and value in self.choices:
                return value
            raise ValueError(f"{self.name} must be {self.allowed()}, got {value!r}")
        if isinstance(value, bool) or not isinstance(value, (int, float, np.integer, np.floating)):
            raise ValueError(f"{self.name} must be {self.allowed()}, got {value!r}")
        v = float(value)
        if math.isnan(v) or not (self.min <= v <= self.max):
            raise ValueError(f"{self.name} must be {self.allowed()}, got {_fmt(v)}")
        return v


@dataclass(frozen=True)
class Properties:
    """Qualitative properties of an activation at its default parameters.

    Only ``output_range`` is positional; every flag is a keyword and defaults to False, so a
    definition names exactly the properties it has, e.g.
    ``Properties("(0, 1)", monotonic=True, smooth=True, bounded_below=True, ...)``.
    """

    output_range: str
    _: KW_ONLY
    monotonic: bool = False
    smooth: bool = False
    zero_centred: bool = False
    bounded_below: bool = False
    bounded_above: bool = False
    saturating: bool = False

    def summary(self) -> str:
        """One short line, e.g. ``range (0, 1) · monotonic · smooth · saturating``."""
        parts = [f"range {self.output_range}"]
        parts.append("monotonic" if self.monotonic else "non-monotonic")
        parts.append("smooth" if self.smooth else "not smooth")
        if self.zero_centred:
            parts.append("zero-centred")
        bounds = [n for n, b in (("below", self.bounded_below), ("above", self.bounded_above)) if b]
        parts.append("bounded " + " and ".join(bounds) if bounds else "unbounded")
        if self.saturating:
            parts.append("saturating")
        return " · ".join(parts)


@dataclass(frozen=True, eq=False)
class Activation:
    """One activation function with its derivatives, parameters and metadata.

    Call :meth:`f`, :meth:`df` and :meth:`d2f` with ``x`` (a Python scalar or a float32/float64
    array; the dtype is kept) and the parameters as keywords; omitted parameters take their
    defaults. At a kink, ``df`` and ``d2f`` return the value PyTorch autograd returns (see
    :attr:`convention`). No finite input gives a warning or a NaN; ±inf gives the
    mathematical limit and NaN propagates.

    Attributes
    ----------
    id, label, group : str
        The id (as in ``torch.nn.functional`` where one exists), the display name, and the
        catalog group (one of :data:`actviz.core.registry.GROUPS`).
    kernels : tuple of callable
        ``(f, f′, f″)``, each ``k(x, **params)`` for a finite float32/float64 array x, keeping
        its dtype and raising no floating-point warning. :func:`by_order` builds them from a
        kernel with an ``order`` keyword.
    tails : callable
        ``tails(**params) -> (limits at -inf, limits at +inf)``, each an (f, f′, f″) triple.
    joint : callable, optional
        ``joint(x, **params) -> (f, f′, f″)`` computing all three at once, sharing work; it
        must give exactly what the three kernels give. Used by :meth:`evaluate_all`.
    kink_fn : callable, optional
        ``kink_fn(**params)`` giving the x where f, f′ or f″ is not smooth.
    piecewise_linear : bool
        True if f is linear between kinks (the sampler then needs no refinement).
    check : callable, optional
        ``check(**params)`` raising ``ValueError`` for a combination the ranges allow but the
        function does not (e.g. min_val ≥ max_val).
    """

    id: str
    label: str
    group: str
    kernels: tuple[Kernel, Kernel, Kernel]
    tails: Callable[..., tuple[Limits, Limits]]
    params: tuple[Param, ...] = ()
    kink_fn: Callable[..., Sequence[float]] | None = None
    piecewise_linear: bool = False
    check: Callable[..., None] | None = None
    latex_f: str = ""
    latex_df: str = ""
    formula: str = ""
    year: int | None = None
    paper: str = ""
    arxiv: str | None = None
    source: str = "PyTorch"
    properties: Properties | None = None
    convention: str = ""
    notes: str = ""
    joint: JointKernel | None = None
    _by_name: Mapping[str, Param] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_name", {p.name: p for p in self.params})

    # -- parameters -------------------------------------------------------------------------
    def param(self, name: str) -> Param:
        """The parameter called ``name``; ``ValueError`` listing the parameters if none is."""
        try:
            return self._by_name[name]
        except KeyError:
            raise ValueError(self._unknown_param_message(name)) from None

    def _unknown_param_message(self, name: str) -> str:
        names = ", ".join(p.name for p in self.params) or "none"
        return f"{self.id} has no parameter {name!r} (its parameters: {names})"

    def defaults(self) -> dict[str, float | str]:
        """Every parameter at its default."""
        return {p.name: p.default for p in self.params}

    def resolve(self, **params: Any) -> dict[str, float | str]:
        """Fill in defaults and validate; raise ``ValueError`` on any bad name or value."""
        out = self.defaults()
        for name, value in params.items():
            if name not in self._by_name:
                raise ValueError(self._unknown_param_message(name))
            out[name] = self._by_name[name].validate(value)
        if self.check is not None:
            self.check(**out)
        return out

    # -- evaluation -------------------------------------------------------------------------
    def f(self, x: Any, **params: Any) -> Any:
        """The function value f(x)."""
        return self.evaluate(x, 0, self.resolve(**params))

    def df(self, x: Any, **params: Any) -> Any:
        """The first derivative f′(x), with PyTorch's value at kinks."""
        return self.evaluate(x, 1, self.resolve(**params))

    def d2f(self, x: Any, **params: Any) -> Any:
        """The second derivative f″(x), with PyTorch's double-backward value at kinks."""
        return self.evaluate(x, 2, self.resolve(**params))

    def evaluate(self, x: Any, order: int, resolved: Mapping[str, Any]) -> Any:
        """Evaluate derivative ``order`` (0, 1 or 2) with already-resolved parameters.

        This is the fast path for callers that validated once (the sampler, the window).
        """
        if order not in ORDERS:
            raise ValueError(f"order must be 0, 1 or 2 (f, f′, f″), got {order!r}")
        # The sampler, the window and the training loop make many small calls: this path
        # stays as short as it can; _evaluate is the general one.
        scalar = not isinstance(x, np.ndarray)
        arr, shape = _as_float_array(x)
        if arr.size > CHUNK:
            out = self._evaluate_chunked(arr, (order,), resolved)[0]
        elif np.isfinite(arr).all():
            out = self.kernels[order](arr, **resolved)
        else:
            out = self._compute(arr, (order,), resolved)[0]
        out = out.reshape(shape)
        return out[()] if scalar else out

    def evaluate_all(self, x: Any, params: Mapping[str, Any] | None = None) -> tuple[Any, Any, Any]:
        """f, f′ and f″ at x in one call, sharing work between them where that is cheap.

        Parameters
        ----------
        x : float or array_like
            Real input; a float32 or float64 array keeps its dtype, anything else real becomes
            float64. A scalar gives numpy scalars.
        params : mapping, optional
            Parameter values by name; omitted ones take their defaults. They are validated as
            in :meth:`f` (about a microsecond), so the output of :meth:`resolve` and a
            hand-written dict are equally welcome.

        Returns
        -------
        tuple
            ``(f, f′, f″)``, each shaped like x, exactly equal to what :meth:`evaluate` gives
            for orders 0, 1 and 2, and never sharing memory with each other or with x.

        Raises
        ------
        ValueError
            If a parameter is unknown or out of its range.

        Examples
        --------
        >>> from actviz.core import get
        >>> get("relu").evaluate_all([-1.0, 0.0, 2.0])
        (array([0., 0., 2.]), array([0., 0., 1.]), array([0., 0., 0.]))
        """
        f, df, d2f = self._evaluate(x, ORDERS, self.resolve(**(params or {})))
        return f, df, d2f

    def _evaluate(self, x: Any, orders: tuple[int, ...], resolved: Mapping[str, Any]) -> list[Any]:
        scalar = not isinstance(x, np.ndarray)
        arr, shape = _as_float_array(x)
        if arr.size > CHUNK:
            outs = self._evaluate_chunked(arr, orders, resolved)
        else:
            outs = self._compute(arr, orders, resolved)
        if scalar:
            return [out.reshape(shape)[()] for out in outs]
        return [out.reshape(shape) for out in outs]

    def _compute(self, arr: Array, orders: tuple[int, ...], resolved: Mapping[str, Any]) -> list[Array]:
        """Run the kernels on one array of at most :data:`CHUNK` elements."""
        finite = np.isfinite(arr)
        if finite.all():
            return self._kernels(arr, orders, resolved)
        # Non-finite input never reaches a kernel, so kernels only have to be right for finite
        # x; infinities get the declared limits and NaN stays NaN.
        outs = self._kernels(np.where(finite, arr, arr.dtype.type(0)), orders, resolved)
        neg, pos = self.tails(**resolved)
        fixed = []
        for order, out in zip(orders, outs):
            out = np.array(out)
            # A limit past the dtype's range (e.g. max_value=1e308 in float32) rounds to ±inf.
            with np.errstate(over="ignore"):
                out[arr == -np.inf] = neg[order]
                out[arr == np.inf] = pos[order]
            out[np.isnan(arr)] = np.nan
            fixed.append(out)
        return fixed

    def _kernels(self, arr: Array, orders: tuple[int, ...], resolved: Mapping[str, Any]) -> list[Array]:
        if len(orders) == 1:
            return [self.kernels[orders[0]](arr, **resolved)]
        if self.joint is not None and orders == ORDERS:
            return list(self.joint(arr, **resolved))
        return [self.kernels[order](arr, **resolved) for order in orders]

    def _evaluate_chunked(self, arr: Array, orders: tuple[int, ...], resolved: Mapping[str, Any]) -> list[Array]:
        """Large arrays go through in cache-sized chunks, on all cores.

        Each kernel makes several temporaries; chunk-sized ones are reused from the heap instead
        of being mapped (and page-faulted) anew, and numpy releases the GIL inside each call,
        so the chunks run in parallel threads.
        """
        flat = arr.reshape(-1)
        outs = [np.empty_like(flat) for _ in orders]

        def work(i: int) -> None:
            for out, part in zip(outs, self._compute(flat[i : i + CHUNK], orders, resolved)):
                out[i : i + CHUNK] = part

        starts = range(0, flat.size, CHUNK)
        pool = _pool()
        if pool is None:
            for i in starts:
                work(i)
        else:
            for _ in pool.map(work, starts):
                pass
        return [out.reshape(arr.shape) for out in outs]

    # -- kinks ------------------------------------------------------------------------------
    def kinks(self, **params: Any) -> tuple[float, ...]:
        """Sorted x positions where f, f′ or f″ is discontinuous or not differentiable."""
        return self.kinks_resolved(self.resolve(**params))

    def kinks_resolved(self, resolved: Mapping[str, Any]) -> tuple[float, ...]:
        """:meth:`kinks` for parameters already validated by :meth:`resolve`."""
        if self.kink_fn is None:
            return ()
        return tuple(sorted({float(k) for k in self.kink_fn(**resolved) if math.isfinite(k)}))

    @property
    def reference(self) -> str:
        """The paper and year, with the arXiv id when there is one."""
        bits = [self.paper] if self.paper else []
        if self.year:
            bits.append(str(self.year))
        if self.arxiv:
            bits.append(f"arXiv:{self.arxiv}")
        return ", ".join(bits)


def _as_float_array(x: Any) -> tuple[Array, tuple[int, ...]]:
    """x as a float32/float64 array of at least one dimension, and the shape to give back."""
    arr = np.asarray(x)
    if arr.dtype != np.float32 and arr.dtype != np.float64:
        if arr.dtype.kind not in "biuf":
            raise TypeError(f"x must be real numbers, got dtype {arr.dtype}")
        arr = arr.astype(np.float64)
    shape = arr.shape
    if arr.ndim == 0:  # ufuncs turn 0-d arrays into immutable scalars; kernels want arrays
        arr = arr.reshape(1)
    return arr, shape


_POOL: ThreadPoolExecutor | None = None
_POOL_WORKERS = 0
_POOL_LOCK = threading.Lock()


def _pool() -> ThreadPoolExecutor | None:
    global _POOL, _POOL_WORKERS
    if THREADS <= 1:
        return None
    with _POOL_LOCK:
        if _POOL is None or _POOL_WORKERS != THREADS:
            _POOL = ThreadPoolExecutor(max_workers=THREADS, thread_name_prefix="actviz-eval")
            _POOL_WORKERS = THREADS
        return _POOL
