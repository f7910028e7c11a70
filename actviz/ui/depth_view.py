"""The Depth view: the gradient that reaches each layer of a deep network at initialisation.

A thin widget over :class:`~actviz.controllers.depth.DepthSession`, which computes every change
in a worker thread, coalesces a burst of changes and cancels stale ones: the view forwards the
controls to the state, keeps its last picture until the session hands over the new one, and
draws it. Dragging the depth or weight-scale slider asks for quick previews, then the full
statistics when the drag pauses, so the window never freezes even at 100 layers of 512.

The gradient plot is absolute (a fixed range from 1e−40 to 1e10, so that a uniformly tiny
gradient looks tiny), with the measured backward signal ‖∂L/∂h‖ as dots and its mean-field line
dashed; the histograms carry the forward story (± the activations' standard deviation); the
edge-of-chaos map beside them shows χ₁ over σ_w² × σ_b² for the selected activation, and a
click on it sets the weight scale and the bias variance.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from actviz.controllers.depth import DepthAnswer, DepthSession, PhaseAnswer
from actviz.core import names
from actviz.core.depth import DepthResult
from actviz.core.meanfield import BIAS_VAR_RANGE, INIT_POINTS, WEIGHT_VAR_RANGE
from actviz.fileio import atomic_write_text
from actviz.state import State
from actviz.state.depth import INITS, PRESET_TITLES, DepthState
from actviz.state.training import Spec, spec_label
from actviz.ui import choices, export
from actviz.ui.formula_editor import FunctionIds
from actviz.ui.guard import guarded, report
from actviz.ui.i18n import tr_state, tr_text
from actviz.ui.legend import fit_legend, legend_below
from actviz.ui.look import (
    pen,
    relative_font,
    rescale_fonts,
    rescale_sizes,
    scaled_height,
    set_text_color,
    set_title,
    style_plot,
)
from actviz.ui.message_line import MessageLine
from actviz.ui.panel_widgets import WholeCombo
from actviz.ui.pgutil import tie_menus
from actviz.ui.qt import QtCore, QtGui, QtWidgets, named, pg
from actviz.ui.timing import Debounced
from actviz.ui.view_common import fill_activations
from actviz.ui.worker import gui_deliver
from actviz.viewmodels import theme
from actviz.viewmodels.depth import (
    GRADIENT_RANGE,
    PHASE_LEGEND,
    PHASE_LIMIT,
    THEORY_LEGEND,
    diagnosis_lines,
    gradient_curves,
    layers_csv,
    map_point,
    phase_image,
    power_of_ten,
    variance_curves,
)
from actviz.viewmodels.export import file_stem
from actviz.viewmodels.train import activation_colors

Notify = Callable[[str], None]


def wrapping(button: QtWidgets.QAbstractButton, text: str) -> QtWidgets.QLabel:
    """Give ``button`` a word-wrapped caption, so that at a projector scale a long button (a
    preset, a check box) grows taller rather than widening the side panel past the plots."""
    label = QtWidgets.QLabel(text, wordWrap=True)
    label.setAttribute(QtCore.Qt.WidgetAttribute.WA_TransparentForMouseEvents)  # the button takes the click
    label.setForegroundRole(QtGui.QPalette.ColorRole.ButtonText)
    # As narrow as the panel is: the label wraps to the width it gets (its height follows).
    label.setSizePolicy(QtWidgets.QSizePolicy.Policy.Ignored, QtWidgets.QSizePolicy.Policy.Preferred)
    button.setAccessibleName(text)
    lay = QtWidgets.QHBoxLayout(button)
    lay.setContentsMargins(8, 4, 8, 4)
    lay.addWidget(label)
    button.setSizePolicy(QtWidgets.QSizePolicy.Policy.Preferred, QtWidgets.QSizePolicy.Policy.Minimum)
    return label


def narrow_title(plot: pg.PlotWidget) -> None:
    """A plot title that never sets the plot's minimum width: pyqtgraph makes a title as wide as
    its text on every change, and a long title (a translation, huge text) then widens the plot
    past its widget and cuts off its right-hand side. The view picks a wording that fits."""
    label = plot.getPlotItem().titleLabel
    update = label.updateMin

    def update_min() -> None:
        update()
        label.setMinimumWidth(0)

    label.updateMin = update_min
    label.setMinimumWidth(0)


class PowerAxis(pg.AxisItem):
    """A log axis whose ticks all read as powers of ten and whose label carries no scale: an SI
    prefix on a log axis scales the label ("×1e-09") but not the ticks, and pyqtgraph writes
    some decades as 10⁻⁸ and others as 0.0001."""

    def __init__(self, orientation: str) -> None:
        super().__init__(orientation)
        self.enableAutoSIPrefix(False)

    def logTickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:  # noqa: N802 - pyqtgraph override
        return [power_of_ten(v) for v in values]


# The widest label compact_number writes for a histogram (whose values the view-model keeps
# within ±1e6): the value axes are made this wide.
WIDEST_COMPACT = "-8.8e8"


def compact_number(value: float) -> str:
    """A short tick label (at most six characters below 1e10): ``-1658``, ``-1.25``, ``0.5``, and
    from 10⁴ on a mantissa and a power of ten (``5e5``, ``-1.5e5``), so that an exploding
    network's large activation values ("500000") fit the axis instead of being cut at its edge."""
    if value == 0 or not math.isfinite(value):
        return "0" if value == 0 else f"{value}"
    size = abs(value)
    if size >= 1e4:
        mantissa, exponent = f"{value:.1e}".split("e")
        return f"{mantissa.rstrip('0').rstrip('.')}e{int(exponent)}"
    if size >= 100:
        return f"{value:.0f}"
    if size >= 1:
        return f"{value:.3g}"
    if size >= 1e-3:
        return f"{value:.2g}"
    mantissa, exponent = f"{value:.1e}".split("e")
    return f"{mantissa.rstrip('0').rstrip('.')}e{int(exponent)}"


class RoomyAxis(pg.AxisItem):
    """A linear axis whose labelled ticks never touch (1.2 text lines apart): pyqtgraph picks its
    spacing from the axis length alone, so at a projector scale a short plot (the histograms at
    huge text on a small screen) labels ticks that overlap. Its labels are compact (5e5, not
    500000) and carry no scale factor in the title, so that they fit the fixed axis width."""

    def __init__(self, orientation: str) -> None:
        super().__init__(orientation)
        self.enableAutoSIPrefix(False)

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:  # noqa: N802 - pyqtgraph override
        return [compact_number(v * scale) for v in values]

    def tickSpacing(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, float]]:  # noqa: N802 - pyqtgraph override
        levels: list[tuple[float, float]] = super().tickSpacing(minVal, maxVal, size)
        span = abs(maxVal - minVal)
        if not levels or span <= 0 or size <= 0:
            return levels
        font = self.style.get("tickFont") or self.font()
        room = 1.2 * QtGui.QFontMetricsF(font).height() * span / size  # in data units
        major = levels[0][0]
        if major >= room:
            return levels
        step = 10 ** math.floor(math.log10(room))
        major = next(m * step for m in (1, 2, 5, 10) if m * step >= room)
        lo, hi = sorted((minVal, maxVal))
        if math.floor(hi / major) - math.ceil(lo / major) >= 1:
            return [(major, 0)]  # no labelled minor ticks in so little room
        return [(hi - lo, lo)]  # room for two labels only: the two ends


# The gradient plot's top grows in steps of this many decades when the data go above it, and
# never past 10**TOP_LIMIT (a float's range ends near 1e308).
TOP_STEP = 10
TOP_LIMIT = 300


def gradient_top(highest: float, top: float | None = None) -> float:
    """The gradient plot's top, as a power of ten: the fixed top of ``GRADIENT_RANGE`` while the
    data fit under it, else the next decade above ``highest`` (the largest finite value drawn),
    rounded up in steps of ``TOP_STEP`` decades from the fixed top. Given the ``top`` in use (a
    slider is being dragged), it only grows, so that the axis does not jump during a drag."""
    fixed = math.log10(GRADIENT_RANGE[1])
    need = fixed
    if math.isfinite(highest) and highest > 0:
        decade = math.floor(math.log10(highest)) + 1  # the next decade above the largest value
        if decade > fixed:
            need = min(fixed + TOP_STEP * math.ceil((decade - fixed) / TOP_STEP), TOP_LIMIT)
    return need if top is None else max(top, need)


def _shortened(label: str) -> list[str]:
    """``Sigmoid (logistic)`` and, for a plot too narrow for it at a readable size, ``Sigmoid``."""
    head = label.split(" (", 1)[0]
    return [label, head] if head != label else [label]


class DepthView(QtWidgets.QWidget):
    """Controls, the gradient-per-layer plot, diagnoses and activation histograms.

    The view never changes the state by being built or shown: only the user's input does.
    """

    # How often the session is asked to send what is due while something is owed.
    TICK_MS = 20

    # The depth slider. Its name hides QPaintDevice.depth() (the colour depth in bits), which
    # nothing asks this view for; tests and benchmarks drive the slider by this name.
    depth: QtWidgets.QSlider  # type: ignore[assignment]

    def __init__(
        self,
        dstate: DepthState,
        fstate: State,
        notify: Notify,
        parent: QtWidgets.QWidget | None = None,
        session: DepthSession | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("depthView")
        self.dstate, self.fstate = dstate, fstate
        del notify  # the window's message line is under the function plot; this view has its own
        # The view's own messages show in the view, not under the function plot.
        self.message_line = MessageLine("depthMessage")
        self.notify: Notify = self.message_line.say
        self.result: DepthResult | None = None
        # A result is drawn with the activation list it was computed for, never with a list that
        # changed after it was sent.
        self.result_specs: list[Spec] = []
        self.answer: DepthAnswer | None = None
        self._factors = theme.factors(fstate.scale)
        self._cramped: bool | None = None  # whether the legend and an axis title gave their room up
        # The gradient plot's top (a power of ten) and whether a slider is held down: while it is,
        # the top only grows.
        self._grad_top = math.log10(GRADIENT_RANGE[1])
        self._dragging = False
        self._grad_highest = 0.0  # the largest finite value drawn on it
        self._build()

        # The session computes (it starts its worker thread now, idle until the view is shown);
        # its events arrive on the GUI thread.
        self.session = session if session is not None else DepthSession(dstate, gui_deliver(self))
        self.session.started.connect(self._on_started)
        self.session.done.connect(self._on_done)
        self.session.failed.connect(self._on_failed)
        self.session.phase_done.connect(self._on_phase)
        self.phase_answer: PhaseAnswer | None = None
        # While something is owed, the session is asked every TICK_MS to send what is due (it
        # coalesces a burst of slider steps into one computation). Armed once per wait, not
        # restarted by every step, so that a long drag still ticks.
        self._armed = False
        self._tick_later = Debounced(self._tick, self.TICK_MS, self)
        for slider in (self.depth, self.scale):  # dragged: previews, then the full statistics
            slider.sliderPressed.connect(self._pressed)
            slider.sliderReleased.connect(self._released)

        ev = dstate.events
        for sig in (ev.activations, ev.depth, ev.width, ev.init, ev.scale, ev.residual, ev.seeds, ev.bias_var):
            sig.connect(self._on_setup)
        ev.selected.connect(self._on_selected)
        fstate.events.function.connect(self._on_colors)
        fstate.events.overlays.connect(self._on_colors)
        fstate.events.theme.connect(self._on_look)
        fstate.events.scale.connect(self._on_look)
        self.apply_look()
        self._controls_from_state()

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        ds = self.dstate
        box = QtWidgets.QGroupBox(self.tr("Network at initialisation"))
        form = QtWidgets.QFormLayout(box)
        # A narrow panel (a projector scale on a small screen) puts the labels above their fields.
        form.setRowWrapPolicy(QtWidgets.QFormLayout.RowWrapPolicy.WrapLongRows)
        self.depth = named(QtWidgets.QSlider(QtCore.Qt.Orientation.Horizontal), "depthDepth")
        self.depth.setRange(1, 100)
        self.depth_label = QtWidgets.QLabel()
        self.depth.valueChanged.connect(lambda v: self._try(ds.set_depth, v))
        row = QtWidgets.QHBoxLayout()
        row.addWidget(self.depth, 1)
        row.addWidget(self.depth_label)
        form.addRow(self.tr("Depth"), row)
        self.width_box = named(QtWidgets.QComboBox(), "depthWidth")
        self.width_box.addItems(["2", "4", "8", "16", "32", "64", "128", "256", "512"])
        self.width_box.activated.connect(lambda i: self._try(ds.set_width, int(self.width_box.itemText(i))))
        form.addRow(self.tr("Width"), self.width_box)
        # Never narrower than its longest name: where the panel is narrow the form puts the box
        # under its label rather than cut it ("Xavier (G").
        self.init = named(WholeCombo(), "depthInit")
        choices.fill(self.init, INITS)
        self.init.activated.connect(lambda i: self._try(ds.set_init, choices.id_at(self.init, i)))
        form.addRow(self.tr("Initialisation"), self.init)
        self.scale = named(QtWidgets.QSlider(QtCore.Qt.Orientation.Horizontal), "depthScale")
        self.scale.setRange(-100, 100)  # log10(scale) × 100: 0.1 … 10
        self.scale_label = QtWidgets.QLabel()
        self.scale.valueChanged.connect(lambda v: self._try(ds.set_scale, round(10 ** (v / 100), 3)))
        row = QtWidgets.QHBoxLayout()
        row.addWidget(self.scale, 1)
        row.addWidget(self.scale_label)
        form.addRow(self.tr("Weight scale"), row)
        self.bias_var = named(QtWidgets.QDoubleSpinBox(), "depthBiasVar")
        self.bias_var.setRange(0.0, 10.0)
        self.bias_var.setDecimals(2)
        self.bias_var.setSingleStep(0.05)
        self.bias_var.setKeyboardTracking(False)
        tip = self.tr("σ<sub>b</sub>²: biases drawn from N(0, σ<sub>b</sub>²); a click on the map sets it")
        self.bias_var.setToolTip(tip)
        self.bias_var.valueChanged.connect(lambda v: self._try(ds.set_bias_var, round(v, 3)))
        # σ_b² with a real subscript, not a literal underscore.
        bias_label = named(QtWidgets.QLabel(self.tr("Bias variance σ<sub>b</sub>²")), "depthBiasVarLabel")
        bias_label.setTextFormat(QtCore.Qt.TextFormat.RichText)
        bias_label.setBuddy(self.bias_var)
        form.addRow(bias_label, self.bias_var)
        self.residual = named(QtWidgets.QCheckBox(), "depthResidual")
        # Its text in a label of its own that wraps, so that it never widens the panel; a click
        # on the text ticks the box as on any check box.
        text = self.tr("residual connections (h + f(Wh))")
        self.residual.setAccessibleName(text)
        self._residual_label = named(QtWidgets.QLabel(text, wordWrap=True), "depthResidualText")
        self._residual_label.installEventFilter(self)
        self._residual_label.setSizePolicy(QtWidgets.QSizePolicy.Policy.Ignored, QtWidgets.QSizePolicy.Policy.Preferred)
        self.residual.toggled.connect(lambda on: self._try(ds.set_residual, on))
        row = QtWidgets.QHBoxLayout()
        self._residual_label.setAlignment(QtCore.Qt.AlignmentFlag.AlignLeft | QtCore.Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.residual, 0, QtCore.Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self._residual_label, 1)
        form.addRow(row)
        self.seeds = named(QtWidgets.QSpinBox(), "depthSeeds")
        self.seeds.setRange(1, 20)
        self.seeds.setKeyboardTracking(False)
        self.seeds.valueChanged.connect(lambda v: self._try(ds.set_seeds, v))
        form.addRow(self.tr("Seeds (median, band)"), self.seeds)

        acts = QtWidgets.QGroupBox(self.tr("Activations"))
        lay = QtWidgets.QVBoxLayout(acts)
        self.act_list = named(QtWidgets.QListWidget(), "depthActivations")
        scaled_height(self.act_list, maximum=120)
        self.act_list.currentRowChanged.connect(lambda r: self._try(ds.set_selected, r) if r >= 0 else None)
        add_current = named(QtWidgets.QPushButton(), "depthAddCurrent")
        wrapping(add_current, self.tr("Add the function shown"))
        add_current.clicked.connect(lambda: self._try(ds.add_activation, self.fstate.function_id, self.fstate.params))
        self.add_combo = named(QtWidgets.QComboBox(), "depthAddCombo")
        self.add_combo.addItems(names())
        self.add_combo.setSizeAdjustPolicy(QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.add_combo.setMinimumContentsLength(6)
        self._ids = FunctionIds(self.add_combo, self.fstate)  # custom formulas come and go
        add = named(QtWidgets.QPushButton(self.tr("Add")), "depthAdd")
        add.clicked.connect(lambda: self._try(ds.add_activation, self.add_combo.currentText()))
        self.remove = named(QtWidgets.QPushButton(self.tr("Remove")), "depthRemove")
        self.remove.clicked.connect(lambda: self._try(ds.remove_activation, max(self.act_list.currentRow(), 0)))
        # Two buttons a row, so that the panel stays narrow at a projector scale.
        row = QtWidgets.QHBoxLayout()
        row.addWidget(self.add_combo, 1)
        row.addWidget(add)
        lay.addWidget(self.act_list)
        lay.addLayout(row)
        row = QtWidgets.QHBoxLayout()
        row.addWidget(add_current, 1)
        row.addWidget(self.remove)
        lay.addLayout(row)

        # The heading in a label that wraps: a group box's title would set the panel's width.
        presets = QtWidgets.QGroupBox()
        lay = QtWidgets.QVBoxLayout(presets)
        heading = named(QtWidgets.QLabel(self.tr("Lecture presets (keys 1–5)"), wordWrap=True), "depthPresetsTitle")
        heading.setSizePolicy(QtWidgets.QSizePolicy.Policy.Ignored, QtWidgets.QSizePolicy.Policy.Preferred)
        lay.addWidget(heading)
        self.preset_buttons = {}
        for k, (name, title) in enumerate(PRESET_TITLES.items()):
            b = named(QtWidgets.QPushButton(), f"depthPreset.{name}")
            wrapping(b, f"{k + 1}. {tr_state('Depth presets', title)}")
            b.clicked.connect(lambda _checked=False, name=name: self.apply_preset(name))
            lay.addWidget(b)
            self.preset_buttons[name] = b

        exports = QtWidgets.QHBoxLayout()
        for text, slot, name in (
            (self.tr("Layers CSV…"), self._export_csv, "exportDepthCsv"),
            (self.tr("Picture…"), self._export_png, "exportDepthPng"),
        ):
            b = named(QtWidgets.QPushButton(text), name)
            b.clicked.connect(slot)
            exports.addWidget(b)

        side = QtWidgets.QWidget()
        side_lay = QtWidgets.QVBoxLayout(side)
        side_lay.addWidget(box)
        side_lay.addWidget(acts)
        side_lay.addWidget(presets)
        side_lay.addLayout(exports)
        side_lay.addStretch(1)
        self.side_scroll = named(QtWidgets.QScrollArea(), "depthSide")
        self.side_scroll.setWidget(side)
        self.side_scroll.setWidgetResizable(True)
        self.side_scroll.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        side.installEventFilter(self)  # a relaid panel (new scale, language) is refitted

        self.grad_plot = pg.PlotWidget(
            objectName="depthGradients", enableMenu=False, axisItems={"left": PowerAxis("left")}
        )
        tie_menus(self.grad_plot, self)
        self.grad_plot.hideButtons()
        self.grad_plot.setLogMode(y=True)
        self.grad_plot.setMouseEnabled(x=False, y=False)
        self.grad_plot.disableAutoRange()
        # An absolute axis, the same for every set-up: ReLU with Xavier must look smaller than
        # ReLU with He at a glance (an autoscaled axis made both look alike).
        self.grad_plot.setYRange(*(math.log10(v) for v in GRADIENT_RANGE), padding=0)
        self.grad_plot.getAxis("left").setTickSpacing(10, 5)
        self.grad_plot.showGrid(x=True, y=True, alpha=0.25)
        self.grad_plot.setLabel("bottom", self.tr("layer (1 = next to the input)"))
        self.grad_plot.setLabel("left", "‖∂L/∂W‖ · ‖∂L/∂h‖")
        narrow_title(self.grad_plot)
        # What the dashed lines are is said under the plots: a short title fits a narrow plot.
        set_title(self.grad_plot, self.tr("Gradient reaching each layer"))
        # Shorter wordings where the plot is narrow (the map beside it, huge text on a small screen).
        self._grad_titles = [
            self.tr("Gradient reaching each layer"),
            self.tr("Gradient per layer"),
            self.tr("Gradient"),
        ]
        self.legend = legend_below(self.grad_plot)  # under the plot: it hides no layer
        self.grad_items: list[
            tuple[
                pg.PlotDataItem, pg.PlotDataItem, pg.FillBetweenItem, pg.PlotDataItem, pg.PlotDataItem, pg.PlotDataItem
            ]
        ] = []
        self._grad_key: tuple[tuple[str, ...], tuple[str, ...], float] | None = None

        self.hist_plot = pg.PlotWidget(
            objectName="depthHistograms", enableMenu=False, axisItems={"left": RoomyAxis("left")}
        )
        tie_menus(self.hist_plot, self)
        self.hist_plot.hideButtons()
        self.hist_plot.setMouseEnabled(x=False, y=False)
        self.hist_plot.setLabel("bottom", self.tr("layer"))
        narrow_title(self.hist_plot)
        self.hist_plot.setLabel("left", self.tr("activation value"))
        self.hist_image = pg.ImageItem(axisOrder="row-major")
        cmap = pg.colormap.get("viridis")
        self.hist_image.setLookupTable(cmap.getLookupTable(0.0, 1.0, 256))
        self.hist_plot.addItem(self.hist_image)
        # The forward story over the histograms: ± the activations' standard deviation per layer,
        # measured (solid) and from the mean-field theory (dashed).
        self.sd_items = [pg.PlotDataItem() for _ in range(4)]
        for item in self.sd_items:
            self.hist_plot.addItem(item)

        # The edge-of-chaos map: χ₁ over σ_w² × σ_b², the χ₁ = 1 contour, the set-up, the
        # named initialisations. A click sets the weight scale and the bias variance.
        self.phase_plot = pg.PlotWidget(objectName="depthPhase", enableMenu=False)
        tie_menus(self.phase_plot, self)
        self.phase_plot.hideButtons()
        self.phase_plot.setMouseEnabled(x=False, y=False)
        narrow_title(self.phase_plot)
        # Axis titles are HTML: real subscripts, not a literal underscore.
        self.phase_plot.setLabel("bottom", "σ<sub>w</sub>²")
        self.phase_plot.setLabel("left", "σ<sub>b</sub>²")
        self.phase_plot.setRange(xRange=WEIGHT_VAR_RANGE, yRange=BIAS_VAR_RANGE, padding=0.02)
        self.phase_image = pg.ImageItem(axisOrder="row-major")
        cmap = pg.colormap.get("CET-D1")  # diverging: blue (vanishing), white (χ₁ = 1), red
        self.phase_image.setLookupTable(cmap.getLookupTable(0.0, 1.0, 256))
        self.phase_plot.addItem(self.phase_image)
        self.phase_edge = pg.IsocurveItem(level=0.0, pen=pg.mkPen("k", width=3), axisOrder="row-major")
        self.phase_edge.setParentItem(self.phase_image)  # in the image's coordinates
        self.phase_inits = pg.ScatterPlotItem(symbol="o", size=11, brush=pg.mkBrush("w"), pen=pg.mkPen("k", width=2))
        self.phase_plot.addItem(self.phase_inits)
        self.phase_labels = []
        for name, sw in self._init_marks():
            # Above, left of the point below σ_w² = 2 and right of it from there, so that two
            # labels one unit apart never overlap and none hides the edge line.
            # Black on a pale box: read on the map's blue, white and red alike.
            label = pg.TextItem(
                name, color="k", fill=pg.mkBrush(255, 255, 255, 210), anchor=(1.05, 1.0) if sw < 2 else (-0.05, 1.0)
            )
            label.setPos(sw, 0.0)
            self.phase_plot.addItem(label)
            self.phase_labels.append(label)
        self.phase_inits.setData([sw for _n, sw in self._init_marks()], [0.0] * len(self._init_marks()))
        self.phase_plot.getViewBox().sigResized.connect(self._place_init_labels)
        self.phase_here = pg.ScatterPlotItem(
            symbol="star", size=22, brush=pg.mkBrush("#ffd400"), pen=pg.mkPen("k", width=1.5)
        )
        self.phase_plot.addItem(self.phase_here)
        self.phase_plot.scene().sigMouseClicked.connect(self._on_map_click)
        set_title(self.phase_plot, self.tr("Edge of chaos"))

        self.diagnosis = named(QtWidgets.QLabel(), "depthDiagnosis")
        self.diagnosis.setWordWrap(True)
        self.diagnosis.setTextFormat(QtCore.Qt.TextFormat.RichText)
        self.diagnosis.setAlignment(QtCore.Qt.AlignmentFlag.AlignTop | QtCore.Qt.AlignmentFlag.AlignLeft)
        relative_font(self.diagnosis, 1.25)
        # The diagnosis wraps across the plots' width; where it is taller than its share of the
        # view (huge text on a small screen) it scrolls rather than being cut.
        self.diagnosis_scroll = named(QtWidgets.QScrollArea(), "depthDiagnosisScroll")
        self.diagnosis_scroll.setWidget(self.diagnosis)
        self.diagnosis_scroll.setWidgetResizable(True)
        self.diagnosis_scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        self.diagnosis_scroll.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.diagnosis_scroll.setSizePolicy(QtWidgets.QSizePolicy.Policy.Preferred, QtWidgets.QSizePolicy.Policy.Fixed)
        self.diagnosis_scroll.viewport().setAutoFillBackground(False)
        self.diagnosis.setAutoFillBackground(False)
        self.busy = named(QtWidgets.QLabel(self.tr("computing…")), "depthBusy")
        self.busy.hide()

        plots = QtWidgets.QWidget()
        plots_lay = QtWidgets.QVBoxLayout(plots)
        plots_lay.setContentsMargins(6, 6, 6, 6)
        plots_lay.addWidget(self.message_line)
        # The gradient plot and the histograms share one column (one layer axis, lined up); the
        # map stands beside both.
        grid = QtWidgets.QGridLayout()
        grid.setSpacing(0)
        grid.addWidget(self.grad_plot, 0, 0)
        grid.addWidget(self.hist_plot, 1, 0)
        grid.addWidget(self.phase_plot, 0, 1, 2, 1)
        grid.setRowStretch(0, 3)
        grid.setRowStretch(1, 2)
        grid.setColumnStretch(0, 5)
        grid.setColumnStretch(1, 3)
        plots_lay.addLayout(grid, 1)
        plots_lay.addWidget(self.diagnosis_scroll)
        plots_lay.addWidget(self.busy)
        outer = QtWidgets.QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(plots, 1)
        outer.addWidget(self.side_scroll)
        self._plots_box = plots
        self.hist_plot.installEventFilter(self)

    # ------------------------------------------------------------------ widget -> state
    def _try(self, fn: Callable[..., object], *args: Any) -> None:
        try:
            fn(*args)
        except ValueError as e:
            self.notify(tr_text(e))
            self._controls_from_state()

    def apply_preset(self, name: str) -> None:
        self.session.apply_preset(name)

    @guarded
    def _place_init_labels(self, *_args: object) -> None:
        """Each initialisation's name left of its point, or right of it where the map is too
        narrow for that (it was cut at the map's left edge); a name that would then run into the
        one before it goes above it."""
        vb = self.phase_plot.getPlotItem().getViewBox()
        (left, _right), _y = vb.viewRange()
        per_px = vb.viewPixelSize()[0]
        if not per_px > 0:
            return
        placed: list[tuple[float, float, float]] = []  # (left, right, height) in pixels from x = left
        for label, (_name, sw) in zip(self.phase_labels, self._init_marks()):
            rect = label.boundingRect()  # pixels: a text item ignores the view's scale
            x = (sw - left) / per_px
            on_right = sw >= 2 or x - 1.05 * rect.width() < 0
            lo, hi = (x + 0.05 * rect.width(), x + 1.05 * rect.width()) if on_right else (x - 1.05 * rect.width(), x)
            gap = rect.height() / 2  # names closer than this would read as one
            lift = sum(h for a, b, h in placed if a < hi + gap and lo < b + gap) if on_right else 0.0
            label.setAnchor((-0.05 if on_right else 1.05, 1.0 + lift / max(rect.height(), 1.0)))
            placed.append((lo, hi, rect.height() + lift + 2))  # and two pixels between

    @staticmethod
    def _init_marks() -> list[tuple[str, float]]:
        """The named initialisations on the map; Xavier and LeCun share σ_w² = 1 on square layers."""
        by_sw: dict[float, list[str]] = {}
        for name, sw in INIT_POINTS.items():
            by_sw.setdefault(sw, []).append({"xavier": "Xavier", "he": "He", "lecun": "LeCun"}[name])
        return [("\n".join(names), sw) for sw, names in by_sw.items()]

    @guarded
    def _on_map_click(self, event: Any) -> None:  # pyqtgraph's MouseClickEvent (untyped)
        vb = self.phase_plot.getPlotItem().getViewBox()
        if event.button() != QtCore.Qt.MouseButton.LeftButton or not vb.sceneBoundingRect().contains(event.scenePos()):
            return
        pos = vb.mapSceneToView(event.scenePos())
        try:
            self.session.click_map(pos.x(), pos.y())
        except ValueError as e:
            self.notify(tr_text(e))

    def preset_by_number(self, k: int) -> None:
        self.session.apply_preset_number(k)

    # ------------------------------------------------------------------ state -> widgets
    @guarded
    def _controls_from_state(self, *_args: object) -> None:
        ds = self.dstate

        blockers = [
            QtCore.QSignalBlocker(w)
            for w in (self.depth, self.width_box, self.init, self.scale, self.residual, self.seeds, self.bias_var)
        ]
        self.depth.setValue(ds.depth)
        self.depth_label.setText(self.tr("{n} layers").format(n=ds.depth))
        if self.width_box.findText(str(ds.width)) < 0:
            self.width_box.addItem(str(ds.width))
        self.width_box.setCurrentText(str(ds.width))
        choices.select(self.init, ds.init)
        self.scale.setValue(round(100 * np.log10(ds.scale)))
        self.scale_label.setText(f"× {ds.scale:g}")
        self.residual.setChecked(ds.residual)
        self.seeds.setValue(ds.seeds)
        self.bias_var.setValue(ds.bias_var)
        for blocker in blockers:
            blocker.unblock()
        colors = activation_colors(ds.activations, self.fstate)
        swatch = round(14 * theme.SCALE_FACTORS[self.fstate.scale])
        fill_activations(self.act_list, ds.activations, colors, ds.selected, swatch)
        self.remove.setEnabled(len(ds.activations) > 1)
        sw, sb = map_point(ds)
        self.phase_here.setData([sw], [sb])

    @guarded
    def _on_setup(self, *_args: object) -> None:
        self.message_line.clear_message()  # a setting that took makes an old refusal stale
        self._controls_from_state()
        self._set_phase_titles()
        # The session took the request: a dragged slider's preview goes at once, anything else
        # after the coalescing pause.
        self._tick()

    @guarded
    def _on_selected(self, *_args: object) -> None:
        self._controls_from_state()
        self._draw_histograms()
        self._draw_forward()

    @guarded
    def _on_look(self, *_args: object) -> None:
        self.apply_look()
        self._on_colors()  # the curves in the theme's colours and the new widths

    def apply_look(self) -> None:
        """The function view's theme and projector scale on both plots and the side panel."""
        look = theme.look(self.fstate.theme)
        f = self._factors = theme.factors(self.fstate.scale)
        for plot in (self.grad_plot, self.hist_plot, self.phase_plot):
            style_plot(plot, look, f)
        self._fix_axis_widths()
        set_text_color(self.busy, look.muted)
        self.message_line.apply_look(look, f.line)
        # Built after the window took its scale, before it was put into it: the labels whose
        # size is relative to the window's take theirs here.
        rescale_fonts(self, QtWidgets.QApplication.font().pointSizeF() * f.line)
        rescale_sizes(self, f.line)
        # The diagnosis is read from afar, but at huge scale 1.25 × would take the plots' room.
        font = self.diagnosis.font()
        font.setPointSizeF(QtWidgets.QApplication.font().pointSizeF() * min(1.25 * f.line, 2.0))
        self.diagnosis.setFont(font)
        # The initialisations' names on the map, in its ticks' size (they were 9 pt at any scale).
        names = QtGui.QFont()
        names.setPointSizeF(QtWidgets.QApplication.font().pointSizeF() * min(f.text, 1.6))
        for label in self.phase_labels:
            label.setFont(names)
        self._place_init_labels()
        self._fit_side()
        self._fit_diagnosis()
        self._fit_titles()  # the titles took the new font size
        self._cramped = None  # style_plot set the axis titles afresh
        self._fit_legend_room()

    # The side panel: as wide as its content needs, within 380–460 px × the scale, but never more
    # than this share of the view, so that the plots keep most of it on a small screen.
    SIDE_WIDTHS = (380, 460)
    SIDE_SHARE = 0.36
    # The diagnosis takes at most this share of the view's height; past it, it scrolls.
    DIAGNOSIS_SHARE = 0.2

    def _fit_side(self) -> None:
        scroll, k = self.side_scroll, self._factors.line
        lo, hi = round(self.SIDE_WIDTHS[0] * min(k, 1.5)), round(self.SIDE_WIDTHS[1] * k)
        bar = scroll.verticalScrollBar().sizeHint().width() + 2 * scroll.frameWidth()
        need = side.minimumSizeHint().width() + bar if (side := scroll.widget()) else bar
        view_width = self.width()
        cap = max(round(self.SIDE_SHARE * view_width), need) if view_width > 0 else hi
        width = min(max(lo, need), hi, cap)
        if scroll.width() != width or scroll.minimumWidth() != width:
            scroll.setFixedWidth(width)

    def _fit_diagnosis(self) -> None:
        scroll = self.diagnosis_scroll
        width = scroll.viewport().width() or self._plots_box.width()
        if width <= 0:
            return
        need = self.diagnosis.heightForWidth(width) if self.diagnosis.text() else 0
        cap = max(round(self.DIAGNOSIS_SHARE * self.rect().height()), self.diagnosis.fontMetrics().lineSpacing() * 2)
        if need > cap:  # a scroll bar takes part of the width: wrap again for what is left
            bar = scroll.verticalScrollBar().sizeHint().width()
            need = self.diagnosis.heightForWidth(max(width - bar, 1))
        height = min(max(need, 0), cap) + 2
        if scroll.height() != height or scroll.minimumHeight() != height:
            scroll.setFixedHeight(height)

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_side()
        self._fit_diagnosis()

    def eventFilter(self, obj: QtCore.QObject, event: QtCore.QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QtCore.QEvent.Type.LayoutRequest and obj is self.side_scroll.widget():
            self._fit_side()
        elif event.type() == QtCore.QEvent.Type.Resize and obj is self.hist_plot:
            # Now that the plots' share of the view is known: titles and the legend to fit it.
            self._fit_titles()
            self._fit_legend_room()
            self._fit_diagnosis()
            plots: list[pg.PlotWidget] = [self.grad_plot, self.hist_plot]
            for plot in plots:
                # A plot laid out wider than its widget while a long title or legend held it
                # open shrinks back now that they fit (the widget's size did not change).
                item = plot.getPlotItem()
                if item.size().width() > plot.width() + 0.5:
                    item.setGeometry(QtCore.QRectF(0, 0, plot.width(), plot.height()))
        elif (
            event.type() == QtCore.QEvent.Type.MouseButtonRelease
            and obj is self._residual_label
            and self.residual.isEnabled()
        ):
            self.residual.toggle()
        return False

    @guarded
    def _on_colors(self, *_args: object) -> None:
        self._controls_from_state()
        if self.result is not None:
            self._draw(self.result)

    def showEvent(self, event: QtGui.QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.session.set_active(True, time.monotonic())  # a change made while hidden is computed now
        self._arm()

    def hideEvent(self, event: QtGui.QHideEvent) -> None:  # noqa: N802 - Qt override
        super().hideEvent(event)
        self.session.set_active(False, time.monotonic())

    # ------------------------------------------------------------------ computing
    def recompute(self) -> None:
        """Ask for new statistics now (the old picture stays until they arrive)."""
        self.session.request(time.monotonic())
        self.session.flush()

    def _arm(self) -> None:
        if not self._armed:
            self._armed = True
            self._tick_later()

    def _tick(self) -> None:
        self._armed = False
        self.session.tick(time.monotonic())
        if self.session.pending:
            self._arm()  # more is owed (the rest of the pause, or the full answer after a preview)

    def _pressed(self) -> None:
        self._dragging = True
        self.session.set_dragging(True, time.monotonic())

    def _released(self) -> None:
        self._dragging = False
        # The drag is over: the axis fits what is drawn again (a full answer still owed refits it).
        self._set_gradient_top(gradient_top(self._grad_highest))
        self.session.set_dragging(False, time.monotonic())
        self._arm()

    def _on_started(self) -> None:
        self.busy.show()

    def _on_done(self, answer: DepthAnswer) -> None:
        self.answer = answer
        if not self.session.pending:  # (a newer computation would have dropped this answer)
            self.busy.hide()
        self.result, self.result_specs = answer.result, list(answer.specs)
        try:
            self._draw(answer.result)
        except Exception as e:
            report(self, "DepthView._draw", e)
        if self.session.pending:
            self._arm()  # a preview held back while this one ran

    def _on_failed(self, message: str) -> None:
        if not self.session.pending:
            self.busy.hide()
        self.notify(tr_text(message))

    def _map_owed(self) -> bool:
        answer = self.phase_answer
        return self.session.active and (answer is None or answer.spec != self.session.map_spec())

    def wait_idle(self, timeout_ms: int = 30000) -> bool:
        """For tests and screenshots: process events until the newest request (and the map of
        the selected activation) is drawn."""
        deadline = QtCore.QDeadlineTimer(timeout_ms)
        # Sleep until something happens (an answer, a timer), never spin: a spinning GUI thread
        # takes a core from the worker it waits for. The wake-up timer bounds each sleep.
        wake = QtCore.QTimer()
        wake.start(10)
        flags = QtCore.QEventLoop.ProcessEventsFlag.AllEvents | QtCore.QEventLoop.ProcessEventsFlag.WaitForMoreEvents
        try:
            while (self.session.busy or self.busy.isVisible() or self._map_owed()) and not deadline.hasExpired():
                QtCore.QCoreApplication.processEvents(flags)
        finally:
            wake.stop()
        return not self.busy.isVisible()

    def shutdown(self) -> None:
        """Stop the worker thread (the window is closing); a running computation is cancelled."""
        self._tick_later.cancel()
        self.session.shutdown(wait=True)

    # ------------------------------------------------------------------ drawing
    def _draw(self, result: DepthResult) -> None:
        specs = self.result_specs
        if len(specs) != result.grad_norm.shape[0]:
            return  # not this result's list: the new result draws itself when it arrives
        colors = activation_colors(specs, self.fstate)
        k = self._factors.line
        curves = gradient_curves(result, specs)
        # Values below the axis lie on its floor (a log axis cannot show 0, a dead network's
        # gradient); the top grows to hold an exploding gradient, not to cut it off.
        values = np.concatenate(
            [np.ravel(v) for c in curves for v in (c.median, c.high, c.back, c.theory)] or [np.zeros(1)]
        )
        finite = values[np.isfinite(values)]
        self._grad_highest = float(finite.max()) if finite.size else 0.0
        self._set_gradient_top(gradient_top(self._grad_highest, self._grad_top if self._dragging else None))
        floor, ceiling = GRADIENT_RANGE[0], 10.0**self._grad_top

        def clipped(v: np.ndarray) -> np.ndarray:
            out: np.ndarray = np.clip(np.nan_to_num(v, nan=floor, posinf=ceiling), floor, ceiling)
            return out

        # The items are made once per list of activations (and look), then only get new data: a
        # dragged slider's previews redraw without building the plot again.
        key = (tuple(c.label for c in curves), tuple(colors), k)
        if key != self._grad_key:
            self._grad_key = key
            for items in self.grad_items:
                for item in items:
                    self.grad_plot.removeItem(item)
            self.legend.clear()
            self.grad_items = []
            for c, color in zip(curves, colors):
                med = self.grad_plot.plot(pen=pg.mkPen(color, width=3.5 * k), name=c.label)
                lo = self.grad_plot.plot(pen=pg.mkPen(None))
                hi = self.grad_plot.plot(pen=pg.mkPen(None))
                band_color = QtGui.QColor(color)
                band_color.setAlpha(50)
                band = pg.FillBetweenItem(lo, hi, brush=pg.mkBrush(band_color))
                self.grad_plot.addItem(band)
                # The backward signal ‖∂L/∂h‖ as dots, its mean-field line dashed through them.
                back = self.grad_plot.plot(
                    pen=None, symbol="o", symbolSize=6 * k, symbolBrush=None, symbolPen=pg.mkPen(color, width=1.5 * k)
                )
                theory = self.grad_plot.plot(pen=pen(color, 1.5 * k, QtCore.Qt.PenStyle.DashLine))
                self.grad_items.append((med, lo, band, hi, back, theory))
            fit_legend(self.legend, self.grad_plot.getPlotItem())
            self._fit_legend_room()
        for c, (med, lo, _band, hi, back, theory) in zip(curves, self.grad_items):
            med.setData(c.layers, clipped(c.median))
            lo.setData(c.layers, clipped(c.low))
            hi.setData(c.layers, clipped(c.high))
            back.setData(c.layers, clipped(c.back))
            theory.setData(c.layers, clipped(c.theory))
        self._set_layer_range(result.grad_norm.shape[-1])
        lines = diagnosis_lines(result, specs)
        look = theme.look(self.fstate.theme)
        # The coloured squares double as the legend where the plot has no room for one.
        rows = [f"<span style='color:{color}'>■</span> {tr_text(line)}" for line, color in zip(lines, colors)]
        lines_say = tr_text(THEORY_LEGEND)
        solid = self.tr("lines: ‖∂L/∂W‖ (band: seeds)")
        map_says = tr_text(PHASE_LEGEND)
        rows.append(f"<span style='color:{look.muted}'>{solid} · {lines_say}<br>{map_says}</span>")
        self.diagnosis.setText("<br>".join(rows))
        self._fit_diagnosis()
        self._draw_histograms()
        self._draw_forward()

    def _set_gradient_top(self, top: float) -> None:
        """The gradient axis from its fixed floor to 10**top."""
        if top != self._grad_top:
            self._grad_top = top
            self.grad_plot.setYRange(math.log10(GRADIENT_RANGE[0]), top, padding=0)

    def _set_layer_range(self, depth: int) -> None:
        """Both plots over layers 0.5 … depth + 0.5, no padding: one layer axis, lined up."""
        for plot in (self.grad_plot, self.hist_plot):
            plot.setXRange(0.5, depth + 0.5, padding=0)

    def _draw_forward(self) -> None:
        """The selected activation's mean ± its standard deviation per layer over its histograms."""
        result, specs = self.result, self.result_specs
        if result is None or not specs:
            return
        ds = self.dstate
        spec = ds.activations[min(ds.selected, len(ds.activations) - 1)]
        a = specs.index(spec) if spec in specs else 0
        curve = variance_curves(result, specs)[a]
        k = self._factors.line
        solid = pg.mkPen("w", width=2 * k)
        dashed = pen("w", 1.5 * k, QtCore.Qt.PenStyle.DashLine)
        mean = np.median(result.act_mean[a], axis=0)
        mean_theory = result.mean_field[a].mean
        with np.errstate(invalid="ignore", over="ignore"):
            measured, theory = np.sqrt(curve.median), np.sqrt(curve.theory)
            lines = (mean + measured, mean - measured, mean_theory + theory, mean_theory - theory)
        big = 1e6
        for item, values, p in zip(self.sd_items, lines, (solid, solid, dashed, dashed)):
            values = np.nan_to_num(values, nan=0.0, posinf=big, neginf=-big)
            item.setData(curve.layers, np.clip(values, -big, big), pen=p)

    @guarded
    def _on_phase(self, answer: PhaseAnswer) -> None:
        self.phase_answer = answer
        pm = answer.map
        img = phase_image(pm)  # (W, B): σ_w² along x
        self.phase_image.setImage(img.T, levels=(-PHASE_LIMIT, PHASE_LIMIT))
        sw, sb = pm.weight_var, pm.bias_var
        dx = (sw[-1] - sw[0]) / max(sw.size - 1, 1)
        dy = (sb[-1] - sb[0]) / max(sb.size - 1, 1)
        self.phase_image.setRect(QtCore.QRectF(sw[0] - dx / 2, sb[0] - dy / 2, dx * sw.size, dy * sb.size))
        # The contour in the image's pixel coordinates (its parent is the image; pyqtgraph puts
        # cell i's value at i + ½).
        self.phase_edge.setData(img.T, level=0.0)
        self._set_phase_titles()

    def _set_phase_titles(self) -> None:
        """The map's title names its activation; with residual connections it says that the map
        is of the plain network (the identity path adds 1 to χ₁: such a network never vanishes)."""
        answer = self.phase_answer
        if answer is None:
            return
        label = spec_label(answer.spec)
        if self.dstate.residual:
            self._phase_titles = [
                self.tr("Edge of chaos without the residual path: {label}").format(label=label),
                self.tr("Without the residual path: {label}").format(label=label),
                *_shortened(label),
            ]
        else:
            self._phase_titles = [self.tr("Edge of chaos: {label}").format(label=label), *_shortened(label)]
        self._fit_titles()

    def _draw_histograms(self) -> None:
        ds = self.dstate
        answer = self.answer
        picked = None if answer is None else answer.histogram(ds.activations[min(ds.selected, len(ds.activations) - 1)])
        if picked is None:
            return  # computed with the next answer; the last picture stays until then
        hist, v, spec = picked
        # Square roots make the thin tails visible beside the tall spike at 0 of a ReLU.
        self.hist_image.setImage(np.sqrt(hist.T), autoLevels=True)
        self.hist_image.setRect(QtCore.QRectF(0.5, -v, hist.shape[0], 2 * v))
        self.hist_plot.setRange(xRange=(0.5, hist.shape[0] + 0.5), yRange=(-v, v), padding=0)
        label = spec_label(spec)
        self._hist_titles = [
            self.tr("Activation values per layer: {label}").format(label=label),
            self.tr("Activation values: {label}").format(label=label),
            *_shortened(label),
        ]
        self._fit_titles()

    # A view fewer than this many lines of text tall (huge text on a small screen) is cramped: the
    # legend under the gradient plot gives its room back to the curves (the coloured squares of
    # the diagnosis say which curve is which), and the two plots share one x-axis title.
    CRAMPED_LINES = 30

    def _fit_legend_room(self) -> None:
        legend = self.legend
        cramped = self.rect().height() < self.CRAMPED_LINES * self.fontMetrics().lineSpacing()
        show = bool(legend.items) and not cramped
        if show != legend.isVisible() or (not show and legend.maximumHeight() > 0):
            legend.setVisible(show)
            # Hidden, it must take no room either: a layout made for a wider plot would keep the
            # plot wider than its widget.
            legend.setMaximumHeight(1e6 if show else 0)
            legend.setMaximumWidth(1e6 if show else 0)
            legend.setMinimumWidth(-1 if show else 0)
            self.grad_plot.getPlotItem().layout.setRowMaximumHeight(4, 1e6 if show else 0)
        if cramped != self._cramped:
            self._cramped = cramped
            self.grad_plot.getPlotItem().showLabel("bottom", not cramped)
            # Its title already says "activation values": a short histogram keeps its height for
            # the cells instead of a side title that it would cut at both ends.
            self.hist_plot.getPlotItem().showLabel("left", not cramped)
        # The layer axis's title in full where its plot is wide enough, else "layer" (at
        # 1024×768 huge the full wording was cut at both ends).
        # The plot that carries it: the histograms when cramped (the gradient plot's is hidden).
        plot = self.hist_plot if cramped else self.grad_plot
        axis = plot.getAxis("bottom")
        text = self.tr("layer (1 = next to the input)")
        if axis.labelText != text:
            plot.setLabel("bottom", text)
        # The widget's width, not the axis's: on a resize the axis is laid out only afterwards.
        if axis.label.boundingRect().width() + 8 > plot.width() - plot.getAxis("left").width():
            text = self.tr("layer")
        if axis.labelText != text:
            plot.setLabel("bottom", text)
        if cramped:
            self.grad_plot.getPlotItem().showLabel("bottom", False)
        else:
            short = self.tr("layer")
            if self.hist_plot.getAxis("bottom").labelText != short:
                self.hist_plot.setLabel("bottom", short)

    def _fit_titles(self) -> None:
        """Each plot's title in the longest wording its width holds at a readable size: a
        shorter wording beats the full one in tiny print (see ``look.fit_title``). A title wider
        than its plot would widen the plot past its widget and cut off its right-hand side."""
        plots = ((self.grad_plot, "_grad_titles"), (self.hist_plot, "_hist_titles"), (self.phase_plot, "_phase_titles"))
        for plot, name in plots:
            titles = getattr(self, name, None)
            if not titles:
                continue
            plot.getPlotItem().short_titles = tuple(titles[1:])
            set_title(plot, titles[0])

    def _fix_axis_widths(self) -> None:
        """The value axes as wide as their widest label can be, whatever is drawn: the plots do
        not jump sideways as labels change, and the gradient plot and the histograms (the same
        width) line up layer by layer."""
        widths = []
        for plot in (self.grad_plot, self.hist_plot):
            axis = plot.getAxis("left")
            font = axis.style.get("tickFont") or axis.font()
            fm = QtGui.QFontMetricsF(font)
            widest = max(fm.horizontalAdvance("10⁻⁴⁰"), fm.horizontalAdvance(WIDEST_COMPACT))
            text = widest + fm.height()  # the widest tick, and the axis title
            widths.append(math.ceil(text + 4 * self._factors.line + 12))
        for plot in (self.grad_plot, self.hist_plot):
            plot.getAxis("left").setWidth(max(widths))

    # ------------------------------------------------------------------ export
    def export_csv(self, path: Path) -> None:
        if self.result is None:
            raise OSError("nothing has been computed yet")
        atomic_write_text(path, layers_csv(self.result))

    def export_png(self, path: Path) -> None:
        self.export_picture(path)

    def export_picture(self, path: Path, size: tuple[int, int] | None = None) -> Path:
        """The gradient and histogram plots, as on screen, without the controls: PNG (as on
        screen, or ``size`` pixels), or SVG (vector) for a .svg name."""
        return export.write_picture(path, [self.grad_plot, self.hist_plot, self.phase_plot], size, "ActViz: depth")

    def export_stem(self) -> str:
        ds = self.dstate
        return file_stem("depth", f"{ds.depth}x{ds.width}", ds.init)

    def _save(self, title: str, suffix: str, filters: str, write: Callable[[Path], object]) -> None:
        ask = getattr(self.window(), "ask_save_path", None)
        name = f"{self.export_stem()}.{suffix}"
        if callable(ask):
            path = ask(title, name, filters)
        else:
            path = QtWidgets.QFileDialog.getSaveFileName(self, title, name, filters)[0]
        if not path:
            return
        try:
            write(Path(path))
        except OSError as e:
            self.notify(f"Could not export: {e}")

    def _export_csv(self) -> None:
        self._save(self.tr("Export per-layer data"), "csv", self.tr("CSV (*.csv)"), self.export_csv)

    def _export_png(self) -> None:
        dialog = getattr(self.window(), "export_figure_dialog", None)
        if callable(dialog):  # the window's dialog: the same sizes and names as Ctrl+S
            dialog("depth")
            return
        self._save(
            self.tr("Export picture"), "png", self.tr("PNG image (*.png);;SVG vector (*.svg)"), self.export_picture
        )


__all__ = ["DepthView"]
