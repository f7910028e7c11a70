"""Start the Qt application for parsed options: the window, a screenshot, or the startup probe."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from actviz.cli import Options, print_error


def _startup_ms(t0: float) -> float:
    from actviz.__main__ import _process_age_ms

    age = _process_age_ms()
    return age if age is not None else (time.perf_counter() - t0) * 1e3


def run(opts: Options) -> int:
    t0 = time.perf_counter()
    from actviz.core import tune_allocator

    tune_allocator()  # the window re-evaluates on every frame: keep freed memory for reuse
    from actviz.ui.qt import QtCore, QtGui, QtWidgets
    from actviz.ui.window import MainWindow
    from actviz.resources import icon_path

    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication(sys.argv[:1])
    app.setApplicationName("ActViz")
    app.setOrganizationName("ActViz")
    try:
        icon = icon_path()
        if icon is not None and Path(icon).exists():
            app.setWindowIcon(QtGui.QIcon(str(icon)))
    except Exception:  # an icon is never worth failing to start over
        pass

    win = MainWindow(opts.state)
    if opts.screenshot is None and not opts.explicit - {"presentation"}:
        win.load_settings()  # restore the last session unless the command line says what to show

    probe = os.environ.get("ACTVIZ_STARTUP_PROBE") == "1"
    result = {"code": 0}

    if opts.screenshot is not None:
        w, h = opts.size
        if opts.presentation:
            win.set_presentation(True, full_screen=False)
        elif w < 900:
            win.side_scroll.hide()  # a small image is all plot
        win.resize(w, h)
        win.show()

        def shoot():
            win.plot_view.refresh()
            pix = win.grab()
            if pix.width() != w or pix.height() != h:
                pix = pix.scaled(w, h, QtCore.Qt.AspectRatioMode.IgnoreAspectRatio,
                                 QtCore.Qt.TransformationMode.SmoothTransformation)
            path = Path(opts.screenshot)
            if path.is_dir():
                print_error(f"cannot write {path}: it is a folder; give a file name such as {path / 'actviz.png'}")
                result["code"] = 2
            elif path.parent and not path.parent.exists():
                print_error(f"cannot write {path}: folder {path.parent} does not exist")
                result["code"] = 2
            elif not pix.save(str(path), "PNG"):
                print_error(f"cannot write {path}")
                result["code"] = 1
            app.quit()

        def settle():
            # A first render lets the axes measure their tick labels and grow to fit them
            # (they do so while painting); the picture is taken on the next turn.
            win.plot_view.refresh()
            win.grab()
            QtCore.QTimer.singleShot(0, shoot)

        QtCore.QTimer.singleShot(0, lambda: QtCore.QTimer.singleShot(0, settle))
    else:
        if probe:
            class _FirstPaint(QtCore.QObject):
                def eventFilter(self, obj, event):  # noqa: N802 - Qt override
                    if event.type() == QtCore.QEvent.Type.Paint:
                        obj.removeEventFilter(self)
                        ms = _startup_ms(t0)
                        QtCore.QTimer.singleShot(0, lambda: (print(f"startup_ms={ms:.1f}", flush=True), app.quit()))
                    return False

            win._first_paint = _FirstPaint(win)
            win.plot_view.plot.viewport().installEventFilter(win._first_paint)
        if opts.presentation:
            win.set_presentation(True)
        else:
            win.show()
    app.exec()
    return result["code"]
