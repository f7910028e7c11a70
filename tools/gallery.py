"""A gallery of every picture the window draws, to be looked at by a person before a change lands.

    python tools/gallery.py OUT            # every picture, then open OUT/index.html
    python tools/gallery.py OUT --quick    # a handful (the test suite runs this)
    python tools/gallery.py OUT --only '*lesson-F5*'

Each view, lesson and dialog is shown at projector sizes (1920×1080, 1280×720, 1024×768), in the
three themes, at normal and huge scale, windowed and in presentation mode (F11), and in every
interface language. The full cross-product would take far too long, so the set is chosen: every
size × scale × mode for the main pictures and the lessons, each theme once per view, each view once
per language.

It drives the window through its public entry points only (MainWindow, open_lesson, show_scene,
the state's setters, the Train and Depth views' own methods, the window's actions), so that it
keeps working while the window changes. It runs headless, in one process, and never reads or
writes the user's settings.
"""

from __future__ import annotations

import argparse
import contextlib
import fnmatch
import html
import os
import sys
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

# Before Qt is imported: no display is needed, and the user's saved session is never touched.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["ACTVIZ_SETTINGS"] = "none"
# One BLAS thread: on two cores the depth worker and the GUI thread then each get one.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SIZES = ((1920, 1080), (1280, 720), (1024, 768))
THEMES = ("light", "dark", "contrast")
SCALES = ("normal", "huge")
MODES = ("windowed", "F11")
LANGUAGES = ("en", "zh_TW", "ko", "fr")
LESSON_KEYS = {"F5": 0, "F6": 1, "F7": 2}

from actviz.core.depth import DEPTH_PRESETS as _CORE_PRESETS  # noqa: E402 - after the path is set

DEPTH_PRESETS = tuple(_CORE_PRESETS)  # the lecture's presets, as the core defines them
# The edge-of-chaos map of tanh and ReLU, each with a click on it: (preset, σ_w², σ_b²).
DEPTH_PHASES = {"tanh": ("tanh_xavier", 4.0, 0.0), "relu": ("relu_he", 2.0, 0.5)}

# The view names, in the order a window goes through them (a view's preparation may change what
# a later one starts from, so the order is fixed whatever subset is asked for).
FUNCTION_VIEWS = ("function-overlay", "function-stacked", "function-grid")
TRAIN_VIEWS = (
    "train-live",
    "train-race",
    "train-study",
    "train-regression",
    "train-race4",
    "train-features",
    "train-nohidden",
)
# The Playground's parity: each picture's set-up over a fresh Train view's defaults.
TRAIN_SETUPS: dict[str, dict[str, object]] = {
    # The multi-gaussian regression: the output's value on the diverging scale.
    "train-regression": {"dataset": "multigauss", "layers": [8, 8], "activations": [("tanh", {})]},
    # A race of four from one start, each network's map above the selected one's.
    "train-race4": {
        "dataset": "circle",
        "layers": [4, 4],
        "activations": [("sigmoid", {}), ("tanh", {}), ("relu", {}), ("elu", {})],
        "selected": 2,
    },
    # Every input feature on and the Playground's largest network, 6 × 8, in the diagram.
    "train-features": {
        "dataset": "spiral",
        "features": ["x1", "x2", "x1sq", "x2sq", "x1x2", "sinx1", "sinx2"],
        "layers": [8, 8, 8, 8, 8, 8],
        "activations": [("tanh", {})],
        "learning_rate": 0.01,
    },
    # No hidden layer: x1² and x2² alone separate the circle.
    "train-nohidden": {"dataset": "circle", "features": ["x1sq", "x2sq"], "layers": [], "activations": [("tanh", {})]},
}
DEPTH_VIEWS = (
    "depth-default",
    *(f"depth-{p}" for p in DEPTH_PRESETS),
    *(f"depth-phase-{a}" for a in DEPTH_PHASES),
)
LESSON_VIEWS = tuple(f"lesson-{k}" for k in LESSON_KEYS)
DIALOG_VIEWS = ("dialog-formula", "dialog-help")
VIEWS = (*FUNCTION_VIEWS, *TRAIN_VIEWS, *DEPTH_VIEWS, *LESSON_VIEWS, *DIALOG_VIEWS)
MAIN_VIEWS = ("function-overlay", "train-live", "depth-default", *LESSON_VIEWS)

TRAIN_EPOCHS = 200  # enough for the map and the loss curves to show what was learned
STUDY = {"seeds": 2, "epochs": 300}  # a small study: a table with numbers in it, in a second or two
FORMULA = ("swish_beta", "x*sigmoid(beta*x)")
PNG_QUALITY = 80  # Qt's PNG "quality" is its compression level inverted: fast, files still small


@dataclass(frozen=True)
class Shot:
    view: str
    size: tuple[int, int]
    theme: str = "light"
    scale: str = "normal"
    mode: str = "windowed"
    language: str = "en"

    @property
    def name(self) -> str:
        w, h = self.size
        return f"{self.language}_{self.view}_{w}x{h}_{self.theme}_{self.scale}_{self.mode}"


@dataclass
class Picture:
    shot: Shot
    file: str
    notes: list[str] = field(default_factory=list)


def plan(quick: bool = False) -> list[Shot]:
    """The pictures, without duplicates, in the order they are taken (grouped by window and view)."""
    if quick:
        shots = [
            Shot("function-overlay", (1024, 768)),
            Shot("lesson-F5", (1280, 720), "dark", "huge", "F11"),
            Shot("train-live", (1024, 768), "contrast"),
            Shot("depth-default", (1280, 720), "light", "huge"),
            Shot("dialog-help", (1024, 768), "dark"),
            Shot("function-stacked", (1024, 768), "light", "normal", "windowed", "ko"),
        ]
    else:
        shots = []
        # Every size × scale × mode of the main pictures and the lessons.
        for view in MAIN_VIEWS:
            for size in SIZES:
                for scale in SCALES:
                    for mode in MODES:
                        shots.append(Shot(view, size, "light", scale, mode))
        # Each view in each theme, and presentation mode at its hardest (small and huge) in dark.
        for view in VIEWS:
            shots.append(Shot(view, (1920, 1080)))
            shots.append(Shot(view, (1280, 720), "dark"))
            shots.append(Shot(view, (1024, 768), "contrast", "huge"))
        for view in (*MAIN_VIEWS, "train-race", "train-study"):
            shots.append(Shot(view, (1024, 768), "dark", "huge", "F11"))
        for view in TRAIN_SETUPS:  # the Playground's parity at the smallest size, as lit
            shots.append(Shot(view, (1024, 768)))
        # Each view once per language, at a size of its own, so that long texts meet small windows;
        # and each lesson in presentation mode, where the room reads it.
        lang_size = {"zh_TW": ((1920, 1080), "normal"), "ko": ((1280, 720), "normal"), "fr": ((1024, 768), "huge")}
        for language, (size, scale) in lang_size.items():
            for view in VIEWS:
                shots.append(Shot(view, size, "light", scale, "windowed", language))
            for view in LESSON_VIEWS:
                shots.append(Shot(view, (1024, 768), "dark", "huge", "F11", language))
    seen: set[Shot] = set()
    unique = [s for s in shots if not (s in seen or seen.add(s))]
    order = {v: i for i, v in enumerate(VIEWS)}
    # Within a view, the fewest changes of look: a change of scale re-typesets the formulas and
    # re-lays out every panel, far dearer than a resize.
    return sorted(
        unique,
        key=lambda s: (
            LANGUAGES.index(s.language),
            order[s.view],
            SCALES.index(s.scale),
            MODES.index(s.mode),
            THEMES.index(s.theme),
            SIZES.index(s.size),
        ),
    )


def matches(shot: Shot, patterns: list[str]) -> bool:
    """A pattern with a wildcard is a glob on the picture's name; without one, a part of it."""
    return any(fnmatch.fnmatchcase(shot.name, p if any(c in p for c in "*?[") else f"*{p}*") for p in patterns)


# ---------------------------------------------------------------------------------------- Qt side
class Gallery:
    def __init__(self, out: Path) -> None:
        from actviz.ui.qt import QtWidgets

        self.out = out
        self.app = QtWidgets.QApplication.instance() or QtWidgets.QApplication(sys.argv[:1])
        self.app.setApplicationName("ActViz")
        self.win = None
        self.language: str | None = None
        self.view: str | None = None
        self.mode: str | None = None
        self.pictures: list[Picture] = []
        self.problems: list[str] = []
        self._writer = ThreadPoolExecutor(max_workers=1)  # PNG encoding overlaps the next render
        self._writes = []
        self.log: list[str] = []
        self._listen()

    def _listen(self) -> None:
        """The app's warnings and errors go into the picture's notes, one line each: an error
        while a picture is taken is worth as much as what the picture shows."""
        import logging

        from actviz.ui.qt import QtCore

        log = self.log

        class Lines(logging.Handler):
            def emit(self, record: logging.LogRecord) -> None:
                message = record.getMessage()
                if record.exc_info and record.exc_info[1] is not None:
                    exc = record.exc_info[1]
                    message = f"{message}: {type(exc).__name__}: {exc}"
                log.append(f"app {record.levelname.lower()}: {' '.join(message.split())}")

        logger = logging.getLogger("actviz")
        logger.addHandler(Lines(logging.WARNING))
        logger.propagate = False

        def on_qt_message(kind, _context, message: str) -> None:
            # The offscreen platform cannot pass size hints to a window manager it does not have.
            if "propagateSizeHints" in message:
                return
            if kind != QtCore.QtMsgType.QtDebugMsg:
                log.append(f"Qt: {' '.join(message.split())}")

        QtCore.qInstallMessageHandler(on_qt_message)

    # -- windows and languages
    def window_for(self, language: str):
        """One window per language: every widget translates its texts once, when it is built."""
        if self.win is not None and self.language == language:
            return self.win
        self.close_window()
        from actviz.state import State
        from actviz.ui import i18n
        from actviz.ui.window import MainWindow

        i18n.install(self.app, language)
        win = MainWindow(State())
        with contextlib.suppress(AttributeError):
            win.remember_session = False
        self.win, self.language, self.view, self.mode = win, language, None, None
        # Shown before anything is prepared: views set themselves up only while they are shown.
        win.resize(*SIZES[0])
        win.show()
        self.process()
        return win

    def close_window(self) -> None:
        if self.win is None:
            return
        self.win.close()
        self.win.deleteLater()
        self.process()
        self.win = None

    def process(self, rounds: int = 2) -> None:
        from actviz.ui.qt import QtCore

        for _ in range(rounds):
            self.app.processEvents(QtCore.QEventLoop.ProcessEventsFlag.AllEvents, 20)
            QtCore.QCoreApplication.sendPostedEvents(None, QtCore.QEvent.Type.LayoutRequest)

    def wait(self, done: Callable[[], bool], timeout_s: float) -> bool:
        from actviz.ui.qt import QtCore

        deadline = time.perf_counter() + timeout_s
        while not done():
            if time.perf_counter() > deadline:
                return False
            self.app.processEvents(QtCore.QEventLoop.ProcessEventsFlag.AllEvents, 20)
            time.sleep(0.005)
        return True

    # -- the look of the room
    def set_look(self, shot: Shot) -> None:
        win = self.win
        st = win.state
        st.set_theme(shot.theme)
        st.set_scale(shot.scale)
        present = getattr(win, "set_presentation", None)
        if callable(present) and shot.mode != self.mode:
            self.mode = shot.mode
            try:
                present(shot.mode == "F11", full_screen=False)
            except TypeError:  # an older signature: the window is sized below either way
                present(shot.mode == "F11")
                if win.isFullScreen():
                    win.showNormal()

    # -- views
    def show_tab(self, index: int) -> None:
        names = ("showFunctionView", "showTrainView", "showDepthView")
        from actviz.ui.qt import QtGui

        act = self.win.findChild(QtGui.QAction, names[index])
        if act is not None:
            act.trigger()
        else:
            self.win.tabs.setCurrentIndex(index)

    def home(self) -> None:
        """The start-up scene: what a fresh window shows, whatever a lesson or view left behind."""
        from actviz.state import State
        from actviz.state.scene import check_scene, scene_dict

        self.win.show_scene(check_scene(scene_dict(State())))

    def prepare(self, view: str) -> list[str]:
        """Bring the window to ``view``'s content; the look is set per picture afterwards."""
        win = self.win
        notes: list[str] = []
        self.close_popups()
        # A scene changes every view's set-up: a hidden view only marks itself out of date, a
        # shown one recomputes (the depth view for seconds), so the scene is applied from here.
        self.show_tab(0)
        if view.startswith("function-"):
            self.home()
            st = win.state
            if view == "function-grid":
                st.pin("relu")
                st.pin("elu")
                st.pin("tanh")
            st.set_layout(view.split("-", 1)[1])
            self.show_tab(0)
        elif view.startswith("train-"):
            self.show_tab(1)
            self.process()
            tv = win.train_view
            if view in ("train-race", "train-study"):
                tv.article_race()
            if view in TRAIN_SETUPS:
                from actviz.state.training import TrainState

                problems = tv.tstate.apply({**TrainState().to_dict(), **TRAIN_SETUPS[view]})
                notes.extend(problems)
            tv.pause()
            tv.reset()
            tv.step(TRAIN_EPOCHS)
            if view == "train-study":
                tv.tstate.set_study(seeds=STUDY["seeds"], epochs=STUDY["epochs"])
                tv.run_study()
                if not self.wait(lambda: tv.session.current_study() is not None, 60):
                    notes.append("the study did not finish within 60 s")
        elif view.startswith("depth-"):
            self.show_tab(2)
            dv = win.depth_view
            preset = view.split("-", 1)[1]
            if preset.startswith("phase-"):
                name, weight_var, bias_var = DEPTH_PHASES[preset.split("-", 1)[1]]
                dv.apply_preset(name)
                dv.session.click_map(weight_var, bias_var)  # as a click on the map does
            elif preset != "default":
                dv.apply_preset(preset)
            if not dv.wait_idle(60000):
                notes.append("the depth computation did not finish within 60 s")
        elif view.startswith("lesson-"):
            from actviz.state.scene import LESSONS

            win.open_lesson(LESSONS[LESSON_KEYS[view.split("-", 1)[1]]][0])
            self.process()
            if win.tabs.currentIndex() == 1:
                tv = win.train_view
                tv.pause()  # a picture of epoch 0 says nothing: train as far as the room would watch
                tv.reset()
                tv.step(TRAIN_EPOCHS)
        elif view.startswith("dialog-"):
            self.home()
        return notes

    def close_popups(self) -> None:
        from actviz.ui.qt import QtWidgets

        for w in self.app.topLevelWidgets():
            if isinstance(w, QtWidgets.QDialog) and w.isVisible():
                w.close()

    # -- dialogs
    def make_dialog(self, view: str):
        from actviz.ui.qt import QtCore, QtWidgets

        if view == "dialog-formula":
            from actviz.ui.formula_editor import FormulaEditor

            dialog = FormulaEditor(self.win.state, None, self.win)
            dialog.name_edit.setText(FORMULA[0])
            dialog.text_edit.setText(FORMULA[1])
            dialog.show()
            curve = dialog.curves[0] if getattr(dialog, "curves", None) else None
            if curve is not None:
                self.wait(lambda: curve.xData is not None and len(curve.xData) > 0, 20)
            return dialog
        with caught_dialogs() as caught:
            before = set(self.app.topLevelWidgets())
            from actviz.ui.qt import QtGui

            key = QtGui.QKeySequence("F1")
            for act in self.win.actions():
                if act.shortcut() == key:
                    act.trigger()
                    break
            self.process()
            caught.extend(
                w
                for w in self.app.topLevelWidgets()
                if isinstance(w, QtWidgets.QDialog) and w.isVisible() and w not in before and w not in caught
            )
        if not caught:
            return None
        dialog = caught[-1]
        dialog.setWindowModality(QtCore.Qt.WindowModality.NonModal)
        dialog.show()
        return dialog

    # -- taking a picture
    def take(self, shot: Shot) -> Picture:
        from actviz.ui.qt import QtCore, QtGui

        win = self.window_for(shot.language)
        notes: list[str] = []
        if self.view != shot.view:
            t = time.perf_counter()
            notes += self.prepare(shot.view)
            self.view = shot.view
            self.mode = None  # a scene may have left presentation mode: set it again
            if os.environ.get("GALLERY_TIMES"):
                print(f"  prepare {shot.language} {shot.view}: {time.perf_counter() - t:.2f} s", file=sys.stderr)
        self.set_look(shot)
        w, h = shot.size
        win.resize(w, h)
        self.settle()
        scroll = None
        if shot.view == "train-study":
            # The study's table is what this picture is about: bring it into view as a lecturer
            # would, by scrolling the side panel (after the layout has settled at this size).
            tv = win.train_view
            table, scroll = getattr(tv, "table", None), getattr(tv, "side_scroll", None)
            if table is not None and scroll is not None:
                scroll.ensureWidgetVisible(table, 0, 0)
                self.process()
        pix = self.grab_window()
        if shot.view == "train-study" and scroll is not None:
            scroll.verticalScrollBar().setValue(0)  # the next views start from the top, as they would
        if pix.width() != w or pix.height() != h:
            notes.append(f"the window is {pix.width()}×{pix.height()}, larger than the {w}×{h} screen: cut to it")
        dpix = None
        if shot.view.startswith("dialog-"):
            dialog = self.make_dialog(shot.view)
            if dialog is None:
                notes.append("the dialog did not open")
            else:
                self.process(3)
                dpix = dialog.grab()
                dialog.close()
                dialog.deleteLater()
                if dpix.width() > w or dpix.height() > h:
                    notes.append(f"the dialog is {dpix.width()}×{dpix.height()}, larger than the {w}×{h} screen")
        image = QtGui.QImage(w, h, QtGui.QImage.Format.Format_RGB32)
        image.fill(QtGui.QColor("black"))
        painter = QtGui.QPainter(image)
        try:
            painter.drawPixmap(0, 0, pix)
            if dpix is not None:
                # Centred on the window, as a window manager places it; dimmed behind, as a modal one looks.
                painter.fillRect(0, 0, w, h, QtGui.QColor(0, 0, 0, 70))
                painter.drawPixmap(max((w - dpix.width()) // 2, 0), max((h - dpix.height()) // 2, 0), dpix)
        finally:
            painter.end()
        notes += list(dict.fromkeys(self.log))  # each line once
        self.log.clear()
        file = f"{shot.name}.png"
        path = self.out / file
        self._writes.append(self._writer.submit(image.save, str(path), "PNG", PNG_QUALITY))
        QtCore.QCoreApplication.processEvents()
        return Picture(shot, file, notes)

    def settle(self) -> None:
        win = self.win
        self.process()
        info = getattr(win, "info", None)
        if info is not None and hasattr(info, "flush"):
            info.flush()  # the typeset formulas belong in the picture
        self.process(4)
        # Axes measure their tick labels while painting and grow to fit them: paint once, lay out
        # again, and the picture is the second paint.
        win.grab()
        self.process(2)

    def grab_window(self):
        refresh = getattr(getattr(self.win, "plot_view", None), "refresh", None)
        if callable(refresh):
            refresh()
        return self.win.grab()

    def finish(self) -> None:
        for f in self._writes:
            if not f.result():
                self.problems.append("a picture could not be written")
        self._writer.shutdown()
        self.close_window()


@contextlib.contextmanager
def caught_dialogs() -> Iterator[list]:
    """Dialogs a menu entry would run modally are built and kept instead, so they can be grabbed:
    message boxes' static functions and exec() return at once."""
    from actviz.ui.qt import QtWidgets

    box = QtWidgets.QMessageBox
    caught: list = []
    icons = {
        "information": box.Icon.Information,
        "warning": box.Icon.Warning,
        "critical": box.Icon.Critical,
        "question": box.Icon.Question,
        "about": box.Icon.NoIcon,
    }

    def static(icon):
        def show(parent, title, text, *_args, **_kwargs):
            dialog = box(icon, title, text, box.StandardButton.Ok, parent)
            if icon == box.Icon.NoIcon:
                dialog.setIconPixmap(QtWidgets.QApplication.windowIcon().pixmap(64, 64))
            caught.append(dialog)
            return box.StandardButton.Ok

        return staticmethod(show)

    def no_exec(self, *_args):
        caught.append(self)
        return 0

    saved = {name: box.__dict__.get(name) for name in icons}
    saved_exec = {cls: cls.__dict__.get("exec") for cls in (QtWidgets.QDialog, box)}
    try:
        for name, icon in icons.items():
            setattr(box, name, static(icon))
        for cls in saved_exec:
            cls.exec = no_exec
        yield caught
    finally:
        for name, fn in saved.items():
            if fn is not None:
                setattr(box, name, fn)
            else:
                with contextlib.suppress(AttributeError):
                    delattr(box, name)
        for cls, fn in saved_exec.items():
            if fn is not None:
                cls.exec = fn
            else:
                with contextlib.suppress(AttributeError):
                    del cls.exec


# ---------------------------------------------------------------------------------------- index
def write_index(out: Path, pictures: list[Picture], seconds: float, problems: list[str] = ()) -> Path:
    groups: dict[str, list[Picture]] = {}
    for p in pictures:
        groups.setdefault(p.shot.view, []).append(p)
    parts = [
        "<!doctype html><html><head><meta charset='utf-8'><title>ActViz gallery</title><style>",
        "body{font-family:sans-serif;margin:1em;background:#eee}"
        "figure{display:inline-block;margin:6px;padding:6px;background:#fff;vertical-align:top;width:480px}"
        "img{width:480px;border:1px solid #999}figcaption{font-size:13px}"
        ".name{font-family:monospace;font-size:12px;word-break:break-all}.note{color:#b00020}"
        "nav a{margin-right:1em}",
        "</style></head><body>",
        f"<h1>ActViz gallery</h1><p>{len(pictures)} pictures in {seconds:.0f} s. "
        "Open each one at full size and look at it as the room would: clipped or overlapping text, "
        "unreadable labels, flat images, boxes for missing glyphs.</p><nav>",
        *(f"<a href='#{html.escape(v)}'>{html.escape(v)}</a>" for v in groups),
        "</nav>",
    ]
    if problems:
        parts.append("<h2>Problems</h2><ul>")
        parts += [f"<li class='note'>{html.escape(p)}</li>" for p in problems]
        parts.append("</ul>")
    noted = [p for p in pictures if p.notes]
    if noted:
        parts.append(f"<h2>Notes ({len(noted)} pictures)</h2><ul>")
        parts += [
            f"<li><a href='{html.escape(p.file)}'>{html.escape(p.file)}</a>: {html.escape('; '.join(p.notes))}</li>"
            for p in noted
        ]
        parts.append("</ul>")
    for view, pics in groups.items():
        parts.append(f"<h2 id='{html.escape(view)}'>{html.escape(view)}</h2>")
        for p in pics:
            s = p.shot
            caption = (
                f"view {html.escape(s.view)} · size {s.size[0]}×{s.size[1]} · theme {s.theme} · "
                f"scale {s.scale} · mode {s.mode} · language {s.language}"
            )
            notes = "".join(f"<br><span class='note'>{html.escape(n)}</span>" for n in p.notes)
            parts.append(
                f"<figure><a href='{html.escape(p.file)}'><img loading='lazy' src='{html.escape(p.file)}'"
                f" alt='{html.escape(p.file)}'></a><figcaption><span class='name'>{html.escape(p.file)}</span>"
                f"<br>{caption}{notes}</figcaption></figure>"
            )
    parts.append("</body></html>\n")
    path = out / "index.html"
    path.write_text("\n".join(parts), encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="gallery.py", description="Write a PNG of every view, lesson and dialog, and an index.html to look at."
    )
    parser.add_argument("out", type=Path, help="folder for the pictures and index.html (created if needed)")
    parser.add_argument("--quick", action="store_true", help="a handful of pictures, for a test")
    parser.add_argument(
        "--only",
        action="append",
        metavar="PATTERN",
        help="only pictures whose name matches (a glob such as '*lesson-F5*F11', or a part of the name); repeatable",
    )
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    shots = plan(args.quick)
    if args.only:
        shots = [s for s in shots if matches(s, args.only)]
        if not shots:
            print(f"gallery: error: no picture matches {', '.join(args.only)}", file=sys.stderr)
            return 2
    try:
        args.out.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        print(f"gallery: error: cannot create {args.out}: {e.strerror or e}", file=sys.stderr)
        return 2

    gallery = Gallery(args.out)
    try:
        for shot in shots:
            t = time.perf_counter()
            try:
                picture = gallery.take(shot)
            except Exception as e:  # one picture that cannot be taken must not cost the others
                gallery.problems.append(f"{shot.name} could not be taken: {type(e).__name__}: {e}")
                gallery.view = None  # prepared again for the next picture
                continue
            if os.environ.get("GALLERY_TIMES"):
                print(f"  {time.perf_counter() - t:.2f} s {picture.file}", file=sys.stderr)
            gallery.pictures.append(picture)
            for note in picture.notes:
                print(f"gallery: {picture.file}: {note}", file=sys.stderr)
    finally:
        gallery.finish()
    seconds = time.perf_counter() - t0
    index = write_index(args.out, gallery.pictures, seconds, gallery.problems)
    for problem in gallery.problems:
        print(f"gallery: error: {problem}", file=sys.stderr)
    print(f"gallery: {len(gallery.pictures)} pictures in {seconds:.1f} s; open {index}")
    return 1 if gallery.problems else 0


if __name__ == "__main__":
    sys.exit(main())
