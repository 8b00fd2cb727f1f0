"""Era detector: does the article use the divisions before or after 1 July 2025?

On 1 July 2025 (Resolution 202/2025/QH15) the 63 provinces became 34 and districts were
abolished. The era decides which division list a place name is looked up in first:

1. the publication date, when known: "post-2025" from 2025-07-01 on;
2. else the latest date of the text written with day, month and year: "post-2025" when it is
   2025-07-01 or later;
3. else the units: "post-2025" when more communes or provinces are found only in the 2025
   list than units (districts included) found only in the old one — of the kind written when a
   list has it ("phường Hòa Hưng": a ward only in the 2025 list);
4. else "pre-2025".
"""
from __future__ import annotations

from functools import lru_cache

from ..places import rules as R
from ..places import scan
from ..places.data import LEGACY, NEW

MERGER = "2025-07-01"


def _published(article, found):
    if article.published_meta:
        return article.published_meta
    pub = found.get("published")
    return pub.value if pub is not None else None


def extract(article, found) -> str:
    pub = _published(article, found)
    if pub and pub[:4].isdigit():   # a month or a year alone counts from its first day
        return "post-2025" if pub + "-01-01"[len(pub) - 4:] >= MERGER else "pre-2025"
    full = [d.value for d in found.get("dates") or [] if len(d.value) == 10 and d.value[:4].isdigit()
            and not d.year_inferred]
    if full and max(full) >= MERGER:
        return "post-2025"
    raws = [r for r in scan(article.text) if not article.is_chrome(r.start, r.end)]
    lists = [_in_province(article.text, r, nxt) or _lists(article.text, r)
             for r, nxt in zip(raws, raws[1:] + [None])]
    only_new = sum(1 for found in lists if NEW in found and LEGACY not in found)
    only_old = sum(1 for found in lists if LEGACY in found and NEW not in found)
    return "post-2025" if only_new > only_old else "pre-2025"


def _in_province(text: str, raw, nxt) -> set:
    """The lists that hold a commune in the province written right after it ("xã Đông Kinh, tỉnh
    Hà Tĩnh": a commune of Hà Tĩnh only in the 2025 list; the address without a district that
    the 2025 divisions brought); empty when no province follows."""
    if raw.level != "commune" or nxt is None or nxt.level != "province" \
            or text[raw.end:nxt.start].strip(" ") != ",":
        return set()
    names = {u.name for units in nxt.cands.values() for u in units}
    return {era for era, units in raw.cands.items()
            if any(u.province in names or (era == NEW and u.province_2025 in names) for u in units)}


def _lists(text: str, raw) -> set:
    """The lists that hold the unit as written: of its own kind when one does ("phường Hòa
    Hưng" is a ward only in the 2025 list, a commune in the legacy one), else any of the lists
    that have the name."""
    written, kind = text[raw.start:raw.end].casefold(), None
    for word in _cue_words_longest_first():
        if written.startswith(word) and written[len(word):len(word) + 1] in (" ", ""):
            kind = R.cue_table()[word].kinds[0]
            break
    exact = {era for era, units in raw.cands.items() if any(u.kind == kind for u in units)}
    return exact or set(raw.cands)


@lru_cache(maxsize=1)
def _cue_words_longest_first() -> tuple:
    return tuple(sorted(R.cue_table(), key=len, reverse=True))
