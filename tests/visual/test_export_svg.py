"""An exported SVG, drawn by an SVG renderer, shows the same picture as the PNG of the same view:
the same size, the same colours where it is plain areas (such as the decision map's regions), and
axes, ticks and curves within 2 px of where the PNG has them."""

from __future__ import annotations

import numpy as np
import pytest

from actviz.ui.qt import QtGui, pg
from tests.visual.pixels import hex_rgb, to_array

TOL = 2  # px


@pytest.fixture
def win(open_window):
    return open_window(1400, 900)


def _rasterise(svg_path, size) -> np.ndarray:
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg_path))
    assert renderer.isValid()
    image = QtGui.QImage(size, QtGui.QImage.Format.Format_ARGB32)
    image.fill(QtGui.QColor("white"))
    painter = QtGui.QPainter(image)
    renderer.render(painter)
    painter.end()
    return to_array(image)


def _both(win, tmp_path, name):
    png = win.export_figure(tmp_path / f"{name}.png")
    svg = win.export_figure(tmp_path / f"{name}.svg")
    image = QtGui.QImage(str(png))
    from PySide6.QtSvg import QSvgRenderer

    # The SVG says its own size in pixels, so every viewer opens it at the PNG's size.
    assert QSvgRenderer(str(svg)).defaultSize() == image.size()
    return to_array(image), _rasterise(svg, image.size())


def _dark(arr: np.ndarray) -> np.ndarray:
    return arr.max(axis=2) < 160  # grey to black: axis lines, ticks and text, not coloured data


def _runs(flags: np.ndarray) -> list[tuple[int, int]]:
    """(start, end) of each run of True."""
    out, start = [], None
    for i, f in enumerate([*flags, False]):
        if f and start is None:
            start = i
        elif not f and start is not None:
            out.append((start, i - 1))
            start = None
    return out


def _axis_lines(arr: np.ndarray, axis: int) -> list[tuple[float, int, int]]:
    """Long straight dark lines: (position, first pixel, last pixel), horizontal lines for
    axis 1 (position = row), vertical for axis 0 (position = column)."""
    dark = _dark(arr)
    counts = dark.sum(axis=axis)
    length = dark.shape[axis]
    lines = []
    for a, b in _runs(counts > 0.3 * length):
        band = dark[:, a : b + 1].any(axis=1) if axis == 0 else dark[a : b + 1, :].any(axis=0)
        first, last = max(_runs(band), key=lambda r: r[1] - r[0])
        lines.append(((a + b) / 2, first, last))
    return lines


def _ticks(arr: np.ndarray, row: float, first: int, last: int) -> list[float]:
    """Centres of the short dark marks just above a horizontal axis line at ``row`` that runs
    from column ``first`` to ``last``. Only along the line itself: beside it, text such as a
    neighbouring plot's labels would pass for ticks, and renderers place glyph stems apart."""
    dark = _dark(arr)
    r = round(row)
    band = dark[max(r - 6, 0) : max(r - 2, 1), first : last + 1].any(axis=0)
    return [first + (a + b) / 2 for a, b in _runs(band) if b - a < 6]


def _curve_rows(arr: np.ndarray, color: str, columns) -> dict[int, float]:
    near = np.linalg.norm(arr.astype(float) - hex_rgb(color), axis=2) < 60
    out = {}
    for c in columns:
        rows = np.flatnonzero(near[:, c])
        if rows.size:
            out[c] = float(np.median(rows))
    return out


BLOCK = 20  # px
BLOCK_TOL = 6  # mean colour difference per channel (0-255) in any block


def _blocks(arr: np.ndarray, reduce) -> np.ndarray:
    h, w = (n - n % BLOCK for n in arr.shape[:2])
    cut = arr[:h, :w]
    return reduce(cut.reshape(h // BLOCK, BLOCK, w // BLOCK, BLOCK, *cut.shape[2:]), (1, 3))


def _assert_same_areas(png: np.ndarray, svg: np.ndarray) -> None:
    """Block by block, the same colours where the picture is only areas of colour (the decision
    map's regions, a heat map, the background): every block with no line, tick, text or marker
    outline in either picture. Those are checked by position below; the two renderers set text
    a little apart, so blocks holding them cannot be compared by colour."""
    means = [_blocks(a.astype(float), lambda x, ax: x.mean(axis=ax)) for a in (png, svg)]
    plain = ~(_blocks(_dark(png), np.any) | _blocks(_dark(svg), np.any))
    assert plain.sum() >= 20, "too few plain blocks to compare"
    diff = np.where(plain, np.abs(means[0] - means[1]).max(axis=2), 0.0)
    worst = tuple(int(i) * BLOCK for i in np.unravel_index(int(diff.argmax()), diff.shape))
    assert diff.max() < BLOCK_TOL, ("colour differs in the block at (row, column)", worst, diff.max())


def _assert_alike(png: np.ndarray, svg: np.ndarray, colors: list[str]) -> None:
    assert png.shape == svg.shape
    _assert_same_areas(png, svg)
    for axis in (0, 1):
        a, b = _axis_lines(png, axis), _axis_lines(svg, axis)
        assert a, "no axis line found in the PNG"
        assert len(a) == len(b), (a, b)
        for la, lb in zip(a, b):
            assert all(abs(p - q) <= TOL for p, q in zip(la, lb)), (axis, la, lb)
    checked = 0
    for pos, x0, x1 in _axis_lines(png, 1):
        ta, tb = _ticks(png, pos, x0, x1), _ticks(svg, pos, x0, x1)
        # Faint minor ticks may fall below the darkness cut in one image: every tick seen in
        # the sparser image must have its partner within TOL in the other.
        few, many = sorted((ta, tb), key=len)
        assert not few or all(min(abs(p - q) for q in many) <= TOL for p in few), (ta, tb)
        checked += len(few)
    assert checked >= 3, "too few ticks found to compare"
    width = png.shape[1]
    columns = list(range(width // 10, width - width // 10, max(width // 25, 1)))
    for color in colors:
        ra, rb = _curve_rows(png, color, columns), _curve_rows(svg, color, columns)
        common = sorted(set(ra) & set(rb))
        assert len(common) >= 3, (color, ra, rb)
        worst = max(abs(ra[c] - rb[c]) for c in common)
        assert worst <= TOL, (color, worst)


def _pen_color(item) -> str:
    return pg.mkPen(item.opts["pen"]).color().name()


@pytest.mark.parametrize("layout", ["overlay", "stacked"])
def test_function_svg_matches_png(win, qtbot, tmp_path, layout):
    win.state.set_layout(layout)
    qtbot.wait(50)
    png, svg = _both(win, tmp_path, layout)
    look = win.plot_view._look
    _assert_alike(png, svg, [look.curves[0], look.curves[1]])


def test_train_svg_matches_png(win, qtbot, tmp_path):
    win.tabs.setCurrentIndex(1)
    tv = win.train_view
    qtbot.waitUntil(lambda: tv.trainer is not None)
    tv.step(10)
    qtbot.wait(50)
    png, svg = _both(win, tmp_path, "train")
    from actviz.ui.train_view import POSITIVE

    _assert_alike(png, svg, [POSITIVE])  # the blue class's points on the map


def test_depth_svg_matches_png(win, qtbot, tmp_path):
    win.tabs.setCurrentIndex(2)
    dv = win.depth_view
    assert dv.wait_idle()
    qtbot.wait(50)
    png, svg = _both(win, tmp_path, "depth")
    curve = _pen_color(dv.grad_items[0][0])
    # The histogram's dark colour-map cells are data, not axis lines: where a cell's edge falls on
    # a pixel boundary differs between the two renderers, so they are left out of the line count.
    for arr in (png, svg):
        spread = arr.max(axis=2).astype(int) - arr.min(axis=2).astype(int)
        far = np.linalg.norm(arr.astype(float) - hex_rgb(curve), axis=2) > 60
        arr[(arr.max(axis=2) < 160) & (spread >= 40) & far] = 255
    _assert_alike(png, svg, [curve])  # the first gradient curve
