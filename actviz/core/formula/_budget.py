"""A time budget for SymPy work, which offers no timeout of its own.

Differentiating is bounded by the size limits on the text, but solving for kinks or a rewrite
can take long on an unlucky expression. A trace function sees every Python call in this thread
and, once the deadline has passed, raises :class:`Expired` inside SymPy. That needs no thread
and no signal, so it works the same in the GUI's worker thread and in a notebook.
"""

from __future__ import annotations

import math
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any


class Expired(BaseException):
    """The time budget ran out. A BaseException, so SymPy's ``except Exception`` cannot eat it."""


# Reading the clock on every call would add a third to the cost of tracing; every 64th call is
# still far less than a millisecond apart.
_CHECK_EVERY = 64


class Budget:
    """A deadline ``seconds`` from now (None: no deadline)."""

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self.end = math.inf if seconds is None else time.perf_counter() + seconds

    def remaining(self) -> float:
        """Seconds left (inf without a deadline)."""
        return self.end - time.perf_counter()

    @contextmanager
    def limit(self, seconds: float | None = None) -> Iterator[None]:
        """Raise :class:`Expired` inside the block at the deadline, or ``seconds`` from now if
        that comes first."""
        end = min(self.end, math.inf if seconds is None else time.perf_counter() + seconds)
        if end == math.inf:
            yield
            return
        if time.perf_counter() > end:
            raise Expired
        calls = 0

        def tracer(frame: FrameType, event: str, arg: Any) -> None:
            nonlocal calls
            calls += 1
            if calls % _CHECK_EVERY == 0 and time.perf_counter() > end:
                raise Expired
            return None  # no line events: only calls are counted

        previous = sys.gettrace()
        hook = sys.unraisablehook

        def quiet(info: Any) -> None:
            # Expired raised while a generator is being closed or an object finalised cannot
            # propagate, and Python would print "Exception ignored in: ..." on stderr: it has
            # done its job (the work stops), so say nothing. Anything else is reported as usual.
            if not isinstance(info.exc_value, Expired):
                hook(info)

        sys.unraisablehook = quiet
        sys.settrace(tracer)
        try:
            yield
        finally:
            sys.settrace(previous)
            sys.unraisablehook = hook
