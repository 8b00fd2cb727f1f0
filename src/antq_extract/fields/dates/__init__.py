"""dates detector: every calendar date, month, year and period (GUIDELINES: Dates).

Rule data: ``rules/dates.yaml`` (fragments, word tables, atoms, connectors). The grammar
(``dates_grammar``) finds atoms and joins them into ranges and lists; ``dates_build`` gives
each its value, sharing a list's written year and inferring the others' from the
publication date: input metadata (``article.published_meta``) first, else the date the
published detector found. Skipped: page chrome, the current-date banner above the title,
numbers glued into document symbols. Impossible dates and contradicting weekdays become
warnings (W001, W002) in ``article.warnings``, not mentions. The publication date found in
the text is also a date mention (docs/annotation.md).
"""
from __future__ import annotations

from typing import Optional

from ...errors import Warnings
from ...models import DateMention
from .build import Problem, mention_for, share_lists
from .grammar import find_atoms, units
from .values import Reference
from ..published import banner_spans


def reference(article, found) -> Optional[Reference]:
    """The publication date that year-less dates take their year from."""
    if article.published_meta:
        return Reference.of(article.published_meta)
    pub = found.get("published")
    return Reference.of(pub.value) if pub is not None else None


def extract(article, found) -> list[DateMention]:
    text = article.text
    banners = banner_spans(article)
    atoms = [a for a in find_atoms(text) if not article.is_chrome(a.start, a.end)
             and not any(s <= a.start < e for s, e in banners)]
    us = units(atoms, text)
    share_lists(us)
    ref = reference(article, found)
    out = []
    for u in us:
        if not u.accepted:
            continue
        mention, problem = mention_for(u, text, ref)
        if problem is not None:
            _warn(article, problem)
        elif mention is not None:
            out.append(mention)
    return _with_published(out, found.get("published"))


def _with_published(out: list[DateMention], pub: Optional[DateMention]) -> list[DateMention]:
    """The text's publication date is a date mention too (once): a mention of the same date
    line that its label cut differently ("Đăng ngày 21/04/2022": "ngày 21/04/2022") gives way."""
    if pub is None or pub.start is None or any((m.start, m.end) == (pub.start, pub.end) for m in out):
        return out
    out = [m for m in out if m.end <= pub.start or m.start >= pub.end]
    return sorted(out + [pub], key=lambda m: (m.start, m.end))


def _warn(article, problem: Problem) -> None:
    s, e = article.norm.to_source(problem.start, problem.end)
    fields = {"text": article.source[s:e], "start": s}
    if problem.code == "W002":
        fields["weekday"] = problem.weekday
    message = f"[{problem.code}] " + getattr(Warnings, problem.code).format(**fields)
    if message not in article.warnings:
        article.warnings.append(message)
