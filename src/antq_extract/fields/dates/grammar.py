"""Date expressions as atoms, and how atoms join into ranges and lists.

An *atom* is one match of a ``rules/dates.yaml`` atom ("Chiều 24/5", "năm 2022", "ngày 2").
Atoms are found with every pattern, kept leftmost-longest, and dropped when they sit inside a
document symbol ("06/2020/QĐ-TTg", "ĐTĐLXH.01/17"). A *unit* is an atom or a range of two
("ngày 15/12/2020 đến ngày 28/02/2021", "2021- 2025"); units separated by "," or "và" form a
*list* ("2/9, 3/9/2024"), whose items share the year written last.

>>> [(a.kind, a.start, a.end) for a in find_atoms("Chiều 24/5, Công an tỉnh họp.")]
[('dm', 0, 10)]
>>> [len(u.atoms) for u in units(find_atoms("giai đoạn 2013-2023"), "giai đoạn 2013-2023")]
[2]
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

import regex

from .rules import FLAGS, compiled_atoms, connectors, context_patterns, date_rules

BEFORE_WINDOW = 48   # how far back a 'before' pattern may start
ATOM_REACH = 96      # how far a pattern may reach after its digits
# a run of digits that does not continue another number ("1.672.241": only "1"), found in C;
# four digits after "." may be a year ("tháng 12.2023")
_DIGITS = regex.compile(r"\d(?<!\d\d)(?:(?<![\p{L}\d][.,:]\d)\d*|(?<=\d\.\d)\d{3}(?!\d))")
STRONG_GROUPS = ("t", "pod", "wd", "ngay", "rel", "tl", "yl", "ql", "y")
RANGE_PAIRS = {"d": {"dm", "dmy"}, "dm": {"dm", "dmy"}, "dmy": {"dm", "dmy"},
               "m": {"m", "my"}, "my": {"m", "my"}, "y": {"y", "yb"}, "yb": {"y", "yb"}}
LIST_PAIRS = {"d": {"d", "dm", "dmy"}, "dm": {"dm", "dmy"}, "dmy": {"dm", "dmy"},
              "m": {"m", "my"}, "my": {"m", "my"}, "y": {"yb"}, "yb": {"yb"}}


@dataclass
class Atom:
    """One date expression as matched: span in the normalized text, kind and groups."""

    start: int
    end: int
    kind: str
    rule: str
    groups: dict

    def group(self, name: str) -> Optional[str]:
        return self.groups.get(name)

    @property
    def strong(self) -> bool:
        """True when the atom itself says it is a date (a cue word, a year, a clock)."""
        return any(self.groups.get(g) for g in STRONG_GROUPS)


@dataclass
class Unit:
    """An atom, or a range start-end; ``accepted`` once it is known to be a date."""

    atoms: list
    start: int
    end: int
    accepted: bool = False
    list_next: Optional["Unit"] = None
    shared: dict = field(default_factory=dict)   # y/m taken from a list neighbour

    @property
    def first(self) -> Atom:
        return self.atoms[0]

    @property
    def last(self) -> Atom:
        return self.atoms[-1]


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
    groups, begin = _groups(m), s
    if b is not None:
        groups.update(_groups(b))
        begin = b.start() if rule.before_in_span else s
    kind = "dmy" if rule.kind == "dm" and "y" in groups else rule.kind
    return Atom(begin, m.end(), kind, rule.id, groups)


def _groups(m) -> dict:
    return {k: v for k, v in m.groupdict().items() if v}


def in_symbol(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is glued into a document symbol or a code.

    >>> in_symbol("số 06/2020/QĐ-TTg", 3, 10), in_symbol("mã số ĐTĐLXH.01/17", 13, 18)
    (True, True)
    >>> in_symbol("ngày 2-3/9/2025", 7, 15)
    False
    """
    before = text[start - 1] if start > 0 else " "
    before2 = text[start - 2] if start > 1 else " "
    if before.isalnum():
        return True
    if before in "./" and before2.isalnum():
        return True
    if before == "-" and before2.isalpha():
        return True
    after = text[end] if end < len(text) else " "
    after2 = text[end + 1] if end + 1 < len(text) else " "
    if after.isalnum():
        return True
    return (after == "/" and after2.isalnum()) or (after == "-" and after2.isalpha())


def units(atoms: list[Atom], text: str) -> list[Unit]:
    """Join atoms into ranges, link list items, and mark which units are dates."""
    out, i = [], 0
    while i < len(atoms):
        a = atoms[i]
        b = atoms[i + 1] if i + 1 < len(atoms) else None
        if b is not None and _joins(text, a, b, "range", RANGE_PAIRS) and _range_ok(text, a, b):
            out.append(Unit([a, b], a.start, b.end))
            i += 2
        else:
            out.append(Unit([a], a.start, a.end))
            i += 1
    for u, v in zip(out, out[1:]):
        if _joins(text, u.last, v.first, "list", LIST_PAIRS):
            u.list_next = v
    _accept(out, text)
    return out


def _joins(text: str, a: Atom, b: Atom, how: str, pairs: dict) -> bool:
    return b.kind in pairs.get(a.kind, ()) and bool(connectors()[how].match(text[a.end:b.start]))


def _range_ok(text: str, a: Atom, b: Atom) -> bool:
    """A range of bare years must read as years: ordered, close, not a count."""
    if "yb" not in (a.kind, b.kind):
        return True
    lim = date_rules().limits
    y1, y2 = int(a.group("y")), int(b.group("y"))
    if not (lim.bare_year_min <= min(y1, y2) and 0 < y2 - y1 <= lim.bare_year_span):
        return False
    if a.kind == "yb" and b.kind == "yb" and "-" not in text[a.end:b.start] \
            and not connectors()["from"].search(text[max(0, a.start - 12):a.start]):
        return False
    return not context_patterns()["count_after"].match(text[b.end:b.end + 20])


def _accept(out: list[Unit], text: str) -> None:
    """Mark units that are dates: cued, ranged, or listed with one that is."""
    for u in out:
        u.accepted = _says_date(u, text)
    changed = True
    while changed:  # list neighbours accept each other, in both directions
        changed = False
        for u in out:
            v = u.list_next
            if v is not None and u.accepted != v.accepted and _list_member(u) and _list_member(v):
                u.accepted = v.accepted = changed = True


def _says_date(u: Unit, text: str) -> bool:
    """A unit is a date by itself when a word, a year or a clock says so; else when it is a
    range, or a weak cue ("vào", "từ", "đến" ...) stands before it, and no count word follows."""
    first = u.first
    if first.kind in ("d", "yb"):
        if len(u.atoms) == 2:
            return first.kind == "yb" or u.last.group("m") is not None
        return first.kind == "d" and bool(first.group("ngay"))   # dropped later if no month joins it
    if first.rule == "words" and first.kind == "dm" and not _has_lead(first):
        return False                                             # "6 tháng 6" can be a duration
    if any(a.strong for a in u.atoms):
        return True
    ctx = context_patterns()
    if ctx["count_after"].match(text[u.end:u.end + 20]):
        return False
    # two day-months joined as a range ("30/4 - 1/5") read as dates by their shape
    return len(u.atoms) == 2 or bool(ctx["cue_before"].search(text[max(0, u.start - 12):u.start]))


def _has_lead(atom: Atom) -> bool:
    return any(atom.group(g) for g in ("t", "pod", "wd", "ngay"))


def _list_member(u: Unit) -> bool:
    """A bare day or bare year joins a list only next to a date that gives it sense."""
    if u.first.kind == "d" and len(u.atoms) == 1:
        v = u.list_next
        return v is not None and (v.first.kind in ("d", "dm", "dmy"))
    return True


def period_start(text: str, u: Unit) -> int:
    """Where the span of a range starts: before a period noun ("giai đoạn 2013-2023")."""
    if len(u.atoms) != 2:
        return u.start
    window = max(0, u.start - 20)
    m = context_patterns()["period_noun"].search(text[window:u.start])
    return window + m.start(1) if m else u.start
