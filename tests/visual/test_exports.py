"""What the File menu's exports hold: the view that is shown, only its plots, no crosshair, at
the size asked, and CSV that reads cleanly."""

from __future__ import annotations

import csv
import re

import numpy as np
import pytest

from actviz.ui.qt import QtCore, QtGui, QtWidgets
from actviz.ui.train_view import NEGATIVE, POSITIVE
from tests.visual.pixels import count_near, hex_rgb, to_array


@pytest.fixture
def win(open_window):
    return open_window(1400, 900)


def _answer(win, monkeypatch, path, chosen_filter: int = 0):
    """The save dialog answers ``path`` and picks the ``chosen_filter``-th file type (for a
    picture, 0 is "as on screen"); the names it proposed are returned."""
    asked = []

    def ask(save, title, name, filters):
        asked.append(name)
        win.chosen_filter = filters.split(";;")[chosen_filter]
        return str(path)

    monkeypatch.setattr(win, "ask_path", ask)
    return asked


def _trigger(win, name):
    act = win.findChild(QtGui.QAction, name)
    assert act is not None and act.isEnabled(), name
    act.trigger()


def _show_train(win, qtbot, epochs=30):
    win.findChild(QtGui.QAction, "showTrainView").trigger()
    tv = win.train_view
    qtbot.waitUntil(lambda: tv.trainer is not None)
    tv.step(epochs)
    qtbot.wait(20)
    return tv


def _span(widgets, top) -> QtCore.QRect:
    r = QtCore.QRect()
    for w in widgets:
        r = r.united(QtCore.QRect(w.mapTo(top, QtCore.QPoint(0, 0)), w.size()))
    return r


def test_ctrl_s_in_train_exports_the_map_and_loss_plots(win, qtbot, tmp_path, monkeypatch):
    tv = _show_train(win, qtbot)
    asked = _answer(win, monkeypatch, tmp_path / "t.png")
    _trigger(win, "exportFigure")
    assert asked == ["train-circle.png"]
    image = QtGui.QImage(str(tmp_path / "t.png"))
    whole = QtCore.QRect(0, 0, image.width(), image.height())
    # The map's two class colours are there (the map or its points) ...
    assert count_near(image, whole, POSITIVE, tol=30) > 200
    assert count_near(image, whole, NEGATIVE, tol=30) > 200
    # ... and the picture is the two plots, not the control panel beside them.
    assert image.size() == _span([tv.map_plot, tv.loss_plot], win).size()
    assert "Could not" not in " ".join(win.messages)


def test_train_picture_button_leaves_the_controls_out(win, qtbot, tmp_path, monkeypatch):
    tv = _show_train(win, qtbot, epochs=5)
    _answer(win, monkeypatch, tmp_path / "b.png")
    win.findChild(QtWidgets.QPushButton, "exportTrainPng").click()
    image = QtGui.QImage(str(tmp_path / "b.png"))
    assert image.size() == _span([tv.map_plot, tv.loss_plot], win).size()
    assert image.width() < tv.width() - tv.side_scroll.width() + 1


def test_ctrl_e_in_train_exports_the_loss_curves_and_the_study(win, qtbot, tmp_path, monkeypatch):
    tv = _show_train(win, qtbot, epochs=4)
    asked = _answer(win, monkeypatch, tmp_path / "train-circle-loss.csv")
    _trigger(win, "exportData")
    assert asked == ["train-circle-loss.csv"]
    rows = list(csv.reader((tmp_path / "train-circle-loss.csv").read_text().splitlines()))
    assert rows[0][0] == "epoch" and len(rows) == 6  # epochs 0..4
    win.state.train.set_study(1, 5)
    tv.run_study()
    qtbot.waitUntil(lambda: tv.study is not None and tv.study_button.isEnabled(), timeout=30000)
    _trigger(win, "exportData")
    study = list(csv.reader((tmp_path / "train-circle-study.csv").read_text().splitlines()))
    assert study[0][:3] == ["activation", "seed", "epochs_to_threshold"]


def test_ctrl_s_and_ctrl_e_in_depth_export_its_plots_and_table(win, qtbot, tmp_path, monkeypatch):
    win.findChild(QtGui.QAction, "showDepthView").trigger()
    dv = win.depth_view
    assert dv.wait_idle()
    qtbot.wait(20)
    asked = _answer(win, monkeypatch, tmp_path / "d.png")
    _trigger(win, "exportFigure")
    image = QtGui.QImage(str(tmp_path / "d.png"))
    assert image.size() == _span([dv.grad_plot, dv.hist_plot, dv.phase_plot], win).size()
    # The histogram's viridis colours (its darkest purple) are there: this is the Depth figure.
    whole = QtCore.QRect(0, 0, image.width(), image.height())
    assert count_near(image, whole, "#440154", tol=30) > 500
    _answer(win, monkeypatch, tmp_path / "d.csv")
    _trigger(win, "exportData")
    header = (tmp_path / "d.csv").read_text().splitlines()[0]
    assert header.startswith("activation,init,seed,layer,grad_norm")
    assert asked[0].startswith("depth-30x64-") and asked[0].endswith(".png")


def _text_band(arr: np.ndarray, bottom_axis_row: int) -> int:
    """Height of the tick labels under the bottom axis: rows with dark pixels below it."""
    dark = arr.max(axis=2) < 120
    rows = np.flatnonzero(dark[bottom_axis_row + 3 :].any(axis=1))
    return int(rows[-1] - rows[0] + 1) if rows.size else 0


def _bottom_axis_row(arr: np.ndarray) -> int:
    dark = arr.max(axis=2) < 120
    return int(np.argmax(dark.sum(axis=1)))


def _line_thickness(arr: np.ndarray, color: str, column: int) -> int:
    near = np.linalg.norm(arr[:, column].astype(float) - hex_rgb(color), axis=1) < 60
    return int(near.sum())


def test_a_4k_export_is_4k_with_text_and_lines_grown_in_step(win, qtbot, tmp_path):
    win.state.set_shown(0, False)  # f′ alone: a flat line at 1 right of 0, easy to measure
    qtbot.wait(20)
    color = win.plot_view._look.curves[1]
    before = win.plot_view.plot.size()
    small = to_array(QtGui.QImage(str(win.export_figure(tmp_path / "s.png"))))
    big_image = QtGui.QImage(str(win.export_figure(tmp_path / "b.png", (3840, 2160))))
    assert (big_image.width(), big_image.height()) == (3840, 2160)
    big = to_array(big_image)
    k = min(3840 / small.shape[1], 2160 / small.shape[0])
    thin = _line_thickness(small, color, round(small.shape[1] * 0.8))
    thick = _line_thickness(big, color, round(big.shape[1] * 0.8))
    assert thin > 0 and thick >= 0.7 * k * thin, (thin, thick, k)
    low, high = _text_band(small, _bottom_axis_row(small)), _text_band(big, _bottom_axis_row(big))
    assert low > 0 and high >= 0.7 * k * low, (low, high, k)
    assert win.plot_view.plot.size() == before  # the plot on screen is laid out as before


def test_the_dialog_s_file_type_sets_the_size(win, tmp_path, monkeypatch):
    _answer(win, monkeypatch, tmp_path / "hd.png", chosen_filter=1)
    before = win.plot_view.plot.size()
    win._export_figure_dialog()
    image = QtGui.QImage(str(tmp_path / "hd.png"))
    assert (image.width(), image.height()) == (1920, 1080)
    assert win.plot_view.plot.size() == before  # the plot on screen is laid out as before


def test_the_crosshair_stays_out_of_the_picture(win, qtbot, tmp_path):
    pv = win.plot_view
    center = pv.plot.viewport().rect().center()
    qtbot.mouseMove(pv.plot.viewport(), center)
    qtbot.wait(50)
    if not pv.cross_v.isVisible():  # a headless platform may not deliver hover moves
        pv.show_readout(pv.vb.mapSceneToView(pv.plot.mapToScene(center)).x())
    assert pv.cross_v.isVisible()
    x = pv.cross_v.value()

    def crosshair_pixels(image: QtGui.QImage) -> int:
        """Grey pixels (the dashed line, however it is smoothed) in the crosshair's column.
        In the overlay layout the picture is the plot widget itself: the same pixels."""
        col = pv.plot.mapFromScene(pv.vb.mapViewToScene(QtCore.QPointF(x, 0))).x()
        strip = to_array(image)[5 : pv.plot.height() - 40, col - 1 : col + 2].reshape(-1, 3).astype(int)
        grey = (strip.max(axis=1) - strip.min(axis=1) < 20) & (strip.max(axis=1) < 235)
        return int(grey.sum())

    on_screen = pv.plot.grab().toImage()
    exported = QtGui.QImage(str(win.export_figure(tmp_path / "c.png")))
    assert pv.cross_v.isVisible()  # the crosshair is back on screen after the export
    pv.hide_readout()
    qtbot.wait(20)
    without = crosshair_pixels(pv.plot.grab().toImage())  # grid lines crossing the column
    assert crosshair_pixels(on_screen) > without + 100  # the crosshair was drawn on screen
    assert crosshair_pixels(exported) <= without + 6


def test_csv_x_values_print_cleanly(win, tmp_path):
    for x_range in ((-5.0, 5.0), (-3.0, 3.5), (-0.4, 0.3)):
        win.state.set_x_range(*x_range)
        rows = list(csv.reader(win.export_data(tmp_path / "x.csv").read_text().splitlines()))
        xs = [r[0] for r in rows[1:]]
        a, b = x_range
        step = (b - a) / 1000
        needed = max(0, -int(np.floor(np.log10(step)))) + 3
        for text in xs:
            assert re.fullmatch(r"-?\d+(\.\d+)?", text), text  # no 1e-05, no noise
            decimals = len(text.split(".")[1]) if "." in text else 0
            assert decimals <= needed, (text, needed)
        values = np.array([float(t) for t in xs])
        assert values[0] == pytest.approx(a) and values[-1] == pytest.approx(b)
        assert np.all(np.diff(values) > 0)


def test_the_live_function_s_csv_columns_are_named_like_the_pinned_ones(win, tmp_path):
    win.compare.pin_current()
    win.state.set_param("negative_slope", 0.2)
    header = next(csv.reader(win.export_data(tmp_path / "n.csv").read_text().splitlines()))
    assert header == [
        "x",
        "Leaky ReLU (α=0.2) f",
        "Leaky ReLU (α=0.2) df",
        "Leaky ReLU (α=0.2) d2f",
        "Leaky ReLU f",
        "Leaky ReLU df",
    ]


def test_the_picture_dialog_opens_on_full_hd_then_on_the_size_chosen_last(win, tmp_path, monkeypatch):
    """A lecturer's picture is for a slide: the window's own size is too small for one."""
    offered = []

    def dialog(parent, title, start, filters, selected=""):
        offered.append(selected)
        return str(tmp_path / f"p{len(offered)}.png"), (filters.split(";;")[2] if len(offered) == 1 else selected)

    monkeypatch.setattr(QtWidgets.QFileDialog, "getSaveFileName", dialog)
    win._export_figure_dialog()
    assert "1920×1080" in offered[0]
    assert (QtGui.QImage(str(tmp_path / "p1.png")).width(), QtGui.QImage(str(tmp_path / "p1.png")).height()) == (
        3840,
        2160,
    )
    win._export_figure_dialog()  # the 4K choice is remembered
    assert "3840×2160" in offered[1]
    assert QtGui.QImage(str(tmp_path / "p2.png")).width() == 3840
