"""Where records go: appended whole, flushed and fsynced per chunk; read back to resume.

A record is one line ending in a newline, written with the rest of its chunk
in one ``write`` and made durable (``fsync``) before the next chunk is
written, so a kill at any moment leaves whole records plus at most one torn
line at the end. :func:`scan` reads an output file back for ``--resume``: it
counts the complete records per id and cuts a torn last line off (reported;
its id is simply done again). A broken line *before* the last one means the
file is not an output of ours (a ``--pretty`` file, say): resuming into it is
refused (:class:`ResumeError`) rather than cutting it.
"""
from __future__ import annotations

import json
import os
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional


@dataclass
class Done:
    """What an output file already holds."""

    ids: Counter = field(default_factory=Counter)   # complete records per id
    errors: int = 0                                 # how many of them are error records
    dropped_bytes: int = 0                          # cut from the end (a torn record)


class ResumeError(Exception):
    """The output file is not one to resume: a line other than the last is not a record."""


def scan(path: Path) -> Done:
    """Count the complete records of ``path`` and cut a torn last line off it."""
    done = Done()
    if not path.exists():
        return done
    good = 0
    with open(path, "r+b") as fh:
        for no, line in enumerate(fh, 1):
            rid, failed = _parse(line)
            if rid is None:
                if fh.read(1):
                    raise ResumeError(f"{path}: line {no} is not a complete record, and more follows: "
                                      "not an antq-extract JSONL output; refusing to resume into it")
                break
            done.ids[rid] += 1
            done.errors += failed
            good += len(line)
        size = fh.seek(0, os.SEEK_END)
        if size > good:
            fh.truncate(good)
            fh.flush()
            os.fsync(fh.fileno())
            done.dropped_bytes = size - good
    return done


def _parse(line: bytes) -> tuple[Optional[str], bool]:
    """(id, is an error) of a complete record line, (None, False) for a torn one."""
    if not line.endswith(b"\n"):
        return None, False
    try:
        record = json.loads(line)
        return str(record["id"]), record.get("error") is not None
    except (ValueError, KeyError, TypeError):
        return None, False


class Writer:
    """Append-only output: a file (durable per chunk) or standard output."""

    def __init__(self, path: Optional[Path], append: bool):
        self.path = path
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        self._fh = open(path, "ab" if append else "wb") if path is not None else None

    def write(self, texts: list[str]) -> None:
        """Write one chunk's records, each followed by a newline, and make them durable."""
        if not texts:
            return
        data = "".join(t + "\n" for t in texts)
        if self._fh is None:
            sys.stdout.write(data)
            sys.stdout.flush()
            return
        self._fh.write(data.encode("utf-8"))
        self._fh.flush()
        os.fsync(self._fh.fileno())

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
