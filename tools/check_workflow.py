"""Check that a GitHub Actions workflow names only files and pip extras this checkout has.

    python tools/check_workflow.py .github/workflows/release.yml

The release workflow cannot run here, so a renamed script or spec would only show on the next
tag. This reads the workflow as text and checks:

- every repository path it names (``resources/actviz.spec``, ``tools/make_deb.py``,
  ``tests/test_frozen.py``, ...) exists: a word with a ``/`` in it that ends in a file
  suffix, outside the build outputs (``dist/``, ``build/``) and the packages it makes;
- every pip extra it installs (``-e ".[test,build]"``) is an optional-dependency group in
  ``pyproject.toml``.

Exit 0 when all is well; otherwise 1, with one line per problem. Standard library only.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# A relative path with at least one folder, ending in a file suffix; not part of a URL or of a
# longer path, and not an expression (${{ ... }}) or a glob.
SUFFIXES = "py|cjs|js|spec|toml|sh|c|md|txt|cfg|ya?ml|svg|png|ico|icns"
PATH = re.compile(rf"(?<![\w./$*{{-])((?:\.?[\w-]+/)+[\w.-]*\.(?:{SUFFIXES}))\b")
EXTRAS = re.compile(r"""-e\s+["']?\.\[([\w,\s-]+)\]""")
OUTPUTS = ("dist/", "build/", "packages/", "node_modules/")


def named_paths(text: str) -> list[str]:
    """The repository paths ``text`` names, in order, each once."""
    seen: dict[str, None] = {}
    for line in text.splitlines():
        if line.lstrip().startswith("#"):
            continue
        for match in PATH.finditer(line):
            path = match.group(1)
            if not path.startswith(OUTPUTS) and "://" not in line[max(0, match.start() - 8) : match.start()]:
                seen.setdefault(path, None)
    return list(seen)


def named_extras(text: str) -> list[str]:
    """The pip extras that ``pip install -e ".[a,b]"`` lines in ``text`` ask for."""
    found: dict[str, None] = {}
    for match in EXTRAS.finditer(text):
        for name in match.group(1).split(","):
            if name.strip():
                found.setdefault(name.strip(), None)
    return list(found)


def problems(workflow: Path, root: Path = ROOT) -> list[str]:
    """One line per file the workflow names that is missing, and per unknown pip extra."""
    text = workflow.read_text(encoding="utf-8")
    missing = [path for path in named_paths(text) if not (root / path).exists()]
    out = [f"{workflow}: names {path}, which does not exist" for path in missing]
    pyproject = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    extras = pyproject.get("project", {}).get("optional-dependencies", {})
    out += [
        f"{workflow}: installs the extra [{name}], which pyproject.toml does not define"
        for name in named_extras(text)
        if name not in extras
    ]
    return out


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args:
        print("usage: python tools/check_workflow.py WORKFLOW.yml ...", file=sys.stderr)
        return 2
    found = []
    for name in args:
        path = Path(name)
        if not path.is_file():
            found.append(f"{path}: no such file")
            continue
        found += problems(path)
    for line in found:
        print(line, file=sys.stderr)
    if not found:
        names = [p for n in args for p in named_paths(Path(n).read_text(encoding="utf-8"))]
        print(f"check_workflow: OK ({len(names)} files named, all present: {', '.join(names)})")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
