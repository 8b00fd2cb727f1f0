"""Folders and glob patterns, walked lazily in a stable order.

Each directory is listed once, sorted by name, and descended depth-first, so
memory holds one listing per level, never the whole tree, and the order is the
same as ``sorted(root.rglob("*"))``. Hidden entries and ``MANIFEST.tsv`` files
are skipped; symbolic links to directories are not followed (no loops).

>>> has_magic("crawl/**/*.jsonl.gz"), has_magic("corpus")
(True, False)
"""
from __future__ import annotations

import os
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Iterator

SKIP_NAMES = {"MANIFEST.tsv"}
_MAGIC = set("*?[")


def has_magic(pattern: str) -> bool:
    """True when ``pattern`` holds glob wildcards."""
    return any(ch in _MAGIC for ch in pattern)


def _entries(folder: Path) -> list[os.DirEntry]:
    """The visible entries of ``folder`` sorted by name (empty when unreadable)."""
    try:
        with os.scandir(folder) as it:
            entries = [e for e in it if not e.name.startswith(".") and e.name not in SKIP_NAMES]
    except OSError:
        return []
    return sorted(entries, key=lambda e: e.name)


def walk_files(root: Path) -> Iterator[Path]:
    """Every file under ``root``, depth-first, sorted per directory, lazily."""
    stack = [iter(_entries(root))]
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
        elif entry.is_dir(follow_symlinks=False):
            stack.append(iter(_entries(Path(entry.path))))
        elif entry.is_file():
            yield Path(entry.path)


def glob_paths(pattern: str) -> Iterator[Path]:
    """Paths matching ``pattern`` ("**" spans folders), in sorted order, lazily."""
    parts = Path(pattern).parts
    fixed = 0
    while fixed < len(parts) and not has_magic(parts[fixed]):
        fixed += 1
    base = Path(*parts[:fixed]) if fixed else Path(".")
    yield from _match(base, list(parts[fixed:]), relative=not fixed)


def _match(folder: Path, parts: list[str], relative: bool) -> Iterator[Path]:
    if not parts:
        yield folder
        return
    head, rest = parts[0], parts[1:]
    if head == "**":
        yield from _match(folder, rest, relative)
        for entry in _entries(folder):
            if entry.is_dir(follow_symlinks=False):
                yield from _match(_child(folder, entry, relative), parts, False)
        return
    for entry in _entries(folder):
        if fnmatchcase(entry.name, head) and (not rest or entry.is_dir()):
            yield from _match(_child(folder, entry, relative), rest, False)


def _child(folder: Path, entry: os.DirEntry, relative: bool) -> Path:
    return Path(entry.name) if relative else folder / entry.name
