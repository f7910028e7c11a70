"""Where the legend goes (Qt-free): the curve points it may cover, and the counts per corner."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from actviz.viewmodels.layout import CORNERS, FAR_PX, best_corner, corner_box, corner_counts, covered, densify

coords = st.one_of(st.integers(-16000, 16000).map(lambda v: v / 8), st.just(np.nan))  # pixels, to 1/8


@given(st.lists(st.tuples(coords, coords), min_size=0, max_size=40), st.sampled_from([1.0, 2.0, 3.0]))
@settings(max_examples=200, deadline=None)
def test_densify_keeps_every_point_and_leaves_no_gap_wider_than_a_step(points, step):
    xs = np.array([p[0] for p in points], float)
    ys = np.array([p[1] for p in points], float)
    dx, dy = densify(xs, ys, step=step)
    ok = np.isfinite(xs) & np.isfinite(ys)
    # Every finite point of the polyline is kept (at its own place), and nothing else non-finite.
    kept = set(zip(dx.tolist(), dy.tolist(), strict=True))
    assert all((x, y) in kept for x, y in zip(xs[ok].tolist(), ys[ok].tolist(), strict=True))
    assert np.isfinite(dx).all() and np.isfinite(dy).all()
    # Along each segment between two finite neighbours, the samples are at most a step apart.
    for i in range(len(xs) - 1):
        if not (ok[i] and ok[i + 1]):
            continue
        a, b = np.array([xs[i], ys[i]]), np.array([xs[i + 1], ys[i + 1]])
        d = b - a
        length = float(np.hypot(*d))
        if length == 0:
            continue
        t = ((dx - a[0]) * d[0] + (dy - a[1]) * d[1]) / length**2
        off = np.abs((dx - a[0]) * d[1] - (dy - a[1]) * d[0]) / length
        on = np.sort(t[(off < 1e-6 * max(1.0, length)) & (t >= -1e-12) & (t <= 1 + 1e-12)])
        assert on.size >= 2
        assert np.max(np.diff(np.concatenate([[0.0], on, [1.0]]))) * length <= step * (1 + 1e-9)


def test_a_segment_is_sampled_at_whole_fractions_of_its_length():
    dx, dy = densify([0.0, 9.0, 9.0], [0.0, 0.0, 4.0], step=3.0)
    # 0, 3, 6 along the first segment; 0, 2 (of 4, in ceil(4/3) = 2 steps) up the second; then the ends.
    assert dx.tolist() == [0.0, 3.0, 6.0, 9.0, 9.0, 0.0, 9.0, 9.0]
    assert dy.tolist() == [0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 4.0]


@given(
    st.lists(
        st.lists(st.tuples(st.floats(-50, 450), st.floats(-50, 350)), min_size=0, max_size=30), min_size=0, max_size=5
    ),
    st.floats(10, 200),
    st.floats(10, 150),
)
@settings(max_examples=200, deadline=None)
def test_corner_counts_are_the_points_inside_each_corners_box(curves_pts, w, h):
    curves = [(np.array([p[0] for p in c]), np.array([p[1] for p in c])) for c in curves_pts]
    counts = corner_counts((w, h), (400.0, 300.0), curves)
    for k in range(len(CORNERS)):
        x0, y0, x1, y1 = corner_box(k, (w, h), (400.0, 300.0), 12.0)
        brute = sum(1 for c in curves_pts for x, y in c if x0 <= x <= x1 and y0 <= y <= y1)
        assert counts[k] == brute == covered((x0, y0, x1, y1), curves)


def test_the_legend_goes_to_the_emptiest_corner_and_stays_on_a_near_tie():
    # A curve across the top-left: the top-right corner is free.
    curve = densify([0.0, 150.0], [20.0, 20.0])
    assert best_corner((100.0, 50.0), (400.0, 300.0), [curve], current=0) == 1
    # One stray point in the current corner is not worth a move.
    assert best_corner((100.0, 50.0), (400.0, 300.0), [(np.array([20.0]), np.array([20.0]))], current=0) == 0


def test_an_infinite_point_is_far_off_and_a_wild_curve_is_thinned_to_the_limit():
    dx, dy = densify([0.0, 0.0], [0.0, np.inf], step=1.0, limit=500)
    assert np.isfinite(dy).all() and dy.max() == FAR_PX
    assert dx.size <= 500 + 2 and np.all(np.diff(dy[:-2]) > 0)
