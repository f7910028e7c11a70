"""Command line: parse and validate everything before Qt starts, so bad input fails fast
with exit code 2 and one line that says what was wrong and what is allowed."""

from __future__ import annotations

import argparse
import math
import os
import re
import sys
from dataclasses import dataclass, field
from typing import Any

from actviz._version import __version__
from actviz.core import get, names
from actviz.fileio import check_writable
from actviz.languages import LANGUAGES, normalize
from actviz.state import State
from actviz.state.marks import parse_mark

# Below 400x300 the plot itself (at least 320x240) no longer fits with its axes.
MIN_SIZE = (400, 300)
MAX_SIZE = (7680, 4320)


class UsageError(Exception):
    """Bad command-line input; its message is the one line the user sees."""


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # argparse prints usage + message; we want one line
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="actviz",
        description="See activation functions and their derivatives, live. Derivatives at kinks follow PyTorch.",
        epilog=f"Function ids: {', '.join(names())}",
    )
    p.add_argument("--version", action="version", version=f"ActViz {__version__}")
    p.add_argument("--function", metavar="ID", help="function to show (default: leaky_relu)")
    p.add_argument("--formula", metavar="TEXT", help="show your own formula in x, e.g. 'x*sigmoid(beta*x)'")
    p.add_argument(
        "--set",
        metavar="NAME=VALUE",
        action="append",
        default=[],
        help="set a parameter of the function; repeatable, e.g. --set negative_slope=0.2",
    )
    p.add_argument("--x-range", nargs=2, metavar=("MIN", "MAX"), help="visible x range (default -5 5)")
    p.add_argument("--y-range", nargs=2, metavar=("MIN", "MAX"), help="fixed y range (default: automatic)")
    p.add_argument("--derivatives", metavar="N", help="show f and its derivatives up to order N: 0, 1 or 2")
    p.add_argument("--style", metavar="STYLE", help="boxed (default) or origin (axes through the origin)")
    p.add_argument(
        "--compare",
        metavar="ID[:NAME=VALUE,...]",
        action="append",
        default=[],
        help="pin a function for comparison; repeatable",
    )
    p.add_argument(
        "scene_file", nargs="?", metavar="SCENE", help="a scene (.actviz) to open; other options then change it"
    )
    p.add_argument("--scene", metavar="PATH", help="a scene (.actviz) to open, e.g. with --screenshot")
    p.add_argument(
        "--open",
        metavar="SET-UP",
        help="show the Train view with a set-up from Edit → Copy set-up, e.g. 'actviz:train?dataset=xor&layers=4'",
    )
    p.add_argument("--layout", metavar="LAYOUT", help="overlay (default), stacked (f, f′, f″ in panels) or grid")
    p.add_argument(
        "--mark",
        metavar="TEXT",
        action="append",
        default=[],
        help='add a reference mark: "y=0.25 label", "x=0" or "(0, 0.5) label"; repeatable',
    )
    p.add_argument("--screenshot", metavar="PATH", help="render the window to a PNG and exit")
    p.add_argument("--size", metavar="WxH", help="window size for --screenshot (default 1280x800)")
    p.add_argument("--presentation", action="store_true", help="start in presentation mode (full screen)")
    p.add_argument(
        "--language",
        metavar="LANG",
        help=f"interface language: {', '.join(LANGUAGES)} (default: as chosen in View → Language, else the system's)",
    )
    p.add_argument("--theme", metavar="THEME", help="light (default), dark or contrast (high-contrast light)")
    p.add_argument("--scale", metavar="SCALE", help="projector scale of all text and lines: normal, large or huge")
    # Let values such as -1e-9, -inf or -5x-5 through as values, so that their own check can
    # say what is wrong with them, instead of argparse mistaking them for options.
    p._negative_number_matcher = re.compile(
        r"^-(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$|^-(inf|nan)$|^-?\d+x-?\d+$", re.IGNORECASE
    )
    return p


@dataclass
class Options:
    state: State
    screenshot: str | None = None
    size: tuple[int, int] = (1280, 800)
    presentation: bool = False
    explicit: set[str] = field(default_factory=set)
    scene: dict[str, Any] | None = None  # a checked scene: its view and window settings to show
    language: str | None = None


def _number(text: str, what: str) -> float:
    try:
        v = float(text)
    except ValueError:
        raise UsageError(f"{what} must be a number, got {text!r}") from None
    if math.isnan(v):
        raise UsageError(f"{what} must be a number, got NaN")
    return v


def _value(act, name: str, text: str) -> Any:
    try:
        prm = act.param(name)
    except ValueError as e:
        raise UsageError(str(e)) from None
    if prm.is_choice:
        return text
    if text.strip().lower() in ("inf", "none", "∞") and math.isinf(prm.max):
        return math.inf
    return _number(text, f"{name}")


def _assignments(act, items: list[str], where: str) -> dict[str, Any]:
    out = {}
    for item in items:
        if "=" not in item:
            raise UsageError(f"{where} expects NAME=VALUE, got {item!r}")
        name, _, text = item.partition("=")
        out[name.strip()] = _value(act, name.strip(), text.strip())
    try:
        act.resolve(**out)
    except ValueError as e:
        raise UsageError(f"{act.id}: {e}") from None
    return out


def _function(fid: str):
    try:
        return get(fid)
    except KeyError:
        raise UsageError(f"unknown function {fid!r}; run 'actviz --help' for the list of ids") from None


def split_spec(spec: str) -> tuple[str, str]:
    """``ID[:NAME=VALUE,...]`` → (id, assignments); a custom id keeps its own colon."""
    head, _, rest = spec.partition(":")
    if head.strip() == "custom":
        name, _, rest = rest.partition(":")
        head = f"custom:{name.strip()}"
    return head.strip(), rest


def define_formula(state: State, text: str, name: str = "formula") -> str:
    """Add a typed formula to ``state`` as ``custom:<name>``; one line if it is refused."""
    try:
        return state.define_formula(name, text)
    except ValueError as e:
        raise UsageError(f"--formula: {e}") from None


def parse(argv: list[str] | None = None) -> Options:
    """Parse and validate; raise UsageError with a one-line message on any bad input."""
    args = build_parser().parse_args(argv)
    explicit = {k for k, v in vars(args).items() if v not in (None, [], False)}
    if args.formula is not None and args.function is not None:
        raise UsageError("give --function or --formula, not both")
    scene = _scene(args.scene, args.scene_file)
    fid = args.function or (scene["state"].get("function") if scene else None) or "leaky_relu"
    if args.formula is not None:
        fid = "leaky_relu"  # replaced by the formula just below
    act = _function(fid)
    state = State(fid)
    if scene is not None:
        from actviz.state.scene import apply_scene

        apply_scene(state, scene)  # checked already: it cannot fail half-way
        if args.function:
            state.set_function(args.function)
    if args.open is not None:
        from actviz.state.share import ShareError, apply_checked, parse_setup

        try:
            setup = parse_setup(args.open)
        except ShareError as e:
            raise UsageError(f"--open: {e}") from None
        apply_checked(state.train, setup)
        # The Train view shows it (the rest of a scene given too stays as the scene has it).
        scene = (
            {**scene, "view": "train"}
            if scene is not None
            else {
                "view": "train",
                "play": False,
                "display_settings": False,
                "ui": {},
                "state": {},
                "caption": "",
            }
        )
    if args.formula is not None:
        fid = define_formula(state, args.formula)
        state.set_function(fid)
        act = get(fid)
    params = _assignments(act, args.set, "--set")
    try:
        if params:
            state.set_params(params)
        if args.x_range:
            state.set_x_range(_number(args.x_range[0], "x min"), _number(args.x_range[1], "x max"))
        if args.y_range:
            state.set_y_range((_number(args.y_range[0], "y min"), _number(args.y_range[1], "y max")))
        if args.derivatives is not None:
            if args.derivatives not in ("0", "1", "2"):
                raise UsageError(f"--derivatives must be 0, 1 or 2, got {args.derivatives!r}")
            state.set_derivatives(int(args.derivatives))
        if args.style is not None:
            state.set_style(args.style)
        if args.layout is not None:
            state.set_layout(args.layout)
        if args.theme is not None:
            state.set_theme(args.theme)
        if args.scale is not None:
            state.set_scale(args.scale)
        for spec in args.compare:
            cid, rest = split_spec(spec)
            c_act = _function(cid)
            c_params = _assignments(c_act, [s for s in rest.split(",") if s.strip()], "--compare")
            state.pin(c_act.id, c_params)
        for text in args.mark:
            try:
                state.add_mark(*parse_mark(text).to_list())
            except ValueError as e:
                raise UsageError(f"--mark: {e}") from None
    except (ValueError, TypeError, KeyError) as e:
        raise UsageError(str(e)) from None

    size = (1280, 800)
    if args.size is not None:
        w, sep, h = args.size.lower().partition("x")
        try:
            size = (int(w), int(h))
        except ValueError:
            raise UsageError(f"--size must be WIDTHxHEIGHT in pixels, e.g. 1280x800, got {args.size!r}") from None
        if not sep or not (MIN_SIZE[0] <= size[0] <= MAX_SIZE[0] and MIN_SIZE[1] <= size[1] <= MAX_SIZE[1]):
            raise UsageError(
                f"--size must be between {MIN_SIZE[0]}x{MIN_SIZE[1]} and {MAX_SIZE[0]}x{MAX_SIZE[1]}, got {args.size!r}"
            )
    if args.screenshot is not None:
        _check_screenshot_path(args.screenshot)
    language = None
    if args.language is not None:
        language = normalize(args.language)
        if language is None:
            raise UsageError(f"--language must be one of {', '.join(LANGUAGES)}, got {args.language!r}")
    return Options(state, args.screenshot, size, args.presentation, explicit, scene, language)


def _scene(option: str | None, positional: str | None) -> dict[str, Any] | None:
    """Read and check the scene named on the command line (all or nothing), or None."""
    if option and positional:
        raise UsageError(f"give one scene, not both {positional!r} and --scene {option!r}")
    path = option or positional
    if path is None:
        return None
    if positional and not positional.lower().endswith(".actviz"):
        raise UsageError(f"unrecognized argument {positional!r}; a scene file ends in .actviz")
    from actviz.state.scene import read_scene

    try:
        return read_scene(path)  # JSON, or a file whose text is a set-up's share string
    except (OSError, ValueError) as e:  # SceneError is a ValueError; fileio's errors are OSErrors
        raise UsageError(f"cannot open the scene {path}: {e}") from None


def _check_screenshot_path(path: str) -> None:
    """Refuse, before Qt starts, a screenshot path that could not be written."""
    if not path.strip():
        raise UsageError("--screenshot needs a file path, e.g. --screenshot out.png")
    try:
        folder = path.endswith(("/", os.sep)) or os.path.isdir(path)
    except (OSError, ValueError):
        folder = False
    if folder:
        raise UsageError(
            f"cannot write {path}: it is a folder; give a file name such as {os.path.join(path, 'actviz.png')}"
        )
    if not path.lower().endswith(".png"):
        raise UsageError(f"--screenshot writes PNG only: give a file name ending in .png, got {path!r}")
    try:
        check_writable(path)
    except OSError as e:
        raise UsageError(str(e)) from None


def one_line(text: str) -> str:
    """``text`` with every line break and control character escaped, so it prints as one line."""
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in text)


def print_line(text: str) -> None:
    """Write one line to stderr. Never raises: with stderr closed or a broken pipe the line is
    dropped (the exit code still tells), and stderr is pointed at the null device so that the
    interpreter's last flush at exit cannot fail either."""
    stream = sys.stderr
    if stream is None:  # started with stderr closed
        return
    try:
        stream.write(one_line(text) + "\n")
        stream.flush()
    except Exception:
        silence(stream)


def silence(stream) -> None:
    """Point a broken standard stream at the null device."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(null, stream.fileno())
        finally:
            os.close(null)
    except Exception:  # no file descriptor (a test's capture) or no null device: nothing left to do
        pass


def print_error(message: str) -> None:
    """The one line of a failure: ``actviz: error: <message>``. Never raises."""
    print_line(f"actviz: error: {message}")
