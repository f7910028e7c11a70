"""Render actviz/assets/actviz.svg into the app icons the build and the window use.

The icons are package data: they live in ``actviz/assets/`` beside the SVG master, ship in
the wheel, and are read at run time through ``actviz.resources``. This script stays in
``resources/`` because it is a build tool, not part of the package. It writes, into
``actviz/assets/``:

- ``actviz.png``  -- 256 x 256, for ``QIcon`` / ``setWindowIcon`` and Linux desktop files;
- ``actviz.ico``  -- Windows icon, PNG-compressed entries of 16 to 256 px;
- ``actviz.icns`` -- macOS icon, PNG-compressed entries of 16 to 1024 px (with @2x variants).

Every size is rendered from the vector drawing by QtSvg, so small sizes are drawn, not
scaled. The ICO and ICNS containers are written here by hand (both are a small header plus
PNG blobs), so neither this script nor the PyInstaller build needs Pillow. The outputs are
committed; run this again only after editing the SVG::

    python resources/make_icons.py          # regenerate
    python resources/make_icons.py --check  # exit 1 if the committed files are stale

Needs PySide6 (QtGui and QtSvg, both in PySide6-Essentials). Runs headless.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ASSETS = ROOT / "actviz" / "assets"
SVG = ASSETS / "actviz.svg"

PNG_SIZE = 256
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# (OSType, pixel size). The "@2x" types hold the same picture as the next smaller point size
# at double density. PNG payloads are accepted for all of these since macOS 10.7.
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),  # 16@2x
    (b"ic12", 64),  # 32@2x
    (b"ic07", 128),
    (b"ic13", 256),  # 128@2x
    (b"ic08", 256),
    (b"ic14", 512),  # 256@2x
    (b"ic09", 512),
    (b"ic10", 1024),  # 512@2x
)


def render_png(renderer, size: int) -> bytes:
    """Render the SVG at ``size`` x ``size`` pixels and return the PNG file bytes.

    Parameters
    ----------
    renderer : PySide6.QtSvg.QSvgRenderer
        A renderer with the icon loaded.
    size : int
        Edge length in pixels.

    Returns
    -------
    bytes
        A complete 32-bit RGBA PNG file.
    """
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter

    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    # Straight (non-premultiplied) alpha is what PNG stores; converting first keeps the
    # encoder from doing it with a different rounding on another Qt version.
    image = image.convertToFormat(QImage.Format.Format_ARGB32)

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError(f"Qt could not encode a {size}px PNG")
    buffer.close()
    return bytes(data.data())


def build_ico(pngs: dict[int, bytes]) -> bytes:
    """Pack PNG images into a Windows ICO container.

    Parameters
    ----------
    pngs : dict of int to bytes
        PNG file bytes keyed by edge length (1 to 256).

    Returns
    -------
    bytes
        The ICO file: ICONDIR, one ICONDIRENTRY per image, then the PNG payloads. PNG
        payloads are valid ICO images since Windows Vista.
    """
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))  # reserved, type 1 = icon, count
    offset = len(header) + 16 * len(sizes)
    entries, payload = [], []
    for size in sizes:
        blob = pngs[size]
        dim = 0 if size == 256 else size  # a 0 byte means 256
        # width, height, palette size, reserved, colour planes, bits per pixel, size, offset
        entries.append(struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset))
        payload.append(blob)
        offset += len(blob)
    return header + b"".join(entries) + b"".join(payload)


def build_icns(blobs: list[tuple[bytes, bytes]]) -> bytes:
    """Pack PNG images into a macOS ICNS container.

    Parameters
    ----------
    blobs : list of (bytes, bytes)
        ``(ostype, png_bytes)`` pairs, for example ``(b"ic08", <256px PNG>)``.

    Returns
    -------
    bytes
        The ICNS file: the ``icns`` magic and total length, then one element per image,
        each an OSType, its big-endian length including the 8-byte element header, and
        the PNG data.
    """
    body = b"".join(ostype + struct.pack(">I", 8 + len(png)) + png for ostype, png in blobs)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def generate() -> dict[str, bytes]:
    """Render every output file in memory.

    Returns
    -------
    dict of str to bytes
        File contents keyed by file name (``actviz.png``, ``actviz.ico``, ``actviz.icns``).
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # noqa: F841
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise RuntimeError(f"QtSvg could not parse {SVG}")

    cache: dict[int, bytes] = {}

    def png(size: int) -> bytes:
        if size not in cache:
            cache[size] = render_png(renderer, size)
        return cache[size]

    return {
        "actviz.png": png(PNG_SIZE),
        "actviz.ico": build_ico({size: png(size) for size in ICO_SIZES}),
        "actviz.icns": build_icns([(ostype, png(size)) for ostype, size in ICNS_TYPES]),
    }


# Anti-aliased edges may differ by a level or two between Qt builds and CPUs (SIMD paths),
# which changes the PNG bytes but not the picture; --check compares pixels with this slack.
PIXEL_TOLERANCE = 2


def split_container(name: str, data: bytes) -> list[tuple[bytes, bytes]]:
    """Return the ``(tag, png_bytes)`` images held in one of the generated files.

    Parameters
    ----------
    name : str
        File name; its suffix says the format (``.png``, ``.ico`` or ``.icns``).
    data : bytes
        The file contents.

    Returns
    -------
    list of (bytes, bytes)
        One pair per image: the ICNS OSType, the ICO entry's width/height bytes, or
        ``b"png"`` for a plain PNG file, and the PNG bytes. A malformed container gives
        an entry whose PNG bytes do not decode, so the comparison reports it as stale.
    """
    if name.endswith(".png"):
        return [(b"png", data)]
    images = []
    if name.endswith(".ico"):
        _, _, count = struct.unpack_from("<HHH", data, 0)
        for i in range(count):
            width, height, _, _, _, _, size, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * i)
            images.append((bytes((width, height)), data[offset : offset + size]))
        return images
    if name.endswith(".icns"):
        pos = 8
        while pos + 8 <= len(data):
            ostype, length = data[pos : pos + 4], struct.unpack_from(">I", data, pos + 4)[0]
            images.append((ostype, data[pos + 8 : pos + length]))
            pos += max(length, 8)
        return images
    raise ValueError(f"unknown icon container {name!r}")


def same_pictures(name: str, old: bytes, new: bytes) -> bool:
    """Whether two versions of a generated file hold the same images, up to PIXEL_TOLERANCE."""
    if old == new:
        return True
    from PySide6.QtGui import QImage

    def pixels(png: bytes) -> tuple[int, int, bytes] | None:
        image = QImage.fromData(png, "PNG")
        if image.isNull():
            return None
        image = image.convertToFormat(QImage.Format.Format_RGBA8888)
        rows = [
            bytes(image.constScanLine(y))[: 4 * image.width()] for y in range(image.height())
        ]
        return image.width(), image.height(), b"".join(rows)

    try:
        old_images, new_images = split_container(name, old), split_container(name, new)
    except struct.error:
        return False
    if [tag for tag, _ in old_images] != [tag for tag, _ in new_images]:
        return False
    for (_, old_png), (_, new_png) in zip(old_images, new_images):
        a, b = pixels(old_png), pixels(new_png)
        if a is None or b is None or a[:2] != b[:2]:
            return False
        if max((abs(x - y) for x, y in zip(a[2], b[2])), default=0) > PIXEL_TOLERANCE:
            return False
    return True


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; see the module docstring."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check",
        action="store_true",
        help="write nothing; exit 1 if a committed icon differs from a fresh render "
        f"(by more than {PIXEL_TOLERANCE} levels in any pixel)",
    )
    args = parser.parse_args(argv)

    outputs = generate()
    stale = []
    for name, data in outputs.items():
        path = ASSETS / name
        if args.check:
            if not path.is_file() or not same_pictures(name, path.read_bytes(), data):
                stale.append(name)
        else:
            path.write_bytes(data)
            print(f"wrote {path} ({len(data):,} bytes)")
    if stale:
        print(f"stale icons (run resources/make_icons.py): {', '.join(stale)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
