"""Where the window goes: the Qt-free fitting of the first and the restored window, and a real
window on small projector screens."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from actviz.viewmodels.window import first_geometry, fit_geometry, screen_for

ROOT = Path(__file__).resolve().parent.parent


def inside(rect, screen) -> bool:
    x, y, w, h = rect
    sx, sy, sw, sh = screen
    return sx <= x and sy <= y and x + w <= sx + sw and y + h <= sy + sh


@pytest.mark.parametrize(
    ("screen", "expected"),
    [
        ((0, 0, 1920, 1080), (320, 140, 1280, 800)),  # room for the preferred size: centred
        ((0, 0, 1024, 768), (51, 38, 921, 691)),  # 90 % of a 1024×768 projector
        ((0, 0, 1280, 720), (64, 36, 1152, 648)),
        ((1920, 30, 1280, 690), (1984, 64, 1152, 621)),  # a second screen below a top panel
    ],
)
def test_the_first_window_fits_ninety_percent_of_the_screen(screen, expected):
    got = first_geometry(screen)
    assert got == expected and inside(got, screen)


def test_the_first_window_is_not_smaller_than_its_layout_but_stays_on_the_screen():
    assert first_geometry((0, 0, 1024, 768), minimum=(984, 460)) == (20, 38, 984, 691)
    assert first_geometry((0, 0, 800, 600), minimum=(984, 460)) == (0, 30, 800, 540)


@pytest.mark.parametrize(
    ("saved", "screen", "expected"),
    [
        ((100, 100, 800, 600), (0, 0, 1920, 1080), (100, 100, 800, 600)),  # fits: untouched
        ((1500, 900, 800, 600), (0, 0, 1920, 1080), (1120, 480, 800, 600)),  # hangs off: moved on
        ((-300, -50, 800, 600), (0, 0, 1920, 1080), (0, 0, 800, 600)),
        ((0, 0, 1920, 1080), (0, 0, 1024, 768), (51, 38, 921, 691)),  # from a bigger monitor
        ((5000, 5000, 600, 400), (0, 0, 1280, 720), (680, 320, 600, 400)),  # a monitor that is gone
    ],
)
def test_a_saved_geometry_is_brought_back_onto_the_screen(saved, screen, expected):
    got = fit_geometry(saved, screen)
    assert got == expected and inside(got, screen)


def test_the_screen_that_holds_most_of_the_window_is_chosen():
    screens = [(0, 0, 1920, 1080), (1920, 0, 1280, 720)]
    assert screen_for((2000, 100, 800, 600), screens) == 1
    assert screen_for((1800, 100, 800, 600), screens) == 1
    assert screen_for((100, 100, 800, 600), screens) == 0
    assert screen_for((9000, 9000, 10, 10), screens) == 0


_PROBE = """
import json, sys
from actviz.ui.qt import QtWidgets
app = QtWidgets.QApplication([])
from actviz.ui import MainWindow
w = MainWindow()
if len(sys.argv) > 1:
    w.restore_window({"geometry": json.loads(sys.argv[1])})
w.show()
app.processEvents()
g, s = w.geometry(), app.primaryScreen().availableGeometry()
print(json.dumps([[g.x(), g.y(), g.width(), g.height()], [s.x(), s.y(), s.width(), s.height()]]))
w.close()
"""


@pytest.mark.parametrize("size", [(1024, 768), (1280, 720)])
@pytest.mark.parametrize("saved", [None, [2500, 1800, 1900, 1000]])
def test_a_real_window_fits_a_small_projector(tmp_path, size, saved):
    config = tmp_path / "screen.json"
    screen = {"name": "projector", "x": 0, "y": 0, "width": size[0], "height": size[1]}
    config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "ACTVIZ_SETTINGS": "none"}
    args = [sys.executable, "-c", _PROBE] + ([json.dumps(saved)] if saved else [])
    proc = subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    window, avail = json.loads(proc.stdout.strip().splitlines()[-1])
    assert avail == [0, 0, *size]
    assert inside(window, avail), (window, avail)
