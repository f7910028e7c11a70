"""The main window: lays the widgets out around one State and wires keys, menus and settings."""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import shiboken6

from actviz._version import __version__
from actviz.core import get
from actviz.fileio import atomic_write_text, read_json
from actviz.state import LAYOUTS, State
from actviz.state.depth import PRESET_TITLES
from actviz.state.scene import LESSONS, VIEWS, apply_scene, check_scene, dumps, lesson_text, scene_dict
from actviz.ui import formula_editor
from actviz.ui.controls import (
    ComparePanel,
    CurveControls,
    FunctionSelector,
    ParamPanel,
    ProbeTable,
    RangeControls,
)
from actviz.ui.formula_view import FormulaPanel
from actviz.ui.guard import guarded
from actviz.ui.i18n import add_language_menu, settings_entry, tr_state
from actviz.ui.look_menu import LookMenus
from actviz.ui.marks_panel import MarksPanel
from actviz.ui.plot import PlotView
from actviz.ui.qt import QtCore, QtGui, QtWidgets

if TYPE_CHECKING:
    from actviz.ui.depth_view import DepthView
    from actviz.ui.train_view import TrainView

SHORTCUTS = [  # key names stay as they are; texts with words are marked for translation
    ("PageDown / PageUp", QtCore.QT_TRANSLATE_NOOP("Shortcuts", "next / previous function")),
    (
        QtCore.QT_TRANSLATE_NOOP("Shortcuts", "[ and ]"),
        QtCore.QT_TRANSLATE_NOOP("Shortcuts", "decrease / increase the first parameter by one step"),
    ),
    ("1, 2, 3", QtCore.QT_TRANSLATE_NOOP("Shortcuts", "show or hide f, f′, f″")),
    ("O", QtCore.QT_TRANSLATE_NOOP("Shortcuts", "switch between boxed and axes-through-origin")),
    (
        "L",
        QtCore.QT_TRANSLATE_NOOP(
            "Shortcuts", "layout: overlay, stacked panels (f, f′, f″ sharing x), grid of the function and its pins"
        ),
    ),
    ("I", QtCore.QT_TRANSLATE_NOOP("Shortcuts", "show or hide the formula panel")),
    (
        QtCore.QT_TRANSLATE_NOOP("Shortcuts", "Space (function view)"),
        QtCore.QT_TRANSLATE_NOOP("Shortcuts", "animate the first parameter; again to pause"),
    ),
    (
        "T",
        QtCore.QT_TRANSLATE_NOOP(
            "Shortcuts", "trace: leave faded copies of the curve at tenths of the parameter's range"
        ),
    ),
    ("Ctrl+P", QtCore.QT_TRANSLATE_NOOP("Shortcuts", "pin the current function for comparison")),
    (
        "M",
        QtCore.QT_TRANSLATE_NOOP(
            "Shortcuts", "mark the point of f under the mouse (Reference marks in the side panel)"
        ),
    ),
    (
        "Ctrl+N / Ctrl+Shift+N",
        QtCore.QT_TRANSLATE_NOOP("Shortcuts", "new custom formula / edit the custom formula shown"),
    ),
    ("Ctrl+0", QtCore.QT_TRANSLATE_NOOP("Shortcuts", "reset the view")),
    ("Ctrl+1 / Ctrl+2 / Ctrl+3", QtCore.QT_TRANSLATE_NOOP("Shortcuts", "function view / train view / depth view")),
    (
        QtCore.QT_TRANSLATE_NOOP("Shortcuts", "1 … 5 (depth view)"),
        QtCore.QT_TRANSLATE_NOOP("Shortcuts", "the lecture presets: sigmoid, tanh, ReLU+He, ReLU+Xavier, residual"),
    ),
    (
        QtCore.QT_TRANSLATE_NOOP("Shortcuts", "Space (train view)"),
        QtCore.QT_TRANSLATE_NOOP("Shortcuts", "play or pause training"),
    ),
    (
        "F5 / F6 / F7",
        QtCore.QT_TRANSLATE_NOOP(
            "Shortcuts", "lessons: ReLU's dead gradient, sigmoid vs tanh saturation, the convergence race"
        ),
    ),
    ("Ctrl+O / Ctrl+Shift+S", QtCore.QT_TRANSLATE_NOOP("Shortcuts", "open / save a scene (.actviz)")),
    ("F11", QtCore.QT_TRANSLATE_NOOP("Shortcuts", "presentation mode (full screen, plot only); Esc leaves it")),
    (
        "Ctrl+= (or Ctrl++) / Ctrl+-",
        QtCore.QT_TRANSLATE_NOOP("Shortcuts", "projector scale: larger / smaller (normal, large, huge)"),
    ),
    ("Ctrl+T", QtCore.QT_TRANSLATE_NOOP("Shortcuts", "next theme: light, dark, high contrast")),
    ("Ctrl+S / Ctrl+E", QtCore.QT_TRANSLATE_NOOP("Shortcuts", "export the figure / the data")),
]


def settings_path() -> Path | None:
    """Where the window keeps its state between runs (ACTVIZ_SETTINGS=none disables it)."""
    env = os.environ.get("ACTVIZ_SETTINGS")
    if env is not None:
        return None if env.lower() in ("", "none", "off", "0") else Path(env)
    base = QtCore.QStandardPaths.writableLocation(QtCore.QStandardPaths.StandardLocation.AppConfigLocation)
    return Path(base or Path.home() / ".config" / "actviz") / "state.json"


class MainWindow(QtWidgets.QMainWindow):
    """ActViz's window. ``MainWindow()`` works with no arguments."""

    def __init__(self, state: State | None = None, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state if state is not None else State()
        self.setWindowTitle(f"ActViz {__version__}")
        self.setObjectName("mainWindow")
        self.messages: list[str] = []
        self.presenting = False

        st, notify = self.state, self.notify
        self.plot_view = PlotView(st, notify)
        self.selector = FunctionSelector(st, notify)
        self.ranges = RangeControls(st, notify)
        self.param_panel = ParamPanel(st, notify)
        self.curve_controls = CurveControls(st, notify)
        self.compare = ComparePanel(st, notify)
        self.probes = ProbeTable(st, notify)
        self.marks_panel = MarksPanel(st, notify)
        self.info = FormulaPanel(st)

        side = QtWidgets.QWidget(objectName="sidePanel")
        side_lay = QtWidgets.QVBoxLayout(side)
        title = QtWidgets.QLabel(self.tr("<b>Function</b>"))
        side_lay.addWidget(title)
        side_lay.addWidget(self.selector)
        for w in (self.param_panel, self.ranges, self.curve_controls, self.compare, self.marks_panel, self.probes):
            side_lay.addWidget(w)
        side_lay.addStretch(1)
        self.side_scroll = QtWidgets.QScrollArea(objectName="sideScroll")
        self.side_scroll.setWidget(side)
        self.side_scroll.setWidgetResizable(True)
        self.side_scroll.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.side_scroll.setMinimumWidth(380)
        self.side_scroll.setMaximumWidth(440)

        left = QtWidgets.QWidget()
        left_lay = QtWidgets.QVBoxLayout(left)
        left_lay.setContentsMargins(6, 6, 6, 6)
        left_lay.addWidget(self.plot_view, 1)
        # Refusals and errors: a wrapped, readable line under the plot (not a clipped status
        # bar message); cleared by the next change that succeeds, or after a while.
        self.message_bar = QtWidgets.QLabel(objectName="messageBar")
        self.message_bar.setWordWrap(True)
        self.message_bar.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self.message_bar.hide()
        self._message_timer = QtCore.QTimer(self, singleShot=True, interval=12000)
        self._message_timer.timeout.connect(self.clear_message)
        left_lay.addWidget(self.message_bar)
        # The formulas and facts take at most a share of the height (see resizeEvent) and
        # scroll beyond it: at huge scale they would otherwise squeeze the plot to a strip.
        self.info_scroll = QtWidgets.QScrollArea(objectName="infoScroll")
        self.info_scroll.setWidget(self.info)
        self.info_scroll.setWidgetResizable(True)
        self.info_scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        self.info_scroll.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.info_scroll.setSizePolicy(QtWidgets.QSizePolicy.Policy.Preferred, QtWidgets.QSizePolicy.Policy.Maximum)
        left_lay.addWidget(self.info_scroll)

        function_page = QtWidgets.QWidget(objectName="functionView")
        lay = QtWidgets.QHBoxLayout(function_page)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(left, 1)
        lay.addWidget(self.side_scroll)

        # The Train and Depth views are built the first time they are needed (shown, or used by
        # a key, a lesson or a scene): a start-up shows the function view only.
        self._train_view = self._depth_view = None
        self._pages = []
        self.tabs = QtWidgets.QTabWidget(objectName="views")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(function_page, self.tr("Function"))
        for title, text in (("Train", self.tr("Train")), ("Depth", self.tr("Depth"))):
            page = QtWidgets.QWidget(objectName=f"{title.lower()}Page")
            page_lay = QtWidgets.QVBoxLayout(page)
            page_lay.setContentsMargins(0, 0, 0, 0)
            self._pages.append(page)
            self.tabs.addTab(page, text)
        self.tabs.setTabToolTip(2, self.tr("The gradient that reaches each layer of a deep network  (Ctrl+3)"))
        self.tabs.setTabToolTip(0, self.tr("See an activation, its derivatives and kinks  (Ctrl+1)"))
        self.tabs.setTabToolTip(1, self.tr("Train small networks with any activation and race them  (Ctrl+2)"))
        self.tabs.currentChanged.connect(self._on_tab)
        self.setCentralWidget(self.tabs)

        self.status = self.statusBar()
        self.status.setObjectName("statusBar")
        self._shown_once = False
        self.last_folder: str | None = None
        self._was_maximized = False
        ev = st.events
        for sig in (ev.function, ev.params, ev.x_range, ev.y_range, ev.shown, ev.style, ev.overlays, ev.probes):
            sig.connect(self.clear_message)
        ev.marks.connect(self.clear_message)
        self._build_actions()
        self.looks.apply()
        self.resize(1280, 800)
        self.setMinimumSize(200, 150)

    # ------------------------------------------------------------------ messages
    def notify(self, message: str) -> None:
        """Show a user-facing message (bad input, refused values) without interrupting."""
        self.messages.append(message)
        self.message_bar.setText(message)
        self.message_bar.show()
        self._message_timer.start()

    @guarded
    def clear_message(self, *_args) -> None:
        """A later change that succeeded makes an old refusal stale: take it away."""
        if self.message_bar.isVisible():
            self.message_bar.hide()
            self.message_bar.clear()

    # ------------------------------------------------------------------ focus
    def focus_home(self) -> None:
        """Keys go to the plot: at start, after a click on it, and after Enter/Esc in a box."""
        if shiboken6.isValid(self):
            self.plot_view.focus_widget().setFocus(QtCore.Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event):  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            if getattr(self, "_start_presentation", False):
                if getattr(self, "_start_maximized", False):
                    self.showMaximized()  # so that leaving presentation mode comes back to it
                QtCore.QTimer.singleShot(0, lambda: self.set_presentation(True))
            elif getattr(self, "_start_maximized", False):
                QtCore.QTimer.singleShot(0, self.showMaximized)
            QtCore.QTimer.singleShot(0, self.focus_home)

    # ------------------------------------------------------------------ actions and keys
    def _action(self, menu, text, slot, shortcut=None, name=None):
        act = QtGui.QAction(text, self)
        if shortcut:
            act.setShortcut(QtGui.QKeySequence(shortcut))
            act.setShortcutContext(QtCore.Qt.ShortcutContext.WindowShortcut)
        if name:
            act.setObjectName(name)
        act.triggered.connect(slot)
        menu.addAction(act)
        self.addAction(act)  # keeps the shortcut alive when the menu bar is hidden
        return act

    def _build_actions(self) -> None:
        mb = self.menuBar()
        st = self.state
        self.function_actions: list[QtGui.QAction] = []
        m = mb.addMenu(self.tr("&File"))
        self._action(m, self.tr("Export &figure…"), self._export_figure_dialog, "Ctrl+S", "exportFigure")
        self._action(m, self.tr("Export &data (CSV)…"), self._export_data_dialog, "Ctrl+E", "exportData")
        m.addSeparator()
        self._action(m, self.tr("&Open scene…"), self._open_scene_dialog, "Ctrl+O", "openScene")
        self._action(m, self.tr("Save &scene…"), self._save_scene_dialog, "Ctrl+Shift+S", "saveScene")
        m.addSeparator()
        self._action(m, self.tr("&Quit"), self.close, "Ctrl+Q")
        m = mb.addMenu(self.tr("&Function"))
        fa = self.function_actions
        fa.append(self._action(m, self.tr("&Next function"), lambda: st.step_function(+1), "PgDown", "nextFunction"))
        fa.append(
            self._action(m, self.tr("&Previous function"), lambda: st.step_function(-1), "PgUp", "previousFunction")
        )
        fa.append(self._action(m, self.tr("Parameter step &down"), lambda: self.nudge_first_param(-1), "["))
        fa.append(self._action(m, self.tr("Parameter step &up"), lambda: self.nudge_first_param(+1), "]"))
        fa.append(
            self._action(
                m, self.tr("&Animate the first parameter"), self.param_panel.toggle_animation, "Space", "animateAction"
            )
        )
        fa.append(self._action(m, self.tr("&Trace the family"), lambda: st.set_trace(not st.trace), "T", "traceAction"))
        m.addSeparator()
        fa.append(self._action(m, self.tr("&Pin for comparison"), self.compare.pin_current, "Ctrl+P", "pin"))
        fa.append(self._action(m, self.tr("&Clear pinned"), st.clear_overlays))
        fa.append(
            self._action(
                m,
                self.tr("&Mark the point under the mouse"),
                lambda: self.marks_panel.mark_point(self.plot_view.readout_x),
                "M",
                "markPointAction",
            )
        )
        m.addSeparator()
        formula_editor.add_actions(self, m)  # New formula… (Ctrl+N), Edit formula…, Delete formula
        m = mb.addMenu(self.tr("&View"))
        self._action(m, self.tr("&Function view"), lambda: self.tabs.setCurrentIndex(0), "Ctrl+1", "showFunctionView")
        self._action(m, self.tr("&Train view"), lambda: self.tabs.setCurrentIndex(1), "Ctrl+2", "showTrainView")
        self._action(m, self.tr("&Depth view"), lambda: self.tabs.setCurrentIndex(2), "Ctrl+3", "showDepthView")
        m.addSeparator()
        for i, name in enumerate(("f", "f′", "f″")):
            # QAction.triggered passes `checked` first: keep it away from i
            fa.append(
                self._action(
                    m,
                    self.tr("Show/hide {name}").format(name=name),
                    lambda _checked=False, i=i: st.set_shown(i, not st.shown[i]),
                    str(i + 1),
                )
            )
        fa.append(
            self._action(
                m,
                self.tr("Boxed / axes through &origin"),
                lambda: st.set_style("origin" if st.style == "boxed" else "boxed"),
                "O",
            )
        )
        fa.append(self._action(m, self.tr("&Reset view"), st.reset_view, "Ctrl+0", "resetViewAction"))
        self._build_layout_menu(m)
        self.formula_action = self._action(m, self.tr("&Formula panel"), self._toggle_formulas, "I", "formulaPanel")
        self.formula_action.setCheckable(True)
        self.formula_action.setChecked(True)
        self._action(m, self.tr("&Presentation mode"), self.toggle_presentation, "F11", "presentation")
        self._action(m, self.tr("Leave presentation mode"), lambda: self.set_presentation(False), "Esc")
        self.looks = LookMenus(self, m)  # projector scale and theme: submenus, keys, applying
        m.addSeparator()
        self.language_menu = add_language_menu(self, m)
        m = mb.addMenu(self.tr("&Train"))
        self.train_actions: list[QtGui.QAction] = []
        ta = self.train_actions
        ta.append(
            self._action(m, self.tr("&Play / pause"), lambda: self.train_view.toggle_play(), "Space", "trainPlayAction")
        )
        ta.append(
            self._action(m, self.tr("&One epoch"), lambda: self.train_view.step(1), "Ctrl+Right", "trainStepAction")
        )
        ta.append(self._action(m, self.tr("&Reset"), lambda: self.train_view.reset(), "Ctrl+R", "trainResetAction"))
        ta.append(
            self._action(
                m,
                self.tr("Article &race: sigmoid vs tanh vs ReLU"),
                lambda: self.train_view.article_race(),
                "Ctrl+Shift+R",
            )
        )
        ta.append(
            self._action(
                m, self.tr("Run convergence &study"), lambda: self.train_view.run_study(), None, "trainStudyAction"
            )
        )
        m = mb.addMenu(self.tr("&Depth"))
        self.depth_actions: list[QtGui.QAction] = []
        for k, title in enumerate(PRESET_TITLES.values()):
            self.depth_actions.append(
                self._action(
                    m,
                    tr_state("Depth presets", title),
                    lambda _checked=False, k=k: self.depth_view.preset_by_number(k),
                    str(k + 1),
                )
            )
        self._on_tab(self.tabs.currentIndex())
        m = mb.addMenu(self.tr("&Lessons"))
        for k, (name, title) in enumerate(LESSONS):
            self._action(
                m,
                tr_state("Lessons", title),
                lambda _checked=False, name=name: self.open_lesson(name),
                f"F{5 + k}",
                f"lesson.{name}",
            )
        m = mb.addMenu(self.tr("&Help"))
        self._action(m, self.tr("&Keyboard shortcuts"), self._show_shortcuts, "F1")
        self._action(m, self.tr("&About ActViz"), self._show_about)

    def _build_layout_menu(self, view_menu) -> None:
        """View → Layout: overlay, stacked panels, grid; L cycles; the checks follow the state."""
        st = self.state
        menu = view_menu.addMenu(self.tr("&Layout"))
        group = QtGui.QActionGroup(self)
        self.layout_actions: dict[str, QtGui.QAction] = {}
        titles = {
            "overlay": self.tr("&Overlay: one plot"),
            "stacked": self.tr("&Stacked panels: f, f′, f″ sharing x"),
            "grid": self.tr("&Grid: the function and its pins side by side"),
        }
        for name in LAYOUTS:
            choose = lambda _checked=False, n=name: st.set_layout(n)  # noqa: E731
            act = self._action(menu, titles[name], choose, None, f"layout.{name}")
            act.setCheckable(True)
            group.addAction(act)
            self.layout_actions[name] = act
        menu.addSeparator()
        self.function_actions.append(self._action(menu, self.tr("&Next layout"), st.cycle_layout, "L", "cycleLayout"))
        st.events.layout.connect(self._on_layout)
        self._on_layout(st.layout)

    @guarded
    def _on_layout(self, layout: str) -> None:
        self.layout_actions[layout].setChecked(True)
        if self.tabs.currentIndex() == 0:
            QtCore.QTimer.singleShot(0, self.focus_home)

    @property
    def train_view(self) -> TrainView:
        if self._train_view is None:
            import actviz.ui.train_view as module  # loaded when first needed, not at start-up

            self._train_view = module.TrainView(self.state.train, self.state, self.notify)
            self._pages[0].layout().addWidget(self._train_view)
        return self._train_view

    @property
    def depth_view(self) -> DepthView:
        if self._depth_view is None:
            import actviz.ui.depth_view as module  # loaded when first needed, not at start-up

            self._depth_view = module.DepthView(self.state.depth, self.state, self.notify)
            self._pages[1].layout().addWidget(self._depth_view)
        return self._depth_view

    def _on_tab(self, index: int) -> None:
        """Keys act on the view that is shown, never on a hidden one."""
        if index == 1:
            self.train_view.show()
        elif index == 2:
            self.depth_view.show()
        if self.presenting and index:  # a view built during presentation mode: plots only
            (self.train_view if index == 1 else self.depth_view).side_scroll.hide()
        for act in getattr(self, "function_actions", []):
            act.setEnabled(index == 0)
        for act in getattr(self, "train_actions", []):
            act.setEnabled(index == 1)
        for act in getattr(self, "depth_actions", []):
            act.setEnabled(index == 2)
        if index == 0:
            QtCore.QTimer.singleShot(0, self.focus_home)

    def _toggle_formulas(self, checked: bool = False) -> None:
        self.info_scroll.setVisible(self.formula_action.isChecked() and not self.presenting)

    def nudge_first_param(self, direction: int) -> None:
        """One step of the first parameter: a slider tick, or the next/previous choice."""
        controls = list(self.param_panel.controls.values())
        if not controls:
            self.notify(f"{self.state.activation.label} has no parameter to adjust")
            return
        ctl = controls[0]
        if ctl.slider is not None:
            ctl.slider.setValue(ctl.slider.value() + direction)
        else:
            ctl.combo.setCurrentIndex((ctl.combo.currentIndex() + direction) % ctl.combo.count())

    def set_caption(self, caption: str, view: str = "function") -> None:
        """A scene's point, large on the plot of its view: the function plot, or the Train
        view's losses (the Depth view has none); the other views' captions go."""
        from actviz.ui.captions import shown_caption

        text = shown_caption(caption)
        self.plot_view.set_caption(text if view == "function" else "")
        if view == "train" and text:
            self.train_view.set_caption(text)
        elif self._train_view is not None:
            self._train_view.set_caption("")

    INFO_SHARE = 0.3  # of the window's height, at most, for the formulas and facts

    def resizeEvent(self, event):  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_info()

    def _fit_info(self) -> None:
        self.info_scroll.setMaximumHeight(max(80, round(self.INFO_SHARE * self.height())))

    # ------------------------------------------------------------------ presentation mode
    def toggle_presentation(self) -> None:
        self.set_presentation(not self.presenting)

    def set_presentation(self, on: bool, full_screen: bool = True) -> None:
        """The plot alone, bigger text, full screen; every key still works. Only the plot, the
        parameter values and the lesson's caption stay: no menus, tabs, side panels, readout
        line, formulas or status bar. Leaving it brings each back as it was."""
        self.presenting = on
        self.side_scroll.setVisible(not on)
        self.menuBar().setVisible(not on)
        self.tabs.tabBar().setVisible(not on)
        self.status.setVisible(not on)
        self.info_scroll.setVisible(not on and self.formula_action.isChecked())
        self.plot_view.set_presenting_rows(on)
        for view in (self._train_view, self._depth_view):
            if view is not None:
                view.side_scroll.setVisible(not on)
        self.plot_view.set_large_text(on)
        self.looks.apply_text()
        if on and full_screen:
            if not self.isFullScreen():
                self._was_maximized = self.isMaximized()  # to come back to it on leaving
            self.showFullScreen()
        elif not on and self.isFullScreen():
            if self._was_maximized:
                self.showMaximized()
            else:
                self.showNormal()

    # ------------------------------------------------------------------ export
    def export_figure(self, path: str | Path) -> Path:
        """Save the plot as PNG (pixels as on screen) or SVG (vector).

        The file is drawn in memory and then written atomically: if anything fails, an
        existing file at ``path`` is left as it was and OSError says why in one line.
        A name without a suffix gets PNG; other image suffixes Qt can write (.jpg, .bmp...) work.
        """
        from actviz.fileio import FileError, atomic_write_bytes

        path = Path(path)
        widget = self.plot_view.figure  # every panel of the layout, without the readout line
        suffix = path.suffix.lower()
        if suffix == ".svg":
            from PySide6.QtSvg import QSvgGenerator

            buf = QtCore.QBuffer()
            buf.open(QtCore.QIODevice.OpenModeFlag.WriteOnly)
            gen = QSvgGenerator()
            gen.setOutputDevice(buf)
            gen.setSize(widget.size())
            gen.setViewBox(widget.rect())
            gen.setTitle(f"ActViz: {self.state.activation.label}")
            painter = QtGui.QPainter()
            if not painter.begin(gen):
                raise FileError(f"cannot write {path}: the SVG could not be drawn")
            try:
                with self.plot_view.vector_painting():  # no pixmap caches: vector throughout
                    # Each plot of the layout draws its own scene at its place in the figure
                    # (a plain widget would paint its plot children as images).
                    for view in self.plot_view.graphics_views():
                        painter.save()
                        painter.translate(QtCore.QPointF(view.mapTo(widget, QtCore.QPoint(0, 0))))
                        view.render(painter)
                        painter.restore()
            finally:
                painter.end()
            data = bytes(buf.data().data())
            if not data.rstrip().endswith(b"</svg>"):
                raise FileError(f"cannot write {path}: the SVG came out incomplete")
        else:
            fmt = suffix.lstrip(".").upper() or "PNG"
            writable = {
                bytes(f.data()).decode("ascii", "replace").upper() for f in QtGui.QImageWriter.supportedImageFormats()
            }
            if fmt not in writable:
                raise FileError(f"cannot write {path}: unknown image type {suffix!r}; use .png or .svg")
            data = self.encode_image(widget.grab(), fmt)
        atomic_write_bytes(path, data)
        return path

    def export_data(self, path: str | Path, n: int = 1001) -> Path:
        """Write x, f, f′, f″ on a uniform grid over the x range, plus every kink, as CSV.

        Written atomically, like :meth:`export_figure`.
        """
        import io

        from actviz.fileio import atomic_write_text

        path = Path(path)
        st = self.state
        act, p = st.activation, st.params
        a, b = st.x_range
        pins = [(ov.label(), get(ov.function_id), ov.param_dict) for ov in st.overlays]
        kinks = [k for k in act.kinks(**p) if a <= k <= b]
        for _label, pact, pp in pins:
            kinks += [k for k in pact.kinks(**pp) if a <= k <= b]
        x = np.union1d(np.linspace(a, b, n), kinks)
        header = ["x", "f", "df", "d2f"]
        cols = list(act.evaluate_all(x, p))
        for label, pact, pp in pins:  # every pinned curve drawn: f, and f′ when f′ is shown
            f, df, _ = pact.evaluate_all(x, pp)
            header.append(f"{label} f")
            cols.append(f)
            if st.shown[1]:
                header.append(f"{label} df")
                cols.append(df)
        # A plain header row and numbers only: pandas.read_csv(path) reads it as it is. Which
        # derivative a kink takes is the PyTorch convention, as the README and the panel say.
        fh = io.StringIO(newline="")
        w = csv.writer(fh)
        w.writerow(header)
        for row in zip(x, *cols):
            w.writerow([repr(float(v)) for v in row])
        atomic_write_text(path, fh.getvalue())
        return path

    def _export_figure_dialog(self):
        self._save_dialog(
            self.tr("Export figure"), "png", self.tr("PNG image (*.png);;SVG vector (*.svg)"), self.export_figure
        )

    def _export_data_dialog(self):
        self._save_dialog(self.tr("Export data"), "csv", self.tr("CSV (*.csv)"), self.export_data)

    def _save_dialog(self, title, suffix, filters, save):
        stem = self.state.function_id.replace(":", "_")  # custom:name → custom_name, a name any OS takes
        path = self.ask_path(True, title, f"{stem}.{suffix}", filters)
        if not path:
            return
        try:
            saved = save(path)
        except OSError as e:
            self.notify(f"Could not export: {e}")
            return
        except Exception as e:  # a drawing fault: report it, keep the window
            import logging

            logging.getLogger("actviz").error("export to %s failed", path, exc_info=e)
            self.notify(f"Could not export {path}: internal error: {type(e).__name__}: {e}")
            return
        self.status.setStyleSheet("")
        self.status.showMessage(self.tr("Saved {path}").format(path=saved), 5000)

    # ------------------------------------------------------------------ scenes and lessons
    def ask_path(self, save: bool, title: str, name: str, filters: str) -> str:
        """A file dialog that opens in the last folder used (Documents at first)."""
        if self.last_folder is None:
            docs = QtCore.QStandardPaths.writableLocation(QtCore.QStandardPaths.StandardLocation.DocumentsLocation)
            self.last_folder = docs or str(Path.home())
        start = str(Path(self.last_folder) / name)
        dialog = QtWidgets.QFileDialog.getSaveFileName if save else QtWidgets.QFileDialog.getOpenFileName
        path, _ = dialog(self, title, start, filters)
        if path:
            self.last_folder = str(Path(path).parent)
        return path

    def current_view(self) -> str:
        return VIEWS[self.tabs.currentIndex()]

    def save_scene(self, path: str | Path) -> Path:
        """Everything on screen, as a small JSON .actviz file (written atomically)."""
        path = Path(path)
        if path.suffix.lower() != ".actviz":
            path = path.with_name(path.name + ".actviz")
        text = dumps(scene_dict(self.state, self.current_view(), formulas=self.info.isVisible()))
        atomic_write_text(path, text)
        return path

    def open_scene(self, path: str | Path) -> bool:
        """Show a saved scene. A bad file gets one line of explanation and changes nothing."""
        try:
            checked = check_scene(read_json(path))
        except (OSError, ValueError) as e:  # SceneError is a ValueError; fileio's errors are OSErrors
            self.notify(f"Could not open the scene {Path(path).name}: {e}")
            return False
        self.show_scene(checked)
        self.status.showMessage(self.tr("Opened {path}").format(path=path), 5000)
        return True

    def open_lesson(self, name: str) -> None:
        try:
            checked = check_scene(json.loads(lesson_text(name)))
        except (OSError, ValueError) as e:  # a damaged installation: say so, keep going
            self.notify(f"Could not open the lesson {name}: {e}")
            return
        self.show_scene(checked)

    def show_scene(self, checked: dict) -> None:
        self.train_view.pause()
        apply_scene(self.state, checked)
        self.show_scene_view(checked)

    def show_scene_view(self, checked: dict) -> None:
        """The parts of a scene that are not the state: its view, panels, and play."""
        self.set_caption(checked.get("caption", ""), checked["view"])
        ui = checked.get("ui", {})
        if isinstance(ui.get("formulas"), bool):
            self.formula_action.setChecked(ui["formulas"])
            self._toggle_formulas()
        self.tabs.setCurrentIndex(VIEWS.index(checked["view"]))
        if checked["view"] == "train" and checked["play"]:
            self.train_view.rebuild()
            self.train_view.play()

    def _open_scene_dialog(self) -> None:
        path = self.ask_path(False, self.tr("Open scene"), "", self.tr("ActViz scenes (*.actviz);;All files (*)"))
        if path:
            self.open_scene(path)

    def _save_scene_dialog(self) -> None:
        stem = self.state.function_id.replace(":", "_")
        path = self.ask_path(True, self.tr("Save scene"), f"{stem}.actviz", self.tr("ActViz scenes (*.actviz)"))
        if not path:
            return
        try:
            saved = self.save_scene(path)
        except OSError as e:
            self.notify(f"Could not save the scene: {e}")
            return
        self.status.showMessage(self.tr("Saved {path}").format(path=saved), 5000)

    # ------------------------------------------------------------------ help
    def _show_shortcuts(self):
        tr = QtCore.QCoreApplication.translate
        rows = "".join(
            f"<tr><td><b>{tr('Shortcuts', k)}</b>&nbsp;&nbsp;</td><td>{tr('Shortcuts', v)}</td></tr>"
            for k, v in SHORTCUTS
        )
        QtWidgets.QMessageBox.information(self, self.tr("Keyboard shortcuts"), f"<table>{rows}</table>")

    def _show_about(self):
        QtWidgets.QMessageBox.about(
            self,
            self.tr("About ActViz"),
            f"<h3>ActViz {__version__}</h3><p>"
            + self.tr(
                "Activation functions, their derivatives and their kinks, "
                "drawn exactly. Derivatives at kinks follow PyTorch autograd."
            )
            + "</p>",
        )

    # ------------------------------------------------------------------ settings
    def load_settings(self) -> None:
        """Restore the saved session. A settings file that is missing is no news; one that is
        unreadable, too large, not a file, not JSON or partly invalid is reported in one line
        (message bar and log) and whatever could not be used keeps its default."""
        import errno
        import logging

        from actviz.fileio import read_json

        path = settings_path()
        if path is None:
            return

        def report(message: str) -> None:
            logging.getLogger("actviz").warning("%s", message)
            self.notify(message)

        try:
            data = read_json(path)
            if not isinstance(data, dict):
                raise ValueError(f"{path} does not hold a JSON object")
        except OSError as e:
            if e.errno != errno.ENOENT:
                report(f"Ignored saved settings: {e}")
            return
        except ValueError as e:
            report(f"Ignored saved settings: {e}")
            return
        try:
            problems = self.state.load_dict(data)
        except Exception as e:  # the state checks what it loads; never fail a start over a file
            problems = [f"{type(e).__name__}: {e}"]
        problems += self.restore_window(data.get("window"))
        if problems:
            # One short line however many problems, each cut short: a file can hold thousands.
            short = [" ".join(p.split()) for p in problems[:3]]
            short = [p if len(p) <= 120 else p[:119] + "…" for p in short]
            more = f"; and {len(problems) - 3} more" if len(problems) > 3 else ""
            report(f"Ignored part of the saved settings in {path}: " + "; ".join(short) + more)

    def save_settings(self) -> Path | None:
        """Write the session to the settings file, atomically; returns where, or None when
        settings are off. Raises OSError with a one-line message if it cannot be written (the
        previous file then stays as it was)."""
        from actviz.fileio import FileError, atomic_write_text, describe

        path = settings_path()
        if path is None:
            return None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise FileError(f"cannot save the session to {path}: {describe(e)}", e.errno) from None
        data = {**self.state.to_dict(), "window": self.window_settings()}
        atomic_write_text(path, json.dumps(data, indent=1) + "\n")
        return path

    def window_settings(self) -> dict:
        """Size, place, maximised and presentation state, and the formula panel, for the session."""
        g = self.normalGeometry() if (self.isMaximized() or self.isFullScreen()) else self.geometry()
        return {
            "geometry": [g.x(), g.y(), g.width(), g.height()],
            "maximized": self.isMaximized() or (self.presenting and self._was_maximized),
            "presentation": self.presenting,
            "formulas": self.formula_action.isChecked(),
            **settings_entry(),
        }

    def restore_window(self, saved) -> list[str]:
        """Apply :meth:`window_settings` from a saved session; returns what was refused."""
        if saved is None:
            return []
        if not isinstance(saved, dict):
            return ["window: not a mapping"]
        problems = []
        geo = saved.get("geometry")
        if geo is not None:
            ok = (
                isinstance(geo, list)
                and len(geo) == 4
                and all(isinstance(v, int) and not isinstance(v, bool) for v in geo)
                and 200 <= geo[2] <= 20000
                and 150 <= geo[3] <= 20000
                and all(abs(v) <= 100000 for v in geo[:2])
            )
            if ok:
                self.setGeometry(*geo)
            else:
                problems.append(f"window geometry must be [x, y, width, height] in pixels, got {geo!r}")
        self._start_maximized = saved.get("maximized") is True
        self._start_presentation = saved.get("presentation") is True
        if isinstance(saved.get("formulas"), bool):
            self.formula_action.setChecked(saved["formulas"])
            self._toggle_formulas()
        return problems

    def closeEvent(self, event):  # noqa: N802 - Qt override
        if self.remember_session:
            try:
                self.save_settings()
            except Exception as e:  # never block closing the window over a settings file
                import logging

                reason = str(e) if isinstance(e, OSError) else f"{type(e).__name__}: {e}"
                message = f"The session was not saved: {reason}"
                logging.getLogger("actviz").error("%s", message)
                self.notify(message)  # seen if the close does not go through
        for view in (self._train_view, self._depth_view):
            if view is not None:
                view.shutdown()  # worker threads end before their widgets go
        super().closeEvent(event)

    # ------------------------------------------------------------------ session and pictures
    @property
    def remember_session(self) -> bool:
        """Whether closing the window saves the session. On by default; the app turns it off
        for runs driven by the command line (a screenshot, options that set what to show)."""
        return getattr(self, "_remember_session", True)

    @remember_session.setter
    def remember_session(self, on: bool) -> None:
        self._remember_session = bool(on)

    @staticmethod
    def encode_image(pixmap: QtGui.QPixmap, fmt: str = "PNG") -> bytes:
        """The picture as the bytes of an image file (PNG by default), made in memory so that
        it can be written atomically."""
        from actviz.fileio import FileError

        buf = QtCore.QBuffer()
        buf.open(QtCore.QIODevice.OpenModeFlag.WriteOnly)
        if pixmap.isNull() or not pixmap.save(buf, fmt):
            raise FileError(f"the picture could not be encoded as {fmt}")
        return bytes(buf.data().data())

    def set_compact(self, on: bool) -> None:
        """All plot, for a small window or picture: no side panel, menu bar, view tabs, readout
        line, information line or status bar."""
        widgets = [self.side_scroll, self.menuBar(), self.info_scroll, self.status, self.plot_view.readout]
        tabs = getattr(self, "tabs", None)
        if isinstance(tabs, QtWidgets.QTabWidget):
            widgets.append(tabs.tabBar())
        for widget in widgets:
            widget.setVisible(not on)
