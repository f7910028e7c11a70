"""tools/gallery.py: the pictures a person looks at before a change lands. The quick set is run
as a user runs the tool (a subprocess, headless by its own doing, the user's settings untouched),
and each picture is checked for what makes it worth opening: listed, the named size, not blank."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parent.parent
TOOL = ROOT / "tools" / "gallery.py"
MIN_COLOURS = 64  # a drawn window has hundreds (antialiased text and curves); a flat one a few


def _pixels(path: Path) -> np.ndarray:
    from PySide6 import QtGui

    image = QtGui.QImage(str(path))
    assert not image.isNull(), f"{path.name} is not a readable PNG"
    image = image.convertToFormat(QtGui.QImage.Format.Format_RGB32)
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    return rows[:, : 4 * image.width()].copy().view(np.uint32)


@pytest.fixture(scope="module")
def quick_gallery(tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess]:
    out = tmp_path_factory.mktemp("gallery")
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "ACTVIZ_SETTINGS")}
    env["HOME"] = str(out / "home")  # were the tool to write settings, it would write them here
    res = subprocess.run(
        [sys.executable, str(TOOL), str(out / "pictures"), "--quick"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    return out / "pictures", res


def test_quick_gallery_exits_cleanly_and_says_what_it_did(quick_gallery):
    out, res = quick_gallery
    assert res.returncode == 0, res.stderr
    assert "Traceback" not in res.stderr
    pngs = sorted(out.glob("*.png"))
    said = re.search(r"(\d+) pictures in ([\d.]+) s", res.stdout)
    assert said, res.stdout
    assert int(said.group(1)) == len(pngs) >= 5


def test_index_lists_every_picture_with_its_caption(quick_gallery):
    out, res = quick_gallery
    assert res.returncode == 0, res.stderr
    index = (out / "index.html").read_text(encoding="utf-8")
    figures = re.findall(r"<figure>.*?</figure>", index, re.S)
    listed = {re.search(r"src='([^']+\.png)'", f).group(1): f for f in figures}
    assert set(listed) == {p.name for p in out.glob("*.png")}
    for name, figure in listed.items():
        assert name in re.sub(r"<[^>]+>", " ", figure)  # the name is shown, not only linked
        w, h = re.search(r"_(\d+)x(\d+)_", name).groups()
        assert f"size {w}×{h}" in figure
        for word in ("view", "theme", "scale", "mode", "language"):
            assert f"{word} " in figure
    groups = re.findall(r"<h2 id='([^']+)'>", index)
    assert len(groups) == len(set(groups)) >= 5  # grouped by view, each view once


def test_each_picture_has_its_named_size_and_is_not_blank(quick_gallery):
    out, res = quick_gallery
    assert res.returncode == 0, res.stderr
    pngs = sorted(out.glob("*.png"))
    assert pngs
    for path in pngs:
        w, h = map(int, re.search(r"_(\d+)x(\d+)_", path.name).groups())
        pixels = _pixels(path)
        assert pixels.shape == (h, w), f"{path.name} is {pixels.shape[1]}×{pixels.shape[0]}"
        colours = len(np.unique(pixels & 0xFFFFFF))
        assert colours > MIN_COLOURS, f"{path.name} has only {colours} colours"


def test_only_selects_pictures_and_a_pattern_that_matches_nothing_is_one_line(tmp_path):
    res = subprocess.run(
        [sys.executable, str(TOOL), str(tmp_path / "none"), "--only", "*no-such-view*"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert res.returncode == 2
    assert res.stderr.strip().count("\n") == 0 and "no picture matches" in res.stderr
    assert not (tmp_path / "none").exists()
