"""Start-up benchmark: launch to the first painted frame, for several versions interleaved.

Run: ``python benchmarks/bench_startup.py [--runs 8] LABEL=REF [LABEL=REF ...]``

Each ``REF`` is a checkout of ActViz (a folder holding ``main.py``) or a git commit of this
repository (checked out for the run into a temporary worktree, removed afterwards). Every
launch is ``python main.py`` in that checkout with ``ACTVIZ_STARTUP_PROBE=1`` (the app prints
``startup_ms=…``, the process's age at the first paint of the plot, and quits), offscreen and
without the settings file. The versions take turns (A B C A B C …) after one launch each that
is not counted, so a change in the machine's speed touches all of them alike. Between rounds
the baseline, ``np.tanh`` over 10⁶ float64 (warmed), is timed in this process.

Prints a Markdown table: median and p90 of each version, as milliseconds, as a ratio to the
first version and as a multiple of the baseline; and the load average before and after.
``--extra-path DIR`` adds DIR to every launch's ``PYTHONPATH`` after the checkout (for a
dependency an old version needs that the environment no longer has).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def quantile(values: list[float], q: float) -> float:
    """The q-quantile of ``values`` (linear between order statistics)."""
    s = sorted(values)
    if len(s) == 1:
        return s[0]
    pos = q * (len(s) - 1)
    lo = int(pos)
    hi = min(lo + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (pos - lo)


def baseline_ms(repeat: int = 15) -> float:
    """Median time of ``np.tanh`` over 10⁶ float64, after a warm-up call."""
    import numpy as np

    x = np.linspace(-5.0, 5.0, 1_000_000)
    out = np.empty_like(x)
    np.tanh(x, out=out)
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        np.tanh(x, out=out)
        times.append((time.perf_counter() - t0) * 1e3)
    return statistics.median(times)


@contextlib.contextmanager
def checkouts(targets: list[tuple[str, str]]) -> Iterator[list[tuple[str, Path]]]:
    """Each (label, ref) as (label, folder): a folder as it is, a commit in a temporary worktree."""
    made: list[Path] = []
    tmp = Path(tempfile.mkdtemp(prefix="actviz-startup-"))
    out = []
    try:
        for label, ref in targets:
            folder = Path(ref).expanduser()
            if not (folder / "main.py").is_file():
                folder = tmp / f"wt{len(made)}"
                subprocess.run(
                    ["git", "-C", str(ROOT), "worktree", "add", "--detach", str(folder), ref],
                    check=True,
                    capture_output=True,
                    text=True,
                )
                made.append(folder)
            out.append((label, folder.resolve()))
        yield out
    finally:
        for folder in made:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(folder)], capture_output=True)
        with contextlib.suppress(OSError):
            tmp.rmdir()


def launch(folder: Path, python: str, extra: list[str]) -> tuple[float, float]:
    """One start of the app in ``folder``: the startup_ms it reports (the wall time if none),
    and the CPU time (user + system) of the whole process, which waits less on a loaded machine."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("ACTVIZ_")}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        ACTVIZ_SETTINGS="none",
        ACTVIZ_STARTUP_PROBE="1",
        PYTHONPATH=os.pathsep.join([str(folder), *extra]),
    )
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    res = subprocess.run(
        [python, str(folder / "main.py")], cwd=folder, env=env, capture_output=True, text=True, timeout=180
    )
    wall = (time.perf_counter() - t0) * 1e3
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1e3
    if res.returncode != 0:
        raise SystemExit(f"{folder}: exit code {res.returncode}: {res.stderr.strip().splitlines()[-1:]}")
    lines = [s for s in res.stdout.splitlines() if s.startswith("startup_ms=")]
    return (float(lines[0].split("=", 1)[1]) if lines else wall), cpu


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("targets", nargs="+", metavar="LABEL=REF", help="a checkout folder or a git commit")
    ap.add_argument("--runs", type=int, default=8, help="counted launches of each version (default 8)")
    ap.add_argument("--python", default=sys.executable, help="the interpreter to launch (default: this one)")
    ap.add_argument("--extra-path", action="append", default=[], help="added to PYTHONPATH after the checkout")
    args = ap.parse_args(argv)
    targets = []
    for t in args.targets:
        label, sep, ref = t.partition("=")
        targets.append((label, ref) if sep else (t, t))

    load_before = os.getloadavg()
    times: dict[str, list[float]] = {label: [] for label, _ in targets}
    cpus: dict[str, list[float]] = {label: [] for label, _ in targets}
    base: list[float] = []
    with checkouts(targets) as folders:
        for _label, folder in folders:  # one launch each, not counted: caches warm for all
            launch(folder, args.python, args.extra_path)
        started = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
        for k in range(args.runs):
            for label, folder in folders:
                ms, cpu = launch(folder, args.python, args.extra_path)
                times[label].append(ms)
                cpus[label].append(cpu)
            base.append(baseline_ms())
            print(f"round {k + 1}/{args.runs}: " + ", ".join(f"{lab} {v[-1]:.0f} ms" for lab, v in times.items()))
    load_after = os.getloadavg()

    b = statistics.median(base)
    first = statistics.median(times[targets[0][0]])
    print()
    print(
        f"{started}, {args.runs} launches each, interleaved; load average {load_before[0]:.1f} / "
        f"{load_before[1]:.1f} / {load_before[2]:.1f} before, {load_after[0]:.1f} / {load_after[1]:.1f} / "
        f"{load_after[2]:.1f} after; baseline np.tanh 10⁶: median {b:.1f} ms, p90 {quantile(base, 0.9):.1f} ms"
    )
    print()
    cpu_first = statistics.median(cpus[targets[0][0]])
    ref = targets[0][0]
    print(f"| start-up to first paint | median | p90 | ratio to {ref} | × baseline | CPU, median | CPU ratio |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for label, values in times.items():
        med, cpu = statistics.median(values), statistics.median(cpus[label])
        print(
            f"| {label} | {med:.0f} ms | {quantile(values, 0.9):.0f} ms | {med / first:.2f} | {med / b:.0f} "
            f"| {cpu:.0f} ms | {cpu / cpu_first:.2f} |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
