"""The release machinery that cannot run here in full: the release workflow, the .deb builder,
and the forwarder that stands in for scipy's OpenBLAS in the Linux bundle.

The workflow is only read (``.ci/run`` also lints it with actionlint); the .deb is built from a
tiny fake bundle with dpkg-deb (the real one is built, installed and removed by ``.ci/run``);
the forwarder is compiled and called like scipy.special calls LAPACK.
"""

from __future__ import annotations

import ctypes
import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parent.parent
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"


def _load_tool(name: str):
    spec = importlib.util.spec_from_file_location(f"_tool_{name}", ROOT / "tools" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


check_workflow = _load_tool("check_workflow")
make_deb = _load_tool("make_deb")


# --- the release workflow -----------------------------------------------------------------------


def test_release_workflow_names_only_files_and_extras_that_exist() -> None:
    assert check_workflow.problems(WORKFLOW) == []
    named = check_workflow.named_paths(WORKFLOW.read_text(encoding="utf-8"))
    assert {"resources/actviz.spec", "tests/test_frozen.py", "tools/make_deb.py"} <= set(named), named


def test_check_workflow_reports_a_missing_file_and_an_unknown_extra(tmp_path: Path) -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    text = text.replace("tools/make_deb.py", "tools/make_debs.py").replace('".[test,build]"', '".[test,bild]"')
    bad = tmp_path / "release.yml"
    bad.write_text(text, encoding="utf-8")
    found = check_workflow.problems(bad)
    assert any("tools/make_debs.py" in line for line in found), found
    assert any("[bild]" in line for line in found), found
    assert len(found) == 2, found
    assert check_workflow.main([str(bad)]) == 1
    assert check_workflow.main([str(WORKFLOW)]) == 0


def test_release_workflow_builds_tests_and_uploads_on_the_three_systems() -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    assert re.search(r"^on:\n  push:\n    tags: \[\"v\*\"\]", text, re.MULTILINE), "not started by a version tag"
    for runner in ("windows-latest", "macos-14", "ubuntu-22.04"):
        assert f"os: {runner}" in text, runner
    assert "-m frozen tests/test_frozen.py" in text and "ACTVIZ_FROZEN_APP" in text
    for package in ('.zip"', '.dmg"', '.tar.gz"', "tools/make_deb.py"):
        assert package in text, package
    for pattern in ("actviz-*.zip", "actviz-*.dmg", "actviz-*.tar.gz", "actviz_*.deb"):
        assert pattern in text, f"{pattern} is not uploaded"


# --- the .deb -------------------------------------------------------------------------------------


def _ci_run_packages() -> list[str]:
    text = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    match = re.search(r"for pkg in (.*?); do", text, re.DOTALL)
    assert match, ".ci/run has no `for pkg in ...; do` list of system packages"
    return match.group(1).replace("\\\n", " ").split()


def test_deb_depends_on_the_qt_libraries_that_ci_installs() -> None:
    build_only = {"binutils", "gcc"}
    assert set(make_deb.DEPENDS) | set(make_deb.RECOMMENDS) == set(_ci_run_packages()) - build_only


@pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="needs dpkg-deb (Debian or Ubuntu)")
def test_deb_layout_from_a_bundle(tmp_path: Path) -> None:
    bundle = tmp_path / "dist" / "actviz"
    (bundle / "_internal" / "actviz" / "assets").mkdir(parents=True)
    (bundle / "actviz").write_text("#!/bin/sh\necho actviz\n", encoding="utf-8")
    (bundle / "actviz").chmod(0o755)
    (bundle / "_internal" / "libfoo.so.1").write_bytes(b"\x7fELF")
    (bundle / "_internal" / "libfoo.so").symlink_to("libfoo.so.1")

    deb = make_deb.build(bundle, tmp_path / "out")
    assert deb.name == f"actviz_{make_deb.read_version()}_{make_deb.debian_arch()}.deb"
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True).stdout
    entries = {line.split()[5].lstrip("."): line for line in listing.splitlines()}
    for path in (
        "/opt/actviz/actviz",
        "/opt/actviz/_internal/libfoo.so.1",
        "/usr/share/applications/actviz.desktop",
        "/usr/share/icons/hicolor/256x256/apps/actviz.png",
        "/usr/share/icons/hicolor/scalable/apps/actviz.svg",
    ):
        assert path in entries, f"{path} is not in the package:\n{listing}"
    assert entries["/opt/actviz/actviz"].startswith("-rwxr-xr-x root/root")
    assert "/usr/bin/actviz -> /opt/actviz/actviz" in listing
    assert "/opt/actviz/_internal/libfoo.so -> libfoo.so.1" in listing, "the bundle's links must stay links"

    def field(name: str) -> str:
        return subprocess.run(["dpkg-deb", "-f", str(deb), name], capture_output=True, text=True, check=True).stdout

    depends = [d.strip() for d in field("Depends").split(",")]
    assert depends == make_deb.DEPENDS
    assert {"libgl1", "libegl1", "libxkbcommon-x11-0", "fontconfig"} <= set(depends)
    assert field("Package").strip() == "actviz"
    desktop = subprocess.run(
        ["dpkg-deb", "--fsys-tarfile", str(deb)], capture_output=True, check=True
    ).stdout  # the desktop entry, as installed
    assert b"Exec=actviz" in desktop and b"Icon=actviz" in desktop


def test_deb_builder_refuses_a_folder_that_is_not_a_bundle(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="not a one-folder bundle"):
        make_deb.build(tmp_path, tmp_path / "out")


# --- the forwarder for scipy's OpenBLAS ------------------------------------------------------------


def _numpy_openblas64() -> Path | None:
    libs = Path(np.__file__).resolve().parent.parent / "numpy.libs"
    found = sorted(libs.glob("libscipy_openblas64_*.so")) if libs.is_dir() else []
    return found[0] if found else None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the forwarder is for the Linux bundle")
def test_openblas_forwarder_gives_the_eigenvalues_numpy_gives(tmp_path: Path) -> None:
    """resources/openblas_shim.c, built as the spec builds it, answers scipy.special's dstevr
    call (32-bit integers) through numpy's OpenBLAS (64-bit integers), with LAPACK's results."""
    cc, blas = shutil.which("cc"), _numpy_openblas64()
    if cc is None or blas is None:
        pytest.skip("needs a C compiler and numpy's OpenBLAS (a manylinux numpy wheel)")
    lib = tmp_path / "libscipy_openblas-test.so"
    subprocess.run(
        [cc, "-shared", "-fPIC", "-O2", "-o", str(lib), str(ROOT / "resources" / "openblas_shim.c"),
         "-Wl,-soname,libscipy_openblas-test.so", f"-Wl,-rpath,{blas.parent}", str(blas)],
        check=True, capture_output=True,
    )  # fmt: skip
    shim = ctypes.CDLL(str(lib))

    n = 7
    rng = np.random.default_rng(3)
    diag, off = rng.normal(size=n), rng.normal(size=n - 1)
    want = np.linalg.eigvalsh(np.diag(diag) + np.diag(off, 1) + np.diag(off, -1))

    i32 = ctypes.c_int32
    dbl_p = ctypes.POINTER(ctypes.c_double)

    def dstevr(jobz: bytes, rng_kind: bytes, il: int, iu: int, lwork: int, liwork: int):
        d, e = diag.copy(), np.append(off, 0.0)
        w, z = np.zeros(n), np.zeros((n, n), order="F")
        work, iwork, isuppz = np.zeros(max(1, lwork)), np.zeros(max(1, liwork), np.int32), np.zeros(2 * n, np.int32)
        m, info = i32(0), i32(0)
        zero = ctypes.c_double(0.0)
        shim.scipy_dstevr_(
            ctypes.c_char_p(jobz), ctypes.c_char_p(rng_kind), ctypes.byref(i32(n)),
            d.ctypes.data_as(dbl_p), e.ctypes.data_as(dbl_p), ctypes.byref(zero), ctypes.byref(zero),
            ctypes.byref(i32(il)), ctypes.byref(i32(iu)), ctypes.byref(zero), ctypes.byref(m),
            w.ctypes.data_as(dbl_p), z.ctypes.data_as(dbl_p), ctypes.byref(i32(n)),
            isuppz.ctypes.data_as(ctypes.POINTER(i32)), work.ctypes.data_as(dbl_p), ctypes.byref(i32(lwork)),
            iwork.ctypes.data_as(ctypes.POINTER(i32)), ctypes.byref(i32(liwork)), ctypes.byref(info),
        )  # fmt: skip
        return m.value, info.value, w, z, work, iwork

    # A workspace query, as scipy makes one, then the call with the sizes it answered.
    _, info, _, _, work, iwork = dstevr(b"V", b"A", 1, n, -1, -1)
    assert info == 0 and work[0] >= 1 and iwork[0] >= 1
    m, info, w, z, _, _ = dstevr(b"V", b"A", 1, n, int(work[0]), int(iwork[0]))
    assert (m, info) == (n, 0)
    np.testing.assert_allclose(w, want, rtol=1e-12, atol=1e-12)
    tri = np.diag(diag) + np.diag(off, 1) + np.diag(off, -1)
    np.testing.assert_allclose(tri @ z, z * w, atol=1e-10)  # the eigenvectors too
    # Some eigenvalues only (RANGE='I'): M and the first M values.
    m, info, w, _, _, _ = dstevr(b"N", b"I", 2, 4, int(work[0]), int(iwork[0]))
    assert (m, info) == (3, 0)
    np.testing.assert_allclose(w[:3], want[1:4], rtol=1e-12, atol=1e-12)


# --- where the bytes go ---------------------------------------------------------------------------


def test_bundle_sizes_puts_every_file_in_one_part(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bundle_sizes = _load_tool("bundle_sizes")
    bundle = tmp_path / "actviz"
    files = {
        "actviz": 300,
        "_internal/libpython3.11.so.1.0": 2000,
        "_internal/PySide6/Qt/lib/libicudata.so.73": 5000,
        "_internal/PySide6/Qt/lib/libQt6Core.so.6": 700,
        "_internal/numpy.libs/libscipy_openblas64_-x.so": 4000,
        "_internal/libX11.so.6": 100,
        "_internal/pyqtgraph/colors/maps/x.csv": 10,
    }
    for name, size in files.items():
        (bundle / name).parent.mkdir(parents=True, exist_ok=True)
        (bundle / name).write_bytes(b"\0" * size)
    (bundle / "_internal" / "scipy.libs").mkdir()
    (bundle / "_internal" / "scipy.libs" / "libgfortran.so.5").symlink_to("../numpy.libs/libscipy_openblas64_-x.so")
    parts, largest = bundle_sizes.sizes(bundle)
    link = (bundle / "_internal" / "scipy.libs" / "libgfortran.so.5").lstat().st_size
    assert sum(parts.values()) == sum(files.values()) + link
    assert parts["Python: libpython"] == 2000
    assert parts["Qt's ICU (libicudata, libicui18n, libicuuc)"] == 5000
    assert parts["Qt libraries (PySide6/Qt/lib)"] == 700
    assert parts["system libraries (X11/xcb, glib, D-Bus, libstdc++, ...)"] == 100
    assert largest[0] == (5000, "_internal/PySide6/Qt/lib/libicudata.so.73")
    assert bundle_sizes.main([str(bundle), "--top", "2"]) == 0
    out = capsys.readouterr().out
    assert "| **total** |" in out and "`_internal/numpy.libs/libscipy_openblas64_-x.so`" in out
