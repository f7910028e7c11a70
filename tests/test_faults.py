"""What a user's machine can do to ActViz's files: a full disk, a kill in the middle of a write, a
read-only folder, and a settings file that is corrupt, huge, endless or not a file at all.

The promise under test: a write either leaves the complete new file or the previous one, and
says so in one line when it fails; a bad settings file is reported and the defaults are used,
and start-up never blocks on it.
"""

import contextlib
import errno
import json
import os
import random
import resource
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from actviz import fileio
from actviz.state import State
from actviz.ui import MainWindow
from actviz.ui.qt import QtWidgets

ROOT = Path(__file__).resolve().parents[1]
PNG_END = b"IEND\xaeB`\x82"


# ---------------------------------------------------------------------------------- helpers
def _mount(*args: str) -> bool:
    if os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    res = subprocess.run(["mount", *args], capture_output=True, timeout=20)
    return res.returncode == 0


def _umount(where: Path) -> None:
    if subprocess.run(["umount", str(where)], capture_output=True, timeout=20).returncode != 0:
        subprocess.run(["umount", "-l", str(where)], capture_output=True, timeout=20)


@contextlib.contextmanager
def tiny_tmpfs(where: Path, size: str = "64k"):
    """A real small file system, if this machine lets the tests mount one; else None."""
    where.mkdir(exist_ok=True)
    if not _mount("-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(where)):
        yield None
        return
    try:
        yield where
    finally:
        _umount(where)


def fill_up(folder: Path) -> None:
    """Use up every free byte of the file system that holds ``folder``."""
    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT, 0o644)
    try:
        for size in (65536, 4096, 1):
            while True:
                try:
                    os.write(fd, b"\0" * size)
                except OSError as e:
                    assert e.errno == errno.ENOSPC
                    break
    finally:
        os.close(fd)


@pytest.fixture(params=["tmpfs", "simulated"])
def full_disk(request, tmp_path, monkeypatch):
    """A folder whose file system is full. ``tmpfs``: a real 64 KB tmpfs, filled up (skipped
    where mounting is not allowed); ``simulated``: writes below that folder fail with ENOSPC
    after the first 4 KB, as a disk that fills up during the write."""
    if request.param == "tmpfs":
        with tiny_tmpfs(tmp_path / "disk") as disk:
            if disk is None:
                pytest.skip("mounting a tmpfs is not allowed here; the simulated case covers it")
            (disk / "old").write_bytes(b"the previous good file")
            fill_up(disk)
            yield disk
        return
    disk = tmp_path / "disk"
    disk.mkdir()
    (disk / "old").write_bytes(b"the previous good file")
    real_write = os.write
    written: dict[int, int] = {}

    def write(fd, data):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            target = ""
        if not target.startswith(str(disk)):
            return real_write(fd, data)
        room = 4096 - written.get(fd, 0)
        if room <= 0:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        n = real_write(fd, bytes(data[:room]))
        written[fd] = written.get(fd, 0) + n
        return n

    monkeypatch.setattr(os, "write", write)
    yield disk


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name not in ("old", "filler"))


@pytest.fixture
def win(open_window):
    return open_window(1280, 800)


def one_line(text: str) -> str:
    lines = text.strip().splitlines()
    assert len(lines) == 1, text
    assert "Traceback" not in text
    return lines[0]


# ---------------------------------------------------------------------------------- atomic writes
def test_atomic_write_replaces_the_file_and_keeps_its_permissions(tmp_path):
    target = tmp_path / "a.txt"
    target.write_text("old")
    target.chmod(0o640)
    fileio.atomic_write_text(target, "new content")
    assert target.read_text() == "new content"
    assert target.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]
    fresh = tmp_path / "b.bin"
    fileio.atomic_write_bytes(fresh, b"\x00\x01")
    umask = os.umask(0)
    os.umask(umask)
    assert fresh.read_bytes() == b"\x00\x01" and fresh.stat().st_mode & 0o777 == 0o666 & ~umask


def test_atomic_write_follows_a_symlink_instead_of_replacing_it(tmp_path):
    real = tmp_path / "real.json"
    real.write_text("{}")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    fileio.atomic_write_text(link, '{"a": 1}')
    assert link.is_symlink() and real.read_text() == '{"a": 1}'


@pytest.mark.parametrize("kind", ["bytes", "text"])
def test_full_disk_keeps_the_old_file_and_says_so(full_disk, kind):
    target = full_disk / "old"
    with pytest.raises(OSError) as info:
        if kind == "bytes":
            fileio.atomic_write_bytes(target, b"x" * 200_000)
        else:
            fileio.atomic_write_text(target, "y" * 200_000)
    message = one_line(str(info.value))
    assert "No space left on device" in message and str(target) in message
    assert target.read_bytes() == b"the previous good file"
    assert leftovers(full_disk) == []


@pytest.mark.parametrize("target", ["/dev/full", "/dev/null"])
def test_device_files_are_refused_and_left_alone(target):
    before = os.stat(target)
    with pytest.raises(OSError, match="not a regular file"):
        fileio.atomic_write_bytes(target, b"data")
    after = os.stat(target)
    assert (after.st_mode, after.st_rdev) == (before.st_mode, before.st_rdev)


def test_a_read_only_file_is_not_replaced(tmp_path, monkeypatch):
    target = tmp_path / "kept.csv"
    target.write_text("old")
    target.chmod(0o444)
    if os.access(target, os.W_OK):  # root may write anything: act as a user who may not
        real_access = os.access
        monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if Path(p) == target else real_access(p, mode))
    with pytest.raises(OSError, match="read-only"):
        fileio.atomic_write_text(target, "new")
    assert target.read_text() == "old"
    with pytest.raises(OSError, match="read-only"):
        fileio.check_writable(target)


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(OSError, match="is a folder"):
        fileio.atomic_write_bytes(tmp_path, b"data")


@pytest.mark.parametrize("kind", ["png", "svg", "csv"])
def test_export_to_a_full_disk_fails_visibly_and_keeps_the_old_file(win, full_disk, kind, monkeypatch):
    target = full_disk / f"old.{kind}"
    os.replace(full_disk / "old", target)
    export = win.export_data if kind == "csv" else win.export_figure
    with pytest.raises(OSError) as info:
        export(target)
    assert "No space left on device" in one_line(str(info.value))
    assert target.read_bytes() == b"the previous good file"
    assert leftovers(full_disk) == [target.name]
    # Through the menu: a message, never "Saved".
    monkeypatch.setattr(QtWidgets.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    (win._export_data_dialog if kind == "csv" else win._export_figure_dialog)()
    assert "Could not export" in win.messages[-1] and "No space left" in win.messages[-1]
    assert "Saved" not in win.status.currentMessage()
    assert target.read_bytes() == b"the previous good file"


def test_exports_are_complete_files(win, tmp_path):
    png = win.export_figure(tmp_path / "f.png").read_bytes()
    assert png.startswith(b"\x89PNG") and png.endswith(PNG_END)
    svg = win.export_figure(tmp_path / "f.svg").read_bytes()
    assert svg.lstrip().startswith(b"<?xml") and svg.rstrip().endswith(b"</svg>")
    csv = win.export_data(tmp_path / "d.csv").read_text()
    assert csv.endswith("\n") and csv.splitlines()[-1].split(",")[0] == "5.0"


# ---------------------------------------------------------------------------------- kills
# The child exports all three files once (the previous good files), then exports one of them
# again and is killed by its own hand at a chosen moment of that write: half-way through the
# temporary file's bytes, or with the temporary file complete just before it replaces the old one.
# The moments are where a torn file could appear; choosing them makes every run the same.
EXPORT_AND_DIE = r"""
import os, signal, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6 import QtWidgets
app = QtWidgets.QApplication([])
from actviz.ui import MainWindow
win = MainWindow()
win.resize(800, 600)
folder, kind, moment, sig = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
path = {k: os.path.join(folder, "out." + k) for k in ("png", "svg", "csv")}
win.export_figure(path["png"]); win.export_figure(path["svg"]); win.export_data(path["csv"])
print("ready", flush=True)
win.state.set_param("negative_slope", 0.5)  # the new file differs from the old one
real_write, real_replace = os.write, os.replace

def die():
    os.kill(os.getpid(), sig)
    raise SystemExit("still alive after the signal")

def write(fd, data):
    if moment == "mid-write":
        real_write(fd, bytes(data)[: max(1, len(data) // 2)])
        die()
    return real_write(fd, data)

def replace(src, dst, *args, **kwargs):
    if moment == "before-replace" and os.path.basename(str(dst)) == "out." + kind:
        die()
    return real_replace(src, dst, *args, **kwargs)

os.write, os.replace = write, replace
if kind == "csv":
    win.export_data(path["csv"], n=20001)
else:
    win.export_figure(path[kind])
print("not killed", flush=True)
"""


def check_complete(folder: Path) -> None:
    png = (folder / "out.png").read_bytes()
    assert png.startswith(b"\x89PNG") and png.endswith(PNG_END), f"PNG of {len(png)} bytes is cut short"
    svg = (folder / "out.svg").read_bytes()
    assert svg.rstrip().endswith(b"</svg>"), f"SVG of {len(svg)} bytes is cut short"
    text = (folder / "out.csv").read_text()
    rows = text.splitlines()[1:]  # after the header row
    assert text.endswith("\n") and len(rows) >= 1001, f"CSV of {len(rows)} rows is cut short"
    values = np.array([[float(v) for v in row.split(",")] for row in rows])
    assert values.shape[1] == 4 and values[-1, 0] == 5.0


@pytest.mark.parametrize(
    ("sig", "kind", "moment"),
    [
        (signal.SIGKILL, "png", "mid-write"),
        (signal.SIGKILL, "csv", "before-replace"),
        (signal.SIGTERM, "svg", "mid-write"),
    ],
)
def test_a_kill_during_export_leaves_the_old_file_never_a_torn_one(tmp_path, sig, kind, moment):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ACTVIZ_SETTINGS="none")
    child = subprocess.Popen(
        [sys.executable, "-c", EXPORT_AND_DIE, str(tmp_path), kind, moment, str(int(sig))],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    try:
        assert child.stdout.readline().strip() == "ready", child.stderr.read()
        check_complete(tmp_path)
        old = (tmp_path / f"out.{kind}").read_bytes()
        out, err = child.communicate(timeout=60)
    finally:
        child.kill()
        child.wait(timeout=30)
    assert child.returncode == -sig, (child.returncode, out, err)  # died by the signal, at that moment
    check_complete(tmp_path)
    assert (tmp_path / f"out.{kind}").read_bytes() == old  # the old file, whole


# ---------------------------------------------------------------------------------- read-only settings folder
@pytest.fixture
def readonly_settings(tmp_path, monkeypatch):
    """A settings file with a good previous session in a folder that refuses new files."""
    folder = tmp_path / "config"
    folder.mkdir()
    good = json.dumps(State("elu").to_dict())
    path = folder / "state.json"
    monkeypatch.setenv("ACTVIZ_SETTINGS", str(path))
    if _mount("-t", "tmpfs", "-o", "size=64k", "tmpfs", str(folder)):
        try:
            path.write_text(good)
            assert _mount("-o", "remount,ro", str(folder))
            yield path, good
        finally:
            _umount(folder)
        return
    path.write_text(good)
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            yield path, good
        finally:
            folder.chmod(0o755)
        return

    def refuse(*args, **kwargs):  # root ignores permission bits: simulate the read-only file system
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr(fileio.tempfile, "mkstemp", refuse)
    yield path, good


def test_settings_that_cannot_be_saved_are_reported_not_swallowed(qtbot, readonly_settings, caplog):
    path, good = readonly_settings
    w = MainWindow()
    qtbot.addWidget(w)
    w.state.set_function("tanh")
    w.close()  # must not raise, must not block
    errors = [r.getMessage() for r in caplog.records if r.levelname == "ERROR"]
    assert len(errors) == 1 and str(path) in errors[0] and "\n" not in errors[0]
    assert any(s in errors[0] for s in ("Read-only file system", "Permission denied", "read-only"))
    assert path.read_text() == good


def test_saving_settings_never_leaves_invalid_json(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "state.json"
    monkeypatch.setenv("ACTVIZ_SETTINGS", str(path))
    good = json.dumps(State("elu").to_dict())
    path.write_text(good)
    w = MainWindow()
    qtbot.addWidget(w)
    w.state.set_function("tanh")
    real_write = os.write

    def torn(fd, data):  # the disk fills after the first 10 bytes
        if os.readlink(f"/proc/self/fd/{fd}").startswith(str(tmp_path)):
            real_write(fd, bytes(data[:10]))
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", torn)
    with pytest.raises(OSError, match="No space left"):
        w.save_settings()
    monkeypatch.undo()
    assert path.read_text() == good
    assert sorted(p.name for p in tmp_path.iterdir()) == ["state.json"]


# ---------------------------------------------------------------------------------- corrupt settings
def load_with(qtbot, monkeypatch, path) -> MainWindow:
    monkeypatch.setenv("ACTVIZ_SETTINGS", str(path))
    w = MainWindow()
    qtbot.addWidget(w)
    w.defaults = w.state.to_dict()
    w.load_settings()
    return w


def assert_defaults_and_reported(w: MainWindow, *fragments: str) -> None:
    assert w.state.to_dict() == w.defaults
    assert w.messages, "the problem was not reported"
    message = w.messages[-1]
    assert "\n" not in message and len(message) < 600, message
    for fragment in fragments:
        assert fragment in message, message


def test_deeply_nested_settings(qtbot, monkeypatch, tmp_path):
    path = tmp_path / "s.json"
    path.write_text("[" * 100_000 + "]" * 100_000)
    assert_defaults_and_reported(load_with(qtbot, monkeypatch, path), "Ignored saved settings", "deep")


def test_binary_garbage_settings(qtbot, monkeypatch, tmp_path):
    path = tmp_path / "s.json"
    path.write_bytes(bytes(random.Random(7).randrange(256) for _ in range(5000)))
    assert_defaults_and_reported(load_with(qtbot, monkeypatch, path), "Ignored saved settings")


def test_huge_settings_file_is_not_read(qtbot, monkeypatch, tmp_path):
    path = tmp_path / "s.json"
    path.write_text(json.dumps({"function": "elu", "padding": "x" * 3_000_000}))
    assert_defaults_and_reported(load_with(qtbot, monkeypatch, path), "Ignored saved settings", "MB")


def test_settings_that_are_a_folder(qtbot, monkeypatch, tmp_path):
    assert_defaults_and_reported(load_with(qtbot, monkeypatch, tmp_path), "Ignored saved settings", "folder")


def test_settings_with_an_overlong_name(qtbot, monkeypatch, tmp_path):
    w = load_with(qtbot, monkeypatch, tmp_path / ("n" * 300 + ".json"))
    assert_defaults_and_reported(w, "Ignored saved settings", "too long")


def test_many_bad_entries_make_one_short_message(qtbot, monkeypatch, tmp_path):
    path = tmp_path / "s.json"
    path.write_text(json.dumps({"function": "q" * 100_000, "params": {f"nope{i}": {} for i in range(5000)}}))
    w = load_with(qtbot, monkeypatch, path)
    assert_defaults_and_reported(w, "Ignored part of the saved settings", "more")


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)
KEYS = ["function", "params", "x_range", "y_range", "shown", "style", "probes", "overlays"]


@pytest.fixture
def settings_win(qtbot, tmp_path, monkeypatch):
    """One window for all the examples of a hypothesis test (a window per example is slow)."""
    monkeypatch.setenv("ACTVIZ_SETTINGS", str(tmp_path / "s.json"))
    w = MainWindow()
    qtbot.addWidget(w)
    return w


@settings(
    max_examples=200,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.dictionaries(st.sampled_from(KEYS), JSON, max_size=5) | JSON)
def test_settings_of_any_json_shape_never_raise(settings_win, tmp_path, data):
    w = settings_win
    w.state.clear_overlays()
    assert w.state.load_dict(State().to_dict()) == []  # back to the defaults
    w.messages.clear()
    (tmp_path / "s.json").write_text(json.dumps(data))
    w.load_settings()  # must not raise
    assert State().load_dict(w.state.to_dict()) == []  # whatever was taken is itself valid
    if not isinstance(data, dict):
        assert "does not hold a JSON object" in w.messages[-1]
    for message in w.messages:
        assert "\n" not in message and len(message) < 600, message


# Real start-ups: these two would block or eat memory in the process that reads them.
def start_with_settings(path: Path, timeout: float = 30) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ACTVIZ_SETTINGS=str(path), ACTVIZ_STARTUP_PROBE="1")

    def limit_memory():  # /dev/zero read to the end would take all of it
        resource.setrlimit(resource.RLIMIT_AS, (1536 * 2**20, 1536 * 2**20))

    return subprocess.run(
        [sys.executable, str(ROOT / "main.py")],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=timeout,
        preexec_fn=limit_memory,
    )


def test_a_fifo_as_settings_file_does_not_block_start_up(tmp_path):
    path = tmp_path / "state.json"
    os.mkfifo(path)
    res = start_with_settings(path)
    assert res.returncode == 0, res.stderr
    assert "startup_ms=" in res.stdout
    assert "not a regular file" in one_line(res.stderr)
    assert path.is_fifo()  # never replaced: a headless probe run does not write the session


def test_dev_zero_as_settings_file_does_not_eat_memory(tmp_path):
    path = tmp_path / "state.json"
    path.symlink_to("/dev/zero")
    res = start_with_settings(path)
    assert res.returncode == 0, res.stderr
    assert "not a regular file" in one_line(res.stderr)


def test_read_bounded_refuses_what_grows_past_the_limit(tmp_path):
    path = tmp_path / "f"
    path.write_bytes(b"a" * 100)
    assert fileio.read_bounded(path, limit=100) == b"a" * 100
    with pytest.raises(OSError, match="larger than"):
        fileio.read_bounded(path, limit=99)
    with pytest.raises(OSError) as info:
        fileio.read_bounded(tmp_path / "missing")
    assert info.value.errno == errno.ENOENT
