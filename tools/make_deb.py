"""Package the one-folder Linux app (PyInstaller's ``dist/actviz/``) as a Debian package.

    python tools/make_deb.py dist/actviz                # -> actviz_<version>_<arch>.deb here
    python tools/make_deb.py dist/actviz --out build/   # into another folder

The package installs:

- the bundle in ``/opt/actviz/`` (``/opt/actviz/actviz`` is the executable);
- ``/usr/bin/actviz``, a symbolic link to it, so ``actviz`` works from a terminal;
- ``/usr/share/applications/actviz.desktop``, the menu entry;
- the icon in the hicolor theme: ``256x256/apps/actviz.png`` and ``scalable/apps/actviz.svg``.

``Depends:`` lists the system libraries Qt needs (:data:`DEPENDS`, the same packages that
``.ci/run`` installs on the build machine, less the build tools); the CJK font for the Chinese
and Korean interface is recommended. Built with ``dpkg-deb --root-owner-group``, so no root is
needed to build. Only the standard library is used.
"""

from __future__ import annotations

import argparse
import ast
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ASSETS = ROOT / "actviz" / "assets"
PACKAGE = "actviz"
PREFIX = "opt/actviz"

# The Qt system libraries and fonts (Debian 12 / Ubuntu 22.04 names). The bundle carries most
# X11 helpers itself, but a package that names them costs nothing and survives a build machine
# that lacked one. tests/test_release.py checks this list against the one in .ci/run.
DEPENDS = [
    "libgl1", "libegl1", "libglib2.0-0", "libdbus-1-3", "libfontconfig1", "libfreetype6",
    "libx11-6", "libx11-xcb1", "libxkbcommon0", "libxkbcommon-x11-0", "libxcb-cursor0", "libxcb-icccm4",
    "libxcb-keysyms1", "libxcb-image0", "libxcb-render-util0", "libxcb-shape0", "libxcb-randr0", "libxcb-xkb1",
    "libxcb-xfixes0", "libxcb-sync1", "libxcb-shm0", "libwayland-client0", "libwayland-cursor0",
    "libwayland-egl1", "fontconfig", "fonts-dejavu-core",
]  # fmt: skip
RECOMMENDS = ["fonts-wqy-microhei"]  # the Traditional Chinese and Korean interface

DESKTOP = """\
[Desktop Entry]
Type=Application
Name=ActViz
GenericName=Activation function viewer
Comment=See neural-network activation functions, their derivatives and their kinks, live
Exec=actviz %F
Icon=actviz
Terminal=false
Categories=Education;Science;Math;
Keywords=neural;network;activation;deep;learning;
StartupWMClass=actviz
"""


def read_version() -> str:
    """``__version__`` from actviz/_version.py, read without importing the package."""
    tree = ast.parse((ROOT / "actviz" / "_version.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "__version__" for t in node.targets):
            return str(ast.literal_eval(node.value))
    raise SystemExit("actviz/_version.py defines no __version__")


def debian_arch() -> str:
    try:
        return subprocess.run(
            ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return {"x86_64": "amd64", "aarch64": "arm64"}.get(os.uname().machine, os.uname().machine)


def control(version: str, arch: str, installed_kib: int) -> str:
    return (
        f"Package: {PACKAGE}\n"
        f"Version: {version}\n"
        f"Architecture: {arch}\n"
        "Maintainer: The ActViz developers <actviz@users.noreply.github.com>\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: {', '.join(DEPENDS)}\n"
        f"Recommends: {', '.join(RECOMMENDS)}\n"
        "Section: education\n"
        "Priority: optional\n"
        "Homepage: https://github.com/actviz/actviz\n"
        "Description: activation functions of neural networks, live\n"
        " ActViz plots activation functions with their derivatives and kinks, trains\n"
        " small networks with them and shows how signals fare through deep networks.\n"
        " This package carries its own Python, Qt, numpy, scipy and SymPy in /opt/actviz.\n"
    )


def build(bundle: Path, out_dir: Path) -> Path:
    """Build the .deb from the one-folder bundle ``bundle``; return its path."""
    exe = bundle / "actviz"
    if not exe.is_file() or not (bundle / "_internal").is_dir():
        raise SystemExit(f"{bundle} is not a one-folder bundle (no actviz and _internal/ in it)")
    if shutil.which("dpkg-deb") is None:
        raise SystemExit("dpkg-deb not found: build the .deb on Debian or Ubuntu")
    version, arch = read_version(), debian_arch()
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="actviz-deb.") as tmp:
        root = Path(tmp) / "root"
        shutil.copytree(bundle, root / PREFIX, symlinks=True)
        (root / "usr" / "bin").mkdir(parents=True)
        (root / "usr" / "bin" / "actviz").symlink_to(f"/{PREFIX}/actviz")
        apps = root / "usr" / "share" / "applications"
        apps.mkdir(parents=True)
        (apps / "actviz.desktop").write_text(DESKTOP, encoding="utf-8")
        icons = root / "usr" / "share" / "icons" / "hicolor"
        for sub, name in (("256x256/apps", "actviz.png"), ("scalable/apps", "actviz.svg")):
            (icons / sub).mkdir(parents=True)
            shutil.copy2(ASSETS / name, icons / sub / name)
        size = sum(p.lstat().st_size for p in root.rglob("*") if not p.is_dir())
        (root / "DEBIAN").mkdir()
        (root / "DEBIAN" / "control").write_text(control(version, arch, (size + 1023) // 1024), encoding="utf-8")
        for path in [root, *root.rglob("*")]:  # dpkg-deb wants 0755 folders, and no group/other write
            if path.is_dir() and not path.is_symlink():
                path.chmod(0o755)
            elif path.is_file() and not path.is_symlink():
                path.chmod(0o755 if os.access(path, os.X_OK) else 0o644)
        deb = out_dir / f"{PACKAGE}_{version}_{arch}.deb"
        subprocess.run(
            ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(root), str(deb)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return deb


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, help="the one-folder app, e.g. dist/actviz")
    parser.add_argument("--out", type=Path, default=Path.cwd(), help="folder for the .deb (default: here)")
    args = parser.parse_args(argv)
    deb = build(args.bundle.resolve(), args.out.resolve())
    print(f"wrote {deb} ({deb.stat().st_size / 2**20:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
