"""The Train view: play, pause, step, reset, the race, the decision map, the study and exports."""

import csv
import threading

import numpy as np
import pytest

from actviz.core import get
from actviz.ui.qt import QtCore, QtGui
from actviz.viewmodels import theme

Key = QtCore.Qt.Key


@pytest.fixture
def win(qtbot, open_window):
    w = open_window(1400, 900)
    w.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: w.train_view.trainer is not None)
    return w


def test_ctrl_2_shows_the_train_view_and_function_keys_rest(win, qtbot):
    win.tabs.setCurrentIndex(0)
    win.findChild(QtGui.QAction, "showTrainView").trigger()
    assert win.tabs.currentIndex() == 1 and win.train_view.isVisible()
    shown = win.state.shown
    qtbot.keyClick(win.train_view, Key.Key_2)  # f′ toggle belongs to the function view
    assert win.state.shown == shown


def test_step_reset_and_play(win, qtbot):
    tv = win.train_view
    first = tv.trainer.test_loss[0].copy()
    tv.step(1)
    assert tv.trainer.epoch == 1 and tv.epoch_label.text() == "epoch 1"
    tv.step(4)
    assert tv.trainer.epoch == 5 and not np.array_equal(tv.trainer.test_loss[-1], first)
    tv.reset()
    assert tv.trainer.epoch == 0 and np.array_equal(tv.trainer.test_loss[0], first)  # the same start
    qtbot.keyClick(tv, Key.Key_Space)
    assert tv.playing
    qtbot.waitUntil(lambda: tv.trainer.epoch > 10, timeout=5000)
    qtbot.keyClick(tv, Key.Key_Space)
    assert not tv.playing
    e = tv.trainer.epoch
    qtbot.wait(100)
    assert tv.trainer.epoch == e


def test_the_function_view_keeps_working_while_training(win, qtbot):
    tv = win.train_view
    tv.play()
    qtbot.waitUntil(lambda: tv.trainer.epoch > 3, timeout=5000)
    win.state.set_param("negative_slope", 0.3)
    x, y = win.plot_view.curves[0].getOriginalDataset()
    away = x != 0.0  # at the kink the drawn pair holds the one-sided limits
    assert np.array_equal(y[away], get("leaky_relu").f(x[away], negative_slope=0.3))
    tv.pause()


def test_a_study_never_blocks_the_window(win, qtbot, monkeypatch):
    import actviz.controllers.train as controller

    tv = win.train_view
    threads = []
    real = controller.convergence_study

    def spy(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(controller, "convergence_study", spy)
    turns = []  # the GUI thread's event loop, counted while the study runs
    timer = QtCore.QTimer(tv, interval=5)
    timer.timeout.connect(lambda: turns.append(tv.session.study_running))
    timer.start()
    win.state.train.apply_article_preset()
    win.state.train.set_study(seeds=40, epochs=20_000)
    tv.run_study()
    qtbot.waitUntil(lambda: threads and tv.progress.value() >= 1, timeout=20000)
    assert threads[0] is not threading.main_thread()
    n = turns.count(True)
    qtbot.waitUntil(lambda: turns.count(True) >= n + 5, timeout=5000)
    win.state.set_param("negative_slope", 0.3)  # the function view answers meanwhile
    x, y = win.plot_view.curves[0].getOriginalDataset()
    away = x != 0.0
    assert np.array_equal(y[away], get("leaky_relu").f(x[away], negative_slope=0.3))
    assert tv.session.study_running and tv.cancel_button.isEnabled()  # all of this while it ran
    tv.cancel_study()
    qtbot.waitUntil(lambda: tv.study_button.isEnabled(), timeout=20000)
    timer.stop()


def test_a_learning_rate_change_keeps_training_and_new_data_restarts_and_says_so(win, qtbot):
    tv = win.train_view
    tv.step(5)
    tr = tv.trainer
    i = tv.lr.findText("0.1")
    tv.lr.setCurrentIndex(i)
    tv.lr.activated.emit(i)
    assert win.state.train.learning_rate == 0.1
    assert tv.trainer is tr and tr.epoch == 5 and tv.epoch_label.text() == "epoch 5"
    assert tv.restart_label.full_text() == ""
    win.state.train.set_dataset("xor")
    assert tv.trainer.epoch == 0 and tv.epoch_label.text() == "epoch 0"
    assert tv.restart_label.full_text() == "restarted: new data"
    tv.step(1)
    assert tv.restart_label.full_text() == ""


def test_train_exports_ask_in_the_folder_used_last(win, qtbot, tmp_path, monkeypatch):
    from actviz.ui.qt import QtWidgets

    asked = []

    def dialog(parent, title, start, filters, *rest):
        asked.append(start)
        return str(tmp_path / "b" / "mine.csv"), filters

    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    monkeypatch.setattr(QtWidgets.QFileDialog, "getSaveFileName", dialog)
    tv = win.train_view
    win.last_folder = str(tmp_path / "a")
    tv._export_loss()
    assert asked[-1].startswith(str(tmp_path / "a"))
    assert (tmp_path / "b" / "mine.csv").exists()
    tv._export_loss()  # the folder chosen last time
    assert asked[-1].startswith(str(tmp_path / "b")) and win.last_folder == str(tmp_path / "b")


def test_the_article_race_trains_three_from_the_same_start_in_their_own_colours(win, qtbot):
    win.state.set_function("sigmoid")
    win.state.pin("relu")
    tv = win.train_view
    tv.article_race()
    assert [s[0] for s in win.state.train.activations] == ["sigmoid", "tanh", "relu"]
    qtbot.waitUntil(lambda: tv.trainer.epoch > 5, timeout=5000)
    tv.pause()
    assert len(tv.loss_items) == 3
    for test_item, _train_item in tv.loss_items:
        assert test_item.getData()[0].size == tv.trainer.epoch + 1
    pens = [item.opts["pen"].color().name().upper() for item, _ in tv.loss_items]
    assert pens[0] == theme.CURVE_COLORS[0].upper()  # sigmoid: the live curve's colour
    assert pens[2] == theme.OVERLAY_COLORS[1].upper()  # ReLU: its own, wherever it is pinned
    assert len(set(pens)) == 3


def test_the_map_shows_the_selected_network(win, qtbot):
    tv = win.train_view
    win.state.train.add_activation("tanh")
    tv.step(20)
    img0 = tv.image.image.copy()
    assert img0.shape == (80, 80) and np.all(np.abs(img0) <= 1) and img0.std() > 0
    win.state.train.set_selected(1)
    assert not np.array_equal(tv.image.image, img0)
    assert "Tanh" in tv.map_plot.getPlotItem().titleLabel.text


def test_a_study_fills_its_table_and_a_long_one_can_be_cancelled(win, qtbot, tmp_path):
    tv = win.train_view
    win.state.train.apply_article_preset()
    win.state.train.set_study(seeds=2, epochs=30)
    shown = []
    tv.progress.valueChanged.connect(shown.append)
    tv.run_study()
    qtbot.waitUntil(lambda: tv.study is not None and tv.study_button.isEnabled(), timeout=20000)
    assert shown == sorted(shown) and shown[-1] == 100 and tv.progress.value() == 100
    qtbot.waitUntil(lambda: tv.progress.text().startswith("30 of 30 epochs"), timeout=2000)
    assert tv.table.rowCount() == 3 and tv.table.item(0, 0).text() == "Sigmoid (logistic)"
    assert tv.table.item(0, 2).text().endswith("/2")
    tv.export_study(tmp_path / "study.csv")
    rows = list(csv.DictReader((tmp_path / "study.csv").read_text().splitlines()))
    assert len(rows) == 6 and set(rows[0]) == {
        "activation",
        "seed",
        "epochs_to_threshold",
        "final_train_loss",
        "final_test_loss",
    }
    win.state.train.set_study(seeds=200, epochs=100000)
    tv.run_study()

    def epochs_shown():
        text = tv.progress.text()
        return int(text.split(" of ")[0].replace(",", "")) if " of 100,000 epochs" in text else -1

    # Real progress: the bar counts epochs up from 0 while it runs, then it is cancelled.
    qtbot.waitUntil(lambda: epochs_shown() > 0 and tv.cancel_button.isEnabled(), timeout=20000)
    first = epochs_shown()
    assert tv.progress.value() == round(100 * first / 100_000)  # the bar and its text agree
    qtbot.waitUntil(lambda: epochs_shown() > first, timeout=20000)
    tv.cancel_study()
    qtbot.waitUntil(lambda: tv.study_button.isEnabled(), timeout=20000)
    assert "cancelled" in tv.message_line.history[-1] and tv.message_line.isVisible()
    assert tv.study.epochs >= epochs_shown() > first


def test_the_study_bar_counts_only_the_study_of_the_set_up_shown(win, qtbot):
    """After a study, a new learning rate is another set-up: the bar no longer reads "30 of 30
    epochs" (that study did not measure it), and the old rate brings its count back."""
    tv = win.train_view
    assert tv.progress.text() == "no study of this set-up yet"
    win.state.train.apply_article_preset()
    win.state.train.set_study(seeds=2, epochs=30)
    tv.run_study()
    qtbot.waitUntil(lambda: tv.study is not None and tv.study_button.isEnabled(), timeout=20000)
    qtbot.waitUntil(lambda: tv.progress.text().startswith("30 of 30 epochs"), timeout=2000)
    win.state.train.set_learning_rate(0.1)
    tv.step(1)
    assert (tv.progress.value(), tv.progress.text()) == (0, "no study of this set-up yet")
    win.state.train.set_learning_rate(0.03)
    tv.step(1)
    assert (tv.progress.value(), tv.progress.text()) == (100, "30 of 30 epochs")


def test_loss_export_reads_back(win, tmp_path):
    tv = win.train_view
    tv.step(3)
    tv.export_loss(tmp_path / "loss.csv")
    rows = list(csv.reader((tmp_path / "loss.csv").read_text().splitlines()))
    assert rows[0][0] == "epoch" and len(rows) == 5  # header + epochs 0..3
    assert float(rows[-1][2]) == pytest.approx(float(tv.trainer.test_loss[-1][0]))
    tv.export_png(tmp_path / "train.png")
    assert (tmp_path / "train.png").read_bytes().startswith(b"\x89PNG")


def test_bad_layers_text_is_refused_with_a_message(win, qtbot):
    tv = win.train_view
    tv.layers.setText("3, 9")
    tv.layers.editingFinished.emit()
    assert win.state.train.layers == (4, 2) and "neurons per layer" in tv.message_line.history[-1]
    assert tv.layers.text() == "4, 2"
    tv.layers.setText("3 3 3")
    tv.layers.editingFinished.emit()
    assert win.state.train.layers == (3, 3, 3) and tv.trainer.net.weights[1].shape[-2:] in ((3, 3),)


# ---------------------------------------------------------------------------------------------
# The Playground's controls (issue 18)


def test_feature_buttons_write_the_features_and_the_last_one_stays_on(win):
    tv = win.train_view
    buttons = tv.features.buttons
    assert [n for n, b in buttons.items() if b.isChecked()] == ["x1", "x2"]
    buttons["x1sq"].click()
    assert win.state.train.features == ("x1", "x2", "x1sq") and tv.trainer.config.features == ("x1", "x2", "x1sq")
    buttons["x1"].click()
    buttons["x2"].click()
    buttons["x1sq"].click()  # the last one: refused in one line, still on
    assert win.state.train.features == ("x1sq",) and buttons["x1sq"].isChecked()
    line = tv.message_line.history[-1]
    assert "at least one input feature" in line and "\n" not in line


def test_plus_and_minus_for_layers_and_neurons(win):
    tv = win.train_view
    lb = tv.layer_buttons
    assert win.state.train.layers == (4, 2) and len(lb.columns) == 2
    lb.columns[1][2].click()  # layer 2: one neuron more
    assert win.state.train.layers == (4, 3)
    for _ in range(10):
        lb.columns[0][2].click()
    assert win.state.train.layers == (8, 3) and not lb.columns[0][2].isEnabled()
    for _ in range(8):
        lb.add_layer.click()
    assert len(win.state.train.layers) == 6 and not lb.add_layer.isEnabled() and len(lb.columns) == 6
    for _ in range(6):
        lb.remove_layer.click()
    assert win.state.train.layers == () and not lb.remove_layer.isEnabled()
    assert tv.trainer.config.layers == () and tv.layers.text() == "none"
    assert tv.layers_note.isVisible() and "features alone" in tv.layers_note.text()
    assert "no hidden layer" in lb.summary.text()
    lb.add_layer.click()
    assert win.state.train.layers == (2,) and not tv.layers_note.isVisible()
    tv.layers.setText("none")
    tv.layers.editingFinished.emit()
    assert win.state.train.layers == ()


def test_show_test_discretize_and_regenerate(win):
    tv = win.train_view
    assert not tv.show_test.isChecked() and all(not p.isVisible() for p in tv.test_points)
    tv.show_test.click()
    assert win.state.train.show_test and all(p.isVisible() for p in tv.test_points)
    tv.step(30)
    smooth = tv.image.image.copy()
    tv.discretize.click()
    assert win.state.train.discretize and tv.trainer.epoch == 30  # no restart
    assert set(np.unique(tv.image.image)) <= {-1.0, 1.0} and len(np.unique(smooth)) > 2
    tv.regenerate_button.click()
    assert win.state.train.seed == 1 and tv.trainer.epoch == 0
    assert tv.restart_label.full_text() == "new data: seed 1"
    tv.step(2)
    assert tv.restart_label.full_text() == "new data: seed 1"  # it stays: it says which data


def test_speed_slider_and_keys(win, qtbot):
    tv = win.train_view
    assert tv.session.speed is None and tv.speed_label.text() == "as fast as it goes"
    tv.speed.setValue(0)
    assert tv.session.speed == 1.0 and tv.speed_label.text() == "1 epochs/s"
    tv.speed.setFocus()
    qtbot.keyClick(tv.speed, Key.Key_Up, QtCore.Qt.KeyboardModifier.ControlModifier)
    assert tv.session.speed == 2.0 and tv.speed.value() == 1
    qtbot.keyClick(tv.speed, Key.Key_Down, QtCore.Qt.KeyboardModifier.ControlModifier)
    assert tv.session.speed == 1.0


def test_speed_keys_work_from_the_window_after_ctrl_2(win, qtbot):
    # Right after Ctrl+2, or a click on a blank part of the view, the plot has no focus: the
    # speed keys are the Train menu's, so they work wherever the focus is in the window.
    tv = win.train_view
    ctrl = QtCore.Qt.KeyboardModifier.ControlModifier
    win.tabs.setCurrentIndex(0)
    qtbot.keyClick(win, Key.Key_2, ctrl)
    assert win.tabs.currentIndex() == 1
    tv.speed.setValue(0)
    assert tv.session.speed == 1.0
    win.setFocus()
    qtbot.keyClick(win, Key.Key_Up, ctrl)
    assert tv.session.speed == 2.0 and tv.speed.value() == 1
    tv.setFocus()  # a blank part of the view
    qtbot.keyClick(tv, Key.Key_Down, ctrl)
    assert tv.session.speed == 1.0
    rows = {what: keys for _menu, keys, what in win.shortcut_rows()}
    assert rows["Faster"] == "Ctrl+Up" and rows["Slower"] == "Ctrl+Down"
    win.tabs.setCurrentIndex(0)  # from another view, the key shows the Train view first
    qtbot.keyClick(win, Key.Key_Up, ctrl)
    assert win.tabs.currentIndex() == 1 and tv.session.speed == 2.0


def test_copy_and_paste_set_up_from_the_edit_menu(win):
    tv = win.train_view
    win.state.train.apply({"dataset": "xor", "layers": [3], "learning_rate": 0.1})
    win.findChild(QtGui.QAction, "copySetup").trigger()
    text = QtGui.QGuiApplication.clipboard().text()
    assert text.startswith("actviz:train?dataset=xor&") and "layers=3&" in text and "lr=0.1&" in text
    win.state.train.apply({"dataset": "circle", "layers": [4, 2]})
    win.findChild(QtGui.QAction, "pasteSetup").trigger()
    assert win.state.train.dataset == "xor" and win.state.train.layers == (3,)
    before = win.state.train.to_dict()
    QtGui.QGuiApplication.clipboard().setText("actviz:train?layers=3,3&lr=fast")
    win.findChild(QtGui.QAction, "pasteSetup").trigger()
    assert win.state.train.to_dict() == before
    line = tv.message_line.history[-1]
    assert line.startswith("set-up refused: learning_rate") and "\n" not in line


def test_a_race_shows_every_map_and_a_click_selects_one(win, qtbot):
    tv = win.train_view
    win.resize(1600, 1000)
    assert not tv.race_top.isVisible() and not tv.race_box.isVisible()
    win.state.train.apply_article_preset()
    tv.step(40)
    qtbot.waitUntil(lambda: tv.race_top.isVisible() or tv.race_box.isVisible(), timeout=2000)
    rm = tv.race_maps
    assert len(rm.images) == 3 and [t.text for t in rm.titles] == ["Sigmoid (logistic)", "Tanh", "ReLU"]
    maps = [im.image for im in rm.images]
    assert all(m.shape == (48, 48) for m in maps) and not np.allclose(maps[1], maps[2])
    box = rm.boxes[1]
    centre = box.mapToScene(box.boundingRect().center())
    pt = rm.mapFromScene(centre)
    qtbot.mouseClick(rm.viewport(), QtCore.Qt.MouseButton.LeftButton, pos=pt)
    assert win.state.train.selected == 1 and "Tanh" in tv.map_plot.getPlotItem().titleLabel.text


def test_the_diagram_shows_the_selected_network_and_a_typed_weight_reaches_it(win, qtbot):
    tv = win.train_view
    win.resize(1920, 1080)
    qtbot.waitUntil(lambda: tv.diagram.isVisible(), timeout=2000)
    win.state.train.apply_article_preset()
    tv.step(3)
    assert tv.diagram.model.sizes == (2, 3, 3, 1)
    tv.diagram.weight_edited.emit(1, 0, 2, 3.5)  # as the diagram's editor emits a typed value
    sel = win.state.train.selected
    assert tv.trainer.net.weights[1][sel, 0, 0, 2] == 3.5
    win.resize(1024, 768)
    qtbot.waitUntil(lambda: tv.diagram_toggle.isVisible(), timeout=2000)
    assert not tv.diagram.isVisible() and tv.loss_plot.isVisible()
    tv.diagram_toggle.click()
    assert tv.diagram.isVisible() and not tv.loss_plot.isVisible()


def test_actviz_open_restores_a_share_string_and_refuses_a_bad_one_in_one_line():
    from actviz.cli import UsageError, parse

    opts = parse(["--open", "actviz:train?dataset=xor&layers=none&features=x1x2&activations=tanh,relu"])
    t = opts.state.train
    assert (t.dataset, t.layers, t.features, len(t.activations)) == ("xor", (), ("x1x2",), 2)
    assert opts.scene is not None and opts.scene["view"] == "train" and opts.state.function_id == "leaky_relu"
    with pytest.raises(UsageError) as info:
        parse(["--open", "actviz:train?layers=77"])
    assert str(info.value).startswith("--open: set-up refused: layers") and "\n" not in str(info.value)


def test_copying_the_set_up_is_confirmed_by_a_neutral_note_that_moves_nothing(win, qtbot):
    # The confirmation was in the error style (pink box, dark red) and pushed the view down.
    tv = win.train_view
    line = tv.message_line
    qtbot.waitUntil(lambda: tv.loss_plot.isVisible())
    before = tv.loss_plot.mapTo(win, QtCore.QPoint(0, 0)), tv.race_top.geometry(), tv.key_label.geometry()
    win.findChild(QtGui.QAction, "copySetup").trigger()
    QtCore.QCoreApplication.processEvents()
    assert line.history[-1].startswith("Copied the set-up")
    assert line.info.isVisible() and not line.isVisible()  # the note, not the problem line
    after = tv.loss_plot.mapTo(win, QtCore.QPoint(0, 0)), tv.race_top.geometry(), tv.key_label.geometry()
    assert after == before  # nothing moved
    look = theme.look(win.state.theme)
    assert line.info.palette().color(QtGui.QPalette.ColorRole.WindowText) == QtGui.QColor(look.note)
    style = line.info.styleSheet()
    assert look.message_bg not in style and look.message_fg not in style and "bold" not in style
    assert line.info.geometry().intersects(line.info.parentWidget().rect())  # on the view, in sight
    tv.message_line.say("a refusal")  # a problem replaces the note, in its own style
    assert not line.info.isVisible() and line.isVisible()


def test_space_on_a_tabbed_to_check_box_ticks_it_and_after_a_click_it_plays(win, qtbot):
    """Keyboard users Tab to "Show test data" and press Space: the box ticks, training does not
    start. A lecturer who clicked the box with the mouse presses Space to play: it plays."""
    from actviz.ui.qt import QtCore, QtWidgets

    tv = win.train_view
    box = win.findChild(QtWidgets.QCheckBox, "trainShowTest")
    assert box.focusPolicy() == QtCore.Qt.FocusPolicy.TabFocus
    box.setFocus(QtCore.Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(box.hasFocus)
    before = box.isChecked()
    qtbot.keyClick(box, QtCore.Qt.Key.Key_Space)
    assert box.isChecked() is not before and not tv.session.playing
    # A click ticks it without taking the focus: Space then plays, as the F1 table says.
    tv.loss_plot.setFocus()
    qtbot.mouseClick(box, QtCore.Qt.MouseButton.LeftButton)
    assert box.isChecked() is before and not box.hasFocus()
    qtbot.keyClick(win.focusWidget() or win, QtCore.Qt.Key.Key_Space)
    assert tv.session.playing
    tv.pause()
