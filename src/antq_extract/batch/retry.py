"""``--retry-errors``: redo the error records of an output, replacing them in place, crash-safe.

The run goes like ``--resume`` (ids with a good record are skipped), except
that the occurrences whose record is an error (a time-out, a dead worker, an
input that was unreadable then) are processed again. Their new records go to
a scratch file beside the output (``.NAME.retry.tmp``). At the end a new file
(``.NAME.merged.tmp``) is written: the old records in their order, each error
record replaced by its new record, then the records of items the output did
not hold yet; it is fsynced and renamed over the output (``os.replace``, atomic).
Until that rename the output is untouched, so a kill at any moment loses no
good record (the work of the interrupted retry is lost; rerun it). The lock of
the run (``safety.OutputLock``) keeps the scratch files to one run.
"""
from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path

from .output import Writer, output_error


class Retry:
    """Collects new records by (id, occurrence); :meth:`finish` rebuilds the output with them."""

    def __init__(self, output: Path):
        self.output = output
        self.scratch = output.with_name(f".{output.name}.retry.tmp")
        self.merged = output.with_name(f".{output.name}.merged.tmp")
        self._writer = Writer(self.scratch, append=False)
        self._where: dict = {}   # (id, occurrence) -> (offset, length) in the scratch file
        self._order: list = []   # the keys, in the order the records came

    def write(self, texts: list[str], keys: list) -> None:
        data = [(t + "\n").encode("utf-8") for t in texts]
        offset = self._writer.size
        self._writer.write_bytes(b"".join(data))
        for key, line in zip(keys, data):
            self._where[key] = (offset, len(line))
            self._order.append(key)
            offset += len(line)

    def finish(self) -> int:
        """Write the merged output and rename it over the old one; how many old records were replaced."""
        self._writer.close()
        try:
            replaced = self._merge()
            os.replace(self.merged, self.output)
            _fsync_folder(self.output.parent)
        except OSError as exc:
            raise output_error(self.output, exc) from exc
        return replaced

    def _merge(self) -> int:
        seen, used = Counter(), set()
        with open(self.output, "rb") as old, open(self.scratch, "rb") as new, open(self.merged, "wb") as out:
            for line in old:
                rid = str(json.loads(line)["id"])
                seen[rid] += 1
                key = (rid, seen[rid])
                if key in self._where:
                    used.add(key)
                    line = _read(new, self._where[key])
                out.write(line)
            for key in self._order:
                if key not in used:
                    out.write(_read(new, self._where[key]))
            out.flush()
            os.fsync(out.fileno())
        return len(used)

    def close(self) -> None:
        """Remove the scratch files (the output itself is left as it was, or as renamed)."""
        self._writer.close()
        for path in (self.scratch, self.merged):
            try:
                path.unlink()
            except FileNotFoundError:
                pass


def _read(fh, where: tuple) -> bytes:
    offset, length = where
    fh.seek(offset)
    return fh.read(length)


def _fsync_folder(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
