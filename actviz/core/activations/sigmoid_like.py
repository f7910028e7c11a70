"""Sigmoid-like functions: S-shaped, bounded on both sides (or, for LogSigmoid, one side)."""

from __future__ import annotations

import math

import numpy as np

import actviz.core._numerics as nm
from actviz.core.activation import Activation, Array, Param, Properties, by_order, const, lin


# --------------------------------------------------------------------------------- sigmoid
def _sigmoid(x: Array, *, order: int) -> Array:
    if order == 0:
        return nm.expit(x)
    if order == 1:
        return nm.dsigmoid(x)
    d2: Array = nm.dsigmoid(x) * -np.tanh(0.5 * x)
    return d2


def _sigmoid_joint(x: Array) -> tuple[Array, Array, Array]:
    e = nm.exp_neg_abs(x)
    ds = nm.dsigmoid(x, e)
    return nm.expit(x, e), ds, ds * -np.tanh(0.5 * x)


SIGMOID = Activation(
    id="sigmoid",
    label="Sigmoid (logistic)",
    group="sigmoid-like",
    kernels=by_order(_sigmoid),
    joint=_sigmoid_joint,
    tails=lambda: (const(0.0), const(1.0)),
    latex_f=r"\sigma(x) = \frac{1}{1+e^{-x}}",
    latex_df=r"\sigma(x)\,\sigma(-x)",
    formula="σ(x) = 1 / (1 + e^(−x))",
    paper="logistic function; classic in neural networks since Rumelhart, Hinton & Williams",
    year=1986,
    properties=Properties(
        "(0, 1)", monotonic=True, smooth=True, bounded_below=True, bounded_above=True, saturating=True
    ),
    convention="Smooth everywhere: no kinks. f′ = σ(x)σ(−x), which keeps precision where σ(1−σ) rounds to 0.",
)


# ------------------------------------------------------------------------------------ tanh
def _tanh(x: Array, *, order: int) -> Array:
    if order == 0:
        return np.tanh(x)
    if order == 1:
        return nm.sech2(x)
    return -2.0 * np.tanh(x) * nm.sech2(x)


def _tanh_joint(x: Array) -> tuple[Array, Array, Array]:
    t = np.tanh(x)
    s = nm.sech2(x)
    return t, s, -2.0 * t * s


TANH = Activation(
    id="tanh",
    label="Tanh",
    group="sigmoid-like",
    kernels=by_order(_tanh),
    joint=_tanh_joint,
    tails=lambda: (const(-1.0), const(1.0)),
    latex_f=r"\tanh x = \frac{e^{x}-e^{-x}}{e^{x}+e^{-x}}",
    latex_df=r"\operatorname{sech}^2 x = 1-\tanh^2 x",
    formula="f(x) = tanh(x)",
    paper="LeCun et al., Efficient BackProp (popularised tanh over the logistic)",
    year=1998,
    properties=Properties(
        "(-1, 1)",
        monotonic=True,
        smooth=True,
        zero_centred=True,
        bounded_below=True,
        bounded_above=True,
        saturating=True,
    ),
    convention="Smooth everywhere: no kinks. f′ = sech² x, computed as 4σ(2x)σ(−2x).",
)


# ----------------------------------------------------------------------------- hardsigmoid
def _hardsigmoid(x: Array, *, order: int) -> Array:
    if order == 0:
        # (x + 3)/6, not x/6 + 1/2: x + 3 is exact near the kink at −3, where x/6 + 1/2
        # cancels (one float step above −3 it was 25 % off).
        return nm.clip((x + 3.0) / 6.0, 0.0, 1.0)
    if order == 1:
        return nm.pick((x > -3) & (x < 3), 1.0 / 6.0, 0.0, x)
    return np.zeros_like(x)


HARDSIGMOID = Activation(
    id="hardsigmoid",
    label="Hardsigmoid",
    group="sigmoid-like",
    kernels=by_order(_hardsigmoid),
    tails=lambda: (const(0.0), const(1.0)),
    kink_fn=lambda: (-3.0, 3.0),
    piecewise_linear=True,
    latex_f=r"\min(\max(0, x/6 + 1/2), 1)",
    latex_df=r"\begin{cases}1/6 & -3<x<3\\0 & \text{otherwise}\end{cases}",
    formula="f(x) = relu6(x + 3)/6",
    year=2019,
    paper="Howard et al., Searching for MobileNetV3",
    arxiv="1905.02244",
    properties=Properties("[0, 1]", monotonic=True, bounded_below=True, bounded_above=True, saturating=True),
    convention="f′(±3) = 0 (PyTorch: the gradient flows only for −3 < x < 3).",
)


# -------------------------------------------------------------------------- sparse_sigmoid
def _sparse_sigmoid(x: Array, *, order: int) -> Array:
    if order == 0:
        return nm.clip(0.5 * x + 0.5, 0.0, 1.0)  # exact: halving is, and so is −0.5 + 0.5 near −1
    if order == 1:
        return nm.pick((x > -1) & (x < 1), 0.5, 0.0, x)
    return np.zeros_like(x)


SPARSE_SIGMOID = Activation(
    id="sparse_sigmoid",
    label="SparseSigmoid",
    group="sigmoid-like",
    kernels=by_order(_sparse_sigmoid),
    tails=lambda: (const(0.0), const(1.0)),
    kink_fn=lambda: (-1.0, 1.0),
    piecewise_linear=True,
    source="Keras",
    latex_f=r"\begin{cases}0 & x\le -1\\ \frac{x+1}{2} & -1<x<1\\ 1 & x\ge 1\end{cases}",
    latex_df=r"\begin{cases}1/2 & -1<x<1\\0 & \text{otherwise}\end{cases}",
    formula="f(x) = clip((x + 1)/2, 0, 1)",
    year=2024,
    paper="Keras activations.sparse_sigmoid",
    properties=Properties("[0, 1]", monotonic=True, bounded_below=True, bounded_above=True, saturating=True),
    convention="f′(±1) = 0 (the outer branches own x = ±1, as in Keras's where).",
)


# -------------------------------------------------------------------------------- hardtanh
def _hardtanh(x: Array, *, order: int, min_val: float, max_val: float) -> Array:
    if order == 0:
        return nm.clip(x, min_val, max_val)
    if order == 1:
        return ((x > min_val) & (x < max_val)).astype(x.dtype)
    return np.zeros_like(x)


def _hardtanh_check(min_val: float, max_val: float) -> None:
    if not min_val < max_val:
        raise ValueError(f"min_val must be < max_val, got min_val={min_val:g}, max_val={max_val:g}")


HARDTANH = Activation(
    id="hardtanh",
    label="Hardtanh",
    group="sigmoid-like",
    kernels=by_order(_hardtanh),
    params=(
        Param("min_val", "a", -1.0, -5.0, 5.0, 0.05, "Lower clip value (must be < max_val)"),
        Param("max_val", "b", 1.0, -5.0, 5.0, 0.05, "Upper clip value (must be > min_val)"),
    ),
    check=_hardtanh_check,
    tails=lambda min_val, max_val: (const(min_val), const(max_val)),
    kink_fn=lambda min_val, max_val: (min_val, max_val),
    piecewise_linear=True,
    latex_f=r"\min(\max(x, a), b)",
    latex_df=r"\begin{cases}1 & a<x<b\\0 & \text{otherwise}\end{cases}",
    formula="f(x) = clip(x, a, b)",
    paper="Collobert, Large scale machine learning (HardTanh)",
    year=2004,
    properties=Properties(
        "[a, b]", monotonic=True, zero_centred=True, bounded_below=True, bounded_above=True, saturating=True
    ),
    convention="f′ = 0 at both edges (PyTorch: the gradient flows only for a < x < b).",
)


# -------------------------------------------------------------------------------- softsign
def _softsign_with(x: Array, order: int, r: Array) -> Array:
    """Order 0, 1 or 2 of softsign from r = 1/(1 + |x|)."""
    if order == 0:
        return x * r
    if order == 1:
        return np.square(r)
    return (-2.0 * np.sign(x)) * (r * r * r)


def _softsign(x: Array, *, order: int) -> Array:
    return _softsign_with(x, order, 1.0 / (1.0 + np.abs(x)))


def _softsign_joint(x: Array) -> tuple[Array, Array, Array]:
    r = 1.0 / (1.0 + np.abs(x))
    return _softsign_with(x, 0, r), _softsign_with(x, 1, r), _softsign_with(x, 2, r)


SOFTSIGN = Activation(
    id="softsign",
    label="Softsign",
    group="sigmoid-like",
    kernels=by_order(_softsign),
    joint=_softsign_joint,
    tails=lambda: (const(-1.0), const(1.0)),
    kink_fn=lambda: (0.0,),
    latex_f=r"\frac{x}{1+|x|}",
    latex_df=r"\frac{1}{(1+|x|)^2}",
    formula="f(x) = x/(1 + |x|)",
    year=2009,
    paper="Bergstra et al., Quadratic polynomials learn better image features",
    properties=Properties(
        "(-1, 1)", monotonic=True, zero_centred=True, bounded_below=True, bounded_above=True, saturating=True
    ),
    convention="f′(0) = 1 (f′ is continuous). f″ jumps from 2 to −2 at 0; f″(0) = 0, as autograd's sign(0) = 0 gives.",
)


# ------------------------------------------------------------------------------ lecun_tanh
_LECUN_A, _LECUN_B = 1.7159, 2.0 / 3.0


def _lecun_tanh(x: Array, *, order: int) -> Array:
    out: Array
    if order == 0:
        out = _LECUN_A * np.tanh(_LECUN_B * x)
    elif order == 1:
        out = (_LECUN_A * _LECUN_B) * nm.sech2(_LECUN_B * x)
    else:
        out = (-2.0 * _LECUN_A * _LECUN_B * _LECUN_B) * np.tanh(_LECUN_B * x) * nm.sech2(_LECUN_B * x)
    return out


def _lecun_tanh_joint(x: Array) -> tuple[Array, Array, Array]:
    u = _LECUN_B * x
    t = np.tanh(u)
    s = nm.sech2(u)
    return _LECUN_A * t, (_LECUN_A * _LECUN_B) * s, (-2.0 * _LECUN_A * _LECUN_B * _LECUN_B) * t * s


LECUN_TANH = Activation(
    id="lecun_tanh",
    label="LeCun tanh",
    group="sigmoid-like",
    kernels=by_order(_lecun_tanh),
    joint=_lecun_tanh_joint,
    tails=lambda: (const(-_LECUN_A), const(_LECUN_A)),
    source="literature",
    latex_f=r"1.7159\,\tanh\!\left(\tfrac{2}{3}x\right)",
    latex_df=r"1.1439\,\operatorname{sech}^2\!\left(\tfrac{2}{3}x\right)",
    formula="f(x) = 1.7159·tanh(2x/3)",
    year=1998,
    paper="LeCun et al., Efficient BackProp",
    properties=Properties(
        "(-1.7159, 1.7159)",
        monotonic=True,
        smooth=True,
        zero_centred=True,
        bounded_below=True,
        bounded_above=True,
        saturating=True,
    ),
    convention="Smooth everywhere: no kinks. Scaled so that f(±1) = ±1.",
)


# ---------------------------------------------------------------------------------- arctan
def _arctan_derivative(x: Array, order: int) -> Array:
    # Past |x| = 1e150 (1e18 in float32) 1/(1 + x²) is below 1e−300 (1e−36) either way; the
    # clip keeps x² finite.
    xc = nm.square_clip(x)
    r = 1.0 / (1.0 + xc * xc)
    if order == 1:
        return r
    return (-2.0 * xc) * r * r


def _arctan(x: Array, *, order: int) -> Array:
    if order == 0:
        return np.arctan(x)
    return _arctan_derivative(x, order)


ARCTAN = Activation(
    id="arctan",
    label="Arctan",
    group="sigmoid-like",
    kernels=by_order(_arctan),
    tails=lambda: (const(-math.pi / 2), const(math.pi / 2)),
    source="literature",
    latex_f=r"\arctan x",
    latex_df=r"\frac{1}{1+x^2}",
    formula="f(x) = arctan(x)",
    paper="a classic sigmoid-shaped activation",
    year=None,
    properties=Properties(
        "(-π/2, π/2)",
        monotonic=True,
        smooth=True,
        zero_centred=True,
        bounded_below=True,
        bounded_above=True,
        saturating=True,
    ),
    convention="Smooth everywhere: no kinks.",
)


# ------------------------------------------------------------------------------------ isru
def _isru_with(xc: Array, alpha: float, order: int, r: Array) -> Array:
    if order == 0:
        return xc * r
    r3 = r * r * r
    if order == 1:
        return r3
    return -3.0 * alpha * xc * (r3 * r * r)


def _isru_parts(x: Array, alpha: float) -> tuple[Array, Array]:
    # Far out the clipped value gives f = ±1/√α and f′ = f″ = 0 to full precision.
    xc = nm.square_clip(x)
    return xc, 1.0 / np.sqrt(1.0 + alpha * (xc * xc))


def _isru(x: Array, *, order: int, alpha: float) -> Array:
    xc, r = _isru_parts(x, alpha)
    return _isru_with(xc, alpha, order, r)


def _isru_joint(x: Array, *, alpha: float) -> tuple[Array, Array, Array]:
    xc, r = _isru_parts(x, alpha)
    return _isru_with(xc, alpha, 0, r), _isru_with(xc, alpha, 1, r), _isru_with(xc, alpha, 2, r)


ISRU = Activation(
    id="isru",
    label="ISRU",
    group="sigmoid-like",
    kernels=by_order(_isru),
    joint=_isru_joint,
    params=(Param("alpha", "α", 1.0, 0.01, 5.0, 0.01, "Output range is ±1/√α"),),
    tails=lambda alpha: (const(-1.0 / math.sqrt(alpha)), const(1.0 / math.sqrt(alpha))),
    source="literature",
    latex_f=r"\frac{x}{\sqrt{1+\alpha x^2}}",
    latex_df=r"\left(\frac{1}{\sqrt{1+\alpha x^2}}\right)^{3}",
    formula="f(x) = x/√(1 + αx²)",
    year=2017,
    paper="Carlile et al., Improving deep learning by inverse square root linear units",
    arxiv="1710.09967",
    properties=Properties(
        "(-1/√α, 1/√α)",
        monotonic=True,
        smooth=True,
        zero_centred=True,
        bounded_below=True,
        bounded_above=True,
        saturating=True,
    ),
    convention="Smooth everywhere: no kinks.",
)


# ------------------------------------------------------------------------------ logsigmoid
def _logsigmoid(x: Array, *, order: int) -> Array:
    if order == 0:
        return -nm.softplus(-x)  # log σ(x) = −log(1 + e⁻ˣ): stable, exact for x → −∞
    if order == 1:
        return nm.expit(-x)
    return -nm.dsigmoid(x)


def _logsigmoid_joint(x: Array) -> tuple[Array, Array, Array]:
    e = nm.exp_neg_abs(x)  # exp(−|−x|) too
    return -nm.softplus(-x, e), nm.expit(-x, e), -nm.dsigmoid(x, e)


LOGSIGMOID = Activation(
    id="logsigmoid",
    label="LogSigmoid",
    group="sigmoid-like",
    kernels=by_order(_logsigmoid),
    joint=_logsigmoid_joint,
    tails=lambda: (lin(1.0, -1), const(0.0)),
    latex_f=r"\ln\sigma(x) = -\ln(1+e^{-x})",
    latex_df=r"\sigma(-x)",
    formula="f(x) = ln σ(x)",
    paper="log of the logistic; PyTorch nn.LogSigmoid",
    properties=Properties("(-∞, 0)", monotonic=True, smooth=True, bounded_above=True),
    convention="Smooth everywhere: no kinks. Computed as −softplus(−x), exact for large negative x.",
)

ACTIVATIONS: tuple[Activation, ...] = (
    SIGMOID,
    TANH,
    HARDSIGMOID,
    SPARSE_SIGMOID,
    HARDTANH,
    SOFTSIGN,
    LECUN_TANH,
    ARCTAN,
    ISRU,
    LOGSIGMOID,
)
