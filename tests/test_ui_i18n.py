"""Interface languages: the translations are complete and load, a translated window has no
English left in its menus or side panel, CJK text has glyphs, and the choice of language
(command line, View → Language, saved setting, system locale) works and survives a restart."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from actviz import languages
from actviz.cli import UsageError, parse
from actviz.state.model import make_mark
from actviz.ui import i18n
from actviz.ui.qt import QtCore, QtGui, QtWidgets

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "actviz" / "i18n"
TRANSLATED = ("zh_TW", "ko", "fr")

# Texts that are the same in every language: the language names (each is shown in its own
# language), maths and the catalog's own names.
# Texts that read the same in every language: names, symbols, and the marks box's example input.
SAME_EVERYWHERE = {
    *languages.LANGUAGES.values(),
    "x",
    "y",
    "f(x)",
    "f′(x)",
    "f″(x)",
    "y=0.25 σ′ max   x=0   (0, 0.5) σ(0)",
}


def ts_messages(lang: str) -> list[tuple[str, str, str]]:
    """(context, source, translation) of every message in a .ts file."""
    root = ET.parse(I18N / f"actviz_{lang}.ts").getroot()
    return [
        (ctx.findtext("name"), msg.findtext("source"), msg.findtext("translation"))
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    ]


def ts_translation(lang: str, context: str, source: str) -> str:
    return next(t for c, s, t in ts_messages(lang) if (c, s) == (context, source))


def load_update_script():
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "resources" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def english(qapp, monkeypatch):
    """The shared application in English before and after the test, whatever it installs."""
    monkeypatch.setattr(i18n, "system_locale_name", lambda: "en_US")
    i18n.uninstall(qapp)
    yield qapp
    i18n.uninstall(qapp)
    i18n.current = i18n.Selection()


@pytest.fixture
def settings_file(tmp_path, monkeypatch):
    path = tmp_path / "state.json"
    monkeypatch.setenv("ACTVIZ_SETTINGS", str(path))
    return path


def build_window(qtbot):
    from actviz.ui.window import MainWindow

    win = MainWindow()
    win.remember_session = False
    qtbot.addWidget(win)
    return win


def menu_texts(menu_owner, path=()):
    """(path, text) of every menu title and action, submenus included, in menu order."""
    out = []
    for k, act in enumerate(menu_owner.actions()):
        if act.isSeparator():
            continue
        here = (*path, k)
        out.append((here, act.text()))
        if act.menu() is not None:
            out += menu_texts(act.menu(), here)
    return out


def panel_texts(win):
    """Titles, labels, button texts and tooltips of the side panel and the view tabs."""
    from actviz.ui.controls import ParamControl

    out = []
    for w in win.side_scroll.widget().findChildren(QtWidgets.QWidget):
        if isinstance(w.parent(), ParamControl) and isinstance(w, QtWidgets.QLabel):
            continue  # a parameter's symbol and name come from the catalog
        if isinstance(w, QtWidgets.QGroupBox):
            out.append(w.title())
        elif isinstance(w, QtWidgets.QAbstractButton | QtWidgets.QLabel):
            text = w.text()
            if isinstance(w, QtWidgets.QLabel) and "<" in text:
                text = QtGui.QTextDocumentFragment.fromHtml(text).toPlainText()
            out.append(text)
        if isinstance(w, QtWidgets.QLineEdit):
            out.append(w.placeholderText())
        out.append(w.toolTip().split("\n")[-1])  # a parameter's tooltip starts with catalog text
    for i in range(win.tabs.count()):
        out += [win.tabs.tabText(i), win.tabs.tabToolTip(i)]
    return out


def has_words(text: str) -> bool:
    return bool(re.search(r"[A-Za-z]{2,}", text.replace("&", "")))


# --------------------------------------------------------------------------- the files
@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_compiled_translation_loads_and_matches_its_source(lang):
    data = i18n.qm_bytes(lang)
    assert data is not None, f"actviz/i18n/actviz_{lang}.qm is missing"
    translator = QtCore.QTranslator()
    assert translator.load(data)
    messages = ts_messages(lang)
    assert len(messages) > 150
    for context, source, translation in messages:
        assert translation, f"{lang}: [{context}] {source!r} has no translation"
        assert translator.translate(context, source) == translation, (context, source)


def test_sources_ts_and_qm_agree_and_nothing_is_unfinished():
    """What resources/update_translations.py --check says: every marked text of the sources
    is in each .ts, translated, and each .qm is what lrelease makes of its .ts."""
    assert load_update_script().check() == []


def test_the_check_finds_an_unfinished_message_and_a_stale_qm(tmp_path):
    import shutil

    module = load_update_script()
    copy = tmp_path / "src"
    shutil.copytree(ROOT / "actviz", copy / "actviz", ignore=shutil.ignore_patterns("__pycache__"))
    ts = copy / "actviz" / "i18n" / "actviz_ko.ts"
    text = ts.read_text(encoding="utf-8")
    ts.write_text(
        text.replace("<translation>파일(&amp;F)</translation>", '<translation type="unfinished"></translation>')
    )
    problems = module.check(copy)
    assert "ko: unfinished: [MainWindow] '&File'" in problems
    assert any("actviz_ko.qm does not match" in p for p in problems)
    assert not any("zh_TW" in p or "_fr" in p for p in problems)


def test_the_check_finds_a_text_gone_from_the_sources(tmp_path):
    import shutil

    module = load_update_script()
    copy = tmp_path / "src"
    shutil.copytree(ROOT / "actviz", copy / "actviz", ignore=shutil.ignore_patterns("__pycache__"))
    controls = copy / "actviz" / "ui" / "controls.py"
    controls.write_text(controls.read_text(encoding="utf-8").replace('self.tr("Clear all")', '"Clear all"'))
    problems = module.check(copy)
    assert sorted(problems) == sorted(
        f"actviz/i18n/actviz_{lang}.ts is not up to date with the sources: run this script" for lang in TRANSLATED
    )


# --------------------------------------------------------------------------- the window
@pytest.mark.parametrize("lang", TRANSLATED)
def test_translated_window_has_no_english_left_in_menus_and_side_panel(english, qtbot, lang):
    en = build_window(qtbot)
    en_menus, en_panel = menu_texts(en.menuBar()), panel_texts(en)
    assert "&File" in dict(en_menus).values()
    assert i18n.install(english, lang).language == lang
    win = build_window(qtbot)
    menus, panel = menu_texts(win.menuBar()), panel_texts(win)
    assert [p for p, _ in menus] == [p for p, _ in en_menus]
    left = [t for (_, t), (_, e) in zip(menus, en_menus) if t == e and has_words(e) and e not in SAME_EVERYWHERE]
    assert not left, f"{lang}: untranslated menu texts: {left}"
    assert len(panel) == len(en_panel)
    left = [t for t, e in zip(panel, en_panel) if t == e and has_words(e) and e not in SAME_EVERYWHERE]
    assert not left, f"{lang}: untranslated side-panel texts: {left}"
    # The lesson and depth-preset titles come from the Qt-free state and are translated at use.
    lessons = win.findChild(QtGui.QAction, "lesson.relu_dead_gradient")
    assert lessons.text() == ts_translation(lang, "Lessons", "1. ReLU vs Leaky ReLU: the dead gradient")


@pytest.mark.parametrize("lang", TRANSLATED)
def test_a_lesson_s_caption_and_mark_labels_are_in_the_interface_language(english, qtbot, lang):
    """The lessons store their texts in English; the room reads them in its own language. A
    mark a lecturer typed is drawn as typed."""
    assert i18n.install(english, lang).language == lang
    win = build_window(qtbot)

    def drawn_labels():
        return {text for _kind, _value, text in win.plot_view.marks.drawn(win.plot_view.panels[0].pi)}

    win.open_lesson("relu_dead_gradient")
    assert win.plot_view.caption.text() == ts_translation(
        lang, "Lessons", "ReLU's gradient is exactly 0 for x < 0: those units stop learning"
    )
    assert drawn_labels() == {ts_translation(lang, "Lessons", "ReLU′ = 0 to the left")} != {"ReLU′ = 0 to the left"}
    win.open_lesson("sigmoid_tanh_saturation")
    labels = {text for _k, _v, text in win.plot_view.marks.drawn(win.plot_view.plot.getPlotItem())}
    assert labels == {ts_translation(lang, "Lessons", t) for t in ("σ′ max", "tanh′ max")}
    win.state.set_marks([make_mark("h", 0.5, "to the left")])
    typed = {text for _k, _v, text in win.plot_view.marks.drawn(win.plot_view.plot.getPlotItem())}
    assert typed == {"to the left"}


@pytest.mark.parametrize("lang", ["zh_TW", "ko"])
def test_cjk_text_of_the_window_has_glyphs(english, qtbot, lang):
    i18n.install(english, lang)
    win = build_window(qtbot)
    texts = [t for _, t in menu_texts(win.menuBar())] + panel_texts(win)
    assert any(re.search(r"[\u3400-\u9fff\uac00-\ud7af]", t) for t in texts)
    assert i18n.missing_glyphs(texts) == []


GLYPH_PROBE = """
import sys
from actviz.ui.qt import QtWidgets
app = QtWidgets.QApplication([])
from actviz.ui import i18n
from actviz.ui.window import MainWindow
for lang in sys.argv[1:]:
    i18n.install(app, lang)
    win = MainWindow()
    win.remember_session = False
    texts = [a.text() for m in win.menuBar().actions() for a in [m, *m.menu().actions()]]
    print(lang, "".join(i18n.missing_glyphs(texts)))
    win.close()
    win.deleteLater()
"""


def run_glyph_probe(langs: list[str], fontconfig: Path) -> dict[str, str]:
    """The characters without a glyph in each language's menus, in one process whose
    fontconfig is ``fontconfig``."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ACTVIZ_SETTINGS="none", PYTHONPATH=str(ROOT))
    env["FONTCONFIG_FILE"] = str(fontconfig)
    res = subprocess.run(
        [sys.executable, "-c", GLYPH_PROBE, *langs], capture_output=True, text=True, timeout=120, env=env, cwd=ROOT
    )
    assert res.returncode == 0, res.stderr
    lines = [line.split(" ", 1) for line in res.stdout.splitlines() if line.strip()]
    return {parts[0]: (parts[1] if len(parts) > 1 else "") for parts in lines}


def test_the_glyph_check_finds_boxes_when_no_cjk_font_is_installed(tmp_path):
    """The same check in a process whose fontconfig sees only DejaVu (no CJK): it must report
    the Chinese and Korean characters, and nothing for French. (With the fonts this machine
    has, test_cjk_text_of_the_window_has_glyphs finds none missing.)"""
    dejavu = next((d for d in ("/usr/share/fonts/truetype/dejavu",) if Path(d).is_dir()), None)
    if dejavu is None:
        pytest.skip("no DejaVu fonts here to build a font set without CJK")
    conf = tmp_path / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        f"<dir>{dejavu}</dir><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>"
    )
    missing = run_glyph_probe(["zh_TW", "ko", "fr"], conf)
    assert set(missing) == {"zh_TW", "ko", "fr"}, missing
    assert "檔" in missing["zh_TW"]
    assert "파" in missing["ko"]
    assert missing["fr"] == ""


def test_translated_screenshot_from_the_command_line(app_in, tmp_path):
    """``--language zh_TW --screenshot``: the picture is taken, and its menu bar differs from
    the English one (the titles are drawn in Chinese)."""
    shots = {}
    for lang in ("en", "zh_TW"):
        out = tmp_path / f"{lang}.png"
        res = app_in("--language", lang, "--screenshot", str(out), "--size", "1280x800")
        assert res.returncode == 0, res.stderr
        assert res.stderr == ""
        img = QtGui.QImage(str(out))
        shots[lang] = img.copy(0, 0, 400, 20)  # the menu bar's titles
    assert shots["en"] != shots["zh_TW"]


# --------------------------------------------------------------------------- choosing
@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("zh_TW", "zh_TW"),
        ("zh_HK", "zh_TW"),
        ("zh_Hant_MO", "zh_TW"),
        ("zh-Hant-TW", "zh_TW"),
        ("zh_CN", "en"),
        ("ko_KR", "ko"),
        ("ko_KR.UTF-8", "ko"),
        ("fr_CA", "fr"),
        ("fr_FR@euro", "fr"),
        ("de_DE", "en"),
        ("C", "en"),
    ],
)
def test_system_locale_picks_the_language(name, code):
    assert languages.from_locale_name(name) == code


def test_system_locale_is_used_when_nothing_is_saved(english, monkeypatch):
    monkeypatch.setattr(i18n, "system_locale_name", lambda: "ko_KR")
    chosen = i18n.install(english)
    assert (chosen.language, chosen.choice, chosen.problem) == ("ko", None, None)
    assert QtCore.QCoreApplication.translate("MainWindow", "&File") == ts_translation("ko", "MainWindow", "&File")
    i18n.uninstall(english)
    assert QtCore.QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_language_option_is_checked_before_qt_starts():
    assert parse(["--language", "zh-tw"]).language == "zh_TW"
    assert parse(["--language", "FR"]).language == "fr"
    assert parse([]).language is None
    with pytest.raises(UsageError, match=r"--language must be one of en, zh_TW, ko, fr, got 'de'"):
        parse(["--language", "de"])


def test_bad_language_option_exits_2_with_one_line(app_in):
    res = app_in("--language", "klingon")  # refused before Qt starts: no window is opened
    assert res.returncode == 2
    assert res.stderr.count("\n") == 1
    assert "--language must be one of" in res.stderr


def test_menu_choice_is_saved_said_in_the_new_language_and_used_at_the_next_start(
    english, qtbot, settings_file, monkeypatch
):
    settings_file.write_text(json.dumps({"function": "tanh", "window": {"formulas": False}}))
    said = []
    monkeypatch.setattr(QtWidgets.QMessageBox, "information", lambda _parent, title, text: said.append((title, text)))
    win = build_window(qtbot)
    group = win.language_menu.actions()
    assert [a.text() for a in group] == ["System default", "English", "繁體中文", "한국어", "Français"]
    assert win.findChild(QtGui.QAction, "language.system").isChecked()
    win.findChild(QtGui.QAction, "language.fr").trigger()
    saved = json.loads(settings_file.read_text())
    assert saved["window"] == {"formulas": False, "language": "fr"}  # the rest of the file is kept
    assert saved["function"] == "tanh"
    message = ts_translation("fr", "Language", "The interface will be in {language} the next time ActViz starts.")
    assert said == [(ts_translation("fr", "Language", "Language"), message.format(language="Français"))]
    assert win.findChild(QtGui.QAction, "language.fr").isChecked()
    assert not win.findChild(QtGui.QAction, "language.system").isChecked()
    # The session saved on closing keeps the choice.
    win.save_settings()
    assert json.loads(settings_file.read_text())["window"]["language"] == "fr"
    # The next start: the saved language, its menu item checked.
    i18n.current = i18n.Selection()
    assert i18n.install(english).language == "fr"
    again = build_window(qtbot)
    assert again.findChild(QtGui.QAction, "language.fr").isChecked()
    assert again.menuBar().actions()[0].text() == ts_translation("fr", "MainWindow", "&File")
    # --language wins over the saved choice, and does not change it.
    assert i18n.install(english, "ko").language == "ko"
    assert json.loads(settings_file.read_text())["window"]["language"] == "fr"
    # Back to the system's language: saved as such, said in English here (the system's).
    win.findChild(QtGui.QAction, "language.system").trigger()
    assert json.loads(settings_file.read_text())["window"]["language"] == "system"
    assert said[-1] == ("Language", "The interface will be in English the next time ActViz starts.")


def test_choosing_the_language_in_effect_says_nothing(english, qtbot, settings_file, monkeypatch):
    said = []
    monkeypatch.setattr(QtWidgets.QMessageBox, "information", lambda *args: said.append(args))
    win = build_window(qtbot)
    win.findChild(QtGui.QAction, "language.en").trigger()
    assert json.loads(settings_file.read_text())["window"]["language"] == "en"
    assert said == []


@pytest.mark.parametrize("bad", ["klingon", 42, None, ["fr"]])
def test_bad_saved_language_is_reported_in_one_line_and_the_system_language_used(
    english, settings_file, monkeypatch, bad
):
    monkeypatch.setattr(i18n, "system_locale_name", lambda: "fr_FR")
    settings_file.write_text(json.dumps({"window": {"language": bad}}))
    chosen = i18n.install(english)
    assert chosen.language == "fr"
    assert chosen.choice is None
    assert "\n" not in chosen.problem
    assert repr(bad) in chosen.problem
    assert str(settings_file) in chosen.problem
    # Nothing saved to replace it: the session saved on closing drops the bad value.
    assert i18n.settings_entry() == {}


def test_bad_saved_language_at_start_gives_one_warning_line(app_in, monkeypatch, tmp_path):
    settings = tmp_path / "state.json"
    settings.write_text(json.dumps({"window": {"language": "xx"}}))
    monkeypatch.setattr(i18n, "system_locale_name", lambda: "C")  # as LANG=C: English
    res = app_in("--screenshot", str(tmp_path / "s.png"), env={"ACTVIZ_SETTINGS": str(settings)})
    assert res.returncode == 0, res.stderr
    lines = res.stderr.splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("actviz: warning: Ignored the saved interface language")
    assert "'xx'" in lines[0]
    assert (tmp_path / "s.png").is_file()
