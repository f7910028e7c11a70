"""The Train view's side panel fits its width at every window size and projector scale: no
sideways scroll bar, and every control's text whole (on more lines when the panel is narrow,
never cut at its side)."""

import pytest

from actviz.ui.qt import QtCore, QtWidgets
from tests.visual.layout_helpers import check_panel_fits, clipped, open_window, settle
from tests.visual.test_train_result import check_study_table

SIZES = [(1024, 768), (1280, 720), (1280, 800), (1920, 1080)]


def _check_fits(tv, where) -> None:
    assert tv.race_button in check_panel_fits(tv.side_scroll, where), where
    # The study table's names column: where it is too narrow for its title, the title shows
    # from its start ("activ"), never cut at both sides.
    header = tv.table.horizontalHeader()
    title = tv.table.horizontalHeaderItem(0)
    if header.sectionSize(0) < header.fontMetrics().horizontalAdvance(title.text()) + 8:
        assert title.textAlignment() & QtCore.Qt.AlignmentFlag.AlignLeft, where


@pytest.mark.parametrize("in_language", ["fr", "ko", "zh_TW"], indirect=True)
def test_the_side_panel_fits_in_every_language(qtbot, in_language):
    """French words are the longest: the buttons' rows take two lines rather than widen it, and
    a finished study's table keeps every column in view with every number whole."""
    win = open_window(qtbot, (1024, 768), "light", "huge")
    win.tabs.setCurrentIndex(1)
    tv = win.train_view
    settle(qtbot, win)
    _check_fits(tv, in_language)
    win.state.train.apply_article_preset()
    win.state.train.set_study(seeds=2, epochs=20)
    tv.run_study()
    qtbot.waitUntil(lambda: tv.study is not None and tv.study_button.isEnabled(), timeout=30000)
    settle(qtbot, win)
    check_study_table(tv.table)
    _check_fits(tv, in_language)


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_the_side_panel_fits_its_width_with_every_text_whole(qtbot, size):
    win = open_window(qtbot, size, "light", "normal")
    win.tabs.setCurrentIndex(1)
    tv = win.train_view
    settle(qtbot, win)
    for scale in ("normal", "large", "huge"):  # as Ctrl+= takes the room there
        win.state.set_scale(scale)
        settle(qtbot, win)
        _check_fits(tv, (size, scale))


def test_the_wrapped_check_box_and_button_keep_their_names_keys_and_clicks(qtbot):
    win = open_window(qtbot, (1024, 768), "light", "huge")
    win.tabs.setCurrentIndex(1)
    tv = win.train_view
    settle(qtbot, win)
    box = tv.diagram_toggle
    assert box is win.findChild(QtWidgets.QCheckBox, "trainDiagramToggle")
    assert box.accessibleName() == "Network diagram instead of the losses"
    assert box.focusPolicy() & QtCore.Qt.FocusPolicy.TabFocus
    assert tv.race_button.accessibleName() == "Article race: sigmoid vs tanh vs ReLU"
    # A click on the text ticks the box, as on any check box.
    text = tv.diagram_row.label
    assert text.isVisible() and text.height() > text.fontMetrics().height()  # on two lines here
    was = box.isChecked()
    qtbot.mouseClick(text, QtCore.Qt.MouseButton.LeftButton)
    assert box.isChecked() is not was and tv.diagram.isVisible() is not was


def test_the_speed_slider_keeps_its_width_whatever_the_speed_reads(qtbot):
    """The speed's text ("as fast as it goes", "500 epochs/s") sits under the slider: the slider
    neither shrinks to a stub at huge text nor jumps as the speed changes."""
    win = open_window(qtbot, (1024, 768), "light", "huge")
    win.tabs.setCurrentIndex(1)
    tv = win.train_view
    settle(qtbot, win)
    widths = set()
    for speed in (None, 500, 1, 20):
        tv.session.set_speed(speed)
        settle(qtbot, win)
        widths.add(tv.speed.width())
        assert not clipped(tv.speed_label), tv.speed_label.text()
    assert len(widths) == 1 and widths.pop() >= 0.5 * tv.side_scroll.viewport().width()
