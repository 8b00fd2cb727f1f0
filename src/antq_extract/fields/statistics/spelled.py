"""Counts written in words ("hai xe máy") and the rule for "một" and number words before other
nouns: kept only as items of an enumeration of counts (docs/annotation-notes/statistics-decisions.md)."""
from __future__ import annotations

from .candidates import _CLAUSE_END, _Cand, _Context
from .context import _sentence_initial
from .measures import measure
from .numbers import NumberSpan
from .rules import tables
from .around import fold, words_after, words_before
from .before import head_before, read_qualifier
from .units import read_unit


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
    head = head_before(text, n.start)   # pure tests, the dearest last
    if head and head not in tables().verb_heads:
        return []
    unit = read_unit(text, n.end)
    if unit is None:
        return []
    counted = _counted(text, unit, n)
    if head and not counted:
        return []                   # "Điều hai của Luật": an article; "điều hai xe": dispatched two
    if not counted and not _noun_written_lower(text, unit):
        return []
    after = [fold(w) for w, _, _ in words_after(text, unit.end)[:2]]
    demonstratives = tables().demonstratives
    if any(w in demonstratives for w in after) or " ".join(after) in demonstratives:
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
    if unit.post:
        return True           # "Hai phó giám đốc", "ba Phó Chủ tịch": posts
    if text[start:start + 1].isupper():
        return False          # "Hai Bà Trưng", "Ba Đình": a name
    return unit.first in t.counted_nouns or fold(unit.unit) in t.counted_nouns


def _noun_written_lower(text: str, unit) -> bool:
    """A noun in lower case ("mũ bảo hiểm"): it may be an item of a list of counts."""
    return unit.kind == "noun" and text[unit.end - len(unit.unit):][:1].islower()


def _enumerated_ones(text: str, cands: list[_Cand]) -> list[_Cand]:
    """Keep "một ..." only inside an enumeration of counts ("2 xe máy, một điện thoại") or before
    the item's weight ("một gói ma túy có trọng lượng 5g"), and a
    number word before any other noun only as a later item of a list ("2 xe máy, hai mũ bảo
    hiểm"): a kept count before it, and a comma or "và" right before it. Right after a verb of
    seizure both state the seized count ("tạm giữ một sà lan")."""
    rule, kept = tables().article_one, []
    for i, c in enumerate(cands):
        before = text[kept[-1].end:c.start] if kept else None
        if (c.one or c.listed) and _after_seizure(text, c.start):
            ok = True
        elif c.listed:
            ok = (before is not None and _listed(before, rule) and _joined_before(before, rule)) \
                or (c.one and _weighed_after(text, c, cands[i + 1:], rule))
        elif c.one:
            nxt = cands[i + 1] if i + 1 < len(cands) and not cands[i + 1].listed else None
            between = text[c.end:nxt.start] if nxt is not None else ""
            ok = (before is not None and _listed(before, rule) and _joined_before(before, rule)) \
                or (nxt is not None and _listed(between, rule) and _joined_before(between, rule)) \
                or _weighed_after(text, c, cands[i + 1:], rule)
        else:
            ok = True
        if ok:
            kept.append(c)
    return kept


def _weighed_after(text: str, c: _Cand, rest: list[_Cand], rule) -> bool:
    """The item counted by "một" is weighed after it in its clause: the first weight that follows
    within ``rule.weight_reach`` characters has a weight cue before it ("một gói ma túy có trọng
    lượng 5g", "một túi nilon bên trong có chứa 94 khối ... với tổng trọng lượng là 159,3kg")."""
    for nxt in rest:
        if nxt.start - c.end > rule.weight_reach or _CLAUSE_END.search(text, c.end, nxt.start):
            return False
        if measure(nxt.value, nxt.unit)[0] == "weight":
            between = text[c.end:nxt.start].casefold()
            return any(cue in between for cue in tables().weight_cues)
    return False


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
