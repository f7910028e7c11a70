"""Depth drag benchmark: slider step → new picture while the depth slider is dragged.

Run: ``python benchmarks/bench_depth_drag.py [--steps N] [--acts sigmoid,tanh,relu,gelu]``

The Depth view (headless, offscreen) with four activations at width 64 is dragged one step at a
time around depth 30 and around depth 100: each step is a preview (fewer inputs, the first
seed), and the time from the step (the slider's new value) to the new picture (the preview drawn
and painted) is timed. Then the drag pauses and the full statistics follow (timed too). Medians
and p99, and the multiple of a baseline timed in the same run (``np.tanh`` over 10⁶ float64).
Target: every step's picture within 100 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["ACTVIZ_SETTINGS"] = "none"
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

TARGET_MS = 100.0


def percentile(times: list[float], p: float) -> float:
    s = sorted(times)
    return s[min(len(s) - 1, round(p * (len(s) - 1)))]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--steps", type=int, default=40)
    ap.add_argument("--acts", default="sigmoid,tanh,relu,gelu", help="comma-separated activation ids")
    args = ap.parse_args(argv)

    import numpy as np

    from actviz.ui.qt import QtCore, QtWidgets

    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    from actviz.ui import MainWindow

    x = np.linspace(-10.0, 10.0, 1_000_000)
    base = []
    for _ in range(50):
        t0 = time.perf_counter()
        np.tanh(x)
        base.append((time.perf_counter() - t0) * 1e3)
    b = statistics.median(base)
    print(f"baseline np.tanh(1e6 float64): median {b:.2f} ms (50 runs)")

    win = MainWindow()
    win.resize(1920, 1080)
    win.show()
    win.tabs.setCurrentIndex(2)
    dv = win.depth_view
    ds = dv.dstate
    ds.set_activations([(a, {}) for a in args.acts.split(",")])
    ds.set_width(64)
    assert dv.wait_idle(60000)

    drawn: list[tuple[float, bool, int]] = []
    draw = dv._draw

    def timed_draw(result):  # the picture is new once drawn and painted
        draw(result)
        dv.grad_plot.viewport().repaint()
        dv.hist_plot.viewport().repaint()
        drawn.append((time.perf_counter(), result.config.seeds == (0,), result.config.depth))

    dv._draw = timed_draw

    # The event loop sleeps until an event comes, as the app's does: a loop spinning on
    # processEvents would hold the interpreter lock against the worker thread and time itself.
    wake = QtCore.QTimer(interval=50)  # and wakes up at least this often to check the clock
    wake.start()
    flags = QtCore.QEventLoop.ProcessEventsFlag.AllEvents | QtCore.QEventLoop.ProcessEventsFlag.WaitForMoreEvents

    def wait_for(pred, timeout: float = 30.0) -> bool:
        end = time.perf_counter() + timeout
        while not pred() and time.perf_counter() < end:
            app.processEvents(flags)
        return pred()

    print(f"activations: {args.acts}; width 64; {args.steps} slider steps per depth")
    print(f"{'case':<34} {'median ms':>10} {'p99':>8} {'× base':>7}")
    for depth in (30, 100):
        ds.set_depth(depth)
        assert dv.wait_idle(60000)
        dv.depth.setSliderDown(True)  # pressed: the drag begins (sliderPressed)
        steps = []
        for k in range(args.steps):
            value = depth - 1 if k % 2 == 0 else depth
            drawn.clear()
            t0 = time.perf_counter()
            dv.depth.setValue(value)  # one step of the drag
            if not wait_for(lambda v=value: any(p and d == v for _t, p, d in drawn)):
                print(f"  step to {value}: no picture within 30 s")
                continue
            t1 = next(t for t, p, d in drawn if p and d == value)
            steps.append((t1 - t0) * 1e3)
        drawn.clear()
        t0 = time.perf_counter()
        dv.depth.setSliderDown(False)  # released (sliderReleased)
        wait_for(lambda: any(not p for _t, p, _d in drawn))
        full = (drawn[-1][0] - t0) * 1e3 if drawn else float("nan")
        if not steps:
            continue
        med, p99 = statistics.median(steps), percentile(steps, 0.99)
        flag = "ok" if p99 <= TARGET_MS else "over target"
        print(f"{f'depth {depth}: step → preview':<34} {med:>10.1f} {p99:>8.1f} {med / b:>7.1f}  {flag}")
        print(f"{f'depth {depth}: release → full':<34} {full:>10.1f} {'':>8} {full / b:>7.1f}")
    dv.shutdown()
    win.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
