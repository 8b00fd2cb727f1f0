"""The progress bar: articles, articles/s, errors and (once the inputs are counted) ETA.

Shown only when standard error is a terminal; in pipes and CI nothing is
printed. The total is counted in a background thread (files, and lines of
JSONL files) so the work starts at once; the ETA appears when it is known.
"""
from __future__ import annotations

import gzip
import sys
import threading
from pathlib import Path
from typing import Iterable, Optional, Sequence

from .walk import INCLUDE, SKIPPED, glob_paths, has_magic, walk

_JSONL = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")


class Progress:
    """A tqdm bar on a terminal, nothing elsewhere."""

    def __init__(self, paths: Iterable[str], enabled: Optional[bool] = None, include: Sequence[str] = INCLUDE):
        enabled = sys.stderr.isatty() if enabled is None else enabled
        self.errors = 0
        self._bar = None
        if not enabled:
            return
        from tqdm import tqdm

        tqdm.monitor_interval = 0  # no monitor thread: worker pools may fork
        self._bar = tqdm(unit=" articles", file=sys.stderr, dynamic_ncols=True, smoothing=0.1)
        self._bar.set_postfix(errors=0, refresh=False)
        paths = list(paths)
        if "-" not in paths:
            threading.Thread(target=self._count, args=(paths, include), daemon=True).start()

    def update(self, done: int, errors: int = 0) -> None:
        if self._bar is None:
            return
        if errors:
            self.errors += errors
            self._bar.set_postfix(errors=self.errors, refresh=False)
        self._bar.update(done)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()

    def _count(self, paths: list[str], include: Sequence[str]) -> None:
        try:
            total = sum(count_items(p, include) for p in paths)
        except OSError:
            return
        if self._bar is not None:
            self._bar.total = total
            self._bar.refresh()


def count_items(path: str, include: Sequence[str] = INCLUDE) -> int:
    """How many items a path holds (its files; a JSONL file's non-blank lines, roughly)."""
    p = Path(path)
    if p.is_dir():
        return sum(_count_file(f) for f, problem in walk(p, include) if problem != SKIPPED)
    if has_magic(path) and not p.exists():
        return sum(count_items(str(f), include) for f in glob_paths(path))
    return _count_file(p)


def _count_file(path: Path) -> int:
    name = path.name.lower()
    if not name.endswith(_JSONL) or not path.is_file():  # a FIFO is never opened here: it is read once
        return 1
    opener = gzip.open if name.endswith(".gz") else open
    lines, last = 0, b"\n"
    with opener(path, "rb") as fh:
        while block := fh.read(1 << 20):
            lines += block.count(b"\n")
            last = block[-1:]
    return lines + (last != b"\n")
