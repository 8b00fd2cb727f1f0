"""Positions: where titles are read, the grammar of one position phrase, and their merging.

Titles are read only where they can belong to a name (:func:`phrases`): the chain after a
name, and the stretch between the element before a name and the name. A position is ``[former] [deputy] HEAD TAIL``: a head title from the lexicon ("Phó Giám
đốc", "nguyên Viện trưởng") and the organisation it belongs to, read word by word until a
stop: punctuation (a comma or dash goes on only into an organisation word or inside a fixed
wording such as "Ban Chỉ đạo phòng, chống tội phạm, ..."), a verb or function word from
``stops`` ("phát biểu", "đã"), the start of a name, rank, honorific or degree, or a new line
that does not continue the phrase. :func:`merge` keeps each post once, the fuller form of a
short and a full one.

>>> merge(["Thứ trưởng", "Ủy viên Trung ương Đảng", "Thứ trưởng Bộ Công an"])
['Thứ trưởng Bộ Công an', 'Ủy viên Trung ương Đảng']
>>> merge(["Chủ tịch Ủy ban MTTQ tỉnh", "Chủ tịch MTTQ tỉnh"])
['Chủ tịch Ủy ban MTTQ tỉnh']
"""
from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache
from typing import Iterable

import regex

from ..normalize import canonical
from .elements import BIO
from .lexicon import first_words, lexicon, patterns, starts_word

MAX_WORDS = 40          # a tail longer than this is not a title
_WS = regex.compile(r"\s*")
_SPACE = frozenset(regex.findall(r"\s", "".join(map(chr, range(0x10000)))))   # what \s matches
_WORD = regex.compile(r"[\p{L}\p{N}]+(?:[.'/&][\p{L}\p{N}]+)*")
_SEP = regex.compile(r"[ ]*,?\s+(?:làm|kiêm|giữ chức)\s+|[ ]*[,(-]?\s*")
_CLAUSE_CHARS = ";.:!?\n"
REACH = 200             # how far before a name a title that precedes it may start


def _ws_end(text: str, pos: int) -> int:
    """``_WS.match(text, pos).end()``: past the white space at ``pos``."""
    n = len(text)
    while pos < n and text[pos] in _SPACE:
        pos += 1
    return pos


def phrases(text: str, names: list, starts: list, blocked: set) -> list[tuple[int, int]]:
    """The position phrases that can belong to a name: the chain after each name (``names``:
    (start, end) spans), the titles between the element before it (``starts``/ends of all
    elements, as (start, end)) and the name, and those right after ``starts`` of list heads.
    Titles elsewhere are nobody's (an unnamed "Chủ tịch UBND quận") and are not read."""
    found: dict[int, int] = {}
    for a, b in names:
        bio = _may_bio(text, b) and BIO.match(text, b)   # "A (SN 1980, Phó Chủ tịch UBND xã)"
        pos = bio.end() if bio else b
        while (end := _phrase_at(text, _SEP.match(text, pos).end(), blocked, found)) is not None:
            pos = end
    firsts = first_words()
    for lo, hi in _regions(text, names, starts):
        for w in _WORD.finditer(text, lo, hi):
            if w.group().casefold() in firsts and starts_word(text, w.start()):
                _phrase_at(text, w.start(), blocked, found)
    return sorted(found.items())


def _may_bio(text: str, end: int) -> bool:
    """Can a birth year or an age (``BIO``) follow a name ending at ``end``? A cheap test."""
    window = text[end:end + 12]
    return "S" in window or "s" in window or "tuổi" in text[end:end + 16]


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
    """Can a title end right before ``pos``? Not after a stop word ("có Nguyễn Văn A")."""
    before = text[max(0, pos - 12):pos].rstrip(" ,")
    last = before.rsplit(None, 1)[-1] if before.strip() else ""
    return bool(last) and last[-1].isalnum() and last not in patterns()["stop_first"]


_SEP_LINE = regex.compile(r"[ ]*[,-]?[ ]*")


def title_follows(text: str, end: int) -> bool:
    """Does a head title follow ``end`` on the same line (after a comma, a dash or spaces)?"""
    q = _SEP_LINE.match(text, end).end()
    if text[q:q + 1].casefold()[:1] not in _first_chars():
        return False  # no title word starts here (the cheap test before the regexes)
    w = _WORD.match(text, q)
    return bool(w) and w.group().casefold() in first_words() and bool(patterns()["head"].match(text, q))


def phrase_after(text: str, pos: int, blocked: set, found: dict):
    """The position phrase right after ``pos`` (a list head: "các đồng chí Ủy viên ...:")."""
    return _phrase_at(text, _SEP.match(text, pos).end(), blocked, found)


def _phrase_at(text: str, q: int, blocked: set, found: dict):
    """End of the position starting at ``q`` (recorded in ``found``), or None."""
    if q in found:
        return found[q]
    if text[q:q + 1].casefold()[:1] not in _first_chars():
        return None
    w = _WORD.match(text, q)
    if w is None or w.group().casefold() not in first_words():
        return None
    m = patterns()["head"].match(text, q)
    if m is None or any(a < q < b for a, b in found.items()):
        return None
    end = tail_end(text, q, m.end(), blocked)
    if w.group().casefold() in patterns()["job_first"] and patterns()["job"].match(text, q) and \
            not _workplace(text, m.end(), end):
        return None  # "cán bộ", "kế toán" alone is a job, not a post
    found[q] = end
    return end


def _workplace(text: str, start: int, end: int) -> bool:
    """Does text[start:end] name an organisation or an administrative unit ("Đội CSGT số 1",
    "Công ty cổ phần X", "xã Tân Hà")? A job word is a post only with its workplace."""
    pats = patterns()
    return any(pats["org"].match(text, w.start()) or _is_unit_word(text, w.start(), w)
               for w in _WORD.finditer(text, start, end))


@lru_cache(maxsize=1)
def _first_chars() -> frozenset:
    """First characters of the case-folded title first words: a title starts only at one."""
    return frozenset(w[:1] for w in first_words())


def is_weak(text: str, start: int) -> bool:
    """A phrase opened by a lower-case weak head ("thường trực"): not a title before a name."""
    return text[start].islower() and bool(patterns()["weak"].match(text, start))


def tail_end(text: str, head_start: int, pos: int, blocked: set) -> int:
    """End of the position whose head is text[head_start:pos]. After an administrative unit
    ("tỉnh") or a unit and its name ("xã Ninh Hiệp") only another unit, a word that describes
    the unit ("đảo"), punctuation or a capital goes on."""
    ends, unit, place = [_fixed_from_head(text, head_start, pos)], False, False
    while len(ends) <= MAX_WORDS:
        q = _ws_end(text, ends[-1])
        if q >= len(text) or q in blocked or not _line_goes_on(text, ends[-1], q):
            break
        w = _WORD.match(text, q)
        unit_m = _unit_match(text, q, w)
        is_unit = unit_m is not None
        if (place or unit) and text[q].islower() and not is_unit and not _qualifies_unit(text, q):
            break  # "UBND xã Ninh Hiệp| xác nhận", "Công an tỉnh| nhà": a lower-case word ends
        step = unit_m.end() if is_unit else _step(text, q, blocked, w)
        if step is None:
            break
        place = (unit or place) and text[q].isupper()
        unit = is_unit
        ends.append(step)
    while len(ends) > 1 and text[_last_word_start(text, ends):ends[-1]] in ("của", "và", "-", ","):
        ends.pop()
    return ends[-1]


def _qualifies_unit(text: str, q: int) -> bool:
    """Does a word that describes the unit ("huyện| đảo Lý Sơn", "xã| biên giới") start at ``q``?"""
    return text.startswith(_unit_qualifiers(), q)


@lru_cache(maxsize=1)
def _unit_qualifiers() -> tuple:
    return tuple(canonical(w) for w in lexicon().unit_qualifiers)


def _fixed_from_head(text: str, head_start: int, pos: int) -> int:
    """A fixed wording that starts inside the head ("Trưởng [Ban Chỉ đạo phòng, chống ...]")."""
    for w in _WORD.finditer(text, head_start, pos):
        m = w.group().casefold() in patterns()["fixed_first"] and patterns()["fixed"].match(text, w.start())
        if m and m.end() > pos:
            return m.end()
    return pos


def _line_goes_on(text: str, end: int, q: int) -> bool:
    """A line break inside a position only before a lower-case continuation."""
    return "\n" not in text[end:q] or text[q].islower()


def _step(text: str, q: int, blocked: set, w):
    """End of the next piece of the tail starting at ``q`` (``w``: the word there, if any),
    or None where it stops."""
    ch = text[q]
    if ch == "(":
        close = text.find(")", q, q + 80)
        return close + 1 if close > 0 and "\n" not in text[q:close] and _names_a_place(text, q + 1) else None
    if ch == '"':
        return _quoted_name(text, q)
    if ch == "." and abbrev_dot(text, q):
        return q + 1
    if ch in ",-":
        return q + 1 if _sep_goes_on(text, q + 1, ch, blocked) else None
    if w is None:
        return None
    word, pats = w.group(), patterns()
    if q and text[q - 1].isalpha():
        return None  # "Công an tỉnh|ẢNH: ..." - a photo credit glued to the caption
    glued = not (word.islower() or word.istitle() or word.isupper()) and _GLUED.search(word)
    if glued:
        return q + glued.start()
    fixed = word.casefold() in pats["fixed_first"] and pats["fixed"].match(text, q)
    if fixed:
        return fixed.end()
    if word[0].islower() and (is_stop(text, q, word) or
                              (word == "và" and not _and_goes_on(text, w.end(), blocked))):
        return None
    return w.end()


_GLUED = regex.compile(r"(?<=\p{Ll})\p{Lu}")
_QUOTED = regex.compile(r'"\p{Lu}[^"\n.;:!?]{0,60}"')


def _names_a_place(text: str, q: int) -> bool:
    """Does a bracket opened before ``q`` name an organisation or a place ("(Bộ Công an)", "(Phú
    Yên)", "(C03)", "(huyện Đức Cơ)")? A caption's "(bên phải)", "(thứ hai từ trái sang)" is not
    part of the post."""
    q = _ws_end(text, q)
    return q < len(text) and (text[q].isupper() or text[q].isdigit() or _is_unit(text, q))


def _quoted_name(text: str, q: int):
    """End of a short quoted name at ``q`` inside a post ("Trưởng ban Chỉ đạo phong trào "Vì
    an ninh Tổ quốc" tỉnh"), or None: a quote that opens speech ends the post."""
    m = _QUOTED.match(text, q)
    return m.end() if m else None


def abbrev_dot(text: str, q: int) -> bool:
    """Is the full stop at ``q`` that of an administrative abbreviation ("UBND TP. Cần Thơ",
    "Q. 1") followed by its name, not a sentence end?"""
    w = _ABBR_BEFORE.search(text, max(0, q - 4), q)
    return bool(w) and w.group() + "." in _dotted_units() and bool(_NAME_AFTER.match(text, q + 1))


_ABBR_BEFORE = regex.compile(r"(?<![\p{L}\p{N}.])\p{Lu}\p{L}?$")
_NAME_AFTER = regex.compile(r"[ ]?[\p{Lu}\p{N}]")


@lru_cache(maxsize=1)
def _dotted_units() -> frozenset:
    """The administrative abbreviations written with a full stop ("TP.", "Q.")."""
    return frozenset(canonical(w) for w in lexicon().admin if w.endswith("."))


def is_stop(text: str, q: int, word: str) -> bool:
    """Does a stop word or phrase ("phát biểu", "đã") start at ``q`` (its first word ``word``)?"""
    pats = patterns()
    return word in pats["stop_first"] and bool(pats["stop"].match(text, q))


def _sep_goes_on(text: str, q: int, sep: str, blocked: set) -> bool:
    """After "," only an organisation word goes on; after "-" any capitalised non-title word."""
    q = _ws_end(text, q)
    if q >= len(text) or q in blocked or patterns()["head"].match(text, q):
        return False
    if sep == ",":
        return bool(patterns()["org"].match(text, q)) and text[q].isupper() or _unit_with_name(text, q) \
            or _enumeration(text, q, blocked)
    return text[q].isupper()


_SEGMENT = regex.compile(r'[^,;.:!?"()\n]*')
ENUM_ITEMS, ENUM_WORDS = 4, 8     # an enumeration inside a name: at most 4 items of 8 words


def _enumeration(text: str, q: int, blocked: set) -> bool:
    """Is the comma before ``q`` one of an enumeration closed by "và" inside an organisation's
    name ("Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào ...", "Sở Văn
    hóa, Thể thao và Du lịch", "Vụ Khoa học xã hội, nhân văn và tự nhiên")? Each item is a few
    words with no title, stop word, name or cue; the last one holds the "và"."""
    pats = patterns()
    for _ in range(ENUM_ITEMS):
        end = _SEGMENT.match(text, q).end()
        for i, w in enumerate(_WORD.finditer(text, q, end)):
            if i >= ENUM_WORDS or w.start() in blocked or pats["head"].match(text, w.start()) or \
                    w.group()[0].islower() and is_stop(text, w.start(), w.group()):
                return False
            if w.group() == "và" and i:
                return True
        if text[end:end + 1] != "," or end == q:
            return False
        q = _ws_end(text, end + 1)
    return False


def _unit_with_name(text: str, q: int) -> bool:
    """An administrative unit and its name ("huyện Gia Lâm", "TP Hà Nội") at ``q``."""
    m = _is_unit(text, q) and patterns()["admin"].match(text, q)
    return bool(m) and text[_WS.match(text, m.end()).end():][:1].isupper()


def _is_unit(text: str, q: int) -> bool:
    """Does an administrative unit word ("huyện", "thành phố", "TP") start at ``q``?"""
    return _is_unit_word(text, q, _WORD.match(text, q))


def _is_unit_word(text: str, q: int, w) -> bool:
    """``_is_unit`` with the word at ``q`` (``_WORD.match(text, q)``) given."""
    return _unit_match(text, q, w) is not None


def _unit_match(text: str, q: int, w):
    """The administrative unit phrase at ``q`` ("thành phố"; not "Tỉnh ủy", "xã hội"), or None."""
    pats = patterns()
    if not w or w.group() not in pats["admin_first"]:
        return None
    m = pats["admin"].match(text, q)
    return m if m and not pats["not_unit"].match(text, q) else None


def _and_goes_on(text: str, q: int, blocked: set) -> bool:
    """"và" joins two words of one organisation name ("Viện Khoa học và Chiến lược")."""
    q = _ws_end(text, q)
    if q >= len(text) or q in blocked or patterns()["head"].match(text, q):
        return False
    w = _WORD.match(text, q)
    return bool(w) and not is_stop(text, q, w.group()) and not w.group()[0].isdigit() and \
        not text.startswith(_and_breakers(), q)


@lru_cache(maxsize=1)
def _and_breakers() -> tuple:
    return tuple(canonical(w) for w in lexicon().and_breakers)


def _last_word_start(text: str, ends: list) -> int:
    return _ws_end(text, ends[-2])


@lru_cache(maxsize=4096)
def _words(position: str) -> tuple:
    """Case-folded words of a position, abbreviations expanded, punctuation dropped."""
    abbr = _abbreviations()
    out = []
    for w in position.split():
        w = w.strip(",.;:()").casefold()
        if w and w != "-":
            out.extend(abbr.get(w, (w,)))
    return tuple(out)


@lru_cache(maxsize=1)
def _abbreviations() -> dict:
    return {k.casefold(): tuple(canonical(v).casefold().split()) for k, v in lexicon().abbreviations.items()}


def _subsequence(short: tuple, full: tuple) -> bool:
    it = iter(full)
    return all(w in it for w in short)


def _shorter(a: str, b: str) -> bool:
    """``a`` is a shorter form of ``b``: its words are a subsequence of b's, same head word."""
    wa, wb = _words(a), _words(b)
    return bool(wa) and wa[0] == wb[0] and _subsequence(wa, wb) and (len(wa) < len(wb) or len(a) < len(b))


MAX_POSTS = 40          # posts kept per person (merging is quadratic in them)


def merge(positions: Iterable[str]) -> list[str]:
    """Each post once, in order of first appearance; of a short and a full form, the full."""
    out: list[str] = []
    for p in dict.fromkeys(positions):
        if len(out) >= MAX_POSTS:
            break
        if any(_words(p) == _words(q) and len(p) <= len(q) or _shorter(p, q) for q in out):
            continue
        idx = [i for i, q in enumerate(out) if _shorter(q, p) or _words(q) == _words(p)]
        if idx:
            out[idx[0]] = p
            out = [q for i, q in enumerate(out) if i not in idx[1:]]
        else:
            out.append(p)
    return out
