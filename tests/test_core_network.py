"""The batched MLP: backpropagation against finite differences, fair initialisation, inits."""

import math

import numpy as np
import pytest

from actviz.core import get
from actviz.core.network import BatchedMLP, hidden_activation, init_weights


def pre_activations(net, x):
    """Every hidden pre-activation z, written out plainly (no batching tricks), for kink checks."""
    a, s = net.grid
    zs = []
    for i in range(a):
        for j in range(s):
            h = x[j] if x.ndim == 3 else x  # one batch per seed, or one for all
            for k in range(net.n_hidden):
                w = net.weights[k][min(i, net.weights[k].shape[0] - 1), j]
                b = net.biases[k][min(i, net.biases[k].shape[0] - 1), j]
                z = h @ w.T + b
                zs.append(z)
                f = net.activations[i].f(z)
                h = h + f if net.is_residual(k) else f
    return np.concatenate([z.ravel() for z in zs])


def finite_difference_check(net, x, t, h=1e-6):
    """Largest |backprop − central difference| over every weight and bias of every network."""
    _, grads = net.loss_and_gradients(x, t)
    worst = 0.0
    for params, gparams in ((net.weights, grads.weights), (net.biases, grads.biases)):
        for p, g in zip(params, gparams):
            for idx in np.ndindex(p.shape):
                old = p[idx]
                p[idx] = old + h
                lp = net.loss(x, t)
                p[idx] = old - h
                lm = net.loss(x, t)
                p[idx] = old
                fd = (lp - lm)[idx[0], idx[1]] / (2 * h)
                worst = max(worst, abs(fd - g[idx]))
    return worst


ACTIVATIONS = [
    ("tanh", {}),
    ("sigmoid", {}),
    ("relu", {}),
    ("leaky_relu", {"negative_slope": 0.2}),
    ("elu", {"alpha": 0.7}),
    ("gelu", {}),
    ("softplus", {}),
]


@pytest.mark.parametrize("output", ["tanh", "linear"])
@pytest.mark.parametrize("residual", [False, True])
def test_backprop_matches_finite_differences(output, residual):
    rng = np.random.default_rng(5)
    sizes = (3, 3, 3, 3, 1)  # equal widths, so every hidden layer is residual when asked
    net = BatchedMLP.build(sizes, ACTIVATIONS, [0, 1], init="xavier", bias=0.05, output=output, residual=residual)
    x = rng.normal(size=(6, 3))
    t = rng.choice([-1.0, 1.0], 6)
    # Finite differences are only valid away from a kink: no ReLU-like unit may sit so close to
    # 0 that a step of 1e-6 in one parameter (which moves any z by well under 1e-4) crosses it.
    assert np.min(np.abs(pre_activations(net, x))) > 1e-4
    assert finite_difference_check(net, x, t) < 1e-8


def test_backprop_with_the_playground_shape_and_per_seed_inputs():
    rng = np.random.default_rng(2)
    net = BatchedMLP.build((2, 4, 2, 1), ["tanh", "relu"], [3, 4, 5], bias=0.1, output="tanh")
    x = rng.normal(size=(3, 5, 2)) * 3  # one batch per seed
    t = rng.choice([-1.0, 1.0], (3, 5))
    assert np.min(np.abs(pre_activations(net, x))) > 1e-4
    assert finite_difference_check(net, x, t) < 1e-8


class Cubic:
    """A user-style activation: f = x³/3 + x, with f′ = x² + 1 and no catalog behind it."""

    def f(self, x, **params):
        return x**3 / 3 + params.get("k", 1.0) * x

    def df(self, x, **params):
        return x**2 + params.get("k", 1.0)


def test_any_object_with_f_and_df_backpropagates_too():
    rng = np.random.default_rng(9)
    net = BatchedMLP.build((2, 3, 1), [(Cubic(), {"k": 0.5}), "tanh"], [0], output="linear")
    x = rng.normal(size=(4, 2))
    assert finite_difference_check(net, x, np.zeros(4)) < 1e-8
    assert net.activations[0].label() == "Cubic(k=0.5)"


def test_kink_gets_the_catalog_derivative():
    # One ReLU unit whose pre-activation is exactly 0: PyTorch's ReLU′(0) = 0, so no gradient
    # reaches the first layer; with LeakyReLU, α does.
    w1 = np.zeros((1, 1, 1, 2))
    b1 = np.zeros((1, 1, 1))
    w2 = np.ones((1, 1, 1, 1))
    b2 = np.zeros((1, 1, 1))
    x = np.array([[1.0, -2.0]])
    for act, slope in (("relu", 0.0), (("leaky_relu", {"negative_slope": 0.3}), 0.3)):
        net = BatchedMLP([act], [w1, w2], [b1, b2], output="linear")
        _, g = net.loss_and_gradients(x, np.array([1.0]))
        # out = 0, target 1: dL/dout = -1; dL/dW1 = -1 · f′(0) · x.
        np.testing.assert_array_equal(g.weights[0][0, 0, 0], -slope * x[0])


def test_same_seed_same_start_for_every_activation():
    net = BatchedMLP.build((2, 5, 4, 1), ["relu", "tanh", ("elu", {"alpha": 2.0})], [3, 7], bias=0.1)
    for w in [*net.weights, *net.biases]:
        for a in range(1, 3):
            np.testing.assert_array_equal(w[a], w[0])
    # A seed's weights do not depend on which other seeds are drawn alongside.
    alone = BatchedMLP.build((2, 5, 4, 1), ["sigmoid"], [7], bias=0.1)
    for w, w1 in zip(net.weights, alone.weights):
        np.testing.assert_array_equal(w[0, 1], w1[0, 0])
    assert not np.array_equal(net.weights[0][0, 0], net.weights[0][0, 1])


def test_shared_weights_give_the_same_results_as_copies():
    rng = np.random.default_rng(0)
    kw = {"init": "he", "output": "linear", "residual": True}
    shared = BatchedMLP.build((4, 4, 4, 1), ["relu", "tanh"], [1, 2], share=True, **kw)
    copied = BatchedMLP.build((4, 4, 4, 1), ["relu", "tanh"], [1, 2], **kw)
    assert shared.weights[0].shape[0] == 1 and copied.weights[0].shape[0] == 2
    x = rng.normal(size=(2, 8, 4))
    t = np.zeros(8)
    ls, gs = shared.loss_and_gradients(x, t)
    lc, gc = copied.loss_and_gradients(x, t)
    np.testing.assert_allclose(ls, lc, rtol=1e-13)
    for a, b in zip(gs.weights, gc.weights):
        np.testing.assert_allclose(a, b, rtol=1e-12, atol=1e-300)


def test_hidden_values_come_from_the_catalog():
    net = BatchedMLP.build((2, 3, 1), ["gelu", ("celu", {"alpha": 0.5})], [0], output="linear")
    x = np.random.default_rng(1).normal(size=(5, 2))
    fwd = net.forward(x)
    w, b = net.weights[0][0, 0], net.biases[0][0, 0]
    z = x @ w.T + b
    np.testing.assert_array_equal(fwd.hs[1][0, 0], get("gelu").f(z).T)
    np.testing.assert_array_equal(fwd.hs[1][1, 0], get("celu").f(z, alpha=0.5).T)
    np.testing.assert_array_equal(fwd.dfs[0][1, 0], get("celu").df(z, alpha=0.5).T)


def test_non_finite_pre_activations_take_the_catalogs_limits():
    w = [np.full((1, 1, 2, 2), 1e308), np.ones((1, 1, 1, 2))]
    b = [np.zeros((1, 1, 2)), np.zeros((1, 1, 1))]
    net = BatchedMLP(["sigmoid"], w, b, output="tanh")
    with np.errstate(over="ignore"):
        fwd = net.forward(np.array([[1.0, 1.0], [-1.0, -1.0]]))
    np.testing.assert_array_equal(fwd.hs[1][0, 0], [[1.0, 0.0], [1.0, 0.0]])  # σ(±inf)
    np.testing.assert_array_equal(fwd.dfs[0][0, 0], 0.0)


@pytest.mark.parametrize(
    ("init", "check"),
    [
        ("playground", lambda w, fi, fo: np.abs(w).max() <= 0.5 and abs(w.std() - 1 / math.sqrt(12)) < 0.01),
        (
            "xavier",
            lambda w, fi, fo: (
                np.abs(w).max() <= math.sqrt(6 / (fi + fo))
                and abs(w.std() - math.sqrt(2 / (fi + fo))) < 0.03 * math.sqrt(2 / (fi + fo))
            ),
        ),
        ("he", lambda w, fi, fo: abs(w.std() - math.sqrt(2 / fi)) < 0.03 * math.sqrt(2 / fi)),
        ("lecun", lambda w, fi, fo: abs(w.std() - math.sqrt(1 / fi)) < 0.03 * math.sqrt(1 / fi)),
    ],
)
def test_initialisations_have_their_documented_spread(init, check):
    ws, bs = init_weights((100, 300, 1), [0], init=init)
    assert ws[0].shape == (1, 300, 100)  # (seed, fan_out, fan_in), as torch.nn.Linear
    assert check(ws[0][0], 100, 300)
    assert np.all(bs[0] == 0.0)


def test_scale_multiplies_weights_only_and_bias_is_constant():
    w1, b1 = init_weights((3, 4, 1), [2], init="he", bias=0.1)
    w3, b3 = init_weights((3, 4, 1), [2], init="he", scale=3.0, bias=0.1)
    np.testing.assert_allclose(w3[0], 3.0 * w1[0], rtol=1e-15)
    assert np.all(b3[0] == 0.1) and np.all(b1[1] == 0.1)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: hidden_activation("relux"), "unknown activation 'relux'"),
        (lambda: hidden_activation("leaky_relu", {"negative_slope": "x"}), "negative_slope"),
        (lambda: hidden_activation("relu", {"alpha": 1.0}), "no parameter 'alpha'"),
        (lambda: hidden_activation(42), "an activation must be"),
        (lambda: init_weights((2, 3, 1), [0], init="orthogonal"), "init must be one of"),
        (lambda: init_weights((2, 3, 1), [0], scale=0.0), "weight scale"),
        (lambda: init_weights((2, 0, 1), [0]), "layer sizes"),
        (lambda: init_weights((2, 3, 1), [-1]), "seed"),
        (lambda: BatchedMLP.build((2, 3, 1), ["relu"], [0], output="softmax"), "output must be one of"),
        (lambda: BatchedMLP.build((2, 3, 2), ["relu"], [0]), "one unit"),
        (lambda: BatchedMLP.build((2, 3, 1), ["relu"], [0]).forward(np.zeros((4, 3))), "2 features"),
        (lambda: BatchedMLP.build((2, 3, 1), ["relu"], []), "at least one seed"),
    ],
)
def test_bad_input_is_refused_with_one_line(call, message):
    with pytest.raises(ValueError, match=message) as exc:
        call()
    assert "\n" not in str(exc.value)


@pytest.mark.parametrize("output", ["tanh", "linear"])
def test_no_hidden_layer_backpropagates_through_the_output_unit_alone(output):
    rng = np.random.default_rng(8)
    net = BatchedMLP.build((5, 1), ["relu", "tanh"], [0, 1], init="xavier", bias=0.1, output=output)
    assert net.n_hidden == 0
    x = rng.normal(size=(7, 5))
    t = rng.normal(size=7)
    assert finite_difference_check(net, x, t) < 1e-8
    # Both rows see the same network: the activation only names them.
    np.testing.assert_array_equal(net.forward(x).out[0], net.forward(x).out[1])


@pytest.mark.parametrize(
    "fid", ["sigmoid", "silu", "gelu", "exponential", "isru", "squareplus", "swish", "selu", "gaussian", "tanh", "relu"]
)
def test_f_and_df_together_are_the_catalogs_values_exactly(fid):
    act = hidden_activation(fid)
    x = np.concatenate([np.linspace(-40, 40, 2001), [0.0, -0.0, 1e-300, -745.0, 710.0]])
    f, df = act.f_df(x, finite=True)
    np.testing.assert_array_equal(f, get(fid).f(x))
    np.testing.assert_array_equal(df, get(fid).df(x))
    np.testing.assert_array_equal(f, act.f(x, finite=True))
    np.testing.assert_array_equal(df, act.df(x, finite=True))


@pytest.mark.parametrize(("fid", "params"), [("swish", {"beta": 2.5}), ("isru", {"alpha": 0.3}), ("gaussian", {})])
def test_the_shared_kernels_take_the_parameters(fid, params):
    act = hidden_activation(fid, params)
    x = np.linspace(-9, 9, 301)
    f, df = act.f_df(x, finite=True)
    np.testing.assert_array_equal(f, get(fid).f(x, **params))
    np.testing.assert_array_equal(df, get(fid).df(x, **params))
