"""Refresh the interface translations: sources → .ts (pyside6-lupdate) → .qm (pyside6-lrelease).

    python resources/update_translations.py            # update the .ts and .qm files, list what needs translating
    python resources/update_translations.py --check    # change nothing; exit 1 if anything is out of date

The .ts files in actviz/i18n/ hold every text marked with ``self.tr(...)``,
``QCoreApplication.translate(...)`` or ``QT_TRANSLATE_NOOP(...)`` in the package's .py files,
and its translation. After texts are added or changed, run this script: new texts come in as
*unfinished* and are listed; translate them in the .ts files (Qt Linguist, or by hand: fill
in ``<translation>`` and remove ``type="unfinished"``), then run the script again to compile
the .qm files, which ship with the package. Texts no longer in the sources are dropped.
``--check`` is what the tests run: sources, .ts and .qm must agree and nothing may be unfinished.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "actviz"
I18N = PACKAGE / "i18n"
LANGUAGES = ("zh_TW", "ko", "fr")


def tool(name: str) -> str:
    """The Qt tool installed with PySide6: beside this Python first, then on PATH."""
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6-Essentials (it ships {name})")
    return found


def sources(root: Path = ROOT) -> list[str]:
    """The package's .py files, relative to ``root``, sorted (what lupdate reads)."""
    return sorted(str(p.relative_to(root)) for p in (root / "actviz").rglob("*.py") if "__pycache__" not in p.parts)


def lupdate(root: Path, ts_files: list[Path]) -> str:
    """Bring ``ts_files`` up to date with the sources under ``root``; returns lupdate's report."""
    cmd = [tool("pyside6-lupdate"), *sources(root), "-no-obsolete", "-locations", "none", "-ts", *map(str, ts_files)]
    done = subprocess.run(cmd, cwd=root, capture_output=True, text=True, check=True)
    return done.stdout + done.stderr


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], capture_output=True, text=True, check=True)


def messages(ts: Path) -> list[tuple[str, str, str, bool]]:
    """Every message of a .ts file: (context, source, translation, finished)."""
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for msg in context.iter("message"):
            tr = msg.find("translation")
            text = (tr.text or "") if tr is not None else ""
            kind = tr.get("type") if tr is not None else "unfinished"
            out.append((name, msg.findtext("source") or "", text, kind not in ("unfinished", "vanished", "obsolete")))
    return out


def unfinished(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of each message without a finished, non-empty translation."""
    return [(c, s) for c, s, t, done in messages(ts) if not done or not t.strip()]


def compiled_differences(qm: Path, ts: Path) -> str:
    """How a compiled .qm differs from its .ts, in a few words; empty if it gives exactly the
    finished translations of the .ts (and nothing for the unfinished ones)."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    if not qm.is_file() or not translator.load(str(qm)):
        return "missing or unreadable"
    wrong = [s for c, s, t, done in messages(ts) if translator.translate(c, s) != (t if done else "")]
    return f"{len(wrong)} messages differ, e.g. {wrong[0]!r}" if wrong else ""


def check(root: Path = ROOT) -> list[str]:
    """What is out of date, one line each; empty when sources, .ts and .qm all agree."""
    problems = []
    i18n = root / "actviz" / "i18n"
    with tempfile.TemporaryDirectory() as tmp:
        for lang in LANGUAGES:
            ts, qm = i18n / f"actviz_{lang}.ts", i18n / f"actviz_{lang}.qm"
            if not ts.is_file():
                problems.append(f"{ts.relative_to(root)} is missing")
                continue
            fresh = Path(tmp) / ts.name
            shutil.copy2(ts, fresh)
            lupdate(root, [fresh])
            # Compared as messages, not bytes, so that another version of the tools that
            # writes the same messages differently is no reason to fail.
            if messages(fresh) != messages(ts):
                problems.append(f"{ts.relative_to(root)} is not up to date with the sources: run this script")
            for context, source in unfinished(fresh):
                problems.append(f"{lang}: unfinished: [{context}] {source!r}")
            wrong = compiled_differences(qm, ts)
            if wrong:
                problems.append(f"{qm.relative_to(root)} does not match {ts.name} ({wrong}): run this script")
    return problems


def update(root: Path = ROOT) -> int:
    i18n = root / "actviz" / "i18n"
    ts_files = [i18n / f"actviz_{lang}.ts" for lang in LANGUAGES]
    print(lupdate(root, ts_files).strip())
    todo = 0
    for ts in ts_files:
        lrelease(ts, ts.with_suffix(".qm"))
        left = unfinished(ts)
        todo += len(left)
        print(f"{ts.relative_to(root)}: {len(messages(ts))} messages, {len(left)} to translate")
        for context, source in left:
            print(f"    [{context}] {source!r}")
    return 1 if todo else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if anything is out of date")
    args = parser.parse_args(argv)
    if args.check:
        problems = check()
        for line in problems:
            print(line)
        return 1 if problems else 0
    return update()


if __name__ == "__main__":
    sys.exit(main())
