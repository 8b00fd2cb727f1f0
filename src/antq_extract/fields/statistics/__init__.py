"""Statistics detector: every reported quantity (GUIDELINES: Statistics).

Each number of ``numbers.find_numbers`` is read in its context: the shape of
its token (``stat_guards``: dates, codes, times, glued units, "126/106",
"10-15"), the words before it (qualifiers, and heads that make it a name or an
address: "thôn 11", "Ban Chỉ đạo 799"), and the words after it (``stat_units``:
the unit, or a duration, an age, a word that counts nothing). Numbers inside
the dates and program mentions found earlier, inside short quoted names and in
page chrome are skipped. Decisions on ranges, number words and "một":
docs/annotation-notes/statistics-decisions.md. Rule data: rules/statistics.yaml.
"""
from __future__ import annotations

from ...models import Statistic
from .candidates import _Cand, _Context
from .context import _address, on_start
from .digits import _digits
from .guards import Spans, found_spans, quoted_names
from .measures import measure
from .numbers import NumberScanner
from .spelled import _enumerated_ones, _words
from .words import words as lexicon


def extract(article, found):
    """Statistics in ``article.text`` (normalized offsets), in order."""
    lexicon()   # the unit dictionary loads with the first article, whatever it holds (cached)
    dates, programs = found_spans(found)
    ctx = _Context(article, article.text, Spans(quoted_names(article.text) + programs), Spans(dates))
    cands, pos, scanner = [], 0, NumberScanner(article.text)
    while (n := scanner.next_number(pos)) is not None:
        got, pos = (_words(ctx, n), n.end) if n.words else _digits(ctx, n)
        if got:
            got = [] if any(_address(ctx.text, c) for c in got) else \
                [c for c in got if not article.is_chrome(c.start, c.end)]   # a pair shares its unit
        if got:
            cands += got
            ctx.last_end = got[-1].end
            pos = max(pos, got[-1].end)   # a number inside the unit just read is part of it ("1 xe ba bánh")
        pos, ctx.number_end = max(pos, n.end), n.end
    for c in cands:
        if (start := on_start(ctx.text, c)) is not None:   # "tuần tra trên 275 tuyến đường": on, not over
            c.qualifier, c.start = None, start
    return [_model(ctx.text, c) for c in _without_repeats(ctx.text, _enumerated_ones(ctx.text, cands))]


def _without_repeats(text: str, cands: list[_Cand]) -> list[_Cand]:
    """A quantity written again in words in brackets right after it is one statistic, not two
    ("900.000.000 đồng (chín trăm triệu đồng)", the way money is spelled out in case news)."""
    out: list[_Cand] = []
    for c in cands:
        prev = out[-1] if out else None
        if (prev is not None and (prev.value, prev.unit) == (c.value, c.unit)
                and text[prev.end:c.start].strip() == "(" and text[c.end:c.end + 1] == ")"):
            continue
        out.append(c)
    return out


def _model(text: str, c: _Cand) -> Statistic:
    kind, si_value, si_unit = measure(c.value, c.unit)
    return Statistic(start=c.start, end=c.end, text=text[c.start:c.end], value=c.value,
                     qualifier=c.qualifier, unit=c.unit, measure=kind, si_value=si_value, si_unit=si_unit)
