"""The README's test command, timed against the machine's speed of the moment.

Run: ``python benchmarks/bench_suite.py [--runs 1] [-- extra pytest arguments]``

The shared 2-core machine runs the same work up to twice as fast in one hour as in another, and
its two cores do not slow down together, so a suite time alone says little. Each run here is
framed by a baseline taken just before and just after it: a fixed CPU-bound workload (a Python
loop and ``np.tanh`` over 10⁶ float64, warmed up first) run in two fresh processes at once, one
per core, as the suite's two workers run. Its median on each core tells how fast that core was
meanwhile. Prints, per run: the suite's wall time, its CPU time (user + system of all its
processes) and the baseline's median on each core before and after, with the worst round.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

REFERENCE = r"""
import time, numpy as np
x = np.linspace(-5, 5, 1_000_000)
for _ in range(5):
    np.tanh(x)  # page faults of the first calls are not the machine's speed
times = []
for _ in range(15):
    t = time.perf_counter()
    s = 0
    for i in range(200_000):
        s += i * i % 7
    np.tanh(x)
    times.append(time.perf_counter() - t)
print(" ".join(f"{t:.6f}" for t in times))
"""


def reference() -> list[list[float]]:
    """Seconds per round of the fixed workload (15 rounds), in two fresh processes at once: one
    list per process. Two, because the suite runs on both cores and one core can be slow while
    the other is not."""
    procs = [subprocess.Popen([sys.executable, "-c", REFERENCE], stdout=subprocess.PIPE, text=True) for _ in range(2)]
    outs = [p.communicate()[0] for p in procs]
    if any(p.returncode for p in procs):
        raise SystemExit("the reference workload failed")
    return [[float(v) for v in out.split()] for out in outs]


def describe(rounds: list[list[float]]) -> str:
    """``17.5 + 18.0 ms (worst 21.3)``: each core's median, and the slowest round of either."""
    medians = " + ".join(f"{statistics.median(r) * 1000:.1f}" for r in rounds)
    return f"{medians} ms (worst {max(max(r) for r in rounds) * 1000:.1f})"


def children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("pytest_args", nargs="*", help="after --: more pytest arguments")
    args = parser.parse_args(argv)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    print("run  suite wall  suite CPU  baseline before: each core's median (worst)  after")
    for k in range(1, args.runs + 1):
        before = reference()
        cpu0, t0 = children_cpu(), time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", "pytest", "-q", *args.pytest_args], cwd=ROOT, env=env)
        wall, cpu = time.perf_counter() - t0, children_cpu() - cpu0
        after = reference()
        status = "" if proc.returncode == 0 else f"  (pytest exited {proc.returncode})"
        print(
            f"{k:3d}  {wall:8.1f} s  {cpu:7.1f} s  {describe(before)}  {describe(after)}{status}",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
