"""The built-in catalog: one module per group, each defining its functions in display order.

=====================  =========================================================
module                 group
=====================  =========================================================
``rectifiers``         rectifiers: ReLU and relatives, ELU family, Hardswish
``smooth_rectifiers``  smooth rectifiers: GELU, SiLU, Swish, Mish, Softplus, ...
``sigmoid_like``       sigmoid-like: sigmoid, tanh and the other S-shapes
``shrinkage``          shrinkage/threshold: Threshold, the shrinks, binary step
``periodic_other``     periodic/other: identity, exponential, Gaussian, waves
=====================  =========================================================

These modules only define :class:`~actviz.core.activation.Activation` objects; the registry
(:mod:`actviz.core.registry`) registers :data:`CATALOG` in this order, so within each group the
display order is the order of definition.
"""

from __future__ import annotations

from actviz.core.activation import Activation
from actviz.core.activations import periodic_other, rectifiers, shrinkage, sigmoid_like, smooth_rectifiers

CATALOG: tuple[Activation, ...] = (
    *rectifiers.ACTIVATIONS,
    *smooth_rectifiers.ACTIVATIONS,
    *sigmoid_like.ACTIVATIONS,
    *shrinkage.ACTIVATIONS,
    *periodic_other.ACTIVATIONS,
)
