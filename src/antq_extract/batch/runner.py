"""The batch runner: input items -> chunks -> an engine -> records appended in input order.

* **Order**: chunks come back in input order whatever the engine (a bounded
  window of chunks in flight, collected head first), so the output is in input
  order with any ``-j`` and after ``--resume`` too.
* **Memory**: at most ``2 * jobs`` chunks (each at most ``chunk_size`` articles
  and about 8 MB) are in flight; inputs are read lazily.
* **Resume**: ids already complete in the output are skipped (an id given
  twice counts twice: the k-th occurrence is done when the output holds k
  records of that id), a torn last line is cut off (see ``output.scan``).
* **Duplicates**: the second and later items with an id already seen get an
  error record E107 naming where the id was first seen; the first keeps its
  record. Nothing is merged.
* **Workers that die** (killed, out of memory, stuck in C code past the hard
  limit) break the pool: it is restarted and the chunks in flight run again,
  one at a time; a chunk that fails alone is split into single articles, and a
  single article that fails alone gets an error record (E199 died, E106 hung).
* **No orphans**: workers die with the run, however it ends (see ``lifetime``).
"""
from __future__ import annotations

import multiprocessing
import os
import time
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor, TimeoutError
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import chain, islice
from typing import Iterable, Iterator, Optional

from ..errors import Errors
from .lifetime import init_worker
from .work import Options, Result, crash_result, run_chunk, warm

HARD_GRACE = 30.0     # hard limit of a chunk: 2 x timeout + HARD_PER_ITEM per article + this
HARD_PER_ITEM = 2.0
POLL = 1.0         # seconds between checks that the workers are alive, while waiting for a chunk
DEATH_GRACE = 3.0  # seconds a dead worker may go unreported by the pool before it is taken as broken
MAX_BREAKS = 5  # the pool broke this many times in a row without a chunk done: give up


class LocalEngine:
    """``-j 1`` (or an input of one chunk): in this process; ``-j N``: N worker processes."""

    def __init__(self, jobs: int, options: Options):
        self.jobs, self.options = max(1, jobs), options

    def run(self, chunks: Iterable[list]) -> Iterator[list[Result]]:
        source = iter(chunks)
        head = list(islice(source, 2)) if self.jobs > 1 else []
        if self.jobs == 1 or len(head) < 2:  # one chunk: starting workers would cost more
            warm()
            return (run_chunk(chunk, self.options) for chunk in chain(head, source))
        return _Pooled(self.jobs, self.options).run(chain(head, source))


@dataclass
class _Task:
    items: list
    future: Optional[Future] = None
    given_up: bool = False  # its result is an error record made here: no sign of a healthy pool


class _Pooled:
    """An ordered window of chunks over a process pool that survives dead workers."""

    def __init__(self, jobs: int, options: Options):
        self.jobs, self.options = jobs, options
        self.window = 2 * jobs
        self.pool = None

    def run(self, chunks: Iterable[list]) -> Iterator[list[Result]]:
        queue: deque[_Task] = deque()
        probing = 0  # tasks at the front that run alone, after a worker died
        breaks = 0   # times the pool broke since the last chunk done
        source = iter(chunks)
        self.pool = self._new_pool()
        try:
            while True:
                while not probing and len(queue) < self.window:
                    items = next(source, None)
                    if items is None:
                        break
                    queue.append(_Task(items, self._submit(items)))
                if not queue:
                    self.pool.shutdown(wait=True)
                    self.pool = None
                    return
                head = queue[0]
                if head.future is None:
                    head.future = self._submit(head.items)
                try:
                    results = self._result(head)
                except (BrokenProcessPool, TimeoutError) as exc:
                    breaks += 1
                    if breaks >= MAX_BREAKS:
                        raise RuntimeError(f"worker processes keep dying ({exc or 'hard time limit'})") from exc
                    self._restart()
                    probing = self._suspect(queue, probing, isinstance(exc, TimeoutError))
                    continue
                breaks = breaks if head.given_up else 0
                queue.popleft()
                probing = max(0, probing - 1)
                yield results
        finally:
            self._stop()

    def _submit(self, items: list) -> Future:
        try:
            return self.pool.submit(run_chunk, items, self.options)
        except BrokenProcessPool as exc:  # broke while submitting: the head's result() reports it
            failed: Future = Future()
            failed.set_exception(exc)
            return failed

    def _result(self, task: _Task) -> list:
        """The task's result; BrokenProcessPool when a worker is dead and the pool did not say so.

        A worker killed while it writes its result leaves a torn message in the
        result pipe, and the executor's thread blocks reading it for ever
        (CPython 3.11): the head's future then never completes. So the wait
        is sliced and, once a worker is seen dead, the pool has DEATH_GRACE
        seconds to report it before it is taken as broken.
        """
        limit = self._hard_limit(task.items)
        end = None if limit is None else time.monotonic() + limit
        died_at = None
        while True:
            step = POLL if end is None else max(0.0, min(POLL, end - time.monotonic()))
            try:
                return task.future.result(timeout=step)
            except TimeoutError:
                if end is not None and time.monotonic() >= end:
                    raise
            if died_at is None and self._a_worker_died():
                died_at = time.monotonic()
            if died_at is not None and time.monotonic() - died_at > DEATH_GRACE:
                raise BrokenProcessPool("a worker process died and the pool did not report it")

    def _a_worker_died(self) -> bool:
        processes = getattr(self.pool, "_processes", None) or {}
        return any(proc.exitcode is not None for proc in list(processes.values()))

    def _hard_limit(self, items: list) -> Optional[float]:
        if not self.options.timeout:
            return None
        return 2 * self.options.timeout + HARD_PER_ITEM * len(items) + HARD_GRACE

    def _suspect(self, queue: deque, probing: int, hung: bool) -> int:
        """After the pool broke: rerun the tasks in flight alone; split or give up the one that failed alone."""
        for task in queue:
            task.future = None
        if not probing:
            return len(queue)
        head = queue.popleft()
        if len(head.items) > 1:
            queue.extendleft(_Task([item]) for item in reversed(head.items))
            return probing - 1 + len(head.items)
        done: Future = Future()
        done.set_result([self._crashed(head.items[0], hung)])
        queue.appendleft(_Task(head.items, done, given_up=True))
        return probing

    def _crashed(self, item, hung: bool) -> Result:
        if hung:
            limit = self._hard_limit([item])
            return crash_result(item, "E106", "[E106] " + Errors.E106.format(seconds=limit)
                                + " (its worker was stopped)", self.options)
        detail = "the worker process died while processing this article (killed, or out of memory)"
        return crash_result(item, "E199", "[E199] " + Errors.E199.format(detail=detail), self.options)

    def _new_pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.jobs, mp_context=_context(), initializer=init_worker,
                                   initargs=(os.getpid(), warm))

    def _restart(self) -> None:
        self._stop()
        self.pool = self._new_pool()

    def _stop(self) -> None:
        if self.pool is None:
            return
        for proc in list((getattr(self.pool, "_processes", None) or {}).values()):
            proc.kill()
        # With every worker gone, closing this process's copy of the result
        # pipe's write end gives the executor's thread EOF if it is stuck on a
        # torn message: it then winds down instead of holding up our exit.
        writer = getattr(getattr(self.pool, "_result_queue", None), "_writer", None)
        if writer is not None:
            try:
                writer.close()
            except OSError:
                pass
        self.pool.shutdown(wait=False, cancel_futures=True)
        self.pool = None


def _context():
    """forkserver where there is one: workers fork from a clean, preloaded server process."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context()
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["antq_extract.batch.preload"])
    return ctx
