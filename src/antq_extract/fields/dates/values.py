"""Values of date expressions: ISO strings, clock times, parts of day, inferred years.

Pure helpers, no article needed (GUIDELINES: Dates).

>>> iso(Parts(2019, 3, 11)), iso(Parts(None, 6, 6)), iso(Parts(2022, 3, None)), iso(Parts(2022))
('2019-03-11', '--06-06', '2022-03', '2022')
>>> clock("15h30"), clock("13h"), clock("2:05:53"), clock("3h", pm=True)
('15:30', '13:00', '02:05:53', '15:00')
>>> ref = Reference.of("2023-05-24")
>>> infer_year(5, 24, ref), infer_year(12, 28, Reference.of("2024-01-03"))
(2023, 2023)
"""
from __future__ import annotations

import calendar
from dataclasses import dataclass
from functools import lru_cache
from datetime import date
from typing import Optional

import regex

from .rules import date_rules


@lru_cache(maxsize=1)
def _hourtime() -> regex.Pattern:
    """An hour and its minutes ("15h30", "9 giờ 15"): rules/dates.yaml hour_marks."""
    marks = "|".join(regex.escape(m) for m in sorted(date_rules().words.hour_marks, key=len, reverse=True))
    return regex.compile(rf"(\d{{1,2}})[ ]*(?:{marks})(?:[ ]*(\d{{2}}))?", regex.IGNORECASE)


_ISO = regex.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
MIN_YEAR, MAX_YEAR = 1900, 2100   # a plausible publication year; year inference looks one year either side
QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}


@dataclass
class Parts:
    """Year, month and day of one end of a date expression; ``inferred``: year not written."""

    y: Optional[int] = None
    m: Optional[int] = None
    d: Optional[int] = None
    inferred: bool = False


@dataclass(frozen=True)
class Reference:
    """The publication date years are inferred from: a full date, or only its year."""

    year: int
    day: Optional[date]

    @classmethod
    def of(cls, value: Optional[str]) -> Optional["Reference"]:
        """From an ISO string ("2023-05-24", "2023-05-24T10:00", "2023"), or None."""
        m = _ISO.match(value or "")
        if not m:
            return None
        y, mo, d = (int(g) if g else None for g in m.groups())
        try:
            return cls(y, date(y, mo, d) if mo and d else None)
        except ValueError:
            return cls(y, None)


def metadata_date(value: Optional[str]) -> Optional[str]:
    """A publication date given with the input, as the ISO date it states, or None when it
    states none: "2024-02-14", "2024-02" and "2024" are kept, a time after the day
    ("2024-02-14T08:05+07:00") is dropped; an impossible or out-of-range date is None.

    >>> metadata_date("2024-02-14T08:05:00+07:00"), metadata_date("2024-02"), metadata_date("2024-02-30")
    ('2024-02-14', '2024-02', None)
    >>> metadata_date("garbage"), metadata_date("9999-12-31"), metadata_date("0000-01-01")
    (None, None, None)
    """
    m = _ISO.match(value or "")
    if not m or (len(value) > m.end() and not (m.group(3) and value[m.end()] in "T ")):
        return None
    y, mo, d = (int(g) if g else None for g in m.groups())
    try:
        date(y, mo or 1, d or 1)
    except ValueError:
        return None
    return m.group() if MIN_YEAR <= y <= MAX_YEAR else None


def words_key(text: str) -> str:
    """The key of a word table: case-folded, single spaces."""
    return " ".join(text.split()).casefold()


def iso(p: Parts) -> str:
    """ISO 8601 at the precision written; "--MM-DD" / "--MM" when the year is unknown."""
    if p.y is None:
        return f"--{p.m:02d}-{p.d:02d}" if p.d else f"--{p.m:02d}"
    if p.m is None:
        return f"{p.y:04d}"
    return f"{p.y:04d}-{p.m:02d}-{p.d:02d}" if p.d else f"{p.y:04d}-{p.m:02d}"


def clock(text: Optional[str], pm: bool = False) -> Optional[str]:
    """A written clock time as "HH:MM" or "HH:MM:SS"; ``pm`` adds 12 hours before noon."""
    if not text:
        return None
    if ":" in text:
        fields = [int(x) for x in text.split(":")]
    else:
        m = _hourtime().search(text)
        fields = [int(m.group(1)), int(m.group(2) or 0)]
    if pm and fields[0] < 12:
        fields[0] += 12
    return ":".join(f"{x:02d}" for x in fields)


def part_of_day(groups: dict) -> tuple[Optional[str], bool]:
    """(canonical part of day, whether an am/pm word after the clock says after noon)."""
    words = date_rules().words
    if groups.get("pod"):
        return words.part_of_day[words_key(groups["pod"])], False
    if groups.get("ap"):
        ap = words.ampm[words_key(groups["ap"])]
        return ap.part_of_day, ap.pm
    return None, False


def time_of(groups: dict, pm: bool) -> Optional[str]:
    """The clock time written with the date, 24-hour: moved 12 hours by an am/pm word (``pm``)
    or by the part of the day in the hours ``words.pm_hours`` gives it (rules/dates.yaml)."""
    text = groups.get("t") or groups.get("t2")
    if not text:
        return None
    value = clock(text)
    if pm or (groups.get("pod") and _after_noon(groups, int(value[:2]))):
        value = clock(text, pm=True)
    return value


def _after_noon(groups: dict, hour: int) -> bool:
    words = date_rules().words
    low, high = words.pm_hours.get(words.part_of_day[words_key(groups["pod"])], (0, 0))
    return low <= hour < high


def weekday(groups: dict) -> Optional[int]:
    wd = groups.get("wd")
    return date_rules().words.weekdays[words_key(wd)] if wd else None


def parts_of(groups: dict) -> Parts:
    y, m, d = groups.get("y"), groups.get("m"), groups.get("d")
    return Parts(int(y) if y else None, int(m) if m else None, int(d) if d else None)


def quarter_months(groups: dict) -> tuple[int, int]:
    q = QUARTERS[groups["q"].casefold()]
    return 3 * q - 2, 3 * q


def one_month_after(day: date) -> date:
    y, m = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
    return date(y, m, min(day.day, calendar.monthrange(y, m)[1]))


def infer_year(m: int, d: Optional[int], ref: Reference) -> int:
    """The publication year, or the year before when the date would fall more than a month
    after publication (GUIDELINES: Dates)."""
    if ref.day is None:
        return ref.year
    last = calendar.monthrange(ref.year, m)[1]
    candidate = date(ref.year, m, min(d or 1, last))
    return ref.year - 1 if candidate > one_month_after(ref.day) else ref.year


def fill_range(a: Parts, b: Parts) -> None:
    """A range's ends share what only one of them writes ("ngày 2-3/9/2025")."""
    if a.m is None and b.m is not None and a.d is not None:
        # a day after the end's day is in the month before it ("đêm 30 rạng sáng 1/5": 30/4)
        a.m = b.m if b.d is None or a.d <= b.d else (b.m - 2) % 12 + 1
    if a.y is None and b.y is not None and a.m is not None:
        a.y = b.y - (1 if (a.m, a.d or 1) > (b.m or 12, b.d or 31) else 0)
        a.inferred = b.inferred
    if b.y is None and a.y is not None and b.m is not None:
        b.y = a.y + (1 if (b.m, b.d or 31) < (a.m, a.d or 1) else 0)
        b.inferred = a.inferred


def is_valid(p: Parts) -> bool:
    """False for a day the calendar does not have ("31/2/2023"); 29/2 without a year is fine."""
    if p.m is None or p.d is None:
        return True
    try:
        date(p.y if p.y is not None else 2000, p.m, p.d)
    except ValueError:
        return False
    return True


def contradicts(p: Parts, wd: Optional[int]) -> bool:
    """True when a written weekday is not the weekday of the (full) date."""
    if wd is None or None in (p.y, p.m, p.d) or not is_valid(p):
        return False
    return date(p.y, p.m, p.d).weekday() != wd
