"""The Depth view's behaviour without a window: :class:`DepthSession`.

The session owns the depth computations of one :class:`~actviz.state.depth.DepthState`:

- it **coalesces** a burst of changes (a dragged slider) into one computation: ``request(now)``
  marks the set-up as wanted, and ``tick(now)`` sends it once ``coalesce_s`` has passed since the
  first request of the burst (``flush()`` sends at once);
- it **cancels** stale computations: a newer computation cancels the running one, and an older
  answer is never handed out (the runner's "newest wins");
- it owns the **presets**: applying one sets the state, which asks for a computation;
- for live dragging, a request can be a **preview** (fewer inputs, the first seed only), sent
  without the coalescing wait (one at a time, the newest next), followed by the full statistics
  once the requests pause for ``settle_s``;
- it computes the **edge-of-chaos map** of the selected activation (χ₁ over σ_w² × σ_b²) on a
  second worker, once per activation, and turns a **click on the map** into the weight scale
  and bias variance;
- it **remembers** the last :data:`ANSWERS_KEPT` answers and maps of the process (the
  computations are deterministic): a set-up computed before, such as a preset pressed again in
  a lecture, comes back from the worker at once instead of being computed again.

Its events (psygnal): ``started()``, ``progress(done, total)``, ``done(answer)`` with a
:class:`DepthAnswer`, ``failed(message)`` with a one-line message, and ``phase_done(map)`` with
a :class:`PhaseAnswer`. Time comes in as an argument,
and the ``deliver`` of the runner decides on which thread the events fire (at once on the worker
thread by default; the window passes one that queues them onto the GUI thread).
"""

from __future__ import annotations

import dataclasses
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import numpy as np
from psygnal import Signal

from actviz.controllers.jobs import Deliver, Job, Runner, deliver_now
from actviz.core.depth import DepthConfig, DepthResult, depth_stats
from actviz.core.meanfield import BIAS_VAR_RANGE, WEIGHT_VAR_RANGE, PhaseMap, phase_map
from actviz.core.network import Cancelled
from actviz.state.depth import PRESETS, DepthState
from actviz.state.formulas import is_custom
from actviz.state.texts import QT_TRANSLATE_NOOP, Message
from actviz.state.training import Spec
from actviz.viewmodels.depth import config_from_state, histograms, scale_for

PREVIEW_BATCH = 64
"""Inputs per pass of a preview (the full computation uses the core's default, 256)."""

ANSWERS_KEPT = 16
"""How many depth answers, and how many edge-of-chaos maps, the process keeps for a repeat."""

_T = TypeVar("_T")


class _Kept(Generic[_T]):
    """The newest answers by set-up, at most ``limit``, least recently used out first; safe to
    use from the workers and the GUI thread at once."""

    def __init__(self, limit: int) -> None:
        self._limit = limit
        self._items: OrderedDict[Hashable, _T] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable) -> _T | None:
        with self._lock:
            item = self._items.get(key)
            if item is not None:
                self._items.move_to_end(key)
            return item

    def put(self, key: Hashable, item: _T) -> None:
        with self._lock:
            self._items[key] = item
            self._items.move_to_end(key)
            while len(self._items) > self._limit:
                self._items.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()


_ANSWERS: _Kept[DepthAnswer] = _Kept(ANSWERS_KEPT)
_MAPS: _Kept[PhaseMap] = _Kept(ANSWERS_KEPT)


def forget_answers() -> None:
    """Forget every kept depth answer and map: the next request of each set-up computes it."""
    _ANSWERS.clear()
    _MAPS.clear()


def _spec_key(spec: Spec) -> Hashable | None:
    """The activation as a key; None for a custom formula, which may be redefined under its name."""
    fid, params = spec
    if is_custom(fid):
        return None
    return fid, tuple(sorted(dict(params).items()))


def _answer_key(config: DepthConfig, specs: Sequence[Spec], preview: bool) -> Hashable | None:
    """Everything an answer depends on: the statistics' configuration (whose activations carry
    their parameters), the activations the histograms are of, and whether it is a preview; None
    where a custom formula takes part (its answer is never kept)."""
    acts = tuple(_spec_key(a) for a in config.activations) + tuple(_spec_key(s) for s in specs)
    if None in acts:
        return None
    fields = tuple(getattr(config, f.name) for f in dataclasses.fields(config) if f.name != "activations")
    return acts, fields, preview


@dataclass(frozen=True)
class DepthAnswer:
    """One finished computation: the statistics, the activation list they were computed for, and
    the per-layer histograms of every activation's outputs (``(depth, bins)`` fractions and the
    half-width ``v`` of the value range), so that choosing another activation redraws at once (a
    preview has the selected activation's only; the others are None)."""

    result: DepthResult
    specs: tuple[Spec, ...]
    histograms: tuple[tuple[np.ndarray, float] | None, ...]
    preview: bool = False

    def histogram(self, spec: Spec) -> tuple[np.ndarray, float, Spec] | None:
        """The histograms of ``spec`` (or of the first activation, if it was not computed), with
        the spec they are of; None where a preview left them out."""
        index = self.specs.index(spec) if spec in self.specs else 0
        hist = self.histograms[index]
        return None if hist is None else (hist[0], hist[1], self.specs[index])


@dataclass(frozen=True)
class PhaseAnswer:
    """The edge-of-chaos map of one activation."""

    spec: Spec
    map: PhaseMap


@dataclass(frozen=True)
class _Wanted:
    since: float  # the first request of the burst
    preview: bool


class DepthSession:
    """Coalesced, cancellable depth computations for one :class:`DepthState`, and its presets.

    Parameters
    ----------
    dstate : DepthState
        The set-up; its changes ask for a computation (at ``clock()``).
    deliver : callable
        How the runner hands its callbacks over (see :mod:`actviz.controllers.jobs`).
    coalesce_s : float
        Requests closer together than this make one computation.
    settle_s : float
        After a preview, the full computation is sent once no request came for this long.
    clock : callable
        The time of a change of the state (tests pass their own).
    """

    started = Signal()
    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(str)
    phase_done = Signal(object)

    def __init__(
        self,
        dstate: DepthState,
        deliver: Deliver = deliver_now,
        *,
        coalesce_s: float = 0.04,
        settle_s: float = 0.3,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.dstate = dstate
        self.coalesce_s, self.settle_s = coalesce_s, settle_s
        self._clock = clock
        self._runner = Runner(deliver, name="actviz-depth")
        self._wanted: _Wanted | None = None  # a request not sent yet
        self._owed_full = False  # a preview was sent: the full answer follows when requests pause
        self._last_request = -np.inf
        self._job: Job[DepthAnswer] | None = None
        self._job_preview = False
        self._outdated = threading.Event()  # set when the set-up changed under the running job
        self._dragging = False
        self.active = False  # nothing is computed until a view shows the results
        self._stale = True
        self.answer: DepthAnswer | None = None  # the newest full or preview answer handed out
        self.computations = 0  # how many were sent (for tests and benchmarks)
        self._phase_runner = Runner(deliver, name="actviz-phase")
        self._maps: dict[Spec, PhaseMap] = {}
        self._map_job: Job[PhaseAnswer] | None = None
        self._map_spec: Spec | None = None  # the activation whose map was asked for last
        self.map_computations = 0
        ev = dstate.events
        for sig in self._setup_signals():
            sig.connect(self._on_setup)
        ev.activations.connect(self._on_map_choice)
        ev.selected.connect(self._on_map_choice)

    def _setup_signals(self) -> tuple[Any, ...]:
        ev = self.dstate.events
        return (ev.activations, ev.depth, ev.width, ev.init, ev.scale, ev.residual, ev.seeds, ev.bias_var)

    # ------------------------------------------------------------------ asking
    def _on_setup(self, *_args: Any) -> None:
        self.request(self._clock(), preview=self._dragging)

    def request(self, now: float, *, preview: bool = False) -> None:
        """The set-up changed at ``now``: compute it after the coalescing pause (``tick``).

        A ``preview`` is a quick, rough answer (fewer inputs, one seed) for a control being
        dragged; the full one follows when the requests pause. While inactive (no view shows
        the results) the request is only remembered.
        """
        self._last_request = now
        if not self.active:
            self._stale = True
            return
        if self._wanted is None:
            self._wanted = _Wanted(now, preview)
        elif not preview and self._wanted.preview:
            self._wanted = _Wanted(self._wanted.since, False)  # a full request in the burst wins
        if not preview:
            self._owed_full = False
        if self._job is not None and not self._job.finished and not self._job_preview:
            # Out of date already: let the worker stop early. A running preview finishes, so
            # that a long drag still shows a picture for its steps.
            self._job.cancel()
            self._outdated.set()

    def set_active(self, on: bool, now: float) -> None:
        """A view starts (or stops) showing the results; a change made meanwhile is computed."""
        self.active = on
        if on:
            self.request_map()
        if on and self._stale:
            self._stale = False
            self.request(now)

    def set_dragging(self, on: bool, now: float) -> None:
        """A control is being dragged: its changes are previews until it is released."""
        self._dragging = on
        if not on and self._owed_full:
            self.request(now)  # released: the full statistics now, not after the pause

    @property
    def pending(self) -> bool:
        """Whether a request (or the full answer after a preview) is still to be sent."""
        return self._wanted is not None or self._owed_full

    @property
    def busy(self) -> bool:
        """Whether a computation is on its way or still to be sent."""
        return self.pending or (self._job is not None and not self._job.finished)

    def due(self, now: float) -> float | None:
        """Seconds from ``now`` until ``tick`` has something to send, or None if nothing is owed."""
        if self._wanted is not None:
            return max(0.0, self._wanted.since + self._wait(self._wanted) - now)
        if self._owed_full:
            return max(0.0, self._last_request + self.settle_s - now)
        return None

    def tick(self, now: float) -> bool:
        """Send what is due at ``now``; returns whether a computation was sent."""
        if self._wanted is not None:
            if now - self._wanted.since < self._wait(self._wanted):
                return False
            if self._wanted.preview and self._job_preview and self._job is not None and not self._job.finished:
                return False  # one preview at a time: the newest goes when the running one is drawn
            return self._send(self._wanted.preview)
        if self._owed_full and now - self._last_request >= self.settle_s:
            if self._job_preview and self._job is not None and not self._job.finished:
                # The drag paused while its preview still runs (a slow machine): the preview is
                # shown first; sending the full statistics now would cancel it and leave the
                # old picture for seconds.
                return False
            return self._send(False)
        return False

    def _wait(self, wanted: _Wanted) -> float:
        # A preview goes at once (one at a time, so a fast drag cannot pile them up): every step
        # of a dragged slider gets its picture. Other changes wait to be coalesced.
        return 0.0 if wanted.preview else self.coalesce_s

    def flush(self) -> bool:
        """Send the wanted computation now, without waiting for the coalescing pause."""
        if self._wanted is None and not self._owed_full:
            return False
        return self._send(self._wanted.preview if self._wanted is not None else False)

    def _send(self, preview: bool) -> bool:
        self._wanted = None
        self._owed_full = preview
        ds = self.dstate
        try:
            config = config_from_state(ds)
        except ValueError as e:
            self.failed.emit(Message(QT_TRANSLATE_NOOP("DepthView", "Cannot compute this set-up: {e}"), e=str(e)))
            return False
        if preview:
            config = config.replace(batch=min(PREVIEW_BATCH, config.batch), seeds=config.seeds[:1])
        snapshot = DepthState()  # the worker reads this copy, never the live state
        problems = snapshot.apply(ds.to_dict())
        assert not problems, problems  # the state's own values are valid
        specs = tuple(ds.activations)
        self.computations += 1
        self.started.emit()
        outdated = self._outdated = threading.Event()
        self._job = self._runner.submit(
            lambda progress, cancel: _compute(config, snapshot, specs, preview, progress, cancel),
            lambda answer: self._on_done(outdated, answer),
            on_progress=self._on_progress,
            on_failed=self._on_failed,
        )
        self._job_preview = preview
        return True

    # ------------------------------------------------------------------ answers
    def _on_progress(self, done: int, total: int) -> None:
        self.progress.emit(done, total)

    def _on_done(self, outdated: threading.Event, answer: DepthAnswer) -> None:
        if outdated.is_set():
            return  # the set-up changed while it ran: a newer answer is on its way
        self.answer = answer
        self.done.emit(answer)

    def _on_failed(self, error: BaseException) -> None:
        self.failed.emit(
            Message(
                QT_TRANSLATE_NOOP("DepthView", "The depth computation failed: {message}"),
                message=f"{type(error).__name__}: {error}",
            )
        )

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the computation last sent has ended (its answer handed to ``deliver``)."""
        job = self._job
        return job is None or job.wait(timeout)

    # ------------------------------------------------------------------ the edge-of-chaos map
    def map_spec(self) -> Spec:
        """The activation the map is of: the selected one."""
        ds = self.dstate
        specs = ds.activations
        return specs[min(ds.selected, len(specs) - 1)]

    def _on_map_choice(self, *_args: Any) -> None:
        if self.active:
            self.request_map()

    def request_map(self) -> bool:
        """Compute the selected activation's map on the map's worker (at once from the cache);
        returns whether a computation was sent."""
        spec = self.map_spec()
        running = self._map_job is not None and not self._map_job.finished
        if spec == self._map_spec and (spec in self._maps or running):
            return False  # drawn already, or on its way
        self._map_spec = spec
        key = _spec_key(spec)
        cached = self._maps.get(spec) or (None if key is None else _MAPS.get(key))
        if cached is not None:
            self._maps[spec] = cached
            self.phase_done.emit(PhaseAnswer(spec, cached))
            return False
        self.map_computations += 1
        self._map_job = self._phase_runner.submit(
            lambda progress, cancel: PhaseAnswer(spec, phase_map((spec[0], dict(spec[1])))),
            self._on_map,
            on_failed=self._on_failed,
        )
        return True

    def _on_map(self, answer: PhaseAnswer) -> None:
        self._maps[answer.spec] = answer.map
        key = _spec_key(answer.spec)
        if key is not None:
            _MAPS.put(key, answer.map)
        if answer.spec == self._map_spec:
            self.phase_done.emit(answer)

    def wait_map(self, timeout: float | None = None) -> bool:
        """Block until the map last asked for has been computed (handed to ``deliver``)."""
        job = self._map_job
        return job is None or job.wait(timeout)

    def click_map(self, weight_var: float, bias_var: float) -> None:
        """A click on the map at (σ_w², σ_b²): the weight scale that gives this σ_w² with the
        current initialisation, and this bias variance (both clipped to the map's ranges and
        the controls' steps); the state then asks for the statistics."""
        lo, hi = WEIGHT_VAR_RANGE
        sw = min(max(float(weight_var), lo), hi)
        sb = round(min(max(float(bias_var), BIAS_VAR_RANGE[0]), BIAS_VAR_RANGE[1]), 2)
        self.dstate.set_scale(scale_for(self.dstate, sw))
        self.dstate.set_bias_var(sb)

    # ------------------------------------------------------------------ presets
    @staticmethod
    def preset_names() -> list[str]:
        return list(PRESETS)

    def apply_preset(self, name: str) -> None:
        """Set the state to a lecture preset (a refusal for an unknown name); it then recomputes."""
        self.dstate.apply_preset(name)

    def apply_preset_number(self, k: int) -> bool:
        """Preset ``k`` (0-based, as the keys 1–5 count from 1); False if there is none."""
        names = self.preset_names()
        if not 0 <= k < len(names):
            return False
        self.apply_preset(names[k])
        return True

    # ------------------------------------------------------------------ ending
    def shutdown(self, wait: bool = True) -> None:
        """Cancel the running computation and stop the worker (the window is closing)."""
        self._wanted, self._owed_full = None, False
        self.active = False
        ev = self.dstate.events
        for sig in self._setup_signals():
            sig.disconnect(self._on_setup)
        ev.activations.disconnect(self._on_map_choice)
        ev.selected.disconnect(self._on_map_choice)
        self._runner.shutdown(wait=wait)
        self._phase_runner.shutdown(wait=wait)


def _compute(
    config: DepthConfig,
    snapshot: DepthState,
    specs: Sequence[Spec],
    preview: bool,
    progress: Callable[[int, int], None],
    cancel: Any,
) -> DepthAnswer:
    key = _answer_key(config, specs, preview)
    kept = None if key is None else _ANSWERS.get(key)
    if kept is not None:
        # Under the specs as asked now (equal to the kept ones up to the order of parameters),
        # which the view looks its histograms up by.
        return dataclasses.replace(kept, specs=tuple(specs))
    result = depth_stats(config, progress=progress, cancel=cancel)
    result.mean_field  # noqa: B018 - the theory's lines, computed here rather than on the GUI thread
    hists: list[tuple[np.ndarray, float] | None] = []
    # A preview draws the selected activation's histograms only: they cost more than its statistics.
    wanted = [min(snapshot.selected, len(specs) - 1)] if preview else range(len(specs))
    for index in range(len(specs)):
        if cancel.is_set():
            raise Cancelled
        batch = PREVIEW_BATCH if preview else 256
        hists.append(histograms(snapshot, index, batch=batch) if index in wanted else None)
    answer = DepthAnswer(result, tuple(specs), tuple(hists), preview)
    if key is not None:
        _ANSWERS.put(key, answer)
    return answer


__all__ = ["ANSWERS_KEPT", "PREVIEW_BATCH", "DepthAnswer", "DepthSession", "PhaseAnswer", "forget_answers"]
