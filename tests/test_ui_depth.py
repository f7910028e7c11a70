"""The Depth view: presets that show the regimes, live recomputation off the GUI thread,
diagnoses, histograms and exports."""

import csv
import re
import threading

import numpy as np
import pytest

from actviz.state.depth import DepthState
from actviz.ui.qt import QtCore

Key = QtCore.Qt.Key


@pytest.fixture
def win(qtbot, open_window):
    w = open_window(1400, 900)
    w.tabs.setCurrentIndex(2)
    assert w.depth_view.wait_idle()
    return w


def medians(dv):
    return [item[0].getOriginalDataset()[1] for item in dv.grad_items]  # not the log10 drawn


def test_defaults_compare_sigmoid_tanh_and_relu_with_a_verdict_each(win):
    dv = win.depth_view
    assert [s[0] for s in win.state.depth.activations] == ["sigmoid", "tanh", "relu"]
    assert len(dv.grad_items) == 3
    # One line per network, in the order of the curves, each with its verdict.
    lines = [re.sub(r"<[^>]+>", "", line) for line in dv.diagnosis.text().split("<br>")]
    verdicts = [re.match(r"■ ([^:]+): (vanishing|exploding|healthy)", line) for line in lines]
    assert [(m.group(1), m.group(2)) for m in verdicts if m] == [
        ("Sigmoid (logistic)", "vanishing"),
        ("Tanh", "healthy"),
        ("ReLU", "vanishing"),  # the default init is Xavier: ReLU halves the variance per layer
    ], lines
    sig = medians(dv)[0]
    assert sig[0] / sig[-1] < 1e-10  # sigmoid at depth 30 with Xavier loses > 10 decades
    assert dv.hist_image.image.shape == (61, 30)


@pytest.mark.parametrize(("key", "verdict"), [(Key.Key_1, "vanishing"), (Key.Key_3, "healthy"), (Key.Key_5, "healthy")])
def test_preset_keys_show_the_regimes(win, qtbot, key, verdict):
    dv = win.depth_view
    qtbot.keyClick(dv, key)
    assert dv.wait_idle()
    assert len(win.state.depth.activations) == 1
    assert verdict in dv.diagnosis.text()
    g = medians(dv)[0]
    decades = np.log10(g[0] / g[-1])
    if verdict == "healthy":
        assert abs(decades) <= 2
    else:
        assert decades < -10


def test_relu_he_shows_dead_units_and_the_spike_at_zero(win, qtbot):
    dv = win.depth_view
    win.state.depth.apply_preset("relu_he")
    assert dv.wait_idle()
    assert "dead" in dv.diagnosis.text()
    img = dv.hist_image.image  # (bins, layers), value axis first
    mid = img.shape[0] // 2
    assert img[mid - 1 : mid + 2].sum(axis=0).min() > img[: mid - 2].sum(axis=0).max() / 10


def test_the_depth_slider_recomputes_and_keeps_the_last_picture_meanwhile(win, qtbot):
    dv = win.depth_view
    before = medians(dv)[0].size
    dv.depth.setValue(12)
    assert medians(dv)[0].size == before  # still the old picture: the new one is computing
    assert dv.wait_idle()
    assert medians(dv)[0].size == 12 and win.state.depth.depth == 12


def test_a_heavy_set_up_never_blocks_the_window(win, qtbot, monkeypatch):
    """The computation runs on another thread, and the window's event loop keeps turning while
    it runs: the computation waits for three turns of it before it goes on, so on the GUI thread
    it could never finish in time."""
    import actviz.controllers.depth as controller

    controller.forget_answers()  # this heavy set-up is computed here, whatever ran before
    dv = win.depth_view
    ds = win.state.depth
    real = controller.depth_stats
    turned = threading.Event()
    runs = []
    ticks = []
    timer = QtCore.QTimer(dv, interval=5)
    timer.timeout.connect(lambda: ticks.append(1) if len(ticks) < 3 else turned.set())

    def watched(config, **kw):
        runs.append((config.width, threading.current_thread(), turned.wait(10)))
        return real(config, **kw)

    monkeypatch.setattr(controller, "depth_stats", watched)
    drawn = []
    dv.session.done.connect(lambda answer: drawn.append(answer.result.config.width))
    ds.set_seeds(1)
    ds.set_width(256)
    ds.set_depth(60)
    timer.start()
    qtbot.waitUntil(lambda: bool(runs), timeout=10000)
    # The window answers meanwhile: other views take input while the worker computes.
    win.state.set_param("negative_slope", 0.3)
    assert win.state.params["negative_slope"] == 0.3
    ds.set_width(64)  # a newer request cancels the heavy one
    assert dv.wait_idle(60000)
    timer.stop()
    assert runs[0][0] == 256
    assert all(thread is not threading.main_thread() for _w, thread, _t in runs)
    assert all(went_on for _w, _thread, went_on in runs), "the event loop did not turn while it computed"
    assert len(ticks) == 3
    assert drawn == [64]  # the heavy answer, out of date, is never drawn
    assert medians(dv)[0].size == 60 and dv.result.config.width == 64


def test_building_and_showing_the_view_leaves_the_set_up_alone(qtbot, open_window):
    """The saved session does not depend on whether the Depth tab was ever opened."""
    w = open_window(1280, 800)
    before = w.state.to_dict()
    w.tabs.setCurrentIndex(2)
    assert w.depth_view.wait_idle()
    assert w.depth_view.grad_items  # it computed and drew
    assert w.state.to_dict() == before


def test_csv_export_has_one_row_per_activation_seed_and_layer(win, tmp_path):
    dv = win.depth_view
    dv.export_csv(tmp_path / "d.csv")
    rows = list(csv.DictReader((tmp_path / "d.csv").read_text().splitlines()))
    ds = win.state.depth
    assert len(rows) == len(ds.activations) * ds.seeds * ds.depth
    assert {
        "activation",
        "init",
        "seed",
        "layer",
        "grad_norm",
        "act_std",
        "saturated_fraction",
        "dead_fraction",
    } <= set(rows[0])
    assert rows[0]["layer"] == "1"


def test_depth_state_refuses_bad_values():
    ds = DepthState()
    for fn, v, msg in (
        (ds.set_depth, 0, "depth"),
        (ds.set_width, 1000, "width"),
        (ds.set_init, "glorot", "xavier"),
        (ds.set_scale, 50, "weight scale"),
        (ds.set_seeds, 0, "seeds"),
    ):
        with pytest.raises(ValueError, match=msg):
            fn(v)
    with pytest.raises(ValueError, match="at least one"):
        for _ in range(4):
            ds.remove_activation(0)


def test_the_depth_figure_exports_as_svg_and_png(win, tmp_path):
    dv = win.depth_view
    svg = dv.export_picture(tmp_path / "depth.svg").read_text()
    assert svg.rstrip().endswith("</svg>") and "<path" in svg
    png = dv.export_picture(tmp_path / "depth")
    assert png.name == "depth.png" and png.read_bytes().startswith(b"\x89PNG")


def test_the_view_reports_its_own_width_as_any_widget(win):
    # The width combo box once hid QWidget.width(): asking the view for its width raised TypeError.
    dv = win.depth_view
    assert dv.width() == dv.rect().width() > 0
    assert dv.width_box.currentText() == str(win.state.depth.width)


def test_the_gradient_top_grows_over_exploding_data_in_steps_of_ten_decades():
    from actviz.ui.depth_view import gradient_top

    assert gradient_top(9e9) == 10  # fits: the fixed top
    assert gradient_top(5.8e14) == 20  # the next decade (15), in steps of 10 from the fixed top
    assert gradient_top(2e20) == 30
    assert gradient_top(1e305) == 300  # never past what a float holds
    assert gradient_top(float("inf")) == gradient_top(float("nan")) == gradient_top(0.0) == 10
    # While a slider is held (the top in use given), it only grows.
    assert gradient_top(1.0, 20) == 20 and gradient_top(5.8e24, 20) == 30


def test_the_gradient_axis_holds_still_during_a_drag_and_fits_again_after(win):
    dv = win.depth_view
    vb = dv.grad_plot.getPlotItem().getViewBox()
    dv.apply_preset("relu_he")
    assert dv.wait_idle()
    dv.scale.sliderPressed.emit()
    dv.dstate.set_scale(2.0)  # σ_w² = 8: the gradient explodes past 1e10
    assert dv.wait_idle()
    grown = vb.viewRange()[1][1]
    assert grown > 10
    dv.dstate.set_scale(1.0)  # back to He's point while the slider is still held
    assert dv.wait_idle()
    assert vb.viewRange()[1][1] == grown  # no jump during the drag
    dv.scale.sliderReleased.emit()
    assert dv.wait_idle()
    assert vb.viewRange()[1] == pytest.approx([-40, 10])  # the data fit again: the fixed range


def test_the_variances_are_written_with_subscripts_not_underscores(win):
    from actviz.ui.qt import QtGui, QtWidgets

    dv = win.depth_view
    for side, letter in (("bottom", "w"), ("left", "b")):
        label = dv.phase_plot.getPlotItem().getAxis(side).label  # as drawn
        assert label.toPlainText().strip() == f"σ{letter}²", label.toPlainText()
        assert "vertical-align:sub" in label.toHtml().replace(" ", "")
    bias = dv.findChild(QtWidgets.QLabel, "depthBiasVarLabel")
    assert bias.textFormat() == QtCore.Qt.TextFormat.RichText
    doc = QtGui.QTextDocument()
    doc.setHtml(bias.text())
    assert "_" not in doc.toPlainText() and "σb²" in doc.toPlainText()
    assert "_" not in dv.bias_var.toolTip()


def test_histogram_tick_labels_are_compact():
    from actviz.ui.depth_view import WIDEST_COMPACT, compact_number

    assert [compact_number(v) for v in (0, -1, 0.5, 1.2345, -1658.4, 5e5, -500000, 1e6, 123456.7)] == [
        "0", "-1", "0.5", "1.23", "-1658", "5e5", "-5e5", "1e6", "1.2e5",
    ]  # fmt: skip
    assert all(len(compact_number(v)) <= len(WIDEST_COMPACT) for v in np.linspace(-1e6, 1e6, 1001))
