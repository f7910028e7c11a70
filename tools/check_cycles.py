"""Fail if any module of ActViz imports, however indirectly, a module that imports it back.

    python tools/check_cycles.py            # the actviz package of this checkout
    python tools/check_cycles.py PACKAGE    # another importable package

The import graph is grimp's (the library import-linter is built on): every ``import`` and
``from … import`` statement in the package, including those inside functions (imports made
late on purpose) and under ``if TYPE_CHECKING:``. A package counts as its ``__init__`` module,
so ``actviz.state.model`` importing ``from actviz.state import State`` while
``actviz/state/__init__.py`` imports ``actviz.state.model`` is a cycle. (Python running a
package's ``__init__`` before its modules is not counted as an import: every package would
be a cycle.)

Each group of modules that import each other is listed with one shortest circle through it,
each step with the file, line and statement that makes it. Exit status 0 when there is no
cycle, 1 when there is one.
"""

from __future__ import annotations

import argparse
import importlib.util
import itertools
import sys
from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Step:
    importer: str
    imported: str
    where: str  # "actviz/ui/i18n.py:125 from actviz.ui.window import settings_path"


@dataclass(frozen=True)
class Cycle:
    modules: tuple[str, ...]  # every module of the group, sorted
    circle: tuple[Step, ...]  # one shortest way round, from the group's first module


def import_graph(package: str) -> tuple[object, dict[str, set[str]]]:
    import grimp

    graph = grimp.build_graph(package, cache_dir=None)
    edges = {m: set(graph.find_modules_directly_imported_by(m)) for m in graph.modules}
    return graph, edges


def strongly_connected(edges: Mapping[str, Iterable[str]]) -> list[list[str]]:
    """The groups of modules that reach each other (Tarjan's algorithm, without recursion),
    those of one module only when it imports itself."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []
    counter = 0
    for root in sorted(edges):
        if root in index:
            continue
        work = [(root, iter(sorted(edges.get(root, ()))))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges.get(child, ())))))
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    group = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        group.append(member)
                        if member == node:
                            break
                    if len(group) > 1 or node in edges.get(node, ()):
                        groups.append(sorted(group))
    return sorted(groups)


def shortest_circle(start: str, group: set[str], edges: Mapping[str, Iterable[str]]) -> list[str]:
    """The modules of a shortest way from ``start`` back to itself inside ``group``."""
    came_from: dict[str, str] = {}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for child in sorted(edges.get(node, ())):
            if child not in group:
                continue
            if child == start:
                path = [node]
                while path[-1] != start:
                    path.append(came_from[path[-1]])
                return [*reversed(path), start]
            if child not in came_from:
                came_from[child] = node
                queue.append(child)
    return [start, start]


def source_file(module: str) -> str:
    """The file of ``module``, as a path from the package's parent folder (nothing imported)."""
    top, *rest = module.split(".")
    spec = importlib.util.find_spec(top)  # a top-level name: found, not run
    if spec is None or not spec.submodule_search_locations:
        return module.replace(".", "/") + ".py"
    base = Path(next(iter(spec.submodule_search_locations)))
    folder = base.joinpath(*rest)
    path = folder / "__init__.py" if folder.is_dir() else folder.with_suffix(".py")
    return path.relative_to(base.parent).as_posix()


def _where(graph: object, importer: str, imported: str) -> str:
    details = graph.get_import_details(importer=importer, imported=imported)  # type: ignore[attr-defined]
    if not details:
        return ""
    first = min(details, key=lambda d: d["line_number"])
    more = f" (and {len(details) - 1} more)" if len(details) > 1 else ""
    return f"{source_file(importer)}:{first['line_number']} {first['line_contents']}{more}"


def find_cycles(package: str = "actviz") -> list[Cycle]:
    """Every import cycle in ``package``, each with one shortest circle through it."""
    graph, edges = import_graph(package)
    out = []
    for group in strongly_connected(edges):
        names = shortest_circle(group[0], set(group), edges)
        steps = tuple(Step(a, b, _where(graph, a, b)) for a, b in itertools.pairwise(names))
        out.append(Cycle(tuple(group), steps))
    return out


def report(cycles: list[Cycle], package: str) -> str:
    if not cycles:
        return f"no import cycle in {package}"
    lines = [f"{len(cycles)} import cycle(s) in {package}:"]
    for cycle in cycles:
        lines.append(f"- {len(cycle.modules)} modules: {', '.join(cycle.modules)}")
        for step in cycle.circle:
            lines.append(f"    {step.importer} -> {step.imported}    {step.where}".rstrip())
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("package", nargs="?", default="actviz")
    args = parser.parse_args(argv)
    if str(ROOT) not in sys.path[:1]:
        sys.path.insert(0, str(ROOT))  # this checkout's package, not an installed copy
    cycles = find_cycles(args.package)
    print(report(cycles, args.package), file=sys.stderr if cycles else sys.stdout)
    return 1 if cycles else 0


if __name__ == "__main__":
    sys.exit(main())
