"""Where records go: appended whole, flushed and fsynced per chunk; read back to resume.

A record is one line ending in a newline, written with the rest of its chunk
and made durable (``fsync``) before the next chunk is written. A write that
fails or is interrupted (a full disk, a file-size limit, SIGTERM, Ctrl-C) is
cut back to the last whole record, so only a ``kill -9`` can leave a torn line,
and only at the end. :func:`scan` reads an output file back for ``--resume``:
every line must be a record of ours (``schema_version`` and the contract
fields); it counts the complete records per id, notes which are error records,
and cuts a torn last line off (reported; its id is simply done again). Any
other line means the file is not an output of ours (a ``--pretty`` file,
someone else's JSONL): resuming into it is refused (:class:`ResumeError`)
rather than cutting it or counting its ids.
"""
from __future__ import annotations

import json
import os
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from ..errors import Errors
from ..models import SCHEMA_VERSION, ArticleRecord

CONTRACT = frozenset(ArticleRecord.model_fields) - {"encoding", "url"}
_HEAD = b'{"schema_version":"'  # how every record line of ours starts


@dataclass
class Done:
    """What an output file already holds."""

    ids: Counter = field(default_factory=Counter)   # complete records per id
    errors: int = 0                                 # how many of them are error records
    dropped_bytes: int = 0                          # cut from the end (a torn record)
    failed_at: dict = field(default_factory=dict)   # id -> occurrences (1, 2, ...) that are error records


class ResumeError(Exception):
    """The output file is not one to resume: a line is not a record of ours."""


class OutputError(Exception):
    """The output cannot be written (an unwritable folder, a full disk, a file-size limit)."""


def output_error(path, exc: OSError) -> OutputError:
    detail = exc.strerror or str(exc)
    return OutputError("[E016] " + Errors.E016.format(output=path, detail=detail))


def scan(path: Path) -> Done:
    """Count the complete records of ``path`` and cut a torn last line off it."""
    if not path.exists():
        return Done()
    try:
        return _scan(path)
    except OSError as exc:  # unreadable, read-only, a full disk while cutting
        raise output_error(path, exc) from exc


def _scan(path: Path) -> Done:
    done = Done()
    good = 0
    with open(path, "r+b") as fh:
        for no, line in enumerate(fh, 1):
            record = _record(path, no, line)
            if record is None:  # a torn last line of ours
                break
            rid = str(record["id"])
            done.ids[rid] += 1
            if record["error"] is not None:
                done.errors += 1
                done.failed_at.setdefault(rid, set()).add(done.ids[rid])
            good += len(line)
        size = fh.seek(0, os.SEEK_END)
        if size > good:
            fh.truncate(good)
            fh.flush()
            os.fsync(fh.fileno())
            done.dropped_bytes = size - good
    return done


def _record(path: Path, no: int, line: bytes) -> Optional[dict]:
    """The record of a line; None for a torn last line of ours; ResumeError for anything else."""
    try:
        record = json.loads(line)
    except ValueError:
        record = None
    if not line.endswith(b"\n") and (line.startswith(_HEAD) or _HEAD.startswith(line)):
        return None  # no newline: the end of the file, cut short by a kill
    if not isinstance(record, dict):
        raise _foreign(path, no, "not a complete JSON object")
    if record.get("schema_version") != SCHEMA_VERSION or not CONTRACT <= record.keys():
        raise _foreign(path, no, f"no schema_version {SCHEMA_VERSION!r} with the contract fields")
    if not line.endswith(b"\n"):
        return None
    return record


def _foreign(path: Path, no: int, detail: str) -> ResumeError:
    return ResumeError("[E015] " + Errors.E015.format(output=path, line=no, detail=detail))


class Writer:
    """Append-only output: a file (durable per chunk, cut back to whole records on failure) or stdout."""

    def __init__(self, path: Optional[Path], append: bool):
        self.path, self.size = path, 0
        self._fd = None
        if path is None:
            return
        flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if append else os.O_TRUNC)
        try:
            self._fd = os.open(path, flags, 0o666)
            self.size = os.lseek(self._fd, 0, os.SEEK_END)
        except OSError as exc:
            raise output_error(path, exc) from exc

    def write(self, texts: list[str]) -> None:
        """Write one chunk's records, each followed by a newline, and make them durable."""
        if not texts:
            return
        data = "".join(t + "\n" for t in texts)
        if self._fd is None:
            try:
                sys.stdout.write(data)
                sys.stdout.flush()
            except OSError as exc:
                raise output_error("<stdout>", exc) from exc
            return
        self.write_bytes(data.encode("utf-8"))

    def write_bytes(self, data: bytes) -> None:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(self._fd, view):]
            os.fsync(self._fd)
        except BaseException as exc:
            self._cut_back()
            if isinstance(exc, OSError):
                raise output_error(self.path, exc) from exc
            raise
        self.size += len(data)

    def _cut_back(self) -> None:
        """Drop a partly written chunk, so the file holds whole records only."""
        try:
            os.ftruncate(self._fd, self.size)
            os.fsync(self._fd)
        except OSError:
            pass  # the torn line is then cut by the next --resume

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
