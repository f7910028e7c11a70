"""Opt-in allocator tuning for large evaluations (glibc only).

Each kernel makes several temporary arrays. By default glibc hands freed memory back to the
OS as soon as more than a few MB sit unused at the top of the heap, and maps big blocks fresh
each time, so every evaluation pays for page faults again. On the machines measured here that
was as much as half the time of an f + f′ evaluation over 10⁶ points. Keeping the memory for
reuse removes that cost. It is a process-wide setting, so the core never changes it on import:
the ActViz window and the benchmarks call :func:`tune_allocator`, and a notebook user may.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys

_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3


def tune_allocator(trim_threshold: int = 256 << 20, mmap_threshold: int = 32 << 20) -> bool:
    """Ask glibc to keep freed memory for reuse instead of returning it to the OS at once.

    Parameters
    ----------
    trim_threshold : int
        Bytes of free memory at the top of the heap kept before any is returned to the OS.
    mmap_threshold : int
        Blocks below this size come from the heap (and are reused) rather than fresh mappings.
        glibc caps it at 32 MiB on 64-bit systems.

    Returns
    -------
    bool
        True if the settings were applied; False on anything but glibc (nothing changes).
    """
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):  # not glibc (e.g. musl has no mallopt)
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    return bool(mallopt(_M_TRIM_THRESHOLD, int(trim_threshold))) and bool(
        mallopt(_M_MMAP_THRESHOLD, int(mmap_threshold))
    )
