"""Ranks detector: every police or military rank mention (GUIDELINES: Ranks).

Rule data: ``rules/ranks.yaml`` (the ladder with its written variants). Matching
is case-insensitive on the normalized text, so "Thiếu uý", "đại tá" and "Đại tá"
all normalize to the ladder. The ``official`` a rank belongs to is filled in by
the officials detector.
"""
from __future__ import annotations

import re
from functools import lru_cache

import regex
from pydantic import BaseModel, ConfigDict

from ...lexicon.literals import grouped, search_after_non
from ...models import RankMention
from ...text.normalize import canonical
from ...lexicon import RuleFile, load_rules

_LETTER = r"\p{L}"
_NOT_LETTER = r"[^\W\d_]"           # a letter, for stdlib re
_LETTER_BEFORE = re.compile(_NOT_LETTER)


class _Rank(BaseModel):
    model_config = ConfigDict(extra="forbid")
    rank: str
    variants: list[str]


class _RanksFile(RuleFile):
    ladder: list[_Rank]
    branches: list[str]
    class_words: list[str]
    rules: list[dict]


@lru_cache(maxsize=1)
def ladder() -> dict[str, str]:
    """Written form (case-folded, normalized) -> canonical rank."""
    data = load_rules("ranks.yaml", _RanksFile)
    table = {}
    for r in data.ladder:
        for form in [r.rank, *r.variants]:
            table[canonical(form).casefold()] = r.rank
    return table


@lru_cache(maxsize=1)
def _pattern():
    forms = sorted(ladder(), key=len, reverse=True)
    alts = "|".join(regex.escape(f).replace(r"\ ", r"[ ]+") for f in forms)
    return regex.compile(rf"(?<!{_LETTER})(?i:{alts})(?!{_LETTER})")


@lru_cache(maxsize=1)
def branches():
    """A branch written after a rank ("Đại tá Công an", "Thượng tá quân đội"), group 1, when a
    name or a comma follows it: the branch is neither part of the rank's text nor of the name."""
    data = load_rules("ranks.yaml", _RanksFile)
    alts = "|".join(regex.escape(canonical(b)).replace(r"\ ", r"[ ]+")
                    for b in sorted(data.branches, key=len, reverse=True))
    return regex.compile(rf"[ ]+({alts})(?!{_LETTER})(?=[ ]*,|[ ]+\p{{Lu}})")


@lru_cache(maxsize=1)
def _lower_pattern():
    """The same forms, case-sensitive over lower-cased text (``re`` on literals is fast), grouped
    by first letter; the letter before is checked by ``search_after_non``."""
    forms = sorted(ladder(), key=len, reverse=True)
    return re.compile(rf"(?:{grouped(forms)})(?!{_NOT_LETTER})")


@lru_cache(maxsize=1)
def _class_after():
    """A class word right after a rank word ("hạ sĩ| quan"): the class of ranks, no rank."""
    words = load_rules("ranks.yaml", _RanksFile).class_words
    return regex.compile(rf"[ ]+(?i:{'|'.join(regex.escape(w) for w in words)})(?!{_LETTER})")


def _matches(text: str):
    lower = text.lower()
    if len(lower) == len(text):  # lower() kept every offset: scan the lower-cased text
        return (m.span() for m in search_after_non(_lower_pattern(), _LETTER_BEFORE, lower))
    return (m.span() for m in _pattern().finditer(text))


def extract(article, found):
    text = article.text
    out = []
    for start, end in _matches(text):
        if article.is_chrome(start, end) or _class_after().match(text, end):
            continue
        written = text[start:end]
        rank = ladder()[" ".join(written.split()).casefold()]
        out.append(RankMention(start=start, end=end, text=written, rank=rank))
    return out
