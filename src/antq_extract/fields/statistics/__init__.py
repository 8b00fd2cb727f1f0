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

from dataclasses import dataclass
from typing import Optional

import regex

from ...models import Statistic
from .numbers import (MAX_NUMERAL, NumberScanner, NumberSpan, digits_decimal, digits_number_at,
                      parse_digits, scale_after, to_number)
from .guards import (Spans, found_spans, gram_not_hour, is_day_month, is_year, quoted_names, shape,
                     token_at, weighed)
from ..officials.names import surnames
from .words import words as lexicon
from .measures import measure
from .rules import tables
from .units import fold, head_before, read_qualifier, read_unit, words_after, words_before

COUNTABLE = ("noun", "classifier", "measure", "percent", "money")
_SENTENCE_START = "\n.!?:;\"(-"
_DASH_AFTER = regex.compile(r"[ ]*+-[ ]*+(\d++(?:[.,]\d++)*+)(?![\d/-]|[.,]\d)")
_RANGE_TO = regex.compile(r"[ ]+(?:đến|tới)[ ]+(\d++(?:[.,]\d++)*+)(?![\p{L}\d/-]|[.,]\d)")
_COUNT_OF = regex.compile(r"(?i:(?<!\p{L})(?:tổng[ ]+)?số[ ]+(?:lượng[ ]+)?)(?=\p{L})")
_CLAUSE_END = regex.compile(r"[.;:!?\n]")
_BARE_DAY_MONTH = regex.compile(r"\d{1,2}/\d{1,2}")
_DEMONSTRATIVES = frozenset({"này", "đó", "ấy", "kia", "nọ"})
_COUNT_LINKS = frozenset({"lên", "là", "tới"})
_LOOK = 60   # every look past a number is bounded, so a huge line stays linear


@dataclass
class _Cand:
    start: int
    end: int
    value: float
    qualifier: Optional[str]
    unit: Optional[str]
    one: bool = False   # "một" read as a count only inside an enumeration
    listed: bool = False  # a number word before a noun not in counted_nouns: only after a listed count


@dataclass
class _Context:
    article: object
    text: str
    skip: Spans         # quoted names and program mentions
    dates: Spans        # dates found by the dates detector
    last_end: int = -1  # end of the last statistic (for "65 vụ/100 bị can")
    number_end: int = -1  # end of the number read before this one


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
        pos, ctx.number_end = max(pos, n.end), n.end
    return [_model(ctx.text, c) for c in _enumerated_ones(ctx.text, cands)]


def _model(text: str, c: _Cand) -> Statistic:
    kind, si_value, si_unit = measure(c.value, c.unit)
    return Statistic(start=c.start, end=c.end, text=text[c.start:c.end], value=c.value,
                     qualifier=c.qualifier, unit=c.unit, measure=kind, si_value=si_value, si_unit=si_unit)


def _date_context(text: str, pos: int) -> bool:
    """The words right before ``pos`` introduce a date ("ngày", "sáng", "từ"), or a line starts."""
    words = words_before(text, pos)
    if words:
        return fold(words[-1][0]) in tables().date_context
    before = text[max(0, pos - 3):pos].rstrip(" ")
    return before == "" or before.endswith("\n")


def _digits(ctx: _Context, n: NumberSpan) -> tuple[list[_Cand], int]:
    """Statistics from a written numeral and the token it is in; and how far the token reaches."""
    text = ctx.text
    if len(n.numeral) > MAX_NUMERAL:
        return [], n.end
    in_date = ctx.dates.covering(n.start, n.end) if ctx.dates.overlaps(n.start, n.end) else []
    if in_date and not (len(in_date) == 1 and _BARE_DAY_MONTH.fullmatch(text, *in_date[0])):
        return [], max(n.end, *(e for _, e in in_date))    # inside a date found earlier
    tok, a, b = token_at(text, n.start, n.end)
    sign = tok[:1] if tok[:1] in "+-" and a == n.start - 1 and text[a - 1:a] == "(" else ""
    if sign:
        tok, a = tok[1:], a + 1
    kind = "plain" if n.scaled else shape(tok)
    if kind == "time" and gram_not_hour(text, tok, a):
        kind = "glued"
    reach = max(b, n.end)
    if sign and kind in ("plain", "glued"):
        return _signed(ctx, n, sign, kind), reach
    if ctx.skip.overlaps(n.start, n.end) or kind in ("time", "date", "code"):
        return [], reach
    if in_date and not _bare_day_month_pair(ctx, tok, a, b):
        return [], reach
    if kind == "after_word":
        return _after_unit(ctx, n, reach)
    head = head_before(text, a)
    if head and not _counts_despite_head(text, head, b):
        return [], reach
    if kind == "slash":
        return _pair(ctx, tok, a), reach
    if kind in ("dash", "dash_open"):
        return _dash(ctx, n, tok, a, reach)
    if kind == "glued":
        return _glued(ctx, n), reach
    return _plain(ctx, n)


def _signed(ctx: _Context, n: NumberSpan, sign: str, kind: str) -> list[_Cand]:
    """A change written with its sign in parentheses: "giảm 15 vụ (-8,8%)", "(+3 vụ)"."""
    got = _glued(ctx, n) if kind == "glued" else _plain(ctx, n)[0]
    return [_Cand(n.start - 1, c.end, -c.value if sign == "-" else c.value, c.qualifier, c.unit)
            for c in got[:1]]


def _counts_despite_head(text: str, head: str, end: int) -> bool:
    """A measure, money or percent unit follows ("ở mức 95%"), or a counted noun follows a
    group head ("Tổ 3 người"; not an address noun: "tổ 9 phường Tân Thịnh"): the number counts
    although a head word is right before it."""
    unit = read_unit(text, end)
    if unit is None:
        return False
    t = tables()
    return unit.kind in ("measure", "money", "percent") or \
        (head in t.group_heads and unit.kind in ("noun", "classifier") and unit.first in t.counted_nouns
         and unit.first not in t.address_nouns)


def _bare_day_month_pair(ctx: _Context, tok: str, a: int, b: int) -> bool:
    """A date found as "09/09" that reads as a paired count ("09/09 thành viên")."""
    if not _BARE_DAY_MONTH.fullmatch(tok) or ctx.dates.covering(a, b) != [(a, b)]:
        return False
    return bool(_pair(ctx, tok, a))


def _glued(ctx: _Context, n: NumberSpan) -> list[_Cand]:
    """A unit written onto the digits: "429kg", "95%", "3.5%"."""
    value = n.value if n.value is not None else parse_digits(n.numeral, dot_decimal=True)
    unit = read_unit(ctx.text, n.end)
    if value is None or unit is None or unit.kind not in COUNTABLE or _house_suffix(unit.unit):
        return []
    q, qs = read_qualifier(ctx.text, n.start)
    return [_Cand(qs, unit.end, value, q, unit.unit)]


def _after_unit(ctx: _Context, n: NumberSpan, reach: int) -> tuple[list[_Cand], int]:
    """The second count of "65 vụ/100 bị can": right after the first statistic and a "/"."""
    if ctx.last_end != n.start - 1 or ctx.text[n.start - 1] != "/":
        return [], reach
    return _plain(ctx, n)


def _pair(ctx: _Context, tok: str, a: int) -> list[_Cand]:
    """"126/106 tin": two counts sharing the unit after the second; not a date "30/4"."""
    text = ctx.text
    first, second = tok.split("/")
    v1, v2 = parse_digits(first), parse_digits(second)
    end2 = a + len(tok)
    unit = read_unit(text, end2)
    if v1 is None or v2 is None or (is_year(second) and v1 <= 12):
        return []
    if unit is None or unit.kind not in COUNTABLE:
        return []
    if first.isdigit() and second.isdigit() and is_day_month(int(first), int(second)) \
            and _date_context(text, a):
        return []
    q, qs = read_qualifier(text, a)
    return [_Cand(qs, a + len(first), v1, q, unit.unit),
            _Cand(a + len(first) + 1, unit.end, v2, None, unit.unit)]


def _dash(ctx: _Context, n: NumberSpan, tok: str, a: int, reach: int) -> tuple[list[_Cand], int]:
    """"10-15 vụ" (a range: two statistics) or "2013-2023", "12-4" (dates, skipped)."""
    m = _DASH_AFTER.match(ctx.text, n.end, n.end + _LOOK)
    if not m:
        return [], reach
    got, end = _range(ctx, n, m.group(1), m.start(1), a)
    return got, max(reach, m.end(1), end)


def _range(ctx: _Context, n: NumberSpan, second: str, start2: int, a: int) -> tuple[list[_Cand], int]:
    """Two statistics, and where the upper bound's scale words end; a scale word written once,
    after the upper bound, scales both ("từ 12 - 38 triệu đồng": 12 000 000 to 38 000 000 đồng)."""
    text = ctx.text
    if is_year(n.numeral) and (is_year(second) or len(second) == 2):
        return [], -1
    upper = digits_number_at(text, start2)
    unit = read_unit(text, upper.end) if upper else None
    if n.value is None or upper is None or upper.value is None or unit is None \
            or unit.kind not in COUNTABLE:
        return [], -1
    if n.numeral.isdigit() and second.isdigit() and is_day_month(int(n.numeral), int(second)) \
            and _date_context(text, a):
        return [], -1
    q, qs = read_qualifier(text, n.start)
    return [_Cand(qs, n.end, _lower_bound(text, n, second, start2), q, unit.unit),
            _Cand(start2, unit.end, upper.value, None, unit.unit)], upper.end


def _lower_bound(text: str, n: NumberSpan, second: str, start2: int):
    """The lower bound of a range: scaled by the upper bound's scale when it has none of its own
    and is not above the upper bound's numeral ("12 - 38 triệu"; "900 - 1,2 triệu" is left)."""
    scale = 1 if n.scaled else scale_after(text, start2 + len(second))
    low, high = digits_decimal(n.numeral), digits_decimal(second)
    if scale == 1 or low is None or high is None or low > high:
        return n.value
    return to_number(low * scale)


def _plain(ctx: _Context, n: NumberSpan) -> tuple[list[_Cand], int]:
    """A numeral with its scale words: the unit after it decides."""
    text = ctx.text
    if _DASH_AFTER.match(text, n.end, n.end + _LOOK):
        return _dash(ctx, n, n.numeral, n.start, n.end)
    words = words_before(text, n.start)
    to = _RANGE_TO.match(text, n.end, n.end + _LOOK)
    if to and words and fold(words[-1][0]) == "từ":
        got, end = _range(ctx, n, to.group(1), to.start(1), words[-1][1])   # date words before "từ"
        return got, max(to.end(1), end)
    unit = read_unit(text, n.end)
    value = n.value
    if n.numeral[:1] == "0" and n.numeral[1:2] != "," and sum(c.isdigit() for c in n.numeral) >= 4:
        return [], n.end          # a phone number or a code, "0912.345.678"; "0,338" is a decimal
    if value is None and unit is not None and unit.kind in ("percent", "measure"):
        value = parse_digits(n.numeral, dot_decimal=True)
    if value is None:
        return [], n.end
    if unit is None or unit.kind == "non_unit":
        return _bare(ctx, n, value), n.end
    if unit.kind not in COUNTABLE or _is_year_not_count(n, unit) or _named(text, n, unit) \
            or _house_number(text, n, words):
        return [], n.end
    q, qs = read_qualifier(text, n.start)
    if q is None and _at_least_after(text, unit.end):
        q = "at_least"
        qs = words[-1][1] if words and fold(words[-1][0]) == "từ" else qs
    return [_Cand(qs, unit.end, value, q, unit.unit)], n.end


def _is_year_not_count(n: NumberSpan, unit) -> bool:
    """"Kỷ Hợi 2019 giữa ...": a bare year, unless a counted noun follows ("2019 người")."""
    t = tables()
    return is_year(n.numeral) and unit.first not in t.counted_nouns and unit.first not in t.classifiers


def _named(text: str, n: NumberSpan, unit) -> bool:
    """"SEA Games 31 diễn ra": a capitalized name right before, and no counted noun after."""
    words = words_before(text, n.start)
    if not words or not words[-1][0][:1].isupper() or unit.kind != "noun":
        return False
    if _sentence_initial(text, words[-1][1]) or words[-1][0].isupper():
        return False
    t = tables()
    return unit.first not in t.counted_nouns and unit.first not in t.classifiers \
        and fold(unit.unit) not in t.compounds and fold(unit.unit) not in t.counted_nouns


def _house_number(text: str, n: NumberSpan, words) -> bool:
    """A house number before a street name (two capitalized words): after an address cue ("trú
    tại 15 Nguyễn Trãi"; "tại 5 Công an phường" counts units), or a street named after a person,
    whose first word is a surname ("45 Lê Lợi", "316 Nguyễn Thái Sơn"): no count is written so."""
    after = words_after(text, n.end)[:2]
    if len(after) < 2 or not all(w[:1].isupper() for w, _, _ in after):
        return False
    if words and fold(words[-1][0]) in tables().address_cues:
        return True
    return after[0][0].casefold() in surnames()


def _address(text: str, c: _Cand) -> bool:
    """The "unit" read after a number is part of an address, whatever path read it ("226/11 Nguyễn
    Thái Sơn", "117 - 117A Lê Đức Thọ", "52/5 đường số 3"): a street named after a person (a
    surname followed by a capitalized word), a house-number letter, or a street noun followed by
    its own number."""
    unit = c.unit or ""
    if _house_suffix(unit):
        return True
    first = unit.split(" ", 1)[0]
    nxt = words_after(text, c.end)[:1]
    if not nxt:
        return False
    word = nxt[0][0]
    if first[:1].isupper() and first.casefold() in surnames():
        return word[:1].isupper()
    return fold(first) in tables().address_nouns and (fold(word) == "số" or word[:1].isdigit())


def _house_suffix(unit: str) -> bool:
    """One capital letter glued to digits is a house or plot number ("117A", "216R"), not a unit."""
    return len(unit) == 1 and unit.isupper()


def _at_least_after(text: str, pos: int) -> bool:
    after = words_after(text, pos)[:2]
    return fold(" ".join(w for w, _, _ in after)) in tables().at_least_after


def _bare(ctx: _Context, n: NumberSpan, value) -> list[_Cand]:
    """A number with no unit after it: "nâng số người thiệt mạng lên 6", or a scaled amount."""
    text = ctx.text
    q, qs = read_qualifier(text, n.start)
    words = words_before(text, qs)
    if words and fold(words[-1][0]) in _COUNT_LINKS:
        clause = max(0, n.start - 80)
        ends = list(_CLAUSE_END.finditer(text, clause, n.start))
        clause = ends[-1].end() if ends else clause
        counts = list(_COUNT_OF.finditer(text, clause, words[-1][1]))
        unit = read_unit(text, counts[-1].end() - 1) if counts else None
        if unit is not None and unit.kind in ("noun", "classifier"):
            return [_Cand(counts[-1].start(), n.end, value, q, unit.unit)]
    if n.scaled and not ctx.text[n.end:n.end + 1].isalpha():
        return [_Cand(qs, n.end, value, q, None)]
    return []


def _words(ctx: _Context, n: NumberSpan) -> list[_Cand]:
    """A number written in words counts before a counted noun ("hai xe máy"), not as a name."""
    text = ctx.text
    if n.value is None or ctx.skip.overlaps(n.start, n.end) or ctx.dates.overlaps(n.start, n.end):
        return []
    words = words_before(text, n.start)
    if words and fold(words[-1][0]) == "cả" or _after_number(ctx, n) or _year_word(n, words):
        return []
    if n.numeral[0].isupper() and not _sentence_initial(text, n.start):
        return []
    if head_before(text, n.start):   # pure tests, the dearest last
        return []
    unit = read_unit(text, n.end)
    if unit is None:
        return []
    counted = _counted(text, unit, n)
    if not counted and not _noun_written_lower(text, unit):
        return []
    if any(fold(w) in _DEMONSTRATIVES for w, _, _ in words_after(text, unit.end)[:2]):
        return []
    q, qs = read_qualifier(text, n.start)
    return [_Cand(qs, unit.end, n.value, q, unit.unit, one=n.value == 1 and not n.scaled,
                  listed=not counted)]


def _after_number(ctx: _Context, n: NumberSpan) -> bool:
    """A number word right after a number is its unit, not a second number: "1 năm tổ chức",
    "sau ba năm" (years), "2 ba lô" (a noun)."""
    gap = ctx.text[ctx.number_end:n.start] if 0 <= ctx.number_end < n.start else "x"
    return gap.strip(" ") == ""


def _year_word(n: NumberSpan, words) -> bool:
    """"năm" after "mỗi", "hằng", "các", "trong" ... is the noun year ("hằng năm tổ chức")."""
    return fold(n.numeral.split(" ", 1)[0]) == "năm" and bool(words) \
        and fold(words[-1][0]) in tables().year_before


def _counted(text: str, unit, n: NumberSpan) -> bool:
    t = tables()
    if unit.kind in ("money", "measure", "percent", "classifier"):
        return True
    if unit.kind != "noun":
        return False
    start = unit.end - len(unit.unit)
    if text[start:start + 1].isupper():
        return False          # "Hai Bà Trưng", "Ba Đình": a name
    return unit.first in t.counted_nouns or fold(unit.unit) in t.counted_nouns


def _noun_written_lower(text: str, unit) -> bool:
    """A noun in lower case ("mũ bảo hiểm"): it may be an item of a list of counts."""
    return unit.kind == "noun" and text[unit.end - len(unit.unit):][:1].islower()


def _sentence_initial(text: str, pos: int) -> bool:
    before = text[max(0, pos - 4):pos].rstrip(" ")
    return before == "" or before[-1] in _SENTENCE_START


def _enumerated_ones(text: str, cands: list[_Cand]) -> list[_Cand]:
    """Keep "một ..." only inside an enumeration of counts ("2 xe máy, một điện thoại") or before
    the item's weight ("một gói ma túy có trọng lượng 5g"), and a
    number word before any other noun only as a later item of a list ("2 xe máy, hai mũ bảo
    hiểm"): a kept count before it, and a comma or "và" right before it."""
    rule, kept = tables().article_one, []
    for i, c in enumerate(cands):
        before = text[kept[-1].end:c.start] if kept else None
        if (c.one or c.listed) and _after_seizure(text, c.start):
            ok = True
        elif c.listed:
            ok = before is not None and _listed(before, rule) and _joined_before(before, rule)
        elif c.one:
            nxt = cands[i + 1] if i + 1 < len(cands) and not cands[i + 1].listed else None
            between = text[c.end:nxt.start] if nxt is not None else ""
            ok = (before is not None and _listed(before, rule)) \
                or (nxt is not None and ((_listed(between, rule) and _joined_before(between, rule))
                                         or (measure(nxt.value, nxt.unit)[0] == "weight" and weighed(text, c.end, nxt.start))))
        else:
            ok = True
        if ok:
            kept.append(c)
    return kept


def _after_seizure(text: str, start: int) -> bool:
    """Right after a verb of seizure ("tạm giữ một sà lan", "thu giữ ba hột xí ngầu")."""
    before = fold(text[max(0, start - 16):start]).rstrip(" ")
    return any(before == verb or before.endswith(" " + verb) for verb in tables().seizure_verbs)


def _listed(between: str, rule) -> bool:
    """Text between two counts that joins them in one list."""
    return len(between) <= rule.max_gap and not _CLAUSE_END.search(between) \
        and any(j in between for j in rule.joiners)


def _joined_before(between: str, rule) -> bool:
    """The list joiner stands right before the second count (", hai ...", "và ba ...")."""
    end = between.rstrip(" ")
    return any(end.endswith(j.rstrip(" ")) for j in rule.joiners)
