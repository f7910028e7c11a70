"""Scenes: everything on screen as a small JSON ``.actviz`` file, and the shipped lessons.

A scene is all-or-nothing: it is checked in a scratch :class:`~actviz.state.State` first, and
only a scene that loads without a single problem is applied, so a corrupt or hostile file can
never leave the session half-changed. No Qt here.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from importlib import resources
from typing import Any

from actviz.core import names, registry
from actviz.state.model import State

FORMAT = "actviz-scene"
VERSION = 1
VIEWS = ("function", "train", "depth")
# The lessons of the starting material, in the order a lecture gives them.
LESSONS = (
    ("relu_dead_gradient", "1. ReLU vs Leaky ReLU: the dead gradient"),
    ("sigmoid_tanh_saturation", "2. Sigmoid vs tanh: saturation (σ′ peaks at 0.25, tanh′ at 1)"),
    ("convergence_race", "3. The convergence race: sigmoid vs tanh vs ReLU"),
)


class SceneError(ValueError):
    """A scene that cannot be shown; the message says why, in one line."""


MAX_CAPTION = 160  # one sentence, large on the plot: longer would crowd it out


def scene_dict(
    state: State, view: str = "function", play: bool = False, caption: str = "", **ui: Any
) -> dict[str, Any]:
    """The scene of ``state``: what :func:`load_scene` needs to show it again.

    ``ui`` holds window settings that are not part of the state (layout, theme, scale, ...).
    ``caption`` is the scene's point in one sentence, shown large on the plot.
    """
    if view not in VIEWS:
        raise ValueError(f"view must be one of {', '.join(VIEWS)}, got {view!r}")
    out = {
        "format": FORMAT,
        "version": VERSION,
        "view": view,
        "play": bool(play),
        "ui": dict(ui),
        "state": state.to_dict(),
    }
    if caption:
        out["caption"] = check_caption(caption)
    return out


def check_caption(caption: Any) -> str:
    """A scene's caption: printable text of at most :data:`MAX_CAPTION` characters, one line."""
    if not isinstance(caption, str):
        raise SceneError(f"scene caption must be text, got {type(caption).__name__}")
    caption = " ".join(caption.split())
    if any(not c.isprintable() for c in caption):
        raise SceneError("scene caption must be printable text")
    if len(caption) > MAX_CAPTION:
        raise SceneError(f"scene caption must be at most {MAX_CAPTION} characters, got {len(caption)}")
    return caption


def dumps(scene: Mapping[str, Any]) -> str:
    return json.dumps(scene, indent=1, ensure_ascii=False) + "\n"


def check_scene(data: Any) -> dict[str, Any]:
    """Validate a parsed scene; return it with its state checked, or raise :class:`SceneError`."""
    if not isinstance(data, Mapping):
        raise SceneError("not an ActViz scene: the file holds no JSON object")
    if data.get("format") != FORMAT:
        raise SceneError('not an ActViz scene: it has no "format": "actviz-scene"')
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or not 1 <= version <= VERSION:
        raise SceneError(f"scene version {version!r} is not one this ActViz reads (1 to {VERSION})")
    view = data.get("view", "function")
    if view not in VIEWS:
        raise SceneError(f"scene view must be one of {', '.join(VIEWS)}, got {view!r}")
    state = data.get("state")
    if not isinstance(state, Mapping):
        raise SceneError('scene has no "state" object')
    function = state.get("function", "leaky_relu")
    # Custom formulas the scene defines are built in a private registry, gone after the check;
    # it starts empty, so a scene that uses a formula without carrying its text is refused here
    # rather than on the next machine.
    with registry.scratch():
        try:
            scratch = State(function if isinstance(function, str) and function in names() else "leaky_relu")
        except KeyError:  # pragma: no cover - the fallback is a catalog id
            raise SceneError(f"scene shows an unknown function {function!r}") from None
        problems = scratch.load_dict(state)
        checked_state = scratch.to_dict()
    if problems:
        raise SceneError(
            f"scene refused: {problems[0]}" + (f" (and {len(problems) - 1} more)" if len(problems) > 1 else "")
        )
    ui = data.get("ui", {})
    if not isinstance(ui, Mapping):
        raise SceneError('scene "ui" must be an object')
    caption = check_caption(data.get("caption", ""))
    return {
        "view": view,
        "play": bool(data.get("play", False)),
        "ui": dict(ui),
        "state": checked_state,
        "caption": caption,
    }


def apply_scene(state: State, checked: Mapping[str, Any]) -> None:
    """Apply a scene returned by :func:`check_scene` (it cannot fail half-way: it was checked)."""
    for ov in state.overlays:
        state.unpin(ov)
    problems = state.load_dict(checked["state"])
    if problems:  # pragma: no cover - check_scene loaded the same data without problems
        raise SceneError(problems[0])


def lesson_text(name: str) -> str:
    """The JSON text of a shipped lesson."""
    if name not in dict(LESSONS):
        raise ValueError(f"lesson must be one of {', '.join(dict(LESSONS))}, got {name!r}")
    return (resources.files("actviz") / "lessons" / f"{name}.actviz").read_text(encoding="utf-8")


__all__ = [
    "FORMAT",
    "LESSONS",
    "MAX_CAPTION",
    "VERSION",
    "VIEWS",
    "SceneError",
    "apply_scene",
    "check_caption",
    "check_scene",
    "dumps",
    "lesson_text",
    "scene_dict",
]
