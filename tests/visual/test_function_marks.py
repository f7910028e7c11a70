"""Reference-mark labels on the Function view, on the pixels: a label never hides a curve,
and every drawn curve, dashed ones too, is named in the legend."""

from __future__ import annotations

import pytest

from actviz.ui.qt import QtCore
from tests.visual import pixels
from tests.visual.layout_helpers import look, open_window

CASES = [((1920, 1080), "normal"), ((1920, 1080), "huge"), ((1024, 768), "normal"), ((1024, 768), "huge")]
IDS = [f"{w}x{h}-{s}" for (w, h), s in CASES]


def mark_labels(win):
    pv = win.plot_view
    panel = pv.marks._panel(pv.plot.getPlotItem())
    return [ln.label for ln in (*panel.h_lines, *panel.v_lines) if ln.isVisible() and ln.label.isVisible()]


@pytest.mark.parametrize(("size", "scale"), CASES, ids=IDS)
def test_f6_mark_labels_cover_no_curve(qtbot, size, scale):
    win = open_window(qtbot, size, "dark", scale, lesson="sigmoid_tanh_saturation")
    labels = mark_labels(win)
    assert {label.toPlainText() for label in labels} == {"σ′ max", "tanh′ max"}
    rects = {label.toPlainText(): pixels.rect_in_window(label, win) for label in labels}
    for label in labels:
        label.hide()
    try:
        qtbot.wait(10)
        img = pixels.grab(win)
    finally:
        for label in labels:
            label.show()
    lk = look(win)
    colors = list(lk.curves[:2]) + [lk.overlay(ov.slot) for ov in win.state.overlays]
    for text, rect in rects.items():
        found = {c: pixels.count_near(img, rect, c, tol=60) for c in colors}
        assert max(found.values()) <= 12, (text, rect, found)


def test_f6_every_drawn_curve_has_a_legend_entry(qtbot):
    win = open_window(qtbot, (1920, 1080), "light", "huge", lesson="sigmoid_tanh_saturation")
    pv = win.plot_view
    rows = {label.text: sample.item for sample, label in pv.legend.items}
    for c in pv.curves:
        if c.isVisible():
            assert c in rows.values(), c.name()
    for ov, (f_item, df_item) in pv.overlay_items.items():
        assert rows.get(ov.label()) is f_item
        assert df_item.isVisible() and df_item.getData()[0] is not None
        # The dashed f′ of the pin has its own row, drawn dashed in the pin's colour.
        sample = rows.get(f"{ov.label()}  f′(x)")
        assert sample is not None, list(rows)
        pen = sample.opts["pen"]
        assert pen.style() == QtCore.Qt.PenStyle.DashLine
        assert pen.color().name().lower() == look(win).overlay(ov.slot).lower()
        # Short dashes: at least one gap shows within the sample's 20 px.
        assert pen.widthF() * sum(pen.dashPattern()) < 20


def test_placing_the_labels_again_places_them_where_they_are(qtbot):
    """The labels' place depends on the plot, not on how often it was computed: after a resize
    each new fit used to measure the text with the view's old scale and chose another place,
    one of them on the tanh curve (1024 × 768, huge)."""
    win = open_window(qtbot, (1024, 768), "dark", "huge", lesson="sigmoid_tanh_saturation")
    pv = win.plot_view

    def placed():
        return [(label.toPlainText(), pixels.rect_in_window(label, win)) for label in mark_labels(win)]

    first = placed()
    for _ in range(3):
        pv.marks.refit(pv.plot.getPlotItem())
        assert placed() == first
