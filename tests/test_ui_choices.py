"""Combo boxes whose items are the state's ids show translated labels, and choosing one still
writes the id: checked with a translator that knows only the labels."""

from __future__ import annotations

import pytest
from test_i18n_messages import FakeTranslator

from actviz.ui.qt import QtWidgets

FRENCH = {
    ("Choices", "circle"): "cercle",
    ("Choices", "spiral"): "spirale",
    ("Choices", "two gaussians"): "deux gaussiennes",
    ("Choices", "none"): "aucune",
    ("Choices", "He (Kaiming)"): "He (Kaiming) fr",
    ("Choices", "playground"): "terrain de jeu",
}


@pytest.fixture
def window(qtbot, qapp):
    fake = FakeTranslator(qapp, FRENCH)
    from actviz.ui import MainWindow

    win = MainWindow()
    win.remember_session = False
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.train_view.pause()
    fake.remove()


def texts(combo: QtWidgets.QComboBox) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def choose(combo: QtWidgets.QComboBox, text: str) -> None:
    """As a user does: the item with this text, picked from the list."""
    index = combo.findText(text)
    assert index >= 0, (text, texts(combo))
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_the_train_views_data_set_and_regularisation_are_translated(window):
    tv = window.train_view
    window.tabs.setCurrentIndex(1)
    ts = window.state.train
    assert ts.dataset == "circle" and tv.dataset.currentText() == "cercle"
    assert "spirale" in texts(tv.dataset) and "deux gaussiennes" in texts(tv.dataset)
    assert "circle" not in texts(tv.dataset) and "spiral" not in texts(tv.dataset)
    choose(tv.dataset, "spirale")
    assert ts.dataset == "spiral"
    assert ts.regularization == "none" and tv.reg.currentText() == "aucune"
    choose(tv.reg, "L2")
    assert ts.regularization == "L2"
    choose(tv.reg, "aucune")
    assert ts.regularization == "none"
    # The state changed elsewhere (a scene, the command line): the combo shows its label.
    ts.set_dataset("gauss")
    assert tv.dataset.currentText() == "deux gaussiennes"


def test_the_depth_views_initialisation_is_translated(window):
    dv = window.depth_view
    ds = window.state.depth
    assert "He (Kaiming) fr" in texts(dv.init) and "he" not in texts(dv.init)
    choose(dv.init, "terrain de jeu")
    assert ds.init == "playground"
    ds.set_init("he")
    assert dv.init.currentText() == "He (Kaiming) fr"


def test_a_parameters_choice_is_translated(window):
    window.state.set_function("gelu")
    combo = window.findChild(QtWidgets.QComboBox, "param.approximate.combo")
    assert combo is not None
    assert combo.currentText() == "aucune" and texts(combo) == ["aucune", "tanh"]
    combo.setCurrentIndex(1)
    assert window.state.params["approximate"] == "tanh"
    combo.setCurrentIndex(0)
    assert window.state.params["approximate"] == "none"
