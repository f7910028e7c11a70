"""The interface languages and how one is chosen: no Qt here, so the command line can check
``--language`` before Qt starts and the rules can be tested on their own.

The order of choice: ``--language`` on the command line, else the language saved from
View → Language (``"language"`` under ``"window"`` in the settings file), else the system
locale, else English. The Qt side (loading the translations, the menu) is ``actviz.ui.i18n``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

ENGLISH = "en"
SYSTEM = "system"

LANGUAGES = {"en": "English", "zh_TW": "繁體中文", "ko": "한국어", "fr": "Français"}
"""Language code → the language's name in that language (as the View → Language menu shows it)."""

# Chinese written with traditional characters: Taiwan, Hong Kong, Macao, or a locale that says Hant.
_TRADITIONAL = ("tw", "hk", "mo", "hant")


def normalize(text: str) -> str | None:
    """The language code for ``text`` (``en``, ``zh_TW``, ``zh-tw``, ``KO``...), or None."""
    if not isinstance(text, str):
        return None
    key = text.strip().replace("-", "_").lower()
    return next((code for code in LANGUAGES if code.lower() == key), None)


def from_locale_name(name: str) -> str:
    """The interface language for a locale name such as ``fr_CA``, ``zh_Hant_HK`` or ``ko-KR``:
    traditional Chinese → zh_TW, Korean → ko, French → fr, anything else → English."""
    parts = name.replace("-", "_").split(".")[0].split("@")[0].lower().split("_")
    lang, rest = parts[0], parts[1:]
    if lang == "zh":
        return "zh_TW" if any(p in _TRADITIONAL for p in rest) else ENGLISH
    if lang in ("ko", "fr"):
        return lang
    return ENGLISH


def check(value: Any) -> str:
    """A saved or typed choice as ``system`` or a language code; ValueError in one line if bad."""
    if isinstance(value, str) and value.strip().lower() == SYSTEM:
        return SYSTEM
    code = normalize(value) if isinstance(value, str) else None
    if code is None:
        raise ValueError(f"language must be one of {', '.join([SYSTEM, *LANGUAGES])}, got {value!r}")
    return code


def saved_choice(settings: Any) -> tuple[str | None, str | None]:
    """The choice in a settings object (``settings["window"]["language"]``) and, if the value
    there cannot be used, a one-line problem. ``(None, None)`` when nothing was saved."""
    if not isinstance(settings, Mapping):
        return None, None
    window = settings.get("window")
    if not isinstance(window, Mapping) or "language" not in window:
        return None, None
    try:
        return check(window["language"]), None
    except ValueError as e:
        return None, f"Ignored the saved interface language: {e}"


def resolve(override: str | None, choice: str | None, system_locale: str) -> str:
    """The language in effect: the command line's, else the saved choice, else the system's."""
    if override is not None:
        return override
    if choice is not None and choice != SYSTEM:
        return choice
    return from_locale_name(system_locale)


__all__ = ["ENGLISH", "LANGUAGES", "SYSTEM", "check", "from_locale_name", "normalize", "resolve", "saved_choice"]
