"""The Train view's set-up: validated, evented, and restorable."""

import pytest

from actviz.state.training import ARTICLE_PRESET, TrainState, activation_spec, spec_label


def test_defaults_are_the_playgrounds():
    t = TrainState()
    assert (t.dataset, t.noise, t.train_percent, t.learning_rate, t.batch_size) == ("circle", 0.0, 50, 0.03, 10)
    assert t.regularization == "none" and t.threshold == 0.05 and t.study_seeds == 20


@pytest.mark.parametrize(
    ("setter", "value", "message"),
    [
        ("set_dataset", "moons", "dataset must be one of circle, xor, gauss, spiral, plane, multigauss"),
        ("set_noise", 0.7, r"noise must be a number in \[0, 0.5\]"),
        ("set_noise", float("nan"), "noise must be a number"),
        ("set_train_percent", 95, r"train percentage must be a whole number in \[10, 90\]"),
        ("set_train_percent", 50.5, "whole number"),
        ("set_layers", [3, 9], r"neurons per layer must be a whole number in \[1, 8\]"),
        ("set_layers", [1] * 7, "0 to 6 hidden layers"),
        ("set_features", [], "at least one input feature"),
        ("set_features", ["x1", "x3"], "features must be among x1, x2, x1sq"),
        ("set_features", ["x1", "x1"], "each feature may appear once"),
        ("set_features", 7, "features must be a list"),
        ("set_learning_rate", 0, "learning rate"),
        ("set_batch_size", True, "batch size"),
    ],
)
def test_bad_values_are_refused_with_a_message_and_nothing_changes(setter, value, message):
    t = TrainState()
    before = t.to_dict()
    with pytest.raises(ValueError, match=message):
        getattr(t, setter)(value)
    assert t.to_dict() == before


def test_events_fire_once_per_real_change():
    t = TrainState()
    seen = []
    t.events.layers.connect(seen.append)
    t.events.activations.connect(seen.append)
    t.set_layers([3, 3])
    t.set_layers((3, 3))
    t.add_activation("tanh")
    assert seen == [(3, 3), [activation_spec("relu"), activation_spec("tanh")]]


def test_activations_are_validated_and_never_empty_or_duplicated():
    t = TrainState()
    with pytest.raises(ValueError, match="already in the comparison"):
        t.add_activation("relu")
    with pytest.raises(ValueError, match="unknown function"):
        t.add_activation("relux")
    with pytest.raises(ValueError, match="negative_slope"):
        t.add_activation("leaky_relu", {"negative_slope": 7})
    with pytest.raises(ValueError, match="at least one"):
        t.remove_activation(0)
    t.add_activation("leaky_relu", {"negative_slope": 0.2})
    assert spec_label(t.activations[1]) == "Leaky ReLU (α=0.2)"
    t.set_selected(1)
    t.remove_activation(1)
    assert t.selected == 0  # the selection follows the list


def test_the_article_preset_and_a_round_trip():
    t = TrainState()
    t.apply_article_preset()
    assert t.layers == (3, 3) and [s[0] for s in t.activations] == ["sigmoid", "tanh", "relu"]
    assert t.learning_rate == ARTICLE_PRESET["learning_rate"]
    t.set_noise(0.25)
    u = TrainState()
    assert u.apply(t.to_dict()) == []
    assert u.to_dict() == t.to_dict()
    problems = u.apply({"dataset": "moons", "bogus": 1, "batch_size": 20})
    assert len(problems) == 2 and u.batch_size == 20 and u.dataset == "circle"


def test_features_no_hidden_layer_and_regression_sets():
    t = TrainState()
    seen = []
    t.events.features.connect(seen.append)
    assert t.features == ("x1", "x2")
    t.set_features(["x2sq", "x1sq"])
    t.set_features("x1sq, x2sq")  # the same set: no event
    assert t.features == ("x1sq", "x2sq") and seen == [("x1sq", "x2sq")]
    t.set_layers([])
    assert t.layers == ()
    t.set_dataset("multigauss")
    assert t.regression and t.to_dict()["features"] == ["x1sq", "x2sq"] and t.to_dict()["layers"] == []
    u = TrainState()
    assert u.load_dict(t.to_dict()) == [] and u.to_dict() == t.to_dict()


def test_a_file_from_before_features_still_loads_and_means_x1_x2():
    old = TrainState().to_dict()
    del old["features"]
    t = TrainState()
    t.set_features(["sinx1"])
    assert t.load_dict(old) == []
    assert t.features == ("x1", "x2")


def test_the_state_shares_the_cores_definitions():
    from actviz.core import training as core
    from actviz.state import training as state

    assert state.DATASETS is core.DATASETS and state.REGULARIZATIONS is core.REGULARIZATIONS
    for key in ("dataset", "noise", "train_percent", "layers", "learning_rate", "batch_size", "regularization"):
        assert ARTICLE_PRESET[key] == getattr(core.ARTICLE_PRESET, key)
