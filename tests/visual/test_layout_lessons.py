"""The lessons' point is visible, on the pixels: F5's f′ = 0 for x < 0 in its own panel,
uncovered; F6's lines at 0.25 and 1; F7's caption whole. Text never overlaps text, and the
legend sits where no curve is."""

from __future__ import annotations

import numpy as np
import pytest

from actviz.ui.plot import MARK_COLORS
from actviz.ui.qt import QtCore
from tests.visual import pixels
from tests.visual.layout_helpers import clipped, look, open_window, settle, text_rects

SIZES = [(1920, 1080), (1024, 768)]
CASES = [(size, t) for size in SIZES for t in ("light", "dark")]
IDS = [f"{w}x{h}-{t}" for (w, h), t in CASES]
SCALES = ("normal", "huge")
"""Each window is checked at normal size, then after Ctrl+= has taken the room to huge."""


def at_each_scale(qtbot, size, theme_name, lesson):
    """The lesson's window at each of :data:`SCALES` in turn (one window per size and theme)."""
    win = open_window(qtbot, size, theme_name, SCALES[0], lesson=lesson)
    for scale in SCALES:
        if scale != win.state.scale:
            win.state.set_scale(scale)
            settle(qtbot, win)
        yield win, scale


def no_overlap(win) -> None:
    rects = text_rects(win)
    assert pixels.overlapping(rects) == [], rects


def legend_hides_no_curve(win, qtbot) -> None:
    """With the legend taken away, the place it held shows no curve pixels."""
    pv, lk = win.plot_view, look(win)
    legend = pv.legend
    rect = pixels.rect_in_window(legend, win)
    legend.hide()
    try:
        qtbot.wait(10)
        img = pixels.grab(win)
    finally:
        legend.show()
    colors = list(lk.curves) + [lk.overlay(ov.slot) for ov in win.state.overlays]
    found = {c: pixels.count_near(img, rect, c, tol=60) for c in colors}
    assert max(found.values()) <= 12, (rect, found)


@pytest.mark.parametrize(("size", "theme_name"), CASES, ids=IDS)
def test_f5_the_dead_gradient_is_drawn_in_its_own_panel_uncovered(qtbot, size, theme_name):
    for win, scale in at_each_scale(qtbot, size, theme_name, "relu_dead_gradient"):
        _check_f5(win, qtbot, scale)


def _check_f5(win, qtbot, scale):
    pv, lk = win.plot_view, look(win)
    assert pv.layout_name == "stacked"
    f1 = pv.panels[0]
    # The mark is about f′: it is named in the f′ panel, not in the f panel above.
    assert ("v", 0.0, "ReLU′ = 0 to the left") in pv.marks.drawn(f1.pi)
    assert all(text == "" for kind, _v, text in pv.marks.drawn(pv.plot.getPlotItem()) if kind == "v")
    img = pixels.grab(win)
    label = pixels.rect_in_window(pv.marks._panel(f1.pi).v_lines[0].label, win)
    hits = 0
    xs = np.linspace(-4.6, -0.4, 15)
    for x in xs:
        pt = pixels.window_point(f1.vb, float(x), 0.0, win)
        assert not label.contains(pt), f"{scale}: the mark's label covers f′ = 0 at x = {x:.2f}"
        box = QtCore.QRect(pt.x() - 2, pt.y() - 3, 5, 7)
        hits += pixels.count_near(img, box, lk.curves[1], tol=70) > 0
    assert hits == len(xs), f"{scale}: f′ = 0 seen at {hits} of {len(xs)} places"
    assert not clipped(pv.caption)
    no_overlap(win)
    legend_hides_no_curve(win, qtbot)


@pytest.mark.parametrize(("size", "theme_name"), CASES, ids=IDS)
def test_f6_the_lines_at_a_quarter_and_one_are_visible(qtbot, size, theme_name):
    for win, scale in at_each_scale(qtbot, size, theme_name, "sigmoid_tanh_saturation"):
        _check_f6(win, qtbot, theme_name, scale)


def _check_f6(win, qtbot, theme_name, scale):
    pv = win.plot_view
    img = pixels.grab(win)
    color = MARK_COLORS[theme_name]
    # Where no curve runs along them (sigmoid and tanh reach 1 only for large x).
    for y, x1 in ((0.25, 5.5), (1.0, -0.5)):
        seen = 0
        xs = np.linspace(-5.5, x1, 12)
        for x in xs:
            pt = pixels.window_point(pv.vb, float(x), y, win)
            # A box longer than one period of the dash-dot pattern at any scale.
            seen += pixels.count_near(img, QtCore.QRect(pt.x() - 16, pt.y() - 2, 33, 5), color, tol=70) > 0
        # Crossed by curves and its own label here and there: most of it shows.
        assert seen >= 0.6 * len(xs), f"{scale}: the line at {y} shows at {seen} of {len(xs)} places"
    texts = {t for _k, _v, t in pv.marks.drawn(pv.plot.getPlotItem())}
    assert {"σ′ max", "tanh′ max"} <= texts
    assert not clipped(pv.caption)
    no_overlap(win)
    legend_hides_no_curve(win, qtbot)


@pytest.mark.parametrize(
    ("size", "theme_name", "scale", "presenting"),
    [
        ((1024, 768), "light", "huge", True),
        ((1920, 1080), "dark", "normal", False),
        ((1024, 768), "dark", "huge", False),
    ],
    ids=["1024x768-light-huge-F11", "1920x1080-dark-normal", "1024x768-dark-huge"],
)
def test_f7_the_caption_is_readable_with_the_measured_epochs(qtbot, size, theme_name, scale, presenting):
    win = open_window(qtbot, size, theme_name, scale, presenting, lesson="convergence_race", playing=False)
    tv = win.train_view
    tv.step(40)
    settle(qtbot, win)
    cap = tv.caption
    assert cap.isVisible()
    assert cap.text().startswith("tanh is about 10× faster than sigmoid")
    # The measured epochs are beside it, in the one result line, labelled as this run's.
    assert "this run (seed 0), epochs to test loss < 0.05: " in tv.key_label.text()
    assert not clipped(cap) and not clipped(tv.key_label)
    rect = pixels.widget_rect(cap, win)
    assert win.rect().contains(rect), (rect, win.rect())
    # Nothing lies on it: the plots, their legends and titles are all elsewhere.
    others = [("map", pixels.widget_rect(tv.map_plot, win)), ("loss", pixels.widget_rect(tv.loss_plot, win))]
    assert pixels.overlapping([("caption", rect), *others]) == []
    for plot in (tv.map_plot, tv.loss_plot):  # titles whole: no "Decision bou…"
        title = plot.getPlotItem().titleLabel
        if title.isVisible() and title.text:
            assert title.item.boundingRect().width() <= plot.width(), title.text
