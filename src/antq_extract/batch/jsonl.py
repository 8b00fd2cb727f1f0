"""JSONL inputs: one article a line, read a bounded line at a time.

A line longer than the size limit is skipped in pieces, never held whole (E104,
with its id when the line's head names one). A line that is not a JSON object
with an ``id`` and a string ``text`` (or ``html``), or that nests deeper than
the parser can follow (``[[[...]]]``), is E105 naming its line number. Strings
that cannot be written as UTF-8 are made safe: a lone surrogate escape in
``id``, ``title`` or ``url`` is kept as its six characters (``"b\\ud800"`` ->
id ``b\\ud800``), one in ``text`` becomes U+FFFD (one character for one, so
offsets hold) with warning W004. ``published`` must be an ISO 8601 date or
date-time with a year 1900-2100; anything else is warning W006 and not used.
"""
from __future__ import annotations

import json
import re
import zlib
from pathlib import Path
from typing import Iterator, Optional

from ..article import BadInput, RawArticle
from ..text.decode import MAX_BYTES
from ..errors import Errors, Warnings
from ..fields.dates.values import MAX_YEAR, MIN_YEAR, metadata_date
from . import html
from .names import safe_text

_ID_HEAD = re.compile(rb'"id"\s*:\s*(?:"((?:[^"\\\n]|\\.){1,300})"|(\d{1,40}))')
_SURROGATE = re.compile("[\ud800-\udfff]")


def jsonl_lines(fh, origin: str, max_bytes: int = MAX_BYTES) -> Iterator:
    """One item per JSON line; a broken line is a BadInput naming its line number."""
    no = 0
    try:
        for no, line, oversized in _bounded_lines(fh, line_limit(max_bytes)):
            if oversized:
                yield _oversized_line(line, no, origin, max_bytes)
            elif line.strip():
                yield parse_jsonl_line(line, no, origin)
    except (OSError, EOFError, zlib.error) as exc:  # truncated or corrupt .gz, read error
        message = "[E108] " + Errors.E108.format(path=origin, detail=f"after line {no}: {exc}")
        yield BadInput(_fallback_id(origin, no + 1), "E108", message, origin, path=_path(origin))


def line_limit(max_bytes: int) -> int:
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


def _fallback_id(origin: str, no: int) -> str:
    return f"{Path(origin).stem}:{no}"


def _oversized_line(head: bytes, no: int, origin: str, max_bytes: int) -> BadInput:
    """The record of a line too long to read: its id when the line's head names one."""
    rid = _head_id(head, origin, no)
    message = "[E104] " + Errors.E104.format(size=f"line {no}: more than {line_limit(max_bytes)}",
                                             limit=max_bytes)
    return BadInput(rid, "E104", message, f"{origin}:{no}", path=_path(origin))


def _head_id(head: bytes, origin: str, no: int) -> str:
    """The id a line that cannot be parsed names in its first bytes, else ``file-stem:line``."""
    found = _ID_HEAD.search(head[:4096])
    if not found:
        return _fallback_id(origin, no)
    if found.group(2):
        return found.group(2).decode("ascii")
    try:  # the id as the parser would have read it, escapes undone
        return safe_text(json.loads(b'"' + found.group(1) + b'"'))
    except ValueError:
        return found.group(1).decode("utf-8", "replace")


def _path(origin: str) -> Optional[str]:
    return None if origin == "<stdin>" else origin


def _malformed(rid: str, no: int, origin: str, detail) -> BadInput:
    return BadInput(rid, "E105", "[E105] " + Errors.E105.format(line=no, detail=detail), f"{origin}:{no}",
                    path=_path(origin))


def parse_jsonl_line(line: bytes, no: int, origin: str):
    """One JSONL line -> a RawArticle (or PageInput for an "html" field, taken apart in the worker), else a BadInput."""
    where, fallback = f"{origin}:{no}", _fallback_id(origin, no)
    try:
        obj = json.loads(line)
    except (ValueError, UnicodeDecodeError) as exc:
        return _malformed(fallback, no, origin, exc)
    except RecursionError:
        return _malformed(_head_id(line, origin, no), no, origin, "nested too deep to read")
    if not isinstance(obj, dict):
        return _malformed(fallback, no, origin, "not a JSON object")
    rid, text, page = obj.get("id"), obj.get("text"), obj.get("html")
    if rid is None or isinstance(rid, (dict, list)) or not (isinstance(text, str) or isinstance(page, str)):
        rid = safe_text(str(rid)) if isinstance(rid, (str, int)) else fallback
        return _malformed(rid, no, origin, "needs an 'id' and a string 'text' (or 'html')")
    rid, url = safe_text(str(rid)), _str_or_none(obj.get("url"))
    published, warnings = published_value(obj.get("published"))
    if not isinstance(text, str):
        item = html.PageInput(id=rid, data=_repaired(page, warnings), origin=where, url=url, published=published)
    else:
        item = RawArticle(id=rid, data=_repaired(text, warnings), published=published,
                          title=_str_or_none(obj.get("title")), url=url, origin=where)
    item.path, item.warnings = _path(origin), warnings
    return item


def _str_or_none(value) -> Optional[str]:
    return safe_text(value) if isinstance(value, str) else None


def _repaired(text: str, warnings: list) -> str:
    """``text`` with lone surrogates as U+FFFD (W004), so that it can be written as UTF-8."""
    bad = len(_SURROGATE.findall(text))
    if not bad:
        return text
    warnings.append("[W004] " + Warnings.W004.format(count=bad, what="lone surrogate escape(s) in the JSONL text"))
    return _SURROGATE.sub("\ufffd", text)


def published_value(value) -> tuple[Optional[str], list[str]]:
    """(ISO date, []) for a valid ``published``, else (None, [W006 warning]); (None, []) when absent."""
    if value is None:
        return None, []
    iso = metadata_date(value) if isinstance(value, str) else None
    if iso is not None:
        return iso, []
    shown_value = safe_text(value if isinstance(value, str) else json.dumps(value))[:80]
    return None, ["[W006] " + Warnings.W006.format(value=shown_value, low=MIN_YEAR, high=MAX_YEAR)]

