"""Shrinkage and threshold functions: a band or half-line set to a constant, x elsewhere."""

from __future__ import annotations

import numpy as np

import actviz.core._numerics as nm
from actviz.core.activation import Activation, Array, Limits, Param, Properties, by_order, const, lin


# ------------------------------------------------------------------------------- threshold
def _threshold(x: Array, *, order: int, threshold: float, value: float) -> Array:
    if order == 0:
        return np.where(x > threshold, x, value)
    if order == 1:
        return (x > threshold).astype(x.dtype)
    return np.zeros_like(x)


THRESHOLD = Activation(
    id="threshold",
    label="Threshold",
    group="shrinkage/threshold",
    kernels=by_order(_threshold),
    params=(
        Param("threshold", "θ", 0.0, -5.0, 5.0, 0.05, "Inputs at or below θ are replaced"),
        Param("value", "v", 0.0, -5.0, 5.0, 0.05, "The replacement value"),
    ),
    tails=lambda threshold, value: (const(value), lin(1.0, 1)),
    kink_fn=lambda threshold, value: (threshold,),
    piecewise_linear=True,
    latex_f=r"\begin{cases}x & x>\theta\\v & x\le\theta\end{cases}",
    latex_df=r"\begin{cases}1 & x>\theta\\0 & x\le\theta\end{cases}",
    formula="f(x) = x if x > θ else v",
    paper="PyTorch nn.Threshold",
    properties=Properties("[0, ∞) at θ = v = 0; {v} ∪ (θ, ∞) in general", monotonic=True, bounded_below=True),
    convention="f′(θ) = 0 (PyTorch: the gradient flows only for x > θ). f jumps at θ unless v = θ.",
)


# ------------------------------------------------------------------------------ tanhshrink
def _tanhshrink_f(x: Array) -> Array:
    if x.dtype == np.float32:
        # float32 has too few digits for either the difference or a short series near 0;
        # float64 holds every float32 result exactly enough, and cannot overflow on the way back.
        return _tanhshrink_f(x.astype(np.float64)).astype(np.float32)
    out = x - np.tanh(x)
    # x − tanh x cancels near 0: there use its series, x³/3 − 2x⁵/15 + 17x⁷/315 − ...,
    # whose first omitted term is below 1e−14 of the sum for |x| < 0.1.
    small = np.abs(x) < 0.1
    if small.any():
        xs = x[small]
        x2 = xs * xs
        poly: float | Array = 21844.0 / 6081075.0
        for c in (1382.0 / 155925.0, 62.0 / 2835.0, 17.0 / 315.0, 2.0 / 15.0, 1.0 / 3.0):
            poly = c - x2 * poly
        out[small] = xs * x2 * poly
    return out


def _tanhshrink(x: Array, *, order: int) -> Array:
    if order == 0:
        return _tanhshrink_f(x)
    if order == 1:
        return np.tanh(x) ** 2
    return 2.0 * np.tanh(x) * nm.sech2(x)


def _tanhshrink_joint(x: Array) -> tuple[Array, Array, Array]:
    t = np.tanh(x)
    return _tanhshrink_f(x), t**2, 2.0 * t * nm.sech2(x)


TANHSHRINK = Activation(
    id="tanhshrink",
    label="Tanhshrink",
    group="shrinkage/threshold",
    kernels=by_order(_tanhshrink),
    joint=_tanhshrink_joint,
    tails=lambda: (lin(1.0, -1), lin(1.0, 1)),
    latex_f=r"x - \tanh x",
    latex_df=r"\tanh^2 x",
    formula="f(x) = x − tanh(x)",
    paper="PyTorch nn.Tanhshrink",
    properties=Properties("(-∞, ∞)", monotonic=True, smooth=True, zero_centred=True),
    convention="Smooth everywhere: no kinks. Near 0 a series keeps f accurate (it is ≈ x³/3 there).",
)


# ---------------------------------------------- softshrink, hardshrink: one band, two shapes
_LAMBD = Param("lambd", "λ", 0.5, 0.0, 5.0, 0.05, "Half-width of the zeroed band")
_SHRINK_LATEX_DF = r"\begin{cases}1 & |x|>\lambda\\0 & |x|\le\lambda\end{cases}"
_SHRINK_PROPERTIES = Properties("(-∞, ∞)", monotonic=True, zero_centred=True)


def _shrink_derivative(x: Array, order: int, lambd: float) -> Array:
    """f′ (order 1) or f″ (order 2) of both shrinks: 1 outside the band, 0 on it and inside."""
    if order == 1:
        return (np.abs(x) > lambd).astype(x.dtype)
    return np.zeros_like(x)


def _shrink_tails(lambd: float) -> tuple[Limits, Limits]:
    return (lin(1.0, -1), lin(1.0, 1))


def _shrink_kinks(lambd: float) -> tuple[float, float]:
    return (-lambd, lambd)


def _softshrink(x: Array, *, order: int, lambd: float) -> Array:
    if order == 0:
        return np.where(x > lambd, x - lambd, np.where(x < -lambd, x + lambd, 0.0)).astype(x.dtype, copy=False)
    return _shrink_derivative(x, order, lambd)


SOFTSHRINK = Activation(
    id="softshrink",
    label="Softshrink",
    group="shrinkage/threshold",
    kernels=by_order(_softshrink),
    params=(_LAMBD,),
    tails=_shrink_tails,
    kink_fn=_shrink_kinks,
    piecewise_linear=True,
    latex_f=r"\begin{cases}x-\lambda & x>\lambda\\ x+\lambda & x<-\lambda\\ 0 & \text{otherwise}\end{cases}",
    latex_df=_SHRINK_LATEX_DF,
    formula="f(x) = sign(x)·max(|x| − λ, 0)",
    paper="Donoho, De-noising by soft-thresholding",
    year=1995,
    properties=_SHRINK_PROPERTIES,
    convention="f′(±λ) = 0 (PyTorch: the gradient is 0 for −λ ≤ x ≤ λ).",
)


def _hardshrink(x: Array, *, order: int, lambd: float) -> Array:
    if order == 0:
        return np.where(np.abs(x) > lambd, x, 0.0).astype(x.dtype, copy=False)
    return _shrink_derivative(x, order, lambd)


HARDSHRINK = Activation(
    id="hardshrink",
    label="Hardshrink",
    group="shrinkage/threshold",
    kernels=by_order(_hardshrink),
    params=(_LAMBD,),
    tails=_shrink_tails,
    kink_fn=_shrink_kinks,
    piecewise_linear=True,
    latex_f=r"\begin{cases}x & |x|>\lambda\\ 0 & |x|\le\lambda\end{cases}",
    latex_df=_SHRINK_LATEX_DF,
    formula="f(x) = x if |x| > λ else 0",
    paper="Donoho & Johnstone, hard thresholding",
    year=1994,
    properties=_SHRINK_PROPERTIES,
    convention="f jumps at ±λ; f(±λ) = 0 and f′(±λ) = 0 (PyTorch: the gradient is 0 for |x| ≤ λ).",
)


# ----------------------------------------------------------------------------- binary_step
def _binary_step(x: Array, *, order: int) -> Array:
    if order == 0:
        return (x >= 0).astype(x.dtype)
    return np.zeros_like(x)


BINARY_STEP = Activation(
    id="binary_step",
    label="Binary step",
    group="shrinkage/threshold",
    kernels=by_order(_binary_step),
    tails=lambda: (const(0.0), const(1.0)),
    kink_fn=lambda: (0.0,),
    piecewise_linear=True,
    source="literature",
    latex_f=r"\begin{cases}1 & x\ge 0\\0 & x<0\end{cases}",
    latex_df=r"0 \quad (x \ne 0)",
    formula="f(x) = 1 if x ≥ 0 else 0",
    paper="McCulloch & Pitts, the threshold unit",
    year=1943,
    properties=Properties("{0, 1}", monotonic=True, bounded_below=True, bounded_above=True, saturating=True),
    convention="f(0) = 1 (Heaviside with H(0) = 1). f′ = 0 everywhere, which is what autograd gives for a "
    "comparison; the true derivative at 0 is a Dirac delta and is not drawn.",
)

ACTIVATIONS: tuple[Activation, ...] = (THRESHOLD, TANHSHRINK, SOFTSHRINK, HARDSHRINK, BINARY_STEP)
