"""Keyboard and focus, as a lecturer uses them: boxes take text, Enter/Esc hand the keys back
to the plot, and window shortcuts with a modifier work everywhere."""

import pytest
from qt_idle import settle

from actviz.ui import MainWindow
from actviz.ui.qt import QtCore, QtGui, QtWidgets

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


def focus(qtbot, widget):
    widget.setFocus(QtCore.Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(widget.hasFocus)


def test_the_plot_has_the_keys_at_start_and_single_keys_act(win, qtbot):
    assert QtWidgets.QApplication.focusWidget() is win.plot_view.plot
    qtbot.keyClick(win.plot_view.plot, Key.Key_2)
    assert win.state.shown == (True, False, False)
    qtbot.keyClick(win.plot_view.plot, Key.Key_BracketRight)
    assert win.state.params["negative_slope"] == pytest.approx(0.02)


def test_digits_typed_in_a_box_are_text_until_enter_then_the_plot_has_the_keys(win, qtbot):
    box = win.ranges.x_min
    focus(qtbot, box)
    box.lineEdit().selectAll()
    qtbot.keyClicks(box, "-2")
    assert win.state.x_range == (-5.0, 5.0) and win.state.shown == (True, True, False)  # not a shortcut
    qtbot.keyClick(box, Key.Key_Return)
    assert win.state.x_range == (-2.0, 5.0)
    qtbot.waitUntil(win.plot_view.plot.hasFocus)
    qtbot.keyClick(win.plot_view.plot, Key.Key_2)  # now it is the shortcut
    assert win.state.shown == (True, False, False)


def test_esc_in_a_box_cancels_the_edit_and_does_not_leave_presentation(win, qtbot):
    win.set_presentation(True, full_screen=False)
    win.side_scroll.show()  # reach the box while presenting
    box = win.ranges.x_max
    focus(qtbot, box)
    box.lineEdit().selectAll()
    qtbot.keyClicks(box, "77")
    qtbot.keyClick(box, Key.Key_Escape)
    assert box.text() == "5" and win.state.x_range == (-5.0, 5.0)
    assert win.presenting
    qtbot.waitUntil(win.plot_view.plot.hasFocus)
    qtbot.keyClick(win.plot_view.plot, Key.Key_Escape)  # from the plot, Esc leaves presentation
    assert not win.presenting


def test_esc_in_the_parameter_box_restores_the_state_value(win, qtbot):
    spin = win.param_panel.controls["negative_slope"].spin
    focus(qtbot, spin)
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, "0.5")
    qtbot.keyClick(spin, Key.Key_Escape)
    assert spin.text() == "0.01" and win.state.params["negative_slope"] == 0.01


def test_ctrl_shortcuts_work_from_inside_the_probe_box(win, qtbot, monkeypatch):
    asked = []
    monkeypatch.setattr(QtWidgets.QFileDialog, "getSaveFileName", lambda *a, **k: (asked.append(a), ("", ""))[1])
    box = win.probes.input
    focus(qtbot, box)
    # Ctrl+E would move the cursor to the end of the line in a plain line edit on X11.
    qtbot.keyClick(box, Key.Key_E, QtCore.Qt.KeyboardModifier.ControlModifier)
    assert len(asked) == 1 and "Export data" in asked[0]
    qtbot.keyClick(box, Key.Key_P, QtCore.Qt.KeyboardModifier.ControlModifier)
    assert len(win.state.overlays) == 1
    qtbot.keyClick(box, Key.Key_A, QtCore.Qt.KeyboardModifier.ControlModifier)  # stays the box's own
    assert box.selectedText() == box.text()


def test_a_refusal_goes_away_after_a_later_valid_entry(win, qtbot):
    win.state.set_function("hardtanh")
    win.ranges.x_min.setValue(9.0)  # x min above x max: refused
    assert win.message_bar.isVisible() and "x min must be less than x max" in win.message_bar.text()
    win.ranges.x_min.setValue(-3.0)  # valid
    assert not win.message_bar.isVisible()


def test_leaving_presentation_mode_restores_a_maximised_window(win, qtbot):
    win.showMaximized()
    qtbot.waitUntil(win.isMaximized)
    win.set_presentation(True)
    qtbot.waitUntil(win.isFullScreen)
    win.set_presentation(False)
    qtbot.waitUntil(lambda: not win.isFullScreen())
    assert win.isMaximized()


# ---------------------------------------------------------------- readable values
@pytest.mark.parametrize(
    ("value", "text"),
    [
        (-4.5e-4, "−4.5e−4"),
        (1e-9, "1e−9"),
        (-748_900.0, "−7.489e5"),
        (0.26894142, "0.2689"),
        (1234.0, "1234"),
        (12345.0, "1.234e4"),
        (0.0, "0"),
        (float("inf"), "∞"),
        (-0.001, "−0.001"),
        (2.0e-3, "0.002"),
    ],
)
def test_short_numbers_fit_a_cell_and_never_read_as_zero(value, text):
    from actviz.viewmodels.function import fmt_short

    assert fmt_short(value) == text


def test_probe_cells_show_whole_numbers(win, qtbot):
    win.state.set_function("silu")
    win.state.set_probes([-20, -10, -7.5, 0.001, 1e-9, 748900])
    settle(qtbot, win)  # the table refreshes at most every 40 ms
    table = win.probes.table
    fm = table.fontMetrics()
    for r in range(table.rowCount()):
        for c in range(4):
            text = table.item(r, c).text()
            assert "…" not in text and "e+" not in text
            assert fm.horizontalAdvance(text) + 8 <= table.columnWidth(c), (text, table.columnWidth(c))
    assert table.item(1, 1).text() == "−4.54e−4"  # swish/SiLU at −10: clearly not zero


def test_a_narrow_probe_table_shows_fewer_digits_never_a_cut_number(qtbot, open_window):
    """At 1024×768 with huge text a value column is narrow: "2.06e−9" showed as "2.06…", which
    reads as 2.06. A number takes fewer digits where that makes it fit, and its exponent a
    second line where even that is too wide: every number is read whole."""
    from actviz.ui.qt import QtCore

    win = open_window(1024, 768)
    win.state.set_scale("huge")
    win.state.set_function("silu")
    win.state.set_probes([-20, -1e-9 * 2.06, 0.001, 748900])
    settle(qtbot, win)
    table = win.probes.table
    fm = table.fontMetrics()
    wrap = QtCore.Qt.TextFlag.TextWordWrap
    exponents = 0
    for r in range(table.rowCount()):
        for c in range(4):
            text, width = table.item(r, c).text(), table.columnWidth(c) - 8
            for part in text.split("\u200b"):  # each line of it fits the cell's width
                assert fm.horizontalAdvance(part) <= width, (text, width)
            assert fm.boundingRect(QtCore.QRect(0, 0, width, 10_000), wrap, text).height() <= table.rowHeight(r)
            if "e" in text:
                exponents += 1
                assert len(text.split("e")[0].replace("−", "").replace(".", "").strip("\u200b")) <= 4
    assert exponents >= 3  # x = −2.06e−9 and its values are read with their exponents


def test_readout_lists_every_visible_curve_and_follows_changes(win, qtbot):
    pv = win.plot_view
    win.state.pin("relu")
    pv.show_readout(-2.0)
    text = pv.readout.text()
    assert "ReLU" in text and "f″" not in text and "f′" in text
    assert "−0.02" in text  # Leaky ReLU f(−2) with α = 0.01
    win.state.set_param("negative_slope", 0.2)
    assert "−0.4" in pv.readout.text()  # current after the slider moved, mouse still
    win.state.set_shown(1, False)
    assert "f′" not in pv.readout.text()
    win.state.set_x_range(1, 3)  # the mouse x is no longer on the plot
    assert "x =" not in pv.readout.text()


def test_window_size_maximised_and_presentation_are_remembered(qtbot, tmp_path, monkeypatch, open_window):
    monkeypatch.setenv("ACTVIZ_SETTINGS", str(tmp_path / "state.json"))
    # A 1920×1080 desktop (the offscreen screen is 800×800, too small for the window to be
    # restored as it was saved).
    monkeypatch.setattr(MainWindow, "_screen_rects", staticmethod(lambda: [(0, 0, 1920, 1080)]))
    first = open_window(1111, 777)
    first.showMaximized()
    qtbot.waitUntil(first.isMaximized)
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    second.load_settings()
    assert (second.width(), second.height()) == (1111, 777)  # the normal size, under the maximised one
    second.show()
    qtbot.waitUntil(second.isMaximized)
    second.set_presentation(True)
    qtbot.waitUntil(second.isFullScreen)
    second.close()
    third = MainWindow()
    qtbot.addWidget(third)
    third.load_settings()
    third.show()
    qtbot.waitUntil(lambda: third.presenting and third.isFullScreen())
    third.set_presentation(False)
    qtbot.waitUntil(third.isMaximized)  # Esc goes back to the maximised window it came from


def test_a_bad_saved_geometry_is_reported_and_ignored(qtbot, tmp_path, monkeypatch):
    import json

    path = tmp_path / "state.json"
    path.write_text(json.dumps({"function": "tanh", "window": {"geometry": [0, 0, -5, 1e9]}}))
    monkeypatch.setenv("ACTVIZ_SETTINGS", str(path))
    w = MainWindow()
    qtbot.addWidget(w)
    w.load_settings()
    assert w.state.function_id == "tanh" and "window geometry" in w.messages[-1]


def _type_in_selector(win, qtbot, text):
    sel = win.findChild(QtWidgets.QComboBox, "functionSelector")
    focus(qtbot, sel)
    sel.lineEdit().selectAll()
    qtbot.keyClicks(sel.lineEdit(), text)
    popup = sel.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    return sel, popup


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_a_function_picked_in_the_completer_with_enter_hands_the_keys_to_the_plot(win, qtbot):
    win.state.set_function("relu")
    sel, popup = _type_in_selector(win, qtbot, "leaky")
    qtbot.keyClick(popup, Key.Key_Down)
    qtbot.keyClick(popup, Key.Key_Return)
    assert win.state.function_id == "leaky_relu"
    qtbot.waitUntil(win.plot_view.plot.hasFocus)
    focused = QtWidgets.QApplication.focusWidget()
    qtbot.keyClick(focused, Key.Key_BracketRight)
    assert win.state.params["negative_slope"] == pytest.approx(0.02)
    assert "]" not in sel.lineEdit().text()


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_a_function_clicked_in_the_completer_popup_hands_the_keys_to_the_plot(win, qtbot):
    win.state.set_function("relu")
    _sel, popup = _type_in_selector(win, qtbot, "leaky")
    index = popup.model().index(0, 0)
    rect = popup.visualRect(index)
    qtbot.mouseClick(popup.viewport(), QtCore.Qt.MouseButton.LeftButton, pos=rect.center())
    assert win.state.function_id == "leaky_relu"
    qtbot.waitUntil(win.plot_view.plot.hasFocus)
    qtbot.keyClick(QtWidgets.QApplication.focusWidget(), Key.Key_BracketRight)
    assert win.state.params["negative_slope"] == pytest.approx(0.02)


def test_a_function_picked_from_the_list_hands_the_keys_to_the_plot(win, qtbot):
    sel = win.findChild(QtWidgets.QComboBox, "functionSelector")
    focus(qtbot, sel)
    sel.activated.emit(sel.findData("leaky_relu"))
    assert win.state.function_id == "leaky_relu"
    qtbot.waitUntil(win.plot_view.plot.hasFocus)


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_the_completer_list_grows_with_the_projector_scale(win, qtbot):
    win.state.set_scale("huge")
    sel, popup = _type_in_selector(win, qtbot, "leaky")
    row = popup.visualRect(popup.model().index(0, 0)).height()
    box_text = QtGui.QFontMetrics(sel.lineEdit().font()).height()
    assert row >= box_text  # the list is as readable as the box above it
    qtbot.keyClick(popup, Key.Key_Escape)
