"""F7's key result is large and unclipped at projector sizes, the study table shows every column
without a sideways scroll, and the caption's measured epochs come from a Qt-free function."""

import re

import pytest

from actviz.core.training import Trainer
from actviz.state.training import TrainState, activation_spec
from actviz.ui import MainWindow
from actviz.ui.qt import QtCore, QtGui, QtWidgets
from actviz.viewmodels.train import config_from_state, race_epochs, race_summary
from visual import pixels
from visual.layout_helpers import settle


@pytest.fixture
def win(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_f7_key_result_is_large_and_unclipped(win, qtbot):
    """The race trained to its end, on the default window and then on a small projector's."""
    win.resize(1280, 800)
    win.findChild(QtGui.QAction, "lesson.convergence_race").trigger()
    tv = win.train_view
    tv.pause()
    tv.step(700)
    widths = []
    for size in ((1280, 800), (1024, 768)):
        win.resize(*size)
        settle(qtbot, win)
        pixels.grab(win)
        label = tv.key_label
        widths.append(label.width())
        text = label.text()
        assert "Sigmoid (logistic) 632" in text and "Tanh 38" in text and "ReLU 37" in text, text
        assert label.isVisible()
        # Large: well above the status line's size.
        assert label.fontInfo().pixelSize() >= 1.4 * QtWidgets.QApplication.font().pointSizeF() * 96 / 72 * 0.95
        # Unclipped: the wrapped text needs no more height than the label has, and the label lies
        # inside the window and inside the Train view.
        assert label.heightForWidth(label.width()) <= label.height() + 1, size
        shown = pixels.widget_rect(label, win)
        assert QtCore.QRect(0, 0, win.width(), win.height()).contains(shown), (size, shown, win.size())
        assert pixels.widget_rect(tv, win).contains(shown), size
    assert widths[1] < widths[0]  # laid out again for the smaller window


@pytest.mark.parametrize(
    ("size", "scale"), [((1280, 800), "normal"), ((1024, 768), "huge")], ids=["default", "1024-huge"]
)
def test_the_study_table_shows_every_column_without_scrolling(win, qtbot, size, scale):
    """The default window, and a small projector with huge text: every column in view, and
    every number whole (a median and its range may take two lines)."""
    win.resize(*size)
    win.state.set_scale(scale)
    win.tabs.setCurrentIndex(1)
    tv = win.train_view
    win.state.train.apply_article_preset()
    win.state.train.set_study(seeds=2, epochs=40)
    tv.run_study()
    qtbot.waitUntil(lambda: tv.study is not None and tv.study_button.isEnabled(), timeout=30000)
    pixels.grab(win)
    check_study_table(tv.table)


def check_study_table(table) -> None:
    """Every column in view, and every number whole (a text may take two lines at its spaces)."""
    header = table.horizontalHeader()
    assert not table.horizontalScrollBar().isVisible() and table.horizontalScrollBar().maximum() == 0
    assert header.length() <= table.viewport().width() + 1
    fm = table.fontMetrics()
    wrap = QtCore.Qt.TextFlag.TextWordWrap
    for c in range(1, 4):  # the numbers are never elided; the speed-up column is in view
        width = header.sectionSize(c)
        assert header.sectionViewportPosition(c) + width <= table.viewport().width() + 1, c
        for r in range(table.rowCount()):
            text = table.item(r, c).text()
            widest_word = max(fm.horizontalAdvance(word) for word in re.split(r"[ \n]+", text) if word)
            assert widest_word <= width - 4, (c, text, width)
            needed = fm.boundingRect(QtCore.QRect(0, 0, width - 6, 10_000), wrap, text).height()
            assert needed <= table.rowHeight(r), (c, text, needed, table.rowHeight(r))


def test_race_epochs_is_qt_free_and_measures_each_activation():
    ts = TrainState()
    ts.apply_article_preset()
    trainer = Trainer(config_from_state(ts))
    trainer.step_epochs(700)
    result = race_epochs(trainer, ts.activations)
    assert result == [("Sigmoid (logistic)", 632), ("Tanh", 38), ("ReLU", 37)]
    assert race_summary(trainer, ts.activations) == "Sigmoid (logistic) 632 · Tanh 38 · ReLU 37"
    fresh = Trainer(config_from_state(ts))
    assert race_summary(fresh, [activation_spec("sigmoid"), activation_spec("tanh"), activation_spec("relu")]) == (
        "Sigmoid (logistic) — · Tanh — · ReLU —"
    )
