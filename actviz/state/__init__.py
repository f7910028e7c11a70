"""The application state: one validated source of truth, no Qt."""

from actviz.state.model import DEFAULT_PROBES, DEFAULT_X_RANGE, STYLES, Overlay, State, check_range

__all__ = ["DEFAULT_PROBES", "DEFAULT_X_RANGE", "STYLES", "Overlay", "State", "check_range"]
