"""Scenes and lessons: save what is on screen, open it again, refuse bad files without harm."""

import json

import pytest

from actviz.state import State
from actviz.state.scene import LESSONS, SceneError, check_scene, dumps, lesson_text, scene_dict
from actviz.ui import MainWindow


@pytest.fixture
def win(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_a_scene_round_trips_exactly(win, qtbot, tmp_path):
    st = win.state
    st.set_function("elu")
    st.set_param("alpha", 0.5)
    st.set_x_range(-3, 4)
    st.set_y_range((-2, 5))
    st.set_derivatives(2)
    st.pin("relu")
    st.set_probes([-1, 0, 2])
    st.train.apply_article_preset()
    st.depth.set_depth(12)
    path = win.save_scene(tmp_path / "lesson")
    assert path.name == "lesson.actviz"
    other = MainWindow()
    qtbot.addWidget(other)
    assert other.open_scene(path)
    assert other.state.to_dict() == st.to_dict()


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"\x00\xff garbage",
        b"[1, 2]",
        b'{"format": "actviz-scene", "version": 99, "state": {}}',
        b'{"format": "other"}',
        b'{"format": "actviz-scene", "version": 1, "state": {"function": "nope"}}',
        b'{"format": "actviz-scene", "version": 1, "state": {"x_range": [5, 1]}}',
        b'{"format": "actviz-scene", "version": 1, "view": "mars", "state": {}}',
        b"[" * 100000,
    ],
)
def test_a_bad_scene_is_refused_with_a_message_and_nothing_changes(win, tmp_path, content):
    win.state.set_function("tanh")
    win.state.pin("relu")
    before = win.state.to_dict()
    path = tmp_path / "bad.actviz"
    path.write_bytes(content)
    assert not win.open_scene(path)
    assert win.state.to_dict() == before
    assert win.messages[-1].startswith("Could not open the scene bad.actviz")


def test_a_missing_or_special_file_is_refused(win, tmp_path):
    assert not win.open_scene(tmp_path / "nope.actviz")
    assert not win.open_scene("/dev/zero")
    assert "Could not open the scene" in win.messages[-1]


def test_every_lesson_is_a_valid_scene():
    for name, _title in LESSONS:
        checked = check_scene(json.loads(lesson_text(name)))
        assert checked["view"] in ("function", "train")


def test_lesson_keys_set_up_the_lecture(win, qtbot):
    qtbot.keyClick(win, pytest.importorskip("actviz.ui.qt").QtCore.Qt.Key.Key_F5)
    assert win.state.function_id == "relu" and win.state.shown[:2] == (True, True)
    assert [o.function_id for o in win.state.overlays] == ["leaky_relu"]
    win.open_lesson("sigmoid_tanh_saturation")
    assert win.state.function_id == "sigmoid" and win.state.y_range == (-1.1, 1.1)
    assert [o.function_id for o in win.state.overlays] == ["tanh"]
    win.open_lesson("convergence_race")
    assert win.tabs.currentIndex() == 1 and win.train_view.playing
    assert [s[0] for s in win.state.train.activations] == ["sigmoid", "tanh", "relu"]
    win.train_view.pause()


def test_scene_dict_refuses_an_unknown_view():
    with pytest.raises(ValueError, match="view must be one of"):
        scene_dict(State(), "mars")
    with pytest.raises(SceneError, match="no JSON object"):
        check_scene("text")
    assert json.loads(dumps(scene_dict(State())))["format"] == "actviz-scene"
