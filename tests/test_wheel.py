"""The wheel carries what an installed ActViz needs, and finds it without the source tree.

One wheel is built per run, with ``pip wheel --no-deps --no-build-isolation`` from a copy of
the project (so the build cannot pick up stale files from a ``build/`` folder in the
checkout, and leaves the checkout untouched). It needs no network: the build uses this
environment's setuptools, which must be 77 or newer (the test extra asks for it). The full
install into a fresh virtual environment, with the app run from it, is ``.ci/wheel_smoke.sh``.
"""

from __future__ import annotations

import email.parser
import email.policy
import hashlib
import importlib.metadata
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import actviz

ROOT = Path(__file__).resolve().parent.parent
ASSETS = ROOT / "actviz" / "assets"
ICONS = [f"actviz.{fmt}" for fmt in ("png", "svg", "ico", "icns")]
REPO_URL = "https://github.com/actviz/actviz"
BUILD_TIMEOUT_S = 120
RUN_TIMEOUT_S = 60
MIN_SETUPTOOLS = (77,)


def _copy_project(dest: Path) -> None:
    """Copy what a wheel build reads: the top-level files and the package, without caches."""
    dest.mkdir()
    for entry in ROOT.iterdir():
        if entry.is_file():
            shutil.copy2(entry, dest / entry.name)
    shutil.copytree(ROOT / "actviz", dest / "actviz", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    have = importlib.metadata.version("setuptools")
    if tuple(int(p) for p in have.split(".")[:1]) < MIN_SETUPTOOLS:
        pytest.fail(f"building the wheel needs setuptools>=77 (license expression); this environment has {have}")
    work = tmp_path_factory.mktemp("wheel")
    _copy_project(work / "src")
    out = work / "dist"
    cmd = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out)]
    proc = subprocess.run(
        [*cmd, str(work / "src")], capture_output=True, text=True, timeout=BUILD_TIMEOUT_S, check=False
    )
    if proc.returncode != 0:
        pytest.fail(f"pip wheel failed (exit {proc.returncode}):\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}")
    built = sorted(out.glob("actviz-*.whl"))
    assert len(built) == 1, f"expected one actviz wheel, got {[p.name for p in built]}"
    return built[0]


@pytest.fixture(scope="module")
def names(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as zf:
        return set(zf.namelist())


def _dist_info(wheel: Path) -> str:
    name, version = wheel.name.split("-")[:2]
    return f"{name}-{version}.dist-info"


def test_wheel_name_carries_the_version(wheel: Path) -> None:
    assert wheel.name == f"actviz-{actviz.__version__}-py3-none-any.whl"


def test_wheel_carries_the_assets_byte_for_byte(wheel: Path, names: set[str]) -> None:
    missing = [icon for icon in ICONS if f"actviz/assets/{icon}" not in names]
    assert not missing, f"the wheel lacks {missing}"
    # Anything added to actviz/assets later must ship too, unchanged.
    with zipfile.ZipFile(wheel) as zf:
        for asset in sorted(ASSETS.iterdir()):
            assert zf.read(f"actviz/assets/{asset.name}") == asset.read_bytes(), asset.name


def test_wheel_carries_the_compiled_translations(wheel: Path, names: set[str]) -> None:
    compiled = sorted((ROOT / "actviz" / "i18n").glob("*.qm"))
    assert len(compiled) == 3, compiled
    with zipfile.ZipFile(wheel) as zf:
        for qm in compiled:
            assert zf.read(f"actviz/i18n/{qm.name}") == qm.read_bytes(), qm.name
    assert not [n for n in names if n.endswith(".ts")]  # the sources of the translations stay in the checkout


def test_wheel_carries_the_typing_marker(names: set[str]) -> None:
    assert "actviz/py.typed" in names


def test_wheel_carries_no_build_inputs(names: set[str]) -> None:
    # The spec and the icon generator are for building, not for running.
    stray = sorted(n for n in names if n.startswith(("resources/", "tests/", "benchmarks/")))
    assert not stray, stray


def test_wheel_carries_the_license(wheel: Path, names: set[str]) -> None:
    licence = f"{_dist_info(wheel)}/licenses/LICENSE"
    assert licence in names, sorted(n for n in names if ".dist-info/" in n)
    with zipfile.ZipFile(wheel) as zf:
        text = zf.read(licence).decode("utf-8")
    assert text == (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License")
    assert "Copyright (c) 2026 The ActViz developers" in text


def test_metadata(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as zf:
        raw = zf.read(f"{_dist_info(wheel)}/METADATA").decode("utf-8")
    meta = email.parser.Parser(policy=email.policy.compat32).parsestr(raw)
    assert meta["Name"] == "actviz"
    assert meta["Version"] == actviz.__version__
    assert meta["License-Expression"] == "MIT"
    assert meta.get_all("License-File") == ["LICENSE"]
    urls = dict(entry.split(", ", 1) for entry in meta.get_all("Project-URL", []))
    assert urls.get("Homepage") == REPO_URL
    assert urls.get("Issues") == f"{REPO_URL}/issues"
    assert urls.get("Documentation", "").startswith(REPO_URL)
    classifiers = set(meta.get_all("Classifier", []))
    assert {
        "Intended Audience :: Education",
        "Intended Audience :: Science/Research",
        "Topic :: Scientific/Engineering :: Visualization",
        "Topic :: Scientific/Engineering :: Artificial Intelligence",
        "Programming Language :: Python :: 3.11",
        "Operating System :: OS Independent",
        "Environment :: X11 Applications :: Qt",
    } <= classifiers
    assert any(c.startswith("Development Status :: ") for c in classifiers)
    # With a license expression, a "License ::" classifier is an error on upload.
    assert not [c for c in classifiers if c.startswith("License ::")]


def test_sympy_is_a_dependency(wheel: Path) -> None:
    # `pip install actviz` must bring what custom formulas need, without an extra.
    with zipfile.ZipFile(wheel) as zf:
        raw = zf.read(f"{_dist_info(wheel)}/METADATA").decode("utf-8")
    meta = email.parser.Parser(policy=email.policy.compat32).parsestr(raw)
    plain = [r for r in meta.get_all("Requires-Dist", []) if ";" not in r]
    assert any(r.replace(" ", "").startswith("sympy>=") for r in plain), plain


def _run_isolated(code: str, pythonpath: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run ``code`` where only ``pythonpath`` and the standard library can be imported.

    ``-S`` leaves out site-packages and so the editable install of the checkout; ``-P`` keeps
    the working directory off ``sys.path``.
    """
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONPATH"] = str(pythonpath)
    return subprocess.run(
        [sys.executable, "-S", "-P", "-c", code],
        cwd=cwd, env=env, capture_output=True, text=True, timeout=RUN_TIMEOUT_S, check=False,
    )  # fmt: skip


_PRINT_ICONS = (
    "import actviz, actviz.resources as r; print(actviz.__file__); [print(r.icon_path(f)) for f in r.ICON_FORMATS]"
)


def test_unpacked_wheel_finds_its_icons(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as zf:
        zf.extractall(site)  # what an installer does for a pure-Python wheel's package files
    proc = _run_isolated(_PRINT_ICONS, site, tmp_path)
    assert proc.returncode == 0, proc.stderr
    init, *icons = proc.stdout.splitlines()
    assert Path(init).resolve() == site / "actviz" / "__init__.py", "imported actviz from somewhere else"
    assert [Path(p).resolve() for p in icons] == [site / "actviz" / "assets" / icon for icon in ICONS]


def test_zip_imported_wheel_hands_out_real_files(wheel: Path, tmp_path: Path) -> None:
    # A wheel on sys.path is imported by zipimport; Qt needs a file on disk, so each icon is
    # extracted once, with the right bytes, and removed again when the interpreter exits.
    code = (
        "import hashlib, actviz, actviz.resources as r; print(actviz.__file__); "
        "paths = [r.icon_path(f) for f in r.ICON_FORMATS]; "
        "assert paths == [r.icon_path(f) for f in r.ICON_FORMATS], 'extracted twice'; "
        "[print(p, hashlib.sha256(p.read_bytes()).hexdigest()) for p in paths]"
    )
    proc = _run_isolated(code, wheel, tmp_path)
    assert proc.returncode == 0, proc.stderr
    init, *lines = proc.stdout.splitlines()
    assert Path(init).is_relative_to(wheel), f"imported actviz from {init}, not from the wheel"
    assert len(lines) == len(ICONS)
    for icon, line in zip(ICONS, lines, strict=True):
        path, digest = line.rsplit(" ", 1)
        assert Path(path).suffix == Path(icon).suffix
        assert digest == hashlib.sha256((ASSETS / icon).read_bytes()).hexdigest(), f"{icon} came out changed"
        assert not Path(path).exists(), f"{path} was left behind after exit"
