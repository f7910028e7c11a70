"""A seeded random-action soak of the real window (offscreen).

Thousands of actions a careless user could take: switch functions, drag sliders, type valid
and invalid text into every box, pan and zoom to extreme ranges, toggle curves, pin and unpin,
change probes, export, save and restore. After every action the window must:

* have raised nothing and warned nothing (an exception in a listener shows up as an
  entry in the window's internal_errors; Qt warnings and Python warnings fail the test by configuration);
* agree with the state in every widget;
* draw, for every visible curve, exactly the core's values wherever the core is finite.

The default run takes 300 actions (about 20 s); a change to the window asks for more
with ``--soak-actions 2000``, and a long local run, e.g.
``python -m pytest -n 0 tests/test_soak.py --soak-actions 20000 --soak-seed 7 --soak-rss-mb 40``,
also checks that memory stops growing.
"""

from __future__ import annotations

import math
import os
import random

import numpy as np
import pytest

from actviz.core import names
from actviz.state import State
from actviz.ui import MainWindow
from actviz.ui.qt import QtCore, QtWidgets

ODD_TEXT = [
    "",
    "abc",
    "nan",
    "-nan",
    "inf",
    "-inf",
    "1e400",
    "-1e400",
    "1e12",
    "-1e12",
    "1e13",
    "0",
    "-0",
    "1e-300",
    "5e-324",
    "0x10",
    "1,5",
    "  7 ",
    "−3",
    "∞",
    "none",
    "1_000",
    "٣",
    "--1",
    "1e",
    "e5",
]


def rand_number(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.4:
        return f"{rng.uniform(-10, 10):.4g}"
    if kind < 0.6:
        return f"{rng.choice([-1, 1]) * 10 ** rng.uniform(-12, 13):.6g}"
    return rng.choice(ODD_TEXT)


class Soak:
    def __init__(self, win: MainWindow, qtbot, rng: random.Random, tmp_path) -> None:
        self.win, self.qtbot, self.rng, self.tmp = win, qtbot, rng, tmp_path
        self.exports = 0

    # ------------------------------------------------------------------ actions
    def switch_function(self) -> None:
        sel = self.win.selector
        if self.rng.random() < 0.5:
            sel.activated.emit(sel.findData(self.rng.choice(names())))
        else:
            self.win.state.step_function(self.rng.choice([-1, 1]))

    def move_slider(self) -> None:
        controls = list(self.win.param_panel.controls.values())
        if not controls:
            return
        ctl = self.rng.choice(controls)
        if ctl.slider is not None:
            ctl.slider.setValue(self.rng.randint(ctl.slider.minimum(), ctl.slider.maximum()))
        else:
            ctl.combo.setCurrentIndex(self.rng.randrange(ctl.combo.count()))

    def type_into(self, box: QtWidgets.QAbstractSpinBox | QtWidgets.QLineEdit, text: str) -> None:
        edit = box.lineEdit() if isinstance(box, QtWidgets.QAbstractSpinBox) else box
        if not box.isEnabled():
            return
        edit.setText(text)
        self.qtbot.keyClick(edit, QtCore.Qt.Key.Key_Return)

    def type_range(self) -> None:
        r = self.win.ranges
        self.type_into(self.rng.choice([r.x_min, r.x_max, r.y_min, r.y_max]), rand_number(self.rng))

    def type_param(self) -> None:
        spins = [c.spin for c in self.win.param_panel.controls.values() if c.spin is not None]
        if spins:
            self.type_into(self.rng.choice(spins), rand_number(self.rng))

    def type_probes(self) -> None:
        n = self.rng.randint(0, 6)
        text = self.rng.choice([", ", " ", ","]).join(rand_number(self.rng) for _ in range(n))
        self.type_into(self.win.probes.input, text)

    def pan_zoom(self) -> None:
        vb = self.win.plot_view.vb
        (x0, x1), (_y0, _y1) = vb.viewRange()
        r = self.rng.random()
        if r < 0.4:
            f = 10 ** self.rng.uniform(-3, 3)
            vb.scaleBy((f, f if self.win.state.y_range is not None else 1))
        elif r < 0.8:
            dx = (x1 - x0) * self.rng.uniform(-3, 3)
            vb.translateBy(x=dx)
        else:  # straight to an extreme
            lo = -(10 ** self.rng.uniform(-12, 14))
            vb.setXRange(lo, lo + 10 ** self.rng.uniform(-14, 14), padding=0)

    def toggle_y_auto(self) -> None:
        self.win.ranges.y_auto.click()

    def toggle_curve(self) -> None:
        self.win.state.set_shown(self.rng.randrange(3), self.rng.random() < 0.6)

    def pin_unpin(self) -> None:
        st = self.win.state
        if st.overlays and self.rng.random() < 0.45:
            if self.rng.random() < 0.2:
                self.win.compare.clear_button.click()
            else:
                self.win.compare.list.setCurrentRow(self.rng.randrange(len(st.overlays)))
                self.win.compare.remove_button.click()
        else:
            self.win.compare.pin_current()

    def keys(self) -> None:
        key = self.rng.choice(
            [
                QtCore.Qt.Key.Key_BracketLeft,
                QtCore.Qt.Key.Key_BracketRight,
                QtCore.Qt.Key.Key_O,
                QtCore.Qt.Key.Key_PageDown,
                QtCore.Qt.Key.Key_PageUp,
            ]
        )
        self.win.plot_view.plot.setFocus()
        self.qtbot.keyClick(self.win.plot_view.plot, key)

    def reset(self) -> None:
        if self.rng.random() < 0.5:
            self.win.ranges.reset.click()
        else:
            controls = list(self.win.param_panel.controls.values())
            if controls:
                self.rng.choice(controls).reset.click()

    def export(self) -> None:
        self.exports += 1
        kind = self.rng.choice(["png", "svg", "csv"])
        path = self.tmp / f"export.{kind}"
        if kind == "csv":
            self.win.export_data(path)
            assert path.read_text().count("\n") > 2
        else:
            self.win.export_figure(path)
            data = path.read_bytes()
            assert data.startswith(b"\x89PNG") if kind == "png" else data.rstrip().endswith(b"</svg>")

    def save_restore(self) -> None:
        data = self.win.state.to_dict()
        fresh = State()
        assert fresh.load_dict(data) == []
        assert fresh.to_dict() == data

    def change_look(self) -> None:
        """A lecturer switching the projector scale or the theme in the middle of it all."""
        st = self.win.state
        if self.rng.random() < 0.5:
            st.step_scale(self.rng.choice([-1, 1]))
        else:
            st.set_theme(self.rng.choice(["light", "dark", "contrast"]))

    ACTIONS = (
        (switch_function, 10),
        (move_slider, 25),
        (type_range, 10),
        (type_param, 8),
        (type_probes, 4),
        (pan_zoom, 12),
        (toggle_y_auto, 4),
        (toggle_curve, 6),
        (pin_unpin, 6),
        (keys, 8),
        (reset, 3),
        (export, 1),
        (save_restore, 2),
        (change_look, 1),
    )

    # ------------------------------------------------------------------ checks
    def check(self, step: int, what: str) -> None:
        win, st = self.win, self.win.state
        where = f"after action {step} ({what}) on {st.function_id} {st.params} x={st.x_range}"
        errors = list(win.internal_errors)
        assert not errors, f"{where}: {errors[-1]}"
        assert win.selector.current_id() == st.function_id, where
        assert set(win.param_panel.controls) == {p.name for p in st.activation.params}, where
        for name, ctl in win.param_panel.controls.items():
            v = st.params[name]
            if ctl.combo is not None:
                assert ctl.combo.currentText() == v, where
            else:
                shown = ctl.spin.to_value(ctl.spin.value())
                assert shown == v or (math.isinf(v) and math.isinf(shown)), f"{where}: {name} box {shown} != {v}"
        r = win.ranges
        assert (r.x_min.value(), r.x_max.value()) == st.x_range, where
        assert r.y_auto.isChecked() == (st.y_range is None), where
        if st.y_range is not None:
            assert (r.y_min.value(), r.y_max.value()) == st.y_range, where
        assert [b.isChecked() for b in win.curve_controls.boxes] == list(st.shown), where
        assert win.compare.list.count() == len(st.overlays), where
        pv = win.plot_view
        s = pv.last_samples
        assert s is not None
        kink_x = {k.x for k in s.kinks}
        for i in range(3):
            if not st.shown[i]:
                continue
            if pv.envelope_mode[i]:
                bx, by = pv.bands[i].getData()
                assert (bx is not None and np.isfinite(by).any()) or not np.isfinite(s.y[i]).any(), where
                continue
            # What we sent must be the core's values; pyqtgraph then limits points far outside
            # the view (its dynamicRangeLimit) for painting, which changes nothing visible.
            x, y = pv.curves[i].getOriginalDataset()
            ref = st.activation.evaluate(x, i, st.params)
            (_, _), (v0, v1) = pv.vb.viewRange()
            _dx, dy = pv.curves[i].getData()
            visible = (y >= v0) & (y <= v1)
            assert np.array_equal(dy[visible], y[visible]), f"{where}: curve {i} is not drawn as sent"
            fin = np.isfinite(ref) & ~np.isin(x, list(kink_x)) & (x > st.x_range[0]) & (x < st.x_range[1])
            bad = fin & (y != ref)
            assert not bad.any(), (
                f"{where}: curve {i} differs from the core at x={x[bad][:3]}: drawn {y[bad][:3]}, core {ref[bad][:3]}; "
                f"sampler {np.array_equal(x, s.x)} y_range {st.y_range} auto {pv.auto_y.current}"
            )


@pytest.fixture
def soak_win(qtbot, tmp_path, monkeypatch, open_window):
    monkeypatch.setenv("ACTVIZ_SETTINGS", str(tmp_path / "settings.json"))
    win = open_window(1024, 700)
    yield win
    win.state.set_scale("normal")  # the widget style's scale and the palette are application-wide
    win.state.set_theme("light")


def _rss_mb() -> float:
    with open(f"/proc/{os.getpid()}/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def test_random_actions_never_break_the_window(soak_win, qtbot, tmp_path, request):
    n = request.config.getoption("--soak-actions")
    seed = request.config.getoption("--soak-seed")
    rng = random.Random(seed)
    soak = Soak(soak_win, qtbot, rng, tmp_path)
    funcs, weights = zip(*Soak.ACTIONS)
    counts: dict[str, int] = {}
    rss = []
    for step in range(n):
        action = rng.choices(funcs, weights)[0]
        counts[action.__name__] = counts.get(action.__name__, 0) + 1
        action(soak)
        qtbot.wait(0) if step % 50 == 0 else None  # let timers (throttled table, tightening) run
        soak.check(step, action.__name__)
        if step in (n // 5, n - 1):
            rss.append(_rss_mb())
    print(f"\nsoak: {n} actions, seed {seed}: {counts}; RSS {rss[0]:.0f} → {rss[-1]:.0f} MB")
    # Memory: after the first fifth (caches, fonts, first exports warmed), the process may not
    # keep growing. The limit depends on the allocator and on the run's length, so it is asked
    # for with a long run (docs/DEVELOPMENT.md: 5,000 actions grew 18-19 MB; 40 MB allowed):
    # python -m pytest -n 0 tests/test_soak.py --soak-actions 5000 --soak-rss-mb 40
    limit = request.config.getoption("--soak-rss-mb")
    if limit is not None:
        assert rss[-1] - rss[0] < limit, f"RSS grew {rss[-1] - rss[0]:.0f} MB over {n - n // 5} actions"
