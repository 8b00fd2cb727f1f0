"""Input walking: files, folders, globs, JSONL(.gz), HTML pages and stdin -> a lazy stream.

Everything streams: folders are walked one listing at a time, JSONL is read a
line at a time (see :mod:`antq_extract.batch.jsonl`), a file is read with a
bound that holds whatever it reports (see :mod:`antq_extract.batch.reading`).
So memory stays flat however large the input. An item that cannot become an
article (a broken JSONL line, an unreadable or oversized file, a FIFO, a
symbolic link loop) is a :class:`BadInput` saying why; the other items still come.

Kinds, by name then by content: ``*.jsonl``/``*.ndjson`` (optionally ``.gz``):
one article a line ``{"id", "text" | "html", "published"?, "url"?, "title"?}``;
``*.html``/``*.htm`` or a file that starts like an HTML document: one page
(see :mod:`antq_extract.batch.html`); anything else: one article. Ids of files
come from their path (see :mod:`antq_extract.batch.names`). In a folder walk
only files matching the ``include`` globs are read; the others are counted in
the :class:`Report`. ``-`` is standard input: JSONL when it starts with ``{``,
gzip when it starts with the gzip magic, else one article (id ``stdin``).
"""
from __future__ import annotations

import gzip
import io
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator, Optional, Sequence, Union

from .article import BadInput, RawArticle
from .batch import html
from .batch.jsonl import jsonl_lines
from .batch.names import path_id, shown
from .batch.reading import open_stream, read_bounded
from .batch.walk import INCLUDE, SKIPPED, glob_paths, glob_root, has_magic, walk
from .text.decode import MAX_BYTES
from .errors import AntqError, Errors

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_GZIP_MAGIC = b"\x1f\x8b"

Item = Union[RawArticle, BadInput]


@dataclass
class Report:
    """What the walk did not turn into items: files skipped by name, inputs that gave nothing."""

    skipped: int = 0                                # walked files matching no include glob
    empty: list[str] = field(default_factory=list)  # inputs that gave no item at all


def iter_inputs(paths: Iterable[str], max_bytes: int = MAX_BYTES, include: Sequence[str] = INCLUDE,
                report: Optional[Report] = None) -> Iterator[Item]:
    """Every article of every path, in order; folders and globs are walked sorted, lazily."""
    report = report if report is not None else Report()
    for p in paths:
        count = 0
        for item in _input(p, max_bytes, include, report):
            count += 1
            yield item
        if not count:
            report.empty.append(shown(p))


def _input(p: str, max_bytes: int, include: Sequence[str], report: Report) -> Iterator[Item]:
    if p == "-":
        yield from _stdin(max_bytes)
    elif Path(p).is_dir():
        yield from _folder(Path(p), Path(p), max_bytes, include, report)
    elif has_magic(p) and not Path(p).exists():
        yield from _glob(p, max_bytes, include, report)
    else:
        yield from _file(Path(p), path_id(Path(p)), max_bytes)


def _folder(folder: Path, root: Path, max_bytes: int, include, report: Report) -> Iterator[Item]:
    for path, problem in walk(folder, include):
        rid = path_id(path, root)
        if problem == SKIPPED:
            report.skipped += 1
        elif problem is not None:
            yield _unreadable(rid, path, problem)
        else:
            yield from _file(path, rid, max_bytes)


def _glob(pattern: str, max_bytes: int, include, report: Report) -> Iterator[Item]:
    matched, root = False, glob_root(pattern)
    for path in glob_paths(pattern):
        matched = True
        if path.is_dir():
            yield from _folder(path, root, max_bytes, include, report)
        else:
            yield from _file(path, path_id(path, root), max_bytes)
    if not matched:
        yield _unreadable(shown(pattern), pattern, "no file matches this pattern")


def _unreadable(rid: str, where, detail) -> BadInput:
    if isinstance(detail, OSError):
        detail = detail.strerror or detail
    path = shown(where)
    return BadInput(rid, "E108", "[E108] " + Errors.E108.format(path=path, detail=detail), path, path=path)


def _file(path: Path, rid: str, max_bytes: int) -> Iterator[Item]:
    name, where = path.name.lower(), shown(path)
    try:
        if name.endswith(JSONL_SUFFIXES):
            yield from _jsonl_file(path, where, max_bytes)
            return
        data = read_bounded(path, max_bytes)
    except AntqError as exc:
        yield BadInput(rid, exc.code, exc.message, where, path=where)
        return
    except OSError as exc:
        yield _unreadable(rid, path, exc)
        return
    yield _article(rid, data, where, max_bytes, name.endswith(HTML_SUFFIXES))


def _article(rid: str, data: bytes, origin: str, max_bytes: int, is_html: bool = False) -> Item:
    """One whole-file article: plain bytes for the pipeline, or an HTML page for the worker."""
    path = None if origin == "<stdin>" else origin
    if not (is_html or html.looks_like_html(data[:2048])):
        return RawArticle(id=rid, data=data, origin=origin, path=path)
    return html.PageInput(id=rid, data=data, origin=origin, path=path)  # taken apart in the worker


def _jsonl_file(path: Path, where: str, max_bytes: int) -> Iterator[Item]:
    with open_stream(path) as raw:
        fh = gzip.GzipFile(fileobj=raw) if path.name.lower().endswith(".gz") else raw
        yield from jsonl_lines(fh, where, max_bytes)


def _stdin(max_bytes: int) -> Iterator[Item]:
    stream = _peekable(sys.stdin.buffer)
    if stream.peek(2)[:2] == _GZIP_MAGIC:
        stream = _peekable(gzip.GzipFile(fileobj=stream))
    if stream.peek(4096)[:4096].lstrip()[:1] == b"{":
        yield from jsonl_lines(stream, "<stdin>", max_bytes)
        return
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        message = "[E104] " + Errors.E104.format(size=f"more than {max_bytes}", limit=max_bytes)
        yield BadInput("stdin", "E104", message, "<stdin>")
        return
    yield _article("stdin", data, "<stdin>", max_bytes)


def _peekable(stream: BinaryIO):
    return stream if hasattr(stream, "peek") else io.BufferedReader(stream, 1 << 16)
