"""PyTorch counterparts of the catalog's PyTorch functions, for the reference tests."""

import math


def torch_fn(id, params):
    """A callable x_tensor -> y_tensor computing ``id`` in PyTorch, or None if there is none."""
    import torch
    import torch.nn.functional as F  # noqa: N812 - the usual name

    p = params
    table = {
        "relu": lambda x: F.relu(x),
        "leaky_relu": lambda x: F.leaky_relu(x, p["negative_slope"]),
        "sigmoid": torch.sigmoid,
        "tanh": torch.tanh,
        "prelu": lambda x: F.prelu(x, torch.tensor([p["weight"]], dtype=x.dtype)),
        "rrelu": lambda x: F.rrelu(x, p["lower"], p["upper"], training=False),
        "relu6": F.relu6,
        "elu": lambda x: F.elu(x, p["alpha"]),
        "selu": F.selu,
        "celu": lambda x: F.celu(x, p["alpha"]),
        "hardswish": F.hardswish,
        "gelu": lambda x: F.gelu(x, approximate=p["approximate"]),
        "silu": F.silu,
        "mish": F.mish,
        "softplus": lambda x: F.softplus(x, p["beta"], p["threshold"]),
        "hardsigmoid": F.hardsigmoid,
        "hardtanh": lambda x: F.hardtanh(x, p["min_val"], p["max_val"]),
        "softsign": F.softsign,
        "logsigmoid": F.logsigmoid,
        "threshold": lambda x: F.threshold(x, p["threshold"], p["value"]),
        "tanhshrink": F.tanhshrink,
        "softshrink": lambda x: F.softshrink(x, p["lambd"]),
        "hardshrink": lambda x: F.hardshrink(x, p["lambd"]),
        "relu_squared": lambda x: F.relu(x) ** 2,
        "swish": lambda x: x * torch.sigmoid(p["beta"] * x),
        "shifted_softplus": lambda x: torch.logaddexp(x, torch.zeros_like(x)) - math.log(2.0),
        "lecun_tanh": lambda x: 1.7159 * torch.tanh(x * (2.0 / 3.0)),
        "linear": lambda x: x * 1.0,
        "exponential": torch.exp,
        "gaussian": lambda x: torch.exp(-x * x),
        "lisht": lambda x: x * torch.tanh(x),
        "tanhexp": lambda x: x * torch.tanh(torch.exp(x)),
        "arctan": torch.atan,
        "isru": lambda x: x / torch.sqrt(1 + p["alpha"] * x * x),
        "sine": lambda x: torch.sin(p["w0"] * x),
        "snake": lambda x: x + torch.sin(p["alpha"] * x) ** 2 / p["alpha"],
        "bent_identity": lambda x: (torch.sqrt(x * x + 1) - 1) / 2 + x,
        "squareplus": lambda x: (x + torch.sqrt(x * x + p["b"])) / 2,
    }
    return table.get(id)


def autograd(fn, xs):
    """f, f′, f″ of ``fn`` at the float64 values ``xs`` (a list), as autograd computes them."""
    import torch

    x = torch.tensor(xs, dtype=torch.float64, requires_grad=True)
    y = fn(x)
    (g,) = torch.autograd.grad(y.sum(), x, create_graph=True)
    h = None
    if g.requires_grad:
        try:
            (h,) = torch.autograd.grad(g.sum(), x, allow_unused=True)
        except RuntimeError:  # PyTorch has no double backward for this function
            h = None
        else:
            h = torch.zeros_like(x) if h is None else h
    else:
        h = torch.zeros_like(x)
    return y.detach().numpy(), g.detach().numpy(), None if h is None else h.detach().numpy()
