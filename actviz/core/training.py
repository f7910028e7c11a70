"""Training on the Playground's datasets: runs you can step, and convergence studies.

The rules follow the TensorFlow Playground (``src/nn.ts``, ``src/playground.ts``):

- inputs are the chosen features of the coordinates (x1, x2 by default; also x1², x2², x1·x2,
  sin x1, sin x2, see :data:`actviz.core.datasets.FEATURES`), in the Playground's order;
- zero to six hidden layers use the chosen activation; the output unit uses tanh for
  classification (labels ±1) and is linear for regression (real targets);
- weights start U(−0.5, 0.5) and every bias at 0.1;
- the loss is ½(out − label)² averaged over the points, for both kinds of problem;
- plain mini-batch SGD: each step subtracts learning rate × the batch-mean gradient; the
  batches are consecutive slices of the (once-shuffled) training set, in the same order every
  epoch;
- regularisation acts on weights only, never on biases, after the gradient step and with its
  derivative taken at the weight before that step: L2 subtracts lr·rate·w, L1 subtracts
  lr·rate·sign(w), and a weight that L1 pushes across zero is set to 0 and stays 0 ("dead")
  for the rest of the run;
- an epoch is one pass over the training set; the train and test losses are measured after
  every epoch (and at epoch 0, before any step);
- a network has converged at the first epoch whose test loss is below threshold × 2·L₀, where
  L₀ = ½·mean(t²) over the test targets is the loss of a network that outputs 0 everywhere.
  With labels ±1, L₀ = ½ exactly, so for classification this is "test loss < threshold"
  (0.05 by default). The same rule makes sense for regression, whose targets are smaller:
  L₀ is about 0.12 for ``plane`` and 0.043 for ``multigauss``, where an absolute 0.05 would
  count a network that outputs 0 as converged; 0.05 means 10 % of L₀ everywhere. See
  :attr:`Trainer.loss_thresholds`.

The learning rate, the regularisation and its rate, the batch size, the activations'
parameters, the threshold and the epoch limit can change between epochs
(:meth:`Trainer.set_hyper`), keeping the weights and the epoch count, as the Playground's
learning rate does.

A run that diverges gives inf or NaN losses (and never converges) without floating-point
warnings.

Where we differ, on purpose:

- When the training set is not a multiple of the batch size, the last, shorter batch is a
  step of its own. (The Playground carries those points over into the next epoch's first
  batch.)
- Every activation with the same seed starts from the same weights and sees the same data
  (the Playground re-draws the weights from a different random state when the activation
  changes).
- All networks (activations × seeds) train together in one :class:`BatchedMLP`.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

from actviz.core._checks import number as _number
from actviz.core._checks import whole as _whole
from actviz.core.datasets import (
    Dataset,
    check_features,
    check_name,
    check_noise,
    check_train_percent,
    default_points,
    feature_matrix,
    is_regression,
    make_dataset,
)
from actviz.core.network import (
    ActivationLike,
    BatchedMLP,
    CancelFlag,
    Cancelled,
    Progress,
    hidden_activation,
    is_cancelled,
)
from actviz.core.setups import ARTICLE_PRESET as _ARTICLE
from actviz.core.setups import DATASETS, DEFAULT_FEATURES, FEATURES, MAX_LAYERS, MAX_NEURONS, REGULARIZATIONS

FloatArray = npt.NDArray[np.float64]

# REGULARIZATIONS, MAX_LAYERS, MAX_NEURONS and the article's preset are defined in
# actviz.core.setups, which the state reads without loading numpy.
PLAYGROUND_BIAS = 0.1
MEMORY_BUDGET = 256 << 20
"""Bytes the networks of a study that train together may take; more seeds than fit train one
chunk after another, with identical results (as the depth study's budget)."""


# A diverging run (a large learning rate, an exponential activation) overflows to inf and NaN.
# That is a result to show, as a NaN loss that never converges, not a warning to raise.
def _quiet() -> np.errstate:
    return np.errstate(over="ignore", invalid="ignore", divide="ignore")


GRID_EXTENT = 6.0
"""The decision-boundary map covers [−6, 6]², as in the Playground."""

ParamItems = tuple[tuple[str, Any], ...]
ActivationEntry = tuple[str | ActivationLike, ParamItems]


class StudyCancelled(Cancelled):
    """A convergence study was cancelled. ``partial`` holds the result up to the last full epoch."""

    def __init__(self, partial: StudyResult) -> None:
        super().__init__(f"study cancelled after {partial.epochs} of {partial.requested_epochs} epochs")
        self.partial = partial


def _activation_entry(entry: Any) -> ActivationEntry:
    if isinstance(entry, (str, ActivationLike)):
        fn, params = entry, {}
    else:
        try:
            fn, params = entry
        except (TypeError, ValueError):
            raise ValueError(f"an activation must be an id or (id, params), got {entry!r}") from None
    items = dict(params.items() if isinstance(params, Mapping) else params)
    act = hidden_activation(fn, items)  # validates the id and the parameters
    return (fn if not isinstance(fn, str) else act.name), tuple(sorted(act.params.items()))


@dataclass(frozen=True)
class TrainConfig:
    """The set-up of a training run (validated on construction; one-line ``ValueError``).

    Attributes
    ----------
    dataset : str
        ``"circle"``, ``"xor"``, ``"gauss"``, ``"spiral"`` (classification, 500 points) or
        ``"plane"``, ``"multigauss"`` (regression, 1,200 points; linear output).
    noise : float
        0 to 0.5 (the Playground's 0 to 50 %).
    train_percent : int
        10 to 90: the share of the points that train.
    layers : tuple of int
        Neurons per hidden layer: 0 to 6 layers of 1 to 8. ``()`` is no hidden layer: the
        features feed the output unit directly.
    learning_rate : float
        In [1e-5, 10] (default 0.03).
    batch_size : int
        1 to 500 (default 10); at most the training-set size is used.
    regularization : str
        ``"none"``, ``"L1"`` or ``"L2"``.
    reg_rate : float
        Regularisation rate, 0 to 10.
    activations : tuple
        The hidden activations to compare (at least one), each given as an id or
        ``(id, params)``; stored as ``(id, sorted parameter items)`` with every parameter
        resolved. With no hidden layer they only name the networks.
    seeds : tuple of int
        Weight seeds; one network per activation and seed.
    threshold : float
        In [1e-6, 1]: a run has converged when its test loss falls below threshold × 2·L₀,
        L₀ the test loss of the constant output 0. For classification 2·L₀ = 1, so the
        threshold is the test loss itself; for regression it scales with the targets.
    max_epochs : int
        Where :meth:`Trainer.step_epochs` stops, 1 to 100 000.
    data_seed : int or None
        Seed of the dataset, the same for every network; ``None`` gives each weight seed its
        own dataset, drawn with that seed (as the Playground's single seed does).
    features : tuple of str
        The input features, from :data:`~actviz.core.datasets.FEATURES` (default x1, x2);
        given in any order (or as ``"x1,x2sq"``), stored in the Playground's order.
    """

    dataset: str = "circle"
    noise: float = 0.0
    train_percent: int = 50
    layers: tuple[int, ...] = (4, 2)
    learning_rate: float = 0.03
    batch_size: int = 10
    regularization: str = "none"
    reg_rate: float = 0.0
    activations: tuple[Any, ...] = (("relu", ()),)
    seeds: tuple[int, ...] = (0,)
    threshold: float = 0.05
    max_epochs: int = 1000
    data_seed: int | None = 0
    features: tuple[str, ...] = DEFAULT_FEATURES

    def __post_init__(self) -> None:
        put = object.__setattr__
        put(self, "dataset", check_name(self.dataset))
        put(self, "noise", check_noise(self.noise))
        put(self, "train_percent", check_train_percent(self.train_percent))
        try:
            layers = tuple(self.layers)
        except TypeError:
            raise ValueError(f"layers must be a sequence of neuron counts, got {self.layers!r}") from None
        if not 0 <= len(layers) <= MAX_LAYERS:
            raise ValueError(f"there must be 0 to {MAX_LAYERS} hidden layers, got {len(layers)}")
        put(self, "layers", tuple(_whole(n, "neurons per layer", 1, MAX_NEURONS) for n in layers))
        put(self, "learning_rate", _number(self.learning_rate, "learning rate", 1e-5, 10.0))
        put(self, "batch_size", _whole(self.batch_size, "batch size", 1, 500))
        reg = self.regularization
        canon = {r.lower(): r for r in REGULARIZATIONS}
        if not isinstance(reg, str) or reg.lower() not in canon:
            raise ValueError(f"regularisation must be one of {', '.join(REGULARIZATIONS)}, got {reg!r}")
        put(self, "regularization", canon[reg.lower()])
        put(self, "reg_rate", _number(self.reg_rate, "regularisation rate", 0.0, 10.0))
        acts = self.activations
        if isinstance(acts, str) or not isinstance(acts, Sequence):
            raise ValueError(f"activations must be a list of ids or (id, params) pairs, got {acts!r}")
        entries = tuple(_activation_entry(a) for a in acts)
        if not entries:
            raise ValueError("give at least one activation to compare")
        labels = [hidden_activation(fn, dict(p)).label() for fn, p in entries]
        twice = sorted({lab for lab in labels if labels.count(lab) > 1})
        if twice:
            raise ValueError(f"each activation may appear once; {', '.join(twice)} appears more than once")
        put(self, "activations", entries)
        seeds = self.seeds
        if isinstance(seeds, (int, np.integer)) or not isinstance(seeds, Sequence) or not seeds:
            raise ValueError(f"seeds must be a non-empty list of whole numbers, got {seeds!r}")
        seeds = tuple(_whole(s, "seed", 0, 2**31 - 1) for s in seeds)
        if len(set(seeds)) != len(seeds):
            raise ValueError(f"seeds must differ from each other, got {seeds!r}")
        put(self, "seeds", seeds)
        put(self, "threshold", _number(self.threshold, "loss threshold", 1e-6, 1.0))
        put(self, "max_epochs", _whole(self.max_epochs, "max epochs", 1, 100_000))
        if self.data_seed is not None:
            put(self, "data_seed", _whole(self.data_seed, "data seed", 0, 2**31 - 1))
        put(self, "features", check_features(self.features))

    @property
    def regression(self) -> bool:
        """Whether the dataset is a regression one (real targets, linear output)."""
        return is_regression(self.dataset)

    @property
    def output(self) -> str:
        """The output unit: ``"linear"`` for regression, ``"tanh"`` for classification."""
        return "linear" if self.regression else "tanh"

    @property
    def sizes(self) -> tuple[int, ...]:
        """Layer sizes: ``(features, hidden..., 1)``."""
        return (len(self.features), *self.layers, 1)

    def replace(self, **changes: Any) -> TrainConfig:
        """A copy with some fields changed (validated again)."""
        fields = {name: getattr(self, name) for name in self.__dataclass_fields__}
        fields.update(changes)
        return TrainConfig(**fields)

    def activation_labels(self) -> tuple[str, ...]:
        """Short labels, e.g. ``leaky_relu(negative_slope=0.2)``, in the config's order."""
        return tuple(hidden_activation(fn, dict(p)).label() for fn, p in self.activations)


ARTICLE_PRESET = TrainConfig(**_ARTICLE._asdict())
"""The article's experiment: circle, 2 hidden layers of 3, tanh output, lr 0.03, batch 10,
no noise, sigmoid against tanh against ReLU."""


class Trainer:
    """Trains every (activation, seed) network of a config together, an epoch at a time.

    Networks are numbered activation-major: network ``i`` has activation ``i // S`` and seed
    ``config.seeds[i % S]`` (see :attr:`networks`).

    Parameters
    ----------
    config : TrainConfig
    keep_history : bool, default True
        Keep the losses of every epoch. Without it only the latest row is kept (a study needs
        the epoch each network converged and its final losses, not its whole curve: at 100,000
        epochs the curves alone would be 1.6 MB per network).
    track_train_loss : bool, default True
        Measure the training loss after every epoch. Without it :attr:`train_loss` holds NaN
        after epoch 0 and each epoch costs one forward pass over the test points only (a
        study needs the test loss per epoch but the training loss only at the end; see
        :meth:`current_losses`).

    Examples
    --------
    >>> t = Trainer(TrainConfig(activations=("tanh", "relu"), seeds=(0, 1)))
    >>> t.step_epochs(5)
    5
    >>> t.test_loss.shape  # epochs 0..5, 4 networks
    (6, 4)
    """

    def __init__(self, config: TrainConfig, *, track_train_loss: bool = True, keep_history: bool = True) -> None:
        if not isinstance(config, TrainConfig):
            raise ValueError(f"config must be a TrainConfig, got {type(config).__name__}")
        self.config = config
        features = config.features
        self.track_train_loss = bool(track_train_loss)
        self.keep_history = bool(keep_history)
        self._acts = [hidden_activation(fn, dict(p)) for fn, p in config.activations]
        seeds = config.seeds
        if config.data_seed is not None:
            self.datasets: tuple[Dataset, ...] = (self._dataset(config.data_seed),)
            x_tr = feature_matrix(self.datasets[0].x_train, features)
            x_te = feature_matrix(self.datasets[0].x_test, features)
            y_tr, y_te = self.datasets[0].y_train, self.datasets[0].y_test
        else:
            self.datasets = tuple(self._dataset(s) for s in seeds)
            x_tr = np.stack([feature_matrix(d.x_train, features) for d in self.datasets])
            y_tr = np.stack([d.y_train for d in self.datasets])
            x_te = np.stack([feature_matrix(d.x_test, features) for d in self.datasets])
            y_te = np.stack([d.y_test for d in self.datasets])
        n_train = y_tr.shape[-1]
        if n_train == 0:
            raise ValueError("the training set is empty")
        self._x_train, self._y_train = x_tr, y_tr
        self._batches = self._make_batches(config.batch_size)
        # Train and test points go through one forward pass for the per-epoch losses.
        self._x_all = np.ascontiguousarray(np.swapaxes(np.concatenate([x_tr, x_te], axis=-2), -1, -2))
        self._y_all = np.concatenate([y_tr, y_te], axis=-1)
        self._n_train = n_train
        self._x_test = np.ascontiguousarray(self._x_all[..., n_train:])
        self._y_test = np.ascontiguousarray(self._y_all[..., n_train:])
        # 2·L₀ per seed (or one for all): exactly 1.0 for labels ±1.
        self._zero_scale = np.mean(y_te * y_te, axis=-1)
        self.reset()

    def _dataset(self, seed: int) -> Dataset:
        c = self.config
        return make_dataset(c.dataset, noise=c.noise, train_percent=c.train_percent, seed=seed)

    def _make_batches(self, batch_size: int) -> list[tuple[FloatArray, FloatArray]]:
        x_tr, y_tr = self._x_train, self._y_train
        n_train = y_tr.shape[-1]
        bs = min(batch_size, n_train)
        return [
            (np.ascontiguousarray(x_tr[..., i : i + bs, :]), np.ascontiguousarray(y_tr[..., i : i + bs]))
            for i in range(0, n_train, bs)
        ]

    # -- state ---------------------------------------------------------------------------------
    def reset(self) -> None:
        """Back to epoch 0: fresh initial weights (the same as at construction), empty history."""
        c = self.config
        self.net = BatchedMLP.build(
            c.sizes, self._acts, c.seeds, init="playground", bias=PLAYGROUND_BIAS, output=c.output
        )
        a, s = self.net.grid
        self._dead = [np.zeros(w.shape, dtype=bool) for w in self.net.weights] if c.regularization == "L1" else None
        self._hist_train: list[FloatArray] = []
        self._hist_test: list[FloatArray] = []
        self._converged = np.full((a, s), -1, dtype=np.int64)
        self.epoch = 0
        with _quiet():
            self._record()

    @property
    def networks(self) -> tuple[tuple[str, int], ...]:
        """``(activation label, seed)`` of each network, in network-index order."""
        labels = self.config.activation_labels()
        return tuple((lab, s) for lab in labels for s in self.config.seeds)

    @property
    def n_networks(self) -> int:
        """How many networks train together."""
        a, s = self.net.grid
        return a * s

    @property
    def done(self) -> bool:
        """Whether :attr:`epoch` has reached ``config.max_epochs``."""
        return self.epoch >= self.config.max_epochs

    @property
    def train_loss(self) -> FloatArray:
        """Training loss after each epoch, ``(epoch + 1, n_networks)``; row 0 is before training
        (only the latest row, ``(1, n_networks)``, without ``keep_history``)."""
        return np.stack(self._hist_train)

    @property
    def test_loss(self) -> FloatArray:
        """Test loss after each epoch, ``(epoch + 1, n_networks)``; row 0 is before training."""
        return np.stack(self._hist_test)

    @property
    def loss_thresholds(self) -> FloatArray:
        """The test loss each network must fall below to count as converged, ``(n_networks,)``:
        ``config.threshold`` × 2·L₀, L₀ = ½·mean(t²) of its test targets (the loss of the
        constant output 0). For classification every entry is ``config.threshold``."""
        a, s = self.net.grid
        return np.broadcast_to(self.config.threshold * self._zero_scale, (a, s)).reshape(-1).copy()

    def _below(self, test: FloatArray) -> npt.NDArray[np.bool_]:
        return test.reshape(self._converged.shape) < self.config.threshold * self._zero_scale  # type: ignore[no-any-return]

    def epochs_to_threshold(self) -> list[int | None]:
        """Per network, the first epoch whose test loss was below its :attr:`loss_thresholds`.

        ``None`` for a network that has not got there (yet). 0 would mean the untrained network
        was already below it.
        """
        return [int(e) if e >= 0 else None for e in self._converged.reshape(-1)]

    # -- changes that keep training -------------------------------------------------------------
    def set_hyper(
        self,
        *,
        learning_rate: float | None = None,
        regularization: str | None = None,
        reg_rate: float | None = None,
        batch_size: int | None = None,
        activations: Sequence[Any] | None = None,
        threshold: float | None = None,
        max_epochs: int | None = None,
    ) -> bool:
        """Change settings between epochs, keeping the weights, the epoch count and the history.

        Every argument left ``None`` keeps its value; the next epoch runs with the new ones.
        They are validated together as a :class:`TrainConfig` (one-line ``ValueError``; on
        error nothing changes), and :attr:`config` becomes the changed config.

        Parameters
        ----------
        learning_rate, reg_rate : float, optional
        regularization : {"none", "L1", "L2"}, optional
            Switching to L1 starts with every weight alive; leaving L1 forgets which weights
            it had pinned at 0 (they may grow again).
        batch_size : int, optional
            The training set is cut into new consecutive batches, in the same order.
        activations : sequence, optional
            The same functions in the same order with other parameters (e.g. Leaky ReLU's
            slope); each network keeps its weights. Another function is a new run
            (``ValueError``).
        threshold : float, optional
            The convergence epochs are found again in the kept history (without
            ``keep_history``, from the current epoch on).
        max_epochs : int, optional
            May be below the current epoch: :attr:`done` is then true.

        Returns
        -------
        bool
            Whether anything changed.
        """
        changes: dict[str, Any] = {
            k: v
            for k, v in (
                ("learning_rate", learning_rate),
                ("regularization", regularization),
                ("reg_rate", reg_rate),
                ("batch_size", batch_size),
                ("activations", activations),
                ("threshold", threshold),
                ("max_epochs", max_epochs),
            )
            if v is not None
        }
        old = self.config
        new = old.replace(**changes)
        if new == old:
            return False
        if activations is not None and [fn for fn, _ in new.activations] != [fn for fn, _ in old.activations]:
            raise ValueError("only the activations' parameters change during training; another function restarts")
        self.config = new
        if new.batch_size != old.batch_size:
            self._batches = self._make_batches(new.batch_size)
        if new.regularization != old.regularization:
            l1 = new.regularization == "L1"
            self._dead = [np.zeros(w.shape, dtype=bool) for w in self.net.weights] if l1 else None
        if new.activations != old.activations:
            self._acts = [hidden_activation(fn, dict(p)) for fn, p in new.activations]
            self.net.activations = tuple(self._acts)
        if new.threshold != old.threshold:
            self._find_converged()
        return True

    def _find_converged(self) -> None:
        """The convergence epochs for the current threshold, from the kept test losses."""
        self._converged.fill(-1)
        first = self.epoch - len(self._hist_test) + 1
        for i, test in enumerate(self._hist_test):
            fresh = self._below(test) & (self._converged < 0)
            self._converged[fresh] = first + i

    def set_weight(self, network_index: int, layer: int, unit: int, source: int, value: float) -> None:
        """Set one weight of one network: layer ``layer``'s link from ``source`` (a unit of the
        layer below, or a feature) to ``unit``. Layer ``len(config.layers)`` is the output.
        The next epoch trains on from it; an L1-pinned weight set this way is alive again."""
        a, s, k, i, j = self._weight_index(network_index, layer, unit, source)
        self.net.weights[k][a, s, i, j] = _number(value, "weight", -1e6, 1e6)
        if self._dead is not None:
            self._dead[k][a, s, i, j] = False

    def set_bias(self, network_index: int, layer: int, unit: int, value: float) -> None:
        """Set one bias of one network (layer numbering as in :meth:`set_weight`)."""
        a, s, k, i, _ = self._weight_index(network_index, layer, unit, 0)
        self.net.biases[k][a, s, i] = _number(value, "bias", -1e6, 1e6)

    def _weight_index(self, network_index: int, layer: int, unit: int, source: int) -> tuple[int, int, int, int, int]:
        i = _whole(network_index, "network index", 0, self.n_networks - 1)
        a, s = divmod(i, self.net.grid[1])
        k = _whole(layer, "layer", 0, len(self.net.weights) - 1)
        fan_out, fan_in = self.net.weights[k].shape[2:]
        return a, s, k, _whole(unit, "unit", 0, fan_out - 1), _whole(source, "source", 0, fan_in - 1)

    def refresh_losses(self) -> None:
        """Measure the current epoch's losses again (after :meth:`set_weight`), replacing its row."""
        with _quiet():
            train, test = self._losses(self.track_train_loss or self.epoch == 0)
        self._hist_train[-1], self._hist_test[-1] = train, test

    # -- stepping ------------------------------------------------------------------------------
    def step_epochs(self, n: int = 1, *, cancel: CancelFlag = None) -> int:
        """Train up to ``n`` more epochs (never past ``config.max_epochs``).

        Parameters
        ----------
        n : int
            Epochs to run, ≥ 0.
        cancel : callable or Event-like, optional
            Checked before every epoch; when it is set, stop early.

        Returns
        -------
        int
            How many epochs ran.
        """
        n = _whole(n, "epochs", 0, 10**9)
        ran = 0
        while ran < n and not self.done and not is_cancelled(cancel):
            with _quiet():
                self._one_epoch()
            ran += 1
        return ran

    def _one_epoch(self) -> None:
        net = self.net
        lr = self.config.learning_rate
        reg, rate = self.config.regularization, self.config.reg_rate
        decay = 1.0 - lr * rate
        plain = reg == "none" or rate == 0.0
        for xb, tb in self._batches:
            fwd = net.forward(xb)
            err = fwd.out - tb
            # Gradients are linear in dL/d(out): scaling it by lr/B once gives lr × the batch-mean
            # gradient of every layer directly, which saves two array passes per layer.
            err *= lr / tb.shape[-1]
            for k, step_w, step_b in net.backward_layers(fwd, err):
                w = net.weights[k]
                if plain:
                    w -= step_w
                elif reg == "L2":
                    # w ← w − lr·g − lr·rate·w, the regulariser's derivative taken at the old w.
                    w *= decay
                    w -= step_w
                else:
                    self._l1_step(k, w, step_w, lr * rate)
                net.biases[k] -= step_b
        self.epoch += 1
        self._record()

    def _l1_step(self, k: int, w: FloatArray, step: FloatArray, lr_rate: float) -> None:
        assert self._dead is not None
        sign = np.sign(w)
        w -= step
        after = w - lr_rate * sign
        # A weight that the L1 term (not the gradient) carries across zero is pinned at 0.
        crossed = w * after < 0
        np.copyto(w, after)
        self._dead[k] |= crossed
        w[self._dead[k]] = 0.0

    def _losses(self, with_train: bool) -> tuple[FloatArray, FloatArray]:
        if with_train:
            x, y = self._x_all, self._y_all
        else:
            x, y = self._x_test, self._y_test
        err = self.net.forward(x, keep=False, features_first=True).out - y
        err *= err
        n = self._n_train if with_train else 0
        test = 0.5 * err[..., n:].mean(axis=-1)
        train = 0.5 * err[..., :n].mean(axis=-1) if with_train else np.full_like(test, np.nan)
        return train.reshape(-1), test.reshape(-1)

    def current_losses(self) -> tuple[FloatArray, FloatArray]:
        """The training and test loss of every network now, each ``(n_networks,)``."""
        with _quiet():
            return self._losses(True)

    def _record(self) -> None:
        train, test = self._losses(self.track_train_loss or self.epoch == 0)
        if not self.keep_history:
            self._hist_train.clear()
            self._hist_test.clear()
        self._hist_train.append(train)
        self._hist_test.append(test)
        fresh = self._below(test) & (self._converged < 0)
        self._converged[fresh] = self.epoch

    # -- the map ------------------------------------------------------------------------------
    def _one(self, network_index: int) -> BatchedMLP:
        i = _whole(network_index, "network index", 0, self.n_networks - 1)
        a, s = divmod(i, self.net.grid[1])
        return BatchedMLP(
            [self.net.activations[a]],
            [w[a : a + 1, s : s + 1] for w in self.net.weights],
            [b[a : a + 1, s : s + 1] for b in self.net.biases],
            output=self.config.output,
        )

    def _features(self, points: npt.ArrayLike) -> FloatArray:
        pts = np.asarray(points, dtype=np.float64)
        if pts.ndim != 2 or pts.shape[1] != 2:
            raise ValueError(f"points must have shape (P, 2), got {pts.shape}")
        return feature_matrix(pts, self.config.features)

    def predict(self, points: npt.ArrayLike, network_index: int | None = None) -> FloatArray:
        """Network output at given points: in (−1, 1) for classification (the sign is the
        class), any real for regression.

        Parameters
        ----------
        points : array_like, shape (P, 2)
            Coordinates (x1, x2), e.g. a grid over [−6, 6]² (see :func:`grid_points`); the
            network sees their features.
        network_index : int, optional
            Which network (see :attr:`networks`); all of them when omitted.

        Returns
        -------
        ndarray
            ``(P,)`` for one network, ``(n_networks, P)`` for all.
        """
        pts = self._features(points)
        if network_index is None:
            with _quiet():
                return self.net.forward(pts, keep=False).out.reshape(self.n_networks, -1)
        one = self._one(network_index)
        with _quiet():
            return one.forward(pts, keep=False).out.reshape(-1)

    def unit_outputs(self, points: npt.ArrayLike, network_index: int) -> list[FloatArray]:
        """Every unit's value at given points, for one network (the diagram's heatmaps).

        Returns
        -------
        list of ndarray
            Entry 0 is the features, ``(n_features, P)``; entry ``k + 1`` hidden layer k,
            ``(width, P)``; the last the output, ``(1, P)``.
        """
        pts = self._features(points)
        one = self._one(network_index)
        layers: list[FloatArray] = [np.ascontiguousarray(pts.T)]
        with _quiet():
            out = one.forward(pts, keep=False, observe=lambda k, h, d: layers.append(h[0, 0].copy())).out
        layers.append(out.reshape(1, -1))
        return layers


def grid_points(resolution: int = 100, extent: float = GRID_EXTENT) -> FloatArray:
    """Cell centres of a ``resolution × resolution`` grid over [−extent, extent]², row-major, y up.

    Row 0 is the top (largest y), so ``predict(grid_points(n)).reshape(n, n)`` is an image.
    """
    resolution = _whole(resolution, "grid resolution", 2, 2000)
    extent = _number(extent, "grid extent", 0.0, 1e6, open_lo=True)
    c = (np.arange(resolution) + 0.5) / resolution * 2 * extent - extent
    gx, gy = np.meshgrid(c, c[::-1])
    return np.stack([gx.ravel(), gy.ravel()], axis=1)


# -- studies -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class StudyRow:
    """One network of a study."""

    activation: str
    seed: int
    epochs_to_threshold: int | None
    final_train_loss: float
    final_test_loss: float


@dataclass(frozen=True)
class StudySummary:
    """One activation of a study.

    ``median``, ``q1`` and ``q3`` are taken over the seeds that converged only (numpy's linear
    percentile); they are ``None`` when no seed converged. Read them together with
    ``converged`` out of ``n``: a median of 40 epochs from 3 of 40 seeds is not a fast
    activation. ``speedup`` is the first activation's median divided by this one's (how many
    times faster than the first); ``None`` when either median is missing.
    """

    activation: str
    n: int
    converged: int
    median: float | None
    q1: float | None
    q3: float | None
    speedup: float | None


@dataclass(frozen=True)
class StudyResult:
    """Result of :func:`convergence_study`.

    Attributes
    ----------
    config : TrainConfig
        The config with the study's seeds.
    epochs : int
        Epochs actually run (fewer than ``requested_epochs`` only in a cancelled partial).
    requested_epochs : int
    rows : tuple of StudyRow
        Activation-major, seeds in order.
    summary : tuple of StudySummary
        One per activation, in the config's order.
    """

    config: TrainConfig
    epochs: int
    requested_epochs: int
    rows: tuple[StudyRow, ...]
    summary: tuple[StudySummary, ...] = field(default=())

    def table(self) -> str:
        """The summary as aligned text, one line per activation."""
        head = f"{'activation':<24} {'converged':>9} {'median':>8} {'IQR':>15} {'speed-up':>9}"
        lines = [head]
        for s in self.summary:
            med = "—" if s.median is None else f"{s.median:g}"
            iqr = "—" if s.q1 is None or s.q3 is None else f"{s.q1:g}–{s.q3:g}"
            sp = "—" if s.speedup is None else f"{s.speedup:.2f}×"
            lines.append(f"{s.activation:<24} {f'{s.converged}/{s.n}':>9} {med:>8} {iqr:>15} {sp:>9}")
        return "\n".join(lines)


def summarize(rows: Sequence[StudyRow], labels: Sequence[str]) -> tuple[StudySummary, ...]:
    """Per-activation summary of study rows (see :class:`StudySummary` for the conventions)."""
    out: list[StudySummary] = []
    first: float | None = None
    for i, label in enumerate(labels):
        mine = [r for r in rows if r.activation == label]
        done = [float(r.epochs_to_threshold) for r in mine if r.epochs_to_threshold is not None]
        if done:
            q1, med, q3 = (float(v) for v in np.percentile(done, [25, 50, 75]))
        else:
            q1 = med = q3 = None  # type: ignore[assignment]
        if i == 0:
            first = med
        speed = first / med if first is not None and med is not None and med > 0 else None
        out.append(StudySummary(label, len(mine), len(done), med, q1, q3, speed))
    return tuple(out)


def study_bytes_per_network(config: TrainConfig) -> int:
    """Bytes one network of a study holds at its peak (an upper estimate): its share of the
    data, the layer values of a forward pass over the points (three arrays per layer, as numpy
    makes temporaries), those of a batch kept for the backward pass, and its weights with their
    gradients."""
    units = sum(config.layers) + 1
    sizes = config.sizes
    n_params = sum(a * b + b for a, b in itertools.pairwise(sizes))
    n_points = default_points(config.dataset)
    points = n_points * 8 * (sizes[0] + 1) * 3  # features, target, stored three ways (all, batches, test)
    forward = n_points * units * 8 * 3
    batch = config.batch_size * units * 8 * 4
    return points + forward + batch + n_params * 8 * 4


def _seed_chunks(seeds: tuple[int, ...], n_acts: int, per_net: int, budget: int) -> list[tuple[int, ...]]:
    fit = max(1, budget // max(per_net * n_acts, 1))
    return [seeds[i : i + fit] for i in range(0, len(seeds), fit)]


def convergence_study(
    config: TrainConfig,
    seeds: int | Sequence[int] = 20,
    epochs: int = 1000,
    progress: Progress = None,
    cancel: CancelFlag = None,
    memory_budget: int = MEMORY_BUDGET,
) -> StudyResult:
    """Train every activation of ``config`` from many seeds and count epochs to the threshold.

    Parameters
    ----------
    config : TrainConfig
        Everything but the seeds and the epoch count, which the study sets.
    seeds : int or sequence of int, default 20
        A count n (seeds 0 … n−1) or the seeds themselves.
    epochs : int, default 1000
        Epochs per network. Every network runs them all, so the final losses are comparable.
    progress : callable, optional
        ``progress(done, total)`` in epochs summed over the chunks, after every epoch (and
        ``(0, total)`` first). ``total`` is ``epochs`` times the number of chunks.
    cancel : callable or Event-like, optional
        Checked before every epoch.
    memory_budget : int
        Bytes the networks trained together may take (see :func:`study_bytes_per_network`).
        More seeds than fit train one chunk after another, with identical results (each seed's
        data and initial weights come from the seed alone), so memory stays bounded at any
        allowed size.

    Returns
    -------
    StudyResult

    Raises
    ------
    StudyCancelled
        When ``cancel`` is set; ``exc.partial`` holds the finished chunks and the running one
        at the last full epoch, and its ``epochs`` is the epoch that one reached. It is a
        :class:`actviz.core.network.Cancelled`, as the depth view's cancellation is.
    ValueError
        For bad seeds or epochs.
    """
    if isinstance(seeds, (int, np.integer)) and not isinstance(seeds, bool):
        seed_list = tuple(range(_whole(seeds, "seeds", 1, 10_000)))
    else:
        seed_list = tuple(seeds)  # type: ignore[arg-type]
    epochs = _whole(epochs, "epochs", 1, 100_000)
    cfg = config.replace(seeds=seed_list, max_epochs=epochs)
    chunks = _seed_chunks(cfg.seeds, len(cfg.activations), study_bytes_per_network(cfg), int(memory_budget))
    total = epochs * len(chunks)
    finished: list[list[StudyRow]] = []
    if progress is not None:
        progress(0, total)
    for k, chunk in enumerate(chunks):
        trainer = Trainer(cfg.replace(seeds=chunk), track_train_loss=False, keep_history=False)
        while not trainer.done:
            if is_cancelled(cancel):
                parts = [*finished, _rows(trainer)]
                raise StudyCancelled(_combine(cfg, parts, trainer.epoch, epochs))
            trainer.step_epochs(1)
            if progress is not None:
                progress(k * epochs + trainer.epoch, total)
        finished.append(_rows(trainer))
    return _combine(cfg, finished, epochs, epochs)


def _rows(trainer: Trainer) -> list[StudyRow]:
    conv = trainer.epochs_to_threshold()
    train, test = trainer.current_losses()
    return [
        StudyRow(label, seed, conv[i], float(train[i]), float(test[i]))
        for i, (label, seed) in enumerate(trainer.networks)
    ]


def _combine(cfg: TrainConfig, parts: list[list[StudyRow]], reached: int, requested: int) -> StudyResult:
    """Rows of the chunks in the study's order: activation-major, seeds in order."""
    labels = cfg.activation_labels()
    rows = tuple(r for label in labels for part in parts for r in part if r.activation == label)
    seeds = tuple(r.seed for r in rows if r.activation == labels[0])
    return StudyResult(cfg.replace(seeds=seeds), reached, requested, rows, summarize(rows, labels))


__all__ = [
    "ARTICLE_PRESET",
    "DATASETS",
    "FEATURES",
    "GRID_EXTENT",
    "MEMORY_BUDGET",
    "REGULARIZATIONS",
    "Cancelled",
    "StudyCancelled",
    "StudyResult",
    "StudyRow",
    "StudySummary",
    "TrainConfig",
    "Trainer",
    "convergence_study",
    "grid_points",
    "study_bytes_per_network",
    "summarize",
]
