"""Fonts the packaged app carries, registered with Qt at start.

A fresh Windows or macOS machine has fonts for English and French, but a Chinese or Korean
interface needs glyphs the system may lack. The Windows and macOS bundles carry a ``fonts/``
folder (``resources/make_fonts.py`` writes it at build time): DejaVu Sans, and a subset of
WenQuanYi Micro Hei with every character of the Traditional Chinese and Korean translations.
The Linux bundle carries none: its package depends on the system's fonts.

Where the folder is:

- ``ACTVIZ_FONTS_DIR``: that folder (tests, or a source run that wants the bundle's fonts);
- a frozen app: ``fonts/`` in the bundle (``sys._MEIPASS``);
- otherwise none: a source run uses the system's fonts only.

Each font is added with ``QFontDatabase.addApplicationFont``. When the system has no font of
its own for Traditional Chinese or Korean, the bundled CJK font is then made the substitute of
the application's fonts, so Qt falls back to it for the characters they lack. Where the system
has such fonts, Qt keeps using them, and the bundle draws like a run from source.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from actviz.ui.qt import QtGui

FONTS_ENV = "ACTVIZ_FONTS_DIR"
FONT_SUFFIXES = (".ttf", ".otf", ".ttc")
CJK_SYSTEMS = (
    QtGui.QFontDatabase.WritingSystem.TraditionalChinese,
    QtGui.QFontDatabase.WritingSystem.Korean,
)

_log = logging.getLogger("actviz")


def fonts_dir() -> Path | None:
    """The folder of bundled fonts, or None when there is none to register."""
    env = os.environ.get(FONTS_ENV)
    if env:
        return Path(env)
    base = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and base:
        return Path(base) / "fonts"
    return None


def _fallback_targets() -> list[str]:
    """The families the interface draws with: the application font and the system's fonts."""
    db = QtGui.QFontDatabase
    kinds = (
        db.SystemFont.GeneralFont,
        db.SystemFont.FixedFont,
        db.SystemFont.TitleFont,
        db.SystemFont.SmallestReadableFont,
    )
    names = [QtGui.QGuiApplication.font().family(), *(db.systemFont(kind).family() for kind in kinds)]
    names += ["DejaVu Sans", "Sans Serif", "Monospace"]
    return list(dict.fromkeys(name for name in names if name))


def _lacking_cjk(ours: list[str]) -> bool:
    """True when the system has no font of its own for Traditional Chinese or for Korean.

    Where it has them (every Windows 10/11 and macOS), Qt's own fallback keeps drawing with
    them, as a run from source does; the bundled subset only fills in where they are missing.
    """
    mine = {name.lower() for name in ours}
    return any(
        not any(family.lower() not in mine for family in QtGui.QFontDatabase.families(system)) for system in CJK_SYSTEMS
    )


def register_bundled_fonts(folder: Path | None = None) -> list[str]:
    """Add the fonts in ``folder`` (by default :func:`fonts_dir`) to the application and
    return their family names. Needs a QGuiApplication. Never raises: a font is not worth
    failing to start over, and a font Qt cannot read is named in one warning line."""
    try:
        folder = folder if folder is not None else fonts_dir()
        if folder is None or not folder.is_dir():
            return []
        families: list[str] = []
        cjk: list[str] = []
        for path in sorted(folder.iterdir()):
            if path.suffix.lower() not in FONT_SUFFIXES:
                continue
            font_id = QtGui.QFontDatabase.addApplicationFont(str(path))
            if font_id < 0:
                _log.warning("actviz: warning: could not load the font %s", path)
                continue
            names = QtGui.QFontDatabase.applicationFontFamilies(font_id)
            families += names
            # The font's own OS/2 table says which writing systems it is for; fontconfig
            # judges by coverage, and a subset covers too few ideographs to count there.
            systems = QtGui.QRawFont(str(path), 12).supportedWritingSystems()
            if any(system in systems for system in CJK_SYSTEMS):
                cjk += names
        if cjk and _lacking_cjk(families):
            for target in _fallback_targets():
                if target not in cjk:
                    QtGui.QFont.insertSubstitutions(target, cjk)
        return families
    except Exception as exc:  # the fonts are a nicety; the app starts without them
        _log.warning("actviz: warning: the bundled fonts were not registered: %s", exc)
        return []
