"""The Depth view's presets (keys 1–5), pressed the first time and pressed again.

Run: ``python benchmarks/bench_depth_presets.py [--rounds 5]``

Each round forgets the kept answers, presses every preset (each is computed on the session's
worker), then presses every preset again (each answer comes back from the process's store of
the last 16). Times are from the change of the state to the answer handed over, with the
Qt-free session (no drawing). Baseline, same run: ``np.tanh`` over 10⁶ float64, warmed up.
"""

from __future__ import annotations

import argparse
import statistics
import time

import numpy as np

from actviz.controllers import depth as controller
from actviz.controllers.depth import DepthSession
from actviz.state.depth import PRESETS, DepthState


def _line(name: str, ms: list[float]) -> str:
    p90, p99 = np.percentile(ms, [90, 99])
    return f"{name:28s} median {statistics.median(ms):7.1f} ms   p90 {p90:7.1f}   p99 {p99:7.1f}   n = {len(ms)}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    x = np.linspace(-5.0, 5.0, 1_000_000)
    for _ in range(5):
        np.tanh(x)  # the first calls pay page faults, not the machine's speed
    ds = DepthState()
    session = DepthSession(ds)
    session.set_active(True, 0.0)
    session.flush()
    session.wait(120)
    first: list[float] = []
    again: list[float] = []
    base: list[float] = []
    try:
        for _ in range(args.rounds):
            controller.forget_answers()
            for times in (first, again):
                for name in PRESETS:
                    t = time.perf_counter()
                    ds.apply_preset(name)
                    session.flush()
                    session.wait(120)
                    times.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            np.tanh(x)
            base.append((time.perf_counter() - t) * 1000)
    finally:
        session.shutdown()
    print(_line("preset, first press", first))
    print(_line("preset, pressed again", again))
    print(_line("baseline np.tanh(1e6)", base))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
