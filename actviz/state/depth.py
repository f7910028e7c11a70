"""What the Depth view shows: a deep network at initialisation, as one validated source of truth.

No Qt. Setters validate and raise ``ValueError`` with a message fit for a user; events fire only
on a real change.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from psygnal import Signal, SignalGroup

from actviz.core.setups import BIAS_VAR_RANGE, DEPTH_PRESETS
from actviz.core.setups import DEPTH_INITS as INITS
from actviz.state.fields import Field, apply_each
from actviz.state.texts import QT_TRANSLATE_NOOP, RefusalError
from actviz.state.training import Spec, _number, activation_spec
from actviz.state.training import _integer as _whole

MAX_COMPARED = 8
# The lecture's five pictures, one key each: what sigmoid does to a deep network, what a good
# initialisation does for tanh and ReLU, what a bad one does to ReLU, and why ResNets train.
# The core defines them (DEPTH_PRESETS); here they are the settings a preset applies.
PRESETS: dict[str, dict[str, Any]] = {
    name: {
        "activations": [(fid, dict(params)) for fid, params in c.activations],
        "depth": c.depth,
        "init": c.init,
        "residual": c.residual,
        "bias_var": c.bias_var,
    }
    for name, c in DEPTH_PRESETS.items()
}
PRESET_TITLES = {
    "sigmoid_xavier": "Sigmoid, 30 layers, Xavier: the gradient vanishes",
    "tanh_xavier": "Tanh, 30 layers, Xavier: it holds",
    "relu_he": "ReLU, 30 layers, He: it holds (some units dead)",
    "relu_xavier": "ReLU, 30 layers, Xavier: it fades",
    "sigmoid_residual": "Sigmoid with residual connections: it holds",
}


class DepthEvents(SignalGroup):
    activations = Signal(list)
    depth = Signal(int)
    width = Signal(int)
    init = Signal(str)
    scale = Signal(float)
    residual = Signal(bool)
    seeds = Signal(int)
    bias_var = Signal(float)
    selected = Signal(int)


def _init(_: Any, name: Any) -> str:
    if name not in INITS:
        raise RefusalError(
            QT_TRANSLATE_NOOP("State", "initialisation must be one of {allowed}, got {name!r}"),
            allowed=", ".join(INITS),
            name=name,
        )
    return str(name)


def _bias_var(_: Any, value: Any) -> float:
    return _number(value, QT_TRANSLATE_NOOP("State", "bias variance"), *BIAS_VAR_RANGE)


def _scale(_: Any, value: Any) -> float:
    try:
        v = float(value)
    except (TypeError, ValueError):
        raise RefusalError(
            QT_TRANSLATE_NOOP("State", "weight scale must be a number in [0.1, 10], got {value!r}"), value=value
        ) from None
    if math.isnan(v) or not 0.1 <= v <= 10.0:
        raise RefusalError(QT_TRANSLATE_NOOP("State", "weight scale must be a number in [0.1, 10], got {v:g}"), v=v)
    return v


class DepthState:
    """The Depth view's set-up. The default compares sigmoid, tanh and ReLU at 30 layers of 64.

    Each :class:`~actviz.state.fields.Field` is a value with its check and its event
    (``events.<name>``), its ``set_<name>`` declared beside it; the activations, whose change
    may reset the selected one, keep a written setter.
    """

    depth = Field(30, lambda _, v: _whole(v, QT_TRANSLATE_NOOP("State", "depth"), 1, 100))
    set_depth = depth.set_method("value")
    width = Field(64, lambda _, v: _whole(v, QT_TRANSLATE_NOOP("State", "width"), 2, 512))
    set_width = width.set_method("value")
    init = Field("xavier", _init)
    set_init = init.set_method("name")
    scale = Field(1.0, _scale)
    set_scale = scale.set_method("value")
    residual = Field(False, lambda _, on: bool(on))
    set_residual = residual.set_method("on")
    bias_var = Field(0.0, _bias_var, doc="σ_b²: the variance the biases are drawn with (0: all biases 0).")
    set_bias_var = bias_var.set_method("value")
    seeds = Field(3, lambda _, v: _whole(v, QT_TRANSLATE_NOOP("State", "seeds"), 1, 20))
    set_seeds = seeds.set_method("value")
    selected = Field(
        0, lambda s, v: _whole(v, QT_TRANSLATE_NOOP("State", "selected activation"), 0, len(s._activations) - 1)
    )
    set_selected = selected.set_method("index")

    def __init__(self) -> None:
        self.events = DepthEvents()
        self._activations: list[Spec] = [activation_spec(f) for f in ("sigmoid", "tanh", "relu")]

    @property
    def activations(self) -> list[Spec]:
        return list(self._activations)

    def set_activations(self, specs: Iterable[tuple[str, Mapping[str, Any] | Iterable[tuple[str, Any]]]]) -> None:
        out: list[Spec] = []
        for fid, params in specs:
            spec = activation_spec(fid, dict(params))
            if spec not in out:  # the current function may already be one of the defaults
                out.append(spec)
        if not 1 <= len(out) <= MAX_COMPARED:
            raise RefusalError(
                QT_TRANSLATE_NOOP("State", "compare 1 to {MAX_COMPARED} activations, got {count}"),
                MAX_COMPARED=MAX_COMPARED,
                count=len(out),
            )
        if out == self._activations:
            return
        self._activations = out
        self.events.activations.emit(list(out))
        if self.selected >= len(out):
            DepthState.selected.set(self, 0)

    def add_activation(self, function_id: str, params: Mapping[str, Any] | None = None) -> None:
        spec = activation_spec(function_id, params)
        if spec in self._activations:
            raise RefusalError(
                QT_TRANSLATE_NOOP("State", "{function_id} with these parameters is already compared"),
                function_id=function_id,
            )
        self.set_activations([*self._activations, (function_id, dict(params or {}))])

    def remove_activation(self, index: int) -> None:
        if not 0 <= index < len(self._activations):
            raise RefusalError(
                QT_TRANSLATE_NOOP("State", "no activation number {number} in the comparison"), number=index + 1
            )
        rest = [s for i, s in enumerate(self._activations) if i != index]
        if not rest:
            raise RefusalError(QT_TRANSLATE_NOOP("State", "keep at least one activation"))
        self.set_activations(rest)

    def apply(self, values: Mapping[str, Any]) -> list[str]:
        """Apply several settings (a preset or a saved set-up); returns what was refused."""
        setters: dict[str, Callable[[Any], None]] = {
            "activations": lambda v: self.set_activations([(s[0], dict(s[1])) for s in v]),
            "depth": self.set_depth,
            "width": self.set_width,
            "init": self.set_init,
            "scale": self.set_scale,
            "residual": self.set_residual,
            "seeds": self.set_seeds,
            "bias_var": self.set_bias_var,
            "selected": self.set_selected,
        }
        return apply_each(values, setters, "depth")

    def apply_preset(self, name: str) -> None:
        if name not in PRESETS:
            raise RefusalError(
                QT_TRANSLATE_NOOP("State", "preset must be one of {allowed}, got {name!r}"),
                allowed=", ".join(PRESETS),
                name=name,
            )
        c = DEPTH_PRESETS[name]
        values = dict(PRESETS[name], width=c.width, scale=c.scale)
        problems = self.apply(values)
        assert not problems, problems  # the presets are ours: they must always be valid

    def to_dict(self) -> dict[str, Any]:
        return {
            "activations": [[fid, dict(p)] for fid, p in self._activations],
            "depth": self.depth,
            "width": self.width,
            "init": self.init,
            "scale": self.scale,
            "residual": self.residual,
            "seeds": self.seeds,
            "bias_var": self.bias_var,
            "selected": self.selected,
        }


__all__ = ["INITS", "PRESETS", "PRESET_TITLES", "DepthState"]
