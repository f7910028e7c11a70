"""The Depth view tells the truth, read from its pixels: an absolute gradient axis on which ReLU
with Xavier sits visibly below ReLU with He, the edge-of-chaos map with its χ₁ = 1 contour where
the theory puts it (ReLU: σ_w² = 2, where He sits; tanh: at (1, 0)), no scale factor on the axis,
and one layer axis shared by the gradient plot and the histograms."""

from __future__ import annotations

import math

import numpy as np
import pytest

from actviz.ui.qt import QtCore
from tests.visual.pixels import count_near, grab, window_point

CONTOUR = "#000000"


@pytest.fixture
def shown(qtbot, open_window):
    w = open_window(1280, 800)
    w.tabs.setCurrentIndex(2)
    dv = w.depth_view
    assert dv.wait_idle()
    return w, dv


def _preset(dv, name: str) -> None:
    dv.apply_preset(name)
    assert dv.wait_idle()
    QtCore.QCoreApplication.processEvents()


def _curve_point(win, dv, layer: int) -> tuple[QtCore.QPoint, str]:
    """Where the first activation's median ‖∂L/∂W‖ is drawn at ``layer``, and its colour."""
    item = dv.grad_items[0][0]
    xs, ys = item.getOriginalDataset()
    y = float(ys[list(xs).index(layer)])
    pt = window_point(dv.grad_plot.getPlotItem().getViewBox(), layer, math.log10(y), win)  # a log axis
    return pt, item.opts["pen"].color().name()


def test_relu_he_and_relu_xavier_sit_at_different_heights_on_one_axis(shown):
    win, dv = shown
    heights = {}
    for name in ("relu_he", "relu_xavier"):
        _preset(dv, name)
        vb = dv.grad_plot.getPlotItem().getViewBox()
        (lo, hi) = vb.viewRange()[1]
        assert (lo, hi) == pytest.approx((-40, 10))  # the same absolute range for every set-up
        pt, color = _curve_point(win, dv, 15)
        image = grab(win)
        box = QtCore.QRect(pt.x() - 6, pt.y() - 6, 13, 13)
        assert count_near(image, box, color, tol=60) >= 10, name  # the curve is drawn there
        heights[name] = pt.y()
    top = window_point(vb, 1, 10, win).y()
    bottom = window_point(vb, 1, -40, win).y()
    # Xavier's gradient is ~1e-9 of He's: a sixth of the axis lower, not drawn alike.
    assert heights["relu_xavier"] - heights["relu_he"] > 0.12 * (bottom - top), heights
    assert "vanishing, uniformly: the forward signal shrinks too" in dv.diagnosis.text()


def test_the_edge_of_chaos_is_drawn_where_the_theory_puts_it(shown):
    win, dv = shown
    _preset(dv, "relu_he")
    assert dv.phase_answer is not None and dv.phase_answer.spec[0] == "relu"
    vb = dv.phase_plot.getPlotItem().getViewBox()
    image = grab(win)

    def column(sw: float) -> int:
        """Contour-coloured pixels in a 5-px-wide column at σ_w² = sw, σ_b² from 0.2 to 0.9."""
        top, bottom = window_point(vb, sw, 0.9, win), window_point(vb, sw, 0.2, win)
        return count_near(image, QtCore.QRect(top.x() - 2, top.y(), 5, bottom.y() - top.y()), CONTOUR, tol=80)

    height = window_point(vb, 2, 0.2, win).y() - window_point(vb, 2, 0.9, win).y()
    assert column(2.0) >= 0.8 * height  # ReLU: χ₁ = σ_w²/2, the edge at σ_w² = 2 for every σ_b²
    assert column(1.5) == 0 and column(2.5) == 0  # and nowhere else
    # He sits on the contour, and the set-up (ReLU, He, scale 1) is He's point.
    he = [(x, y) for x, y in zip(*dv.phase_inits.getData()) if x == 2.0]
    assert he == [(2.0, 0.0)]
    here = dv.phase_here.getData()
    assert (float(here[0][0]), float(here[1][0])) == pytest.approx((2.0, 0.0))
    path = dv.phase_edge.path  # the contour, in the map's coordinates
    xs = [
        dv.phase_edge.mapToItem(dv.phase_image.parentItem(), path.elementAt(i)).x() for i in range(path.elementCount())
    ]
    assert xs and max(abs(x - 2.0) for x in xs) < 0.06  # through He's σ_w² (a cell is 0.1 wide)

    # tanh: its edge crosses σ_b² = 0 at σ_w² = 1, where Xavier sits.
    _preset(dv, "tanh_xavier")
    assert dv.phase_answer.spec[0] == "tanh"
    path = dv.phase_edge.path
    pts = [dv.phase_edge.mapToItem(dv.phase_image.parentItem(), path.elementAt(i)) for i in range(path.elementCount())]
    low = min(pts, key=lambda p: p.y())
    assert low.y() < 0.02 and abs(low.x() - 1.0) < 0.06
    image = grab(win)
    pt = window_point(vb, 1.0, 0.02, win)
    assert count_near(image, QtCore.QRect(pt.x() - 4, pt.y() - 4, 9, 9), CONTOUR, tol=80) > 0


def test_no_offset_label_and_one_layer_axis(shown):
    win, dv = shown
    label = dv.grad_plot.getPlotItem().getAxis("left").labelString()
    assert "×" not in label and "1e" not in label and "x10" not in label.replace(" ", ""), label
    _preset(dv, "relu_he")
    # Histograms whose value labels differ in width (±2, then ±10⁵ for an exploding ReLU).
    for depth, scale in ((30, 1.0), (7, 1.0), (20, 2.0)):
        dv.dstate.set_depth(depth)
        dv.dstate.set_scale(scale)
        assert dv.wait_idle()
        QtCore.QCoreApplication.processEvents()
        g = dv.grad_plot.getPlotItem().getViewBox()
        h = dv.hist_plot.getPlotItem().getViewBox()
        for layer in (1, depth):
            a = window_point(g, layer, 0, win).x()
            b = window_point(h, layer, 0, win).x()
            assert abs(a - b) <= 1, (depth, layer, a, b)  # the same layer, the same column
        widths = {p.objectName(): p.getPlotItem().getAxis("left").width() for p in (dv.grad_plot, dv.hist_plot)}
        assert len(set(widths.values())) == 1, widths


def test_a_click_on_the_map_sets_the_weight_scale_and_redraws(shown, qtbot):
    win, dv = shown
    _preset(dv, "relu_he")
    vb = dv.phase_plot.getPlotItem().getViewBox()
    pt = window_point(vb, 1.0, 0.5, win)
    view = dv.phase_plot
    local = view.mapFrom(win, pt)
    before = dv.result
    qtbot.mouseClick(view.viewport(), QtCore.Qt.MouseButton.LeftButton, pos=local)
    ds = dv.dstate
    assert 2 * ds.scale**2 == pytest.approx(1.0, abs=0.1) and ds.bias_var == pytest.approx(0.5, abs=0.05)
    assert dv.wait_idle()
    assert dv.result is not before
    assert dv.result.config.bias_var == pytest.approx(ds.bias_var)
    assert "vanishing" in dv.diagnosis.text()  # σ_w² = 1 for ReLU: χ₁ = ½
    g = np.asarray(dv.grad_items[0][0].getOriginalDataset()[1])
    assert g.size == 30


def test_an_exploding_gradient_is_drawn_whole_not_clipped_at_the_top(shown):
    """ReLU with He at weight scale 2 (σ_w² = 8): ‖∂L/∂W‖ reaches ~1e18 at layer 1, above the
    fixed top (1e10). The axis grows to the next decade, in steps of ten, and the curve's highest
    point is drawn inside the plot, not glued to its top edge; a preset brings the fixed range back."""
    win, dv = shown
    _preset(dv, "relu_he")
    dv.dstate.set_scale(2.0)
    assert dv.wait_idle()
    QtCore.QCoreApplication.processEvents()
    vb = dv.grad_plot.getPlotItem().getViewBox()
    lo, hi = vb.viewRange()[1]
    assert lo == pytest.approx(-40) and hi > 10 and (hi - 10) % 10 == pytest.approx(0)
    highest = 0.0
    for items in dv.grad_items:
        for item in (items[0], items[1], items[3], items[4], items[5]):
            ys = np.asarray(item.getOriginalDataset()[1], dtype=float)
            assert np.all(np.log10(ys) < hi), (hi, float(np.log10(ys.max())))
            highest = max(highest, float(ys.max()))
    assert highest > 1e10  # the set-up does explode past the fixed range
    med = dv.grad_items[0][0]
    xs, ys = med.getOriginalDataset()
    k = int(np.argmax(ys))
    pt = window_point(vb, float(xs[k]), math.log10(float(ys[k])), win)
    top = window_point(vb, float(xs[k]), hi, win).y()
    assert pt.y() - top >= 5, (pt.y(), top)  # below the top edge, with room to spare
    image = grab(win)
    color = med.opts["pen"].color().name()
    assert count_near(image, QtCore.QRect(pt.x() - 6, pt.y() - 6, 13, 13), color, tol=60) >= 10
    _preset(dv, "relu_he")
    assert vb.viewRange()[1] == pytest.approx([-40, 10])


@pytest.mark.parametrize(("size", "scale"), [((1024, 768), "huge"), ((1024, 768), "normal"), ((1920, 1080), "normal")])
def test_the_initialisations_are_named_whole_on_the_map(open_window, size, scale):
    """Xavier, LeCun and He are read whole inside the map, none on another, and at huge scale
    in the ticks' size: at 1024×768 the names were cut at the map's left edge."""
    from qt_idle import fire_pending

    from tests.visual.pixels import rect_in_window

    win = open_window(*size)
    win.state.set_scale(scale)
    win.tabs.setCurrentIndex(2)
    dv = win.depth_view
    assert dv.wait_idle()
    fire_pending(win)
    grab(win)
    view = rect_in_window(dv.phase_plot.getPlotItem().getViewBox(), win)
    rects = [rect_in_window(label, win) for label in dv.phase_labels]
    texts = [label.toPlainText() for label in dv.phase_labels]
    assert sorted(" ".join(texts).split()) == ["He", "LeCun", "Xavier"]
    for text, r in zip(texts, rects):
        assert view.adjusted(-1, -1, 1, 1).contains(r), (text, r, view)
    assert not rects[0].intersects(rects[1]), rects
    from actviz.ui.qt import QtWidgets
    from actviz.viewmodels import theme

    want = QtWidgets.QApplication.font().pointSizeF() * min(theme.factors(scale).text, 1.6)
    assert dv.phase_labels[0].textItem.font().pointSizeF() >= 0.99 * want  # grown with the room
