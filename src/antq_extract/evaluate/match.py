"""The matching of the guidelines: which gold and predicted mentions are the same.

Every field turns a record into :class:`Item` objects with a *key*; gold and
predicted items with equal keys match, as a multiset (two gold "2022" dates
need two predicted ones). Within one key, pairs are chosen by span nearness,
so that attributes are compared between the mentions that sit together.

Keys (issue 3), all text compared through :func:`antq_extract.text.normalize.fold`
(NFC, one tone placement, single spaces, case-folded):

==========  =======================================  ===========================
field       key                                      attributes compared on pairs
==========  =======================================  ===========================
published   value                                    -
dates       (value, end_value)                       year_inferred, part_of_day
programs    (kind, number)                           code, issued, title
officials   name                                     rank, positions (set F1)
ranks       (rank, official)                         -
statistics  (value, first word of unit)              qualifier
places      (start, end, name)                       - (scored apart, see below)
==========  =======================================  ===========================

Places and the article's province (issue 12) are scored apart from the fields above, and
only for gold records that carry them (gold written before them has no ``places`` key):
places by set F1 on span and official name, the province by accuracy on its name (null
for national news counts as a value).

Codes are compared canonically: white space removed, dashes unified to "-",
case-folded ("09/Ctr-BCA-MTTQ" = "09/CTR - BCA-MTTQ"). Titles are compared
folded, without surrounding quotes or punctuation.

>>> canon_code("38- Ctr/BDVTW – BCA") == canon_code("38-CTR/BDVTW-BCA")
True
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Callable, Optional

from ..models import ArticleRecord
from ..text.normalize import fold as _fold_uncached

FIELDS = ("published", "dates", "programs", "officials", "ranks", "statistics")

#: the attributes compared on matched pairs, per field (officials' positions are scored apart).
ATTRIBUTES: dict[str, tuple[str, ...]] = {
    "dates": ("year_inferred", "part_of_day"),
    "programs": ("code", "issued", "title"),
    "officials": ("rank",),
    "statistics": ("qualifier",),
}


fold = lru_cache(maxsize=1 << 16)(_fold_uncached)  # names, units, positions repeat across articles


@dataclass(frozen=True)
class Item:
    """One comparable unit of a field: a mention, or a program/official with its mentions."""

    field: str
    key: tuple
    obj: Any
    spans: tuple = ()  # ((start, end, text), ...) in the source text

    @property
    def start(self) -> int:
        return self.spans[0][0] if self.spans else -1


@dataclass
class FieldMatch:
    """How one field of one article matched."""

    pairs: list = field(default_factory=list)     # [(gold Item, pred Item)]
    missed: list = field(default_factory=list)    # gold Items without a partner
    spurious: list = field(default_factory=list)  # pred Items without a partner


def canon_code(code: Optional[str]) -> Optional[str]:
    """A document symbol in comparable form: no spaces, dashes unified, case-folded."""
    if code is None:
        return None
    return "".join(fold(code).split()) or None


def canon_title(title: Optional[str]) -> Optional[str]:
    """A document title in comparable form: folded, without enclosing quotes or punctuation."""
    if title is None:
        return None
    return fold(title).strip(" \"'.,;:()[]") or None


def number_key(value) -> object:
    """A statistic value as a key: integral floats equal ints, others rounded to 6 places."""
    f = float(value)
    return int(f) if f.is_integer() else round(f, 6)


def unit_head(unit: Optional[str]) -> str:
    """The first word of a unit, folded ("" when there is none)."""
    words = fold(unit).split() if unit else []
    return words[0] if words else ""


def _opt_fold(text: Optional[str]) -> Optional[str]:
    return fold(text) if text else None


def _span(m) -> tuple:
    return ((m.start, m.end, m.text),) if m.start is not None else ()


def _group_spans(g) -> tuple:
    return tuple((m.start, m.end, m.text) for m in sorted(g.mentions, key=lambda m: (m.start, m.end)))


_KEYS: dict[str, Callable] = {
    "published": lambda m: (m.value,),
    "dates": lambda m: (m.value, m.end_value),
    "programs": lambda p: (fold(p.kind), fold(p.number or "")),
    "officials": lambda o: (fold(o.name),),
    "ranks": lambda r: (fold(r.rank), _opt_fold(r.official)),
    "statistics": lambda s: (number_key(s.value), unit_head(s.unit)),
    "places": lambda p: (p.start, p.end, fold(p.name)),
}

_COMPARABLE: dict[str, Callable] = {
    "code": canon_code,
    "title": canon_title,
    "rank": _opt_fold,
}


def items(record: Optional[ArticleRecord], name: str) -> list[Item]:
    """The items of field ``name`` of a record (none for a missing record)."""
    if record is None:
        return []
    if name == "published":
        objs = [record.published] if record.published is not None else []
    else:
        objs = getattr(record, name)
    spans = _group_spans if name in ("programs", "officials") else _span
    return [Item(name, _KEYS[name](o), o, spans(o)) for o in objs]


def has_places(record: Optional[ArticleRecord]) -> bool:
    """Whether a gold record carries places (and the province) to score."""
    return record is not None and "places" in record.model_fields_set


def province_key(record: Optional[ArticleRecord]) -> Optional[str]:
    """The article's province as compared: its folded name, or None (national news)."""
    p = record.province if record is not None else None
    return fold(p.name) if p is not None else None


def attribute_value(attr: str, obj) -> object:
    """The comparable form of attribute ``attr`` of a gold or predicted object."""
    value = getattr(obj, attr, None)
    return _COMPARABLE.get(attr, lambda v: v)(value)


def attribute_diffs(name: str, gold: Item, pred: Item) -> list[tuple[str, object, object]]:
    """(attribute, gold value, predicted value) for every compared attribute that differs."""
    out = []
    for attr in ATTRIBUTES.get(name, ()):
        if attribute_value(attr, gold.obj) != attribute_value(attr, pred.obj):
            out.append((attr, getattr(gold.obj, attr, None), getattr(pred.obj, attr, None)))
    return out


def position_sets(gold: Item, pred: Item) -> tuple[set, set]:
    """The folded position sets of a matched pair of officials."""
    return ({fold(p) for p in gold.obj.positions}, {fold(p) for p in pred.obj.positions})


def _distance(a: Item, b: Item) -> int:
    """0 when the first spans overlap, else the gap between them (no spans: far)."""
    if not a.spans or not b.spans:
        return 10**9
    (s1, e1, _), (s2, e2, _) = a.spans[0], b.spans[0]
    return max(0, max(s1, s2) - min(e1, e2))


def _pair_group(gold: list[Item], pred: list[Item]) -> tuple[list, list, list]:
    """Pair items of one key, nearest first; return (pairs, missed, spurious)."""
    if len(gold) == 1 and len(pred) == 1:
        return [(gold[0], pred[0])], [], []
    candidates = sorted((_distance(g, p), i, j) for i, g in enumerate(gold) for j, p in enumerate(pred))
    used_g, used_p, pairs = set(), set(), []
    for _d, i, j in candidates:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            pairs.append((gold[i], pred[j]))
    missed = [g for i, g in enumerate(gold) if i not in used_g]
    spurious = [p for j, p in enumerate(pred) if j not in used_p]
    return pairs, missed, spurious


def match_field(gold: list[Item], pred: list[Item]) -> FieldMatch:
    """Multiset match of gold and predicted items by key."""
    by_key: dict[tuple, tuple[list, list]] = defaultdict(lambda: ([], []))
    for g in gold:
        by_key[g.key][0].append(g)
    for p in pred:
        by_key[p.key][1].append(p)
    result = FieldMatch()
    for gs, ps in by_key.values():
        pairs, missed, spurious = _pair_group(gs, ps)
        result.pairs += pairs
        result.missed += missed
        result.spurious += spurious
    for part in (result.missed, result.spurious):
        part.sort(key=lambda it: it.start)
    result.pairs.sort(key=lambda gp: gp[0].start)
    return result


def match_record(gold: Optional[ArticleRecord], pred: Optional[ArticleRecord]) -> dict[str, FieldMatch]:
    """Every field of one article matched."""
    return {name: match_field(items(gold, name), items(pred, name)) for name in FIELDS}
