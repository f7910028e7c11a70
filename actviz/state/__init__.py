"""The application state: one validated source of truth, no Qt."""

from actviz.state.model import (
    DEFAULT_PROBES,
    DEFAULT_X_RANGE,
    LAYOUTS,
    SCALES,
    STYLES,
    THEMES,
    Mark,
    Overlay,
    State,
    check_range,
    make_mark,
)

__all__ = [
    "DEFAULT_PROBES",
    "DEFAULT_X_RANGE",
    "LAYOUTS",
    "SCALES",
    "STYLES",
    "THEMES",
    "Mark",
    "Overlay",
    "State",
    "check_range",
    "make_mark",
]
