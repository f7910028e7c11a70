"""The whole app through main.py: screenshots, --version, and every bad input → exit 2."""

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from actviz import __version__

ROOT = Path(__file__).resolve().parents[1]


def run(*args, timeout=60):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ACTVIZ_SETTINGS="none")
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          timeout=timeout, env=env, cwd=ROOT)


def load_png(path):
    from PySide6.QtGui import QImage

    img = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB888)
    assert not img.isNull()
    w, h = img.width(), img.height()
    buf = np.frombuffer(img.constBits(), dtype=np.uint8, count=img.sizeInBytes())
    return buf.reshape(h, img.bytesPerLine())[:, : 3 * w].reshape(h, w, 3).copy()


def count_color(img, hex_color, tol=40):
    rgb = np.array([int(hex_color[i:i + 2], 16) for i in (1, 3, 5)])
    return int((np.abs(img.astype(int) - rgb).sum(axis=2) < tol).sum())


def test_version():
    res = run("--version")
    assert res.returncode == 0 and res.stdout.strip() == f"ActViz {__version__}"


def test_help_lists_options_and_ids():
    res = run("--help")
    assert res.returncode == 0
    for word in ("--function", "--set", "--x-range", "--compare", "--screenshot", "leaky_relu", "gelu"):
        assert word in res.stdout


@pytest.mark.parametrize("size", [(800, 600), (1280, 800), (1920, 1080)])
def test_screenshot_has_asked_size_and_the_curves(tmp_path, size):
    out = tmp_path / "shot.png"
    res = run("--function", "leaky_relu", "--set", "negative_slope=0.2", "--screenshot", str(out),
              "--size", f"{size[0]}x{size[1]}")
    assert res.returncode == 0, res.stderr
    img = load_png(out)
    assert img.shape[:2] == (size[1], size[0])
    assert count_color(img, "#0072B2") > 300  # f, blue
    assert count_color(img, "#D55E00") > 300  # f′, vermillion


def test_screenshot_with_overlays_and_second_derivative(tmp_path):
    out = tmp_path / "cmp.png"
    res = run("--function", "sigmoid", "--compare", "tanh", "--compare", "relu", "--derivatives", "2",
              "--style", "origin", "--screenshot", str(out), "--size", "1280x800")
    assert res.returncode == 0, res.stderr
    img = load_png(out)
    assert count_color(img, "#E69F00") > 200  # first overlay (tanh), orange
    assert count_color(img, "#56B4E9") > 200  # second overlay (relu), sky blue
    assert count_color(img, "#009E73") > 200  # f″, green


@pytest.mark.parametrize(
    "args, fragment",
    [
        (["--function", "nope"], "unknown function 'nope'"),
        (["--set", "alpha=0.2"], "no parameter 'alpha'"),
        (["--set", "negative_slope=abc"], "must be a number"),
        (["--set", "negative_slope=5"], "negative_slope must be a number in [0, 1]"),
        (["--set", "negative_slope"], "NAME=VALUE"),
        (["--x-range", "3", "1"], "x min must be less than x max"),
        (["--x-range", "nan", "1"], "must be a number"),
        (["--x-range", "0", "inf"], "finite"),
        (["--x-range", "-1e300", "1"], "within"),
        (["--y-range", "1", "1"], "y min must be less than y max"),
        (["--derivatives", "3"], "0, 1 or 2"),
        (["--compare", "nope"], "unknown function 'nope'"),
        (["--compare", "elu:alpha=-1"], "alpha"),
        (["--style", "fancy"], "style must be one of"),
        (["--screenshot", "x.png", "--size", "0x600"], "--size must be between"),
        (["--screenshot", "x.png", "--size", "-5x-5"], "--size must be between"),
        (["--screenshot", "x.png", "--size", "big"], "WIDTHxHEIGHT"),
        (["--bogus"], "unrecognized arguments"),
        (["--function", "gelu", "--set", "approximate=fast"], "approximate must be one of"),
        (["--function", "hardtanh", "--set", "min_val=2"], "min_val must be < max_val"),
    ],
)
def test_bad_input_exits_2_with_one_line(args, fragment):
    res = run(*args)
    assert res.returncode == 2
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1, res.stderr
    assert "Traceback" not in res.stderr
    assert fragment in lines[0]


def test_unwritable_screenshot_path_is_a_clear_error(tmp_path):
    res = run("--screenshot", str(tmp_path / "missing" / "x.png"), "--size", "400x300")
    assert res.returncode == 2
    assert "does not exist" in res.stderr and "Traceback" not in res.stderr


def test_module_entry_point(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ACTVIZ_SETTINGS="none")
    res = subprocess.run([sys.executable, "-m", "actviz", "--version"], capture_output=True, text=True, env=env, cwd=ROOT)
    assert res.returncode == 0 and __version__ in res.stdout


def test_startup_probe_reports_first_paint():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ACTVIZ_SETTINGS="none", ACTVIZ_STARTUP_PROBE="1")
    res = subprocess.run([sys.executable, str(ROOT / "main.py")], capture_output=True, text=True, env=env,
                         timeout=60, cwd=ROOT)
    assert res.returncode == 0, res.stderr
    ms = float(res.stdout.strip().split("=")[1])
    assert 0 < ms < 60_000


def test_screenshot_into_a_folder_is_refused(tmp_path):
    res = run("--screenshot", str(tmp_path), "--size", "400x300")
    assert res.returncode == 2 and "is a folder" in res.stderr and "Traceback" not in res.stderr
