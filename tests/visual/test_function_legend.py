"""The Function view's legend after a parameter drag, on the pixels: it covers no curve (pins'
dashed f′ included) and no kink dot."""

from __future__ import annotations

import numpy as np
import pytest

from tests.visual import pixels
from tests.visual.layout_helpers import look, open_window, settle
from tests.visual.test_layout_lessons import legend_hides_no_curve


@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080)], ids=["1280x800", "1920x1080"])
def test_after_dragging_alpha_the_legend_hides_no_curve_and_no_kink_dot(qtbot, size):
    win = open_window(qtbot, size, "dark", "huge")
    st = win.state
    st.set_function("leaky_relu")
    st.pin("tanh")
    st.pin("relu")
    settle(qtbot, win)
    win.plot_view.show_readout(2.451)  # the mouse rests on the plot, as in a lecture
    for a in np.linspace(0.01, 0.56, 12):  # a drag of the slider, frame by frame
        st.set_param("negative_slope", float(a))
        qtbot.wait(20)
    qtbot.wait(400)  # input paused: the tight fit and the last legend placement
    settle(qtbot, win)
    pv = win.plot_view
    legend = pixels.rect_in_window(pv.legend, win)
    # The kink dot of f′ at (0, α) and of f at (0, 0) are data too.
    for y in (0.0, 0.56, 1.0):
        assert not legend.contains(pixels.window_point(pv.vb, 0.0, y, win)), f"the legend covers the kink at y = {y}"
    legend_hides_no_curve(win, qtbot)
    assert look(win).dark


def test_a_new_look_on_a_small_stacked_plot_keeps_the_legend_small_and_its_text_inside_it(qtbot):
    """F5 on a 1024 × 768 projector at huge, the room turned high-contrast: the legend's text
    stays at the size the short f(x) panel allows, inside the legend's box. (The new look
    restyled the labels at full size, and a refill that saw the same rows kept them.)"""
    win = open_window(qtbot, (1024, 768), "light", "huge", lesson="relu_dead_gradient")
    win.state.set_theme("contrast")  # text as dark as before: the legend's rows read the same
    settle(qtbot, win)
    pv = win.plot_view
    legend = pv.legend
    assert legend.isVisible() and legend.items
    # The size the plot's height allows (at most 40 % of it, but never under 8 pt), on every row.
    assert {label.opts["size"] for _sample, label in legend.items} == {pv._legend_size()} == {"8pt"}
    box = pixels.rect_in_window(legend, win).adjusted(-1, -1, 1, 1)
    for _sample, label in legend.items:
        assert box.contains(pixels.rect_in_window(label, win)), label.text
