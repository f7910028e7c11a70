"""Slow work off the caller's thread, with progress, cancel and "newest wins" (Qt-free).

One :class:`Runner` per controller owns one worker thread (``concurrent.futures``). A job is a
function ``work(progress, cancel)``; the core's slow functions already take exactly these two
(``progress(done, total)`` and an Event-like ``cancel``). The runner hands every callback to
``deliver``, which decides on which thread it runs: the default runs it at once on the worker
thread (what a notebook or a test wants); the window passes :func:`actviz.ui.worker.gui_deliver`,
which queues it onto the GUI thread. So controllers never import Qt, and their tests never need
a window or a sleep: ``job.wait()`` returns when the callbacks have been delivered.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Generic, TypeVar

from actviz.core.network import Cancelled

R = TypeVar("R")
Thunk = Callable[[], None]
Deliver = Callable[[Thunk], None]
Work = Callable[[Callable[[int, int], None], threading.Event], R]


def deliver_now(thunk: Thunk) -> None:
    """Run a callback at once, on whatever thread finished the work."""
    thunk()


class Job(Generic[R]):
    """One submitted piece of work: cancel it, wait for it, ask whether it is still current."""

    def __init__(self, number: int, runner: Runner) -> None:
        self.number = number
        self.cancel_flag = threading.Event()
        self._runner = runner
        self._future: Future[None] | None = None
        self._delivered = threading.Event()

    @property
    def current(self) -> bool:
        """Whether no newer job was submitted to the same runner since this one."""
        return self._runner.latest == self.number

    @property
    def finished(self) -> bool:
        """Whether the work ended (done, failed or cancelled) and its callbacks were handed over."""
        return self._delivered.is_set()

    def cancel(self) -> None:
        self.cancel_flag.set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the work has ended and its last callback was handed to ``deliver``."""
        return self._delivered.wait(timeout)


class Runner:
    """Runs one job at a time on its own worker thread; submitting cancels the running one.

    ``on_progress(done, total)``, ``on_done(result)``, ``on_failed(exception)`` and
    ``on_cancelled()`` are delivered through ``deliver``, and only while the job is current (a newer
    job makes an older one's answers moot), except ``on_cancelled``, which says that it stopped.
    """

    def __init__(self, deliver: Deliver = deliver_now, name: str = "actviz-worker") -> None:
        self._deliver = deliver
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self._lock = threading.Lock()
        self._latest = 0
        self._running: Job[Any] | None = None
        self._closed = False

    @property
    def latest(self) -> int:
        return self._latest

    @property
    def busy(self) -> bool:
        job = self._running
        return job is not None and not job.finished

    def submit(
        self,
        work: Work[R],
        on_done: Callable[[R], object] | None = None,
        *,
        on_progress: Callable[[int, int], object] | None = None,
        on_failed: Callable[[BaseException], object] | None = None,
        on_cancelled: Callable[[], object] | None = None,
    ) -> Job[R]:
        if self._closed:
            raise RuntimeError("this runner was shut down")
        with self._lock:
            if self._running is not None:
                self._running.cancel()
            self._latest += 1
            job: Job[R] = Job(self._latest, self)
            self._running = job

        def hand(fn: Callable[..., object] | None, *args: Any, always: bool = False) -> None:
            if fn is not None and (always or job.current):
                self._deliver(lambda: _call_if_current(job, fn, args, always))

        def progress(done: int, total: int) -> None:
            hand(on_progress, done, total)

        def run() -> None:
            try:
                if job.cancel_flag.is_set():
                    raise Cancelled
                result = work(progress, job.cancel_flag)
            except Cancelled:
                hand(on_cancelled, always=True)
            except Exception as e:  # reported to the owner, which decides what the user sees
                hand(on_failed, e)
            else:
                hand(on_done, result)
            finally:
                job._delivered.set()

        job._future = self._pool.submit(run)
        return job

    def cancel(self) -> None:
        """Stop the running job, if any (its ``on_cancelled`` still arrives)."""
        job = self._running
        if job is not None:
            job.cancel()

    def shutdown(self, wait: bool = True) -> None:
        """Cancel the running job and stop the thread (the owner is closing)."""
        self._closed = True
        self.cancel()
        self._pool.shutdown(wait=wait, cancel_futures=True)


def _call_if_current(job: Job[Any], fn: Callable[..., object], args: tuple[Any, ...], always: bool) -> None:
    # Checked again where the callback runs: a newer job may have been submitted meanwhile.
    if always or job.current:
        fn(*args)


__all__ = ["Deliver", "Job", "Runner", "deliver_now"]
