"""Date expressions as atoms, and how atoms join into ranges and lists.

An *atom* is one match of a ``rules/dates.yaml`` atom ("Chiều 24/5", "năm 2022", "ngày 2"),
found by ``atoms.find_atoms`` (re-exported here with ``Atom``). A *unit* is an atom or a range of two
("ngày 15/12/2020 đến ngày 28/02/2021", "2021- 2025"); units separated by "," or "và" form a
*list* ("2/9, 3/9/2024"), whose items share the year written last.

>>> [len(u.atoms) for u in units(find_atoms("giai đoạn 2013-2023"), "giai đoạn 2013-2023")]
[2]
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from .atoms import Atom, find_atoms   # noqa: F401  (the grammar's atoms, imported from here too)
from .rules import connectors, context_patterns, date_rules

RANGE_PAIRS = {"d": {"dm", "dmy"}, "dm": {"dm", "dmy", "my"}, "dmy": {"dm", "dmy", "my"},
               "m": {"m", "my"}, "my": {"m", "my", "y"}, "y": {"y", "yb", "my"}, "yb": {"y", "yb"}}
# ranges of two precisions: "ngày 08/6 đến hết tháng 8/2024", "năm 2023 đến tháng 6/2025"
LIST_PAIRS = {"d": {"d", "dm", "dmy"}, "dm": {"dm", "dmy"}, "dmy": {"dm", "dmy"},
              "m": {"m", "my"}, "my": {"m", "my"}, "y": {"yb"}, "yb": {"yb"}}


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
    if b.kind not in pairs.get(a.kind, ()):
        return False
    between = text[a.end:b.start]
    if connectors()[how].match(between):
        return True
    # a night and the morning after ("Đêm 20 rạng sáng 21/4", "đêm 19/9 rạng sáng 20/9"): a day
    # or a date with its part of day, then the date with its own, one range
    return (how == "range" and a.kind in ("d", "dm") and _night(a.group("pod")) and _morning(b.group("pod"))
            and bool(connectors()["overnight"].match(between)))


def _night(pod) -> bool:
    return bool(pod) and pod.casefold().split()[-1] in date_rules().words.night_words


def _morning(pod) -> bool:
    return bool(pod) and pod.casefold().split()[-1] in date_rules().words.morning_words   # "rạng sáng", "sáng sớm"


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
