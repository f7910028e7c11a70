"""The shipped lessons' captions, marked for translation.

A lesson file stores its caption in English, as its point in one sentence; this table lets the
translation tools find each one, keyed by lesson. A caption of a user's own scene is shown as
written.
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


def shown_caption(caption: str) -> str:
    """``caption`` in the interface language when it is a shipped lesson's, else as it is."""
    if caption in LESSON_CAPTIONS.values():
        return QtCore.QCoreApplication.translate(CONTEXT, caption)
    return caption


__all__ = ["LESSON_CAPTIONS", "shown_caption"]
