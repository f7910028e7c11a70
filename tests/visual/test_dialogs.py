"""The dialogs a lecturer opens in front of the room: the F1 key table, the getting-started page,
the error log and the formula editor fit a small projector's screen at huge scale, with every
row reachable, and the formula preview is drawn in the room's theme and scale."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from actviz.state.formulas import sympy_available
from actviz.ui import MainWindow
from actviz.ui.formula_editor import FormulaEditor
from actviz.ui.qt import QtCore, QtGui, QtWidgets
from actviz.viewmodels import theme
from visual import pixels

Qt = QtCore.Qt
ROOT = Path(__file__).resolve().parents[2]

# Opens each dialog through the window's own entry point (the F1 and Help actions, with the modal
# loop replaced by show(): exec() would never return here) and prints where it landed.
_PROBE = """
import json, sys
from actviz.ui.qt import QtCore, QtGui, QtWidgets
app = QtWidgets.QApplication([])
from actviz.ui import MainWindow
from actviz.ui.formula_editor import open_editor

w = MainWindow()
w.state.set_scale(sys.argv[1])
w.show()
app.processEvents()
opened = []
w._exec_dialog = opened.append
QtWidgets.QMessageBox.exec = lambda box: opened.append(box)


def settle(n=5):
    for _ in range(n):
        app.processEvents()


def rect(g):
    return [g.x(), g.y(), g.width(), g.height()]


def show(d):
    d.show()
    settle()
    return rect(d.frameGeometry()), [d.width(), d.height()]


out = {"screen": rect(app.primaryScreen().availableGeometry()), "dialogs": {}}
for name in ("showShortcuts", "gettingStarted", "errorLog"):
    w.findChild(QtGui.QAction, name).trigger()
    d = opened.pop()
    info = dict(zip(("frame", "size"), show(d)))
    browser = d.findChild(QtWidgets.QTextBrowser)
    if browser is not None:
        bar = browser.verticalScrollBar()
        info["text"] = browser.toPlainText()
        info["reach"] = bar.maximum() + browser.viewport().height()
        info["content"] = round(browser.document().size().height())
        info["scrolls"] = bar.maximum() > 0
    d.close()
    out["dialogs"][name] = info
out["rows"] = [keys for _menu, keys, _what in w.shortcut_rows()]

if len(sys.argv) > 2:
    ed = open_editor(w)
    ed.name_edit.setText("swish_beta")
    ed.text_edit.setText("x*sigmoid(beta*x)")
    for _ in range(400):
        settle(1)
        if ed.curves[0].xData is not None and len(ed.curves[0].xData) and ed.ranges.rowCount():
            break
        QtCore.QThread.msleep(25)
    settle()
    header = ed.ranges.horizontalHeader()
    fm = header.fontMetrics()
    frame, size = show(ed)
    out["editor"] = {
        "frame": frame,
        "size": size,
        "inside": rect(ed.rect()),
        "ok": rect(QtCore.QRect(ed.ok_button.mapTo(ed, QtCore.QPoint(0, 0)), ed.ok_button.size())),
        "ok_hint": ed.ok_button.sizeHint().width(),
        "plot": rect(QtCore.QRect(ed.plot.mapTo(ed, QtCore.QPoint(0, 0)), ed.plot.size())),
        "header": [[header.sectionSize(c), fm.horizontalAdvance(ed.ranges.horizontalHeaderItem(c).text())]
                   for c in range(3)],
        "table_right": ed.ranges.mapTo(ed, QtCore.QPoint(ed.ranges.width(), 0)).x(),
    }
    ed.close()
print(json.dumps(out))
w.close()
"""


def inside(inner, outer) -> bool:
    x, y, w, h = inner
    ox, oy, ow, oh = outer
    return x >= ox and y >= oy and x + w <= ox + ow and y + h <= oy + oh


EDITOR_SCREEN = ((1024, 768), "huge")
"""The formula editor is measured on this screen; the key table's probe of it measures it too."""
_probes: dict = {}


def probe(tmp_path, size, editor: bool, scale: str = "huge") -> dict:
    """What the probe process saw on a screen of ``size`` at ``scale``; one process per screen
    (the help dialogs' and the formula editor's checks of the same screen share it)."""
    editor = editor or (tuple(size), scale) == EDITOR_SCREEN
    key = (tuple(size), scale, editor)
    if key not in _probes:
        _probes[key] = _run_probe(tmp_path, size, editor, scale)
    return json.loads(json.dumps(_probes[key]))  # a copy: a test cannot change what another sees


def _run_probe(tmp_path, size, editor: bool, scale: str) -> dict:
    config = tmp_path / "screen.json"
    screen = {"name": "projector", "x": 0, "y": 0, "width": size[0], "height": size[1]}
    config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "ACTVIZ_SETTINGS": "none",
        "ACTVIZ_ERROR_LOG": str(tmp_path / "errors.log"),
    }
    args = [sys.executable, "-c", _PROBE, scale] + (["editor"] if editor else [])
    proc = subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=180)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("size", [(1024, 768), (1280, 720)])
def test_help_dialogs_fit_a_small_projector_at_huge_with_every_row_reachable(tmp_path, size):
    got = probe(tmp_path, size, editor=False)
    avail = got["screen"]
    assert avail == [0, 0, *size]
    limit_w, limit_h = avail[2] * 0.9 + 1, avail[3] * 0.9 + 1
    for name, info in got["dialogs"].items():
        frame = info["frame"]
        assert inside(frame, avail), (name, frame, avail)
        assert info["size"][0] <= limit_w and info["size"][1] <= limit_h, (name, info["size"])
        if "reach" in info:  # a scrolling page: its whole content can be scrolled into view
            assert info["reach"] >= info["content"] - 2, (name, info["reach"], info["content"])
    text = got["dialogs"]["showShortcuts"]["text"]
    assert len(got["rows"]) > 20
    for keys in got["rows"]:
        assert keys in text, keys


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_on_a_wide_screen_the_key_table_shows_every_row_without_scrolling(tmp_path, size):
    got = probe(tmp_path, size, editor=False, scale="normal")
    info = got["dialogs"]["showShortcuts"]
    assert inside(info["frame"], got["screen"]), info["frame"]
    assert not info["scrolls"], info
    for keys in got["rows"]:
        assert keys in info["text"], keys


@pytest.mark.skipif(not sympy_available(), reason="custom formulas need SymPy")
def test_the_formula_editor_fits_a_small_projector_at_huge(tmp_path):
    got = probe(tmp_path, (1024, 768), editor=True)
    avail, ed = got["screen"], got["editor"]
    frame = ed["frame"]
    assert inside(frame, avail), (frame, avail)
    assert ed["size"][0] <= avail[2] * 0.9 + 1 and ed["size"][1] <= avail[3] * 0.9 + 1, ed["size"]
    # Nothing cut at the dialog's edge: the button, the plot and the table are whole.
    assert inside(ed["ok"], ed["inside"]) and ed["ok"][2] >= ed["ok_hint"], ed
    assert inside(ed["plot"], ed["inside"]) and ed["plot"][2] >= 200 and ed["plot"][3] >= 120, ed
    assert ed["table_right"] <= ed["inside"][2], ed
    for section, text_width in ed["header"]:
        assert section >= text_width, ed["header"]


@pytest.fixture
def huge_dark(qtbot):
    win = MainWindow()
    qtbot.addWidget(win)
    win.state.set_theme("dark")
    win.state.set_scale("huge")
    win.resize(1280, 800)
    win.show()
    qtbot.waitActive(win)
    return win


def most_common_colour(image: QtGui.QImage, rect: QtCore.QRect) -> np.ndarray:
    arr = pixels.to_array(image)
    dpr = image.devicePixelRatio() or 1.0
    x0, y0 = round(rect.left() * dpr), round(rect.top() * dpr)
    x1, y1 = round((rect.right() + 1) * dpr), round((rect.bottom() + 1) * dpr)
    flat = arr[y0:y1, x0:x1].reshape(-1, 3)
    values, counts = np.unique(flat, axis=0, return_counts=True)
    return values[counts.argmax()].astype(float)


def tick_text_height(window: QtWidgets.QWidget, plot_item) -> int:
    """Rows of the bottom axis (below its line) holding tick text, as in test_room_look."""
    image = pixels.grab(window)
    rect = pixels.rect_in_window(plot_item.getAxis("bottom"), window)
    rect = QtCore.QRect(rect.left(), rect.top() + 3, rect.width(), max(rect.height() - 3, 1))
    arr = pixels.to_array(image).astype(float)
    dpr = image.devicePixelRatio() or 1.0
    patch = arr[
        round(rect.top() * dpr) : round((rect.bottom() + 1) * dpr),
        round(rect.left() * dpr) : round((rect.right() + 1) * dpr),
    ]
    background = most_common_colour(image, rect)
    rows = np.flatnonzero((np.linalg.norm(patch - background, axis=2) > 80).any(axis=1))
    return int(rows[-1] - rows[0] + 1) if rows.size else 0


def test_the_formula_preview_is_in_the_rooms_theme_and_scale(huge_dark, qtbot):
    win = huge_dark
    editor = FormulaEditor(win.state, None, win)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    image = pixels.grab(editor)
    plot_rect = pixels.widget_rect(editor.plot, editor)
    background = most_common_colour(image, plot_rect)
    assert pixels.distance(background, pixels.hex_rgb(theme.look("dark").background)) < 12, background
    main = win.plot_view.plot.getPlotItem()
    main_px = tick_text_height(win, main)
    preview_px = tick_text_height(editor, editor.plot.getPlotItem())
    assert main_px >= 12  # huge: the main plot's ticks are large, and the preview's are as large
    assert preview_px >= main_px - 1, (preview_px, main_px)
    # The formula is typed in the dialog's text size too, not the platform's small fixed font.
    assert editor.text_edit.fontMetrics().height() >= editor.name_edit.fontMetrics().height() - 2


def test_escape_closes_the_key_table(huge_dark, qtbot, monkeypatch):
    win = huge_dark
    opened = []
    monkeypatch.setattr(win, "_exec_dialog", opened.append)
    win.findChild(QtGui.QAction, "showShortcuts").trigger()  # F1
    assert len(opened) == 1, "F1 opened nothing"
    dialog = opened[0]
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()  # as a window manager makes a new dialog the active window
    qtbot.waitUntil(lambda: QtWidgets.QApplication.activeWindow() is dialog)
    qtbot.keyClick(dialog.findChild(QtWidgets.QTextBrowser), Qt.Key.Key_Escape)
    assert not dialog.isVisible()
