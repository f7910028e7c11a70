"""Presentation mode is the plot, the parameter values and the caption, and nothing else; the
plot keeps at least 60 % of the window at every projector size and scale; Esc brings the rest
back; every step of the scale still grows the text."""

from __future__ import annotations

import pytest

from actviz.ui.qt import QtGui
from tests.visual import pixels
from tests.visual.layout_helpers import clipped, figure_share, open_window, settle, shown, text_rects

SIZES = [(1024, 768), (1280, 720), (1920, 1080)]
SCALES = ["normal", "large", "huge"]


def chrome(win) -> dict:
    """What presentation mode hides, by name."""
    return {
        "menu bar": win.menuBar(),
        "view tabs": win.tabs.tabBar(),
        "side panel": win.side_scroll,
        "status bar": win.status,
        "readout line": win.plot_view.readout,
        "formulas": win.info_scroll,
    }


@pytest.mark.parametrize("scale", SCALES)
@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_presentation_mode_gives_the_plot_most_of_the_screen(qtbot, size, scale):
    win = open_window(qtbot, size, "light", scale, presenting=True, lesson="relu_dead_gradient")
    pv = win.plot_view
    visible = [name for name, w in chrome(win).items() if shown(w)]
    assert visible == [], f"presentation mode still shows {visible}"
    assert shown(pv.caption) and not clipped(pv.caption)
    assert figure_share(win) >= 0.6, f"the plot has {figure_share(win):.0%} of the window"
    # Every panel of the stack is a real plot, not a strip: a third of the main one at least.
    main = pv.vb.height()
    assert all(p.vb.height() >= main / 3 for p in pv.panels if p.widget.isVisible())
    assert pixels.overlapping(text_rects(win)) == []
    # A function with a parameter: its value, large, beside the caption and not over it.
    win.state.set_function("leaky_relu")
    settle(qtbot, win)
    assert shown(pv.param_text) and not clipped(pv.param_text)
    assert figure_share(win) >= 0.6
    assert pixels.overlapping(text_rects(win)) == []


def test_esc_brings_everything_back(qtbot):
    win = open_window(qtbot, (1280, 720), presenting=True)
    win.set_presentation(False)
    settle(qtbot, win)
    hidden = [name for name, w in chrome(win).items() if not shown(w)]
    assert hidden == [], f"after presentation mode, still hidden: {hidden}"


def test_a_view_built_in_presentation_mode_shows_its_plots_only(qtbot):
    win = open_window(qtbot, (1024, 768), "light", "huge", presenting=True, lesson="convergence_race", playing=False)
    tv = win.train_view
    assert not shown(tv.side_scroll)
    plots = tv.map_plot.width() * tv.map_plot.height() + tv.loss_plot.width() * tv.loss_plot.height()
    assert plots / (win.width() * win.height()) >= 0.35  # two plots side by side, and the caption
    assert shown(tv.caption) and not clipped(tv.caption)


def test_every_step_of_the_scale_grows_the_text_in_presentation_mode(qtbot):
    win = open_window(qtbot, (1920, 1080), "light", "large", presenting=True)
    axis = win.plot_view.plot.getPlotItem().getAxis("left")
    before = QtGui.QFontMetrics(axis.style["tickFont"]).height()
    win.state.step_scale(+1)  # Ctrl+=: large to huge
    settle(qtbot, win)
    after = QtGui.QFontMetrics(axis.style["tickFont"]).height()
    assert win.state.scale == "huge"
    assert after > before * 1.15, (before, after)
