"""The words around a number that make it a name, an address, a year or a lower bound, not a count
("SEA Games 31", "45 Lê Lợi", "117A", "Kỷ Hợi 2019", "... 5 người trở lên")."""
from __future__ import annotations

from typing import Optional

import regex

from ..officials.names import surnames
from .candidates import _SENTENCE_START, _Cand
from .guards import is_year
from .measures import measure
from .numbers import NumberSpan
from .rules import tables
from .around import fold, words_after, words_before


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


def _at_least_after(text: str, pos: int):
    """Where "trở lên" after ``pos`` ends ("từ 12 người trở lên": in the span), or None."""
    after = words_after(text, pos)[:2]
    return after[-1][2] if after and fold(" ".join(w for w, _, _ in after)) in tables().at_least_after else None


def money_unit(text: str, start: int):
    """"đồng" for a bare amount in triệu/tỷ after a word of money in its clause (a few words back:
    "hỗ trợ 45 triệu", "thiệt hại gần 60 triệu"), else None (rules/statistics.yaml money_words)."""
    tail = " " + " ".join(fold(w) for w, _, _ in words_before(text, start)) + " "
    return "đồng" if any(f" {w} " in tail for w in tables().money_words) else None


def _from_before(text: str, start: int, qs: int) -> int:
    """Where an at-least span starts: at "từ" right before the number ("từ 20% trở lên"), else ``qs``."""
    words = words_before(text, start)
    return words[-1][1] if words and fold(words[-1][0]) == "từ" else qs


def _sentence_initial(text: str, pos: int) -> bool:
    before = text[max(0, pos - 4):pos].rstrip(" ")
    return before == "" or before[-1] in _SENTENCE_START


def on_start(text: str, c) -> Optional[int]:
    """Where the count starts when its "trên" means "on" (see ``on_not_over``), else None."""
    if not on_not_over(text, c):
        return None
    rest = text[c.start + len("trên"):c.end]
    return c.start + len("trên") + len(rest) - len(rest.lstrip(" "))


def on_not_over(text: str, c) -> bool:
    """"trên" before the count is the preposition "on", not "more than": a verb of moving or
    patrolling stands just before it in the clause and the count is of routes or vehicles
    ("tuần tra thường xuyên trên 275 tuyến đường", "đi trên 6 xe gắn máy"; rules/statistics.yaml
    on_verbs, on_units)."""
    t = tables()
    if c.qualifier != "more_than" or not c.unit or fold(text[c.start:c.start + 4]) != "trên":
        return False
    if c.value == 1 and measure(c.value, c.unit)[0] in ("other", "persons"):
        return True   # "8 người trên 1 du thuyền": nobody writes "more than one" of a thing with "trên"
    if fold(c.unit).split()[0] not in t.on_units and fold(c.unit) not in t.on_units:
        return False
    before = fold(text[max(0, c.start - 40):c.start])
    clause = regex.split(r"[.;:!?\n]", before)[-1]
    words = clause.replace(",", " ").split()[-5:]
    joined = " ".join(words)
    return any(v in words or f" {v} " in f" {joined} " for v in t.on_verbs)
