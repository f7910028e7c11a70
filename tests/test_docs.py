"""The README opens with the two commands a fresh machine needs, one to run the app and one to
pass the tests; CI runs exactly that test command; and the README stays short."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _blocks(text: str) -> list[str]:
    return [b.strip() for b in re.findall(r"```bash\n(.*?)```", text, flags=re.S)]


def test_the_readme_opens_with_the_run_and_the_test_commands():
    run, test = _blocks(README)[:2]
    assert run.startswith("python3 -m venv .venv && . .venv/bin/activate && pip install -e . && ")
    assert run.endswith("actviz")
    assert test == 'python3 -m venv .venv && . .venv/bin/activate && pip install -e ".[test]" && python -m pytest'


def test_ci_runs_exactly_the_readme_s_test_command():
    test = _blocks(README)[1]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert test in ci, "the README's test command is not a line of .ci/run"


def test_the_readme_has_at_most_250_lines():
    assert len(README.splitlines()) <= 250
