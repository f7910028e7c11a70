"""How long this process has been running: the start-up figure the app reports."""

from __future__ import annotations

import os


def _process_age_ms() -> float | None:
    """Milliseconds since this process started (Linux), for the startup figure."""
    try:
        with open("/proc/self/stat") as fh:
            start_ticks = float(fh.read(4096).rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime") as fh:
            uptime = float(fh.read(256).split()[0])
        return (uptime - start_ticks / os.sysconf("SC_CLK_TCK")) * 1e3
    except (OSError, ValueError, IndexError):
        return None
