"""What the Train view shows: the set-up of a training run, as one validated source of truth.

No Qt. Every setter validates and raises ``ValueError`` with a message fit for a user; on error
nothing changes. An event fires only on a real change. The running trainer itself is not
state: it is rebuilt from this set-up whenever a setting that defines the run changes.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from psygnal import Signal, SignalGroup

from actviz.core import get
from actviz.core.setups import ARTICLE_PRESET as CORE_ARTICLE_PRESET
from actviz.core.setups import (
    DATASETS,
    DEFAULT_FEATURES,
    FEATURES,
    MAX_LAYERS,
    MAX_NEURONS,
    REGRESSION_DATASETS,
    REGULARIZATIONS,
)
from actviz.state.texts import QT_TRANSLATE_NOOP, RefusalError

MAX_COMPARED = 8
"""How many activations the Train view races (a study from the command line takes any number)."""

# The article's experiment (the starting material, section 6), as the core defines it: circle,
# 2×3 hidden neurons, learning rate 0.03, batch 10, no noise, sigmoid against tanh against ReLU.
ARTICLE_PRESET: dict[str, Any] = {
    "dataset": CORE_ARTICLE_PRESET.dataset,
    "noise": CORE_ARTICLE_PRESET.noise,
    "train_percent": CORE_ARTICLE_PRESET.train_percent,
    "features": CORE_ARTICLE_PRESET.features,
    "layers": CORE_ARTICLE_PRESET.layers,
    "learning_rate": CORE_ARTICLE_PRESET.learning_rate,
    "batch_size": CORE_ARTICLE_PRESET.batch_size,
    "regularization": CORE_ARTICLE_PRESET.regularization,
    "reg_rate": CORE_ARTICLE_PRESET.reg_rate,
    "activations": [(fid, dict(p)) for fid, p in CORE_ARTICLE_PRESET.activations],
    # The map shows ReLU's network: sigmoid's stays flat for hundreds of epochs.
    "selected": 2,
}

Spec = tuple[str, tuple[tuple[str, Any], ...]]


def activation_spec(function_id: str, params: Mapping[str, Any] | None = None) -> Spec:
    """A hashable (id, sorted parameters) pair, validated by the catalog."""
    try:
        act = get(function_id)
    except KeyError:
        raise RefusalError(
            QT_TRANSLATE_NOOP("State", "unknown function {function_id!r}"), function_id=function_id
        ) from None
    resolved = act.resolve(**dict(params or {}))
    return function_id, tuple(sorted(resolved.items()))


def spec_label(spec: Spec) -> str:
    """``Leaky ReLU (α=0.1)``: the catalog label plus the parameters that differ from default."""
    fid, params = spec
    act = get(fid)
    shown = []
    for name, v in params:
        prm = act.param(name)
        if v != prm.default:
            shown.append(f"{prm.symbol}={v:g}" if isinstance(v, float) else f"{prm.symbol}={v}")
    return act.label + (f" ({', '.join(shown)})" if shown else "")


class TrainEvents(SignalGroup):
    """Events of a :class:`TrainState`; each carries the new value."""

    dataset = Signal(str)
    noise = Signal(float)
    train_percent = Signal(int)
    features = Signal(tuple)
    layers = Signal(tuple)
    learning_rate = Signal(float)
    batch_size = Signal(int)
    regularization = Signal(str)
    reg_rate = Signal(float)
    activations = Signal(list)
    selected = Signal(int)
    seed = Signal(int)
    threshold = Signal(float)
    study_seeds = Signal(int)
    study_epochs = Signal(int)


def _number(value: Any, what: str, lo: float, hi: float) -> float:
    try:
        v = float(value)
    except (TypeError, ValueError):
        raise RefusalError(
            QT_TRANSLATE_NOOP("State", "{what} must be a number in [{lo:g}, {hi:g}], got {value!r}"),
            what=what,
            lo=lo,
            hi=hi,
            value=value,
        ) from None
    if math.isnan(v) or not lo <= v <= hi:
        raise RefusalError(
            QT_TRANSLATE_NOOP("State", "{what} must be a number in [{lo:g}, {hi:g}], got {v:g}"),
            what=what,
            lo=lo,
            hi=hi,
            v=v,
        )
    return v


def _integer(value: Any, what: str, lo: int, hi: int) -> int:
    if isinstance(value, bool):
        raise RefusalError(
            QT_TRANSLATE_NOOP("State", "{what} must be a whole number in [{lo}, {hi}], got {value!r}"),
            what=what,
            lo=lo,
            hi=hi,
            value=value,
        )
    try:
        f = float(value)
    except (TypeError, ValueError):
        raise RefusalError(
            QT_TRANSLATE_NOOP("State", "{what} must be a whole number in [{lo}, {hi}], got {value!r}"),
            what=what,
            lo=lo,
            hi=hi,
            value=value,
        ) from None
    if math.isnan(f) or f != int(f) or not lo <= f <= hi:
        raise RefusalError(
            QT_TRANSLATE_NOOP("State", "{what} must be a whole number in [{lo}, {hi}], got {value!r}"),
            what=what,
            lo=lo,
            hi=hi,
            value=value,
        )
    return int(f)


class TrainState:
    """The Train view's set-up. ``TrainState()`` is the Playground's default run with ReLU."""

    def __init__(self) -> None:
        self.events = TrainEvents()
        self._dataset = "circle"
        self._noise = 0.0
        self._train_percent = 50
        self._features: tuple[str, ...] = DEFAULT_FEATURES
        self._layers: tuple[int, ...] = (4, 2)
        self._learning_rate = 0.03
        self._batch_size = 10
        self._regularization = "none"
        self._reg_rate = 0.0
        self._activations: list[Spec] = [activation_spec("relu")]
        self._selected = 0
        self._seed = 0
        self._threshold = 0.05
        self._study_seeds = 20
        self._study_epochs = 1000

    # -- read -----------------------------------------------------------------------------
    @property
    def dataset(self) -> str:
        return self._dataset

    @property
    def noise(self) -> float:
        return self._noise

    @property
    def train_percent(self) -> int:
        return self._train_percent

    @property
    def features(self) -> tuple[str, ...]:
        """The input features, in the Playground's order (see ``actviz.core.datasets.FEATURES``)."""
        return self._features

    @property
    def regression(self) -> bool:
        """Whether the dataset is a regression one (plane, multigauss)."""
        return self._dataset in REGRESSION_DATASETS

    @property
    def layers(self) -> tuple[int, ...]:
        return self._layers

    @property
    def learning_rate(self) -> float:
        return self._learning_rate

    @property
    def batch_size(self) -> int:
        return self._batch_size

    @property
    def regularization(self) -> str:
        return self._regularization

    @property
    def reg_rate(self) -> float:
        return self._reg_rate

    @property
    def selected(self) -> int:
        return self._selected

    @property
    def seed(self) -> int:
        return self._seed

    @property
    def threshold(self) -> float:
        return self._threshold

    @property
    def study_seeds(self) -> int:
        return self._study_seeds

    @property
    def study_epochs(self) -> int:
        return self._study_epochs

    @property
    def activations(self) -> list[Spec]:
        return list(self._activations)

    # -- write ----------------------------------------------------------------------------
    def _set(self, name: str, value: Any) -> None:
        if getattr(self, "_" + name) == value:
            return
        setattr(self, "_" + name, value)
        getattr(self.events, name).emit(value)

    def set_dataset(self, name: str) -> None:
        if name not in DATASETS:
            raise RefusalError(
                QT_TRANSLATE_NOOP("State", "dataset must be one of {allowed}, got {name!r}"),
                allowed=", ".join(DATASETS),
                name=name,
            )
        self._set("dataset", name)

    def set_noise(self, value: Any) -> None:
        """Noise as a fraction, 0 to 0.5 (the Playground's 0 to 50 %)."""
        self._set("noise", _number(value, QT_TRANSLATE_NOOP("State", "noise"), 0.0, 0.5))

    def set_train_percent(self, value: Any) -> None:
        self._set("train_percent", _integer(value, QT_TRANSLATE_NOOP("State", "train percentage"), 10, 90))

    def set_features(self, features: Iterable[Any] | str) -> None:
        """The input features: names from x1, x2, x1sq, x2sq, x1x2, sinx1, sinx2 (a list or one
        comma-separated string), at least one, each once; kept in the Playground's order."""
        if isinstance(features, str):
            items: list[Any] = [f.strip() for f in features.split(",") if f.strip()]
        else:
            try:
                items = list(features)
            except TypeError:
                raise RefusalError(
                    QT_TRANSLATE_NOOP("State", "features must be a list of names from {allowed}, got {features!r}"),
                    allowed=", ".join(FEATURES),
                    features=features,
                ) from None
        if not items:
            raise RefusalError(
                QT_TRANSLATE_NOOP("State", "choose at least one input feature from {allowed}"),
                allowed=", ".join(FEATURES),
            )
        for name in items:
            if name not in FEATURES:
                raise RefusalError(
                    QT_TRANSLATE_NOOP("State", "features must be among {allowed}, got {name!r}"),
                    allowed=", ".join(FEATURES),
                    name=name,
                )
        if len(set(items)) != len(items):
            raise RefusalError(
                QT_TRANSLATE_NOOP("State", "each feature may appear once, got {features}"),
                features=", ".join(map(str, items)),
            )
        self._set("features", tuple(f for f in FEATURES if f in items))

    def set_layers(self, layers: Iterable[Any]) -> None:
        """Neurons per hidden layer: 0 to 6 layers of 1 to 8 (``[]`` is no hidden layer)."""
        try:
            items = list(layers)
        except TypeError:
            raise RefusalError(
                QT_TRANSLATE_NOOP("State", "layers must be a list of neuron counts, got {layers!r}"), layers=layers
            ) from None
        if not 0 <= len(items) <= MAX_LAYERS:
            raise RefusalError(
                QT_TRANSLATE_NOOP("State", "there must be 0 to {MAX_LAYERS} hidden layers, got {count}"),
                MAX_LAYERS=MAX_LAYERS,
                count=len(items),
            )
        out = tuple(_integer(n, QT_TRANSLATE_NOOP("State", "neurons per layer"), 1, MAX_NEURONS) for n in items)
        self._set("layers", out)

    def set_learning_rate(self, value: Any) -> None:
        self._set("learning_rate", _number(value, QT_TRANSLATE_NOOP("State", "learning rate"), 1e-5, 10.0))

    def set_batch_size(self, value: Any) -> None:
        self._set("batch_size", _integer(value, QT_TRANSLATE_NOOP("State", "batch size"), 1, 500))

    def set_regularization(self, kind: str, rate: Any = None) -> None:
        if kind not in REGULARIZATIONS:
            raise RefusalError(
                QT_TRANSLATE_NOOP("State", "regularisation must be one of {allowed}, got {kind!r}"),
                allowed=", ".join(REGULARIZATIONS),
                kind=kind,
            )
        r = (
            self._reg_rate
            if rate is None
            else _number(rate, QT_TRANSLATE_NOOP("State", "regularisation rate"), 0.0, 10.0)
        )
        self._set("reg_rate", r)
        self._set("regularization", kind)

    def set_activations(self, specs: Iterable[tuple[str, Mapping[str, Any] | Iterable[tuple[str, Any]]]]) -> None:
        """The activations to compare, each ``(id, params)``; 1 to 8, no duplicates."""
        out: list[Spec] = []
        for fid, params in specs:
            spec = activation_spec(fid, dict(params))
            if spec in out:
                raise RefusalError(
                    QT_TRANSLATE_NOOP("State", "{label} is already in the comparison"), label=spec_label(spec)
                )
            out.append(spec)
        if not 1 <= len(out) <= MAX_COMPARED:
            raise RefusalError(
                QT_TRANSLATE_NOOP("State", "compare 1 to {MAX_COMPARED} activations, got {count}"),
                MAX_COMPARED=MAX_COMPARED,
                count=len(out),
            )
        if out == self._activations:
            return
        self._activations = out
        self.events.activations.emit(list(out))
        if self._selected >= len(out):
            self._set("selected", 0)

    def add_activation(self, function_id: str, params: Mapping[str, Any] | None = None) -> None:
        self.set_activations([*self._activations, (function_id, dict(params or {}))])

    def remove_activation(self, index: int) -> None:
        if not 0 <= index < len(self._activations):
            raise RefusalError(
                QT_TRANSLATE_NOOP("State", "no activation number {number} in the comparison"), number=index + 1
            )
        rest = [s for i, s in enumerate(self._activations) if i != index]
        if not rest:
            raise RefusalError(QT_TRANSLATE_NOOP("State", "keep at least one activation to train"))
        self.set_activations(rest)

    def set_selected(self, index: Any) -> None:
        """Which compared network the decision-boundary map shows."""
        self._set(
            "selected", _integer(index, QT_TRANSLATE_NOOP("State", "selected network"), 0, len(self._activations) - 1)
        )

    def set_seed(self, value: Any) -> None:
        self._set("seed", _integer(value, QT_TRANSLATE_NOOP("State", "seed"), 0, 2**31 - 1))

    def set_threshold(self, value: Any) -> None:
        self._set("threshold", _number(value, QT_TRANSLATE_NOOP("State", "loss threshold"), 1e-6, 1.0))

    def set_study(self, seeds: Any = None, epochs: Any = None) -> None:
        if seeds is not None:
            self._set("study_seeds", _integer(seeds, QT_TRANSLATE_NOOP("State", "seeds"), 1, 500))
        if epochs is not None:
            self._set("study_epochs", _integer(epochs, QT_TRANSLATE_NOOP("State", "epochs"), 1, 100_000))

    def apply(self, values: Mapping[str, Any]) -> list[str]:
        """Apply several settings (a preset or a saved set-up); returns what was refused."""
        problems: list[str] = []
        setters: dict[str, Callable[[Any], None]] = {
            "dataset": self.set_dataset,
            "noise": self.set_noise,
            "train_percent": self.set_train_percent,
            "features": self.set_features,
            "layers": self.set_layers,
            "learning_rate": self.set_learning_rate,
            "batch_size": self.set_batch_size,
            "reg_rate": lambda v: self.set_regularization(self._regularization, v),
            "regularization": self.set_regularization,
            "activations": lambda v: self.set_activations([(s[0], dict(s[1])) for s in v]),
            "selected": self.set_selected,
            "seed": self.set_seed,
            "threshold": self.set_threshold,
            "study_seeds": lambda v: self.set_study(seeds=v),
            "study_epochs": lambda v: self.set_study(epochs=v),
        }
        for key, value in values.items():
            setter = setters.get(key)
            if setter is None:
                problems.append(f"unknown training setting {key!r}")
                continue
            try:
                setter(value)
            except (ValueError, TypeError, IndexError, KeyError) as e:
                problems.append(f"{key}: {e}")
        return problems

    def load_dict(self, data: Mapping[str, Any]) -> list[str]:
        """Restore a saved set-up (:meth:`to_dict`'s form); returns what was refused.

        Unlike :meth:`apply`, a setting the file lacks takes the value it had when the file
        was written: a file from before input features existed trained on x1, x2.
        """
        return self.apply({"features": DEFAULT_FEATURES, **data})

    def apply_article_preset(self) -> None:
        """The article's experiment: circle, 2×3, lr 0.03, batch 10, sigmoid vs tanh vs ReLU."""
        problems = self.apply(ARTICLE_PRESET)
        assert not problems, problems  # the preset is ours: it must always be valid

    def to_dict(self) -> dict[str, Any]:
        return {
            "dataset": self._dataset,
            "noise": self._noise,
            "train_percent": self._train_percent,
            "features": list(self._features),
            "layers": list(self._layers),
            "learning_rate": self._learning_rate,
            "batch_size": self._batch_size,
            "regularization": self._regularization,
            "reg_rate": self._reg_rate,
            "activations": [[fid, dict(p)] for fid, p in self._activations],
            "selected": self._selected,
            "seed": self._seed,
            "threshold": self._threshold,
            "study_seeds": self._study_seeds,
            "study_epochs": self._study_epochs,
        }


__all__ = [
    "ARTICLE_PRESET",
    "DATASETS",
    "FEATURES",
    "REGULARIZATIONS",
    "Spec",
    "TrainState",
    "activation_spec",
    "spec_label",
]
