"""The settings file's one owner (actviz.settings): where the file is, reading it whatever is in
its place, and saving only the keys a caller owns, atomically. No window here except where the
window's own save and the language menu are what is tested."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from actviz import fileio, settings

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def settings_file(tmp_path, monkeypatch):
    path = tmp_path / "config" / "state.json"
    monkeypatch.setenv("ACTVIZ_SETTINGS", str(path))
    return path


# ------------------------------------------------------------------ where
@pytest.mark.parametrize("off", ["none", "NONE", "off", "0", ""])
def test_settings_can_be_turned_off(monkeypatch, off):
    monkeypatch.setenv("ACTVIZ_SETTINGS", off)
    assert settings.settings_path() is None
    assert settings.load() == settings.Loaded(None)
    assert settings.merge_save({"function": "elu"}) is None


def test_settings_path_from_the_environment_or_the_config_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("ACTVIZ_SETTINGS", str(tmp_path / "s.json"))
    assert settings.settings_path() == tmp_path / "s.json"
    monkeypatch.delenv("ACTVIZ_SETTINGS")
    assert settings.settings_path() == settings.config_folder() / "state.json"


def test_config_folder_on_each_platform():
    home = Path("/home/ann")
    linux = settings.config_folder("linux", {}, home)
    assert linux == home / ".config" / "ActViz" / "ActViz"
    assert settings.config_folder("linux", {"XDG_CONFIG_HOME": "/xdg"}, home) == Path("/xdg/ActViz/ActViz")
    assert settings.config_folder("linux", {"XDG_CONFIG_HOME": "relative"}, home) == linux  # as Qt: ignored
    assert settings.config_folder("darwin", {}, home) == home / "Library" / "Preferences" / "ActViz" / "ActViz"
    win = settings.config_folder("win32", {"LOCALAPPDATA": "C:/Users/ann/AppData/Local"}, home)
    assert win == Path("C:/Users/ann/AppData/Local/ActViz/ActViz")
    assert settings.config_folder("win32", {}, home) == home / "AppData" / "Local" / "ActViz" / "ActViz"


@pytest.mark.parametrize("xdg", [None, "/tmp/actviz-xdg", "relative/dir"])
def test_config_folder_is_where_earlier_versions_saved(tmp_path, xdg):
    """Earlier versions asked Qt (QStandardPaths) for the folder: the same one is found."""
    code = (
        "from PySide6 import QtCore\n"
        "from actviz import settings\n"
        "app = QtCore.QCoreApplication([])\n"
        "app.setApplicationName('ActViz'); app.setOrganizationName('ActViz')\n"
        "qt = QtCore.QStandardPaths.writableLocation(QtCore.QStandardPaths.StandardLocation.AppConfigLocation)\n"
        "print(qt); print(settings.config_folder())\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "XDG_CONFIG_HOME"}
    env.update(HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    if xdg is not None:
        env["XDG_CONFIG_HOME"] = xdg
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT, timeout=60)
    assert res.returncode == 0, res.stderr
    qt, ours = res.stdout.splitlines()
    assert Path(qt) == Path(ours)


def test_the_settings_module_imports_no_qt():
    code = (
        "import sys, actviz.settings\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'shiboken6')))"
    )
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip() == "[]"


# ------------------------------------------------------------------ reading whatever is there
def test_missing_file_is_no_news(settings_file):
    assert settings.load() == settings.Loaded(settings_file)


def test_good_file_is_read(settings_file):
    settings_file.parent.mkdir()
    settings_file.write_text(json.dumps({"function": "elu", "window": {"language": "fr"}}))
    assert settings.load() == settings.Loaded(settings_file, {"function": "elu", "window": {"language": "fr"}})


def bad_files(tmp_path):
    """What can stand in the settings file's place, and a word its problem must contain."""
    garbage = tmp_path / "garbage.json"
    garbage.write_bytes(bytes(range(256)) * 4)
    truncated = tmp_path / "truncated.json"
    truncated.write_text('{"function": "el')
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000)
    huge = tmp_path / "huge.json"
    huge.write_text(json.dumps({"padding": "x" * 3_000_000}))
    array = tmp_path / "array.json"
    array.write_text("[1, 2]")
    fifo = tmp_path / "fifo.json"
    os.mkfifo(fifo)
    zero = tmp_path / "zero.json"
    zero.symlink_to("/dev/zero")
    folder = tmp_path / "folder.json"
    folder.mkdir()
    return [
        (garbage, "UTF-8"),
        (truncated, "not valid JSON"),
        (deep, "deep"),
        (huge, "MB"),
        (array, "does not hold a JSON object"),
        (fifo, "not a regular file"),
        (zero, "not a regular file"),
        (folder, "folder"),
        (tmp_path / ("n" * 300 + ".json"), "too long"),
    ]


def test_unusable_files_give_one_line_and_no_data(tmp_path):
    for path, word in bad_files(tmp_path):
        loaded = settings.load(path)
        assert loaded.data == {} and loaded.path == path
        assert loaded.problem is not None and loaded.problem.startswith("Ignored saved settings: "), path
        assert word in loaded.problem and "\n" not in loaded.problem and len(loaded.problem) < 600, loaded.problem


def test_saving_over_an_unusable_file_replaces_it_with_what_is_owned(tmp_path):
    for path, _ in bad_files(tmp_path):
        if len(path.name) > 255 or path.is_fifo() or path.is_symlink() or path.is_dir():
            with pytest.raises(OSError) as info:
                settings.merge_save({"function": "tanh"}, path=path)
            assert "\n" not in str(info.value) and str(path) in str(info.value)
            continue
        settings.merge_save({"function": "tanh"}, path=path)
        assert json.loads(path.read_text()) == {"function": "tanh"}
    assert Path("/dev/zero").is_char_device()  # the link was not followed and written through


# ------------------------------------------------------------------ saving only what is owned
def test_merge_save_keeps_what_others_own(settings_file):
    session = {"function": "elu", ("window", "geometry"): [1, 2, 300, 200], ("window", "formulas"): True}
    settings.merge_save(session, what="the session")
    settings.merge_save({("window", "language"): "fr"}, what="the language")
    settings.merge_save({**session, "function": "tanh"}, what="the session")
    saved = json.loads(settings_file.read_text())
    assert saved == {"function": "tanh", "window": {"geometry": [1, 2, 300, 200], "formulas": True, "language": "fr"}}
    assert settings_file.read_text().endswith("}\n")
    settings.merge_save({}, remove=[("window", "language"), "nothing-there", ("nothing", "there")])
    assert json.loads(settings_file.read_text())["window"] == {"geometry": [1, 2, 300, 200], "formulas": True}
    assert sorted(p.name for p in settings_file.parent.iterdir()) == ["state.json"]  # no temporary file left


def test_merge_save_keeps_keys_it_does_not_know(settings_file):
    settings_file.parent.mkdir()
    settings_file.write_text(json.dumps({"a_newer_version": [1], "window": {"newer": {"x": 1}, "geometry": 5}}))
    settings.merge_save({"function": "elu", ("window", "geometry"): [0, 0, 400, 300]})
    assert json.loads(settings_file.read_text()) == {
        "a_newer_version": [1],
        "window": {"newer": {"x": 1}, "geometry": [0, 0, 400, 300]},
        "function": "elu",
    }


def test_a_nested_key_replaces_what_is_not_an_object(settings_file):
    settings_file.parent.mkdir()
    settings_file.write_text(json.dumps({"window": "not an object"}))
    settings.merge_save({("window", "language"): "ko"})
    assert json.loads(settings_file.read_text()) == {"window": {"language": "ko"}}


@pytest.mark.parametrize("key", [(), ("window", 3), 3, None])
def test_a_bad_key_is_refused_before_anything_is_written(settings_file, key):
    with pytest.raises(TypeError, match="a settings key"):
        settings.merge_save({"function": "elu", key: 1})
    with pytest.raises(TypeError, match="a settings key"):
        settings.merge_save({}, remove=[key])
    assert not settings_file.exists()


def test_a_folder_that_cannot_be_made_is_one_line(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("ACTVIZ_SETTINGS", str(blocker / "sub" / "state.json"))
    with pytest.raises(OSError, match=r"^cannot save the language to .*state\.json: ") as info:
        settings.merge_save({("window", "language"): "fr"}, what="the language")
    assert "\n" not in str(info.value)


def test_a_failed_save_leaves_the_previous_file_whole(settings_file, monkeypatch):
    settings.merge_save({"function": "elu"})
    before = settings_file.read_text()

    def refuse(*args, **kwargs):  # a read-only file system
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(fileio.tempfile, "mkstemp", refuse)
    with pytest.raises(OSError, match="Read-only file system"):
        settings.merge_save({"function": "tanh"})
    assert settings_file.read_text() == before


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=4),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=4), children, max_size=3),
    max_leaves=10,
)
NAMES = st.sampled_from(["a", "b", "window", "language"])
KEYS = NAMES | st.tuples(NAMES, NAMES) | st.tuples(NAMES, NAMES, NAMES)


def lookup(data, path):
    for name in path:
        if not isinstance(data, dict) or name not in data:
            return KeyError
        data = data[name]
    return data


@given(
    data=st.dictionaries(st.text(max_size=4) | NAMES, JSON, max_size=5),
    values=st.dictionaries(KEYS, JSON, max_size=3),
    remove=st.lists(KEYS, max_size=3),
)
def test_merged_sets_what_is_given_removes_what_is_asked_and_keeps_the_rest(data, values, remove):
    before = json.dumps(data, sort_keys=True)
    out = settings.merged(data, values, remove)
    assert json.dumps(data, sort_keys=True) == before  # the caller's object is left alone
    paths = {(k,) if isinstance(k, str) else k: v for k, v in values.items()}
    removed = [(k,) if isinstance(k, str) else k for k in remove]

    def related(a, b):  # one is the other or lies inside it
        return a[: len(b)] == b or b[: len(a)] == a

    for path, value in paths.items():
        if not any(related(path, other) for other in paths if other != path):
            assert lookup(out, path) == value
    for path in removed:
        if not any(related(path, other) for other in paths):
            assert lookup(out, path) is KeyError
    touched = {p[0] for p in [*paths, *removed]}
    for name, value in data.items():
        if name not in touched:
            assert out[name] == value


# ------------------------------------------------------------------ the window and the language menu
def test_the_window_saves_its_keys_and_keeps_the_others(qtbot, settings_file, monkeypatch):
    from actviz.state import State
    from actviz.ui import i18n
    from actviz.ui.window import MainWindow

    settings_file.parent.mkdir()
    old = {**State("elu").to_dict(), "newer": 1, "window": {"geometry": [0, 0, 500, 400], "newer": 2, "language": "xx"}}
    settings_file.write_text(json.dumps(old))
    monkeypatch.setattr(i18n, "current", i18n.Selection())  # the bad saved language was not taken
    w = MainWindow()
    qtbot.addWidget(w)
    w.load_settings()
    w.state.set_function("tanh")
    assert w.save_settings() == settings_file
    saved = json.loads(settings_file.read_text())
    assert saved["function"] == "tanh" and saved["newer"] == 1 and saved["window"]["newer"] == 2
    assert "language" not in saved["window"]  # the bad value is dropped by the next session save
    assert set(saved) - {"newer", "window"} == set(State().to_dict())
    monkeypatch.setattr(i18n, "current", i18n.Selection("fr", "fr"))
    w.save_settings()
    assert json.loads(settings_file.read_text())["window"]["language"] == "fr"


def test_the_language_menu_reports_a_failed_save_through_its_callback(qtbot, tmp_path, monkeypatch):
    from actviz.ui import i18n
    from actviz.ui.qt import QtWidgets

    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("ACTVIZ_SETTINGS", str(blocker / "state.json"))
    monkeypatch.setattr(i18n, "current", i18n.Selection())
    said: list[str] = []
    menu = QtWidgets.QMenu()
    qtbot.addWidget(menu)
    sub = i18n.add_language_menu(menu, said.append)
    fr = next(a for a in sub.actions() if a.data() == "fr")
    monkeypatch.setattr(QtWidgets.QMessageBox, "information", lambda *a: pytest.fail("nothing was saved"))
    fr.trigger()
    assert len(said) == 1 and "\n" not in said[0] and str(blocker) in said[0], said
