"""The shape of the code: no module of actviz imports, however indirectly, one that imports it
back (tools/check_cycles.py, which CI also runs after import-linter)."""

from __future__ import annotations

import importlib.util
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def load_tool():
    spec = importlib.util.spec_from_file_location("check_cycles", ROOT / "tools" / "check_cycles.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while it is being run
    spec.loader.exec_module(module)
    return module


check_cycles = load_tool()


def test_no_import_cycle_in_actviz():
    import actviz

    assert Path(actviz.__file__).parent == ROOT / "actviz"  # this checkout, not an installed copy
    cycles = check_cycles.find_cycles("actviz")
    assert cycles == [], check_cycles.report(cycles, "actviz")


def write_package(root: Path, name: str, files: dict[str, str]) -> None:
    for rel, text in files.items():
        path = root / name / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).replace("PKG", name))


def test_the_check_finds_cycles_through_package_inits_lazy_and_type_checking_imports(tmp_path, monkeypatch, capsys):
    name = "cycle_fixture_pkg"
    write_package(
        tmp_path,
        name,
        {
            "__init__.py": "from PKG.core import thing\n",
            "core.py": """\
                thing = 1


                def late():
                    from PKG import helpers  # made late on purpose: still a cycle

                    return helpers
                """,
            "helpers.py": "from PKG import thing  # the package itself, through its __init__\n",
            "a.py": "import PKG.b\n",
            "b.py": """\
                from typing import TYPE_CHECKING

                if TYPE_CHECKING:
                    from PKG.a import A
                """,
            "clean.py": "import PKG.a\n",
            "sub/__init__.py": "",
            "sub/leaf.py": "from PKG.sub import leaf\n",
        },
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    cycles = check_cycles.find_cycles(name)
    assert [c.modules for c in cycles] == [
        (name, f"{name}.core", f"{name}.helpers"),
        (f"{name}.a", f"{name}.b"),
        (f"{name}.sub.leaf",),
    ]
    first = cycles[0].circle
    assert [(s.importer, s.imported) for s in first] == [
        (name, f"{name}.core"),
        (f"{name}.core", f"{name}.helpers"),
        (f"{name}.helpers", name),
    ]
    assert first[0].where == f"{name}/__init__.py:1 from {name}.core import thing"
    assert first[1].where.startswith(f"{name}/core.py:5 from {name} import helpers")
    assert cycles[2].circle[0].where == f"{name}/sub/leaf.py:1 from {name}.sub import leaf"
    assert check_cycles.main([name]) == 1
    out, err = capsys.readouterr()
    assert out == "" and err.startswith(f"3 import cycle(s) in {name}:")
    assert f"{name}.helpers -> {name}    {name}/helpers.py:1" in err


def test_a_package_without_cycles_passes(tmp_path, monkeypatch, capsys):
    name = "acyclic_fixture_pkg"
    write_package(tmp_path, name, {"__init__.py": "from PKG import a\n", "a.py": "import PKG.b\n", "b.py": "x = 1\n"})
    monkeypatch.syspath_prepend(str(tmp_path))
    assert check_cycles.main([name]) == 0
    assert capsys.readouterr().out.strip() == f"no import cycle in {name}"


def test_groups_and_circles_on_a_long_chain():
    n = 5000  # deeper than Python's recursion limit: the search must not recurse
    edges = {f"m{i}": {f"m{(i + 1) % n}"} for i in range(n)}
    edges |= {"x": {"y"}, "y": {"z"}, "z": set(), "self": {"self"}}
    groups = check_cycles.strongly_connected(edges)
    assert sorted(len(g) for g in groups) == [1, n]
    assert ["self"] in groups
    circle = check_cycles.shortest_circle("m0", set(edges) - {"x", "y", "z", "self"}, edges)
    assert len(circle) == n + 1 and circle[0] == circle[-1] == "m0"
    shortcut = {"a": {"b", "c"}, "b": {"c"}, "c": {"a"}}
    assert check_cycles.shortest_circle("a", {"a", "b", "c"}, shortcut) == ["a", "c", "a"]


@pytest.mark.parametrize("package", ["actviz"])
def test_the_command_line_checks_this_checkout(package, capsys):
    assert check_cycles.main([package]) == 0
    assert capsys.readouterr().out.strip() == f"no import cycle in {package}"


def signal_names(group: type) -> list[str]:
    from psygnal import Signal

    return [name for name, value in vars(group).items() if isinstance(value, Signal)]


def test_the_state_docstring_counts_and_names_its_signals():
    from actviz.state import State
    from actviz.state.depth import DepthEvents
    from actviz.state.events import StateEvents
    from actviz.state.training import TrainEvents

    doc = " ".join(State.__doc__.split())
    names = signal_names(StateEvents)
    assert f"{len(names)} psygnal signals" in doc
    missing = [name for name in names if f"``{name}``" not in doc]
    assert missing == [], missing
    assert f"``train.events`` ({len(signal_names(TrainEvents))} signals)" in doc
    assert f"``depth.events`` ({len(signal_names(DepthEvents))})" in doc
