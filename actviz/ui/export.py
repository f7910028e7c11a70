"""Pictures of a view's plots, for every view's export: PNG as on screen or at a chosen size,
and SVG that lines up with the PNG.

A picture holds only the plots it is given (no side panel, no crosshair, no hover readout).
At a chosen size the plots are laid out again for that shape and drawn larger: text, lines and
markers grow with the picture, so a 3840×2160 export is the same figure, sharper, not a small
plot in a large canvas.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from actviz.fileio import FileError, atomic_write_bytes
from actviz.ui.qt import QtCore, QtGui, QtWidgets

SIZES: tuple[tuple[int, int] | None, ...] = (None, (1920, 1080), (3840, 2160))
"""The picture sizes offered: as on screen, full HD, 4K."""

# Instance attributes where pyqtgraph items keep the pens they draw with.
_PEN_ATTRS = ("pen", "currentPen", "_pen", "_tickPen")
_PEN_OPTS = ("pen", "shadowPen")


def size_label(size: tuple[int, int] | None) -> str:
    return "screen" if size is None else f"{size[0]}x{size[1]}"


def parse_size(text: str) -> tuple[int, int] | None:
    """'screen', '1920x1080' or '3840x2160' (also with ×); anything else is refused in one line."""
    t = text.strip().lower().replace("×", "x")
    for size in SIZES:
        if t == size_label(size):
            return size
    raise ValueError(f"picture size must be one of {', '.join(size_label(s) for s in SIZES)}, got {text!r}")


def _wider(pen: QtGui.QPen, k: float) -> QtGui.QPen:
    out = QtGui.QPen(pen)
    out.setWidthF(max(pen.widthF(), 1.0) * k)
    return out


def _scene_items(views: Sequence[QtWidgets.QGraphicsView]) -> list[QtWidgets.QGraphicsItem]:
    seen: dict[int, QtWidgets.QGraphicsItem] = {}
    for view in views:
        scene = view.scene()
        if scene is not None:
            for item in scene.items():
                seen.setdefault(id(item), item)
    return list(seen.values())


def _refresh(item: QtWidgets.QGraphicsItem) -> None:
    if "picture" in vars(item):  # axes and grids draw from a cached QPicture of their pens
        item.picture = None  # type: ignore[attr-defined]  # pyqtgraph's cache, not Qt's
    item.update()


@contextlib.contextmanager
def export_mode(
    views: Sequence[QtWidgets.QGraphicsView], scale: float = 1.0, hide: Iterable[QtWidgets.QGraphicsItem] = ()
) -> Iterator[None]:
    """While drawing a picture: ``hide`` (crosshair, hover marks) out of sight, no pixmap caches
    (they would be drawn as blurred images), and, at ``scale`` > 1, pens and markers widened in
    step with the text (pyqtgraph's pens are cosmetic: a painter's scale leaves them thin)."""
    hidden = [item for item in hide if item.isVisible()]
    items = _scene_items(views)
    caches = [(item, item.cacheMode()) for item in items]
    pens: list[tuple[object, str, QtGui.QPen, bool]] = []  # (owner, name, pen, in opts)
    fixed = QtWidgets.QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations
    # Legends keep their screen size whatever the zoom: in a larger picture they must grow too.
    unpinned = [item for item in items if item.flags() & fixed] if scale != 1.0 else []
    try:
        for item in hidden:
            item.hide()
        for item in unpinned:
            item.setFlag(fixed, False)
        for item, _mode in caches:
            item.setCacheMode(QtWidgets.QGraphicsItem.CacheMode.NoCache)
        for item in items:
            set_mode = getattr(item, "setExportMode", None)
            if callable(set_mode):
                set_mode(True, {"antialias": True, "resolutionScale": scale})
            if scale == 1.0:
                continue
            attrs = vars(item) if hasattr(item, "__dict__") else {}
            opts = attrs.get("opts")
            if isinstance(opts, dict):
                for key in _PEN_OPTS:
                    pen = opts.get(key)
                    if isinstance(pen, QtGui.QPen) and pen.isCosmetic() and pen.style() != QtCore.Qt.PenStyle.NoPen:
                        pens.append((opts, key, pen, True))
                        opts[key] = _wider(pen, scale)
            for key in _PEN_ATTRS:
                pen = attrs.get(key)
                if isinstance(pen, QtGui.QPen) and pen.isCosmetic() and pen.style() != QtCore.Qt.PenStyle.NoPen:
                    pens.append((item, key, pen, False))
                    setattr(item, key, _wider(pen, scale))
            _refresh(item)
        yield
    finally:
        for owner, key, pen, in_opts in pens:
            if in_opts:
                owner[key] = pen  # type: ignore[index]
            else:
                setattr(owner, key, pen)
        for item in items:
            set_mode = getattr(item, "setExportMode", None)
            if callable(set_mode):
                set_mode(False)
            _refresh(item)
        for item, mode in caches:
            item.setCacheMode(mode)
        for item in unpinned:
            item.setFlag(fixed, True)
        for item in hidden:
            item.show()


def _union(views: Sequence[QtWidgets.QWidget]) -> tuple[QtWidgets.QWidget, QtCore.QRect]:
    top = views[0].window()
    rect = QtCore.QRect()
    for v in views:
        rect = rect.united(QtCore.QRect(v.mapTo(top, QtCore.QPoint(0, 0)), v.size()))
    return top, rect


def _background(views: Sequence[QtWidgets.QGraphicsView]) -> QtGui.QColor:
    brush = views[0].backgroundBrush()
    if brush.style() != QtCore.Qt.BrushStyle.NoBrush:
        return brush.color()
    return views[0].palette().color(QtGui.QPalette.ColorRole.Base)


@contextlib.contextmanager
def _laid_out(views: Sequence[QtWidgets.QGraphicsView], sx: float, sy: float) -> Iterator[list[QtCore.QRectF]]:
    """Each plot stretched by (sx, sy) about the figure's corner for the picture, then put back
    as it was; yields each plot's rect in the stretched figure."""
    top, union = _union(views)
    rects = []
    old = [v.size() for v in views]
    try:
        for v in views:
            pos = v.mapTo(top, QtCore.QPoint(0, 0)) - union.topLeft()
            x0, y0 = round(pos.x() * sx), round(pos.y() * sy)
            x1, y1 = round((pos.x() + v.width()) * sx), round((pos.y() + v.height()) * sy)
            rects.append(QtCore.QRectF(x0, y0, x1 - x0, y1 - y0))
            if (sx, sy) != (1.0, 1.0):
                v.resize(x1 - x0, y1 - y0)  # the plot lays itself out again for the new shape
        yield rects
    finally:
        for v, size in zip(views, old):
            if v.size() != size:
                v.resize(size)


def _draw(
    painter: QtGui.QPainter,
    views: Sequence[QtWidgets.QGraphicsView],
    rects: Sequence[QtCore.QRectF],
    scale: float,
) -> None:
    for v, r in zip(views, rects):
        painter.save()
        painter.translate(r.topLeft() * scale)
        painter.scale(scale, scale)
        # Each plot draws its own scene at its place: a plain widget would paint plots as images.
        v.render(painter, QtCore.QRectF(0, 0, r.width(), r.height()), v.viewport().rect())
        painter.restore()


def render_image(
    views: Sequence[QtWidgets.QGraphicsView],
    size: tuple[int, int] | None = None,
    hide: Iterable[QtWidgets.QGraphicsItem] = (),
) -> QtGui.QImage:
    """The plots ``views`` as one picture: as on screen (``size`` None), or exactly ``size``
    pixels with the plots laid out again for that shape and everything drawn larger in step."""
    _top, union = _union(views)
    if union.isEmpty():
        raise FileError("the plots have no size yet: show the view first")
    if size is None:
        scale = views[0].devicePixelRatioF() or 1.0
        out_w, out_h = round(union.width() * scale), round(union.height() * scale)
        sx = sy = 1.0
    else:
        out_w, out_h = size
        # The figure grows to the picture's shape, never smaller than on screen, so its text
        # keeps the proportion the room sees.
        scale = min(out_w / union.width(), out_h / union.height())
        sx, sy = out_w / scale / union.width(), out_h / scale / union.height()
    image = QtGui.QImage(out_w, out_h, QtGui.QImage.Format.Format_ARGB32)
    image.fill(_background(views))
    with export_mode(views, scale, hide), _laid_out(views, sx, sy) as rects:
        painter = QtGui.QPainter(image)
        try:
            painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, True)
            painter.setRenderHint(QtGui.QPainter.RenderHint.TextAntialiasing, True)
            _draw(painter, views, rects, scale)
        finally:
            painter.end()
    return image


def svg_bytes(
    views: Sequence[QtWidgets.QGraphicsView], title: str = "", hide: Iterable[QtWidgets.QGraphicsItem] = ()
) -> bytes:
    """The plots as SVG, the size of the PNG as on screen and lined up with it in any viewer."""
    from PySide6.QtSvg import QSvgGenerator

    _top, union = _union(views)
    buf = QtCore.QBuffer()
    buf.open(QtCore.QIODevice.OpenModeFlag.WriteOnly)
    # SVG 1.1, not Tiny: Tiny has no clipping, and every plot's items would spill out of it.
    gen = QSvgGenerator(QSvgGenerator.SvgVersion.Svg11)
    gen.setOutputDevice(buf)
    # Axes and grids replay QPictures recorded at the screen's dpi; at the generator's default
    # 72 dpi Qt shrinks them by 72/96 and they no longer meet the curves.
    gen.setResolution(round(QtGui.QPicture().logicalDpiX()))
    gen.setSize(union.size())
    gen.setViewBox(QtCore.QRect(QtCore.QPoint(0, 0), union.size()))
    if title:
        gen.setTitle(title)
    painter = QtGui.QPainter()
    with export_mode(views, 1.0, hide), _laid_out(views, 1.0, 1.0) as rects:
        if not painter.begin(gen):
            raise FileError("the SVG could not be drawn")
        try:
            painter.fillRect(QtCore.QRectF(0, 0, union.width(), union.height()), _background(views))
            _draw(painter, views, rects, 1.0)
        finally:
            painter.end()
    data = bytes(buf.data().data())
    if not data.rstrip().endswith(b"</svg>"):
        raise FileError("the SVG came out incomplete")
    # Size in pixels, not millimetres: viewers convert mm at 90 or 96 dpi and disagree.
    w, h = union.width(), union.height()
    data = re.sub(rb'width="[^"]*mm" height="[^"]*mm"', f'width="{w}px" height="{h}px"'.encode(), data, count=1)
    # An item with nothing to draw yet (a line before its data arrive) comes out as a path with
    # no data, which viewers reject with a warning: it draws nothing, so it goes.
    return re.sub(rb'<path\b[^>]*\sd=""[^>]*/>\s*', b"", data)


def encode(image: QtGui.QImage, fmt: str = "PNG") -> bytes:
    buf = QtCore.QBuffer()
    buf.open(QtCore.QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buf, fmt):  # type: ignore[call-overload]  # takes str; the stub says bytes
        raise FileError(f"could not encode the picture as {fmt}")
    return bytes(buf.data().data())


def write_picture(
    path: str | Path,
    views: Sequence[QtWidgets.QGraphicsView],
    size: tuple[int, int] | None = None,
    title: str = "",
    hide: Iterable[QtWidgets.QGraphicsItem] = (),
) -> Path:
    """The plots as SVG for a .svg name, else PNG (a name without a suffix gets .png; other
    image types Qt writes, such as .jpg, work); drawn in memory, then written atomically."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".svg":
        try:
            data = svg_bytes(views, title, hide)
        except FileError as e:
            raise FileError(f"cannot write {path}: {e}") from None
    else:
        if not suffix:
            path = path.with_name(path.name + ".png")
            suffix = ".png"
        fmt = suffix.lstrip(".").upper()
        writable = {
            bytes(f.data()).decode("ascii", "replace").upper() for f in QtGui.QImageWriter.supportedImageFormats()
        }
        if fmt not in writable:
            raise FileError(f"cannot write {path}: unknown image type {suffix!r}; use .png or .svg")
        data = encode(render_image(views, size, hide), fmt)
    atomic_write_bytes(path, data)
    return path


__all__ = ["SIZES", "encode", "export_mode", "parse_size", "render_image", "size_label", "svg_bytes", "write_picture"]
