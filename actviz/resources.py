"""Locate the files in the top-level ``resources/`` folder (app icons and the like).

The folder sits next to the :mod:`actviz` package in a source checkout. In an app built by
PyInstaller from ``resources/actviz.spec`` the same folder is unpacked as ``resources/`` under
the bundle's data directory (``sys._MEIPASS``). This module works out which case applies, so
callers only ever name a file.

This module is pure Python and imports no Qt, so it can be used (and tested) anywhere.
"""

from __future__ import annotations

import sys
from pathlib import Path, PurePosixPath

__all__ = ["ICON_FORMATS", "icon_path", "resource_path", "resources_dir"]

#: Formats in which the app icon is shipped, as file suffixes of ``actviz.<fmt>``.
ICON_FORMATS = ("png", "svg", "ico", "icns")

_FOLDER_NAME = "resources"


def resources_dir() -> Path:
    """Return the folder that holds the app's resource files.

    Returns
    -------
    pathlib.Path
        ``<sys._MEIPASS>/resources`` when running from a PyInstaller bundle, otherwise the
        ``resources/`` folder next to the ``actviz/`` package directory. The folder is not
        checked for existence here; :func:`resource_path` does that per file.

    Notes
    -----
    PyInstaller sets ``sys.frozen`` and ``sys._MEIPASS`` in the frozen app. In a one-folder
    build ``_MEIPASS`` is the ``_internal`` folder beside the executable, in a one-file build
    it is the temporary folder the archive was unpacked into. Older or other freezers may set
    only ``sys.frozen``; then the folder next to the executable is the best guess.
    """
    if getattr(sys, "frozen", False):
        base = getattr(sys, "_MEIPASS", None)
        root = Path(base) if base else Path(sys.executable).resolve().parent
        return root / _FOLDER_NAME
    # actviz/resources.py -> actviz/ -> the checkout root, which holds resources/.
    return Path(__file__).resolve().parent.parent / _FOLDER_NAME


def resource_path(name: str) -> Path:
    """Return the path of one file in the ``resources/`` folder.

    Parameters
    ----------
    name : str
        File name relative to ``resources/``, for example ``"actviz.png"``. Sub-folders are
        separated with ``/`` on every platform.

    Returns
    -------
    pathlib.Path
        Absolute path of an existing file.

    Raises
    ------
    ValueError
        If `name` is empty, absolute, or climbs out of the folder with ``..``.
    FileNotFoundError
        If there is no such file. The message names the folder that was searched, which is
        the quickest way to tell a missing data file in a frozen build from a typo.

    Examples
    --------
    >>> resource_path("actviz.svg").name
    'actviz.svg'
    """
    parts = PurePosixPath(name.replace("\\", "/")).parts
    if not parts or parts[0] == "/" or ".." in parts or ":" in parts[0]:
        raise ValueError(f"resource name must be a relative path inside resources/, got {name!r}")
    folder = resources_dir()
    path = folder.joinpath(*parts)
    if not path.is_file():
        where = "frozen app" if getattr(sys, "frozen", False) else "source checkout"
        raise FileNotFoundError(f"no resource {name!r} in {folder} ({where})")
    return path


def icon_path(fmt: str = "png") -> Path:
    """Return the path of the application icon.

    Parameters
    ----------
    fmt : {"png", "svg", "ico", "icns"}, optional
        Which rendering to return. ``"png"`` (256 x 256, the default) loads in Qt without any
        image-format plugin and is the one to give to ``QIcon`` / ``setWindowIcon``. ``"svg"``
        is the master drawing the others are generated from (``resources/make_icons.py``);
        ``"ico"`` and ``"icns"`` are the Windows and macOS containers used by the build.

    Returns
    -------
    pathlib.Path
        Absolute path of an existing icon file.

    Raises
    ------
    ValueError
        If `fmt` is not one of the shipped formats.
    FileNotFoundError
        If the icon file is missing (see :func:`resource_path`).
    """
    fmt = fmt.lower().lstrip(".")
    if fmt not in ICON_FORMATS:
        raise ValueError(f"icon format must be one of {ICON_FORMATS}, got {fmt!r}")
    return resource_path(f"actviz.{fmt}")
