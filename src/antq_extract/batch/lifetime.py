"""No orphans: worker processes end with the run however it ends; SIGTERM stops it like Ctrl-C.

* Workers fork from the forkserver, which exits when every holder of its
  "alive" pipe is gone: the run's process and, as multiprocessing hands each
  worker a copy, the workers. So each worker closes its copy (it starts no
  processes of its own), asks the kernel for SIGKILL when its parent, the
  forkserver, dies (``prctl(PR_SET_PDEATHSIG)``, Linux), and exits at once if
  the run's process is already gone by then. A ``kill -9`` of the run then
  ends the forkserver, hence every worker, within a moment, even one stuck in
  C code; the resource tracker follows when its last writer is gone.
* :func:`terminate_as_interrupt` turns SIGTERM into :class:`Terminated` in the
  main thread: the run stops where it is, the records written so far stay
  whole (``output.Writer`` cuts back a chunk it was writing), the workers are
  stopped, and the command says to rerun with ``--resume`` (exit status 143).
"""
from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
from contextlib import contextmanager
from typing import Callable, Iterator

PR_SET_PDEATHSIG = 1


class Terminated(BaseException):
    """The run received SIGTERM."""


def init_worker(run_pid: int, warm: Callable[[], None]) -> None:
    """A worker's initializer: die with its parent, then warm up."""
    die_with_parent()
    _release_forkserver()
    if not _alive(run_pid):
        os._exit(1)
    warm()


def _release_forkserver() -> None:
    """Close this worker's copy of the forkserver's alive pipe, so that only the run keeps it alive."""
    from multiprocessing import forkserver

    server = getattr(forkserver, "_forkserver", None)
    fd = getattr(server, "_forkserver_alive_fd", None)
    if fd is not None:
        server._forkserver_alive_fd = None
        os.close(fd)


def die_with_parent() -> bool:
    """Ask for SIGKILL when the parent process dies (Linux); False where that is not available."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        return libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _raise_terminated(signum, frame):
    raise Terminated()


@contextmanager
def terminate_as_interrupt() -> Iterator[None]:
    """Within the block, SIGTERM raises :class:`Terminated` (in the main thread only)."""
    try:
        previous = signal.signal(signal.SIGTERM, _raise_terminated)
    except ValueError:  # not the main thread: leave SIGTERM alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
