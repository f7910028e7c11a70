"""Write the fonts the app bundle carries (build time; needs fontTools, in the ``build`` extra).

    python resources/make_fonts.py OUT            # the bundle's fonts/ folder, into OUT
    python resources/make_fonts.py --make-source  # rewrite resources/fonts/wqy-microhei-common.ttf

OUT receives:

- ``WenQuanYiMicroHeiSubset.ttf``: WenQuanYi Micro Hei cut down to the characters of the
  Chinese and Korean translations (read from ``actviz/i18n/*.ts`` now, so a new translation is
  covered), the language names the Language menu shows, ASCII and common punctuation; with its
  licence notice beside it. The family is renamed ``WenQuanYi Micro Hei Subset`` so that it never
  stands in for the full font of the same name that a system may have.
- ``DejaVuSans.ttf``: copied from ziafont's package, a dependency of the app, so that every
  build machine has the same file; with its licence beside it.

The CJK characters come from ``resources/fonts/wqy-microhei-common.ttf``, kept in the repository
so that Windows and macOS builds need no system font: WenQuanYi Micro Hei with the 5,401 common
Traditional Chinese characters (Big5 level 1), the 2,350 Hangul syllables of KS X 1001, Latin,
Greek, symbols and CJK punctuation (1.3 MB against the 5.2 MB of the full ``.ttc``).
``--make-source`` remakes it from the full font (Debian: ``apt install fonts-wqy-microhei``),
for example when a translation needs a rarer character, which makes this script stop and say so.

Licence: WenQuanYi Micro Hei is "Apache-2.0 or GPL-3+ with the font exception" (Debian's
``/usr/share/doc/fonts-wqy-microhei/copyright``). The bundle takes it under Apache-2.0, which
allows modified copies that carry the licence and a notice of the change: both are written
beside the subset, and the font's own name table says it was changed. DejaVu's licence allows
copies that carry its notice, which is written beside the copy.
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

RESOURCES = Path(__file__).resolve().parent
ROOT = RESOURCES.parent
I18N = ROOT / "actviz" / "i18n"
SOURCES = RESOURCES / "fonts"
CJK_SOURCE = SOURCES / "wqy-microhei-common.ttf"
FULL_FONT_PLACES = (
    Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),  # Debian, Ubuntu
    Path("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc"),  # Fedora
)
CJK_FILE = "WenQuanYiMicroHeiSubset.ttf"
CJK_FAMILY = "WenQuanYi Micro Hei Subset"
DEJAVU_FILE = "DejaVuSans.ttf"

# Interface languages whose translations need the CJK font (language codes of the .ts files).
CJK_LANGUAGE_PREFIXES = ("zh", "ko", "ja")
# Always kept: ASCII, general punctuation (dashes, quotes, ellipsis, primes), CJK symbols and
# punctuation, and the full-width forms.
COMMON = "".join(
    chr(c)
    for lo, hi in ((0x20, 0x7E), (0xA0, 0xBF), (0x2010, 0x2027), (0x2030, 0x203A), (0x3000, 0x303F), (0xFF01, 0xFF65))
    for c in range(lo, hi + 1)
)

NOTICE = """\
WenQuanYiMicroHeiSubset.ttf is a modified copy of WenQuanYi Micro Hei 0.2.0-beta.

Copyright (c) 2008-2009, The WenQuanYi Project Board of Trustees
Copyright (c) 2008-2009, Qianqian Fang and mozbug
Based on the Droid font family (Droid Sans Fallback, Droid Sans, Droid Sans Mono):
Copyright (c) 2006-2008, Google Corporation; Steve Matteson, Ascender Corp.
Some CJK punctuation from Ume-Font: (c) 2003-2004, Electronic Font Open Laboratory (/efont/);
1990-2003, Wada Laboratory, the University of Tokyo.

The font is licensed under the Apache License 2.0 or the GPL 3 or later with a font embedding
exception; this copy is distributed under the Apache License 2.0, whose text follows.

Changes made: ActViz's resources/make_fonts.py kept only the characters that its interface
translations use (a subset made with fontTools) and renamed the family to
"WenQuanYi Micro Hei Subset". The outlines of the kept glyphs are unchanged.

"""


def translation_text(ts_file: Path) -> str:
    """All the translated text (numerus forms included) of a Qt .ts file."""
    root = ET.parse(ts_file).getroot()
    return "".join("".join(node.itertext()) for node in root.iter("translation"))


def cjk_ts_files() -> list[Path]:
    files = []
    for path in sorted(I18N.glob("*.ts")):
        language = ET.parse(path).getroot().get("language", "")
        if language.startswith(CJK_LANGUAGE_PREFIXES):
            files.append(path)
    return files


def language_names() -> str:
    """The names of LANGUAGES in actviz/languages.py (each shown in its own language)."""
    path = ROOT / "actviz" / "languages.py"
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        target = (
            node.target
            if isinstance(node, ast.AnnAssign)
            else (node.targets[0] if isinstance(node, ast.Assign) else None)
        )
        if isinstance(target, ast.Name) and target.id == "LANGUAGES" and node.value is not None:
            return "".join(str(v) for v in ast.literal_eval(node.value).values())
    raise SystemExit(f"{path} defines no LANGUAGES")


def needed_characters() -> str:
    """Every character the CJK subset must have, sorted: the CJK translations, the language
    names and the common set."""
    text = "".join(translation_text(path) for path in cjk_ts_files()) + language_names() + COMMON
    return "".join(sorted({ch for ch in text if not ch.isspace() or ch == " "}))


def _subset(source: Path, text: str, out: Path, family: str | None = None) -> None:
    from fontTools import subset

    options = subset.Options()
    options.font_number = 0  # the .ttc's first face, WenQuanYi Micro Hei (not the Mono face)
    options.drop_tables += ["FFTM"]
    options.notdef_outline = True  # keep the box glyph: Qt's missing-glyph checks look for index 0
    font = subset.load_font(str(source), options)
    font.recalcTimestamp = False  # the same inputs give the same bytes
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    if family is not None:
        _rename(font, family)
        # Qt on Windows and macOS (and QRawFont everywhere) reads a font's writing systems from
        # its OS/2 code pages, which the subsetter recomputes from the few ideographs left:
        # claim Big5 (Traditional Chinese, bit 20) and Wansung (Korean, bit 19), the two
        # interface languages this font stands in for, so Qt picks it for their text.
        font["OS/2"].ulCodePageRange1 |= (1 << 19) | (1 << 20)
    out.parent.mkdir(parents=True, exist_ok=True)
    subset.save_font(font, str(out), options)
    font.close()


def _rename(font, family: str) -> None:
    """Give the subset its own family name, and say in the font that it was changed."""
    name = font["name"]
    postscript = family.replace(" ", "")
    for record in list(name.names):
        if record.nameID in (1, 16):
            name.setName(family, record.nameID, record.platformID, record.platEncID, record.langID)
        elif record.nameID in (3, 4):
            name.setName(
                family if record.nameID == 4 else f"{postscript}-Regular",
                record.nameID,
                record.platformID,
                record.platEncID,
                record.langID,
            )
        elif record.nameID == 6:
            name.setName(postscript, 6, record.platformID, record.platEncID, record.langID)
    name.setName(
        "A subset of WenQuanYi Micro Hei made by ActViz's resources/make_fonts.py (modified: only "
        "the characters of the interface translations are kept). Apache License 2.0.",
        10,
        3,
        1,
        0x409,
    )


def missing_from(font_file: Path, text: str) -> list[str]:
    from fontTools.ttLib import TTFont

    with TTFont(str(font_file), fontNumber=0, lazy=True) as font:
        cmap = font.getBestCmap()
    return [ch for ch in text if ord(ch) not in cmap and ch != " " and ord(ch) > 0x7E and not 0xA0 <= ord(ch) <= 0xBF]


def dejavu_source() -> Path:
    import ziafont

    path = Path(ziafont.__file__).resolve().parent / "fonts" / DEJAVU_FILE
    if not path.is_file():
        raise SystemExit(f"make_fonts.py: ziafont has no {DEJAVU_FILE} ({path})")
    return path


def make_fonts(out: Path, dejavu: bool = True, source: Path = CJK_SOURCE) -> dict[str, int]:
    """Write the fonts into ``out``; return their sizes in bytes by file name."""
    text = needed_characters()
    # Characters of the common set that the font itself lacks (a few punctuation marks) are
    # left to the other fonts; those of the translations must all be there.
    translated = "".join(sorted({ch for ch in text if ch not in COMMON}))
    lacking = missing_from(source, translated)
    if lacking:
        raise SystemExit(
            f"make_fonts.py: {source.name} lacks characters that the translations use: "
            f"{''.join(lacking)!r}. Remake it from the full font: python resources/make_fonts.py --make-source"
        )
    out.mkdir(parents=True, exist_ok=True)
    _subset(source, text, out / CJK_FILE, family=CJK_FAMILY)
    licence = (SOURCES / "LICENSE-Apache-2.0.txt").read_text(encoding="utf-8")
    (out / "WenQuanYiMicroHeiSubset.LICENSE.txt").write_text(NOTICE + licence, encoding="utf-8")
    if dejavu:
        shutil.copyfile(dejavu_source(), out / DEJAVU_FILE)
        shutil.copyfile(SOURCES / "LICENSE-DejaVu.txt", out / "DejaVuSans.LICENSE.txt")
    return {path.name: path.stat().st_size for path in sorted(out.iterdir()) if path.suffix == ".ttf"}


def common_source_text(full: Path) -> str:
    """What resources/fonts/wqy-microhei-common.ttf keeps of the full font."""
    from fontTools.ttLib import TTFont

    def decoded(codec: str, his: range, los: list[int]) -> set[str]:
        chars = set()
        for hi in his:
            for lo in los:
                with contextlib.suppress(UnicodeDecodeError):  # an unassigned code
                    chars.add(bytes([hi, lo]).decode(codec))
        return chars

    big5_level1 = decoded("big5", range(0xA4, 0xC7), [*range(0x40, 0x7F), *range(0xA1, 0xFF)])
    ksx1001_hangul = decoded("euc_kr", range(0xB0, 0xC9), list(range(0xA1, 0xFF)))
    with TTFont(str(full), fontNumber=0, lazy=True) as font:
        cmap = font.getBestCmap()
    # Everything the font has below the CJK blocks (Latin, Greek, Cyrillic, symbols), CJK
    # punctuation and kana, Hangul compatibility jamo, and the full-width forms.
    blocks = {
        chr(c) for c in cmap if c < 0x3000 or 0x3000 <= c <= 0x30FF or 0x3130 <= c <= 0x318F or 0xFF00 <= c <= 0xFFEF
    }
    return "".join(sorted(big5_level1 | ksx1001_hangul | blocks | set(needed_characters())))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", type=Path, help="folder to write the fonts into")
    parser.add_argument("--no-dejavu", action="store_true", help="write the CJK subset only")
    parser.add_argument(
        "--make-source", action="store_true", help=f"rewrite {CJK_SOURCE.relative_to(ROOT)} from the full font"
    )
    parser.add_argument("--full-font", type=Path, help="the full WenQuanYi Micro Hei (.ttc or .ttf) for --make-source")
    args = parser.parse_args(argv)
    if args.make_source:
        full = args.full_font or next((p for p in FULL_FONT_PLACES if p.is_file()), None)
        if full is None:
            parser.error("no full WenQuanYi Micro Hei found; install fonts-wqy-microhei or pass --full-font")
        _subset(full, common_source_text(full), CJK_SOURCE)
        written = CJK_SOURCE.stat().st_size
        print(f"{CJK_SOURCE.relative_to(ROOT)}: {written:,} bytes (from {full}, {full.stat().st_size:,} bytes)")
        return 0
    if args.out is None:
        parser.error("name the folder to write the fonts into, or --make-source")
    for name, size in make_fonts(args.out, dejavu=not args.no_dejavu).items():
        print(f"{args.out / name}: {size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
