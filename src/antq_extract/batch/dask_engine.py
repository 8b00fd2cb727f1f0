"""The Dask engine: the same per-chunk function (``work.run_chunk``) on a Dask cluster.

``DaskEngine(address)`` connects to an existing scheduler (``tcp://host:8786``);
without an address it starts a ``LocalCluster`` of ``jobs`` single-threaded
worker processes. Chunks are submitted through the same ordered, bounded window
as the local engine (``2 * workers`` chunks in flight), so records come back in
input order and memory stays flat. Workers need antq-extract installed (same
version); they warm up on their first chunk (rules are cached per process).
A chunk whose worker keeps dying (Dask's ``KilledWorker`` after its retries)
gives an error record E199 for each of its articles, and the run goes on.
The time limit runs in Dask's worker threads through a watchdog (see ``limits``).
A scheduler that does not answer like one within ``CONNECT_TIMEOUT`` seconds
raises :class:`SchedulerUnreachable` (E017) before any input is read.
"""
from __future__ import annotations

import asyncio
from collections import deque
from typing import Iterable, Iterator, Optional

from ..errors import Errors
from .work import Options, Result, crash_result, run_chunk, warm

CONNECT_TIMEOUT = 10  # seconds to reach a --scheduler


class SchedulerUnreachable(Exception):
    """The Dask scheduler given by address did not answer."""


async def _probe(address: str) -> None:
    """Connect to ``address`` and shake hands as a Dask client would, within CONNECT_TIMEOUT seconds."""
    from distributed.comm import connect

    comm = await asyncio.wait_for(connect(address, timeout=CONNECT_TIMEOUT), CONNECT_TIMEOUT)
    await comm.close()


class DaskEngine:
    def __init__(self, scheduler: Optional[str], jobs: int, options: Options):
        self.scheduler, self.jobs, self.options = scheduler, max(1, jobs), options

    def run(self, chunks: Iterable[list]) -> Iterator[list[Result]]:
        """Connect (or raise :class:`SchedulerUnreachable`) now; the results come from the iterator."""
        client, cluster = self._connect()
        return self._results(client, cluster, chunks)

    def _results(self, client, cluster, chunks: Iterable[list]) -> Iterator[list[Result]]:
        try:
            client.run(warm)
            window = 2 * max(1, len(client.scheduler_info().get("workers", {})) or self.jobs)
            yield from self._ordered(client, chunks, window)
        finally:
            client.close()
            if cluster is not None:
                cluster.close()

    def _connect(self):
        from distributed import Client, LocalCluster

        if self.scheduler:
            try:
                asyncio.run(_probe(self.scheduler))  # Client's own timeout does not cover a silent peer
                return Client(self.scheduler, timeout=CONNECT_TIMEOUT), None
            except Exception as exc:  # refused, timed out, or something else answered (garbage handshake)
                message = Errors.E017.format(address=self.scheduler, seconds=CONNECT_TIMEOUT,
                                              detail=str(exc) or "no answer")
                raise SchedulerUnreachable("[E017] " + message) from exc
        cluster = LocalCluster(n_workers=self.jobs, threads_per_worker=1, dashboard_address=":0")
        return Client(cluster), cluster

    def _ordered(self, client, chunks: Iterable[list], window: int) -> Iterator[list[Result]]:
        from distributed import KilledWorker

        pending: deque = deque()
        source = iter(chunks)
        while True:
            while len(pending) < window and (items := next(source, None)) is not None:
                pending.append((items, client.submit(run_chunk, items, self.options, pure=False)))
            if not pending:
                return
            items, future = pending.popleft()
            try:
                yield future.result()
            except KilledWorker:
                yield [self._lost(item) for item in items]

    def _lost(self, item) -> Result:
        detail = "the Dask worker running this article died repeatedly (KilledWorker)"
        return crash_result(item, "E199", "[E199] " + Errors.E199.format(detail=detail), self.options)
