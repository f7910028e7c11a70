"""The fonts the app bundle carries (resources/make_fonts.py, actviz/ui/fonts.py): the CJK subset
has every character of the Chinese and Korean translations, the app registers the bundled fonts
at start, and with them a machine without CJK fonts draws the zh_TW and ko interfaces without
missing-glyph boxes."""

from __future__ import annotations

import importlib.util
import json
import logging
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from actviz import languages

pytest.importorskip("fontTools")
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "actviz" / "i18n"
CJK_LANGUAGES = ("zh_TW", "ko")
DEJAVU_DIR = Path("/usr/share/fonts/truetype/dejavu")


def load_make_fonts():
    spec = importlib.util.spec_from_file_location("make_fonts", ROOT / "resources" / "make_fonts.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def make_fonts():
    return load_make_fonts()


@pytest.fixture(scope="module")
def bundle_fonts(make_fonts, tmp_path_factory):
    """The bundle's fonts/ folder as the build writes it."""
    out = tmp_path_factory.mktemp("fonts")
    make_fonts.make_fonts(out)
    return out


def translated_characters(lang: str) -> set[str]:
    """Every character of the translations in actviz_<lang>.ts, numerus forms included."""
    root = ET.parse(I18N / f"actviz_{lang}.ts").getroot()
    text = "".join("".join(node.itertext()) for node in root.iter("translation"))
    return {ch for ch in text if not ch.isspace()}


def cmap(path: Path) -> dict[int, str]:
    with TTFont(str(path)) as font:
        return font.getBestCmap()


@pytest.mark.parametrize("lang", CJK_LANGUAGES)
def test_the_subset_has_every_character_of_the_translation(bundle_fonts, make_fonts, lang):
    """The real guarantee for a machine without CJK fonts: each character that the interface
    shows in this language is in the subset itself (the language names of the menu too)."""
    chars = translated_characters(lang) | set("".join(languages.LANGUAGES.values()))
    assert len(chars) > 300
    have = cmap(bundle_fonts / make_fonts.CJK_FILE)
    missing = sorted(ch for ch in chars if ord(ch) not in have)
    assert missing == [], f"{lang}: the CJK subset lacks {''.join(missing)!r}"


def test_the_subset_is_small_renamed_and_carries_its_licence(bundle_fonts, make_fonts):
    subset = bundle_fonts / make_fonts.CJK_FILE
    assert 50_000 < subset.stat().st_size < 400_000  # the full .ttc is 5.2 MB
    with TTFont(str(subset)) as font:
        assert font["name"].getDebugName(1) == "WenQuanYi Micro Hei Subset"
        assert "modified" in font["name"].getDebugName(10)
    licence = (bundle_fonts / "WenQuanYiMicroHeiSubset.LICENSE.txt").read_text(encoding="utf-8")
    assert "Changes made" in licence and "Apache License" in licence and "TERMS AND CONDITIONS" in licence
    assert (bundle_fonts / "DejaVuSans.ttf").stat().st_size > 500_000
    assert "Bitstream" in (bundle_fonts / "DejaVuSans.LICENSE.txt").read_text(encoding="utf-8")


def test_the_subset_is_the_same_on_every_build(bundle_fonts, make_fonts, tmp_path):
    make_fonts.make_fonts(tmp_path, dejavu=False)
    assert (tmp_path / make_fonts.CJK_FILE).read_bytes() == (bundle_fonts / make_fonts.CJK_FILE).read_bytes()


def test_a_translation_the_source_font_cannot_cover_stops_the_build(make_fonts, tmp_path):
    """A source without a character a translation needs: the build stops and names it."""
    source = tmp_path / "source.ttf"
    text = make_fonts.needed_characters().replace("檔", "")
    make_fonts._subset(make_fonts.CJK_SOURCE, text, source)
    with pytest.raises(SystemExit, match="檔"):
        make_fonts.make_fonts(tmp_path / "out", dejavu=False, source=source)


# A process whose fontconfig sees DejaVu only (a machine without CJK fonts); it registers the
# bundled fonts as the app does at start, builds the window in a language and prints what it
# registered and the characters drawn as boxes in the menus and the side panel.
PROBE = """
import json, sys
from actviz.ui.qt import QtGui, QtWidgets
app = QtWidgets.QApplication([])
from actviz.ui import fonts, i18n
families = fonts.register_bundled_fonts()
i18n.install(app, sys.argv[1])
from actviz.ui.window import MainWindow
win = MainWindow()
texts = [a.text() for m in win.menuBar().actions() for a in [m, *m.menu().actions()]]
for w in win.findChildren(QtWidgets.QWidget):
    if isinstance(w, (QtWidgets.QAbstractButton, QtWidgets.QLabel)):
        texts.append(w.text())
    elif isinstance(w, QtWidgets.QGroupBox):
        texts.append(w.title())
    elif isinstance(w, QtWidgets.QTabBar):
        texts += [w.tabText(i) for i in range(w.count())]
print(json.dumps({
    "families": families,
    "substitutes": QtGui.QFont.substitutes(app.font().family()),
    "system_cjk": all(
        set(QtGui.QFontDatabase.families(ws)) - set(families)
        for ws in (QtGui.QFontDatabase.WritingSystem.TraditionalChinese, QtGui.QFontDatabase.WritingSystem.Korean)
    ),
    "cjk": sum(1 for t in texts for ch in t if ord(ch) >= 0x3400),
    "missing": "".join(i18n.missing_glyphs(texts)),
}))
"""


def no_cjk_fontconfig(tmp_path: Path) -> Path:
    if not (DEJAVU_DIR / "DejaVuSans.ttf").is_file():
        pytest.skip("no DejaVu fonts here to build a font set without CJK")
    conf = tmp_path / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        f"<dir>{DEJAVU_DIR}</dir><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>"
    )
    return conf


def run_probe(lang: str, conf: Path | None, fonts_dir: Path | None) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ACTVIZ_SETTINGS="none", PYTHONPATH=str(ROOT))
    env.pop("ACTVIZ_FONTS_DIR", None)
    if conf is not None:
        env["FONTCONFIG_FILE"] = str(conf)
    if fonts_dir is not None:
        env["ACTVIZ_FONTS_DIR"] = str(fonts_dir)
    res = subprocess.run(
        [sys.executable, "-c", PROBE, lang], capture_output=True, text=True, timeout=120, env=env, cwd=ROOT
    )
    assert res.returncode == 0, res.stderr
    return json.loads(res.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("lang", CJK_LANGUAGES)
def test_with_the_bundled_fonts_a_machine_without_cjk_fonts_draws_no_boxes(bundle_fonts, tmp_path, lang):
    conf = no_cjk_fontconfig(tmp_path)
    got = run_probe(lang, conf, bundle_fonts)
    assert set(got["families"]) == {"DejaVu Sans", "WenQuanYi Micro Hei Subset"}
    # On Windows and macOS the fallback to the subset goes through the substitution list.
    assert "wenquanyi micro hei subset" in [name.lower() for name in got["substitutes"]]
    assert got["cjk"] > 50
    assert got["missing"] == ""


def test_where_the_system_has_cjk_fonts_qt_keeps_using_them(bundle_fonts):
    """Windows and macOS always have CJK fonts: there the bundle draws with them, as a run from
    source does (the frozen tests compare the two renders), and the subset is no substitute."""
    if not run_probe("zh_TW", None, None)["system_cjk"]:
        pytest.skip("this machine has no CJK font of its own")
    got = run_probe("zh_TW", None, bundle_fonts)
    assert "WenQuanYi Micro Hei Subset" in got["families"]
    assert got["substitutes"] == []
    assert got["missing"] == ""


def test_without_the_bundled_fonts_the_same_machine_draws_boxes(tmp_path):
    """The check above can fail: without the fonts folder the same process finds boxes."""
    got = run_probe("zh_TW", no_cjk_fontconfig(tmp_path), None)
    assert got["families"] == []
    assert "檔" in got["missing"]


def test_the_app_registers_the_bundled_fonts_at_start(bundle_fonts, tmp_path):
    """`actviz` itself (not only the probe) registers the folder: a zh_TW screenshot on the
    machine without CJK fonts has glyphs in its menu bar, where without the folder it has boxes."""
    conf = no_cjk_fontconfig(tmp_path)
    code = (
        "import sys\n"
        "from actviz.ui import fonts\n"
        "real = fonts.register_bundled_fonts\n"
        "def spy(*a, **k):\n"
        "    got = real(*a, **k)\n"
        "    print('registered', sorted(got), flush=True)\n"
        "    return got\n"
        "fonts.register_bundled_fonts = spy\n"
        "from actviz.__main__ import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    env = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", ACTVIZ_SETTINGS="none", PYTHONPATH=str(ROOT), FONTCONFIG_FILE=str(conf)
    )
    env["ACTVIZ_FONTS_DIR"] = str(bundle_fonts)
    out = tmp_path / "zh.png"
    res = subprocess.run(
        [sys.executable, "-c", code, "--language", "zh_TW", "--size", "800x600", "--screenshot", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=ROOT,
    )
    assert res.returncode == 0, res.stderr
    assert "registered ['DejaVu Sans', 'WenQuanYi Micro Hei Subset']" in res.stdout
    assert out.is_file()


def test_the_fonts_folder_is_the_bundles_when_frozen_or_the_environments(monkeypatch, tmp_path):
    from actviz.ui import fonts

    monkeypatch.delenv("ACTVIZ_FONTS_DIR", raising=False)
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert fonts.fonts_dir() is None  # a source run: the system's fonts only
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert fonts.fonts_dir() == tmp_path / "fonts"
    monkeypatch.setenv("ACTVIZ_FONTS_DIR", str(tmp_path / "elsewhere"))
    assert fonts.fonts_dir() == tmp_path / "elsewhere"


def test_a_font_qt_cannot_read_is_named_in_one_warning_and_the_rest_goes_on(qapp, tmp_path, caplog):
    from actviz.ui import fonts

    (tmp_path / "broken.ttf").write_bytes(b"not a font")
    (tmp_path / "readme.txt").write_text("not a font either")
    with caplog.at_level(logging.WARNING, logger="actviz"):
        assert fonts.register_bundled_fonts(tmp_path) == []
    assert [r.getMessage() for r in caplog.records] == [
        f"actviz: warning: could not load the font {tmp_path / 'broken.ttf'}"
    ]
    assert fonts.register_bundled_fonts(tmp_path / "absent") == []
