"""Custom formulas in the registry and the State: ids, events, redefinition, deletion, the
private registry of a scene check, and readers in other threads. No Qt."""

import threading

import numpy as np
import pytest

from actviz.core import get, names, registry
from actviz.state import State
from actviz.state.scene import SceneError, apply_scene, check_scene, scene_dict

pytest.importorskip("sympy")

SWISH = "x*sigmoid(beta*x)"


def test_a_formula_is_a_function_like_any_other():
    st = State()
    seen = []
    st.events.formulas.connect(seen.append)
    fid = st.define_formula("swish_beta", SWISH)
    assert fid == "custom:swish_beta" and seen == [("swish_beta",)]
    assert names()[-1] == fid and get(fid).label == "swish_beta" and get(fid).group == "custom"
    st.set_function(fid)
    st.set_param("beta", 1.5)
    x = np.linspace(-30, 30, 601)
    np.testing.assert_allclose(st.activation.df(x, **st.params), get("swish").df(x, beta=1.5), rtol=1e-12)


@pytest.mark.parametrize(
    ("name", "text", "fragment"),
    [
        ("2x", SWISH, "letters, digits or _"),
        ("a b", SWISH, "letters, digits or _"),
        ("ok", "", "has no text"),
        ("ok", "x +* 2", "column"),
        ("ok", "__import__('os')", "double underscore"),
    ],
)
def test_a_refused_definition_changes_nothing(name, text, fragment):
    st = State()
    before = (st.to_dict(), names())
    with pytest.raises(ValueError, match=fragment):
        st.define_formula(name, text)
    assert (st.to_dict(), names()) == before


def test_ranges_are_kept_and_saved():
    st = State()
    fid = st.define_formula("sw", SWISH, {"beta": (0, 20)})
    assert (get(fid).param("beta").min, get(fid).param("beta").max) == (0.0, 20.0)
    st.set_function(fid)
    st.set_param("beta", 15)
    assert st.to_dict()["formulas"] == {"sw": {"text": SWISH, "ranges": {"beta": [0.0, 20.0]}}}
    with pytest.raises(ValueError, match="no parameter 'gamma'"):
        st.define_formula("bad", SWISH, {"gamma": (0, 1)})


def test_redefining_keeps_the_values_that_still_fit_everywhere():
    st = State()
    fid = st.define_formula("f1", "a*x + b")
    st.set_function(fid)
    st.set_params({"a": 2.0, "b": 3.0})
    st.pin()
    st.train.add_activation(fid, {"a": 2.0})
    events = []
    st.events.function.connect(lambda f: events.append(("function", f)))
    st.train.events.activations.connect(lambda a: events.append(("train", len(a))))
    st.define_formula("f1", "a*x + c")  # b is gone, c is new
    assert st.params == {"a": 2.0, "c": 1.0}
    assert st.overlays[0].param_dict == {"a": 2.0, "c": 1.0}
    assert st.train.activations[1] == (fid, (("a", 2.0), ("c", 1.0)))
    assert ("function", fid) in events and ("train", 2) in events
    assert float(st.activation.f(1.0, **st.params)) == 3.0


def test_removing_takes_every_use_with_it():
    st = State()
    fid = st.define_formula("f1", "x^3")
    st.set_function(fid)
    st.pin()
    st.train.set_activations([(fid, {})])
    st.depth.add_activation(fid)
    st.remove_formula("f1")
    assert fid not in names() and st.function_id == "relu"
    assert st.overlays == [] and st.train.activations == [("relu", ())]
    assert all(s[0] != fid for s in st.depth.activations)
    assert "f1" not in st.to_dict()["formulas"]


def test_page_down_walks_the_custom_formulas():
    st = State("snake")
    a = st.define_formula("a", "x^2")
    b = st.define_formula("b", "x^3")
    assert names()[-3:] == ["snake", a, b]
    st.step_function(+1)
    assert st.function_id == a
    st.step_function(+1)
    assert st.function_id == b
    st.step_function(+1)
    assert st.function_id == names()[0]


def test_settings_round_trip_in_a_fresh_session():
    st = State()
    fid = st.define_formula("sw", SWISH, {"beta": (0, 10)})
    st.set_function(fid)
    st.set_param("beta", 7.5)
    st.pin("relu")
    data = st.to_dict()
    registry.clear_custom()
    fresh = State()
    assert fresh.load_dict(data) == []
    assert fresh.function_id == fid and fresh.params == {"beta": 7.5}
    assert get(fid).param("beta").max == 10.0


def test_a_scene_is_checked_in_a_private_registry():
    st = State()
    fid = st.define_formula("sw", SWISH)
    st.set_function(fid)
    scene = scene_dict(st)
    registry.clear_custom()
    checked = check_scene(scene)
    assert fid not in names()  # checking defined nothing in the session
    target = State()
    apply_scene(target, checked)
    assert target.function_id == fid and fid in names()


def test_a_scene_that_uses_a_formula_without_its_text_is_refused():
    st = State()
    fid = st.define_formula("sw", SWISH)
    st.set_function(fid)
    scene = scene_dict(st)
    del scene["state"]["formulas"]
    with pytest.raises(SceneError, match="unknown activation 'custom:sw'"):
        check_scene(scene)  # even here, where the session knows the formula


def test_a_scene_with_a_bad_formula_is_refused_and_nothing_changes():
    st = State()
    scene = scene_dict(st)
    scene["state"]["formulas"] = {"evil": {"text": "open('/etc/passwd')"}}
    with pytest.raises(SceneError, match=r"custom formula 'evil': .*unknown function 'open'"):
        check_scene(scene)
    assert "custom:evil" not in names()


def test_a_change_swaps_the_table_so_readers_in_other_threads_need_no_lock():
    st = State()
    st.define_formula("base", "x")
    seen = registry._customs()  # what a training worker is iterating over right now
    st.define_formula("other", "x^2")
    st.remove_formula("base")
    assert list(seen) == ["custom:base"]  # its table was never changed under it
    assert registry.custom_names() == ["custom:other"]


def test_the_scratch_registry_is_private_to_its_thread():
    st = State()
    st.define_formula("base", "x")
    inside, outside = [], []
    entered, leave = threading.Event(), threading.Event()

    scene_only = _renamed("scene_only")

    def checker():
        with registry.scratch():
            registry.add_custom(scene_only)
            inside.append(names()[-1])
            entered.set()
            leave.wait(5)

    t = threading.Thread(target=checker)
    t.start()
    entered.wait(5)
    outside.append(registry.custom_names())
    leave.set()
    t.join()
    assert inside == ["custom:scene_only"]
    assert outside == [["custom:base"]] and registry.custom_names() == ["custom:base"]


def _renamed(name):
    import dataclasses

    return dataclasses.replace(get("custom:base"), id=f"custom:{name}", label=name)


def test_the_registry_refuses_what_is_not_custom():
    with pytest.raises(ValueError, match="starts with 'custom:'"):
        registry.add_custom(get("relu"))
    with pytest.raises(ValueError, match="letters, digits or _"):
        registry.custom_id("no spaces")
