"""The datasets of the TensorFlow Playground, reimplemented in numpy, and its input features.

The distributions follow the Playground's published generators (``src/dataset.ts``) and its
data set-up (``src/playground.ts``): four classification sets of 500 points with labels ±1,
two regression sets (``plane``, ``multigauss``) of 1,200 points with real targets in about
[−1, 1], noise given as a fraction 0 to 0.5 (the Playground's 0 to 50 %), shuffled once and
split into a training and a test part by the training percentage (the first
``floor(n·percent/100)`` shuffled points train).

The network does not have to see the raw coordinates: :data:`FEATURES` are the Playground's
input features (x1, x2, x1², x2², x1·x2, sin x1, sin x2), and :func:`feature_matrix` turns
points into the chosen ones.

Every draw comes from one :class:`numpy.random.Generator` seeded with ``seed``, so a seed gives
the same points on every machine. The Playground draws from a seeded JavaScript stream instead,
so the points themselves differ from the Playground's; their distributions do not.

>>> from actviz.core.datasets import make_dataset
>>> ds = make_dataset("circle", noise=0.1, seed=3)
>>> ds.x_train.shape, ds.x_test.shape
((250, 2), (250, 2))
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from actviz.core._checks import number as _number
from actviz.core._checks import whole as _whole
from actviz.core.setups import (
    CLASSIFICATION_DATASETS,
    DATASETS,
    DEFAULT_FEATURES,
    FEATURES,
    REGRESSION_DATASETS,
)

FloatArray = npt.NDArray[np.float64]

# The names (CLASSIFICATION_DATASETS, REGRESSION_DATASETS, DATASETS) and the features
# (FEATURES, DEFAULT_FEATURES) are defined in actviz.core.setups, which the state reads
# without loading numpy.

N_POINTS = 500
"""How many points the Playground generates for classification."""

N_POINTS_REGRESSION = 1200
"""How many points the Playground generates for regression."""

NOISE_MAX = 0.5
TRAIN_PERCENT_RANGE = (10, 90)
N_RANGE = (2, 100_000)

# Circle: the disc of radius 5; inside points (label +1) have r < 2.5, outside ones r in [3.5, 5].
CIRCLE_RADIUS = 5.0
# XOR: coordinates are pushed 0.3 away from each axis, so no point sits on a class boundary.
XOR_PADDING = 0.3
# Gauss: the variance grows linearly from 0.5 (no noise) to 4 (noise 0.5).
GAUSS_VARIANCE = (0.5, 4.0)
# Spiral: radius grows to 5 over 1.75 turns.
SPIRAL_RADIUS, SPIRAL_TURNS = 5.0, 1.75
# Regression: points uniform in the square ±6 (the map's extent); the noise moves a copy by
# U(−6, 6)·noise in x and in y before the target is read there.
REGRESS_RADIUS = 6.0
# Plane: the target is (x + y)/10, the Playground's linear scale of [−10, 10] onto [−1, 1].
PLANE_SCALE = 10.0
# Multigauss: six bumps of height ±1 and radius 2, in two rows of three.
MULTIGAUSS_CENTRES = (
    (-4.0, 2.5, 1.0),
    (0.0, 2.5, -1.0),
    (4.0, 2.5, 1.0),
    (-4.0, -2.5, -1.0),
    (0.0, -2.5, 1.0),
    (4.0, -2.5, -1.0),
)
MULTIGAUSS_RADIUS = 2.0


def is_regression(name: str) -> bool:
    """Whether ``name`` is a regression dataset (real targets, linear output)."""
    return name in REGRESSION_DATASETS


def default_points(name: str) -> int:
    """How many points the Playground draws for ``name``: 1,200 for regression, else 500."""
    return N_POINTS_REGRESSION if is_regression(name) else N_POINTS


@dataclass(frozen=True, eq=False)
class Dataset:
    """A shuffled, split classification dataset; every array is read-only.

    Attributes
    ----------
    name : str
        One of :data:`DATASETS`.
    noise : float
        The noise fraction it was made with (0 to 0.5).
    train_percent : int
        The share of points, in percent, that train.
    seed : int
        The seed of the generator that drew it.
    x_train, x_test : ndarray of shape (n, 2)
        Point coordinates (x, y).
    y_train, y_test : ndarray of shape (n,)
        Labels, +1.0 or -1.0 (classification), or real targets (regression).
    """

    name: str
    noise: float
    train_percent: int
    seed: int
    x_train: FloatArray
    y_train: FloatArray
    x_test: FloatArray
    y_test: FloatArray

    @property
    def x(self) -> FloatArray:
        """All points, training part first."""
        return np.concatenate([self.x_train, self.x_test])

    @property
    def y(self) -> FloatArray:
        """All labels, training part first."""
        return np.concatenate([self.y_train, self.y_test])


def _uniform(rng: np.random.Generator, lo: float, hi: float, n: int) -> FloatArray:
    return rng.uniform(lo, hi, n)


def _circle(rng: np.random.Generator, n: int, noise: float) -> tuple[FloatArray, FloatArray]:
    """Half the points inside radius 2.5, half in the ring 3.5 to 5.

    The angle is uniform and the radius is uniform (not the area), so points crowd towards the
    centre as in the Playground. Noise does not move the drawn point: it moves a copy by
    U(-5, 5)·noise in x and in y, and the label is +1 if that copy is closer than 2.5 to the
    origin. With noise, some points inside therefore carry -1 and some outside +1.
    """
    half = n // 2
    r = np.concatenate(
        [
            _uniform(rng, 0.0, CIRCLE_RADIUS * 0.5, half),
            _uniform(rng, CIRCLE_RADIUS * 0.7, CIRCLE_RADIUS, n - half),
        ]
    )
    angle = _uniform(rng, 0.0, 2.0 * math.pi, n)
    xy = np.stack([r * np.sin(angle), r * np.cos(angle)], axis=1)
    moved = xy + _uniform(rng, -CIRCLE_RADIUS, CIRCLE_RADIUS, 2 * n).reshape(n, 2) * noise
    label = np.where(np.hypot(moved[:, 0], moved[:, 1]) < CIRCLE_RADIUS * 0.5, 1.0, -1.0)
    return xy, label


def _xor(rng: np.random.Generator, n: int, noise: float) -> tuple[FloatArray, FloatArray]:
    """Uniform points in the square ±5, each coordinate pushed 0.3 away from its axis.

    A coordinate above 0 gains 0.3, any other loses 0.3, so the points fill
    [-5.3, -0.3] ∪ (0.3, 5.3] on each axis. The label is +1 where x·y ≥ 0 for the point moved
    by U(-5, 5)·noise in each coordinate (the drawn point itself does not move), else -1.
    """
    xy = _uniform(rng, -5.0, 5.0, 2 * n).reshape(n, 2)
    xy += np.where(xy > 0, XOR_PADDING, -XOR_PADDING)
    moved = xy + _uniform(rng, -5.0, 5.0, 2 * n).reshape(n, 2) * noise
    label = np.where(moved[:, 0] * moved[:, 1] >= 0, 1.0, -1.0)
    return xy, label


def _gauss(rng: np.random.Generator, n: int, noise: float) -> tuple[FloatArray, FloatArray]:
    """Two round Gaussians: +1 around (2, 2), -1 around (-2, -2).

    Noise does not flip labels here; it widens both clouds. The variance (not the standard
    deviation) of each coordinate is 0.5 + 7·noise: 0.5 at no noise, 4 at noise 0.5.
    """
    lo, hi = GAUSS_VARIANCE
    std = math.sqrt(lo + (hi - lo) * noise / NOISE_MAX)
    half = n // 2
    centres = np.concatenate([np.full((half, 2), 2.0), np.full((n - half, 2), -2.0)])
    xy = centres + rng.normal(0.0, std, (n, 2))
    label = np.concatenate([np.ones(half), -np.ones(n - half)])
    return xy, label


def _spiral(rng: np.random.Generator, n: int, noise: float) -> tuple[FloatArray, FloatArray]:
    """Two interleaved spirals, +1 starting at angle 0 and -1 at angle π.

    Point i of m = n/2 on each arm sits at radius r = 5·i/m and angle t = 1.75·2π·i/m + δ,
    at (r·sin t, r·cos t); noise adds U(-1, 1)·noise to each coordinate. So the arms are
    evenly spaced in i (not random) and the noise is small: at most ±0.5 at noise 0.5.
    """
    half = n // 2
    xs, labels = [], []
    for count, delta, label in ((half, 0.0, 1.0), (n - half, math.pi, -1.0)):
        i = np.arange(count, dtype=np.float64)
        r = SPIRAL_RADIUS * i / count
        t = SPIRAL_TURNS * 2.0 * math.pi * i / count + delta
        xy = np.stack([r * np.sin(t), r * np.cos(t)], axis=1)
        xy += _uniform(rng, -1.0, 1.0, 2 * count).reshape(count, 2) * noise
        xs.append(xy)
        labels.append(np.full(count, label))
    return np.concatenate(xs), np.concatenate(labels)


def _regress_points(rng: np.random.Generator, n: int, noise: float) -> tuple[FloatArray, FloatArray]:
    """Points uniform in the square ±6 and the copies the targets are read at.

    Per point the Playground draws x, y, then the noise of x and of y, in that order; one
    ``(n, 4)`` draw gives the same sequence.
    """
    u = _uniform(rng, -REGRESS_RADIUS, REGRESS_RADIUS, 4 * n).reshape(n, 4)
    xy = np.ascontiguousarray(u[:, :2])
    moved = xy + u[:, 2:] * noise
    return xy, moved


def _plane(rng: np.random.Generator, n: int, noise: float) -> tuple[FloatArray, FloatArray]:
    """Regression on a tilted plane: the target is (x + y)/10 at the noise-moved copy.

    So targets lie in [−1.2, 1.2] without noise; noise blurs the plane, the points do not move.
    """
    xy, moved = _regress_points(rng, n, noise)
    return xy, (moved[:, 0] + moved[:, 1]) / PLANE_SCALE


def _multigauss(rng: np.random.Generator, n: int, noise: float) -> tuple[FloatArray, FloatArray]:
    """Regression on six bumps: each centre (cx, cy, sign) gives sign·max(0, 1 − d/2) at
    distance d, and the target is the one largest in absolute value (the first on a tie),
    read at the noise-moved copy. Targets lie in [−1, 1]; most points sit at 0, between bumps.
    """
    xy, moved = _regress_points(rng, n, noise)
    label = np.zeros(n)
    for cx, cy, sign in MULTIGAUSS_CENTRES:
        d = np.hypot(moved[:, 0] - cx, moved[:, 1] - cy)
        new = sign * np.clip(1.0 - d / MULTIGAUSS_RADIUS, 0.0, 1.0)
        label = np.where(np.abs(new) > np.abs(label), new, label)
    return xy, label


_GENERATORS: dict[str, Callable[[np.random.Generator, int, float], tuple[FloatArray, FloatArray]]] = {
    "circle": _circle,
    "xor": _xor,
    "gauss": _gauss,
    "spiral": _spiral,
    "plane": _plane,
    "multigauss": _multigauss,
}


def check_name(name: Any) -> str:
    """Return ``name`` if it is one of :data:`DATASETS`, else raise ``ValueError``."""
    if not isinstance(name, str) or name not in _GENERATORS:
        raise ValueError(f"dataset must be one of {', '.join(DATASETS)}, got {name!r}")
    return name


def check_features(features: Any) -> tuple[str, ...]:
    """The chosen input features in the Playground's order (see :data:`FEATURES`).

    ``features`` is a sequence of names or one comma-separated string. Raises ``ValueError``
    for an unknown name, a name given twice, or none at all.
    """
    if isinstance(features, str):
        items = [f.strip() for f in features.split(",") if f.strip()]
    else:
        try:
            items = list(features)
        except TypeError:
            raise ValueError(f"features must be a list of names from {', '.join(FEATURES)}, got {features!r}") from None
    if not items:
        raise ValueError(f"choose at least one input feature from {', '.join(FEATURES)}")
    for f in items:
        if not isinstance(f, str) or f not in FEATURES:
            raise ValueError(f"features must be among {', '.join(FEATURES)}, got {f!r}")
    if len(set(items)) != len(items):
        twice = sorted({f for f in items if items.count(f) > 1})
        raise ValueError(f"each feature may appear once; {', '.join(twice)} appears more than once")
    return tuple(f for f in FEATURES if f in items)


FEATURE_FUNCTIONS: dict[str, Callable[[FloatArray, FloatArray], FloatArray]] = {
    "x1": lambda x1, x2: x1,
    "x2": lambda x1, x2: x2,
    "x1sq": lambda x1, x2: x1 * x1,
    "x2sq": lambda x1, x2: x2 * x2,
    "x1x2": lambda x1, x2: x1 * x2,
    "sinx1": lambda x1, x2: np.sin(x1),
    "sinx2": lambda x1, x2: np.sin(x2),
}
"""Each input feature of :data:`FEATURES` as a function of the coordinates (any shape), as the
Playground defines it."""


def feature_matrix(points: npt.ArrayLike, features: Any = DEFAULT_FEATURES) -> FloatArray:
    """The chosen features of each point, ``(P, len(features))``, in :data:`FEATURES` order.

    Parameters
    ----------
    points : array_like, shape (P, 2)
        Coordinates (x1, x2).
    features : sequence of str
        Names from :data:`FEATURES` (validated by :func:`check_features`).

    The default (x1, x2) gives the points themselves, value for value.
    """
    pts = np.asarray(points, dtype=np.float64)
    if pts.ndim != 2 or pts.shape[1] != 2:
        raise ValueError(f"points must have shape (P, 2), got {pts.shape}")
    chosen = check_features(features)
    if chosen == DEFAULT_FEATURES:
        return np.array(pts)
    x1, x2 = pts[:, 0], pts[:, 1]
    return np.stack([FEATURE_FUNCTIONS[f](x1, x2) for f in chosen], axis=1)


def check_noise(noise: Any) -> float:
    """Return ``noise`` as a float if it is in [0, 0.5], else raise ``ValueError``."""
    return _number(noise, "noise", 0.0, NOISE_MAX)


def check_train_percent(percent: Any) -> int:
    """Return ``percent`` as an int if it is a whole number in [10, 90], else raise ``ValueError``."""
    return _whole(percent, "train percentage", *TRAIN_PERCENT_RANGE)


def make_points(name: str, *, noise: float = 0.0, seed: int = 0, n: int | None = None) -> tuple[FloatArray, FloatArray]:
    """The points and labels of a dataset, in generation order (not shuffled, not split).

    Parameters
    ----------
    name : str
        One of :data:`DATASETS`.
    noise : float, default 0
        0 to 0.5, the Playground's noise percentage divided by 100.
    seed : int, default 0
        Seed of the :class:`numpy.random.Generator` that draws every random number.
    n : int, optional
        How many points, 2 to 100 000; even for classification (half are labelled +1 before
        noise). Default: the Playground's, 500 for classification and 1,200 for regression.

    Returns
    -------
    x : ndarray of shape (n, 2)
    y : ndarray of shape (n,)
        Classification: labels ±1, the first n/2 points the positive class's draws, the rest
        the negative's. Regression: the targets.

    Raises
    ------
    ValueError
        For an unknown name or a value outside its range.
    """
    x, y, _ = _draw(name, noise, seed, n)
    return x, y


def _draw(name: Any, noise: Any, seed: Any, n: Any) -> tuple[FloatArray, FloatArray, np.random.Generator]:
    gen = _GENERATORS[check_name(name)]
    noise = check_noise(noise)
    n = _whole(default_points(name) if n is None else n, "number of points", *N_RANGE)
    if n % 2 and not is_regression(name):
        raise ValueError(f"number of points must be even (half per class), got {n}")
    rng = np.random.default_rng(_whole(seed, "seed", 0, 2**63 - 1))
    x, y = gen(rng, n, noise)
    return x, y, rng


def make_dataset(
    name: str, *, noise: float = 0.0, train_percent: int = 50, seed: int = 0, n: int | None = None
) -> Dataset:
    """A Playground dataset, shuffled once and split into training and test points.

    Parameters
    ----------
    name : str
        ``"circle"``, ``"xor"``, ``"gauss"``, ``"spiral"`` (classification), ``"plane"`` or
        ``"multigauss"`` (regression).
    noise : float, default 0
        0 to 0.5 (the Playground's 0 to 50 %). For circle and xor it flips labels near the
        boundary, for gauss it widens the clouds, for spiral it jitters the points, for the
        regression sets it reads each target at a moved copy of its point.
    train_percent : int, default 50
        10 to 90. The first ``floor(n·train_percent/100)`` shuffled points train.
    seed : int, default 0
        Seeds one generator for the points, the noise and the shuffle.
    n : int, optional
        Number of points (even for classification); default 500, or 1,200 for regression.

    Returns
    -------
    Dataset

    Raises
    ------
    ValueError
        For an unknown name or a value outside its range.

    Examples
    --------
    >>> ds = make_dataset("xor", train_percent=80)
    >>> len(ds.y_train), len(ds.y_test)
    (400, 100)
    """
    train_percent = check_train_percent(train_percent)
    # The shuffle continues the generator that drew the points, as the Playground's does.
    x, y, rng = _draw(name, noise, seed, n)
    order = rng.permutation(len(y))
    x, y = x[order], y[order]
    split = len(y) * train_percent // 100
    parts = [np.ascontiguousarray(a) for a in (x[:split], y[:split], x[split:], y[split:])]
    for a in parts:
        a.flags.writeable = False
    return Dataset(name, float(noise), train_percent, int(seed), *parts)


__all__ = [
    "CLASSIFICATION_DATASETS",
    "DATASETS",
    "DEFAULT_FEATURES",
    "FEATURES",
    "N_POINTS",
    "N_POINTS_REGRESSION",
    "REGRESSION_DATASETS",
    "Dataset",
    "check_features",
    "check_name",
    "check_noise",
    "check_train_percent",
    "default_points",
    "feature_matrix",
    "is_regression",
    "make_dataset",
    "make_points",
]
