"""Frame-time tail: slider move → painted frame, median and tails, with a baseline.

Run: ``QT_QPA_PLATFORM=offscreen python benchmarks/bench_frames.py [--size 1920x1080] [--sweeps 3]
[--scale normal huge] [--theme dark]``

Each scenario runs once per ``--scale`` given (projector scale: thicker pens, larger text), in
the same run and against the same baseline.

Scenarios (each frame = one slider tick written as a drag does, then a synchronous repaint of
the plot's viewport, so painting is inside the measured time):

* ``leaky sweep``: Leaky ReLU's α from 0 to 1 and back, f and f′ shown. The automatic y range
  changes along the way, which re-lays out the axes: this is the tail a lecturer feels.
* ``sine ω₀=60``: SIREN sine over x ∈ [−20, 20] with f, f′, f″ — a curve denser than the
  pixels, drawn as its per-column envelope; ω₀ swept over its top ticks.
* ``stacked``: the same α sweep in the stacked layout (f, f′, f″ in three panels, each with
  its own automatic y range); with ``--scale normal huge``, at the largest projector scale too.
* ``grid``: the same sweep in the grid layout with three pinned functions (four cells).

Baseline in the same run: ``np.tanh`` over 10⁶ float64 (the machine's speed varies up to 3×).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("ACTVIZ_SETTINGS", "none")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np


def pct(xs: list[float], q: float) -> float:
    return float(np.percentile(np.asarray(xs), q))


def baseline_ms(reps: int = 15) -> float:
    x = np.linspace(-5, 5, 1_000_000)
    out = []
    for _ in range(reps):
        t0 = time.perf_counter()
        np.tanh(x)
        out.append((time.perf_counter() - t0) * 1e3)
    return statistics.median(out)


def run_frames(win, app, name: str, ticks: list[int]) -> tuple[list[float], list[bool]]:
    """Each frame: move the slider one tick, then let Qt run its event loop once, which
    paints the plot (exactly one paint per move, as in the real window: checked)."""
    from actviz.ui.qt import QtCore

    slider = win.param_panel.controls[name].slider
    viewport = win.plot_view.graphics_views()[0].viewport()  # the grid's, in the grid layout
    vb = win.plot_view.vb
    paints = [0]

    class Count(QtCore.QObject):
        def eventFilter(self, obj, ev):
            if ev.type() == QtCore.QEvent.Type.Paint:
                paints[0] += 1
            return False

    counter = Count()
    viewport.installEventFilter(counter)
    for t in ticks[:5]:  # warm caches and fonts
        slider.setValue(t)
        app.processEvents()
    times, changed, missed = [], [], 0
    for t in ticks:
        before, p0 = vb.viewRange()[1], paints[0]
        t0 = time.perf_counter()
        slider.setValue(t)
        app.processEvents()
        times.append((time.perf_counter() - t0) * 1e3)
        changed.append(vb.viewRange()[1] != before)
        missed += paints[0] == p0 and slider.value() == t and t != ticks[0]
    viewport.removeEventFilter(counter)
    if missed > len(ticks) // 10:
        print(f"warning: {missed} moves were not painted", file=sys.stderr)
    return times, changed


def report(label: str, times: list[float], changed: list[bool] | None = None) -> None:
    print(
        f"{label:<38} n={len(times):4d}  median {statistics.median(times):6.2f} ms  "
        f"p90 {pct(times, 90):6.2f}  p99 {pct(times, 99):6.2f}  max {max(times):6.2f}"
    )
    if changed is not None and any(changed):
        ch = [t for t, c in zip(times, changed) if c]
        print(
            f"{'   of which y range changed':<38} n={len(ch):4d}  median {statistics.median(ch):6.2f} ms  "
            f"max {max(ch):6.2f}"
        )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", default="1920x1080")
    ap.add_argument("--sweeps", type=int, default=3)
    ap.add_argument("--scale", nargs="+", default=["normal"], choices=("normal", "large", "huge"))
    ap.add_argument("--theme", default="light", choices=("light", "dark", "contrast"))
    args = ap.parse_args(argv)
    size = tuple(int(v) for v in args.size.split("x"))

    from actviz.core import tune_allocator
    from actviz.state import State
    from actviz.ui.qt import QtWidgets
    from actviz.ui.window import MainWindow

    tune_allocator()
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    base = baseline_ms()

    sweep = list(range(0, 101)) + list(range(100, -1, -1))

    def window(st):
        st.set_theme(args.theme)
        w = MainWindow(st)
        w.resize(*size)
        w.show()
        app.processEvents()
        return w

    def leaky(scale: str, layout: str = "overlay", pins: tuple[str, ...] = ()):
        st = State("leaky_relu")
        st.set_scale(scale)
        st.set_layout(layout)
        if layout == "stacked":
            st.set_derivatives(2)
        for fid in pins:
            st.pin(fid)
        w = window(st)
        out = run_frames(w, app, "negative_slope", sweep * args.sweeps)
        w.close()
        return out

    results = []
    for scale in args.scale:
        times, changed = leaky(scale)
        st_times, st_changed = leaky(scale, "stacked")
        g_times, _ = leaky(scale, "grid", ("relu", "elu", "tanh"))
        st = State("sine")
        st.set_x_range(-20, 20)
        st.set_derivatives(2)
        st.set_scale(scale)
        win2 = window(st)
        top = win2.param_panel.controls["w0"].slider.maximum()
        s_times, _ = run_frames(win2, app, "w0", [top - k % 20 for k in range(60)])
        win2.close()
        results.append((scale, (times, changed), (st_times, st_changed), g_times, s_times))

    print(
        f"window {size[0]}x{size[1]}, theme {args.theme}; baseline np.tanh(1e6 float64) median {base:.2f} ms (same run)"
    )
    for scale, (times, changed), (st_times, st_changed), g_times, s_times in results:
        report(f"leaky α sweep 0→1→0 [{scale}]", times, changed)
        report(f"  stacked f/f′/f″ [{scale}]", st_times, st_changed)
        report(f"  grid, 3 pins [{scale}]", g_times)
        report(f"sine ω₀≈60, x∈[−20,20], f″ [{scale}]", s_times)
    print("targets: leaky sweep p99 < 16 ms and median < 4 ms; every frame < 50 ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
