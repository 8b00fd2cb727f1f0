"""Province detector: the article's own province, the place of the reporting or hosting
authority (docs/annotation.md, Places), or None for national news.

1. ``url``: a label of the JSONL ``url`` host that is a province's key in the division data
   ("congan.thanhhoa.gov.vn", "sonduong.tuyenquang.gov.vn");
2. ``text``: the first place written right after an authority word of ``rules/places.yaml``
   ("Công an tỉnh Thanh Hóa", "UBND huyện Sơn Dương": its province);
3. None when the lead (the first body sentence) names a national authority ("Bộ Công an tổ
   chức ...", "Cục Cảnh sát hình sự cho biết"): national news;
4. ``text``: else the province of more than half of the places whose province is known;
5. else None: national news, or a page that never names its province.

It then asks the places detector again with that province, so that names that several units
share ("xã Tân Lập") are resolved to the one in the article's province (found["places"]).
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache
from typing import Optional
from urllib.parse import urlsplit

from ...models import ArticleProvince
from ..places import rules as R
from ..places import places
from ..places.data import LEGACY, NEW, Unit, divisions


def _from_url(url: Optional[str]) -> Optional[Unit]:
    host = urlsplit(url).hostname if url and "//" in url else None
    skip = set(R.data().url_skip)
    for label in (host or "").split("."):
        if label not in skip and (unit := divisions().province_by_key.get(label.replace("-", ""))):
            return unit
    return None


def _from_text(article, found_places) -> Optional[str]:
    text, auth = article.text, R.authority_pattern()
    for p in found_places:
        if p.province and auth.search(text, max(0, p.start - 40), p.start):
            return p.province
    if _national_lead(article):
        return None
    counts = Counter(p.province for p in found_places if p.province)
    if counts:
        name, n = counts.most_common(1)[0]
        if n * 2 > sum(counts.values()):
            return name
    return None


def _national_lead(article) -> bool:
    """Does the lead (the first sentence of the first body line) name a national authority?"""
    text, least = article.text, R.data().lead_words
    for a, b in article.paragraphs:
        if article.is_chrome(a, b) or len(text[a:b].split()) < least:
            continue
        end = next((e for s, e in article.sentences if s <= a < e), b)
        first = text[a:b].split(None, 2)
        if any(" ".join(first[:n]).casefold() in _openers() for n in (1, 2)):
            return False   # "Dự Ngày hội có các đồng chí: ..., Bộ Công an": the guests, not the host
        return R.national_pattern().search(text, a, min(b, max(end, a + 1))) is not None
    return False


@lru_cache(maxsize=1)
def _openers() -> frozenset:
    return frozenset(w.casefold() for w in R.data().attendance_openers)


def _unit(name: str, era: str) -> Optional[Unit]:
    d = divisions()
    unit = d.province(LEGACY, name) or d.province(NEW, name)
    if unit is not None and era == "post-2025" and unit.era == LEGACY:
        unit = d.province(NEW, unit.province_2025)
    return unit


def extract(article, found) -> Optional[ArticleProvince]:
    era = found.get("era") or "pre-2025"
    unit, source = _from_url(article.url), "url"
    if unit is None:
        name, source = _from_text(article, found.get("places") or []), "text"
        unit = _unit(name, era) if name else None
    elif era == "post-2025" and unit.era == LEGACY:
        unit = _unit(unit.name, era)
    if unit is None:
        return None
    if any(p.code is None for p in found.get("places") or []):
        found["places"] = places(article, era, unit)
    return ArticleProvince(name=unit.name, code=unit.code, province_2025=unit.province_2025, source=source)
