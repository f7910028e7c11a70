"""The training core against an independent, plain implementation of the Playground's rules.

Everything on the reference side is written here from the Playground's description
(``src/dataset.ts``, ``src/playground.ts``, ``src/nn.ts``) and the core's documented seeding, and
imports nothing from ActViz: the data (regression sets and the circle), the input features, the
initial weights, the network evaluated node by node, and SGD point by point with gradients
accumulated per batch. Only the result is compared with :class:`actviz.core.training.Trainer`:
the same data, the same start, the same losses after a few epochs, to 1e−12.

The training sets here are multiples of the batch size: with a shorter last batch the core makes
it a step of its own, where the Playground carries its points over (a documented difference).
"""

import itertools
import math

import numpy as np
import pytest

from actviz.core.training import TrainConfig, Trainer

WEIGHT_STREAM = 0x57E1  # the core keys the weight draws of a seed apart from its data draws


# -- data ---------------------------------------------------------------------------------------
def regression_points(name, n, noise, rng):
    """regressPlane / regressGaussian: per point x, y, then the noise of x and y, all U(−6, 6)."""
    u = rng.uniform(-6.0, 6.0, 4 * n).reshape(n, 4)
    points, labels = [], []
    bumps = [(-4, 2.5, 1), (0, 2.5, -1), (4, 2.5, 1), (-4, -2.5, -1), (0, -2.5, 1), (4, -2.5, -1)]
    for x, y, nx, ny in u:
        mx, my = x + nx * noise, y + ny * noise
        if name == "plane":
            label = (mx + my) / 10.0  # d3 linear scale [−10, 10] → [−1, 1]
        else:
            label = 0.0
            for cx, cy, sign in bumps:
                d = math.sqrt((mx - cx) ** 2 + (my - cy) ** 2)
                new = sign * min(1.0, max(0.0, 1.0 - d / 2.0))  # [0, 2] → [1, 0], clamped
                if abs(new) > abs(label):
                    label = new
        points.append((x, y))
        labels.append(label)
    return np.array(points), np.array(labels)


def circle_points(n, noise, rng):
    """Radius U(0, 2.5) for the first half and U(3.5, 5) for the rest, angle U(0, 2π); the label
    is read at a copy moved by U(−5, 5)·noise."""
    half = n // 2
    r = np.concatenate([rng.uniform(0.0, 2.5, half), rng.uniform(3.5, 5.0, n - half)])
    angle = rng.uniform(0.0, 2 * math.pi, n)
    shift = rng.uniform(-5.0, 5.0, 2 * n).reshape(n, 2) * noise
    points, labels = [], []
    for i in range(n):
        x, y = r[i] * math.sin(angle[i]), r[i] * math.cos(angle[i])
        mx, my = x + shift[i, 0], y + shift[i, 1]
        points.append((x, y))
        labels.append(1.0 if math.sqrt(mx * mx + my * my) < 2.5 else -1.0)
    return np.array(points), np.array(labels)


def playground_data(name, noise, percent, seed):
    rng = np.random.default_rng(seed)
    if name == "circle":
        x, y = circle_points(500, noise, rng)
    else:
        x, y = regression_points(name, 1200, noise, rng)
    order = rng.permutation(len(y))  # the shuffle continues the same generator
    x, y = x[order], y[order]
    split = len(y) * percent // 100
    return x[:split], y[:split], x[split:], y[split:]


# The Playground's INPUTS, in its order.
INPUTS = {
    "x1": lambda x, y: x,
    "x2": lambda x, y: y,
    "x1sq": lambda x, y: x * x,
    "x2sq": lambda x, y: y * y,
    "x1x2": lambda x, y: x * y,
    "sinx1": lambda x, y: math.sin(x),
    "sinx2": lambda x, y: math.sin(y),
}


def construct_input(point, features):
    return [INPUTS[name](float(point[0]), float(point[1])) for name in INPUTS if name in features]


# -- the network, node by node --------------------------------------------------------------------
ACTS = {
    "tanh": (math.tanh, lambda z: 1 - math.tanh(z) ** 2),
    "relu": (lambda z: max(0.0, z), lambda z: 0.0 if z <= 0 else 1.0),
    "sigmoid": (lambda z: 1 / (1 + math.exp(-z)), lambda z: (1 / (1 + math.exp(-z))) * (1 - 1 / (1 + math.exp(-z)))),
}


class Net:
    """``w[l][j][i]`` is the link from node i of layer l to node j of layer l + 1."""

    def __init__(self, sizes, seed, activation, output):
        rng = np.random.default_rng([WEIGHT_STREAM, seed])
        self.w = [rng.uniform(-0.5, 0.5, (o, i)).tolist() for i, o in itertools.pairwise(sizes)]
        self.b = [[0.1] * o for o in sizes[1:]]
        self.dead = [[[False] * len(row) for row in layer] for layer in self.w]
        self.act = ACTS[activation]
        self.out = ACTS["tanh"] if output == "tanh" else (lambda z: z, lambda z: 1.0)

    def forward(self, inputs):
        outs, totals = [list(inputs)], []
        for layer, (w, b) in enumerate(zip(self.w, self.b)):
            f = self.out[0] if layer == len(self.w) - 1 else self.act[0]
            total = [b[j] + sum(w[j][i] * outs[-1][i] for i in range(len(outs[-1]))) for j in range(len(b))]
            totals.append(total)
            outs.append([f(t) for t in total])
        return outs, totals

    def output(self, inputs):
        return self.forward(inputs)[0][-1][0]

    def backprop(self, inputs, target, acc_w, acc_b):
        outs, totals = self.forward(inputs)
        out_der = [outs[-1][0] - target]  # Errors.SQUARE.der
        for layer in range(len(self.w) - 1, -1, -1):
            der = self.out[1] if layer == len(self.w) - 1 else self.act[1]
            input_der = [out_der[j] * der(totals[layer][j]) for j in range(len(out_der))]
            for j, d in enumerate(input_der):
                acc_b[layer][j] += d
                for i in range(len(outs[layer])):
                    acc_w[layer][j][i] += d * outs[layer][i]
            out_der = [
                sum(self.w[layer][j][i] * input_der[j] for j in range(len(input_der))) for i in range(len(outs[layer]))
            ]

    def update(self, acc_w, acc_b, count, lr, reg, rate):
        for layer, w in enumerate(self.w):
            for j, row in enumerate(w):
                for i, weight in enumerate(row):
                    if self.dead[layer][j][i]:
                        continue
                    regul_der = {"none": 0.0, "L2": weight, "L1": float(weight > 0) - float(weight < 0)}[reg]
                    weight = weight - lr / count * acc_w[layer][j][i]
                    new = weight - lr * rate * regul_der
                    if reg == "L1" and weight * new < 0:
                        row[i] = 0.0
                        self.dead[layer][j][i] = True
                    else:
                        row[i] = new
                    acc_w[layer][j][i] = 0.0
                self.b[layer][j] -= lr / count * acc_b[layer][j]
                acc_b[layer][j] = 0.0


def loss(net, xs, ys, features):
    return sum(0.5 * (net.output(construct_input(p, features)) - t) ** 2 for p, t in zip(xs, ys)) / len(ys)


def playground_run(cfg, activation, epochs):
    x_tr, y_tr, x_te, y_te = playground_data(cfg["dataset"], cfg["noise"], cfg["train_percent"], cfg["seed"])
    feats = cfg["features"]
    sizes = (len(feats), *cfg["layers"], 1)
    net = Net(sizes, cfg["seed"], activation, "linear" if cfg["dataset"] in ("plane", "multigauss") else "tanh")
    acc_w = [[[0.0] * len(row) for row in layer] for layer in net.w]
    acc_b = [[0.0] * len(b) for b in net.b]
    train, test = [loss(net, x_tr, y_tr, feats)], [loss(net, x_te, y_te, feats)]
    for _ in range(epochs):
        for i, (p, t) in enumerate(zip(x_tr, y_tr)):
            net.backprop(construct_input(p, feats), t, acc_w, acc_b)
            if (i + 1) % cfg["batch_size"] == 0:
                net.update(
                    acc_w, acc_b, cfg["batch_size"], cfg["learning_rate"], cfg["regularization"], cfg["reg_rate"]
                )
        train.append(loss(net, x_tr, y_tr, feats))
        test.append(loss(net, x_te, y_te, feats))
    return np.array(train), np.array(test)


def case(**settings):
    return settings


CASES = [
    # regression: a linear output and 1,200 points
    case(dataset="plane", noise=0.1, train_percent=50, features=("x1", "x2"), layers=(3,), act="tanh",
         batch_size=10, learning_rate=0.03, regularization="none", reg_rate=0.0, seed=4),
    case(dataset="multigauss", noise=0.0, train_percent=30, features=("x1", "x2", "x1sq", "x2sq", "x1x2",
         "sinx1", "sinx2"), layers=(4, 2), act="relu", batch_size=20, learning_rate=0.1, regularization="L2",
         reg_rate=0.01, seed=7),
    # classification with features and no hidden layer
    case(dataset="circle", noise=0.2, train_percent=50, features=("x1sq", "x2sq", "x1x2", "sinx2"), layers=(),
         act="tanh", batch_size=10, learning_rate=0.03, regularization="L1", reg_rate=0.01, seed=2),
    case(dataset="circle", noise=0.0, train_percent=40, features=("sinx1", "x2sq"), layers=(3,), act="sigmoid",
         batch_size=5, learning_rate=0.3, regularization="none", reg_rate=0.0, seed=0),
]  # fmt: skip


@pytest.mark.parametrize("case", CASES, ids=[f"{c['dataset']}-{len(c['layers'])}layers" for c in CASES])
def test_the_core_trains_as_the_playgrounds_rules_do(case):
    epochs = 3
    ref_train, ref_test = playground_run(case, case["act"], epochs)
    cfg = TrainConfig(
        dataset=case["dataset"],
        noise=case["noise"],
        train_percent=case["train_percent"],
        features=case["features"],
        layers=case["layers"],
        learning_rate=case["learning_rate"],
        batch_size=case["batch_size"],
        regularization=case["regularization"],
        reg_rate=case["reg_rate"],
        activations=(case["act"],),
        seeds=(case["seed"],),
        data_seed=case["seed"],
        max_epochs=epochs,
    )
    trainer = Trainer(cfg)
    trainer.step_epochs(epochs)
    # The data are the same points: the core's first test loss is the reference's at the start.
    np.testing.assert_allclose(trainer.train_loss[:, 0], ref_train, rtol=0, atol=1e-12)
    np.testing.assert_allclose(trainer.test_loss[:, 0], ref_test, rtol=0, atol=1e-12)
    assert ref_test[-1] != ref_test[0]  # training moved the loss: the comparison means something
