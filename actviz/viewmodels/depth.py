"""The Depth view's model: set-up in, what to draw and write out. No Qt."""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from actviz.core.depth import DepthConfig, DepthResult, Verdict, diagnose, make_inputs
from actviz.core.meanfield import PhaseMap, weight_variance
from actviz.core.network import BatchedMLP, hidden_activation
from actviz.state.depth import DepthState
from actviz.state.texts import QT_TRANSLATE_NOOP, Message, joined
from actviz.state.training import Spec, spec_label

HIST_BINS = 61


def config_from_state(ds: DepthState) -> DepthConfig:
    return DepthConfig(
        activations=tuple((fid, dict(p)) for fid, p in ds.activations),
        depth=ds.depth,
        width=ds.width,
        init=ds.init,
        scale=ds.scale,
        residual=ds.residual,
        seeds=tuple(range(ds.seeds)),
        bias_var=ds.bias_var,
    )


def cost(ds: DepthState) -> float:
    """Rough work of one recomputation, in multiply-adds (batch 256 forward and backward)."""
    return 3.0 * len(ds.activations) * ds.seeds * ds.depth * ds.width * ds.width * 256


THEORY_LEGEND = QT_TRANSLATE_NOOP("DepthView", "dots: ‖∂L/∂h‖ measured · dashed: its mean-field theory")
"""What the dots and the dashed line are, in one short phrase (the legend)."""

GRADIENT_RANGE = (1e-40, 1e10)
"""The gradient plot's fixed y range: every preset on the same absolute axis, so that ReLU with
Xavier (‖∂L/∂W‖ ~ 1e−9) sits visibly below ReLU with He (~ 1e−1). Smaller values lie on its
floor (a log axis cannot show 0)."""


@dataclass(frozen=True)
class GradientCurve:
    label: str
    layers: np.ndarray  # 1 … depth
    median: np.ndarray  # ‖∂L/∂W‖, median over seeds
    low: np.ndarray
    high: np.ndarray
    back: np.ndarray  # ‖∂L/∂h‖ (the backward signal the theory describes), median over seeds
    theory: np.ndarray  # the mean-field line of ‖∂L/∂h‖ (χ₁ layer by layer), anchored at the last layer


def gradient_curves(result: DepthResult, specs: Sequence[Spec]) -> list[GradientCurve]:
    """Per activation: the median weight gradient ‖∂L/∂W‖ over seeds with its min–max band, the
    median backward signal ‖∂L/∂h‖, and its mean-field line (q_l layer by layer from the input,
    χ₁(q_l)^{1/2} per layer, or (1 + χ₁)^{1/2} with residual connections) scaled to meet the
    measurement at the last hidden layer. ‖∂L/∂h‖ is the quantity the theory gets right (within
    a few % at width 64); ‖∂L/∂W‖ adds the forward signal and the inputs' correlations."""
    g = result.grad_norm  # (A, S, depth)
    layers = np.arange(1, g.shape[-1] + 1, dtype=np.float64)
    theory = result.theory_backward  # (A, depth), 1 at the last layer
    out = []
    for a, spec in enumerate(specs):
        med = np.median(g[a], axis=0)
        back = np.median(result.back_norm[a], axis=0)
        with np.errstate(invalid="ignore", over="ignore"):
            line = theory[a] * back[-1]  # NaN where the theory's signal dies out at the top (0·inf)
        out.append(GradientCurve(spec_label(spec), layers, med, g[a].min(axis=0), g[a].max(axis=0), back, line))
    return out


@dataclass(frozen=True)
class VarianceCurve:
    """The forward story of one activation: the variance of each layer's outputs."""

    label: str
    layers: np.ndarray  # 1 … depth
    median: np.ndarray  # over seeds
    theory: np.ndarray  # the mean-field variance E[h²] − E[h]², from the input's variance


def variance_curves(result: DepthResult, specs: Sequence[Spec]) -> list[VarianceCurve]:
    """Per activation, the measured activation variance per layer (median over seeds) beside
    the mean-field one."""
    v = result.act_var
    layers = np.arange(1, v.shape[-1] + 1, dtype=np.float64)
    return [
        VarianceCurve(spec_label(spec), layers, np.median(v[a], axis=0), result.mean_field[a].variance)
        for a, spec in enumerate(specs)
    ]


PHASE_LIMIT = 1.0
"""The phase map's colour scale spans log2 χ₁ ∈ [−PHASE_LIMIT, PHASE_LIMIT] (χ₁ from ½ to 2),
centred on χ₁ = 1; beyond, the colour saturates."""

PHASE_LEGEND = QT_TRANSLATE_NOOP(
    "DepthView", "map: χ₁, blue vanishes, red explodes, black line χ₁ = 1, star: this network"
)
"""What the edge-of-chaos map's colours, line and star are (the legend line under the plots)."""


def phase_image(pm: PhaseMap) -> np.ndarray:
    """log2 χ₁ of a map, ``(W, B)``, clipped to ±PHASE_LIMIT (NaN, where the theory has no
    number, counts as the centre)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        img = np.log2(pm.chi1)
    return np.asarray(np.nan_to_num(np.clip(img, -PHASE_LIMIT, PHASE_LIMIT), nan=0.0), dtype=np.float64)


def map_point(ds: DepthState) -> tuple[float, float]:
    """Where the set-up sits on the map: (σ_w², σ_b²)."""
    return weight_variance(ds.init, ds.width, ds.scale), ds.bias_var


def scale_for(ds: DepthState, weight_var: float) -> float:
    """The weight scale that gives σ_w² = ``weight_var`` with the set-up's initialisation,
    clipped to the weight scale's range [0.1, 10] and rounded as the slider rounds."""
    base = weight_variance(ds.init, ds.width, 1.0)
    scale = math.sqrt(max(weight_var, 0.0) / base)
    return round(min(max(scale, 0.1), 10.0), 3)


VERDICT_WORDS = {
    "vanishing": QT_TRANSLATE_NOOP("DepthView", "vanishing"),
    "exploding": QT_TRANSLATE_NOOP("DepthView", "exploding"),
    "healthy": QT_TRANSLATE_NOOP("DepthView", "healthy"),
}
# Why, in words a student reads without a lecture.
_REASONS = {
    ("vanishing", True): QT_TRANSLATE_NOOP("DepthView", "vanishing, uniformly: the forward signal shrinks too"),
    ("vanishing", False): QT_TRANSLATE_NOOP("DepthView", "vanishing: the gradient shrinks on its way down"),
    ("exploding", True): QT_TRANSLATE_NOOP("DepthView", "exploding, uniformly: the forward signal grows too"),
    ("exploding", False): QT_TRANSLATE_NOOP("DepthView", "exploding: the gradient grows on its way down"),
    ("healthy", False): QT_TRANSLATE_NOOP("DepthView", "healthy"),
}


def verdict_text(v: Verdict) -> Message:
    """The verdict with its reason, e.g. ``vanishing, uniformly: the forward signal shrinks too``."""
    return Message(_REASONS.get((v.verdict, v.uniform), _REASONS[("healthy", False)]))


def diagnosis_lines(result: DepthResult, specs: Sequence[Spec]) -> list[Message]:
    """Per activation (the median network over seeds), e.g. ``ReLU: vanishing, uniformly: the
    forward signal shrinks too · per layer ×0.71 (theory ×0.71) · layer 1 gradient 3.7e−10``,
    plus the dead and saturated shares where they matter; messages the view translates."""
    lines = []
    for a, (spec, v) in enumerate(zip(specs, result.verdicts())):
        label = spec_label(spec)
        if v.verdict == "no gradient":
            lines.append(
                Message(QT_TRANSLATE_NOOP("DepthView", "{label}: no gradient reaches the layers"), label=label)
            )
            continue
        dead = 100 * float(np.median(result.dead[a]))
        sat = 100 * float(np.median(result.saturated[a]))
        extra: list[str] = []
        if dead >= 1:
            extra.append(Message(QT_TRANSLATE_NOOP("DepthView", "{percent:.0f} % of units dead"), percent=dead))
        if sat >= 5:
            extra.append(Message(QT_TRANSLATE_NOOP("DepthView", "{percent:.0f} % saturated"), percent=sat))
        args = {
            "label": label,
            "verdict": verdict_text(v),
            "first": v.first_gradient,
        }
        if math.isfinite(v.factor):
            args.update(factor=v.factor, theory=v.theory_factor)
            template = QT_TRANSLATE_NOOP(
                "DepthView",
                "{label}: {verdict} · gradient ×{factor:.2f} per layer (theory ×{theory:.2f}) · layer 1: {first:.1e}",
            )
        else:
            template = QT_TRANSLATE_NOOP("DepthView", "{label}: {verdict} · layer 1 gradient: {first:.1e}")
        if extra:
            lines.append(
                Message(
                    QT_TRANSLATE_NOOP("DepthView", "{line} ({details})"),
                    line=Message(template, **args),
                    details=joined(extra),
                )
            )
        else:
            lines.append(Message(template, **args))
    return lines


def histograms(
    ds: DepthState, index: int, seed: int = 0, bins: int = HIST_BINS, batch: int = 256
) -> tuple[np.ndarray, float]:
    """Per-layer histograms of the selected activation's outputs for one seed: an array
    ``(depth, bins)`` of fractions, and the half-width ``v`` of the value range [−v, v]."""
    fid, params = ds.activations[index]
    act = hidden_activation(fid, dict(params))
    ws, bs = config_from_state(ds).parameters([seed])  # the biases drawn as the statistics draw them
    x = make_inputs(seed, batch, ds.width)[None]
    net = BatchedMLP([act], [w[None] for w in ws], [b[None] for b in bs], output="linear", residual=ds.residual)
    hs = net.forward(x, keep=True).hs[1:]
    values = [np.asarray(h).reshape(-1) for h in hs]
    finite = np.concatenate([v[np.isfinite(v)] for v in values]) if values else np.zeros(1)
    v = float(np.percentile(np.abs(finite), 99.5)) if finite.size else 1.0
    v = max(1.0, min(v, 1e6)) if math.isfinite(v) else 1.0
    edges = np.linspace(-v, v, bins + 1)
    out = np.zeros((len(values), bins))
    for k, vals in enumerate(values):
        counts, _ = np.histogram(np.clip(vals[np.isfinite(vals)], -v, v), bins=edges)
        out[k] = counts / max(vals.size, 1)
    return out, v


_SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def power_of_ten(exponent: float) -> str:
    """A log axis tick at 10**exponent as a power of ten (``10⁻⁸``, ``10⁰``), so that every tick
    reads the same way; ticks between the decades are left unlabelled."""
    n = round(exponent)
    if abs(exponent - n) > 1e-6:
        return ""
    return "10" + str(n).translate(_SUPERSCRIPT)


def layers_csv(result: DepthResult) -> str:
    """One row per (activation, seed, layer) with the CLI's columns; the activation column names
    it as the core does (``sigmoid``, ``leaky_relu(negative_slope=0.2)``), as the study CSV does.
    ``back_norm`` is ‖∂L/∂h‖ of the layer's output; ``theory_factor`` the mean-field factor
    χ₁(q_l)^{1/2} (or (1 + χ₁)^{1/2} with residual connections) by which the gradient grows from
    this layer's output to its input."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(
        [
            "activation",
            "init",
            "seed",
            "layer",
            "grad_norm",
            "act_mean",
            "act_std",
            "saturated_fraction",
            "dead_fraction",
            "back_norm",
            "theory_factor",
        ]
    )
    c = result.config
    for a, label in enumerate(result.labels):
        factor = result.mean_field[a].factor
        for s, seed in enumerate(c.seeds):
            for layer in range(c.depth):
                w.writerow(
                    [
                        label,
                        c.init,
                        seed,
                        layer + 1,
                        repr(float(result.grad_norm[a, s, layer])),
                        repr(float(result.act_mean[a, s, layer])),
                        repr(float(result.act_std[a, s, layer])),
                        repr(float(result.saturated[a, s, layer])),
                        repr(float(result.dead[a, s, layer])),
                        repr(float(result.back_norm[a, s, layer])),
                        repr(float(factor[layer])),
                    ]
                )
    return buf.getvalue()


__all__ = [
    "GRADIENT_RANGE",
    "PHASE_LEGEND",
    "PHASE_LIMIT",
    "THEORY_LEGEND",
    "VERDICT_WORDS",
    "GradientCurve",
    "VarianceCurve",
    "config_from_state",
    "cost",
    "diagnose",
    "diagnosis_lines",
    "gradient_curves",
    "histograms",
    "layers_csv",
    "map_point",
    "phase_image",
    "power_of_ten",
    "scale_for",
    "variance_curves",
    "verdict_text",
]
