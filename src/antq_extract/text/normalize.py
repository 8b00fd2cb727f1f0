"""A normalized view of the decoded text, with an offset map back to it.

The view is NFC, has one tone-mark placement (``rules/normalize.yaml``: "Uỷ" ->
"Ủy", "hoà" -> "hòa"), plain spaces for no-break and other spaces, ASCII quotes
and "-" for dash variants, and no zero-width characters. Extractors work on
``NormText.text``; ``NormText.to_source`` turns their offsets into offsets of
the decoded input. Nothing else in the project does offset arithmetic.

A run of more than ``MAX_MARKS`` combining marks on one character (no script
needs more; Unicode's stream-safe format stops at 30) is read with its first
``MAX_MARKS`` only: composing a run of 100 000 marks takes minutes inside C,
where no time limit can interrupt it. The view maps the whole run back to its
source span, so offsets stay valid, and ``warnings()`` reports it (W005).

>>> n = NormText.of("Uỷ\\u00a0ban  hoà\\u200b")
>>> n.text
'Ủy ban  hòa'
>>> n.to_source(7, 11)
(7, 11)
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

import regex

from ..errors import Warnings
from ..lexicon import load_yaml

MAX_MARKS = 30


@lru_cache(maxsize=1)
def _tables():
    data = load_yaml("normalize.yaml")
    chars = {}
    for group in ("spaces", "quotes", "dashes"):
        for src, dst in data[group].items():
            chars[src] = dst
    for ch in data["zero_width"]:
        chars[ch] = ""
    tone = dict(data["tone_placement"]["pairs"])
    letters = data["tone_placement"]["syllable_letters"]
    # A pair is an o/u followed by a toned vowel at the end of a syllable. The class
    # form (checked against the pair table) lets ``re`` scan fast; a match that is not
    # a pair maps to itself, and no pair can start inside one.
    firsts = "".join(sorted({k[0] for k in tone}))
    seconds = "".join(sorted({k[1] for k in tone}))
    tone_re = re.compile(f"[{firsts}][{seconds}](?![{letters}])")
    after_q = dict(data["tone_placement"]["after_q"])
    tone_re = re.compile(f"{tone_re.pattern}|(?<=[qQ])(?:{'|'.join(map(re.escape, after_q))})(?![{letters}])")
    tone = {**tone, **{("q", k): v for k, v in after_q.items()}}
    # What needs work: a mapped character, or a base character with combining marks.
    mapped = "[" + "".join(map(regex.escape, chars)) + "]"
    special = regex.compile(mapped + r"|\P{M}?\p{M}+")
    return chars, tone, tone_re, special, re.compile(mapped)


def _place_tones(text: str) -> str:
    """New-style tone placement; after "q" only a mark on its "u" moves ("Qúy" -> "Quý")."""
    _, tone, tone_re, _, _ = _tables()

    def swap(m):
        a = m.start()
        if a and text[a - 1] in "qQ":
            return tone.get(("q", m.group()), m.group())   # "Qúy" -> "Quý"; "quý" stays
        return tone.get(m.group(), m.group())
    return tone_re.sub(swap, text)


_MARK = regex.compile(r"\p{M}")


def _replace(piece: str, chars: dict) -> str:
    if piece in chars:
        return chars[piece]
    marks = _marks(piece)
    if marks > MAX_MARKS:
        piece = piece[:len(piece) - marks + MAX_MARKS]
    return unicodedata.normalize("NFC", piece)


def _marks(piece: str) -> int:
    """The combining marks of a cluster (a base character and its marks, or marks alone)."""
    return len(piece) - (not _MARK.match(piece))


@dataclass(frozen=True)
class NormText:
    """Normalized text plus the edits that map it back to the source.

    ``edits`` holds, in order, (norm_start, norm_len, src_start, src_end) for every
    stretch that normalization changed; between edits the two texts run in step.
    """

    text: str
    edits: tuple
    _keys: tuple = ()
    trimmed: tuple = ()  # (source start, marks) of every run longer than MAX_MARKS

    @classmethod
    def of(cls, source: str) -> "NormText":
        chars, tone, tone_re, special, mapped = _tables()
        pieces, edits = [], []
        pos = npos = 0
        trimmed = []
        # Without combining marks (most NFC text) only mapped characters need work: the
        # character-class scan is several times faster than trying the cluster branch everywhere.
        for m in (special if _MARK.search(source) else mapped).finditer(source):
            a, b = m.span()
            if b - a > MAX_MARKS and _marks(m.group()) > MAX_MARKS:
                trimmed.append((a, _marks(m.group())))
            rep = _replace(m.group(), chars)
            if rep == m.group():
                continue
            pieces.append(source[pos:a])
            npos += a - pos
            pieces.append(rep)
            edits.append((npos, len(rep), a, b))
            npos += len(rep)
            pos = b
        pieces.append(source[pos:])
        text = "".join(pieces)
        # Tone placement swaps keep the length, so the map stays valid.
        text = _place_tones(text)
        return cls(text, tuple(edits), tuple(e[0] for e in edits), tuple(trimmed))

    def warnings(self) -> list[str]:
        """W005 for every run of combining marks read only in part."""
        return ["[W005] " + Warnings.W005.format(count=n, start=a, kept=MAX_MARKS) for a, n in self.trimmed]

    def _locate(self, i: int):
        k = bisect_right(self._keys, i) - 1
        return self.edits[k] if k >= 0 else None

    def _src_start(self, i: int) -> int:
        e = self._locate(i)
        if e is None:
            return i
        n, length, a, b = e
        return a if i < n + length else b + (i - n - length)

    def _src_end(self, i: int) -> int:
        """Source end of normalized char ``i`` (exclusive)."""
        e = self._locate(i)
        if e is None:
            return i + 1
        n, length, a, b = e
        return b if i < n + length else b + (i - n - length) + 1

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalized span [start, end) to a source span."""
        if end <= start:
            pos = self._src_start(start)
            return pos, pos
        return self._src_start(start), self._src_end(end - 1)


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
