"""The worker runner shared by the controllers: no QApplication, no sleeps to wait for timers."""

from __future__ import annotations

import threading

import pytest

from actviz.controllers.jobs import Runner
from actviz.core.network import Cancelled


@pytest.fixture
def runner():
    r = Runner()
    yield r
    r.shutdown()


def test_the_work_runs_on_another_thread_and_its_result_is_delivered(runner):
    seen = {}

    def work(progress, cancel):
        seen["thread"] = threading.current_thread()
        progress(1, 2)
        progress(2, 2)
        return 42

    got, steps = [], []
    job = runner.submit(work, got.append, on_progress=lambda d, t: steps.append((d, t)))
    assert job.wait(10)
    assert got == [42]
    assert steps == [(1, 2), (2, 2)]
    assert seen["thread"] is not threading.main_thread()
    assert job.finished and not runner.busy


def test_a_newer_job_cancels_the_running_one_and_only_the_newest_answers(runner):
    started, release = threading.Event(), threading.Event()

    def slow(progress, cancel):
        started.set()
        release.wait(10)
        if cancel.is_set():
            raise Cancelled
        return "old"

    got, stopped = [], []
    old = runner.submit(slow, got.append, on_cancelled=lambda: stopped.append("old"))
    assert started.wait(10)
    new = runner.submit(lambda p, c: "new", got.append)
    assert old.cancel_flag.is_set() and not old.current and new.current
    release.set()
    assert new.wait(10) and old.wait(10)
    assert got == ["new"]
    assert stopped == ["old"]


def test_an_old_answer_that_finishes_without_checking_cancel_is_still_dropped(runner):
    release = threading.Event()
    got = []
    old = runner.submit(lambda p, c: release.wait(10) and "old", got.append)
    new = runner.submit(lambda p, c: "new", got.append)
    release.set()
    assert old.wait(10) and new.wait(10)
    assert got == ["new"]


def test_a_failure_reaches_on_failed_with_the_exception(runner):
    def bad(progress, cancel):
        raise ValueError("no such activation")

    errors = []
    job = runner.submit(bad, on_failed=errors.append)
    assert job.wait(10)
    assert len(errors) == 1 and isinstance(errors[0], ValueError)
    assert str(errors[0]) == "no such activation"


def test_callbacks_go_through_deliver():
    queued = []
    r = Runner(deliver=queued.append)
    try:
        got = []
        job = r.submit(lambda p, c: 7, got.append)
        assert job.wait(10)
        assert got == [] and len(queued) == 1  # nothing ran until the owner's thread runs it
        queued[0]()
        assert got == [7]
    finally:
        r.shutdown()


def test_a_shut_down_runner_refuses_work_and_cancels_the_running_job():
    r = Runner()
    started = threading.Event()

    def loop(progress, cancel):
        started.set()
        while not cancel.is_set():
            cancel.wait(0.01)
        raise Cancelled

    stopped = []
    job = r.submit(loop, on_cancelled=lambda: stopped.append(True))
    assert started.wait(10)
    r.shutdown()
    assert job.finished and stopped == [True]
    with pytest.raises(RuntimeError):
        r.submit(lambda p, c: 1)
