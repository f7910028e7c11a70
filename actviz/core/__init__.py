"""The numerical core of ActViz: pure numpy/scipy, importable without Qt.

Where things are:

* ``activation.py``: :class:`Activation`, :class:`Param`, :class:`Properties`, the machinery
  every function shares (validation, dtypes, ±inf and NaN, chunked evaluation);
* ``registry.py``: :func:`get`, :func:`names`, :data:`GROUPS`, and ``register``;
* ``activations/``: the catalog, one module per group (``rectifiers``, ``smooth_rectifiers``,
  ``sigmoid_like``, ``shrinkage``, ``periodic_other``);
* ``sampler.py``: :func:`sample`, plot-ready arrays that keep every kink exact;
* ``_numerics.py``: the stable building blocks the kernels use.

>>> from actviz.core import names, get
>>> get("leaky_relu").f(-10.0, negative_slope=0.01)
np.float64(-0.1)
"""

from actviz.core.activation import Activation, Param, Properties
from actviz.core.memory import tune_allocator
from actviz.core.registry import GROUPS, get, names
from actviz.core.sampler import KinkPoint, Samples, sample

__all__ = [
    "GROUPS",
    "Activation",
    "KinkPoint",
    "Param",
    "Properties",
    "Samples",
    "get",
    "names",
    "sample",
    "tune_allocator",
]
