"""Entry point: ``python -m actviz``, the ``actviz`` command and ``main.py``."""

from __future__ import annotations

import os
import sys


def _process_age_ms() -> float | None:
    """Milliseconds since this process started (Linux), for the startup figure."""
    try:
        with open("/proc/self/stat") as fh:
            start_ticks = float(fh.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime") as fh:
            uptime = float(fh.read().split()[0])
        return (uptime - start_ticks / os.sysconf("SC_CLK_TCK")) * 1e3
    except (OSError, ValueError, IndexError):
        return None


def main(argv: list[str] | None = None) -> int:
    from actviz.cli import UsageError, parse, print_error

    argv = sys.argv[1:] if argv is None else argv
    try:
        opts = parse(argv)
    except UsageError as e:
        print_error(str(e))
        return 2
    except SystemExit as e:  # --help and --version
        return int(e.code or 0)

    from actviz.app import run

    try:
        return run(opts)
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
