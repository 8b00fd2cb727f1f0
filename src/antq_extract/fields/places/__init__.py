"""Places detector: every mention of a province, district or commune (docs/annotation.md, Places).

A mention is a unit word from ``rules/places.yaml`` ("tỉnh", "TP.", "huyện", "xã" ...) and the
name after it, looked up in the division lists of ``places_data`` (longest known name first),
the later names of a list ("các xã A, B và C"), or a province's name alone. Each mention is
looked up in the list of the article's era first (``era.py``: before or after the merger of
1 July 2025), then in the other. A name that several units share ("xã Tân Lập") is resolved
by the provinces and districts written in the same sentence, then by the article's province
(``province.py`` calls :func:`places` again with it); otherwise its ``code`` stays null and
its ``province`` is given only when every candidate lies in the same one.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

import regex

from ...models import Place
from . import rules as R
from ..officials.names import surnames
from .data import LEGACY, NEW, Unit
from .lookup import folded_key, lookup_name
from .proper import in_organisation, in_proper_name

LEVELS = ("province", "district", "commune")
_DASH = regex.compile(r"[ ]?-[ ]?")
_WORDS = regex.compile(r"[^ -]+")


@dataclass(frozen=True)
class Raw:
    """A mention found in the text, before its unit is chosen."""

    start: int
    end: int
    level: str
    cands: dict            # list (LEGACY / NEW) -> tuple of Units at that level


def _name(text: str, start: int, end: int, unit_word: str) -> Optional[Raw]:
    """The run of capitalized words from ``start`` to ``end`` when it names a unit; or a shorter
    part of it when a person's name follows ("Công an tỉnh Kon Tum Lê Văn Hậu"): a name
    that is only the start of the run ("xã An Phước Tây") is another place, not annotated, unless
    a dash or a number ends it ("Phường 15 - Ban chỉ đạo", "huyện Quang Bình 16 km")."""
    run = text[start:end]
    words = [(m.start(), m.end()) for m in _WORDS.finditer(run)]
    capitals = run.isupper()       # a heading in capitals: any start of the run may be the name
    for k in range(len(words), 0, -1):
        if (k < len(words) and not capitals and "-" not in run[words[k - 1][1]:words[k][0]]
                and not run[words[k][0]].isdigit()          # "huyện Quang Bình 16 km"
                and folded_key(run[words[k][0]:words[k][1]]) not in surnames()
                and folded_key(run[words[k][0]:words[k][1]]).rstrip(".") not in _cue_words()):   # "quận Tân Phú TP.HCM"
            continue
        stop = words[k - 1][1]
        found = lookup_name(_DASH.sub(" - ", text[start:start + stop]), unit_word)
        if found:
            return Raw(start, start + stop, found[0], found[1])
    return None


def _joint_province(text: str, start: int, end: int, unit_word: str) -> bool:
    """A former joint province ("tỉnh Quảng Nam - Đà Nẵng", "tỉnh Hà Nam Ninh" aside): two
    province names joined by a dash after "tỉnh" that the lists do not hold as one unit — a
    unit abolished long before 2025, neither of its halves (docs/annotation.md, Places). Only a
    "tỉnh" was ever joined so: after "TP." two places are a route ("tuyến TP.HCM - Nghệ An")."""
    run = text[start:end]
    parts = _DASH.split(run, maxsplit=1)
    cue = R.cue_table()[unit_word]
    if len(parts) != 2 or cue.levels[0] != "province" or "tỉnh" not in cue.kinds:
        return False
    if lookup_name(_DASH.sub(" - ", run), unit_word):
        return False                       # "tỉnh Bà Rịa - Vũng Tàu" is one province
    second = lookup_name(parts[1], None)
    return bool(lookup_name(parts[0], unit_word)) and second is not None and second[0] == "province"


def _list(text: str, pos: int, unit_word: str, out: list, notes: list) -> int:
    """The later names of a list from ``pos`` (appended to ``out``; a note in brackets between
    two names is kept in ``notes``, where a unit word may still name a place); where it ends."""
    while n := R.list_pattern().match(text, pos):
        more = _name(text, n.start("name"), n.end(), unit_word)
        if more is None:   # a name the lists lack ("các huyện Thạch Hà, Lộc Hà, Cẩm Xuyên"): the
            n = R.list_pattern().match(text, n.end())   # list goes on when the next one is known
            more = n and _name(text, n.start("name"), n.end(), unit_word)
            if not more:
                break
        if n.group("paren"):
            notes.append(n.span("paren"))
        out.append(more)
        pos = more.end
    return pos


@lru_cache(maxsize=1)
def _cue_words() -> frozenset:
    """The one-word unit words without their dot ("tp", "tỉnh", "huyện"): a larger unit's name
    that follows a name without a comma."""
    return frozenset(w.rstrip(".") for w in R.cue_table() if " " not in w)


def _after_plural(text: str, start: int) -> bool:
    before = text[max(0, start - 12):start].split()
    return bool(before) and (folded_key(before[-1]) in R.plural_words() or before[-1].isdigit())


@lru_cache(maxsize=8)
def scan(text: str) -> tuple[Raw, ...]:
    """Every mention of ``text`` with its candidate units, in order."""
    out: list[Raw] = []
    pos, former, notes = 0, [], []
    for cue_start, cue_end, name_start, name_end in R.cue_hits(text):
        if cue_start < pos and not any(a <= cue_start < b for a, b in notes):
            continue               # inside the name or list of the previous mention (not a note in it)
        unit_word = folded_key(text[cue_start:cue_end])
        if _joint_province(text, name_start, name_end, unit_word):
            former.append((cue_start, name_end))
            continue
        raw = _name(text, name_start, name_end, unit_word)
        if raw is None or in_organisation(text, cue_start):
            continue
        out.append(Raw(cue_start, raw.end, raw.level, raw.cands))
        pos = max(pos, raw.end)
        if _after_plural(text, cue_start):
            pos = _list(text, pos, unit_word, out, notes)
    taken = [(r.start, r.end) for r in out] + former
    for m in R.plural_colon_pattern().finditer(text):   # "các quận: Hồng Bàng, Lê Chân"
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        first = _name(text, m.start("name"), m.end("name"), folded_key(m.group("cue")))
        if first is not None:
            out.append(first)
            _list(text, first.end, folded_key(m.group("cue")), out, notes)
    taken = [(r.start, r.end) for r in out] + former
    for s, e in R.bare_hits(text):
        if not any(a < e and s < b for a, b in taken) and not in_proper_name(text, s) \
                and not in_organisation(text, s) and not R.named_after_pattern().search(text, max(0, s - 16), s):
            found = lookup_name(text[s:e], None)
            if found:
                out.append(Raw(s, e, *found))
    return tuple(sorted(out, key=lambda r: r.start))


def _in_context(units, ctx: list[Unit]):
    """The candidates that lie in a province or district of ``ctx`` (a 2025 province holds the
    old units merged into it)."""
    names = {u.name for u in ctx}
    new = {u.name for u in ctx if u.era == NEW}
    return [u for u in units if u.province in names or u.district in names or u.province_2025 in new]


def _sentence_of(article, pos: int) -> int:
    return bisect_right(article.sentences, (pos, float("inf"))) - 1


_CHAIN = regex.compile(r"[ ]*(?:,|\(|-)[ ]*")


def _outside_its_parent(text: str, raws, i: int, chosen, cands) -> bool:
    """"xã A, huyện B" / "xã A (huyện B)": the next mention is the unit's parent, and no unit
    named A lies in B: the text names a unit the lists do not hold (renamed, merged earlier)."""
    if i + 1 >= len(raws) or chosen[i + 1] is None or LEVELS.index(raws[i + 1].level) >= LEVELS.index(raws[i].level):
        return False
    gap = _CHAIN.fullmatch(text, raws[i].end, raws[i + 1].start)
    return gap is not None and not _in_context(cands[i], [chosen[i + 1]])


def _choose(raws, article, era: str, host: Optional[Unit]) -> list[Optional[tuple]]:
    """Per raw mention: (list of its candidates, the chosen unit or None); None for a mention
    of a unit that the lists do not hold (:func:`_outside_its_parent`)."""
    order = (era, NEW if era == LEGACY else LEGACY)
    cands = [r.cands.get(order[0]) or r.cands[order[1]] for r in raws]
    chosen: list[Optional[Unit]] = [c[0] if len(c) == 1 else None for c in cands]
    sent = [_sentence_of(article, r.start) for r in raws]
    for level in LEVELS:                        # provinces first: they resolve the districts ...
        for i, r in enumerate(raws):
            if r.level != level or chosen[i] is not None:
                continue
            ctx = [u for j, u in enumerate(chosen) if u is not None and sent[j] == sent[i] and u.level != level]
            if _outside_its_parent(article.text, raws, i, chosen, cands):
                cands[i] = None
                continue
            left = _in_context(cands[i], ctx) or cands[i]
            if len(left) > 1 and host is not None:
                left = _in_context(left, [host]) or left
            if len(left) > 1:   # the kind the unit word names first ("huyện Long Mỹ", not the thị xã)
                left = [u for u in left if u.kind == left[0].kind]
            chosen[i] = left[0] if len(left) == 1 else None
            cands[i] = left
    return [(c, u) if c is not None else None for c, u in zip(cands, chosen)]


def _place(article, r: Raw, cands, unit: Optional[Unit]) -> Place:
    text = article.text
    if unit is None:
        same = {u.province for u in cands}
        same_2025 = {u.province_2025 for u in cands}
        first = cands[0]
        return Place(start=r.start, end=r.end, text=text[r.start:r.end], name=first.name, level=r.level,
                     code=None, province=same.pop() if len(same) == 1 else None,
                     province_2025=same_2025.pop() if len(same_2025) == 1 else None)
    return Place(start=r.start, end=r.end, text=text[r.start:r.end], name=unit.name, level=r.level,
                 code=unit.code, province=unit.province, province_2025=unit.province_2025)


def places(article, era: str, host: Optional[Unit] = None) -> list[Place]:
    """The places of ``article`` (normalized offsets), outside page chrome."""
    raws = [r for r in scan(article.text) if not article.is_chrome(r.start, r.end)]
    lst = LEGACY if era == "pre-2025" else NEW
    return [_place(article, r, *cu) for r, cu in zip(raws, _choose(raws, article, lst, host)) if cu is not None]


def extract(article, found) -> list[Place]:
    return places(article, found.get("era") or "pre-2025")
