"""Start the Qt application for parsed options: the window, a screenshot, or the startup probe.

Every way out of a run ends the process with an exit code (see ``actviz.__main__``):
- an exception anywhere in a callback gives one line on stderr; a headless run (a screenshot)
  then exits with 1, the window reports it and carries on;
- a screenshot that is not taken within ``SCREENSHOT_TIMEOUT_S`` exits with 1;
- SIGINT (Ctrl+C), SIGTERM and SIGHUP close the window, which saves the session, and exit with
  128 + the signal number. A second signal while that runs exits at once.

The session (the settings file) is restored and saved only by a plain window run: one without
options that say what to show (``--presentation`` alone is fine). A screenshot, the startup
probe or a window opened with such options never writes it.

Environment: ``ACTVIZ_SETTINGS`` (the settings file; ``none`` turns it off),
``ACTVIZ_STARTUP_PROBE=1`` (print ``startup_ms=…`` at the first paint and quit; with
``ACTVIZ_STARTUP_MODULES=<file>`` it also writes there the names of the modules loaded by then,
one a line),
``ACTVIZ_READY=1`` (print ``actviz: ready`` on stderr once the event loop and the signal
handlers run; for tests that send signals), ``ACTVIZ_DEBUG=1`` (tracebacks after the one-line
errors), ``ACTVIZ_ERROR_LOG`` (the error log's file; see :mod:`actviz.ui.errorlog`).
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import socket
import sys
import threading
import time
import traceback
from pathlib import Path

from actviz.cli import Options, print_error, print_line

SCREENSHOT_TIMEOUT_S = 60.0
"""A screenshot run that has not written its picture by then exits with code 1."""

COMPACT_BELOW = (720, 540)
"""Screenshots smaller than this in either direction show the plot alone."""

LOOK_OPTIONS = {"presentation", "theme", "scale"}
"""Options that change how the window looks, not what it shows: the saved session is still
restored (and saved on close), with these applied over it."""

_log = logging.getLogger("actviz")


def _startup_ms(t0: float) -> float:
    from actviz._startup import _process_age_ms

    age = _process_age_ms()
    return age if age is not None else (time.perf_counter() - t0) * 1e3


def _reason(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


class _Run:
    """One run of the application: its exit code, and how errors and signals end it."""

    def __init__(self, app, headless: bool) -> None:
        self.app = app
        self.headless = headless
        self.code = 0
        self.quitting = False
        self.win = None
        self.captured: list[str] | None = None  # while the saved session is tried
        self._said: set[str] = set()

    # -- ending
    def finish(self, code: int) -> None:
        """Quit the event loop with ``code`` (the first code asked for wins)."""
        if not self.quitting:
            self.quitting = True
            self.code = code
        self.app.quit()

    def fail(self, message: str, code: int = 1) -> None:
        print_error(message)
        self.finish(code)

    def guard(self, fn):
        """``fn`` for a Qt callback: any exception ends a headless run with code 1."""

        def call() -> None:
            try:
                fn()
            except Exception as exc:
                self.internal_error(exc)

        return call

    # -- errors from anywhere
    def internal_error(self, exc: BaseException, where: str = "") -> None:
        if os.environ.get("ACTVIZ_DEBUG") == "1":
            traceback.print_exception(exc)
        logged = None
        with contextlib.suppress(Exception):  # the log is a last resort: it must not raise
            from actviz.ui import errorlog

            logged = errorlog.write_exception(where.strip() or "a callback", exc)
        details = f" (details in {logged})" if logged is not None else ""
        self.say(f"actviz: error: internal error{where}: {_reason(exc)}{details}")
        if self.headless:
            self.finish(1)
        elif self.win is not None:
            # The screen gets one plain sentence; the traceback is in the error log.
            with contextlib.suppress(Exception):  # the window itself may be what broke: stderr has it
                self.win.report_internal_error(None, f"{where}: {_reason(exc)}")

    def say(self, line: str) -> None:
        """Print a line once: an error repeated on every frame must not flood stderr."""
        if line not in self._said and len(self._said) < 50:
            self._said.add(line)
            print_line(line)

    def on_signal(self, signum: int) -> None:
        """SIGINT, SIGTERM or SIGHUP: close the window (which saves the session when this run
        owns it) and quit with 128 + the signal number."""
        if not self.quitting:
            self.quitting = True
            self.code = 128 + signum
        if self.win is not None:
            self.win.close()
        self.app.quit()

    def excepthook(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self.on_signal(signal.SIGINT)
            return
        self.internal_error(exc)


class _LogLines(logging.Handler):
    """The app's log as one line per record on stderr (no tracebacks: ACTVIZ_DEBUG=1 adds them)."""

    def __init__(self, run: _Run) -> None:
        super().__init__(logging.WARNING)
        self.run = run

    def emit(self, record: logging.LogRecord) -> None:
        try:
            message = record.getMessage()
            if record.exc_info and record.exc_info[1] is not None:
                message = f"internal {message}: {_reason(record.exc_info[1])}"
                if os.environ.get("ACTVIZ_DEBUG") == "1":
                    traceback.print_exception(record.exc_info[1])
            if record.levelno >= logging.ERROR and self.run.captured is not None:
                self.run.captured.append(message)
                return
            kind = "error" if record.levelno >= logging.ERROR else "warning"
            self.run.say(f"actviz: {kind}: {message}")
            if record.levelno >= logging.ERROR and record.exc_info and self.run.headless:
                self.run.finish(1)  # a guarded widget failed: the picture would be wrong
        except Exception:  # logging must never be what breaks
            pass


class _Signals:
    """Python's signal handlers inside Qt's event loop.

    Qt's loop runs in C++, so a Python handler would only run at the next Python callback,
    which may never come. The C-level handler writes the signal number to a socket that a
    QSocketNotifier watches: the loop wakes, Python runs the handler, and the notifier's slot
    acts on it. Where that cannot be set up, a 200 ms timer gives Python the same chances.
    """

    NAMES = ("SIGINT", "SIGTERM", "SIGHUP")

    def __init__(self, on_signal) -> None:
        self.on_signal = on_signal
        self.pending: int | None = None
        self.delivered = False
        self.old_handlers: dict[int, object] = {}
        self.old_fd: int | None = None
        self.sockets: tuple[socket.socket, socket.socket] | None = None
        self.notifier = None
        self.timer = None

    def install(self) -> None:
        from actviz.ui.qt import QtCore

        if threading.current_thread() is not threading.main_thread():
            return  # handlers can only be set from the main thread
        for name in self.NAMES:
            sig = getattr(signal, name, None)
            if sig is not None:
                self.old_handlers[sig] = signal.signal(sig, self._handler)
        try:
            r, w = socket.socketpair()
            r.setblocking(False)
            w.setblocking(False)
            self.old_fd = signal.set_wakeup_fd(w.fileno(), warn_on_full_buffer=False)
            self.sockets = (r, w)
            self.notifier = QtCore.QSocketNotifier(r.fileno(), QtCore.QSocketNotifier.Type.Read)
            self.notifier.activated.connect(self._drain)
        except (OSError, ValueError, AttributeError):
            self.timer = QtCore.QTimer(interval=200)
            self.timer.timeout.connect(self._deliver)
            self.timer.start()

    def uninstall(self) -> None:
        for sig, old in self.old_handlers.items():
            with contextlib.suppress(OSError, ValueError, TypeError):
                signal.signal(sig, old)
        if self.sockets is not None:
            with contextlib.suppress(OSError, ValueError):
                signal.set_wakeup_fd(self.old_fd if self.old_fd is not None else -1)
            if self.notifier is not None:
                self.notifier.setEnabled(False)
                self.notifier.deleteLater()
            for s in self.sockets:
                s.close()
        if self.timer is not None:
            self.timer.stop()

    def _handler(self, signum, _frame) -> None:
        if self.pending is not None:  # a second signal while the first is handled: stop now
            os._exit(128 + signum)
        self.pending = signum

    def _drain(self, *_args) -> None:
        try:
            while self.sockets is not None and self.sockets[0].recv(512):
                pass
        except OSError:
            pass
        self._deliver()

    def _deliver(self) -> None:
        if self.pending is not None and not self.delivered:
            self.delivered = True
            self.on_signal(self.pending)


class _Screenshot:
    """Show the window at the asked size, render it once to settle the layout, then write the
    PNG atomically and quit. Every step is guarded and a watchdog ends a run that stalls."""

    def __init__(self, run: _Run, win, opts: Options) -> None:
        self.run, self.win, self.opts = run, win, opts

    def start(self) -> None:
        from actviz.ui.qt import QtCore

        w, h = self.opts.size
        win = self.win
        if self.opts.presentation:
            win.set_presentation(True, full_screen=False)
        if w < COMPACT_BELOW[0] or h < COMPACT_BELOW[1]:
            win.set_compact(True)  # a small image is the plot alone, not a corner of the window
        elif w < 900:
            win.side_scroll.hide()
        win.resize(w, h)
        win.show()
        QtCore.QTimer.singleShot(0, lambda: QtCore.QTimer.singleShot(0, self.run.guard(self.settle)))
        QtCore.QTimer.singleShot(round(SCREENSHOT_TIMEOUT_S * 1000), self.run.guard(self.timeout))

    def settle(self) -> None:
        from actviz.ui.qt import QtCore

        # A first render lets the axes measure their tick labels and grow to fit them
        # (they do so while painting); the picture is taken on the next turn.
        self.win.info.flush()  # the typeset formulas belong in the picture
        # Their height reaches the window's layout one nesting level per posted event: let
        # every level settle before the picture, or the panel's last lines are cut off.
        for _ in range(4):
            QtCore.QCoreApplication.sendPostedEvents(None, QtCore.QEvent.Type.LayoutRequest)
        self.win.plot_view.refresh()
        self.win.grab()
        QtCore.QTimer.singleShot(0, self.run.guard(self.shoot))

    def shoot(self) -> None:
        from actviz.fileio import atomic_write_bytes
        from actviz.ui.qt import QtCore

        w, h = self.opts.size
        self.win.plot_view.refresh()
        pix = self.win.grab()
        if pix.width() != w or pix.height() != h:
            pix = pix.scaled(
                w, h, QtCore.Qt.AspectRatioMode.IgnoreAspectRatio, QtCore.Qt.TransformationMode.SmoothTransformation
            )
        data = self.win.encode_image(pix, "PNG")
        try:
            atomic_write_bytes(self.opts.screenshot, data)
        except OSError as e:  # the path the user gave cannot be written: bad input
            self.run.fail(str(e), 2)
            return
        self.run.finish(0)

    def timeout(self) -> None:
        if not self.run.quitting:
            self.run.fail(f"the screenshot was not taken within {SCREENSHOT_TIMEOUT_S:g} s", 1)


def _open_window(opts: Options, restore: bool, run: _Run):
    """The main window; with ``restore``, the saved session in it, or the defaults if that
    session cannot be shown (reported on stderr and in the window)."""
    from actviz.settings import settings_path
    from actviz.state import State
    from actviz.ui.window import MainWindow

    win = MainWindow(opts.state)
    if opts.scene is not None:
        win.show_scene_view(opts.scene)
        if not restore and not run.headless and not opts.scene.get("display_settings"):
            _room_look(win, opts)
    if not restore:
        win.remember_session = False
        return win
    run.captured = []
    failure: str | None = None
    asked = {key: getattr(opts.state, key) for key in ("theme", "scale") if key in opts.explicit}
    try:
        win.load_settings()
        for key, value in asked.items():  # the command line wins over the saved session
            getattr(win.state, f"set_{key}")(value)
        win.plot_view.refresh()
        win.plot_view.plot.grab()  # paint once: a session that cannot be drawn fails here, not in the loop
    except Exception as exc:
        failure = _reason(exc)
    finally:
        captured, run.captured = run.captured, None
    if failure is None and captured:
        failure = captured[0]
    if failure is None:
        return win
    win.remember_session = False
    win.close()
    win.deleteLater()
    message = (
        f"the saved session in {settings_path()} could not be shown ({describe_line(failure)}); "
        "started with the defaults"
    )
    print_error(message)
    win = MainWindow(State())  # saved on close: the session that broke is replaced
    win.notify(f"The saved session could not be shown ({describe_line(failure)}); started with the defaults.")
    return win


def _room_look(win, opts: Options) -> None:
    """A scene opened from the command line without display settings shows in the room's theme
    and scale: those of the saved session (the command line's --theme/--scale still win). An
    unreadable settings file just leaves the defaults; the session itself is not restored."""
    from actviz import settings

    data = settings.load().data  # empty when there is nothing usable
    for key in ("theme", "scale"):
        if key in data and key not in opts.explicit:
            with contextlib.suppress(ValueError, TypeError):
                getattr(win.state, f"set_{key}")(data[key])


def describe_line(text: str, limit: int = 200) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def run(opts: Options) -> int:
    """Run the app for parsed options and return the exit code."""
    t0 = time.perf_counter()
    from actviz.core import tune_allocator

    tune_allocator()  # the window re-evaluates on every frame: keep freed memory for reuse
    from actviz.resources import icon_path
    from actviz.ui.fonts import register_bundled_fonts
    from actviz.ui.qt import QtCore, QtGui, QtWidgets

    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication(sys.argv[:1])
    app.setApplicationName("ActViz")
    app.setOrganizationName("ActViz")
    register_bundled_fonts()  # the fonts a packaged app carries (Chinese and Korean glyphs)
    try:
        icon = icon_path()
        if icon is not None and Path(icon).exists():
            app.setWindowIcon(QtGui.QIcon(str(icon)))
    except Exception:  # an icon is never worth failing to start over
        pass

    probe = os.environ.get("ACTVIZ_STARTUP_PROBE") == "1"
    headless = opts.screenshot is not None
    # How the window looks (presentation, theme, scale) or its language is no reason to start
    # without the session.
    restore = not headless and not opts.explicit - LOOK_OPTIONS - {"language"}
    current = _Run(app, headless)
    handler = _LogLines(current)
    signals = _Signals(current.on_signal)
    old_hook, old_propagate = sys.excepthook, _log.propagate
    _log.addHandler(handler)
    _log.propagate = False  # one line here, not a second copy with a traceback from a root handler
    sys.excepthook = current.excepthook
    signals.install()
    try:
        from actviz.ui import i18n

        try:
            language = i18n.install(app, opts.language)  # before the window: its texts are translated as it is built
            win = current.win = _open_window(opts, restore, current)
        except Exception as exc:
            _start_failed(exc, headless or probe)
            return 1
        if language.problem:
            win.notify(language.problem)
        if probe:
            win.remember_session = False  # a measurement, not a session
        if os.environ.get("ACTVIZ_READY") == "1":
            QtCore.QTimer.singleShot(0, lambda: print_line("actviz: ready"))

        if headless:
            shot = _Screenshot(current, win, opts)
            shot.start()
        else:
            if probe:

                class _FirstPaint(QtCore.QObject):
                    def eventFilter(self, obj, event):  # noqa: N802 - Qt override
                        if event.type() == QtCore.QEvent.Type.Paint:
                            obj.removeEventFilter(self)
                            ms = _startup_ms(t0)
                            _write_modules(os.environ.get("ACTVIZ_STARTUP_MODULES"))
                            QtCore.QTimer.singleShot(0, current.guard(lambda: _print_probe(ms, current)))
                        return False

                win._first_paint = _FirstPaint(win)
                win.plot_view.plot.viewport().installEventFilter(win._first_paint)
            if opts.presentation:
                win.set_presentation(True)
            else:
                win.show()
        if not current.quitting:
            app.exec()
    finally:
        signals.uninstall()
        sys.excepthook = old_hook
        _log.removeHandler(handler)
        _log.propagate = old_propagate
        win = current.win
        if win is not None:
            win.remember_session = False  # it has had its chance to save, on close
            win.close()
            win.deleteLater()
            current.win = None
    return current.code


def _write_modules(path: str | None) -> None:
    """The modules loaded at this moment, one name a line, into ``path`` (for the start-up test)."""
    if path:
        with contextlib.suppress(OSError):
            Path(path).write_text("".join(f"{name}\n" for name in sorted(sys.modules)), encoding="utf-8")


def _start_failed(exc: BaseException, headless: bool) -> None:
    """The window could not be built: log the traceback to the error log
    (``QStandardPaths.AppDataLocation``), and say so in one line that names the file, on
    stderr and, for a window run (a packaged app may have no console), in a message box."""
    from actviz.ui import errorlog

    path = errorlog.write_exception("start-up", exc)
    where = f"; the details are in {path}" if path is not None else ""
    message = f"could not start: internal error: {_reason(exc)}{where}"
    print_error(message)
    if os.environ.get("ACTVIZ_DEBUG") == "1":
        traceback.print_exception(exc)
    if headless or os.environ.get("QT_QPA_PLATFORM", "").startswith(("offscreen", "minimal")):
        return
    with contextlib.suppress(Exception):  # stderr has it already
        from actviz.ui.qt import QtWidgets

        QtWidgets.QMessageBox.critical(None, "ActViz", f"ActViz {message}.")


def _print_probe(ms: float, current: _Run) -> None:
    with contextlib.suppress(Exception):  # a closed stdout: the exit code still says it started
        print(f"startup_ms={ms:.1f}", flush=True)
    current.finish(0)
