"""The Train view's Playground controls: input-feature toggles, + and − for layers and neurons,
the speed control, and the race's small multiples (one map per network). Widgets only: each
reports what the user asked for through a callback; the view writes it to the state or the
session and tells the widget what is now true."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from actviz.core.datasets import FEATURES
from actviz.core.setups import MAX_LAYERS, MAX_NEURONS
from actviz.core.training import GRID_EXTENT
from actviz.ui.look import FONT_FACTOR
from actviz.ui.qt import QtCore, QtGui, QtWidgets, pg
from actviz.viewmodels.train import FEATURE_LABELS


class FeatureToggles(QtWidgets.QWidget):
    """One checkable button per input feature (x₁, x₂, x₁², x₂², x₁x₂, sin x₁, sin x₂)."""

    def __init__(self, on_toggle: Callable[[str, bool], None]) -> None:
        super().__init__()
        self.setObjectName("trainFeatures")
        lay = QtWidgets.QGridLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(3)
        self.buttons: dict[str, QtWidgets.QToolButton] = {}
        for i, name in enumerate(FEATURES):
            b = QtWidgets.QToolButton()
            b.setObjectName(f"trainFeature.{name}")
            b.setText(FEATURE_LABELS[name])
            b.setCheckable(True)
            b.setSizePolicy(QtWidgets.QSizePolicy.Policy.Expanding, QtWidgets.QSizePolicy.Policy.Fixed)
            b.toggled.connect(lambda on, n=name: on_toggle(n, on))
            lay.addWidget(b, i // 4, i % 4)
            self.buttons[name] = b

    def set_features(self, features: Sequence[str]) -> None:
        for name, b in self.buttons.items():
            with QtCore.QSignalBlocker(b):
                b.setChecked(name in features)


def _small_button(text: str, name: str, tip: str) -> QtWidgets.QToolButton:
    b = QtWidgets.QToolButton()
    b.setObjectName(name)
    b.setText(text)
    b.setToolTip(tip)
    b.setAutoRaise(False)
    return b


class LayerButtons(QtWidgets.QWidget):
    """+ and − for the number of hidden layers (0 to 6), and for each layer's neurons (1 to 8)."""

    def __init__(
        self,
        on_layers: Callable[[int], None],
        on_neurons: Callable[[int, int], None],
        tips: tuple[str, str, str, str],
    ) -> None:
        super().__init__()
        self.setObjectName("trainLayerButtons")
        self._on_neurons = on_neurons
        self._tips = tips
        col = QtWidgets.QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(2)
        top = QtWidgets.QHBoxLayout()
        self.remove_layer = _small_button("−", "trainLayerMinus", tips[0])
        self.add_layer = _small_button("+", "trainLayerPlus", tips[1])
        self.remove_layer.clicked.connect(lambda: on_layers(-1))
        self.add_layer.clicked.connect(lambda: on_layers(+1))
        self.summary = QtWidgets.QLabel()
        self.summary.setObjectName("trainLayerSummary")
        self.summary.setWordWrap(True)  # on two lines in a narrow panel
        top.addWidget(self.remove_layer)
        top.addWidget(self.add_layer)
        top.addWidget(self.summary, 1)
        col.addLayout(top)
        self.neuron_row = QtWidgets.QHBoxLayout()
        self.neuron_row.setSpacing(4)
        col.addLayout(self.neuron_row)
        self.columns: list[tuple[QtWidgets.QToolButton, QtWidgets.QLabel, QtWidgets.QToolButton]] = []

    def set_layers(self, layers: Sequence[int], summary: str) -> None:
        if len(self.columns) != len(layers):
            self._rebuild(len(layers))
        for (minus, label, plus), n in zip(self.columns, layers):
            label.setText(str(n))
            minus.setEnabled(n > 1)
            plus.setEnabled(n < MAX_NEURONS)
        self.remove_layer.setEnabled(len(layers) > 0)
        self.add_layer.setEnabled(len(layers) < MAX_LAYERS)
        self.summary.setText(summary)

    def _rebuild(self, n: int) -> None:
        while self.neuron_row.count():
            item = self.neuron_row.takeAt(0)
            w = item.widget() if item is not None else None
            if w is not None:
                w.hide()  # gone from the picture now, deleted later
                w.deleteLater()
        self.columns = []
        for k in range(n):
            box = QtWidgets.QFrame()
            box.setObjectName(f"trainLayer.{k}")
            box.setFrameShape(QtWidgets.QFrame.Shape.StyledPanel)
            lay = QtWidgets.QVBoxLayout(box)
            lay.setContentsMargins(2, 2, 2, 2)
            lay.setSpacing(1)
            plus = _small_button("+", f"trainNeuronsPlus.{k}", self._tips[3])
            label = QtWidgets.QLabel()
            label.setObjectName(f"trainNeurons.{k}")
            label.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
            minus = _small_button("−", f"trainNeuronsMinus.{k}", self._tips[2])
            plus.clicked.connect(lambda _c=False, k=k: self._on_neurons(k, +1))
            minus.clicked.connect(lambda _c=False, k=k: self._on_neurons(k, -1))
            for w in (plus, label, minus):
                lay.addWidget(w, 0, QtCore.Qt.AlignmentFlag.AlignHCenter)
            self.neuron_row.addWidget(box)
            self.columns.append((minus, label, plus))
        self.neuron_row.addStretch(1)


class _ClickBox(pg.ViewBox):
    """A race map's box: a click selects it; its frame is drawn wholly inside the box.

    Not the ViewBox's own border: that one paints its pen centred on the box's edge, half of a
    thick pen outside the box, where Qt does not repaint when the box changes (the old frame
    and bits of it by the titles stayed on screen after another map was selected)."""

    def __init__(self, index: int, on_click: Callable[[int], None]) -> None:
        super().__init__(lockAspect=True, enableMouse=False, enableMenu=False)
        self._index, self._on_click = index, on_click
        self.frame = QtWidgets.QGraphicsRectItem(self)
        self.frame.setZValue(1e3)
        self.frame.setBrush(QtGui.QBrush(QtCore.Qt.BrushStyle.NoBrush))
        self.sigResized.connect(self._place_frame)

    def set_frame(self, pen: QtGui.QPen) -> None:
        self.frame.setPen(pen)
        self._place_frame()

    def _place_frame(self, *_args: object) -> None:
        half = self.frame.pen().widthF() / 2
        self.frame.setRect(self.rect().adjusted(half, half, -half, -half))

    def mouseClickEvent(self, ev: Any) -> None:  # noqa: N802 - pyqtgraph override
        if ev.button() == QtCore.Qt.MouseButton.LeftButton:
            ev.accept()
            self._on_click(self._index)


class RaceMaps(pg.GraphicsLayoutWidget):
    """The race's small multiples: every network's map side by side, each titled with its
    activation's name in its race colour; the selected one framed; a click selects one."""

    def __init__(self, on_click: Callable[[int], None], lookup: np.ndarray, parent: QtWidgets.QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("trainRaceMaps")
        self._on_click = on_click
        self._lookup = lookup
        self.boxes: list[_ClickBox] = []
        self.images: list[pg.ImageItem] = []
        self.titles: list[pg.LabelItem] = []
        self._colors: list[str] = []
        self._selected = -1
        self._title_pt = 9.0
        self._side = 100
        self._fit: tuple[int, int | None] = (100, None)
        self._full_titles: list[str] = []
        self.ci.layout.setContentsMargins(2, 2, 2, 2)
        self.ci.layout.setHorizontalSpacing(6)
        self.ci.layout.setVerticalSpacing(0)
        self.setSizePolicy(QtWidgets.QSizePolicy.Policy.Expanding, QtWidgets.QSizePolicy.Policy.Fixed)

    def set_background(self, color: str) -> None:
        """The theme's plot background behind the maps."""
        self.setBackground(color)

    def set_networks(self, titles: Sequence[str], colors: Sequence[str], title_pt: float) -> None:
        """One map per network (rebuilt when the networks change)."""
        if list(colors) == self._colors and list(titles) == self._full_titles and title_pt == self._title_pt:
            return
        self._full_titles = list(titles)
        self.clear()
        self.boxes, self.images, self.titles = [], [], []
        self._colors = list(colors)
        self._title_pt = title_pt
        rect = QtCore.QRectF(-GRID_EXTENT, -GRID_EXTENT, 2 * GRID_EXTENT, 2 * GRID_EXTENT)
        for i, (title, color) in enumerate(zip(titles, colors)):
            label = pg.LabelItem(title, color=color, bold=True, size=f"{title_pt:g}pt")
            self.addItem(label, row=0, col=i)
            box = _ClickBox(i, self._on_click)
            box.setRange(xRange=(-GRID_EXTENT, GRID_EXTENT), yRange=(-GRID_EXTENT, GRID_EXTENT), padding=0)
            image = pg.ImageItem(axisOrder="row-major")
            image.setLookupTable(self._lookup)
            image.setLevels((-1.0, 1.0))
            image.setImage(np.zeros((2, 2)), autoLevels=False, levels=(-1.0, 1.0), rect=rect)
            box.addItem(image)
            self.addItem(box, row=1, col=i)
            self.boxes.append(box)
            self.images.append(image)
            self.titles.append(label)
        self._selected = -1
        self.fit_height(*self._fit)

    def set_selected(self, index: int) -> None:
        self._selected = index
        for i, (box, color) in enumerate(zip(self.boxes, self._colors)):
            box.set_frame(pg.mkPen(color, width=4) if i == index else pg.mkPen("#999999", width=1))

    def set_images(self, maps: Sequence[np.ndarray]) -> None:
        rect = QtCore.QRectF(-GRID_EXTENT, -GRID_EXTENT, 2 * GRID_EXTENT, 2 * GRID_EXTENT)
        for image, values in zip(self.images, maps):
            image.setImage(values, autoLevels=False, levels=(-1.0, 1.0), rect=rect)

    def fit_height(self, height: int, max_width: int | None = None) -> None:
        """Square maps about ``height`` tall (with their titles), side by side; narrower when
        ``max_width`` cannot hold them all."""
        self._fit = (height, max_width)
        height = max(int(height), 60)
        title = math.ceil(self._title_pt * 2.4)
        n = max(len(self.boxes), 1)
        side = max(height - title - 6, 20)
        if max_width is not None:
            side = max(min(side, (max_width - 8) // n - 8), 20)
        font = QtGui.QFont()
        font.setPointSizeF(self._title_pt)
        font.setBold(True)
        metrics = QtGui.QFontMetrics(font)
        for box, label, full in zip(self.boxes, self.titles, self._full_titles):
            box.setFixedWidth(side)
            box.setFixedHeight(side)
            label.setFixedWidth(side)
            # A long name is cut to its map's width ("Sigmoid (lo…"); the list beside says it whole.
            label.setText(metrics.elidedText(full, QtCore.Qt.TextElideMode.ElideRight, side - 4))
        size = QtCore.QSize(n * (side + 8) + 4, side + title + 6)
        if self.size() != size or self.minimumSize() != size:
            self.setFixedSize(size)
        self._side = side


__all__ = ["FeatureToggles", "LayerButtons", "RaceMaps", "StudyTable"]


_WRAP_POINTS = re.compile(r"[ \t\n]+")


class StudyTable(QtWidgets.QTableWidget):
    """The study's table. The numbers' columns are as wide as their text; the names column
    takes what they leave. Where that would leave the names fewer than :attr:`NAME_CHARS`
    characters (huge text on a small screen), the numbers' texts take two lines, broken at their
    spaces (the widest column first), rather than push the speed-up out of view; and where even
    that does not fit, the table's text is drawn a step smaller (never below :attr:`SMALLEST`
    of the panel's)."""

    NAME_CHARS = 6
    SMALLEST = 0.7
    STEP = 0.9

    def __init__(self, rows: int, columns: int) -> None:
        super().__init__(rows, columns)
        self._shrink = 1.0
        self._fitting = False

    def _text_widths(self, col: int, fm: QtGui.QFontMetrics, pad: int) -> tuple[int, int]:
        """The column's widest text on one line, and its widest word, with the cell's margins."""
        texts = [item.text() for r in range(self.rowCount()) if (item := self.item(r, col)) is not None]
        if (title := self.horizontalHeaderItem(col)) is not None:
            texts += title.text().splitlines()
        texts = [t for t in texts if t.strip()] or [" "]
        full = max(fm.horizontalAdvance(t) for t in texts) + pad
        # Words as the text wraps them: at spaces and line ends, never at a no-break space.
        word = max(fm.horizontalAdvance(w) for t in texts for w in _WRAP_POINTS.split(t) if w) + pad
        return full, word

    def fit_columns(self) -> None:
        """Widths for the numbers' columns, and the text size, for the room the table has now:
        from the window's text size down, a step at a time, until it fits."""
        if self._fitting or self.columnCount() < 2:
            return
        self._fitting = True
        try:
            self._set_shrink(1.0)
            while not self._layout_columns() and self._shrink * self.STEP >= self.SMALLEST:
                self._set_shrink(self._shrink * self.STEP)
            self.resizeRowsToContents()
        finally:
            self._fitting = False

    def _layout_columns(self) -> bool:
        """Sets the numbers' columns' widths; whether everything fits the viewport."""
        header = self.horizontalHeader()
        fm = self.fontMetrics()
        # An item view's text margin on each side (as QCommonStyle draws it), and a pixel more.
        margin = self.style().pixelMetric(QtWidgets.QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1
        pad = 2 * margin + 2
        cols = range(1, self.columnCount())
        widths = {c: self._text_widths(c, fm, pad) for c in cols}
        chosen = {c: widths[c][0] for c in cols}
        names = fm.horizontalAdvance("M" * self.NAME_CHARS)
        room = self.viewport().width()
        # The widest column wraps first, then the next, until the names keep their room.
        for c in sorted(cols, key=lambda c: widths[c][0] - widths[c][1], reverse=True):
            if sum(chosen.values()) + names <= room:
                break
            chosen[c] = widths[c][1]
        for c, w in chosen.items():
            if header.sectionSize(c) != w:
                header.resizeSection(c, w)
        return sum(chosen.values()) + header.minimumSectionSize() <= room

    def _set_shrink(self, shrink: float) -> None:
        # As relative_font does: the look's rescaling keeps the factor until the next fit.
        self._shrink = shrink
        self.setProperty(FONT_FACTOR, shrink)
        font = self.font()
        font.setPointSizeF(max(self.window().font().pointSizeF() * shrink, 1.0))
        if font != self.font():
            self.setFont(font)

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.fit_columns()

    def changeEvent(self, event: QtCore.QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QtCore.QEvent.Type.FontChange:
            self.fit_columns()  # a new look: from the window's size again
