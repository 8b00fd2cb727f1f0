"""HTML pages: decode, bound, take apart and process one page — in the worker, under its limits.

An HTML input travels as a :class:`PageInput` (the file's bytes, or the text of
a JSONL ``"html"`` field); nothing is parsed in the reading process. The worker
runs :func:`process_page` under the same ``--timeout`` and ``--max-bytes`` as
any article:

1. the real charset (:mod:`.charset`; a wrong declaration is warning W007);
2. the nesting depth bounded (:mod:`.html_depth`; warning W008);
3. headline, date line and main text (:mod:`.html_parts`, trafilatura);
4. the pipeline on the text laid out like the corpus files: the headline, a
   blank line, the date line, then one block of the main text a paragraph.

That text is what every offset of the record indexes: the record carries it as
``source_text`` (``source_text[start:end] == text`` for every mention), its
``encoding`` is the charset that decoded the page. ``published`` is the
page's visible date line; the ``<meta>`` publication date only when the page
shows none (a JSONL line's own ``published`` wins over both).
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from ..article import RawArticle
from ..text.decode import MAX_BYTES
from ..errors import AntqError, InputError
from ..models import ArticleRecord
from ..pipeline import error_record, process
from .charset import PageText, decode_page
from .html_depth import flatten
from .html_parts import parts

_SNIFF = re.compile(rb"^\s*(?:<!--.{0,400}?-->\s*)*<(?:!doctype\s+html|html|head)[\s>]", re.I | re.S)


@dataclass
class PageInput(RawArticle):
    """An HTML page as it came (``data``: bytes of a file or text of a JSONL field), taken apart in the worker."""


def looks_like_html(head: bytes) -> bool:
    """True when the first bytes of a file are an HTML document."""
    return bool(_SNIFF.match(head.lstrip(codecs.BOM_UTF8)[:2048]))


def process_page(page: PageInput, max_bytes: int = MAX_BYTES) -> ArticleRecord:
    """The record of one page: its article processed, offsets into ``source_text``; or an error record."""
    try:
        raw, decoded, warnings = read_page(page, max_bytes)
    except AntqError as exc:
        return error_record(page, type(exc).__name__, exc.code, exc.message)
    record = process(raw, max_bytes)
    if record.error is None:
        record.encoding = decoded.encoding
        record.warnings = warnings + [w for w in record.warnings if w not in warnings]
        record.source_text = raw.data
    return record


def read_page(page: PageInput, max_bytes: int = MAX_BYTES) -> tuple[RawArticle, PageText, list[str]]:
    """The article of a page (its text laid out for the pipeline), how it was decoded, and warnings."""
    data = page.data
    size = len(data) if isinstance(data, bytes) else len(data.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        raise InputError("E104", size=size, limit=max_bytes)
    decoded = decode_page(data) if isinstance(data, bytes) else PageText(data, "utf-8")
    html, deep = flatten(decoded.text)
    found = parts(html)
    text = "\n\n".join(found.lines())
    if not text.strip():
        raise InputError("E101")
    published = page.published or (None if found.date_line else found.meta_date)
    raw = RawArticle(id=page.id, data=text + "\n", published=published, title=found.title,
                     url=page.url or found.url, origin=page.origin, path=page.path,
                     warnings=list(page.warnings))
    return raw, decoded, decoded.warnings + ([deep] if deep else [])
