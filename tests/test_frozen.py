"""Smoke tests of the packaged (PyInstaller) app, built from resources/actviz.spec.

The tests marked ``frozen`` are slow and opt-in: they run only with ``ACTVIZ_FROZEN=1``. The
app is built once per run into a temporary folder, or taken from ``ACTVIZ_FROZEN_APP`` (the
path of an already built ``dist/actviz/actviz``), and then driven through its command line
like a user would::

    ACTVIZ_FROZEN=1 python -m pytest tests/test_frozen.py -m frozen -v
    ACTVIZ_FROZEN=1 ACTVIZ_FROZEN_APP=dist/actviz/actviz python -m pytest tests/test_frozen.py -v

Build time, bundle size and start-up figures are printed straight to the terminal (also
without ``-s``) and recorded as junit properties.

The unmarked tests at the end check, without building anything, that
:mod:`actviz.resources` finds the icons inside the package (``actviz/assets/``): in this
checkout, in a copy of the package away from the checkout, and in the folder layout that the
spec's ``DATAS`` give a bundle.
"""

from __future__ import annotations

import ast
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "resources" / "actviz.spec"
ASSETS = ROOT / "actviz" / "assets"
EXE_NAME = "actviz.exe" if sys.platform == "win32" else "actviz"

BUILD_TIMEOUT_S = 1200
RUN_TIMEOUT_S = 60
# The Linux bundle is held to 180 MB (resources/BUILD.md says where the bytes go); Windows and
# macOS builds, which cannot be built here, to the old budget.
SIZE_LIMIT_MB = 180 if sys.platform.startswith("linux") else 250
STARTUP_WALL_LIMIT_S = 10.0  # a sanity bound only; the real figure is reported, not asserted
STARTUP_RUNS = 5
STARTUP_SLACK = 1.2  # "no slower than from source", with room for a busy 2-core machine

_needs_opt_in = pytest.mark.skipif(
    os.environ.get("ACTVIZ_FROZEN") != "1",
    reason="frozen-app tests build the PyInstaller bundle (about a minute); set ACTVIZ_FROZEN=1 to run them",
)


def frozen(test):
    """Mark a test as a frozen-app test: ``-m frozen`` selects it, ACTVIZ_FROZEN=1 runs it."""
    return pytest.mark.frozen(_needs_opt_in(test))


@dataclass(frozen=True)
class FrozenApp:
    """The executable under test and how it came to be."""

    exe: Path
    build_seconds: float | None  # None when reused from ACTVIZ_FROZEN_APP


def _expected_version() -> str:
    """``__version__`` from actviz/_version.py, read the way the spec reads it."""
    tree = ast.parse((ROOT / "actviz" / "_version.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__version__" for t in node.targets
        ):
            return ast.literal_eval(node.value)
    raise AssertionError("actviz/_version.py defines no __version__")


def _app_env(**extra: str) -> dict[str, str]:
    env = os.environ.copy()
    env.pop("ACTVIZ_STARTUP_PROBE", None)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.setdefault("ACTVIZ_SETTINGS", "none")  # never read or write the user's settings
    env.update(extra)
    return env


def _run(cmd: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        cmd,
        cwd=cwd,
        env=_app_env(**env),
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT_S,
        check=False,
    )


def _source_cmd() -> list[str]:
    return [sys.executable, str(ROOT / "main.py")]


def _folder_size_mb(folder: Path) -> float:
    total = sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() or p.is_symlink())
    return total / 2**20


def _report(capsys: pytest.CaptureFixture[str], text: str) -> None:
    with capsys.disabled():
        print(f"\n[frozen] {text}", flush=True)


@pytest.fixture(scope="module")
def frozen_app(tmp_path_factory: pytest.TempPathFactory) -> FrozenApp:
    given = os.environ.get("ACTVIZ_FROZEN_APP")
    if given:
        exe = Path(given).expanduser()
        if not exe.is_absolute():
            exe = (ROOT / exe).resolve()
        if not exe.is_file():
            pytest.fail(f"ACTVIZ_FROZEN_APP={given!r} is not an existing file")
        return FrozenApp(exe=exe, build_seconds=None)

    if importlib.util.find_spec("PyInstaller") is None:
        pytest.fail("ACTVIZ_FROZEN=1 needs PyInstaller: pip install pyinstaller")
    if sys.platform.startswith("linux") and shutil.which("objdump") is None:
        pytest.fail("PyInstaller needs objdump on Linux: apt-get install binutils")

    work = tmp_path_factory.mktemp("pyinstaller")
    log = work / "build.log"
    cmd = [
        sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm",
        "--distpath", str(work / "dist"), "--workpath", str(work / "build"),
    ]  # fmt: skip
    start = time.perf_counter()
    with log.open("w", encoding="utf-8") as out:
        proc = subprocess.run(cmd, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, timeout=BUILD_TIMEOUT_S)
    seconds = time.perf_counter() - start
    exe = work / "dist" / "actviz" / EXE_NAME
    if proc.returncode != 0 or not exe.is_file():
        tail = "\n".join(log.read_text(encoding="utf-8", errors="replace").splitlines()[-60:])
        pytest.fail(f"PyInstaller build failed (exit {proc.returncode}); log tail:\n{tail}")
    return FrozenApp(exe=exe, build_seconds=seconds)


@frozen
def test_bundle_size(frozen_app: FrozenApp, capsys: pytest.CaptureFixture[str], record_property) -> None:
    folder = frozen_app.exe.parent
    one_folder = (folder / "_internal").is_dir()
    size_mb = _folder_size_mb(folder) if one_folder else frozen_app.exe.stat().st_size / 2**20
    built = (
        f"built in {frozen_app.build_seconds:.0f} s"
        if frozen_app.build_seconds is not None
        else "reused from ACTVIZ_FROZEN_APP"
    )
    record_property("bundle_mb", round(size_mb, 1))
    record_property("build_s", frozen_app.build_seconds)
    _report(capsys, f"{frozen_app.exe}: {size_mb:.0f} MB, {built}")
    if one_folder:
        assert size_mb <= SIZE_LIMIT_MB, (
            f"{folder} is {size_mb:.0f} MB, over the {SIZE_LIMIT_MB} MB budget: look for a "
            "newly collected package and exclude it in resources/actviz.spec"
        )
    # Every run-time asset must travel with the app, in the package folder, which is where
    # importlib.resources.files("actviz") points inside the bundle.
    if one_folder:
        bundled = folder / "_internal" / "actviz" / "assets"
        for asset in sorted(ASSETS.iterdir()):
            copy = bundled / asset.name
            assert copy.is_file(), f"{asset.name} is not in {bundled}"
            assert copy.read_bytes() == asset.read_bytes(), f"{copy} differs from {asset}"
        for qm in sorted((ROOT / "actviz" / "i18n").glob("*.qm")):  # the interface translations
            copy = folder / "_internal" / "actviz" / "i18n" / qm.name
            assert copy.is_file() and copy.read_bytes() == qm.read_bytes(), f"{copy} is missing or differs"
        assert not (folder / "_internal" / "resources").exists(), (
            "the bundle still has a top-level resources/ folder: nothing reads it any more"
        )
        # The spec links a library that two wheels vendor to one copy; a link must lead somewhere.
        broken = sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_symlink() and not p.exists())
        assert not broken, f"broken symbolic links in the bundle: {broken}"


def _interface_languages() -> list[str]:
    try:
        from actviz.languages import LANGUAGES
    except ImportError:  # before the interface is translated: the languages it is being translated to
        return ["en", "fr", "ko", "zh_TW"]
    return sorted(LANGUAGES)


@frozen
def test_bundle_keeps_qt_translations_for_the_interface_languages(frozen_app: FrozenApp) -> None:
    # The spec drops Qt's translations for every other language; these translate the standard
    # dialogs (file dialogs, message-box buttons) when the interface is in that language.
    internal = frozen_app.exe.parent / "_internal"
    if not internal.is_dir():
        pytest.skip("one-file build: its contents are not on disk")
    import PySide6

    source = Path(PySide6.__file__).parent / "Qt" / "translations"
    found = sorted(internal.rglob("qtbase_*.qm"))
    assert found, f"no Qt translations anywhere in {internal}"
    bundled = found[0].parent
    for lang in _interface_languages():
        for stem in ("qt", "qtbase"):
            name = f"{stem}_{lang}.qm"
            if (source / name).is_file():
                assert (bundled / name).is_file(), f"{name} is not in {bundled}"


@frozen
def test_version(frozen_app: FrozenApp, tmp_path: Path) -> None:
    proc = _run([str(frozen_app.exe), "--version"], cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    version = _expected_version()
    assert re.search(rf"(?<![\w.]){re.escape(version)}(?![\w.])", proc.stdout), (
        f"--version printed {proc.stdout!r}, expected it to contain {version!r}"
    )
    assert "Traceback" not in proc.stderr


def _load_rgba(path: Path) -> np.ndarray:
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    assert not image.isNull(), f"{path} is not a readable image"
    image = image.convertToFormat(QImage.Format.Format_RGBA8888)
    height, width, stride = image.height(), image.width(), image.bytesPerLine()
    raw = np.frombuffer(image.constBits(), dtype=np.uint8, count=image.sizeInBytes())
    return raw.reshape(height, stride)[:, : width * 4].reshape(height, width, 4).copy()


@frozen
def test_screenshot_matches_source_render(frozen_app: FrozenApp, tmp_path: Path) -> None:
    _assert_renders_like_source(frozen_app, tmp_path, ["--function", "gelu"])


def _assert_renders_like_source(frozen_app: FrozenApp, tmp_path: Path, options: list[str]) -> None:
    """An 800x600 --screenshot with ``options`` from the bundle matches the one from source."""
    args = [*options, "--size", "800x600", "--screenshot"]
    frozen_png, source_png = tmp_path / "frozen.png", tmp_path / "source.png"

    frozen = _run([str(frozen_app.exe), *args, str(frozen_png)], cwd=tmp_path)
    assert frozen.returncode == 0, frozen.stderr
    assert "Traceback" not in frozen.stderr, frozen.stderr
    source = _run([*_source_cmd(), *args, str(source_png)], cwd=ROOT)
    assert source.returncode == 0, source.stderr

    got, want = _load_rgba(frozen_png), _load_rgba(source_png)
    assert got.shape[:2] == (600, 800), f"frozen screenshot is {got.shape[1]}x{got.shape[0]}"
    assert want.shape == got.shape, f"source screenshot is {want.shape[1]}x{want.shape[0]}"

    diff = np.abs(got.astype(np.int16) - want.astype(np.int16))
    mean_per_channel = diff.reshape(-1, 4).mean(axis=0)
    far = float((diff.max(axis=-1) > 32).mean())
    assert (mean_per_channel < 2).all(), f"mean |diff| per RGBA channel {mean_per_channel}"
    assert far < 0.01, f"{far:.2%} of pixels differ by more than 32 levels"

    # The bundle must not complain about anything the source run does not (a missing Qt
    # plugin, image format or font shows up here before it shows up as boxes on screen).
    known = set(source.stderr.splitlines())
    extra = [line for line in frozen.stderr.splitlines() if line not in known]
    assert not extra, "frozen app printed to stderr:\n" + "\n".join(extra)


# What the formula editor makes possible, through the command line: SymPy and mpmath must be in
# the bundle, with every part of them a formula needs (the spec leaves some of SymPy out).
_FORMULA = "x*sigmoid(beta*x)"


def _needs_formula_option() -> None:
    """Skip until this checkout's command line has --formula (the bundle is built from it)."""
    proc = _run([*_source_cmd(), "--help"], cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    if "--formula" not in proc.stdout:
        pytest.skip("this checkout's command line has no --formula option yet")


def _dejavu_only_fontconfig(tmp_path: Path) -> Path | None:
    """A fontconfig file that sees DejaVu and nothing else (no CJK font), or None."""
    dejavu = Path("/usr/share/fonts/truetype/dejavu")
    if not dejavu.is_dir():
        return None
    conf = tmp_path / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        f"<dir>{dejavu}</dir><cachedir>{tmp_path / 'fc-cache'}</cachedir></fontconfig>",
        encoding="utf-8",
    )
    return conf


@frozen
def test_chinese_interface_has_no_missing_glyph_boxes(frozen_app: FrozenApp, tmp_path: Path) -> None:
    """The zh_TW interface from the bundle draws like the source render, which has no boxes
    (tests/test_ui_i18n.py checks the source with Qt's own glyph lookup). Where the bundle's
    fonts come from the system (Linux), a render without any CJK font shows that this
    comparison sees boxes: it must differ clearly."""
    _assert_renders_like_source(frozen_app, tmp_path, ["--language", "zh_TW"])
    conf = _dejavu_only_fontconfig(tmp_path)
    if conf is None or not sys.platform.startswith("linux"):
        return
    boxes_png = tmp_path / "boxes.png"
    proc = _run(
        [str(frozen_app.exe), "--language", "zh_TW", "--size", "800x600", "--screenshot", str(boxes_png)],
        cwd=tmp_path,
        FONTCONFIG_FILE=str(conf),
    )
    assert proc.returncode == 0, proc.stderr
    with_boxes, good = _load_rgba(boxes_png), _load_rgba(tmp_path / "frozen.png")
    changed = float((np.abs(with_boxes.astype(np.int16) - good.astype(np.int16)).max(axis=-1) > 32).mean())
    assert changed > 0.002, f"a render without CJK fonts differs in only {changed:.3%} of pixels"


@frozen
def test_custom_formula_screenshot_matches_source(frozen_app: FrozenApp, tmp_path: Path) -> None:
    _needs_formula_option()
    _assert_renders_like_source(frozen_app, tmp_path, ["--formula", _FORMULA, "--set", "beta=1.5"])


def _csv_rows(path: Path) -> list[list[str]]:
    return [line.split(",") for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@frozen
def test_custom_formula_depth_numbers_match_source(frozen_app: FrozenApp, tmp_path: Path) -> None:
    _needs_formula_option()
    args = ["depth", "--formula", _FORMULA, "--set", "beta=1.5", "--depth", "6", "--width", "8", "--seeds", "1"]
    frozen_csv, source_csv = tmp_path / "frozen.csv", tmp_path / "source.csv"
    frozen = _run([str(frozen_app.exe), *args, "--csv", str(frozen_csv)], cwd=tmp_path)
    assert frozen.returncode == 0, frozen.stderr
    assert "Traceback" not in frozen.stderr, frozen.stderr
    source = _run([*_source_cmd(), *args, "--csv", str(source_csv)], cwd=ROOT)
    assert source.returncode == 0, source.stderr

    got, want = _csv_rows(frozen_csv), _csv_rows(source_csv)
    assert any("formula" in cell for row in want[1:] for cell in row), f"no row for the formula in {want[:3]}"
    assert len(got) == len(want) and got[0] == want[0], (got[:2], want[:2])
    for g, w in zip(got[1:], want[1:], strict=True):
        assert len(g) == len(w), (g, w)
        for a, b in zip(g, w, strict=True):
            try:
                assert float(a) == pytest.approx(float(b), rel=1e-9, abs=1e-300), (g, w)
            except ValueError:
                assert a == b, (g, w)


@frozen
def test_train_numbers_match_source(frozen_app: FrozenApp, tmp_path: Path) -> None:
    """`actviz train --csv` from the bundle gives the source's numbers: numpy.random (which
    reaches hashlib and hmac through secrets, with OpenSSL left out), the training and the
    CSV writer all run frozen."""
    args = ["train", "--activation", "relu", "--activation", "tanh", "--seeds", "2", "--epochs", "30"]
    frozen_csv, source_csv = tmp_path / "frozen.csv", tmp_path / "source.csv"
    frozen = _run([str(frozen_app.exe), *args, "--csv", str(frozen_csv)], cwd=tmp_path)
    assert frozen.returncode == 0, frozen.stderr
    assert "Traceback" not in frozen.stderr, frozen.stderr
    source = _run([*_source_cmd(), *args, "--csv", str(source_csv)], cwd=ROOT)
    assert source.returncode == 0, source.stderr
    got, want = _csv_rows(frozen_csv), _csv_rows(source_csv)
    assert len(want) > 2 and got[0] == want[0], (got[:2], want[:2])
    assert len(got) == len(want)
    for g, w in zip(got[1:], want[1:], strict=True):
        for a, b in zip(g, w, strict=True):
            try:
                assert float(a) == pytest.approx(float(b), rel=1e-9, abs=1e-12), (g, w)
            except ValueError:
                assert a == b, (g, w)


@frozen
@pytest.mark.parametrize(
    "bad_args",
    [["--function", "nope"], ["--size", "banana"]],
    ids=["unknown-function", "malformed-size"],
)
def test_bad_argument_exits_2_with_one_line(frozen_app: FrozenApp, tmp_path: Path, bad_args: list[str]) -> None:
    proc = _run([str(frozen_app.exe), *bad_args], cwd=tmp_path)
    assert proc.returncode == 2, (proc.returncode, proc.stderr)
    lines = proc.stderr.rstrip("\n").splitlines()
    assert len(lines) == 1, f"expected one line on stderr, got {len(lines)}:\n{proc.stderr}"
    assert lines[0].strip(), "the error line is empty"
    assert "Traceback" not in proc.stderr


def _probe(cmd: list[str], cwd: Path) -> tuple[float, float]:
    """Run with ACTVIZ_STARTUP_PROBE=1; return (the app's startup_ms, process wall ms)."""
    start = time.perf_counter()
    proc = _run(cmd, cwd=cwd, ACTVIZ_STARTUP_PROBE="1")
    wall_ms = (time.perf_counter() - start) * 1000
    assert proc.returncode == 0, (proc.returncode, proc.stderr)
    match = re.search(r"^startup_ms=([0-9.eE+-]+)\s*$", proc.stdout, re.MULTILINE)
    assert match, f"no startup_ms=<float> line on stdout: {proc.stdout!r}"
    return float(match.group(1)), wall_ms


@frozen
def test_startup_to_first_paint(
    frozen_app: FrozenApp, tmp_path: Path, capsys: pytest.CaptureFixture[str], record_property
) -> None:
    """Process start to first paint, the bundle against ``python main.py``, interleaved (one of
    each in turn, after a warm-up of each), so that a busy machine slows both alike. The bundle's
    fastest run must be no slower than the source's, give or take STARTUP_SLACK; the medians
    are reported."""
    frozen_cmd, source_cmd = [str(frozen_app.exe)], _source_cmd()
    _probe(frozen_cmd, tmp_path), _probe(source_cmd, ROOT)  # warm the file cache
    frozen_runs, source_runs = [], []
    for _ in range(STARTUP_RUNS):
        frozen_runs.append(_probe(frozen_cmd, tmp_path))
        source_runs.append(_probe(source_cmd, ROOT))

    def median(values: list[float]) -> float:
        return sorted(values)[len(values) // 2]

    frozen_app_ms, frozen_wall = median([r[0] for r in frozen_runs]), median([r[1] for r in frozen_runs])
    source_app_ms, source_wall = median([r[0] for r in source_runs]), median([r[1] for r in source_runs])
    record_property("frozen_startup_ms_median", round(frozen_app_ms, 1))
    record_property("frozen_wall_ms_median", round(frozen_wall, 1))
    record_property("source_startup_ms_median", round(source_app_ms, 1))
    record_property("source_wall_ms_median", round(source_wall, 1))
    _report(
        capsys,
        f"startup to first paint, {STARTUP_RUNS} interleaved runs each, medians: bundle "
        f"{frozen_app_ms:.0f} ms (process wall {frozen_wall:.0f} ms), source {source_app_ms:.0f} ms "
        f"(wall {source_wall:.0f} ms); bundle runs {', '.join(f'{r[0]:.0f}' for r in frozen_runs)}, "
        f"source runs {', '.join(f'{r[0]:.0f}' for r in source_runs)}",
    )
    # The fastest run of each is what the machine can do; a busy machine only adds to the others.
    frozen_best, source_best = min(r[0] for r in frozen_runs), min(r[0] for r in source_runs)
    assert min(r[1] for r in frozen_runs) < STARTUP_WALL_LIMIT_S * 1000, "the bundle took over 10 s to paint and exit"
    assert frozen_best <= source_best * STARTUP_SLACK, (
        f"the bundle's fastest first paint took {frozen_best:.0f} ms, the source's {source_best:.0f} ms"
    )


# --- actviz.resources: the package's assets (fast, always run) ---------------------------------

# What each shipped format starts with, so a test notices a file that is there but is not
# the picture it claims to be (an LFS pointer, an HTML error page, a truncated copy).
_MAGIC = {
    "png": b"\x89PNG\r\n\x1a\n",
    "ico": b"\x00\x00\x01\x00",
    "icns": b"icns",
}


def _check_icon_bytes(fmt: str, data: bytes) -> None:
    if fmt == "svg":
        assert b"<svg" in data[:500], "actviz.svg does not look like SVG"
        return
    assert data.startswith(_MAGIC[fmt]), f"actviz.{fmt} does not start like a .{fmt} file"
    if fmt == "png":  # IHDR: width and height, big-endian, right after the signature
        assert (int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")) == (256, 256)
    if fmt == "icns":  # the header's length field is the file's length
        assert int.from_bytes(data[4:8], "big") == len(data), "actviz.icns is truncated"


def test_icons_are_package_data() -> None:
    import actviz
    from actviz.resources import ICON_FORMATS, assets_dir, icon_path

    assets = Path(actviz.__file__).resolve().parent / "assets"
    assert Path(str(assets_dir())).resolve() == assets
    for fmt in ICON_FORMATS:
        path = icon_path(fmt)
        assert path.is_absolute()
        assert path.resolve() == assets / f"actviz.{fmt}"
        _check_icon_bytes(fmt, path.read_bytes())
    assert icon_path() == icon_path("png")
    assert icon_path(".PNG") == icon_path("png")


def test_top_level_resources_folder_holds_build_inputs_only() -> None:
    # make_icons.py writes into actviz/assets/; an icon reappearing in resources/ means some
    # tool still writes (and maybe something still reads) the old place.
    stray = sorted(p.name for p in (ROOT / "resources").glob("actviz.*") if p.suffix != ".spec")
    assert not stray, f"run-time files in resources/ (they belong in actviz/assets/): {stray}"


def _copy_package(dest: Path, assets: bool = True) -> Path:
    """Copy what actviz.resources needs into ``dest/actviz``: init, version, module, assets."""
    package = dest / "actviz"
    package.mkdir(parents=True)
    for name in ("__init__.py", "_version.py", "resources.py"):
        shutil.copy2(ROOT / "actviz" / name, package / name)
    if assets:
        shutil.copytree(ASSETS, package / "assets")
    return package


def _run_isolated(code: str, pythonpath: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run ``code`` with only ``pythonpath`` (and the standard library) importable.

    ``-S`` skips site-packages and with it the editable install's path hook, ``-P`` keeps the
    working directory off ``sys.path``: the checkout cannot be reached, as for an installed app.
    """
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONPATH"] = str(pythonpath)
    return subprocess.run(
        [sys.executable, "-S", "-P", "-c", code],
        cwd=cwd, env=env, capture_output=True, text=True, timeout=RUN_TIMEOUT_S, check=False,
    )  # fmt: skip


_FORMATS = ("png", "svg", "ico", "icns")
_PRINT_ICONS = (
    "import actviz, actviz.resources as r; print(actviz.__file__); [print(r.icon_path(f)) for f in r.ICON_FORMATS]"
)


def test_icons_found_away_from_the_checkout(tmp_path: Path) -> None:
    site = tmp_path / "site"
    package = _copy_package(site)
    elsewhere = tmp_path / "cwd"
    elsewhere.mkdir()

    proc = _run_isolated(_PRINT_ICONS, site, elsewhere)
    assert proc.returncode == 0, proc.stderr
    init, *icons = proc.stdout.splitlines()
    assert Path(init).resolve() == package / "__init__.py", "imported the wrong actviz"
    assert [Path(p).resolve() for p in icons] == [package / "assets" / f"actviz.{f}" for f in _FORMATS]


def _spec_datas() -> list[tuple[str, str]]:
    """Evaluate the spec's ``DATAS = ...`` expression with the spec's own path names bound.

    The spec itself only runs inside PyInstaller; its DATAS line is plain Python over ROOT,
    RESOURCES and ASSETS, so it can be evaluated here to see where the bundle puts each file.
    """
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "DATAS" for t in node.targets):
            names = {"ROOT": ROOT, "RESOURCES": ROOT / "resources", "ASSETS": ASSETS, "str": str, "Path": Path}
            return eval(compile(ast.Expression(node.value), str(SPEC), "eval"), {"__builtins__": {}}, names)
    raise AssertionError(f"{SPEC} assigns no DATAS")


def _spec_names(name: str) -> list[str]:
    """The module names the spec's first ``NAME = [...]`` assigns (literals and comprehensions
    over literals), evaluated without running the spec."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
            return list(eval(compile(ast.Expression(node.value), str(SPEC), "eval"), {"__builtins__": {}}, {}))
    raise AssertionError(f"{SPEC} assigns no {name}")


# Formulas of every kind the formula core handles: kinks solved exactly (linear, polynomial,
# periodic) and numerically, conditions, catalog functions with keywords, the stability
# rewrites and notes, LaTeX of f, f' and f''.
_FORMULA_KINDS = [
    "x*sigmoid(beta*x)", "abs(x^3 - a*x + b) + x*sigmoid(x)", "abs(sin(x))", "abs(sigmoid(x) - 0.75)",
    "where(x > 0, x, alpha*(exp(x)-1))", "piecewise(x < -1, -1, x < 1, x, 1)", "max(a*x, 1)",
    "clip(x, -1, 1)", "heaviside(x, 0.25)", "log(1+exp(x))", "(exp(x)-exp(-x))/(exp(x)+exp(-x))",
    "log(sigmoid(x))", "elu(x, alpha=2*a) + a*x", "gelu(x, approximate='tanh')", "softplus(x, beta=2)",
    "log(x) + sqrt(x) + 1/x", "erf(x) + log(x, 2)", "x*exp(x)/(x + exp(x))", "exp(x)",
]  # fmt: skip


def test_formulas_use_no_module_the_spec_leaves_out() -> None:
    """The bundle leaves parts of SymPy, mpmath and scipy out; building and using formulas of
    every kind, in a fresh process, must import none of them (the build's own check only sees
    the imports written in actviz/)."""
    pytest.importorskip("sympy")
    left_out = _spec_names("EXCLUDES") + _spec_names("SCIPY_UNUSED") + _spec_names("SYMPY_UNUSED")
    assert "sympy.physics" in left_out and "scipy.stats" in left_out, "the spec's lists were not read"
    code = (
        "import json, sys\n"
        "import numpy as np\n"
        "from actviz.core import formula\n"
        "x = np.linspace(-3, 3, 61)\n"
        f"for text in {_FORMULA_KINDS!r}:\n"
        "    act = formula(text, timeout=None)\n"
        "    act.evaluate_all(x); act.kinks(); act.stability(x_range=(-2.0, 2.0))\n"
        "    assert act.latex_f and act.latex_df and act.latex_d2f, text\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=600, check=False
    )
    assert proc.returncode == 0, proc.stderr
    loaded = json.loads(proc.stdout.splitlines()[-1])
    assert "sympy.solvers.solveset" in loaded, "the kinks were not solved with SymPy"
    used = sorted(m for m in loaded if any(m == x or m.startswith(x + ".") for x in left_out))
    assert not used, f"formulas import modules that resources/actviz.spec leaves out: {used}"


def test_icons_found_in_the_bundle_layout(tmp_path: Path) -> None:
    """Lay the spec's DATAS out as PyInstaller would, and look the icons up as the app would.

    In the bundle PyInstaller's frozen importer answers ``files("actviz")`` with the folder
    ``<_MEIPASS>/actviz``; a plain copy of the package there is found the same way. What this
    checks is the spec: that its DATAS land where that lookup goes.
    """
    internal = tmp_path / "_internal"
    package = _copy_package(internal, assets=False)
    datas = _spec_datas()
    assert datas, "the spec collects no data files"
    for src, dest in datas:
        target = internal / dest
        if Path(src).is_dir():
            shutil.copytree(src, target, dirs_exist_ok=True)
        else:
            target.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, target)

    frozen_flags = f"import sys; sys.frozen = True; sys._MEIPASS = {str(internal)!r}; "
    proc = _run_isolated(frozen_flags + _PRINT_ICONS, internal, tmp_path)
    assert proc.returncode == 0, proc.stderr
    icons = [Path(p).resolve() for p in proc.stdout.splitlines()[1:]]
    assert icons == [package / "assets" / f"actviz.{f}" for f in _FORMATS]

    # A bundle that lacks a file says so, names the folder and points at the spec.
    (package / "assets" / "actviz.svg").unlink()
    proc = _run_isolated(frozen_flags + "import actviz.resources as r; r.icon_path('svg')", internal, tmp_path)
    assert proc.returncode != 0
    last = proc.stderr.strip().splitlines()[-1]
    assert last.startswith("FileNotFoundError"), proc.stderr
    assert str(package / "assets") in last and "frozen app" in last and "actviz.spec" in last, last


@pytest.mark.parametrize("name", ["", "/etc/passwd", "../pyproject.toml", "a/../../b", "C:x"])
def test_resource_path_rejects_names_outside_the_folder(name: str) -> None:
    from actviz.resources import resource_path

    with pytest.raises(ValueError, match="relative path inside actviz/assets"):
        resource_path(name)


def test_unknown_icon_format_and_missing_file() -> None:
    from actviz.resources import icon_path, resource_path

    with pytest.raises(ValueError, match="icon format"):
        icon_path("gif")
    with pytest.raises(FileNotFoundError, match=r"no resource 'no-such-file\.png' in .*assets.*package-data"):
        resource_path("no-such-file.png")


def test_resources_module_imports_no_qt() -> None:
    code = (
        "import sys, actviz.resources; "
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', "
        "'pyqtgraph')); print(bad); sys.exit(1 if bad else 0)"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
