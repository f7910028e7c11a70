"""Start-up loads only what the first frame draws (the Function view).

The app runs in a subprocess to its first paint (``ACTVIZ_STARTUP_PROBE=1``), which writes the
modules loaded at that moment (``ACTVIZ_STARTUP_MODULES``). The Train and Depth views, their
controllers and core, the formula editor with SymPy, SciPy and the picture writer load on first
use. The plain definitions the state checks against live in :mod:`actviz.core.setups`, which
loads no numpy, and agree with the configs of the core that computes with them.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

NOT_AT_START = (
    # the Train and Depth views, what drives them and what they compute with
    "actviz.ui.train_view",
    "actviz.ui.depth_view",
    "actviz.ui.diagram",
    "actviz.viewmodels.diagram",
    "actviz.controllers.train",
    "actviz.controllers.depth",
    "actviz.controllers.jobs",
    "actviz.viewmodels.train",
    "actviz.viewmodels.depth",
    "actviz.core.training",
    "actviz.core.depth",
    "actviz.core.meanfield",
    "actviz.core.network",
    "actviz.core.datasets",
    # the formula editor and the symbolic work behind it
    "actviz.ui.formula_editor",
    "actviz.viewmodels.formula_editor",
    "actviz.core.formula",
    "sympy",
    "scipy",
    "scipy.optimize",
    # the picture writer, the headless commands and the worker thread bridge
    "actviz.ui.export",
    "actviz.ui.worker",
    "actviz.commands",
)
"""Modules the first frame does not draw: none of them may be loaded before it is painted."""

FIRST_FRAME = ("actviz.ui.window", "actviz.ui.plot", "actviz.controllers.function", "actviz.core.sampler")
"""What the first frame is made of: the list must hold these, or it was not taken at the paint."""


def run_python(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("ACTVIZ_")}
    full_env.update({"QT_QPA_PLATFORM": "offscreen", "ACTVIZ_SETTINGS": "none", **(env or {})})
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, env=full_env, cwd=ROOT, timeout=120)


@pytest.fixture(scope="module")
def loaded_at_first_paint(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    out = tmp_path_factory.mktemp("startup") / "modules.txt"
    res = run_python(str(ROOT / "main.py"), env={"ACTVIZ_STARTUP_PROBE": "1", "ACTVIZ_STARTUP_MODULES": str(out)})
    assert res.returncode == 0, res.stderr
    assert "startup_ms=" in res.stdout
    return set(out.read_text(encoding="utf-8").split())


def test_the_list_is_taken_at_the_first_paint(loaded_at_first_paint: set[str]) -> None:
    assert set(FIRST_FRAME) <= loaded_at_first_paint


def test_nothing_the_first_frame_does_not_draw_is_loaded_before_it(loaded_at_first_paint: set[str]) -> None:
    early = sorted(set(NOT_AT_START) & loaded_at_first_paint)
    assert not early, f"loaded before the first paint: {', '.join(early)}"


def test_the_setups_import_only_the_standard_typing() -> None:
    """The plain definitions import nothing that computes (no numpy, no other core module)."""
    import ast

    from actviz.core import setups

    tree = ast.parse(Path(setups.__file__).read_text(encoding="utf-8"))
    imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    imported |= {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert imported <= {"__future__", "typing"}, imported


def test_the_state_loads_neither_training_nor_depth() -> None:
    code = f"import sys, actviz.state\nprint(sorted(m for m in sys.modules if m in {set(NOT_AT_START)}))\n"
    res = run_python("-c", code)
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip() == "[]", f"actviz.state loads {res.stdout.strip()}"


def test_the_setups_are_the_cores_definitions() -> None:
    from actviz.core import datasets, depth, network, setups, training
    from actviz.state import depth as state_depth
    from actviz.state import training as state_training

    # The core's names are the setups' (one definition), kept where code imports them from.
    assert datasets.DATASETS is setups.DATASETS and datasets.FEATURES is setups.FEATURES
    assert training.REGULARIZATIONS is setups.REGULARIZATIONS and training.MAX_LAYERS == setups.MAX_LAYERS
    assert network.INITS is setups.INITS and depth.INITS is setups.DEPTH_INITS
    assert set(setups.DEPTH_INITS) == set(setups.INITS)
    assert state_depth.INITS is setups.DEPTH_INITS and state_training.DATASETS is setups.DATASETS
    # A preset holds its values as the core's config stores them, so both read the same.
    article = training.ARTICLE_PRESET
    for name, value in setups.ARTICLE_PRESET._asdict().items():
        assert getattr(article, name) == value, name
    assert list(depth.DEPTH_PRESETS) == list(setups.DEPTH_PRESETS) == list(state_depth.PRESETS)
    for name, preset in setups.DEPTH_PRESETS.items():
        config = depth.DEPTH_PRESETS[name]
        for field, value in preset._asdict().items():
            assert getattr(config, field) == value, (name, field)
