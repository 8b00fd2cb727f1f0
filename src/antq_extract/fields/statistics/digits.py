"""Statistics from a number written in digits: the shape of its token decides the reading (a pair
"126/106 tin", a range "10-15 vụ", "từ 12 đến 38 triệu", a unit glued on "429kg", a signed change
"(-8,8%)", a plain numeral and the unit after it, a bare count "lên 6")."""
from __future__ import annotations

from functools import lru_cache

import regex

from .candidates import COUNTABLE, _CLAUSE_END, _Cand, _Context
from .context import _at_least_after, _from_before, money_unit, _house_number, _house_suffix, _is_year_not_count, _named
from .guards import gram_not_hour, is_day_month, is_year, shape, token_at
from .numbers import MAX_NUMERAL, NumberSpan, digits_decimal, digits_number_at, parse_digits, scale_after, to_number
from .rules import tables
from .around import fold, words_before
from .before import head_before, read_qualifier
from .units import read_unit

_DASH_AFTER = regex.compile(r"%?[ ]*+-[ ]*+(\d++(?:[.,]\d++)*+)(?![\d/-]|[.,]\d)")   # "10%-30%" too
_BARE_DAY_MONTH = regex.compile(r"\d{1,2}/\d{1,2}")
_LOOK = 60   # every look past a number is bounded, so a huge line stays linear


def _alternation(words) -> str:
    return "|".join(regex.escape(w).replace(r"\ ", "[ ]+") for w in words)


@lru_cache(maxsize=1)
def _range_to() -> regex.Pattern:
    """The upper end of a range after "từ": " đến 38" (rules/statistics.yaml range_words)."""
    return regex.compile(rf"[ ]+(?:{_alternation(tables().range_words)})[ ]+(\d++(?:[.,]\d++)*+)(?![\p{{L}}\d/-]|[.,]\d)")


@lru_cache(maxsize=1)
def _count_of() -> regex.Pattern:
    """The opener of a count named before its number ("số người ... lên 6"; count_openers)."""
    return regex.compile(rf"(?i:(?<!\p{{L}})(?:{_alternation(tables().count_openers)})[ ]+)(?=\p{{L}})")


@lru_cache(maxsize=1)
def _part_of() -> regex.Pattern:
    """" trong 7" after a number: a part of a whole counted next (rules/statistics.yaml part_of_words)."""
    return regex.compile(rf"[ ]+(?:{_alternation(tables().part_of_words)})[ ]+(\d++)(?![\d.,/])")


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
        (head in t.group_heads and unit.kind in ("noun", "classifier")
         and (unit.first in t.counted_nouns or fold(unit.unit) in t.counted_nouns)   # "cán bộ"
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
    end = unit.end
    if q is None and (more := _at_least_after(ctx.text, unit.end)):   # "từ 20% trở lên", "80% trở lên"
        q, qs, end = "at_least", _from_before(ctx.text, n.start, qs), more
    return [_Cand(qs, end, value, q, unit.unit)]


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
    if v1 < v2 and fold(unit.unit) in tables().counting_phrases:
        return []   # "1/4 dân số", "3/4 số xã": a fraction of the whole, no count
    if first.isdigit() and second.isdigit() and is_day_month(int(first), int(second)) \
            and _date_context(text, a):
        return []
    q, qs = read_qualifier(text, a)
    return [_Cand(qs, a + len(first), v1, q, unit.unit),
            _Cand(a + len(first) + 1, unit.end, v2, None, unit.unit)]


def _dash(ctx: _Context, n: NumberSpan, tok: str, a: int, reach: int) -> tuple[list[_Cand], int]:
    """"10-15 vụ", "10%-30%" (a range: two statistics) or "2013-2023", "12-4" (dates, skipped)."""
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
            and _date_context(text, a) and not upper.scaled and unit.kind not in ("money", "percent", "measure") \
            and not {unit.first, fold(unit.unit)} & tables().counted_nouns:
        return [], -1   # "từ 4-5 tháng" may be a date; "từ 4 - 5 tỷ đồng", "từ 4-5 kg", "từ 3 - 5 thành viên" are amounts
    q, qs = read_qualifier(text, n.start)
    return [_Cand(qs, n.end + (text[n.end:n.end + 1] == "%"), _lower_bound(text, n, second, start2), q, unit.unit),
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
    to = _range_to().match(text, n.end, n.end + _LOOK)
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
        share = _part_of().match(text, n.end, n.end + _LOOK)
        if share and value != 1:  # "2 trong 7 nghi can": two counts sharing the unit; "1 trong 17 người" singles one out
            whole = read_unit(text, share.end(1))
            if whole is not None and whole.kind in ("noun", "classifier"):
                return [_Cand(n.start, n.end, value, None, whole.unit)], n.end
        return _bare(ctx, n, value), n.end
    if unit.kind not in COUNTABLE or _named(text, n, unit) or _house_number(text, n, words):
        return [], n.end
    q, qs = read_qualifier(text, n.start)
    if q is None and _is_year_not_count(n, unit):   # a qualified number counts: "hơn 2000 tin" is no year
        return [], n.end
    end = unit.end
    if q is None and (more := _at_least_after(text, unit.end)):
        q, qs, end = "at_least", _from_before(text, n.start, qs), more
    return [_Cand(qs, end, value, q, unit.unit)], n.end


def _bare(ctx: _Context, n: NumberSpan, value) -> list[_Cand]:
    """A number with no unit after it: "nâng số người thiệt mạng lên 6", or a scaled amount."""
    text = ctx.text
    q, qs = read_qualifier(text, n.start)
    words = words_before(text, qs)
    if words and fold(words[-1][0]) in tables().count_links:
        clause = max(0, n.start - 80)
        ends = list(_CLAUSE_END.finditer(text, clause, n.start))
        clause = ends[-1].end() if ends else clause
        counts = list(_count_of().finditer(text, clause, words[-1][1]))
        unit = read_unit(text, counts[-1].end() - 1) if counts else None
        if unit is not None and unit.kind in ("noun", "classifier"):
            return [_Cand(counts[-1].start(), n.end, value, q, unit.unit)]
    if n.scaled and not ctx.text[n.end:n.end + 1].isalpha():
        return [_Cand(qs, n.end, value, q, money_unit(text, qs))]
    return []
