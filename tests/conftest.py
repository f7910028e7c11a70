import gc
import os
import sys
from pathlib import Path

import hypothesis
import pytest

# One BLAS thread: on 2 cores, the depth worker and the GUI thread each get one (several BLAS
# threads contending with them made a depth recompute 10x slower here).
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
# Headless by default: without a display pytest-qt would abort the run (exit 134).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keep tests away from the user's saved settings.
os.environ.setdefault("ACTVIZ_SETTINGS", "none")

sys.path.insert(0, str(Path(__file__).parent))

from app_runs import app_in  # noqa: F401 - a fixture: the app through main(argv) in this process

# Cache compiled modules even where the environment asks not to (PYTHONDONTWRITEBYTECODE): else
# every worker rewrites every test module's asserts again, and every app process a test starts
# compiles actviz from its source. Set here, before the test modules are collected and before
# the workers and app processes inherit the environment.
sys.dont_write_bytecode = False
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)


def _qt_app():
    """The QApplication, if this process has one (a test that never touched Qt has none)."""
    if "PySide6.QtWidgets" not in sys.modules:
        return None
    from PySide6 import QtWidgets

    return QtWidgets.QApplication.instance()


def _top_level_by_address(app) -> dict:
    """The top-level widgets alive now, by the address of their C++ object (a wrapper's id may
    change between two calls; the object's address does not)."""
    import shiboken6

    return {shiboken6.getCppPointer(w)[0]: w for w in app.topLevelWidgets()}


def _top_level_widgets() -> list:
    """The top-level widgets left once pending deletes have run and garbage is collected."""
    app = _qt_app()
    if app is None:
        return []
    _flush_deletes(app, collect=True)
    return list(app.topLevelWidgets())


def _flush_deletes(app, collect: bool) -> None:
    """Run pending deleteLater() calls; with ``collect``, also free the Python cycles that keep
    widget wrappers alive, and run the deletes that frees."""
    from PySide6 import QtCore

    for _ in range(2 if collect else 1):
        QtCore.QCoreApplication.sendPostedEvents(None, QtCore.QEvent.Type.DeferredDelete)
        app.processEvents()
        if collect:
            gc.collect()


def leaked_widgets(app, before: set) -> list:
    """Top-level widgets that were not there ``before``, after the cheapest clean-up that can
    explain them away: a count first (most tests), then pending deletes, and only if some are
    still there a garbage collection."""
    for collect in (None, False, True):
        if collect is not None:
            _flush_deletes(app, collect)
        # Only addresses are kept across a clean-up: a wrapper held here would keep its widget alive.
        if not set(_top_level_by_address(app)) - before:
            return []
    return [w for key, w in _top_level_by_address(app).items() if key not in before]


@pytest.fixture(autouse=True)
def no_leaked_widgets(request):
    """No test may leave a top-level widget alive (a window, dialog or stray popup).

    Only a process with a QApplication can have one, and most tests leave none: the widgets are
    counted before and after, and the collector runs only when new ones are still there."""
    app = _qt_app()
    before = set(_top_level_by_address(app)) if app is not None else set()
    yield
    app = app or _qt_app()  # the test may have made the application
    if app is None:
        return
    leaked = leaked_widgets(app, before)
    if leaked:
        names = ", ".join(f"{type(w).__name__}({w.objectName()!r})" for w in leaked)
        for w in leaked:
            w.close()
            w.deleteLater()
        _flush_deletes(app, collect=False)
        pytest.fail(f"{request.node.nodeid} left top-level widgets alive: {names}", pytrace=False)


# The test command is a gate: the same examples on every run, so that a change fails for what it
# changed. `HYPOTHESIS_PROFILE=explore python -m pytest ...` draws new examples on each run (1,000
# where a test does not set its own count) to look for bugs nobody has met yet; run it before a stop.
hypothesis.settings.register_profile("gate", derandomize=True)
hypothesis.settings.register_profile("explore", derandomize=False, max_examples=1000)
hypothesis.settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "gate"))


def pytest_collection_finish(session):
    """Every test module is imported now, with numpy, Qt, pyqtgraph and SymPy: move what exists to
    the collector's permanent generation. A full collection (the leak check's, or Python's own
    every few thousand allocations) then walks only what the tests make, not the libraries'
    million objects again."""
    gc.collect()
    gc.freeze()
    # Fewer, larger young collections: a test makes widgets and arrays by the ten thousand, and
    # with the default 700 the collector ran 8,300 times per run (10.7 s in all; now 7.4 s).
    gc.set_threshold(10_000, 20, 20)


_HELD: list = []  # windows whose painting is held between one test's end and the next's start


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item):
    """When a test's body has run, its windows stop painting. pytest-qt then processes the events
    still posted (and fails the test on an exception in a handler), and the teardown closes the
    windows: repainting them first would only draw a picture nobody looks at (845 of the 5,749
    plot repaints of a run). A window that outlives the test (a module's shared one) paints
    again from the next test's start."""
    try:
        return (yield)
    finally:
        app = sys.modules.get("PySide6.QtWidgets")
        if app is not None and app.QApplication.instance() is not None:
            for w in app.QApplication.topLevelWidgets():
                if w.isVisible() and w.updatesEnabled():
                    w.setUpdatesEnabled(False)
                    _HELD.append(w)


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    if _HELD:
        import shiboken6

        for w in _HELD:
            if shiboken6.isValid(w):
                w.setUpdatesEnabled(True)
        _HELD.clear()


def pytest_addoption(parser):
    parser.addoption("--soak-actions", type=int, default=300, help="random window actions in tests/test_soak.py")
    parser.addoption("--soak-seed", type=int, default=20261123, help="seed of the soak's random actions")
    parser.addoption(
        "--soak-rss-mb",
        type=float,
        default=None,
        help="fail the soak if the process grows more than this many MB after its first fifth (for long runs)",
    )


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


@pytest.fixture(scope="module")
def shared_window(qapp):
    """Open main windows that live for the whole module: for read-only checks of one settled
    picture, which would otherwise build (and compute) the same window once per test. Each
    window is closed and deleted after the module's last test; a check that changes what it
    looks at must open its own."""
    from PySide6 import QtTest

    from actviz.ui import MainWindow

    opened = []

    def open_(width: int = 1280, height: int = 800):
        w = MainWindow()
        opened.append(w)
        w.resize(width, height)
        w.show()
        assert QtTest.QTest.qWaitForWindowExposed(w)
        return w

    yield open_
    for w in opened:
        w.close()
        w.deleteLater()
    _flush_deletes(qapp, collect=False)


@pytest.fixture
def in_language(qapp, request):
    """The interface in ``request.param`` (use with ``indirect=True``), English again afterwards."""
    from actviz.ui import i18n

    i18n.install(qapp, request.param)
    yield request.param
    i18n.uninstall(qapp)
    i18n.current = i18n.Selection()
