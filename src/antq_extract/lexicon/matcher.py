"""One lexicon scan per article: where the words of every registered phrase list start.

Detectors register their phrase lists (``register``: the number words of the statistics, the
named-law types of the programs ...); one Aho–Corasick automaton (pyahocorasick) over all of
them reads the lower-cased text once per article (``scan``) and gives, for each list, every
offset where the first word of one of its phrases is written, in any case, inside a word or
not. A detector keeps its own rule for what a phrase is: ``finditer(name, rx, text)`` tries
its regex only at those offsets, and gives the matches ``rx.finditer(text)`` gives when every
match of ``rx`` starts with the first word of a phrase of the list (a case-insensitive
alternation of the phrases, with its look-arounds).

The lower-cased text lines up with the text unless a character lower-cases to more than one
("İ"): then ``scan`` gives None and the detectors read the text their own way. A regex
matched case-insensitively may also match a character that lower-cases to another letter
than the one of the word (the long s "ſ" for "s"; the Kelvin sign lower-cases to "k" and is
found): on a text holding one, ``finditer`` runs the plain ``rx.finditer``.

>>> import regex
>>> register("example-laws", lambda: ["nghị định", "luật"])
>>> rx = regex.compile(r"(?<!\\p{L})(?i:nghị định|luật)[ ]+số[ ]+\\d+")
>>> text = "Theo Nghị định số 12 và LUẬT số 3, nghị quyết số 4"
>>> scan(text).spans["example-laws"]
[(5, 9), (24, 28), (35, 39)]
>>> [m.group() for m in finditer("example-laws", rx, text)]
['Nghị định số 12', 'LUẬT số 3']
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Iterable, Iterator, NamedTuple, Optional

import ahocorasick
import regex

_LISTS: dict[str, Callable[[], Iterable[str]]] = {}


def register(name: str, phrases: Callable[[], Iterable[str]]) -> None:
    """Scan for the first words of ``phrases()`` (read when the automaton is built)."""
    if _LISTS.get(name) is not phrases:
        _LISTS[name] = phrases
        _automaton.cache_clear()
        _last[0] = (None, None)


class Hits(NamedTuple):
    spans: dict[str, list[tuple[int, int]]]   # list name -> sorted spans of its first words
    low: str                                  # the lower-cased text
    regex_safe: bool                          # no character a case-insensitive regex reads otherwise


@lru_cache(maxsize=1)
def _automaton():
    """The automaton over every first word (value: its length and its lists), and the pattern
    of the characters that make a text unsafe for case-insensitive regexes (or None)."""
    owners: dict[str, list[str]] = {}
    for name, phrases in _LISTS.items():
        for p in phrases():
            if p.split():
                owners.setdefault(p.split()[0].lower(), []).append(name)
    automaton = ahocorasick.Automaton()
    for word, names in owners.items():
        automaton.add_word(word, (len(word), tuple(dict.fromkeys(names))))
    if owners:
        automaton.make_automaton()
    letters = sorted({c for w in owners for c in w})
    alike = regex.compile("(?i)[" + "".join(map(regex.escape, letters)) + "]") if letters else None
    bmp = "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, 0x10000)))   # no surrogates
    unsafe = sorted({c for c in alike.findall(bmp) if c.lower() not in letters}) if alike else []
    return (automaton if owners else None,
            re.compile("[" + "".join(map(re.escape, unsafe)) + "]") if unsafe else None)


_last: list = [(None, None)]   # the last text scanned (by identity) and its hits, in one slot:
                               # a thread reads the pair at once


def scan(text: str) -> Optional[Hits]:
    """The hits of every registered list in ``text`` (one pass; the last text's are kept), or
    None when the lower-cased text does not line up with it."""
    last_text, last_hits = _last[0]
    if last_text is text:
        return last_hits
    automaton, unsafe = _automaton()
    low = text.lower()
    if len(low) != len(text):
        hits = None
    else:
        spans: dict[str, list] = {name: [] for name in _LISTS}
        for end, (n, names) in (automaton.iter(low) if automaton is not None else ()):
            for name in names:   # a word is found once where it ends: no span twice
                spans[name].append((end - n + 1, end + 1))
        for found in spans.values():
            found.sort()
        hits = Hits(spans, low, unsafe is None or unsafe.search(text) is None)
    _last[0] = (text, hits)
    return hits


def finditer(name: str, rx: regex.Pattern, text: str, word_start: bool = False) -> Iterator:
    """``rx.finditer(text)``, ``rx`` tried only where a word of the list ``name`` starts (and,
    ``word_start`` for a regex that opens with the look-behind ``(?<!\\p{L})``, not right after
    a letter)."""
    hits = scan(text)
    if hits is None or not hits.regex_safe:
        yield from rx.finditer(text)
        return
    pos, low = 0, hits.low
    for p, _ in hits.spans[name]:
        if p < pos or (word_start and p and low[p - 1].isalpha()):
            continue
        m = rx.match(text, p)
        if m is not None:
            yield m
            pos = m.end() if m.end() > p else p + 1
