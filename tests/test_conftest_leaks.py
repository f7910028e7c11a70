"""The suite's own leak check (tests/conftest.py) catches a top-level widget left alive, and
flags nothing that the usual clean-up (pending deletes, a garbage collection) frees."""

from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

CONFTEST = Path(__file__).with_name("conftest.py")

INNER = """
import gc

from PySide6 import QtWidgets

KEPT = []


def test_pure_core():
    assert sum(range(4)) == 6


def test_leaks_a_shown_window(qtbot):
    w = QtWidgets.QWidget()
    w.setObjectName("leaky")
    w.show()
    KEPT.append(w)  # alive after the test: a leak


def test_leaks_a_hidden_dialog(qapp):
    KEPT.append(QtWidgets.QDialog())  # never shown, still a top-level widget alive


def test_closes_what_it_opens(qtbot):
    w = QtWidgets.QWidget()
    qtbot.addWidget(w)  # pytest-qt closes it and deletes it later
    w.show()


def test_a_cycle_the_collector_frees(qtbot):
    class Holder:
        pass

    h = Holder()
    h.me = h
    h.widget = QtWidgets.QWidget()  # only a reference cycle keeps it: freed by gc.collect()
    del h
    gc.disable()  # no automatic collection before the check: the check must collect itself


def test_zz_collection_is_back_on():
    gc.enable()
"""


@pytest.fixture
def inner(pytester, qapp):
    pytester.makeconftest(CONFTEST.read_text())
    pytester.makepyfile(test_inner=INNER)
    return pytester


def test_a_leaked_top_level_widget_fails_its_test(inner):
    result = inner.runpytest_inprocess("-p", "no:cacheprovider", "-p", "no:xdist", "-q")
    reports = result.reprec.getreports("pytest_runtest_logreport")
    failed = {r.nodeid.split("::")[-1] for r in reports if r.failed}
    assert failed == {"test_leaks_a_shown_window", "test_leaks_a_hidden_dialog"}, result.stdout.str()
    result.stdout.fnmatch_lines(["*test_leaks_a_shown_window left top-level widgets alive: QWidget('leaky')*"])
    result.stdout.fnmatch_lines(["*test_leaks_a_hidden_dialog left top-level widgets alive: QDialog*"])
