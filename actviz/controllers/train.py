"""The Train view's behaviour, without a window: a :class:`TrainSession` owns the trainer, play,
pause and step, and the convergence study.

Like the Playground, a change of learning rate, regularisation, its rate, batch size or an
activation's parameters takes effect on the next step and keeps the weights and the epoch
count; only new data (dataset, noise, training share, seed), new layers or a new list of
activations start again at epoch 0, and the session says why (:attr:`TrainSession.restarted`).

Live training runs on the caller's thread in slices of a few milliseconds (the networks are
tiny); :meth:`TrainSession.tick` takes the time as an argument, so tests drive it with no
timer. The study, which trains hundreds of networks, runs on a :class:`~actviz.controllers.jobs.Runner`
with progress and cancel; a newer study cancels an older one.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from psygnal import Signal

from actviz.controllers.jobs import Deliver, Job, Runner, deliver_now
from actviz.core.setups import TRAIN_SPEEDS
from actviz.core.training import StudyCancelled, StudyResult, TrainConfig, Trainer, convergence_study
from actviz.state.texts import QT_TRANSLATE_NOOP, Marked, Message
from actviz.state.training import Spec, TrainState, spec_label
from actviz.viewmodels.train import config_from_state

SLICE_S = 0.1
"""Training time per frame while playing as fast as it goes: the networks are tiny, so a frame
trains many epochs; the view draws between frames (and draws less often while racing), so the
window stays responsive. At 0.012 s the article's sigmoid took 13.6 s to cross 0.05 on screen."""
SPEEDS = TRAIN_SPEEDS
"""Epochs per second the speed control offers; ``None`` is "as fast as it goes"."""
MAX_GAP_S = 0.25
"""A frame that comes later than this after the last one (a busy window, a sleep) trains as if
it came this long after: the run never jumps ahead in a burst."""
PROGRESS_S = 0.05
"""A study's progress is handed over at most this often (and at every whole percent)."""

Clock = Callable[[], float]

# Settings whose change means another run: new data, another network shape, other activations.
_DATA = ("dataset", "noise", "train_percent", "seed")
# Settings that change how the next steps train, keeping the weights.
_HYPER = ("learning_rate", "batch_size", "regularization", "reg_rate", "threshold")

REASONS: dict[str, Marked] = {
    "data": QT_TRANSLATE_NOOP("TrainSession", "restarted: new data"),
    "layers": QT_TRANSLATE_NOOP("TrainSession", "restarted: new layers"),
    "features": QT_TRANSLATE_NOOP("TrainSession", "restarted: new input features"),
    "activations": QT_TRANSLATE_NOOP("TrainSession", "restarted: new activations"),
    "reset": QT_TRANSLATE_NOOP("TrainSession", "back to epoch 0"),
    "preset": QT_TRANSLATE_NOOP("TrainSession", "restarted: the article's race"),
}
NEW_DATA = QT_TRANSLATE_NOOP("TrainSession", "new data: seed {seed}")


def reason(key: str) -> Message:
    """The translatable reason a run started again at epoch 0."""
    return Message(REASONS[key])


@dataclass(frozen=True)
class StudySetup:
    """What a study measured: the set-up (without the seed, the map shown and the study's own
    size), the labels and the specs its rows belong to."""

    key: tuple[tuple[str, Any], ...]
    specs: tuple[Spec, ...]

    @property
    def labels(self) -> list[str]:
        return [spec_label(s) for s in self.specs]


def setup_key(ts: TrainState) -> tuple[tuple[str, Any], ...]:
    """The set-up a study measures: everything but what the map shows, the seed and the study's
    own size (hashable, comparable)."""
    d = ts.to_dict()
    for k in ("selected", "study_seeds", "study_epochs", "seed", "show_test", "discretize"):
        d.pop(k, None)
    return tuple(sorted((k, repr(v)) for k, v in d.items()))


def apply_hyper(trainer: Trainer, config: TrainConfig) -> None:
    """Make ``trainer`` train the next steps with ``config``'s learning rate, batch size,
    regularisation, rate, threshold and activation parameters, keeping its weights, epoch and
    history (the core's :meth:`Trainer.set_hyper`)."""
    trainer.set_hyper(
        learning_rate=config.learning_rate,
        regularization=config.regularization,
        reg_rate=config.reg_rate,
        batch_size=config.batch_size,
        activations=config.activations,
        threshold=config.threshold,
        max_epochs=config.max_epochs,
    )


def _same_ids(a: list[Spec], b: list[Spec]) -> bool:
    return len(a) == len(b) and all(x[0] == y[0] for x, y in zip(a, b))


class TrainSession:
    """The live training run and the study of the Train view's set-up (one :class:`TrainState`).

    Events
    ------
    stepped(epoch)
        The run trained (a step, a tick) or changed how it trains: draw it.
    restarted(reason)
        A new run at epoch 0 (a :class:`Message` saying why, e.g. "restarted: new data").
    failed(message)
        This set-up cannot train (the message says why); there is no trainer until it can.
    playing_changed(playing)
    study_running_changed(running)
    study_progress(done, total)
        In epochs.
    study_done(result)
    study_cancelled(partial)
        The study stopped when asked; ``partial`` holds the epochs it reached (or ``None``).
    study_failed(message)
    speed_changed(speed)
        Epochs per second, ``None`` for as fast as it goes.
    """

    stepped = Signal(int)
    restarted = Signal(object)
    failed = Signal(object)
    playing_changed = Signal(bool)
    study_running_changed = Signal(bool)
    study_progress = Signal(int, int)
    study_done = Signal(object)
    study_cancelled = Signal(object)
    study_failed = Signal(object)
    speed_changed = Signal(object)

    def __init__(
        self,
        tstate: TrainState,
        *,
        deliver: Deliver = deliver_now,
        clock: Clock = time.perf_counter,
        slice_s: float = SLICE_S,
        max_epochs: int = 100_000,
    ) -> None:
        self.tstate = tstate
        self.clock = clock
        self.slice_s = slice_s
        self.max_epochs = max_epochs
        self._trainer: Trainer | None = None
        self._specs: list[Spec] = []
        self._built = False  # built lazily: making the view costs no training set-up
        self.playing = False
        self.speed: float | None = None  # epochs per second; None: as fast as it goes
        self._last_tick: float | None = None
        self._carry = 0.0  # epochs owed (or run ahead, negative) from earlier frames
        self._why_next: Message | None = None  # the reason the next restart gives, if special
        # While the state applies several settings at once: the restart (with its first
        # reason) or the new settings owed once it is done, so that a lesson builds one run.
        self._owed_restart: Message | None = None
        self._owed_config = False
        self.study: StudyResult | None = None
        self.study_setup: StudySetup | None = None
        self._job: Job[Any] | None = None
        self._runner = Runner(deliver, name="actviz-study")
        ev = tstate.events
        for name in _DATA:
            getattr(ev, name).connect(self._on_data)
        ev.layers.connect(self._on_layers)
        ev.features.connect(self._on_features)
        ev.activations.connect(self._on_activations)
        for name in _HYPER:
            getattr(ev, name).connect(self._on_hyper)
        ev.applied.connect(self._on_applied)

    # ------------------------------------------------------------------ the run
    @property
    def trainer(self) -> Trainer | None:
        """The run of the current set-up (made on first use); ``None`` if it cannot train."""
        if not self._built:
            self._build(None)
        return self._trainer

    @property
    def specs(self) -> list[Spec]:
        """The activations the trainer was built for, in its network order: what its losses
        and networks are labelled with (never the state's list, which may be newer)."""
        if not self._built:
            self._build(None)
        return list(self._specs)

    @property
    def selected(self) -> int:
        """The network the map shows: the state's choice, within the trainer's networks."""
        tr = self.trainer
        n = 1 if tr is None else tr.n_networks
        return max(0, min(self.tstate.selected, n - 1))

    @property
    def epoch(self) -> int:
        tr = self.trainer
        return 0 if tr is None else tr.epoch

    def _build(self, why: Message | None) -> None:
        self._built = True
        self._specs = self.tstate.activations
        try:
            self._trainer = Trainer(config_from_state(self.tstate, self.max_epochs))
        except ValueError as e:
            self._trainer = None
            self.pause()
            self.failed.emit(Message(QT_TRANSLATE_NOOP("TrainSession", "Cannot train this set-up: {error}"), error=e))
            return
        if why is not None:
            self.restarted.emit(why)

    def rebuild(self, why: Message | None = None) -> None:
        """A new run of the current set-up at epoch 0 (keeps playing if it was)."""
        self._build(why if why is not None else reason("reset"))

    def _restart(self, why: Message) -> None:
        if self.tstate.applying:
            self._owed_restart = self._owed_restart or why
        else:
            self._build(why)

    def _on_applied(self) -> None:
        why, self._owed_restart = self._owed_restart, None
        config, self._owed_config = self._owed_config, False
        if not self._built:
            return
        if why is not None:
            self._build(why)
        elif config:
            self._on_activations()

    def _on_data(self, *_args: Any) -> None:
        why, self._why_next = self._why_next, None
        if self._built:
            self._restart(why or reason("data"))

    def _on_layers(self, *_args: Any) -> None:
        if self._built:
            self._restart(reason("layers"))

    def _on_features(self, *_args: Any) -> None:
        if self._built:
            self._restart(reason("features"))

    def _on_activations(self, *_args: Any) -> None:
        if not self._built:
            return
        if self.tstate.applying:
            self._owed_config = True  # a restart, or new parameters: known once all is applied
            return
        tr = self._trainer
        new = self.tstate.activations
        if tr is not None and _same_ids(self._specs, new):
            # Only parameters changed (a slope, a β): the same networks go on with the new kernels.
            if self._apply_config():
                self._specs = new
                self.stepped.emit(tr.epoch)
            return
        self._build(reason("activations"))

    def _on_hyper(self, *_args: Any) -> None:
        if not self._built or self._trainer is None:
            return
        if self.tstate.applying:
            self._owed_config = True
        elif self._apply_config():
            self.stepped.emit(self._trainer.epoch)

    def _apply_config(self) -> bool:
        tr = self._trainer
        assert tr is not None
        try:
            config = config_from_state(self.tstate, self.max_epochs)
        except ValueError as e:
            self.failed.emit(Message(QT_TRANSLATE_NOOP("TrainSession", "Cannot train this set-up: {error}"), error=e))
            return False
        apply_hyper(tr, config)
        return True

    def reset(self) -> None:
        """Back to epoch 0 with the same initial weights."""
        tr = self.trainer
        if tr is not None:
            tr.reset()
            self.restarted.emit(reason("reset"))

    def step(self, epochs: int = 1) -> int:
        """Train ``epochs`` more epochs now; returns how many ran."""
        tr = self.trainer
        if tr is None:
            return 0
        ran = tr.step_epochs(epochs)
        self.stepped.emit(tr.epoch)
        return ran

    def regenerate(self) -> int:
        """New data from a new seed (the next one), restarting at epoch 0; the restart says
        which seed ("new data: seed 8"). Returns the seed."""
        seed = (self.tstate.seed + 1) % 2**31
        self._why_next = Message(NEW_DATA, seed=seed)
        try:
            self.tstate.set_seed(seed)
        finally:
            self._why_next = None
        return seed

    # ------------------------------------------------------------------ weights by hand
    def set_weight(self, layer: int, unit: int, source: int, value: float) -> None:
        """Set one weight of the selected network (the diagram's edit): layer ``layer``'s link
        from ``source`` to ``unit`` (layer 0 reads the features; the last is the output). The
        losses are measured again at once and the run goes on from it."""
        tr = self.trainer
        if tr is None:
            return
        tr.set_weight(self.selected, layer, unit, source, value)
        tr.refresh_losses()
        self.stepped.emit(tr.epoch)

    def set_bias(self, layer: int, unit: int, value: float) -> None:
        """Set one bias of the selected network (numbering as in :meth:`set_weight`)."""
        tr = self.trainer
        if tr is None:
            return
        tr.set_bias(self.selected, layer, unit, value)
        tr.refresh_losses()
        self.stepped.emit(tr.epoch)

    # ------------------------------------------------------------------ speed
    def set_speed(self, speed: float | None) -> None:
        """Train ``speed`` epochs per second while playing (``None``: as fast as it goes)."""
        if speed is not None:
            speed = float(speed)
            if not (math.isfinite(speed) and speed > 0):
                raise ValueError(f"speed must be a positive number of epochs per second, got {speed!r}")
        if speed == self.speed:
            return
        self.speed = speed
        self._carry = 0.0
        self.speed_changed.emit(speed)

    @property
    def speed_index(self) -> int:
        """Where the speed sits in :data:`SPEEDS` (the nearest offered one)."""
        if self.speed is None:
            return len(SPEEDS) - 1
        finite = [s for s in SPEEDS if s is not None]
        return min(range(len(finite)), key=lambda i: abs(math.log(finite[i] / self.speed)))  # type: ignore[operator]

    def faster(self) -> None:
        """The next speed up in :data:`SPEEDS` (up to as fast as it goes)."""
        self.set_speed(SPEEDS[min(self.speed_index + 1, len(SPEEDS) - 1)])

    def slower(self) -> None:
        """The next speed down in :data:`SPEEDS` (down to one epoch per second)."""
        self.set_speed(SPEEDS[max(self.speed_index - 1, 0)])

    @property
    def racing(self) -> bool:
        """Playing as fast as it goes: the view may draw less often to train more."""
        return self.playing and self.speed is None

    def play(self) -> None:
        if self.trainer is None or self.playing:
            return
        self._last_tick, self._carry = None, 0.0
        self.playing = True
        self.playing_changed.emit(True)

    def pause(self) -> None:
        if not self.playing:
            return
        self.playing = False
        self.playing_changed.emit(False)

    def toggle_play(self) -> None:
        self.pause() if self.playing else self.play()

    def tick(self, now: float) -> int:
        """One frame of play; pause at the last epoch. Returns the epochs trained.

        As fast as it goes: train from ``now`` until the slice's time (read on ``clock``) is
        spent, at least one epoch. At ``speed`` k epochs per second: round(k · elapsed) epochs
        since the last frame, the remainder carried to the next (the first frame after play
        trains one epoch at once), never more than the slice's time allows."""
        tr = self.trainer
        if not self.playing or tr is None:
            return 0
        last, self._last_tick = self._last_tick, now
        ran = 0
        if self.speed is None:
            while not tr.done and (ran == 0 or self.clock() - now < self.slice_s):
                ran += tr.step_epochs(1)
        else:
            if last is None:
                owed = 1.0
            else:
                owed = self._carry + self.speed * min(max(now - last, 0.0), MAX_GAP_S)
            want = math.floor(owed + 0.5)
            self._carry = owed - want
            while ran < want and not tr.done and (ran == 0 or self.clock() - now < self.slice_s):
                ran += tr.step_epochs(1)
            if ran < want:  # the machine cannot keep this pace: no debt piles up
                self._carry = 0.0
        if tr.done:
            self.pause()
        if ran:
            self.stepped.emit(tr.epoch)
        return ran

    # ------------------------------------------------------------------ the study
    @property
    def study_running(self) -> bool:
        return self._job is not None

    def current_study(self) -> StudyResult | None:
        """The study if it measured the set-up shown now, else ``None``."""
        if self.study is None or self.study_setup is None or self.study_setup.key != setup_key(self.tstate):
            return None
        return self.study

    def run_study(self) -> Job[Any] | None:
        """Start a study of the current set-up (``study_seeds`` × ``study_epochs``); a running
        one is cancelled (the newest wins). Returns the job, or ``None`` if refused."""
        ts = self.tstate
        try:
            config = config_from_state(ts)
        except ValueError as e:
            self.study_failed.emit(
                Message(QT_TRANSLATE_NOOP("TrainSession", "Cannot run this study: {error}"), error=e)
            )
            return None
        setup = StudySetup(setup_key(ts), tuple(ts.activations))
        seeds, epochs = ts.study_seeds, ts.study_epochs
        clock, last = self.clock, [float("-inf"), -1]

        def work(progress: Callable[[int, int], None], cancel: threading.Event) -> tuple[bool, StudyResult]:
            def throttled(done: int, total: int) -> None:
                # Handed over every PROGRESS_S and at every whole percent, not every epoch: a
                # 100,000-epoch study would flood the window's queue.
                now, pct = clock(), 100 * done // max(total, 1)
                if done in (0, total) or pct != last[1] or now - last[0] >= PROGRESS_S:
                    last[0], last[1] = now, pct
                    progress(done, total)

            try:
                return True, convergence_study(config, seeds, epochs, throttled, cancel)
            except StudyCancelled as c:
                return False, c.partial

        job: Job[Any] | None = None

        def done(out: tuple[bool, StudyResult]) -> None:
            complete, result = out
            self._finish(job)
            self.study, self.study_setup = result, setup
            (self.study_done if complete else self.study_cancelled).emit(result)

        def cancelled() -> None:  # cancelled before it started
            if job is not None and job.current:
                self._finish(job)
                self.study_cancelled.emit(None)

        def failed(e: BaseException) -> None:
            self._finish(job)
            self.study_failed.emit(
                Message(
                    QT_TRANSLATE_NOOP("TrainSession", "The study failed: {error}"), error=f"{type(e).__name__}: {e}"
                )
            )

        was_running = self._job is not None
        job = self._job = self._runner.submit(
            work, done, on_progress=self.study_progress.emit, on_failed=failed, on_cancelled=cancelled
        )
        if not was_running:
            self.study_running_changed.emit(True)
        return job

    def _finish(self, job: Job[Any] | None) -> None:
        if job is not None and job is self._job:
            self._job = None
            self.study_running_changed.emit(False)

    def cancel_study(self) -> None:
        """Stop the running study; its partial result arrives as ``study_cancelled``."""
        if self._job is not None:
            self._job.cancel()

    def shutdown(self) -> None:
        """Stop playing and any study (the owner is closing)."""
        self.pause()
        self._runner.shutdown(wait=True)


__all__ = [
    "MAX_GAP_S",
    "NEW_DATA",
    "REASONS",
    "SLICE_S",
    "SPEEDS",
    "StudySetup",
    "TrainSession",
    "apply_hyper",
    "reason",
    "setup_key",
]
