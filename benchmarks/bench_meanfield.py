"""Mean-field benchmark: the edge-of-chaos map (q* and χ₁ on 40 × 40 points) per activation.

Run: ``python benchmarks/bench_meanfield.py [--repeat N] [--acts tanh,relu,sigmoid,gelu,swish] [--grid 40]``

Target: ≤ 200 ms for one activation's 40 × 40 map. Medians, p90 and p99 over repeats (after one
warm-up call each), and the same for a baseline timed in the same run, interleaved with the
maps so that both see the same machine load: ``np.tanh`` over 10⁶ float64. The last column is
each map's median in baselines, which is steadier than milliseconds on a shared machine; the
CPU column is the process's CPU time (``time.process_time``), which another process's load
does not inflate.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

TARGET_MS = 200.0


def percentiles(times: list[float]) -> tuple[float, float, float]:
    s = sorted(times)

    def q(p: float) -> float:
        return s[min(len(s) - 1, round(p * (len(s) - 1)))]

    return statistics.median(s), q(0.9), q(0.99)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--repeat", type=int, default=21)
    ap.add_argument("--acts", default="tanh,relu,sigmoid,gelu,swish")
    ap.add_argument("--grid", type=int, default=40)
    args = ap.parse_args(argv)

    import numpy as np

    from actviz.core.meanfield import phase_map

    x = np.random.default_rng(0).standard_normal(1_000_000)
    acts = [a.strip() for a in args.acts.split(",") if a.strip()]
    base: list[float] = []
    times: dict[str, list[float]] = {a: [] for a in acts}
    cpu: dict[str, list[float]] = {a: [] for a in acts}
    for a in acts:
        phase_map(a, grid=args.grid)  # warm-up: first calls of the catalog's kernels
    np.tanh(x)
    for _ in range(args.repeat):
        t = time.perf_counter()
        np.tanh(x)
        base.append(time.perf_counter() - t)
        for a in acts:
            t, c = time.perf_counter(), time.process_time()
            phase_map(a, grid=args.grid)
            times[a].append(time.perf_counter() - t)
            cpu[a].append(time.process_time() - c)
    b50, b90, b99 = percentiles(base)
    print(f"baseline np.tanh(1e6): median {b50 * 1e3:.2f} ms, p90 {b90 * 1e3:.2f}, p99 {b99 * 1e3:.2f}")
    print(f"map {args.grid}x{args.grid}, {args.repeat} repeats (target <= {TARGET_MS:.0f} ms):")
    worst = 0.0
    for a in acts:
        m50, m90, m99 = percentiles(times[a])
        worst = max(worst, m50)
        c50 = statistics.median(cpu[a])
        print(
            f"  {a:8s} median {m50 * 1e3:7.1f} ms  p90 {m90 * 1e3:7.1f}  p99 {m99 * 1e3:7.1f}"
            f"  = {m50 / b50:5.1f} baselines  CPU median {c50 * 1e3:6.1f} ms"
        )
    print(f"slowest median {worst * 1e3:.1f} ms: {'within' if worst * 1e3 <= TARGET_MS else 'OVER'} target")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
