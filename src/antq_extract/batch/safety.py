"""Checks made before a run writes anything: its output is no input, and it is the only writer.

* :func:`check_output` refuses an output that is one of the input files (E011:
  opening it would truncate the input) or that the walk of an input folder or
  glob would reach (E012: the run would read its own records back as articles).
* :class:`OutputLock` holds an advisory lock (``fcntl.flock``) on a lock file
  beside the output, ``.NAME.lock``, for the whole run; a second run writing
  the same output (with or without ``--resume``) is refused (E013) instead of
  interleaving lines or doing every id twice. The lock is released by the
  kernel however the run ends, even by ``kill -9``; a lock file left behind is
  harmless and reused.
"""
from __future__ import annotations

import fcntl
import os
from fnmatch import fnmatch
from pathlib import Path
from typing import Iterable, Optional

from ..errors import Errors
from .output import output_error
from .walk import SKIP_NAMES, has_magic


class UnsafeOutput(Exception):
    """The run would destroy data: nothing was written."""


def check_output(output: Path, paths: Iterable[str]) -> None:
    """Raise :class:`UnsafeOutput` when writing ``output`` would overwrite or reread an input."""
    out = output.resolve()
    for p in paths:
        if p == "-":
            continue
        if has_magic(p) and not Path(p).exists():
            if _glob_reaches(p, out):
                raise UnsafeOutput("[E012] " + Errors.E012.format(output=output, input=p))
            continue
        try:
            source = Path(p).resolve()
        except (OSError, RuntimeError):  # a symbolic link loop: not readable, so never overwritten (E108)
            continue
        if source.is_dir() and _walk_reaches(source, out):
            raise UnsafeOutput("[E012] " + Errors.E012.format(output=output, input=p))
        if out == source or (out.exists() and source.exists() and os.path.samefile(out, source)):
            raise UnsafeOutput("[E011] " + Errors.E011.format(output=output, input=p))


def _walk_reaches(folder: Path, out: Path) -> bool:
    """The folder walk reaches ``out``: it lies under ``folder`` with no hidden or skipped part."""
    try:
        parts = out.relative_to(folder).parts
    except ValueError:
        return False
    return not any(part.startswith(".") or part in SKIP_NAMES for part in parts)


def _glob_reaches(pattern: str, out: Path) -> bool:
    """The pattern may match ``out`` or a folder above it (``*`` here also spans ``/``: erring on the safe side)."""
    absolute = str(Path(os.path.abspath(pattern)))
    return fnmatch(str(out), absolute) or fnmatch(str(out), absolute + "/*")


def lock_path(output: Path) -> Path:
    return output.with_name(f".{output.name}.lock")


class OutputLock:
    """An exclusive advisory lock on ``.NAME.lock`` beside the output, held until :meth:`release`."""

    def __init__(self, output: Path):
        self.output, self.path = output, lock_path(output)
        self._fd: Optional[int] = None

    def acquire(self) -> "OutputLock":
        try:
            self.output.parent.mkdir(parents=True, exist_ok=True)
            while self._fd is None:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o666)
                if not self._try_lock(fd):
                    os.close(fd)
                    raise UnsafeOutput("[E013] " + Errors.E013.format(output=self.output, lock=self.path))
                if self._still_there(fd):
                    self._fd = fd
                else:  # removed by the run that held it just before: lock the new one
                    os.close(fd)
        except OSError as exc:
            raise output_error(self.output, exc) from exc
        return self

    @staticmethod
    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            return False

    def _still_there(self, fd: int) -> bool:
        try:
            return os.stat(self.path).st_ino == os.fstat(fd).st_ino
        except FileNotFoundError:
            return False

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            os.unlink(self.path)
        except OSError:
            pass
        os.close(self._fd)
        self._fd = None

