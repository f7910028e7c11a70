"""The shipped lessons' captions and mark labels, marked for translation.

A lesson file stores its caption in English, as its point in one sentence, and its marks'
labels in English too; these tables let the translation tools find each one. A caption or a
label of a user's own scene is shown as written.
"""

from __future__ import annotations

from actviz.state.texts import QT_TRANSLATE_NOOP
from actviz.ui.qt import QtCore

CONTEXT = "Lessons"
LESSON_CAPTIONS = {
    "relu_dead_gradient": QT_TRANSLATE_NOOP(
        "Lessons", "ReLU's gradient is exactly 0 for x < 0: those units stop learning"
    ),
    "sigmoid_tanh_saturation": QT_TRANSLATE_NOOP("Lessons", "σ′ never exceeds 0.25; tanh′ reaches 1"),
    "convergence_race": QT_TRANSLATE_NOOP(
        "Lessons", "tanh is about 10× faster than sigmoid, ReLU about 2× faster than tanh"
    ),
}

LESSON_MARKS = (
    QT_TRANSLATE_NOOP("Lessons", "ReLU′ = 0 to the left"),  # relu_dead_gradient
    QT_TRANSLATE_NOOP("Lessons", "σ′ max"),  # sigmoid_tanh_saturation
    QT_TRANSLATE_NOOP("Lessons", "tanh′ max"),
)
_SHIPPED = frozenset((*LESSON_CAPTIONS.values(), *LESSON_MARKS))


def shown_lesson_text(text: str) -> str:
    """``text`` (a caption or a mark's label) in the interface language when it is a shipped
    lesson's, else as it is."""
    if text in _SHIPPED:
        return QtCore.QCoreApplication.translate(CONTEXT, text)
    return text


__all__ = ["LESSON_CAPTIONS", "LESSON_MARKS", "shown_lesson_text"]
