"""Reading what a diff compares: records (gold or predicted) and the article texts.

Records come from a file or a folder (its ``*.json``, ``*.jsonl``, ``*.ndjson``
files, gzipped or not). A file is read whatever its name: gzip is known by its
magic bytes, and its text is JSONL (one record a line), records one after
another as ``extract --pretty`` writes them, or a JSON list. They are validated as :class:`ArticleRecord`; extra fields are
allowed. Article texts, needed only to show sentences and highlighted spans,
come from a folder of article files (matched by file stem) or a JSONL of
articles, read and decoded exactly as ``extract`` reads them (HTML pages included).
"""
from __future__ import annotations

import gzip
import json
import re
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Optional, TextIO

from pydantic import ValidationError

from ..text.decode import decode, decode_text
from ..errors import AntqError
from ..article import RawArticle
from ..batch.names import path_id
from ..batch.walk import walk_files
from ..inputs import _GZIP_MAGIC as GZIP_MAGIC, JSONL_SUFFIXES, iter_inputs
from ..models import ArticleRecord

RECORD_SUFFIXES = (".json", ".json.gz") + JSONL_SUFFIXES  # files read in a folder
_SPACE = re.compile(r"[ \t\n\r]*")


class RecordFileError(Exception):
    """A GOLD or PRED input cannot be read as records; the message names file and line."""


@dataclass
class Records:
    """Records by id, in input order, with what went wrong on the way."""

    by_id: dict = field(default_factory=dict)
    duplicates: list = field(default_factory=list)  # ids seen more than once (the last one is kept)


def load_records(path: str | Path) -> Records:
    """Every record under ``path`` (folder, .jsonl or .json), keyed by id."""
    out = Records()
    for where, obj in record_objects(Path(path)):
        try:
            record = ArticleRecord.model_validate(obj)
        except ValidationError as exc:
            raise RecordFileError(f"{where}: not an article record: {_first_error(exc)}") from None
        if record.id in out.by_id:
            out.duplicates.append(record.id)
        out.by_id[record.id] = record
    return out


def _first_error(exc: ValidationError) -> str:
    err = exc.errors()[0]
    loc = ".".join(str(x) for x in err["loc"])
    return f"{loc}: {err['msg']} ({exc.error_count()} error(s))"


def record_objects(path: Path) -> Iterator[tuple[str, object]]:
    """(where, JSON object) for every record under ``path``, unvalidated and streamed: what
    ``load_records`` validates, and what ``export`` reads as plain dicts."""
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and p.name.lower().endswith(RECORD_SUFFIXES))
        if not files:
            raise RecordFileError(f"{path}: no .json, .jsonl or .ndjson records (gzipped or not) in this folder")
        for p in files:
            yield from _file_objects(p)
    elif path.is_file():
        yield from _file_objects(path)
    else:
        raise RecordFileError(f"{path}: no such file or folder")


def _file_objects(path: Path) -> Iterator[tuple[str, object]]:
    """Every record of one file, whatever its name: JSONL, indented records, a list; gzipped or not."""
    try:
        with _open_text(path) as fh:
            yield from _values(fh, str(path))
    except (OSError, EOFError, zlib.error, UnicodeDecodeError) as exc:  # corrupt .gz, not UTF-8
        raise RecordFileError(f"{path}: unreadable: {exc}") from None


def _open_text(path: Path) -> TextIO:
    with open(path, "rb") as fh:
        gzipped = fh.read(2) == GZIP_MAGIC
    return (gzip.open if gzipped else open)(path, "rt", encoding="utf-8-sig")


def _values(fh: TextIO, name: str) -> Iterator[tuple[str, object]]:
    """JSONL line by line (streamed) while the lines are whole JSON values; else the rest read
    whole as concatenated JSON values (``extract --pretty``). A list gives its items."""
    for no, line in enumerate(fh, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except ValueError:
            yield from _concatenated(line + fh.read(), name, no)
            return
        yield from _items(obj, f"{name}:{no}")


def _concatenated(text: str, name: str, first_line: int) -> Iterator[tuple[str, object]]:
    decoder, pos, line, counted = json.JSONDecoder(), 0, first_line, 0
    while (pos := _SPACE.match(text, pos).end()) < len(text):
        line, counted = line + text.count("\n", counted, pos), pos
        try:
            obj, pos = decoder.raw_decode(text, pos)
        except json.JSONDecodeError as exc:
            raise RecordFileError(f"{name}:{first_line + exc.lineno - 1}: not JSON: {exc.msg}") from None
        yield from _items(obj, f"{name}:{line}")


def _items(obj, where: str) -> Iterator[tuple[str, object]]:
    if isinstance(obj, list):
        yield from ((f"{where}[{i}]", one) for i, one in enumerate(obj))
    else:
        yield where, obj


def default_source(gold: str | Path) -> Optional[Path]:
    """Where the articles of a gold set usually live: corpus/ beside gold/, or articles/."""
    path = Path(gold).resolve()
    bases = [path.parent] if path.is_dir() else [path.parent, path.parent.parent]
    for base in bases:
        for name in ("corpus", "articles"):
            if (base / name).is_dir():
                return base / name
    return None


class SourceTexts:
    """Article texts by id, read lazily, the way ``extract`` reads its inputs.

    ``root`` is a folder of article files (text, HTML pages: matched by file
    stem) or a JSONL of articles. A record that carries its text (the extra
    field ``source_text`` of records made from HTML pages) needs no ``root``.
    """

    def __init__(self, root: Optional[str | Path]):
        self.root = Path(root) if root else None
        self._index: Optional[dict] = None
        self._cache: dict[str, Optional[str]] = {}

    def get(self, rid: str, *records) -> Optional[str]:
        """The decoded text of article ``rid``, or None when it is not there or unreadable."""
        if rid not in self._cache:
            found = self._raw_index().get(rid)
            if isinstance(found, Path):
                found = next((a for a in iter_inputs([str(found)]) if isinstance(a, RawArticle)), None)
            self._cache[rid] = _decoded(found) if found is not None else None
        return self._cache[rid] or next((r.source_text for r in records
                                         if isinstance(getattr(r, "source_text", None), str)), None)

    def _raw_index(self) -> dict:
        """{id: Path of an article file, or RawArticle of a JSONL line}."""
        if self._index is None:
            self._index = dict(_raw_articles(self.root)) if self.root else {}
        return self._index


def _raw_articles(root: Path) -> Iterator[tuple[str, object]]:
    for p in (walk_files(root) if root.is_dir() else [root]):
        if p.name.lower().endswith(JSONL_SUFFIXES):
            yield from ((a.id, a) for a in iter_inputs([str(p)]) if isinstance(a, RawArticle))
        elif p.suffix not in (".json", ".tsv"):
            yield path_id(p, root if root.is_dir() else None), p


def _decoded(article: RawArticle) -> Optional[str]:
    try:
        data = article.data
        return decode(data).text if isinstance(data, bytes) else decode_text(data).text
    except AntqError:
        return None
