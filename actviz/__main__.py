"""Entry point: ``python -m actviz``, the ``actviz`` command and ``main.py``.

Exit codes: 0 done; 2 bad input (one line on stderr), including a screenshot path that cannot
be written; 1 an internal failure (one line on stderr); 128 + N after signal N (130 for Ctrl+C,
143 for SIGTERM, 129 for SIGHUP), after the session has been saved.
"""

from __future__ import annotations

import os
import sys

# One BLAS thread, set before numpy loads: on a 2-core machine the depth view's worker and the
# GUI thread each need a core, and OpenBLAS's own threads contending with them made a depth
# recompute 10x slower (0.2 s → 2-5 s). A user's own setting wins.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


def _open_standard_fds() -> None:
    """Give closed stdin/stdout/stderr the null device. Otherwise the next file opened (a
    screenshot, the settings) takes fd 1 or 2, and Qt's messages to stderr end up inside it."""
    for fd in (0, 1, 2):
        try:
            os.fstat(fd)
        except OSError:
            try:
                null = os.open(os.devnull, os.O_RDWR)
                if null != fd:
                    os.dup2(null, fd)
                    os.close(null)
            except OSError:
                pass


def main(argv: list[str] | None = None) -> int:
    """Run ActViz with command-line arguments ``argv`` (default: ``sys.argv[1:]``); return the exit code."""
    _open_standard_fds()
    from actviz.cli import UsageError, parse, print_error, silence

    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in ("train", "depth"):
        from actviz.commands import run_command

        try:
            return run_command(argv[0], argv[1:])
        except KeyboardInterrupt:
            return 130
        except Exception as e:
            print_error(f"internal error: {type(e).__name__}: {e}")
            return 1
    try:
        opts = parse(argv)
    except UsageError as e:
        print_error(str(e))
        return 2
    except SystemExit as e:  # --help and --version
        return e.code if isinstance(e.code, int) else 0
    except BrokenPipeError:  # --help | head: the reader has what it wanted
        silence(sys.stdout)
        return 0
    except Exception as e:
        print_error(f"internal error: {type(e).__name__}: {e}")
        return 1

    from actviz import app

    try:
        return app.run(opts)
    except KeyboardInterrupt:  # Ctrl+C before the window's own handler is in place
        return 130
    except Exception as e:
        print_error(f"internal error: {type(e).__name__}: {e}")
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
