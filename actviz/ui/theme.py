"""Colours and sizes. Okabe–Ito colours stay distinguishable with the common colour-vision
deficiencies and on a washed-out projector; lines are thick enough to read from the back."""

# f, f′, f″ of the live function
CURVE_COLORS = ("#0072B2", "#D55E00", "#009E73")
CURVE_NAMES = ("f(x)", "f′(x)", "f″(x)")
# pinned overlays, one slot each (no yellow: it vanishes on white)
OVERLAY_COLORS = ("#E69F00", "#56B4E9", "#CC79A7", "#000000", "#8C510A", "#01665E", "#762A83", "#999999")
LINE_WIDTH = 3.5
OVERLAY_WIDTH = 2.5
KINK_DOT_SIZE = 12
AXIS_COLOR = "#333333"
GRID_COLOR = (0, 0, 0, 40)
