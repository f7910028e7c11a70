"""Interface languages on the Qt side: the translators, texts of the Qt-free state translated
at use, and the View → Language menu.

Which language: see :mod:`actviz.languages`. The translations are ``actviz/i18n/actviz_<code>.qm``
(package data, compiled from the ``.ts`` files beside them by ``resources/update_translations.py``),
plus Qt's own ``qtbase_<code>.qm`` when the Qt installation has it (standard dialog buttons).

A choice made in the menu is written to the settings file at once and takes effect at the next
start: every widget sets its texts once, when it is built, so a language change would otherwise
have to reach into every widget of every view (and each new one) to retitle it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources

from actviz import settings
from actviz.languages import ENGLISH, LANGUAGES, SYSTEM, check, resolve, saved_choice
from actviz.state.texts import QT_TRANSLATE_NOOP, Marked, Message
from actviz.ui.qt import QtCore, QtGui, QtWidgets, named

CONTEXT = "Language"
_MENU_TITLE = QT_TRANSLATE_NOOP("Language", "&Language")
_SYSTEM_DEFAULT = QT_TRANSLATE_NOOP("Language", "System default")
_TITLE = QT_TRANSLATE_NOOP("Language", "Language")
_NEXT_START = QT_TRANSLATE_NOOP("Language", "The interface will be in {language} the next time ActViz starts.")

# Titles that live in the Qt-free state (actviz.state.scene.LESSONS, actviz.state.depth.PRESET_TITLES),
# marked here for the translation tools and translated where the window shows them (tr_state).
STATE_TEXTS = (
    QT_TRANSLATE_NOOP("Lessons", "1. ReLU vs Leaky ReLU: the dead gradient"),
    QT_TRANSLATE_NOOP("Lessons", "2. Sigmoid vs tanh: saturation (σ′ peaks at 0.25, tanh′ at 1)"),
    QT_TRANSLATE_NOOP("Lessons", "3. The convergence race: sigmoid vs tanh vs ReLU"),
    QT_TRANSLATE_NOOP("Depth presets", "Sigmoid, 30 layers, Xavier: the gradient vanishes"),
    QT_TRANSLATE_NOOP("Depth presets", "Tanh, 30 layers, Xavier: it holds"),
    QT_TRANSLATE_NOOP("Depth presets", "ReLU, 30 layers, He: it holds (some units dead)"),
    QT_TRANSLATE_NOOP("Depth presets", "ReLU, 30 layers, Xavier: it fades"),
    QT_TRANSLATE_NOOP("Depth presets", "Sigmoid with residual connections: it holds"),
)


def tr_state(context: str, text: str) -> str:
    """A text of the Qt-free state in the interface language (English if it has no translation)."""
    return QtCore.QCoreApplication.translate(context, text)


def tr_text(text: object) -> str:
    """A message of the Qt-free layers in the interface language: a refusal of the state
    (:class:`~actviz.state.texts.RefusalError`), a :class:`~actviz.state.texts.Message` or a
    marked text; anything else as ``str()`` (English).

    A translation whose placeholders do not fit the arguments falls back to the English
    message: a slip in a translation file must not hide what was refused.
    """
    if isinstance(text, BaseException):
        text = getattr(text, "message", None) or str(text)
    if isinstance(text, Message) and isinstance(text.template, Marked):
        arguments = {k: tr_text(v) if isinstance(v, (Marked, Message, BaseException)) else v
                     for k, v in text.arguments.items()}  # fmt: skip
        template = QtCore.QCoreApplication.translate(text.template.context, text.template)
        try:
            return template.format(**arguments)
        except (KeyError, IndexError, ValueError, AttributeError, TypeError):
            return str(text)
    if isinstance(text, Marked):
        return QtCore.QCoreApplication.translate(text.context, text)
    return str(text)


@dataclass
class Selection:
    """The language in effect, the saved choice (``system`` or a code; None if nothing was
    saved) and a one-line problem with the saved value, if any."""

    language: str = ENGLISH
    choice: str | None = None
    problem: str | None = None


current = Selection()
_installed: list[QtCore.QTranslator] = []


def qm_bytes(language: str) -> bytes | None:
    """The compiled translation of the app for ``language``, or None (English has none)."""
    if language == ENGLISH:
        return None
    item = resources.files("actviz").joinpath("i18n", f"actviz_{language}.qm")
    try:
        return item.read_bytes()
    except OSError:
        return None


def translators(language: str) -> list[QtCore.QTranslator]:
    """Loaded translators for ``language``: the app's, then Qt's own when present."""
    out = []
    data = qm_bytes(language)
    if data is not None:
        t = QtCore.QTranslator()
        if t.load(data):
            t._data = data  # type: ignore[attr-defined]  # Qt reads the bytes in place: keep them alive with the translator
            out.append(t)
        else:
            logging.getLogger("actviz").warning("the %s translation could not be loaded", language)
    elif language != ENGLISH:
        logging.getLogger("actviz").warning("the %s translation is missing from the installation", language)
    qt_dir = QtCore.QLibraryInfo.path(QtCore.QLibraryInfo.LibraryPath.TranslationsPath)
    if language != ENGLISH:
        t = QtCore.QTranslator()
        if t.load(f"qtbase_{language}", qt_dir):
            out.append(t)
    return out


def system_locale_name() -> str:
    return QtCore.QLocale.system().name()


def read_saved_choice() -> tuple[str | None, str | None]:
    """The language saved in the settings file, and a one-line problem if it is unusable.
    A missing or unreadable file says nothing here: the session restore reports it."""
    saved = settings.load()
    choice, problem = saved_choice(saved.data)
    return choice, (f"{problem} (in {saved.path}); using the system language" if problem else None)


def install(app: QtCore.QCoreApplication, override: str | None = None) -> Selection:
    """Pick the language and install its translators in ``app``; call it before building the
    window. A bad saved value is logged in one line and the system language is used."""
    global current
    choice, problem = read_saved_choice()
    language = resolve(override, choice, system_locale_name())
    uninstall(app)
    for t in translators(language):
        app.installTranslator(t)
        _installed.append(t)
    current = Selection(language, choice, problem)
    if problem:
        logging.getLogger("actviz").warning("%s", problem)
    return current


def uninstall(app: QtCore.QCoreApplication) -> None:
    """Back to English (tests use it to leave the shared application as it was)."""
    while _installed:
        app.removeTranslator(_installed.pop())


def settings_entry() -> dict[str, str]:
    """What the window saves under ``"window"``: the chosen language, if one was chosen."""
    return {"language": current.choice} if current.choice is not None else {}


def remember(choice: str) -> None:
    """Save ``choice`` (``system`` or a code) in the settings file now, keeping the rest of it
    (``window.language`` is this module's key). Raises OSError with a one-line message if the
    file cannot be written."""
    choice = check(choice)
    current.choice = choice
    current.problem = None
    settings.merge_save({("window", "language"): choice}, what="the language")


def translate_in(language: str, context: str, text: str) -> str:
    """``text`` in ``language`` whatever language is installed (English if untranslated)."""
    for t in translators(language):
        out = t.translate(context, text)
        if out:
            return out
    return text


def add_language_menu(
    menu: QtWidgets.QMenu, notify: Callable[[str], object], parent: QtWidgets.QWidget | None = None
) -> QtWidgets.QMenu:
    """View → Language: System default and each language under its own name, one checked.
    ``notify`` shows a one-line message (the choice could not be saved); the box that says when
    the choice takes effect opens over ``parent``."""
    sub = menu.addMenu(tr_state(CONTEXT, _MENU_TITLE))
    sub.setObjectName("languageMenu")
    group = QtGui.QActionGroup(sub)
    group.setExclusive(True)
    checked = current.choice or SYSTEM
    for code, name in ((SYSTEM, tr_state(CONTEXT, _SYSTEM_DEFAULT)), *LANGUAGES.items()):
        act = named(QtGui.QAction(name, sub, checkable=True), f"language.{code}")
        act.setData(code)
        act.setChecked(code == checked)
        group.addAction(act)
        sub.addAction(act)
    group.triggered.connect(lambda act: choose(act.data(), notify, parent))
    return sub


def choose(choice: str, notify: Callable[[str], object], parent: QtWidgets.QWidget | None = None) -> None:
    """The menu's choice: save it, and say (in the new language) when it takes effect; a
    choice that cannot be saved goes to ``notify`` in one line."""
    try:
        remember(choice)
    except OSError as e:
        notify(str(e))
        return
    new = resolve(None, choice, system_locale_name())
    if new == current.language:
        return
    QtWidgets.QMessageBox.information(
        parent,
        translate_in(new, CONTEXT, _TITLE),
        translate_in(new, CONTEXT, _NEXT_START).format(language=LANGUAGES[new]),
    )


__all__ = [
    "STATE_TEXTS",
    "Selection",
    "add_language_menu",
    "choose",
    "install",
    "missing_glyphs",
    "qm_bytes",
    "remember",
    "settings_entry",
    "tr_state",
    "translators",
    "uninstall",
]


def missing_glyphs(texts: list[str], font: QtGui.QFont | None = None) -> list[str]:
    """The characters of ``texts`` that Qt would draw as missing-glyph boxes in ``font`` (the
    application font by default), each once, in order. Qt lays each text out as it would draw
    it, with its whole font fallback chain; a glyph index 0 is the font's "no glyph" box.
    Accelerator marks (``&``) are left out, as menus do not draw them."""
    font = font if font is not None else QtGui.QGuiApplication.font()
    flags = (
        QtGui.QTextLayout.GlyphRunRetrievalFlag.RetrieveGlyphIndexes
        | QtGui.QTextLayout.GlyphRunRetrievalFlag.RetrieveStringIndexes
    )
    missing: list[str] = []
    for text in texts:
        plain = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
        layout = QtGui.QTextLayout(plain, font)
        layout.beginLayout()
        while layout.createLine().isValid():
            pass
        layout.endLayout()
        for run in layout.glyphRuns(0, len(plain), flags):
            for glyph, at in zip(run.glyphIndexes(), run.stringIndexes()):
                char = plain[at] if 0 <= at < len(plain) else "?"
                if glyph == 0 and not char.isspace() and char not in missing:
                    missing.append(char)
    return missing
