"""The room's window: lessons keep the room's look, internal errors stay off the screen, the
first window fits the screen, the legend follows the values, glyphs exist in the font, the
wheel scrolls the panel, and the help lists every key."""

from __future__ import annotations

import json

import pytest

from actviz.state.scene import check_scene
from actviz.ui import MainWindow
from actviz.ui.qt import QtCore, QtGui, QtWidgets

Qt = QtCore.Qt


@pytest.fixture
def win(open_window):
    return open_window(1280, 800)


def room_look(win, qtbot):
    """Ctrl+T (dark), then Ctrl+= twice (huge), as a lecturer sets up the room."""
    qtbot.keyClick(win, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    for _ in range(2):
        qtbot.keyClick(win, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert (win.state.theme, win.state.scale) == ("dark", "huge")


# ---------------------------------------------------------------- 2. the room's look
@pytest.mark.parametrize("key", [Qt.Key.Key_F5, Qt.Key.Key_F6, Qt.Key.Key_F7])
def test_a_lesson_keeps_the_rooms_theme_and_scale(win, qtbot, key):
    room_look(win, qtbot)
    qtbot.keyClick(win, key)
    assert (win.state.theme, win.state.scale) == ("dark", "huge")
    win.train_view.pause()


@pytest.mark.parametrize("display", [False, True])
def test_a_scene_brings_back_its_look_only_when_saved_with_it(win, qtbot, tmp_path, display):
    room_look(win, qtbot)
    path = win.save_scene(tmp_path / "scene", display=display)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["display_settings"] is display
    assert ("theme" in data["state"]) is display
    other = MainWindow()
    qtbot.addWidget(other)
    other.state.set_theme("contrast")
    assert other.open_scene(path)
    expected = ("dark", "huge") if display else ("contrast", "normal")
    assert (other.state.theme, other.state.scale) == expected


def test_an_older_scene_without_the_mark_keeps_the_rooms_look():
    scene = {"format": "actviz-scene", "version": 1, "state": {"function": "relu", "theme": "dark", "scale": "huge"}}
    checked = check_scene(scene)
    assert "theme" not in checked["state"] and "scale" not in checked["state"]
    with pytest.raises(ValueError, match="display_settings"):
        check_scene({**scene, "display_settings": "yes"})


@pytest.mark.parametrize("tick", [False, True])
def test_the_save_scene_dialog_has_the_display_box(win, qtbot, tmp_path, tick):
    room_look(win, qtbot)
    target = tmp_path / "with_box.actviz"
    seen = {}

    def answer():
        dialog = win.findChild(QtWidgets.QFileDialog, "saveSceneDialog")
        if dialog is None or not dialog.isVisible():
            QtCore.QTimer.singleShot(20, answer)
            return
        box = dialog.findChild(QtWidgets.QCheckBox, "sceneDisplay")
        seen["box"] = box is not None and box.isVisible() and not box.isChecked()
        box.setChecked(tick)
        dialog.selectFile(str(target))
        dialog.accept()

    QtCore.QTimer.singleShot(0, answer)
    win._save_scene_dialog()
    assert seen["box"]
    assert json.loads(target.read_text(encoding="utf-8"))["display_settings"] is tick


def test_the_command_line_scene_follows_the_same_rule(tmp_path):
    from actviz.cli import parse
    from actviz.state import State
    from actviz.state.scene import dumps, scene_dict

    st = State("relu")
    st.set_theme("dark")
    for display, theme in ((False, "light"), (True, "dark")):
        path = tmp_path / f"s{display}.actviz"
        path.write_text(dumps(scene_dict(st, display=display)), encoding="utf-8")
        assert parse(["--scene", str(path)]).state.theme == theme


# ---------------------------------------------------------------- 3. internal errors
def test_an_internal_error_says_one_sentence_and_goes_to_the_log(win, qtbot, tmp_path, monkeypatch):
    log = tmp_path / "errors.log"
    monkeypatch.setenv("ACTVIZ_ERROR_LOG", str(log))
    tv = win.train_view
    win.tabs.setCurrentIndex(1)

    def broken(*_args):
        raise IndexError("index 1 is out of bounds for axis 0 with size 1")

    monkeypatch.setattr(tv, "_draw_losses", broken)
    win.state.set_function("tanh")  # TrainView._on_function_view listens, and now fails
    win.state.set_function("relu")  # twice: the sentence is not repeated
    assert len(win.internal_errors) == 2
    shown = [m for m in win.messages if "went wrong" in m]
    assert shown == ["Something went wrong in the Train view; it has been logged (Help → Error log)."]
    for text in (*win.messages, win.message_bar.text(), win.status.currentMessage()):
        assert "Error:" not in text and "IndexError" not in text and "out of bounds" not in text
        assert "Internal error" not in text
    written = log.read_text(encoding="utf-8")
    assert "Traceback" in written and "IndexError: index 1 is out of bounds" in written
    assert "_on_function_view" in written
    # The sentence goes away on its own.
    assert win._message_timer.isActive() and win._message_timer.interval() <= 15000


def test_the_help_menu_names_the_error_log(win, qtbot, tmp_path, monkeypatch):
    log = tmp_path / "sub" / "errors.log"
    monkeypatch.setenv("ACTVIZ_ERROR_LOG", str(log))
    help_menu = win.menuBar().findChild(QtWidgets.QMenu, "helpMenu")
    act = win.findChild(QtGui.QAction, "errorLog")
    assert act in help_menu.actions() and act.isEnabled()
    help_menu.aboutToShow.emit()
    assert act.toolTip() == str(log) and str(log) in act.statusTip()
    box = win.error_log_box()
    try:
        assert str(log) in box.text() and "Nothing has gone wrong" in box.text()
    finally:
        box.deleteLater()


def test_without_settings_the_log_stays_out_of_the_home_folder(monkeypatch):
    from pathlib import Path

    from actviz.ui import errorlog

    monkeypatch.delenv("ACTVIZ_ERROR_LOG", raising=False)
    monkeypatch.setenv("ACTVIZ_SETTINGS", "none")
    assert not errorlog.log_path().is_relative_to(Path.home()) or str(Path.home()).startswith("/tmp")
    monkeypatch.setenv("ACTVIZ_SETTINGS", "/somewhere/state.json")
    assert errorlog.log_path() == Path("/somewhere/errors.log")


def test_the_log_rotates(tmp_path, monkeypatch):
    from actviz.ui import errorlog

    log = tmp_path / "errors.log"
    monkeypatch.setenv("ACTVIZ_ERROR_LOG", str(log))
    for _ in range(3):
        errorlog.write("x" * (errorlog.MAX_BYTES // 2))
    assert log.stat().st_size <= errorlog.MAX_BYTES
    assert (tmp_path / "errors.log.1").exists()


# ---------------------------------------------------------------- 12. the legend follows
def live_legend(win) -> str:
    return next(label.text for sample, label in win.plot_view.legend.items if sample.item is win.plot_view.curves[0])


def expected_legend(win) -> str:
    return win.plot_view._live_label()


def test_the_legend_follows_a_slider_drag_live_and_to_its_end(win, qtbot):
    slider = next(iter(win.param_panel.controls.values())).slider
    seen = set()
    for k in range(60):  # a drag across the whole slider, one step every 10 ms
        slider.setValue(slider.minimum() + (slider.maximum() - slider.minimum()) * k // 59)
        qtbot.wait(10)
        seen.add(live_legend(win))
    assert len(seen) >= 2, "the legend did not move during the drag"
    qtbot.waitUntil(lambda: live_legend(win) == expected_legend(win), timeout=1000)
    assert "α=1)" in live_legend(win)


def test_the_legend_follows_the_animation_and_its_stop(win, qtbot):
    start = live_legend(win)
    win.param_panel.toggle_animation()
    qtbot.waitUntil(lambda: live_legend(win) != start, timeout=1500)  # live, not only at the end
    qtbot.wait(300)
    win.param_panel.toggle_animation()
    qtbot.waitUntil(lambda: live_legend(win) == expected_legend(win), timeout=1000)
    value = win.state.params["negative_slope"]
    assert f"α={value:g}" in live_legend(win) or f"α={round(value, 3):g}" in live_legend(win)


# ---------------------------------------------------------------- 13. glyphs the font has
def _plain(widget) -> str:
    text = widget.text()
    if isinstance(widget, QtWidgets.QLabel) and (
        widget.textFormat() == Qt.TextFormat.RichText
        or (widget.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text))
    ):
        doc = QtGui.QTextDocument()
        doc.setHtml(text)
        text = doc.toPlainText()
    if isinstance(widget, QtWidgets.QAbstractButton):
        text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text


def missing_in_window(win) -> list[str]:
    """Every character of a button's or label's text that its own font has no glyph for."""
    bad = []
    for widget in win.findChildren(QtWidgets.QWidget):
        if not isinstance(widget, QtWidgets.QAbstractButton | QtWidgets.QLabel):
            continue
        metrics = QtGui.QFontMetrics(widget.font())
        for char in _plain(widget):
            if not char.isspace() and not metrics.inFontUcs4(ord(char)):
                bad.append(f"{widget.objectName() or type(widget).__name__}: {char!r} (U+{ord(char):04X})")
    return sorted(set(bad))


def test_every_button_and_label_uses_glyphs_its_font_has(win, qtbot):
    checked = []
    for index in (0, 1, 2):
        win.tabs.setCurrentIndex(index)
        qtbot.wait(20)
        checked += missing_in_window(win)
    win.tabs.setCurrentIndex(0)
    win.param_panel.toggle_animation()  # the pause state
    win.train_view.play()
    qtbot.wait(50)
    checked += missing_in_window(win)
    win.param_panel.toggle_animation()
    win.train_view.pause()
    assert not checked, checked


def test_the_animation_button_shows_play_and_pause_icons(win, qtbot):
    button = win.param_panel.play_button
    play = button.icon().pixmap(16).toImage()
    assert not button.icon().isNull()
    win.param_panel.toggle_animation()
    assert not button.icon().isNull() and button.icon().pixmap(16).toImage() != play
    win.param_panel.toggle_animation()
    assert button.icon().pixmap(16).toImage() == play


# ---------------------------------------------------------------- 14. the wheel scrolls the panel
def wheel(widget, steps: int = -3) -> None:
    """A wheel turn (negative: towards the user, scrolling down) over the middle of ``widget``."""
    pos = QtCore.QPointF(widget.rect().center())
    event = QtGui.QWheelEvent(
        pos,
        QtCore.QPointF(widget.mapToGlobal(pos.toPoint())),
        QtCore.QPoint(0, 0),
        QtCore.QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QtWidgets.QApplication.sendEvent(widget, event)


def fields_in(scroll):
    kinds = (QtWidgets.QComboBox, QtWidgets.QAbstractSpinBox, QtWidgets.QAbstractSlider)
    return [
        w
        for w in scroll.widget().findChildren(QtWidgets.QWidget)
        if isinstance(w, kinds) and not isinstance(w, QtWidgets.QScrollBar) and w.isVisible()
    ]


def value_of(w):
    if isinstance(w, QtWidgets.QComboBox):
        return w.currentIndex()
    return w.value()


@pytest.mark.parametrize("view", [0, 1, 2])
def test_a_wheel_over_an_unfocused_field_scrolls_the_side_panel(win, qtbot, view):
    win.resize(1024, 600)  # the side panel is taller than the window: it scrolls
    win.tabs.setCurrentIndex(view)
    scroll = (win.side_scroll, win.train_view.side_scroll, win.depth_view.side_scroll)[view]
    qtbot.wait(30)
    bar = scroll.verticalScrollBar()
    assert bar.maximum() > 0
    fields = fields_in(scroll)
    assert fields
    for field in fields:
        bar.setValue(0)
        win.focus_home()
        before = value_of(field)
        wheel(field)
        assert value_of(field) == before, field.objectName()
        assert bar.value() > 0, field.objectName()
        assert field.focusPolicy() == Qt.FocusPolicy.StrongFocus
    # A field the user clicked into takes the wheel as usual.
    combo = next(w for w in fields if isinstance(w, QtWidgets.QComboBox) and w.count() > 2 and w.isEnabled())
    combo.setFocus()
    combo.setCurrentIndex(0)
    wheel(combo)
    assert combo.currentIndex() != 0
    win.train_view.pause()


# ---------------------------------------------------------------- 18. help
def test_every_action_with_a_key_is_in_the_f1_table(win, qtbot):
    rows = win.shortcut_rows()
    listed = {(keys, what) for _menu, keys, what in rows}
    native = QtGui.QKeySequence.SequenceFormat.NativeText
    for index in (0, 1, 2):  # whichever view is shown, every key is listed
        win.tabs.setCurrentIndex(index)
        for act in win.findChildren(QtGui.QAction):
            for seq in act.shortcuts():
                name = seq.toString(native)
                assert any(name in keys.split(" or ") for keys, _what in listed), (name, act.text())
    for name in ("Ctrl+Right", "Ctrl+R", "Ctrl+Shift+R", "Ctrl+Q", "F1", "F5", "F11"):
        assert any(name in keys.split(" or ") for keys, _ in listed), name
    html_text = win.shortcuts_html()
    assert "Ctrl+Shift+R" in html_text and "Article race" in html_text
    win.train_view.pause()


def test_the_or_between_keys_is_translated(win, monkeypatch):
    from actviz.ui import window as window_module

    real = QtCore.QCoreApplication.translate

    def fake(context, text, *args):
        return " ou " if (context, text) == ("Shortcuts", " or ") else real(context, text, *args)

    monkeypatch.setattr(window_module.QtCore.QCoreApplication, "translate", staticmethod(fake))
    assert any(keys == "Ctrl+= ou Ctrl++" for _m, keys, _w in win.shortcut_rows())


def test_ctrl_shift_r_from_the_function_view_starts_the_race_in_the_train_view(win, qtbot):
    assert win.tabs.currentIndex() == 0
    win.state.train.set_activations([("elu", {})])
    qtbot.keyClick(win, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert win.tabs.currentIndex() == 1
    assert win.train_view.playing
    assert [a[0] for a in win.state.train.activations] == ["sigmoid", "tanh", "relu"]
    win.train_view.pause()


@pytest.mark.parametrize("index", [0, 1, 2])
def test_train_and_depth_menu_items_are_enabled_in_every_view(win, qtbot, index):
    win.tabs.setCurrentIndex(index)
    for act in (*win.train_actions, *win.depth_actions, *win.function_actions):
        assert act.isEnabled(), act.text()
    # A Depth preset chosen from the menu in another view shows the Depth view and applies it.
    win.depth_actions[2].trigger()
    assert win.tabs.currentIndex() == 2
    assert win.state.depth.activations[0][0] == "relu"
    win.train_view.pause()


def test_single_keys_act_on_the_view_shown(win, qtbot):
    win.tabs.setCurrentIndex(1)
    qtbot.keyClick(win.train_view, Qt.Key.Key_Space)
    assert win.train_view.playing and not win.param_panel.animating  # not the function view's Space
    qtbot.keyClick(win.train_view, Qt.Key.Key_Space)
    assert not win.train_view.playing
    assert win.tabs.currentIndex() == 1


def test_the_getting_started_page(win, qtbot):
    act = win.findChild(QtGui.QAction, "gettingStarted")
    help_menu = win.menuBar().findChild(QtWidgets.QMenu, "helpMenu")
    assert act in help_menu.actions()
    dialog = win.help_dialog("Getting started", win.getting_started_html(), "gettingStartedPage")
    try:
        text = dialog.findChild(QtWidgets.QTextBrowser).toPlainText()
    finally:
        dialog.deleteLater()
    for needle in ("Function", "Train", "Depth", "F5", "F6", "F7", "F11", "Ctrl+="):
        assert needle in text, needle


def test_a_command_line_scene_shows_in_the_rooms_saved_look(qtbot, tmp_path, monkeypatch):
    from actviz import app as app_module
    from actviz.cli import parse
    from actviz.state import State
    from actviz.state.scene import dumps, scene_dict

    settings = tmp_path / "state.json"
    settings.write_text(json.dumps({"theme": "dark", "scale": "large"}), encoding="utf-8")
    monkeypatch.setenv("ACTVIZ_SETTINGS", str(settings))
    scene = tmp_path / "lesson.actviz"
    scene.write_text(dumps(scene_dict(State("tanh"))), encoding="utf-8")
    run = app_module._Run(QtWidgets.QApplication.instance(), headless=False)
    cases = (([str(scene)], ("dark", "large")), ([str(scene), "--theme", "contrast"], ("contrast", "large")))
    for argv, expected in cases:
        win = app_module._open_window(parse(argv), restore=False, run=run)
        qtbot.addWidget(win)
        assert (win.state.function_id, win.state.theme, win.state.scale) == ("tanh", *expected)
        assert not win.remember_session


def test_after_the_animation_stops_the_three_alpha_readouts_agree(win, qtbot):
    win.state.set_function("leaky_relu")
    panel, pv = win.param_panel, win.plot_view
    spin = panel.controls["negative_slope"].spin
    for run_ms in (230, 370, 515):  # stop at a few moments, between throttled refreshes
        panel.toggle_animation()
        qtbot.wait(run_ms)
        panel.toggle_animation()
        assert not panel.animating
        qtbot.wait(1)  # one turn of the event loop: the very next paint shows them all alike
        value = win.state.params["negative_slope"]
        big = pv.param_text.text()
        legend = next(label.text for sample, label in pv.legend.items if sample.item is pv.curves[0])
        shown = spin.text()
        assert big == f"α = {shown}", (big, shown, value)
        assert f"(α={shown})" in legend, (legend, shown, value)


def test_the_session_saves_the_alpha_on_screen_after_an_animation(qtbot, tmp_path, monkeypatch):
    import json

    path = tmp_path / "state.json"
    monkeypatch.setenv("ACTVIZ_SETTINGS", str(path))
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    st = w.state
    st.set_function("leaky_relu")
    st.set_function("relu")  # away and back: leaky ReLU's α = 0.01 is remembered from the first visit
    st.set_function("leaky_relu")
    w.param_panel.toggle_animation()
    qtbot.waitUntil(lambda: st.params["negative_slope"] > 0.05)
    w.param_panel.toggle_animation()
    shown = w.param_panel.controls["negative_slope"].spin.text()
    w.close()  # what Ctrl+Q does
    saved = json.loads(path.read_text())["params"]["leaky_relu"]["negative_slope"]
    assert f"{saved:g}" == shown
