"""The whole app through main.py: screenshots, --version, and every bad input → exit 2.

Bad input never reaches the window, so those cases call ``main(argv)`` in this process (as
tests/test_cli_fuzz.py does), with the window replaced by a recorder that fails the test if it
is reached. Screenshots, the start-up probe and the saved-session fallback also run through
``main(argv)`` here, with the test's QApplication (``app.run`` takes the one there is): the
event loop, the watchdog timer and the exit codes are the same code as in a real run. Real
processes start only where the process itself is under test: the entry points, signals, and
closed or broken standard streams.
"""

import json
import os
import queue
import signal
import subprocess
import sys
import threading
from pathlib import Path

import numpy as np
import pytest
from app_runs import Result

import actviz.app
from actviz import __version__
from actviz.__main__ import main
from actviz.viewmodels.theme import OVERLAY_COLORS

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def run_in(monkeypatch, capsys, tmp_path):
    """``main(argv)`` in this process, in a scratch folder, for input that must never open the
    window (the window is replaced by one that fails the test); returns code, stdout, stderr."""

    def window(opts):
        pytest.fail(f"bad input reached the window: {opts!r}")

    monkeypatch.setattr(actviz.app, "run", window)
    monkeypatch.chdir(tmp_path)

    def run_(*args):
        capsys.readouterr()
        try:
            code = main(list(args))
        except SystemExit as e:  # main returns its code, never leaves through SystemExit
            pytest.fail(f"main raised SystemExit({e.code}) for {args!r}")
        out, err = capsys.readouterr()
        return Result(code, out, err)

    return run_


def run(*args, timeout=60):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ACTVIZ_SETTINGS="none")
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        cwd=ROOT,
    )


def load_png(path):
    from PySide6.QtGui import QImage

    img = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB888)
    assert not img.isNull()
    w, h = img.width(), img.height()
    buf = np.frombuffer(img.constBits(), dtype=np.uint8, count=img.sizeInBytes())
    return buf.reshape(h, img.bytesPerLine())[:, : 3 * w].reshape(h, w, 3).copy()


def count_color(img, hex_color, tol=40):
    rgb = np.array([int(hex_color[i : i + 2], 16) for i in (1, 3, 5)])
    return int((np.abs(img.astype(int) - rgb).sum(axis=2) < tol).sum())


def test_version():
    res = run("--version")
    assert res.returncode == 0 and res.stdout.strip() == f"ActViz {__version__}"


def test_help_lists_options_and_ids(run_in):
    res = run_in("--help")
    assert res.returncode == 0
    for word in ("--function", "--set", "--x-range", "--compare", "--screenshot", "--theme", "--scale", "gelu"):
        assert word in res.stdout


@pytest.mark.parametrize("size", [(800, 600), (1920, 1080)])  # 1280x800: the next test
def test_screenshot_has_asked_size_and_the_curves(app_in, tmp_path, size):
    out = tmp_path / "shot.png"
    res = app_in(
        "--function",
        "leaky_relu",
        "--set",
        "negative_slope=0.2",
        "--screenshot",
        str(out),
        "--size",
        f"{size[0]}x{size[1]}",
    )
    assert res.returncode == 0, res.stderr
    img = load_png(out)
    assert img.shape[:2] == (size[1], size[0])
    assert count_color(img, "#0072B2") > 300  # f, blue
    assert count_color(img, "#D55E00") > 300  # f′, vermillion


def test_screenshot_with_overlays_and_second_derivative(app_in, tmp_path):
    out = tmp_path / "cmp.png"
    res = app_in(
        "--function",
        "sigmoid",
        "--compare",
        "tanh",
        "--compare",
        "relu",
        "--derivatives",
        "2",
        "--style",
        "origin",
        "--screenshot",
        str(out),
        "--size",
        "1280x800",
    )
    assert res.returncode == 0, res.stderr
    img = load_png(out)
    assert img.shape[:2] == (800, 1280)
    assert count_color(img, OVERLAY_COLORS[0]) > 200  # first overlay (tanh)
    assert count_color(img, OVERLAY_COLORS[1]) > 200  # second overlay (relu)
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
        (["--theme", "blue"], "theme must be one of light, dark, contrast, got 'blue'"),
        (["--scale", "2"], "scale must be one of normal, large, huge, got '2'"),
        (["--scale"], "expected one argument"),
        (["--screenshot", "x.png", "--size", "0x600"], "--size must be between"),
        (["--screenshot", "x.png", "--size", "-5x-5"], "--size must be between"),
        (["--screenshot", "x.png", "--size", "big"], "WIDTHxHEIGHT"),
        (["--bogus"], "unrecognized arguments"),
        (["--function", "gelu", "--set", "approximate=fast"], "approximate must be one of"),
        (["--function", "hardtanh", "--set", "min_val=2"], "min_val must be < max_val"),
    ],
)
def test_bad_input_exits_2_with_one_line(run_in, args, fragment):
    res = run_in(*args)
    assert res.returncode == 2
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1, res.stderr
    assert "Traceback" not in res.stderr
    assert fragment in lines[0]


def test_unwritable_screenshot_path_is_a_clear_error(run_in, tmp_path):
    res = run_in("--screenshot", str(tmp_path / "missing" / "x.png"), "--size", "400x300")
    assert res.returncode == 2
    assert "does not exist" in res.stderr and "Traceback" not in res.stderr


def test_module_entry_point(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ACTVIZ_SETTINGS="none")
    res = subprocess.run(
        [sys.executable, "-m", "actviz", "--version"], capture_output=True, text=True, env=env, cwd=ROOT
    )
    assert res.returncode == 0 and __version__ in res.stdout


def test_startup_probe_reports_first_paint(app_in):
    res = app_in(env={"ACTVIZ_STARTUP_PROBE": "1"})
    assert res.returncode == 0, res.stderr
    ms = float(res.stdout.strip().split("=")[1])
    assert 0 < ms < 60_000


def test_screenshot_into_a_folder_is_refused(run_in, tmp_path):
    res = run_in("--screenshot", str(tmp_path), "--size", "400x300")
    assert res.returncode == 2 and "is a folder" in res.stderr and "Traceback" not in res.stderr


# ------------------------------------------------------------------ never crash, never hang
def one_line(res):
    assert "Traceback" not in res.stderr, res.stderr
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1, res.stderr
    return lines[0]


def test_an_error_while_taking_the_screenshot_exits_1_instead_of_hanging(app_in, monkeypatch, tmp_path):
    import actviz.ui.window as w

    def grab(self, *a):
        raise RuntimeError("the renderer broke")

    monkeypatch.setattr(w.MainWindow, "grab", grab)
    res = app_in(
        "--screenshot",
        str(tmp_path / "x.png"),
        "--size",
        "800x600",
    )
    assert res.returncode == 1
    assert "the renderer broke" in one_line(res)
    assert not (tmp_path / "x.png").exists()


def test_a_screenshot_that_never_happens_is_stopped_by_the_watchdog(app_in, monkeypatch, tmp_path):
    # The watchdog is a timer in the run's own event loop: here it ends main(), in a real run
    # the process, with the same code.
    monkeypatch.setattr(actviz.app, "SCREENSHOT_TIMEOUT_S", 1)
    monkeypatch.setattr(actviz.app._Screenshot, "settle", lambda self: None)
    res = app_in("--screenshot", str(tmp_path / "x.png"), "--size", "800x600")
    assert res.returncode == 1
    assert "not taken within 1 s" in one_line(res)


def test_a_saved_session_that_cannot_be_shown_falls_back_to_the_defaults(app_in, monkeypatch, tmp_path):
    # The drawing fault itself is the plot's business; here any failure to show the saved
    # session must give one line and the default view, never a crash or a traceback.
    settings = tmp_path / "state.json"
    settings.write_text(json.dumps({"function": "exponential", "x_range": [700, 800]}))
    import actviz.ui.plot as p

    _refresh = p.PlotView.refresh

    def refresh(self):
        if self.state.x_range[0] >= 700:
            raise OverflowError("exp(700) overflows")
        return _refresh(self)

    monkeypatch.setattr(p.PlotView, "refresh", refresh)
    res = app_in(env={"ACTVIZ_SETTINGS": str(settings), "ACTVIZ_STARTUP_PROBE": "1"})
    assert res.returncode == 0, res.stderr
    line = one_line(res)
    assert "exp(700) overflows" in line and "defaults" in line and str(settings) in line
    assert "startup_ms=" in res.stdout


def test_a_broken_pipe_on_stderr_does_not_hang_a_failing_screenshot(tmp_path):
    r, w = os.pipe()
    os.close(r)  # as `actviz ... 2>&1 | true`: nobody reads
    try:
        res = subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "--screenshot", str(tmp_path / "no" / "x.png")],
            stdout=w,
            stderr=w,
            timeout=60,
            cwd=ROOT,
            env=dict(os.environ, QT_QPA_PLATFORM="offscreen", ACTVIZ_SETTINGS="none"),
        )
    finally:
        os.close(w)
    assert res.returncode == 2


def test_closed_stdout_and_stderr(tmp_path):
    """Started with fds 1 and 2 closed (sys.stdout and sys.stderr are None): the picture is
    still written whole, and a failure still exits 2 instead of failing to print."""

    def close_std():
        os.close(1)
        os.close(2)

    out = tmp_path / "x.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ACTVIZ_SETTINGS="none")
    res = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--screenshot", str(out), "--size", "800x600"],
        timeout=60,
        cwd=ROOT,
        env=env,
        preexec_fn=close_std,
    )
    assert res.returncode == 0
    assert load_png(out).shape == (600, 800, 3)
    assert out.read_bytes().endswith(b"IEND\xaeB`\x82")
    bad = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--screenshot", str(tmp_path / "no" / "x.png")],
        timeout=60,
        cwd=ROOT,
        env=env,
        preexec_fn=close_std,
    )
    assert bad.returncode == 2
    # While the app runs, fds 1 and 2 are the null device: no file or socket it opens can take
    # their place and receive Qt's messages to stderr.
    seen = tmp_path / "fds.txt"
    spy = (
        "import os, actviz.app as a\n"
        "def run(opts):\n"
        f"    open({str(seen)!r}, 'w').write(' '.join(os.readlink(f'/proc/self/fd/{{fd}}') for fd in (1, 2)))\n"
        "    return 0\n"
        "a.run = run"
    )
    code = f"import sys\n{spy}\nfrom actviz.__main__ import main\nraise SystemExit(main(sys.argv[1:]))"
    res = subprocess.run([sys.executable, "-c", code], timeout=60, cwd=ROOT, env=env, preexec_fn=close_std)
    assert res.returncode == 0
    assert seen.read_text() == f"{os.devnull} {os.devnull}"


def _readonly_folder(tmp_path):
    if os.geteuid() != 0:
        ro = tmp_path / "ro"
        ro.mkdir()
        ro.chmod(0o555)
        return ro
    return Path("/sys")  # read-only even for root (sysfs refuses new files)


@pytest.mark.parametrize(
    "where", ["readonly", "parent_is_file", "dev_full", "dev_full_link", "proc", "long_name", "trailing_slash"]
)
def test_unwritable_screenshot_paths_exit_2_with_one_line(run_in, tmp_path, where):
    (tmp_path / "file").write_text("x")
    (tmp_path / "full.png").symlink_to("/dev/full")
    path = {
        "readonly": lambda: _readonly_folder(tmp_path) / "x.png",
        "parent_is_file": lambda: tmp_path / "file" / "x.png",
        "dev_full": lambda: Path("/dev/full"),
        "dev_full_link": lambda: tmp_path / "full.png",
        "proc": lambda: Path("/proc/x.png"),
        "long_name": lambda: tmp_path / ("n" * 300 + ".png"),
        "trailing_slash": lambda: str(tmp_path / "sub") + "/",
    }[where]()
    res = run_in("--screenshot", str(path), "--size", "400x300")
    assert res.returncode == 2, res.stderr
    assert ("PNG only" if where == "dev_full" else "cannot write") in one_line(res)


@pytest.mark.parametrize("name", ["out.svg", "out.pdf", "out.jpg", "out"])
def test_only_png_screenshots(run_in, tmp_path, name):
    res = run_in("--screenshot", str(tmp_path / name))
    assert res.returncode == 2
    assert "PNG" in one_line(res)
    assert not (tmp_path / name).exists()


def test_png_suffix_in_any_case(app_in, tmp_path):
    res = app_in("--function", "tanh", "--screenshot", str(tmp_path / "OUT.PNG"), "--size", "640x480")
    assert res.returncode == 0, res.stderr
    img = load_png(tmp_path / "OUT.PNG")
    assert img.shape == (480, 640, 3)
    rows, cols = plot_fraction(img)  # below 720x540 too: the plot alone
    assert rows > 0.7 and cols > 0.8, (rows, cols)


def plot_fraction(img):
    """The share of rows and of columns that are mostly the plot's white background."""
    white = (img >= 250).all(axis=2)
    return white.mean(axis=1).__ge__(0.5).mean(), white.mean(axis=0).__ge__(0.5).mean()


@pytest.mark.parametrize("size", [(400, 300)])  # the smallest; 640x480 in test_png_suffix_in_any_case
def test_small_screenshots_are_all_plot(app_in, tmp_path, size):
    out = tmp_path / "s.png"
    res = app_in("--function", "tanh", "--screenshot", str(out), "--size", f"{size[0]}x{size[1]}")
    assert res.returncode == 0, res.stderr
    img = load_png(out)
    assert img.shape[:2] == (size[1], size[0])
    rows, cols = plot_fraction(img)
    assert rows > 0.7 and cols > 0.8, (rows, cols)
    assert count_color(img, "#0072B2") > 150  # the curve is in it


def tick_label_height(img, axis_color):
    """The height in pixels of the tallest y tick label, left of the plot's left axis line."""
    h = img.shape[0]
    band = img[int(0.2 * h) : int(0.6 * h)]  # rows inside the plot at every scale
    axis = np.abs(band.astype(int) - np.array([int(axis_color[i : i + 2], 16) for i in (1, 3, 5)])).sum(axis=2) < 60
    col = int(np.flatnonzero(axis.mean(axis=0) > 0.9)[0])  # the axis line: axis colour top to bottom
    background = band[:, 1]  # the window's edge: no text there
    text = (np.abs(band[:, 2 : col - 2].astype(int) - background[:, None].astype(int)).sum(axis=2) > 150).any(axis=1)
    rows = np.flatnonzero(text)
    return max(len(run) for run in np.split(rows, np.flatnonzero(np.diff(rows) > 1) + 1))


def test_screenshots_in_each_theme_and_scale(app_in, tmp_path):
    # Each theme once and each scale once (three runs, not nine): the text's height does not
    # depend on the theme, so the scales are compared across them.
    from actviz.viewmodels.theme import look

    heights = {}
    for name, scale in (("light", "normal"), ("dark", "large"), ("contrast", "huge")):
        lk = look(name)
        out = tmp_path / f"{name}-{scale}.png"
        args = ("--function", "tanh", "--theme", name, "--scale", scale, "--size", "1920x1080")
        res = app_in(*args, "--screenshot", str(out))
        assert res.returncode == 0, res.stderr
        img = load_png(out)
        assert img.shape[:2] == (1080, 1920)
        plot = img[300:500, 200:800].reshape(-1, 3)  # the plot's middle left: background and grid
        colors, counts = np.unique(plot, axis=0, return_counts=True)
        assert "#{:02X}{:02X}{:02X}".format(*colors[counts.argmax()]) == lk.background, name
        assert count_color(img, lk.curves[0], tol=24) > 300, name  # f in the theme's colour
        assert count_color(img, lk.curves[1], tol=24) > 300, name  # f′ too
        window = img[1070, 1900].astype(int)  # a corner of the window, outside the plot
        assert (sum(window) < 200) == lk.dark, name
        heights[scale] = tick_label_height(img, lk.axis)
    assert heights["large"] >= 1.3 * heights["normal"], heights
    assert heights["huge"] >= 1.7 * heights["normal"], heights


def test_too_small_a_size_is_refused(run_in):
    res = run_in("--screenshot", "x.png", "--size", "200x150")
    assert res.returncode == 2 and "--size must be between 400x300" in one_line(res)


def test_headless_and_command_line_runs_leave_the_saved_session_alone(app_in, tmp_path):
    settings = tmp_path / "state.json"
    settings.write_text(json.dumps({"function": "elu", "sentinel": 1}))
    before = settings.read_bytes()
    for args, extra in (
        (["--screenshot", str(tmp_path / "x.png")], {}),
        (["--function", "gelu"], {"ACTVIZ_STARTUP_PROBE": "1"}),
    ):
        res = app_in(*args, env={"ACTVIZ_SETTINGS": str(settings), **extra})
        assert res.returncode == 0, res.stderr
        assert settings.read_bytes() == before, args


def _start_window(settings, *args):
    """The real window, offscreen; returns once it says it is ready (handlers in place)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ACTVIZ_SETTINGS=str(settings), ACTVIZ_READY="1")
    proc = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    lines = queue.Queue()

    def read():
        with proc.stderr:
            for line in proc.stderr:
                lines.put(line)
        lines.put(None)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        first = lines.get(timeout=60)
    except queue.Empty:
        proc.kill()
        pytest.fail("no ready line within 60 s")
    assert first is not None and first.strip() == "actviz: ready", first
    return proc, lines, reader


# SIGTERM: test_theme_and_scale_options_keep_the_saved_session_and_win_over_it checks the same.
@pytest.mark.parametrize("sig, code", [(signal.SIGINT, 130), (signal.SIGHUP, 129)])
def test_signals_save_the_session_and_quit(tmp_path, sig, code):
    settings = tmp_path / "state.json"
    settings.write_text(json.dumps({"function": "elu", "sentinel": 1}))
    proc, lines, reader = _start_window(settings)
    try:
        proc.send_signal(sig)
        assert proc.wait(timeout=30) == code
    finally:
        proc.kill()
        proc.wait()
        reader.join(timeout=30)
    rest = []
    while (line := lines.get(timeout=5)) is not None:
        rest.append(line)
    assert rest == [], rest  # nothing to say: no error, no traceback
    saved = json.loads(settings.read_text())
    assert saved["function"] == "elu" and "x_range" in saved  # written at the signal, not left over
    assert saved["sentinel"] == 1  # a key the session does not own is kept


# ------------------------------------------------------------------------------ --formula
SWISH = "x*sigmoid(beta*x)"


def test_formula_works_where_function_does(tmp_path):
    pytest.importorskip("sympy")
    from actviz.cli import parse
    from actviz.core import get

    opts = parse(["--formula", SWISH, "--set", "beta=1.5", "--compare", "relu", "--compare", "custom:formula:beta=0.5"])
    st = opts.state
    assert st.function_id == "custom:formula" and st.params == {"beta": 1.5}
    assert st.formulas["formula"].text == SWISH
    assert [(o.function_id, o.param_dict) for o in st.overlays] == [("relu", {}), ("custom:formula", {"beta": 0.5})]
    x = np.linspace(-8, 8, 161)
    np.testing.assert_allclose(st.activation.d2f(x, **st.params), get("swish").d2f(x, beta=1.5), rtol=1e-12)


def test_formula_screenshot(app_in, tmp_path):
    pytest.importorskip("sympy")
    out = tmp_path / "formula.png"
    res = app_in("--formula", SWISH, "--set", "beta=1.5", "--compare", "relu", "--screenshot", str(out))
    assert res.returncode == 0, res.stderr
    img = load_png(out)
    assert count_color(img, "#0072B2") > 300  # f
    assert count_color(img, "#D55E00") > 300  # f′
    assert count_color(img, OVERLAY_COLORS[0]) > 200  # ReLU pinned beside it


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["--formula", "x*sigmoid(beta*x"], "--formula: column"),
        (["--formula", "__import__('os').system('touch hacked')"], "double underscore"),
        (["--formula", "2x"], "implicit multiplication"),
        (["--formula", "x", "--function", "relu"], "not both"),
        (["--formula", SWISH, "--set", "gamma=1"], "no parameter 'gamma'"),
    ],
)
def test_a_bad_formula_exits_2_with_one_line(run_in, args, fragment, tmp_path):
    pytest.importorskip("sympy")
    res = run_in(*args)
    assert res.returncode == 2
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and fragment in lines[0], res.stderr
    assert not (ROOT / "hacked").exists() and not (tmp_path / "hacked").exists()


def test_theme_and_scale_options_keep_the_saved_session_and_win_over_it(tmp_path):
    """Also SIGTERM's case of test_signals_save_the_session_and_quit."""
    settings = tmp_path / "state.json"
    settings.write_text(json.dumps({"function": "elu", "theme": "contrast", "scale": "large", "sentinel": 1}))
    proc, lines, reader = _start_window(settings, "--theme", "dark")
    try:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=30) == 143
    finally:
        proc.kill()
        proc.wait()
        reader.join(timeout=30)
    rest = []
    while (line := lines.get(timeout=5)) is not None:
        rest.append(line)
    assert rest == [], rest  # nothing to say: no error, no traceback
    saved = json.loads(settings.read_text())
    # the session came back (elu, large) with the asked theme on top, and was saved on quitting
    assert (saved["function"], saved["theme"], saved["scale"]) == ("elu", "dark", "large")
    assert "x_range" in saved  # written at the signal, not left over
    assert saved["sentinel"] == 1  # a key the session does not own is kept
