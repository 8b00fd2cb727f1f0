"""Resolve stage: map every mention to source offsets and build the record.

Per-field resolution (year-less dates, merging one person's or one document's
mentions) happens in each field's detector, which owns its rules; this stage
does what is common to all: the normalized -> source offset map (the only
place it is applied), ``text`` taken from the source, order by position, the
published date from input metadata, and validation into :class:`ArticleRecord`.
"""
from __future__ import annotations

from typing import Optional

from .article import Article
from .models import ArticleRecord, DateMention, Official, Program

_GROUPED = (Official, Program)  # models that hold their spans in ``mentions``


def to_source(article: Article, mention):
    """``mention`` with offsets and text that refer to the source: a copy, or the mention
    itself when its span and text are already the source's (most text needs no normalizing)."""
    if isinstance(mention, _GROUPED):
        spans = sorted((to_source(article, m) for m in mention.mentions), key=lambda m: (m.start, m.end))
        return mention.model_copy(update={"mentions": spans})
    if mention.start is None or mention.end is None:
        return mention.model_copy()
    s, e = article.norm.to_source(mention.start, mention.end)
    text = article.source[s:e]
    if s == mention.start and e == mention.end and text == mention.text:
        return mention
    return mention.model_copy(update={"start": s, "end": e, "text": text})


def _published(article: Article, found) -> Optional[DateMention]:
    if article.published_meta:
        # Input metadata wins over the text (GUIDELINES: Dates, published).
        return DateMention(start=None, end=None, text=None, value=article.published_meta)
    pub = found.get("published")
    return to_source(article, pub) if pub is not None else None


def _title(article: Article) -> Optional[str]:
    if article.title_meta:
        return article.title_meta
    if article.title_span is None:
        return None
    s, e = article.norm.to_source(*article.title_span)
    return article.source[s:e].strip() or None


def _ordered(article: Article, items):
    items = [to_source(article, m) for m in items or []]
    key = (lambda m: (m.mentions[0].start if m.mentions else 0)) if items and isinstance(items[0], _GROUPED) \
        else (lambda m: (m.start, m.end))
    return sorted(items, key=key)


def build_record(article: Article, found: dict) -> ArticleRecord:
    warnings = list(article.warnings)
    for w in found.get("warnings", []) or []:
        if w not in warnings:
            warnings.append(w)
    return ArticleRecord(
        id=article.id,
        title=_title(article),
        published=_published(article, found),
        programs=_ordered(article, found.get("programs")),
        dates=_ordered(article, found.get("dates")),
        officials=_ordered(article, found.get("officials")),
        ranks=_ordered(article, found.get("ranks")),
        statistics=_ordered(article, found.get("statistics")),
        places=_ordered(article, found.get("places")),
        province=found.get("province"),
        era=found.get("era"),
        warnings=warnings,
        encoding=article.encoding,
        url=article.url,
        source_text=None if article.verbatim else article.source,
    )
