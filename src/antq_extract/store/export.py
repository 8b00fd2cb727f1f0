"""Streaming export: records read lazily, gathered into Arrow batches, appended to each sink.

Records are read the way ``diff`` reads them (:mod:`..evaluate.load`): files whatever
their name (JSONL, ``extract --pretty`` output, a JSON list; gzipped or not) and
folders of record files. Memory holds one batch (``batch_size`` articles) and the set
of ids seen, whatever the size of the input. Within one run the first record of an id
is kept and later ones are counted as duplicates (``extract`` writes its E107 error
record after the article it duplicates); across runs a DuckDB re-export replaces them.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator

from tqdm import tqdm

from ..evaluate.load import RecordFileError, record_objects
if TYPE_CHECKING:
    from .tables import Buffer

BATCH_SIZE = 1000  # articles per batch: a few thousand rows in the larger tables


@dataclass
class ExportStats:
    records: int = 0
    duplicates: int = 0
    failed: int = 0  # records carrying an ``error``
    rows: Counter = field(default_factory=Counter)


def iter_records(paths: Iterable[str | Path]) -> Iterator[tuple[str, dict]]:
    """(where, record dict) for every record under ``paths``, lazily, in input order."""
    for path in paths:
        for where, obj in record_objects(Path(path)):
            if not isinstance(obj, dict) or not isinstance(obj.get("id"), str):
                raise RecordFileError(f"{where}: not an article record: no string 'id'")
            yield where, obj


def export(paths: Iterable[str | Path], sinks: list, batch_size: int = BATCH_SIZE,
           progress: bool | None = False) -> ExportStats:
    """Export every record under ``paths`` to every sink; the sinks are closed (finished on success).
    ``progress`` None: a progress bar when standard error is a terminal."""
    from .tables import Buffer   # pyarrow: loaded by the export command only, not at CLI start

    stats, seen, buffer, ok = ExportStats(), set(), Buffer(), False
    try:
        for where, record in tqdm(iter_records(paths), desc="export", unit=" records", disable=None if progress is None else not progress):
            if record["id"] in seen:
                stats.duplicates += 1
                continue
            seen.add(record["id"])
            stats.records += 1
            stats.failed += record.get("error") is not None
            buffer.add(record, where)
            if len(buffer.ids) >= batch_size:
                _flush(buffer, sinks, stats)
        _flush(buffer, sinks, stats)
        ok = True
    finally:
        for sink in sinks:
            sink.close(ok)
    return stats


def _flush(buffer: Buffer, sinks: list, stats: ExportStats) -> None:
    if not buffer.ids:
        return
    ids = buffer.ids
    batches = buffer.take()
    for sink in sinks:
        sink.write(batches, ids)
    stats.rows.update({name: batch.num_rows for name, batch in batches.items()})
