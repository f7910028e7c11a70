"""The main window: lays the widgets out around one State and wires keys, menus and settings."""

from __future__ import annotations

import html
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6

from actviz import settings
from actviz._version import __version__
from actviz.controllers.function import FunctionController
from actviz.fileio import atomic_write_text
from actviz.state import LAYOUTS, State
from actviz.state.depth import PRESET_TITLES
from actviz.state.scene import LESSONS, VIEWS, apply_scene, check_scene, dumps, lesson_text, read_scene, scene_dict
from actviz.state.texts import QT_TRANSLATE_NOOP, Marked, RefusalError
from actviz.ui import errorlog, keys
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
from actviz.ui.i18n import add_language_menu, settings_entry, tr_state, tr_text
from actviz.ui.legend import fit_legend
from actviz.ui.look_menu import LookMenus
from actviz.ui.marks_panel import MarksPanel
from actviz.ui.plot import PlotView
from actviz.ui.qt import QtCore, QtGui, QtWidgets, named, pg
from actviz.viewmodels import export as export_model
from actviz.viewmodels import window as window_model

if TYPE_CHECKING:
    from actviz.ui.depth_view import DepthView
    from actviz.ui.train_view import TrainView

# Loaded on first use, not before the first frame (see tests/test_startup_imports.py): the
# Train and Depth views (with the training and depth core), the formula editor (and SymPy) and
# the picture writer. The first frame draws the Function view only.

BOX_KEYS = [  # keys that are not menu items; the F1 table adds every action with a key
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Enter"),
        QT_TRANSLATE_NOOP("Shortcuts", "apply what was typed and give the keys back to the plot"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Esc"),
        QT_TRANSLATE_NOOP("Shortcuts", "undo the typing and give the keys back to the plot"),
    ),
]


def _plain_key(seq: QtGui.QKeySequence) -> bool:
    """A key without Ctrl, Alt or Meta that is not an F-key: it types, or it means something
    in one view only."""
    if seq.isEmpty():
        return False
    combo = seq[0]  # type: ignore[index]  # QKeySequence[i] works; PySide6's stub does not declare it
    mods = combo.keyboardModifiers() & ~QtCore.Qt.KeyboardModifier.ShiftModifier
    key = combo.key()
    return mods == QtCore.Qt.KeyboardModifier.NoModifier and not (QtCore.Qt.Key.Key_F1 <= key <= QtCore.Qt.Key.Key_F35)


# What the room reads when something breaks inside: one plain sentence, never the exception.
INTERNAL_ERROR: dict[str | None, Marked] = {
    "function": QT_TRANSLATE_NOOP(
        "Errors", "Something went wrong in the Function view; it has been logged (Help → Error log)."
    ),
    "train": QT_TRANSLATE_NOOP(
        "Errors", "Something went wrong in the Train view; it has been logged (Help → Error log)."
    ),
    "depth": QT_TRANSLATE_NOOP(
        "Errors", "Something went wrong in the Depth view; it has been logged (Help → Error log)."
    ),
    None: QT_TRANSLATE_NOOP("Errors", "Something went wrong; it has been logged (Help → Error log)."),
}
ERROR_REPEAT_S = 30.0
"""The same error sentence is not shown again within this time: a fault on every frame must
not keep the message on the screen."""
WINDOW_KEYS = ("geometry", "maximized", "presentation", "formulas", "view", "language", "train_speed")
"""The keys under ``"window"`` in the settings file that the window's session save owns."""
HELP_SCREEN_SHARE = 0.9  # of the available screen, at most, for a help page
HELP_TWO_COLUMNS_EM = 80  # a screen this many lines of text wide shows the keys in two columns


class MainWindow(QtWidgets.QMainWindow):
    """ActViz's window. ``MainWindow()`` works with no arguments."""

    def __init__(self, state: State | None = None, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state if state is not None else State()
        self.setWindowTitle(f"ActViz {__version__}")
        self.setObjectName("mainWindow")
        self.messages: list[str] = []
        self.internal_errors: list[str] = []  # what went wrong inside (the log has the tracebacks)
        self._error_said: tuple[str, float] = ("", 0.0)
        errorlog.install()
        self.presenting = False

        st, notify = self.state, self.notify
        # The Function view's behaviour (animation, automatic y, nudges): its widgets share it.
        self.function_controller = FunctionController(st)
        self.plot_view = PlotView(st, notify, controller=self.function_controller)
        self.selector = FunctionSelector(st, notify)
        self.ranges = RangeControls(st, notify)
        self.param_panel = ParamPanel(st, notify, controller=self.function_controller)
        self.param_panel.stopped.connect(self.plot_view.show_params_now)
        self.curve_controls = CurveControls(st, notify)
        self.compare = ComparePanel(st, notify)
        self.probes = ProbeTable(st, notify)
        self.marks_panel = MarksPanel(st, notify)
        self.info = FormulaPanel(st)

        side = named(QtWidgets.QWidget(), "sidePanel")
        side_lay = QtWidgets.QVBoxLayout(side)
        title = QtWidgets.QLabel(self.tr("<b>Function</b>"))
        side_lay.addWidget(title)
        side_lay.addWidget(self.selector)
        for w in (self.param_panel, self.ranges, self.curve_controls, self.compare, self.marks_panel, self.probes):
            side_lay.addWidget(w)
        side_lay.addStretch(1)
        self.side_scroll = named(QtWidgets.QScrollArea(), "sideScroll")
        self.side_scroll.setWidget(side)
        self.side_scroll.setWidgetResizable(True)
        self.side_scroll.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.side_scroll.setMinimumWidth(380)
        self.side_scroll.setMaximumWidth(440)
        keys.wheel_scrolls_panel(side)  # a wheel over a field scrolls the panel, not the field

        left = QtWidgets.QWidget()
        left_lay = QtWidgets.QVBoxLayout(left)
        left_lay.setContentsMargins(6, 6, 6, 6)
        left_lay.addWidget(self.plot_view, 1)
        # Refusals and errors: a wrapped, readable line under the plot (not a clipped status
        # bar message); cleared by the next change that succeeds, or after a while.
        self.message_bar = named(QtWidgets.QLabel(), "messageBar")
        self.message_bar.setWordWrap(True)
        self.message_bar.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self.message_bar.hide()
        self._message_timer = QtCore.QTimer(self, singleShot=True, interval=12000)
        self._message_timer.timeout.connect(self.clear_message)
        left_lay.addWidget(self.message_bar)
        # The formulas and facts take at most a share of the height (see resizeEvent) and
        # scroll beyond it: at huge scale they would otherwise squeeze the plot to a strip.
        self.info_scroll = named(QtWidgets.QScrollArea(), "infoScroll")
        self.info_scroll.setWidget(self.info)
        self.info_scroll.setWidgetResizable(True)
        self.info_scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        self.info_scroll.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.info_scroll.setSizePolicy(QtWidgets.QSizePolicy.Policy.Preferred, QtWidgets.QSizePolicy.Policy.Maximum)
        left_lay.addWidget(self.info_scroll)

        function_page = named(QtWidgets.QWidget(), "functionView")
        lay = QtWidgets.QHBoxLayout(function_page)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(left, 1)
        lay.addWidget(self.side_scroll)

        # The Train and Depth views are built the first time they are needed (shown, or used by
        # a key, a lesson or a scene): a start-up shows the function view only.
        self._train_view: TrainView | None = None
        self._depth_view: DepthView | None = None
        # The Train view's speed (epochs per second; None: as fast as it goes), kept for the
        # session until the view is built, then the view's session holds it.
        self._train_speed: float | None = None
        self._page_layouts: list[QtWidgets.QVBoxLayout] = []  # the Train and Depth pages'
        self.tabs = named(QtWidgets.QTabWidget(), "views")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(function_page, self.tr("Function"))
        for view_name, text in (("Train", self.tr("Train")), ("Depth", self.tr("Depth"))):
            page = named(QtWidgets.QWidget(), f"{view_name.lower()}Page")
            page_lay = QtWidgets.QVBoxLayout(page)
            page_lay.setContentsMargins(0, 0, 0, 0)
            self._page_layouts.append(page_lay)
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
        # The picture size chosen last in the export dialog (an index into picture_filters):
        # full HD at first, since a picture is most often wanted for a slide.
        self.picture_choice = 1
        self.default_filter = ""  # the file type the next file dialog opens on
        self._was_maximized = False
        self._scene_display = False  # the save-scene dialog's last choice
        ev = st.events
        for sig in (ev.function, ev.params, ev.x_range, ev.y_range, ev.shown, ev.style, ev.overlays, ev.probes):
            sig.connect(self.clear_message)
        ev.marks.connect(self.clear_message)
        self._build_actions()
        self.looks.apply()
        self.setMinimumSize(200, 150)
        self._place_first()

    # ------------------------------------------------------------------ place on the screen
    @staticmethod
    def _screen_rects() -> list[tuple[int, int, int, int]]:
        """The available area of every screen, the primary one first."""
        app = QtGui.QGuiApplication
        primary = app.primaryScreen()
        screens = ([primary] if primary is not None else []) + [s for s in app.screens() if s is not primary]
        return [(g.x(), g.y(), g.width(), g.height()) for g in (s.availableGeometry() for s in screens)]

    def _minimum(self) -> tuple[int, int]:
        hint = self.minimumSizeHint().expandedTo(self.minimumSize())
        return hint.width(), hint.height()

    def _place_first(self) -> None:
        """The first window fits the screen it opens on (a projector may be 1024×768)."""
        screens = self._screen_rects()
        if not screens or screens[0][2] <= 0:
            self.resize(*window_model.FIRST_SIZE)
            return
        self.setGeometry(*window_model.first_geometry(screens[0], minimum=self._minimum()))

    def fit_to_screen(self, rect: tuple[int, int, int, int]) -> tuple[int, int, int, int]:
        """``rect`` brought onto the screen that holds most of it (see :mod:`window_model`)."""
        screens = self._screen_rects()
        if not screens:
            return rect
        screen = screens[window_model.screen_for(rect, screens)]
        return window_model.fit_geometry(rect, screen, minimum=self._minimum())

    # ------------------------------------------------------------------ messages
    def notify(self, message: str) -> None:
        """Show a user-facing message (bad input, refused values) without interrupting."""
        self.messages.append(message)
        self.message_bar.setText(message)
        self.message_bar.show()
        self._message_timer.start()

    def report_internal_error(self, widget: QtCore.QObject | None = None, detail: str = "") -> None:
        """Something broke inside (already in the error log): say so in one sentence that
        names the view, and where the log is. ``detail`` is kept for tests, never shown."""
        import time

        self.internal_errors.append(detail)
        view = None
        if isinstance(widget, QtWidgets.QWidget) and shiboken6.isValid(widget):
            for i in range(self.tabs.count()):
                page = self.tabs.widget(i)
                if page is not None and (page is widget or page.isAncestorOf(widget)):
                    view = VIEWS[i]
        text = QtCore.QCoreApplication.translate("Errors", INTERNAL_ERROR[view])
        now = time.monotonic()
        if text == self._error_said[0] and now - self._error_said[1] < ERROR_REPEAT_S:
            return
        self._error_said = (text, now)
        self.notify(text)

    @guarded
    def clear_message(self, *_args: object) -> None:
        """A later change that succeeded makes an old refusal stale: take it away."""
        if self.message_bar.isVisible():
            self.message_bar.hide()
            self.message_bar.clear()

    # ------------------------------------------------------------------ focus
    def focus_home(self) -> None:
        """Keys go to the plot: at start, after a click on it, and after Enter/Esc in a box."""
        if shiboken6.isValid(self):
            self.plot_view.focus_widget().setFocus(QtCore.Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event: QtGui.QShowEvent) -> None:  # noqa: N802 - Qt override
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
    def _action(
        self,
        menu: QtWidgets.QMenu,
        text: str,
        slot: Callable[..., object],
        shortcut: str | None = None,
        name: str | None = None,
    ) -> QtGui.QAction:
        act = QtGui.QAction(text, self)
        if shortcut:
            act.setShortcut(QtGui.QKeySequence(shortcut))
            act.setShortcutContext(QtCore.Qt.ShortcutContext.WindowShortcut)
        if name:
            act.setObjectName(name)
        act.triggered.connect(slot)
        self._slots[act] = slot  # a view's action is re-wired to show its view first
        menu.addAction(act)
        self.addAction(act)  # keeps the shortcut alive when the menu bar is hidden
        return act

    def _build_actions(self) -> None:
        self._slots: dict[QtGui.QAction, Callable[..., object]] = {}
        self._keys: dict[QtGui.QAction, list[QtGui.QKeySequence]] = {}
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
        m = mb.addMenu(self.tr("Ed&it"))  # Alt+I: Alt+E is the Train menu in French
        m.setObjectName("editMenu")
        # No keys: the F1 table must still fit a 1280 × 720 projector without scrolling.
        self._action(m, self.tr("&Copy set-up"), self._copy_setup, None, "copySetup")
        self._action(m, self.tr("&Paste set-up"), self._paste_setup, None, "pasteSetup")
        m = mb.addMenu(self.tr("F&unction"))
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
        self._add_formula_actions(m)  # New formula… (Ctrl+N), Edit formula…, Delete formula
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
        self.language_menu = add_language_menu(m, self.notify, self)
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
            self._action(m, self.tr("&Faster"), lambda: self.train_view.session.faster(), "Ctrl+Up", "trainFaster")
        )
        ta.append(
            self._action(m, self.tr("&Slower"), lambda: self.train_view.session.slower(), "Ctrl+Down", "trainSlower")
        )
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
        self._bind_view_actions()
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
        m.setObjectName("helpMenu")
        m.setToolTipsVisible(True)  # the error log's item shows where the file is
        self._action(m, self.tr("&Getting started"), self._show_getting_started, None, "gettingStarted")
        self._action(m, self.tr("&Keyboard shortcuts"), self._show_shortcuts, "F1", "showShortcuts")
        self.error_log_action = self._action(m, self.tr("&Error log…"), self._show_error_log, None, "errorLog")
        m.aboutToShow.connect(self._name_error_log)
        self._name_error_log()
        self._action(m, self.tr("&About ActViz"), self._show_about)

    def _add_formula_actions(self, menu: QtWidgets.QMenu) -> None:
        """The Function menu's New formula… (Ctrl+N), Edit formula… and Delete formula; the
        editor loads when one of them is first used."""

        def new_formula() -> None:
            from actviz.ui import formula_editor

            formula_editor.open_editor(self)

        def edit_formula() -> None:
            from actviz.ui import formula_editor

            formula_editor.open_editor(self, edit=True)

        def delete_formula() -> None:
            from actviz.ui import formula_editor

            formula_editor.delete_current(self)

        self._action(
            menu,
            QtCore.QCoreApplication.translate("FormulaMenu", "&New formula…"),
            new_formula,
            "Ctrl+N",
            "newFormula",
        )
        self._action(
            menu,
            QtCore.QCoreApplication.translate("FormulaMenu", "&Edit formula…"),
            edit_formula,
            "Ctrl+Shift+N",
            "editFormula",
        )
        self._action(
            menu,
            QtCore.QCoreApplication.translate("FormulaMenu", "De&lete formula"),
            delete_formula,
            None,
            "deleteFormula",
        )

    def _build_layout_menu(self, view_menu: QtWidgets.QMenu) -> None:
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

            self._train_view = module.TrainView(self.state.train, self.state, self.notify, ask_save=self.ask_save_path)
            keys.wheel_scrolls_panel(self._train_view.side_scroll)
            self._page_layouts[0].addWidget(self._train_view)
            self._train_view.session.set_speed(self._train_speed)
        return self._train_view

    @property
    def depth_view(self) -> DepthView:
        if self._depth_view is None:
            import actviz.ui.depth_view as module  # loaded when first needed, not at start-up

            self._depth_view = module.DepthView(self.state.depth, self.state, self.notify)
            keys.wheel_scrolls_panel(self._depth_view.side_scroll)
            self._page_layouts[1].addWidget(self._depth_view)
        return self._depth_view

    def _on_tab(self, index: int) -> None:
        """Keys act on the view that is shown, never on a hidden one."""
        if index == 1:
            self.train_view.show()
        elif index == 2:
            self.depth_view.show()
        if self.presenting and index:  # a view built during presentation mode: plots only
            (self.train_view if index == 1 else self.depth_view).side_scroll.hide()
        # Every view's menu items work from any view (they show their view first). A key
        # without Ctrl/Alt or an F-key (Space, 1-5, [, ], T...) belongs to the view shown: the
        # same key means something else in another view, and must not pull the room away.
        for view, act in getattr(self, "_view_actions", []):
            keys = self._keys.get(act, [])
            own = view == index or not any(_plain_key(k) for k in keys)
            act.setShortcuts(keys if own else [])
        if index == 0:
            QtCore.QTimer.singleShot(0, self.focus_home)

    def _bind_view_actions(self) -> None:
        """Wire the Function, Train and Depth actions to show their view, then act."""
        self._view_actions: list[tuple[int, QtGui.QAction]] = []
        for view, acts in enumerate((self.function_actions, self.train_actions, self.depth_actions)):
            for act in acts:
                self._keys[act] = list(act.shortcuts())
                slot = self._slots[act]
                act.triggered.disconnect(slot)
                act.triggered.connect(lambda _checked=False, v=view, f=slot: self._in_view(v, f))
                self._view_actions.append((view, act))

    def _in_view(self, view: int, slot: Callable[[], object]) -> None:
        if self.tabs.currentIndex() != view:
            self.tabs.setCurrentIndex(view)
        slot()

    def _toggle_formulas(self, checked: bool = False) -> None:
        self.info_scroll.setVisible(self.formula_action.isChecked() and not self.presenting)

    def nudge_first_param(self, direction: int) -> None:
        """One step of the first parameter: a slider tick, or the next/previous choice."""
        try:
            self.function_controller.nudge(direction)
        except RefusalError as e:
            self.notify(tr_text(e))

    def set_caption(self, caption: str, view: str = "function") -> None:
        """A scene's point, large on the plot of its view: the function plot, or the Train
        view's losses (the Depth view has none); the other views' captions go."""
        from actviz.ui.captions import shown_lesson_text

        text = shown_lesson_text(caption)
        self.plot_view.set_caption(text if view == "function" else "")
        if view == "train" and text:
            self.train_view.set_caption(text)
        elif self._train_view is not None:
            self._train_view.set_caption("")

    INFO_SHARE = 0.3  # of the window's height, at most, for the formulas and facts

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:  # noqa: N802 - Qt override
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
        if not on:
            # The side panels come back and the window shrinks (a window manager does that a
            # moment later): the Train and Depth plots are fitted again once it has. Without
            # this a plot item stayed as wide as a legend laid out for the full screen made it,
            # and its right edge (title, axis, last legend entry) was cut off.
            for ms in (0, 200, 600):
                QtCore.QTimer.singleShot(ms, self, self._refit_plots)

    @guarded
    def _refit_plots(self) -> None:
        for view in (self._train_view, self._depth_view):
            if view is None or not shiboken6.isValid(view):
                continue
            for plot in view.findChildren(pg.PlotWidget):
                pi = plot.getPlotItem()
                legend = pi.legend
                if legend is not None and hasattr(legend, "_fitted"):  # a legend under the plot
                    # Laid out for the full screen's width, it holds the item wider than its
                    # widget, so the item's own width says nothing: measure from the widget.
                    margin = max(pi.width() - pi.getViewBox().width(), 0)
                    fit_legend(legend, pi, room=plot.width() - margin)
                QtCore.QCoreApplication.sendPostedEvents(None, QtCore.QEvent.Type.LayoutRequest)
                # The plot item takes its widget's rectangle again (pyqtgraph does this only on
                # the widget's own resize, which came before the legend's refit).
                pg.GraphicsView.setRange(
                    plot, QtCore.QRectF(0, 0, plot.width(), plot.height()), padding=0, disableAutoPixel=False
                )

    # ------------------------------------------------------------------ export
    def export_figure(self, path: str | Path, size: tuple[int, int] | None = None, view: str | None = None) -> Path:
        """Save the plots of ``view`` (the one shown by default) as PNG or SVG (vector).

        PNG is as on screen, or exactly ``size`` pixels with text and lines grown in step;
        neither holds the crosshair. The file is drawn in memory and then written atomically:
        if anything fails, an existing file at ``path`` is left as it was and OSError says why
        in one line. A name without a suffix gets PNG; other image suffixes Qt can write work.
        """
        view = view or self.current_view()
        if view == "train":
            return self.train_view.export_picture(Path(path), size)
        if view == "depth":
            return self.depth_view.export_picture(Path(path), size)
        pv = self.plot_view  # every panel of the layout, without the readout line
        title = f"ActViz: {self.state.activation.label}"
        from actviz.ui import export

        return export.write_picture(path, pv.graphics_views(), size, title, hide=pv.hover_items())

    def export_data(self, path: str | Path, n: int = 1001, view: str | None = None) -> Path:
        """The data of ``view`` (the one shown by default) as CSV, written atomically.

        Function: x, f, f′, f″ on a uniform grid over the x range that prints cleanly, plus
        every kink. Train: the loss curves (and the study beside them, once run). Depth: the
        per-layer table.
        """
        view = view or self.current_view()
        if view == "train":
            return self.train_view.export_data(Path(path))
        if view == "depth":
            path = Path(path)
            self.depth_view.export_csv(path)
            return path
        path = Path(path)
        atomic_write_text(path, self.function_controller.export_csv(n))
        return path

    def export_stem(self, view: str | None = None) -> str:
        """The proposed file name for an export of ``view``: the view and its set-up."""
        view = view or self.current_view()
        if view == "train":
            return export_model.file_stem("train", self.state.train.dataset)
        if view == "depth":
            d = self.state.depth
            return export_model.file_stem("depth", f"{d.depth}x{d.width}", d.init)
        return export_model.file_stem(self.state.function_id.replace(":", "_"))  # custom:name → custom_name

    def picture_filters(self) -> list[str]:
        """The save dialog's file types, one per picture size, then SVG."""
        return [
            self.tr("PNG image, as on screen (*.png)"),
            self.tr("PNG image, 1920×1080 (*.png)"),
            self.tr("PNG image, 3840×2160 (*.png)"),
            self.tr("SVG vector (*.svg)"),
        ]

    def export_figure_dialog(self, view: str | None = None) -> None:
        """Ask where (and, for PNG, at which size) to save the plots of the view shown."""
        view = view or self.current_view()
        filters = self.picture_filters()
        self.chosen_filter = self.default_filter = filters[self.picture_choice]

        def save(path: str) -> Path:
            chosen = getattr(self, "chosen_filter", "")
            index = filters.index(chosen) if chosen in filters else self.picture_choice
            self.picture_choice = index
            from actviz.ui.export import SIZES

            size = SIZES[index] if index < len(SIZES) else None
            return self.export_figure(path, size, view)

        self._save_dialog(self.tr("Export figure"), "png", ";;".join(filters), save, self.export_stem(view))
        self.default_filter = ""

    def _export_figure_dialog(self) -> None:
        self.export_figure_dialog()

    def _export_data_dialog(self) -> None:
        view = self.current_view()
        stem = self.export_stem(view) + ("-loss" if view == "train" else "")
        self._save_dialog(
            self.tr("Export data"), "csv", self.tr("CSV (*.csv)"), lambda p: self.export_data(p, view=view), stem
        )

    def ask_save_path(self, title: str, name: str, filters: str) -> str:
        """The save dialog the Train and Depth views' own export buttons use."""
        return self.ask_path(True, title, name, filters)

    def _save_dialog(
        self, title: str, suffix: str, filters: str, save: Callable[[str], Path], stem: str | None = None
    ) -> None:
        stem = stem or self.export_stem("function")
        path = self.ask_path(True, title, f"{stem}.{suffix}", filters)
        if not path:
            return
        try:
            saved = save(path)
        except OSError as e:
            self.notify(f"Could not export: {e}")
            return
        except Exception as e:  # a drawing fault: into the error log, one sentence on screen
            errorlog.write_exception(f"export to {path}", e)
            self.report_internal_error(self.tabs.currentWidget(), f"{type(e).__name__}: {e}")
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
        # The chosen file type holds a picture size; the dialog opens on the one chosen last.
        path, self.chosen_filter = dialog(self, title, start, filters, self.default_filter)
        if path:
            self.last_folder = str(Path(path).parent)
        return path

    def current_view(self) -> str:
        return VIEWS[self.tabs.currentIndex()]

    def save_scene(self, path: str | Path, display: bool = False) -> Path:
        """Everything on screen, as a small JSON .actviz file (written atomically). With
        ``display`` the theme and scale go with it, and opening it brings them back."""
        path = Path(path)
        if path.suffix.lower() != ".actviz":
            path = path.with_name(path.name + ".actviz")
        scene = scene_dict(self.state, self.current_view(), display=display, formulas=self.info.isVisible())
        text = dumps(scene)
        atomic_write_text(path, text)
        return path

    def open_scene(self, path: str | Path) -> bool:
        """Show a saved scene. A bad file gets one line of explanation and changes nothing."""
        try:
            checked = read_scene(path)  # JSON, or a file whose text is a set-up's share string
        except (OSError, ValueError) as e:  # SceneError is a ValueError; fileio's errors are OSErrors
            problem = self.tr("Could not open the scene {name}: {error}")
            self.notify(problem.format(name=Path(path).name, error=tr_text(e)))
            return False
        self.show_scene(checked)
        self.status.showMessage(self.tr("Opened {path}").format(path=path), 5000)
        return True

    def open_lesson(self, name: str) -> None:
        try:
            checked = check_scene(json.loads(lesson_text(name)))
        except (OSError, ValueError) as e:  # a damaged installation: say so, keep going
            self.notify(self.tr("Could not open the lesson {name}: {error}").format(name=name, error=tr_text(e)))
            return
        self.show_scene(checked)

    def show_scene(self, checked: dict[str, Any]) -> None:
        self.train_view.pause()
        apply_scene(self.state, checked)
        self.show_scene_view(checked)

    def show_scene_view(self, checked: dict[str, Any]) -> None:
        """The parts of a scene that are not the state: its view, panels, and play."""
        self.set_caption(checked.get("caption", ""), checked["view"])
        ui = checked.get("ui", {})
        if isinstance(ui.get("formulas"), bool):
            self.formula_action.setChecked(ui["formulas"])
            self._toggle_formulas()
        self.tabs.setCurrentIndex(VIEWS.index(checked["view"]))
        if checked["view"] == "train" and checked["play"]:
            if self.train_view.session.epoch != 0:  # a new set-up has restarted it already
                self.train_view.rebuild()
            self.train_view.play()

    def _copy_setup(self) -> None:
        """The Train view's set-up as one line on the clipboard (``actviz:train?...``)."""
        self.tabs.setCurrentIndex(VIEWS.index("train"))
        self.train_view.copy_setup()

    def _paste_setup(self) -> None:
        """Restore a Train set-up from the clipboard's share string (a bad one: one line, no change)."""
        self.tabs.setCurrentIndex(VIEWS.index("train"))
        self.train_view.paste_setup()

    def _open_scene_dialog(self) -> None:
        path = self.ask_path(False, self.tr("Open scene"), "", self.tr("ActViz scenes (*.actviz);;All files (*)"))
        if path:
            self.open_scene(path)

    def ask_scene_path(self, title: str, name: str, filters: str) -> tuple[str, bool]:
        """Save scene's file dialog: the path ("" when cancelled) and whether the display
        settings go with it (the box remembers its last choice)."""
        if self.last_folder is None:
            docs = QtCore.QStandardPaths.writableLocation(QtCore.QStandardPaths.StandardLocation.DocumentsLocation)
            self.last_folder = docs or str(Path.home())
        # Qt's own dialog, so that the choice about the display settings sits inside it.
        dialog = QtWidgets.QFileDialog(self, title, str(Path(self.last_folder) / name), filters)
        dialog.setObjectName("saveSceneDialog")
        dialog.setOption(QtWidgets.QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAcceptMode(QtWidgets.QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("actviz")
        box = named(QtWidgets.QCheckBox(self.tr("Include display settings (theme and scale)")), "sceneDisplay")
        box.setToolTip(
            self.tr("Opening the scene then also sets the theme and scale; without it the room keeps its own.")
        )
        box.setChecked(self._scene_display)
        grid = dialog.layout()
        if isinstance(grid, QtWidgets.QGridLayout):
            grid.addWidget(box, grid.rowCount(), 0, 1, grid.columnCount())
        try:
            if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted or not dialog.selectedFiles():
                return "", self._scene_display
            path, self._scene_display = dialog.selectedFiles()[0], box.isChecked()
        finally:
            dialog.deleteLater()
        self.last_folder = str(Path(path).parent)
        return path, self._scene_display

    def _save_scene_dialog(self) -> None:
        stem = self.state.function_id.replace(":", "_")
        path, display = self.ask_scene_path(
            self.tr("Save scene"), f"{stem}.actviz", self.tr("ActViz scenes (*.actviz)")
        )
        if not path:
            return
        try:
            saved = self.save_scene(path, display=display)
        except OSError as e:
            self.notify(f"Could not save the scene: {e}")
            return
        self.status.showMessage(self.tr("Saved {path}").format(path=saved), 5000)

    # ------------------------------------------------------------------ help
    def shortcut_rows(self) -> list[tuple[str, str, str]]:
        """(menu, keys, what) for every action with a key, menu by menu as the menu bar shows
        them, then the keys that are not menu items. Made from the actions themselves, so the
        help cannot drift from what the keys do."""
        tr = QtCore.QCoreApplication.translate
        either = QtCore.QCoreApplication.translate("Shortcuts", " or ")
        rows: list[tuple[str, str, str]] = []

        def plain(text: str) -> str:
            return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()

        def walk(menu: QtWidgets.QMenu, section: str, within: str = "") -> None:
            for act in menu.actions():
                sub = act.menu()
                if isinstance(sub, QtWidgets.QMenu):
                    walk(sub, section, plain(act.text()))
                    continue
                seqs = self._keys.get(act) or act.shortcuts()
                if act.isSeparator() or not seqs:
                    continue
                names = either.join(k.toString(QtGui.QKeySequence.SequenceFormat.NativeText) for k in seqs)
                what = plain(act.text())
                rows.append((section, names, f"{within}: {what}" if within else what))

        for top in self.menuBar().actions():
            menu = top.menu()
            if isinstance(menu, QtWidgets.QMenu):
                walk(menu, plain(top.text()))
        other = self.tr("In a text box")
        rows += [(other, tr("Shortcuts", k), tr("Shortcuts", v)) for k, v in BOX_KEYS]
        return rows

    def shortcuts_html(self, columns: int = 1) -> str:
        """The key table, its menus' groups in one or two columns (in menu order, balanced)."""
        groups: list[tuple[str, list[tuple[str, str]]]] = []
        for menu, names, what in self.shortcut_rows():
            if not groups or groups[-1][0] != menu:
                groups.append((menu, []))
            groups[-1][1].append((names, what))

        def table(part: list[tuple[str, list[tuple[str, str]]]]) -> str:
            rows = []
            for menu, entries in part:
                rows.append(f"<tr><td colspan='2'><h3>{html.escape(menu)}</h3></td></tr>")
                rows.extend(
                    f"<tr><td><b>{html.escape(names)}</b>&nbsp;&nbsp;</td><td>{html.escape(what)}</td></tr>"
                    for names, what in entries
                )
            return f"<table>{''.join(rows)}</table>"

        note = self.tr("Keys without Ctrl act on the view that is shown; the others work everywhere.")
        if columns < 2 or len(groups) < 2:
            return f"<p>{html.escape(note)}</p>{table(groups)}"
        # A heading weighs about two rows; split where the two columns are closest in height.
        sizes = [len(entries) + 2 for _menu, entries in groups]
        total = sum(sizes)
        split = min(range(1, len(groups)), key=lambda i: abs(total - 2 * sum(sizes[:i])))
        cells = "".join(f"<td valign='top' width='50%'>{table(part)}</td>" for part in (groups[:split], groups[split:]))
        return f"<p>{html.escape(note)}</p><table width='100%'><tr>{cells}</tr></table>"

    def _help_screen(self) -> tuple[int, int]:
        """The available size of the screen the window is on (the primary one before it is shown)."""
        screen = self.screen() if self.isVisible() else None
        if screen is not None:
            g = screen.availableGeometry()
            return g.width(), g.height()
        screens = self._screen_rects()
        return (screens[0][2], screens[0][3]) if screens else (1280, 800)

    def help_columns(self) -> int:
        """Two columns of keys where the screen is wide enough for them at this text size."""
        sw, _sh = self._help_screen()
        return 2 if sw >= HELP_TWO_COLUMNS_EM * self.fontMetrics().height() else 1

    def help_dialog(self, title: str, body: str, name: str, width_em: float = 40) -> QtWidgets.QDialog:
        """A scrolling page of help with a Close button (Esc closes it too), as tall as its text
        but never more than :data:`HELP_SCREEN_SHARE` of the screen: every line can be scrolled to
        on a 1024×768 projector at huge scale."""
        dialog = named(QtWidgets.QDialog(self), name)
        dialog.setWindowTitle(title)
        text = named(QtWidgets.QTextBrowser(), f"{name}Text")
        text.setOpenExternalLinks(True)
        text.setHtml(body)
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        lay = QtWidgets.QVBoxLayout(dialog)
        lay.addWidget(text)
        lay.addWidget(buttons)
        # The dialogs' font (the projector scale) is put on a widget when it is polished: measure after.
        dialog.ensurePolished()
        text.ensurePolished()
        em = dialog.fontMetrics().height()
        sw, sh = self._help_screen()
        most_w, most_h = int(sw * HELP_SCREEN_SHARE), int(sh * HELP_SCREEN_SHARE)
        width = min(round(width_em * em), most_w)
        # The text's own height at this width, plus the frame around it: no empty page, no
        # scrolling where the screen has room for everything.
        margins = lay.contentsMargins()
        inner = width - margins.left() - margins.right() - 2 * text.frameWidth()
        doc = text.document().clone(text)
        doc.setTextWidth(inner - text.style().pixelMetric(QtWidgets.QStyle.PixelMetric.PM_ScrollBarExtent))
        chrome = margins.top() + margins.bottom() + lay.spacing() + buttons.sizeHint().height() + 2 * text.frameWidth()
        height = min(max(round(doc.size().height()) + chrome + 4, 12 * em), most_h)
        dialog.setMaximumSize(most_w, most_h)
        dialog.resize(width, height)
        return dialog

    def _exec_dialog(self, dialog: QtWidgets.QDialog) -> None:
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def _show_shortcuts(self) -> None:
        columns = self.help_columns()
        body = self.shortcuts_html(columns)
        self._exec_dialog(self.help_dialog(self.tr("Keyboard shortcuts"), body, "shortcuts", 36 * columns))

    def getting_started_html(self) -> str:
        paras = [
            self.tr("ActViz draws activation functions and shows what they do to a network."),
            self.tr(
                "<b>Three views</b> (tabs, or Ctrl+1, Ctrl+2, Ctrl+3): <b>Function</b> shows an "
                "activation, its derivatives f′ and f″ and its kinks, with its parameters on sliders; "
                "<b>Train</b> trains small networks on a toy data set and races activations against "
                "each other; <b>Depth</b> shows how much gradient reaches each layer of a deep network."
            ),
            self.tr(
                "<b>The lessons</b>: F5 ReLU's dead gradient, F6 sigmoid against tanh (saturation), "
                "F7 the convergence race. A lesson keeps your theme and text size."
            ),
            self.tr(
                "<b>For the room</b>: F11 shows the plot alone, full screen (Esc leaves it); Ctrl+= and "
                "Ctrl+- make text and lines larger or smaller; Ctrl+T changes the theme."
            ),
            self.tr(
                "Move the mouse over a plot to read its values. Every key is listed under "
                "Help → Keyboard shortcuts (F1)."
            ),
        ]
        return "".join(f"<p>{p}</p>" for p in paras)

    def _show_getting_started(self) -> None:
        self._exec_dialog(
            self.help_dialog(self.tr("Getting started"), self.getting_started_html(), "gettingStartedPage")
        )

    def _name_error_log(self) -> None:
        path = str(errorlog.log_path())
        self.error_log_action.setToolTip(path)
        self.error_log_action.setStatusTip(self.tr("Error log: {path}").format(path=path))

    def error_log_box(self) -> QtWidgets.QMessageBox:
        """The dialog of Help → Error log: where the file is, and a button to open its folder."""
        path = errorlog.log_path()
        box = named(QtWidgets.QMessageBox(self), "errorLogBox")
        box.setWindowTitle(self.tr("Error log"))
        box.setIcon(QtWidgets.QMessageBox.Icon.Information)
        box.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        status = (
            self.tr("Nothing has gone wrong so far.")
            if not path.exists()
            else self.tr("Send this file with a bug report: it says what went wrong inside ActViz.")
        )
        box.setText(self.tr("Internal errors are written to:") + f"\n{path}\n\n" + status)
        box.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        folder = box.addButton(self.tr("Open folder"), QtWidgets.QMessageBox.ButtonRole.ActionRole)
        folder.setObjectName("openLogFolder")
        folder.clicked.connect(
            lambda: (
                QtGui.QDesktopServices.openUrl(QtCore.QUrl.fromLocalFile(str(path.parent)))
                if path.parent.exists()
                else self.notify(self.tr("The folder {path} does not exist yet.").format(path=path.parent))
            )
        )
        box.addButton(QtWidgets.QMessageBox.StandardButton.Close)
        return box

    def _show_error_log(self) -> None:
        box = self.error_log_box()
        try:
            box.exec()
        finally:
            box.deleteLater()

    def _show_about(self) -> None:
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
        import logging

        def report(message: str) -> None:
            logging.getLogger("actviz").warning("%s", message)
            self.notify(message)

        saved = settings.load()
        path, data = saved.path, saved.data
        if saved.problem is not None:
            report(saved.problem)
        if path is None or not data:
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
        """Save the session into the settings file, atomically; returns where, or None when
        settings are off. The window owns the keys of the state and its own under ``"window"``
        (with the language in effect, so a bad saved one is dropped); any other key in the file
        is kept. Raises OSError with a one-line message if it cannot be written (the previous
        file then stays as it was)."""
        owned: dict[settings.Key, object] = dict(self.state.to_dict().items())
        owned.update({("window", key): value for key, value in self.window_settings().items()})
        unset = [("window", key) for key in WINDOW_KEYS if ("window", key) not in owned]
        return settings.merge_save(owned, unset, what="the session")

    def window_settings(self) -> dict[str, object]:
        """Size, place, maximised and presentation state, the formula panel and the view shown
        (function, train or depth), for the session."""
        g = self.normalGeometry() if (self.isMaximized() or self.isFullScreen()) else self.geometry()
        return {
            "geometry": [g.x(), g.y(), g.width(), g.height()],
            "maximized": self.isMaximized() or (self.presenting and self._was_maximized),
            "presentation": self.presenting,
            "formulas": self.formula_action.isChecked(),
            "view": self.current_view(),
            "train_speed": self.train_speed_setting(),
            **settings_entry(),
        }

    def restore_window(self, saved: object) -> list[str]:
        """Apply :meth:`window_settings` from a saved session; returns what was refused."""
        if saved is None:
            return []
        if not isinstance(saved, dict):
            return ["window: not a mapping"]
        problems: list[str] = []
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
                self.setGeometry(*self.fit_to_screen(tuple(geo)))  # the screen may have changed since
            else:
                problems.append(f"window geometry must be [x, y, width, height] in pixels, got {geo!r}")
        self._start_maximized = saved.get("maximized") is True
        self._start_presentation = saved.get("presentation") is True
        if isinstance(saved.get("formulas"), bool):
            self.formula_action.setChecked(saved["formulas"])
            self._toggle_formulas()
        # The view shown at quitting comes back; anything else (an old or hand-edited file)
        # leaves the Function view, without a word: it is no setting the user typed.
        view = saved.get("view")
        if isinstance(view, str) and view in VIEWS:
            self.tabs.setCurrentIndex(VIEWS.index(view))
        if "train_speed" in saved:
            problems += self.restore_train_speed(saved["train_speed"])
        return problems

    def train_speed_setting(self) -> float | str:
        """The Train view's speed for the settings file: epochs per second, or "max"."""
        speed = self._train_view.session.speed if self._train_view is not None else self._train_speed
        return "max" if speed is None else speed

    def restore_train_speed(self, saved: object) -> list[str]:
        """The Train view's saved speed, one the speed control offers; returns what was refused."""
        from actviz.core.setups import TRAIN_SPEEDS  # light: the Train controller loads on first use

        speed = None if saved == "max" else saved
        if saved is None or isinstance(saved, bool) or speed not in TRAIN_SPEEDS:
            offered = ", ".join(f"{v:g}" for v in TRAIN_SPEEDS if v is not None)
            return [f"train speed must be max or one of {offered} epochs per second, got {saved!r}"]
        self._train_speed = None if speed is None else float(speed)
        if self._train_view is not None:
            self._train_view.session.set_speed(self._train_speed)
        return []

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:  # noqa: N802 - Qt override
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
