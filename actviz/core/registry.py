"""Look activations up by id, in display order.

The registry fills itself from the built-in catalog (:mod:`actviz.core.activations`) when it is
first imported; the catalog's modules only define activations and never import this module, so
there is no import cycle and no definition depends on being imported in some particular way.
"""

from __future__ import annotations

from actviz.core.activation import Activation
from actviz.core.activations import CATALOG

GROUPS: tuple[str, ...] = (
    "rectifiers",
    "smooth rectifiers",
    "sigmoid-like",
    "shrinkage/threshold",
    "periodic/other",
)

# The four functions of the classic introductions come first; the rest follow by group.
SEEDS: tuple[str, ...] = ("relu", "leaky_relu", "sigmoid", "tanh")

_REGISTRY: dict[str, Activation] = {}


def register(act: Activation) -> Activation:
    """Add ``act`` to the registry and return it.

    Parameters
    ----------
    act : Activation
        A function whose ``group`` is one of :data:`GROUPS` and whose id is not yet taken.

    Returns
    -------
    Activation
        ``act`` itself, so that a definition can be registered where it is made.

    Raises
    ------
    ValueError
        If the group is unknown or the id is already registered.
    """
    if act.group not in GROUPS:
        raise ValueError(f"{act.id}: unknown group {act.group!r}; groups: {', '.join(GROUPS)}")
    if act.id in _REGISTRY:
        raise ValueError(f"duplicate activation id {act.id!r}")
    _REGISTRY[act.id] = act
    return act


def names() -> list[str]:
    """The function ids in display order: ReLU, Leaky ReLU, sigmoid and tanh, then by group.

    Within a group, functions keep the order in which they were registered.
    """
    rest = [i for i in _REGISTRY if i not in SEEDS]
    rest.sort(key=lambda i: GROUPS.index(_REGISTRY[i].group))  # stable: keeps catalog order
    return [i for i in SEEDS if i in _REGISTRY] + rest


def get(id: str) -> Activation:
    """The activation with this id.

    Raises
    ------
    KeyError
        If there is none; the message lists every id.
    """
    try:
        return _REGISTRY[id]
    except (KeyError, TypeError):
        raise KeyError(f"unknown activation {id!r}; known ids: {', '.join(names())}") from None


for _act in CATALOG:
    register(_act)
