"""The ``actviz train`` and ``actviz depth`` commands: the studies of the Train and Depth views,
headless, with a table on stdout, one CSV row per run, and progress on stderr.

Bad input exits 2 with one line, as the main command line does; ``--screenshot`` renders the
view itself.
"""

from __future__ import annotations

import argparse
import contextlib
import math
import os
import re
import sys
import time
from typing import Any

from actviz.cli import UsageError, _assignments, _function, _number, print_error, silence, split_spec


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(message)


NEGATIVE = re.compile(r"^-(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$|^-(inf|nan)$", re.IGNORECASE)


def print_line(text: str) -> None:
    """One line of results on stdout; a closed stdout or a broken pipe drops it quietly."""
    stream = sys.stdout
    if stream is None:
        return
    try:
        stream.write(text + "\n")
        stream.flush()
    except Exception:
        silence(stream)


def _activation(spec: str) -> tuple[str, dict[str, Any]]:
    fid, rest = split_spec(spec)
    act = _function(fid)
    return act.id, _assignments(act, [s for s in rest.split(",") if s.strip()], "--activation")


def _add_formula_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--formula", metavar="TEXT", action="append", default=[], help="your own activation in x; repeatable"
    )
    p.add_argument(
        "--set", metavar="NAME=VALUE", action="append", default=[], help="a parameter of the formulas, e.g. beta=1.5"
    )


def _formulas(args: argparse.Namespace) -> list[tuple[str, dict[str, Any]]]:
    """The --formula functions, defined as ``custom:formula``, ``custom:formula2``, ... (the
    registry is the process's, so a window made for --screenshot has them too), each as
    (id, the parameters from --set that it has)."""
    from actviz.cli import define_formula
    from actviz.core import get
    from actviz.state import State

    state = State()
    if args.set and not args.formula:
        raise UsageError("--set gives parameters of a --formula; use ID:NAME=VALUE with --activation")
    out = []
    for k, text in enumerate(args.formula):
        fid = define_formula(state, text, "formula" if k == 0 else f"formula{k + 1}")
        act = get(fid)
        mine = [a for a in args.set if a.partition("=")[0].strip() in {p.name for p in act.params}]
        out.append((fid, _assignments(act, mine, "--set")))
    known = {a.partition("=")[0].strip() for a in args.set} - {n for _, p in out for n in p}
    if known:
        raise UsageError(f"--set: no formula has a parameter {sorted(known)[0]!r}")
    return out


def _whole(text: str, what: str, lo: int, hi: int) -> int:
    try:
        v = int(text)
    except ValueError:
        raise UsageError(f"{what} must be a whole number in [{lo}, {hi}], got {text!r}") from None
    if not lo <= v <= hi:
        raise UsageError(f"{what} must be a whole number in [{lo}, {hi}], got {v}")
    return v


def _size(text: str | None) -> tuple[int, int]:
    if text is None:
        return (1600, 950)
    w, sep, h = text.lower().partition("x")
    try:
        size = (int(w), int(h))
    except ValueError:
        raise UsageError(f"--size must be WIDTHxHEIGHT in pixels, e.g. 1600x950, got {text!r}") from None
    if not sep or not (800 <= size[0] <= 7680 and 600 <= size[1] <= 4320):
        raise UsageError(f"--size must be between 800x600 and 7680x4320 for this view, got {text!r}")
    return size


def _duration(seconds: float) -> str:
    s = round(seconds)
    if s < 60:
        return f"{s} s"
    if s < 3600:
        return f"{s // 60} min {s % 60:02d} s"
    return f"{s // 3600} h {s % 3600 // 60:02d} min"


class _Progress:
    """Progress on stderr: what is done of how much, and about how long is left; at most every
    half second, and never an error if stderr is gone."""

    def __init__(self, what: str, unit: str) -> None:
        self.what, self.unit, self.last = what, unit, 0.0
        self.start = time.monotonic()
        self.width = 0

    def line(self, done: int, total: int, elapsed: float) -> str:
        pct = 100 * done / max(total, 1)
        text = f"{self.what}: {done:,} of {total:,} {self.unit} ({pct:.1f} %)"
        if 0 < done < total:
            text += f", about {_duration(elapsed / done * (total - done))} left"
        elif done >= total:
            text += f" in {_duration(elapsed)}"
        return text

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if now - self.last < 0.5 and 0 < done < total:
            return
        self.last = now
        text = self.line(done, total, now - self.start)
        pad = " " * max(self.width - len(text), 0)  # wipe a longer line before it
        self.width = len(text)
        with contextlib.suppress(OSError, ValueError):
            print(f"\r{text}{pad}", end="" if done < total else "\n", file=sys.stderr, flush=True)


def _write_csv(path: str, text: str) -> None:
    from actviz.fileio import atomic_write_text

    try:
        atomic_write_text(path, text)
    except OSError as e:
        raise UsageError(f"cannot write {path}: {e}") from None


def _screenshot(path: str, size: tuple[int, int], prepare) -> int:
    """Render a view of the window to ``path`` (PNG, written atomically)."""
    from actviz.cli import _check_screenshot_path

    _check_screenshot_path(path)
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a picture needs no screen
    from actviz.fileio import atomic_write_bytes
    from actviz.ui.qt import QtWidgets
    from actviz.ui.window import MainWindow

    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication(sys.argv[:1])
    win = MainWindow()
    win.remember_session = False
    try:
        win.resize(*size)
        win.show()
        prepare(win)
        win.info.flush()
        app.processEvents()
        data = MainWindow.encode_image(win.grab())
        atomic_write_bytes(path, data)
    finally:
        win.close()
        win.deleteLater()
    return 0


# ------------------------------------------------------------------------------------ train
def train_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="actviz train",
        description="Train small networks with any activation on the Playground's "
        "datasets, and measure how many epochs each needs (a convergence study).",
    )
    p.add_argument(
        "--preset",
        choices=["article"],
        help="the article's experiment: circle, 2x3, lr 0.03, batch 10, sigmoid vs tanh vs ReLU",
    )
    p.add_argument(
        "--dataset",
        metavar="NAME",
        help="circle (default), xor, gauss, spiral; or plane, multigauss (regression, linear output)",
    )
    p.add_argument(
        "--features",
        metavar="F,F,...",
        help="input features from x1, x2, x1sq, x2sq, x1x2, sinx1, sinx2 (default x1,x2)",
    )
    p.add_argument(
        "--activation",
        metavar="ID[:NAME=VALUE,...]",
        action="append",
        default=[],
        help="an activation to compare; repeatable (default: relu)",
    )
    _add_formula_options(p)
    p.add_argument("--seeds", metavar="N", default="20", help="seeds per activation (default 20)")
    p.add_argument("--epochs", metavar="N", default="1000", help="epochs per network (default 1000)")
    p.add_argument("--threshold", metavar="LOSS", help="test loss that counts as converged (default 0.05)")
    p.add_argument("--lr", metavar="RATE", help="learning rate (default 0.03)")
    p.add_argument("--batch-size", metavar="N", help="batch size (default 10)")
    p.add_argument("--layers", metavar="N,N,...", help="neurons per hidden layer (default 4,2); none: no hidden layer")
    p.add_argument("--noise", metavar="PERCENT", help="label noise, 0 to 50 (default 0)")
    p.add_argument("--train-percent", metavar="PERCENT", help="share of points that train, 10 to 90 (default 50)")
    p.add_argument("--regularization", metavar="KIND", help="none (default), L1 or L2")
    p.add_argument("--reg-rate", metavar="RATE", help="regularisation rate (default 0)")
    p.add_argument("--csv", metavar="PATH", help="write one row per (activation, seed)")
    p.add_argument("--screenshot", metavar="PATH", help="render the Train view after --epochs epochs (one seed)")
    p.add_argument("--size", metavar="WxH", help="window size for --screenshot (default 1600x950)")
    p._negative_number_matcher = NEGATIVE  # type: ignore[attr-defined]
    return p


def _train_config(args: argparse.Namespace, formulas: list[tuple[str, dict[str, Any]]]) -> Any:
    from actviz.core.training import ARTICLE_PRESET, TrainConfig

    base = ARTICLE_PRESET if args.preset == "article" else TrainConfig()
    changes: dict[str, Any] = {}
    if args.dataset is not None:
        changes["dataset"] = args.dataset
    if args.activation or formulas:
        # Formulas race the listed activations, else the preset's or the default (ReLU).
        listed = [_activation(a) for a in args.activation] or [(f, dict(p)) for f, p in base.activations]
        changes["activations"] = (*listed, *formulas)
    if args.threshold is not None:
        changes["threshold"] = _number(args.threshold, "--threshold")
    if args.lr is not None:
        changes["learning_rate"] = _number(args.lr, "--lr")
    if args.batch_size is not None:
        changes["batch_size"] = _whole(args.batch_size, "--batch-size", 1, 500)
    if args.features is not None:
        changes["features"] = tuple(s for s in re.split(r"[,\s]+", args.features.strip()) if s)
    if args.layers is not None:
        if args.layers.strip().lower() == "none":
            changes["layers"] = ()
        else:
            parts = [s for s in re.split(r"[,\s]+", args.layers.strip()) if s]
            if not parts:
                raise UsageError("--layers needs neuron counts such as 3,3, or none for no hidden layer")
            changes["layers"] = tuple(_whole(s, "neurons per layer", 1, 8) for s in parts)
    if args.noise is not None:
        percent = _number(args.noise, "--noise")
        if not 0 <= percent <= 50:  # said in the option's unit, not the fraction it becomes
            raise UsageError(f"--noise must be a percentage in [0, 50], got {args.noise}")
        changes["noise"] = percent / 100
    if args.train_percent is not None:
        changes["train_percent"] = _whole(args.train_percent, "--train-percent", 10, 90)
    if args.regularization is not None:
        changes["regularization"] = args.regularization
    if args.reg_rate is not None:
        changes["reg_rate"] = _number(args.reg_rate, "--reg-rate")
    try:
        return base.replace(**changes)
    except ValueError as e:
        raise UsageError(str(e)) from None


def train_main(argv: list[str]) -> int:
    """``actviz train ...``: returns the exit code."""
    from actviz.core.training import convergence_study

    args = train_parser().parse_args(argv)
    formulas = _formulas(args)
    config = _train_config(args, formulas)
    seeds = _whole(args.seeds, "--seeds", 1, 10_000)
    epochs = _whole(args.epochs, "--epochs", 1, 100_000)
    size = _size(args.size)
    if args.screenshot is not None:
        from actviz.state.training import activation_spec

        def prepare(win) -> None:
            ts = win.state.train
            problems = ts.apply(
                {
                    "dataset": config.dataset,
                    "noise": config.noise,
                    "train_percent": config.train_percent,
                    "features": config.features,
                    "layers": config.layers,
                    "learning_rate": config.learning_rate,
                    "batch_size": config.batch_size,
                    "regularization": config.regularization,
                    "reg_rate": config.reg_rate,
                    "threshold": config.threshold,
                    "activations": [activation_spec(fid, dict(p)) for fid, p in config.activations],
                }
            )
            if problems:
                raise UsageError(problems[0])
            win.tabs.setCurrentIndex(1)
            win.train_view.rebuild()
            win.train_view.step(epochs)

        return _screenshot(args.screenshot, size, prepare)
    t0 = time.perf_counter()
    result = convergence_study(config, seeds, epochs, progress=_Progress("training", "epochs"))
    from actviz.viewmodels.train import study_csv  # Qt-free

    labels = [_label(fid, p) for fid, p in config.activations]
    layers = ",".join(map(str, config.layers)) or "none"
    features = "" if config.features == ("x1", "x2") else f", features {','.join(config.features)}"
    # Regression targets are smaller than ±1: the threshold is relative to the loss of output 0
    # (see actviz.core.training), which for labels ±1 is the plain threshold.
    rule = f"{200 * config.threshold:g} % of the loss of output 0" if config.regression else f"{config.threshold:g}"
    print_line(
        f"{config.dataset}{features}, layers {layers}, lr {config.learning_rate:g}, "
        f"batch {config.batch_size}, {seeds} seeds × {epochs} epochs, converged = test loss < "
        f"{rule} ({time.perf_counter() - t0:.1f} s)"
    )
    for line in _study_table(result, labels).splitlines():
        print_line(line)
    if args.csv:
        _write_csv(args.csv, study_csv(result))
    return 0


def _label(fid: str, params: Any) -> str:
    from actviz.state.training import activation_spec, spec_label

    return spec_label(activation_spec(fid, dict(params)))


def _study_table(result: Any, labels: list[str]) -> str:
    from actviz.viewmodels.train import study_table

    rows = [("activation", "median epochs [IQR]", "converged", "speed-up"), *study_table(result, labels)]
    widths = [max(len(r[c]) for r in rows) for c in range(4)]
    return "\n".join(
        "  ".join(cell.ljust(widths[c]) if c == 0 else cell.rjust(widths[c]) for c, cell in enumerate(row))
        for row in rows
    )


# ------------------------------------------------------------------------------------ depth
def depth_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="actviz depth",
        description="The gradient that reaches each layer of a deep network at "
        "initialisation, for any activation: vanishing, exploding or healthy.",
    )
    from actviz.core.depth import DEPTH_PRESETS

    p.add_argument("--preset", choices=list(DEPTH_PRESETS), help="one of the lecture's five set-ups")
    p.add_argument(
        "--phase",
        action="store_true",
        help="the edge-of-chaos map instead: q* and χ₁ over weight variance 0.1–4 × bias variance 0–1 "
        "for each --activation (with --csv, one row per grid point)",
    )
    p.add_argument("--grid", metavar="N", help="with --phase: points per axis, 2 to 200 (default 40)")
    p.add_argument(
        "--activation",
        metavar="ID[:NAME=VALUE,...]",
        action="append",
        default=[],
        help="an activation to compare; repeatable (default: sigmoid, tanh, relu)",
    )
    p.add_argument("--depth", metavar="N", help="hidden layers, 1 to 100 (default 30)")
    p.add_argument("--width", metavar="N", help="units per layer, 2 to 512 (default 64)")
    p.add_argument("--init", metavar="NAME", help="xavier (default), he, lecun or playground")
    p.add_argument("--scale", metavar="X", help="weight-scale multiplier, 0.1 to 10 (default 1)")
    p.add_argument("--residual", action="store_true", help="h ← h + f(W h + b) in every layer")
    p.add_argument("--bias-var", metavar="X", help="bias variance σ_b², 0 to 10 (default 0: biases 0)")
    _add_formula_options(p)
    p.add_argument("--seeds", metavar="N", default="3", help="networks per activation (default 3)")
    p.add_argument("--csv", metavar="PATH", help="write one row per (activation, seed, layer)")
    p.add_argument(
        "--screenshot", metavar="PATH", help="render the Depth view (with --phase: its map of the first --activation)"
    )
    p.add_argument("--size", metavar="WxH", help="window size for --screenshot (default 1600x950)")
    p._negative_number_matcher = NEGATIVE  # type: ignore[attr-defined]
    return p


def depth_main(argv: list[str]) -> int:
    """``actviz depth ...``: returns the exit code."""
    from actviz.state.depth import DepthState

    args = depth_parser().parse_args(argv)
    formulas = _formulas(args)
    if args.phase:
        return _phase(args, formulas)
    if args.grid is not None:
        raise UsageError("--grid belongs to --phase")
    ds = DepthState()
    try:
        if args.preset:
            ds.apply_preset(args.preset)
        if args.activation or formulas:
            listed = [_activation(a) for a in args.activation] or [(f, dict(p)) for f, p in ds.activations]
            ds.set_activations(listed + formulas)
        if args.depth is not None:
            ds.set_depth(_whole(args.depth, "--depth", 1, 100))
        if args.width is not None:
            ds.set_width(_whole(args.width, "--width", 2, 512))
        if args.init is not None:
            ds.set_init(args.init)
        if args.scale is not None:
            ds.set_scale(_number(args.scale, "--scale"))
        if args.residual:
            ds.set_residual(True)
        if args.bias_var is not None:
            ds.set_bias_var(_number(args.bias_var, "--bias-var"))
        ds.set_seeds(_whole(args.seeds, "--seeds", 1, 20))
    except ValueError as e:
        raise UsageError(str(e)) from None
    size = _size(args.size)
    if args.screenshot is not None:

        def prepare(win) -> None:
            problems = win.state.depth.apply(ds.to_dict())
            if problems:
                raise UsageError(problems[0])
            win.tabs.setCurrentIndex(2)
            if not win.depth_view.wait_idle(600_000):
                raise UsageError("the depth computation did not finish")

        return _screenshot(args.screenshot, size, prepare)
    from actviz.core.depth import depth_stats
    from actviz.viewmodels.depth import config_from_state, diagnosis_lines, layers_csv

    t0 = time.perf_counter()
    result = depth_stats(config_from_state(ds), progress=_Progress("depth", "networks"))
    c = result.config
    print_line(
        f"{c.depth} layers of {c.width}, init {c.init}, scale {c.scale:g} (σ_w² = {c.weight_var:.3g})"
        f"{', residual' if c.residual else ''}, {len(c.seeds)} seeds ({time.perf_counter() - t0:.2f} s)"
    )
    for line in diagnosis_lines(result, ds.activations):
        print_line(line)
    if args.csv:
        _write_csv(args.csv, layers_csv(result))
    return 0


def _note(text: str) -> None:
    """A note line on stderr (never an error if stderr is gone)."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        print(f"note: {text}", file=sys.stderr, flush=True)


def _phase(args: argparse.Namespace, formulas: list[tuple[str, dict[str, Any]]]) -> int:
    """``actviz depth --phase``: the edge-of-chaos map of each activation."""
    import csv
    import io

    import numpy as np

    from actviz.core.meanfield import edge_of_chaos, init_points, phase_map

    others = [
        name
        for name, given in (
            ("--preset", args.preset),
            ("--depth", args.depth),
            ("--width", args.width),
            ("--init", args.init),
            ("--scale", args.scale),
            ("--residual", args.residual or None),
            ("--bias-var", args.bias_var),
        )
        if given is not None
    ]
    if others:
        raise UsageError(f"{others[0]} does not apply to --phase (the map covers every weight scale)")
    grid = 40 if args.grid is None else _whole(args.grid, "--grid", 2, 200)
    listed = [_activation(a) for a in args.activation] + formulas
    if not listed:
        listed = [("tanh", {}), ("relu", {})]
    seen: list[tuple[str, dict[str, Any]]] = []
    for spec in listed:
        if spec in seen:
            raise UsageError(f"--activation {_label(*spec)} is given twice")
        seen.append(spec)
    if args.screenshot is not None:
        if args.csv or args.grid is not None:
            raise UsageError("--screenshot with --phase draws the view's map; --csv and --grid write numbers")
        return _phase_screenshot(args.screenshot, _size(args.size), seen)
    if args.size is not None:
        raise UsageError("--size belongs to --screenshot")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["activation", "weight_var", "bias_var", "q_star", "chi1"])
    t0 = time.perf_counter()
    for fid, params in seen:
        try:
            pm = phase_map((fid, params), grid=grid)
        except ValueError as e:
            raise UsageError(str(e)) from None
        label = pm.label
        for i, sw in enumerate(pm.weight_var):
            for j, sb in enumerate(pm.bias_var):
                w.writerow(
                    [label, repr(float(sw)), repr(float(sb)), repr(float(pm.q_star[i, j])), repr(float(pm.chi1[i, j]))]
                )
        diverging = int(np.isinf(pm.q_star).sum())
        if diverging:
            _note(
                f"{label}: q* diverges (no fixed point: the variance grows without bound) at {diverging} of "
                f"{pm.q_star.size} grid points; written as inf, with chi1 its limit for large q"
            )
        if not args.csv:
            edge = edge_of_chaos((fid, params), 0.0)
            at = [f"{name} (σ_w² = {sw:g}) χ₁ = {chi:.3g}" for name, (sw, _, chi) in init_points((fid, params)).items()]
            chaotic = 100.0 * float(np.mean(pm.chi1 > 1.0))
            edge_text = f"σ_w² = {edge:.3f}" if math.isfinite(edge) else "none in 0.1–4"
            print_line(
                f"{_label(fid, params)}: edge of chaos (χ₁ = 1) at σ_b² = 0: {edge_text}; "
                f"{'; '.join(at)}; χ₁ > 1 on {chaotic:.0f} % of the map"
            )
    if args.csv:
        _write_csv(args.csv, buf.getvalue())
        print_line(f"{len(seen) * grid * grid} grid points written to {args.csv} ({time.perf_counter() - t0:.2f} s)")
    return 0


def _phase_screenshot(path: str, size: tuple[int, int], specs: list[tuple[str, dict[str, Any]]]) -> int:
    """The Depth view with the listed activations, the first one's edge-of-chaos map shown."""
    if len(specs) > 8:
        raise UsageError("--screenshot with --phase shows at most 8 activations")

    def prepare(win) -> None:
        ds = win.state.depth
        try:
            ds.set_activations(specs)
            ds.set_selected(0)
        except ValueError as e:
            raise UsageError(str(e)) from None
        win.tabs.setCurrentIndex(2)
        if not win.depth_view.wait_idle(600_000):
            raise UsageError("the depth computation did not finish")

    return _screenshot(path, size, prepare)


def run_command(name: str, argv: list[str]) -> int:
    """Run ``train`` or ``depth`` with argv; bad input gives exit 2 and one line."""
    try:
        return {"train": train_main, "depth": depth_main}[name](argv)
    except UsageError as e:
        print_error(str(e))
        return 2
    except SystemExit as e:  # --help
        return e.code if isinstance(e.code, int) else 0


COMMANDS = ("train", "depth")

__all__ = ["COMMANDS", "depth_main", "run_command", "train_main"]


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(run_command(sys.argv[1], sys.argv[2:]))
