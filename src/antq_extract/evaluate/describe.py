"""How a matched item reads for people, in one line (the diff, the reports, the label exports)."""

from __future__ import annotations

from typing import Callable

from .match import Item, number_key


def show_number(value) -> str:
    """A statistic value for people: 40000, 1.5 (never 4e+04)."""
    return str(number_key(value))


def _describe_date(d) -> str:
    out = d.value + (f"..{d.end_value}" if d.end_value else "")
    out += f" ({d.part_of_day})" if d.part_of_day else ""
    return out + (" [year inferred]" if d.year_inferred else "")


_DESCRIBE: dict[str, Callable] = {
    "published": _describe_date,
    "dates": _describe_date,
    "programs": lambda p: f"{p.kind} {p.number}" + (f" [{p.code}]" if p.code else ""),
    "officials": lambda o: o.name + (f" ({o.rank})" if o.rank else ""),
    "ranks": lambda r: r.rank + (f" -> {r.official}" if r.official else ""),
    "statistics": lambda s: " ".join(x for x in (show_number(s.value), s.unit or "") if x)
    + (f" ({s.qualifier})" if s.qualifier else ""),
    "places": lambda p: f"{p.name} [{p.code or '?'}]",
}


def describe(item: Item) -> str:
    """What an item says, in one line: "40000 buổi (more_than)", "Đại tá -> Phạm Đăng Khoa"."""
    return _DESCRIBE[item.field](item.obj)
