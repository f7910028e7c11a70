"""The Playground's datasets (four classification, two regression) and input features: shapes,
distributions, noise, splits and seeding."""

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from actviz.core.datasets import (
    CLASSIFICATION_DATASETS,
    DATASETS,
    FEATURES,
    REGRESSION_DATASETS,
    check_features,
    feature_matrix,
    make_dataset,
    make_points,
)


def radius(x):
    return np.hypot(x[:, 0], x[:, 1])


@settings(max_examples=30, deadline=None)
@given(
    name=st.sampled_from(CLASSIFICATION_DATASETS),
    noise=st.floats(0.0, 0.5),
    percent=st.integers(10, 90),
    seed=st.integers(0, 2**31 - 1),
)
def test_every_dataset_is_500_labelled_points_split_by_the_percentage(name, noise, percent, seed):
    ds = make_dataset(name, noise=noise, train_percent=percent, seed=seed)
    n_train = 500 * percent // 100
    assert ds.x_train.shape == (n_train, 2) and ds.y_train.shape == (n_train,)
    assert ds.x_test.shape == (500 - n_train, 2) and ds.y_test.shape == (500 - n_train,)
    assert set(np.unique(ds.y)) <= {-1.0, 1.0}
    assert np.isfinite(ds.x).all()
    # The split is a shuffle of the generated points: nothing lost, nothing duplicated.
    x, y = make_points(name, noise=noise, seed=seed)
    key = lambda xs, ys: sorted(zip(map(tuple, xs), ys))  # noqa: E731
    assert key(ds.x, ds.y) == key(x, y)


def test_split_sizes_at_the_ends_of_the_range():
    assert len(make_dataset("xor", train_percent=10).y_train) == 50
    assert len(make_dataset("xor", train_percent=90).y_train) == 450
    assert len(make_dataset("xor", train_percent=33).y_train) == 165  # 500·0.33
    assert len(make_dataset("xor", train_percent=33, n=50).y_train) == 16  # floor(16.5), as the Playground


def test_the_shuffle_mixes_the_classes_into_both_parts():
    ds = make_dataset("gauss")  # generated as 250 positives, then 250 negatives
    for part in (ds.y_train, ds.y_test):
        assert 0.35 < np.mean(part == 1.0) < 0.65
    assert not np.all(ds.y_train[:100] == ds.y_train[0])


def test_circle_without_noise_inside_disc_positive_ring_negative():
    x, y = make_points("circle", seed=4)
    r = radius(x)
    assert np.sum(y == 1) == np.sum(y == -1) == 250
    assert r[y == 1].max() < 2.5 and r[y == 1].min() >= 0.0
    assert r[y == -1].min() >= 3.5 and r[y == -1].max() <= 5.0
    # The radius (not the area) is uniform: a quarter of the inner points sit within r < 0.625.
    assert 0.18 < np.mean(r[y == 1] < 0.625) < 0.32


def test_circle_noise_moves_the_point_that_is_labelled_not_the_point_drawn():
    x0, y0 = make_points("circle", seed=11)
    x1, y1 = make_points("circle", noise=0.1, seed=11)
    np.testing.assert_array_equal(x0, x1)  # same points ...
    flipped = y0 != y1
    assert flipped.sum() > 0  # ... some labels differ
    # A label is decided at a point moved by at most 5·0.1 in x and in y (√2·0.5 away), so only
    # points that close to the circle r = 2.5 can change class.
    r = radius(x1)
    reach = math.sqrt(2) * 0.5
    assert np.all(np.abs(r[flipped] - 2.5) <= reach)
    assert np.all(y1[r < 2.5 - reach] == 1.0) and np.all(y1[r > 2.5 + reach] == -1.0)


def test_more_noise_flips_more_labels():
    flips = [np.mean(make_points("circle", noise=n, seed=2)[1] != make_points("circle", seed=2)[1]) for n in (0.1, 0.5)]
    assert 0 < flips[0] < flips[1]


def test_xor_is_padded_away_from_the_axes_and_labelled_by_the_quadrant():
    x, y = make_points("xor", seed=5)
    assert np.all(np.abs(x) >= 0.3) and np.all(np.abs(x) <= 5.3)
    np.testing.assert_array_equal(y, np.where(x[:, 0] * x[:, 1] >= 0, 1.0, -1.0))
    # Uniform on [-5, 5] before the padding: a tenth of the coordinates were within 0.5 of 0,
    # so a tenth are within 0.8 now, and none within 0.3.
    assert 0.07 < np.mean(np.abs(x) < 0.8) < 0.13


def test_xor_noise_flips_labels_only_and_only_some():
    x0, y0 = make_points("xor", seed=8)
    x1, y1 = make_points("xor", noise=0.25, seed=8)
    np.testing.assert_array_equal(x0, x1)
    assert 0.05 < np.mean(y0 != y1) < 0.5


@pytest.mark.parametrize(("noise", "variance"), [(0.0, 0.5), (0.25, 2.25), (0.5, 4.0)])
def test_gauss_variance_grows_linearly_with_noise(noise, variance):
    x, y = make_points("gauss", noise=noise, seed=1, n=40_000)
    for label, centre in ((1.0, 2.0), (-1.0, -2.0)):
        pts = x[y == label]
        np.testing.assert_allclose(pts.mean(axis=0), [centre, centre], atol=0.05)
        np.testing.assert_allclose(pts.var(axis=0), [variance, variance], rtol=0.05)


def test_spiral_points_lie_on_two_arms_half_a_turn_apart():
    x, y = make_points("spiral", seed=0)
    m = 250
    i = np.arange(m)
    for label, delta in ((1.0, 0.0), (-1.0, math.pi)):
        pts = x[y == label]
        np.testing.assert_allclose(radius(pts), 5.0 * i / m, atol=1e-12)
        t = 1.75 * 2 * math.pi * i / m + delta
        np.testing.assert_allclose(pts, np.stack([5 * i / m * np.sin(t), 5 * i / m * np.cos(t)], axis=1), atol=1e-12)


def test_spiral_noise_jitters_each_coordinate_by_at_most_noise():
    x0, _ = make_points("spiral", seed=3)
    x1, _ = make_points("spiral", noise=0.5, seed=3)
    d = np.abs(x1 - x0)
    assert d.max() <= 0.5 and d.max() > 0.4


@pytest.mark.parametrize("name", DATASETS)
def test_a_seed_gives_the_same_data_and_another_seed_other_data(name):
    a, b, c = (make_dataset(name, noise=0.2, seed=s) for s in (7, 7, 8))
    np.testing.assert_array_equal(a.x_train, b.x_train)
    np.testing.assert_array_equal(a.y_test, b.y_test)
    assert not np.array_equal(a.x_train, c.x_train)


def test_arrays_are_read_only():
    ds = make_dataset("circle")
    with pytest.raises(ValueError, match="read-only"):
        ds.x_train[0, 0] = 1.0


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"name": "moons"}, "dataset must be one of circle, xor, gauss, spiral, plane, multigauss"),
        ({"noise": 0.6}, r"noise must be a number in \[0, 0.5\]"),
        ({"noise": -0.1}, "noise"),
        ({"noise": float("nan")}, "noise"),
        ({"noise": True}, "noise"),
        ({"train_percent": 5}, r"train percentage must be a whole number in \[10, 90\]"),
        ({"train_percent": 50.5}, "train percentage"),
        ({"seed": -1}, "seed"),
        ({"n": 501}, "even"),
        ({"n": 0}, "number of points"),
    ],
)
def test_bad_input_is_refused_with_one_line(kwargs, message):
    args = {"name": "circle", **kwargs}
    with pytest.raises(ValueError, match=message) as exc:
        make_dataset(args.pop("name"), **args)
    assert "\n" not in str(exc.value)


# -- regression ------------------------------------------------------------------------------
@settings(max_examples=20, deadline=None)
@given(
    name=st.sampled_from(REGRESSION_DATASETS),
    noise=st.floats(0.0, 0.5),
    percent=st.integers(10, 90),
    seed=st.integers(0, 2**31 - 1),
)
def test_regression_sets_are_1200_points_in_the_square_split_by_the_percentage(name, noise, percent, seed):
    ds = make_dataset(name, noise=noise, train_percent=percent, seed=seed)
    n_train = 1200 * percent // 100
    assert ds.x_train.shape == (n_train, 2) and ds.y_test.shape == (1200 - n_train,)
    assert np.abs(ds.x).max() <= 6.0 and np.isfinite(ds.y).all()
    x, y = make_points(name, noise=noise, seed=seed)
    key = lambda xs, ys: sorted(zip(map(tuple, xs), ys))  # noqa: E731
    assert key(ds.x, ds.y) == key(x, y)


def test_plane_targets_are_the_sum_over_ten_and_noise_blurs_them_without_moving_points():
    x, y = make_points("plane", seed=4)
    np.testing.assert_allclose(y, (x[:, 0] + x[:, 1]) / 10, rtol=0, atol=1e-15)
    assert y.min() < -1.0 and y.max() > 1.0  # the corners of the square reach ±1.2
    xn, yn = make_points("plane", noise=0.5, seed=4)
    np.testing.assert_array_equal(xn, x)
    assert 0.1 < np.abs(yn - y).max() <= 0.6 + 1e-12  # moved by at most 6·0.5 in x and y


def test_multigauss_targets_are_the_strongest_of_six_signed_cones():
    x, y = make_points("multigauss", seed=5)
    assert -1.0 <= y.min() < -0.9 and 0.9 < y.max() <= 1.0
    # Between bumps (farther than 2 from every centre) the target is 0.
    centres = np.array([(-4, 2.5), (0, 2.5), (4, 2.5), (-4, -2.5), (0, -2.5), (4, -2.5)])
    far = np.min(np.hypot(x[:, None, 0] - centres[:, 0], x[:, None, 1] - centres[:, 1]), axis=1) >= 2
    assert far.sum() > 100 and np.all(y[far] == 0)
    # Near (0, 2.5) the sign is −, near (4, 2.5) it is +, and the height is 1 − d/2.
    d = np.hypot(x[:, 0] - 0, x[:, 1] - 2.5)
    near = d < 1.0
    np.testing.assert_allclose(y[near], -(1 - d[near] / 2), atol=1e-15)


def test_the_seed_shuffles_and_the_point_count_can_be_odd_for_regression():
    x, _ = make_points("plane", n=7, seed=1)
    assert x.shape == (7, 2)


# -- features --------------------------------------------------------------------------------
def test_features_are_the_playgrounds_in_its_order():
    pts = np.array([[0.5, -2.0], [3.0, 1.5]])
    m = feature_matrix(pts, FEATURES)
    x1, x2 = pts[:, 0], pts[:, 1]
    expected = np.stack([x1, x2, x1**2, x2**2, x1 * x2, np.sin(x1), np.sin(x2)], axis=1)
    np.testing.assert_array_equal(m, expected)
    # Any order in, the Playground's order out.
    assert check_features(["sinx2", "x1"]) == ("x1", "sinx2")
    assert check_features("x2sq, x1sq") == ("x1sq", "x2sq")
    np.testing.assert_array_equal(feature_matrix(pts, ["x2sq", "x1"]), np.stack([x1, x2**2], axis=1))


def test_the_default_features_are_the_points_value_for_value():
    pts = np.random.default_rng(0).uniform(-6, 6, (50, 2))
    np.testing.assert_array_equal(feature_matrix(pts), pts)


@pytest.mark.parametrize(
    ("features", "message"),
    [
        ([], "at least one input feature"),
        ("", "at least one input feature"),
        (["x3"], "features must be among x1, x2, x1sq"),
        (["x1", "x1"], "x1 appears more than once"),
        (3, "features must be a list"),
    ],
)
def test_bad_features_are_refused_with_one_line(features, message):
    with pytest.raises(ValueError, match=message) as exc:
        check_features(features)
    assert "\n" not in str(exc.value)
