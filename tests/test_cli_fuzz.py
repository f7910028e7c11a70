"""Command-line fuzz: generated argv from a grammar of the real options with odd values.

Every run must exit 0 or 2, print exactly one line on stderr when it exits 2 and never a
traceback, and never hang. The bulk runs in-process with the app replaced by a stub that records
what it would have shown; a few seeded runs go through the real app and take a screenshot.
"""

from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, event, example, given, settings
from hypothesis import strategies as st

import actviz.app
from actviz.__main__ import main
from actviz.cli import MAX_SIZE, MIN_SIZE
from actviz.core import get, names
from actviz.state import State

ROOT = Path(__file__).resolve().parents[1]
IDS = names()
PARAM_NAMES = sorted({p.name for fid in IDS for p in get(fid).params})

ODD_NUMBERS = [
    "0",
    "-0",
    "1",
    "-1",
    "0.5",
    "1e400",
    "-1e400",
    "nan",
    "NaN",
    "-inf",
    "inf",
    "Infinity",
    "∞",
    "none",
    "",
    " ",
    "1e-320",
    "5e-324",
    "1e308",
    "-1e12",
    "1e12",
    "1e12000",
    "9" * 40,
    "-" + "9" * 400,
    "0x10",
    "1_0",
    "١٢",
    "５",
    "𝟙",
    "abc",
    "-",
    "--",
    "1e",
    ".5",
    "-.5",
    "+3",
    "1,5",
    "1\n2",
    "\x00",
    "é",
    "tanh",
    "-5x-5",
]
numbers = (
    st.sampled_from(ODD_NUMBERS)
    | st.floats(-10, 10).map(repr)
    | st.floats().map(repr)
    | st.integers(-(10**30), 10**30).map(str)
)
texts = st.text(max_size=8)
values = numbers | texts
function_ids = st.sampled_from(IDS) | st.sampled_from(
    ["nope", "", " relu", "RELU", "relu:", "gelu:approximate=tanh", "x" * 300, "ré", "\u2028"]
)
param_names = st.sampled_from(PARAM_NAMES) | st.sampled_from(["", "alpha ", "NEGATIVE_SLOPE", "=", "__class__"])
assignment = st.builds(lambda n, v: f"{n}={v}", param_names, values) | texts
compare_spec = st.builds(
    lambda f, items: f + (":" + ",".join(items) if items is not None else ""),
    function_ids,
    st.none() | st.lists(assignment, max_size=3),
)
sizes = st.sampled_from(
    [
        "400x300",
        "1280x800",
        "7680x4320",
        "399x300",
        "7681x4320",
        "0x0",
        "-5x-5",
        "200x150",
        "1e3x800",
        "800X600",
        " 800x600 ",
        "800x",
        "x600",
        "800*600",
        "800x600x3",
        "",
        "big",
        "９００x７００",
        "99999999999999999999x1",
        "nanxnan",
    ]
) | st.builds(lambda w, h: f"{w}x{h}", st.integers(-10, 10**5), st.integers(-10, 10**5))
paths = st.sampled_from(
    [
        "x.png",
        "out.PNG",
        "",
        " ",
        "x.svg",
        "x.pdf",
        "x",
        "no/such/dir/x.png",
        "/dev/full",
        "/proc/x.png",
        ".",
        "./",
        "n" * 300 + ".png",
        "a\nb.png",
        "é.png",
        "x.png/",
        "file/x.png",
        "-x.png",
    ]
)


def group(name, *parts):
    return st.tuples(st.just(name), *parts).map(list)


options = st.one_of(
    group("--function", function_ids),
    group("--set", assignment),
    group("--x-range", values, values),
    group("--y-range", values, values),
    group("--derivatives", st.sampled_from(["0", "1", "2", "3", "-1", "", "1.0", "２", "two"]) | values),
    group("--style", st.sampled_from(["boxed", "origin", "BOXED", "", "fancy"])),
    group("--compare", compare_spec),
    group("--size", sizes),
    group("--screenshot", paths),
    group("--presentation"),
    st.sampled_from(
        [
            ["--bogus"],
            ["-x"],
            ["--fun", "gelu"],
            ["positional"],
            ["--"],
            ["-"],
            ["--set"],
            ["--x-range", "1"],
            ["--size"],
            ["--function"],
            ["--compare"],
            ["--screenshot"],
            ["--presentation=1"],
            ["--x-range=1", "2"],
        ]
    ),
)


def _flatten(groups, cut):
    """The option groups in a row; with ``cut``, the last value is missing."""
    argv = [a for g in groups for a in g]
    return argv[: len(argv) - cut]


argvs = st.builds(_flatten, st.lists(options, max_size=6), st.sampled_from([0, 0, 0, 1]))


@pytest.fixture
def recorded(monkeypatch, tmp_path):
    """Run main() in-process with the Qt app replaced by a recorder, in a scratch folder."""
    seen = []
    monkeypatch.setattr(actviz.app, "run", lambda opts: seen.append(opts) or 0)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "file").write_text("a file, not a folder")
    return seen


N_PARSE = 1000


@settings(
    max_examples=N_PARSE,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(argv=argvs | st.deferred(lambda: real_argv()))  # odd input, and mostly good input (below)
@example(argv=["--screenshot", "x.svg"])
@example(argv=["--x-range", "1e400", "2"])
@example(argv=["--set", "negative_slope=nan"])
@example(argv=["--compare", "elu:alpha=1e400,alpha=-1", "--compare", "nope"])
@example(argv=["--screenshot", "n" * 300 + ".png"])
def test_parse_exits_0_or_2_with_one_line(recorded, capsys, argv):
    recorded.clear()
    try:
        code = main(list(argv))
    except SystemExit as e:  # main must return a code, never leave through SystemExit
        pytest.fail(f"main raised SystemExit({e.code}) for {argv!r}")
    out, err = capsys.readouterr()
    assert "Traceback" not in err and "Traceback" not in out
    assert code in (0, 2), (argv, code, err)
    event(f"exit {code}" + (" (help or version)" if code == 0 and not recorded else ""))
    if code == 2:
        lines = err.splitlines()
        assert len(lines) == 1 and lines[0].startswith("actviz: error: "), (argv, err)
        assert not recorded
        return
    assert err == "", (argv, err)
    if not recorded:  # --help or --version
        assert out
        return
    opts = recorded[0]
    assert State().load_dict(opts.state.to_dict()) == []  # what would be shown is valid
    assert MIN_SIZE[0] <= opts.size[0] <= MAX_SIZE[0] and MIN_SIZE[1] <= opts.size[1] <= MAX_SIZE[1]
    if opts.screenshot is not None:
        assert opts.screenshot.lower().endswith(".png")


# ------------------------------------------------------------------ real runs with a screenshot
N_REAL = 10
# Mostly valid, so that most runs draw something: ids that exist, parameters of the function
# shown, ranges anywhere in the allowed ±1e12 (tiny, huge, far out), with an odd value now and then.
coords = st.floats(-1e12, 1e12).map(repr) | st.sampled_from(["-1e-12", "1e-12", "700", "800", "1e12"]) | numbers


ranges = st.tuples(coords, coords) | st.lists(st.floats(-1e12, 1e12), min_size=2, max_size=2).map(
    lambda ab: (repr(min(ab)), repr(max(ab)))
)


@st.composite
def real_argv(draw):
    fid = draw(st.sampled_from(IDS))
    argv = ["--function", fid]
    for prm in draw(st.lists(st.sampled_from(get(fid).params), max_size=2)) if get(fid).params else []:
        if prm.choices:
            value = draw(st.sampled_from([*prm.choices, "bogus"]))
        else:
            lo, hi = max(prm.min, -1e6), min(prm.max, 1e6)
            value = draw(
                st.floats(lo, hi).map(repr) | st.sampled_from([repr(prm.default), repr(prm.max), "inf", "nan"])
            )
        argv += ["--set", f"{prm.name}={value}"]
    if draw(st.booleans()):
        argv += ["--x-range", *draw(ranges)]
    if draw(st.integers(0, 3)) == 0:
        argv += ["--y-range", *draw(ranges)]
    if draw(st.booleans()):
        argv += ["--derivatives", draw(st.sampled_from(["0", "1", "2", "3"]))]
    if draw(st.booleans()):
        argv += ["--style", draw(st.sampled_from(["boxed", "origin"]))]
    for cid in draw(st.lists(st.sampled_from(IDS), max_size=3)):
        argv += ["--compare", cid]
    if draw(st.booleans()):
        argv += ["--size", draw(st.sampled_from(["400x300", "401x333", "640x480", "719x539", "1024x768"]) | sizes)]
    if draw(st.integers(0, 3)) == 0:
        argv += ["--presentation"]
    return argv


def asked_size(argv):
    size = (1280, 800)
    for i, a in enumerate(argv[:-1]):
        if a == "--size":
            w, _, h = argv[i + 1].strip().lower().partition("x")
            size = (int(w), int(h))
    return size


@settings(
    max_examples=N_REAL,
    deadline=None,
    derandomize=True,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(argv=real_argv())
@example(argv=["--function", "exponential", "--x-range", "700", "800"])
@example(argv=["--function", "gaussian", "--x-range", "-1e12", "1e12", "--size", "400x300"])
@example(argv=["--x-range", "1e11", "100000000000.01", "--derivatives", "2", "--presentation"])
def test_real_screenshot_runs_exit_0_or_2(app_in, tmp_path, argv):
    # The real window and event loop through main(argv) in this process (tests/app_runs.py);
    # standard error is read at its file descriptor, so Qt's own messages would count too.
    out = tmp_path / f"shot{len(list(tmp_path.iterdir()))}.png"
    argv = [*argv, "--screenshot", str(out)]
    res = app_in(*argv)
    assert "Traceback" not in res.stderr, (argv, res.stderr)
    assert res.returncode in (0, 2), (argv, res.returncode, res.stderr)
    event(f"exit {res.returncode}")
    if res.returncode == 2:
        assert len(res.stderr.splitlines()) == 1, (argv, res.stderr)
        return
    assert res.stderr == "", (argv, res.stderr)
    from PySide6.QtGui import QImage

    img = QImage(str(out))
    assert not img.isNull() and (img.width(), img.height()) == asked_size(argv), argv
