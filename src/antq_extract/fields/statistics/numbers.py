"""The Vietnamese number grammar, shared by the statistics and dates detectors.

Written digits: "." groups thousands and "," is the decimal mark ("40.000",
"1.672.241", "1,2", "83,6"); leading zeros are dropped ("07" -> 7). Scale words
multiply the number before them and chain downwards ("1,2 triệu", "1 tỷ 700
triệu"). Number words ("hai mươi mốt", "một trăm linh năm") are read by
``number_words.py``; a ``NumberScanner`` finds both kinds. Scale words live in
``rules/statistics.yaml``.

>>> parse_digits("40.000"), parse_digits("1,2"), parse_digits("07")
(40000, 1.2, 7)
>>> [n.value for n in find_numbers("hơn 1,2 triệu lượt, trên 1 tỷ 700 triệu đồng")]
[1200000, 1700000000]
>>> parse_words("hai mươi lăm người".split())
(25, 3)
"""
from __future__ import annotations

from bisect import bisect_left
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple, Optional, Union

import regex

from .number_words import parse_words, read_words, word_starts   # noqa: F401  (parse_words: the grammar's API)
from .rules import tables

Number = Union[int, float]
MAX_NUMERAL = 40  # longer digit runs are not quantities (and would be slow to read)
_LOOK = 40        # how far past a numeral its scale words are looked for (bounded: linear time)

_VI_THOUSANDS = regex.compile(r"\d{1,3}(?:\.\d{3})++(?:,\d+)?")
_VI_DECIMAL = regex.compile(r"\d+,\d+")
_EN_THOUSANDS = regex.compile(r"\d{1,3}(?:,\d{3}){2,}+(?:\.\d+)?")
_EN_DECIMAL = regex.compile(r"\d+\.\d+")


def to_number(value: Decimal) -> Number:
    """A JSON number: int when integral, else float.

    >>> to_number(Decimal("1.2") * 1000000), to_number(Decimal("83.6"))
    (1200000, 83.6)
    """
    return int(value) if value == value.to_integral_value() else float(value)


def digits_decimal(numeral: str, dot_decimal: bool = False) -> Optional[Decimal]:
    """The exact value of a written numeral, or None when it is not one number.

    A "." followed by other than three digits is not a thousands dot: "20.2" is
    a day and month, "1.2" a section, unless ``dot_decimal`` (a unit such as
    "%" or "kg" follows, so the writer used an English decimal point).
    """
    if len(numeral) > MAX_NUMERAL:
        return None
    if numeral.isdigit():
        return Decimal(numeral)
    if _VI_THOUSANDS.fullmatch(numeral) or _VI_DECIMAL.fullmatch(numeral):
        return Decimal(numeral.replace(".", "").replace(",", "."))
    if _EN_THOUSANDS.fullmatch(numeral):
        return Decimal(numeral.replace(",", ""))
    if dot_decimal and _EN_DECIMAL.fullmatch(numeral):
        return Decimal(numeral)
    return None


def parse_digits(numeral: str, dot_decimal: bool = False) -> Optional[Number]:
    """Value of a written numeral as a JSON number (see :func:`digits_decimal`).

    >>> parse_digits("1.672.241"), parse_digits("83,6"), parse_digits("20.2")
    (1672241, 83.6, None)
    """
    value = digits_decimal(numeral, dot_decimal)
    return None if value is None else to_number(value)


def scale_of(word: str) -> Optional[int]:
    """The multiplier of a scale word ("triệu" -> 1000000), or None."""
    return tables().scales.get(word.casefold())


class NumberSpan(NamedTuple):
    """A number found in text: [start, end) covers the numeral and its scale words (a named
    tuple: one is made for every number of every article, cheaper than a frozen dataclass)."""

    start: int
    end: int
    value: Optional[Number]   # None for a numeral that is not one number ("20.2", "1.2.3")
    numeral: str              # the digits as written, or the number words
    words: bool = False       # written in words ("hai mươi")
    scaled: bool = False      # a scale word follows ("1,2 triệu")


@lru_cache(maxsize=1)
def _patterns():
    scales = "|".join(sorted(tables().scales, key=len, reverse=True))
    # At most 20 groups: longer runs are not numbers, and an unbounded repeat of a
    # megabyte of "1.1.1..." exhausts the regex engine's memory.
    return (regex.compile(r"(?<![\p{L}\d.,])\d++(?:[.,]\d++){0,20}+"),
            regex.compile(rf"[ ]*(?i:({scales}))(?!\p{{L}})"),
            regex.compile(rf"[ ]+(\d++(?:[.,]\d++)*+)[ ]*(?i:({scales}))(?!\p{{L}})"))


@lru_cache(maxsize=1)
def _scale_initials() -> Optional[frozenset]:
    """The ASCII letters a scale word can start with, in both cases (None when one starts
    otherwise: then every position is tried)."""
    firsts = {w[:1] for w in tables().scales}
    if not all(f.isascii() and f.isalpha() for f in firsts):
        return None
    return frozenset(firsts | {f.upper() for f in firsts} | {f.lower() for f in firsts})


def _scales_at(text: str, pos: int) -> tuple[int, int]:
    """Consecutive scale words at ``pos`` that multiply ("trăm nghìn"): (product, end)."""
    initials = _scale_initials()
    if initials is not None:   # an ASCII character after the spaces that starts no scale word
        first = text[pos:pos + _LOOK].lstrip(" ")[:1]
        if first.isascii() and first not in initials:
            return 1, pos
    scale_re = _patterns()[1]
    product, end = 1, pos
    while (m := scale_re.match(text, end, end + _LOOK)) and scale_of(m.group(1)) > product:
        product, end = product * scale_of(m.group(1)), m.end()
    return product, end


def _digits_at(text: str, m) -> NumberSpan:
    """A digit numeral, its scale words and the lower terms chained after them."""
    numeral = m.group()
    scale, end = _scales_at(text, m.end())
    if scale == 1 and numeral.isdigit() and len(numeral) <= MAX_NUMERAL:
        return NumberSpan(m.start(), m.end(), int(numeral), numeral)   # the common case, no Decimal
    value = digits_decimal(numeral)
    if value is None and scale > 1:
        value = digits_decimal(numeral, dot_decimal=True)   # "1.5 triệu"
    if value is None or scale == 1:
        return NumberSpan(m.start(), m.end(), None if value is None else to_number(value), numeral)
    total = value * scale
    while (nxt := _patterns()[2].match(text, end, end + _LOOK)) and scale_of(nxt.group(2)) < scale:
        term = digits_decimal(nxt.group(1))
        if term is None:
            break
        scale, end = _scales_at(text, nxt.start(2))
        total += term * scale
    return NumberSpan(m.start(), end, to_number(total), text[m.start():end], scaled=True)


def digits_number_at(text: str, pos: int) -> Optional[NumberSpan]:
    """The digit numeral starting at ``pos`` with its scale words ("38 triệu"), or None."""
    m = _patterns()[0].match(text, pos)
    return _digits_at(text, m) if m else None


def scale_after(text: str, pos: int) -> int:
    """The product of the scale words right after ``pos`` ("38| triệu đồng" -> 1000000), or 1."""
    return _scales_at(text, pos)[0]


class NumberScanner:
    """Reads the numbers of one text from any position on: ``next_number(pos)``.

    A caller that skips a whole token ("1/8/2013") restarts past it, so that a
    megabyte of "1/1/1/..." costs one reading, not one per digit.
    """

    def __init__(self, text: str):
        self.text = text
        self.word_starts = word_starts(text)
        self._digit = None          # the last digit match, reused while it lies ahead
        self._searched = -1         # where that search started

    def _next_digits(self, pos: int):
        m = self._digit
        if self._searched >= 0 and self._searched <= pos and (m is None or m.start() >= pos):
            return m                # nothing between the last search and pos: same answer
        self._digit, self._searched = _patterns()[0].search(self.text, pos), pos
        return self._digit

    def next_number(self, pos: int) -> Optional[NumberSpan]:
        """The first number starting at or after ``pos``, or None."""
        text = self.text
        while True:
            m = self._next_digits(pos)
            i = bisect_left(self.word_starts, pos)
            w = self.word_starts[i] if i < len(self.word_starts) else None
            if m is None and w is None:
                return None
            if w is None or (m is not None and m.start() <= w):
                return _digits_at(text, m)
            read = read_words(text, w)
            if read is not None:
                value, end, scaled = read
                return NumberSpan(w, end, value, text[w:end], words=True, scaled=scaled)
            pos = w + 1


def find_numbers(text: str) -> list[NumberSpan]:
    """Every number written in ``text``, in order, with its scale words.

    >>> [(n.numeral, n.value) for n in find_numbers("Hai xe, 3 tỷ, 429kg, 20.2")]
    [('Hai', 2), ('3 tỷ', 3000000000), ('429', 429), ('20.2', None)]
    """
    scanner, out, pos = NumberScanner(text), [], 0
    while (n := scanner.next_number(pos)) is not None:
        out.append(n)
        pos = n.end
    return out
