"""Where a number is not a statistic: the shape of its token and the spans to skip.

A written number sits in a token (a run of non-space characters). Its shape
tells dates ("1/8/2013", "22-1-2019", "20.2"), periods ("2013-2023"), clock and
media times ("15h30", "0:00"), document codes ("09/CTr-BCA", "25-NQ/TW",
"Covid-19"), units glued to digits ("429kg", "95%"), paired counts ("126/106")
and ranges ("10-15"). Spans found by earlier detectors (dates, program
mentions) and short quoted names ("3 giảm, 2 không") are skipped as a whole.
"""
from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

import regex

from .rules import tables

_N = r"\d++(?:[.,]\d++)*+"
_EDGE_OPEN = "([\"'"
_EDGE_CLOSE = ",.;:!?)\"'"
_QUOTE = regex.compile(r'(?<![^\s(\[])"(?=\S)([^"\n]{1,120}?)(?<=\S)"')   # what _quoted_at reads
_SPACE = regex.compile(r"\s")
_MAX_QUOTED_CHARS = 120
_MAX_QUOTED_WORDS = 8
MAX_TOKEN = 64


@lru_cache(maxsize=1)
def _shapes():
    """One pattern, an alternative per shape in order of precedence: fullmatch names the shape."""
    glued = "|".join(sorted((regex.escape(u) for u in tables().measures), key=len, reverse=True))
    shapes = [
        ("time", r"\d{1,2}(?:[hg]|giờ)(?:\d{1,2})?(?:'|p|ph|phút)?|\d{1,2}:\d{2}(?::\d{2})?"),
        ("plain", _N),
        ("glued", rf"{_N}(?i:{glued})(?:/\p{{L}}++)?"),   # a rate per unit too: "1095%/năm", "50.000đ/người"
        ("slash", rf"{_N}/{_N}"),
        ("date", r"\d{1,2}(?P<sep>[/.-])\d{1,2}(?P=sep)\d{2,4}"),
        ("dash", rf"{_N}%?-{_N}(?:(?i:{glued})(?:/\p{{L}}++)?)?"),   # "10%-30%/tháng": the sign written twice
        ("dash_open", rf"{_N}-"),
        ("after_word", rf"\p{{L}}++/{_N}"),
    ]
    return regex.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in shapes))


def token_at(text: str, start: int, end: int) -> tuple[str, int, int]:
    """The token around the number at [start, end), without enclosing punctuation.

    A token longer than ``MAX_TOKEN`` on a side is returned cut (its shape is then
    "code"): no statistic is written that way, and the walk stays bounded.
    """
    lo, hi = max(0, start - MAX_TOKEN), min(len(text), end + MAX_TOKEN)
    before, after = text[lo:start], text[end:hi]   # str.split cuts at str.isspace characters
    a = start if not before or before[-1].isspace() else start - len(before.rsplit(None, 1)[-1])
    b = end if not after or after[0].isspace() else end + len(after.split(None, 1)[0])
    if (a == lo and lo > 0 and not text[a - 1].isspace()) or (b == hi and hi < len(text)
                                                              and not text[b].isspace()):
        return "\x00" + text[a:b], a, b
    while a < start and text[a] in _EDGE_OPEN:
        a += 1
    while b > end and text[b - 1] in _EDGE_CLOSE:
        b -= 1
    return text[a:b], a, b


def shape(token: str) -> str:
    """The kind of token a number is written in; "code" for anything with other letters.

    >>> [shape(t) for t in ["40.000", "95%", "429kg", "126/106", "1/8/2013", "2013-2023", "5-7%",
    ...                     "15h30", "0:00", "09/CTr-BCA", "Covid-19", "vụ/100", "2021-", "10%-30%"]]
    ['plain', 'glued', 'glued', 'slash', 'date', 'dash', 'dash', 'time', 'time', 'code', 'code', 'after_word', 'dash_open', 'dash']
    """
    if token.isdigit():
        return "plain"
    m = _shapes().fullmatch(token)
    return m.lastgroup if m else "code"


_HOUR_G = regex.compile(r"\d{1,2}g")
_CLAUSE_END = regex.compile(r"[.;:!?\n]")
_WEIGH_LOOK = 40


def weighed(text: str, start: int, end: int) -> bool:
    """[start, end) (at most a short stretch of one clause) states a weight: "có trọng lượng"."""
    if end - start > _WEIGH_LOOK or _CLAUSE_END.search(text, start, end):
        return False
    between = text[start:end].casefold()
    return any(cue in between for cue in tables().weight_cues)


def gram_not_hour(text: str, token: str, start: int) -> bool:
    """"5g" after a weight cue in its clause is 5 gram ("trọng lượng khoảng 5g"), not 5 o'clock.

    No hour is past 24 ("khoảng 50g"), and a noun after it that is no time word is what was
    weighed ("thu giữ 5g ma túy"; "5g sáng", "5g ngày 12/3", "9g tại trụ sở" stay hours: a time
    word or a function word follows).

    >>> [gram_not_hour(t, "5g", t.index("5g")) for t in ["có trọng lượng khoảng 5g.", "Đến 5g, đoàn về.",
    ...  "Thu giữ 5g ma túy đá.", "Lúc 5g sáng, đoàn về."]]
    [True, False, True, False]
    >>> gram_not_hour("Thu giữ khoảng 50g.", "50g", 15)
    True
    """
    if not _HOUR_G.fullmatch(token):
        return False
    if int(token[:-1]) > 24:
        return True
    nxt = _NEXT_WORD.match(text, start + len(token))
    t = tables()
    if nxt and nxt.group(1) not in t.date_context and nxt.group(1) not in t.non_units:
        return True
    return weighed_before(text, start)


def weighed_before(text: str, pos: int) -> bool:
    """A weight cue stands before ``pos`` in its clause, at most a short stretch back ("có trọng
    lượng khoảng |5g", "nhẫn trọng lượng 3| chỉ")."""
    clause = max([m.end() for m in _CLAUSE_END.finditer(text, max(0, pos - _WEIGH_LOOK), pos)],
                 default=max(0, pos - _WEIGH_LOOK))
    return weighed(text, clause, pos)


_NEXT_WORD = regex.compile(r"[ ]+(\p{Ll}+)")


def is_day_month(day: int, month: int) -> bool:
    return 1 <= day <= 31 and 1 <= month <= 12


def is_year(numeral: str) -> bool:
    """A four-digit number that reads as a year (1900-2100)."""
    return len(numeral) == 4 and numeral.isdigit() and 1900 <= int(numeral) <= 2100


def quoted_names(text: str) -> list[tuple[int, int]]:
    """Short quoted phrases (names, slogans, model titles): numbers inside are not counts."""
    out, i = [], text.find('"')
    while i >= 0:   # a match starts only at a quote: try there, not at every position
        end = _quoted_at(text, i)
        if end < 0:
            i = text.find('"', i + 1)
            continue
        inner = text[i + 1:end - 1]
        if len(inner.split()) <= _MAX_QUOTED_WORDS and inner.rstrip()[-1:] not in ".!?":
            out.append((i, end))
        i = text.find('"', end)
    return out


def _quoted_at(text: str, i: int) -> int:
    """Where ``_QUOTE`` matching at the quote ``text[i]`` ends, or -1: the phrase runs to the
    next quote, so the pattern's lazy repeat is one ``str.find`` and a few character tests."""
    if i > 0 and text[i - 1] not in "([" and not _SPACE.match(text, i - 1):
        return -1
    j = text.find('"', i + 1)
    if j < i + 2 or j - i - 1 > _MAX_QUOTED_CHARS or "\n" in text[i + 1:j]:
        return -1
    if _SPACE.match(text, i + 1) or _SPACE.match(text, j - 1):
        return -1
    return j + 1


class Spans:
    """Sorted, possibly overlapping spans with a fast overlap test."""

    def __init__(self, spans):
        self.spans = sorted((a, b) for a, b in spans if a is not None and b is not None and a < b)
        self.starts = [a for a, _ in self.spans]
        reach, self.reach = -1, []
        for _, b in self.spans:
            reach = max(reach, b)
            self.reach.append(reach)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_right(self.starts, end - 1) - 1
        return i >= 0 and self.reach[i] > start

    def covering(self, start: int, end: int):
        """The spans that overlap [start, end), in order.

        Walks back from the last span starting before ``end`` only while the running
        maximum of span ends still reaches past ``start``: linear on date-dense text.
        """
        j, spans, reach, out = bisect_right(self.starts, end - 1) - 1, self.spans, self.reach, []
        while j >= 0 and reach[j] > start:
            if spans[j][1] > start:
                out.append(spans[j])
            j -= 1
        out.reverse()
        return out


def found_spans(found: dict) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """(date spans, program mention spans) from the earlier detectors."""
    dates = [(d.start, d.end) for d in (found.get("dates") or [])]
    pub = found.get("published")
    if pub is not None and getattr(pub, "start", None) is not None:
        dates.append((pub.start, pub.end))
    programs = [(m.start, m.end) for p in (found.get("programs") or []) for m in p.mentions]
    return dates, programs
