"""Rectifiers: the identity for x > 0 (or nearly), something flatter or bounded below.

ReLU and its piecewise-linear relatives, the exponential linear units, and Hardswish.
"""

from __future__ import annotations

import math

import numpy as np

import actviz.core._numerics as nm
from actviz.core.activation import Activation, Array, Limits, Param, Properties, by_order, const, lin

INF = math.inf


# ------------------------------------------------------------------------------------ relu
def _relu(x: Array, *, order: int) -> Array:
    if order == 0:
        return np.maximum(x, 0.0)
    if order == 1:
        return (x > 0).astype(x.dtype)
    return np.zeros_like(x)


RELU = Activation(
    id="relu",
    label="ReLU",
    group="rectifiers",
    kernels=by_order(_relu),
    tails=lambda: (const(0.0), lin(1.0, 1)),
    kink_fn=lambda: (0.0,),
    piecewise_linear=True,
    latex_f=r"\max(0, x)",
    latex_df=r"\begin{cases}1 & x>0\\0 & x\le 0\end{cases}",
    formula="f(x) = max(0, x)",
    year=2010,
    paper="Nair & Hinton, Rectified linear units improve restricted Boltzmann machines",
    properties=Properties("[0, ∞)", monotonic=True, bounded_below=True),
    convention="f′(0) = 0 (PyTorch: the gradient flows only for x > 0).",
    notes="Some texts write f′(x) = 1 for x ≥ 0; PyTorch and this tool use x > 0.",
)


# ------------------------------------------------------ leaky_relu, prelu, rrelu: one shape
def _leaky(x: Array, slope: float, order: int) -> Array:
    """x for x > 0, slope·x below; PyTorch uses the negative branch at 0."""
    if order == 0:
        return np.where(x > 0, x, slope * x)
    if order == 1:
        return nm.pick(x > 0, 1.0, slope, x)
    return np.zeros_like(x)


def _leaky_tails(slope: float) -> tuple[Limits, Limits]:
    return (const(0.0) if slope == 0 else lin(slope, -1), lin(1.0, 1))


def _leaky_relu(x: Array, *, order: int, negative_slope: float) -> Array:
    return _leaky(x, negative_slope, order)


LEAKY_RELU = Activation(
    id="leaky_relu",
    label="Leaky ReLU",
    group="rectifiers",
    kernels=by_order(_leaky_relu),
    params=(Param("negative_slope", "α", 0.01, 0.0, 1.0, 0.01, "Slope for x < 0 (PyTorch default 0.01)"),),
    tails=lambda negative_slope: _leaky_tails(negative_slope),
    kink_fn=lambda negative_slope: (0.0,),
    piecewise_linear=True,
    latex_f=r"\begin{cases}x & x>0\\\alpha x & x\le 0\end{cases}",
    latex_df=r"\begin{cases}1 & x>0\\\alpha & x\le 0\end{cases}",
    formula="f(x) = x if x > 0 else α·x",
    year=2013,
    paper="Maas, Hannun & Ng, Rectifier nonlinearities improve neural network acoustic models",
    properties=Properties("(-∞, ∞)", monotonic=True),
    convention="f′(0) = α (PyTorch uses the negative branch at 0).",
)


def _prelu(x: Array, *, order: int, weight: float) -> Array:
    return _leaky(x, weight, order)


PRELU = Activation(
    id="prelu",
    label="PReLU (fixed slope)",
    group="rectifiers",
    kernels=by_order(_prelu),
    params=(Param("weight", "a", 0.25, 0.0, 1.0, 0.01, "The learned slope for x < 0, fixed here (PyTorch init 0.25)"),),
    tails=lambda weight: _leaky_tails(weight),
    kink_fn=lambda weight: (0.0,),
    piecewise_linear=True,
    latex_f=r"\begin{cases}x & x>0\\a x & x\le 0\end{cases}",
    latex_df=r"\begin{cases}1 & x>0\\a & x\le 0\end{cases}",
    formula="f(x) = x if x > 0 else a·x   (a is learned; shown as a fixed value)",
    year=2015,
    paper="He et al., Delving deep into rectifiers",
    arxiv="1502.01852",
    properties=Properties("(-∞, ∞)", monotonic=True),
    convention="f′(0) = a (PyTorch uses the negative branch at 0).",
)


def _rrelu(x: Array, *, order: int, lower: float, upper: float) -> Array:
    return _leaky(x, 0.5 * (lower + upper), order)


def _rrelu_check(lower: float, upper: float) -> None:
    if lower > upper:
        raise ValueError(f"lower must be ≤ upper, got lower={lower:g} > upper={upper:g}")


RRELU = Activation(
    id="rrelu",
    label="RReLU (eval mode)",
    group="rectifiers",
    kernels=by_order(_rrelu),
    params=(
        Param("lower", "l", 1.0 / 8.0, 0.0, 1.0, 0.01, "Lower bound of the random slope (PyTorch 1/8)"),
        Param("upper", "u", 1.0 / 3.0, 0.0, 1.0, 0.01, "Upper bound of the random slope (PyTorch 1/3)"),
    ),
    check=_rrelu_check,
    tails=lambda lower, upper: _leaky_tails(0.5 * (lower + upper)),
    kink_fn=lambda lower, upper: (0.0,),
    piecewise_linear=True,
    latex_f=r"\begin{cases}x & x>0\\\frac{l+u}{2} x & x\le 0\end{cases}",
    latex_df=r"\begin{cases}1 & x>0\\\frac{l+u}{2} & x\le 0\end{cases}",
    formula="f(x) = x if x > 0 else ((l+u)/2)·x   (evaluation mode: the mean random slope)",
    year=2015,
    paper="Xu et al., Empirical evaluation of rectified activations in convolutional network",
    arxiv="1505.00853",
    properties=Properties("(-∞, ∞)", monotonic=True),
    convention="f′(0) = (l+u)/2, as PyTorch in eval mode. Training mode draws a random slope per element.",
)


# ----------------------------------------------------------------------------------- relu6
def _relu6(x: Array, *, order: int) -> Array:
    if order == 0:
        return nm.clip(x, 0.0, 6.0)
    if order == 1:
        return ((x > 0) & (x < 6)).astype(x.dtype)
    return np.zeros_like(x)


RELU6 = Activation(
    id="relu6",
    label="ReLU6",
    group="rectifiers",
    kernels=by_order(_relu6),
    tails=lambda: (const(0.0), const(6.0)),
    kink_fn=lambda: (0.0, 6.0),
    piecewise_linear=True,
    latex_f=r"\min(\max(0, x), 6)",
    latex_df=r"\begin{cases}1 & 0<x<6\\0 & \text{otherwise}\end{cases}",
    formula="f(x) = min(max(0, x), 6)",
    year=2010,
    paper="Krizhevsky, Convolutional deep belief networks on CIFAR-10",
    properties=Properties("[0, 6]", monotonic=True, bounded_below=True, bounded_above=True, saturating=True),
    convention="f′(0) = f′(6) = 0 (PyTorch: hardtanh semantics, 0 at both edges).",
)


# ------------------------------------------------------------------------------ keras_relu
def _keras_relu(x: Array, *, order: int, negative_slope: float, max_value: float, threshold: float) -> Array:
    # Keras's own steps: x·(x > θ) when θ ≠ 0 (no clamp at 0!), else relu(x); then clip to
    # [0, M] only when M is set; then subtract α·relu(θ − x).
    clipped = math.isfinite(max_value)
    # An M past the dtype's range (1e308 in float32) is above every value: comparing against
    # it, or clipping to it, must not round it to the dtype (which warns) but use +inf.
    top = max_value if max_value <= float(np.finfo(x.dtype).max) else INF
    if order == 0:
        if threshold != 0:
            pos = np.where(x > threshold, x, 0.0)
        else:
            pos = np.maximum(x, 0.0)
        if clipped:
            pos = nm.clip(pos, 0.0, top)
        if negative_slope == 0:
            return pos.astype(x.dtype, copy=False)
        out: Array = pos - negative_slope * np.maximum(threshold - x, 0.0)
        return out.astype(x.dtype, copy=False)
    if order == 1:
        up = x > threshold if threshold != 0 else x > 0
        if clipped:
            up &= (x > 0) & (x < top)  # the clip's own derivative, 0 at its edges
        d1 = up.astype(x.dtype)
        if negative_slope != 0:
            d1[x < threshold] += negative_slope
        return d1
    return np.zeros_like(x)


def _keras_relu_kinks(negative_slope: float, max_value: float, threshold: float) -> list[float]:
    ks = [threshold]
    if math.isfinite(max_value):
        if threshold < 0:
            ks.append(0.0)  # the clip at 0 bites between θ and 0
        if max_value > max(threshold, 0.0):
            ks.append(max_value)
    return ks


def _keras_relu_tails(negative_slope: float, max_value: float, threshold: float) -> tuple[Limits, Limits]:
    neg = lin(negative_slope, -1) if negative_slope else const(0.0)
    pos = lin(1.0, 1) if math.isinf(max_value) else const(max_value)
    return neg, pos


KERAS_RELU = Activation(
    id="keras_relu",
    label="ReLU (Keras, general)",
    group="rectifiers",
    kernels=by_order(_keras_relu),
    params=(
        Param("negative_slope", "α", 0.0, 0.0, 1.0, 0.01, "Slope below the threshold (Keras default 0)"),
        Param(
            "max_value", "M", INF, 0.0, INF, 0.1, "Saturation value; ∞ means none (Keras default None)", soft_max=20.0
        ),
        Param("threshold", "θ", 0.0, -5.0, 5.0, 0.05, "Values at or below it are zeroed (Keras default 0)"),
    ),
    tails=_keras_relu_tails,
    kink_fn=_keras_relu_kinks,
    piecewise_linear=True,
    source="Keras",
    latex_f=r"\operatorname{clip}_{[0,M]}\!\big(x\,[x>\theta]\big) - \alpha\max(\theta - x, 0)",
    latex_df=r"\begin{cases}1 & \theta<x<M\\ 0 & x\ge M\\ \alpha & x<\theta\end{cases}",
    formula="f(x) = clip(x·[x > θ], 0, M) − α·max(θ − x, 0)   (Keras relu; no clip when M is None)",
    year=2015,
    paper="Keras activations.relu",
    properties=Properties("(-∞, ∞)", monotonic=True),
    convention="Piecewise with strict comparisons, as Keras's formula: 0 at x = θ, 0 at x = M. "
    "Keras's own gradient at these points differs between its JAX, TensorFlow and torch backends.",
)


# ---------------------------------------------------------------------------- relu_squared
def _relu_squared(x: Array, *, order: int) -> Array:
    if order == 0:
        return nm.unbounded(np.square, np.maximum(x, 0.0))
    if order == 1:
        return nm.unbounded(np.multiply, 2.0, np.maximum(x, 0.0))
    return 2.0 * (x > 0).astype(x.dtype)


RELU_SQUARED = Activation(
    id="relu_squared",
    label="Squared ReLU",
    group="rectifiers",
    kernels=by_order(_relu_squared),
    tails=lambda: (const(0.0), (INF, INF, 2.0)),
    kink_fn=lambda: (0.0,),
    latex_f=r"\max(0, x)^2",
    latex_df=r"2\max(0, x)",
    formula="f(x) = max(0, x)²",
    year=2021,
    paper="So et al., Primer: searching for efficient transformers",
    arxiv="2109.08668",
    properties=Properties("[0, ∞)", monotonic=True, bounded_below=True),
    convention="f′(0) = 0 and f″(0) = 0, as autograd gives for relu(x)**2; f″ jumps from 0 to 2 at 0.",
)


# ------------------------------------------------------------- exponential linear: ELU, SELU
def _elu_f(x: Array, alpha: float) -> Array:
    return np.where(x > 0, x, alpha * np.expm1(np.minimum(x, 0.0)))


def _elu_derivatives(x: Array, alpha: float, order: int, scaled_exp: Array | None = None) -> Array:
    """f′ (order 1) or f″ (order 2) of ELU from ``scaled_exp`` = α·exp(min(x, 0))."""
    if scaled_exp is None:
        scaled_exp = alpha * np.exp(np.minimum(x, 0.0))
    if order == 1:
        return np.where(x > 0, 1.0, scaled_exp).astype(x.dtype, copy=False)
    # PyTorch's double backward gives 0 at x = 0 (the positive branch), unlike its f′(0) = α.
    return np.where(x >= 0, 0.0, scaled_exp).astype(x.dtype, copy=False)


def _elu(x: Array, *, order: int, alpha: float) -> Array:
    if order == 0:
        return _elu_f(x, alpha)
    return _elu_derivatives(x, alpha, order)


def _elu_joint(x: Array, *, alpha: float) -> tuple[Array, Array, Array]:
    scaled_exp = alpha * np.exp(np.minimum(x, 0.0))
    return (
        _elu_f(x, alpha),
        _elu_derivatives(x, alpha, 1, scaled_exp),
        _elu_derivatives(x, alpha, 2, scaled_exp),
    )


ELU = Activation(
    id="elu",
    label="ELU",
    group="rectifiers",
    kernels=by_order(_elu),
    joint=_elu_joint,
    params=(Param("alpha", "α", 1.0, 0.0, 5.0, 0.05, "Value the negative side saturates to is −α"),),
    tails=lambda alpha: (const(-alpha), lin(1.0, 1)),
    kink_fn=lambda alpha: (0.0,),
    latex_f=r"\begin{cases}x & x>0\\\alpha(e^{x}-1) & x\le 0\end{cases}",
    latex_df=r"\begin{cases}1 & x>0\\\alpha e^{x} & x\le 0\end{cases}",
    formula="f(x) = x if x > 0 else α·(eˣ − 1)",
    year=2015,
    paper="Clevert, Unterthiner & Hochreiter, Fast and accurate deep network learning by ELUs",
    arxiv="1511.07289",
    properties=Properties("(-α, ∞)", monotonic=True, bounded_below=True),
    convention="f′(0) = α (PyTorch uses the negative branch at 0) and f″(0) = 0 (its double backward uses the "
    "positive one). f′ is continuous only for α = 1.",
)

_SELU_LAMBDA = 1.0507009873554804934193349852946
_SELU_ALPHA = 1.6732632423543772848170429916717


def _selu(x: Array, *, order: int) -> Array:
    if order == 0:
        return nm.unbounded(np.multiply, _SELU_LAMBDA, _elu_f(x, _SELU_ALPHA))
    return _SELU_LAMBDA * _elu_derivatives(x, _SELU_ALPHA, order)


def _selu_joint(x: Array) -> tuple[Array, Array, Array]:
    f, df, d2f = _elu_joint(x, alpha=_SELU_ALPHA)
    return nm.unbounded(np.multiply, _SELU_LAMBDA, f), _SELU_LAMBDA * df, _SELU_LAMBDA * d2f


SELU = Activation(
    id="selu",
    label="SELU",
    group="rectifiers",
    kernels=by_order(_selu),
    joint=_selu_joint,
    tails=lambda: (const(-_SELU_LAMBDA * _SELU_ALPHA), lin(_SELU_LAMBDA, 1)),
    kink_fn=lambda: (0.0,),
    latex_f=r"\lambda\begin{cases}x & x>0\\\alpha(e^{x}-1) & x\le 0\end{cases}",
    latex_df=r"\lambda\begin{cases}1 & x>0\\\alpha e^{x} & x\le 0\end{cases}",
    formula="f(x) = λ·(x if x > 0 else α·(eˣ − 1)),  λ ≈ 1.0507, α ≈ 1.6733",
    year=2017,
    paper="Klambauer et al., Self-normalizing neural networks",
    arxiv="1706.02515",
    properties=Properties("(-λα, ∞)", monotonic=True, bounded_below=True),
    convention="f′(0) = λα ≈ 1.7581 (PyTorch uses the negative branch at 0); f″(0) = 0.",
)


# ------------------------------------------------------------------------------------ celu
def _celu_f(x: Array, alpha: float) -> Array:
    # Below x = −1e4, exp(x/α) is already 0 for every allowed α; the clip keeps x/α finite.
    return np.where(x > 0, x, alpha * np.expm1(nm.clip(x, -1e4, 0.0) / alpha))


def _celu_derivatives(x: Array, alpha: float, order: int, e: Array | None = None) -> Array:
    """f′ (order 1) or f″ (order 2) of CELU from ``e`` = exp(clip(x, −1e4, 0)/α)."""
    if e is None:
        e = np.exp(nm.clip(x, -1e4, 0.0) / alpha)
    if order == 1:
        return np.where(x > 0, 1.0, e).astype(x.dtype, copy=False)
    return np.where(x >= 0, 0.0, e / alpha).astype(x.dtype, copy=False)


def _celu(x: Array, *, order: int, alpha: float) -> Array:
    if order == 0:
        return _celu_f(x, alpha)
    return _celu_derivatives(x, alpha, order)


def _celu_joint(x: Array, *, alpha: float) -> tuple[Array, Array, Array]:
    e = np.exp(nm.clip(x, -1e4, 0.0) / alpha)
    return _celu_f(x, alpha), _celu_derivatives(x, alpha, 1, e), _celu_derivatives(x, alpha, 2, e)


CELU = Activation(
    id="celu",
    label="CELU",
    group="rectifiers",
    kernels=by_order(_celu),
    joint=_celu_joint,
    params=(Param("alpha", "α", 1.0, 0.1, 5.0, 0.05, "Scale of the exponential part (must be > 0)"),),
    tails=lambda alpha: (const(-alpha), lin(1.0, 1)),
    kink_fn=lambda alpha: (0.0,),
    latex_f=r"\max(0,x) + \min\!\left(0, \alpha(e^{x/\alpha}-1)\right)",
    latex_df=r"\begin{cases}1 & x>0\\ e^{x/\alpha} & x\le 0\end{cases}",
    formula="f(x) = max(0, x) + min(0, α·(e^(x/α) − 1))",
    year=2017,
    paper="Barron, Continuously differentiable exponential linear units",
    arxiv="1704.07483",
    properties=Properties("(-α, ∞)", monotonic=True, bounded_below=True),
    convention="f′(0) = 1 (f′ is continuous) and f″(0) = 0, as PyTorch; f″ jumps from 1/α to 0.",
)


# ------------------------------------------------------------------------------- hardswish
def _hardswish(x: Array, *, order: int) -> Array:
    if order == 0:
        return x * (nm.clip(x + 3.0, 0.0, 6.0) / 6.0)
    if order == 1:
        # (2x + 3)/6 as (x + 1.5)/3: x + 1.5 is exact near the zero at x = −1.5, where
        # x/3 + 1/2 would cancel and lose most of the digits.
        out = np.where(x < 3, (x + 1.5) / 3.0, 1.0).astype(x.dtype, copy=False)
        out[x <= -3] = 0.0
        return out
    return nm.pick((x > -3) & (x < 3), 1.0 / 3.0, 0.0, x)


HARDSWISH = Activation(
    id="hardswish",
    label="Hardswish",
    group="rectifiers",
    kernels=by_order(_hardswish),
    tails=lambda: (const(0.0), lin(1.0, 1)),
    kink_fn=lambda: (-3.0, 3.0),
    latex_f=r"x\,\frac{\min(\max(0, x+3), 6)}{6}",
    latex_df=r"\begin{cases}0 & x\le -3\\ \frac{2x+3}{6} & -3<x<3\\ 1 & x\ge 3\end{cases}",
    formula="f(x) = x·relu6(x + 3)/6",
    year=2019,
    paper="Howard et al., Searching for MobileNetV3",
    arxiv="1905.02244",
    properties=Properties("[-0.375, ∞)", bounded_below=True),
    convention="f′(−3) = 0 and f′(3) = 1, as PyTorch; f′ jumps at −3 (from 0 to −0.5) and f″(±3) = 0.",
)

ACTIVATIONS: tuple[Activation, ...] = (
    RELU,
    LEAKY_RELU,
    PRELU,
    RRELU,
    RELU6,
    KERAS_RELU,
    RELU_SQUARED,
    ELU,
    SELU,
    CELU,
    HARDSWISH,
)
