"""Who gets which rank, honorific and position: the assignment over element groups.

A group is a run of elements joined by spaces, commas, dashes or "làm"/"kiêm" (elements.py).
In a group, what stands before a name is its own (walking back: ranks, honorifics, degrees
and positions, but not a position behind a second "đồng chí", which is another person), and
the positions after a name are its posts up to the next name. Positions between two names
are split: all to the second when the first has the title-first style ("Bộ trưởng A, Chủ tịch
nước B") or when there is one ("ông A, Giám đốc Sở Tư pháp B": a title written right before a
name is that name's; a name-like company, "Công ty Hoàng Minh", is no name, names.py), else the
first to the first name and the rest to the second ("Trung tướng A - Thứ trưởng Bộ Công an, Chủ
tịch UBND tỉnh B"). Across groups: "A và B - post" shares the post
(and A's "đồng chí") with A; a plural honorific or rank before a colon ("các đồng chí Ủy viên
Ban Thường vụ Tỉnh ủy: A; B", "các Thiếu tướng: A, B") covers every name up to the full stop.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

import regex

from ...lexicon.phrases import alternation, lexicon
from .elements import JOINING, El
from .units import abbrev_dot

_DOT = regex.compile(r"\n|\.(?=\s|$)")


@lru_cache(maxsize=1)
def _plural_rank():
    """A plural before a rank, an honorific between ("các đồng chí Thiếu tướng"): rules/positions.yaml
    plural and qualifying."""
    lex = lexicon()
    return regex.compile(rf"(?i)(?:{alternation(lex.plural)})\s+(?:(?:{alternation(lex.qualifying)})\s+)?$")


@dataclass(eq=False)
class Mention:
    """One written full name with what the text gives it there."""

    el: El
    ranks: list = field(default_factory=list)
    cues: list = field(default_factory=list)
    positions: list = field(default_factory=list)
    list_rank: Optional[El] = None   # a rank given to a whole list ("các Thiếu tướng: ...")
    pre_pos: bool = False
    qualified: bool = False


def assign(text: str, els: list) -> list[Mention]:
    """A Mention for every name element, with its ranks, cues and positions."""
    groups = _groups(els)
    mentions: dict = {}
    for g in groups:
        _assign_group(g, mentions)
    _coordinate(groups, mentions)
    _counted_posts(text, groups, mentions)
    _lists(text, groups, els, mentions)
    for m in mentions.values():
        m.qualified |= bool(m.ranks or m.list_rank or m.positions or any(c.qualifying for c in m.cues))
    return list(mentions.values())


def _groups(els: list) -> list:
    groups: list = []
    for e in els:
        if groups and e.gap in JOINING:
            groups[-1].append(e)
        else:
            groups.append([e])
    return groups


def _assign_group(g: list, mentions: dict) -> None:
    idx = [i for i, e in enumerate(g) if e.kind == "name"]
    prev = None
    for k in idx:
        m = mentions[g[k]] = Mention(g[k])
        seg = g[prev + 1 if prev is not None else 0:k]
        if prev is None:
            _take(m, _pre(seg))
        else:
            _split(seg, mentions[g[prev]], m)
        prev = k
    if idx:
        for e in g[idx[-1] + 1:]:
            if e.kind != "pos":
                break
            if not e.disabled:
                mentions[g[idx[-1]]].positions.append(e)


def _split(seg: list, pm: Mention, m: Mention) -> None:
    """Share what stands between two names of one group."""
    cut = next((i for i, e in enumerate(seg) if e.kind != "pos"), len(seg))
    posts, rest = [e for e in seg[:cut] if not e.disabled], seg[cut:]
    if rest or m.el.gap != "adj":
        pm.positions += posts
        _take(m, _pre(rest))
    elif len(posts) >= 2 and not pm.pre_pos:
        pm.positions += posts[:1]
        _take(m, _pre(posts[1:]))
    else:
        _take(m, _pre(posts))


def _pre(seg: list) -> list:
    """What stands before a name and is its own, walking back from the name."""
    out, seen_cue, seen_rank = [], False, False
    for i in range(len(seg) - 1, -1, -1):
        e = seg[i]
        if e.kind == "rank":
            if seen_rank:
                break
            seen_rank = True
        elif e.kind == "cue":
            seen_cue = True
        elif e.kind == "pos":
            if e.weak or e.disabled or (seen_cue and i > 0 and seg[i - 1].kind == "cue"):
                break
        out.append(e)
    return out


def _take(m: Mention, els: list) -> None:
    for e in els:
        if e.kind == "rank":
            m.ranks.append(e)
        elif e.kind == "cue":
            m.cues.append(e)
        elif e.kind == "pos":
            m.positions.append(e)
            m.pre_pos = True


def _coordinate(groups: list, mentions: dict) -> None:
    """"A và B - post": B's post is A's too, and A's "đồng chí" covers B."""
    for a, b in zip(groups, groups[1:]):
        if b[0].gap != "and" or a[-1].kind != "name":
            continue
        nb = next((e for e in b if e.kind == "name"), None)
        if nb is None or any(e.kind == "pos" for e in b[:b.index(nb)]):
            continue
        ma, mb = mentions[a[-1]], mentions[nb]
        if not ma.positions:
            ma.positions += mb.positions
        if not (mb.cues or mb.ranks) and any(c.qualifying for c in ma.cues):
            mb.qualified = True


@lru_cache(maxsize=1)
def _count_before():
    lex = lexicon()
    return regex.compile(rf"(?i)(?<![\p{{L}}\d])(?:{alternation(lex.plural + lex.count_words)}|\d{{1,2}})\s+$")


def _counted_posts(text: str, groups: list, mentions: dict) -> None:
    """"Hai phó giám đốc công an tỉnh là A và B": a post after a number or a plural and before
    "là" is the post of every name that "và" joins to the first."""
    for i, g in enumerate(groups):
        if len(g) < 2 or g[0].kind != "pos" or g[0].disabled or g[1].gap != "role" \
                or not _count_before().search(text, max(0, g[0].start - 12), g[0].start):
            continue
        for nxt in groups[i + 1:]:
            name = next((e for e in nxt if e.kind == "name"), None)
            if nxt[0].gap != "and" or name is None:
                break
            if not mentions[name].positions:
                mentions[name].positions.append(g[0])


def _lists(text: str, groups: list, els: list, mentions: dict) -> None:
    """A plural honorific, post or rank before a colon covers the list that follows, up to the
    full stop or the next list head."""
    heads = [(g[-1].end, h) for g, nxt in zip(groups, groups[1:])
             if nxt[0].gap == "colon" and (h := _list_head(text, g)) is not None]
    if not heads:
        return
    stops = _sentence_ends(text, els)
    ordered = sorted(mentions.values(), key=lambda m: m.el.start)
    starts = [m.el.start for m in ordered]
    for n, (pos, (qualify, post, rank)) in enumerate(heads):
        i = bisect_right(stops, pos)
        bound = min(stops[i] if i < len(stops) else len(text), heads[n + 1][0] if n + 1 < len(heads) else len(text))
        for k, m in enumerate(ordered[bisect_right(starts, pos):bisect_left(starts, bound)]):
            m.qualified |= qualify
            if post is not None:
                m.positions.append(post)
            if rank is not None and k == 0:
                m.ranks.append(rank)
            elif rank is not None:
                m.list_rank = rank


def _list_head(text: str, g: list):
    """(qualifies, shared post, shared rank) when ``g`` ends with a plural list head."""
    last = g[-1]
    if last.kind == "cue" and last.plural:
        return (last.qualifying, None, None)
    if last.kind == "pos" and len(g) > 1 and g[-2].kind == "cue" and g[-2].plural and last.gap == "adj":
        return (g[-2].qualifying, last, None)
    if last.kind == "rank" and _plural_rank().search(text, max(0, last.start - 20), last.start):
        return (False, None, last)
    return None


def _sentence_ends(text: str, els: list) -> list[int]:
    """Line ends and full stops, except those inside a degree ("GS. TS")."""
    degs = [(e.start, e.end) for e in els if e.kind == "deg"]
    starts = [a for a, _ in degs]
    out = []
    for m in _DOT.finditer(text):
        i = bisect_right(starts, m.start()) - 1
        if not (i >= 0 and degs[i][0] <= m.start() < degs[i][1]) and not abbrev_dot(text, m.start()):
            out.append(m.start())
    return out
