"""Reading one input file with bounds that hold whatever the file reports.

A file's size from ``stat`` is only a hint: ``/dev/zero`` reports 0 and never
ends, a FIFO reports 0 and may never be written. So a file is read in pieces
up to ``max_bytes + 1`` bytes (one more is the proof it is too large, E104),
and a file that is not a regular one (FIFO, device, socket) is opened without
blocking and read only while data comes: no data for ``STALL_SECONDS`` gives
E108. A regular file larger than the limit is refused before it is read.
"""
from __future__ import annotations

import os
import select
import stat
from pathlib import Path

from ..errors import InputError
from .names import shown

STALL_SECONDS = 30.0
_PIECE = 1 << 16


def read_bounded(path: Path, max_bytes: int) -> bytes:
    """The bytes of ``path``; InputError E104 (too large) or E108 (no data), OSError as it comes."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(21, "Is a directory")
        regular = stat.S_ISREG(info.st_mode)
        if regular and info.st_size > max_bytes:
            raise InputError("E104", size=info.st_size, limit=max_bytes)
        data = _read_all(fd, max_bytes + 1, path, wait=not regular)
    finally:
        os.close(fd)
    if len(data) > max_bytes:
        raise InputError("E104", size=f"more than {max_bytes}", limit=max_bytes)
    return data


def _read_all(fd: int, limit: int, path: Path, wait: bool) -> bytes:
    pieces, size = [], 0
    while size < limit:
        if wait and not select.select([fd], [], [], STALL_SECONDS)[0]:
            raise InputError("E108", path=shown(path),
                             detail=f"no data came for {STALL_SECONDS:g} s (a FIFO nobody writes?)")
        try:
            piece = os.read(fd, min(_PIECE, limit - size))
        except BlockingIOError:
            continue
        if not piece:
            break
        pieces.append(piece)
        size += len(piece)
    return b"".join(pieces)


def open_stream(path: Path):
    """``path`` opened for reading as a binary stream; a FIFO without data for ``STALL_SECONDS`` is E108."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(21, "Is a directory")
        if not stat.S_ISREG(mode) and not select.select([fd], [], [], STALL_SECONDS)[0]:
            raise InputError("E108", path=shown(path),
                             detail=f"no data came for {STALL_SECONDS:g} s (a FIFO nobody writes?)")
        os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return os.fdopen(fd, "rb")
