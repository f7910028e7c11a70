"""Safe file access for everything ActViz writes or reads (no Qt).

Writes are atomic: the bytes go to a temporary file in the target's folder, are flushed to the
disk, and only then renamed over the target. A full disk, a kill or a power cut in the middle
leaves either the previous file or the complete new one, never a torn one.

Reads are bounded: only regular files, at most a few MB, opened so that a FIFO put in a file's
place cannot block. Every failure is an :class:`OSError` (or, for JSON, a :class:`ValueError`)
whose ``str()`` is one line a user can read.
"""

from __future__ import annotations

import contextlib
import errno as errno_codes
import json
import os
import stat
import tempfile
from pathlib import Path
from typing import Any

MAX_READ_BYTES = 2 * 1024 * 1024
"""The most any read here takes in (settings are a few KB)."""

StrPath = str | os.PathLike[str]


class FileError(OSError):
    """An :class:`OSError` whose ``str()`` is one plain line for the user; ``errno`` is kept."""

    def __init__(self, message: str, code: int | None = None) -> None:
        super().__init__(message)
        self.errno = code

    def __str__(self) -> str:
        return str(self.args[0])


def describe(error: BaseException) -> str:
    """The reason in an exception, as a short phrase (no errno numbers, no paths)."""
    if isinstance(error, FileError):
        return str(error)
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error) or type(error).__name__


def _is_folder_name(path: StrPath) -> bool:
    text = os.fspath(path)
    return text.endswith(os.sep) or (os.altsep is not None and text.endswith(os.altsep))


def _target(path: StrPath) -> Path:
    """Where the bytes must end up: the file a symlink points to, not the link itself."""
    p = Path(path)
    with contextlib.suppress(OSError, ValueError):
        if p.is_symlink():
            return Path(os.path.realpath(p))
    return p


def _existing_mode(target: Path, shown: StrPath) -> int | None:
    """The permission bits to keep, or None if there is no file yet; refuses what is not a file."""
    try:
        st = os.stat(target)
    except FileNotFoundError:
        return None
    except OSError as e:
        raise FileError(f"cannot write {os.fspath(shown)}: {describe(e)}", e.errno) from None
    if stat.S_ISDIR(st.st_mode):
        raise FileError(f"cannot write {os.fspath(shown)}: it is a folder", errno_codes.EISDIR)
    if not stat.S_ISREG(st.st_mode):
        raise FileError(f"cannot write {os.fspath(shown)}: not a regular file", errno_codes.EINVAL)
    # A rename would replace a read-only file too; writing in place would not, and neither do we.
    if not os.access(target, os.W_OK):
        raise FileError(f"cannot write {os.fspath(shown)}: the file is read-only", errno_codes.EACCES)
    return stat.S_IMODE(st.st_mode)


def _umask() -> int:
    try:
        with open("/proc/self/status", "rb") as fh:
            for line in fh.read(8192).splitlines():
                if line.startswith(b"Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)  # no /proc: read it the only other way there is
    os.umask(mask)
    return mask


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        n = os.write(fd, view)
        if n <= 0:  # a write that takes nothing will never finish
            raise OSError(errno_codes.ENOSPC, os.strerror(errno_codes.ENOSPC))
        view = view[n:]


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable; not every platform can open a folder, so best effort."""
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0)
    try:
        fd = os.open(folder, flags)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def check_writable(path: StrPath) -> Path:
    """Check that ``path`` can be written as a file, without touching it.

    The folder is tried for real (a temporary file is made and removed), because permission
    bits alone do not tell: root ignores them, and a read-only mount or ``/proc`` refuses anyway.

    Raises
    ------
    FileError
        With a one-line message saying what is wrong with the path.
    """
    shown = os.fspath(path)
    if not shown.strip():
        raise FileError("cannot write an empty file name", errno_codes.ENOENT)
    if _is_folder_name(path):
        raise FileError(f"cannot write {shown}: it is a folder; give a file name", errno_codes.EISDIR)
    target = _target(path)
    _existing_mode(target, shown)
    folder = target.parent
    try:
        st = os.stat(folder)
    except FileNotFoundError:
        raise FileError(f"cannot write {shown}: folder {folder} does not exist", errno_codes.ENOENT) from None
    except OSError as e:
        raise FileError(f"cannot write {shown}: {describe(e)}", e.errno) from None
    if not stat.S_ISDIR(st.st_mode):
        raise FileError(f"cannot write {shown}: {folder} is not a folder", errno_codes.ENOTDIR)
    fd, tmp = _make_temp(target, shown)
    os.close(fd)
    with contextlib.suppress(OSError):
        os.unlink(tmp)
    return target


def _make_temp(target: Path, shown: StrPath) -> tuple[int, str]:
    # A short prefix keeps the temporary name within the file-name limit of long targets.
    try:
        return tempfile.mkstemp(prefix=f".{target.name[:40]}.", suffix=".tmp", dir=target.parent)
    except OSError as e:
        raise FileError(
            f"cannot write {os.fspath(shown)}: cannot create a file in {target.parent}: {describe(e)}", e.errno
        ) from None


def atomic_write_bytes(path: StrPath, data: bytes) -> Path:
    """Replace the file at ``path`` with ``data`` all at once.

    The data goes to a temporary file in the same folder, is flushed and synced, and is then
    renamed over ``path``; the rename is atomic, so readers and a crash see the old or the new
    file, never part of one. A symlink is followed and the file it points to replaced. An
    existing file keeps its permission bits; a new one gets the usual ones (0666 less umask).

    Parameters
    ----------
    path
        The file to write. Its folder must exist.
    data
        The complete new content.

    Returns
    -------
    Path
        ``path`` as given.

    Raises
    ------
    FileError
        If anything fails (folder missing or read-only, disk full, not a regular file, ...),
        with a one-line message. The temporary file is removed and the old file is untouched.
    """
    shown = os.fspath(path)
    if _is_folder_name(path):
        raise FileError(f"cannot write {shown}: it is a folder; give a file name", errno_codes.EISDIR)
    target = _target(path)
    mode = _existing_mode(target, shown)
    if mode is None:
        mode = 0o666 & ~_umask()
    fd, tmp = _make_temp(target, shown)
    try:
        try:
            if hasattr(os, "fchmod"):
                os.fchmod(fd, mode)
            _write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        if not hasattr(os, "fchmod"):
            os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException as e:  # a KeyboardInterrupt too must not leave the temporary file
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(e, OSError):
            raise FileError(f"cannot write {shown}: {describe(e)}", e.errno) from None
        raise
    _sync_folder(target.parent)
    return Path(path)


def atomic_write_text(path: StrPath, text: str, encoding: str = "utf-8") -> Path:
    """:func:`atomic_write_bytes` for text; newlines are written as given."""
    return atomic_write_bytes(path, text.encode(encoding))


def read_bounded(path: StrPath, limit: int = MAX_READ_BYTES) -> bytes:
    """Read a whole regular file of at most ``limit`` bytes.

    Never blocks on a FIFO or device put in the file's place (it is refused, even if it is
    swapped in between the check and the open), and never reads more than ``limit + 1`` bytes.

    Raises
    ------
    FileError
        One line; ``errno`` is ENOENT for a missing file, EFBIG for one over the limit.
    """
    shown = os.fspath(path)

    def refuse(st: os.stat_result) -> None:
        if stat.S_ISDIR(st.st_mode):
            raise FileError(f"cannot read {shown}: it is a folder", errno_codes.EISDIR)
        if not stat.S_ISREG(st.st_mode):
            raise FileError(f"cannot read {shown}: not a regular file", errno_codes.EINVAL)
        if st.st_size > limit:
            raise FileError(
                f"cannot read {shown}: the file is larger than {_mb(limit)} ({st.st_size} bytes)", errno_codes.EFBIG
            )

    try:
        refuse(os.stat(path))
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
        fd = os.open(path, flags)
    except FileError:
        raise
    except OSError as e:
        raise FileError(f"cannot read {shown}: {describe(e)}", e.errno) from None
    try:
        refuse(os.fstat(fd))  # what was opened, in case the file was swapped after the stat
        chunks = []
        total = 0
        while total <= limit:
            chunk = os.read(fd, min(65536, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > limit:  # the file grew after the check
            raise FileError(f"cannot read {shown}: the file is larger than {_mb(limit)}", errno_codes.EFBIG)
        return b"".join(chunks)
    except FileError:
        raise
    except OSError as e:
        raise FileError(f"cannot read {shown}: {describe(e)}", e.errno) from None
    finally:
        os.close(fd)


def _mb(n: int) -> str:
    return f"{n / 2**20:g} MB"


def read_json(path: StrPath, limit: int = MAX_READ_BYTES) -> Any:
    """Parse a JSON file read with :func:`read_bounded`.

    Raises
    ------
    FileError
        If the file cannot be read (see :func:`read_bounded`).
    ValueError
        If it is not UTF-8 JSON, or nests too deeply to parse, with a one-line message.
    """
    raw = read_bounded(path, limit)
    shown = os.fspath(path)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValueError(f"{shown} is not UTF-8 text") from None
    try:
        return json.loads(text)
    except RecursionError:
        raise ValueError(f"{shown} nests too deep to read") from None
    except MemoryError:
        raise ValueError(f"{shown} is too large to read") from None
    except ValueError as e:
        raise ValueError(f"{shown} is not valid JSON: {' '.join(str(e).split())}") from None


__all__ = [
    "MAX_READ_BYTES",
    "FileError",
    "atomic_write_bytes",
    "atomic_write_text",
    "check_writable",
    "describe",
    "read_bounded",
    "read_json",
]
