"""Smooth rectifiers: ReLU-like shapes without the corner (GELU, SiLU, Mish, Softplus, ...)."""

from __future__ import annotations

import math

import numpy as np

import actviz.core._numerics as nm
from actviz.core.activation import Activation, Array, Param, Properties, by_order, const, lin

LOG2 = math.log(2.0)


# ------------------------------------------------------------------------------------ gelu
_GELU_K = math.sqrt(2.0 / math.pi)
_GELU_C = 0.044715


def _gelu(x: Array, *, order: int, approximate: str) -> Array:
    if approximate == "none":
        if order == 0:
            return x * nm.Phi(x)
        if order == 1:
            return nm.Phi(x) + x * nm.phi(x)
        xc = nm.clip(x, -50.0, 50.0)
        return nm.phi(xc) * (2.0 - xc * xc)
    # tanh form, written with σ: (1 + tanh u)/2 = σ(2u), stable on both sides.
    xc = nm.clip(x, -1e3, 1e3)
    u2 = 2.0 * _GELU_K * (xc + _GELU_C * xc * xc * xc)
    if order == 0:
        return x * nm.expit(u2)
    du2 = 2.0 * _GELU_K * (1.0 + 3.0 * _GELU_C * xc * xc)
    s1 = nm.dsigmoid(u2)
    if order == 1:
        return nm.expit(u2) + x * (s1 * du2)
    s2 = s1 * -np.tanh(0.5 * u2)
    d2u2 = 2.0 * _GELU_K * 6.0 * _GELU_C * xc
    return 2.0 * s1 * du2 + xc * (s2 * du2 * du2 + s1 * d2u2)


def _gelu_joint(x: Array, *, approximate: str) -> tuple[Array, Array, Array]:
    if approximate == "none":
        cdf = nm.Phi(x)
        xc = nm.clip(x, -50.0, 50.0)
        pdf = nm.phi(xc)  # φ clips at ±50 itself, so φ(xc) is φ(x)
        return x * cdf, cdf + x * pdf, pdf * (2.0 - xc * xc)
    xc = nm.clip(x, -1e3, 1e3)
    u2 = 2.0 * _GELU_K * (xc + _GELU_C * xc * xc * xc)
    e = nm.exp_neg_abs(u2)
    s = nm.expit(u2, e)
    du2 = 2.0 * _GELU_K * (1.0 + 3.0 * _GELU_C * xc * xc)
    s1 = nm.dsigmoid(u2, e)
    s2 = s1 * -np.tanh(0.5 * u2)
    d2u2 = 2.0 * _GELU_K * 6.0 * _GELU_C * xc
    return x * s, s + x * (s1 * du2), 2.0 * s1 * du2 + xc * (s2 * du2 * du2 + s1 * d2u2)


GELU = Activation(
    id="gelu",
    label="GELU",
    group="smooth rectifiers",
    kernels=by_order(_gelu),
    joint=_gelu_joint,
    params=(
        Param(
            "approximate",
            "approx",
            "none",
            description="'none': exact x·Φ(x); 'tanh': the tanh approximation",
            choices=("none", "tanh"),
        ),
    ),
    tails=lambda approximate: (const(0.0), lin(1.0, 1)),
    latex_f=r"x\,\Phi(x) = \frac{x}{2}\left(1+\operatorname{erf}\frac{x}{\sqrt2}\right)",
    latex_df=r"\Phi(x) + x\,\varphi(x)",
    formula="f(x) = x·Φ(x)   (tanh: x/2·(1 + tanh(√(2/π)(x + 0.044715x³))))",
    year=2016,
    paper="Hendrycks & Gimpel, Gaussian error linear units (GELUs)",
    arxiv="1606.08415",
    properties=Properties("[-0.17, ∞)", smooth=True, bounded_below=True),
    convention="Smooth everywhere: no kinks. f′(0) = 0.5.",
)


# ------------------------------------------------------------------------------------ silu
def _silu_d2(x: Array, e: Array | None = None) -> Array:
    xc = nm.clip(x, -1e3, 1e3)
    out: Array = nm.dsigmoid(xc, e) * (2.0 - xc * np.tanh(0.5 * xc))
    return out


def _silu(x: Array, *, order: int) -> Array:
    if order == 0:
        return x * nm.expit(x)
    if order == 1:
        s, ds = nm.sigmoid_parts(x)
        return s + x * ds
    return _silu_d2(x)


def _silu_joint(x: Array) -> tuple[Array, Array, Array]:
    # exp(−|clip(x, ±1e3)|) is exp(−|x|) (both are 0 beyond), so f″ shares the one exp too.
    e = nm.exp_neg_abs(x)
    s, ds = nm.sigmoid_parts(x, e)
    return x * s, s + x * ds, _silu_d2(x, e)


SILU = Activation(
    id="silu",
    label="SiLU (Swish-1)",
    group="smooth rectifiers",
    kernels=by_order(_silu),
    joint=_silu_joint,
    tails=lambda: (const(0.0), lin(1.0, 1)),
    latex_f=r"x\,\sigma(x)",
    latex_df=r"\sigma(x)\left(1 + x\,\sigma(-x)\right)",
    formula="f(x) = x·σ(x)",
    year=2017,
    paper="Elfwing, Uchibe & Doya, Sigmoid-weighted linear units",
    arxiv="1702.03118",
    properties=Properties("[-0.278, ∞)", smooth=True, bounded_below=True),
    convention="Smooth everywhere: no kinks. f′(0) = 0.5.",
)


# ----------------------------------------------------------------------------------- swish
def _swish_z(x: Array, beta: float) -> Array:
    """βx, clipped at |βx| = 1e3 where σ has long saturated (and βx cannot overflow)."""
    if beta == 0:
        return np.zeros_like(x)
    b = 1e3 / beta
    return beta * nm.clip(x, -b, b)


def _swish(x: Array, *, order: int, beta: float) -> Array:
    z = _swish_z(x, beta)
    if order == 0:
        return x * nm.expit(z)
    if order == 1:
        s, ds = nm.sigmoid_parts(z)
        return s + z * ds
    d2: Array = beta * nm.dsigmoid(z) * (2.0 - z * np.tanh(0.5 * z))
    return d2


def _swish_joint(x: Array, *, beta: float) -> tuple[Array, Array, Array]:
    z = _swish_z(x, beta)
    e = nm.exp_neg_abs(z)
    s, ds = nm.sigmoid_parts(z, e)
    return x * s, s + z * ds, beta * nm.dsigmoid(z, e) * (2.0 - z * np.tanh(0.5 * z))


SWISH = Activation(
    id="swish",
    label="Swish (β)",
    group="smooth rectifiers",
    kernels=by_order(_swish),
    joint=_swish_joint,
    params=(
        Param("beta", "β", 1.0, 0.0, 10.0, 0.05, "Sharpness: β = 1 is SiLU, β → ∞ approaches ReLU, β = 0 gives x/2"),
    ),
    tails=lambda beta: (const(0.0), lin(1.0, 1)) if beta > 0 else (lin(0.5, -1), lin(0.5, 1)),
    source="Keras",
    latex_f=r"x\,\sigma(\beta x)",
    latex_df=r"\sigma(\beta x) + \beta x\,\sigma(\beta x)\sigma(-\beta x)",
    formula="f(x) = x·σ(βx)",
    year=2017,
    paper="Ramachandran, Zoph & Le, Searching for activation functions",
    arxiv="1710.05941",
    properties=Properties("[-0.278/β, ∞)", smooth=True, bounded_below=True),
    convention="Smooth everywhere: no kinks. f′(0) = 0.5 for every β.",
)


# ------------------------------------------------------------------------------------ mish
def _mish_all(x: Array, orders: tuple[int, ...]) -> tuple[Array, ...]:
    """The requested orders of Mish, from one exp.

    tanh(softplus(x)) = n/(n+2) with n = eˣ(eˣ+2): one exp instead of logaddexp + tanh.
    Past the cap the factor is exactly 1 and the f′ correction term exactly 0 in the dtype.
    """
    cap = 60.0 if x.dtype == np.float64 else 30.0
    xc = np.minimum(x, cap)
    e = np.exp(xc)
    n = e * (e + 2.0)
    d = n + 2.0
    t = n / d
    out: list[Array] = []
    if 0 in orders:
        out.append(x * t)
    if orders == (0,):  # f needs nothing more
        return tuple(out)
    g = (e / d) * ((1.0 + e) / d)  # sech²(softplus(x))·σ(x) / 4
    if 1 in orders:
        out.append(t + xc * (4.0 * g))
    if 2 in orders:
        # f″ = S·s·(2 + x·σ(−x) − 2·x·t·s), with S·s = 4g, σ(x) = e/(1+e), σ(−x) = 1/(1+e)
        xl = np.maximum(xc, -1e3)
        s = e / (1.0 + e)
        d2 = 4.0 * g * (2.0 + xl / (1.0 + e) - 2.0 * xl * t * s)
        out.append(np.where(x > cap, 0.0, d2).astype(x.dtype, copy=False))  # f″ underflows to 0 past the cap
    return tuple(out)


def _mish(x: Array, *, order: int) -> Array:
    return _mish_all(x, (order,))[0]


def _mish_joint(x: Array) -> tuple[Array, Array, Array]:
    f, df, d2f = _mish_all(x, (0, 1, 2))
    return f, df, d2f


MISH = Activation(
    id="mish",
    label="Mish",
    group="smooth rectifiers",
    kernels=by_order(_mish),
    joint=_mish_joint,
    tails=lambda: (const(0.0), lin(1.0, 1)),
    latex_f=r"x\tanh(\operatorname{softplus}(x))",
    latex_df=r"\tanh(\mathrm{sp}) + x\,\operatorname{sech}^2(\mathrm{sp})\,\sigma(x)",
    formula="f(x) = x·tanh(ln(1 + eˣ))",
    year=2019,
    paper="Misra, Mish: a self regularized non-monotonic activation function",
    arxiv="1908.08681",
    properties=Properties("[-0.309, ∞)", smooth=True, bounded_below=True),
    convention="Smooth everywhere: no kinks. f′(0) = tanh(ln 2) = 0.6.",
)


# -------------------------------------------------------------------------------- softplus
def _softplus_z(x: Array, beta: float) -> Array:
    b = 1e4 / beta
    return beta * nm.clip(x, -b, b)


def _softplus(x: Array, *, order: int, beta: float, threshold: float, e: Array | None = None) -> Array:
    """Order 0, 1 or 2; ``e`` = exp(−|βx|) if the caller has it already."""
    z = _softplus_z(x, beta)
    if order == 0:
        return np.where(z > threshold, x, nm.softplus(z, e) / beta)
    if order == 1:
        return np.where(z > threshold, 1.0, nm.expit(z, e)).astype(x.dtype, copy=False)
    # PyTorch's double backward switches to the linear branch already at βx = t.
    return np.where(z >= threshold, 0.0, beta * nm.dsigmoid(z, e)).astype(x.dtype, copy=False)


def _softplus_joint(x: Array, *, beta: float, threshold: float) -> tuple[Array, Array, Array]:
    e = nm.exp_neg_abs(_softplus_z(x, beta))
    f, df, d2f = (_softplus(x, order=k, beta=beta, threshold=threshold, e=e) for k in (0, 1, 2))
    return f, df, d2f


SOFTPLUS = Activation(
    id="softplus",
    label="Softplus",
    group="smooth rectifiers",
    kernels=by_order(_softplus),
    joint=_softplus_joint,
    params=(
        Param("beta", "β", 1.0, 0.1, 10.0, 0.05, "Sharpness; larger β approaches ReLU"),
        Param("threshold", "t", 20.0, 1.0, 50.0, 0.5, "Above βx > t PyTorch returns x exactly (a tiny jump)"),
    ),
    tails=lambda beta, threshold: (const(0.0), lin(1.0, 1)),
    kink_fn=lambda beta, threshold: (threshold / beta,),
    latex_f=r"\begin{cases}\frac{1}{\beta}\ln(1+e^{\beta x}) & \beta x\le t\\ x & \beta x>t\end{cases}",
    latex_df=r"\begin{cases}\sigma(\beta x) & \beta x\le t\\ 1 & \beta x>t\end{cases}",
    formula="f(x) = ln(1 + e^(βx))/β, or x where βx > t",
    year=2001,
    paper="Dugas et al., Incorporating second-order functional knowledge for better option pricing",
    properties=Properties("(0, ∞)", monotonic=True, bounded_below=True),
    convention="PyTorch threshold semantics: linear where βx > t. At x = t/β, f′ = σ(t) (≈ 1 − 2e−9 for t = 20) "
    "and f″ = 0, as PyTorch; f and f′ jump there by amounts too small to see, shown exactly.",
)


# ------------------------------------------------------------------------ shifted_softplus
def _shifted_softplus_f(x: Array, e: Array | None = None) -> Array:
    # softplus(x) − ln 2 cancels near 0, where the value is ≈ x/2; there use the equal form
    # ln(1 + (eˣ − 1)/2), which keeps full relative precision.
    out = nm.softplus(x, e) - LOG2
    small = np.abs(x) < 1.0
    if small.any():
        out[small] = np.log1p(0.5 * np.expm1(x[small]))
    return out


def _shifted_softplus(x: Array, *, order: int) -> Array:
    if order == 0:
        return _shifted_softplus_f(x)
    if order == 1:
        return nm.expit(x)
    return nm.dsigmoid(x)


def _shifted_softplus_joint(x: Array) -> tuple[Array, Array, Array]:
    e = nm.exp_neg_abs(x)
    return _shifted_softplus_f(x, e), nm.expit(x, e), nm.dsigmoid(x, e)


SHIFTED_SOFTPLUS = Activation(
    id="shifted_softplus",
    label="Shifted softplus",
    group="smooth rectifiers",
    kernels=by_order(_shifted_softplus),
    joint=_shifted_softplus_joint,
    tails=lambda: (const(-LOG2), lin(1.0, 1)),
    latex_f=r"\ln(1+e^{x}) - \ln 2",
    latex_df=r"\sigma(x)",
    formula="f(x) = ln(1 + eˣ) − ln 2",
    year=2017,
    paper="Schütt et al., SchNet",
    arxiv="1706.08566",
    properties=Properties("(-ln 2, ∞)", monotonic=True, smooth=True, zero_centred=True, bounded_below=True),
    convention="Smooth everywhere: no kinks. f(0) = 0, f′(0) = 0.5.",
)


# ------------------------------------------------------------------------------ squareplus
def _squareplus_with(x: Array, b: float, order: int, h: Array) -> Array:
    """Order 0, 1 or 2 of squareplus for b ≥ 1e-30, given h = √(x² + b)."""
    if order == 2:
        inv_h = 1.0 / h
        d2: Array = (0.5 * b) * inv_h * inv_h * inv_h
        return d2
    # t = (h + |x|)/2 never cancels. For x ≥ 0, f = t; for x < 0, (x + h)/2 would cancel, but
    # it equals (b/4)/t. Likewise f′ = t/h or (b/4)/(h·t). Halves first: h + |x| may overflow.
    t = 0.5 * h + 0.5 * np.abs(x)
    pos = x >= 0
    if order == 0:
        return np.where(pos, t, (0.25 * b) / t)
    return np.where(pos, t / h, ((0.25 * b) / h) / t)


def _squareplus_relu(x: Array, order: int) -> Array:
    # ReLU to within 1e-15 at any x (and exactly for b = 0), written out: the general form
    # would divide 0 by 0 at x = 0, and √b underflows in float32.
    if order == 0:
        return np.maximum(x, 0.0)
    if order == 1:
        return (x > 0).astype(x.dtype)
    return np.zeros_like(x)


def _squareplus(x: Array, *, order: int, b: float) -> Array:
    if b < 1e-30:
        return _squareplus_relu(x, order)
    return _squareplus_with(x, b, order, nm.sqrt1p(x, b))


def _squareplus_joint(x: Array, *, b: float) -> tuple[Array, Array, Array]:
    if b < 1e-30:
        return _squareplus_relu(x, 0), _squareplus_relu(x, 1), _squareplus_relu(x, 2)
    h = nm.sqrt1p(x, b)
    return _squareplus_with(x, b, 0, h), _squareplus_with(x, b, 1, h), _squareplus_with(x, b, 2, h)


SQUAREPLUS = Activation(
    id="squareplus",
    label="Squareplus",
    group="smooth rectifiers",
    kernels=by_order(_squareplus),
    joint=_squareplus_joint,
    params=(Param("b", "b", 4.0, 0.0, 20.0, 0.1, "Curvature at 0; b = 0 gives ReLU (Keras default 4)"),),
    tails=lambda b: (const(0.0), lin(1.0, 1)),
    kink_fn=lambda b: (0.0,) if b < 1e-30 else (),
    source="Keras",
    latex_f=r"\frac{x + \sqrt{x^2 + b}}{2}",
    latex_df=r"\frac{1}{2}\left(1 + \frac{x}{\sqrt{x^2+b}}\right)",
    formula="f(x) = (x + √(x² + b))/2",
    year=2021,
    paper="Barron, Squareplus: a softplus-like algebraic rectifier",
    arxiv="2112.11687",
    properties=Properties("(0, ∞)", monotonic=True, smooth=True, bounded_below=True),
    convention="Smooth for b > 0: no kinks. For b = 0 it is ReLU, with ReLU's convention f′(0) = 0.",
)


# ----------------------------------------------------------------------------- sparse_plus
def _sparse_plus(x: Array, *, order: int) -> Array:
    xc = nm.clip(x, -1.0, 1.0)
    lo, hi = x <= -1, x >= 1
    if order == 0:
        return np.where(lo, 0.0, np.where(hi, x, 0.25 * (xc + 1.0) ** 2)).astype(x.dtype, copy=False)
    if order == 1:
        return np.where(lo, 0.0, np.where(hi, 1.0, 0.5 * (xc + 1.0))).astype(x.dtype, copy=False)
    return nm.pick(~lo & ~hi, 0.5, 0.0, x)


SPARSE_PLUS = Activation(
    id="sparse_plus",
    label="SparsePlus",
    group="smooth rectifiers",
    kernels=by_order(_sparse_plus),
    tails=lambda: (const(0.0), lin(1.0, 1)),
    kink_fn=lambda: (-1.0, 1.0),
    source="Keras",
    latex_f=r"\begin{cases}0 & x\le -1\\ \frac{(x+1)^2}{4} & -1<x<1\\ x & x\ge 1\end{cases}",
    latex_df=r"\begin{cases}0 & x\le -1\\ \frac{x+1}{2} & -1<x<1\\ 1 & x\ge 1\end{cases}",
    formula="f(x) = 0 | (x+1)²/4 | x   for x ≤ −1 | −1 < x < 1 | x ≥ 1",
    year=2024,
    paper="Keras activations.sparse_plus (the SmeLU shape with β = 1)",
    properties=Properties("[0, ∞)", monotonic=True, bounded_below=True),
    convention="f′ is continuous. f″ jumps at ±1; at the edges f″ = 0 (the outer branches own x = ±1, as in "
    "Keras's where).",
)


# --------------------------------------------------------------------------------- tanhexp
def _tanhexp_low(x: Array, order: int) -> Array:
    """f (order 0) or f′ (order 1): eˣ is capped at x = 50, where tanh(eˣ) is 1 long since."""
    g = np.exp(np.minimum(x, 50.0))
    if order == 0:
        return x * np.tanh(g)
    return np.tanh(g) + x * (g * nm.sech2(g))


def _tanhexp_d2(x: Array) -> Array:
    xc = nm.clip(x, -1e3, 50.0)
    g = np.exp(xc)
    g_sech2 = g * nm.sech2(g)
    return g_sech2 * (2.0 + xc - 2.0 * xc * g * np.tanh(g))


def _tanhexp(x: Array, *, order: int) -> Array:
    if order == 2:
        return _tanhexp_d2(x)
    return _tanhexp_low(x, order)


def _tanhexp_joint(x: Array) -> tuple[Array, Array, Array]:
    g = np.exp(np.minimum(x, 50.0))
    t = np.tanh(g)
    return x * t, t + x * (g * nm.sech2(g)), _tanhexp_d2(x)


TANHEXP = Activation(
    id="tanhexp",
    label="TanhExp",
    group="smooth rectifiers",
    kernels=by_order(_tanhexp),
    joint=_tanhexp_joint,
    tails=lambda: (const(0.0), lin(1.0, 1)),
    source="literature",
    latex_f=r"x\tanh(e^{x})",
    latex_df=r"\tanh(e^x) + x e^x \operatorname{sech}^2(e^x)",
    formula="f(x) = x·tanh(eˣ)",
    year=2020,
    paper="Liu & Di, TanhExp: a smooth activation function with high convergence speed",
    arxiv="2003.09855",
    properties=Properties("[-0.353, ∞)", smooth=True, bounded_below=True),
    convention="Smooth everywhere: no kinks.",
)

ACTIVATIONS: tuple[Activation, ...] = (
    GELU,
    SILU,
    SWISH,
    MISH,
    SOFTPLUS,
    SHIFTED_SOFTPLUS,
    SQUAREPLUS,
    SPARSE_PLUS,
    TANHEXP,
)
