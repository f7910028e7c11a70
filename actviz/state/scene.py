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
from actviz.fileio import StrPath, read_bounded, read_json
from actviz.state.model import State
from actviz.state.share import is_share_string, parse_setup
from actviz.state.texts import QT_TRANSLATE_NOOP, RefusalError

FORMAT = "actviz-scene"
VERSION = 1
VIEWS = ("function", "train", "depth")
# How the room sees the picture, not what it shows: a lesson or scene keeps the room's theme and
# scale unless its author saved them on purpose ("include display settings"). The language is
# never part of a scene.
DISPLAY_KEYS = ("theme", "scale")
# The lessons of the starting material, in the order a lecture gives them.
LESSONS = (
    ("relu_dead_gradient", "1. ReLU vs Leaky ReLU: the dead gradient"),
    ("sigmoid_tanh_saturation", "2. Sigmoid vs tanh: saturation (σ′ peaks at 0.25, tanh′ at 1)"),
    ("convergence_race", "3. The convergence race: sigmoid vs tanh vs ReLU"),
)


class SceneError(RefusalError):
    """A scene that cannot be shown; the message says why, in one line."""


MAX_CAPTION = 160  # one sentence, large on the plot: longer would crowd it out


def scene_dict(
    state: State, view: str = "function", play: bool = False, display: bool = False, caption: str = "", **ui: Any
) -> dict[str, Any]:
    """The scene of ``state``: what :func:`check_scene` and :func:`apply_scene` need to show it again.

    ``display`` saves the theme and scale too (and marks the file as carrying them); without it
    the scene leaves them to whoever opens it. ``caption`` is the scene's point in one sentence,
    shown large on the plot. ``ui`` holds window settings that are not part of the state (the
    formula panel, ...).
    """
    if view not in VIEWS:
        raise RefusalError(
            QT_TRANSLATE_NOOP("State", "view must be one of {allowed}, got {view!r}"),
            allowed=", ".join(VIEWS),
            view=view,
        )
    data = state.to_dict()
    if not display:
        for key in DISPLAY_KEYS:
            data.pop(key, None)
    out = {
        "format": FORMAT,
        "version": VERSION,
        "view": view,
        "play": bool(play),
        "display_settings": bool(display),
        "ui": dict(ui),
        "state": data,
    }
    if caption:
        out["caption"] = check_caption(caption)
    return out


def check_caption(caption: Any) -> str:
    """A scene's caption: printable text of at most :data:`MAX_CAPTION` characters, one line."""
    if not isinstance(caption, str):
        raise SceneError(
            QT_TRANSLATE_NOOP("State", "scene caption must be text, got {kind}"), kind=type(caption).__name__
        )
    text: str = " ".join(caption.split())
    if any(not c.isprintable() for c in text):
        raise SceneError(QT_TRANSLATE_NOOP("State", "scene caption must be printable text"))
    if len(text) > MAX_CAPTION:
        raise SceneError(
            QT_TRANSLATE_NOOP("State", "scene caption must be at most {MAX_CAPTION} characters, got {length}"),
            MAX_CAPTION=MAX_CAPTION,
            length=len(text),
        )
    return text


def dumps(scene: Mapping[str, Any]) -> str:
    return json.dumps(scene, indent=1, ensure_ascii=False) + "\n"


def check_scene(data: Any) -> dict[str, Any]:
    """Validate a parsed scene; return it with its state checked, or raise :class:`SceneError`."""
    if not isinstance(data, Mapping):
        raise SceneError(QT_TRANSLATE_NOOP("State", "not an ActViz scene: the file holds no JSON object"))
    if data.get("format") != FORMAT:
        raise SceneError(QT_TRANSLATE_NOOP("State", 'not an ActViz scene: it has no "format": "actviz-scene"'))
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or not 1 <= version <= VERSION:
        raise SceneError(
            QT_TRANSLATE_NOOP("State", "scene version {version!r} is not one this ActViz reads (1 to {VERSION})"),
            version=version,
            VERSION=VERSION,
        )
    view = data.get("view", "function")
    if view not in VIEWS:
        raise SceneError(
            QT_TRANSLATE_NOOP("State", "scene view must be one of {allowed}, got {view!r}"),
            allowed=", ".join(VIEWS),
            view=view,
        )
    display = data.get("display_settings", False)
    if not isinstance(display, bool):
        raise SceneError(
            QT_TRANSLATE_NOOP("State", 'scene "display_settings" must be true or false, got {display!r}'),
            display=display,
        )
    state = data.get("state")
    if not isinstance(state, Mapping):
        raise SceneError(QT_TRANSLATE_NOOP("State", 'scene has no "state" object'))
    function = state.get("function", "leaky_relu")
    # Custom formulas the scene defines are built in a private registry, gone after the check;
    # it starts empty, so a scene that uses a formula without carrying its text is refused here
    # rather than on the next machine.
    with registry.scratch():
        try:
            scratch = State(function if isinstance(function, str) and function in names() else "leaky_relu")
        except KeyError:  # pragma: no cover - the fallback is a catalog id
            raise SceneError(
                QT_TRANSLATE_NOOP("State", "scene shows an unknown function {function!r}"), function=function
            ) from None
        problems = scratch.load_dict(state)
        checked_state = scratch.to_dict()
    if not display:  # a file without the mark (every lesson, any older scene) keeps the room's look
        for key in DISPLAY_KEYS:
            checked_state.pop(key, None)
    if problems:
        if len(problems) > 1:
            raise SceneError(
                QT_TRANSLATE_NOOP("State", "scene refused: {problem} (and {more} more)"),
                problem=problems[0],
                more=len(problems) - 1,
            )
        raise SceneError(QT_TRANSLATE_NOOP("State", "scene refused: {problem}"), problem=problems[0])
    ui = data.get("ui", {})
    if not isinstance(ui, Mapping):
        raise SceneError(QT_TRANSLATE_NOOP("State", 'scene "ui" must be an object'))
    caption = check_caption(data.get("caption", ""))
    return {
        "view": view,
        "play": bool(data.get("play", False)),
        "display_settings": display,
        "ui": dict(ui),
        "state": checked_state,
        "caption": caption,
    }


def apply_scene(state: State, checked: Mapping[str, Any]) -> None:
    """Apply a scene returned by :func:`check_scene` (it cannot fail half-way: it was checked).

    The theme and scale change only when the scene was saved with its display settings."""
    for ov in state.overlays:
        state.unpin(ov)
    problems = state.load_dict(checked["state"])
    if problems:  # pragma: no cover - check_scene loaded the same data without problems
        raise SceneError(QT_TRANSLATE_NOOP("State", "scene refused: {problem}"), problem=problems[0])


def scene_from_setup(text: str) -> dict[str, Any]:
    """A scene whose text is a Train set-up's share string (``actviz:train?...``, one line, e.g.
    pasted into a slide's link): the Train view with that set-up, checked all or nothing
    (:class:`~actviz.state.share.ShareError` if refused). Only the training set-up changes."""
    checked = parse_setup(text)
    return {
        "view": "train",
        "play": False,
        "display_settings": False,
        "ui": {},
        "state": {"train": checked},
        "caption": "",
    }


def read_scene(path: StrPath) -> dict[str, Any]:
    """Read and check a scene file: a JSON scene, or a file whose text is a share string.

    Raises ``OSError`` when it cannot be read, ``ValueError`` (one line) when it is no scene."""
    text = read_bounded(path).decode("utf-8-sig", errors="replace")
    if is_share_string(text):
        return scene_from_setup(text)
    return check_scene(read_json(path))


def lesson_text(name: str) -> str:
    """The JSON text of a shipped lesson."""
    if name not in dict(LESSONS):
        raise RefusalError(
            QT_TRANSLATE_NOOP("State", "lesson must be one of {allowed}, got {name!r}"),
            allowed=", ".join(dict(LESSONS)),
            name=name,
        )
    return (resources.files("actviz") / "lessons" / f"{name}.actviz").read_text(encoding="utf-8")


__all__ = [
    "DISPLAY_KEYS",
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
    "read_scene",
    "scene_dict",
    "scene_from_setup",
]
