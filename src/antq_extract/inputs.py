"""Input walking: files, folders, JSONL and stdin -> a lazy stream of RawArticle.

A line of JSONL that cannot be read yields a RawArticle whose ``error`` says
why (with its line number); the other lines are still read.
"""
from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

from .article import RawArticle
from .errors import Errors

TEXT_SUFFIXES = {".txt", ".text", ".md", ""}


@dataclass
class BadInput:
    """An input item that failed before it became an article (malformed JSONL line...)."""

    id: str
    code: str
    message: str
    origin: str = ""


Item = Union[RawArticle, BadInput]


def iter_inputs(paths: Iterable[str]) -> Iterator[Item]:
    """Every article of every path, in order; folders are walked sorted, lazily."""
    for p in paths:
        if p == "-":
            yield from _stdin()
            continue
        path = Path(p)
        if path.is_dir():
            for child in sorted(_walk(path)):
                yield from _file(child)
        else:
            yield from _file(path)


def _walk(root: Path) -> Iterator[Path]:
    for child in root.rglob("*"):
        if child.is_file() and not child.name.startswith(".") and child.name != "MANIFEST.tsv":
            yield child


def _file(path: Path) -> Iterator[Item]:
    if path.name.endswith(".jsonl"):
        with open(path, "rb") as fh:
            yield from jsonl_lines(fh, str(path))
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield BadInput(path.stem, "E108", "[E108] " + Errors.E108.format(path=path, detail=exc), str(path))
        return
    yield RawArticle(id=path.stem, data=data, origin=str(path))


def _stdin() -> Iterator[Item]:
    data = sys.stdin.buffer.read()
    head = data.lstrip()[:1]
    if head == b"{":
        import io
        yield from jsonl_lines(io.BytesIO(data), "<stdin>")
    else:
        yield RawArticle(id="stdin", data=data, origin="<stdin>")


def jsonl_lines(fh, origin: str) -> Iterator[Item]:
    """One RawArticle per JSON line (fields id, text, optional published, url, title)."""
    for no, line in enumerate(fh, 1):
        if not line.strip():
            continue
        item = parse_jsonl_line(line, no, origin)
        yield item


def parse_jsonl_line(line: bytes, no: int, origin: str) -> Item:
    where = f"{origin}:{no}"
    fallback_id = f"{Path(origin).stem}:{no}"
    try:
        obj = json.loads(line)
    except (ValueError, UnicodeDecodeError) as exc:
        return BadInput(fallback_id, "E105", "[E105] " + Errors.E105.format(line=no, detail=exc), where)
    if not isinstance(obj, dict):
        return BadInput(fallback_id, "E105", "[E105] " + Errors.E105.format(line=no, detail="not a JSON object"), where)
    rid = obj.get("id")
    text = obj.get("text")
    if rid is None or not isinstance(text, str):
        detail = "needs an 'id' and a string 'text'"
        return BadInput(str(rid) if rid is not None else fallback_id, "E105",
                        "[E105] " + Errors.E105.format(line=no, detail=detail), where)
    published = obj.get("published")
    return RawArticle(id=str(rid), data=text, published=_iso_or_none(published),
                      title=obj.get("title"), url=obj.get("url"), origin=where)


def _iso_or_none(value) -> Optional[str]:
    if isinstance(value, str) and len(value) >= 10 and value[4] == "-" and value[7] == "-":
        return value[:10]
    return None
