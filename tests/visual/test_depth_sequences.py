"""Presets, lessons and the room's look keys in any order: the Depth view never draws a result
against an activation list it was not computed for, and no internal error is raised."""

import pytest
from qt_idle import fire_pending

from actviz.ui.qt import QtCore, QtWidgets

Qt = QtCore.Qt
CTRL = Qt.KeyboardModifier.ControlModifier
PRESET_KEYS = [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5]
LESSON_KEYS = [Qt.Key.Key_F5, Qt.Key.Key_F6, Qt.Key.Key_F7]
LOOK_KEYS = [Qt.Key.Key_T, Qt.Key.Key_Equal]  # with Ctrl: theme, scale


@pytest.fixture
def win(qtbot, open_window):
    w = open_window(1280, 800)
    yield w
    w.train_view.pause()


def _depth_shown(win, qtbot):
    qtbot.keyClick(win, Qt.Key.Key_3, CTRL)
    assert win.tabs.currentIndex() == 2
    assert win.depth_view.wait_idle()


def _drawn_labels(view) -> list[str]:
    return [label.text for _sample, label in view.legend.items]


def test_preset_1_then_f5_then_ctrl_t(win, qtbot):
    """The sequence a lecturer hit: a one-activation preset, a lesson, the dark theme."""
    _depth_shown(win, qtbot)
    qtbot.keyClick(win, Qt.Key.Key_1)
    assert len(win.state.depth.activations) == 1
    qtbot.wait(10)
    qtbot.keyClick(win, Qt.Key.Key_F5)
    qtbot.wait(10)
    qtbot.keyClick(win, Qt.Key.Key_T, CTRL)
    qtbot.wait(100)
    assert win.internal_errors == []
    _depth_shown(win, qtbot)
    view = win.depth_view
    assert len(view.grad_items) == len(win.state.depth.activations) == len(_drawn_labels(view))
    assert view.diagnosis.text().count("■") == len(win.state.depth.activations)
    assert not view.message_line.isVisible() or "error" not in view.message_line.text().lower()


@pytest.mark.parametrize("preset", PRESET_KEYS, ids=lambda k: f"preset{int(k) - int(Qt.Key.Key_0)}")
def test_every_preset_lesson_and_look_key_in_turn(win, qtbot, preset):
    """Each preset, then each lesson, then a look key. The look keys alternate so that every
    pair is met: each preset with each lesson, each preset with both look keys and each lesson
    with both (the presets alternate which look key comes first)."""
    first = PRESET_KEYS.index(preset) % 2
    for j, lesson in enumerate(LESSON_KEYS):
        for look in (LOOK_KEYS[(first + j) % 2],):
            _depth_shown(win, qtbot)
            qtbot.keyClick(win, preset)
            QtWidgets.QApplication.processEvents()  # the preset's request may still be on its way
            qtbot.keyClick(win, lesson)
            QtWidgets.QApplication.processEvents()
            qtbot.keyClick(win, look, CTRL)
            fire_pending(win)  # what the new look deferred (layouts, the coalesced request)
            assert win.internal_errors == [], (preset, lesson, look)
    _depth_shown(win, qtbot)
    view = win.depth_view
    assert win.internal_errors == []
    assert len(view.grad_items) == len(win.state.depth.activations) == len(_drawn_labels(view))
