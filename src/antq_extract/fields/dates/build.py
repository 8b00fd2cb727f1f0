"""From units of the date grammar to DateMention models (or to a coded warning).

Order of resolution for one unit: the year and month shared from the next item of a list
("2/9, 3/9/2024"), the ends of a range completing each other ("ngày 2-3/9/2025"), then the
publication year for what is still year-less (GUIDELINES: Dates), then validation: an
impossible day gives W001, a weekday that is not the date's gives W002, and no mention.

>>> from antq_extract.fields.dates.grammar import find_atoms, units
>>> text = "Chiều 24/5, hội nghị tổng kết giai đoạn 2013-2023."
>>> us = units(find_atoms(text), text)
>>> share_lists(us)
>>> [mention_for(u, text, Reference.of("2023-05-24"))[0].value for u in us]
['2023-05-24', '2013']
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from ...models import DateMention
from .grammar import Unit, period_start
from .values import (Parts, Reference, contradicts, fill_range, infer_year, is_valid,
                           iso, part_of_day, parts_of, quarter_months, time_of, weekday)


@dataclass(frozen=True)
class Problem:
    """A date that gives a warning instead of a value: W001 (impossible) or W002 (weekday)."""

    code: str
    start: int
    end: int
    weekday: Optional[str] = None


def written_parts(u: Unit) -> list[Parts]:
    """The parts the text writes for ``u``, with list sharing and range completion."""
    parts = [parts_of(a.groups) for a in u.atoms]
    last = parts[-1]
    if u.shared:
        if last.m is None and last.d is not None:
            last.m = u.shared.get("m")
        if last.y is None and last.m is not None and u.shared.get("y"):
            last.y = u.shared["y"]
    if len(parts) == 2:
        fill_range(*parts)
    return parts


def share_lists(us: list[Unit]) -> None:
    """Right to left: each list item gets the year and month its next item writes."""
    for u in reversed(us):
        v = u.list_next
        if v is None:
            continue
        first = written_parts(v)[0]
        u.shared = {"y": first.y, "m": first.m}


def _infer(parts: list[Parts], ref: Optional[Reference]) -> None:
    for i, p in enumerate(parts):
        if p.y is None and p.m is not None and ref is not None:
            p.y, p.inferred = infer_year(p.m, p.d, ref), True
            if i == 0 and len(parts) == 2:
                fill_range(*parts)


def mention_for(u: Unit, text: str, ref: Optional[Reference]):
    """(DateMention or None, Problem or None) for one accepted unit."""
    parts = written_parts(u)           # fresh Parts on every call: free to fill in
    if any(p.m is None and p.d is not None for p in parts):
        return None, None               # a bare day whose month nobody wrote
    _infer(parts, ref)
    if not all(is_valid(p) for p in parts):
        return None, Problem("W001", u.start, u.end)
    groups = u.first.groups
    if contradicts(parts[0], weekday(groups)):
        return None, Problem("W002", u.start, u.end, groups.get("wd"))
    pod, pm = part_of_day(groups)
    value, end_value = _values(u, parts)
    start = period_start(text, u)
    return DateMention(start=start, end=u.end, text=text[start:u.end], value=value,
                       end_value=end_value, year_inferred=parts[0].inferred,
                       part_of_day=pod, time=time_of(groups, pm)), None


def _values(u: Unit, parts: list[Parts]) -> tuple[str, Optional[str]]:
    if u.first.kind == "q":
        a, b = quarter_months(u.first.groups)
        y = parts[0].y
        return iso(Parts(y, a)), iso(Parts(y, b))
    value = iso(parts[0])
    return value, iso(parts[1]) if len(parts) == 2 else None
