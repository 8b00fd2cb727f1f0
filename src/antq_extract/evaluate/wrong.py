"""Wrong numbers: a gold statistic and an overlapping predicted one that says something else.

A gold statistic whose span overlaps a predicted statistic that differs in
value, unit (first word) or qualifier. In P/R it is a miss plus a spurious, or,
when only the qualifier differs, a match with a wrong qualifier. A missed gold
statistic is paired with the overlapping spurious prediction that overlaps it
most, else with an overlapping prediction matched elsewhere ("65 vụ/100 bị
can" read as one statistic makes "100 bị can" a wrong number).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from .describe import describe
from .match import FieldMatch, Item, number_key, unit_head


@dataclass
class WrongNumber:
    """A gold statistic and the overlapping predicted one that says something else."""

    id: str
    gold: Item
    pred: Item
    differs: list
    sentence: Optional[str] = None

    @property
    def message(self) -> str:
        return f"gold {describe(self.gold)} ≠ predicted {describe(self.pred)}"


def _overlap(a: Item, b: Item) -> int:
    (s1, e1, _), (s2, e2, _) = a.spans[0], b.spans[0]
    return min(e1, e2) - max(s1, s2)


def _differs(g: Item, p: Item) -> list[str]:
    out = []
    if number_key(g.obj.value) != number_key(p.obj.value):
        out.append("value")
    if unit_head(g.obj.unit) != unit_head(p.obj.unit):
        out.append("unit")
    if g.obj.qualifier != p.obj.qualifier:
        out.append("qualifier")
    return out


def find_wrong_numbers(rid: str, m: FieldMatch) -> list[WrongNumber]:
    """Wrong numbers of one article's statistics match (see the module docstring)."""
    out = [WrongNumber(rid, g, p, ["qualifier"]) for g, p in m.pairs
           if g.spans and p.spans and _overlap(g, p) > 0 and g.obj.qualifier != p.obj.qualifier]
    matched = [p for _, p in m.pairs]
    used: set[int] = set()
    for g in m.missed:
        cands = [(i >= len(m.spurious), id(p) in used, -_overlap(g, p), i, p)
                 for i, p in enumerate(m.spurious + matched)
                 if g.spans and p.spans and _overlap(g, p) > 0]
        p = min(cands, key=lambda c: c[:4])[-1] if cands else None
        if p is not None and _differs(g, p):  # an equal leftover of a multiset is a plain miss
            used.add(id(p))
            out.append(WrongNumber(rid, g, p, _differs(g, p)))
    return sorted(out, key=lambda w: w.gold.start)


def spans_fit(text: Optional[str], items) -> bool:
    """True when ``text`` is the source of these items: every span's text is found at its offsets."""
    return text is not None and all(text[s:e] == t for it in items for s, e, t in it.spans)


def add_sentences(wrong: list[WrongNumber], text: Optional[str]) -> None:
    """Give each wrong number the sentence of its gold statistic, when ``text`` is its article."""
    if not spans_fit(text, [it for w in wrong for it in (w.gold, w.pred)]):
        return
    from ..text import segment  # underthesea's splitter, loaded only when a sentence is shown

    for w in wrong:
        s = w.gold.spans[0][0]
        line = (text.rfind("\n", 0, s) + 1, _line_end(text, s))
        w.sentence = next((text[a:b] for a, b in segment.sentences(text, [line]) if a <= s < b), None)


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end
