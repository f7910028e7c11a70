import gc
import os
import sys
from pathlib import Path

import pytest

# One BLAS thread: on 2 cores, the depth worker and the GUI thread each get one (several BLAS
# threads contending with them made a depth recompute 10x slower here).
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
# Headless by default: without a display pytest-qt would abort the run (exit 134).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keep tests away from the user's saved settings.
os.environ.setdefault("ACTVIZ_SETTINGS", "none")

sys.path.insert(0, str(Path(__file__).parent))


def _top_level_widgets():
    if "PySide6.QtWidgets" not in sys.modules:
        return []  # a test that never touched Qt cannot leak a widget
    from PySide6 import QtCore, QtWidgets

    app = QtWidgets.QApplication.instance()
    if app is None:
        return []
    # Let pending deleteLater() calls run, then collect Python cycles that keep wrappers alive.
    for _ in range(2):
        QtCore.QCoreApplication.sendPostedEvents(None, QtCore.QEvent.Type.DeferredDelete)
        app.processEvents()
        gc.collect()
    return (
        [w for w in QtWidgets.QApplication.topLevelWidgets() if not isinstance(w, QtWidgets.QDesktopWidget)]
        if hasattr(QtWidgets, "QDesktopWidget")
        else list(QtWidgets.QApplication.topLevelWidgets())
    )


@pytest.fixture(autouse=True)
def no_leaked_widgets(request):
    """No test may leave a top-level widget alive (a window, dialog or stray popup)."""
    before = {id(w) for w in _top_level_widgets()}
    yield
    leaked = [w for w in _top_level_widgets() if id(w) not in before]
    if leaked:
        names = ", ".join(f"{type(w).__name__}({w.objectName()!r})" for w in leaked)
        for w in leaked:
            w.close()
            w.deleteLater()
        pytest.fail(f"{request.node.nodeid} left top-level widgets alive: {names}", pytrace=False)


def pytest_addoption(parser):
    parser.addoption("--soak-actions", type=int, default=2000, help="random window actions in tests/test_soak.py")
    parser.addoption("--soak-seed", type=int, default=20261123, help="seed of the soak's random actions")


@pytest.fixture(autouse=True)
def no_leaked_custom_functions():
    """Custom formulas live in the process-wide registry: each test starts and ends without any."""
    yield
    registry = sys.modules.get("actviz.core.registry")
    if registry is not None:
        registry.clear_custom()


@pytest.fixture
def open_window(qtbot):
    """Open a main window of the given size (shown, exposed) that is closed after the test."""

    def open_(width: int = 1280, height: int = 800, state=None):
        from actviz.ui import MainWindow

        w = MainWindow() if state is None else MainWindow(state)
        qtbot.addWidget(w)
        w.resize(width, height)
        w.show()
        qtbot.waitExposed(w)
        return w

    return open_
