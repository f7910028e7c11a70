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
from actviz.core.datasets import DATASETS, Dataset, make_dataset
from actviz.core.depth import DEPTH_PRESETS, DepthConfig, DepthResult, depth_stats
from actviz.core.formula import FormulaActivation, FormulaError, formula  # SymPy loads on first use
from actviz.core.memory import tune_allocator
from actviz.core.registry import GROUPS, get, names
from actviz.core.sampler import KinkPoint, Samples, sample
from actviz.core.training import ARTICLE_PRESET, TrainConfig, Trainer, convergence_study

__all__ = [
    "ARTICLE_PRESET",
    "DATASETS",
    "DEPTH_PRESETS",
    "GROUPS",
    "Activation",
    "Dataset",
    "DepthConfig",
    "DepthResult",
    "FormulaActivation",
    "FormulaError",
    "KinkPoint",
    "Param",
    "Properties",
    "Samples",
    "TrainConfig",
    "Trainer",
    "convergence_study",
    "depth_stats",
    "formula",
    "get",
    "make_dataset",
    "names",
    "sample",
    "tune_allocator",
]
