"""Combo boxes whose items are the state's ids (a data set, a regularisation, an initialisation,
a parameter's choice): each item shows a translated label and keeps its id as the item's data,
so that what is written to the state, saved in scenes and typed on the command line is the same
in every language."""

from __future__ import annotations

from collections.abc import Iterable

from actviz.state.texts import QT_TRANSLATE_NOOP
from actviz.ui.qt import QtCore, QtWidgets

CONTEXT = "Choices"

# Ids not listed here (L1, L2, function ids) read the same in every language and show as they are.
LABELS = {
    # The Train view's data sets
    "circle": QT_TRANSLATE_NOOP("Choices", "circle"),
    "xor": QT_TRANSLATE_NOOP("Choices", "XOR"),
    "gauss": QT_TRANSLATE_NOOP("Choices", "two gaussians"),
    "spiral": QT_TRANSLATE_NOOP("Choices", "spiral"),
    # Regularisation, and a parameter's "no choice"
    "none": QT_TRANSLATE_NOOP("Choices", "none"),
    # The Depth view's weight initialisations (named after their authors, but a script may differ)
    "xavier": QT_TRANSLATE_NOOP("Choices", "Xavier (Glorot)"),
    "he": QT_TRANSLATE_NOOP("Choices", "He (Kaiming)"),
    "lecun": QT_TRANSLATE_NOOP("Choices", "LeCun"),
    "playground": QT_TRANSLATE_NOOP("Choices", "playground"),
}


def label(item_id: str) -> str:
    """The translated label of an id (the id itself when it has none)."""
    text = LABELS.get(item_id)
    return QtCore.QCoreApplication.translate(CONTEXT, text) if text else item_id


def fill(combo: QtWidgets.QComboBox, ids: Iterable[str]) -> None:
    """Add one item per id: its label shown, the id as data."""
    for item_id in ids:
        combo.addItem(label(item_id), item_id)


def id_at(combo: QtWidgets.QComboBox, index: int | None = None) -> str:
    """The id of an item (the current one by default)."""
    index = combo.currentIndex() if index is None else index
    data = combo.itemData(index)
    return data if isinstance(data, str) else combo.itemText(index)


def select(combo: QtWidgets.QComboBox, item_id: str) -> None:
    """Show the item of an id; an unknown id leaves the combo as it is."""
    index = combo.findData(item_id)
    if index >= 0:
        combo.setCurrentIndex(index)
