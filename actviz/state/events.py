"""The state's events: one typed psygnal signal per kind of change.

psygnal holds bound methods weakly, so a widget that is closed and collected stops receiving
events without having to disconnect; a misspelt event name is an ``AttributeError`` at connect
time, not a silent no-op. No Qt here: the command line builds a State before Qt starts.
"""

from __future__ import annotations

from psygnal import Signal, SignalGroup


class StateEvents(SignalGroup):
    """What a :class:`~actviz.state.State` announces. Each signal fires only on a real change.

    Attributes
    ----------
    function : Signal(str)
        The current function's id.
    params : Signal(dict)
        The current function's full parameter dict (also fires after a function switch).
    x_range : Signal(tuple)
        ``(min, max)`` of the visible x range.
    y_range : Signal(object)
        ``(min, max)``, or ``None`` for automatic.
    auto_y : Signal(tuple)
        The y range the plot chose while y is automatic (display only).
    shown : Signal(tuple)
        Three booleans: f, f′, f″ drawn or not.
    style : Signal(str)
        ``"boxed"`` or ``"origin"``.
    overlays : Signal(list)
        The pinned functions, as a list of :class:`~actviz.state.Overlay`.
    probes : Signal(tuple)
        The probe x values.
    trace : Signal(bool)
        Whether moving a parameter leaves faded copies of the curve at tenths of its range.
    layout : Signal(str)
        ``"overlay"``, ``"stacked"`` (f, f′, f″ in panels sharing x) or ``"grid"``.
    theme : Signal(str)
        ``"light"``, ``"dark"`` or ``"contrast"`` (high-contrast light).
    scale : Signal(str)
        The projector scale of fonts and lines: ``"normal"``, ``"large"`` or ``"huge"``.
    marks : Signal(tuple)
        The reference marks, as a tuple of :class:`~actviz.state.Mark`.
    formulas : Signal(tuple)
        The names of the custom formulas, after one is added, redefined or deleted.
    """

    function = Signal(str)
    params = Signal(dict)
    x_range = Signal(tuple)
    y_range = Signal(object)
    auto_y = Signal(tuple)
    shown = Signal(tuple)
    style = Signal(str)
    overlays = Signal(list)
    probes = Signal(tuple)
    trace = Signal(bool)
    layout = Signal(str)
    theme = Signal(str)
    scale = Signal(str)
    marks = Signal(tuple)
    formulas = Signal(tuple)


__all__ = ["StateEvents"]
