"""What a number counts and how it is qualified: the words on either side of it.

``read_unit`` reads the words right after a number (and its scale words): a
money, percent or measure unit, a compound noun ("tài liệu"), a classifier with
its noun ("lượt người"), or one noun; it also tells durations, ages and words
that show the number counts nothing ("3 giảm, 2 không"). ``read_qualifier``
reads "hơn", "gần như", "ít nhất" ... written right before the number.
Tables: ``rules/statistics.yaml``.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Optional

import regex

from ...lexicon.phrases import patterns as officials_patterns
from .around import MAX_WORDS, Word, fold, words_after
from .guards import weighed_before
from .words import word_length
from .rules import tables

@dataclass(frozen=True)
class Unit:
    """The unit read after a number."""

    kind: str          # percent | money | measure | noun | classifier | duration | age | non_unit
    unit: Optional[str]
    end: int           # where the unit's words end
    first: str         # the first word, case-folded (for the counted-noun test)
    words: int = 1
    post: bool = False  # a head title of the officials' lexicon ("phó giám đốc"): counted, even capitalised


def _longest(keys: list[str], table) -> int:
    """How many leading words (``keys``: the first 1, 2, 3 words joined) form an entry of ``table``."""
    for n in range(len(keys), 0, -1):
        if keys[n - 1] in table:
            return n
    return 0


def _keys(folded: list[str]) -> list[str]:
    """The first 1, 2, 3 and 4 words joined (as many as there are)."""
    if not folded:
        return []
    keys = [folded[0]]
    for w in folded[1:4]:
        keys.append(keys[-1] + " " + w)
    return keys


def _spelling(words: list[Word]) -> tuple[list[str], Optional[str]]:
    """Case-folded words, and the corrected unit when the first two are a known misspelling."""
    folded = [fold(w) for w, _, _ in words]
    fixed = tables().unit_spelling.get(" ".join(folded[:2])) if len(folded) > 1 else None
    if fixed:
        folded = fold(fixed).split() + folded[2:]
    return folded, fixed


def _unit_kind(canonical_unit: str) -> str:
    t = tables()
    if canonical_unit == "%":
        return "percent"
    return "money" if canonical_unit in t.currencies else "measure"


@lru_cache(maxsize=512)
def read_unit(text: str, pos: int) -> Optional[Unit]:
    """The unit written right after ``pos`` (end of a number), or None when no word follows."""
    words = words_after(text, pos)
    if not words:
        q = _QUOTE_OPEN.match(text, pos)
        return _quoted(text, q.end(), q.group(1)) if q else None
    t = tables()
    folded, fixed = _spelling(words)
    if fixed:
        return Unit("noun", fixed, words[1][2], folded[0], 2)
    if folded[0] in t.gold_units and _gold_weight(text, pos, folded):
        return Unit("measure", words[0][0], words[0][2], folded[0], 1)
    posts = post_words(text, words)
    if posts:   # "hai phó giám đốc", "3 Phó Chủ tịch": posts are counted
        return replace(_noun(words, folded, posts), post=True)
    keys = _keys(folded)
    best, n = "", 0
    for kind, table in (("compound", t.compounds), ("unit", t.units), ("duration", t.durations),
                        ("age", t.ages)):
        size = _longest(keys, table)
        if size > n:
            best, n = kind, size
    if best == "unit":
        return _measure(words, keys, n, folded[0])
    if best in ("duration", "age"):
        return Unit(best, None, words[n - 1][2], folded[0], n)
    if n:
        return _noun(words, folded, n)
    if folded[0] in t.non_units:
        return Unit("non_unit", None, words[0][2], folded[0])
    if folded[0] in t.classifiers:
        return _classifier(words, folded)
    return _noun(words, folded, 1)


def post_words(text: str, words: list[Word]) -> int:
    """How many of ``words`` a head title of the officials' lexicon spans ("phó giám đốc", "Phó
    Chủ tịch"; rules/positions.yaml), 0 when none starts there."""
    m = officials_patterns()["head"].match(text, words[0][1]) if words else None
    return next((i + 1 for i, (_, _, e) in enumerate(words) if m and e == m.end()), 0)


_QUOTE_OPEN = regex.compile(r'[ ]?(["\'])(?=\p{L})')


def _quoted(text: str, start: int, mark: str = '"') -> Optional[Unit]:
    """The noun that opens a quoted name right after a number: the things counted are named by
    it ("khuất phục 2 "quái xế"", "bắt quả tang 11 'quý bà'", "xây dựng 23 "Công an phường kiểu
    mẫu ...""); the closing
    quote is in the span when the noun is the whole quote."""
    words = words_after(text, start)
    if not words:
        return None
    folded = [fold(w) for w, _, _ in words]
    if folded[0] in tables().non_units:
        return None
    last = words[-1][2]
    if text[last:last + 1] == mark and len(words) < MAX_WORDS:   # a short quote: all of it
        return Unit("noun", _joined(words, len(words)), last + 1, folded[0], len(words))
    unit = _noun(words, folded, 1)
    return Unit("noun", unit.unit, unit.end, unit.first, unit.words)


def _gold_weight(text: str, pos: int, folded: list[str]) -> bool:
    """A goldsmith's weight: a metal follows ("3 chỉ vàng") or a weight cue stands before the
    number in its clause ("nhẫn trọng lượng 3 chỉ"); otherwise "chỉ", "cây" are common words.

    >>> [_gold_weight(t, t.index(" chỉ"), fold(t[t.index(" chỉ"):]).split())
    ...  for t in ["chiếc nhẫn trọng lượng 3 chỉ loại vàng 999", "cướp 2 chỉ vàng", "có 3 chỉ tiêu"]]
    [True, True, False]
    """
    return len(folded) > 1 and folded[1] in tables().gold_metals or weighed_before(text, pos)


def _measure(words: list[Word], keys: list[str], n: int, first: str) -> Unit:
    """Money and percent in their canonical form ("đ" -> "đồng", "phần trăm" -> "%"); a measure
    as written ("350 gam" -> "gam", "429kg" -> "kg")."""
    canon = tables().units[keys[n - 1]]
    kind = _unit_kind(canon)
    unit = _joined(words, n) if kind == "measure" else canon
    return Unit(kind, unit, words[n - 1][2], first, n)


def _noun(words: list[Word], folded: list[str], n: int) -> Unit:
    """A noun of at least ``n`` words, as long as the dictionary word starting there."""
    n = max(n, _word_length(words, folded))
    return Unit("noun", _joined(words, n), words[n - 1][2], folded[0], n)


def _word_length(words: list[Word], folded: list[str]) -> int:
    """Syllables of the dictionary word at ``words[0]``; it does not run onto a capitalized word."""
    size = 1
    while size < len(words) and not words[size][0][:1].isupper():
        size += 1
    t = tables()
    return word_length(folded[:size], folded[0] in t.counted_nouns or folded[0] in t.classifiers)


def _joined(words: list[Word], n: int) -> str:
    return " ".join(w for w, _, _ in words[:n])


def _classifier(words: list[Word], folded: list[str]) -> Unit:
    """A classifier and the noun after it ("lượt người", "loại mô hình", "quả lựu đạn")."""
    t = tables()
    rest = folded[1:]
    n = _longest(_keys(rest), t.compounds)
    if rest and rest[0] not in t.non_units and rest[0] not in t.durations \
            and words[1][0][:1].islower():
        n = max(n, _word_length(words[1:], rest))
    return Unit("classifier", _joined(words, n + 1), words[n][2], folded[0], n + 1)
