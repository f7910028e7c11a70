"""Frame time of the Train view's network diagram while the weights change every frame.

Run: ``QT_QPA_PLATFORM=offscreen python benchmarks/bench_diagram.py [--size 1920x1080]
[--frames 300] [--layers 6x8] [--resolution 32]``

Each frame: the weights take a small random step (as training moves them), the diagram
computes every neuron's heatmap over the grid and the dead units and mean |f′| on the 250
training points (:meth:`DiagramView.show_network`), then the whole widget is painted into a
1920 × 1080 image (``QWidget.render``), links, heatmaps and text included. The network is the
Playground's largest: all seven features and 6 hidden layers of 8.

In the same run:

* ``np.tanh`` over 10⁶ float64, warmed then timed (the machine's speed varies up to 3×);
* ``map only``: a square pyqtgraph plot of an 80 × 80 map, re-set and painted every frame at
  the same size, as the Train view's decision map is.

Rows: ``update`` is show_network alone, ``render`` the painting alone, ``frame`` both. Wall
time is what a viewer waits; ``cpu`` is the GUI thread's own CPU time (``time.thread_time``),
which other processes on a shared machine do not inflate.
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
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import itertools

import numpy as np


def pct(xs: list[float], q: float) -> float:
    return float(np.percentile(np.asarray(xs), q))


def baseline_ms(reps: int = 15) -> float:
    x = np.linspace(-5, 5, 1_000_000)
    for _ in range(3):  # warm
        np.tanh(x)
    out = []
    for _ in range(reps):
        t0 = time.perf_counter()
        np.tanh(x)
        out.append((time.perf_counter() - t0) * 1e3)
    return statistics.median(out)


def row(label: str, times: list[float], cpu: list[float], base: float) -> str:
    med = statistics.median(times)
    return (
        f"| {label:<28} | {len(times):5d} | {med:7.2f} | {pct(times, 90):7.2f} | {pct(times, 99):7.2f} | "
        f"{max(times):7.2f} | {1000 / med:6.0f} | {statistics.median(cpu):7.2f} | {pct(cpu, 99):7.2f} | "
        f"{med / base:6.2f} |"
    )


class Clock:
    """Wall and GUI-thread CPU time of a stretch of code, in ms."""

    def __init__(self) -> None:
        self.wall: list[float] = []
        self.cpu: list[float] = []

    def start(self) -> None:
        self._w, self._c = time.perf_counter(), time.thread_time()

    def stop(self, keep: bool) -> None:
        if keep:
            self.wall.append((time.perf_counter() - self._w) * 1e3)
            self.cpu.append((time.thread_time() - self._c) * 1e3)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", default="1920x1080")
    ap.add_argument("--frames", type=int, default=300)
    ap.add_argument("--layers", default="6x8")
    ap.add_argument("--resolution", type=int, default=32)
    args = ap.parse_args(argv)
    width, height = (int(v) for v in args.size.split("x"))
    depth, neurons = (int(v) for v in args.layers.split("x"))

    from actviz.core import tune_allocator
    from actviz.core.datasets import make_dataset
    from actviz.core.network import hidden_activation
    from actviz.ui.diagram import DiagramView
    from actviz.ui.qt import QtCore, QtGui, QtWidgets, pg
    from actviz.viewmodels import diagram as vm
    from actviz.viewmodels import theme

    tune_allocator()
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    base = baseline_ms()

    sizes = [len(vm.FEATURES), *([neurons] * depth), 1]
    rng = np.random.default_rng(0)
    ws = [rng.uniform(-0.5, 0.5, (o, i)) for i, o in itertools.pairwise(sizes)]
    bs = [np.full(o, 0.1) for o in sizes[1:]]
    x_train = make_dataset("circle", seed=1).x_train
    target = QtGui.QImage(width, height, QtGui.QImage.Format.Format_ARGB32_Premultiplied)

    lines = [
        f"np.tanh 10⁶ baseline: {base:.2f} ms",
        f"diagram {sizes} at {width}×{height}, heatmaps {args.resolution}×{args.resolution}, "
        f"{len(x_train)} training points, {args.frames} frames",
        "",
        "| case (wall ms, cpu ms)       | n     | median  | p90     | p99     | max     | fps    "
        "| cpu med | cpu p99 | ×tanh  |",
        "|------------------------------|-------|---------|---------|---------|---------|--------"
        "|---------|---------|--------|",
    ]
    for act_id, scale in (("tanh", "normal"), ("relu", "normal"), ("tanh", "huge")):
        view = DiagramView(resolution=args.resolution)
        view.resize(width, height)
        view.apply_look(theme.LIGHT, theme.factors(scale))
        view.show()
        app.processEvents()
        act = hidden_activation(act_id)
        upd, ren, tot = Clock(), Clock(), Clock()
        for f in range(args.frames + 10):
            for w in ws:
                w += rng.normal(0.0, 0.02, w.shape)
            keep = f >= 10  # the first frames warm caches and fonts
            tot.start()
            upd.start()
            view.show_network(ws, bs, act, vm.FEATURES, x_train)
            upd.stop(keep)
            ren.start()
            target.fill(0)
            painter = QtGui.QPainter(target)
            view.render(painter, QtCore.QPoint(0, 0))
            painter.end()
            ren.stop(keep)
            tot.stop(keep)
        label = f"{act_id}, {scale}"
        lines += [
            row(f"{label}: frame", tot.wall, tot.cpu, base),
            row(f"{label}: update", upd.wall, upd.cpu, base),
            row(f"{label}: render", ren.wall, ren.cpu, base),
        ]
        view.close()
        view.deleteLater()
        app.processEvents()

    # The map alone, as the Train view draws it: an 80 × 80 image in a square plot.
    plot = pg.PlotWidget()
    plot.resize(min(width, height), min(width, height))
    image = pg.ImageItem(axisOrder="row-major")
    plot.addItem(image)
    plot.show()
    app.processEvents()
    grid = np.stack(np.meshgrid(np.linspace(-6, 6, 80), np.linspace(6, -6, 80)), axis=-1).reshape(-1, 2)
    clock = Clock()
    for f in range(args.frames + 10):
        clock.start()
        out = np.tanh(grid @ rng.normal(0, 0.3, 2)).reshape(80, 80)
        image.setImage(out, autoLevels=False, levels=(-1.0, 1.0))
        target.fill(0)
        painter = QtGui.QPainter(target)
        QtWidgets.QWidget.render(plot, painter, QtCore.QPoint(0, 0))  # the widget, as painted on screen
        painter.end()
        clock.stop(f >= 10)
    lines.append(row("map only (80×80, square)", clock.wall, clock.cpu, base))
    plot.close()
    plot.deleteLater()
    app.processEvents()
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
