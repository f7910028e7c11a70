"""Exit 0 if a file is a PNG of the given size: ``python tools/check_png.py shot.png 800x600``.

Used by .ci/run on the screenshot that the installed .deb takes. Standard library only.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path


def png_size(path: Path) -> tuple[int, int] | None:
    """The PNG's (width, height), or None if the file is not a PNG."""
    try:
        head = path.read_bytes()[:24]
    except OSError:
        return None
    if head[:8] != b"\x89PNG\r\n\x1a\n" or head[12:16] != b"IHDR":
        return None
    width, height = struct.unpack(">II", head[16:24])
    return width, height


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print("usage: python tools/check_png.py FILE WxH", file=sys.stderr)
        return 2
    path, want = Path(args[0]), args[1]
    size = png_size(path)
    if size is None:
        print(f"check_png: {path} is missing or not a PNG", file=sys.stderr)
        return 1
    if f"{size[0]}x{size[1]}" != want:
        print(f"check_png: {path} is {size[0]}x{size[1]}, expected {want}", file=sys.stderr)
        return 1
    print(f"check_png: {path} is a {want} PNG")
    return 0


if __name__ == "__main__":
    sys.exit(main())
