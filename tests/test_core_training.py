"""Training: the Playground's update rules, batching, convergence and studies."""

import threading

import numpy as np
import pytest

from actviz.core.training import (
    ARTICLE_PRESET,
    Cancelled,
    StudyCancelled,
    StudyRow,
    TrainConfig,
    Trainer,
    convergence_study,
    grid_points,
    summarize,
)

SMALL = TrainConfig(dataset="gauss", layers=(3, 2), activations=("tanh", "relu"), seeds=(0, 1), max_epochs=50)


def reference_run(weights, biases, x, y, *, lr, batch, epochs, reg, rate, f, df):
    """One network trained point by point with the Playground's rules (src/nn.ts), written plainly.

    Gradients are accumulated per point and applied after every ``batch`` points (and after the
    last point of an epoch); regularisation acts on weights after the gradient step, with its
    derivative at the weight before it; a weight that L1 pushes across 0 is set to 0 for good.
    """
    w = [a.copy() for a in weights]
    b = [a.copy() for a in biases]
    dead = [np.zeros(a.shape, dtype=bool) for a in w]
    n_layers = len(w)
    for _ in range(epochs):
        acc_w = [np.zeros_like(a) for a in w]
        acc_b = [np.zeros_like(a) for a in b]
        count = 0
        for i in range(len(y)):
            hs, zs = [x[i]], []
            for k in range(n_layers):
                z = w[k] @ hs[-1] + b[k]
                zs.append(z)
                hs.append(f(z) if k < n_layers - 1 else np.tanh(z))
            g = (hs[-1] - y[i]) * (1 - np.tanh(zs[-1]) ** 2)
            for k in range(n_layers - 1, -1, -1):
                acc_w[k] += np.outer(g, hs[k])
                acc_b[k] += g
                if k:
                    g = (w[k].T @ g) * df(zs[k - 1])
            count += 1
            if count == batch or i == len(y) - 1:
                for k in range(n_layers):
                    old = w[k].copy()
                    w[k] = w[k] - lr * acc_w[k] / count
                    if reg == "L2":
                        w[k] = w[k] - lr * rate * old
                    elif reg == "L1":
                        new = w[k] - lr * rate * np.sign(old)
                        crossed = w[k] * new < 0
                        w[k] = np.where(crossed, 0.0, new)
                        dead[k] |= crossed
                        w[k][dead[k]] = 0.0
                    b[k] = b[k] - lr * acc_b[k] / count
                    acc_w[k][:] = 0
                    acc_b[k][:] = 0
                count = 0
    return w, b


def tanh_df(z):
    return 1 - np.tanh(z) ** 2


@pytest.mark.parametrize(("reg", "rate"), [("none", 0.0), ("L2", 0.3), ("L1", 0.05)])
def test_updates_follow_the_playground_rules(reg, rate):
    cfg = TrainConfig(
        dataset="xor",
        layers=(3, 2),
        learning_rate=0.1,
        batch_size=7,
        regularization=reg,
        reg_rate=rate,
        activations=("tanh",),
        seeds=(4,),
        max_epochs=3,
    )
    t = Trainer(cfg)
    w0 = [w[0, 0].copy() for w in t.net.weights]
    b0 = [b[0, 0].copy() for b in t.net.biases]
    ds = t.datasets[0]
    t.step_epochs(3)
    w_ref, b_ref = reference_run(
        w0, b0, ds.x_train, ds.y_train, lr=0.1, batch=7, epochs=3, reg=reg, rate=rate, f=np.tanh, df=tanh_df
    )
    for got, want in zip([w[0, 0] for w in t.net.weights] + [b[0, 0] for b in t.net.biases], w_ref + b_ref):
        np.testing.assert_allclose(got, want, rtol=1e-9, atol=1e-12)
    if reg == "L1":
        assert sum(int(np.sum(w[0, 0] == 0.0)) for w in t.net.weights) > 0  # some weights died


def test_start_matches_the_playground_initialisation():
    t = Trainer(SMALL)
    assert all(np.all(b == 0.1) for b in t.net.biases)
    assert all(np.abs(w).max() <= 0.5 for w in t.net.weights)
    assert [w.shape[2:] for w in t.net.weights] == [(3, 2), (2, 3), (1, 2)]


def test_batched_training_equals_training_each_network_alone():
    cfg = TrainConfig(
        dataset="circle",
        noise=0.1,
        layers=(4, 3),
        batch_size=9,
        regularization="L2",
        reg_rate=0.01,
        activations=("tanh", "relu", ("leaky_relu", {"negative_slope": 0.1})),
        seeds=(1, 2),
        max_epochs=4,
    )
    together = Trainer(cfg)
    together.step_epochs(4)
    for i, ((fn, params), seed) in enumerate((a, s) for a in cfg.activations for s in cfg.seeds):
        alone = Trainer(cfg.replace(activations=((fn, params),), seeds=(seed,)))
        alone.step_epochs(4)
        a, s = divmod(i, 2)
        for w, w1 in zip(together.net.weights, alone.net.weights):
            np.testing.assert_allclose(w[a, s], w1[0, 0], rtol=1e-12, atol=1e-15)
        np.testing.assert_allclose(together.test_loss[:, i], alone.test_loss[:, 0], rtol=1e-12)
        np.testing.assert_allclose(together.train_loss[:, i], alone.train_loss[:, 0], rtol=1e-12)


def test_every_activation_starts_from_the_same_weights_and_data():
    t = Trainer(ARTICLE_PRESET.replace(seeds=(3, 9)))
    for w in t.net.weights:
        np.testing.assert_array_equal(w[0], w[1])
        np.testing.assert_array_equal(w[0], w[2])
        assert not np.array_equal(w[0, 0], w[0, 1])  # ... and the seeds differ
    assert t.networks == (("sigmoid", 3), ("sigmoid", 9), ("tanh", 3), ("tanh", 9), ("relu", 3), ("relu", 9))


def test_per_seed_datasets_when_no_data_seed_is_fixed():
    t = Trainer(SMALL.replace(data_seed=None))
    assert len(t.datasets) == 2
    assert not np.array_equal(t.datasets[0].x_train, t.datasets[1].x_train)
    t.step_epochs(2)
    assert np.isfinite(t.test_loss).all()


def test_epochs_to_threshold_is_the_first_epoch_below_it():
    t = Trainer(SMALL.replace(threshold=0.1))
    t.step_epochs(30)
    loss = t.test_loss
    for i, got in enumerate(t.epochs_to_threshold()):
        below = np.flatnonzero(loss[:, i] < 0.1)
        assert got == (int(below[0]) if below.size else None)
    assert any(e is not None for e in t.epochs_to_threshold())


def test_a_run_that_never_gets_there_reports_none():
    t = Trainer(SMALL.replace(threshold=1e-6))
    t.step_epochs(3)
    assert t.epochs_to_threshold() == [None, None, None, None]


def test_a_diverging_run_shows_nan_and_never_converges_without_warnings():
    # Six layers of exp(z) overflow at once; warnings are errors in this suite.
    cfg = TrainConfig(layers=(8,) * 6, learning_rate=10, activations=("exponential", "tanh"), threshold=1.0)
    t = Trainer(cfg)
    t.step_epochs(2)
    assert np.isnan(t.test_loss[-1, 0]) and np.isfinite(t.test_loss[-1, 1])
    assert t.epochs_to_threshold()[0] is None
    assert np.isnan(t.predict(grid_points(3), 0)).any()


def test_history_has_epoch_zero_and_one_row_per_epoch():
    t = Trainer(SMALL)
    first = t.test_loss.copy()
    assert t.train_loss.shape == (1, 4) and t.epoch == 0
    assert t.step_epochs(3) == 3
    assert t.test_loss.shape == (4, 4) and t.epoch == 3
    np.testing.assert_array_equal(t.test_loss[0], first[0])
    # Training lowers the loss on this easy set.
    assert np.all(t.train_loss[-1] < t.train_loss[0])


def test_step_stops_at_max_epochs_and_on_cancel():
    t = Trainer(SMALL.replace(max_epochs=4))
    assert t.step_epochs(10) == 4 and t.done
    assert t.step_epochs(1) == 0
    t.reset()
    stop = threading.Event()
    stop.set()
    assert t.step_epochs(3, cancel=stop) == 0


def test_reset_returns_to_the_same_start():
    t = Trainer(SMALL)
    w0 = [w.copy() for w in t.net.weights]
    loss0 = t.test_loss.copy()
    t.step_epochs(5)
    t.reset()
    assert t.epoch == 0
    for w, w1 in zip(t.net.weights, w0):
        np.testing.assert_array_equal(w, w1)
    np.testing.assert_array_equal(t.test_loss, loss0)
    assert t.epochs_to_threshold() == [None] * 4


def test_predict_one_network_or_all():
    t = Trainer(SMALL)
    t.step_epochs(5)
    pts = grid_points(20)
    every = t.predict(pts)
    assert every.shape == (4, 400)
    assert np.all(np.abs(every) < 1)
    for i in range(4):
        np.testing.assert_allclose(t.predict(pts, i), every[i], rtol=1e-13)
    # Trained on two gaussians at ±(2, 2), the map is positive towards (5, 5) and negative at (−5, −5).
    ends = t.predict([[5.0, 5.0], [-5.0, -5.0]], 0)
    assert ends[0] > 0 > ends[1]


def test_grid_points_are_cell_centres_top_row_first():
    g = grid_points(4, 6.0)
    assert g.shape == (16, 2)
    np.testing.assert_array_equal(g[:4, 0], [-4.5, -1.5, 1.5, 4.5])
    assert np.all(g[:4, 1] == 4.5) and np.all(g[-4:, 1] == -4.5)


def test_without_train_tracking_the_test_history_and_final_losses_are_the_same():
    full, lean = Trainer(SMALL), Trainer(SMALL, track_train_loss=False)
    full.step_epochs(6)
    lean.step_epochs(6)
    same = {"rtol": 1e-13, "atol": 0.0}
    np.testing.assert_allclose(lean.test_loss, full.test_loss, **same)
    np.testing.assert_allclose(lean.train_loss[0], full.train_loss[0], **same)
    assert np.isnan(lean.train_loss[1:]).all()
    train, test = lean.current_losses()
    np.testing.assert_allclose(train, full.train_loss[-1], **same)
    np.testing.assert_allclose(test, full.test_loss[-1], **same)
    # A study reports the same final losses as a run that tracked them.
    res = convergence_study(SMALL, seeds=(0, 1), epochs=6)
    np.testing.assert_allclose([r.final_train_loss for r in res.rows], full.train_loss[-1], **same)
    np.testing.assert_allclose([r.final_test_loss for r in res.rows], full.test_loss[-1], **same)


def test_study_progress_rows_and_summary():
    seen = []
    res = convergence_study(SMALL.replace(threshold=0.1), seeds=3, epochs=15, progress=lambda d, n: seen.append((d, n)))
    assert seen == [(i, 15) for i in range(16)]
    assert res.epochs == 15 and len(res.rows) == 6
    assert [(r.activation, r.seed) for r in res.rows] == [(a, s) for a in ("tanh", "relu") for s in (0, 1, 2)]
    for summ in res.summary:
        conv = [r.epochs_to_threshold for r in res.rows if r.activation == summ.activation]
        done = [e for e in conv if e is not None]
        assert summ.n == 3 and summ.converged == len(done)
        assert summ.median == (float(np.median(done)) if done else None)
    assert res.summary[0].speedup == (1.0 if res.summary[0].median else None)
    assert "converged" in res.table() and "tanh" in res.table()


@pytest.mark.parametrize("kind", ["callable", "event"])
def test_study_cancel_raises_with_the_partial_result(kind):
    stop = threading.Event()

    def progress(done, total):
        if done == 5:
            stop.set()

    cancel = stop.is_set if kind == "callable" else stop
    with pytest.raises(Cancelled, match="after 5 of 40 epochs") as exc:
        convergence_study(SMALL, seeds=2, epochs=40, progress=progress, cancel=cancel)
    assert isinstance(exc.value, StudyCancelled)
    partial = exc.value.partial
    assert partial.epochs == 5 and partial.requested_epochs == 40 and len(partial.rows) == 4


def test_summary_conventions_on_known_rows():
    rows = [StudyRow("a", s, e, 0.0, 0.0) for s, e in enumerate([10, 20, None, 30])]
    rows += [StudyRow("b", s, 5, 0.0, 0.0) for s in range(4)]
    rows += [StudyRow("c", s, None, 0.0, 0.0) for s in range(4)]
    a, b, c = summarize(rows, ["a", "b", "c"])
    assert (a.converged, a.n, a.median, a.q1, a.q3, a.speedup) == (3, 4, 20.0, 15.0, 25.0, 1.0)
    assert (b.median, b.speedup) == (5.0, 4.0)  # four times faster than the first
    assert (c.converged, c.median, c.q1, c.speedup) == (0, None, None, None)


def test_article_preset():
    p = ARTICLE_PRESET
    assert (p.dataset, p.noise, p.layers, p.learning_rate, p.batch_size, p.regularization) == (
        "circle",
        0.0,
        (3, 3),
        0.03,
        10,
        "none",
    )
    assert [a for a, _ in p.activations] == ["sigmoid", "tanh", "relu"]


def test_config_normalises_activations_and_regularisation():
    c = TrainConfig(activations=["relu", ("leaky_relu", {"negative_slope": 0.2})], regularization="l2")
    assert c.activations == (("relu", ()), ("leaky_relu", (("negative_slope", 0.2),)))
    assert c.regularization == "L2"
    assert c.activation_labels() == ("relu", "leaky_relu(negative_slope=0.2)")
    hash(c)  # usable as a cache key


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"dataset": "moons"}, "dataset must be one of"),
        ({"noise": 0.9}, "noise"),
        ({"train_percent": 95}, "train percentage"),
        ({"layers": (3,) * 7}, "0 to 6 hidden layers"),
        ({"layers": (3, 9)}, r"neurons per layer must be a whole number in \[1, 8\]"),
        ({"learning_rate": 0.0}, "learning rate"),
        ({"learning_rate": 11}, "learning rate"),
        ({"batch_size": 0}, "batch size"),
        ({"regularization": "L3"}, "regularisation must be one of none, L1, L2"),
        ({"reg_rate": -1}, "regularisation rate"),
        ({"activations": ()}, "at least one activation"),
        ({"features": ("x1", "x3")}, "features must be among"),
        ({"features": ()}, "at least one input feature"),
        ({"activations": ("relux",)}, "unknown activation"),
        ({"activations": (("elu", {"alpha": -1}),)}, "alpha"),
        ({"activations": ("relu", ("relu", {}))}, "relu appears more than once"),
        ({"seeds": ()}, "seeds"),
        ({"seeds": (1, 1)}, "differ"),
        ({"threshold": 0}, "loss threshold"),
        ({"max_epochs": 0}, "max epochs"),
    ],
)
def test_bad_config_is_refused_with_one_line(change, message):
    with pytest.raises(ValueError, match=message) as exc:
        SMALL.replace(**change)
    assert "\n" not in str(exc.value)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda t: t.predict(np.zeros((3, 3))), r"shape \(P, 2\)"),
        (lambda t: t.predict(np.zeros((3, 2)), 4), "network index"),
        (lambda t: t.step_epochs(-1), "epochs"),
        (lambda t: convergence_study(SMALL, seeds=0), "seeds"),
        (lambda t: convergence_study(SMALL, epochs=0), "epochs"),
    ],
)
def test_bad_calls_are_refused(call, message):
    with pytest.raises(ValueError, match=message):
        call(Trainer(SMALL))


# -- features, no hidden layer, regression ----------------------------------------------------
def test_circle_with_squared_features_converges_with_no_hidden_layer_and_raw_inputs_never_do():
    base = TrainConfig(dataset="circle", layers=(), activations=("tanh",), seeds=(0, 1, 2), max_epochs=300)
    squares = Trainer(base.replace(features=("x1sq", "x2sq")))
    squares.step_epochs(300)
    assert all(e is not None and e < 100 for e in squares.epochs_to_threshold())
    raw = Trainer(base.replace(features=("x1", "x2")))
    raw.step_epochs(300)
    # A line cannot separate a disc from its ring: the loss stays near its start.
    assert raw.epochs_to_threshold() == [None, None, None]
    assert np.all(raw.test_loss[-1] > 0.4)


def test_with_no_hidden_layer_the_activation_only_names_the_networks():
    t = Trainer(TrainConfig(layers=(), activations=("relu", "sigmoid"), seeds=(0,), max_epochs=20))
    assert t.net.sizes == (2, 1) and [lab for lab, _ in t.networks] == ["relu", "sigmoid"]
    t.step_epochs(20)
    np.testing.assert_array_equal(t.test_loss[:, 0], t.test_loss[:, 1])


def test_features_feed_the_network_and_the_map_in_the_playgrounds_order():
    cfg = TrainConfig(features=("sinx2", "x1x2", "x1"), layers=(3,), activations=("tanh",), max_epochs=5)
    t = Trainer(cfg)
    assert cfg.features == ("x1", "x1x2", "sinx2") and t.net.sizes == (3, 3, 1)
    t.step_epochs(5)
    pts = grid_points(7)
    x1, x2 = pts[:, 0], pts[:, 1]
    feats = np.stack([x1, x1 * x2, np.sin(x2)], axis=1)
    w0, b0, w1, b1 = t.net.weights[0][0, 0], t.net.biases[0][0, 0], t.net.weights[1][0, 0], t.net.biases[1][0, 0]
    expected = np.tanh(np.tanh(feats @ w0.T + b0) @ w1.T + b1)[:, 0]
    np.testing.assert_allclose(t.predict(pts, 0), expected, rtol=0, atol=1e-14)
    units = t.unit_outputs(pts, 0)
    assert [u.shape for u in units] == [(3, 49), (3, 49), (1, 49)]
    np.testing.assert_array_equal(units[0], feats.T)
    np.testing.assert_array_equal(units[-1][0], t.predict(pts, 0))


def test_the_default_features_give_the_same_run_as_before_features_existed():
    a = Trainer(SMALL)
    b = Trainer(SMALL.replace(features=("x2", "x1")))  # the same two, in the Playground's order
    a.step_epochs(10)
    b.step_epochs(10)
    np.testing.assert_array_equal(a.test_loss, b.test_loss)


@pytest.mark.parametrize("name", ["plane", "multigauss"])
def test_regression_has_a_linear_output_and_1200_points(name):
    t = Trainer(TrainConfig(dataset=name, layers=(4,), activations=("tanh",), max_epochs=3))
    assert t.config.regression and t.net.output == "linear"
    assert len(t.datasets[0].y) == 1200
    t.step_epochs(3)
    out = t.predict(t.datasets[0].x_test, 0)
    expected = 0.5 * np.mean((out - t.datasets[0].y_test) ** 2)
    assert abs(t.test_loss[-1, 0] - expected) < 1e-14


def test_convergence_is_relative_to_the_zero_output_loss():
    """One rule: test loss < threshold·2·L₀. For ±1 labels 2·L₀ = 1 (the plain threshold);
    for multigauss a network that outputs 0 (L₀ ≈ 0.043) must not count as converged at 0.05."""
    cls = Trainer(TrainConfig(max_epochs=1))
    assert cls.loss_thresholds.tolist() == [0.05]
    reg = Trainer(TrainConfig(dataset="multigauss", layers=(), max_epochs=1))
    zero = 0.5 * np.mean(reg.datasets[0].y_test ** 2)
    assert zero < 0.05
    np.testing.assert_allclose(reg.loss_thresholds, [0.05 * 2 * zero])
    # The untrained network's outputs are near 0 there; it must not have "converged".
    reg.net.weights[0][:] = 0.0
    reg.net.biases[0][:] = 0.0
    reg.step_epochs(1)
    assert reg.epochs_to_threshold() == [None]
    plane = Trainer(TrainConfig(dataset="plane", layers=(), activations=("tanh",), max_epochs=50))
    plane.step_epochs(50)
    assert plane.epochs_to_threshold()[0] is not None  # a linear target: a linear model learns it


# -- changes that keep training ----------------------------------------------------------------
def test_hyper_changes_keep_weights_and_epochs_and_take_effect_on_the_next_step():
    cfg = SMALL.replace(max_epochs=20)
    t = Trainer(cfg)
    t.step_epochs(5)
    before = [w.copy() for w in t.net.weights]
    assert t.set_hyper(learning_rate=0.1, batch_size=25, regularization="L2", reg_rate=0.01)
    assert t.epoch == 5 and t.test_loss.shape == (6, 4)
    for w, old in zip(t.net.weights, before):
        np.testing.assert_array_equal(w, old)
    t.step_epochs(3)
    # The same as a run that had those settings from epoch 5 on: continue a copy by hand.
    ref = Trainer(cfg)
    ref.step_epochs(5)
    ref.config = cfg.replace(learning_rate=0.1, batch_size=25, regularization="L2", reg_rate=0.01)
    ref._batches = ref._make_batches(25)
    ref.step_epochs(3)
    np.testing.assert_array_equal(t.test_loss, ref.test_loss)
    assert t.epoch == 8 and t.config.learning_rate == 0.1
    assert not t.set_hyper(learning_rate=0.1)  # no change


def test_a_new_learning_rate_changes_the_next_epoch_only():
    a, b = Trainer(SMALL), Trainer(SMALL)
    a.step_epochs(3)
    b.step_epochs(3)
    b.set_hyper(learning_rate=0.3)
    a.step_epochs(1)
    b.step_epochs(1)
    np.testing.assert_array_equal(a.test_loss[:4], b.test_loss[:4])
    assert not np.array_equal(a.test_loss[4], b.test_loss[4])


def test_switching_to_l1_pins_weights_from_then_on_and_leaving_it_frees_them():
    t = Trainer(SMALL.replace(max_epochs=100))
    t.step_epochs(2)
    t.set_hyper(regularization="L1", reg_rate=0.5)
    t.step_epochs(5)
    assert t._dead is not None and any(d.any() for d in t._dead)
    zero = [w == 0 for w in t.net.weights]
    t.set_hyper(regularization="none")
    assert t._dead is None
    t.step_epochs(2)
    assert any((w != 0)[z].any() for w, z in zip(t.net.weights, zero))


def test_activation_parameters_change_in_place_but_not_the_function():
    cfg = SMALL.replace(activations=(("leaky_relu", {"negative_slope": 0.01}),), seeds=(0,))
    t = Trainer(cfg)
    t.step_epochs(2)
    t.set_hyper(activations=[("leaky_relu", {"negative_slope": 0.3})])
    assert t.networks[0][0] == "leaky_relu(negative_slope=0.3)" and t.epoch == 2
    assert t.net.activations[0].params["negative_slope"] == 0.3
    with pytest.raises(ValueError, match="only the activations' parameters"):
        t.set_hyper(activations=["relu"])
    with pytest.raises(ValueError, match="learning rate"):
        t.set_hyper(learning_rate=0.0)
    assert t.config.activations[0][1] == (("negative_slope", 0.3),)


def test_a_new_threshold_finds_the_convergence_epochs_again():
    t = Trainer(SMALL.replace(max_epochs=60))
    t.step_epochs(60)
    loose = Trainer(SMALL.replace(max_epochs=60, threshold=0.3))
    loose.step_epochs(60)
    t.set_hyper(threshold=0.3)
    assert t.epochs_to_threshold() == loose.epochs_to_threshold()


def test_a_weight_set_by_hand_trains_on_from_there():
    t = Trainer(SMALL.replace(layers=(), seeds=(0,), activations=("tanh",)))
    t.set_weight(0, 0, 0, 1, 2.5)
    t.set_bias(0, 0, 0, -0.25)
    assert t.net.weights[0][0, 0, 0, 1] == 2.5 and t.net.biases[0][0, 0, 0] == -0.25
    t.refresh_losses()
    ds = t.datasets[0]
    assert abs(t.test_loss[0, 0] - 0.5 * np.mean((t.predict(ds.x_test, 0) - ds.y_test) ** 2)) < 1e-15
    with pytest.raises(ValueError, match="source"):
        t.set_weight(0, 0, 0, 2, 1.0)
