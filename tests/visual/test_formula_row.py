"""The formula row under the Function plot shows f and f′ whole: on a short row (1024×768 at
the huge scale, and for the widest pairs even at the normal scale) they sit side by side, shrunk
as far as need be but never below a readable size, instead of f′ going below the row's fold;
where there is room they keep their full size."""

from __future__ import annotations

import pytest

from actviz.ui import formula_view
from actviz.ui.qt import QtCore
from tests.visual import pixels
from tests.visual.layout_helpers import look, open_window, settle


def _formula_rect(label, win) -> QtCore.QRect:
    """Where the label's typeset formula is drawn, in window pixels (left, centred vertically)."""
    size = label.pixmap().deviceIndependentSize().toSize()
    rect = pixels.widget_rect(label, win)
    top = rect.top() + (rect.height() - size.height()) // 2
    return QtCore.QRect(rect.left(), top, size.width(), size.height())


def _ink(image, rect, color) -> int:
    return pixels.count_near(image, rect, color, tol=60)


def _shown(qtbot, win, function: str):
    win.state.set_function(function)
    win.info.flush()
    settle(qtbot, win)
    return win.info, pixels.grab(win)


@pytest.mark.parametrize(
    ("function", "scale"),
    [("leaky_relu", "huge"), ("elu", "huge"), ("sigmoid", "huge"), ("keras_relu", "huge"), ("mish", "normal")],
)
def test_on_a_short_row_f_and_f_prime_are_both_whole_in_view(qtbot, function, scale):
    win = open_window(qtbot, (1024, 768), "light", scale)
    panel, image = _shown(qtbot, win, function)
    viewport = pixels.widget_rect(win.info_scroll.viewport(), win)
    colors = look(win).curves
    for label, color in ((panel.f_label, colors[0]), (panel.df_label, colors[1])):
        drawn = _formula_rect(label, win)
        assert viewport.contains(drawn), (function, label.objectName(), drawn, viewport)
        # Its ink on the screen is all of its ink (the label drawn on its own, uncut by the
        # row): nothing is cut at the row's fold or side.
        ink = _ink(label.grab().toImage(), label.rect(), color)
        assert ink > 200, (function, label.objectName(), ink)
        on_screen = _ink(image, viewport.intersected(pixels.widget_rect(label, win)), color)
        assert on_screen >= 0.95 * ink, (function, label.objectName(), on_screen, ink)
    # Side by side, shrunk, but to no less than the smallest size a formula is drawn at.
    f_rect, df_rect = _formula_rect(panel.f_label, win), _formula_rect(panel.df_label, win)
    assert df_rect.left() > f_rect.right() and abs(df_rect.center().y() - f_rect.center().y()) < 40
    points = formula_view.BASE_SIZE * panel.scale * panel._fit
    assert formula_view.FORMULA_MIN_PT - 0.01 <= points < formula_view.BASE_SIZE * panel.scale, points


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 800)])
def test_where_there_is_room_the_formulas_keep_their_full_size(qtbot, size):
    win = open_window(qtbot, size, "light", "huge" if size[0] > 1500 else "normal")
    panel, image = _shown(qtbot, win, "leaky_relu")
    scale = panel.scale
    shown = formula_view.with_lhs(win.state.activation.latex_f, "f(x)")
    f_full = formula_view.formula_svg(shown, formula_view.BASE_SIZE * scale, "#000")
    full = formula_view.svg_pixmap(f_full, 1.0).deviceIndependentSize()
    drawn = _formula_rect(panel.f_label, win)
    assert abs(drawn.width() - full.width()) <= 1 and abs(drawn.height() - full.height()) <= 1, (drawn, full)
    assert _ink(image, drawn, look(win).curves[0]) > 200
