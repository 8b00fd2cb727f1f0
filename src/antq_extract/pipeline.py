"""The stages in order, and the one function everyone calls: ``process``.

decode -> normalize -> segment -> chrome -> title -> detect (registry) ->
resolve -> validate. The CLI, the batch runner, the Dask engine and the spaCy
component all call :func:`process`; it never raises for a bad article: the
record carries an ``error`` instead.
"""
from __future__ import annotations

from typing import Optional

from pydantic import BaseModel

from . import chrome, resolve, segment
from .article import Article, RawArticle
from .decode import decode, decode_text, MAX_BYTES
from .errors import AntqError, Errors, InputError, Warnings
from .extractors.dates_values import metadata_date
from .extractors import detectors
from .models import ArticleRecord, ErrorInfo
from .normalize import NormText
from .title import find_title


def read(raw: RawArticle, max_bytes: int = MAX_BYTES) -> Article:
    """decode, normalize, segment and mark chrome: the Article every extractor reads."""
    if isinstance(raw.data, bytes):
        decoded = decode(raw.data, max_bytes)
    else:
        size = len(raw.data.encode("utf-8", "surrogatepass"))
        if size > max_bytes:
            raise InputError("E104", size=size, limit=max_bytes)
        decoded = decode_text(raw.data)
    published = metadata_date(raw.published)
    article = Article(id=raw.id, source=decoded.text, norm=NormText.of(decoded.text),
                      encoding=decoded.encoding, published_meta=published,
                      title_meta=raw.title, url=raw.url)
    if raw.published and published is None:
        article.warnings.append("[W004] " + Warnings.W004.format(value=raw.published))
    segment.segment(article)
    chrome.mark(article)
    article.title_span = find_title(article)
    return article


def detect(article: Article) -> dict[str, object]:
    """Run every registered detector in order; later ones see earlier results."""
    found: dict[str, object] = {}
    for field, extract in detectors():
        found[field] = extract(article, found)
    return found


def process(raw: RawArticle, max_bytes: int = MAX_BYTES) -> ArticleRecord:
    """One article in, one validated record out (an error record when it fails)."""
    try:
        article = read(raw, max_bytes)
        found = detect(article)
        return resolve.build_record(article, found)
    except AntqError as exc:
        return error_record(raw, type(exc).__name__, exc.code, exc.message)
    except Exception as exc:  # a bug must not stop a batch: report it in the record
        return error_record(raw, type(exc).__name__, "E199",
                            "[E199] " + Errors.E199.format(detail=f"{type(exc).__name__}: {exc}"))


def process_text(text: str, id: str = "text", published: Optional[str] = None,
                 title: Optional[str] = None) -> ArticleRecord:
    """Convenience: process a string."""
    return process(RawArticle(id=id, data=text, published=published, title=title))


def error_record(raw: RawArticle, type_: str, code: str, message: str) -> ArticleRecord:
    return ArticleRecord(id=raw.id, url=raw.url, error=ErrorInfo(type=type_, code=code, message=message))


def to_json(record: BaseModel, pretty: bool = False) -> str:
    """Serialize a record: UTF-8 JSON, contract fields always present."""
    return record.model_dump_json(indent=2 if pretty else None, exclude_none=False)
