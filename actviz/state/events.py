"""A minimal callback registry: the state's only way of telling anyone about a change.

Pure Python, so the state can be tested and scripted without Qt. The window connects its
widgets here; nothing else talks to the widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class Events:
    """Named events with connect/disconnect/emit. Callbacks get keyword arguments."""

    def __init__(self, *names: str) -> None:
        self._callbacks: dict[str, list[Callable[..., Any]]] = {n: [] for n in names}

    def connect(self, name: str, callback: Callable[..., Any]) -> None:
        self._get(name).append(callback)

    def disconnect(self, name: str, callback: Callable[..., Any]) -> None:
        cbs = self._get(name)
        if callback in cbs:
            cbs.remove(callback)

    def emit(self, name: str, **kwargs: Any) -> None:
        for cb in list(self._get(name)):
            cb(**kwargs)

    def _get(self, name: str) -> list[Callable[..., Any]]:
        try:
            return self._callbacks[name]
        except KeyError:
            raise KeyError(f"unknown event {name!r}; known: {', '.join(self._callbacks)}") from None
