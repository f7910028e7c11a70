"""Core benchmark: evaluation over 10⁶ float64 points, and one sampler call for a 1920-px view.

Run: ``python benchmarks/bench_core.py [--repeat N] [--only ID ...] [--markdown]``

For every function it times, over the same 10⁶ points:

* f + f′ (two :meth:`Activation.evaluate` calls), the cost of drawing a curve and its slope;
* f, f′ and f″ as three ``evaluate`` calls and as one ``evaluate_all`` (which shares work);
* one :func:`sample` call for a 1920 × 1080 view of [−5, 5].

Each figure is the median over N repeats, with p90 and p99 where the tail matters. A baseline
measured in the same run, a single ``np.tanh`` over the same 10⁶ points (one plain numpy ufunc
pass), makes figures comparable across noisy shared machines.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from actviz.core import get, names, sample, tune_allocator

TARGET_EVAL_MS = 30.0
TARGET_SAMPLE_MS = 2.0


def timings_ms(fn: Callable[[], object], repeat: int) -> tuple[float, float, float]:
    """Median, p90 and p99 of ``repeat`` timed calls, in milliseconds, after one warm-up."""
    fn()  # warm up caches and lazy imports
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1e3)
    times.sort()

    def pct(q: float) -> float:
        return times[min(len(times) - 1, round(q * (len(times) - 1)))]

    return statistics.median(times), pct(0.90), pct(0.99)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=15)
    ap.add_argument("--only", nargs="*", help="function ids to measure (default: all)")
    ap.add_argument("--markdown", action="store_true", help="print a README table")
    ap.add_argument(
        "--default-allocator", action="store_true", help="measure without tune_allocator() (the window always tunes it)"
    )
    args = ap.parse_args(argv)
    tuned = False if args.default_allocator else tune_allocator()

    x = np.linspace(-10.0, 10.0, 1_000_000)
    base = timings_ms(lambda: np.tanh(x), args.repeat * 2)
    rows = []
    for fid in args.only or names():
        act = get(fid)
        p = act.resolve()

        def f_df(act=act, p=p) -> object:
            return act.evaluate(x, 0, p), act.evaluate(x, 1, p)

        def three(act=act, p=p) -> object:
            return [act.evaluate(x, k, p) for k in range(3)]

        def joint(act=act, p=p) -> object:
            return act.evaluate_all(x, p)

        def view(act=act, p=p) -> object:
            return sample(act, p, (-5.0, 5.0), 1920, height_px=1080)

        ev = timings_ms(f_df, args.repeat)[0]
        ev3 = timings_ms(three, args.repeat)[0]
        all3 = timings_ms(joint, args.repeat)[0]
        sm = timings_ms(view, args.repeat * 4)
        npts = len(sample(act, p, (-5.0, 5.0), 1920, height_px=1080).x)
        rows.append((fid, ev, ev3, all3, sm, npts))

    def fmt_tail(t: tuple[float, float, float]) -> str:
        return f"{t[0]:.2f} (p90 {t[1]:.2f}, p99 {t[2]:.2f})"

    alloc = "tuned" if tuned else "default"
    if args.markdown:
        print(
            f"Baseline `np.tanh` over 10⁶ float64 points: **{base[0]:.2f} ms** median "
            f"(p90 {base[1]:.2f}, p99 {base[2]:.2f}; {args.repeat * 2} runs); allocator {alloc}.\n"
        )
        print("| function | f + f′ (ms) | × np.tanh | 3 × evaluate (ms) | evaluate_all (ms) | sampler (ms) | points |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        for fid, ev, ev3, all3, sm, npts in rows:
            print(f"| {fid} | {ev:.1f} | {ev / base[0]:.1f} | {ev3:.1f} | {all3:.1f} | {fmt_tail(sm)} | {npts} |")
    else:
        print(f"baseline np.tanh 1e6: {fmt_tail(base)} ms; allocator {alloc}")
        print(f"{'function':18s} {'f+f′':>8s} {'×tanh':>6s} {'3×eval':>8s} {'eval_all':>9s}   sampler (ms)")
        for fid, ev, ev3, all3, sm, npts in rows:
            print(f"{fid:18s} {ev:8.2f} {ev / base[0]:6.1f} {ev3:8.2f} {all3:9.2f}   {fmt_tail(sm)}  {npts:5d} pts")
    worst_ev = max(r[1] for r in rows)
    worst_sm = max(r[4][0] for r in rows)
    ratio = statistics.median(r[3] / r[2] for r in rows)
    print(
        f"\nworst f+f′: {worst_ev:.1f} ms (target ≤ {TARGET_EVAL_MS:g}); worst sampler median: {worst_sm:.2f} ms "
        f"(target ≤ {TARGET_SAMPLE_MS:g}); evaluate_all / 3 × evaluate, median over functions: {ratio:.2f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
