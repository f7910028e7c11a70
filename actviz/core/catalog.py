"""Activation objects, their parameters and metadata, and the registry.

The functions themselves are defined in :mod:`actviz.core.functions`; this module holds the
machinery that every function shares: parameter validation, dtype handling, and the treatment
of non-finite input, so each definition only has to be right for finite x.
"""

from __future__ import annotations

import math
import os
import threading
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import numpy as np

GROUPS: tuple[str, ...] = (
    "rectifiers",
    "smooth rectifiers",
    "sigmoid-like",
    "shrinkage/threshold",
    "periodic/other",
)

INF = math.inf
NAN = math.nan
# Elements per evaluation chunk: 1 MiB of float64, so temporaries stay in cache. Measured
# here (2 cores): smaller chunks pay more in thread hand-offs, larger ones spill the cache.
CHUNK = 131072

# One triple (f, f', f'') of limits at -inf or +inf.
Limits = tuple[float, float, float]


def lin(slope: float, side: int) -> Limits:
    """Limits of a tail that grows linearly with ``slope`` towards ``side`` (-1 or +1)."""
    return (INF if slope * side > 0 else -INF, slope, 0.0)


def const(value: float) -> Limits:
    """Limits of a tail that levels off at ``value``."""
    return (value, 0.0, 0.0)


UNDEFINED: Limits = (NAN, NAN, NAN)


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


def _fmt(v: float) -> str:
    if math.isinf(v):
        return "inf" if v > 0 else "-inf"
    return f"{v:g}"


@dataclass(frozen=True)
class Properties:
    """Qualitative properties of an activation at its default parameters."""

    output_range: str
    monotonic: bool
    smooth: bool
    zero_centred: bool
    bounded_below: bool
    bounded_above: bool
    saturating: bool

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


Kernel = Callable[..., np.ndarray]


@dataclass(frozen=True, eq=False)
class Activation:
    """One activation function with its derivatives, parameters and metadata.

    Call :meth:`f`, :meth:`df` and :meth:`d2f` with ``x`` (a Python scalar or a float32/float64
    array; the dtype is kept) and the parameters as keywords; omitted parameters take their
    defaults. At a kink, ``df`` and ``d2f`` return the value PyTorch autograd returns (see
    :attr:`convention`). No finite input gives a warning or a NaN; ±inf gives the
    mathematical limit and NaN propagates.
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
    _by_name: Mapping[str, Param] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        if self.group not in GROUPS:
            raise ValueError(f"{self.id}: unknown group {self.group!r}")
        object.__setattr__(self, "_by_name", {p.name: p for p in self.params})

    # -- parameters -------------------------------------------------------------------------
    def param(self, name: str) -> Param:
        try:
            return self._by_name[name]
        except KeyError:
            raise ValueError(self._unknown_param_message(name)) from None

    def _unknown_param_message(self, name: str) -> str:
        names = ", ".join(p.name for p in self.params) or "none"
        return f"{self.id} has no parameter {name!r} (its parameters: {names})"

    def defaults(self) -> dict[str, float | str]:
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
        scalar = not isinstance(x, np.ndarray)
        arr = np.asarray(x)
        if arr.dtype != np.float32 and arr.dtype != np.float64:
            if arr.dtype.kind not in "biuf":
                raise TypeError(f"x must be real numbers, got dtype {arr.dtype}")
            arr = arr.astype(np.float64)
        shape = arr.shape
        if arr.ndim == 0:  # ufuncs turn 0-d arrays into immutable scalars; kernels want arrays
            arr = arr.reshape(1)
        if arr.size > CHUNK:
            return self._evaluate_chunked(arr, order, resolved)
        kernel = self.kernels[order]
        finite = np.isfinite(arr)
        if finite.all():
            out = kernel(arr, **resolved)
        else:
            # Non-finite input never reaches a kernel, so kernels only have to be right for
            # finite x; infinities get the declared limits and NaN stays NaN.
            out = np.array(kernel(np.where(finite, arr, arr.dtype.type(0)), **resolved))
            neg, pos = self.tails(**resolved)
            out[arr == -np.inf] = neg[order]
            out[arr == np.inf] = pos[order]
            out[np.isnan(arr)] = np.nan
        out = out.reshape(shape)
        if scalar:
            return out[()]
        return out

    def _evaluate_chunked(self, arr: np.ndarray, order: int, resolved: Mapping[str, Any]) -> np.ndarray:
        """Large arrays go through in cache-sized chunks, on all cores.

        Each kernel makes several temporaries; chunk-sized ones are reused from the heap instead
        of being mapped (and page-faulted) anew, and numpy releases the GIL inside each call,
        so the chunks run in parallel threads.
        """
        flat = arr.reshape(-1)
        out = np.empty_like(flat)

        def work(i: int) -> None:
            out[i:i + CHUNK] = self.evaluate(flat[i:i + CHUNK], order, resolved)

        starts = range(0, flat.size, CHUNK)
        pool = _pool()
        if pool is None:
            for i in starts:
                work(i)
        else:
            for _ in pool.map(work, starts):
                pass
        return out.reshape(arr.shape)

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


# Threads for large evaluations; set ``actviz.core.catalog.THREADS = 1`` to stay on one core.
THREADS = min(os.cpu_count() or 1, 8)
_POOL: ThreadPoolExecutor | None = None
_POOL_LOCK = threading.Lock()


def _pool() -> ThreadPoolExecutor | None:
    global _POOL
    if THREADS <= 1:
        return None
    with _POOL_LOCK:
        if _POOL is None or _POOL._max_workers != THREADS:
            _POOL = ThreadPoolExecutor(max_workers=THREADS, thread_name_prefix="actviz-eval")
        return _POOL


_REGISTRY: dict[str, Activation] = {}


def register(act: Activation) -> Activation:
    if act.id in _REGISTRY:
        raise ValueError(f"duplicate activation id {act.id!r}")
    _REGISTRY[act.id] = act
    return act


# The four functions of the classic introductions come first; the rest follow by group.
SEEDS: tuple[str, ...] = ("relu", "leaky_relu", "sigmoid", "tanh")


def names() -> list[str]:
    """The function ids in display order: ReLU, Leaky ReLU, sigmoid and tanh, then by group."""
    rest = [i for i in _REGISTRY if i not in SEEDS]
    rest.sort(key=lambda i: GROUPS.index(_REGISTRY[i].group))  # stable: keeps catalog order
    return [i for i in SEEDS if i in _REGISTRY] + rest


def get(id: str) -> Activation:
    """The activation with this id; ``KeyError`` listing every id if there is none."""
    try:
        return _REGISTRY[id]
    except (KeyError, TypeError):
        raise KeyError(f"unknown activation {id!r}; known ids: {', '.join(_REGISTRY)}") from None
