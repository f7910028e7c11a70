"""Pieces the Train and Depth views share: the list of compared activations, and writing a
picture of a view."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from actviz.fileio import atomic_write_bytes
from actviz.state.training import Spec, spec_label
from actviz.ui.qt import QtCore, QtGui, QtWidgets


def fill_activations(
    lst: QtWidgets.QListWidget, specs: Sequence[Spec], colors: Sequence[str], selected: int, swatch: int = 14
) -> None:
    """The compared activations, each with a ``swatch``-pixel square of its curve colour."""
    # Filled from the state: the list must not write its selection back while it changes.
    with QtCore.QSignalBlocker(lst):
        lst.clear()
    for spec, color in zip(specs, colors):
        item = QtWidgets.QListWidgetItem(spec_label(spec))
        pm = QtGui.QPixmap(swatch, swatch)
        pm.fill(QtGui.QColor(color))
        item.setIcon(QtGui.QIcon(pm))
        lst.addItem(item)
    with QtCore.QSignalBlocker(lst):
        lst.setCurrentRow(selected)


def write_png(widget: QtWidgets.QWidget, path: Path) -> None:
    """A picture of ``widget`` as PNG, rendered in memory and written atomically."""
    buf = QtCore.QBuffer()
    buf.open(QtCore.QIODevice.OpenModeFlag.WriteOnly)
    if not widget.grab().save(buf, "PNG"):
        raise OSError(f"could not render {path.name}")
    atomic_write_bytes(path, bytes(buf.data().data()))


def write_picture(widget: QtWidgets.QWidget, path: Path) -> Path:
    """A picture of ``widget``: SVG (vector) for a .svg name, else PNG; written atomically."""
    if path.suffix.lower() != ".svg":
        if path.suffix.lower() != ".png":
            path = path.with_name(path.name + ".png")
        write_png(widget, path)
        return path
    from PySide6.QtSvg import QSvgGenerator

    buf = QtCore.QBuffer()
    buf.open(QtCore.QIODevice.OpenModeFlag.WriteOnly)
    gen = QSvgGenerator()
    gen.setOutputDevice(buf)
    gen.setSize(widget.size())
    gen.setViewBox(widget.rect())
    gen.setResolution(round(QtGui.QPicture().logicalDpiX()))  # QPictures replay at screen dpi
    painter = QtGui.QPainter()
    if not painter.begin(gen):
        raise OSError(f"cannot write {path}: the SVG could not be drawn")
    try:
        widget.render(painter, QtCore.QPoint())
    finally:
        painter.end()
    data = bytes(buf.data().data())
    if not data.rstrip().endswith(b"</svg>"):
        raise OSError(f"cannot write {path}: the SVG came out incomplete")
    atomic_write_bytes(path, data)
    return path


__all__ = ["fill_activations", "write_picture", "write_png"]
