"""A candidate statistic and the state of one article's walk over its numbers (shared by the readers)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import regex

from .guards import Spans

COUNTABLE = ("noun", "classifier", "measure", "percent", "money")
_SENTENCE_START = "\n.!?:;\"(-"
_CLAUSE_END = regex.compile(r"[.;:!?\n]")


@dataclass
class _Cand:
    start: int
    end: int
    value: float
    qualifier: Optional[str]
    unit: Optional[str]
    one: bool = False   # "một" read as a count only inside an enumeration
    listed: bool = False  # a number word before a noun not in counted_nouns: only after a listed count


@dataclass
class _Context:
    article: object
    text: str
    skip: Spans         # quoted names and program mentions
    dates: Spans        # dates found by the dates detector
    last_end: int = -1  # end of the last statistic (for "65 vụ/100 bị can")
    number_end: int = -1  # end of the number read before this one
