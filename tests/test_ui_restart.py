"""A restart brings the session back as it was left: the Function view's legend with its pins
(each entry once) and the view that was shown."""

import json

import pytest

from actviz.ui import MainWindow


def _window(qtbot, restore: bool = True) -> MainWindow:
    w = MainWindow()
    qtbot.addWidget(w)  # closed and deleted after the test
    if restore:
        w.load_settings()
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    return w


def _legend_texts(w: MainWindow) -> list[str]:
    legend = w.plot_view.legend
    assert legend.layout.count() == 2 * len(legend.items)  # every entry laid out once: sample and label
    return [label.text for _sample, label in legend.items]


def test_a_session_with_pins_restores_a_legend_without_duplicates(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("ACTVIZ_SETTINGS", str(tmp_path / "state.json"))
    first = _window(qtbot, restore=False)
    first.state.set_function("tanh")
    first.state.pin()
    first.state.set_function("elu")
    first.state.pin()
    first.state.set_function("relu")
    expected = _legend_texts(first)
    assert len(expected) == 6  # f, f′, and each pin's f and dashed f′
    first.close()

    again = _window(qtbot)
    assert [o.function_id for o in again.state.overlays] == ["tanh", "elu"]
    texts = _legend_texts(again)
    assert texts == expected
    assert len(set(texts)) == len(texts)
    # and it stays so once the window has settled (placement may rebuild it at another size)
    qtbot.waitUntil(lambda: again.plot_view.legend.isVisible())
    assert _legend_texts(again) == expected


@pytest.mark.parametrize("view", ["function", "train", "depth"])
def test_the_view_shown_at_quitting_is_shown_at_the_next_start(qtbot, tmp_path, monkeypatch, view):
    path = tmp_path / "state.json"
    monkeypatch.setenv("ACTVIZ_SETTINGS", str(path))
    first = _window(qtbot, restore=False)
    first.tabs.setCurrentIndex(("function", "train", "depth").index(view))
    first.close()
    assert json.loads(path.read_text())["window"]["view"] == view
    again = _window(qtbot)
    assert again.current_view() == view


@pytest.mark.parametrize("bad", ["sideways", 2, None, ["depth"], "Depth"])
def test_a_bad_saved_view_opens_the_function_view_without_a_message(qtbot, tmp_path, monkeypatch, bad):
    path = tmp_path / "state.json"
    path.write_text(json.dumps({"function": "elu", "window": {"view": bad}}))
    monkeypatch.setenv("ACTVIZ_SETTINGS", str(path))
    w = _window(qtbot)
    assert w.current_view() == "function"
    assert w.state.function_id == "elu"  # the rest of the session still came back
    assert not any("Ignored part" in m for m in w.messages)


@pytest.mark.parametrize(
    ("args", "view"), [([], "depth"), (["--theme", "dark"], "depth"), (["--function", "gelu"], "function")]
)
def test_options_that_say_what_to_show_win_over_the_saved_view(qtbot, tmp_path, monkeypatch, args, view):
    from actviz import app, cli
    from actviz.ui.qt import QtWidgets

    path = tmp_path / "state.json"
    path.write_text(json.dumps({"function": "elu", "window": {"view": "depth"}}))
    monkeypatch.setenv("ACTVIZ_SETTINGS", str(path))
    opts = cli.parse(args)
    restore = not opts.explicit - app.LOOK_OPTIONS - {"language"}  # as the app decides it
    w = app._open_window(opts, restore, app._Run(QtWidgets.QApplication.instance(), headless=False))
    qtbot.addWidget(w)
    assert w.current_view() == view


@pytest.mark.parametrize("built", [True, False], ids=["train-view-opened", "train-view-never-opened"])
def test_the_train_speed_is_kept_across_a_restart(qtbot, tmp_path, monkeypatch, built):
    """The speed a lecturer chose (20 epochs per second, to narrate the race) comes back, and
    survives a session in which the Train view was never opened."""
    path = tmp_path / "state.json"
    monkeypatch.setenv("ACTVIZ_SETTINGS", str(path))
    first = _window(qtbot, restore=False)
    first.train_view.session.set_speed(20)
    first.close()
    assert json.loads(path.read_text())["window"]["train_speed"] == 20
    second = _window(qtbot)
    if built:
        second.tabs.setCurrentIndex(1)
    second.close()
    third = _window(qtbot)
    tv = third.train_view
    assert tv.session.speed == 20
    assert tv.speed.value() == tv.session.speed_index  # the control shows it
    tv.session.set_speed(None)
    third.close()
    assert json.loads(path.read_text())["window"]["train_speed"] == "max"
    assert _window(qtbot).train_view.session.speed is None


@pytest.mark.parametrize("bad", [3, "fast", True, -20, 1e400, None, [20]])
def test_a_bad_saved_train_speed_is_reported_and_the_default_kept(qtbot, tmp_path, monkeypatch, bad):
    path = tmp_path / "state.json"
    path.write_text(json.dumps({"function": "elu", "window": {"train_speed": bad}}))
    monkeypatch.setenv("ACTVIZ_SETTINGS", str(path))
    w = _window(qtbot)
    assert w.train_view.session.speed is None  # as fast as it goes, the default
    assert w.state.function_id == "elu"  # the rest of the session came back
    assert any("train speed must be max or one of" in m for m in w.messages), w.messages


def test_the_legend_is_refilled_only_when_what_it_shows_changes(qtbot):
    """Refilling the legend builds every label anew (~3 ms). A request that would give the same
    rows keeps the labels; other rows, another text size or a label that no longer reads its
    row's text refill it."""
    w = _window(qtbot, restore=False)
    pv = w.plot_view

    def labels():
        return [label for _sample, label in pv.legend.items]

    before = labels()
    pv._rebuild_legend()
    assert labels() == before  # the very same label objects: nothing was rebuilt

    w.state.set_function("tanh")
    pv._rebuild_legend()  # before the throttled label update: the rows' own text is new
    assert _legend_texts(w)[0].startswith("Tanh")
    assert labels()[0] is not before[0]

    labels()[1].setText("stale")
    pv._rebuild_legend()
    assert _legend_texts(w)[1] == "f′(x)"

    sizes = {label.opts["size"] for label in labels()}
    w.state.set_scale("huge")
    qtbot.waitUntil(lambda: {label.opts["size"] for label in labels()} != sizes)
    assert len(_legend_texts(w)) == 2
