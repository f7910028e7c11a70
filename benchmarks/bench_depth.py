"""Depth benchmark: time to recompute the depth view, and the presets' gradient ratios.

Run: ``python benchmarks/bench_depth.py [--repeat N] [--acts sigmoid,tanh,relu,gelu] [--blas-threads 1]``

- 4 activations × 3 seeds, depth 30, width 64, batch 256 (target ≤ 100 ms);
- 4 activations × 5 seeds, depth 50, width 128, batch 256;
- each preset (5 seeds): first-/last-hidden-layer gradient ratio in decades.

A recompute is one forward and one backward pass of every network plus every per-layer
statistic (:func:`actviz.core.depth.depth_stats`). Medians, p90 and p99 over repeats, and the
multiple of a baseline timed in the same run (``np.tanh`` over 10⁶ float64).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

TARGET_MS = 100.0


def percentiles(times: list[float]) -> tuple[float, float, float]:
    s = sorted(times)

    def q(p: float) -> float:
        return s[min(len(s) - 1, round(p * (len(s) - 1)))]

    return statistics.median(s), q(0.9), q(0.99)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--repeat", type=int, default=21)
    ap.add_argument("--acts", default="sigmoid,tanh,relu,gelu", help="comma-separated activation ids (4)")
    ap.add_argument("--blas-threads", type=int, default=None, help="OPENBLAS_NUM_THREADS for this run")
    ap.add_argument("--default-allocator", action="store_true", help="skip tune_allocator() (the app tunes it)")
    args = ap.parse_args(argv)
    if args.blas_threads is not None:
        os.environ["OPENBLAS_NUM_THREADS"] = str(args.blas_threads)

    import numpy as np

    from actviz.core import tune_allocator
    from actviz.core.depth import DEPTH_PRESETS, DepthConfig, depth_stats

    tuned = False if args.default_allocator else tune_allocator()
    x = np.linspace(-10.0, 10.0, 1_000_000)
    np.tanh(x)
    base = []
    for _ in range(50):
        t0 = time.perf_counter()
        np.tanh(x)
        base.append((time.perf_counter() - t0) * 1e3)
    b_med, b90, b99 = percentiles(base)
    print(f"allocator tuned: {tuned}; OPENBLAS_NUM_THREADS={os.environ.get('OPENBLAS_NUM_THREADS', 'default')}")
    print(f"baseline np.tanh(1e6 float64): median {b_med:.2f} ms  p90 {b90:.2f}  p99 {b99:.2f}  (50 runs)")
    print()
    acts = tuple(args.acts.split(","))
    cases = [
        (DepthConfig(activations=acts, depth=30, width=64, seeds=(0, 1, 2)), args.repeat),
        (DepthConfig(activations=acts, depth=50, width=128, seeds=(0, 1, 2, 3, 4)), max(3, args.repeat // 4)),
    ]
    print(f"activations: {', '.join(acts)}; batch 256")
    print(f"{'case':<28} {'runs':>4} {'median ms':>10} {'p90':>8} {'p99':>8} {'× base':>7} {'CPU ms':>8}")
    for cfg, repeat in cases:
        depth_stats(cfg)  # warm up
        times, cpu = [], []
        for _ in range(repeat):
            t0, c0 = time.perf_counter(), time.process_time()
            depth_stats(cfg)
            times.append((time.perf_counter() - t0) * 1e3)
            cpu.append((time.process_time() - c0) * 1e3)
        med, p90, p99 = percentiles(times)
        label = f"{len(acts)}×{len(cfg.seeds)} depth {cfg.depth} width {cfg.width}"
        row = f"{label:<28} {repeat:>4} {med:>10.1f} {p90:>8.1f} {p99:>8.1f} {med / b_med:>7.1f}"
        print(f"{row} {statistics.median(cpu):>8.1f}")
    print("(CPU ms: process time, all threads; below the wall time when other processes share the cores)")
    print(f"(target for 4×3 depth 30 width 64: ≤ {TARGET_MS:g} ms)")

    print()
    print("presets, 5 seeds: log10(grad_norm(layer 1) / grad_norm(layer depth)) per seed")
    for name, cfg in DEPTH_PRESETS.items():
        res = depth_stats(cfg.replace(seeds=(0, 1, 2, 3, 4)))
        dec = res.decades[0]
        summ = res.summary()[0]
        per_seed = " ".join(f"{d:+6.2f}" for d in dec)
        print(f"{name:<18} {per_seed}   median {summ.decades:+6.2f} → {summ.verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
