"""What a batch run does, before any article is read: resume skips, duplicate ids, chunks.

* **Resume**: ids already complete in the output are skipped (an id given
  twice counts twice: the k-th occurrence is done when the output holds k
  records of that id).
* **Duplicates**: the second and later items with an id already seen get an
  error record E107 naming where the id was first seen; the first keeps its
  record. Nothing is merged.
* **Chunks**: at most ``CHUNK_SIZE`` articles and about ``CHUNK_BYTES`` of
  article data each.
"""
from __future__ import annotations

import os
from collections import Counter, deque
from dataclasses import dataclass, field
from typing import Iterable, Iterator

from ..errors import Errors
from ..inputs import BadInput

CHUNK_SIZE = 32
CHUNK_BYTES = 8_000_000


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


@dataclass
class Plan:
    """Input items filtered for a run: resume skips, duplicate ids marked (E107).

    ``redo`` (``--retry-errors``) names occurrences done but to do again: id ->
    {1, 2, ...}. ``keys`` holds (id, occurrence) of every item yielded and not
    yet taken by the caller. Memory grows with the number of distinct ids only
    (the id and where it was first seen).
    """

    done: Counter = field(default_factory=Counter)
    redo: dict = field(default_factory=dict)
    keys: deque = field(default_factory=deque)
    skipped: int = 0
    duplicates: int = 0
    _first: dict = field(default_factory=dict)      # id -> where it was first seen
    _repeats: Counter = field(default_factory=Counter)  # id -> occurrences after the first

    def items(self, items: Iterable, on_skip=lambda n: None) -> Iterator:
        for item in items:
            first = self._first.get(item.id)
            if first is None:
                self._first[item.id], occurrence = item.origin, 1
            else:
                self._repeats[item.id] += 1
                occurrence = 1 + self._repeats[item.id]
            if occurrence <= self.done[item.id] and occurrence not in self.redo.get(item.id, ()):
                self.skipped += 1
                on_skip(1)
                continue
            self.keys.append((item.id, occurrence))
            if occurrence > 1:
                self.duplicates += 1
                yield _duplicate(item, first)
            else:
                yield item


def _duplicate(item, first: str) -> BadInput:
    message = "[E107] " + Errors.E107.format(id=item.id, first=first) + f"; repeated at {item.origin}"
    return BadInput(item.id, "E107", message, item.origin, item.path)


def chunked(items: Iterable, size: int = CHUNK_SIZE, max_bytes: int = CHUNK_BYTES) -> Iterator[list]:
    """Lists of at most ``size`` items and about ``max_bytes`` of article data."""
    chunk, weight = [], 0
    for item in items:
        chunk.append(item)
        weight += len(getattr(item, "data", b""))
        if len(chunk) >= size or weight >= max_bytes:
            yield chunk
            chunk, weight = [], 0
    if chunk:
        yield chunk
