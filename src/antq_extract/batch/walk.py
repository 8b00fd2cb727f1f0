"""Folders and glob patterns, walked lazily in a stable order.

Each directory is listed once, sorted by name, and descended depth-first, so
memory holds one listing per level, never the whole tree, and the order is the
same as ``sorted(root.rglob("*"))``. Hidden entries and ``MANIFEST.tsv`` files
are skipped; symbolic links to directories are not followed (no loops).

:func:`walk` also says what it could not take: a file whose name matches none
of the ``include`` globs is :data:`SKIPPED` (counted, not an article), and an
entry that cannot be read as a file (a folder it may not list, a FIFO, a
device, a dangling symbolic link, a symbolic link loop) comes with the reason,
so that the caller reports it as it reports the same path named directly.

>>> has_magic("crawl/**/*.jsonl.gz"), has_magic("corpus")
(True, False)
"""
from __future__ import annotations

import errno
import os
import stat
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Iterator, Optional, Sequence, Union

SKIP_NAMES = {"MANIFEST.tsv"}
_MAGIC = set("*?[")
INCLUDE = ("*.txt", "*.text", "*.html", "*.htm", "*.xhtml", "*.jsonl", "*.ndjson", "*.jsonl.gz", "*.ndjson.gz")
SKIPPED = "skipped"  # a file whose name matches no include glob
Found = tuple[Path, Optional[str]]  # (path, None | SKIPPED | why it cannot be read)


def has_magic(pattern: str) -> bool:
    """True when ``pattern`` holds glob wildcards."""
    return any(ch in _MAGIC for ch in pattern)


def _listing(folder: Path) -> Union[list[os.DirEntry], OSError]:
    """The visible entries of ``folder`` sorted by name, or why it cannot be listed."""
    try:
        with os.scandir(folder) as it:
            entries = [e for e in it if not e.name.startswith(".") and e.name not in SKIP_NAMES]
    except OSError as exc:
        return exc
    return sorted(entries, key=lambda e: e.name)


def _entries(folder: Path) -> list[os.DirEntry]:
    listing = _listing(folder)
    return [] if isinstance(listing, OSError) else listing


def walk(root: Path, include: Sequence[str] = INCLUDE) -> Iterator[Found]:
    """Every entry under ``root`` that is not a folder, depth-first, sorted per directory, lazily."""
    first = _listing(root)
    if isinstance(first, OSError):
        yield root, f"cannot list this folder: {first.strerror or first}"
        return
    patterns = [p.lower() for p in include]
    stack = [iter(first)]
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
            continue
        path = Path(entry.path)
        if entry.is_dir(follow_symlinks=False):
            listing = _listing(path)
            if isinstance(listing, OSError):
                yield path, f"cannot list this folder: {listing.strerror or listing}"
            else:
                stack.append(iter(listing))
        elif not any(fnmatchcase(entry.name.lower(), p) for p in patterns):
            yield path, SKIPPED
        else:
            yield path, _problem(entry)


def _problem(entry: os.DirEntry) -> Optional[str]:
    """None for a regular file (or a link to one), else why it cannot be read as an article."""
    try:
        if entry.is_file():
            return None
        if entry.is_dir():
            return "a symbolic link to a folder (not followed)"
        mode = os.stat(entry.path).st_mode
    except OSError as exc:
        return _why(exc)
    return "not a regular file (" + ("a FIFO" if stat.S_ISFIFO(mode) else "a device or socket") + ")"


def _why(exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "a symbolic link loop"
    if exc.errno == errno.ENOENT:
        return "a dangling symbolic link"
    return exc.strerror or str(exc)


def walk_files(root: Path) -> Iterator[Path]:
    """Every readable regular file under ``root``, depth-first, sorted per directory, lazily."""
    return (path for path, problem in walk(root, ("*",)) if problem is None)


def _split(pattern: str) -> tuple[Path, list[str], bool]:
    """(the fixed folder of ``pattern``, the parts with wildcards, whether the folder is ".")."""
    parts = Path(pattern).parts
    fixed = 0
    while fixed < len(parts) and not has_magic(parts[fixed]):
        fixed += 1
    return (Path(*parts[:fixed]) if fixed else Path(".")), list(parts[fixed:]), not fixed


def glob_root(pattern: str) -> Path:
    """The folder that ``pattern``'s matches are relative to: its part before the first wildcard.

    >>> glob_root("crawl/**/*.html"), glob_root("*.txt")
    (PosixPath('crawl'), PosixPath('.'))
    """
    return _split(pattern)[0]


def glob_paths(pattern: str) -> Iterator[Path]:
    """Paths matching ``pattern`` ("**" spans folders), in sorted order, lazily."""
    yield from _match(*_split(pattern))


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
