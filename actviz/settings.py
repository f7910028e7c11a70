"""The settings file: where it is, reading it, and saving into it. The only module that writes it.

One JSON object: the session of the window (the keys of ``State.to_dict()``) and, under
``"window"``, its size and place, the formula panel and the interface language. Several parts
of the app own keys in it (the window its session, the language menu ``window.language``);
each saves only its own keys with :func:`merge_save`, which reads the file, changes those keys,
keeps every other key as it was (a newer version's keys too) and writes the whole file
atomically, so no part undoes another's save.

Where it is (:func:`settings_path`): ``ACTVIZ_SETTINGS`` when set (``none``, ``off``, ``0`` or
empty: no settings file, as tests and CI use), else ``state.json`` in the per-user
configuration folder that Qt's ``QStandardPaths.AppConfigLocation`` names for ActViz, so files
saved by earlier versions are found: ``$XDG_CONFIG_HOME`` or ``~/.config`` + ``/ActViz/ActViz``
on Linux, ``~/Library/Preferences/ActViz/ActViz`` on macOS, ``%LOCALAPPDATA%\\ActViz\\ActViz``
on Windows.

Reading (:func:`load`) is bounded and never blocks (see :mod:`actviz.fileio`): a file that is
missing is no news; one that is corrupt, too large, nested too deep, a FIFO, a device or a
folder gives a one-line problem and no data, so the defaults stay. No Qt here.
"""

from __future__ import annotations

import errno
import json
import os
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from actviz.fileio import FileError, atomic_write_text, describe, read_json

ENV = "ACTVIZ_SETTINGS"
OFF = ("", "none", "off", "0")
"""Values of :data:`ENV` (any case) that turn the settings file off."""
FILE_NAME = "state.json"
ORGANIZATION = "ActViz"
APPLICATION = "ActViz"

Key = str | tuple[str, ...]
"""A key of the settings object: a top-level name, or a path into nested objects
(``("window", "language")``)."""


def config_folder(
    platform: str | None = None, environ: Mapping[str, str] | None = None, home: Path | None = None
) -> Path:
    """The per-user configuration folder of ActViz, as Qt names it (``AppConfigLocation``
    with organisation and application both ``ActViz``)."""
    platform = sys.platform if platform is None else platform
    environ = os.environ if environ is None else environ
    home = Path.home() if home is None else home
    if platform == "win32":
        local = environ.get("LOCALAPPDATA", "")
        base = Path(local) if local else home / "AppData" / "Local"
    elif platform == "darwin":
        base = home / "Library" / "Preferences"
    else:
        xdg = environ.get("XDG_CONFIG_HOME", "")
        base = Path(xdg) if xdg and os.path.isabs(xdg) else home / ".config"  # Qt ignores a relative one
    return base / ORGANIZATION / APPLICATION


def settings_path() -> Path | None:
    """Where the settings file is now (the environment is read on each call); None when
    ``ACTVIZ_SETTINGS`` turns it off."""
    env = os.environ.get(ENV)
    if env is not None:
        return None if env.lower() in OFF else Path(env)
    return config_folder() / FILE_NAME


@dataclass(frozen=True)
class Loaded:
    """What :func:`load` found: the settings object (empty when there is nothing usable),
    where it came from (None when settings are off), and a one-line problem when the file is
    there but cannot be used."""

    path: Path | None
    data: dict[str, Any] = field(default_factory=dict)
    problem: str | None = None


_CURRENT = object()


def load(path: Path | object | None = _CURRENT) -> Loaded:
    """Read the settings file (by default the one :func:`settings_path` names). Never raises
    over the file: a missing one gives no data and no problem; an unusable one gives no data
    and ``problem``, a line that starts ``Ignored saved settings:``."""
    where = settings_path() if path is _CURRENT else path
    if where is None:
        return Loaded(None)
    assert isinstance(where, Path)
    try:
        data = read_json(where)
        if not isinstance(data, dict):
            raise ValueError(f"{where} does not hold a JSON object")
    except OSError as e:
        if e.errno == errno.ENOENT:
            return Loaded(where)
        return Loaded(where, problem=f"Ignored saved settings: {e}")
    except ValueError as e:
        return Loaded(where, problem=f"Ignored saved settings: {e}")
    return Loaded(where, data)


def _path_of(key: Key) -> tuple[str, ...]:
    path = (key,) if isinstance(key, str) else key
    if not isinstance(path, tuple) or not path or not all(isinstance(part, str) for part in path):
        raise TypeError(f"a settings key is a name or a tuple of names, got {key!r}")
    return path


def merged(data: Mapping[str, Any], values: Mapping[Key, Any], remove: Iterable[Key] = ()) -> dict[str, Any]:
    """``data`` with ``values`` set and the keys in ``remove`` taken out; every other key kept.
    A nested key replaces whatever stands in its way that is not an object. ``data`` is not
    changed."""
    out: dict[str, Any] = dict(data)

    def parent(path: tuple[str, ...], create: bool) -> dict[str, Any] | None:
        node = out
        for name in path[:-1]:
            child = node.get(name)
            if not isinstance(child, dict):
                if not create:
                    return None
                child = {}
            else:
                child = dict(child)  # copied on the way down: the caller's objects stay as they were
            node[name] = child
            node = child
        return node

    for key in remove:
        path = _path_of(key)
        node = parent(path, create=False)
        if node is not None:
            node.pop(path[-1], None)
    for key, value in values.items():
        path = _path_of(key)
        node = parent(path, create=True)
        assert node is not None
        node[path[-1]] = value
    return out


def merge_save(
    values: Mapping[Key, Any],
    remove: Iterable[Key] = (),
    what: str = "the settings",
    path: Path | object | None = _CURRENT,
) -> Path | None:
    """Save ``values`` into the settings file and take the keys in ``remove`` out of it,
    keeping everything else that is in the file. The file is written atomically: the previous
    one stays whole if anything fails.

    Parameters
    ----------
    values
        The keys this caller owns and their new values (JSON-able), by name or by path.
    remove
        Keys this caller owns that have no value now.
    what
        What is being saved, for the message: ``"the session"``, ``"the language"``.
    path
        The file; by default the one :func:`settings_path` names.

    Returns
    -------
    Path or None
        Where it was written; None when settings are off.

    Raises
    ------
    OSError
        A :class:`~actviz.fileio.FileError` with one line saying what could not be saved where.
    """
    where = settings_path() if path is _CURRENT else path
    if where is None:
        return None
    assert isinstance(where, Path)
    remove = list(remove)
    for key in [*values, *remove]:
        _path_of(key)  # a caller's slip, before anything is read or written
    try:
        old = read_json(where)
    except (OSError, ValueError):
        old = {}  # nothing usable there: what is saved now replaces it
    text = json.dumps(merged(old if isinstance(old, dict) else {}, values, remove), indent=1) + "\n"
    try:
        where.parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise FileError(f"cannot save {what} to {where}: {describe(e)}", e.errno) from None
    atomic_write_text(where, text)
    return where


__all__ = [
    "APPLICATION",
    "ENV",
    "FILE_NAME",
    "OFF",
    "ORGANIZATION",
    "Key",
    "Loaded",
    "config_folder",
    "load",
    "merge_save",
    "merged",
    "settings_path",
]
