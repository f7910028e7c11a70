"""Read what a person sees: grab a widget's pixels and look at places whose colour is known.

Data coordinates are mapped to pixels through the plot's own ViewBox, so a check follows the
plot wherever the layout puts it. Every helper works on a grabbed ``QImage`` of the top-level
window (the projector shows the window, not one widget).
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from actviz.ui.qt import QtCore, QtGui, QtWidgets, pg


def grab(widget: QtWidgets.QWidget) -> QtGui.QImage:
    """The widget's window as rendered now, in device pixels (ARGB32)."""
    QtWidgets.QApplication.processEvents()
    win = widget.window()
    return win.grab().toImage().convertToFormat(QtGui.QImage.Format.Format_ARGB32)


def to_array(image: QtGui.QImage) -> np.ndarray:
    """An (h, w, 3) uint8 RGB copy of ``image``."""
    image = image.convertToFormat(QtGui.QImage.Format.Format_RGB888)
    w, h, bpl = image.width(), image.height(), image.bytesPerLine()
    buf = np.frombuffer(image.constBits(), dtype=np.uint8, count=h * bpl).reshape(h, bpl)
    return buf[:, : 3 * w].reshape(h, w, 3).copy()


def window_point(item: pg.GraphicsItem | pg.ViewBox, x: float, y: float, window: QtWidgets.QWidget) -> QtCore.QPoint:
    """Data point (x, y) of ``item``'s ViewBox as a pixel of ``window`` (logical pixels)."""
    vb = item if isinstance(item, pg.ViewBox) else item.getViewBox()
    scene_pt = vb.mapViewToScene(QtCore.QPointF(x, y))
    view = vb.scene().views()[0]
    return view.mapTo(window, view.mapFromScene(scene_pt))


def rect_in_window(item: QtWidgets.QGraphicsItem, window: QtWidgets.QWidget) -> QtCore.QRect:
    """The scene bounding rect of a graphics item, in ``window`` pixels."""
    view = item.scene().views()[0]
    poly = view.mapFromScene(item.sceneBoundingRect())
    r = poly.boundingRect()
    return QtCore.QRect(view.mapTo(window, r.topLeft()), r.size())


def widget_rect(widget: QtWidgets.QWidget, window: QtWidgets.QWidget) -> QtCore.QRect:
    """A child widget's rect in ``window`` pixels."""
    return QtCore.QRect(widget.mapTo(window, QtCore.QPoint(0, 0)), widget.size())


def color_at(image: QtGui.QImage, pt: QtCore.QPoint, window: QtWidgets.QWidget | None = None) -> np.ndarray:
    """Median RGB of the 3×3 device pixels around logical point ``pt``."""
    dpr = image.devicePixelRatio() or 1.0
    arr = to_array(image)
    cx, cy = round(pt.x() * dpr), round(pt.y() * dpr)
    patch = arr[max(cy - 1, 0) : cy + 2, max(cx - 1, 0) : cx + 2].reshape(-1, 3)
    return np.median(patch, axis=0)


def distance(a: Iterable[float], b: Iterable[float]) -> float:
    """Euclidean RGB distance (0 … 441)."""
    return float(np.linalg.norm(np.asarray(a, float) - np.asarray(b, float)))


def hex_rgb(color: str | QtGui.QColor) -> np.ndarray:
    c = QtGui.QColor(color)
    return np.array([c.red(), c.green(), c.blue()], float)


def count_near(image: QtGui.QImage, rect: QtCore.QRect, color, tol: float = 40.0) -> int:
    """How many device pixels inside logical ``rect`` are within ``tol`` of ``color``."""
    dpr = image.devicePixelRatio() or 1.0
    arr = to_array(image)
    x0, y0 = max(round(rect.left() * dpr), 0), max(round(rect.top() * dpr), 0)
    x1, y1 = round((rect.right() + 1) * dpr), round((rect.bottom() + 1) * dpr)
    patch = arr[y0:y1, x0:x1].reshape(-1, 3).astype(float)
    if patch.size == 0:
        return 0
    return int(
        (
            np.linalg.norm(
                patch - hex_rgb(color) if isinstance(color, str) else patch - np.asarray(color, float), axis=1
            )
            <= tol
        ).sum()
    )


def overlapping(rects: list[tuple[str, QtCore.QRect]]) -> list[tuple[str, str]]:
    """Pairs of named rects that intersect (by at least one pixel in each direction)."""
    bad = []
    for i, (na, a) in enumerate(rects):
        for nb, b in rects[i + 1 :]:
            inter = a.intersected(b)
            if inter.width() > 1 and inter.height() > 1:
                bad.append((na, nb))
    return bad


def visible_text_items(root: QtWidgets.QGraphicsItem | pg.PlotItem) -> list[QtWidgets.QGraphicsItem]:
    """Every visible text-bearing graphics item below ``root`` (labels, text items)."""
    out = []
    stack = [root]
    while stack:
        it = stack.pop()
        if not it.isVisible():
            continue
        if (
            isinstance(it, QtWidgets.QGraphicsTextItem | QtWidgets.QGraphicsSimpleTextItem)
            and it.boundingRect().width() > 0
        ):
            out.append(it)
        stack.extend(it.childItems())
    return out
