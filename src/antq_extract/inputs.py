"""Input walking: files, folders, globs, JSONL(.gz), HTML pages and stdin -> a lazy stream.

Everything streams: folders are walked one listing at a time, JSONL is read a
line at a time (a line longer than the size limit is skipped in pieces, never
held whole), a file larger than the limit is reported without being read.
So memory stays flat however large the input. An item that cannot become an
article (a broken JSONL line, an unreadable or oversized file) is a
:class:`BadInput` saying why, with its line number; the other items still come.

Kinds, by name then by content: ``*.jsonl``/``*.ndjson`` (optionally ``.gz``):
one article a line ``{"id", "text" | "html", "published"?, "url"?, "title"?}``;
``*.html``/``*.htm`` or a file that starts like an HTML document: one page
(see :mod:`antq_extract.batch.html`); anything else: one article, its id the
file's stem. ``-`` is standard input: JSONL when it starts with ``{``, gzip
when it starts with the gzip magic, else one article (id ``stdin``).
"""
from __future__ import annotations

import gzip
import io
import json
import re
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator, Optional, Union

from .article import RawArticle
from .batch import html
from .batch.walk import glob_paths, has_magic, walk_files
from .decode import MAX_BYTES
from .errors import Errors

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_GZIP_MAGIC = b"\x1f\x8b"
_ID_HEAD = re.compile(rb'"id"\s*:\s*(?:"((?:[^"\\\n]|\\.){1,300})"|(\d{1,40}))')


@dataclass
class BadInput:
    """An input item that failed before it became an article (malformed JSONL line...)."""

    id: str
    code: str
    message: str
    origin: str = ""


Item = Union[RawArticle, BadInput]


def iter_inputs(paths: Iterable[str], max_bytes: int = MAX_BYTES) -> Iterator[Item]:
    """Every article of every path, in order; folders and globs are walked sorted, lazily."""
    for p in paths:
        if p == "-":
            yield from _stdin(max_bytes)
        elif Path(p).is_dir():
            for child in walk_files(Path(p)):
                yield from _file(child, max_bytes)
        elif has_magic(p) and not Path(p).exists():
            yield from _glob(p, max_bytes)
        else:
            yield from _file(Path(p), max_bytes)


def _glob(pattern: str, max_bytes: int) -> Iterator[Item]:
    matched = False
    for path in glob_paths(pattern):
        matched = True
        yield from (iter_inputs([str(path)], max_bytes) if path.is_dir() else _file(path, max_bytes))
    if not matched:
        yield _unreadable(pattern, pattern, "no file matches this pattern")


def _unreadable(rid: str, where, detail) -> BadInput:
    return BadInput(rid, "E108", "[E108] " + Errors.E108.format(path=where, detail=detail), str(where))


def _file(path: Path, max_bytes: int) -> Iterator[Item]:
    name = path.name.lower()
    try:
        if name.endswith(JSONL_SUFFIXES):
            yield from _jsonl_file(path, max_bytes)
            return
        size = path.stat().st_size
        if size > max_bytes:
            yield BadInput(path.stem, "E104", "[E104] " + Errors.E104.format(size=size, limit=max_bytes),
                           str(path))
            return
        data = path.read_bytes()
    except OSError as exc:
        yield _unreadable(path.stem, path, exc)
        return
    yield _article(path.stem, data, str(path), max_bytes, name.endswith(HTML_SUFFIXES))


def _article(rid: str, data: bytes, origin: str, max_bytes: int, is_html: bool = False) -> Item:
    """One whole-file article: plain bytes for the pipeline, or an HTML page for the worker."""
    if not (is_html or html.looks_like_html(data[:2048])):
        return RawArticle(id=rid, data=data, origin=origin)
    return html.PageInput(id=rid, data=data, origin=origin)  # taken apart in the worker


def _jsonl_file(path: Path, max_bytes: int) -> Iterator[Item]:
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    with opener(path, "rb") as fh:
        yield from jsonl_lines(fh, str(path), max_bytes)


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


def jsonl_lines(fh, origin: str, max_bytes: int = MAX_BYTES) -> Iterator[Item]:
    """One item per JSON line; a broken line is a BadInput naming its line number."""
    no = 0
    try:
        for no, line, oversized in _bounded_lines(fh, _line_limit(max_bytes)):
            if oversized:
                yield _oversized_line(line, no, origin, max_bytes)
            elif line.strip():
                yield parse_jsonl_line(line, no, origin)
    except (OSError, EOFError, zlib.error) as exc:  # truncated or corrupt .gz, read error
        yield _unreadable(f"{Path(origin).stem}:{no + 1}", origin, f"after line {no}: {exc}")


def _line_limit(max_bytes: int) -> int:
    """Bytes a JSONL line may take: the text limit, escaped ("\\uXXXX" is 6 bytes), plus fields."""
    return 6 * max_bytes + 65536


def _bounded_lines(fh, limit: int) -> Iterator[tuple[int, bytes, bool]]:
    """(line number, line, oversized); an oversized line gives only its head and is skipped."""
    no = 0
    while True:
        line = fh.readline(limit)
        if not line:
            return
        no += 1
        oversized = len(line) >= limit and not line.endswith(b"\n")
        if oversized:
            _skip_rest(fh, limit)
        yield no, (line[:4096] if oversized else line), oversized


def _skip_rest(fh, limit: int) -> None:
    while True:
        piece = fh.readline(limit)
        if not piece or piece.endswith(b"\n"):
            return


def _oversized_line(head: bytes, no: int, origin: str, max_bytes: int) -> BadInput:
    """The record of a line too long to read: its id when the line's head names one."""
    found = _ID_HEAD.search(head)
    rid = (found.group(1) or found.group(2)).decode("utf-8", "replace") if found else f"{Path(origin).stem}:{no}"
    message = "[E104] " + Errors.E104.format(size=f"line {no}: more than {_line_limit(max_bytes)}",
                                             limit=max_bytes)
    return BadInput(rid, "E104", message, f"{origin}:{no}")


def parse_jsonl_line(line: bytes, no: int, origin: str) -> Item:
    """One JSONL line -> a RawArticle (or PageInput for an "html" field), else a BadInput."""
    where = f"{origin}:{no}"
    fallback_id = f"{Path(origin).stem}:{no}"
    try:
        obj = json.loads(line)
    except (ValueError, UnicodeDecodeError) as exc:
        return BadInput(fallback_id, "E105", "[E105] " + Errors.E105.format(line=no, detail=exc), where)
    if not isinstance(obj, dict):
        return BadInput(fallback_id, "E105", "[E105] " + Errors.E105.format(line=no, detail="not a JSON object"), where)
    rid, text, page = obj.get("id"), obj.get("text"), obj.get("html")
    if rid is None or isinstance(rid, (dict, list)) or not (isinstance(text, str) or isinstance(page, str)):
        detail = "needs an 'id' and a string 'text' (or 'html')"
        return BadInput(str(rid) if isinstance(rid, (str, int)) else fallback_id, "E105",
                        "[E105] " + Errors.E105.format(line=no, detail=detail), where)
    url, published = _str_or_none(obj.get("url")), _iso_or_none(obj.get("published"))
    if not isinstance(text, str):
        return html.PageInput(id=str(rid), data=page, origin=where, url=url, published=published)
    return RawArticle(id=str(rid), data=text, published=published,
                      title=_str_or_none(obj.get("title")), url=url, origin=where)


def _str_or_none(value) -> Optional[str]:
    return value if isinstance(value, str) else None


def _iso_or_none(value) -> Optional[str]:
    if isinstance(value, str) and len(value) >= 10 and value[4] == "-" and value[7] == "-":
        return value[:10]
    return None
