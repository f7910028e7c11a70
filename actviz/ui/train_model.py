"""The Train view's model: set-up and results in, what to draw and write out. No Qt."""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from actviz.core.training import StudyResult, TrainConfig, Trainer
from actviz.state import State
from actviz.state.texts import QT_TRANSLATE_NOOP, Message, joined
from actviz.state.training import Spec, TrainState, spec_label
from actviz.ui import theme

MAP_RESOLUTION = 80  # cells per side of the decision-boundary map over [−6, 6]²


def config_from_state(ts: TrainState, max_epochs: int = 100_000) -> TrainConfig:
    """The core's run config for what the Train view shows (one seed: the live race)."""
    return TrainConfig(
        dataset=ts.dataset,
        noise=ts.noise,
        train_percent=ts.train_percent,
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


def _same(spec: Spec, fid: str, params: dict[str, object]) -> bool:
    return spec[0] == fid and dict(spec[1]) == params


def activation_colors(specs: Sequence[Spec], fn_state: State | None) -> list[str]:
    """A colour per compared activation, the same as its curve in the function view: the live
    function's blue, a pinned function's pin colour, and otherwise the next unused pin colour."""
    taken: dict[int, str] = {}
    used: set[str] = set()
    look = theme.look(fn_state.theme) if fn_state is not None else theme.LIGHT
    if fn_state is not None:
        for i, spec in enumerate(specs):
            if _same(spec, fn_state.function_id, fn_state.params):
                taken[i] = look.curves[0]
            else:
                for ov in fn_state.overlays:
                    if _same(spec, ov.function_id, ov.param_dict):
                        taken[i] = look.overlay(ov.slot)
                        break
        used = set(taken.values())
    free = iter([c for c in (*look.overlays, look.curves[0]) if c not in used])
    return [taken[i] if i in taken else next(free, "#666666") for i in range(len(specs))]


@dataclass(frozen=True)
class LossCurve:
    label: str
    color: str
    epochs: np.ndarray
    train: np.ndarray
    test: np.ndarray


def loss_curves(trainer: Trainer, specs: Sequence[Spec], colors: Sequence[str]) -> list[LossCurve]:
    """Train and test loss per epoch for each network of a one-seed trainer."""
    train, test = trainer.train_loss, trainer.test_loss
    epochs = np.arange(train.shape[0], dtype=np.float64)
    return [LossCurve(spec_label(spec), colors[i], epochs, train[:, i], test[:, i]) for i, spec in enumerate(specs)]


def status_line(trainer: Trainer, specs: Sequence[Spec]) -> Message:
    """``epoch 120 · test loss: ReLU 0.031 (below 0.05 at epoch 88), Sigmoid 0.241``, as a
    message the view translates."""
    test = trainer.test_loss[-1]
    conv = trainer.epochs_to_threshold()
    parts = []
    for i, spec in enumerate(specs):
        v = float(test[i])
        loss = f"{v:.3g}" if math.isfinite(v) else "—"
        if conv[i] is None:
            parts.append(Message(QT_TRANSLATE_NOOP("TrainView", "{label} {loss}"), label=spec_label(spec), loss=loss))
        else:
            below = QT_TRANSLATE_NOOP("TrainView", "{label} {loss} (below {threshold:g} at epoch {epoch})")
            parts.append(
                Message(below, label=spec_label(spec), loss=loss, threshold=trainer.config.threshold, epoch=conv[i])
            )
    line = QT_TRANSLATE_NOOP("TrainView", "epoch {epoch} · test loss: {losses}")
    return Message(line, epoch=trainer.epoch, losses=joined(parts))


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


def study_table(result: StudyResult, labels: Sequence[str]) -> list[tuple[str, str, str, str]]:
    """Rows for the study table: activation, median epochs [IQR], converged n/N, speed-up
    (the first activation's median over this one's; a lower bound when the first never
    converged)."""
    rows = []
    first = result.summary[0].median if result.summary else None
    for label, s in zip(labels, result.summary):
        med = "not converged" if s.median is None else f"{s.median:g}  [{s.q1:g}–{s.q3:g}]"
        if s.speedup is not None:
            speed = f"{s.speedup:.2f}×"
        elif first is None and s.median:
            # The first never got there in the epochs run: this one is at least that much faster.
            speed = f"> {result.epochs / s.median:.1f}×"
        else:
            speed = "—"
        rows.append((label, med, f"{s.converged}/{s.n}", speed))
    return rows


__all__ = [
    "MAP_RESOLUTION",
    "LossCurve",
    "activation_colors",
    "config_from_state",
    "loss_csv",
    "loss_curves",
    "status_line",
    "study_csv",
    "study_table",
]
