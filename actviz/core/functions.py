"""The activation catalog: every function, its derivatives, kinks and metadata.

Conventions
-----------
* Ids are ``torch.nn.functional`` names where one exists; Keras-only functions use Keras's
  names (``keras_relu`` is Keras's general ``relu``, whose id PyTorch already holds).
* At a kink, ``df``/``d2f`` return what PyTorch autograd returns (checked against PyTorch
  2.13). Keras-only and literature functions state their own convention.
* Kernels only see finite x (see :meth:`Activation.evaluate`) and must raise no warning.
"""

from __future__ import annotations

import math

import numpy as np
from actviz.core import _numerics as nm
from actviz.core.catalog import (
    UNDEFINED,
    Activation,
    Param,
    Properties,
    const,
    lin,
    register,
)

expit = nm.expit
LOG2 = math.log(2.0)
INF = math.inf


def zeros(x, **_):
    return np.zeros_like(x)


def ones(x, **_):
    return np.ones_like(x)


def _act(id, label, group, f, df, d2f, *, tails, **kw):
    return register(Activation(id=id, label=label, group=group, kernels=(f, df, d2f), tails=tails, **kw))


def _props(rng, mono, smooth, zc, below, above, sat):
    return Properties(rng, mono, smooth, zc, below, above, sat)


# ================================================================================ seeds first
# ---------------------------------------------------------------------------------- relu
_act(
    "relu", "ReLU", "rectifiers",
    lambda x: np.maximum(x, 0.0),
    lambda x: (x > 0).astype(x.dtype),
    zeros,
    tails=lambda: (const(0.0), lin(1.0, 1)),
    kink_fn=lambda: (0.0,),
    piecewise_linear=True,
    latex_f=r"\max(0, x)",
    latex_df=r"\begin{cases}1 & x>0\\0 & x\le 0\end{cases}",
    formula="f(x) = max(0, x)",
    year=2010, paper="Nair & Hinton, Rectified linear units improve restricted Boltzmann machines",
    properties=_props("[0, ∞)", True, False, False, True, False, False),
    convention="f′(0) = 0 (PyTorch: the gradient flows only for x > 0).",
    notes="Some texts write f′(x) = 1 for x ≥ 0; PyTorch and this tool use x > 0.",
)

# ---------------------------------------------------------------------------- leaky_relu
_SLOPE = Param("negative_slope", "α", 0.01, 0.0, 1.0, 0.01, "Slope for x < 0 (PyTorch default 0.01)")


def _leaky(x, s):
    return np.where(x > 0, x, s * x)


def _leaky_d(x, s):
    return nm.pick(x > 0, 1.0, s, x)


def _leaky_tails(s):
    return (const(0.0) if s == 0 else lin(s, -1), lin(1.0, 1))


_act(
    "leaky_relu", "Leaky ReLU", "rectifiers",
    lambda x, negative_slope: _leaky(x, negative_slope),
    lambda x, negative_slope: _leaky_d(x, negative_slope),
    lambda x, negative_slope: np.zeros_like(x),
    params=(_SLOPE,),
    tails=lambda negative_slope: _leaky_tails(negative_slope),
    kink_fn=lambda negative_slope: (0.0,),
    piecewise_linear=True,
    latex_f=r"\begin{cases}x & x>0\\\alpha x & x\le 0\end{cases}",
    latex_df=r"\begin{cases}1 & x>0\\\alpha & x\le 0\end{cases}",
    formula="f(x) = x if x > 0 else α·x",
    year=2013, paper="Maas, Hannun & Ng, Rectifier nonlinearities improve neural network acoustic models",
    properties=_props("(-∞, ∞)", True, False, False, False, False, False),
    convention="f′(0) = α (PyTorch uses the negative branch at 0).",
)

# ------------------------------------------------------------------------------- sigmoid
_act(
    "sigmoid", "Sigmoid (logistic)", "sigmoid-like",
    lambda x: expit(x),
    lambda x: nm.dsigmoid(x),
    lambda x: nm.dsigmoid(x) * -np.tanh(0.5 * x),
    tails=lambda: (const(0.0), const(1.0)),
    latex_f=r"\sigma(x) = \frac{1}{1+e^{-x}}",
    latex_df=r"\sigma(x)\,\sigma(-x)",
    formula="σ(x) = 1 / (1 + e^(−x))",
    paper="logistic function; classic in neural networks since Rumelhart, Hinton & Williams", year=1986,
    properties=_props("(0, 1)", True, True, False, True, True, True),
    convention="Smooth everywhere: no kinks. f′ = σ(x)σ(−x), which keeps precision where σ(1−σ) rounds to 0.",
)

# ---------------------------------------------------------------------------------- tanh
_act(
    "tanh", "Tanh", "sigmoid-like",
    lambda x: np.tanh(x),
    lambda x: nm.sech2(x),
    lambda x: -2.0 * np.tanh(x) * nm.sech2(x),
    tails=lambda: (const(-1.0), const(1.0)),
    latex_f=r"\tanh x = \frac{e^{x}-e^{-x}}{e^{x}+e^{-x}}",
    latex_df=r"\operatorname{sech}^2 x = 1-\tanh^2 x",
    formula="f(x) = tanh(x)",
    paper="LeCun et al., Efficient BackProp (popularised tanh over the logistic)", year=1998,
    properties=_props("(-1, 1)", True, True, True, True, True, True),
    convention="Smooth everywhere: no kinks. f′ = sech² x, computed as 4σ(2x)σ(−2x).",
)

# ============================================================================ rectifiers
_WEIGHT = Param("weight", "a", 0.25, 0.0, 1.0, 0.01, "The learned slope for x < 0, fixed here (PyTorch init 0.25)")
_act(
    "prelu", "PReLU (fixed slope)", "rectifiers",
    lambda x, weight: _leaky(x, weight),
    lambda x, weight: _leaky_d(x, weight),
    lambda x, weight: np.zeros_like(x),
    params=(_WEIGHT,),
    tails=lambda weight: _leaky_tails(weight),
    kink_fn=lambda weight: (0.0,),
    piecewise_linear=True,
    latex_f=r"\begin{cases}x & x>0\\a x & x\le 0\end{cases}",
    latex_df=r"\begin{cases}1 & x>0\\a & x\le 0\end{cases}",
    formula="f(x) = x if x > 0 else a·x   (a is learned; shown as a fixed value)",
    year=2015, paper="He et al., Delving deep into rectifiers", arxiv="1502.01852",
    properties=_props("(-∞, ∞)", True, False, False, False, False, False),
    convention="f′(0) = a (PyTorch uses the negative branch at 0).",
)


def _rrelu_check(lower, upper):
    if lower > upper:
        raise ValueError(f"lower must be ≤ upper, got lower={lower:g} > upper={upper:g}")


_act(
    "rrelu", "RReLU (eval mode)", "rectifiers",
    lambda x, lower, upper: _leaky(x, 0.5 * (lower + upper)),
    lambda x, lower, upper: _leaky_d(x, 0.5 * (lower + upper)),
    lambda x, lower, upper: np.zeros_like(x),
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
    year=2015, paper="Xu et al., Empirical evaluation of rectified activations in convolutional network", arxiv="1505.00853",
    properties=_props("(-∞, ∞)", True, False, False, False, False, False),
    convention="f′(0) = (l+u)/2, as PyTorch in eval mode. Training mode draws a random slope per element.",
)

_act(
    "relu6", "ReLU6", "rectifiers",
    lambda x: nm.clip(x, 0.0, 6.0),
    lambda x: ((x > 0) & (x < 6)).astype(x.dtype),
    zeros,
    tails=lambda: (const(0.0), const(6.0)),
    kink_fn=lambda: (0.0, 6.0),
    piecewise_linear=True,
    latex_f=r"\min(\max(0, x), 6)",
    latex_df=r"\begin{cases}1 & 0<x<6\\0 & \text{otherwise}\end{cases}",
    formula="f(x) = min(max(0, x), 6)",
    year=2010, paper="Krizhevsky, Convolutional deep belief networks on CIFAR-10",
    properties=_props("[0, 6]", True, False, False, True, True, True),
    convention="f′(0) = f′(6) = 0 (PyTorch: hardtanh semantics, 0 at both edges).",
)


def _keras_relu(x, negative_slope, max_value, threshold):
    # Keras's own steps: x·(x > θ) when θ ≠ 0 (no clamp at 0!), else relu(x); then clip to
    # [0, M] only when M is set; then subtract α·relu(θ − x).
    if threshold != 0:
        pos = np.where(x > threshold, x, 0.0)
    else:
        pos = np.maximum(x, 0.0)
    if math.isfinite(max_value):
        pos = nm.clip(pos, 0.0, max_value)
    if negative_slope == 0:
        return pos.astype(x.dtype, copy=False)
    return (pos - negative_slope * np.maximum(threshold - x, 0.0)).astype(x.dtype, copy=False)


def _keras_relu_d(x, negative_slope, max_value, threshold):
    up = x > threshold if threshold != 0 else x > 0
    if math.isfinite(max_value):
        up &= (x > 0) & (x < max_value)  # the clip's own derivative, 0 at its edges
    out = up.astype(x.dtype)
    if negative_slope != 0:
        out[x < threshold] += negative_slope
    return out


def _keras_relu_kinks(negative_slope, max_value, threshold):
    ks = [threshold]
    if math.isfinite(max_value):
        if threshold < 0:
            ks.append(0.0)  # the clip at 0 bites between θ and 0
        if max_value > max(threshold, 0.0):
            ks.append(max_value)
    return ks


def _keras_relu_tails(negative_slope, max_value, threshold):
    neg = lin(negative_slope, -1) if negative_slope else const(0.0)
    pos = lin(1.0, 1) if math.isinf(max_value) else const(max_value)
    return neg, pos


_act(
    "keras_relu", "ReLU (Keras, general)", "rectifiers",
    _keras_relu, _keras_relu_d, lambda x, **_: np.zeros_like(x),
    params=(
        Param("negative_slope", "α", 0.0, 0.0, 1.0, 0.01, "Slope below the threshold (Keras default 0)"),
        Param("max_value", "M", INF, 0.0, INF, 0.1, "Saturation value; ∞ means none (Keras default None)", soft_max=20.0),
        Param("threshold", "θ", 0.0, -5.0, 5.0, 0.05, "Values at or below it are zeroed (Keras default 0)"),
    ),
    tails=_keras_relu_tails,
    kink_fn=_keras_relu_kinks,
    piecewise_linear=True,
    source="Keras",
    latex_f=r"\operatorname{clip}_{[0,M]}\!\big(x\,[x>\theta]\big) - \alpha\max(\theta - x, 0)",
    latex_df=r"\begin{cases}1 & \theta<x<M\\ 0 & x\ge M\\ \alpha & x<\theta\end{cases}",
    formula="f(x) = clip(x·[x > θ], 0, M) − α·max(θ − x, 0)   (Keras relu; no clip when M is None)",
    year=2015, paper="Keras activations.relu",
    properties=_props("(-∞, ∞)", True, False, False, False, False, False),
    convention="Piecewise with strict comparisons, as Keras's formula: 0 at x = θ, 0 at x = M. "
    "Keras's own gradient at these points differs between its JAX, TensorFlow and torch backends.",
)

_act(
    "threshold", "Threshold", "shrinkage/threshold",
    lambda x, threshold, value: np.where(x > threshold, x, value),
    lambda x, threshold, value: (x > threshold).astype(x.dtype),
    lambda x, threshold, value: np.zeros_like(x),
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
    properties=_props("[0, ∞) at θ = v = 0; {v} ∪ (θ, ∞) in general", True, False, False, True, False, False),
    convention="f′(θ) = 0 (PyTorch: the gradient flows only for x > θ). f jumps at θ unless v = θ.",
)

_act(
    "relu_squared", "Squared ReLU", "rectifiers",
    lambda x: nm.unbounded(np.square, np.maximum(x, 0.0)),
    lambda x: nm.unbounded(np.multiply, 2.0, np.maximum(x, 0.0)),
    lambda x: 2.0 * (x > 0).astype(x.dtype),
    tails=lambda: (const(0.0), (INF, INF, 2.0)),
    kink_fn=lambda: (0.0,),
    latex_f=r"\max(0, x)^2",
    latex_df=r"2\max(0, x)",
    formula="f(x) = max(0, x)²",
    year=2021, paper="So et al., Primer: searching for efficient transformers", arxiv="2109.08668",
    properties=_props("[0, ∞)", True, False, False, True, False, False),
    convention="f′(0) = 0 and f″(0) = 0, as autograd gives for relu(x)**2; f″ jumps from 0 to 2 at 0.",
)

# ----------------------------------------------------------------------- exponential linear


def _elu(x, alpha):
    return np.where(x > 0, x, alpha * np.expm1(np.minimum(x, 0.0)))


def _elu_d(x, alpha):
    return np.where(x > 0, 1.0, alpha * np.exp(np.minimum(x, 0.0))).astype(x.dtype, copy=False)


def _elu_d2(x, alpha):
    # PyTorch's double backward gives 0 at x = 0 (the positive branch), unlike its f′(0) = α.
    return np.where(x >= 0, 0.0, alpha * np.exp(np.minimum(x, 0.0))).astype(x.dtype, copy=False)


_act(
    "elu", "ELU", "rectifiers",
    lambda x, alpha: _elu(x, alpha),
    lambda x, alpha: _elu_d(x, alpha),
    lambda x, alpha: _elu_d2(x, alpha),
    params=(Param("alpha", "α", 1.0, 0.0, 5.0, 0.05, "Value the negative side saturates to is −α"),),
    tails=lambda alpha: (const(-alpha), lin(1.0, 1)),
    kink_fn=lambda alpha: (0.0,),
    latex_f=r"\begin{cases}x & x>0\\\alpha(e^{x}-1) & x\le 0\end{cases}",
    latex_df=r"\begin{cases}1 & x>0\\\alpha e^{x} & x\le 0\end{cases}",
    formula="f(x) = x if x > 0 else α·(eˣ − 1)",
    year=2015, paper="Clevert, Unterthiner & Hochreiter, Fast and accurate deep network learning by ELUs", arxiv="1511.07289",
    properties=_props("(-α, ∞)", True, False, False, True, False, False),
    convention="f′(0) = α (PyTorch uses the negative branch at 0) and f″(0) = 0 (its double backward uses the positive one). "
    "f′ is continuous only for α = 1.",
)

_SELU_L = 1.0507009873554804934193349852946
_SELU_A = 1.6732632423543772848170429916717
_act(
    "selu", "SELU", "rectifiers",
    lambda x: nm.unbounded(np.multiply, _SELU_L, _elu(x, _SELU_A)),
    lambda x: _SELU_L * _elu_d(x, _SELU_A),
    lambda x: _SELU_L * _elu_d2(x, _SELU_A),
    tails=lambda: (const(-_SELU_L * _SELU_A), lin(_SELU_L, 1)),
    kink_fn=lambda: (0.0,),
    latex_f=r"\lambda\begin{cases}x & x>0\\\alpha(e^{x}-1) & x\le 0\end{cases}",
    latex_df=r"\lambda\begin{cases}1 & x>0\\\alpha e^{x} & x\le 0\end{cases}",
    formula="f(x) = λ·(x if x > 0 else α·(eˣ − 1)),  λ ≈ 1.0507, α ≈ 1.6733",
    year=2017, paper="Klambauer et al., Self-normalizing neural networks", arxiv="1706.02515",
    properties=_props("(-λα, ∞)", True, False, False, True, False, False),
    convention="f′(0) = λα ≈ 1.7581 (PyTorch uses the negative branch at 0); f″(0) = 0.",
)


def _celu(x, alpha):
    xn = nm.clip(x, -1e4, 0.0)  # exp(-1e4/α) is already 0 for every allowed α
    return np.where(x > 0, x, alpha * np.expm1(xn / alpha))


def _celu_d(x, alpha):
    xn = nm.clip(x, -1e4, 0.0)
    return np.where(x > 0, 1.0, np.exp(xn / alpha)).astype(x.dtype, copy=False)


def _celu_d2(x, alpha):
    xn = nm.clip(x, -1e4, 0.0)
    return np.where(x >= 0, 0.0, np.exp(xn / alpha) / alpha).astype(x.dtype, copy=False)


_act(
    "celu", "CELU", "rectifiers",
    _celu, _celu_d, _celu_d2,
    params=(Param("alpha", "α", 1.0, 0.1, 5.0, 0.05, "Scale of the exponential part (must be > 0)"),),
    tails=lambda alpha: (const(-alpha), lin(1.0, 1)),
    kink_fn=lambda alpha: (0.0,),
    latex_f=r"\max(0,x) + \min\!\left(0, \alpha(e^{x/\alpha}-1)\right)",
    latex_df=r"\begin{cases}1 & x>0\\ e^{x/\alpha} & x\le 0\end{cases}",
    formula="f(x) = max(0, x) + min(0, α·(e^(x/α) − 1))",
    year=2017, paper="Barron, Continuously differentiable exponential linear units", arxiv="1704.07483",
    properties=_props("(-α, ∞)", True, False, False, True, False, False),
    convention="f′(0) = 1 (f′ is continuous) and f″(0) = 0, as PyTorch; f″ jumps from 1/α to 0.",
)

# ------------------------------------------------------------------------------ hardswish


def _hardswish_d(x):
    out = np.where(x < 3, x / 3.0 + 0.5, 1.0).astype(x.dtype, copy=False)
    out[x <= -3] = 0.0
    return out


_act(
    "hardswish", "Hardswish", "rectifiers",
    lambda x: x * (nm.clip(x + 3.0, 0.0, 6.0) / 6.0),
    _hardswish_d,
    lambda x: nm.pick((x > -3) & (x < 3), 1.0 / 3.0, 0.0, x),
    tails=lambda: (const(0.0), lin(1.0, 1)),
    kink_fn=lambda: (-3.0, 3.0),
    latex_f=r"x\,\frac{\min(\max(0, x+3), 6)}{6}",
    latex_df=r"\begin{cases}0 & x\le -3\\ \frac{2x+3}{6} & -3<x<3\\ 1 & x\ge 3\end{cases}",
    formula="f(x) = x·relu6(x + 3)/6",
    year=2019, paper="Howard et al., Searching for MobileNetV3", arxiv="1905.02244",
    properties=_props("[-0.375, ∞)", False, False, False, True, False, False),
    convention="f′(−3) = 0 and f′(3) = 1, as PyTorch; f′ jumps at −3 (from 0 to −0.5) and f″(±3) = 0.",
)

# ======================================================================= smooth rectifiers
_act(
    "gelu", "GELU", "smooth rectifiers",
    lambda x, approximate: _gelu(x, approximate, 0),
    lambda x, approximate: _gelu(x, approximate, 1),
    lambda x, approximate: _gelu(x, approximate, 2),
    params=(
        Param("approximate", "approx", "none", description="'none': exact x·Φ(x); 'tanh': the tanh approximation",
              choices=("none", "tanh")),
    ),
    tails=lambda approximate: (const(0.0), lin(1.0, 1)),
    latex_f=r"x\,\Phi(x) = \frac{x}{2}\left(1+\operatorname{erf}\frac{x}{\sqrt2}\right)",
    latex_df=r"\Phi(x) + x\,\varphi(x)",
    formula="f(x) = x·Φ(x)   (tanh: x/2·(1 + tanh(√(2/π)(x + 0.044715x³))))",
    year=2016, paper="Hendrycks & Gimpel, Gaussian error linear units (GELUs)", arxiv="1606.08415",
    properties=_props("[-0.17, ∞)", False, True, False, True, False, False),
    convention="Smooth everywhere: no kinks. f′(0) = 0.5.",
)

_GK = math.sqrt(2.0 / math.pi)
_GC = 0.044715


def _gelu(x, approximate, order):
    if approximate == "none":
        if order == 0:
            return x * nm.Phi(x)
        if order == 1:
            return nm.Phi(x) + x * nm.phi(x)
        xc = nm.clip(x, -50.0, 50.0)
        return nm.phi(xc) * (2.0 - xc * xc)
    # tanh form, written with σ: (1 + tanh u)/2 = σ(2u), stable on both sides.
    xc = nm.clip(x, -1e3, 1e3)
    u2 = 2.0 * _GK * (xc + _GC * xc * xc * xc)
    if order == 0:
        return x * expit(u2)
    du2 = 2.0 * _GK * (1.0 + 3.0 * _GC * xc * xc)
    s1 = nm.dsigmoid(u2)
    if order == 1:
        return expit(u2) + x * (s1 * du2)
    s2 = s1 * -np.tanh(0.5 * u2)
    d2u2 = 2.0 * _GK * 6.0 * _GC * xc
    return 2.0 * s1 * du2 + xc * (s2 * du2 * du2 + s1 * d2u2)


_act(
    "silu", "SiLU (Swish-1)", "smooth rectifiers",
    lambda x: x * expit(x),
    lambda x: _silu_d(x),
    lambda x: _silu_d2(x),
    tails=lambda: (const(0.0), lin(1.0, 1)),
    latex_f=r"x\,\sigma(x)",
    latex_df=r"\sigma(x)\left(1 + x\,\sigma(-x)\right)",
    formula="f(x) = x·σ(x)",
    year=2017, paper="Elfwing, Uchibe & Doya, Sigmoid-weighted linear units", arxiv="1702.03118",
    properties=_props("[-0.278, ∞)", False, True, False, True, False, False),
    convention="Smooth everywhere: no kinks. f′(0) = 0.5.",
)


def _silu_d(x):
    s, ds = nm.sigmoid_parts(x)
    return s + x * ds


def _silu_d2(x):
    xc = nm.clip(x, -1e3, 1e3)
    return nm.dsigmoid(xc) * (2.0 - xc * np.tanh(0.5 * xc))


def _swish_z(x, beta):
    if beta == 0:
        return np.zeros_like(x)
    b = 1e3 / beta
    return beta * nm.clip(x, -b, b)


def _swish_d(x, beta):
    z = _swish_z(x, beta)
    s, ds = nm.sigmoid_parts(z)
    return s + z * ds


def _swish_d2(x, beta):
    z = _swish_z(x, beta)
    return beta * nm.dsigmoid(z) * (2.0 - z * np.tanh(0.5 * z))


_act(
    "swish", "Swish (β)", "smooth rectifiers",
    lambda x, beta: x * expit(_swish_z(x, beta)),
    _swish_d,
    _swish_d2,
    params=(Param("beta", "β", 1.0, 0.0, 10.0, 0.05, "Sharpness: β = 1 is SiLU, β → ∞ approaches ReLU, β = 0 gives x/2"),),
    tails=lambda beta: (const(0.0), lin(1.0, 1)) if beta > 0 else (lin(0.5, -1), lin(0.5, 1)),
    source="Keras",
    latex_f=r"x\,\sigma(\beta x)",
    latex_df=r"\sigma(\beta x) + \beta x\,\sigma(\beta x)\sigma(-\beta x)",
    formula="f(x) = x·σ(βx)",
    year=2017, paper="Ramachandran, Zoph & Le, Searching for activation functions", arxiv="1710.05941",
    properties=_props("[-0.278/β, ∞)", False, True, False, True, False, False),
    convention="Smooth everywhere: no kinks. f′(0) = 0.5 for every β.",
)


def _mish(x, order):
    # tanh(softplus(x)) = n/(n+2) with n = eˣ(eˣ+2): one exp instead of logaddexp + tanh.
    # Past the cap the factor is exactly 1 and the f′ correction term exactly 0 in the dtype.
    cap = 60.0 if x.dtype == np.float64 else 30.0
    xc = np.minimum(x, cap)
    e = np.exp(xc)
    n = e * (e + 2.0)
    d = n + 2.0
    t = n / d
    if order == 0:
        return x * t
    g = (e / d) * ((1.0 + e) / d)  # sech²(softplus(x))·σ(x) / 4
    if order == 1:
        return t + xc * (4.0 * g)
    # f″ = S·s·(2 + x·σ(−x) − 2·x·t·s), with S·s = 4g, σ(x) = e/(1+e), σ(−x) = 1/(1+e)
    xl = np.maximum(xc, -1e3)
    s = e / (1.0 + e)
    d2 = 4.0 * g * (2.0 + xl / (1.0 + e) - 2.0 * xl * t * s)
    return np.where(x > cap, 0.0, d2).astype(x.dtype, copy=False)  # f″ underflows to 0 past the cap


_act(
    "mish", "Mish", "smooth rectifiers",
    lambda x: _mish(x, 0), lambda x: _mish(x, 1), lambda x: _mish(x, 2),
    tails=lambda: (const(0.0), lin(1.0, 1)),
    latex_f=r"x\tanh(\operatorname{softplus}(x))",
    latex_df=r"\tanh(\mathrm{sp}) + x\,\operatorname{sech}^2(\mathrm{sp})\,\sigma(x)",
    formula="f(x) = x·tanh(ln(1 + eˣ))",
    year=2019, paper="Misra, Mish: a self regularized non-monotonic activation function", arxiv="1908.08681",
    properties=_props("[-0.309, ∞)", False, True, False, True, False, False),
    convention="Smooth everywhere: no kinks. f′(0) = tanh(ln 2) = 0.6.",
)


def _softplus_z(x, beta):
    b = 1e4 / beta
    return beta * nm.clip(x, -b, b)


def _softplus(x, beta, threshold, order):
    z = _softplus_z(x, beta)
    linear = z > threshold
    if order == 0:
        return np.where(linear, x, nm.softplus(z) / beta)
    if order == 1:
        return np.where(linear, 1.0, nm.sigmoid_parts(z)[0]).astype(x.dtype, copy=False)
    # PyTorch's double backward switches to the linear branch already at βx = t.
    return np.where(z >= threshold, 0.0, beta * nm.dsigmoid(z)).astype(x.dtype, copy=False)


_act(
    "softplus", "Softplus", "smooth rectifiers",
    lambda x, beta, threshold: _softplus(x, beta, threshold, 0),
    lambda x, beta, threshold: _softplus(x, beta, threshold, 1),
    lambda x, beta, threshold: _softplus(x, beta, threshold, 2),
    params=(
        Param("beta", "β", 1.0, 0.1, 10.0, 0.05, "Sharpness; larger β approaches ReLU"),
        Param("threshold", "t", 20.0, 1.0, 50.0, 0.5, "Above βx > t PyTorch returns x exactly (a tiny jump)"),
    ),
    tails=lambda beta, threshold: (const(0.0), lin(1.0, 1)),
    kink_fn=lambda beta, threshold: (threshold / beta,),
    latex_f=r"\begin{cases}\frac{1}{\beta}\ln(1+e^{\beta x}) & \beta x\le t\\ x & \beta x>t\end{cases}",
    latex_df=r"\begin{cases}\sigma(\beta x) & \beta x\le t\\ 1 & \beta x>t\end{cases}",
    formula="f(x) = ln(1 + e^(βx))/β, or x where βx > t",
    year=2001, paper="Dugas et al., Incorporating second-order functional knowledge for better option pricing",
    properties=_props("(0, ∞)", True, False, False, True, False, False),
    convention="PyTorch threshold semantics: linear where βx > t. At x = t/β, f′ = σ(t) (≈ 1 − 2e−9 for t = 20) "
    "and f″ = 0, as PyTorch; f and f′ jump there by amounts too small to see, shown exactly.",
)

def _shifted_softplus(x):
    # softplus(x) − ln 2 cancels near 0, where the value is ≈ x/2; there use the equal form
    # ln(1 + (eˣ − 1)/2), which keeps full relative precision.
    out = nm.softplus(x) - LOG2
    small = np.abs(x) < 1.0
    if small.any():
        out[small] = np.log1p(0.5 * np.expm1(x[small]))
    return out


_act(
    "shifted_softplus", "Shifted softplus", "smooth rectifiers",
    _shifted_softplus,
    lambda x: expit(x),
    lambda x: nm.dsigmoid(x),
    tails=lambda: (const(-LOG2), lin(1.0, 1)),
    latex_f=r"\ln(1+e^{x}) - \ln 2",
    latex_df=r"\sigma(x)",
    formula="f(x) = ln(1 + eˣ) − ln 2",
    year=2017, paper="Schütt et al., SchNet", arxiv="1706.08566",
    properties=_props("(-ln 2, ∞)", True, True, True, True, False, False),
    convention="Smooth everywhere: no kinks. f(0) = 0, f′(0) = 0.5.",
)


def _squareplus(x, b, order):
    if b < 1e-30:
        # ReLU to within 1e-15 at any x (and exactly for b = 0), written out: the general form
        # would divide 0 by 0 at x = 0, and √b underflows in float32.
        return (np.maximum(x, 0.0), (x > 0).astype(x.dtype), np.zeros_like(x))[order]
    h = nm.sqrt1p(x, b)
    if order == 2:
        inv_h = 1.0 / h
        return (0.5 * b) * inv_h * inv_h * inv_h
    # t = (h + |x|)/2 never cancels. For x ≥ 0, f = t; for x < 0, (x + h)/2 would cancel, but
    # it equals (b/4)/t. Likewise f′ = t/h or (b/4)/(h·t). Halves first: h + |x| may overflow.
    t = 0.5 * h + 0.5 * np.abs(x)
    pos = x >= 0
    if order == 0:
        return np.where(pos, t, (0.25 * b) / t)
    return np.where(pos, t / h, ((0.25 * b) / h) / t)


_act(
    "squareplus", "Squareplus", "smooth rectifiers",
    lambda x, b: _squareplus(x, b, 0),
    lambda x, b: _squareplus(x, b, 1),
    lambda x, b: _squareplus(x, b, 2),
    params=(Param("b", "b", 4.0, 0.0, 20.0, 0.1, "Curvature at 0; b = 0 gives ReLU (Keras default 4)"),),
    tails=lambda b: (const(0.0), lin(1.0, 1)),
    kink_fn=lambda b: (0.0,) if b < 1e-30 else (),
    source="Keras",
    latex_f=r"\frac{x + \sqrt{x^2 + b}}{2}",
    latex_df=r"\frac{1}{2}\left(1 + \frac{x}{\sqrt{x^2+b}}\right)",
    formula="f(x) = (x + √(x² + b))/2",
    year=2021, paper="Barron, Squareplus: a softplus-like algebraic rectifier", arxiv="2112.11687",
    properties=_props("(0, ∞)", True, True, False, True, False, False),
    convention="Smooth for b > 0: no kinks. For b = 0 it is ReLU, with ReLU's convention f′(0) = 0.",
)


def _sparse_plus(x, order):
    xc = nm.clip(x, -1.0, 1.0)
    lo, hi = x <= -1, x >= 1
    if order == 0:
        return np.where(lo, 0.0, np.where(hi, x, 0.25 * (xc + 1.0) ** 2)).astype(x.dtype, copy=False)
    if order == 1:
        return np.where(lo, 0.0, np.where(hi, 1.0, 0.5 * (xc + 1.0))).astype(x.dtype, copy=False)
    return nm.pick(~lo & ~hi, 0.5, 0.0, x)


_act(
    "sparse_plus", "SparsePlus", "smooth rectifiers",
    lambda x: _sparse_plus(x, 0), lambda x: _sparse_plus(x, 1), lambda x: _sparse_plus(x, 2),
    tails=lambda: (const(0.0), lin(1.0, 1)),
    kink_fn=lambda: (-1.0, 1.0),
    source="Keras",
    latex_f=r"\begin{cases}0 & x\le -1\\ \frac{(x+1)^2}{4} & -1<x<1\\ x & x\ge 1\end{cases}",
    latex_df=r"\begin{cases}0 & x\le -1\\ \frac{x+1}{2} & -1<x<1\\ 1 & x\ge 1\end{cases}",
    formula="f(x) = 0 | (x+1)²/4 | x   for x ≤ −1 | −1 < x < 1 | x ≥ 1",
    year=2024, paper="Keras activations.sparse_plus (the SmeLU shape with β = 1)",
    properties=_props("[0, ∞)", True, False, False, True, False, False),
    convention="f′ is continuous. f″ jumps at ±1; at the edges f″ = 0 (the outer branches own x = ±1, as in Keras's where).",
)


def _tanhexp(x, order):
    if order == 0:
        return x * np.tanh(np.exp(np.minimum(x, 50.0)))
    if order == 1:
        g = np.exp(np.minimum(x, 50.0))
        return np.tanh(g) + x * (g * nm.sech2(g))
    xc = nm.clip(x, -1e3, 50.0)
    g = np.exp(xc)
    gS = g * nm.sech2(g)
    return gS * (2.0 + xc - 2.0 * xc * g * np.tanh(g))


_act(
    "tanhexp", "TanhExp", "smooth rectifiers",
    lambda x: _tanhexp(x, 0), lambda x: _tanhexp(x, 1), lambda x: _tanhexp(x, 2),
    tails=lambda: (const(0.0), lin(1.0, 1)),
    source="literature",
    latex_f=r"x\tanh(e^{x})",
    latex_df=r"\tanh(e^x) + x e^x \operatorname{sech}^2(e^x)",
    formula="f(x) = x·tanh(eˣ)",
    year=2020, paper="Liu & Di, TanhExp: a smooth activation function with high convergence speed", arxiv="2003.09855",
    properties=_props("[-0.353, ∞)", False, True, False, True, False, False),
    convention="Smooth everywhere: no kinks.",
)

# ============================================================================ sigmoid-like
_act(
    "hardsigmoid", "Hardsigmoid", "sigmoid-like",
    lambda x: nm.clip(x / 6.0 + 0.5, 0.0, 1.0),
    lambda x: nm.pick((x > -3) & (x < 3), 1.0 / 6.0, 0.0, x),
    zeros,
    tails=lambda: (const(0.0), const(1.0)),
    kink_fn=lambda: (-3.0, 3.0),
    piecewise_linear=True,
    latex_f=r"\min(\max(0, x/6 + 1/2), 1)",
    latex_df=r"\begin{cases}1/6 & -3<x<3\\0 & \text{otherwise}\end{cases}",
    formula="f(x) = relu6(x + 3)/6",
    year=2019, paper="Howard et al., Searching for MobileNetV3", arxiv="1905.02244",
    properties=_props("[0, 1]", True, False, False, True, True, True),
    convention="f′(±3) = 0 (PyTorch: the gradient flows only for −3 < x < 3).",
)

_act(
    "sparse_sigmoid", "SparseSigmoid", "sigmoid-like",
    lambda x: nm.clip(0.5 * x + 0.5, 0.0, 1.0),
    lambda x: nm.pick((x > -1) & (x < 1), 0.5, 0.0, x),
    zeros,
    tails=lambda: (const(0.0), const(1.0)),
    kink_fn=lambda: (-1.0, 1.0),
    piecewise_linear=True,
    source="Keras",
    latex_f=r"\begin{cases}0 & x\le -1\\ \frac{x+1}{2} & -1<x<1\\ 1 & x\ge 1\end{cases}",
    latex_df=r"\begin{cases}1/2 & -1<x<1\\0 & \text{otherwise}\end{cases}",
    formula="f(x) = clip((x + 1)/2, 0, 1)",
    year=2024, paper="Keras activations.sparse_sigmoid",
    properties=_props("[0, 1]", True, False, False, True, True, True),
    convention="f′(±1) = 0 (the outer branches own x = ±1, as in Keras's where).",
)


def _hardtanh_check(min_val, max_val):
    if not min_val < max_val:
        raise ValueError(f"min_val must be < max_val, got min_val={min_val:g}, max_val={max_val:g}")


_act(
    "hardtanh", "Hardtanh", "sigmoid-like",
    lambda x, min_val, max_val: nm.clip(x, min_val, max_val),
    lambda x, min_val, max_val: ((x > min_val) & (x < max_val)).astype(x.dtype),
    lambda x, min_val, max_val: np.zeros_like(x),
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
    paper="Collobert, Large scale machine learning (HardTanh)", year=2004,
    properties=_props("[a, b]", True, False, True, True, True, True),
    convention="f′ = 0 at both edges (PyTorch: the gradient flows only for a < x < b).",
)


def _softsign_r(x):
    return 1.0 / (1.0 + np.abs(x))


def _softsign_d2(x):
    r = _softsign_r(x)
    return (-2.0 * np.sign(x)) * (r * r * r)


_act(
    "softsign", "Softsign", "sigmoid-like",
    lambda x: x * _softsign_r(x),
    lambda x: np.square(_softsign_r(x)),
    lambda x: _softsign_d2(x),
    tails=lambda: (const(-1.0), const(1.0)),
    kink_fn=lambda: (0.0,),
    latex_f=r"\frac{x}{1+|x|}",
    latex_df=r"\frac{1}{(1+|x|)^2}",
    formula="f(x) = x/(1 + |x|)",
    year=2009, paper="Bergstra et al., Quadratic polynomials learn better image features",
    properties=_props("(-1, 1)", True, False, True, True, True, True),
    convention="f′(0) = 1 (f′ is continuous). f″ jumps from 2 to −2 at 0; f″(0) = 0, as autograd's sign(0) = 0 gives.",
)

_LA, _LB = 1.7159, 2.0 / 3.0
_act(
    "lecun_tanh", "LeCun tanh", "sigmoid-like",
    lambda x: _LA * np.tanh(_LB * x),
    lambda x: (_LA * _LB) * nm.sech2(_LB * x),
    lambda x: (-2.0 * _LA * _LB * _LB) * np.tanh(_LB * x) * nm.sech2(_LB * x),
    tails=lambda: (const(-_LA), const(_LA)),
    source="literature",
    latex_f=r"1.7159\,\tanh\!\left(\tfrac{2}{3}x\right)",
    latex_df=r"1.1439\,\operatorname{sech}^2\!\left(\tfrac{2}{3}x\right)",
    formula="f(x) = 1.7159·tanh(2x/3)",
    year=1998, paper="LeCun et al., Efficient BackProp",
    properties=_props("(-1.7159, 1.7159)", True, True, True, True, True, True),
    convention="Smooth everywhere: no kinks. Scaled so that f(±1) = ±1.",
)


def _arctan_d(x):
    # Past |x| = 1e150 (1e18 in float32) 1/(1 + x²) is below 1e−300 (1e−36) either way; the clip
    # keeps x² finite.
    xc = nm.square_clip(x)
    return 1.0 / (1.0 + xc * xc)


def _arctan_d2(x):
    xc = nm.square_clip(x)
    r = 1.0 / (1.0 + xc * xc)
    return (-2.0 * xc) * r * r


_act(
    "arctan", "Arctan", "sigmoid-like",
    lambda x: np.arctan(x), _arctan_d, _arctan_d2,
    tails=lambda: (const(-math.pi / 2), const(math.pi / 2)),
    source="literature",
    latex_f=r"\arctan x",
    latex_df=r"\frac{1}{1+x^2}",
    formula="f(x) = arctan(x)",
    paper="a classic sigmoid-shaped activation", year=None,
    properties=_props("(-π/2, π/2)", True, True, True, True, True, True),
    convention="Smooth everywhere: no kinks.",
)


def _isru(x, alpha, order):
    # Far out the clipped value gives f = ±1/√α and f′ = f″ = 0 to full precision.
    xc = nm.square_clip(x)
    r = 1.0 / np.sqrt(1.0 + alpha * (xc * xc))
    if order == 0:
        return xc * r
    r3 = r * r * r
    if order == 1:
        return r3
    return -3.0 * alpha * xc * (r3 * r * r)


_act(
    "isru", "ISRU", "sigmoid-like",
    lambda x, alpha: _isru(x, alpha, 0), lambda x, alpha: _isru(x, alpha, 1), lambda x, alpha: _isru(x, alpha, 2),
    params=(Param("alpha", "α", 1.0, 0.01, 5.0, 0.01, "Output range is ±1/√α"),),
    tails=lambda alpha: (const(-1.0 / math.sqrt(alpha)), const(1.0 / math.sqrt(alpha))),
    source="literature",
    latex_f=r"\frac{x}{\sqrt{1+\alpha x^2}}",
    latex_df=r"\left(\frac{1}{\sqrt{1+\alpha x^2}}\right)^{3}",
    formula="f(x) = x/√(1 + αx²)",
    year=2017, paper="Carlile et al., Improving deep learning by inverse square root linear units", arxiv="1710.09967",
    properties=_props("(-1/√α, 1/√α)", True, True, True, True, True, True),
    convention="Smooth everywhere: no kinks.",
)

_act(
    "logsigmoid", "LogSigmoid", "sigmoid-like",
    lambda x: -nm.softplus(-x),  # log σ(x) = −log(1 + e⁻ˣ): stable, exact for x → −∞
    lambda x: expit(-x),
    lambda x: -nm.dsigmoid(x),
    tails=lambda: (lin(1.0, -1), const(0.0)),
    latex_f=r"\ln\sigma(x) = -\ln(1+e^{-x})",
    latex_df=r"\sigma(-x)",
    formula="f(x) = ln σ(x)",
    paper="log of the logistic; PyTorch nn.LogSigmoid",
    properties=_props("(-∞, 0)", True, True, False, False, True, False),
    convention="Smooth everywhere: no kinks. Computed as −softplus(−x), exact for large negative x.",
)

# ==================================================================== shrinkage/threshold


def _tanhshrink(x):
    if x.dtype == np.float32:
        # float32 has too few digits for either the difference or a short series near 0;
        # float64 holds every float32 result exactly enough, and cannot overflow on the way back.
        return _tanhshrink(x.astype(np.float64)).astype(np.float32)
    out = x - np.tanh(x)
    # x − tanh x cancels near 0: there use its series, x³/3 − 2x⁵/15 + 17x⁷/315 − ...,
    # whose first omitted term is below 1e−14 of the sum for |x| < 0.1.
    small = np.abs(x) < 0.1
    if small.any():
        xs = x[small]
        x2 = xs * xs
        poly = 21844.0 / 6081075.0
        for c in (1382.0 / 155925.0, 62.0 / 2835.0, 17.0 / 315.0, 2.0 / 15.0, 1.0 / 3.0):
            poly = c - x2 * poly
        out[small] = xs * x2 * poly
    return out


_act(
    "tanhshrink", "Tanhshrink", "shrinkage/threshold",
    _tanhshrink,
    lambda x: np.tanh(x) ** 2,
    lambda x: 2.0 * np.tanh(x) * nm.sech2(x),
    tails=lambda: (lin(1.0, -1), lin(1.0, 1)),
    latex_f=r"x - \tanh x",
    latex_df=r"\tanh^2 x",
    formula="f(x) = x − tanh(x)",
    paper="PyTorch nn.Tanhshrink",
    properties=_props("(-∞, ∞)", True, True, True, False, False, False),
    convention="Smooth everywhere: no kinks. Near 0 a series keeps f accurate (it is ≈ x³/3 there).",
)

# Soft- and hardshrink share their parameter, derivative, tails and kinks.
_SHRINK = dict(
    params=(Param("lambd", "λ", 0.5, 0.0, 5.0, 0.05, "Half-width of the zeroed band"),),
    tails=lambda lambd: (lin(1.0, -1), lin(1.0, 1)),
    kink_fn=lambda lambd: (-lambd, lambd),
    piecewise_linear=True,
    latex_df=r"\begin{cases}1 & |x|>\lambda\\0 & |x|\le\lambda\end{cases}",
    properties=_props("(-∞, ∞)", True, False, True, False, False, False),
)


def _shrink_d(x, lambd):
    return (np.abs(x) > lambd).astype(x.dtype)


def _shrink_d2(x, lambd):
    return np.zeros_like(x)


_act(
    "softshrink", "Softshrink", "shrinkage/threshold",
    lambda x, lambd: np.where(x > lambd, x - lambd, np.where(x < -lambd, x + lambd, 0.0)).astype(x.dtype, copy=False),
    _shrink_d, _shrink_d2,
    latex_f=r"\begin{cases}x-\lambda & x>\lambda\\ x+\lambda & x<-\lambda\\ 0 & \text{otherwise}\end{cases}",
    formula="f(x) = sign(x)·max(|x| − λ, 0)",
    paper="Donoho, De-noising by soft-thresholding", year=1995,
    convention="f′(±λ) = 0 (PyTorch: the gradient is 0 for −λ ≤ x ≤ λ).",
    **_SHRINK,
)

_act(
    "hardshrink", "Hardshrink", "shrinkage/threshold",
    lambda x, lambd: np.where(np.abs(x) > lambd, x, 0.0).astype(x.dtype, copy=False),
    _shrink_d, _shrink_d2,
    latex_f=r"\begin{cases}x & |x|>\lambda\\ 0 & |x|\le\lambda\end{cases}",
    formula="f(x) = x if |x| > λ else 0",
    paper="Donoho & Johnstone, hard thresholding", year=1994,
    convention="f jumps at ±λ; f(±λ) = 0 and f′(±λ) = 0 (PyTorch: the gradient is 0 for |x| ≤ λ).",
    **_SHRINK,
)

_act(
    "binary_step", "Binary step", "shrinkage/threshold",
    lambda x: (x >= 0).astype(x.dtype),
    zeros, zeros,
    tails=lambda: (const(0.0), const(1.0)),
    kink_fn=lambda: (0.0,),
    piecewise_linear=True,
    source="literature",
    latex_f=r"\begin{cases}1 & x\ge 0\\0 & x<0\end{cases}",
    latex_df=r"0 \quad (x \ne 0)",
    formula="f(x) = 1 if x ≥ 0 else 0",
    paper="McCulloch & Pitts, the threshold unit", year=1943,
    properties=_props("{0, 1}", True, False, False, True, True, True),
    convention="f(0) = 1 (Heaviside with H(0) = 1). f′ = 0 everywhere, which is what autograd gives for a "
    "comparison; the true derivative at 0 is a Dirac delta and is not drawn.",
)

# ========================================================================= periodic/other
_act(
    "linear", "Linear (identity)", "periodic/other",
    lambda x: x.copy(), ones, zeros,
    tails=lambda: (lin(1.0, -1), lin(1.0, 1)),
    piecewise_linear=True,
    source="Keras",
    latex_f=r"x", latex_df=r"1",
    formula="f(x) = x",
    paper="Keras activations.linear",
    properties=_props("(-∞, ∞)", True, True, True, False, False, False),
    convention="Smooth everywhere: no kinks.",
)

_act(
    "exponential", "Exponential", "periodic/other",
    lambda x: nm.exp(x), lambda x: nm.exp(x), lambda x: nm.exp(x),
    tails=lambda: (const(0.0), (INF, INF, INF)),
    source="Keras",
    latex_f=r"e^{x}", latex_df=r"e^{x}",
    formula="f(x) = eˣ",
    paper="Keras activations.exponential",
    properties=_props("(0, ∞)", True, True, False, True, False, False),
    convention="Smooth everywhere: no kinks. Beyond x ≈ 709.78 the value exceeds float64 and is +inf.",
)


def _bent(x):
    h = nm.sqrt1p(x, 1.0)
    # (√(x²+1) − 1)/2 written as x·(x/(h+1))/2: no cancellation near 0, no overflow of x².
    return nm.unbounded(np.add, 0.5 * x * (x / (h + 1.0)), x)


_act(
    "bent_identity", "Bent identity", "periodic/other",
    _bent,
    lambda x: 0.5 * x / nm.sqrt1p(x, 1.0) + 1.0,
    lambda x: 0.5 * (1.0 / nm.sqrt1p(x, 1.0)) ** 3,
    tails=lambda: (lin(0.5, -1), lin(1.5, 1)),
    source="literature",
    latex_f=r"\frac{\sqrt{x^2+1}-1}{2} + x",
    latex_df=r"\frac{x}{2\sqrt{x^2+1}} + 1",
    formula="f(x) = (√(x² + 1) − 1)/2 + x",
    paper="bent identity", year=None,
    properties=_props("(-∞, ∞)", True, True, True, False, False, False),
    convention="Smooth everywhere: no kinks.",
)

_act(
    "lisht", "LiSHT", "periodic/other",
    lambda x: x * np.tanh(x),
    lambda x: np.tanh(x) + x * nm.sech2(x),
    lambda x: 2.0 * nm.sech2(nm.clip(x, -400.0, 400.0)) * (1.0 - nm.clip(x, -400.0, 400.0) * np.tanh(x)),
    tails=lambda: ((INF, -1.0, 0.0), lin(1.0, 1)),
    source="literature",
    latex_f=r"x\tanh x",
    latex_df=r"\tanh x + x\operatorname{sech}^2 x",
    formula="f(x) = x·tanh(x)",
    year=2019, paper="Roy et al., LiSHT: non-parametric linearly scaled hyperbolic tangent", arxiv="1901.05894",
    properties=_props("[0, ∞)", False, True, False, True, False, False),
    convention="Smooth everywhere: no kinks.",
)

_act(
    "gaussian", "Gaussian", "periodic/other",
    lambda x: np.exp(-np.square(nm.clip(x, -40.0, 40.0))),
    lambda x: -2.0 * nm.clip(x, -40.0, 40.0) * np.exp(-np.square(nm.clip(x, -40.0, 40.0))),
    lambda x: (4.0 * np.square(nm.clip(x, -40.0, 40.0)) - 2.0) * np.exp(-np.square(nm.clip(x, -40.0, 40.0))),
    tails=lambda: (const(0.0), const(0.0)),
    source="literature",
    latex_f=r"e^{-x^2}", latex_df=r"-2x\,e^{-x^2}",
    formula="f(x) = e^(−x²)",
    paper="radial basis function networks (Broomhead & Lowe)", year=1988,
    properties=_props("(0, 1]", False, True, False, True, True, True),
    convention="Smooth everywhere: no kinks.",
)

_act(
    "sine", "Sine (SIREN)", "periodic/other",
    lambda x, w0: np.sin(w0 * nm.trig_arg(x)),
    lambda x, w0: w0 * np.cos(w0 * nm.trig_arg(x)),
    lambda x, w0: -(w0 * w0) * np.sin(w0 * nm.trig_arg(x)),
    params=(Param("w0", "ω₀", 1.0, 0.1, 60.0, 0.1, "Frequency; SIREN uses ω₀ = 30 in its first layer"),),
    tails=lambda w0: (UNDEFINED, UNDEFINED),
    source="literature",
    latex_f=r"\sin(\omega_0 x)", latex_df=r"\omega_0\cos(\omega_0 x)",
    formula="f(x) = sin(ω₀x)",
    year=2020, paper="Sitzmann et al., Implicit neural representations with periodic activation functions", arxiv="2006.09661",
    properties=_props("[-1, 1]", False, True, True, True, True, False),
    convention="Smooth everywhere: no kinks. No limit at ±inf, so ±inf gives NaN.",
)

_act(
    "snake", "Snake", "periodic/other",
    lambda x, alpha: x + np.sin(alpha * nm.trig_arg(x)) ** 2 / alpha,
    lambda x, alpha: 1.0 + np.sin(2.0 * alpha * nm.trig_arg(x)),
    lambda x, alpha: (2.0 * alpha) * np.cos(2.0 * alpha * nm.trig_arg(x)),
    params=(Param("alpha", "α", 1.0, 0.1, 5.0, 0.05, "Frequency of the periodic part"),),
    tails=lambda alpha: ((-INF, math.nan, math.nan), (INF, math.nan, math.nan)),
    source="literature",
    latex_f=r"x + \frac{\sin^2(\alpha x)}{\alpha}", latex_df=r"1 + \sin(2\alpha x)",
    formula="f(x) = x + sin²(αx)/α",
    year=2020, paper="Ziyin, Hartwig & Ueda, Neural networks fail to learn periodic functions and how to fix it",
    arxiv="2006.08195",
    properties=_props("(-∞, ∞)", True, True, False, False, False, False),
    convention="Smooth everywhere: no kinks. f′ oscillates forever, so f′(±inf) is NaN.",
)
