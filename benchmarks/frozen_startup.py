"""Start-up to first painted frame: the PyInstaller build against ``python main.py``.

Run: ``python benchmarks/frozen_startup.py [--app dist/actviz/actviz] [--repeat N] [--markdown]``

Each run starts a fresh process with ``ACTVIZ_STARTUP_PROBE=1``; the app prints
``startup_ms=<float>`` (process start to first paint, as the app measures it) after its first
paint and exits. The wall time of the whole process, exit included, is measured here. Runs use
``QT_QPA_PLATFORM=offscreen`` unless ``--platform`` names another one (``xcb`` under Xvfb shows
a real window). Build the app first: ``pyinstaller resources/actviz.spec --noconfirm``. Pass
``--app`` several times to compare builds, e.g. the one-folder and the one-file variant.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET_MS = 1500.0
PROBE = re.compile(r"^startup_ms=([0-9.eE+-]+)\s*$", re.MULTILINE)


def probe(cmd: list[str], platform: str, cwd: Path) -> tuple[float, float]:
    env = dict(os.environ, ACTVIZ_STARTUP_PROBE="1", QT_QPA_PLATFORM=platform)
    env.setdefault("ACTVIZ_SETTINGS", "none")
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=120)
    wall = (time.perf_counter() - t0) * 1e3
    match = PROBE.search(proc.stdout)
    if proc.returncode != 0 or not match:
        raise SystemExit(f"{' '.join(cmd)} failed (exit {proc.returncode}):\n{proc.stderr}")
    return float(match.group(1)), wall


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--app",
        action="append",
        type=Path,
        help="frozen executable (repeatable; default dist/actviz/actviz)",
    )
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--platform", default="offscreen")
    ap.add_argument("--no-source", action="store_true", help="skip the python main.py row")
    ap.add_argument("--markdown", action="store_true")
    args = ap.parse_args(argv)

    apps = args.app or [ROOT / "dist" / "actviz" / ("actviz.exe" if os.name == "nt" else "actviz")]
    rows: list[tuple[str, list[str]]] = []
    for app in apps:
        if not app.is_file():
            raise SystemExit(f"{app} does not exist; run pyinstaller resources/actviz.spec")
        rows.append((str(app), [str(app.resolve())]))
    if not args.no_source:
        rows.append(("python main.py", [sys.executable, str(ROOT / "main.py")]))

    results = []
    for label, cmd in rows:
        probe(cmd, args.platform, ROOT)  # warm the OS file cache
        runs = [probe(cmd, args.platform, ROOT) for _ in range(args.repeat)]
        app_ms = [r[0] for r in runs]
        wall_ms = [r[1] for r in runs]
        results.append(
            (
                label,
                statistics.median(app_ms),
                min(app_ms),
                statistics.median(wall_ms),
                min(wall_ms),
            )
        )

    header = ("what", "first paint median ms", "min ms", "process wall median ms", "min ms")
    if args.markdown:
        print("| " + " | ".join(header) + " |")
        print("|" + "---|" * len(header))
        for label, *nums in results:
            print(f"| {label} | " + " | ".join(f"{v:.0f}" for v in nums) + " |")
    else:
        width = max(len(r[0]) for r in results)
        print(f"{'':{width}}  first paint (median/min)   process wall (median/min)")
        for label, med, low, wmed, wlow in results:
            print(f"{label:{width}}  {med:7.0f} / {low:5.0f} ms      {wmed:7.0f} / {wlow:5.0f} ms")
    print(f"{args.repeat} runs each, QT_QPA_PLATFORM={args.platform}, target {TARGET_MS:.0f} ms to first paint")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
