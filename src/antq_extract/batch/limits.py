"""The per-article time limit: ``with deadline(seconds): ...`` raises :class:`Expired`.

In a process's main thread (local workers, ``-j 1``) the limit is an interval
timer (``signal.setitimer``): its handler runs between Python bytecodes and
inside the ``regex`` module's matching loop, which checks for signals. In
another thread (Dask workers run tasks in threads) a watchdog timer raises the
exception in the working thread (``PyThreadState_SetAsyncExc``), which takes
effect at the next bytecode. A C call that never returns to Python is caught
by the local engine's hard limit instead (see ``runner``), which kills the
worker. ``Expired`` derives from ``BaseException`` so that a detector's
``except Exception`` cannot swallow it.
"""
from __future__ import annotations

import ctypes
import signal
import threading
from contextlib import contextmanager
from typing import Iterator, Optional


class Expired(BaseException):
    """The article in hand ran past its time limit."""


@contextmanager
def deadline(seconds: Optional[float]) -> Iterator[None]:
    """Raise :class:`Expired` in this thread when the block runs longer than ``seconds``."""
    if not seconds or seconds <= 0:
        yield
    elif threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
        with _alarm(seconds):
            yield
    else:
        with _watchdog(seconds):
            yield


def _fire(signum, frame):
    raise Expired()


@contextmanager
def _alarm(seconds: float) -> Iterator[None]:
    previous = signal.signal(signal.SIGALRM, _fire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextmanager
def _watchdog(seconds: float) -> Iterator[None]:
    target = threading.get_ident()
    lock = threading.Lock()
    active = [True]

    def fire():
        with lock:
            if active[0]:
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(target), ctypes.py_object(Expired))

    timer = threading.Timer(seconds, fire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:
            active[0] = False
        timer.cancel()
