"""A normalized view of the decoded text, with an offset map back to it.

The view is NFC, has one tone-mark placement (``rules/normalize.yaml``: "Uỷ" ->
"Ủy", "hoà" -> "hòa"), plain spaces for no-break and other spaces, ASCII quotes
and "-" for dash variants, and no zero-width characters. Extractors work on
``NormText.text``; ``NormText.to_source`` turns their offsets into offsets of
the decoded input. Nothing else in the project does offset arithmetic.

>>> n = NormText.of("Uỷ\\u00a0ban  hoà\\u200b")
>>> n.text
'Ủy ban  hòa'
>>> n.to_source(7, 11)
(7, 12)
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import regex

from .rules import load_yaml


@lru_cache(maxsize=1)
def _tables():
    data = load_yaml("normalize.yaml")
    chars = {}
    for group in ("spaces", "quotes", "dashes"):
        for src, dst in data[group].items():
            chars[src] = dst
    drop = set(data["zero_width"])
    tone = dict(data["tone_placement"]["pairs"])
    letters = data["tone_placement"]["syllable_letters"]
    tone_re = regex.compile(
        r"(?<![qQ])(" + "|".join(map(regex.escape, sorted(tone, key=len, reverse=True))) + r")"
        r"(?![" + letters + r"])"
    )
    return chars, drop, tone, tone_re


def _clusters(text: str):
    """Split into (start, end) runs of a base character and its combining marks."""
    start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or not unicodedata.combining(text[i]):
            yield start, i
            start = i


@dataclass(frozen=True)
class NormText:
    """Normalized text plus, for every normalized char, its source span."""

    text: str
    starts: tuple  # starts[i]: source index where normalized char i begins
    ends: tuple    # ends[i]: source index where normalized char i ends

    @classmethod
    def of(cls, source: str) -> "NormText":
        chars, drop, tone, tone_re = _tables()
        out, starts, ends = [], [], []
        for a, b in _clusters(source):
            piece = source[a:b]
            if piece in drop:
                continue
            piece = chars.get(piece, piece)
            piece = unicodedata.normalize("NFC", piece)
            for ch in piece:
                out.append(ch)
                starts.append(a)
                ends.append(b)
        text = "".join(out)
        # Tone placement swaps keep the length, so the map stays valid.
        text = tone_re.sub(lambda m: tone[m.group(1)], text)
        return cls(text, tuple(starts), tuple(ends))

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalized span [start, end) to a source span."""
        if end <= start:
            pos = self.starts[start] if start < len(self.starts) else (self.ends[-1] if self.ends else 0)
            return pos, pos
        return self.starts[start], self.ends[end - 1]


def canonical(text: str) -> str:
    """The normalized form used for names, positions and comparisons.

    NFC, one tone placement, quotes/dashes unified, runs of white space as one space.

    >>> canonical("Uỷ  viên\\u00a0Ban Thường vụ ")
    'Ủy viên Ban Thường vụ'
    """
    return " ".join(NormText.of(text).text.split())


def fold(text: str) -> str:
    """Case-folded canonical form, for matching names across case differences."""
    return canonical(text).casefold()
