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

from typing import TYPE_CHECKING, Any

from actviz.core.activation import Activation, Param, Properties
from actviz.core.memory import tune_allocator
from actviz.core.registry import GROUPS, get, names
from actviz.core.sampler import KinkPoint, Samples, sample

if TYPE_CHECKING:
    from actviz.core.datasets import DATASETS, Dataset, make_dataset
    from actviz.core.depth import DEPTH_PRESETS, DepthConfig, DepthResult, depth_stats
    from actviz.core.formula import FormulaActivation, FormulaError, formula
    from actviz.core.training import ARTICLE_PRESET, TrainConfig, Trainer, convergence_study

# Training, depth, datasets and formulas load on first use: the window's start-up needs only
# the catalog and the sampler (this saves ~35 ms of every start).
_LAZY = {
    "DATASETS": "datasets", "Dataset": "datasets", "make_dataset": "datasets",
    "DEPTH_PRESETS": "depth", "DepthConfig": "depth", "DepthResult": "depth", "depth_stats": "depth",
    "FormulaActivation": "formula", "FormulaError": "formula", "formula": "formula",
    "ARTICLE_PRESET": "training", "TrainConfig": "training", "Trainer": "training",
    "convergence_study": "training",
}  # fmt: skip


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'actviz.core' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f"actviz.core.{module}"), name)
    globals()[name] = value  # once: later lookups are plain
    return value


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
