"""The words on either side of a number, as the statistics readers see them: up to five words
right after it (spaces only: a comma stops them) and the last three before it (back to the
nearest punctuation), with offsets in the normalized text; both cached, since several readers
ask for the same place."""
from __future__ import annotations

from functools import lru_cache

import regex

Word = tuple[str, int, int]   # (word, start, end) in the normalized text


def fold(text: str) -> str:
    """Case-folded form of already normalized article text (the tables are folded alike)."""
    return text.casefold()

_W = r"[\p{L}]++(?:-[\p{L}]++)*+[\d²³]?"    # a word, hyphenated loans too ("ki-lô-gam", "pa-nô")
_AFTER = regex.compile(rf"[ ]*+((?:%|{_W})(?:[ ]++{_W})*+)")
_BEFORE = regex.compile(r"(?r)[\p{L} ]*+")
MAX_WORDS = 5   # words_after reads no more


def _split(text: str, base: int, most: int = -1) -> list[Word]:
    """The space-separated words of ``text`` with offsets from ``base`` (the first ``most``)."""
    out, i = [], base
    for w in text.split(" "):
        if w:
            if len(out) == most:
                break
            out.append((w, i, i + len(w)))
        i += len(w) + 1
    return out


@lru_cache(maxsize=512)
def words_after(text: str, pos: int, limit: int = 60) -> list[Word]:
    """Up to five words right after ``pos``, separated only by spaces (a comma stops them)."""
    m = _AFTER.match(text, pos, min(len(text), pos + limit))
    return _split(m.group(1), m.start(1), MAX_WORDS) if m else []


@lru_cache(maxsize=512)
def words_before(text: str, pos: int, limit: int = 30) -> list[Word]:
    """The words right before ``pos`` back to the nearest punctuation, nearest last: the last
    three of them (no reader looks further back)."""
    lo = max(0, pos - limit)
    m = _BEFORE.search(text, lo, pos)
    if m.start() == lo and lo > 0:
        return _split_last(m.group(), m.start(), 4)[1:]   # the first cut by the window: not a word
    return _split_last(m.group(), m.start(), 3)


def _split_last(text: str, base: int, most: int) -> list[Word]:
    """The last ``most`` words of :func:`_split`."""
    out, end = [], base + len(text)
    for w in reversed(text.split(" ")):
        start = end - len(w)
        if w:
            out.append((w, start, end))
            if len(out) == most:
                break
        end = start - 1
    out.reverse()
    return out
