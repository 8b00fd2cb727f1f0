"""One batch run, as the ``extract`` command does it: inputs -> engine -> output.

>>> from antq_extract.batch.job import Job  # doctest: +SKIP
>>> Job(["corpus"], output=Path("out/corpus.jsonl"), jobs=2, resume=True).run()  # doctest: +SKIP
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional, Sequence

from ..inputs import Report, iter_inputs
from .output import Done, Writer, scan
from .progress import Progress
from .runner import CHUNK_SIZE, LocalEngine, Plan, chunked, default_jobs
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
    chunk_size: int = CHUNK_SIZE
    summary: bool = False
    progress: Optional[bool] = None           # None: a bar when stderr is a terminal
    include: Sequence[str] = INCLUDE          # file name globs a folder walk reads

    def run(self) -> Stats:
        stats = Stats()
        if self.resume and self.output is not None:
            stats.previous = scan(self.output)
        plan = Plan(done=stats.previous.ids)
        bar = Progress(self.paths, self.progress, self.include)
        writer = Writer(self.output, append=self.resume)
        try:
            inputs = iter_inputs(self.paths, self.options.max_bytes, self.include, stats.inputs)
            items = plan.items(inputs, on_skip=bar.update)
            for results in self._engine().run(chunked(items, self.chunk_size)):
                writer.write([r.text for r in results])
                self._count(stats, results, bar)
        finally:
            writer.close()
            bar.close()
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
