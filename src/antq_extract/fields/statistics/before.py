"""What stands right before a number: its qualifier ("hơn", "ít nhất": :func:`read_qualifier`)
and a head word that makes it a name or an identifier ("thôn 5", "Chỉ thị 09":
:func:`head_before`). Tables: ``rules/statistics.yaml``."""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

import regex

from .around import fold, words_before
from .rules import tables
from .words import words

_KM_MARK = regex.compile(r"(?i)(?<!\p{L})km[ ]*\d+[ ]*\+[ ]*$")
_CODE_WORD = regex.compile(r"\p{Lu}{2,6}")   # a letter code ("PV", "CMND") between a head and its number


def read_qualifier(text: str, pos: int) -> tuple[Optional[str], int]:
    """The qualifier written right before ``pos``: (qualifier, where its words start).

    >>> read_qualifier("số tiền lên hơn ", 16)
    ('more_than', 12)
    >>> read_qualifier("mỗi xã ít nhất ", 15)
    ('at_least', 7)
    >>> read_qualifier("so với cùng kỳ, ít hơn ", 23)   # a comparative: a difference
    (None, 23)
    """
    quals = tables().qualifiers
    for key, _, start in reversed(tails_before(text, pos)):   # the longest first
        if key in quals:
            return (quals[key], start) if quals[key] else (None, pos)
    return None, pos


@lru_cache(maxsize=512)
def tails_before(text: str, pos: int) -> tuple[tuple[str, str, int], ...]:
    """The last 1, 2 and 3 words before ``pos`` (as many as there are): (folded words joined,
    the first of them as written, where they start); read once for qualifiers and heads."""
    out, key = [], ""
    for w, start, _ in reversed(words_before(text, pos)[-3:]):   # case folding is per character
        key = fold(w) + (" " + key if key else "")
        out.append((key, w, start))
    return tuple(out)


def head_before(text: str, pos: int) -> Optional[str]:
    """The head word(s) right before ``pos`` that make the number a name or an identifier.

    >>> head_before("tại thôn ", 9), head_before("theo Chỉ thị ", 13), head_before("hướng dẫn ", 10)
    ('thôn', 'chỉ thị', None)
    >>> head_before("số ", 3), head_before("trong số ", 9)
    ('số', None)
    >>> head_before("số thẻ PV ", 10), head_before("bắt PV ", 7)
    ('thẻ', None)
    >>> head_before("tại phòng ", 10), head_before("Bộ đội Biên phòng ", 18)   # the last syllable of a word
    ('phòng', None)
    >>> head_before("lên lớp ", 8), head_before("Trưởng Phòng ", 13)
    ('lớp', 'phòng')
    """
    if "+" in text[max(0, pos - 3):pos] and _KM_MARK.search(text, max(0, pos - 16), pos):   # the cheap test first
        return "km"   # "Km 51 + 200 QL 9": the metres of a road's marker, an address
    keys = tails_before(text, pos)
    if not keys:
        return None
    t = tables()
    if any(key in t.counting_phrases for key, _, _ in keys):
        return None
    head = next((key for key, first, _ in keys if key in t.identifier_heads
                 or (key in t.name_heads and first[:1].isupper())), None)
    if head is not None and " " not in head and len(keys) > 1 and keys[0][1][:1].islower() \
            and keys[1][1][:1].isupper() and keys[1][0] in words():
        return None   # "Biên phòng 46 nguồn tin": "phòng" ends the name's word "Biên phòng", it heads nothing
    if head is None and _CODE_WORD.fullmatch(keys[0][1]):
        return head_before(text, keys[0][2])   # "số thẻ PV 121212": a letter code after the head
    return head
