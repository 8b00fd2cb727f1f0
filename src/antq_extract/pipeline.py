"""The stages in order, and the one function everyone calls: ``process``.

decode -> normalize -> segment -> chrome -> title -> detect (registry) ->
resolve -> validate. The CLI, the batch runner, the Dask engine and the spaCy
component all call :func:`process`; it never raises for a bad article: the
record carries an ``error`` instead.
"""
from __future__ import annotations

from typing import Optional

from pydantic import BaseModel

from .text import chrome, segment
from . import resolve
from .article import Article, RawArticle
from .text.decode import decode, decode_text, MAX_BYTES
from .errors import AntqError, Errors, InputError, Warnings
from .fields.dates.values import MAX_YEAR, MIN_YEAR, metadata_date
from .fields import detectors
from .models import ArticleRecord, ErrorInfo
from .text.normalize import NormText
from .text.title import find_title


def read(raw: RawArticle, max_bytes: int = MAX_BYTES) -> Article:
    """decode, normalize, segment and mark chrome: the Article every extractor reads."""
    if isinstance(raw.data, bytes):
        decoded = decode(raw.data, max_bytes)
    else:
        size = len(raw.data.encode("utf-8", "surrogatepass"))
        if size > max_bytes:
            raise InputError("E104", size=size, limit=max_bytes)
        decoded = decode_text(raw.data)
    norm = NormText.of(decoded.text)
    published = metadata_date(raw.published)
    article = Article(id=raw.id, source=decoded.text, norm=norm,
                      encoding=decoded.encoding, verbatim=_verbatim(raw.data, decoded.text),
                      published_meta=published, title_meta=raw.title, url=raw.url,
                      warnings=[*raw.warnings, *decoded.warnings, *norm.warnings()])
    if raw.published and published is None:
        article.warnings.append("[W006] " + Warnings.W006.format(value=raw.published[:80], low=MIN_YEAR,
                                                                 high=MAX_YEAR))
    segment.segment(article)
    chrome.mark(article)
    article.title_span = find_title(article)
    return article


def _verbatim(data, text: str) -> bool:
    """True when ``text`` is what ``open(path, encoding="utf-8").read()`` of the input gives.

    Not so for legacy-encoded or UTF-16 bytes, a BOM, mojibake undone, or CR line
    ends (``open`` turns them into "\n"): then the record carries ``source_text``.
    """
    if "\r" in text:
        return False
    if isinstance(data, str):
        return data == text
    try:
        return data.decode("utf-8") == text
    except UnicodeDecodeError:
        return False


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
        record = resolve.build_record(article, found)
        record.path = raw.path
        return record
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
    return ArticleRecord(id=raw.id, url=raw.url, path=raw.path,
                         error=ErrorInfo(type=type_, code=code, message=message))


def to_json(record: BaseModel, pretty: bool = False) -> str:
    """Serialize a record: UTF-8 JSON, contract fields always present.

    The characters that ``str.splitlines`` and JavaScript take for line ends
    (U+0085, U+2028, U+2029) are written escaped, so one record stays one line
    for every JSONL reader; they can only stand inside strings, where the escape
    means the same character.
    """
    text = record.model_dump_json(indent=2 if pretty else None, exclude_none=False)
    for char, escape in _LINE_ENDS:
        if char in text:
            text = text.replace(char, escape)
    return text


_LINE_ENDS = (("\u0085", "\\u0085"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029"))
