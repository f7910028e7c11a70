"""Each view says its own messages where the lecturer looks: a cancelled study in the Train view,
a refused setting in the Depth view. They go when a later setting takes (or after a timeout), and
a cancelled study's table says that it is partial and how far it got."""

import pytest

from actviz.ui.message_line import TIMEOUT_MS
from visual import pixels


@pytest.fixture
def win(open_window):
    return open_window(1280, 800)


def _shown_in(view, line, win):
    pixels.grab(win)
    return line.isVisible() and pixels.widget_rect(view, win).contains(pixels.widget_rect(line, win))


def test_a_cancelled_study_says_so_in_the_train_view_and_its_table_is_partial(win, qtbot):
    win.tabs.setCurrentIndex(1)
    tv = win.train_view
    win.state.train.apply_article_preset()
    win.state.train.set_study(seeds=3, epochs=5000)
    tv.run_study()
    qtbot.waitUntil(lambda: tv.progress.value() >= 1, timeout=30000)
    tv.cancel_study()
    qtbot.waitUntil(lambda: tv.study_button.isEnabled(), timeout=30000)
    line = tv.message_line
    assert "cancelled" in line.text() and _shown_in(tv, line, win)
    assert not win.message_bar.isVisible()  # not under the function plot
    reached = tv.study.epochs
    assert 0 < reached < 5000
    caption = tv.study_caption
    assert caption.isVisible() and "Partial" in caption.text() and f"epoch {reached} of 5000" in caption.text()
    cells = [tv.table.item(r, 1).text() for r in range(tv.table.rowCount())]
    assert not any("not converged" in c for c in cells), cells
    assert any(f"not by {reached}" in c for c in cells), cells  # sigmoid is far from 0.05 early on
    # A setting that takes clears the message; the timeout is short enough not to linger.
    win.state.train.set_learning_rate(0.1)
    assert not line.isVisible()
    assert TIMEOUT_MS <= 15_000


def test_a_complete_study_is_not_called_partial(win, qtbot):
    win.tabs.setCurrentIndex(1)
    tv = win.train_view
    win.state.train.set_study(seeds=2, epochs=20)
    tv.run_study()
    qtbot.waitUntil(lambda: tv.study is not None and tv.study_button.isEnabled(), timeout=30000)
    assert "Partial" not in tv.study_caption.text() and "2 seeds × 20 epochs" in tv.study_caption.text()


def test_a_depth_refusal_shows_in_the_depth_view(win, qtbot):
    win.tabs.setCurrentIndex(2)
    dv = win.depth_view
    assert dv.wait_idle()
    dv._try(win.state.depth.set_depth, 100_000)
    line = dv.message_line
    assert "depth" in line.text().lower() and _shown_in(dv, line, win)
    assert not win.message_bar.isVisible()
    win.state.depth.set_depth(10)
    assert not line.isVisible()
    assert dv.wait_idle()


def test_a_message_times_out(win, qtbot):
    win.tabs.setCurrentIndex(1)
    line = win.train_view.message_line
    line.say("a passing note", timeout_ms=50)
    assert line.isVisible()
    qtbot.waitUntil(lambda: not line.isVisible(), timeout=2000)
