"""The Function view's behaviour, without Qt: the animation clock, the automatic y range with
its hysteresis, parameter nudges, function search, the readout text, what a frame draws and
the data export.

The widgets forward input here and draw what comes back: the parameter panel calls
:meth:`FunctionController.tick` from its timer with the time, the plot asks
:meth:`FunctionController.plan_frame` what to draw and pushes it to pyqtgraph with ``setData``.
Everything that changes the view goes through the one :class:`~actviz.state.State`; the widgets
follow the State.
"""

from __future__ import annotations

import html
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from psygnal import Signal, SignalGroup

from actviz.core import Activation, Param, Samples, get, names, sample
from actviz.state import Overlay, State
from actviz.state.texts import QT_TRANSLATE_NOOP, RefusalError
from actviz.viewmodels import theme
from actviz.viewmodels.animation import MODES, SPEEDS, Motion, advance
from actviz.viewmodels.export import function_csv
from actviz.viewmodels.function import AutoY, KinkDots, fmt_short, kink_dots, needs_envelope, readout_rows

CONTEXT = "FunctionController"
MAX_FRAME_STEP = 0.1  # s: a stalled frame moves the animation by at most this much
SETTLE_SECONDS = 0.25  # the automatic y range fits tightly once input has paused this long
CURVE_NAMES = ("f", "f′", "f″")


# ------------------------------------------------------------------------ slider scale
@dataclass(frozen=True)
class ParamScale:
    """A numeric parameter as slider ticks: ``lo + tick · step``. With no upper limit (Keras's
    ``max_value=None``) the last tick stands for ∞."""

    lo: float
    step: float
    ticks: int
    infinite_top: bool

    @classmethod
    def of(cls, p: Param) -> ParamScale:
        infinite = math.isinf(p.max)
        top = (p.soft_max if p.soft_max is not None else p.min + 100 * p.step) + p.step if infinite else p.max
        return cls(p.min, p.step, round((top - p.min) / p.step), infinite)

    # float <-> tick: round(), never int(): int(0.29 / 0.01) is 28 and the slider would jump back.
    def value_to_tick(self, v: float) -> int:
        if math.isinf(v):
            return self.ticks
        top = self.ticks - 1 if self.infinite_top else self.ticks  # the last tick means ∞
        pos = (v - self.lo) / self.step
        if not math.isfinite(pos):  # e.g. max_value=1e308: far past the slider's end
            return top if pos > 0 else 0
        return max(0, min(round(pos), top))

    def tick_to_value(self, t: int) -> float:
        if self.infinite_top and t >= self.ticks:
            return math.inf
        return round(self.lo + t * self.step, 12)  # 0.1 + 19 * 0.01 is 0.29000000000000004

    def finite_span(self) -> tuple[float, float]:
        """The range an animation sweeps: the slider's, without its ∞ tick."""
        return self.tick_to_value(0), self.tick_to_value(self.ticks - 1 if self.infinite_top else self.ticks)


def animatable(act: Activation) -> Param | None:
    """The first parameter with a slider (choices do not animate, nor nudge as numbers)."""
    return next((p for p in act.params if not p.is_choice and math.isfinite(p.min)), None)


# ------------------------------------------------------------------------ search
def _query(text: str) -> str:
    """What was typed, without the ``label  ·  id`` decoration of a list entry."""
    text = text.strip()
    return (text.split("·")[-1] if "·" in text else text).strip().lower()


def rank_functions(text: str, ids: Sequence[str] | None = None) -> list[str]:
    """The functions that match ``text``, best first: an exact id or name, then those whose id
    or name starts with it, then those that contain it; each group in display order."""
    low = _query(text)
    if not low:
        return []
    ids = list(names() if ids is None else ids)
    exact, prefix, inside = [], [], []
    for i in ids:
        keys = (i.lower(), get(i).label.lower())
        if low in keys:
            exact.append(i)
        elif any(k.startswith(low) for k in keys):
            prefix.append(i)
        elif any(low in k for k in keys):
            inside.append(i)
    return exact + prefix + inside


def match_function(text: str, ids: Sequence[str] | None = None) -> str | None:
    """The one function ``text`` names: an exact id or name, or the only one containing it."""
    low = _query(text)
    ids = list(names() if ids is None else ids)
    exact = next((i for i in ids if i.lower() == low or get(i).label.lower() == low), None)
    if exact is not None:
        return exact
    hits = rank_functions(text, ids)
    return hits[0] if len(hits) == 1 else None


# ------------------------------------------------------------------------ a frame
@dataclass(frozen=True)
class CurvePlan:
    """One curve to push: its order (0 f, 1 f′, 2 f″), samples, and whether it is denser than
    the pixels (then it is drawn as its envelope). ``panel`` is 0 for the main plot, else the
    order of the stacked panel that holds it."""

    order: int
    x: np.ndarray
    y: np.ndarray
    connect: Any
    dense: bool
    panel: int = 0


@dataclass(frozen=True)
class PinPlan:
    """One pinned function's samples, and whether they are new (to be pushed again)."""

    overlay: Overlay
    samples: Samples
    dense: bool
    fresh: bool


@dataclass(frozen=True)
class FramePlan:
    """What one frame draws: the live curves (hidden ones are not listed), the kink dots, the
    pins, and the y ranges to apply now (``None``: keep the axes still)."""

    samples: Samples
    curves: tuple[CurvePlan, ...]
    kinks: KinkDots
    pins: tuple[PinPlan, ...]
    y_range: tuple[float, float] | None
    panel_y: dict[int, tuple[float, float]] = field(default_factory=dict)
    settle_later: bool = False


class FunctionEvents(SignalGroup):
    playing = Signal(bool)  # the animation started (True) or stopped (False)
    motion = Signal(str, float)  # the animation's mode and speed changed


class FunctionController:
    """The Function view's behaviour. One per window; the widgets hold a reference."""

    def __init__(self, state: State) -> None:
        self.state = state
        self.events = FunctionEvents()
        self._mode = "bounce"
        self._speed = 1.0
        self._motion: Motion | None = None
        self._animated: str | None = None
        self._last_tick: float | None = None
        self.auto_y = AutoY()
        self.panel_y: dict[int, AutoY] = {1: AutoY(), 2: AutoY()}
        self._settle_pending = False
        self._last_fit: float | None = None
        self._pin_cache: dict[Overlay, tuple[tuple[Any, ...], Samples]] = {}
        # Before any widget: a new function, other curves or pins start a fresh automatic y range
        # before the plot draws with it.
        ev = state.events
        ev.function.connect(self._on_function, priority=100)
        ev.shown.connect(self.reset_y, priority=100)
        ev.overlays.connect(self._on_overlays, priority=100)
        ev.layout.connect(self.reset_y, priority=100)
        ev.y_range.connect(self._on_y_range, priority=100)

    # -- state events --------------------------------------------------------------------------
    def _on_function(self, *_args: Any) -> None:
        self.stop()  # a new function: nothing keeps playing
        self.reset_y()

    def _on_overlays(self, overlays: Sequence[Overlay]) -> None:
        self._pin_cache = {ov: v for ov, v in self._pin_cache.items() if ov in overlays}
        self.reset_y()

    def _on_y_range(self, rng: Any) -> None:
        if rng is None:
            self.reset_y()

    # -- animation -----------------------------------------------------------------------------
    @property
    def mode(self) -> str:
        return self._mode

    @property
    def speed(self) -> float:
        return self._speed

    @property
    def playing(self) -> bool:
        return self._motion is not None

    @property
    def animated(self) -> str | None:
        """The name of the parameter that plays, or None."""
        return self._animated if self.playing else None

    def set_mode(self, mode: str) -> None:
        if mode not in MODES:
            raise RefusalError(
                QT_TRANSLATE_NOOP(CONTEXT, "animation mode must be one of {modes}, got {mode!r}"),
                modes=", ".join(MODES),
                mode=mode,
            )
        if mode != self._mode:
            self._mode = mode
            if self._motion is not None:
                self._motion.mode = mode
            self.events.motion.emit(self._mode, self._speed)

    def set_speed(self, speed: float) -> None:
        speed = float(speed)
        if not (math.isfinite(speed) and speed > 0):
            raise RefusalError(
                QT_TRANSLATE_NOOP(CONTEXT, "animation speed must be a positive number, got {speed}"), speed=speed
            )
        if speed != self._speed:
            self._speed = speed
            if self._motion is not None:
                self._motion.speed = speed
            self.events.motion.emit(self._mode, self._speed)

    def play(self, now: float) -> None:
        """Start animating the first numeric parameter from time ``now`` (seconds)."""
        p = animatable(self.state.activation)
        if p is None:
            raise RefusalError(
                QT_TRANSLATE_NOOP(CONTEXT, "{label} has no parameter to animate"), label=self.state.activation.label
            )
        if self.playing:
            return
        lo, hi = ParamScale.of(p).finite_span()
        motion = Motion(lo, hi, self._mode, self._speed)
        if motion.mode != "bounce" and self.state.params[p.name] >= hi:
            self.state.set_param(p.name, lo)  # loop and once start from the beginning
        self._motion, self._animated, self._last_tick = motion, p.name, now
        self.events.playing.emit(True)

    def stop(self) -> None:
        if self._motion is None:
            return
        self._motion = None
        self._last_tick = None
        self.events.playing.emit(False)

    def toggle(self, now: float) -> None:
        if self.playing:
            self.stop()
        else:
            self.play(now)

    def tick(self, now: float) -> None:
        """One frame at time ``now``: the animated parameter moves by the time passed (at most
        :data:`MAX_FRAME_STEP`) and the State gets the new value."""
        m, name = self._motion, self._animated
        if m is not None:
            params = self.state.params
            if name is None or name not in params:
                self.stop()
            else:
                dt = 0.0 if self._last_tick is None else now - self._last_tick
                self._last_tick = now
                value, ended = advance(m, float(params[name]), min(dt, MAX_FRAME_STEP))
                step = self.state.activation.param(name).step / 10  # no float noise in the boxes
                self.state.set_param(name, min(max(round(value / step) * step, m.lo), m.hi))
                if ended:
                    self.stop()

    # -- nudges --------------------------------------------------------------------------------
    def nudge(self, direction: int) -> None:
        """One step of the first parameter: a slider tick, or the next/previous choice."""
        act = self.state.activation
        if not act.params:
            raise RefusalError(QT_TRANSLATE_NOOP(CONTEXT, "{label} has no parameter to adjust"), label=act.label)
        p = act.params[0]
        value = self.state.params[p.name]
        if p.choices is not None:
            i = p.choices.index(value) if value in p.choices else 0
            self.state.set_param(p.name, p.choices[(i + direction) % len(p.choices)])
            return
        scale = ParamScale.of(p)
        tick = min(max(scale.value_to_tick(value) + direction, 0), scale.ticks)
        self.state.set_param(p.name, scale.tick_to_value(tick))

    # -- automatic y ---------------------------------------------------------------------------
    def reset_y(self, *_args: Any) -> None:
        self.auto_y.reset()
        for a in self.panel_y.values():
            a.reset()

    def fit_y(
        self,
        arrays: Iterable[np.ndarray],
        pinned: Iterable[np.ndarray] = (),
        bounds: Iterable[tuple[bool, bool]] | None = None,
        now: float | None = None,
    ) -> tuple[float, float] | None:
        """Fold the drawn data into the automatic y range; the range to apply now, or None to
        keep the axes still. The State learns the range in use (the greyed y boxes show it)."""
        new, later = self.auto_y.update(arrays, pinned, bounds)
        if new is not None:
            self.state.set_auto_y_range(new)
        self._note_fit(later, now)
        return new

    def fit_panel_y(
        self, order: int, arrays: Iterable[np.ndarray], now: float | None = None
    ) -> tuple[float, float] | None:
        new, later = self.panel_y[order].update(arrays)
        self._note_fit(later, now)
        return new

    def _note_fit(self, later: bool, now: float | None) -> None:
        if later:
            self._settle_pending = True
        if now is not None:
            self._last_fit = now

    @property
    def settle_pending(self) -> bool:
        return self._settle_pending

    def settle_y(self, now: float | None = None) -> tuple[tuple[float, float] | None, dict[int, tuple[float, float]]]:
        """Input has paused: the snug ranges (main, and per stacked panel) that differ from the
        ones in use. With ``now``, nothing happens before :data:`SETTLE_SECONDS` of quiet."""
        if not self._settle_pending:
            return None, {}
        if now is not None and self._last_fit is not None and now - self._last_fit < SETTLE_SECONDS:
            return None, {}
        self._settle_pending = False
        panels = {}
        if self.state.layout == "stacked":
            for order, a in self.panel_y.items():
                t = a.tight()
                if t is not None:
                    panels[order] = t
        if self.state.y_range is not None:
            return None, panels
        tight = self.auto_y.tight()
        if tight is not None:
            self.state.set_auto_y_range(tight)
        return tight, panels

    # -- a frame -------------------------------------------------------------------------------
    def plan_frame(self, width: int, height: int, stacked: bool = False, now: float | None = None) -> FramePlan:
        """Sample the live function and the pins for the visible range at ``width`` × ``height``
        pixels, and say what to draw and which y ranges to apply."""
        st = self.state
        act, params, x_range = st.activation, st.params, st.x_range
        shown = st.shown
        orders = tuple(i for i in range(3) if shown[i]) or (0,)
        y_fixed = st.y_range
        y_sample = y_fixed or self.auto_y.current
        s = sample(act, params, x_range, width, height_px=height, y_range=y_sample, orders=orders)
        dense = needs_envelope(len(s.x), width)
        curves = []
        extents: list[np.ndarray] = []
        by_order: dict[int, list[np.ndarray]] = {1: [], 2: []}
        for i in range(3):
            if not shown[i]:
                continue
            on_panel = i if stacked and i else 0
            curves.append(CurvePlan(i, s.x, s.y[i], s.connect(i), dense, on_panel))
            (by_order[i] if on_panel else extents).append(s.y[i])

        pins, pinned, bounds = [], [], []
        for ov in st.overlays:
            # A pinned curve only changes with the view, not with the live function's
            # parameters: while a slider is dragged it is neither re-sampled nor re-sent.
            key = (x_range, width, height, y_fixed, shown[1])
            cached = self._pin_cache.get(ov)
            fresh = cached is None or cached[0] != key
            if fresh:
                os_ = sample(
                    get(ov.function_id),
                    ov.param_dict,
                    x_range,
                    width,
                    height_px=height,
                    y_range=y_sample,
                    orders=(0, 1) if shown[1] else (0,),
                )
                self._pin_cache[ov] = (key, os_)
            else:
                os_ = cached[1]  # type: ignore[index]
            pins.append(PinPlan(ov, os_, needs_envelope(len(os_.x), width), fresh))
            props = get(ov.function_id).properties
            pinned.append(os_.f)
            bounds.append((props.bounded_below, props.bounded_above) if props is not None else (False, False))
            if shown[1] and stacked:
                by_order[1].append(os_.df)
            elif shown[1]:
                pinned.append(os_.df)
                bounds.append((False, False))

        y_range = self.fit_y(extents, pinned, bounds, now) if y_fixed is None else None
        panel_y = {}
        if stacked:
            for order in (1, 2):
                if shown[order]:
                    new = self.fit_panel_y(order, by_order[order], now)
                    if new is not None:
                        panel_y[order] = new
        return FramePlan(s, tuple(curves), kink_dots(s, shown), tuple(pins), y_range, panel_y, self._settle_pending)

    def forget_pins(self) -> None:
        """Pins are pushed again on the next frame (a new look: an envelope follows the pen)."""
        self._pin_cache.clear()

    # -- readout -------------------------------------------------------------------------------
    def readout(self, x: float) -> tuple[str, dict[str, float]]:
        """The readout line at ``x`` (rich text: every visible curve's exact value to 4
        significant digits, in its colour) and the live values by name (f, f′, f″ shown)."""
        st = self.state
        look = theme.look(st.theme)
        pins = [(ov.label(), get(ov.function_id), ov.param_dict, look.overlay(ov.slot)) for ov in st.overlays]
        rows = readout_rows(st.activation, st.params, st.shown, pins, x, look.curves)
        parts = [f"x = {fmt_short(x, 5)}"]
        for r, row in enumerate(rows):
            if r == 0:
                for name, v in row.values:
                    color = look.curves[CURVE_NAMES.index(name)]
                    parts.append(f"<span style='color:{color}'><b>{name}</b> = {fmt_short(v)}</span>")
            else:
                vals = ", ".join(f"{name} = {fmt_short(v)}" for name, v in row.values)
                parts.append(f"<span style='color:{row.color}'><b>{html.escape(row.label)}</b>: {vals}</span>")
        return "&nbsp;&nbsp;&nbsp;".join(parts), dict(rows[0].values)

    # -- export --------------------------------------------------------------------------------
    def export_csv(self, n: int = 1001) -> str:
        """The data export: x, then f, f′, f″ of the live function, then each pin's f (and f′
        when f′ is shown), on a clean grid over the x range plus every kink."""
        st = self.state
        return function_csv(st.function_id, st.params, st.overlays, st.shown, st.x_range, n)


__all__ = [
    "MODES",
    "SPEEDS",
    "CurvePlan",
    "FramePlan",
    "FunctionController",
    "FunctionEvents",
    "ParamScale",
    "PinPlan",
    "animatable",
    "match_function",
    "rank_functions",
]
