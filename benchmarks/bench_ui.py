"""Window benchmark: α-slider move → painted frame, against a matplotlib full redraw.

Run: ``QT_QPA_PLATFORM=offscreen python benchmarks/bench_ui.py [--moves 200] [--size 1920x1080]``

* ActViz: Leaky ReLU, f and f′ shown, lecture line width, window at the given size. Each move
  sets the slider one tick (as a drag does), which writes the state, re-samples and calls
  ``setData``; the plot's viewport is then repainted synchronously. Median over all moves.
* Baseline, same run: a matplotlib Agg figure of the same pixel size with the same two curves
  (1000 points each, as the starting material's scripts), line width, grid and legend; each
  move updates the data and does a full ``canvas.draw()``.
* Startup: median of 3 launches of ``main.py`` until the first painted frame.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("ACTVIZ_SETTINGS", "none")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def bench_actviz(moves: int, size: tuple[int, int]) -> list[float]:
    from actviz.core import tune_allocator
    from actviz.ui.qt import QtWidgets
    from actviz.ui.window import MainWindow

    tune_allocator()  # as actviz.app.run does for the real window

    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    win = MainWindow()
    win.resize(*size)
    win.show()
    app.processEvents()
    slider = win.param_panel.controls["negative_slope"].slider
    viewport = win.plot_view.plot.viewport()
    times = []
    for i in range(moves + 10):
        t0 = time.perf_counter()
        slider.setValue(1 + (i % 99))
        viewport.repaint()
        if i >= 10:  # the first frames warm caches and lay out fonts
            times.append((time.perf_counter() - t0) * 1e3)
    win.close()
    return times


def bench_matplotlib(moves: int, size: tuple[int, int]) -> list[float]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    dpi = 100
    fig, ax = plt.subplots(figsize=(size[0] / dpi, size[1] / dpi), dpi=dpi)
    x = np.arange(-5.0, 5.0, 0.01)
    (lf,) = ax.plot(x, np.where(x > 0, x, 0.01 * x), lw=3.5, label="f(x)")
    (ld,) = ax.plot(x, np.where(x > 0, 1.0, 0.01), lw=3.5, label="f′(x)")
    ax.grid(True)
    ax.legend()
    fig.canvas.draw()
    times = []
    for i in range(moves + 10):
        a = 0.01 * (1 + (i % 99))
        t0 = time.perf_counter()
        lf.set_ydata(np.where(x > 0, x, a * x))
        ld.set_ydata(np.where(x > 0, 1.0, a))
        ax.relim()
        ax.autoscale_view()
        fig.canvas.draw()
        if i >= 10:
            times.append((time.perf_counter() - t0) * 1e3)
    plt.close(fig)
    return times


def bench_startup(runs: int) -> list[float]:
    env = dict(os.environ, ACTVIZ_STARTUP_PROBE="1")
    out = []
    for _ in range(runs):
        t0 = time.perf_counter()
        res = subprocess.run(
            [sys.executable, str(ROOT / "main.py")], env=env, capture_output=True, text=True, timeout=120
        )
        wall = (time.perf_counter() - t0) * 1e3
        line = [s for s in res.stdout.splitlines() if s.startswith("startup_ms=")]
        out.append(float(line[0].split("=")[1]) if line else wall)
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--moves", type=int, default=200)
    ap.add_argument("--size", default="1920x1080")
    ap.add_argument("--startup-runs", type=int, default=3)
    args = ap.parse_args(argv)
    size = tuple(int(v) for v in args.size.split("x"))
    ours = statistics.median(bench_actviz(args.moves, size))
    base = statistics.median(bench_matplotlib(args.moves, size))
    start = statistics.median(bench_startup(args.startup_runs)) if args.startup_runs else float("nan")
    print(f"window {size[0]}x{size[1]}, {args.moves} slider moves, f and f′, lecture line width")
    print(f"ActViz slider move → painted frame: median {ours:.1f} ms  (target ≤ 16 ms)")
    print(f"matplotlib Agg full redraw:         median {base:.1f} ms")
    print(f"ratio: ActViz is {base / ours:.1f}× faster  (target ≥ 3×)")
    print(f"startup to first painted frame: median {start:.0f} ms of {args.startup_runs}  (target ≤ 1500 ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
