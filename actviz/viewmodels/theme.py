"""Colours and sizes. Okabe–Ito colours stay distinguishable with the common colour-vision
deficiencies and on a washed-out projector; lines are thick enough to read from the back.

Qt-free: a :class:`Look` per theme holds every colour of the window, and :func:`factors`
turns the projector scale (and presentation mode) into the factors that fonts and lines are
multiplied by. The module constants below are the light look, the default.
"""

from __future__ import annotations

from dataclasses import dataclass

# f, f′, f″ of the live function
CURVE_COLORS = ("#0072B2", "#D55E00", "#009E73")
CURVE_NAMES = ("f(x)", "f′(x)", "f″(x)")
# pinned overlays, one slot each, most distinct from the live curves' blue, vermillion and
# green first (no yellow: it vanishes on white)
OVERLAY_COLORS = ("#000000", "#CC79A7", "#762A83", "#8C510A", "#E69F00", "#01665E", "#999999", "#56B4E9")
LINE_WIDTH = 3.5
OVERLAY_WIDTH = LINE_WIDTH  # as thick as the live curve: a pin must read from the back row too
KINK_DOT_SIZE = 12
AXIS_COLOR = "#333333"
GRID_COLOR = (0, 0, 0, 40)

RGBA = tuple[int, int, int, int]

# Projector scale: every font and line is multiplied by this. "huge" doubles everything: 24 pt
# tick labels and 7 px curves read from the back of a large lecture hall on a 1080p projector.
SCALE_FACTORS = {"normal": 1.0, "large": 1.5, "huge": 2.0}
# Presentation mode (plot alone, full screen) makes text a further half as large again, at
# most half a step over the scale, so that every step of the scale still grows the text
# (normal 1.5, large 2, huge 2.5) and the plot keeps most of the screen.
PRESENTATION_TEXT = 1.5
PRESENTATION_EXTRA = 0.5


@dataclass(frozen=True)
class Factors:
    """What fonts (``text``) and pens and markers (``line``) are multiplied by."""

    text: float = 1.0
    line: float = 1.0


def factors(scale: str, presenting: bool = False) -> Factors:
    """The factors for a projector scale; presentation mode enlarges text (not lines) further."""
    f = SCALE_FACTORS[scale]
    text = min(f * PRESENTATION_TEXT, f + PRESENTATION_EXTRA) if presenting else f
    return Factors(text=text, line=f)


@dataclass(frozen=True)
class Look:
    """Every colour of one theme. Colours are ``#RRGGBB`` strings or RGBA tuples."""

    name: str
    dark: bool
    background: str  # plot background
    foreground: str  # plot text: tick labels, titles
    axis: str  # axis lines and ticks
    grid: RGBA
    curves: tuple[str, str, str]  # f, f′, f″
    overlays: tuple[str, ...]  # the pins' colours, slot by slot
    legend_brush: RGBA
    legend_pen: RGBA
    crosshair: RGBA
    dot_hollow: str  # inside of a hollow kink dot
    ghost_alpha: int  # trace copies: the f colour at this alpha
    muted: str  # hints
    note: str  # secondary text: references under the formulas, notes
    message_fg: str
    message_bg: str
    message_border: str
    # The Qt widget palette: role name -> colour; empty keeps the platform's own (light).
    palette: tuple[tuple[str, str], ...] = ()

    def overlay(self, slot: int) -> str:
        return self.overlays[slot % len(self.overlays)]


LIGHT = Look(
    name="light",
    dark=False,
    background="#FFFFFF",
    foreground="#000000",
    axis=AXIS_COLOR,
    grid=GRID_COLOR,
    curves=CURVE_COLORS,
    overlays=OVERLAY_COLORS,
    legend_brush=(255, 255, 255, 170),
    legend_pen=(150, 150, 150, 200),
    crosshair=(80, 80, 80, 160),
    dot_hollow="#FFFFFF",
    ghost_alpha=80,
    muted="#777777",
    note="#555555",
    message_fg="#7A0010",
    message_bg="#FDECEE",
    message_border="#E8A0A8",
)

# Dark: lighter members of the same families for the live curves (sky blue, orange, green);
# pins in white, yellow, pink, lavender, red, grey, tan and indigo, each at least 4.5:1
# against the background.
DARK = Look(
    name="dark",
    dark=True,
    background="#17191E",
    foreground="#E8E8E8",
    axis="#C8C8C8",
    grid=(255, 255, 255, 48),
    curves=("#56B4E9", "#E69F00", "#3DD68C"),
    overlays=("#FFFFFF", "#F0E442", "#FF7EB6", "#B39DDB", "#FF5A4E", "#A0A0A0", "#C8A27A", "#5C7CFA"),
    legend_brush=(30, 32, 38, 200),
    legend_pen=(140, 140, 150, 200),
    crosshair=(200, 200, 200, 170),
    dot_hollow="#17191E",
    ghost_alpha=90,
    muted="#9A9A9A",
    note="#B4B4B4",
    message_fg="#FFD7DC",
    message_bg="#5A1620",
    message_border="#B04A58",
    palette=(
        ("Window", "#23262C"),
        ("WindowText", "#E8E8E8"),
        ("Base", "#1B1D22"),
        ("AlternateBase", "#2A2D34"),
        ("Text", "#E8E8E8"),
        ("Button", "#2E3138"),
        ("ButtonText", "#E8E8E8"),
        ("BrightText", "#FFFFFF"),
        ("Highlight", "#3D7DCA"),
        ("HighlightedText", "#FFFFFF"),
        ("ToolTipBase", "#2E3138"),
        ("ToolTipText", "#E8E8E8"),
        ("Link", "#7CC4F5"),
        ("LinkVisited", "#C9A2F0"),
        ("PlaceholderText", "#9A9A9A"),
        ("Light", "#3A3E46"),
        ("Midlight", "#33363D"),
        ("Mid", "#24272D"),
        ("Dark", "#121317"),
        ("Shadow", "#000000"),
        ("Disabled:WindowText", "#7A7A7A"),
        ("Disabled:Text", "#7A7A7A"),
        ("Disabled:ButtonText", "#7A7A7A"),
    ),
)

# High contrast on white: black text and axes, darker curves (every colour at least 4.5:1 on
# white), a stronger grid and message bar; for washed-out projectors and bright rooms.
CONTRAST = Look(
    name="contrast",
    dark=False,
    background="#FFFFFF",
    foreground="#000000",
    axis="#000000",
    grid=(0, 0, 0, 80),
    curves=("#0050A0", "#B83A00", "#00704A"),
    overlays=("#000000", "#B0006E", "#5E2590", "#7A4100", "#5C6600", "#00717F", "#5F5F5F", "#E0115F"),
    legend_brush=(255, 255, 255, 225),
    legend_pen=(0, 0, 0, 255),
    crosshair=(0, 0, 0, 200),
    dot_hollow="#FFFFFF",
    ghost_alpha=110,
    muted="#3A3A3A",
    note="#222222",
    message_fg="#FFFFFF",
    message_bg="#A0001A",
    message_border="#000000",
    palette=(
        ("Window", "#FFFFFF"),
        ("WindowText", "#000000"),
        ("Base", "#FFFFFF"),
        ("AlternateBase", "#EDEDED"),
        ("Text", "#000000"),
        ("Button", "#F2F2F2"),
        ("ButtonText", "#000000"),
        ("Highlight", "#0050A0"),
        ("HighlightedText", "#FFFFFF"),
        ("ToolTipBase", "#FFFFFF"),
        ("ToolTipText", "#000000"),
        ("Link", "#0040A0"),
        ("PlaceholderText", "#3A3A3A"),
        ("Light", "#FFFFFF"),
        ("Midlight", "#D0D0D0"),
        ("Mid", "#808080"),
        ("Dark", "#000000"),
        ("Shadow", "#000000"),
        ("Disabled:WindowText", "#595959"),
        ("Disabled:Text", "#595959"),
        ("Disabled:ButtonText", "#595959"),
    ),
)

LOOKS = {look.name: look for look in (LIGHT, DARK, CONTRAST)}


def look(theme: str) -> Look:
    """The :class:`Look` of a theme name (``light``, ``dark`` or ``contrast``)."""
    return LOOKS[theme]


def rgb(color: str) -> tuple[int, int, int]:
    """``#RRGGBB`` → (r, g, b)."""
    h = color.lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


def luminance(color: str) -> float:
    """Relative luminance (WCAG) of ``#RRGGBB``."""

    def lin(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (lin(v / 255) for v in rgb(color))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: str, b: str) -> float:
    """WCAG contrast ratio of two colours, 1 to 21."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)
