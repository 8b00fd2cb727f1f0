"""Numbers written in words, read as Vietnamese speaks them ("hai mươi mốt", "một trăm linh
năm", "mười lăm", "hai triệu ba trăm nghìn"). Word lists live in ``rules/statistics.yaml``
(``number_words``, ``scale_words``); written digits: ``numbers.py``.

>>> parse_words("hai mươi lăm người".split())
(25, 3)
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional, Sequence

from ...lexicon import matcher
from .rules import tables


@lru_cache(maxsize=1)
def _vocab() -> tuple[frozenset, tuple]:
    """Every word a number in words is made of; the words one can start with (một..chín, mười, nửa)."""
    t = tables()
    nw = t.number_words
    vocab = frozenset({*nw.digits, *nw.ten, *nw.tens_marker, *nw.hundred, *nw.zero_link,
                       *nw.after_tens, *nw.dozen, *nw.half, *t.scales})
    return vocab, tuple(sorted({*nw.digits, *nw.ten, *nw.half}))


def _unit_word(words: Sequence[str], j: int, after_tens: bool) -> Optional[int]:
    """Value of the units word at ``j`` ("lăm", "mốt" and "tư" only ``after_tens``)."""
    if j >= len(words):
        return None
    nw, w = tables().number_words, words[j]
    if not after_tens:
        return nw.digits.get(w)
    if w in nw.not_after_tens:
        return None
    return nw.after_tens.get(w, nw.digits.get(w))


def _tens(words: Sequence[str], j: int) -> Optional[tuple[int, int]]:
    """Read "mười [u]", "d mươi [u]", "d chục" or "d" at ``j``: (value, next index)."""
    nw = tables().number_words
    if j < len(words) and words[j] in nw.ten:
        unit = _unit_word(words, j + 1, True)
        if unit is not None and words[j + 1] != "mốt":   # 11 is "mười một", never "mười mốt"
            return 10 + unit, j + 2
        return 10, j + 1
    digit = _unit_word(words, j, False)
    if digit is None:
        return None
    nxt = words[j + 1] if j + 1 < len(words) else ""
    if nxt in nw.tens_marker:
        unit = _unit_word(words, j + 2, True)
        return (digit * 10 + unit, j + 3) if unit is not None else (digit * 10, j + 2)
    if nxt in nw.dozen:
        return digit * 10, j + 2
    return digit, j + 1


def _group(words: Sequence[str], i: int) -> Optional[tuple[int, int, bool]]:
    """A number below 1000 at ``i``: (value, next index, has "trăm" or "linh")."""
    nw = tables().number_words
    digit = _unit_word(words, i, False)
    if digit is None or i + 1 >= len(words) or words[i + 1] not in nw.hundred:
        tens = _tens(words, i)
        return None if tens is None else (tens[0], tens[1], False)
    value, j = digit * 100, i + 2
    if j + 1 < len(words) and words[j] in nw.zero_link and _unit_word(words, j + 1, False):
        return value + _unit_word(words, j + 1, False), j + 2, True
    tens = _tens(words, j)
    if tens and tens[1] == j + 1 and words[j] not in nw.ten:   # "một trăm hai" = 120
        return value + tens[0] * 10, j + 1, True
    return (value + tens[0], tens[1], True) if tens else (value, j, True)


def parse_words(words: Sequence[str]) -> Optional[tuple[int, int]]:
    """Read number words from the start of ``words`` (lower-case): (value, words used).

    Groups below a thousand are multiplied by the big scales after them and
    chained downwards ("hai triệu ba trăm nghìn"); a last group without a scale
    counts only when it holds "trăm" or "linh" ("hai nghìn năm trăm"), since
    "hai nghìn năm" is two thousand years.

    >>> parse_words(["một", "trăm", "linh", "năm"]), parse_words(["mười", "năm"])
    ((105, 4), (10, 1))
    >>> parse_words(["nửa", "tỷ"]), parse_words(["nửa", "năm"])
    ((500000000, 2), None)
    """
    scales = tables().scales
    if len(words) > 1 and words[0] in tables().number_words.half and scales.get(words[1], 0) >= 1000:
        return scales[words[1]] // 2, 2    # "nửa tỷ", "nửa triệu": half a scale, never chained
    total, i, last = 0, 0, None
    while i < len(words):
        group = _group(words, i)
        if group is None:
            break
        value, j, full = group
        scale = 1
        while j < len(words) and scales.get(words[j], 0) >= 1000:
            scale *= scales[words[j]]
            j += 1
        if last is not None and (scale >= last or (scale == 1 and not full)):
            break
        total, i, last = total + value * scale, j, scale
        if scale == 1:
            break
    return (total, i) if i else None


def _starting_words() -> tuple:
    return _vocab()[1]


matcher.register("statistics.number_words", _starting_words)


def word_starts(text: str) -> list[int]:
    """Where a number word (một..chín, mười, nửa) starts: a word of its own in the lower-cased text
    (the article's lexicon scan; ``str.find`` when the lower-cased text does not line up)."""
    hits = matcher.scan(text)
    if hits is None:
        return _found_starts(text.casefold() if len(text.casefold()) == len(text) else text)
    low, size = hits.low, len(text)
    return [i for i, j in hits.spans["statistics.number_words"]
            if (i == 0 or not low[i - 1].isalnum()) and (j >= size or not low[j].isalpha())]


def _found_starts(low: str) -> list[int]:
    out, size = [], len(low)
    for w in _vocab()[1]:
        n, i = len(w), low.find(w)
        while i >= 0:
            if (i == 0 or not low[i - 1].isalnum()) and (i + n >= size or not low[i + n].isalpha()):
                out.append(i)
            i = low.find(w, i + n)
    return sorted(out)


_WORD_RUN = 60   # number words read after a start word, in characters


def read_words(text: str, start: int) -> Optional[tuple[int, int, bool]]:
    """The longest reading of the number words from ``start`` ("hai mươi lăm"): (value, end,
    whether a scale word of a thousand or more is among them).

    >>> read_words("có hai mươi lăm người", 3)
    (25, 15, False)
    """
    vocab, words, ends, pos = _vocab()[0], [], [], start
    for piece in text[start:start + _WORD_RUN].split(" "):
        word = piece.lower()
        if word not in vocab:
            break
        words.append(word)
        pos += len(piece)
        ends.append(pos)
        pos += 1
    read = parse_words(words)
    if read is None:
        return None
    value, used = read
    scaled = any(tables().scales.get(w, 0) >= 1000 for w in words[:used])
    return value, ends[used - 1], scaled
