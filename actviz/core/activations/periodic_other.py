"""Periodic and other functions: the identity, the exponential, bumps and waves."""

from __future__ import annotations

import math

import numpy as np

import actviz.core._numerics as nm
from actviz.core.activation import UNDEFINED, Activation, Array, Param, Properties, by_order, const, lin

INF = math.inf
NAN = math.nan


# ---------------------------------------------------------------------------------- linear
def _linear(x: Array, *, order: int) -> Array:
    if order == 0:
        return x.copy()
    if order == 1:
        return np.ones_like(x)
    return np.zeros_like(x)


LINEAR = Activation(
    id="linear",
    label="Linear (identity)",
    group="periodic/other",
    kernels=by_order(_linear),
    tails=lambda: (lin(1.0, -1), lin(1.0, 1)),
    piecewise_linear=True,
    source="Keras",
    latex_f=r"x",
    latex_df=r"1",
    formula="f(x) = x",
    paper="Keras activations.linear",
    properties=Properties("(-∞, ∞)", monotonic=True, smooth=True, zero_centred=True),
    convention="Smooth everywhere: no kinks.",
)


# ----------------------------------------------------------------------------- exponential
def _exponential(x: Array, *, order: int) -> Array:
    return nm.exp(x)  # every derivative is eˣ


def _exponential_joint(x: Array) -> tuple[Array, Array, Array]:
    e = nm.exp(x)
    return e, e.copy(), e.copy()


EXPONENTIAL = Activation(
    id="exponential",
    label="Exponential",
    group="periodic/other",
    kernels=by_order(_exponential),
    joint=_exponential_joint,
    tails=lambda: (const(0.0), (INF, INF, INF)),
    source="Keras",
    latex_f=r"e^{x}",
    latex_df=r"e^{x}",
    formula="f(x) = eˣ",
    paper="Keras activations.exponential",
    properties=Properties("(0, ∞)", monotonic=True, smooth=True, bounded_below=True),
    convention="Smooth everywhere: no kinks. Beyond x ≈ 709.78 the value exceeds float64 and is +inf.",
)


# --------------------------------------------------------------------------- bent_identity
def _bent_identity_with(x: Array, order: int, h: Array) -> Array:
    """Order 0, 1 or 2 from h = √(x² + 1)."""
    if order == 0:
        # (√(x²+1) − 1)/2 written as x·(x/(h+1))/2: no cancellation near 0, no overflow of x².
        return nm.unbounded(np.add, 0.5 * x * (x / (h + 1.0)), x)
    if order == 1:
        return 0.5 * x / h + 1.0
    return 0.5 * (1.0 / h) ** 3


def _bent_identity(x: Array, *, order: int) -> Array:
    return _bent_identity_with(x, order, nm.sqrt1p(x, 1.0))


def _bent_identity_joint(x: Array) -> tuple[Array, Array, Array]:
    h = nm.sqrt1p(x, 1.0)
    return _bent_identity_with(x, 0, h), _bent_identity_with(x, 1, h), _bent_identity_with(x, 2, h)


BENT_IDENTITY = Activation(
    id="bent_identity",
    label="Bent identity",
    group="periodic/other",
    kernels=by_order(_bent_identity),
    joint=_bent_identity_joint,
    tails=lambda: (lin(0.5, -1), lin(1.5, 1)),
    source="literature",
    latex_f=r"\frac{\sqrt{x^2+1}-1}{2} + x",
    latex_df=r"\frac{x}{2\sqrt{x^2+1}} + 1",
    formula="f(x) = (√(x² + 1) − 1)/2 + x",
    paper="bent identity",
    year=None,
    properties=Properties("(-∞, ∞)", monotonic=True, smooth=True, zero_centred=True),
    convention="Smooth everywhere: no kinks.",
)


# ----------------------------------------------------------------------------------- lisht
def _lisht_d2(x: Array, t: Array) -> Array:
    # sech²(±400) is already 0 in every dtype, so the clip bounds the factor beside it and
    # changes no value.
    xc = nm.clip(x, -400.0, 400.0)
    return 2.0 * nm.sech2(xc) * (1.0 - xc * t)


def _lisht(x: Array, *, order: int) -> Array:
    if order == 0:
        return x * np.tanh(x)
    if order == 1:
        return np.tanh(x) + x * nm.sech2(x)
    return _lisht_d2(x, np.tanh(x))


def _lisht_joint(x: Array) -> tuple[Array, Array, Array]:
    t = np.tanh(x)
    return x * t, t + x * nm.sech2(x), _lisht_d2(x, t)


LISHT = Activation(
    id="lisht",
    label="LiSHT",
    group="periodic/other",
    kernels=by_order(_lisht),
    joint=_lisht_joint,
    tails=lambda: ((INF, -1.0, 0.0), lin(1.0, 1)),
    source="literature",
    latex_f=r"x\tanh x",
    latex_df=r"\tanh x + x\operatorname{sech}^2 x",
    formula="f(x) = x·tanh(x)",
    year=2019,
    paper="Roy et al., LiSHT: non-parametric linearly scaled hyperbolic tangent",
    arxiv="1901.05894",
    properties=Properties("[0, ∞)", smooth=True, bounded_below=True),
    convention="Smooth everywhere: no kinks.",
)


# -------------------------------------------------------------------------------- gaussian
def _gaussian_with(xc: Array, order: int, g: Array) -> Array:
    """Order 0, 1 or 2 from xc = x clipped to ±40 (where e^(−x²) is 0) and g = e^(−xc²)."""
    if order == 0:
        return g
    if order == 1:
        return -2.0 * xc * g
    return (4.0 * np.square(xc) - 2.0) * g


def _gaussian(x: Array, *, order: int) -> Array:
    xc = nm.clip(x, -40.0, 40.0)
    return _gaussian_with(xc, order, np.exp(-np.square(xc)))


def _gaussian_joint(x: Array) -> tuple[Array, Array, Array]:
    xc = nm.clip(x, -40.0, 40.0)
    g = np.exp(-np.square(xc))
    return g, _gaussian_with(xc, 1, g), _gaussian_with(xc, 2, g)


GAUSSIAN = Activation(
    id="gaussian",
    label="Gaussian",
    group="periodic/other",
    kernels=by_order(_gaussian),
    joint=_gaussian_joint,
    tails=lambda: (const(0.0), const(0.0)),
    source="literature",
    latex_f=r"e^{-x^2}",
    latex_df=r"-2x\,e^{-x^2}",
    formula="f(x) = e^(−x²)",
    paper="radial basis function networks (Broomhead & Lowe)",
    year=1988,
    properties=Properties("(0, 1]", smooth=True, bounded_below=True, bounded_above=True, saturating=True),
    convention="Smooth everywhere: no kinks.",
)


# ------------------------------------------------------------------------------------ sine
def _sine(x: Array, *, order: int, w0: float) -> Array:
    a = w0 * nm.trig_arg(x)
    out: Array
    if order == 0:
        out = np.sin(a)
    elif order == 1:
        out = w0 * np.cos(a)
    else:
        out = -(w0 * w0) * np.sin(a)
    return out


def _sine_joint(x: Array, *, w0: float) -> tuple[Array, Array, Array]:
    a = w0 * nm.trig_arg(x)
    s = np.sin(a)
    return s, w0 * np.cos(a), -(w0 * w0) * s


SINE = Activation(
    id="sine",
    label="Sine (SIREN)",
    group="periodic/other",
    kernels=by_order(_sine),
    joint=_sine_joint,
    params=(Param("w0", "ω₀", 1.0, 0.1, 60.0, 0.1, "Frequency; SIREN uses ω₀ = 30 in its first layer"),),
    tails=lambda w0: (UNDEFINED, UNDEFINED),
    source="literature",
    latex_f=r"\sin(\omega_0 x)",
    latex_df=r"\omega_0\cos(\omega_0 x)",
    formula="f(x) = sin(ω₀x)",
    year=2020,
    paper="Sitzmann et al., Implicit neural representations with periodic activation functions",
    arxiv="2006.09661",
    properties=Properties("[-1, 1]", smooth=True, zero_centred=True, bounded_below=True, bounded_above=True),
    convention="Smooth everywhere: no kinks. No limit at ±inf, so ±inf gives NaN.",
)


# ----------------------------------------------------------------------------------- snake
def _snake(x: Array, *, order: int, alpha: float) -> Array:
    xt = nm.trig_arg(x)
    out: Array
    if order == 0:
        out = x + np.sin(alpha * xt) ** 2 / alpha
    elif order == 1:
        out = 1.0 + np.sin(2.0 * alpha * xt)
    else:
        out = (2.0 * alpha) * np.cos(2.0 * alpha * xt)
    return out


def _snake_joint(x: Array, *, alpha: float) -> tuple[Array, Array, Array]:
    xt = nm.trig_arg(x)
    u = 2.0 * alpha * xt
    return x + np.sin(alpha * xt) ** 2 / alpha, 1.0 + np.sin(u), (2.0 * alpha) * np.cos(u)


SNAKE = Activation(
    id="snake",
    label="Snake",
    group="periodic/other",
    kernels=by_order(_snake),
    joint=_snake_joint,
    params=(Param("alpha", "α", 1.0, 0.1, 5.0, 0.05, "Frequency of the periodic part"),),
    tails=lambda alpha: ((-INF, NAN, NAN), (INF, NAN, NAN)),
    source="literature",
    latex_f=r"x + \frac{\sin^2(\alpha x)}{\alpha}",
    latex_df=r"1 + \sin(2\alpha x)",
    formula="f(x) = x + sin²(αx)/α",
    year=2020,
    paper="Ziyin, Hartwig & Ueda, Neural networks fail to learn periodic functions and how to fix it",
    arxiv="2006.08195",
    properties=Properties("(-∞, ∞)", monotonic=True, smooth=True),
    convention="Smooth everywhere: no kinks. f′ oscillates forever, so f′(±inf) is NaN.",
)

ACTIVATIONS: tuple[Activation, ...] = (LINEAR, EXPONENTIAL, BENT_IDENTITY, LISHT, GAUSSIAN, SINE, SNAKE)
