"""Animated parameters, without Qt: where a playing slider goes next, and which values leave
a trace. The Qt side only calls :func:`advance` once per frame and writes the state."""

from __future__ import annotations

import math
from dataclasses import dataclass

MODES = ("loop", "bounce", "once")
SPEEDS = (0.25, 0.5, 1.0, 2.0, 4.0)  # sweeps of the whole slider per 8 s at 1×
SWEEP_SECONDS = 8.0
TRACE_STEPS = 10  # a traced family: α = lo, lo + (hi − lo)/10, …, hi


@dataclass
class Motion:
    """One parameter in motion: its slider range, mode, speed and direction."""

    lo: float
    hi: float
    mode: str = "bounce"
    speed: float = 1.0
    direction: int = 1

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise ValueError(f"animation mode must be one of {', '.join(MODES)}, got {self.mode!r}")
        if not (math.isfinite(self.lo) and math.isfinite(self.hi) and self.lo < self.hi):
            raise ValueError(f"an animated parameter needs a finite range, got [{self.lo}, {self.hi}]")
        if not (math.isfinite(self.speed) and self.speed > 0):
            raise ValueError(f"animation speed must be a positive number, got {self.speed!r}")


def advance(m: Motion, value: float, dt: float) -> tuple[float, bool]:
    """The value after ``dt`` seconds, and whether the motion has ended (``once`` at its end).

    ``loop`` jumps back to the start at the end, ``bounce`` turns round, ``once`` stops.
    """
    span = m.hi - m.lo
    value = min(max(value, m.lo), m.hi)
    step = span * m.speed * max(dt, 0.0) / SWEEP_SECONDS
    v = value + m.direction * step
    if m.lo <= v <= m.hi:
        return v, False
    if m.mode == "once":
        return (m.hi if m.direction > 0 else m.lo), True
    if m.mode == "loop":
        over = (v - m.hi) if m.direction > 0 else (m.lo - v)
        over = math.fmod(over, span)
        return ((m.lo + over) if m.direction > 0 else (m.hi - over)), False
    # bounce: reflect off the end (possibly several times for a huge dt)
    while not m.lo <= v <= m.hi:
        if v > m.hi:
            v = 2 * m.hi - v
            m.direction = -1
        else:
            v = 2 * m.lo - v
            m.direction = 1
    return v, False


def trace_marks(lo: float, hi: float, steps: int = TRACE_STEPS) -> list[float]:
    """The values at which a traced animation leaves a faded copy of the curve."""
    return [lo + (hi - lo) * k / steps for k in range(steps + 1)]


def crossed(marks: list[float], before: float, after: float) -> list[float]:
    """The marks passed when a value moves from ``before`` to ``after`` (ends included once)."""
    a, b = sorted((before, after))
    return [m for m in marks if a < m <= b] if after >= before else [m for m in marks if a <= m < b]


__all__ = ["MODES", "SPEEDS", "TRACE_STEPS", "Motion", "advance", "crossed", "trace_marks"]
