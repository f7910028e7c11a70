"""Reference marks as a lecturer uses them: typed in the side panel, drawn on the plot as
dash-dot lines and labelled points, removed, saved with a scene and the session, marked with
M at the mouse, given on the command line, and exported as vector graphics."""

import json
import re

import numpy as np
import pytest
import shiboken6

from actviz.core import get
from actviz.state import Mark
from actviz.ui import MainWindow
from actviz.ui.marks_layer import MARK_COLOR, MarksLayer
from actviz.ui.qt import QtCore, QtGui, pg

Key = QtCore.Qt.Key


@pytest.fixture
def win(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    w.activateWindow()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: w.plot_view.plot.hasFocus())
    return w


def plot_item(win):
    return win.plot_view.plot.getPlotItem()


def drawn(win):
    return win.plot_view.marks.drawn(plot_item(win))


def plot_image(win):
    """The plot as the user sees it, as an (h, w, 3) array."""
    img = win.plot_view.plot.grab().toImage().convertToFormat(QtGui.QImage.Format.Format_RGB888)
    w, h = img.width(), img.height()
    buf = np.frombuffer(img.constBits(), dtype=np.uint8, count=img.sizeInBytes())
    return buf.reshape(h, img.bytesPerLine())[:, : 3 * w].reshape(h, w, 3).copy()


def mark_mask(img, tol=60):
    rgb = np.array([int(MARK_COLOR[i : i + 2], 16) for i in (1, 3, 5)])
    return np.abs(img.astype(int) - rgb).sum(axis=2) < tol


def row_of(win, y):
    """The pixel row of the plot widget where the view's y lies."""
    vb = win.plot_view.vb
    scene = vb.mapViewToScene(QtCore.QPointF(0.0, y))
    return round(win.plot_view.plot.mapFromScene(scene).y())


def mark_pixels_near_row(win, y, band=3):
    mask = mark_mask(plot_image(win))
    r = row_of(win, y)
    return int(mask[max(r - band, 0) : r + band + 1].sum())


def type_mark(qtbot, win, text):
    box = win.marks_panel.input
    box.setFocus(QtCore.Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(box.hasFocus)
    ascii_part = text.encode("ascii", "ignore").decode() == text
    if ascii_part:
        qtbot.keyClicks(box, text)
    else:  # the test driver types only what a keyboard layout has; paste the rest
        box.insert(text)
    qtbot.keyClick(box, Key.Key_Return)


def visible_mark_lines(win):
    return [
        it
        for it in plot_item(win).items
        if isinstance(it, pg.InfiniteLine) and it.isVisible() and it.pen.color().name() == MARK_COLOR.lower()
    ]


def test_a_typed_line_is_drawn_with_its_label_and_removing_it_hides_it(win, qtbot):
    win.state.set_function("sigmoid")
    assert mark_pixels_near_row(win, 0.25) == 0
    type_mark(qtbot, win, "y=0.25 σ′ max")
    assert win.state.marks == (Mark("h", None, 0.25, "σ′ max"),)
    (line,) = visible_mark_lines(win)
    assert line.angle == 0 and line.value() == 0.25 and not line.movable
    assert line.label.isVisible() and line.label.toPlainText() == "σ′ max"
    assert line.pen.style() == QtCore.Qt.PenStyle.CustomDashLine  # not solid like a curve
    assert drawn(win) == [("h", 0.25, "σ′ max")]
    assert mark_pixels_near_row(win, 0.25) > 400  # a line across the plot, in the mark colour
    assert win.marks_panel.input.text() == ""  # added: the box is ready for the next one
    qtbot.waitUntil(win.plot_view.plot.hasFocus)  # Enter hands the keys back to the plot
    row = win.marks_panel.list.item(0)
    assert win.marks_panel.list.count() == 1 and row.text() == "y = 0.25  σ′ max"
    assert row.toolTip() == "y=0.25 σ′ max"  # exact, and can be typed again

    win.marks_panel.list.setCurrentRow(0)
    win.marks_panel.list.setFocus()
    qtbot.waitUntil(win.marks_panel.list.hasFocus)
    qtbot.keyClick(win.marks_panel.list, Key.Key_Delete)
    assert win.state.marks == ()
    assert visible_mark_lines(win) == [] and drawn(win) == []
    assert mark_pixels_near_row(win, 0.25) == 0
    assert win.marks_panel.list.count() == 0


def test_an_unlabelled_mark_shows_its_value_and_points_get_a_label(win, qtbot):
    win.state.set_function("sigmoid")
    type_mark(qtbot, win, "x=-1.5")
    type_mark(qtbot, win, "(0, 0.5) σ(0)")
    type_mark(qtbot, win, "2, 0.25")
    type_mark(qtbot, win, "y=0.5 {value} {0}")  # braces are text, not a format
    assert drawn(win) == [
        ("h", 0.5, "{value} {0}"),
        ("v", -1.5, "x = −1.5"),
        ("point", (0.0, 0.5), "σ(0)"),
        ("point", (2.0, 0.25), "(2, 0.25)"),
    ]
    # The label sits beside its dot, inside the plot (labels take their size when painted).
    plot_image(win)
    layer = win.plot_view.marks
    vb = win.plot_view.vb
    for label in [lb for lb in layer._panel(plot_item(win)).labels if lb.isVisible()]:
        assert vb.sceneBoundingRect().contains(label.textItem.sceneBoundingRect())


def test_bad_text_gets_a_message_keeps_the_text_and_changes_nothing(win, qtbot):
    win.state.add_mark("v", 0.0)
    for text, fragment in (("y=nan", "finite"), ("garbage", "a mark is y=…"), ("x=1 " + "a" * 41, "at most 40")):
        before = win.state.marks
        type_mark(qtbot, win, text)
        assert win.state.marks == before
        assert fragment in win.messages[-1] and "\n" not in win.messages[-1]
        assert win.message_bar.isVisible()
        assert win.marks_panel.input.text() == text  # kept for correction
        qtbot.wait(20)  # let the deferred hand-back run: after a refusal the box keeps the keys
        assert win.marks_panel.input.hasFocus()
        win.marks_panel.input.clear()
    assert drawn(win) == [("v", 0.0, "x = 0")]


def test_esc_empties_the_box_and_hands_the_keys_back(win, qtbot):
    box = win.marks_panel.input
    box.setFocus(QtCore.Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(box.hasFocus)
    qtbot.keyClicks(box, "y=3")
    qtbot.keyClick(box, Key.Key_Escape)
    assert box.text() == "" and win.state.marks == ()
    qtbot.waitUntil(win.plot_view.plot.hasFocus)


def test_the_add_and_clear_buttons(win, qtbot):
    panel = win.marks_panel
    panel.input.setText("y=1")
    qtbot.mouseClick(panel.add_button, QtCore.Qt.MouseButton.LeftButton)
    panel.input.setText("x=2 two")
    qtbot.mouseClick(panel.add_button, QtCore.Qt.MouseButton.LeftButton)
    assert [m.kind for m in win.state.marks] == ["h", "v"]
    qtbot.mouseClick(panel.clear_button, QtCore.Qt.MouseButton.LeftButton)
    assert win.state.marks == () and drawn(win) == []
    assert not panel.clear_button.isEnabled()


def test_plot_items_are_reused_not_recreated(win):
    st = win.state
    st.set_marks([["h", 1.0], ["v", 2.0], ["point", 0.0, 0.0, "a"]])
    items = list(plot_item(win).items)
    pooled = {id(it) for it in items}
    st.set_marks([["h", -1.0, "moved"], ["v", 3.0], ["point", 1.0, 1.0, "b"]])
    assert {id(it) for it in plot_item(win).items} == pooled
    st.clear_marks()
    st.set_marks([["h", 0.5]])
    assert {id(it) for it in plot_item(win).items} == pooled
    assert drawn(win) == [("h", 0.5, "y = 0.5")]


def test_marks_do_not_move_the_automatic_y_range(win, qtbot):
    st = win.state
    st.set_function("sigmoid")
    win.plot_view.refresh()
    before = win.plot_view.vb.viewRange()[1]
    st.set_marks([["h", 1000.0], ["v", -300.0], ["point", 0.0, -500.0, "far"]])
    win.plot_view.refresh()
    assert win.plot_view.vb.viewRange()[1] == before
    # Nor on a panel whose view box fits its data by itself.
    other = pg.PlotWidget()
    qtbot.addWidget(other)
    other.plot([0.0, 1.0], [0.0, 1.0])
    MarksLayer(st, other).attach(other.getPlotItem())
    other.getPlotItem().getViewBox().autoRange()
    (x0, x1), (y0, y1) = other.getPlotItem().getViewBox().viewRange()
    assert x0 > -1 and x1 < 2 and y0 > -1 and y1 < 2


def test_marks_survive_a_scene_round_trip_and_show_after_opening(win, qtbot, tmp_path):
    st = win.state
    st.set_marks([["h", 0.25, "σ′ max"], ["v", 0.0], ["point", 0.0, 0.5, "σ(0)"]])
    path = win.save_scene(tmp_path / "marks")
    assert json.loads(path.read_text("utf-8"))["state"]["marks"] == [
        ["h", 0.25, "σ′ max"],
        ["v", 0.0, ""],
        ["point", 0.0, 0.5, "σ(0)"],
    ]
    other = MainWindow()
    qtbot.addWidget(other)
    assert other.open_scene(path)
    assert other.state.marks == st.marks
    assert other.plot_view.marks.drawn(other.plot_view.plot.getPlotItem()) == [
        ("h", 0.25, "σ′ max"),
        ("v", 0.0, "x = 0"),
        ("point", (0.0, 0.5), "σ(0)"),
    ]
    assert other.marks_panel.list.count() == 3


def test_a_corrupt_mark_in_a_scene_is_refused_and_the_marks_stay(win, tmp_path):
    win.state.set_marks([["h", 0.5, "keep"]])
    before = drawn(win)
    for bad in ([["h", "nan"]], [["q", 1.0]], [["point", 1.0]], "y=1", [["h", 1.0, "x" * 41]], [[]]):
        state = {**win.state.to_dict(), "marks": bad}
        path = tmp_path / "bad.actviz"
        path.write_text(json.dumps({"format": "actviz-scene", "version": 1, "state": state}), "utf-8")
        assert not win.open_scene(path)
        assert win.messages[-1].startswith("Could not open the scene bad.actviz: scene refused: reference marks")
        assert win.state.marks == (Mark("h", None, 0.5, "keep"),)
        assert drawn(win) == before


def test_marks_are_kept_in_the_session(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("ACTVIZ_SETTINGS", str(tmp_path / "state.json"))
    first = MainWindow()
    qtbot.addWidget(first)
    first.state.set_marks([["v", -2.0, "here"], ["point", 1.0, 2.0]])
    first.save_settings()
    second = MainWindow()
    qtbot.addWidget(second)
    second.load_settings()
    assert second.state.marks == first.state.marks
    assert second.plot_view.marks.drawn(second.plot_view.plot.getPlotItem()) == [
        ("v", -2.0, "here"),
        ("point", (1.0, 2.0), "(1, 2)"),
    ]


def test_m_marks_the_point_of_f_under_the_mouse(win, qtbot):
    st = win.state
    st.set_function("sigmoid")
    pv = win.plot_view
    scene_pos = pv.vb.mapViewToScene(QtCore.QPointF(1.2345678, 0.5))
    pv.plot.scene().sigMouseMoved.emit(scene_pos)  # what a mouse move over the plot sends
    x = pv.readout_x
    assert x == pytest.approx(1.2345678, abs=0.05) and x != float(f"{x:.5g}")
    qtbot.keyClick(pv.plot, Key.Key_M)
    (mark,) = st.marks
    x5 = float(f"{x:.5g}")
    assert mark.kind == "point" and mark.x == x5
    assert mark.y == float(get("sigmoid").evaluate_all(x5, {})[0])
    assert mark.label.startswith(f"f({x5:.5g})")
    assert drawn(win) == [("point", (mark.x, mark.y), mark.label)]

    pv.hide_readout()  # the mouse left the plot
    qtbot.keyClick(pv.plot, Key.Key_M)
    assert len(st.marks) == 1
    assert "Move the mouse over the plot" in win.messages[-1]


def test_the_mark_key_is_listed_and_only_works_on_the_function_view(win):
    act = win.findChild(QtGui.QAction, "markPointAction")
    assert act.shortcut().toString() == "M"
    assert act in win.function_actions
    assert any(key == "M" for _menu, key, _what in win.shortcut_rows())
    others = [a for a in win.actions() if a is not act and a.shortcut().toString() == "M"]
    assert others == []
    win.tabs.setCurrentIndex(2)
    assert act.shortcut().isEmpty() and act.isEnabled()  # the key is the shown view's; the menu item works
    win.tabs.setCurrentIndex(0)
    assert act.shortcut().toString() == "M"


def test_one_layer_on_another_panel_with_only_some_kinds_and_a_new_look(win, qtbot):
    other = pg.PlotWidget()
    qtbot.addWidget(other)
    layer = MarksLayer(win.state, other)
    pi = other.getPlotItem()
    layer.attach(pi, kinds=("v",))
    win.state.set_marks([["h", 0.5], ["v", 1.0, "one"], ["point", 0.0, 0.0]])
    assert layer.drawn(pi) == [("v", 1.0, "one")]
    layer.attach(pi, kinds=("v", "point"))
    assert layer.drawn(pi) == [("v", 1.0, "one"), ("point", (0.0, 0.0), "(0, 0)")]
    layer.set_look("#123456", width_scale=2.0, font_pt=30, background="#202020")
    line = next(it for it in pi.items if isinstance(it, pg.InfiniteLine) and it.isVisible())
    assert line.pen.color().name() == "#123456"
    assert line.label.color.name() == "#123456"
    win.state.set_marks([["v", 1.0, "relabelled"]])  # new text: the frame must come back with it
    frame = line.label.textItem.document().rootFrame().frameFormat()
    assert line.label.toPlainText() == "relabelled"
    assert frame.background().color().name() == "#202020" and frame.borderBrush().color().name() == "#123456"
    assert frame.border() >= 1
    assert line.pen.widthF() == pytest.approx(2 * win.plot_view.marks._pen().widthF())
    assert line.label.textItem.font().pointSizeF() == 30
    with pytest.raises(ValueError, match="mark kinds"):
        layer.attach(pi, kinds=("diagonal",))
    layer.detach(pi)
    assert layer.drawn(pi) == []
    assert not [it for it in pi.items if isinstance(it, (pg.InfiniteLine, pg.ScatterPlotItem, pg.TextItem))]
    assert drawn(win)  # the main plot still has its marks


def test_the_svg_export_has_the_marks_as_vectors(win, tmp_path):
    win.state.set_function("sigmoid")
    win.state.set_marks([["h", 0.25, "σ′ max"], ["v", 0.0], ["point", 2.0, 0.8808, "σ(2)"]])
    svg = win.export_figure(tmp_path / "fig.svg").read_text("utf-8")
    assert "<image" not in svg  # no embedded pictures: lines, dots and labels are vectors
    words = " ".join(" ".join(re.findall(r"<text[^>]*>([^<]*)</text>", svg)).split())  # an element per word
    for text in ("σ′ max", "x = 0", "σ(2)"):
        assert text in words
    assert svg.lower().count(MARK_COLOR.lower()) >= 4  # two lines, the dot, the label frames


def test_cli_marks_are_in_the_screenshot(app_in, tmp_path):
    from PySide6.QtGui import QImage

    out = tmp_path / "m.png"
    res = app_in(
        "--function",
        "sigmoid",
        "--derivatives",
        "1",
        "--mark",
        "y=0.25 σ′ max",
        "--screenshot",
        str(out),
        "--size",
        "1280x800",
    )
    assert res.returncode == 0, res.stderr
    qimg = QImage(str(out)).convertToFormat(QImage.Format.Format_RGB888)
    w, h = qimg.width(), qimg.height()
    img = np.frombuffer(qimg.constBits(), dtype=np.uint8, count=qimg.sizeInBytes())
    img = img.reshape(h, qimg.bytesPerLine())[:, : 3 * w].reshape(h, w, 3)
    rows = mark_mask(img).sum(axis=1)
    line_row = int(np.argmax(rows))
    assert rows[line_row] > 300  # a long dash-dot line in the mark colour
    # σ′ peaks at exactly 0.25: the line touches the top of the f′ curve.
    # Look in the middle fifth of the line, where x = 0 is: away from the legend and formulas.
    cols = np.nonzero(mark_mask(img)[line_row])[0]
    lo, hi = np.percentile(cols, [40, 60]).astype(int)
    rgb = np.array([0xD5, 0x5E, 0x00])
    fprime_rows = np.nonzero((np.abs(img[:, lo:hi].astype(int) - rgb).sum(axis=2) < 40).any(axis=1))[0]
    assert abs(int(fprime_rows.min()) - line_row) <= 4


@pytest.mark.parametrize(
    "mark, fragment",
    [("y=nan", "finite"), ("nonsense", "a mark is y=…"), ("x=1 " + "a" * 41, "at most 40")],
)
def test_a_bad_cli_mark_exits_2_with_one_line(app_in, mark, fragment):
    res = app_in("--mark", mark)
    assert res.returncode == 2
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("actviz: error: --mark:") and fragment in lines[0]


def test_a_deleted_panel_is_dropped_without_an_error(win, qtbot):
    layer = MarksLayer(win.state, win)
    other = pg.PlotWidget()
    layer.attach(other.getPlotItem())
    win.state.set_marks([["h", 1.0]])
    assert layer.drawn(other.getPlotItem()) == [("h", 1.0, "y = 1")]
    other.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(other))
    win.state.set_marks([["h", 2.0]])
    assert not win.internal_errors
    assert layer._panels == []
