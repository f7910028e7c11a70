"""Projector scale and themes, as a lecturer sees them: everything grows together, dark is dark
everywhere, the curves stay visible, and the menus, keys and saved settings follow the state."""

import itertools

import numpy as np
import pytest

from actviz.state import State
from actviz.ui import MainWindow
from actviz.ui.qt import QtCore, QtGui, QtWidgets
from actviz.viewmodels import theme

Key = QtCore.Qt.Key
CTRL = QtCore.Qt.KeyboardModifier.ControlModifier


def make_window(qtbot, state=None, size=(1280, 800)):
    w = MainWindow(state)
    qtbot.addWidget(w)
    w.resize(*size)
    w.show()
    w.activateWindow()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def win(qtbot):
    st = State("leaky_relu")
    st.pin("tanh")
    w = make_window(qtbot, st)
    yield w
    w.state.set_scale("normal")  # the widget style's scale and the palette are application-wide
    w.state.set_theme("light")


def image(widget):
    """A grab of ``widget`` as an (h, w, 3) uint8 array."""
    img = widget.grab().toImage().convertToFormat(QtGui.QImage.Format.Format_RGB888)
    w, h = img.width(), img.height()
    buf = np.frombuffer(img.constBits(), dtype=np.uint8, count=img.sizeInBytes())
    return buf.reshape(h, img.bytesPerLine())[:, : 3 * w].reshape(h, w, 3).copy()


def rgb(color):
    return np.array(theme.rgb(color))


def near(pixels, color, tol=60):
    """How many pixels are within ``tol`` (sum of channel differences) of ``color``."""
    return int((np.abs(pixels.astype(int) - rgb(color)).sum(axis=-1) < tol).sum())


def dialog_font():
    box = QtWidgets.QMessageBox()  # as the shortcuts table (F1) is made
    try:
        box.ensurePolished()  # as it is once shown
        return box.font().pointSizeF()
    finally:
        box.deleteLater()


def sizes(win):
    """What a user would call 'the size of things', one number each."""
    pv = win.plot_view
    ov_item = next(iter(pv.overlay_items.values()))[0]
    x_label = win.ranges.findChild(QtWidgets.QLabel)
    return {
        "tick font": pv.plot.getPlotItem().getAxis("bottom").style["tickFont"].pointSizeF(),
        "curve pen": pv.curves[0].opts["pen"].widthF(),
        "pinned pen": ov_item.opts["pen"].widthF(),
        "kink dots": pv.kink_filled.opts["size"],
        "grid pen": pv.grid.opts["pen"].widthF(),
        "legend text": float(pv.legend.opts["labelTextSize"].removesuffix("pt")),
        "readout": pv.readout.font().pointSizeF(),
        "parameter value": pv.param_text.font().pointSizeF(),
        "side panel label": x_label.font().pointSizeF(),
        "spin box": win.ranges.x_min.font().pointSizeF(),
        "probe table": win.probes.table.font().pointSizeF(),
        "pinned list height": win.compare.list.maximumHeight(),
        "pin swatch": win.compare.list.item(0).icon().availableSizes()[0].width(),
        "slider handle": win.param_panel.controls["negative_slope"].slider.sizeHint().height(),
        "menu": win.looks.scale_menu.font().pointSizeF(),
        "dialog": dialog_font(),
        "tab bar": win.tabs.tabBar().font().pointSizeF(),
        "message bar": win.message_bar.font().pointSizeF(),
        "formula panel": win.info.scale,
        "formula text": win.info.text.font().pointSizeF(),
    }


def test_huge_doubles_every_font_and_line_and_keeps_the_plot_items(win, qtbot):
    pv = win.plot_view
    qtbot.waitUntil(lambda: pv.param_text.isVisible())
    normal = sizes(win)
    items = list(pv.plot.getPlotItem().getViewBox().addedItems)
    win.state.set_scale("huge")
    huge = sizes(win)
    for what, before in normal.items():
        assert huge[what] == pytest.approx(2 * before, rel=0.1), what
    assert huge["pinned pen"] == huge["curve pen"]  # a pin reads as well as the live curve
    assert list(pv.plot.getPlotItem().getViewBox().addedItems) == items  # restyled, not rebuilt
    win.state.set_scale("large")
    assert sizes(win)["tick font"] == pytest.approx(1.5 * normal["tick font"])
    win.state.set_scale("normal")
    assert sizes(win) == normal


def test_huge_text_really_is_drawn_larger(win):
    def tick_label_height():
        ax = win.plot_view.plot.getPlotItem().getAxis("left")
        pixels = image(win.plot_view.plot)[:, : int(ax.width()) - 3]  # the y tick labels
        rows = np.flatnonzero((pixels.sum(axis=-1) < 3 * 160).any(axis=1))  # dark text on white
        # the tallest run of rows holding text: one label's height
        runs = np.split(rows, np.flatnonzero(np.diff(rows) > 1) + 1)
        return max(len(r) for r in runs)

    normal = tick_label_height()
    win.state.set_scale("huge")
    assert tick_label_height() >= 1.7 * normal


def test_presentation_adds_to_the_scale_up_to_huge(win):
    pv, base = win.plot_view, sizes(win)
    win.set_presentation(True, full_screen=False)
    assert sizes(win)["tick font"] == pytest.approx(1.5 * base["tick font"])
    assert win.info.scale == pytest.approx(1.5)
    win.state.set_scale("large")
    assert sizes(win)["tick font"] == pytest.approx(2 * base["tick font"])  # 1.5 × 1.5, capped at 2
    assert pv.curves[0].opts["pen"].widthF() == pytest.approx(1.5 * base["curve pen"])  # lines: the scale
    win.set_presentation(False)
    assert sizes(win)["tick font"] == pytest.approx(1.5 * base["tick font"])
    assert win.info.scale == pytest.approx(1.5)


def test_switching_the_scale_back_and_forth_paints_each_time_and_comes_back(win, qtbot):
    # How long a switch takes is a benchmark (benchmarks/bench_scale.py), not a test: it depends
    # on how busy the machine is.
    normal = sizes(win)
    seen = {}
    for scale in ("huge", "normal", "large", "normal"):
        win.state.set_scale(scale)
        QtWidgets.QApplication.processEvents()
        assert not win.grab().isNull()  # and painted
        seen[scale] = sizes(win)
    assert seen["normal"] == normal
    assert normal["tick font"] < seen["large"]["tick font"] < seen["huge"]["tick font"]


def test_side_panels_are_never_clipped_and_leave_the_plots_most_of_the_window(win, qtbot):
    win.tabs.setCurrentIndex(2)
    assert win.depth_view.wait_idle()
    win.tabs.setCurrentIndex(1)
    panels = [win.side_scroll, win.train_view.side_scroll, win.depth_view.side_scroll]
    win.resize(1920, 1080)
    for scale in ("normal", "large", "huge"):
        win.state.set_scale(scale)
        for tab, panel in enumerate(panels):
            win.tabs.setCurrentIndex(tab)  # a hidden page is not laid out
            QtWidgets.QApplication.processEvents()
            content = panel.widget()
            assert content.minimumSizeHint().width() <= panel.viewport().width(), (scale, panel.objectName())
            assert panel.width() < 0.45 * 1920, (scale, panel.objectName())  # plots keep well over half


def view_pixel(win, x, y):
    """Where the point (x, y) of the plot's coordinates is in a grab of the plot widget."""
    pv = win.plot_view
    scene = pv.vb.mapViewToScene(QtCore.QPointF(x, y))
    p = pv.plot.mapFromScene(scene)
    return round(p.y()), round(p.x())


def around(pixels, row, col, r=4):
    return pixels[max(row - r, 0) : row + r + 1, max(col - r, 0) : col + r + 1]


def check_look(win, look):
    st = win.state
    st.set_x_range(-5, 5)
    st.set_y_range((-2, 6))
    QtWidgets.QApplication.processEvents()
    pixels = image(win.plot_view.plot)
    # empty plot area (bottom left, under the curves and clear of the legend at the top left):
    # the theme's background, but for a grid line
    row, col = view_pixel(win, -4.5, -1.7)
    patch = around(pixels, row, col)
    assert near(patch, look.background, tol=12) >= 0.5 * patch.shape[0] * patch.shape[1]
    # the live f (leaky ReLU: y = x for x > 0) and the pinned tanh (y ≈ −1 at x = −3, where
    # nothing else is drawn) in the theme's colours
    row, col = view_pixel(win, 3.0, 3.0)
    assert near(around(pixels, row, col), look.curves[0], tol=24) >= 10  # not another theme's blue
    row, col = view_pixel(win, -3.0, float(np.tanh(-3.0)))
    assert near(around(pixels, row, col), look.overlay(0), tol=24) >= 10
    return pixels


def test_dark_is_dark_everywhere_and_the_curves_still_show(win, qtbot):
    win.state.set_theme("dark")
    pixels = check_look(win, theme.DARK)
    assert pixels.mean() < 70  # a dark picture, not a light one with a dark plot
    side = win.side_scroll.widget()
    assert side.palette().color(QtGui.QPalette.ColorRole.Window).lightness() < 60
    assert image(win.side_scroll).mean() < 90
    menu = win.looks.theme_menu
    assert menu.palette().color(QtGui.QPalette.ColorRole.Window).lightness() < 60  # pop-ups too
    dialog = QtWidgets.QDialog()  # and dialogs: the shortcuts table, file dialogs
    assert dialog.palette().color(QtGui.QPalette.ColorRole.Window).lightness() < 60
    dialog.deleteLater()
    tabs = image(win.tabs.tabBar())
    assert tabs.mean() < 90
    assert win.curve_controls.boxes[0].palette().color(QtGui.QPalette.ColorRole.WindowText) == QtGui.QColor(
        theme.DARK.curves[0]
    )
    # the message bar reads on dark too
    win.notify("a refused value")
    bar = win.message_bar
    qtbot.waitUntil(bar.isVisible)
    assert theme.DARK.message_bg.lower() in bar.styleSheet().lower()
    # and back: the light look again
    win.state.set_theme("light")
    check_look(win, theme.LIGHT)
    assert side.palette().color(QtGui.QPalette.ColorRole.Window).lightness() > 200


def test_high_contrast_has_black_axes_darker_curves_and_a_white_plot(win):
    win.state.set_theme("contrast")
    check_look(win, theme.CONTRAST)
    ax = win.plot_view.plot.getPlotItem().getAxis("bottom")
    assert ax.pen().color() == QtGui.QColor("#000000")
    assert win.plot_view.grid.opts["pen"].color().alpha() > theme.GRID_COLOR[3]


def test_each_theme_colours_read_on_their_background_and_are_told_apart():
    def lab(color):
        c = np.array(theme.rgb(color)) / 255
        c = np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
        m = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]])
        xyz = m @ c / np.array([0.95047, 1.0, 1.08883])
        f = np.where(xyz > 0.008856, np.cbrt(xyz), 7.787 * xyz + 16 / 116)
        return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])

    for look in theme.LOOKS.values():
        colours = [*look.curves, *look.overlays]
        assert len(look.overlays) == 8 and len(set(colours)) == len(colours)
        closest = min(np.linalg.norm(lab(a) - lab(b)) for a, b in itertools.combinations(colours, 2))
        assert closest > 25, look.name  # no two lines confusable (CIE76 ΔE)
        if look.name != "light":  # today's light look stays as it was
            worst = min(theme.contrast_ratio(c, look.background) for c in colours)
            assert worst >= 4.5, look.name
        assert theme.contrast_ratio(look.axis, look.background) >= 7


def test_menu_checks_follow_the_state_and_the_menus_set_it(win):
    looks = win.looks
    assert looks.scale_actions["normal"].isChecked() and looks.theme_actions["light"].isChecked()
    win.state.load_dict({"theme": "contrast", "scale": "large"})  # e.g. a scene is opened
    assert looks.scale_actions["large"].isChecked() and not looks.scale_actions["normal"].isChecked()
    assert looks.theme_actions["contrast"].isChecked()
    looks.theme_actions["dark"].trigger()
    assert win.state.theme == "dark" and not looks.theme_actions["contrast"].isChecked()
    looks.scale_actions["huge"].trigger()
    assert win.state.scale == "huge"
    titles = [a.text() for a in looks.scale_menu.actions() if a.isCheckable()]
    assert titles == ["&Normal", "&Large", "&Huge"]


def test_keys_step_the_scale_and_cycle_the_theme(win, qtbot):
    plot = win.plot_view.plot
    plot.setFocus()
    qtbot.waitUntil(plot.hasFocus)
    qtbot.keyClick(plot, Key.Key_Equal, CTRL)
    assert win.state.scale == "large"
    qtbot.keyClick(plot, Key.Key_Plus, CTRL)
    assert win.state.scale == "huge"
    qtbot.keyClick(plot, Key.Key_Plus, CTRL)
    assert win.state.scale == "huge"  # stops at the end
    qtbot.keyClick(plot, Key.Key_Minus, CTRL)
    assert win.state.scale == "large"
    box = win.ranges.x_min  # the keys work while a box has the cursor, too
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    qtbot.keyClick(box, Key.Key_Minus, CTRL)
    assert win.state.scale == "normal"
    seen = []
    for _ in range(3):
        qtbot.keyClick(plot, Key.Key_T, CTRL)
        seen.append(win.state.theme)
    assert seen == ["dark", "contrast", "light"]


def test_a_saved_session_comes_back_with_its_theme_and_scale(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("ACTVIZ_SETTINGS", str(tmp_path / "state.json"))
    first = make_window(qtbot)
    first.state.set_theme("dark")
    first.state.set_scale("huge")
    first.save_settings()
    first.remember_session = False
    first.state.set_scale("normal")
    first.close()
    second = make_window(qtbot)
    try:
        second.load_settings()
        assert (second.state.theme, second.state.scale) == ("dark", "huge")
        assert second.looks.theme_actions["dark"].isChecked() and second.looks.scale_actions["huge"].isChecked()
        assert second.plot_view.plot.getPlotItem().getAxis("left").style["tickFont"].pointSizeF() == 24
        QtWidgets.QApplication.processEvents()
        assert image(second.plot_view.plot).mean() < 70
    finally:
        second.state.set_scale("normal")
        second.close()


def test_train_and_depth_views_take_the_look(win, qtbot):
    win.state.set_theme("dark")
    win.state.set_scale("huge")
    win.tabs.setCurrentIndex(1)  # built now, after the choice
    train = win.train_view
    loss = train.loss_plot.getPlotItem()
    assert loss.getAxis("bottom").style["tickFont"].pointSizeF() == pytest.approx(
        2 * QtWidgets.QApplication.font().pointSizeF()
    )
    assert train.epoch_label.font().pointSizeF() == pytest.approx(2 * 1.3 * QtWidgets.QApplication.font().pointSizeF())
    assert train.act_list.item(0).icon().availableSizes()[0].width() == 28  # the colour swatches too
    train.step(3)
    assert train.loss_items[0][0].opts["pen"].widthF() == pytest.approx(6)
    QtWidgets.QApplication.processEvents()
    assert image(train.loss_plot).mean() < 80
    win.state.set_scale("normal")
    assert train.loss_items[0][0].opts["pen"].widthF() == pytest.approx(3)
    assert train.epoch_label.font().pointSizeF() == pytest.approx(1.3 * QtWidgets.QApplication.font().pointSizeF())
    win.tabs.setCurrentIndex(2)
    depth = win.depth_view
    assert depth.wait_idle()
    win.state.set_scale("huge")
    assert depth.grad_items[0][0].opts["pen"].widthF() == pytest.approx(7)
    assert depth.act_list.item(0).icon().availableSizes()[0].width() == 28
    QtWidgets.QApplication.processEvents()
    assert image(depth.grad_plot).mean() < 80
    win.state.set_theme("light")
    QtWidgets.QApplication.processEvents()
    assert image(depth.grad_plot).mean() > 180
