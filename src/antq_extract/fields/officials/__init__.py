"""Officials detector: named people with a rank, a position or "đồng chí" (GUIDELINES: Officials).

The text is read as a sequence of *elements* — ranks (from the ranks detector), honorifics,
degrees, names (``names.py``, with NER for names without a known surname, ``ner.py``) and
positions (``positions.py``, ``tails.py``) — and the plain separators between them. Elements joined by
spaces, commas, dashes or "làm"/"kiêm" form a *group* ("đồng chí Thượng tướng, Thứ trưởng Bộ
Công an Phạm Thế Tùng"); a semicolon, a full stop, "và", a colon or any other word ends it.
Within a group ``groups.assign`` gives every rank, honorific and position to its name; across
groups it shares a post over "A và B - post", and the honorific, post or rank of a list
("các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: A; B") over the list. Mentions of one person are
then merged, given names alone ("ông Thanh", "Thượng sĩ Hợp") are attached to the person
named in full, and every rank mention gets ``official``: ``found["ranks"]`` entries are replaced
by updated copies.
"""
from __future__ import annotations

from bisect import bisect_right

import regex

from ...models import Official, Span
from . import forms, merge, names, ner, positions, slips
from .cues import cue_rx, cues, degree_before
from .elements import El, gap_kind
from .groups import Mention, assign
from .name_guards import squash
from ..ranks import branches


def extract(article, found):
    """The officials of ``article``; also gives each rank of ``found["ranks"]`` its official."""
    text = article.text
    ranks = found.get("ranks") or []
    els, singles = _elements(article, ranks)
    mentions = assign(text, els)
    people = _people(text, mentions, ranks)
    updates = _givens(text, els, singles, people, ranks)
    for m in mentions:
        key = _key(text, m.el)
        if key in people and people[key]["official"]:
            for r in m.ranks:
                updates.setdefault(r.idx, people[key]["name"])
    for i, name in updates.items():
        ranks[i] = ranks[i].model_copy(update={"official": name})
    unique = {id(p): p for p in people.values()}.values()
    return [_official(p) for p in unique if p["official"]]


# -- elements -------------------------------------------------------------------------------

def _elements(article, ranks):
    """The ranks, cues, degrees, names and positions of the article, in order."""
    text = article.text
    els = [El("rank", r.start, _branch_end(text, r.end), idx=i) for i, r in enumerate(ranks)]
    els += [e for e in cues(text) if not article.is_chrome(e.start, e.end)]
    cue_ends, degs = {e.end for e in els}, {}
    near = lambda pos: names.after(text, pos, cue_ends) or degree_before(text, pos, degs) is not None
    pieces = [p for p in names.pieces(text, near) if not article.is_chrome(p.start, p.end)]
    for p in pieces:
        degree_before(text, p.start, degs)
    els += [El("deg", a, b) for a, b in set(degs.values()) - {None}]
    els += _slipped_last_syllables(text, [El("name", p.start, p.end) for p in pieces if p.kind == "name"])
    els += _lower_names(text, els)
    els += _ner_names(text, els, [p for p in pieces if p.kind == "unknown"])
    els += positions.elements(article, els)
    els.sort(key=lambda e: (e.start, -e.end))
    out = []
    for e in els:
        if out and e.start < out[-1].end:
            continue
        e.gap = gap_kind(text[out[-1].end:e.start]) if out else "break"
        out.append(e)
    singles = [p for p in pieces if p.kind == "single"] + names.singles(text, cue_ends)
    starts = [e.start for e in out]
    return out, [p for p in singles if not _covered(out, starts, p.start)]


_NEXT_LOWER = regex.compile(r" (\p{Ll}+)(?!\p{L})")


def _slipped_last_syllables(text: str, names: list) -> list:
    """A name whose last syllable lost its capital ("Nguyễn Hương giang, Phó Bí thư ...") where
    the article writes the full name elsewhere ("đồng chí Nguyễn Hương Giang"): one person, the
    name read to its end."""
    written = {text[e.start:e.end] for e in names}
    for e in names:
        m = _NEXT_LOWER.match(text, e.end)
        if m and f"{text[e.start:e.end]} {m.group(1).capitalize()}" in written:
            e.end = m.end()
    return names


def _covered(els: list, starts: list, pos: int) -> bool:
    i = bisect_right(starts, pos) - 1
    return i >= 0 and els[i].start <= pos < els[i].end


def _branch_end(text: str, end: int) -> int:
    """A rank written with its branch ("Đại tá Công an Nguyễn ...") ends after the branch."""
    m = branches().match(text, end)
    return m.end(1) if m else end


_SPACES = regex.compile(r"[ ]*")


def _lower_names(text: str, els: list) -> list:
    """Lower-case names right after an honorific or a rank ("đồng chí nguyễn xuân thanh"), and
    names with a hyphen after their prefix there ("đồng chí Y-Hơ Êban")."""
    out = []
    for e in els:
        if e.kind in ("cue", "rank") and not cue_rx().match(text, _SPACES.match(text, e.end).end()):
            span = forms.lower_name(text, e.end)
            if span:
                out.append(El("name", span[0], span[1], lower=True))
            elif span := forms.hyphened_name(text, e.end):
                out.append(El("name", span[0], span[1]))
    return out


def _ner_names(text: str, els: list, unknown: list) -> list:
    """Runs without a known surname, next to a cue or before a title, that NER calls persons."""
    if not unknown or not ner.enabled():
        return []
    return [El("name", p.start, p.end, source="ner")
            for p in unknown[:ner.MAX_CALLS] if ner.is_person(text, p.start, p.end)]


# -- people ---------------------------------------------------------------------------------

def _key(text: str, el: El) -> str:
    """The merge key: case-folded, single-spaced (article.text is already NFC and tone-placed)."""
    return " ".join(text[el.start:el.end].split()).casefold()


def _people(text: str, mentions: list[Mention], ranks) -> dict:
    """Merge the mentions of one person (tone placement, case, spacing folded)."""
    people: dict = {}
    for m in mentions:
        key = _key(text, m.el)
        p = people.setdefault(key, {"name": None, "rank": None, "positions": [], "spans": [],
                                    "official": False, "source": set(), "from_lower": True})
        written = text[m.el.start:m.el.end]
        if p["name"] is None or (p["from_lower"] and not m.el.lower):
            p["name"], p["from_lower"] = forms.display(written), m.el.lower
        p["spans"].append(Span(start=m.el.start, end=m.el.end, text=written))
        p["positions"] += [squash(text[e.start:e.end]) for e in sorted(m.positions, key=lambda e: e.start)]
        rank = m.ranks[0] if m.ranks else m.list_rank
        p["rank"] = p["rank"] or (ranks[rank.idx].rank if rank else None)
        p["official"] |= m.qualified
        p["source"].add(m.el.source)
    slips.merge_variants(people)
    for p in {id(p): p for p in people.values()}.values():
        p["positions"] = merge.merge(p["positions"])
    return people


def _givens(text: str, els: list, singles: list, people: dict, ranks) -> dict:
    """Given names alone after a cue or rank ("Thượng sĩ Hợp"): mentions of a named official."""
    updates = {}
    by_end = {e.end: e for e in els if e.kind in ("cue", "rank")}
    for s in singles:
        cue = next((by_end[q] for q in range(max(0, s.start - 3), s.start)
                    if q in by_end and not text[q:s.start].strip()), None)
        person = cue and _owner(text[s.start:s.end], s.start, people)
        if person:
            person["spans"].append(Span(start=s.start, end=s.end, text=text[s.start:s.end]))
            if cue.kind == "rank":
                updates[cue.idx] = person["name"]
                person["rank"] = person["rank"] or ranks[cue.idx].rank
    return updates


def _owner(given: str, pos: int, people: dict):
    """The official whose last syllable, in any written form of the name ("Trần Văn Hòa" written
    once "Trần Văn Hóa"), is ``given`` (tone placement and case folded), named nearest before
    ``pos`` (or, when none is, first after it)."""
    want = forms.toneless(given)
    unique = {id(p): p for p in people.values() if p["official"]}.values()
    found = [p for p in unique if any(forms.toneless(s.text.split()[-1]) == want for s in p["spans"])]
    before = [(max(s.start for s in p["spans"] if s.start < pos), i) for i, p in enumerate(found)
              if any(s.start < pos for s in p["spans"])]
    return found[max(before)[1]] if before else (found[0] if found else None)


def _official(p: dict) -> Official:
    src = [s for s in ("rule", "ner") if s in p["source"]]
    return Official(name=p["name"], rank=p["rank"], positions=p["positions"],
                    mentions=sorted(p["spans"], key=lambda s: s.start), source=src)
