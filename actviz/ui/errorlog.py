"""Where internal errors go: a small rotating log file, never the projected screen.

The screen says one translated sentence and points to Help → Error log; the traceback is
written here, for whoever fixes it. Where the file lives:

- ``ACTVIZ_ERROR_LOG``: that file (tests point it at their ``tmp_path``);
- ``ACTVIZ_SETTINGS`` naming a settings file: ``errors.log`` beside it;
- ``ACTVIZ_SETTINGS=none`` (no session kept): a per-user folder in the temporary directory, so a
  run that must not touch the home folder does not;
- otherwise the platform's application data folder, ``QStandardPaths.AppDataLocation``:
  ``~/.local/share/ActViz/ActViz`` on Linux, ``%APPDATA%\\ActViz\\ActViz`` on Windows,
  ``~/Library/Application Support/ActViz/ActViz`` on macOS.

The file is opened, appended to and closed for each record (errors are rare), so no handle is
left open, and it is kept under :data:`MAX_BYTES` by moving it to ``errors.log.1`` (one older
file is kept).
"""

from __future__ import annotations

import contextlib
import datetime
import getpass
import logging
import os
import tempfile
import traceback
from pathlib import Path

from actviz.ui.qt import QtCore

MAX_BYTES = 256 * 1024
FILE_NAME = "errors.log"
_OFF = ("", "none", "off", "0")


def log_path() -> Path:
    """The error log's path now (the environment is read on each call)."""
    env = os.environ.get("ACTVIZ_ERROR_LOG")
    if env:
        return Path(env)
    settings = os.environ.get("ACTVIZ_SETTINGS")
    if settings is not None:
        if settings.lower() not in _OFF:
            return Path(settings).parent / FILE_NAME
        try:
            user = getpass.getuser()
        except Exception:  # no user name on this system: one shared folder is still fine
            user = "user"
        return Path(tempfile.gettempdir()) / f"actviz-{user}" / FILE_NAME
    base = QtCore.QStandardPaths.writableLocation(QtCore.QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base or Path.home() / ".local" / "share" / "actviz") / FILE_NAME


def write(text: str) -> Path | None:
    """Append ``text`` (one record) to the log; returns the path, or None if it cannot be written.
    Never raises: the log is the last resort."""
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(OSError):
            if path.stat().st_size > MAX_BYTES:
                os.replace(path, path.with_name(path.name + ".1"))
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(text if text.endswith("\n") else text + "\n")
    except OSError:
        return None
    return path


def write_exception(where: str, exc: BaseException) -> Path | None:
    """Log an internal error with its traceback."""
    stamp = datetime.datetime.now().isoformat(timespec="seconds")
    body = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    return write(f"{stamp} internal error in {where}\n{body}")


class _FileHandler(logging.Handler):
    """The app logger's errors, with tracebacks, into :func:`log_path`."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        with contextlib.suppress(Exception):  # logging must never be what breaks
            write(self.format(record))


_handler: _FileHandler | None = None


def install() -> None:
    """Send the ``actviz`` logger's errors to the file (once per process)."""
    global _handler
    if _handler is None:
        _handler = _FileHandler()
        logging.getLogger("actviz").addHandler(_handler)


__all__ = ["MAX_BYTES", "install", "log_path", "write", "write_exception"]
