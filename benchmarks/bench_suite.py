"""The README's test command, timed against the machine's speed of the moment.

Run: ``python benchmarks/bench_suite.py [--runs 1] [-- extra pytest arguments]``

The shared 2-core machine runs the same work up to twice as fast in one hour as in another, so a
suite time alone says little. Each run here is framed by a baseline taken just before and just
after it: a fixed CPU-bound workload in a fresh process (importing numpy and Qt, then a Python
loop and ``np.tanh`` over 10⁶ float64, warmed up first), whose median tells how fast the
machine was meanwhile. Prints, per run: the suite's wall time, its CPU time (user + system of
all its processes) and the baseline's median and worst before and after.
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


def reference() -> list[float]:
    """Seconds per round of the fixed workload (15 rounds), in a fresh process."""
    out = subprocess.run([sys.executable, "-c", REFERENCE], capture_output=True, text=True, check=True).stdout
    return [float(v) for v in out.split()]


def children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("pytest_args", nargs="*", help="after --: more pytest arguments")
    args = parser.parse_args(argv)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    print("run  suite wall  suite CPU  baseline before (median / worst)  after (median / worst)")
    for k in range(1, args.runs + 1):
        before = reference()
        cpu0, t0 = children_cpu(), time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", "pytest", "-q", *args.pytest_args], cwd=ROOT, env=env)
        wall, cpu = time.perf_counter() - t0, children_cpu() - cpu0
        after = reference()
        status = "" if proc.returncode == 0 else f"  (pytest exited {proc.returncode})"
        print(
            f"{k:3d}  {wall:8.1f} s  {cpu:7.1f} s  "
            f"{statistics.median(before) * 1000:8.1f} / {max(before) * 1000:.1f} ms        "
            f"{statistics.median(after) * 1000:8.1f} / {max(after) * 1000:.1f} ms{status}",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
