"""The Train view's behaviour without a window: the TrainSession keeps training through the
settings the Playground keeps, restarts (and says why) on new data, layers or activations, plays
in time slices driven by the caller's clock, runs the study off the caller's thread with progress
and cancel, and stays consistent through any sequence of scenes and lessons.

No QApplication, no sleeps: time comes in as arguments, the study's callbacks arrive on the worker
thread (``deliver_now``) and ``job.wait()`` returns once they have."""

from __future__ import annotations

import contextlib
import itertools
import json
import random
import threading

import numpy as np
import pytest

from actviz.controllers.train import TrainSession, reason
from actviz.core.training import Trainer, grid_points
from actviz.state import State
from actviz.state.scene import LESSONS, apply_scene, check_scene, lesson_text, scene_dict
from actviz.state.texts import Message
from actviz.state.training import TrainState
from actviz.viewmodels.train import activation_colors, config_from_state, is_partial, loss_curves


class Recorder:
    """Every event of a session, in order."""

    def __init__(self, session: TrainSession) -> None:
        self.events: list[tuple] = []
        for name in (
            "stepped",
            "restarted",
            "failed",
            "playing_changed",
            "study_running_changed",
            "study_progress",
            "study_done",
            "study_cancelled",
            "study_failed",
        ):
            getattr(session, name).connect(lambda *args, _n=name: self.events.append((_n, *args)))

    def of(self, name: str) -> list[tuple]:
        return [e[1:] for e in self.events if e[0] == name]


class Clock:
    """A clock that moves ``step`` seconds each time it is read."""

    def __init__(self, step: float = 0.0, t: float = 0.0) -> None:
        self.t, self.step = t, step

    def __call__(self) -> float:
        self.t += self.step
        return self.t


@pytest.fixture
def ts():
    t = TrainState()
    t.apply_article_preset()
    return t


@pytest.fixture
def session(ts):
    s = TrainSession(ts, clock=Clock())
    yield s
    s.shutdown()


def _weights(tr: Trainer) -> list[np.ndarray]:
    return [w.copy() for w in (*tr.net.weights, *tr.net.biases)]


def _reference_step(ts: TrainState, start: list[np.ndarray], epochs: int = 1) -> list[np.ndarray]:
    """A fresh trainer of the state's set-up, put at the given weights, trained ``epochs``."""
    ref = Trainer(config_from_state(ts))
    n = len(ref.net.weights)
    for k in range(n):
        ref.net.weights[k][...] = start[k]
        ref.net.biases[k][...] = start[n + k]
    ref.step_epochs(epochs)
    return _weights(ref)


# ---------------------------------------------------------------------------------------------
# Changes that keep training


@pytest.mark.parametrize(
    "change",
    [
        lambda ts: ts.set_learning_rate(0.3),
        lambda ts: ts.set_batch_size(7),  # 250 training points: a short last batch too
        lambda ts: ts.set_regularization("L2", 0.03),
        lambda ts: ts.set_regularization("L1", 0.01),
    ],
    ids=["learning rate", "batch size", "L2", "L1"],
)
def test_a_training_setting_keeps_the_weights_and_epoch_and_applies_on_the_next_step(ts, session, change):
    rec = Recorder(session)
    tr = session.trainer
    session.step(5)
    before = _weights(tr)
    change(ts)
    assert session.trainer is tr and tr.epoch == 5  # the same run goes on
    assert all(np.array_equal(a, b) for a, b in zip(before, _weights(tr)))
    assert rec.of("restarted") == []
    session.step(3)
    # Exactly what a run of the new set-up does from those weights.
    expected = _reference_step(ts, before, 3)
    assert all(np.allclose(a, b, rtol=0, atol=1e-12) for a, b in zip(_weights(tr), expected))
    assert tr.epoch == 8 and tr.test_loss.shape[0] == 9  # the history goes on too


def test_an_activation_parameter_keeps_the_run_and_trains_with_the_new_kernel():
    ts = TrainState()
    ts.set_activations([("leaky_relu", {"negative_slope": 0.01}), ("tanh", {})])
    session = TrainSession(ts)
    rec = Recorder(session)
    tr = session.trainer
    session.step(4)
    before = _weights(tr)
    ts.set_activations([("leaky_relu", {"negative_slope": 0.3}), ("tanh", {})])
    assert session.trainer is tr and tr.epoch == 4 and rec.of("restarted") == []
    assert session.specs == ts.activations  # labelled with the new slope
    session.step(2)
    expected = _reference_step(ts, before, 2)
    assert all(np.allclose(a, b, rtol=0, atol=1e-12) for a, b in zip(_weights(tr), expected))
    # The map uses the new kernel as well.
    ref = Trainer(config_from_state(ts))
    for k in range(len(ref.net.weights)):
        ref.net.weights[k][...] = tr.net.weights[k]
        ref.net.biases[k][...] = tr.net.biases[k]
    grid = grid_points(20)
    assert np.array_equal(session.trainer.predict(grid, 0), ref.predict(grid, 0))
    session.shutdown()


def test_a_new_threshold_recounts_the_epochs_it_was_reached(ts, session):
    session.step(60)
    tr = session.trainer
    ts.set_threshold(0.2)
    test = tr.test_loss
    expected = [int(np.argmax(test[:, i] < 0.2)) if (test[:, i] < 0.2).any() else None for i in range(3)]
    assert tr.epochs_to_threshold() == expected and tr.epoch == 60
    assert any(e is not None for e in expected)


# ---------------------------------------------------------------------------------------------
# Changes that restart, and say why


@pytest.mark.parametrize(
    ("change", "why"),
    [
        (lambda ts: ts.set_dataset("xor"), "restarted: new data"),
        (lambda ts: ts.set_noise(0.2), "restarted: new data"),
        (lambda ts: ts.set_train_percent(70), "restarted: new data"),
        (lambda ts: ts.set_seed(3), "restarted: new data"),
        (lambda ts: ts.set_layers([4, 4, 2]), "restarted: new layers"),
        (lambda ts: ts.set_features(["x1", "x2", "x1sq", "x2sq"]), "restarted: new input features"),
        (lambda ts: ts.add_activation("elu"), "restarted: new activations"),
        (lambda ts: ts.remove_activation(0), "restarted: new activations"),
    ],
)
def test_new_data_layers_or_activations_restart_at_epoch_0_and_say_why(ts, session, change, why):
    rec = Recorder(session)
    old = session.trainer
    session.step(5)
    change(ts)
    tr = session.trainer
    assert tr is not old and tr.epoch == 0
    assert tr.n_networks == len(ts.activations) == len(session.specs)
    reasons = rec.of("restarted")
    assert len(reasons) == 1 and reasons[0][0] == why
    message = reasons[0][0]
    assert isinstance(message, Message) and message.template.context == "TrainSession"  # translatable
    assert tr.config == config_from_state(ts)


def test_a_lesson_s_many_changes_restart_the_run_once(monkeypatch, session):
    """A lesson or a scene sets the data, layers, activations and rates together: one new run,
    with the first change's reason, and the rates of the new set-up."""
    from actviz.controllers import train as train_module

    session.step(5)
    built = []
    real = train_module.Trainer
    monkeypatch.setattr(train_module, "Trainer", lambda config: built.append(config) or real(config))
    rec = Recorder(session)
    ts = session.tstate
    problems = ts.apply(
        {
            "dataset": "xor",
            "layers": [4, 2],
            "activations": [["tanh", {}], ["elu", {"alpha": 0.5}]],
            "learning_rate": 0.1,
            "batch_size": 5,
        }
    )
    assert problems == []
    assert len(built) == 1, len(built)
    assert [r[0] for r in rec.of("restarted")] == ["restarted: new data"]
    tr = session.trainer
    assert tr.epoch == 0 and tr.config == config_from_state(ts)
    assert (tr.config.learning_rate, tr.config.batch_size, tr.n_networks) == (0.1, 5, 2)
    # Only rates in the batch: the run goes on with them, and nothing restarts.
    session.step(3)
    assert ts.apply({"learning_rate": 0.3, "threshold": 0.1}) == []
    assert len(built) == 1 and len(rec.of("restarted")) == 1
    assert session.trainer is tr and tr.epoch == 3 and tr.config.learning_rate == 0.3


def test_reset_goes_back_to_the_same_start(ts, session):
    tr = session.trainer
    start = _weights(tr)
    session.step(7)
    session.reset()
    assert session.trainer is tr and tr.epoch == 0
    assert all(np.array_equal(a, b) for a, b in zip(start, _weights(tr)))


def test_nothing_is_built_until_asked(ts):
    s = TrainSession(ts)
    rec = Recorder(s)
    ts.set_dataset("xor")
    ts.set_layers([2])
    assert s._trainer is None and rec.events == []  # a hidden view costs no training set-up
    assert s.trainer is not None and s.trainer.config.dataset == "xor" and s.epoch == 0
    s.shutdown()


# ---------------------------------------------------------------------------------------------
# Play, pause, step and the time slice


def test_a_tick_trains_for_the_time_slice_measured_from_now(ts):
    clock = Clock(step=0.125)  # every reading: an epoch took 1/8 s
    s = TrainSession(ts, clock=clock, slice_s=0.5)
    rec = Recorder(s)
    assert s.tick(clock.t) == 0  # paused: a frame trains nothing
    s.play()
    assert s.tick(clock.t) == 4  # 0.125, 0.25, 0.375 < 0.5; the fourth reading ends it
    assert s.epoch == 4 and rec.of("stepped")[-1] == (4,)
    # A late frame (its slice already spent) still trains one epoch, so play always moves.
    assert s.tick(clock.t - 10.0) == 1 and s.epoch == 5
    s.shutdown()


def test_play_pause_step_and_the_last_epoch(ts):
    s = TrainSession(ts, clock=Clock(step=0.001), max_epochs=12)
    rec = Recorder(s)
    s.step(3)
    assert s.epoch == 3 and not s.playing
    s.toggle_play()
    assert s.playing
    s.toggle_play()
    assert not s.playing and s.tick(0.0) == 0
    s.play()
    while s.playing:
        s.tick(s.clock())
    assert s.epoch == 12  # it stops at the last epoch and pauses itself
    assert rec.of("playing_changed") == [(True,), (False,), (True,), (False,)]
    s.shutdown()


def test_a_set_up_that_cannot_train_says_so_and_does_not_play():
    ts = TrainState()
    s = TrainSession(ts, max_epochs=0)  # refused by the core: no run
    rec = Recorder(s)
    assert s.trainer is None
    s.play()
    assert not s.playing and s.step(3) == 0 and s.tick(0.0) == 0
    assert len(rec.of("failed")) == 1 and "Cannot train this set-up" in rec.of("failed")[0][0]
    s.shutdown()


# ---------------------------------------------------------------------------------------------
# The study


def test_a_study_runs_on_another_thread_with_progress_to_the_end(ts, session):
    ts.set_study(seeds=2, epochs=30)
    rec = Recorder(session)
    threads = []
    session.study_progress.connect(lambda d, t: threads.append(threading.current_thread()))
    job = session.run_study()
    assert job is not None and job.wait(60)
    progress = rec.of("study_progress")
    assert progress[0] == (0, 30) and progress[-1] == (30, 30)
    assert all(a[0] <= b[0] for a, b in itertools.pairwise(progress))  # it only goes up
    assert threads and all(t is not threading.main_thread() for t in threads)
    (result,) = rec.of("study_done")[0]
    assert result.epochs == 30 and len(result.rows) == 6 and session.study is result
    assert session.current_study() is result
    assert rec.of("study_running_changed") == [(True,), (False,)] and not session.study_running


def test_cancel_mid_way_stops_the_study_and_says_so(ts, session):
    ts.set_study(seeds=2, epochs=1000)
    rec = Recorder(session)

    def cancel_at_ten(done, total):  # on the worker thread, as a user's click would be
        if done >= 10:
            session.cancel_study()

    session.study_progress.connect(cancel_at_ten)
    job = session.run_study()
    assert job.wait(60)
    assert rec.of("study_done") == []
    (partial,) = rec.of("study_cancelled")[0]
    # Progress comes at every whole percent (the clock does not move): cancelled at epoch 10,
    # the study stops before the next one.
    assert partial.epochs == 10 and is_partial(partial) and partial.requested_epochs == 1000
    assert rec.of("study_progress")[-1] == (10, 1000)
    assert rec.of("study_running_changed") == [(True,), (False,)]


@pytest.fixture
def every_epoch_session(ts):
    """A session whose clock moves a second at each reading: every epoch's progress is handed
    over (not every whole percent), so a study can be held at its tenth epoch, not its 1000th."""
    s = TrainSession(ts, clock=Clock(step=1.0))
    yield s
    s.shutdown()


def test_a_newer_study_cancels_an_older_one(ts, every_epoch_session):
    session = every_epoch_session
    ts.set_study(seeds=2, epochs=100_000)
    rec = Recorder(session)
    started, release = threading.Event(), threading.Event()

    def hold(done, total):
        if total == 100_000 and done >= 10:
            started.set()
            release.wait(30)

    session.study_progress.connect(hold)
    first = session.run_study()
    assert started.wait(60)
    ts.set_study(epochs=20)
    second = session.run_study()
    release.set()
    assert first.wait(60) and second.wait(60)
    assert first.cancel_flag.is_set()
    # Only the newest answers: the older one's partial result never arrives.
    assert rec.of("study_cancelled") == []
    (result,) = rec.of("study_done")[0]
    assert len(rec.of("study_done")) == 1 and result.requested_epochs == 20 and result.epochs == 20
    assert rec.of("study_running_changed") == [(True,), (False,)] and not session.study_running


def test_a_study_of_another_set_up_is_not_shown_against_this_one(ts, session):
    ts.set_study(seeds=1, epochs=5)
    session.run_study().wait(60)
    assert session.current_study() is not None
    ts.set_selected(0)
    ts.set_seed(4)  # which map is shown and the live seed do not change what a study measures
    assert session.current_study() is not None
    ts.remove_activation(2)
    assert session.current_study() is None  # built for three activations, never read against two
    assert len(session.study_setup.specs) == 3 and len(session.specs) == 2


# ---------------------------------------------------------------------------------------------
# Scenes and lessons never leave the session inconsistent


def _check(session: TrainSession, ts: TrainState) -> None:
    tr = session.trainer
    assert tr is not None
    assert session.specs == ts.activations
    assert tr.n_networks == len(session.specs)
    assert tr.config == config_from_state(ts)
    assert 0 <= session.selected < tr.n_networks
    assert tr.predict(grid_points(8), session.selected).shape == (64,)
    curves = loss_curves(tr, session.specs, activation_colors(session.specs, None))
    assert len(curves) == tr.n_networks


def test_a_listener_called_before_the_session_never_sees_a_run_and_labels_that_disagree():
    ts = TrainState()
    ts.apply_article_preset()
    seen = []

    def early(*_args):  # connected first: runs before the session has rebuilt
        tr = session.trainer
        seen.append((tr.n_networks, len(session.specs), session.selected < tr.n_networks))

    ts.events.activations.connect(early)
    ts.events.selected.connect(early)
    session = TrainSession(ts)
    session.step(2)
    ts.remove_activation(0)
    ts.set_activations([("tanh", {})])
    assert seen and all(n == m and ok for n, m, ok in seen), seen
    session.shutdown()


def _random_scene(rng: random.Random) -> dict:
    st = State()
    pool = ["relu", "tanh", "sigmoid", "elu", "leaky_relu", "gelu", "softplus", "swish"]
    acts = rng.sample(pool, rng.randint(1, 5))
    st.train.set_activations([(a, {}) for a in acts])
    st.train.set_selected(rng.randrange(len(acts)))
    st.train.set_layers([rng.randint(1, 8) for _ in range(rng.randint(1, 4))])
    st.train.set_dataset(rng.choice(["circle", "xor", "gauss", "spiral"]))
    st.train.set_learning_rate(rng.choice([0.003, 0.03, 0.3]))
    st.train.set_batch_size(rng.randint(1, 30))
    st.train.set_seed(rng.randint(0, 5))
    return check_scene(json.loads(json.dumps(scene_dict(st, "train"))))


def test_any_sequence_of_scenes_and_lessons_leaves_the_session_consistent():
    state = State()
    ts = state.train
    session = TrainSession(ts, slice_s=0.0)  # a frame trains one epoch: the sequence is under test, not the pace
    lessons = [check_scene(json.loads(lesson_text(name))) for name, _ in LESSONS]
    rng = random.Random(7)
    scenes = [*lessons, *(_random_scene(rng) for _ in range(12)), *lessons[::-1]]
    for i, scene in enumerate(scenes):
        if i % 3 == 0:
            session.play()
        apply_scene(state, scene)
        _check(session, ts)
        session.step(2)
        session.tick(session.clock())
        _check(session, ts)
    session.shutdown()


def test_reason_texts_are_marked_for_translation():
    for key in ("data", "layers", "activations", "reset", "preset"):
        assert reason(key).template.context == "TrainSession"


# ---------------------------------------------------------------------------------------------
# Speed, regenerate, the map's toggles and the share string (issue 18)


def test_at_k_epochs_per_second_a_tick_trains_round_k_elapsed_and_carries_the_rest(ts):
    s = TrainSession(ts, clock=Clock(step=0.0))  # epochs take no time: only the speed limits
    s.set_speed(5)
    s.play()
    assert s.tick(10.0) == 1  # the first frame after play trains one epoch at once
    ran = [s.tick(10.0 + 0.05 * k) for k in range(1, 41)]  # 40 frames of 50 ms: 2 s
    # 5 epochs/s × 0.05 s = 0.25 per frame: one epoch every fourth frame, never lost to rounding.
    assert sum(ran) == 10 and set(ran) == {0, 1}
    assert s.epoch == 11
    s.set_speed(20)  # 20 × 0.03 = 0.6 a frame: 1, 1, 0 ... carried
    start = s.epoch
    t = 10.0 + 0.05 * 40
    ran = [s.tick(t + 0.03 * k) for k in range(1, 101)]
    assert sum(ran) == 60 and s.epoch == start + 60
    s.shutdown()


def test_a_late_frame_trains_at_most_a_quarter_second_of_epochs(ts):
    s = TrainSession(ts, clock=Clock(step=0.0))
    s.set_speed(100)
    s.play()
    s.tick(0.0)
    assert s.tick(60.0) == 25  # a minute's gap (a sleeping laptop) is not 6000 epochs at once
    s.shutdown()


def test_speed_steps_between_one_epoch_per_second_and_as_fast_as_it_goes(ts):
    s = TrainSession(ts, clock=Clock())
    seen: list = []
    s.speed_changed.connect(seen.append)
    assert s.speed is None
    s.faster()
    assert s.speed is None and seen == []  # already the fastest
    for _ in range(20):
        s.slower()
    assert s.speed == 1.0
    s.faster()
    assert s.speed == 2.0 and seen[-1] == 2.0
    with pytest.raises(ValueError):
        s.set_speed(0)
    with pytest.raises(ValueError):
        s.set_speed(float("nan"))
    assert s.speed == 2.0
    s.shutdown()


def test_regenerate_draws_new_data_from_the_next_seed_and_says_which(ts, session):
    rec = Recorder(session)
    before = session.trainer.datasets[0].x_train.copy()
    session.step(5)
    assert session.regenerate() == 1
    assert ts.seed == 1 and session.epoch == 0
    assert not np.array_equal(session.trainer.datasets[0].x_train, before)
    (why,) = rec.of("restarted")[-1]
    assert str(why) == "new data: seed 1"
    ts.set_noise(0.1)  # an ordinary change of data says so as before
    assert str(rec.of("restarted")[-1][0]) == "restarted: new data"


def test_the_maps_toggles_are_state_that_neither_restarts_nor_retunes_the_run(ts, session):
    rec = Recorder(session)
    session.step(3)
    ts.set_show_test(True)
    ts.set_discretize(True)
    assert session.epoch == 3 and rec.of("restarted") == []
    assert ts.to_dict()["show_test"] is True and ts.to_dict()["discretize"] is True
    with pytest.raises(ValueError):
        ts.set_show_test("yes")
    restored = TrainState()
    assert restored.load_dict(ts.to_dict()) == []
    assert restored.show_test and restored.discretize


def test_a_copied_set_up_restores_the_same_state():
    from actviz.state.share import format_setup, parse_setup

    ts = TrainState()
    ts.apply_article_preset()
    ts.add_activation("leaky_relu", {"negative_slope": 0.1})
    ts.set_layers([])
    ts.set_features(["x1sq", "x2sq"])
    ts.set_dataset("multigauss")
    ts.set_show_test(True)
    text = format_setup(ts)
    assert text.startswith("actviz:train?dataset=multigauss&") and "\n" not in text
    assert "layers=none" in text and "features=x1sq,x2sq" in text and "lr=0.03" in text
    other = TrainState()
    other.apply(parse_setup(text))
    assert other.to_dict() == ts.to_dict()


def _setups():
    from hypothesis import strategies as st

    from actviz.core.datasets import DATASETS, FEATURES

    acts = st.lists(
        st.one_of(
            st.sampled_from([("relu", {}), ("tanh", {}), ("sigmoid", {}), ("gelu", {"approximate": "tanh"})]),
            st.floats(0.0, 1.0, allow_nan=False).map(lambda a: ("leaky_relu", {"negative_slope": a})),
            st.floats(0.1, 5.0, allow_nan=False).map(lambda b: ("swish", {"beta": b})),
        ),
        min_size=1,
        max_size=8,
        unique_by=lambda s: (s[0], tuple(sorted(s[1].items()))),
    )
    return st.fixed_dictionaries(
        {
            "dataset": st.sampled_from(DATASETS),
            "noise": st.floats(0.0, 0.5, allow_nan=False),
            "train_percent": st.integers(10, 90),
            "features": st.lists(st.sampled_from(FEATURES), min_size=1, unique=True),
            "layers": st.lists(st.integers(1, 8), max_size=6),
            "learning_rate": st.floats(1e-5, 10.0, allow_nan=False),
            "batch_size": st.integers(1, 500),
            "regularization": st.sampled_from(["none", "L1", "L2"]),
            "reg_rate": st.floats(0.0, 10.0, allow_nan=False),
            "activations": acts,
            "seed": st.integers(0, 2**31 - 1),
            "threshold": st.floats(1e-6, 1.0, allow_nan=False),
            "study_seeds": st.integers(1, 500),
            "study_epochs": st.integers(1, 100_000),
            "show_test": st.booleans(),
            "discretize": st.booleans(),
        }
    )


def test_any_set_up_survives_the_share_string_exactly():
    from hypothesis import given, settings

    from actviz.state.share import format_setup, parse_setup

    @settings(max_examples=150, deadline=None)
    @given(_setups())
    def check(values):
        ts = TrainState()
        assert ts.apply(values) == []
        text = format_setup(ts)
        assert text.isprintable() and "&&" not in text
        again = TrainState()
        again.apply(parse_setup(text))
        assert again.to_dict() == ts.to_dict()
        assert format_setup(again) == text

    check()


HOSTILE = [
    "",
    "actviz:train",
    "actviz:depth?layers=3",
    "http://actviz:train?lr=0.03",
    "actviz:train?lr",
    "actviz:train?lr=0.03&lr=0.1",
    "actviz:train?lr=nan",
    "actviz:train?lr=inf",
    "actviz:train?lr=1e999",
    "actviz:train?noise=-0",  # accepted: -0 is 0
    "actviz:train?layers=3,,3",
    "actviz:train?layers=9",
    "actviz:train?layers=1,1,1,1,1,1,1",
    "actviz:train?features=",
    "actviz:train?features=x3",
    "actviz:train?features=x1,x1",
    "actviz:train?activations=",
    "actviz:train?activations=nosuch",
    "actviz:train?activations=relu,relu",
    "actviz:train?activations=leaky_relu(negative_slope=abc)",
    "actviz:train?activations=leaky_relu(negative_slope=0.1",
    "actviz:train?activations=leaky_relu)(",
    "actviz:train?activations=leaky_relu(nope=1)",
    "actviz:train?activations=leaky_relu(negative_slope)",
    "actviz:train?activations=" + ",".join(["relu", "tanh", "sigmoid", "elu", "gelu", "silu", "mish", "selu", "celu"]),
    "actviz:train?selected=7",
    "actviz:train?test=maybe",
    "actviz:train?dataset=%ff",
    "actviz:train?dataset=%00circle",
    "actviz:train?dataset=circle%0A",
    "actviz:train?" + "a" * 5000,
    "actviz:train?seed=99999999999999999999",
    "actviz:train?batch=2.5",
    "actviz:train?seed=inf",  # a whole-number field given an infinity once escaped as an OverflowError
    "actviz:train?epochs=-inf",
    "actviz:train?batch=1e400",
    "actviz:train?bogus=1",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_a_hostile_share_string_is_refused_in_one_line_and_changes_nothing(text):
    from actviz.state.share import ShareError, restore_setup

    ts = TrainState()
    ts.set_learning_rate(0.3)
    before = ts.to_dict()
    try:
        restore_setup(ts, text)
    except ShareError as e:
        assert "\n" not in str(e) and len(str(e)) < 400
        assert ts.to_dict() == before
    else:
        assert text == "actviz:train?noise=-0"  # the one valid entry: the defaults, noise 0
        assert ts.to_dict() == TrainState().to_dict()


def test_random_text_never_raises_anything_but_a_refusal():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from actviz.state.share import KEYS, ShareError, parse_setup

    keys = st.sampled_from([*KEYS.values(), "x", ""])
    values = st.text(alphabet=st.characters(codec="utf-8"), max_size=30) | st.sampled_from(
        ["none", "1", "0", "relu(", "%", "%zz", "x1,x2", "3,3", "-1", "1e308", "inf", "-inf", "nan", "1e400"]
    )
    query = st.lists(st.tuples(keys, values).map(lambda kv: f"{kv[0]}={kv[1]}"), max_size=6).map("&".join)

    @settings(max_examples=300, deadline=None)
    @given(query | st.text(max_size=60))
    def check(q):
        for text in (f"actviz:train?{q}", q):
            with contextlib.suppress(ShareError):
                parse_setup(text)

    check()


def test_a_scene_file_can_hold_a_share_string(tmp_path):
    from actviz.state.scene import apply_scene, read_scene
    from actviz.state.share import format_setup

    ts = TrainState()
    ts.set_dataset("xor")
    ts.set_layers([5])
    path = tmp_path / "slide.actviz"
    path.write_text(format_setup(ts) + "\n", encoding="utf-8")
    checked = read_scene(path)
    assert checked["view"] == "train"
    state = State("tanh")
    apply_scene(state, checked)
    assert state.train.to_dict() == ts.to_dict() and state.function_id == "tanh"
    path.write_text("actviz:train?layers=99", encoding="utf-8")
    with pytest.raises(ValueError, match="set-up refused"):
        read_scene(path)


def test_a_weight_typed_in_the_diagram_goes_to_the_selected_network_and_its_loss(ts, session):
    rec = Recorder(session)
    ts.set_selected(1)  # tanh
    tr = session.trainer
    before = tr.test_loss[-1].copy()
    session.set_weight(0, 1, 0, 4.0)
    assert tr.net.weights[0][1, 0, 1, 0] == 4.0
    assert tr.net.weights[0][0, 0, 1, 0] != 4.0 and tr.net.weights[0][2, 0, 1, 0] != 4.0
    after = tr.test_loss[-1]
    assert after[1] != before[1] and after[0] == before[0] and session.epoch == 0
    session.set_bias(len(ts.layers), 0, -2.0)  # the output's bias
    assert tr.net.biases[-1][1, 0, 0] == -2.0
    assert len(rec.of("stepped")) == 2
    with pytest.raises(ValueError):
        session.set_weight(0, 99, 0, 1.0)
