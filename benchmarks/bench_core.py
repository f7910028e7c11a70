"""Core benchmark: f + f′ over 10⁶ float64 points, and one sampler call for a 1920-px view.

Run: ``python benchmarks/bench_core.py [--repeat N] [--markdown]``

Medians over N repeats. Each row also gives the ratio to a baseline measured in the same run:
a single ``np.tanh`` over the same 10⁶ points (the cost of one plain numpy ufunc pass), so
the figures can be compared across noisy shared machines.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from actviz.core import get, names, sample, tune_allocator  # noqa: E402

TARGET_EVAL_MS = 30.0
TARGET_SAMPLE_MS = 2.0


def median_ms(fn, repeat: int) -> float:
    fn()  # warm up caches and lazy imports
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1e3)
    return statistics.median(times)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=15)
    ap.add_argument("--markdown", action="store_true", help="print a README table")
    ap.add_argument("--default-allocator", action="store_true",
                    help="measure without tune_allocator() (the window always tunes it)")
    args = ap.parse_args(argv)
    tuned = False if args.default_allocator else tune_allocator()

    x = np.linspace(-10.0, 10.0, 1_000_000)
    base = median_ms(lambda: np.tanh(x), args.repeat)
    rows = []
    for fid in names():
        act = get(fid)
        p = act.resolve()
        ev = median_ms(lambda: (act.evaluate(x, 0, p), act.evaluate(x, 1, p)), args.repeat)
        sm = median_ms(lambda: sample(act, p, (-5.0, 5.0), 1920, height_px=1080), args.repeat * 4)
        npts = len(sample(act, p, (-5.0, 5.0), 1920, height_px=1080).x)
        rows.append((fid, ev, ev / base, sm, npts))

    worst_ev = max(r[1] for r in rows)
    worst_sm = max(r[3] for r in rows)
    if args.markdown:
        print(f"Baseline `np.tanh` over 10⁶ float64 points: **{base:.2f} ms** (median of {args.repeat}); "
              f"allocator {'tuned' if tuned else 'default'}.\n")
        print("| function | f + f′, 10⁶ pts (ms) | × np.tanh | sampler, 1920 px (ms) | points |")
        print("|---|---:|---:|---:|---:|")
        for fid, ev, ratio, sm, npts in rows:
            print(f"| {fid} | {ev:.1f} | {ratio:.1f} | {sm:.2f} | {npts} |")
    else:
        print(f"baseline np.tanh 1e6: {base:.2f} ms; allocator {'tuned' if tuned else 'default'}")
        for fid, ev, ratio, sm, npts in rows:
            print(f"{fid:18s} f+f' {ev:7.2f} ms ({ratio:4.1f}x tanh)   sampler {sm:6.3f} ms  {npts:5d} pts")
    print(f"\nworst f+f′: {worst_ev:.1f} ms (target ≤ {TARGET_EVAL_MS:g}); "
          f"worst sampler: {worst_sm:.2f} ms (target ≤ {TARGET_SAMPLE_MS:g})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
