"""Where the window goes on the screen: Qt-free, rectangles in and out.

A rectangle is ``(x, y, width, height)`` in pixels; the screen is its available area (without
task bars). A projector at 1024×768 or 1280×720 must show the whole window: the side panel and
the bottom of the plot are never off the screen.
"""

from __future__ import annotations

Rect = tuple[int, int, int, int]
Size = tuple[int, int]

FIRST_SIZE: Size = (1280, 800)
"""The first window's size when the screen has room for it."""
SCREEN_FRACTION = 0.9
"""The first window takes at most this much of the screen in each direction."""


def _fit_size(want: Size, screen: Rect, fraction: float, minimum: Size) -> Size:
    _, _, sw, sh = screen
    w = min(want[0], int(sw * fraction))
    h = min(want[1], int(sh * fraction))
    # The window cannot be smaller than its layout allows; never larger than the screen either.
    w = min(max(w, minimum[0]), sw)
    h = min(max(h, minimum[1]), sh)
    return max(w, 1), max(h, 1)


def first_geometry(screen: Rect, preferred: Size = FIRST_SIZE, minimum: Size = (0, 0)) -> Rect:
    """The first window: ``preferred`` where it fits in 90 % of the screen, smaller where it
    does not (but not below ``minimum``), centred on the screen."""
    sx, sy, sw, sh = screen
    w, h = _fit_size(preferred, screen, SCREEN_FRACTION, minimum)
    return sx + (sw - w) // 2, sy + (sh - h) // 2, w, h


def fit_geometry(rect: Rect, screen: Rect, minimum: Size = (0, 0)) -> Rect:
    """A saved window brought back onto ``screen``: unchanged when it lies wholly on it; moved
    onto it when it hangs off an edge; shrunk to 90 % of the screen and centred when it is
    larger than the screen (a session saved on a bigger monitor)."""
    x, y, w, h = rect
    sx, sy, sw, sh = screen
    if w > sw or h > sh:
        w, h = _fit_size((w, h), screen, SCREEN_FRACTION, minimum)
        return sx + (sw - w) // 2, sy + (sh - h) // 2, w, h
    x = min(max(x, sx), sx + sw - w)
    y = min(max(y, sy), sy + sh - h)
    return x, y, w, h


def screen_for(rect: Rect, screens: list[Rect]) -> int:
    """The index of the screen that holds most of ``rect`` (the first screen if none does)."""

    def overlap(s: Rect) -> int:
        x0, y0 = max(rect[0], s[0]), max(rect[1], s[1])
        x1, y1 = min(rect[0] + rect[2], s[0] + s[2]), min(rect[1] + rect[3], s[1] + s[3])
        return max(x1 - x0, 0) * max(y1 - y0, 0)

    areas = [overlap(s) for s in screens]
    return max(range(len(screens)), key=lambda i: areas[i]) if screens and max(areas) > 0 else 0


__all__ = ["FIRST_SIZE", "SCREEN_FRACTION", "first_geometry", "fit_geometry", "screen_for"]
