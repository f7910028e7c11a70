"""Marks that say which panel and function they are about, and scene captions (no Qt)."""

from __future__ import annotations

import json

import pytest

from actviz.state import State
from actviz.state.marks import mark_text, parse_mark
from actviz.state.model import Mark, make_mark
from actviz.state.scene import LESSONS, SceneError, check_scene, lesson_text, scene_dict


@pytest.mark.parametrize(
    ("text", "mark"),
    [
        ("f′: x=0 ReLU′ = 0 to the left", Mark("v", 0.0, None, "ReLU′ = 0 to the left", 1, None)),
        ("relu f′: x=0", Mark("v", 0.0, None, "", 1, "relu")),
        ("f'': y=0.25 top", Mark("h", None, 0.25, "top", 2, None)),
        ("f: (0, 0.5) σ(0)", Mark("point", 0.0, 0.5, "σ(0)", 0, None)),
        ("y=0.25 a: b", Mark("h", None, 0.25, "a: b")),  # a colon in a label is no target
    ],
)
def test_a_target_is_typed_before_the_mark_and_written_back(text, mark):
    assert parse_mark(text) == mark
    assert parse_mark(mark_text(mark)) == mark


def test_a_targeted_mark_is_saved_with_its_target_and_an_old_one_as_before():
    st = State("relu")
    st.set_marks([["v", 0.0, "dead", {"panel": 1, "function": "relu"}], ["h", 0.25, "q"]])
    saved = st.to_dict()["marks"]
    assert saved == [["v", 0.0, "dead", {"panel": 1, "function": "relu"}], ["h", 0.25, "q"]]
    again = State("relu")
    assert again.load_dict({"marks": saved}) == []
    assert again.marks == st.marks


@pytest.mark.parametrize(
    "target", [{"panel": 3}, {"panel": True}, {"panel": "f′"}, {"function": ""}, {"function": 1}, {"side": 1}]
)
def test_a_bad_target_is_refused_in_one_line(target):
    with pytest.raises(ValueError) as err:
        make_mark("v", 0.0, "x", target)
    assert "\n" not in str(err.value) and "mark" in str(err.value)


def test_each_lesson_carries_its_caption_and_a_scene_without_one_has_none():
    for name, _title in LESSONS:
        checked = check_scene(json.loads(lesson_text(name)))
        assert 10 < len(checked["caption"]) <= 160
    plain = check_scene(scene_dict(State()))
    assert plain["caption"] == ""
    assert check_scene(scene_dict(State(), caption="  one   point "))["caption"] == "one point"


@pytest.mark.parametrize("caption", [3, "x" * 161, "a\x00b"])
def test_a_bad_caption_is_refused(caption):
    data = scene_dict(State())
    data["caption"] = caption
    with pytest.raises(SceneError):
        check_scene(data)
