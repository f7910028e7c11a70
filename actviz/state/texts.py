"""Texts the Qt-free state shows to a user, kept translatable without Qt.

The state refuses a value with a :class:`RefusalError`: its message is English (what ``str()``,
logs, the CLI and tests see), built from a template marked with :func:`QT_TRANSLATE_NOOP`
and its arguments, so that the interface can build the same message again in its language
(``actviz.ui.i18n.tr_text``). The translation tools find the marked templates by the
marker's name, as they find Qt's own macro.
"""

from __future__ import annotations

from typing import Any

CONTEXT = "State"


class Marked(str):
    """A text marked for translation: the English text, and the context it is filed under."""

    context: str

    def __new__(cls, context: str, text: str) -> Marked:
        out = super().__new__(cls, text)
        out.context = context
        return out


def QT_TRANSLATE_NOOP(context: str, text: str) -> Marked:  # noqa: N802 - the name the translation tools look for
    """Mark ``text`` for translation under ``context``; it stays the English text here."""
    return Marked(context, text)


class Message(str):
    """An English message made from a marked template and its arguments, which the interface
    can make again from the translated template. Arguments that are themselves marked texts,
    messages or refusals are translated too."""

    template: Marked
    arguments: dict[str, Any]

    def __new__(cls, template: Marked, /, **arguments: Any) -> Message:
        out = super().__new__(cls, template.format(**arguments))
        out.template = template
        out.arguments = arguments
        return out


def joined(items: list[str], separator: str = ", ") -> Message:
    """``items`` joined by ``separator``, each item still translatable."""
    names = [f"item{i}" for i in range(len(items))]
    # An unmarked template: translation leaves it as it is and translates only the items.
    return Message(Marked("", separator.join("{" + n + "}" for n in names)), **dict(zip(names, items)))


class RefusalError(ValueError):
    """A value the state refuses, with a message fit for a user (see the module docstring)."""

    def __init__(self, template: Marked, /, **arguments: Any) -> None:
        self.message = Message(template, **arguments)
        super().__init__(self.message)


__all__ = ["CONTEXT", "QT_TRANSLATE_NOOP", "Marked", "Message", "RefusalError", "joined"]
