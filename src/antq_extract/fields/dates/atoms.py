"""Date atoms: where a ``rules/dates.yaml`` atom matches, leftmost-longest, outside symbols.

An *atom* is one match of a ``rules/dates.yaml`` atom ("Chiều 24/5", "năm 2022", "ngày 2").
Every atom starts at a run of digits: each run is tried with the patterns its length and the
characters around it allow (a plan per run length, with a gate for the ``before`` patterns that
need a word), the atoms are kept leftmost-longest and dropped when they sit inside a document
symbol ("06/2020/QĐ-TTg", "ĐTĐLXH.01/17"). How atoms join into ranges and lists: ``grammar.py``.

>>> [(a.kind, a.start, a.end) for a in find_atoms("Chiều 24/5, Công an tỉnh họp.")]
[('dm', 0, 10)]
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

import regex

from .rules import FLAGS, compiled_atoms

BEFORE_WINDOW = 48   # how far back a 'before' pattern may start
ATOM_REACH = 96      # how far a pattern may reach after its digits
# a run of digits that does not continue another number ("1.672.241": only "1"), found in C;
# four digits after "." may be a year ("tháng 12.2023")
_DIGITS = regex.compile(r"\d(?<!\d\d)(?:(?<![\p{L}\d][.,:]\d)\d*|(?<=\d\.\d)\d{3}(?!\d))")
STRONG_GROUPS = ("t", "pod", "wd", "ngay", "rel", "tl", "yl", "ql", "y")


@dataclass
class Atom:
    """One date expression as matched: span in the normalized text, kind, and the matches of
    its pattern and of its 'before' pattern (or None), whose groups are read on first use (most
    atoms are dropped by a longer one before anything reads them)."""

    start: int
    end: int
    kind: str
    rule: str
    matches: tuple
    _cache: Optional[dict] = field(default=None, repr=False, compare=False)

    @property
    def groups(self) -> dict:
        """The groups that matched, the 'before' pattern's over the pattern's (read once; a
        plain attribute test: ``functools.cached_property`` takes a lock on every first read)."""
        if self._cache is None:
            m, b = self.matches
            self._cache = _groups(m)
            if b is not None:
                self._cache.update(_groups(b))
        return self._cache

    def group(self, name: str) -> Optional[str]:
        return self.groups.get(name)

    @property
    def strong(self) -> bool:
        """True when the atom itself says it is a date (a cue word, a year, a clock)."""
        return any(self.groups.get(g) for g in STRONG_GROUPS)


def find_atoms(text: str, start: int = 0, end: Optional[int] = None) -> list[Atom]:
    """Every atom in ``text[start:end]``, leftmost-longest, outside document symbols."""
    end = len(text) if end is None else end
    found = []
    tries_for = _tries_for
    for run in _DIGITS.finditer(text, start, end):
        s, e = run.span()
        nxt = text[e] if e < end else ""
        tries, gate = tries_for(e - s, nxt, text[s - 1] if s > 0 else "", _after(text, e, end, nxt))
        if not tries or _glued(text, s, e - s):
            continue
        stop = min(end, s + ATOM_REACH)   # a bounded end keeps each match short (no scan to the end)
        gated, memo = None, {}
        for order, match, rule, in_gate in tries:
            if in_gate:
                if gated is None:   # True: no gated 'before' can end at s
                    gated = gate(text, max(start, s - BEFORE_WINDOW), s) is None
                if gated:
                    continue
            m = memo[match] if match in memo else memo.setdefault(match, _match(match, text, s, stop, end))
            if m is not None:
                atom = _atom(text, s, start, rule, m)
                if atom is not None:
                    found.append((atom.start, atom.start - atom.end, order, atom))
    found.sort(key=lambda f: f[:3])
    kept, reach = [], -1
    for s, _, _, atom in found:
        if s >= reach and not in_symbol(text, atom.start, atom.end):
            kept.append(atom)
            reach = atom.end
    return kept


def _match(match, text: str, s: int, stop: int, end: int):
    m = match(text, s, stop)
    return match(text, s, end) if m is not None and m.end() >= stop - 1 and stop < end else m


def _glued(text: str, s: int, digits: int) -> bool:
    """A day or month glued by "/" after another number or word continues a code or a
    fraction ("ĐTĐLXH.01/17", "126/106"): no atom starts there. (A year may: "tháng 3/2022".)"""
    return digits < 4 and s >= 2 and text[s - 1] == "/" and text[s - 2].isalnum()


def _after(text: str, e: int, end: int, nxt: str) -> str:
    """The first character at or after ``e`` that is not a space (before ``end``)."""
    if nxt != " ":
        return nxt
    e += 1
    while e < end and text[e] == " ":
        e += 1
    return text[e] if e < end else ""


@lru_cache(maxsize=4096)
def _tries_for(digits: int, nxt: str, prv: str, aft: str) -> tuple[tuple, object]:
    """The (order, match, rule, gated) to try on a run of ``digits`` digits between ``prv``
    and ``nxt``, ``aft`` first after any spaces (rules whose ``next`` / ``prev`` / ``after``
    allow them), and the gate of that length."""
    plan = _plans().get(digits)
    if plan is None:
        return (), None
    gate, tries = plan
    return tuple(t for t in tries if _allows(t[2].next, nxt) and _allows(t[2].prev, prv)
                 and _allows(t[2].after, aft)), gate


def _allows(chars: Optional[str], char: str) -> bool:
    return chars is None or char in chars     # "" (the end of the text) is allowed


@lru_cache(maxsize=1)
def _plans() -> dict[int, tuple]:
    """Per run length (1, 2 or 4 digits): a gate and the (order, match, rule, gated) to try.

    The gate is the alternation of the ``before`` patterns that need some word ("tháng ",
    "năm ", ", "): where it finds nothing, none of them can, and their rules are skipped."""
    rules = list(enumerate(compiled_atoms()))
    small = [(i, r) for i, r in rules if not r.year_first]
    plans = {2: _plan(small), 4: _plan([(i, r) for i, r in rules if r.year_first])}
    plans[1] = plans[2]
    return plans


def _plan(group) -> tuple:
    needy = {i for i, r in group if r.before is not None and r.before.search(" ", 0, 1) is None}
    body = "|".join(r.before.pattern[len("(?r)"):] for i, r in group if i in needy)
    gate = regex.compile(rf"(?r)(?:{body})\Z", FLAGS).match if needy else None   # (?r): anchored at the end
    return gate, [(i, r.pattern.match, r, i in needy) for i, r in group]


def _atom(text: str, s: int, start: int, rule, m) -> Optional[Atom]:
    """The atom of a pattern match at ``s``, with what must come before it."""
    b = None
    if rule.before is not None:
        b = rule.before.match(text, max(start, s - BEFORE_WINDOW), s)   # (?r): anchored at s
        if b is None:
            return None
    begin = b.start() if b is not None and rule.before_in_span else s
    kind = "dmy" if rule.kind == "dm" and (_has_year(m) or (b is not None and _has_year(b))) else rule.kind
    return Atom(begin, m.end(), kind, rule.id, (m, b))


def _has_year(m) -> bool:
    return "y" in m.re.groupindex and bool(m.group("y"))


def _groups(m) -> dict:
    return {k: v for k, v in m.groupdict().items() if v}


def in_symbol(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is glued into a document symbol or a code.

    >>> in_symbol("số 06/2020/QĐ-TTg", 3, 10), in_symbol("mã số ĐTĐLXH.01/17", 13, 18)
    (True, True)
    >>> in_symbol("ngày 2-3/9/2025", 7, 15), in_symbol("441 cá nhân.Ngày 12/12", 12, 22)
    (False, False)
    >>> in_symbol("KH-12/2020", 3, 10), in_symbol("Tài Phan-Thứ tư, 06/04/2016", 9, 27)
    (True, False)
    """
    before = text[start - 1] if start > 0 else " "
    before2 = text[start - 2] if start > 1 else " "
    if before.isalnum():     # a lead word glued to a label ("Bản tin 113Thứ Sáu, ...") is no symbol
        return not (text[start].isupper() and (before.islower() or before.isdigit()))
    if before in "./" and before2.isalnum():   # "ĐTĐLXH.01/17"; not a sentence glued after a full stop
        return not (before == "." and before2.islower() and text[start].isupper())   # "cá nhân.Ngày 12/12"
    if before == "-" and before2.isalpha():   # "KH-12/2020"; a word after the dash is a byline's
        return text[start].isdigit()            # stamp glued to it ("Tài Phan-Thứ tư, ngày 06/04/2016")
    after = text[end] if end < len(text) else " "
    after2 = text[end + 1] if end + 1 < len(text) else " "
    if after.isalnum():
        return True
    return (after == "/" and after2.isalnum()) or (after == "-" and after2.isalpha())
