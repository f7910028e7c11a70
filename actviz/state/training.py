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
from actviz.state.fields import Field, apply_each
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
    show_test = Signal(bool)
    discretize = Signal(bool)
    applied = Signal()
    """After :meth:`TrainState.apply` set several things at once (a lesson, a scene, a preset):
    a listener that rebuilds on a change may wait for it rather than rebuild for each one."""


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
    if not math.isfinite(f) or f != int(f) or not lo <= f <= hi:
        raise RefusalError(
            QT_TRANSLATE_NOOP("State", "{what} must be a whole number in [{lo}, {hi}], got {value!r}"),
            what=what,
            lo=lo,
            hi=hi,
            value=value,
        )
    return int(f)


def _dataset(_: Any, name: Any) -> str:
    if name not in DATASETS:
        raise RefusalError(
            QT_TRANSLATE_NOOP("State", "dataset must be one of {allowed}, got {name!r}"),
            allowed=", ".join(DATASETS),
            name=name,
        )
    return str(name)


def _features(_: Any, features: Iterable[Any] | str) -> tuple[str, ...]:
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
    return tuple(f for f in FEATURES if f in items)


def _layers(_: Any, layers: Iterable[Any]) -> tuple[int, ...]:
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
    return tuple(_integer(n, QT_TRANSLATE_NOOP("State", "neurons per layer"), 1, MAX_NEURONS) for n in items)


def _flag(value: Any, what: str) -> bool:
    if not isinstance(value, bool):
        raise RefusalError(
            QT_TRANSLATE_NOOP("State", "{what} must be true or false, got {value!r}"), what=what, value=value
        )
    return value


class TrainState:
    """The Train view's set-up. ``TrainState()`` is the Playground's default run with ReLU.

    Each :class:`~actviz.state.fields.Field` below is a value with its check and its event
    (``events.<name>``); its ``set_<name>`` method is declared beside it. The values written
    together (the activations and the selected network, the regularisation and its rate, the
    study's seeds and epochs) keep written setters.
    """

    dataset = Field("circle", _dataset)
    set_dataset = dataset.set_method("name")
    noise = Field(0.0, lambda _, v: _number(v, QT_TRANSLATE_NOOP("State", "noise"), 0.0, 0.5))
    set_noise = noise.set_method("value", "Noise as a fraction, 0 to 0.5 (the Playground's 0 to 50 %).")
    train_percent = Field(50, lambda _, v: _integer(v, QT_TRANSLATE_NOOP("State", "train percentage"), 10, 90))
    set_train_percent = train_percent.set_method("value")
    features = Field[tuple[str, ...]](
        DEFAULT_FEATURES,
        _features,
        doc="The input features, in the Playground's order (see ``actviz.core.datasets.FEATURES``).",
    )
    set_features = features.set_method(
        "features",
        """The input features: names from x1, x2, x1sq, x2sq, x1x2, sinx1, sinx2 (a list or one
        comma-separated string), at least one, each once; kept in the Playground's order.""",
    )
    layers = Field[tuple[int, ...]]((4, 2), _layers)
    set_layers = layers.set_method(
        "layers", "Neurons per hidden layer: 0 to 6 layers of 1 to 8 (``[]`` is no hidden layer)."
    )
    learning_rate = Field(0.03, lambda _, v: _number(v, QT_TRANSLATE_NOOP("State", "learning rate"), 1e-5, 10.0))
    set_learning_rate = learning_rate.set_method("value")
    batch_size = Field(10, lambda _, v: _integer(v, QT_TRANSLATE_NOOP("State", "batch size"), 1, 500))
    set_batch_size = batch_size.set_method("value")
    regularization = Field("none")  # checked by set_regularization, with its rate
    reg_rate = Field(0.0)
    selected = Field(
        0,
        lambda s, v: _integer(v, QT_TRANSLATE_NOOP("State", "selected network"), 0, len(s._activations) - 1),
    )
    set_selected = selected.set_method("index", "Which compared network the decision-boundary map shows.")
    seed = Field(0, lambda _, v: _integer(v, QT_TRANSLATE_NOOP("State", "seed"), 0, 2**31 - 1))
    set_seed = seed.set_method("value")
    threshold = Field(0.05, lambda _, v: _number(v, QT_TRANSLATE_NOOP("State", "loss threshold"), 1e-6, 1.0))
    set_threshold = threshold.set_method("value")
    study_seeds = Field(20, lambda _, v: _integer(v, QT_TRANSLATE_NOOP("State", "seeds"), 1, 500))
    study_epochs = Field(1000, lambda _, v: _integer(v, QT_TRANSLATE_NOOP("State", "epochs"), 1, 100_000))
    # What the map shows, as the Playground's toggles (off there too): saved, never a restart.
    show_test = Field(
        False,
        lambda _, v: _flag(v, QT_TRANSLATE_NOOP("State", "show test data")),
        doc="Whether the map shows the test points too (the training points always).",
    )
    set_show_test = show_test.set_method("on")
    discretize = Field(
        False,
        lambda _, v: _flag(v, QT_TRANSLATE_NOOP("State", "discretize output")),
        doc="Whether the map shows the output's sign only (two colours) instead of its value.",
    )
    set_discretize = discretize.set_method("on")

    def __init__(self) -> None:
        self.events = TrainEvents()
        self._activations: list[Spec] = [activation_spec("relu")]
        self._applying = 0

    @property
    def applying(self) -> bool:
        """Whether :meth:`apply` is setting several things at once; ``events.applied`` follows."""
        return self._applying > 0

    # -- read -----------------------------------------------------------------------------
    @property
    def regression(self) -> bool:
        """Whether the dataset is a regression one (plane, multigauss)."""
        return self.dataset in REGRESSION_DATASETS

    @property
    def activations(self) -> list[Spec]:
        return list(self._activations)

    # -- write (the other values: see their fields) ---------------------------------------
    def set_regularization(self, kind: str, rate: Any = None) -> None:
        if kind not in REGULARIZATIONS:
            raise RefusalError(
                QT_TRANSLATE_NOOP("State", "regularisation must be one of {allowed}, got {kind!r}"),
                allowed=", ".join(REGULARIZATIONS),
                kind=kind,
            )
        r = (
            self.reg_rate
            if rate is None
            else _number(rate, QT_TRANSLATE_NOOP("State", "regularisation rate"), 0.0, 10.0)
        )
        TrainState.reg_rate.set(self, r)
        TrainState.regularization.set(self, kind)

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
        if self.selected >= len(out):
            TrainState.selected.set(self, 0)

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

    def set_study(self, seeds: Any = None, epochs: Any = None) -> None:
        if seeds is not None:
            TrainState.study_seeds.set(self, seeds)
        if epochs is not None:
            TrainState.study_epochs.set(self, epochs)

    def apply(self, values: Mapping[str, Any]) -> list[str]:
        """Apply several settings (a preset or a saved set-up); returns what was refused."""
        setters: dict[str, Callable[[Any], None]] = {
            "dataset": self.set_dataset,
            "noise": self.set_noise,
            "train_percent": self.set_train_percent,
            "features": self.set_features,
            "layers": self.set_layers,
            "learning_rate": self.set_learning_rate,
            "batch_size": self.set_batch_size,
            "reg_rate": lambda v: self.set_regularization(self.regularization, v),
            "regularization": self.set_regularization,
            "activations": lambda v: self.set_activations([(s[0], dict(s[1])) for s in v]),
            "selected": self.set_selected,
            "seed": self.set_seed,
            "threshold": self.set_threshold,
            "study_seeds": lambda v: self.set_study(seeds=v),
            "study_epochs": lambda v: self.set_study(epochs=v),
            "show_test": self.set_show_test,
            "discretize": self.set_discretize,
        }
        self._applying += 1
        try:
            problems = apply_each(values, setters, "training")
        finally:
            self._applying -= 1
        if not self._applying:
            self.events.applied.emit()
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
            "dataset": self.dataset,
            "noise": self.noise,
            "train_percent": self.train_percent,
            "features": list(self.features),
            "layers": list(self.layers),
            "learning_rate": self.learning_rate,
            "batch_size": self.batch_size,
            "regularization": self.regularization,
            "reg_rate": self.reg_rate,
            "activations": [[fid, dict(p)] for fid, p in self._activations],
            "selected": self.selected,
            "seed": self.seed,
            "threshold": self.threshold,
            "study_seeds": self.study_seeds,
            "study_epochs": self.study_epochs,
            "show_test": self.show_test,
            "discretize": self.discretize,
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
