"""Where the bytes of a one-folder app go: by part, and the largest files, as Markdown tables.

    python tools/bundle_sizes.py dist/actviz            # both tables
    python tools/bundle_sizes.py dist/actviz --top 25   # more of the largest files

Sizes are in MB (2^20 bytes), files and symbolic links counted as ``tests/test_frozen.py``
counts them (a link by its own size). resources/BUILD.md quotes the output.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

# (part, test on the path below _internal/), first match wins.
PARTS = [
    ("Qt's ICU (libicudata, libicui18n, libicuuc)", lambda p: p.startswith("PySide6/Qt/lib/libicu")),
    ("Qt libraries (PySide6/Qt/lib)", lambda p: p.startswith("PySide6/Qt/lib/")),
    ("Qt plugins", lambda p: p.startswith("PySide6/Qt/plugins/")),
    ("Qt translations", lambda p: p.startswith("PySide6/Qt/translations/")),
    ("PySide6 and shiboken6 bindings", lambda p: p.startswith(("PySide6/", "shiboken6/"))),
    ("numpy.libs (OpenBLAS 64-bit, libgfortran, libquadmath)", lambda p: p.startswith("numpy.libs/")),
    ("scipy.libs (the forwarder to numpy's OpenBLAS, links)", lambda p: p.startswith("scipy.libs/")),
    ("numpy's extension modules and data", lambda p: p.startswith("numpy")),
    ("scipy.special's extension modules", lambda p: p.startswith("scipy")),
    ("Python: libpython", lambda p: p.startswith("libpython")),
    ("Python: lib-dynload and base_library.zip", lambda p: p.startswith(("python3", "base_library.zip"))),
    ("system libraries (X11/xcb, glib, D-Bus, libstdc++, ...)", lambda p: p.startswith("lib") and ".so" in p),
    ("ziamath and ziafont (math and text fonts)", lambda p: p.startswith(("ziamath", "ziafont"))),
    ("the app's assets, lessons and translations", lambda p: p.startswith("actviz/")),
]


def sizes(bundle: Path) -> tuple[Counter[str], list[tuple[int, str]]]:
    internal = bundle / "_internal"
    parts: Counter[str] = Counter()
    files = []
    for path in sorted(bundle.rglob("*")):
        if not (path.is_file() or path.is_symlink()):
            continue
        size = path.lstat().st_size
        files.append((size, path.relative_to(bundle).as_posix()))
        if path.parent == bundle:
            parts["the executable: bootloader and all pure-Python code, compressed"] += size
            continue
        rel = path.relative_to(internal).as_posix()
        part = next((name for name, test in PARTS if test(rel)), "the rest (pyqtgraph data, psygnal, dist-info, ...)")
        parts[part] += size
    files.sort(reverse=True)
    return parts, files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, help="the one-folder app, e.g. dist/actviz")
    parser.add_argument("--top", type=int, default=15, help="how many of the largest files (default 15)")
    args = parser.parse_args(argv)
    if not (args.bundle / "_internal").is_dir():
        print(f"{args.bundle} is not a one-folder bundle (no _internal/)", file=sys.stderr)
        return 2
    parts, files = sizes(args.bundle)
    mb = 2**20
    print("| part | MB |\n|---|---:|")
    for name, size in parts.most_common():
        print(f"| {name} | {size / mb:.1f} |")
    print(f"| **total** | **{sum(parts.values()) / mb:.1f}** |\n")
    print("| largest files | MB |\n|---|---:|")
    for size, name in files[: args.top]:
        print(f"| `{name}` | {size / mb:.1f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
