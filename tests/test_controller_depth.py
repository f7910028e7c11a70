"""The Depth view's session without a window: coalescing, stale answers, presets, previews,
failures and shutdown. No QApplication; time is driven by explicit ``now`` arguments."""

from __future__ import annotations

import threading

import pytest

from actviz.controllers import depth as module
from actviz.controllers.depth import PREVIEW_BATCH, DepthSession
from actviz.state.depth import PRESETS, DepthState


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(autouse=True)
def _computed_here():
    """Every test here computes what it asks for: answers kept by an earlier test would skip the
    slow, broken or counted computations these tests put in."""
    module.forget_answers()
    yield
    module.forget_answers()


@pytest.fixture
def small():
    ds = DepthState()
    ds.set_activations([("tanh", {}), ("relu", {})])
    ds.set_depth(4)
    ds.set_width(8)
    ds.set_seeds(2)
    return ds


@pytest.fixture
def session(small):
    clock = Clock()
    s = DepthSession(small, clock=clock, coalesce_s=0.04, settle_s=0.3)
    s.clock = clock  # the tests move it
    answers, failures, started = [], [], []
    s.done.connect(answers.append)
    s.failed.connect(failures.append)
    s.started.connect(lambda: started.append(1))
    s.answers, s.failures, s.starts = answers, failures, started
    s.set_active(True, 0.0)
    assert s.tick(0.05) and s.wait(30)  # the first picture
    answers.clear()
    started.clear()
    yield s
    s.shutdown()


def test_a_burst_of_changes_makes_one_computation(session, small):
    before = session.computations
    for k, depth in enumerate((5, 6, 7, 8, 9)):
        session.clock.now = 1.0 + 0.005 * k
        small.set_depth(depth)
    assert not session.tick(1.03)  # still inside the coalescing pause
    assert session.due(1.03) == pytest.approx(0.01)
    assert session.tick(1.05)
    assert not session.tick(1.2)  # nothing more is owed
    assert session.wait(30)
    assert session.computations == before + 1
    assert len(session.answers) == 1
    assert session.answers[0].result.config.depth == 9


def test_flush_sends_without_waiting(session, small):
    session.clock.now = 2.0
    small.set_width(16)
    assert session.flush() and session.wait(30)
    assert session.answers[-1].result.config.width == 16
    assert not session.flush()  # nothing left


def test_a_stale_answer_is_never_handed_out(small):
    """A computation that finishes after the set-up changed is dropped, even if it ignored its
    cancel flag: only the newest set-up's answer reaches the view."""
    release, entered = threading.Event(), threading.Event()
    real = module.depth_stats

    def slow(config, **kw):
        if config.depth == 5:
            entered.set()
            release.wait(30)
            kw = {}  # ignores the cancel flag, as a computation deep in numpy may
        return real(config, **kw)

    clock = Clock()
    s = DepthSession(small, clock=clock)
    answers = []
    s.done.connect(answers.append)
    try:
        module.depth_stats = slow
        s.set_active(True, 0.0)
        small.set_depth(5)
        assert s.flush()
        assert entered.wait(30)
        small.set_depth(6)  # while depth 5 is computing
        release.set()
        assert s.wait(30)  # depth 5 finished, before the newer one was even sent: dropped
        assert answers == []
        assert s.flush() and s.wait(30)
    finally:
        module.depth_stats = real
        s.shutdown()
    assert [a.result.config.depth for a in answers] == [6]
    assert s.answer is not None and s.answer.result.config.depth == 6


def test_presets_set_the_state(session, small):
    for k, name in enumerate(PRESETS):
        assert session.apply_preset_number(k)
        values = PRESETS[name]
        assert [s[0] for s in small.activations] == [fid for fid, _ in values["activations"]]
        assert (small.depth, small.init, small.residual, small.width, small.scale) == (
            values["depth"],
            values["init"],
            values["residual"],
            64,
            1.0,
        )
    assert not session.apply_preset_number(len(PRESETS))
    with pytest.raises(ValueError, match="preset must be one of"):
        session.apply_preset("no_such_preset")
    assert session.pending  # the preset asks for a computation


def test_a_failure_gives_one_message_and_the_session_keeps_working(session, small):
    real = module.depth_stats

    def broken(config, **kw):
        raise FloatingPointError("overflow in layer 3")

    module.depth_stats = broken
    try:
        session.clock.now = 3.0
        small.set_depth(7)
        assert session.flush() and session.wait(30)
    finally:
        module.depth_stats = real
    assert len(session.failures) == 1
    message = session.failures[0]
    assert "\n" not in message and "FloatingPointError: overflow in layer 3" in message
    assert session.answers == []
    small.set_depth(8)  # the next change computes as before
    assert session.flush() and session.wait(30)
    assert session.answers[-1].result.config.depth == 8 and len(session.failures) == 1


def test_nothing_is_computed_while_inactive_and_the_change_waits(small):
    s = DepthSession(small, clock=Clock())
    try:
        small.set_depth(9)
        assert not s.pending and not s.tick(10.0) and s.computations == 0
        s.set_active(True, 11.0)
        assert s.pending and s.tick(11.05) and s.wait(30)
        assert s.computations == 1 and s.answer is not None and s.answer.result.config.depth == 9
    finally:
        s.shutdown()


def test_a_drag_shows_previews_then_the_full_statistics_when_it_pauses(session, small):
    session.set_dragging(True, 4.0)
    session.clock.now = 4.0
    small.set_depth(10)
    assert session.tick(4.04) and session.wait(30)
    preview = session.answers[-1]
    assert preview.preview
    assert preview.result.config.seeds == (0,) and preview.result.config.batch == PREVIEW_BATCH
    assert preview.histograms[0] is not None and preview.histograms[1] is None  # the selected one only
    assert session.pending and session.due(4.1) == pytest.approx(0.2)
    assert not session.tick(4.1)  # the drag has not paused long enough yet
    assert session.tick(4.31) and session.wait(30)  # it paused: the full statistics
    full = session.answers[-1]
    assert not full.preview and full.result.config.seeds == (0, 1) and full.result.config.batch == 256
    assert not session.pending


def test_releasing_the_drag_sends_the_full_statistics_at_once(session, small):
    session.set_dragging(True, 5.0)
    session.clock.now = 5.0
    small.set_depth(11)
    assert session.tick(5.04) and session.wait(30)
    session.set_dragging(False, 5.05)
    assert session.tick(5.09) and session.wait(30)
    assert [a.preview for a in session.answers] == [True, False]


def test_histograms_come_with_the_answer_for_every_activation(session, small):
    session.clock.now = 6.0
    small.set_depth(3)
    assert session.flush() and session.wait(30)
    answer = session.answers[-1]
    assert len(answer.histograms) == len(answer.specs) == 2
    assert [h.shape[0] for h, _v in answer.histograms] == [3, 3]
    assert answer.specs == tuple(small.activations)


def test_an_invalid_set_up_is_one_message(session, monkeypatch):
    def refuse(ds):
        raise ValueError("each activation may appear once")

    monkeypatch.setattr(module, "config_from_state", refuse)
    session.request(7.0)
    assert not session.tick(7.05)
    assert session.failures == ["Cannot compute this set-up: each activation may appear once"]


def test_shutdown_cancels_the_running_computation(small):
    entered = threading.Event()
    seen = {}
    real = module.depth_stats

    def long(config, *, progress=None, cancel=None, **kw):
        entered.set()
        seen["thread"] = threading.current_thread()
        for _ in range(3000):  # up to 30 s unless cancelled
            if cancel.wait(0.01):
                seen["cancelled"] = True
                raise module.Cancelled
        return real(config)

    s = DepthSession(small, clock=Clock())
    answers = []
    s.done.connect(answers.append)
    module.depth_stats = long
    try:
        s.set_active(True, 0.0)
        assert s.flush() and entered.wait(30)
        s.shutdown(wait=True)
    finally:
        module.depth_stats = real
    assert seen == {"thread": seen["thread"], "cancelled": True}
    assert seen["thread"] is not threading.main_thread()
    assert answers == []
    small.set_depth(12)  # no longer listening
    assert not s.pending


def test_a_preview_is_sent_at_once_without_the_coalescing_wait(session, small):
    session.set_dragging(True, 8.0)
    session.clock.now = 8.0
    small.set_depth(6)
    assert session.due(8.0) == 0.0
    assert session.tick(8.0) and session.wait(30)  # no wait: every step of a drag gets a picture
    assert session.answers[-1].preview
    session.set_dragging(False, 8.01)


def test_the_map_is_of_the_selected_activation_and_computed_once(session, small):
    maps = []
    session.phase_done.connect(maps.append)
    assert session.wait_map(30)
    assert session.map_computations == 1  # computed when the session became active
    small.set_selected(1)
    assert session.wait_map(30)
    assert [m.spec[0] for m in maps][-1] == "relu"
    relu = maps[-1].map
    assert relu.chi1.shape == (40, 40)
    # ReLU: χ₁ = σ_w²/2 wherever q* is finite (the edge at σ_w² = 2).
    assert relu.chi1[0, 0] == pytest.approx(relu.weight_var[0] / 2, rel=1e-6)
    small.set_selected(0)
    small.set_selected(1)
    assert session.wait_map(30)
    assert session.map_computations == 2  # tanh and ReLU once each: the second visit is cached
    assert [m.spec[0] for m in maps][-1] == "relu"


def test_a_click_on_the_map_sets_the_weight_scale_and_the_bias_variance(session, small):
    small.set_init("he")
    session.clock.now = 9.0
    session.click_map(1.0, 0.3)  # σ_w² = 1 with He (σ_w² = 2 × scale²): scale 1/√2
    assert small.scale == pytest.approx(0.707)
    assert small.bias_var == pytest.approx(0.3)
    assert session.pending  # the statistics follow
    assert session.tick(9.05) and session.wait(30)
    result = session.answers[-1].result
    assert result.config.bias_var == pytest.approx(0.3)
    assert result.config.weight_var == pytest.approx(2 * 0.707**2)
    session.click_map(99.0, -5.0)  # off the map: clipped to its edges
    assert small.bias_var == 0.0 and 2 * small.scale**2 == pytest.approx(4.0, rel=1e-3)


def test_the_bias_variance_is_a_validated_setting_that_round_trips():
    ds = DepthState()
    ds.set_bias_var(0.25)
    assert DepthState().apply(ds.to_dict()) == [] and ds.to_dict()["bias_var"] == 0.25
    with pytest.raises(ValueError, match="bias variance"):
        ds.set_bias_var(-1)
    with pytest.raises(ValueError, match="bias variance"):
        ds.set_bias_var("much")
    ds.apply_preset("relu_he")
    assert ds.bias_var == 0.0  # a preset sets it back


def test_a_pause_never_cancels_the_preview_that_is_still_running(session, small, monkeypatch):
    release = threading.Event()
    real = module.depth_stats

    def slow(config, **kw):
        if config.seeds == (0,):  # the preview: slower than the pause
            assert release.wait(30)
        return real(config, **kw)

    monkeypatch.setattr(module, "depth_stats", slow)
    session.set_dragging(True, 10.0)
    session.clock.now = 10.0
    small.set_depth(9)
    assert session.tick(10.0)  # the preview is on its way
    assert not session.tick(10.5)  # paused past settle_s, but the preview runs: it is not cancelled
    release.set()
    assert session.wait(30)
    assert [a.preview for a in session.answers] == [True]
    assert session.tick(10.6) and session.wait(30)  # now the full statistics
    assert [a.preview for a in session.answers] == [True, False]


def test_a_set_up_asked_again_comes_back_without_computing(session, small, monkeypatch):
    """Pressing a preset again, or going back to an earlier depth, hands over the kept answer:
    the same numbers, and the statistics are not computed a second time."""
    runs = []
    real = module.depth_stats

    def counted(config, **kw):
        runs.append(config.depth)
        return real(config, **kw)

    monkeypatch.setattr(module, "depth_stats", counted)
    for k, depth in enumerate((7, 4, 7)):
        session.clock.now = 20.0 + k
        small.set_depth(depth)
        assert session.flush() and session.wait(30)
    assert runs == [7]  # depth 4 was the session's first picture; 7 the second time is kept too
    assert [a.result.config.depth for a in session.answers] == [7, 4, 7]
    assert session.answers[0].result is session.answers[2].result  # the kept statistics
    # A changed parameter is another set-up.
    small.set_activations([("leaky_relu", {"negative_slope": 0.2}), ("relu", {})])
    assert session.flush() and session.wait(30)
    small.set_activations([("leaky_relu", {"negative_slope": 0.3}), ("relu", {})])
    assert session.flush() and session.wait(30)
    assert runs == [7, 7, 7]
    assert dict(session.answers[-1].result.config.activations[0][1]) == {"negative_slope": 0.3}


def test_a_custom_formula_is_computed_every_time(session, small, monkeypatch):
    """A custom formula may be redefined under its name: its answers are never kept."""
    from actviz.state import State

    State().define_formula("mine", "x*tanh(x)")  # lends custom:mine to every view
    runs = []
    real = module.depth_stats
    monkeypatch.setattr(module, "depth_stats", lambda config, **kw: runs.append(1) or real(config, **kw))
    for _ in range(2):
        small.set_activations([("custom:mine", {}), ("relu", {})])
        assert session.flush() and session.wait(30)
        small.set_activations([("tanh", {}), ("relu", {})])
        assert session.flush() and session.wait(30)
    assert len(runs) == 2  # the custom set-up both times; the tanh one is the first picture, kept
