"""The plain definitions of the Train and Depth set-ups: names, limits and presets.

This module imports nothing heavy (no numpy), so that the state, which names and checks these
values, does not load the training and depth machinery at start-up. The modules that compute
(:mod:`~actviz.core.datasets`, :mod:`~actviz.core.network`, :mod:`~actviz.core.training`,
:mod:`~actviz.core.depth`) take their definitions from here and keep their public names.

The presets are named tuples holding the values as the core's configs store them (activations
as ``(id, sorted parameter items)``), so ``TrainConfig(**ARTICLE_PRESET._asdict())`` and
``DepthConfig(**preset._asdict())`` give back the same values.
"""

from __future__ import annotations

from typing import Any, NamedTuple

# ---------------------------------------------------------------- datasets and features
CLASSIFICATION_DATASETS = ("circle", "xor", "gauss", "spiral")
"""The classification datasets (labels ±1), in the Playground's order."""

REGRESSION_DATASETS = ("plane", "multigauss")
"""The regression datasets (real targets), in the Playground's order."""

DATASETS = CLASSIFICATION_DATASETS + REGRESSION_DATASETS
"""Every dataset name: the classification ones first, then the regression ones."""

FEATURES = ("x1", "x2", "x1sq", "x2sq", "x1x2", "sinx1", "sinx2")
"""The Playground's input features, in its order (``INPUTS`` in ``src/playground.ts``): x1, x2,
x1², x2², x1·x2, sin x1, sin x2. The network's inputs are always in this order."""

DEFAULT_FEATURES = ("x1", "x2")

# ---------------------------------------------------------------- networks and training
INITS = ("playground", "xavier", "he", "lecun")
"""Weight initialisations: U(±0.5), Glorot uniform, Kaiming normal, LeCun normal."""

REGULARIZATIONS = ("none", "L1", "L2")
"""The regularisations, as the Playground names them."""

MAX_LAYERS, MAX_NEURONS = 6, 8
"""At most six hidden layers of at most eight neurons, as in the Playground."""

TRAIN_SPEEDS: tuple[float | None, ...] = (1, 2, 5, 10, 20, 50, 100, 200, 500, None)
"""Epochs per second the Train view's speed control offers; ``None`` is "as fast as it goes"."""


class TrainPreset(NamedTuple):
    """A training set-up with the fields of :class:`actviz.core.training.TrainConfig`."""

    dataset: str
    noise: float
    train_percent: int
    layers: tuple[int, ...]
    learning_rate: float
    batch_size: int
    regularization: str
    reg_rate: float
    activations: tuple[tuple[str, tuple[tuple[str, Any], ...]], ...]
    seeds: tuple[int, ...]
    threshold: float
    max_epochs: int
    features: tuple[str, ...] = DEFAULT_FEATURES


ARTICLE_PRESET = TrainPreset(
    dataset="circle",
    noise=0.0,
    train_percent=50,
    layers=(3, 3),
    learning_rate=0.03,
    batch_size=10,
    regularization="none",
    reg_rate=0.0,
    activations=(("sigmoid", ()), ("tanh", ()), ("relu", ())),
    seeds=(0,),
    threshold=0.05,
    max_epochs=1000,
)
"""The article's experiment: circle, 2 hidden layers of 3, tanh output, lr 0.03, batch 10,
no noise, sigmoid against tanh against ReLU."""

# ---------------------------------------------------------------- depth
DEPTH_INITS = ("xavier", "he", "lecun", "playground")
"""The initialisations the depth experiment offers, in the order a user is shown them
(:data:`INITS`, most used first)."""

DEPTH_RANGE = (1, 100)
WIDTH_RANGE = (2, 512)
SCALE_RANGE = (0.0, 10.0)
BIAS_VAR_RANGE = (0.0, 10.0)
MAX_ACTIVATIONS = 8


class DepthPreset(NamedTuple):
    """A depth set-up with the fields of :class:`actviz.core.depth.DepthConfig` that presets set."""

    activations: tuple[tuple[str, tuple[tuple[str, Any], ...]], ...]
    depth: int = 30
    width: int = 64
    init: str = "xavier"
    scale: float = 1.0
    bias_var: float = 0.0
    residual: bool = False


DEPTH_PRESETS: dict[str, DepthPreset] = {
    "sigmoid_xavier": DepthPreset(activations=(("sigmoid", ()),), depth=30, init="xavier"),
    "tanh_xavier": DepthPreset(activations=(("tanh", ()),), depth=30, init="xavier"),
    "relu_he": DepthPreset(activations=(("relu", ()),), depth=30, init="he"),
    "relu_xavier": DepthPreset(activations=(("relu", ()),), depth=30, init="xavier"),
    "sigmoid_residual": DepthPreset(activations=(("sigmoid", ()),), depth=30, init="xavier", residual=True),
}
"""Named set-ups, 30 layers of 64: sigmoid and tanh with Xavier, ReLU with He and with Xavier,
and sigmoid with residual connections."""

__all__ = [
    "ARTICLE_PRESET",
    "BIAS_VAR_RANGE",
    "CLASSIFICATION_DATASETS",
    "DATASETS",
    "DEFAULT_FEATURES",
    "DEPTH_INITS",
    "DEPTH_PRESETS",
    "DEPTH_RANGE",
    "FEATURES",
    "INITS",
    "MAX_ACTIVATIONS",
    "MAX_LAYERS",
    "MAX_NEURONS",
    "REGRESSION_DATASETS",
    "REGULARIZATIONS",
    "SCALE_RANGE",
    "TRAIN_SPEEDS",
    "WIDTH_RANGE",
    "DepthPreset",
    "TrainPreset",
]
