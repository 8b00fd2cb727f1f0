"""Positions: where titles are read and how the posts of one person are merged.

Titles are read only where they can belong to a name (:func:`phrases`): the chain after a
name, and the stretch between the element before a name (or before the ranks and honorifics
written right before it) and the name. A position is ``[former] [deputy] HEAD TAIL``: a head
title from the lexicon ("Phó Giám đốc", "nguyên Viện trưởng"), or a job word with its
workplace ("cán bộ Đội CSGT số 1"), and the organisation it belongs to, whose end ``tails.py``
finds. ``merge.py`` keeps each post once, the fuller form of a short and a full one.
"""
from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache
from operator import attrgetter

import regex

from ...text.normalize import canonical
from .elements import El, bios, may_bio, role_words
from ...lexicon.phrases import alternation, first_words, lexicon, patterns, starts_word
from .tails import WORD, head_at, head_word, tail_end, workplace
from .units import abbrev_dot


@lru_cache(maxsize=1)
def _sep():
    """What stands between a name or a post and the next post: a comma and a role word
    (rules/positions.yaml joining_words: "kiêm", "hiện là"), or a comma, a bracket, a slash or a dash."""
    return regex.compile(rf"[ ]*,?\s+(?:{alternation(role_words())})\s+|[ ]*[,(/-]?\s*")
_CLAUSE_CHARS = ";.:!?\n"
REACH = 200             # how far before a name a title that precedes it may start


def phrases(text: str, names: list, starts: list, blocked: set) -> list[tuple[int, int]]:
    """The position phrases that can belong to a name: the chain after each name (``names``:
    (start, end) spans), the titles between the element before it (``starts``/ends of all
    elements, as (start, end)) and the name, and those right after ``starts`` of list heads.
    Titles elsewhere are nobody's (an unnamed "Chủ tịch UBND quận") and are not read."""
    found: dict[int, int] = {}
    for a, b in names:
        pos = _after_bio(text, b, blocked, found) if may_bio(text[b:b + 16]) else b
        while (end := _phrase_at(text, _sep().match(text, pos).end(), blocked, found)) is not None:
            pos = end
    firsts = first_words()
    for lo, hi in _regions(text, names, starts):
        for w in WORD.finditer(text, lo, hi):
            if w.group().casefold() in firsts and starts_word(text, w.start()):
                _phrase_at(text, w.start(), blocked, found)
    return sorted(found.items())


def _after_bio(text: str, end: int, blocked: set, found: dict) -> int:
    """Where the posts of a name ending at ``end`` start, past a birth year or an age: "A (SN
    1980, |Phó Chủ tịch UBND xã)", "A (SN 1980, trú xã X), |Phó Chủ tịch UBND xã"."""
    for rx in bios():
        m = rx.match(text, end)
        if m and _phrase_at(text, _sep().match(text, m.end()).end(), blocked, found) is not None:
            return m.end()
    return end


def _regions(text: str, names: list, starts: list):
    """For each name, the stretch between the previous element (or clause start) and it."""
    ends = sorted(b for _, b in starts)
    for a, _ in names:
        i = bisect_right(ends, a) - 1
        lo = max(ends[i] if i >= 0 else 0, _clause_start(text, a), a - REACH)
        if lo < a and _may_end_title(text, a):
            yield lo, a


def _clause_start(text: str, pos: int) -> int:
    """Just after the last clause end before ``pos`` within ``REACH`` (0 when none is)."""
    lo = max(0, pos - REACH)
    end = max(text.rfind(c, lo, pos) for c in _CLAUSE_CHARS)
    while end >= 0 and text[end] == "." and abbrev_dot(text, end):   # "UBND TP. Cần Thơ"
        end = max(text.rfind(c, lo, end) for c in _CLAUSE_CHARS)
    return end + 1


def _may_end_title(text: str, pos: int) -> bool:
    """Can a title end right before ``pos``? Not after a stop word ("có Nguyễn Văn A"), but before
    "là" ("Phó Giám đốc Công an tỉnh là Đại tá A": the post is A's)."""
    before = text[max(0, pos - 12):pos].rstrip(" ,-")
    last = before.rsplit(None, 1)[-1] if before.strip() else ""
    return bool(last) and last[-1].isalnum() and (last not in patterns()["stop_first"] or last in _role_words())


@lru_cache(maxsize=1)
def _role_words() -> frozenset:
    """One-word role joining words ("là"): a post may end right before one and be the next name's."""
    return frozenset(w for w in role_words() if " " not in w)


_SEP_LINE = regex.compile(r"[ ]*[,-]?[ ]*")


def title_follows(text: str, end: int) -> bool:
    """Does a head title follow ``end`` on the same line (after a comma, a dash or spaces)?"""
    q = _SEP_LINE.match(text, end).end()
    if text[q:q + 1].casefold()[:1] not in _first_chars():
        return False  # no title word starts here (the cheap test before the regexes)
    return head_at(text, q)


def phrase_after(text: str, pos: int, blocked: set, found: dict):
    """The position phrase right after ``pos`` (a list head: "các đồng chí Ủy viên ...:")."""
    return _phrase_at(text, _sep().match(text, pos).end(), blocked, found)


def _phrase_at(text: str, q: int, blocked: set, found: dict):
    """End of the position starting at ``q`` (recorded in ``found``), or None."""
    if q in found:
        return found[q]
    if text[q:q + 1].casefold()[:1] not in _first_chars():
        return None
    w = WORD.match(text, q)
    if w is None or head_word(w) not in first_words():
        return None
    m = patterns()["head"].match(text, q)
    if m is None or any(a < q < b for a, b in found.items()):
        return None
    end = tail_end(text, q, m.end(), blocked)
    if head_word(w) in patterns()["job_first"] and patterns()["job"].match(text, q) and \
            not workplace(text, m.end(), end):
        return None  # "cán bộ", "kế toán" alone is a job, not a post
    found[q] = end
    return end


@lru_cache(maxsize=1)
def _first_chars() -> frozenset:
    """First characters of the case-folded title first words: a title starts only at one."""
    return frozenset(w[:1] for w in first_words())


def is_weak(text: str, start: int) -> bool:
    """A phrase opened by a lower-case weak head ("thường trực"): not a title before a name."""
    return text[start].islower() and bool(patterns()["weak"].match(text, start))


def elements(article, els: list) -> list:
    """The position elements of the article: the phrases that can belong to a name of ``els``
    (the ranks, cues, degrees and names), tails stopping at the other elements."""
    text = article.text
    blocked = {e.start for e in els}
    spans = [(e.start, e.end) for e in els]
    found = dict(phrases(text, _prefixed(text, els), spans, blocked))
    for e in els:
        if e.kind == "cue" and e.plural:
            phrase_after(text, e.end, blocked, found)
    return [El("pos", a, b, weak=is_weak(text, a), disabled=_on_behalf(text, a, b) or _event_role(text, a, b))
            for a, b in sorted(found.items()) if not article.is_chrome(a, b)]


def _prefixed(text: str, els: list) -> list:
    """Each name as (start of the ranks, cues and degrees written right before it, its end): a
    title before them is read too ("Phó Giám đốc Công an tỉnh, Thượng tá Nguyễn Văn Hải")."""
    ordered = sorted(els, key=attrgetter("start"))
    out = []
    for i, e in enumerate(ordered):
        if e.kind == "name":
            a, j = e.start, i - 1
            while j >= 0 and ordered[j].kind in ("rank", "cue", "deg") and not text[ordered[j].end:a].strip(" ,-"):
                a, j = ordered[j].start, j - 1
            out.append((a, e.end))
    return out


@lru_cache(maxsize=1)
def _of():
    lex = lexicon()
    return regex.compile(rf"(?i)(?<![\p{{L}}])(?:{alternation(lex.of_words)})\s+(?:(?:{alternation(lex.qualifying)})\s+)?$")


@lru_cache(maxsize=1)
def _on_behalf_words() -> tuple:
    return tuple(canonical(w).lower() for w in lexicon().on_behalf)


def _on_behalf(text: str, pos: int, end: int) -> bool:
    """Is the title text[pos:end] inside a "thay mặt ..." phrase (no comma since), or right after
    "của" and before a comma ("Thừa ủy quyền của Chủ tịch nước, Đại tá A"; but "sự chỉ đạo của
    Giám đốc Công an tỉnh Nguyễn Văn A" is A's)? Such a title is nobody's post."""
    before = text[max(0, pos - 60):pos]
    low = before.lower()
    i = max(low.rfind(w) for w in _on_behalf_words())
    return i >= 0 and not any(c in before[i:] for c in ",;.\n") or \
        text[end:end + 1] == "," and bool(_of().search(before[-20:]))


@lru_cache(maxsize=1)
def _takes():
    return regex.compile(rf"(?<![\p{{L}}])(?:{alternation(lexicon().role_verbs)})\s+$")


@lru_cache(maxsize=1)
def _event_roles() -> frozenset:
    return frozenset(canonical(w).casefold() for w in lexicon().event_roles)


def _event_role(text: str, pos: int, end: int) -> bool:
    """Is text[pos:end] a role taken in the reported event after "làm" ("... Thứ trưởng Bộ Công an
    làm trưởng đoàn": the head of the visiting delegation), not a post?"""
    return " ".join(text[pos:end].split()).casefold() in _event_roles() and \
        bool(_takes().search(text, max(0, pos - 8), pos))
