"""The state's declared values (``actviz.state.fields.Field``): each refuses a bad value with a
translatable message and changes nothing, fires its event once with the new value alone on a
real change, cannot be assigned around its check, and keeps the setter's name and argument."""

import inspect
from typing import Any

import pytest

from actviz.state import State
from actviz.state.depth import DepthState
from actviz.state.fields import Field
from actviz.state.texts import Marked, RefusalError
from actviz.state.training import TrainState

STATES = (State, TrainState, DepthState)

# A value each declared field refuses, and one it takes (not its default). A field added to
# a state must be added here: the tests below check that every field is listed.
REFUSED: dict[tuple[type, str], Any] = {
    (State, "y_range"): (1, 0),
    (State, "style"): "boxy",
    (State, "probes"): ["one"],
    (State, "layout"): "tiled",
    (State, "theme"): "sepia",
    (State, "scale"): "giant",
    (TrainState, "dataset"): "moons",
    (TrainState, "noise"): 0.7,
    (TrainState, "train_percent"): 95,
    (TrainState, "features"): ["x1", "x3"],
    (TrainState, "layers"): [4, 9],
    (TrainState, "learning_rate"): "fast",
    (TrainState, "batch_size"): 2.5,
    (TrainState, "selected"): 1,  # one network only
    (TrainState, "seed"): -1,
    (TrainState, "threshold"): float("nan"),
    (TrainState, "study_seeds"): 0,
    (TrainState, "study_epochs"): True,
    (TrainState, "show_test"): "yes",
    (TrainState, "discretize"): 1,
    (DepthState, "depth"): 101,
    (DepthState, "width"): 1,
    (DepthState, "init"): "orthogonal",
    (DepthState, "scale"): 20,
    (DepthState, "bias_var"): -0.5,
    (DepthState, "seeds"): 21,
    (DepthState, "selected"): 3,  # three activations
}
TAKEN: dict[tuple[type, str], tuple[Any, Any]] = {  # (given, stored and announced)
    (State, "x_range"): ((-1.0, 2.0), (-1.0, 2.0)),
    (State, "y_range"): (("-1", 2), (-1.0, 2.0)),
    (State, "auto_y_range"): ((0, 1), (0.0, 1.0)),
    (State, "shown"): ((True, False, False), (True, False, False)),
    (State, "style"): ("origin", "origin"),
    (State, "probes"): ([1, "2.5"], (1.0, 2.5)),
    (State, "trace"): (1, True),
    (State, "layout"): ("grid", "grid"),
    (State, "theme"): ("dark", "dark"),
    (State, "scale"): ("huge", "huge"),
    (TrainState, "dataset"): ("xor", "xor"),
    (TrainState, "noise"): ("0.25", 0.25),
    (TrainState, "train_percent"): (70.0, 70),
    (TrainState, "features"): ("x2, x1sq", ("x2", "x1sq")),
    (TrainState, "layers"): ([3], (3,)),
    (TrainState, "learning_rate"): (0.1, 0.1),
    (TrainState, "batch_size"): ("30", 30),
    (TrainState, "regularization"): ("L2", "L2"),
    (TrainState, "reg_rate"): (0.01, 0.01),
    (TrainState, "selected"): (0, None),  # the default: the only valid index
    (TrainState, "seed"): (7, 7),
    (TrainState, "threshold"): (0.1, 0.1),
    (TrainState, "study_seeds"): (5, 5),
    (TrainState, "study_epochs"): (200, 200),
    (TrainState, "show_test"): (True, True),
    (TrainState, "discretize"): (True, True),
    (DepthState, "depth"): (10, 10),
    (DepthState, "width"): (32, 32),
    (DepthState, "init"): ("he", "he"),
    (DepthState, "scale"): ("2", 2.0),
    (DepthState, "bias_var"): ("0.25", 0.25),
    (DepthState, "residual"): ("yes", True),
    (DepthState, "seeds"): (5, 5),
    (DepthState, "selected"): (2, 2),
}
# The setters declared with a field, and the argument each had when it was written out.
DECLARED = {
    (State, "set_y_range"): "rng",
    (State, "set_auto_y_range"): "rng",
    (State, "set_style"): "style",
    (State, "set_probes"): "values",
    (State, "set_trace"): "on",
    (State, "set_layout"): "layout",
    (State, "set_theme"): "theme",
    (State, "set_scale"): "scale",
    (TrainState, "set_dataset"): "name",
    (TrainState, "set_noise"): "value",
    (TrainState, "set_train_percent"): "value",
    (TrainState, "set_features"): "features",
    (TrainState, "set_layers"): "layers",
    (TrainState, "set_learning_rate"): "value",
    (TrainState, "set_batch_size"): "value",
    (TrainState, "set_selected"): "index",
    (TrainState, "set_seed"): "value",
    (TrainState, "set_threshold"): "value",
    (TrainState, "set_show_test"): "on",
    (TrainState, "set_discretize"): "on",
    (DepthState, "set_depth"): "value",
    (DepthState, "set_width"): "value",
    (DepthState, "set_init"): "name",
    (DepthState, "set_scale"): "value",
    (DepthState, "set_bias_var"): "value",
    (DepthState, "set_residual"): "on",
    (DepthState, "set_seeds"): "value",
    (DepthState, "set_selected"): "index",
}


def _fields(cls: type) -> dict[str, Field[Any]]:
    return {name: f for name, f in vars(cls).items() if isinstance(f, Field)}


def _all_fields() -> list[tuple[type, str]]:
    return [(cls, name) for cls in STATES for name in _fields(cls)]


def _owner(cls: type) -> Any:
    """An instance whose ``events`` the field fires on."""
    return cls()


def _ids(pairs: Any) -> list[str]:
    return [f"{cls.__name__}.{name}" for cls, name in pairs]


def test_every_field_is_in_the_tables_and_every_check_is_tried():
    fields = set(_all_fields())
    assert fields == set(TAKEN)
    checked = {(cls, n) for cls, n in fields if _fields(cls)[n].validate is not None}
    # Not tried: the plot's own auto range, and two switches that take any truth value.
    untried = {(State, "auto_y_range"), (State, "trace"), (DepthState, "residual")}
    assert checked - untried == set(REFUSED)


@pytest.mark.parametrize(("cls", "name"), list(REFUSED), ids=_ids(REFUSED))
def test_a_refused_value_changes_nothing_and_says_why_in_a_translatable_message(cls, name):
    obj = _owner(cls)
    before = getattr(obj, name)
    fired = []
    getattr(obj.events, _fields(cls)[name].event).connect(lambda *a: fired.append(a))
    with pytest.raises(RefusalError) as info:
        cls.__dict__[name].set(obj, REFUSED[cls, name])
    message = info.value.message
    assert isinstance(message.template, Marked) and message.template.context == "State"
    assert str(info.value) == message.template.format(**message.arguments)
    if "what" in message.arguments:  # the value's name is translated with the template
        assert isinstance(message.arguments["what"], Marked)
    assert getattr(obj, name) == before
    assert fired == []


@pytest.mark.parametrize(("cls", "name"), list(TAKEN), ids=_ids(TAKEN))
def test_a_new_value_is_stored_and_announced_once_with_the_value_alone(cls, name):
    obj = _owner(cls)
    given, stored = TAKEN[cls, name]
    fired = []
    getattr(obj.events, _fields(cls)[name].event).connect(lambda *a: fired.append(a))
    field = cls.__dict__[name]
    field.set(obj, given)
    field.set(obj, given)  # the same again: no event
    if stored is None:  # the default itself: stored, never announced
        assert fired == []
        return
    assert getattr(obj, name) == stored
    assert fired == [(stored,)]


@pytest.mark.parametrize(("cls", "name"), _all_fields(), ids=_ids(_all_fields()))
def test_a_field_cannot_be_assigned_around_its_check(cls, name):
    obj = _owner(cls)
    with pytest.raises(AttributeError, match="has no setter"):
        setattr(obj, name, getattr(obj, name))


@pytest.mark.parametrize(("cls", "method"), list(DECLARED), ids=_ids(DECLARED))
def test_a_declared_setter_keeps_its_name_and_argument(cls, method):
    obj = _owner(cls)
    bound = getattr(obj, method)
    assert bound.__name__ == method and bound.__qualname__ == f"{cls.__name__}.{method}"
    assert list(inspect.signature(bound).parameters) == [DECLARED[cls, method]]
    name = method.removeprefix("set_")
    given, stored = TAKEN[cls, name]
    getattr(obj, method)(**{DECLARED[cls, method]: given})  # a keyword call works as before
    assert getattr(obj, name) == (getattr(cls(), name) if stored is None else stored)
    with pytest.raises(TypeError):
        bound()
    with pytest.raises(TypeError):
        bound(given, given)


def test_the_setters_refuse_through_their_fields():
    st = State()
    with pytest.raises(RefusalError, match=r"^layout must be one of overlay, stacked, grid, got 'tiled'$"):
        st.set_layout("tiled")
    with pytest.raises(RefusalError, match=r"^noise must be a number in \[0, 0.5\], got 0.7$"):
        st.train.set_noise(0.7)
    with pytest.raises(RefusalError, match=r"^selected activation must be a whole number in \[0, 2\], got 3$"):
        st.depth.set_selected(3)
    assert (st.layout, st.train.noise, st.depth.selected) == ("overlay", 0.0, 0)


def test_removing_the_shown_network_selects_the_first_and_says_so():
    train = TrainState()
    train.set_activations([("relu", {}), ("tanh", {})])
    train.set_selected(1)
    seen = []
    train.events.selected.connect(seen.append)
    train.remove_activation(1)
    assert train.selected == 0 and seen == [0]
