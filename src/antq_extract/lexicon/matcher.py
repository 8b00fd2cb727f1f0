"""Where a phrase of a list can start, found in one pass with an Aho–Corasick automaton.

A detector keeps its own regex for what a phrase is; the matcher only finds the places where
one can start (where the first word of one of its phrases is written, in any case), so the
regex is tried there instead of at every character. ``finditer(rx, text)`` gives the matches
``rx.finditer(text)`` gives when every match of ``rx`` starts with one of those first words
(a case-insensitive alternation of the phrases, with its look-arounds).

The automaton (pyahocorasick) reads the lower-cased text. That finds every place the
``regex`` module's case-insensitive match could start, except where a character is lower-cased
to more than one character ("İ") or is matched case-insensitively by a letter of the words but
lower-cases to another one (the long s "ſ" for "s", U+212A Kelvin for "k" lower-cases to "k"
and is found): on such a text the plain ``finditer`` runs instead.

>>> import regex
>>> rx = regex.compile(r"(?<!\\p{L})(?i:nghị định|luật)[ ]+số[ ]+\\d+")
>>> starts = Starts(["nghị định", "luật"])
>>> [m.group() for m in starts.finditer(rx, "Theo Nghị định số 12 và LUẬT số 3, nghị quyết số 4")]
['Nghị định số 12', 'LUẬT số 3']
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator, Optional

import ahocorasick
import regex


class Starts:
    """The first words of ``phrases`` (their text up to the first space), case-folded."""

    def __init__(self, phrases: Iterable[str]):
        firsts = {p.split()[0].lower() for p in phrases if p.split()}
        self._automaton = ahocorasick.Automaton()
        for w in firsts:
            self._automaton.add_word(w, len(w))
        self._automaton.make_automaton()
        letters = sorted({c for w in firsts for c in w})
        alike = regex.compile("(?i)[" + "".join(map(regex.escape, letters)) + "]")
        bmp = "".join(chr(i) for i in range(0x10000) if not 0xD800 <= i <= 0xDFFF)
        unsafe = sorted({c for c in alike.findall(bmp) if c.lower() not in letters})
        self._unsafe = re.compile("[" + "".join(map(re.escape, unsafe)) + "]") if unsafe else None

    def positions(self, text: str) -> Optional[list[int]]:
        """Every offset where a first word starts in ``text`` (any case), in order; None when
        the lower-cased text does not line up with ``text`` or holds an unsafe character."""
        low = text.lower()
        if len(low) != len(text) or (self._unsafe is not None and self._unsafe.search(text)):
            return None
        return sorted({end - n + 1 for end, n in self._automaton.iter(low)})

    def finditer(self, rx: regex.Pattern, text: str) -> Iterator:
        """``rx.finditer(text)``, ``rx`` tried only where a first word starts."""
        starts = self.positions(text)
        if starts is None:
            yield from rx.finditer(text)
            return
        pos = 0
        for p in starts:
            if p < pos:
                continue
            m = rx.match(text, p)
            if m is not None:
                yield m
                pos = m.end() if m.end() > p else p + 1
