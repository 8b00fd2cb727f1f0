"""One batch run, as the ``extract`` command does it: inputs -> engine -> output.

Before anything is written the output is checked (no input, see ``safety``)
and locked against a second writer; an existing non-empty output is refused
(E014) unless the run resumes it, retries its errors or overwrites it.

>>> from antq_extract.batch.job import Job  # doctest: +SKIP
>>> Job(["corpus"], output=Path("out/corpus.jsonl"), jobs=2, resume=True).run()  # doctest: +SKIP
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional, Sequence

from ..inputs import Report, iter_inputs
from ..errors import Errors
from .output import Done, Writer, scan
from .progress import Progress
from .retry import Retry
from .plan import CHUNK_SIZE, Plan, chunked, default_jobs
from .runner import LocalEngine
from .safety import OutputLock, UnsafeOutput, check_output
from .walk import INCLUDE
from .work import Options


@dataclass
class Stats:
    """What a run did (``rows`` only when a summary was asked for)."""

    written: int = 0
    failed: int = 0
    skipped: int = 0
    duplicates: int = 0
    previous: Done = field(default_factory=Done)
    replaced: int = 0                         # error records of the output redone (--retry-errors)
    rows: list = field(default_factory=list)
    inputs: Report = field(default_factory=Report)  # files skipped by name, inputs without articles


@dataclass
class Job:
    paths: Sequence[str]
    output: Optional[Path] = None             # None: standard output
    options: Options = field(default_factory=Options)
    jobs: int = field(default_factory=default_jobs)
    engine: str = "local"                     # "local" or "dask"
    scheduler: Optional[str] = None           # Dask scheduler address
    resume: bool = False
    retry_errors: bool = False                # resume, and redo the error records in place
    overwrite: bool = False                   # replace an existing non-empty output
    chunk_size: int = CHUNK_SIZE
    summary: bool = False
    progress: Optional[bool] = None           # None: a bar when stderr is a terminal
    include: Sequence[str] = INCLUDE          # file name globs a folder walk reads

    def run(self) -> Stats:
        lock = self._claim_output()
        try:
            return self._run()
        finally:
            if lock is not None:
                lock.release()

    def _claim_output(self) -> Optional[OutputLock]:
        """Refuse an unsafe output (UnsafeOutput); lock a file output for the run."""
        out = self.output
        if out is None or (out.exists() and not out.is_file()):  # stdout, /dev/null, a pipe
            return None
        check_output(out, self.paths)
        lock = OutputLock(out).acquire()
        if out.exists() and out.stat().st_size and not (self.resume or self.retry_errors or self.overwrite):
            lock.release()
            raise UnsafeOutput("[E014] " + Errors.E014.format(output=out))
        return lock

    def _run(self) -> Stats:
        stats = Stats()
        if (self.resume or self.retry_errors) and self.output is not None:
            stats.previous = scan(self.output)
        retrying = self.retry_errors and stats.previous.errors > 0
        plan = Plan(done=stats.previous.ids, redo=stats.previous.failed_at if retrying else {})
        bar = Progress(self.paths, self.progress, self.include)
        results = sink = None
        try:
            inputs = iter_inputs(self.paths, self.options.max_bytes, self.include, stats.inputs)
            results = self._engine().run(chunked(plan.items(inputs, on_skip=bar.update), self.chunk_size))
            sink = Retry(self.output) if retrying else Writer(self.output, append=self.resume or self.retry_errors)
            for chunk in results:
                texts, keys = [r.text for r in chunk], [plan.keys.popleft() for _ in chunk]
                sink.write(texts, keys) if retrying else sink.write(texts)
                self._count(stats, chunk, bar)
            if retrying:
                stats.replaced = sink.finish()
        finally:
            for part in (results, sink, bar):
                if part is not None:
                    part.close()
        stats.skipped, stats.duplicates = plan.skipped, plan.duplicates
        return stats

    def _engine(self):
        if self.engine == "dask":
            from .dask_engine import DaskEngine

            return DaskEngine(self.scheduler, self.jobs, self.options)
        return LocalEngine(self.jobs, self.options)

    def _count(self, stats: Stats, results, bar: Progress) -> None:
        failed = sum(r.failed for r in results)
        stats.written += len(results)
        stats.failed += failed
        if self.summary:
            stats.rows.extend(r.row for r in results)
        bar.update(len(results), failed)
