"""The Train view: watch any activation learn the Playground's datasets, race several from the
same start, and measure how fast each converges.

The behaviour lives in :class:`actviz.controllers.train.TrainSession` (the trainer, play,
pause, step and the study); this widget renders its events and forwards input. Live training
runs in the GUI thread in slices of a few milliseconds per frame (the networks are tiny); the
convergence study runs on the session's worker thread with progress and cancel.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import numpy as np

from actviz.controllers.train import NEW_DATA, SPEEDS, TrainSession, reason
from actviz.core import names
from actviz.core.setups import MAX_LAYERS, MAX_NEURONS
from actviz.core.training import GRID_EXTENT, StudyResult, Trainer, grid_points
from actviz.fileio import atomic_write_bytes, atomic_write_text
from actviz.state import State
from actviz.state.share import ShareError, format_setup, parse_setup
from actviz.state.texts import Message
from actviz.state.training import DATASETS, REGULARIZATIONS, TrainState, spec_label
from actviz.ui import choices, export, keys
from actviz.ui.diagram import DiagramView
from actviz.ui.formula_editor import FunctionIds
from actviz.ui.guard import guarded, report
from actviz.ui.i18n import tr_text
from actviz.ui.legend import fit_legend, legend_below
from actviz.ui.look import (
    FONT_FACTOR,
    SideFit,
    fit_title,
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
from actviz.ui.panel_widgets import RowOrColumn, WrapButton, WrapCheck
from actviz.ui.pgutil import ApartAxis, tie_menus
from actviz.ui.qt import QtCore, QtGui, QtWidgets, named, pg
from actviz.ui.timing import Debounced, Throttled
from actviz.ui.train_controls import FeatureToggles, LayerButtons, RaceMaps, StudyTable
from actviz.ui.view_common import fill_activations
from actviz.ui.worker import gui_deliver
from actviz.viewmodels import theme
from actviz.viewmodels.diagram import network_slice
from actviz.viewmodels.export import file_stem
from actviz.viewmodels.train import (
    LOSS_FLOOR,
    MAP_RESOLUTION,
    MIN_EPOCHS_SHOWN,
    SMALL_MAP_RESOLUTION,
    activation_colors,
    layers_note,
    layers_summary,
    log_ticks,
    loss_csv,
    loss_curves,
    loss_y_range,
    map_values,
    run_result,
    speed_text,
    status_line,
    study_caption,
    study_csv,
    study_result,
    study_table,
    threshold_label_place,
    threshold_value,
    tick_texts,
    toggled_features,
    with_layer,
    with_neurons,
)

Notify = Callable[[str], None]
AskSave = Callable[[str, str, str], str]
LEARNING_RATES = ("0.00001", "0.0001", "0.001", "0.003", "0.01", "0.03", "0.1", "0.3", "1", "3", "10")
POSITIVE, NEGATIVE = "#0877BD", "#F59322"  # the Playground's two classes: blue +1, orange −1
TEXT_CAP = 1.5  # the text around the plots grows with the scale up to this factor only
KEY_CAP = 1.25  # and the large key result up to this one
FAIR_NOTE_MIN_HEIGHT = 820  # the view's height below which the fairness note is a tooltip only
MAP_RECT = QtCore.QRectF(-GRID_EXTENT, -GRID_EXTENT, 2 * GRID_EXTENT, 2 * GRID_EXTENT)
RACE_DRAW_S = 0.2  # while racing (as fast as it goes), the plots are drawn at most this often
RACE_MAPS_SHARE = 0.2  # the race's small maps take at most this share of the plots' height
DIAGRAM_MIN_WIDTH = 1100  # the plots' width from which the diagram sits between the map and the losses
RACE_TOP_MIN_HEIGHT = 850  # the view's height from which they sit above the plots (else in the side panel)


class SquareHolder(QtWidgets.QWidget):
    """Holds a plot so that its data area (the ViewBox) stays square and centred, whatever
    room the layout gives: the axes and the title take what they need around it."""

    def __init__(self, plot: pg.PlotWidget) -> None:
        super().__init__()
        self.plot = plot
        plot.setParent(self)
        self.setSizePolicy(QtWidgets.QSizePolicy.Policy.Expanding, QtWidgets.QSizePolicy.Policy.Expanding)
        self._margins = (60, 60)  # plot size minus ViewBox size, measured after each layout
        plot.getViewBox().sigResized.connect(self._remeasure)

    def sizeHint(self) -> QtCore.QSize:  # noqa: N802 - Qt override
        hint: QtCore.QSize = self.plot.sizeHint()
        return hint

    def minimumSizeHint(self) -> QtCore.QSize:  # noqa: N802 - Qt override
        return QtCore.QSize(160, 160)

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        dw, dh = self._margins
        side = max(min(self.width() - dw, self.height() - dh), 20)
        w, h = min(side + dw, self.width()), min(side + dh, self.height())
        self.plot.setGeometry((self.width() - w) // 2, (self.height() - h) // 2, w, h)

    def _remeasure(self, *_args: object) -> None:
        # The plot item and its ViewBox are measured in the same layout pass; a pass caught
        # half-way (the item resized, the ViewBox not yet) gives nonsense and is skipped.
        pi = self.plot.getPlotItem().geometry()
        vb = self.plot.getViewBox().geometry()
        margins = (round(pi.width() - vb.width()), round(pi.height() - vb.height()))
        if not all(0 <= m < 0.8 * max(size, 1) for m, size in zip(margins, (pi.width(), pi.height()))):
            return
        if max(abs(a - b) for a, b in zip(margins, self._margins)) > 1:
            self._margins = margins
            self._fit()


class OneLine(QtWidgets.QLabel):
    """A label kept to one line: text wider than the label is cut with "…" and the whole text
    becomes its tooltip, so a long line never pushes the plots off the view."""

    def __init__(self, object_name: str) -> None:
        super().__init__()
        self.setObjectName(object_name)
        self._full = ""
        self.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self.setSizePolicy(QtWidgets.QSizePolicy.Policy.Ignored, QtWidgets.QSizePolicy.Policy.Fixed)

    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str) -> None:
        if text != self._full:
            self._full = text
            self._elide()

    def minimumSizeHint(self) -> QtCore.QSize:  # noqa: N802 - Qt override
        return QtCore.QSize(40, super().minimumSizeHint().height())

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event: QtCore.QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QtCore.QEvent.Type.FontChange:
            self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, QtCore.Qt.TextElideMode.ElideRight, max(self.width(), 40))
        if shown != self.text():
            self.setText(shown)
        self.setToolTip("" if shown == self._full else self._full)


class LossAxis(pg.AxisItem):
    """A log axis that always labels at least two or three values, never crowds them: decades,
    1-2-5 or round values within a decade, as many as the axis' height allows."""

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, list[float]]]:  # noqa: N802 - pyqtgraph override
        if not self.logMode:
            linear: list[tuple[float, list[float]]] = super().tickValues(minVal, maxVal, size)
            return linear
        line = QtGui.QFontMetricsF(self.style.get("tickFont") or QtGui.QFont()).height()
        values = log_ticks(minVal, maxVal, max(2, int(size / (2.2 * line))))
        return [(1.0, [float(np.log10(v)) for v in values])]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:  # noqa: N802 - pyqtgraph override
        if not self.logMode:
            linear: list[str] = super().tickStrings(values, scale, spacing)
            return linear
        return tick_texts([10.0**v for v in values])


class EpochAxis(ApartAxis):
    """The loss plot's epoch axis: its labels keep a space between them (see ApartAxis), and
    whole thousands read 2k, 4k, 6k."""

    def __init__(self, orientation: str = "bottom") -> None:
        super().__init__(orientation)
        self.enableAutoSIPrefix(False)  # epochs are counted, not scaled

    @staticmethod
    def epochs_text(value: float, step: float) -> str:
        """``2000`` as ``2k`` where the ticks are whole thousands apart: short enough for three
        labels on a narrow plot."""
        if step >= 1000 and value % 1000 == 0 and value != 0:
            return f"{value / 1000:g}k"
        return f"{value:g}"

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:  # noqa: N802 - pyqtgraph override
        return [self.epochs_text(round(v * scale, 6), spacing * scale) for v in values]


class TrainView(QtWidgets.QWidget):
    """Controls, decision-boundary map, loss curves and the convergence study."""

    def __init__(
        self,
        tstate: TrainState,
        fstate: State,
        notify: Notify,
        parent: QtWidgets.QWidget | None = None,
        ask_save: AskSave | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("trainView")
        self.tstate, self.fstate = tstate, fstate
        del notify  # the window's message line is under the function plot; this view has its own
        # The view's own messages show in the view (the window's line sits under the function
        # plot, out of sight from here).
        self.message_line = MessageLine("trainMessage")
        self.notify: Notify = self.message_line.say
        # The window's save dialog (it opens in the folder used last); a file dialog without it.
        self._ask_save = ask_save
        self._grid = grid_points(MAP_RESOLUTION)
        self._small_grid = grid_points(SMALL_MAP_RESOLUTION)
        self._last_draw = float("-inf")  # when the plots were last drawn (throttled while racing)
        self._restart_says_seed = False
        self._factors = theme.factors(fstate.scale)

        self._build_controls()
        self._build_plots()
        self._build_study()
        # Titles fit their plots' widths, refitted once a plot's size settles (a child timer:
        # it goes with the view).
        self._titles_later = QtCore.QTimer(self, singleShot=True, interval=0)
        self._titles_later.timeout.connect(self._fit_titles)
        for plot in (self.map_plot, self.loss_plot):
            # The view's size, not the plot item's: a long title keeps the item wider than its view.
            plot.sigDeviceRangeChanged.connect(lambda *_: self._titles_later.start())

        side = QtWidgets.QWidget()
        side_lay = QtWidgets.QVBoxLayout(side)
        # A race's small maps go here when the view is too short to hold them above the plots.
        self.race_box = named(QtWidgets.QGroupBox(self.tr("Every network's map")), "trainRaceBox")
        self.race_box.setToolTip(self.tr("Click a map to show that network"))
        QtWidgets.QVBoxLayout(self.race_box)
        self.race_box.hide()
        for w in (self.race_box, self.setup_box, self.act_box, self.run_box, self.study_box):
            side_lay.addWidget(w)
        side_lay.addStretch(1)
        self.side_scroll = named(QtWidgets.QScrollArea(), "trainSide")
        self.side_scroll.setWidget(side)
        self.side_scroll.setWidgetResizable(True)
        self.side_scroll.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.side_scroll.setMinimumWidth(380)
        self.side_scroll.setMaximumWidth(460)

        plots = QtWidgets.QWidget()
        plots_lay = QtWidgets.QVBoxLayout(plots)
        plots_lay.setContentsMargins(6, 6, 6, 6)
        # Every text line here is one line (cut with "…", whole in its tooltip) and its font is
        # capped: at huge scale wrapped lines took all the height and left the plots 40 px.
        self.status_label = OneLine("trainStatus")
        # The result, in one place: this run's epochs, and the study's medians once measured.
        self.key_label = named(QtWidgets.QLabel(wordWrap=True), "trainKeyResult")
        self.key_label.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self.key_label.setToolTip(self.fair_note.full_text())
        relative_font(self.key_label, 1.35, bold=True)
        # A lesson's point above the plots: whole (it is the lesson), on two lines if need be,
        # in a font capped like the rest.
        self.caption = named(QtWidgets.QLabel(wordWrap=True), "trainCaption")
        self.caption.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self.caption.hide()
        self._caption = ""
        plots_lay.addWidget(self.caption)
        row = QtWidgets.QHBoxLayout()
        # The selected network's diagram in the centre, between its map and the losses.
        row.addWidget(self.map_holder, 2)
        row.addWidget(self.diagram, 2)
        row.addWidget(self.loss_plot, 2)
        plots_lay.addWidget(self.message_line)
        # In a race, every network's map side by side above the selected one's.
        self._race = False
        self._map_title: str | None = None  # the title last fitted over the map
        plots_lay.addWidget(self.race_top)
        plots_lay.addLayout(row, 1)
        plots_lay.addWidget(self.key_label)
        plots_lay.addWidget(self.status_label)
        plots_lay.addWidget(self.fair_note)

        lay = QtWidgets.QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(plots, 1)
        lay.addWidget(self.side_scroll)

        self.timer = QtCore.QTimer(self, interval=30)
        self.timer.timeout.connect(self._tick)
        # The study's progress is painted at most every 50 ms, and its last value always.
        self._progress_value = (0, 1)
        self._paint_progress = Throttled(self._show_progress, 50, self)

        ev = tstate.events
        for sig in (
            ev.dataset,
            ev.noise,
            ev.train_percent,
            ev.layers,
            ev.learning_rate,
            ev.batch_size,
            ev.regularization,
            ev.reg_rate,
            ev.activations,
            ev.seed,
            ev.threshold,
            ev.features,
        ):
            sig.connect(self._on_setup)
        ev.show_test.connect(self._on_map_look)
        ev.discretize.connect(self._on_map_look)
        ev.selected.connect(self._on_selected)
        ev.study_seeds.connect(self._controls_from_state)
        ev.study_epochs.connect(self._controls_from_state)
        # The behaviour: the trainer, play/pause/step and the study (its callbacks come to the
        # GUI thread). Made after the view listens to the state: on a change the view clears
        # an old refusal first, then the session restarts or retunes the run and says so.
        self.session = ses = TrainSession(tstate, deliver=gui_deliver(self))
        ses.stepped.connect(self._on_stepped)
        ses.restarted.connect(self._on_restarted)
        ses.failed.connect(self._on_failed)
        ses.playing_changed.connect(self._on_playing)
        ses.study_running_changed.connect(self._on_study_running)
        ses.study_progress.connect(self._on_progress)
        ses.study_done.connect(self._on_study_done)
        ses.study_cancelled.connect(self._on_study_cancelled)
        ses.study_failed.connect(self._on_study_failed)
        ses.speed_changed.connect(self._on_speed)
        # Slower and faster (Ctrl+Down, Ctrl+Up) are the window's Train menu actions.

        fstate.events.function.connect(self._on_function_view)
        fstate.events.overlays.connect(self._on_function_view)
        fstate.events.theme.connect(self._on_look)
        fstate.events.scale.connect(self._on_look)
        self.apply_look()
        self._controls_from_state()
        # The trainer is built when the view is first shown: start-up stays as fast as before.
        self._stale = True

    # The session's run, as the view's tests and the window read it.
    @property
    def trainer(self) -> Trainer | None:
        return self.session.trainer

    @property
    def playing(self) -> bool:
        return self.session.playing

    @property
    def study(self) -> StudyResult | None:
        return self.session.study

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        # A side note, not a result: it gives its line to the plots when the view is short.
        self.fair_note.setVisible(self.height() >= FAIR_NOTE_MIN_HEIGHT)
        self._place_race_maps()
        self._place_diagram()

    def _place_diagram(self) -> None:
        """Wide: the diagram between the map and the losses. Narrow (1024 or 1280 wide): the
        map keeps its half and the other half shows the losses or, when asked, the diagram."""
        wide = self.width() - self.side_scroll.width() >= DIAGRAM_MIN_WIDTH
        self.diagram_row.setVisible(not wide)
        show_diagram = wide or self.diagram_toggle.isChecked()
        self.diagram.setVisible(show_diagram)
        self.loss_plot.setVisible(wide or not show_diagram)
        if show_diagram and getattr(self, "_stale", True) is False:
            self._draw_diagram()

    def _place_race_maps(self) -> None:
        """A race's small maps: above the plots when the view is tall enough to spare the
        height, else at the top of the side panel; none without a race."""
        tall = self.height() >= RACE_TOP_MIN_HEIGHT
        self.race_top.setVisible(self._race and tall)
        self.race_box.setVisible(self._race and not tall)
        if not self._race:
            return
        home = self.race_top if tall else self.race_box
        lay = home.layout()
        if self.race_maps.parent() is not home and isinstance(lay, QtWidgets.QBoxLayout):
            lay.addWidget(self.race_maps, 0, QtCore.Qt.AlignmentFlag.AlignHCenter)
        self.race_maps.show()
        if tall:
            self.race_maps.fit_height(
                round(RACE_MAPS_SHARE * self.height()), self.width() - self.side_scroll.width() - 12
            )
        else:
            self.race_maps.fit_height(round(0.2 * max(self.height(), 400)), self.side_scroll.viewport().width() - 30)

    def showEvent(self, event: QtGui.QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale:
            self._redraw()

    @guarded
    def _fit_titles(self) -> None:
        for plot in (self.map_plot, self.loss_plot):
            fit_title(plot)

    # ------------------------------------------------------------------ building
    def _build_controls(self) -> None:
        ts = self.tstate
        self.setup_box = QtWidgets.QGroupBox(self.tr("Data and network"))
        form = QtWidgets.QFormLayout(self.setup_box)
        # A narrow panel (a projector scale on a small screen) puts the labels above their fields.
        form.setRowWrapPolicy(QtWidgets.QFormLayout.RowWrapPolicy.WrapLongRows)
        self.dataset = named(QtWidgets.QComboBox(), "trainDataset")
        choices.fill(self.dataset, DATASETS)
        for item_id, text in (
            ("plane", self.tr("plane (regression)")),
            ("multigauss", self.tr("multi-gaussian (regression)")),
        ):
            index = self.dataset.findData(item_id)
            if index >= 0:
                self.dataset.setItemText(index, text)
        # The long regression names must not widen the side panel: the combo shows what fits.
        self.dataset.setSizeAdjustPolicy(QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.dataset.setMinimumContentsLength(8)
        self.dataset.activated.connect(lambda i: self._try(ts.set_dataset, choices.id_at(self.dataset, i)))
        self.regenerate_button = named(QtWidgets.QPushButton(self.tr("Regenerate")), "trainRegenerate")
        self.regenerate_button.setToolTip(self.tr("New data from the next seed (the run starts again)"))
        self.regenerate_button.clicked.connect(self.regenerate)
        dataset_row = RowOrColumn()  # Regenerate under the list when the panel is narrow
        dataset_row.addWidget(self.dataset)
        dataset_row.addWidget(self.regenerate_button)
        self.features = FeatureToggles(self._toggle_feature)
        self.features.setToolTip(self.tr("The inputs the network sees; at least one stays on"))
        self.layer_buttons = LayerButtons(
            self._step_layers,
            self._step_neurons,
            (
                self.tr("One hidden layer fewer (down to none)"),
                self.tr("One hidden layer more (up to {n})").format(n=MAX_LAYERS),
                self.tr("One neuron fewer in this layer"),
                self.tr("One neuron more in this layer (up to {n})").format(n=MAX_NEURONS),
            ),
        )
        self.layers_note = named(QtWidgets.QLabel(wordWrap=True), "trainLayersNote")
        self.layers_note.hide()
        self.noise = named(QtWidgets.QSlider(QtCore.Qt.Orientation.Horizontal), "trainNoise")
        self.noise.setRange(0, 50)
        self.noise.setPageStep(5)
        self.noise_label = QtWidgets.QLabel()
        self.noise.valueChanged.connect(lambda v: self._try(ts.set_noise, v / 100))
        noise_row = QtWidgets.QHBoxLayout()
        noise_row.addWidget(self.noise, 1)
        noise_row.addWidget(self.noise_label)
        self.train_pct = named(QtWidgets.QSpinBox(), "trainPercent")
        self.train_pct.setRange(10, 90)
        self.train_pct.setSingleStep(10)
        self.train_pct.setSuffix(" %")
        self.train_pct.setKeyboardTracking(False)
        self.train_pct.valueChanged.connect(lambda v: self._try(ts.set_train_percent, v))
        self.layers = named(QtWidgets.QLineEdit(), "trainLayers")
        self.layers.setToolTip(
            self.tr("Neurons per hidden layer, e.g. 3, 3 (0 to 6 layers of 1 to 8 neurons; none for no hidden layer)")
        )
        self.layers.editingFinished.connect(self._write_layers)
        keys.install(self.layers, lambda: self.layers.setText(self._layers_text()))
        self.lr = named(QtWidgets.QComboBox(), "trainLearningRate")
        self.lr.addItems(LEARNING_RATES)
        self.lr.activated.connect(lambda i: self._try(ts.set_learning_rate, float(self.lr.itemText(i))))
        self.batch = named(QtWidgets.QSpinBox(), "trainBatch")
        self.batch.setRange(1, 500)
        self.batch.setKeyboardTracking(False)
        self.batch.valueChanged.connect(lambda v: self._try(ts.set_batch_size, v))
        self.reg = named(QtWidgets.QComboBox(), "trainRegularization")
        choices.fill(self.reg, REGULARIZATIONS)
        self.reg_rate = named(QtWidgets.QComboBox(), "trainRegRate")
        self.reg_rate.addItems(["0", "0.001", "0.003", "0.01", "0.03", "0.1", "0.3", "1", "3", "10"])
        self.reg.activated.connect(self._write_reg)
        self.reg_rate.activated.connect(self._write_reg)
        reg_row = QtWidgets.QHBoxLayout()
        reg_row.addWidget(self.reg)
        reg_row.addWidget(QtWidgets.QLabel(self.tr("rate")))
        reg_row.addWidget(self.reg_rate)
        self.seed = named(QtWidgets.QSpinBox(), "trainSeed")
        self.seed.setRange(0, 2**31 - 1)
        self.seed.setKeyboardTracking(False)
        self.seed.valueChanged.connect(lambda v: self._try(ts.set_seed, v))
        form.addRow(self.tr("Dataset"), dataset_row)
        form.addRow(self.tr("Noise"), noise_row)
        form.addRow(self.tr("Training data"), self.train_pct)
        # The buttons take the panel's whole width (under their label): at huge text a row of
        # four feature buttons or six layer columns beside a label widened the panel.
        form.addRow(QtWidgets.QLabel(self.tr("Features")))
        form.addRow(self.features)
        form.addRow(self.tr("Hidden layers"), self.layers)
        form.addRow(self.layer_buttons)
        form.addRow(self.layers_note)
        form.addRow(self.tr("Learning rate"), self.lr)
        form.addRow(self.tr("Batch size"), self.batch)
        form.addRow(self.tr("Regularisation"), reg_row)
        form.addRow(self.tr("Seed"), self.seed)
        _wrap_labels(form)

        self.act_box = QtWidgets.QGroupBox(self.tr("Activations to compare"))
        lay = QtWidgets.QVBoxLayout(self.act_box)
        self.act_list = named(QtWidgets.QListWidget(), "trainActivations")
        scaled_height(self.act_list, maximum=130)
        self.act_list.currentRowChanged.connect(lambda r: self._try(ts.set_selected, r) if r >= 0 else None)
        self.add_current = WrapButton(self.tr("Add the function shown"), "trainAddCurrent")
        self.add_current.setToolTip(self.tr("The function view's function, with its current parameters"))
        self.add_current.clicked.connect(self.add_current_function)
        self.add_combo = named(QtWidgets.QComboBox(), "trainAddCombo")
        self.add_combo.addItems(names())
        self._ids = FunctionIds(self.add_combo, self.fstate)  # custom formulas come and go
        self.add_button = named(QtWidgets.QPushButton(self.tr("Add")), "trainAdd")
        self.add_button.clicked.connect(lambda: self._add(self.add_combo.currentText()))
        self.remove_button = named(QtWidgets.QPushButton(self.tr("Remove")), "trainRemove")
        self.remove_button.clicked.connect(self._remove_selected)
        # On two lines when the panel is narrow (huge text on a small screen), never cut.
        self.race_button = WrapButton(self.tr("Article race: sigmoid vs tanh vs ReLU"), "trainRace")
        self.race_button.setToolTip(
            self.tr("Circle data, 2×3 network, learning rate 0.03, batch 10, no noise; then play")
        )
        self.race_button.clicked.connect(self.article_race)
        add_row = RowOrColumn()  # Add and Remove under the list when the panel is narrow
        add_row.addWidget(self.add_combo)
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.remove_button)
        lay.addWidget(self.act_list)
        lay.addWidget(self.add_current)
        lay.addLayout(add_row)
        lay.addWidget(self.race_button)

        self.run_box = QtWidgets.QGroupBox(self.tr("Train"))
        run_col = QtWidgets.QVBoxLayout(self.run_box)
        run = RowOrColumn()  # Step and Reset under Play when the panel is narrow
        self.play_button = named(QtWidgets.QPushButton(self.tr("Play")), "trainPlay")
        self.play_button.setToolTip(self.tr("Play or pause training (Space while the Train view is shown)"))
        self.play_button.clicked.connect(self.toggle_play)
        self.step_button = named(QtWidgets.QPushButton(self.tr("Step")), "trainStep")
        self.step_button.setToolTip(self.tr("One epoch"))
        self.step_button.clicked.connect(lambda: self.step(1))
        self.reset_button = named(QtWidgets.QPushButton(self.tr("Reset")), "trainReset")
        self.reset_button.setToolTip(self.tr("Back to epoch 0, the same initial weights"))
        self.reset_button.clicked.connect(self.reset)
        self.epoch_label = named(QtWidgets.QLabel(self.tr("epoch {n}").format(n=0)), "trainEpoch")
        relative_font(self.epoch_label, 1.3, bold=True)
        # Why the run is at epoch 0 again ("restarted: new data"), beside the epoch until it
        # trains on: on the epoch's line, so the panel does not move when it comes and goes.
        self.restart_label = OneLine("trainRestarted")
        for w in (self.play_button, self.step_button, self.reset_button):
            run.addWidget(w)
        run_col.addLayout(run)
        speed_row = QtWidgets.QHBoxLayout()
        self.speed = named(QtWidgets.QSlider(QtCore.Qt.Orientation.Horizontal), "trainSpeed")
        self.speed.setRange(0, len(SPEEDS) - 1)
        self.speed.setPageStep(1)
        self.speed.setValue(len(SPEEDS) - 1)
        self.speed.setToolTip(self.tr("Epochs per second while playing (Ctrl+Down slower, Ctrl+Up faster)"))
        self.speed.valueChanged.connect(lambda i: self.session.set_speed(SPEEDS[i]))
        # "as fast as it goes" takes two lines rather than leave the slider no room to move.
        self.speed.setMinimumWidth(100)
        self.speed_label = named(QtWidgets.QLabel(wordWrap=True), "trainSpeedLabel")
        speed_row.addWidget(QtWidgets.QLabel(self.tr("Speed")))
        speed_row.addWidget(self.speed, 1)
        run_col.addLayout(speed_row)
        # Under the slider, on a line of its own: a longer text ("as fast as it goes") neither
        # squeezes the slider nor makes it jump as the speed changes.
        self.speed_label.setAlignment(QtCore.Qt.AlignmentFlag.AlignRight)
        run_col.addWidget(self.speed_label)
        # Side by side, each text on two lines when the panel is narrow.
        toggles = QtWidgets.QHBoxLayout()
        show_test = WrapCheck(self.tr("Show test data"), "trainShowTest")
        self.show_test = show_test.box
        self.show_test.toggled.connect(lambda on: self._try(self.tstate.set_show_test, on))
        discretize = WrapCheck(self.tr("Discretize output"), "trainDiscretize")
        discretize.setToolTip(self.tr("The map shows only the output's sign: the two class colours"))
        self.discretize = discretize.box
        self.discretize.toggled.connect(lambda on: self._try(self.tstate.set_discretize, on))
        toggles.addWidget(show_test)
        toggles.addWidget(discretize)
        run_col.addLayout(toggles)
        # In a narrow window the diagram takes the loss plot's place when asked (wide: both).
        # Its text wraps onto a second line when the panel is narrow.
        self.diagram_row = WrapCheck(self.tr("Network diagram instead of the losses"), "trainDiagramToggle")
        self.diagram_row.setToolTip(self.tr("A wider window shows the diagram beside the losses"))
        self.diagram_toggle = self.diagram_row.box
        self.diagram_toggle.toggled.connect(lambda _on: self._place_diagram())
        run_col.addWidget(self.diagram_row)
        epoch_row = QtWidgets.QHBoxLayout()
        epoch_row.addWidget(self.epoch_label)
        epoch_row.addWidget(self.restart_label, 1)
        run_col.addLayout(epoch_row)

        self.fair_note: OneLine = OneLine("trainFairNote")
        self.fair_note.set_full_text(
            self.tr(
                "Fair comparison: for a given seed every activation starts from the same data and the same "
                "initial weights."
            )
        )

    def _build_plots(self) -> None:
        self.map_plot = pg.PlotWidget(objectName="trainMap", enableMenu=False)
        tie_menus(self.map_plot, self)
        self.map_plot.hideButtons()
        self.map_plot.setMouseEnabled(x=False, y=False)
        # The view shows exactly the map's square, and the holder keeps the square square: an
        # aspect lock would widen the range past ±6 and leave bands the map does not cover.
        self.map_plot.setRange(xRange=(-GRID_EXTENT, GRID_EXTENT), yRange=(-GRID_EXTENT, GRID_EXTENT), padding=0)
        self.map_plot.getViewBox().disableAutoRange()
        self.map_plot.setTitle(self.tr("Decision boundary"))
        self.map_holder = SquareHolder(self.map_plot)
        self.image = pg.ImageItem(axisOrder="row-major")
        # The Playground's diverging scale: orange −1, white 0, blue +1 (a class's certainty, or
        # the regression's value).
        cmap = pg.ColorMap([0.0, 0.5, 1.0], [pg.mkColor(NEGATIVE), pg.mkColor("#FFFFFF"), pg.mkColor(POSITIVE)])
        self._lookup = cmap.getLookupTable(0.0, 1.0, 256)
        self.image.setLookupTable(self._lookup)
        # Made in its place above the plots (hidden until a race); moved to the side panel when
        # the view is short.
        self.race_top = named(QtWidgets.QWidget(), "trainRaceTop")
        top_lay = QtWidgets.QHBoxLayout(self.race_top)
        top_lay.setContentsMargins(0, 0, 0, 0)
        self.race_top.hide()
        self.race_maps = RaceMaps(lambda i: self._try(self.tstate.set_selected, i), self._lookup, self.race_top)
        top_lay.addWidget(self.race_maps, 0, QtCore.Qt.AlignmentFlag.AlignHCenter)
        self.image.setLevels((-1.0, 1.0))
        self.map_plot.addItem(self.image)
        # Training points as circles, test points as squares; one item per class keeps a
        # single brush each (per-point brushes cost more than the whole map).
        self.train_points = tuple(
            pg.ScatterPlotItem(size=7, pen=pg.mkPen("#333333", width=1), brush=pg.mkBrush(c))
            for c in (POSITIVE, NEGATIVE)
        )
        self.test_points = tuple(
            pg.ScatterPlotItem(size=7, pen=pg.mkPen("#333333", width=1.5), brush=pg.mkBrush(c), symbol="s")
            for c in (POSITIVE, NEGATIVE)
        )
        for item in (*self.train_points, *self.test_points):
            item.setZValue(10)
            self.map_plot.addItem(item)

        self.diagram = DiagramView()
        self.diagram.weight_edited.connect(lambda k, i, j, v: self._try(self.session.set_weight, k, i, j, v))
        self.diagram.bias_edited.connect(lambda k, i, v: self._try(self.session.set_bias, k, i, v))

        self.loss_plot: pg.PlotWidget = pg.PlotWidget(
            objectName="trainLoss", enableMenu=False, axisItems={"left": LossAxis("left"), "bottom": EpochAxis()}
        )
        tie_menus(self.loss_plot, self)
        self.loss_plot.hideButtons()
        self.loss_plot.setTitle(self.tr("Loss (solid: test, dashed: training)"))
        # On a narrow plot "Loss" in a readable size; the legend row says which curve is which.
        self.loss_plot.getPlotItem().short_titles = (self.tr("Loss"),)
        self.loss_plot.setLabel("bottom", self.tr("epoch"))
        self.loss_plot.setLogMode(y=True)
        self.loss_plot.showGrid(x=True, y=True, alpha=0.2)
        self.loss_legend = legend_below(self.loss_plot)
        self.threshold_line = pg.InfiniteLine(
            angle=0,
            pen=pg.mkPen("#888888", width=1, style=QtCore.Qt.PenStyle.DotLine),
            label="",
            # Moved to where no curve is (see _place_threshold_label).
            labelOpts={"position": 0.8, "anchors": [(0.5, 1), (0.5, 1)]},
        )
        self.loss_plot.addItem(self.threshold_line, ignoreBounds=True)
        # Placed again once a resize has settled (not during it: mid-resize the view still has
        # its old size, and the label could land on a curve).
        self._label_after_resize = Debounced(self._replace_threshold_label, 60, self)
        self.loss_plot.getViewBox().sigResized.connect(lambda *_: self._label_after_resize())
        # The ranges follow the curves until the user zooms or pans; Reset gives them back.
        self._user_range = False
        self.loss_plot.getViewBox().sigRangeChangedManually.connect(self._on_user_range)
        self.loss_items: list[tuple[pg.PlotDataItem, pg.PlotDataItem]] = []

    def _build_study(self) -> None:
        self.study_box = QtWidgets.QGroupBox(self.tr("Convergence study"))
        lay = QtWidgets.QVBoxLayout(self.study_box)
        form = QtWidgets.QFormLayout()
        form.setRowWrapPolicy(QtWidgets.QFormLayout.RowWrapPolicy.WrapLongRows)
        self.study_seeds = named(QtWidgets.QSpinBox(), "studySeeds")
        self.study_seeds.setRange(1, 500)
        self.study_seeds.setKeyboardTracking(False)
        self.study_seeds.valueChanged.connect(lambda v: self._try(self.tstate.set_study, v, None))
        self.study_epochs = named(QtWidgets.QSpinBox(), "studyEpochs")
        self.study_epochs.setRange(1, 100_000)
        self.study_epochs.setSingleStep(100)
        self.study_epochs.setKeyboardTracking(False)
        self.study_epochs.valueChanged.connect(lambda v: self._try(self.tstate.set_study, None, v))
        self.threshold = named(QtWidgets.QDoubleSpinBox(), "studyThreshold")
        self.threshold.setDecimals(4)
        self.threshold.setRange(0.0001, 1.0)
        self.threshold.setSingleStep(0.01)
        self.threshold.setKeyboardTracking(False)
        self.threshold.valueChanged.connect(lambda v: self._try(self.tstate.set_threshold, v))
        form.addRow(self.tr("Seeds per activation"), self.study_seeds)
        form.addRow(self.tr("Epochs"), self.study_epochs)
        form.addRow(self.tr("Converged when test loss <"), self.threshold)
        _wrap_labels(form)
        lay.addLayout(form)
        buttons = RowOrColumn()  # Cancel under Run study when the panel is narrow
        self.study_button = named(QtWidgets.QPushButton(self.tr("Run study")), "studyRun")
        self.study_button.clicked.connect(self.run_study)
        self.cancel_button = named(QtWidgets.QPushButton(self.tr("Cancel")), "studyCancel")
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel_study)
        buttons.addWidget(self.study_button)
        buttons.addWidget(self.cancel_button)
        lay.addLayout(buttons)
        self.progress = named(QtWidgets.QProgressBar(), "studyProgress")
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("no study of this set-up yet"))
        lay.addWidget(self.progress)
        self.study_caption = named(QtWidgets.QLabel(), "studyCaption")
        self.study_caption.setWordWrap(True)
        self.study_caption.hide()
        lay.addWidget(self.study_caption)
        self.table = named(StudyTable(0, 4), "studyTable")
        # Short two-line headers: the four columns fit the side panel with no sideways scroll.
        self.table.setHorizontalHeaderLabels(
            [self.tr("activation"), self.tr("median\n[IQR]"), self.tr("conv."), self.tr("speed-\nup")]
        )
        for column, tip in (
            (1, self.tr("median epochs to the threshold [interquartile range]")),
            (2, self.tr("seeds that converged / seeds run")),
            (3, self.tr("the first activation's median over this one's")),
        ):
            if (header_item := self.table.horizontalHeaderItem(column)) is not None:  # made by the labels above
                header_item.setToolTip(tip)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # On a narrow panel (huge text on a small screen) a median and its range take two lines
        # rather than push the speed-up out of view.
        self.table.setWordWrap(True)
        self.table.setTextElideMode(QtCore.Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        # A narrow names column (huge text on a small screen) shows its title from its start,
        # not cut at both sides (eliding would flatten the other titles' two lines).
        if (first := self.table.horizontalHeaderItem(0)) is not None:
            first.setTextAlignment(QtCore.Qt.AlignmentFlag.AlignLeft | QtCore.Qt.AlignmentFlag.AlignVCenter)
            first.setToolTip(self.tr("activation"))
        header.setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.Interactive)  # see StudyTable
        header.setSectionResizeMode(0, QtWidgets.QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(24)
        scaled_height(self.table, minimum=120)
        lay.addWidget(self.table)
        exports = RowOrColumn()  # the last two under the first when the panel is narrow
        for text, slot, name in (
            (self.tr("Loss CSV…"), self._export_loss, "exportLoss"),
            (self.tr("Study CSV…"), self._export_study, "exportStudy"),
            (self.tr("Picture…"), self._export_png, "exportTrainPng"),
        ):
            b = WrapButton(text, name)  # "Study CSV…" on two lines when the panel is narrow
            b.clicked.connect(slot)
            exports.addWidget(b)
        lay.addLayout(exports)

    # ------------------------------------------------------------------ widget -> state
    def _try(self, fn: Callable[..., object], *args: Any) -> None:
        try:
            fn(*args)
        except ValueError as e:
            self.notify(tr_text(e))
            self._controls_from_state()

    def _toggle_feature(self, feature: str, on: bool) -> None:
        """A feature button: on or off; turning the last one off is refused in one line."""
        features = toggled_features(self.tstate.features, feature, on)
        try:
            self.tstate.set_features(features)
        except ValueError as e:
            self.notify(self.tr("Features refused: {error}").format(error=tr_text(e)))
            self._controls_from_state()

    def _step_layers(self, delta: int) -> None:
        self._try(self.tstate.set_layers, with_layer(self.tstate.layers, delta, MAX_LAYERS))

    def _step_neurons(self, index: int, delta: int) -> None:
        self._try(self.tstate.set_layers, with_neurons(self.tstate.layers, index, delta, MAX_NEURONS))

    def regenerate(self) -> None:
        """New data from a new seed; the restart line says which ("new data: seed 8")."""
        self._try(self.session.regenerate)

    # ------------------------------------------------------------------ share string
    def setup_text(self) -> str:
        """The set-up as one line (Edit → Copy set-up)."""
        return format_setup(self.tstate)

    def copy_setup(self) -> str:
        """Put the set-up's share string on the clipboard and say so."""
        text = self.setup_text()
        QtWidgets.QApplication.clipboard().setText(text)
        self.message_line.note(
            self.tr("Copied the set-up: paste it with Edit → Paste set-up or give it to actviz --open")
        )
        return text

    def paste_setup(self, text: str | None = None) -> bool:
        """Restore a set-up from a share string (the clipboard's by default), all or nothing;
        a bad string gets one line and changes nothing."""
        if text is None:
            text = QtWidgets.QApplication.clipboard().text()
        try:
            checked = parse_setup(text)
        except ShareError as e:
            self.notify(tr_text(e))
            return False
        self.pause()
        problems = self.tstate.apply(checked)
        if problems:  # pragma: no cover - parse_setup applied the same values to a scratch state
            self.notify(problems[0])
            return False
        self.message_line.clear_message()
        return True

    def _write_layers(self) -> None:
        text = self.layers.text().replace(";", ",").replace("×", ",").replace("x", ",")
        if text.strip().lower() in ("none", "0", "-", ""):
            text = ""
        parts = [p for p in text.replace(" ", ",").split(",") if p.strip()]
        try:
            self.tstate.set_layers([int(p) if p.strip().lstrip("-").isdigit() else p for p in parts])
        except ValueError as e:
            self.notify(f"Layers refused: {tr_text(e)}. Kept {self._layers_text()}.")
        self.layers.setText(self._layers_text())

    def _write_reg(self, *_: object) -> None:
        self._try(self.tstate.set_regularization, choices.id_at(self.reg), float(self.reg_rate.currentText()))

    def _remove_selected(self) -> None:
        row = self.act_list.currentRow()
        self._try(self.tstate.remove_activation, row if row >= 0 else len(self.tstate.activations) - 1)

    def add_current_function(self) -> None:
        self._add(self.fstate.function_id, self.fstate.params)

    def _add(self, function_id: str, params: Mapping[str, Any] | None = None) -> None:
        """Add an activation and show its map: the one just added is the one being looked at."""
        n = len(self.tstate.activations)
        self._try(self.tstate.add_activation, function_id, params)
        if len(self.tstate.activations) > n:
            self._try(self.tstate.set_selected, len(self.tstate.activations) - 1)

    def article_race(self) -> None:
        """The article's race from epoch 0, as F7 gives it: a set-up that is already the
        article's would otherwise go on from the epoch it reached."""
        self.tstate.apply_article_preset()
        self.session.rebuild(reason("preset"))
        self.play()

    # ------------------------------------------------------------------ state -> widgets
    def _layers_text(self) -> str:
        return ", ".join(str(n) for n in self.tstate.layers) if self.tstate.layers else "none"

    @guarded
    def _controls_from_state(self, *_args: object) -> None:
        ts = self.tstate
        with QtCore.QSignalBlocker(self.dataset):
            choices.select(self.dataset, ts.dataset)
        with QtCore.QSignalBlocker(self.noise):
            self.noise.setValue(round(ts.noise * 100))
        self.noise_label.setText(f"{round(ts.noise * 100)} %")
        with QtCore.QSignalBlocker(self.train_pct):
            self.train_pct.setValue(ts.train_percent)
        if not self.layers.hasFocus():
            self.layers.setText(self._layers_text())
        self.features.set_features(ts.features)
        self.layer_buttons.set_layers(ts.layers, tr_text(layers_summary(ts.layers)))
        note = layers_note(ts.layers)
        self.layers_note.setVisible(note is not None)
        self.layers_note.setText(tr_text(note) if note is not None else "")
        for box, on in ((self.show_test, ts.show_test), (self.discretize, ts.discretize)):
            with QtCore.QSignalBlocker(box):
                box.setChecked(on)
        with QtCore.QSignalBlocker(self.speed):
            self.speed.setValue(self.session.speed_index if hasattr(self, "session") else len(SPEEDS) - 1)
        self.speed_label.setText(tr_text(speed_text(self.session.speed if hasattr(self, "session") else None)))
        lr = f"{ts.learning_rate:g}"
        if self.lr.findText(lr) < 0:
            self.lr.addItem(lr)
        with QtCore.QSignalBlocker(self.lr):
            self.lr.setCurrentText(lr)
        with QtCore.QSignalBlocker(self.batch):
            self.batch.setValue(ts.batch_size)
        with QtCore.QSignalBlocker(self.reg):
            choices.select(self.reg, ts.regularization)
        rate = f"{ts.reg_rate:g}"
        if self.reg_rate.findText(rate) < 0:
            self.reg_rate.addItem(rate)
        with QtCore.QSignalBlocker(self.reg_rate):
            self.reg_rate.setCurrentText(rate)
        for spin, value in (
            (self.seed, ts.seed),
            (self.study_seeds, ts.study_seeds),
            (self.study_epochs, ts.study_epochs),
        ):
            with QtCore.QSignalBlocker(spin):
                spin.setValue(value)
        with QtCore.QSignalBlocker(self.threshold):
            self.threshold.setValue(ts.threshold)
        colors = activation_colors(ts.activations, self.fstate)
        swatch = round(14 * theme.SCALE_FACTORS[self.fstate.scale])
        fill_activations(self.act_list, ts.activations, colors, ts.selected, swatch)
        self.remove_button.setEnabled(len(ts.activations) > 1)

    @guarded
    def _on_setup(self, *_args: object) -> None:
        # A setting that took makes an old refusal stale. (The session, connected first, has
        # already restarted or retuned the run and said so.)
        self.message_line.clear_message()
        self._controls_from_state()

    @guarded
    def _on_speed(self, *_args: object) -> None:
        self._controls_from_state()

    @guarded
    def _on_map_look(self, *_args: object) -> None:
        """Show test data, discretize output: the map and its points drawn again (no restart)."""
        self._controls_from_state()
        self._draw_points()
        self._draw_map()
        self._draw_diagram()

    @guarded
    def _on_selected(self, *_args: object) -> None:
        self._controls_from_state()
        self._draw_points()
        self._draw_map()
        self._draw_diagram()

    @guarded
    def _on_look(self, *_args: object) -> None:
        self.apply_look()

    def apply_look(self) -> None:
        """The function view's theme and projector scale on both plots and the side panel;
        pens and fonts of the existing items are replaced."""
        look = theme.look(self.fstate.theme)
        f = self._factors = theme.factors(self.fstate.scale)
        base_pt = QtWidgets.QApplication.font().pointSizeF()
        capped = min(f.text, TEXT_CAP)
        style_plot(self.map_plot, look, f)
        self._map_title = None  # fitted again at the new text size on the next draw
        self.race_maps.set_background(look.background)
        if self._race:
            specs = self.session.specs
            pt = QtWidgets.QApplication.font().pointSizeF() * min(f.text, TEXT_CAP)
            self.race_maps.set_networks([spec_label(s) for s in specs], activation_colors(specs, self.fstate), pt)
            self.race_maps.set_selected(self.session.selected)
            self._draw_map()  # the maps of the rebuilt cells
        self.diagram.apply_look(look, f)
        # The legend's entries are read at the plot's side, not from the back row: ×1.2 at most
        # keeps three of them on one line under the plot.
        style_plot(self.loss_plot, look, f, legend_pt=base_pt * min(f.text, 1.2) / f.text)
        self.threshold_line.setPen(pen(look.muted, f.line, QtCore.Qt.PenStyle.DotLine))
        self.threshold_line.label.setColor(look.note)
        label_font = QtGui.QFont()
        label_font.setPointSizeF(base_pt * capped)
        self.threshold_line.label.setFont(label_font)
        for items, width in ((self.train_points, 1.0), (self.test_points, 1.5)):
            for item in items:
                # Capped like the text: at ×2 the points covered most of the map they sit on.
                item.setSize(6 * min(f.line, TEXT_CAP))
                item.setPen(pg.mkPen("#333333", width=width))
        colors = activation_colors(self.session.specs, self.fstate)
        for (test_item, train_item), color in zip(self.loss_items, colors):
            test_item.setPen(pen(color, 3 * f.line))
            train_item.setPen(pen(color, 2 * f.line, QtCore.Qt.PenStyle.DashLine))
        set_text_color(self.fair_note, look.note)
        self.message_line.apply_look(look, f.line)
        fit_legend(self.loss_legend, self.loss_plot.getPlotItem())
        self.caption.setStyleSheet(
            f"QLabel#trainCaption {{ color: {look.foreground}; font-weight: bold;"
            f" font-size: {12 * capped:g}pt; }}"  # ×1.5 at most: the plots need the room
        )
        # Built after the window took its scale, before it was put into it: the labels whose
        # size is relative to the window's take theirs here. The lines around the plots are
        # capped at ×1.5: beyond that they took the height the plots need.
        rescale_fonts(self, base_pt * f.line)
        for label in (self.key_label, self.status_label, self.fair_note, self.message_line):
            font = label.font()
            k = float(label.property(FONT_FACTOR) or 1.0)
            # The key result is already 1.35× the text: it grows to ×1.25 of that only.
            font.setPointSizeF(base_pt * k * (min(f.text, KEY_CAP) if k > 1 else capped))
            label.setFont(font)
        rescale_sizes(self, f.line)
        if getattr(self, "_side_fit", None) is None:
            self._side_fit = SideFit(self.side_scroll, (380, 460))
        self._side_fit.set_scale(f.line)
        self._controls_from_state()  # the list's colour swatches
        tr = self.session.trainer
        if tr is not None:
            self._place_threshold_label(tr)  # the label's font changed size

    @guarded
    def _on_function_view(self, *_args: object) -> None:
        self._controls_from_state()  # colours follow the function view's curves
        if self.session.trainer is None or not self.isVisible():
            self._stale = True
            return
        self._rebuild_loss_items()
        self._draw_losses()

    # ------------------------------------------------------------------ the session's events
    @guarded
    def _on_restarted(self, why: Message) -> None:
        self._restart_says_seed = getattr(why, "template", None) == NEW_DATA
        self.restart_label.set_full_text(tr_text(why))
        self._user_range = False
        self._redraw()

    @guarded
    def _on_stepped(self, _epoch: int) -> None:
        if self.session.epoch > 0 and not self._keep_restart_line():
            self.restart_label.set_full_text("")
        if not self.isVisible():
            self._stale = True
            return
        now = time.perf_counter()
        # Racing (as fast as it goes): the frames train, and the plots are drawn ten times a
        # second; the last frame is drawn when play stops.
        if self.session.racing and now - self._last_draw < RACE_DRAW_S:
            return
        self._last_draw = now
        self._draw_all()

    def _keep_restart_line(self) -> bool:
        # "new data: seed 8" stays while the run trains on: it says which data this is.
        return self._restart_says_seed

    @guarded
    def _on_failed(self, message: Message) -> None:
        self.notify(tr_text(message))

    @guarded
    def _on_playing(self, playing: bool) -> None:
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Play"))
        self.timer.start() if playing else self.timer.stop()
        if not playing and self.isVisible() and not self._stale:
            self._draw_all()  # the frame a throttled race may have skipped

    def _redraw(self) -> None:
        """Everything drawn again from the session's run (a new run, or the view shown again)."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        if self.session.trainer is None:
            return
        self._rebuild_loss_items()
        self._draw_points()
        self._draw_all()

    # ------------------------------------------------------------------ training
    def rebuild(self) -> None:
        """A new run of the current set-up at epoch 0 (keeps playing if it was)."""
        self.session.rebuild()
        self._redraw()

    def _on_user_range(self, *_args: object) -> None:
        self._user_range = True

    def reset(self) -> None:
        self._user_range = False
        self.session.reset()

    def play(self) -> None:
        self.session.play()

    def pause(self) -> None:
        self.session.pause()

    def toggle_play(self) -> None:
        self.session.toggle_play()

    def step(self, epochs: int = 1) -> None:
        self.session.step(epochs)

    @guarded
    def _tick(self) -> None:
        if self.isVisible():
            self.session.tick(time.perf_counter())

    # ------------------------------------------------------------------ drawing
    def _rebuild_loss_items(self) -> None:
        for test_item, train_item in self.loss_items:
            self.loss_plot.removeItem(test_item)
            self.loss_plot.removeItem(train_item)
        self.loss_legend.clear()
        self.loss_items = []
        specs = self.session.specs  # the run's activations, never a newer list
        colors = activation_colors(specs, self.fstate)
        for spec, color in zip(specs, colors):
            test_item = self.loss_plot.plot(pen=pen(color, 3 * self._factors.line), name=spec_label(spec))
            train_item = self.loss_plot.plot(pen=pen(color, 2 * self._factors.line, QtCore.Qt.PenStyle.DashLine))
            self.loss_items.append((test_item, train_item))
        fit_legend(self.loss_legend, self.loss_plot.getPlotItem())
        self._threshold_shown: float | None = None
        tr = self.trainer
        self._show_threshold(self.tstate.threshold if tr is None else threshold_value(tr))
        # A race: every network's map, small, side by side, titled in its colour.
        race = len(specs) > 1
        if race:
            pt = QtWidgets.QApplication.font().pointSizeF() * min(self._factors.text, TEXT_CAP)
            self.race_maps.set_networks([spec_label(s) for s in specs], colors, pt)
        self._race = race
        self._place_race_maps()

    def _show_threshold(self, threshold: float) -> None:
        """The threshold line at the run's threshold (it changes without a restart)."""
        if threshold == getattr(self, "_threshold_shown", None):
            return
        self._threshold_shown = threshold
        self.threshold_line.setPos(np.log10(threshold))
        value = f"{threshold:.3g}"
        # The long form where there is room; on a narrow plot "< 0.05" alone, so that the label
        # can find a stretch of the line no curve crosses.
        self._threshold_texts = (self.tr("converged: < {threshold}").format(threshold=value), f"< {value}")
        self.threshold_line.label.setFormat(self._threshold_texts[0])
        tr = self.session.trainer
        if tr is not None:
            self._place_threshold_label(tr)  # the new text has another width

    def _draw_all(self) -> None:
        self._draw_map()
        self._draw_diagram()
        self._draw_losses()

    def _draw_diagram(self) -> None:
        """The selected network: its neurons' heatmaps, its weights, dead units and per-layer
        statistics on the training points."""
        tr = self.trainer
        if tr is None or self._stale or self.diagram.isHidden():
            return
        a, s = divmod(self.session.selected, tr.net.grid[1])
        ws, bs = network_slice(tr.net.weights, tr.net.biases, a, s)
        self.diagram.show_network(
            ws,
            bs,
            tr.net.activations[a],
            tr.config.features,
            tr.datasets[0].x_train,
            output=tr.config.output,
        )

    def _draw_points(self) -> None:
        tr = self.trainer
        if tr is None or self._stale:
            return
        ds = tr.datasets[0]
        for items, x, y in ((self.train_points, ds.x_train, ds.y_train), (self.test_points, ds.x_test, ds.y_test)):
            # Regression targets are coloured by their sign, as the classes are.
            pos, neg = y > 0, y <= 0
            items[0].setData(x=x[pos, 0], y=x[pos, 1])
            items[1].setData(x=x[neg, 0], y=x[neg, 1])
        for item in self.test_points:
            item.setVisible(self.tstate.show_test)

    def _draw_map(self) -> None:
        tr = self.trainer
        if tr is None or self._stale:
            return
        sel = self.session.selected
        discretize = self.tstate.discretize
        out = map_values(tr.predict(self._grid, sel), discretize).reshape(MAP_RESOLUTION, MAP_RESOLUTION)
        # grid_points' row 0 is the top; the image's row 0 is drawn at the rect's bottom.
        # The rect goes with the image: pyqtgraph scales a rect by the image's size, so a rect
        # set before the first image would stretch one cell over the plot.
        self.image.setImage(out[::-1], autoLevels=False, levels=(-1.0, 1.0), rect=MAP_RECT)
        label = spec_label(self.session.specs[sel])
        if tr.config.regression:
            title = self.tr("Output: {label}").format(label=label)
        else:
            title = self.tr("Decision boundary: {label}").format(label=label)
        if title != self._map_title:  # fitting a title re-lays the plot out: not on every frame
            self._map_title = title
            set_title(self.map_plot, title)
        if self._race:
            n = SMALL_MAP_RESOLUTION
            outs = map_values(tr.predict(self._small_grid), discretize).reshape(-1, n, n)
            self.race_maps.set_images([o[::-1] for o in outs])
            self.race_maps.set_selected(sel)

    def _draw_losses(self) -> None:
        tr = self.trainer
        if tr is None or self._stale:
            return
        specs = self.session.specs
        colors = activation_colors(specs, self.fstate)
        curves = loss_curves(tr, specs, colors)
        threshold = threshold_value(tr)
        self._show_threshold(threshold)
        one = tr.epoch == 0  # a single point draws no line: mark it, so epoch 0 shows where each starts
        for (test_item, train_item), c in zip(self.loss_items, curves):
            test_item.setData(
                c.epochs,
                np.maximum(c.test, LOSS_FLOOR),
                symbol="o" if one else None,
                symbolSize=8 * self._factors.line,
                symbolBrush=c.color,
                symbolPen=None,
            )
            train_item.setData(c.epochs, np.maximum(c.train, LOSS_FLOOR))
        if not self._user_range:
            vb = self.loss_plot.getViewBox()
            lo, hi = loss_y_range(np.concatenate([tr.test_loss, tr.train_loss], axis=None), threshold)
            vb.setRange(xRange=(0, max(tr.epoch, MIN_EPOCHS_SHOWN)), yRange=(lo, hi), padding=0.02)
        self._place_threshold_label(tr)
        self.epoch_label.setText(self.tr("epoch {n}").format(n=tr.epoch))
        self._show_caption()
        self.status_label.set_full_text(tr_text(status_line(tr, specs, with_epochs=False)))
        text = self._key_text(tr)
        if text != self.key_label.text():
            self.key_label.setText(text)
        self._show_study_state()

    def _show_study_state(self) -> None:
        """The study's bar counts the study of the set-up shown, or says there is none: a
        finished study of another set-up would read as this one's."""
        ses = self.session
        if ses.study_running:
            return
        if ses.current_study() is None:
            stale = self.tr("no study of this set-up yet")
            if self.progress.format() != stale:
                self.progress.setValue(0)
                self.progress.setFormat(stale)
        elif self.progress.format() == self.tr("no study of this set-up yet"):
            self._show_progress()  # back to the set-up it measured

    def _replace_threshold_label(self) -> None:
        session = getattr(self, "session", None)  # the plots are built before the session
        tr = session.trainer if session is not None else None
        if tr is not None:
            self._place_threshold_label(tr)

    def _place_threshold_label(self, tr: Trainer) -> None:
        """Along the line and on the side of it where the label covers the fewest curve points."""
        label, vb = self.threshold_line.label, self.loss_plot.getViewBox()
        if vb.width() < 10 or vb.height() < 10:
            return
        (x0, x1), (y0, y1) = vb.viewRange()
        texts = getattr(self, "_threshold_texts", None)
        if texts is not None:
            metrics = QtGui.QFontMetricsF(label.textItem.font())
            text = texts[0] if (metrics.horizontalAdvance(texts[0]) + 8) / vb.width() <= 0.5 else texts[1]
            if label.format != text:
                label.setFormat(text)
        rect = label.boundingRect()
        curves = np.concatenate([tr.test_loss, tr.train_loss], axis=1)
        centre, above = threshold_label_place(
            curves,
            (x0, x1),
            float(np.log10(threshold_value(tr))),
            # A few pixels to spare each side: the label is measured before its last re-layout,
            # and rounding must never push its end past the frame.
            (rect.width() + 8) / vb.width(),
            rect.height() / vb.height() * (y1 - y0),
        )
        # Pinned by its end nearer the frame, not by its centre: when the plot later narrows
        # (a resize, presentation mode) the label then grows away from the frame, never past it.
        half = (rect.width() + 8) / vb.width() / 2
        if centre >= 0.5:
            ax, pos = 1.0, min(centre + half, 0.98)
        else:
            ax, pos = 0.0, max(centre - half, 0.02)
        anchor = (ax, 1.0) if above else (ax, 0.0)
        if label.anchors[0] != anchor or abs(label.orthoPos - pos) > 1e-3:
            label.anchors = [anchor, anchor]
            label.setPosition(pos)

    def _key_text(self, tr: Trainer) -> str:
        """This run's epochs, then what the typical run does (a study of this set-up) or how
        to measure it."""
        specs = self.session.specs
        run = tr_text(run_result(tr, specs, tr.config.seeds[0]))
        labels = [spec_label(s) for s in specs]
        study = self.session.current_study()
        return f"{run} — {tr_text(study_result(study, labels, self.tstate.study_seeds))}"

    def set_caption(self, text: str) -> None:
        """A lesson's point (translated), shown above the plots with the measured epochs."""
        self._caption = text
        self._show_caption()

    def _show_caption(self) -> None:
        self.caption.setVisible(bool(self._caption))
        if not self._caption:
            return
        # The measured epochs are the result line's, labelled as this run's (one seed is one
        # sample; the sentence is about the typical run).
        if self._caption != self.caption.text():
            self.caption.setText(self._caption)

    # ------------------------------------------------------------------ study
    def run_study(self) -> None:
        """A study of the set-up shown; one already running is cancelled (the newest wins)."""
        self.message_line.clear_message()
        self._progress_value = (0, 1)
        self._show_progress()
        self.session.run_study()

    def cancel_study(self) -> None:
        self.session.cancel_study()

    @guarded
    def _on_study_running(self, running: bool) -> None:
        self.study_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)

    def _on_progress(self, done: int, total: int) -> None:
        self._progress_value = (done, total)
        self._paint_progress()

    @guarded
    def _show_progress(self) -> None:
        done, total = self._progress_value
        self.progress.setValue(round(100 * done / max(total, 1)))
        # Epochs, not only a percentage: a long study moves visibly from its first second.
        self.progress.setFormat(self.tr("{done} of {total} epochs").format(done=f"{done:,}", total=f"{total:,}"))

    @guarded
    def _on_study_done(self, result: StudyResult) -> None:
        self.progress.setValue(100)
        self._show_table(result)
        if self.trainer is not None:
            self.key_label.setText(self._key_text(self.trainer))

    @guarded
    def _on_study_cancelled(self, partial: StudyResult | None) -> None:
        if partial is None:
            self.notify(self.tr("Study cancelled before it started."))
            return
        self.notify(
            self.tr("Study cancelled after {n} of {total} epochs: the table is partial.").format(
                n=partial.epochs, total=partial.requested_epochs
            )
        )
        self._show_table(partial)

    @guarded
    def _on_study_failed(self, message: Message) -> None:
        self.notify(tr_text(message))

    def _show_table(self, result: StudyResult) -> None:
        setup = self.session.study_setup
        specs = list(setup.specs) if setup is not None else self.session.specs
        labels = [spec_label(s) for s in specs]
        colors = activation_colors(specs, self.fstate)
        rows = study_table(result, labels, tr_text)
        self.table.setRowCount(len(rows))
        swatch = round(12 * theme.SCALE_FACTORS[self.fstate.scale])
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QtWidgets.QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(QtCore.Qt.AlignmentFlag.AlignRight | QtCore.Qt.AlignmentFlag.AlignVCenter)
                else:
                    item.setToolTip(text)
                    pm = QtGui.QPixmap(swatch, swatch)
                    pm.fill(QtGui.QColor(colors[r]))
                    item.setIcon(QtGui.QIcon(pm))
                self.table.setItem(r, c, item)
        self.table.fit_columns()
        self.study_caption.setText(study_caption(result, tr_text))
        self.study_caption.show()

    def shutdown(self) -> None:
        """Stop the timer and any study (the window is closing)."""
        self.timer.stop()
        self.session.shutdown()

    # ------------------------------------------------------------------ export
    def _save(self, title: str, suffix: str, filters: str, write: Callable[[Path], object], name: str = "") -> None:
        win = self.window()
        name = f"{name or self.export_stem()}.{suffix}"
        # The window's dialog opens in the folder used last and remembers this one.
        if self._ask_save is not None:
            path = self._ask_save(title, name, filters)
        else:
            path = QtWidgets.QFileDialog.getSaveFileName(self, title, name, filters)[0]
        if not path:
            return
        try:
            write(Path(path))
        except OSError as e:
            self.notify(f"Could not export: {e}")
            return
        except Exception as e:
            report(self, "the Train view's export", e)
            return
        status = getattr(win, "statusBar", None)
        if callable(status):
            status().showMessage(self.tr("Saved {path}").format(path=path), 5000)

    def export_loss(self, path: Path) -> None:
        if self.trainer is None:
            raise OSError("nothing has been trained yet")
        _write_text(path, loss_csv(self.trainer, self.session.specs))

    def export_study(self, path: Path) -> None:
        if self.study is None:
            raise OSError("run a study first")
        _write_text(path, study_csv(self.study))

    def export_png(self, path: Path) -> None:
        self.export_picture(path)

    def export_stem(self) -> str:
        return file_stem("train", self.tstate.dataset)

    def export_picture(self, path: Path, size: tuple[int, int] | None = None) -> Path:
        """The decision map and the loss plot, side by side as on screen, without the controls:
        PNG (as on screen, or ``size`` pixels) or SVG for a .svg name."""
        return export.write_picture(path, [self.map_plot, self.loss_plot], size, "ActViz: training")

    def export_data(self, path: Path) -> Path:
        """The loss curves at ``path``; once a study has run, the study beside it (…-study.csv)."""
        path = Path(path)
        self.export_loss(path)
        if self.study is not None:
            stem = path.stem[: -len("-loss")] if path.stem.endswith("-loss") else path.stem
            self.export_study(path.with_name(f"{stem}-study{path.suffix or '.csv'}"))
        return path

    def _export_loss(self) -> None:
        name = f"{self.export_stem()}-loss"
        self._save(self.tr("Export loss curves"), "csv", self.tr("CSV (*.csv)"), self.export_loss, name)

    def _export_study(self) -> None:
        name = f"{self.export_stem()}-study"
        self._save(self.tr("Export study"), "csv", self.tr("CSV (*.csv)"), self.export_study, name)

    def _export_png(self) -> None:
        dialog = getattr(self.window(), "export_figure_dialog", None)
        if callable(dialog):  # the window's dialog: the same sizes and names as Ctrl+S
            dialog("train")
            return
        self._save(
            self.tr("Export picture"), "png", self.tr("PNG image (*.png);;SVG vector (*.svg)"), self.export_picture
        )


def _wrap_labels(form: QtWidgets.QFormLayout) -> None:
    """A form's labels take a second line rather than widen a narrow side panel."""
    for row in range(form.rowCount()):
        item = form.itemAt(row, QtWidgets.QFormLayout.ItemRole.LabelRole)
        label = item.widget() if item is not None else None
        if isinstance(label, QtWidgets.QLabel):
            label.setWordWrap(True)


def _write_text(path: Path, text: str) -> None:
    atomic_write_text(path, text)


def _write_bytes(path: Path, data: bytes) -> None:
    atomic_write_bytes(path, data)


__all__ = ["TrainView"]
