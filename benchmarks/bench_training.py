"""Training benchmark: epochs per second, and the wall time of the article's convergence study.

Run: ``python benchmarks/bench_training.py [--repeat N] [--study-runs K] [--seeds 40] [--epochs 1000]
[--big-seeds 100] [--big-epochs 1000]``

- one network (the article's set-up with tanh, one seed): time per epoch;
- 3 activations × 40 seeds trained together: time per epoch;
- the study itself, 3 activations × 40 seeds × 1000 epochs, wall time of each run, and its table;
- a large study, 10 activations × 100 seeds × 1000 epochs on the article's set-up (target
  < 60 s; ``--big-seeds 0`` skips it).

Each epoch is 25 SGD steps (250 training points, batch 10) plus the train and test loss of
every network. Medians, p90 and p99 over repeats; every figure also as a multiple of a
baseline timed in the same run, ``np.tanh`` over 10⁶ float64, because this machine is shared
and its speed varies. ``--blas-threads 1`` pins OpenBLAS to one thread (set before numpy
loads), to compare with its default threading.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

TARGET_STUDY_S = 10.0
TARGET_BIG_STUDY_S = 60.0
BIG_ACTIVATIONS = ("sigmoid", "tanh", "relu", "leaky_relu", "elu", "selu", "gelu", "silu", "softplus", "mish")


def percentiles(times: list[float]) -> tuple[float, float, float]:
    s = sorted(times)

    def q(p: float) -> float:
        return s[min(len(s) - 1, round(p * (len(s) - 1)))]

    return statistics.median(s), q(0.9), q(0.99)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--repeat", type=int, default=200, help="epochs timed one by one per case")
    ap.add_argument("--study-runs", type=int, default=1, help="how many times to run the full study")
    ap.add_argument("--seeds", type=int, default=40)
    ap.add_argument("--epochs", type=int, default=1000)
    ap.add_argument("--big-seeds", type=int, default=100, help="seeds of the 10-activation study (0: skip it)")
    ap.add_argument("--big-epochs", type=int, default=1000)
    ap.add_argument("--blas-threads", type=int, default=None, help="OPENBLAS_NUM_THREADS for this run")
    ap.add_argument("--default-allocator", action="store_true", help="skip tune_allocator() (the app tunes it)")
    args = ap.parse_args(argv)
    if args.blas_threads is not None:
        os.environ["OPENBLAS_NUM_THREADS"] = str(args.blas_threads)

    import numpy as np

    from actviz.core import tune_allocator
    from actviz.core.training import ARTICLE_PRESET, Trainer, convergence_study

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
    print(f"{'case':<34} {'median ms':>10} {'p90':>8} {'p99':>8} {'epochs/s':>9} {'× base':>7} {'CPU ms':>7}")

    cases = [
        ("1 network (tanh, 1 seed)", ARTICLE_PRESET.replace(activations=("tanh",), seeds=(0,))),
        (f"3 acts × {args.seeds} seeds", ARTICLE_PRESET.replace(seeds=tuple(range(args.seeds)))),
    ]
    for label, cfg in cases:
        trainer = Trainer(cfg.replace(max_epochs=args.repeat + 10))
        trainer.step_epochs(10)  # warm up
        times, cpu = [], []
        for _ in range(args.repeat):
            t0, c0 = time.perf_counter(), time.process_time()
            trainer.step_epochs(1)
            times.append((time.perf_counter() - t0) * 1e3)
            cpu.append((time.process_time() - c0) * 1e3)
        med, p90, p99 = percentiles(times)
        row = f"{label:<34} {med:>10.3f} {p90:>8.3f} {p99:>8.3f} {1e3 / med:>9.0f} {med / b_med:>7.2f}"
        print(f"{row} {statistics.median(cpu):>7.3f}")
    print("(CPU ms: process time; below the wall time when other processes share the cores)")

    print()
    walls, cpus = [], []
    result = None
    for _ in range(args.study_runs):
        t0, c0 = time.perf_counter(), time.process_time()
        result = convergence_study(ARTICLE_PRESET, seeds=args.seeds, epochs=args.epochs)
        walls.append(time.perf_counter() - t0)
        cpus.append(time.process_time() - c0)
    w_med = statistics.median(walls)
    runs = ", ".join(f"{w:.2f}" for w in walls)
    print(
        f"study 3 acts × {args.seeds} seeds × {args.epochs} epochs: wall {runs} s (median {w_med:.2f} s, "
        f"{w_med * 1e3 / b_med:.0f}× baseline; CPU {statistics.median(cpus):.2f} s; target ≤ {TARGET_STUDY_S:g} s)"
    )
    assert result is not None
    print()
    print(f"threshold {result.config.threshold:g} on the test loss; median and IQR over converged seeds only")
    print(result.table())

    if args.big_seeds > 0:
        print()
        cfg = ARTICLE_PRESET.replace(activations=BIG_ACTIVATIONS)
        t0, c0 = time.perf_counter(), time.process_time()
        big = convergence_study(cfg, seeds=args.big_seeds, epochs=args.big_epochs)
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        print(
            f"study {len(BIG_ACTIVATIONS)} acts × {args.big_seeds} seeds × {args.big_epochs} epochs: wall {wall:.2f} s "
            f"({wall * 1e3 / b_med:.0f}× baseline; CPU {cpu:.2f} s; target < {TARGET_BIG_STUDY_S:g} s)"
        )
        print(big.table())
    try:
        import torch  # noqa: F401
    except ImportError:
        print("\nPyTorch is not installed here: no TorchScript comparison in this run.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
