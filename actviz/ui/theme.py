"""Colours and sizes. Okabe–Ito colours stay distinguishable with the common colour-vision
deficiencies and on a washed-out projector; lines are thick enough to read from the back."""

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
