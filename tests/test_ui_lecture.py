"""What a lecturer sees: parameter values on the plot, a legend that stays out of the way, and a
y range that keeps the live function readable."""

import numpy as np
import pytest
from qt_idle import settle

from actviz.state.model import MAX_ABS_COORD
from actviz.ui import MainWindow
from actviz.ui.qt import QtCore
from actviz.viewmodels import function as fm


@pytest.fixture
def win(open_window):
    return open_window(1024, 768)


def legend_texts(win):
    return [label.text for _sample, label in win.plot_view.legend.items]


def test_parameter_values_are_on_the_plot_and_in_the_legend(win, qtbot):
    pv = win.plot_view
    for _ in range(6):
        win.nudge_first_param(+1)
    assert win.state.params["negative_slope"] == pytest.approx(0.07)
    qtbot.waitUntil(lambda: pv.param_text.text() == "α = 0.07")  # text follows at 20 Hz at most
    assert pv.param_text.isVisible()
    assert pv.param_text.font().pointSizeF() >= 20  # large enough for the back row
    qtbot.waitUntil(lambda: "Leaky ReLU (α=0.07)  f(x)" in legend_texts(win))  # once input pauses
    win.set_presentation(True, full_screen=False)
    assert pv.param_text.isVisible() and pv.param_text.text() == "α = 0.07"
    assert pv.param_text.font().pointSizeF() >= 30
    win.state.set_function("relu")
    assert not pv.param_text.isVisible()


def test_eight_pins_keep_the_legend_small_on_a_small_window(win, qtbot):
    for fid in ("relu", "tanh", "elu", "gelu", "silu", "mish", "softplus", "selu"):
        win.state.pin(fid)
    pv = win.plot_view
    settle(qtbot, win)
    legend = pv.legend.sceneBoundingRect()
    plot = pv.vb.sceneBoundingRect()
    assert legend.width() * legend.height() < 0.25 * plot.width() * plot.height()
    assert all("dashed" not in t for t in legend_texts(win))


def test_legend_spacing_comes_back_after_presentation(win, qtbot):
    pv = win.plot_view
    before = pv.legend.sceneBoundingRect().height()
    win.set_presentation(True, full_screen=False)
    settle(qtbot, win)
    assert pv.legend.sceneBoundingRect().height() > before
    win.set_presentation(False)
    settle(qtbot, win)
    assert pv.legend.sceneBoundingRect().height() == pytest.approx(before, abs=1)


def test_a_pinned_relu_does_not_squash_sigmoid(win):
    win.state.set_function("sigmoid")
    win.state.pin("relu")
    lo, hi = win.state.auto_y_range
    # sigmoid spans [0, 1] (its f′ lies inside): it keeps at least half the height
    assert 1.0 / (hi - lo) >= 0.5
    assert fm.fit_extent((0.0, 1.0), (0.0, 5.0)) == (0.0, 1.5)
    assert fm.fit_extent((0.0, 1.0), (0.2, 0.7)) == (0.0, 1.0)
    assert fm.fit_extent(None, (0.0, 5.0)) == (0.0, 5.0)


def test_the_view_never_goes_past_what_the_boxes_allow(win):
    vb = win.plot_view.vb
    win.state.set_x_range(-1e12, 1e12)
    vb.scaleBy((1e6, 1))  # an extreme zoom-out with the mouse wheel (y follows the data)
    (x0, x1), (y0, y1) = vb.viewRange()
    assert x0 >= -MAX_ABS_COORD and x1 <= MAX_ABS_COORD and y0 >= -MAX_ABS_COORD and y1 <= MAX_ABS_COORD
    assert (win.ranges.x_min.value(), win.ranges.x_max.value()) == win.state.x_range
    assert np.isclose(win.ranges.y_max.value(), y1) and np.isclose(win.ranges.y_min.value(), y0)


def _ink(pixmap):
    img = pixmap.toImage()
    return sum(img.pixelColor(x, y).alpha() > 0 for x in range(0, img.width(), 2) for y in range(0, img.height(), 2))


def test_formulas_are_typeset_not_raw_text(win, qtbot):
    panel = win.info
    win.state.set_function("gelu")
    # Typesetting starts just after the window's first paint: wait for it as a user would.
    qtbot.waitUntil(lambda: panel.f_label.pixmap() is not None and not panel.f_label.pixmap().isNull())
    for lab in (panel.f_label, panel.df_label):
        pix = lab.pixmap()
        assert pix is not None and not pix.isNull() and pix.width() > 80 and pix.height() > 20
        assert _ink(pix) > 150  # glyphs, not a few stray strokes
        assert "$" not in lab.text() and "\\" not in lab.text()
    assert "href='https://arxiv.org/abs/1606.08415'" in panel.text.text()
    small = panel.f_label.pixmap().height()
    # Presentation text is 1.5× the normal size: at 1024 px the pair shrinks to stay side by
    # side, never below its normal size; on a wider screen it grows in step with the text.
    win.set_presentation(True, full_screen=False)
    assert panel.f_label.pixmap().height() >= small
    win.set_presentation(False)
    win.resize(1920, 1080)
    qtbot.waitUntil(lambda: panel.width() > 1200)
    win.set_presentation(True, full_screen=False)
    assert panel.f_label.pixmap().height() > 1.3 * small
    win.set_presentation(False)
    qtbot.keyClick(win.plot_view.plot, QtCore.Qt.Key.Key_I)
    assert not panel.isVisible()
    qtbot.keyClick(win.plot_view.plot, QtCore.Qt.Key.Key_I)
    assert panel.isVisible()


def test_every_catalog_formula_typesets():
    from actviz.core import get, names
    from actviz.ui.formula_view import formula_svg, with_lhs

    for fid in names():
        act = get(fid)
        for latex, lhs in ((act.latex_f, "f(x)"), (act.latex_df, "f'(x)")):
            svg = formula_svg(with_lhs(latex, lhs), 22.0, "#000000")
            assert svg.startswith(b"<svg") and b"<path" in svg and b"<symbol" not in svg, fid


def test_svg_export_is_vector_throughout(win, tmp_path):
    win.state.pin("relu")
    path = win.export_figure(tmp_path / "fig.svg")
    svg = path.read_text()
    assert svg.rstrip().endswith("</svg>")
    assert "<image" not in svg  # axes, tick labels, legend and kink dots are not pictures
    assert svg.count("<text") >= 10 and "Leaky ReLU" in svg


def test_csv_export_has_a_plain_header_and_every_visible_curve(win, tmp_path):
    import csv

    win.state.pin("relu")
    win.state.pin("tanh")
    rows = list(csv.reader(win.export_data(tmp_path / "d.csv").read_text().splitlines()))
    live = ["Leaky ReLU f", "Leaky ReLU df", "Leaky ReLU d2f"]
    assert rows[0] == ["x", *live, "ReLU f", "ReLU df", "Tanh f", "Tanh df"]
    body = [[float(v) for v in r] for r in rows[1:]]
    assert all(len(r) == 8 for r in body) and body[0][0] == -5.0
    zero = next(r for r in body if r[0] == 0.0)  # the kink is a row of its own
    assert zero[2] == 0.01 and zero[5] == 0.0  # PyTorch's values at the kink
    win.state.set_shown(1, False)
    rows = list(csv.reader(win.export_data(tmp_path / "d.csv").read_text().splitlines()))
    assert rows[0] == ["x", *live, "ReLU f", "Tanh f"]


def test_formulas_wait_for_the_first_paint_and_a_picture_flushes_them(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    panel = w.info
    assert panel.f_label.pixmap() is None or panel.f_label.pixmap().isNull()  # not at construction
    panel.flush()
    assert not panel.f_label.pixmap().isNull()


def test_a_pinned_tanh_is_seen_whole_beside_sigmoid_and_a_pinned_relu(win, qtbot):
    win.state.set_function("sigmoid")
    win.state.pin("tanh")
    win.state.pin("relu")
    qtbot.wait(300)  # the tight fit after input pauses
    lo, hi = win.plot_view.vb.viewRange()[1]
    assert lo < -1.0  # tanh's floor at −1 is on the plot, not cut off at −0.7
    assert 1.0 / (hi - lo) >= 1 / 3.5  # and ReLU's open top still does not squash sigmoid
    assert fm.fit_extent((0.0, 1.0), (-1.0, 5.0), (True, False)) == (-1.0, 1.5)
    assert fm.pinned_extent([np.array([-1.0, 1.0]), np.array([0.0, 5.0])], [(True, True), (True, False)]) == (
        (-1.0, 5.0),
        (True, False),
    )
