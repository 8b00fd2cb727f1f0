"""Fast stdlib ``re`` scans for long lists of literal words (rank forms, unit words, province names).

``re`` tries the alternatives of ``a|b|c`` one after the other at every place where the first
character of one of them stands. :func:`grouped` writes the same alternation grouped by first
character ("tỉnh|huyện|thành phố" as "t(?:ỉnh|hành[ ]+phố)|h(?:uyện)"): alternatives with
different first characters never match at one place, and within a group the order is kept, so
the pattern matches exactly what the flat one does, trying only the group of the character met.

A leading look-behind keeps ``re`` from skipping ahead to those first characters (it must try
every place); :func:`search_after_non` checks the character before a match in Python instead,
giving the matches that the pattern with the look-behind would give.

>>> import re
>>> rx = re.compile(grouped(["thành phố", "tỉnh", "tp.", "tp", "huyện"]))
>>> rx.pattern
't(?:hành[ ]+phố|ỉnh|p\\\\.|p)|h(?:uyện)'
>>> [m.group() for m in search_after_non(rx, re.compile(r"\\w"), "xtỉnh, tp. Huế và huyện A")]
['tp.', 'huyện']
"""
from __future__ import annotations

import re
from typing import Iterable


def grouped(words: Iterable[str], space: str = "[ ]+") -> str:
    """An ``re`` alternation of the literal ``words`` in their order (a space of a word matches
    ``space``), grouped by first character."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[:1], []).append(re.escape(w[1:]).replace(r"\ ", space))
    return "|".join(f"{re.escape(c)}(?:{'|'.join(rest)})" for c, rest in groups.items())


def search_after_non(rx: re.Pattern, before: re.Pattern, text: str):
    """The matches of ``rx`` in ``text`` not preceded by a character ``before`` matches: those
    of ``(?<!before)rx``, from left to right without overlaps (as ``finditer`` gives them).
    ``rx`` never matches the empty string."""
    pos = 0
    while (m := rx.search(text, pos)) is not None:
        if m.start() and before.match(text, m.start() - 1):
            pos = m.start() + 1
        else:
            yield m
            pos = m.end()
