"""Render the Train view's network diagram with random weights to a PNG, offscreen.

Run: ``python tools/diagram_demo.py OUT.png [--layers 6x8] [--size 1920x1080]
[--features x1,x2,x1sq,x2sq,x1x2,sinx1,sinx2] [--activation relu] [--theme light]
[--scale normal] [--seed 1] [--dead 1]``

``--layers`` is ``LxN`` (L hidden layers of N neurons), a list such as ``4,3,2``, or ``none``.
``--dead K`` makes the first K neurons of the first hidden layer dead (a large negative bias),
so the dead-unit mark can be looked at with any activation that is zero below zero.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("ACTVIZ_SETTINGS", "none")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import itertools

import numpy as np


def parse_layers(text: str) -> list[int]:
    text = text.strip().lower()
    if text in ("none", "0", ""):
        return []
    if "x" in text:
        depth, width = (int(v) for v in text.split("x"))
        return [width] * depth
    return [int(v) for v in text.split(",")]


def random_network(sizes: list[int], seed: int) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """Weights N(0, 1.2²) (both signs, a spread of widths) and biases N(0, 0.3²)."""
    rng = np.random.default_rng(seed)
    ws = [rng.normal(0.0, 1.2, (o, i)) for i, o in itertools.pairwise(sizes)]
    bs = [rng.normal(0.0, 0.3, o) for o in sizes[1:]]
    return ws, bs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--layers", default="6x8")
    ap.add_argument("--size", default="1920x1080")
    ap.add_argument("--features", default="x1,x2,x1sq,x2sq,x1x2,sinx1,sinx2")
    ap.add_argument("--activation", default="relu")
    ap.add_argument("--theme", default="light", choices=("light", "dark", "contrast"))
    ap.add_argument("--scale", default="normal", choices=("normal", "large", "huge"))
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--dead", type=int, default=1)
    ap.add_argument("--residual", action="store_true")
    ap.add_argument("--output", default="tanh", choices=("tanh", "linear"))
    args = ap.parse_args(argv)

    from actviz.core.datasets import make_dataset
    from actviz.core.network import hidden_activation
    from actviz.ui.diagram import DiagramView
    from actviz.ui.qt import QtWidgets
    from actviz.viewmodels import diagram as vm
    from actviz.viewmodels import theme

    try:
        width, height = (int(v) for v in args.size.lower().split("x"))
        hidden = parse_layers(args.layers)
        features = [f for f in args.features.split(",") if f]
        vm.feature_columns(features, 0.0, 0.0)  # refuses an unknown name
        act = hidden_activation(args.activation)
    except ValueError as err:
        print(f"diagram_demo: {err}", file=sys.stderr)
        return 2
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    sizes = [len(features), *hidden, 1]
    ws, bs = random_network(sizes, args.seed)
    if hidden and args.dead:
        bs[0][: args.dead] = -1e3
    view = DiagramView()
    view.resize(width, height)
    view.apply_look(theme.look(args.theme), theme.factors(args.scale))
    ds = make_dataset("circle", noise=0.0, seed=args.seed)
    view.show_network(ws, bs, act, features, ds.x_train, residual=args.residual, output=args.output)
    view.show()
    app.processEvents()
    ok = view.grab().save(args.out)
    view.close()
    view.deleteLater()
    app.processEvents()
    if not ok:
        print(f"diagram_demo: could not write {args.out}", file=sys.stderr)
        return 1
    print(f"{args.out}: {width}x{height}, columns {sizes}, tile {view.layout_.tile if view.layout_ else 0:.0f} px")
    return 0


if __name__ == "__main__":
    sys.exit(main())
