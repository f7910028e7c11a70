"""The Train view's model: set-up and results in, what to draw and write out. No Qt."""

from __future__ import annotations

import csv
import io
import math
import zlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import cast

import numpy as np

from actviz.core.training import StudyResult, TrainConfig, Trainer
from actviz.state import State
from actviz.state.texts import QT_TRANSLATE_NOOP, Message, joined
from actviz.state.training import Spec, TrainState, spec_label
from actviz.viewmodels import theme

MAP_RESOLUTION = 80  # cells per side of the decision-boundary map over [−6, 6]²
SMALL_MAP_RESOLUTION = 48  # cells per side of each small map in a race (eight of them each frame)

# The input features as the Playground writes them, in its order.
FEATURE_LABELS: dict[str, str] = {
    "x1": "x₁",
    "x2": "x₂",
    "x1sq": "x₁²",
    "x2sq": "x₂²",
    "x1x2": "x₁x₂",
    "sinx1": "sin x₁",
    "sinx2": "sin x₂",
}


def toggled_features(current: Sequence[str], feature: str, on: bool) -> list[str]:
    """The feature list with ``feature`` switched on or off (the state refuses an empty one)."""
    return [f for f in current if f != feature] + ([feature] if on and feature not in current else [])


def layers_note(layers: Sequence[int]) -> Message | None:
    """What a network without hidden layers means, or ``None`` when it has some."""
    if layers:
        return None
    return Message(
        QT_TRANSLATE_NOOP("TrainView", "No hidden layer: the input features alone do the work (a linear model of them)")
    )


def layers_summary(layers: Sequence[int]) -> Message:
    """``2 hidden layers: 4, 2`` or ``no hidden layer``."""
    if not layers:
        return Message(QT_TRANSLATE_NOOP("TrainView", "no hidden layer"))
    if len(layers) == 1:
        return Message(QT_TRANSLATE_NOOP("TrainView", "1 hidden layer: {sizes}"), sizes=str(layers[0]))
    return Message(
        QT_TRANSLATE_NOOP("TrainView", "{n} hidden layers: {sizes}"),
        n=len(layers),
        sizes=",\u00a0".join(str(n) for n in layers),  # "4, 2" is never split over two lines
    )


def with_layer(layers: Sequence[int], delta: int, max_layers: int, width: int = 2) -> list[int]:
    """One hidden layer more (a new last layer of ``width``, or as wide as the last) or fewer."""
    out = list(layers)
    if delta > 0 and len(out) < max_layers:
        out.append(out[-1] if out else width)
    elif delta < 0 and out:
        out.pop()
    return out


def with_neurons(layers: Sequence[int], index: int, delta: int, max_neurons: int) -> list[int]:
    """Layer ``index`` one neuron wider or narrower, within 1 … ``max_neurons``."""
    out = list(layers)
    if 0 <= index < len(out):
        out[index] = max(1, min(max_neurons, out[index] + delta))
    return out


def speed_text(speed: float | None) -> Message:
    """``20 epochs/s`` or ``as fast as it goes``."""
    if speed is None:
        return Message(QT_TRANSLATE_NOOP("TrainView", "as fast as it goes"))
    return Message(QT_TRANSLATE_NOOP("TrainView", "{n} epochs/s"), n=f"{speed:g}")


def map_values(out: np.ndarray, discretize: bool) -> np.ndarray:
    """What the map colours: the output (the class's sign and certainty, or the regression's
    value), or with ``discretize`` only its sign, ±1 (the two class colours)."""
    if discretize:
        return np.where(out >= 0.0, 1.0, -1.0)
    return out


def threshold_value(trainer: Trainer) -> float:
    """The test loss a run must fall below: the threshold itself for classification; for
    regression the threshold times the loss of predicting 0 (:attr:`Trainer.loss_thresholds`)."""
    t = trainer.loss_thresholds
    return float(t.max()) if t.size else float(trainer.config.threshold)


def config_from_state(ts: TrainState, max_epochs: int = 100_000) -> TrainConfig:
    """The core's run config for what the Train view shows (one seed: the live race)."""
    return TrainConfig(
        dataset=ts.dataset,
        noise=ts.noise,
        train_percent=ts.train_percent,
        features=ts.features,
        layers=ts.layers,
        learning_rate=ts.learning_rate,
        batch_size=ts.batch_size,
        regularization=ts.regularization,
        reg_rate=ts.reg_rate,
        activations=tuple((fid, dict(p)) for fid, p in ts.activations),
        seeds=(ts.seed,),
        threshold=ts.threshold,
        max_epochs=max_epochs,
        data_seed=ts.seed,
    )


# The article's three keep the colours the convergence lesson shows them in: sigmoid the live
# curve's blue, tanh and ReLU the first two pin colours. Every other id takes a slot from its
# name, so its colour is the same whichever way the race was set up.
FIXED_SLOTS = {"sigmoid": 0, "tanh": 1, "relu": 2}


def race_palette(look: theme.Look) -> tuple[str, ...]:
    """The colours activations are drawn in: the live curve's, then the pins'."""
    return (look.curves[0], *look.overlays)


def _slot(function_id: str, n: int) -> int:
    fixed = FIXED_SLOTS.get(function_id)
    if fixed is not None:
        return fixed
    free = n - len(FIXED_SLOTS)
    return len(FIXED_SLOTS) + zlib.crc32(function_id.encode("utf-8")) % free


def activation_colors(specs: Sequence[Spec], fn_state: State | None) -> list[str]:
    """A colour per compared activation, fixed by its function id (the theme picks the family):
    the same activation has the same colour in the map's list, the loss curves, the study table
    and the depth view, whether the race came from a lesson, the race button or the command line.
    Two entries that would share a colour (one id with different parameters) take the next free
    one, in list order."""
    look = theme.look(fn_state.theme) if fn_state is not None else theme.LIGHT
    palette = race_palette(look)
    n = len(palette)
    used: set[int] = set()
    out = []
    for fid, _params in specs:
        slot = _slot(fid, n)
        for step in range(n):
            if (slot + step) % n not in used:
                slot = (slot + step) % n
                break
        used.add(slot)
        out.append(palette[slot])
    return out


@dataclass(frozen=True)
class LossCurve:
    label: str
    color: str
    epochs: np.ndarray
    train: np.ndarray
    test: np.ndarray


MIN_EPOCHS_SHOWN = 50  # the loss plot's epoch axis spans at least this, so epoch 0 reads 0 … 50
LOSS_FLOOR = 1e-6  # a log axis cannot show 0


def loss_y_range(values: np.ndarray, threshold: float) -> tuple[float, float]:
    """The loss plot's y range, as log10 (lo, hi): every finite loss and the threshold, with a
    margin, and at least a factor of 4 tall so that a flat curve (epoch 0, the spiral) does not
    fill the plot with noise."""
    v = values[np.isfinite(values)]
    v = np.maximum(v, LOSS_FLOOR)
    lo = min(float(v.min()) if v.size else threshold, threshold)
    hi = max(float(v.max()) if v.size else threshold, threshold)
    lo_l, hi_l = math.log10(lo), math.log10(hi)
    pad = max(0.05 * (hi_l - lo_l), 0.04)
    lo_l, hi_l = lo_l - pad, hi_l + pad
    short = math.log10(4.0) - (hi_l - lo_l)
    if short > 0:
        lo_l, hi_l = lo_l - short / 2, hi_l + short / 2
    return lo_l, hi_l


def log_ticks(lo: float, hi: float, max_labels: int) -> list[float]:
    """Labelled tick values (not logs) for a log axis showing log10 range [lo, hi].

    The sparsest of decades, 1-2-5 and 1…9 per decade that gives at least three labels within
    ``max_labels`` (which the axis' height allows); every n-th decade when even the decades are
    too many; evenly spaced round values when the range is under a decade and 1…9 gives fewer
    than three.
    """
    lo, hi = sorted((lo, hi))
    max_labels = max(int(max_labels), 2)
    a, b = 10.0**lo, 10.0**hi
    decades = range(math.floor(lo) - 1, math.ceil(hi) + 2)

    def within(values: Iterable[float]) -> list[float]:
        return [v for v in values if a * (1 - 1e-9) <= v <= b * (1 + 1e-9)]

    whole = within([10.0**k for k in decades])
    if len(whole) > max_labels:
        step: float = math.ceil(len(whole) / max_labels)
        return [v for v in whole if round(math.log10(v)) % step == 0]
    best: list[float] = whole
    for mantissas in ((1, 2, 5), (1, 2, 3, 4, 5, 6, 7, 8, 9)):
        if len(best) >= 3:
            return best
        more = within(sorted(m * 10.0**k for k in decades for m in mantissas))
        if len(more) > max_labels:
            return best if len(best) >= 2 else more[:: math.ceil(len(more) / max_labels)]
        best = more
    if len(best) >= 3:
        return best
    # Under a decade with few round values: evenly spaced ones, 1-2-5 spacing.
    raw = (b - a) / 4
    mag = 10.0 ** math.floor(math.log10(raw))
    spacing = next(m * mag for m in (1, 2, 5, 10) if m * mag >= raw)
    first = math.ceil(a / spacing - 1e-6) * spacing
    return [first + i * spacing for i in range(int((b - first) / spacing + 1e-6) + 1)]


def tick_texts(values: Sequence[float]) -> list[str]:
    """Tick labels with the fewest significant digits that keep neighbours apart: ``0.05``,
    ``0.495``; below 0.001 as ``1e-4``."""

    def text(v: float, sig: int) -> str:
        if v >= 1e-3:
            return np.format_float_positional(v, precision=sig, unique=False, fractional=False, trim="-")
        mantissa, exponent = f"{v:.{sig - 1}e}".split("e")
        if "." in mantissa:
            mantissa = mantissa.rstrip("0").rstrip(".")
        return f"{mantissa}e{int(exponent)}"

    out: list[str] = []
    for sig in range(2, 7):
        out = [text(float(v), sig) for v in values]
        if len(set(out)) == len(out):
            break
    return out


def loss_curves(trainer: Trainer, specs: Sequence[Spec], colors: Sequence[str]) -> list[LossCurve]:
    """Train and test loss per epoch for each network of a one-seed trainer."""
    train, test = trainer.train_loss, trainer.test_loss
    epochs = np.arange(train.shape[0], dtype=np.float64)
    return [LossCurve(spec_label(spec), colors[i], epochs, train[:, i], test[:, i]) for i, spec in enumerate(specs)]


def status_line(trainer: Trainer, specs: Sequence[Spec], *, with_epochs: bool = True) -> Message:
    """``epoch 120 · test loss: ReLU 0.031 (below 0.05 at epoch 88), Sigmoid 0.241``, as a
    message the view translates; without ``with_epochs`` the epochs below the threshold are
    left to the key result."""
    test = trainer.test_loss[-1]
    conv = trainer.epochs_to_threshold()
    parts: list[str] = []
    for i, spec in enumerate(specs):
        v = float(test[i])
        loss = f"{v:.3g}" if math.isfinite(v) else "—"
        if conv[i] is None or not with_epochs:
            parts.append(Message(QT_TRANSLATE_NOOP("TrainView", "{label} {loss}"), label=spec_label(spec), loss=loss))
        else:
            below = QT_TRANSLATE_NOOP("TrainView", "{label} {loss} (below {threshold} at epoch {epoch})")
            parts.append(
                Message(
                    below, label=spec_label(spec), loss=loss, threshold=f"{threshold_value(trainer):.3g}", epoch=conv[i]
                )
            )
    line = QT_TRANSLATE_NOOP("TrainView", "epoch {epoch} · test loss: {losses}")
    return Message(line, epoch=trainer.epoch, losses=joined(parts))


def race_epochs(trainer: Trainer, specs: Sequence[Spec]) -> list[tuple[str, int | None]]:
    """Per compared activation of a one-seed trainer: its label and the first epoch its test loss
    was below the threshold (``None`` while it has not got there)."""
    conv = trainer.epochs_to_threshold()
    return [(spec_label(spec), conv[i] if i < len(conv) else None) for i, spec in enumerate(specs)]


def race_summary(trainer: Trainer, specs: Sequence[Spec]) -> str:
    """The race's key result, ``Sigmoid (logistic) 632 · Tanh 38 · ReLU 37``: epochs to the
    threshold per activation, ``—`` for one that has not got there yet (for a caption)."""
    return " · ".join(f"{label} {'—' if e is None else e}" for label, e in race_epochs(trainer, specs))


def run_result(trainer: Trainer, specs: Sequence[Spec], seed: int) -> Message:
    """This run's result, labelled as one run: ``this run (seed 0), epochs to test loss < 0.05:
    Sigmoid (logistic) 632 · Tanh 38 · ReLU 37`` (``ReLU not yet`` before it gets there). One
    seed is one sample, so the words say so: a lesson's claim is about the typical run, which
    only a study measures."""
    parts: list[str] = [
        Message(QT_TRANSLATE_NOOP("TrainView", "{label} not yet"), label=label)
        if e is None
        else Message(QT_TRANSLATE_NOOP("TrainView", "{label} {epochs}"), label=label, epochs=e)
        for label, e in race_epochs(trainer, specs)
    ]
    if trainer.config.regression:
        # The threshold is relative: a share of the loss of the constant output 0.
        line = QT_TRANSLATE_NOOP(
            "TrainView",
            "this run (seed {seed}), epochs to test loss < {threshold} ({percent}% of predicting 0): {results}",
        )
        return Message(
            line,
            seed=seed,
            results=joined(parts, " · "),
            threshold=f"{threshold_value(trainer):.3g}",
            percent=f"{100 * trainer.config.threshold:g}",
        )
    line = QT_TRANSLATE_NOOP("TrainView", "this run (seed {seed}), epochs to test loss < {threshold:g}: {results}")
    return Message(line, seed=seed, results=joined(parts, " · "), threshold=trainer.config.threshold)


def ratio_text(r: float) -> str:
    """``13×`` from 12.9, ``1.9×`` from 1.94: two figures at most, as a room reads a ratio."""
    return f"{r:.0f}×" if r >= 9.95 else f"{r:.1f}×"


def study_result(result: StudyResult | None, labels: Sequence[str], seeds: int) -> Message:
    """What the typical run does, in the place of the single run's claim: the study's medians
    and each activation's speed-up over the one before it (``study, 20 seeds: medians Sigmoid
    (logistic) 495 · Tanh 38 · ReLU 20 epochs; Tanh 13× faster than Sigmoid (logistic), ReLU
    1.9× faster than Tanh``), or, before a complete study, how to get it."""
    if result is None or is_partial(result) or len(result.summary) != len(labels):
        return Message(QT_TRANSLATE_NOOP("TrainView", "Run study for the median over {seeds} seeds"), seeds=seeds)
    medians = [s.median for s in result.summary]
    parts: list[str] = [
        Message(QT_TRANSLATE_NOOP("TrainView", "{label} not converged"), label=label)
        if m is None
        else Message(QT_TRANSLATE_NOOP("TrainView", "{label} {epochs}"), label=label, epochs=f"{m:g}")
        for label, m in zip(labels, medians)
    ]
    ratios: list[str] = [
        Message(
            QT_TRANSLATE_NOOP("TrainView", "{faster} {ratio} faster than {slower}"),
            faster=labels[i],
            ratio=ratio_text(cast(float, medians[i - 1]) / cast(float, medians[i])),  # both checked below
            slower=labels[i - 1],
        )
        for i in range(1, len(labels))
        if medians[i - 1] and medians[i]
    ]
    n = len(result.config.seeds)
    if not ratios:
        line = QT_TRANSLATE_NOOP("TrainView", "study, {n} seeds: medians {medians} epochs")
        return Message(line, n=n, medians=joined(parts, " · "))
    line = QT_TRANSLATE_NOOP("TrainView", "study, {n} seeds: medians {medians} epochs; {ratios}")
    return Message(line, n=n, medians=joined(parts, " · "), ratios=joined(ratios))


def threshold_label_place(
    curves: np.ndarray, x_range: tuple[float, float], log_threshold: float, width: float, height: float
) -> tuple[float, bool]:
    """Where the threshold line's label covers the fewest curve points: its centre as a
    fraction along the line, and whether it sits above the line.

    ``curves`` is (epochs, curves) of loss values, epoch i at x = i; ``width`` is the label's
    width as a fraction of the x range, ``height`` its height in decades of the log axis. Ties
    go to the right end and above the line."""
    values = np.asarray(curves, dtype=float)
    x0, x1 = x_range
    span = max(x1 - x0, 1e-9)
    width = min(max(width, 0.0), 0.96)
    xs = np.arange(values.shape[0], dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        logs = np.log10(values)
    best: tuple[int, float, bool] | None = None
    for centre in np.linspace(1 - 0.02 - width / 2, 0.02 + width / 2, 25):
        left, right = x0 + (centre - width / 2) * span, x0 + (centre + width / 2) * span
        inside = logs[(xs >= left) & (xs <= right)]
        for above in (True, False):
            lo, hi = (log_threshold, log_threshold + height) if above else (log_threshold - height, log_threshold)
            count = int(np.count_nonzero((inside >= lo) & (inside <= hi)))
            if best is None or count < best[0]:
                best = (count, float(centre), above)
    assert best is not None
    return best[1], best[2]


def loss_csv(trainer: Trainer, specs: Sequence[Spec]) -> str:
    """Loss curves as CSV: epoch, then train and test loss per activation (pandas reads it)."""
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    labels = [spec_label(s) for s in specs]
    w.writerow(["epoch", *(f"{lab} train" for lab in labels), *(f"{lab} test" for lab in labels)])
    train, test = trainer.train_loss, trainer.test_loss
    for e in range(train.shape[0]):
        w.writerow([e, *(repr(float(v)) for v in train[e]), *(repr(float(v)) for v in test[e])])
    return out.getvalue()


def study_csv(result: StudyResult) -> str:
    """One row per (activation, seed): activation, seed, epochs_to_threshold (empty if the run
    never got there), final_train_loss, final_test_loss."""
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["activation", "seed", "epochs_to_threshold", "final_train_loss", "final_test_loss"])
    for r in result.rows:
        w.writerow(
            [
                r.activation,
                r.seed,
                "" if r.epochs_to_threshold is None else r.epochs_to_threshold,
                repr(r.final_train_loss),
                repr(r.final_test_loss),
            ]
        )
    return out.getvalue()


def is_partial(result: StudyResult) -> bool:
    """Whether a study stopped before the epochs it was asked for (cancelled)."""
    return result.epochs < result.requested_epochs


def study_caption(result: StudyResult, translate: Callable[[Message], str] = str) -> str:
    """What the table's numbers are: complete, or partial and how far it got (``translate``
    puts it into the interface's language; English by default, as the command line prints)."""
    seeds = len(result.config.seeds)
    if is_partial(result):
        text = QT_TRANSLATE_NOOP(
            "TrainView",
            "Partial study: stopped at epoch {epochs} of {requested} ({seeds} seeds each); counts are as of that epoch",
        )
        return translate(Message(text, epochs=result.epochs, requested=result.requested_epochs, seeds=seeds))
    text = QT_TRANSLATE_NOOP("TrainView", "{seeds} seeds × {epochs} epochs each; converged = test loss < {threshold:g}")
    return translate(Message(text, seeds=seeds, epochs=result.epochs, threshold=result.config.threshold))


def study_table(
    result: StudyResult, labels: Sequence[str], translate: Callable[[Message], str] = str
) -> list[tuple[str, str, str, str]]:
    """Rows for the study table: activation, median epochs [IQR in whole epochs], converged n/N, speed-up
    (the first activation's median over this one's; a lower bound when the first never
    converged). In a partial study a run that has not converged is "not by" the epoch reached,
    not "not converged", which would read as final."""
    rows = []
    partial = is_partial(result)
    first = result.summary[0].median if result.summary else None
    for label, s in zip(labels, result.summary):
        if s.median is not None:
            # The quartiles in whole epochs: the range is read at a glance, and it fits a narrow
            # panel (the exact values are in the study's CSV).
            med = f"{s.median:g} [{s.q1:.0f}–{s.q3:.0f}]"
        else:
            med = translate(
                Message(QT_TRANSLATE_NOOP("TrainView", "not by {epochs}"), epochs=result.epochs)
                if partial
                else Message(QT_TRANSLATE_NOOP("TrainView", "not converged"))
            )
        if s.speedup is not None:
            speed = f"{s.speedup:.2f}×"
        elif first is None and s.median:
            # The first never got there in the epochs run: this one is at least that much faster.
            speed = f">\u00a0{result.epochs / s.median:.1f}×"  # kept on one line
        else:
            speed = "—"
        rows.append((label, med, f"{s.converged}/{s.n}", speed))
    return rows


__all__ = [
    "FEATURE_LABELS",
    "LOSS_FLOOR",
    "MAP_RESOLUTION",
    "MIN_EPOCHS_SHOWN",
    "SMALL_MAP_RESOLUTION",
    "LossCurve",
    "activation_colors",
    "config_from_state",
    "is_partial",
    "layers_note",
    "layers_summary",
    "log_ticks",
    "loss_csv",
    "loss_curves",
    "loss_y_range",
    "map_values",
    "race_epochs",
    "race_palette",
    "race_summary",
    "ratio_text",
    "run_result",
    "speed_text",
    "status_line",
    "study_caption",
    "study_csv",
    "study_result",
    "study_table",
    "threshold_label_place",
    "threshold_value",
    "tick_texts",
    "toggled_features",
    "with_layer",
    "with_neurons",
]
