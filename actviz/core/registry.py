"""Look activations up by id, in display order.

The registry fills itself from the built-in catalog (:mod:`actviz.core.activations`) when it is
first imported; the catalog's modules only define activations and never import this module, so
there is no import cycle and no definition depends on being imported in some particular way.

Custom functions (a user's formulas) join the same lookup under ids ``custom:<name>``, after
the catalog, in the group :data:`CUSTOM_GROUP`, so that everything that looks a function up by
id (the views, training, depth, export, scenes) takes them as it takes catalog functions.
:func:`add_custom` and :func:`remove_custom` replace the table as a whole under a lock, so a
reader in another thread (a training worker) never needs a lock and never sees half a change.
Inside ``with scratch():`` custom functions are a private table, empty at first, seen only by
the code running in that context (a scene being checked) and gone when the block ends.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

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
CUSTOM_GROUP = "custom"
CUSTOM_PREFIX = "custom:"
# A custom function's name: short, and safe in a file name, a command line and an id.
CUSTOM_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]{0,31}$")

_REGISTRY: dict[str, Activation] = {}
# Custom functions by id, in the order they were added. Never changed in place: a change
# builds a new dict and swaps it in (one reference assignment), so readers need no lock.
_CUSTOM: dict[str, Activation] = {}
_CUSTOM_LOCK = threading.Lock()
_SCRATCH: ContextVar[dict[str, Activation] | None] = ContextVar("actviz_custom_scratch", default=None)


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
    return [i for i in SEEDS if i in _REGISTRY] + rest + list(_customs())


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
        pass
    try:
        return _customs()[id]
    except (KeyError, TypeError):
        raise KeyError(f"unknown activation {id!r}; known ids: {', '.join(names())}") from None


def _customs() -> dict[str, Activation]:
    scratch = _SCRATCH.get()
    return _CUSTOM if scratch is None else scratch


def _swap(table: dict[str, Activation]) -> None:
    global _CUSTOM
    if _SCRATCH.get() is not None:
        _SCRATCH.set(table)
    else:
        _CUSTOM = table


def custom_id(name: str) -> str:
    """The id of the custom function called ``name``: ``custom:<name>``.

    Raises
    ------
    ValueError
        If the name is not 1 to 32 letters, digits or underscores starting with a letter.
    """
    if not isinstance(name, str) or not CUSTOM_NAME.match(name):
        raise ValueError(f"a formula's name must be 1 to 32 letters, digits or _, starting with a letter, got {name!r}")
    return CUSTOM_PREFIX + name


def add_custom(act: Activation) -> Activation:
    """Add or replace a custom function (its id is ``custom:<name>``, its group ``custom``).

    A replaced function keeps its place in :func:`names`; a new one goes last.

    Raises
    ------
    ValueError
        If the id or the group is not a custom one.
    """
    if not act.id.startswith(CUSTOM_PREFIX):
        raise ValueError(f"a custom function's id starts with {CUSTOM_PREFIX!r}, got {act.id!r}")
    custom_id(act.id[len(CUSTOM_PREFIX) :])
    if act.group != CUSTOM_GROUP:
        raise ValueError(f"a custom function's group is {CUSTOM_GROUP!r}, got {act.group!r}")
    with _CUSTOM_LOCK:
        table = dict(_customs())
        table[act.id] = act
        _swap(table)
    return act


def remove_custom(id: str) -> None:
    """Remove a custom function; removing one that is not there does nothing."""
    with _CUSTOM_LOCK:
        if id in _customs():
            table = dict(_customs())
            del table[id]
            _swap(table)


def custom_names() -> list[str]:
    """The ids of the custom functions, in the order they were added."""
    return list(_customs())


def clear_custom() -> None:
    """Remove every custom function (a fresh session, or a test's clean-up)."""
    with _CUSTOM_LOCK:
        _swap({})


@contextmanager
def scratch() -> Iterator[None]:
    """Within the block, custom functions are a private table of this context, empty at first.

    What the block adds or removes is seen by :func:`get` and :func:`names` in this context
    only (other threads keep seeing the real table) and is forgotten when the block ends. It
    starts empty so that what is checked inside (a scene) must define every formula it uses.
    """
    token = _SCRATCH.set({})
    try:
        yield
    finally:
        _SCRATCH.reset(token)


for _act in CATALOG:
    register(_act)
