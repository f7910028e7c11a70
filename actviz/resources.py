"""Locate the files the app loads at run time (the app icons), shipped inside the package.

They live in ``actviz/assets/`` and are reached through :func:`importlib.resources.files`, so
one code path serves every way the package can be present:

- a source checkout or an editable install: the ``actviz/assets/`` folder of the checkout;
- an installed wheel: ``site-packages/actviz/assets/`` (the wheel carries them as package
  data, see ``[tool.setuptools.package-data]`` in ``pyproject.toml``);
- a zip on ``sys.path`` (a wheel or an archive imported by zipimport): the file is extracted
  once to a temporary file that lives until the interpreter exits;
- an app built by PyInstaller from ``resources/actviz.spec``: the spec collects the folder
  into ``actviz/assets/`` under the bundle's data directory (``_internal/`` in a one-folder
  build), which is where PyInstaller's frozen importer answers ``files("actviz")``.

The top-level ``resources/`` folder of the checkout holds build inputs only (the spec and
``make_icons.py``, which renders the icons into ``actviz/assets/``); nothing there is read
at run time.

This module is pure Python and imports no Qt, so it can be used (and tested) anywhere.
"""

from __future__ import annotations

import atexit
import contextlib
import sys
import threading
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path, PurePosixPath

__all__ = ["ICON_FORMATS", "assets_dir", "icon_path", "resource_path"]

#: Formats in which the app icon is shipped, as file suffixes of ``actviz.<fmt>``.
ICON_FORMATS = ("png", "svg", "ico", "icns")

_PACKAGE = "actviz"
_FOLDER_NAME = "assets"

# Files extracted from a zip import stay on disk until exit: callers get a plain path that
# Qt can open at any later time.
_extracted: dict[str, Path] = {}
_extracted_stack = contextlib.ExitStack()
_extract_lock = threading.Lock()
atexit.register(_extracted_stack.close)


def assets_dir() -> Traversable:
    """Return the package folder that holds the app's run-time files.

    Returns
    -------
    importlib.resources.abc.Traversable
        ``importlib.resources.files("actviz") / "assets"``. For a package imported from the
        file system (a checkout, an installed wheel, a PyInstaller bundle) this is a
        :class:`pathlib.Path`; for a zip import it is a path inside the archive. It is not
        checked for existence here; :func:`resource_path` does that per file.
    """
    return resources.files(_PACKAGE) / _FOLDER_NAME


def _missing_hint() -> str:
    """Say where a missing data file should have come from, for the error message."""
    if getattr(sys, "frozen", False):
        return "frozen app: resources/actviz.spec must collect actviz/assets into the bundle"
    return "the package was installed without its data files; see package-data in pyproject.toml"


def resource_path(name: str) -> Path:
    """Return the path of one file in the package's ``assets/`` folder.

    Parameters
    ----------
    name : str
        File name relative to ``actviz/assets/``, for example ``"actviz.png"``. Sub-folders
        are separated with ``/`` on every platform.

    Returns
    -------
    pathlib.Path
        Absolute path of an existing file on disk. When the package is imported from a zip,
        the file is extracted to a temporary file that is removed when the interpreter exits.

    Raises
    ------
    ValueError
        If `name` is empty, absolute, or climbs out of the folder with ``..``.
    FileNotFoundError
        If there is no such file. The message names the folder that was searched and where
        the file should have come from, which tells a missing data file in a wheel or a
        frozen build from a typo.

    Examples
    --------
    >>> resource_path("actviz.svg").name
    'actviz.svg'
    """
    parts = PurePosixPath(name.replace("\\", "/")).parts
    if not parts or parts[0] == "/" or ".." in parts or ":" in parts[0]:
        raise ValueError(f"resource name must be a relative path inside actviz/assets/, got {name!r}")
    folder = assets_dir()
    item = folder
    for part in parts:
        item = item / part
    if not item.is_file():
        raise FileNotFoundError(f"no resource {name!r} in {folder} ({_missing_hint()})")
    if isinstance(item, Path):
        return item.absolute()
    with _extract_lock:
        key = "/".join(parts)
        if key not in _extracted:
            _extracted[key] = _extracted_stack.enter_context(resources.as_file(item))
        return _extracted[key]


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
