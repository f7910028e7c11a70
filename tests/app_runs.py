"""The whole app through ``main(argv)`` in the test's process: screenshots, the start-up probe
and the window, with the test's QApplication (``actviz.app.run`` takes the one there is). The
event loop, its timers (the screenshot's watchdog) and the exit code are those of a real run;
only the process around them is the test's. Tests where the process is the point (signals,
closed standard streams, the entry points) start a real one instead."""

from __future__ import annotations

import pytest

from actviz.__main__ import main

HANG_MS = 90_000


class Result:
    def __init__(self, returncode, stdout, stderr):
        self.returncode, self.stdout, self.stderr = returncode, stdout, stderr


@pytest.fixture
def app_in(qapp, monkeypatch, capfd):
    """``main(argv)`` with the real window, as a new process would run it; ``env`` sets
    environment variables for that run. Standard output and error are read at the file
    descriptors, so Qt's own messages count too. The application's look (palette, widget scale)
    and language are put back afterwards for the tests that follow."""
    from actviz.ui import i18n
    from actviz.ui.look import set_widget_scale
    from actviz.ui.look_menu import _platform_palettes
    from actviz.ui.qt import QtCore, QtWidgets

    app_palette, tip_palette = _platform_palettes()
    language = i18n.current

    def run_(*args, env=None):
        for key in ("ACTVIZ_STARTUP_PROBE", "ACTVIZ_READY", "ACTVIZ_DEBUG"):
            monkeypatch.delenv(key, raising=False)
        for key, value in {"ACTVIZ_SETTINGS": "none", **(env or {})}.items():
            monkeypatch.setenv(key, value)
        capfd.readouterr()
        # A run that never ends (a window left open by input that should have been refused)
        # fails here instead of hanging the suite.
        hung = []
        guard = QtCore.QTimer(singleShot=True, interval=HANG_MS)
        guard.timeout.connect(lambda: (hung.append(True), qapp.exit(1)))
        guard.start()
        try:
            code = main(list(args))
        except SystemExit as e:  # main returns its code, never leaves through SystemExit
            pytest.fail(f"main raised SystemExit({e.code}) for {args!r}")
        finally:
            guard.stop()
            # Closing the run's window posts a Quit to the application, which a new process
            # never reads; here it would end the next event loop at once (qtbot.wait and
            # waitUntil would stop waiting): drop it.
            QtCore.QCoreApplication.removePostedEvents(qapp, QtCore.QEvent.Type.Quit)
        out, err = capfd.readouterr()
        if hung:
            pytest.fail(f"still running after {HANG_MS / 1000:g} s: {args!r}")
        return Result(code, out, err)

    yield run_
    set_widget_scale(1.0)
    QtWidgets.QApplication.setPalette(app_palette)
    QtWidgets.QToolTip.setPalette(tip_palette)
    i18n.uninstall(qapp)
    i18n.current = language
