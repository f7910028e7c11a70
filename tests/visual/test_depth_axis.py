"""The Depth view's gradient axis: its label carries no scale factor, and every tick reads as a
power of ten, whatever range the gradients span."""

import re

import pytest

from actviz.ui.qt import QtGui
from actviz.viewmodels.depth import power_of_ten

POWER = re.compile(r"^10⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]+$")


@pytest.fixture
def depth(qtbot, open_window):
    w = open_window(1280, 800)
    w.tabs.setCurrentIndex(2)
    assert w.depth_view.wait_idle()
    return w.depth_view


def _tick_strings(axis) -> list[str]:
    image = QtGui.QImage(10, 10, QtGui.QImage.Format.Format_ARGB32)
    painter = QtGui.QPainter(image)
    try:
        specs = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return [text for _rect, _flags, text in specs[2]]


def _plain(html: str) -> str:
    doc = QtGui.QTextDocument()
    doc.setHtml(html)
    return doc.toPlainText()


@pytest.mark.parametrize("decades", [(-12, -9), (-8, 1), (-20, 0), (-3, 3)])
def test_the_log_axis_reads_in_powers_of_ten(depth, qtbot, decades):
    plot = depth.grad_plot
    plot.setYRange(*decades, padding=0)
    qtbot.wait(20)
    axis = plot.getAxis("left")
    label = _plain(axis.label.toHtml())
    assert label.strip() == "‖∂L/∂W‖ · ‖∂L/∂h‖", label  # no "(x1e-09)"
    ticks = _tick_strings(axis)
    assert ticks, "the axis shows no tick"
    assert all(POWER.match(t) for t in ticks), ticks


def test_power_of_ten():
    assert [power_of_ten(v) for v in (-8, 0, 1, 12, -0.5)] == ["10⁻⁸", "10⁰", "10¹", "10¹²", ""]
