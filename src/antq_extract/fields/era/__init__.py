"""Era detector: does the article use the divisions before or after 1 July 2025?

On 1 July 2025 (Resolution 202/2025/QH15) the 63 provinces became 34 and districts were
abolished. The era decides which division list a place name is looked up in first:

1. the publication date, when known: "post-2025" from 2025-07-01 on;
2. else the latest date of the text written with day, month and year: "post-2025" when it is
   2025-07-01 or later;
3. else the units: "post-2025" when more communes or provinces are found only in the 2025
   list than units (districts included) found only in the old one;
4. else "pre-2025".
"""
from __future__ import annotations

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
    only_new = sum(1 for r in raws if NEW in r.cands and LEGACY not in r.cands)
    only_old = sum(1 for r in raws if LEGACY in r.cands and NEW not in r.cands)
    return "post-2025" if only_new > only_old else "pre-2025"
