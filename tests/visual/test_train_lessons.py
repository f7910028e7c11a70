"""Lessons and scenes that change the Train view's set-up while it is hidden: the view then draws
the new set-up's networks, never the old trainer's, and no error reaches the screen."""

import pytest

from actviz.ui.qt import QtGui


@pytest.fixture
def win(open_window):
    return open_window(1600, 950)


def _trigger(win, name):
    win.findChild(QtGui.QAction, name).trigger()


def _shown_errors(win):
    bars = [win.message_bar, *(getattr(v, "message_line", None) for v in (win._train_view, win._depth_view))]
    return [b.text() for b in bars if b is not None and b.isVisible() and "error" in b.text().lower()]


@pytest.mark.parametrize(
    "keys",
    [
        ("lesson.convergence_race", "lesson.relu_dead_gradient", "lesson.convergence_race"),  # F7, F5, F7
        ("showTrainView", "lesson.relu_dead_gradient", "lesson.convergence_race"),  # Ctrl+2, F5, F7
    ],
)
def test_lesson_sequences_draw_the_right_networks(win, qtbot, keys):
    for name in keys:
        _trigger(win, name)
        qtbot.wait(50)
    tv = win.train_view
    assert not [m for m in win.messages if "error" in m.lower()], win.messages
    assert not _shown_errors(win)
    n = len(win.state.train.activations)
    assert n == 3 and tv.trainer.n_networks == n
    assert len(tv.loss_items) == n and len(tv.loss_legend.items) == n
    qtbot.waitUntil(lambda: tv.trainer.epoch > 2, timeout=5000)
    tv.pause()
    for test_item, _train in tv.loss_items:
        x, _y = test_item.getData()
        assert x is not None and len(x) == tv.trainer.epoch + 1
    assert tv.image.image is not None and tv.image.image.shape == (80, 80)
