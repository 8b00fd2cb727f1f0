"""The grammar of one position's tail: from its head title to where the post ends.

A position is ``[former] [deputy] HEAD TAIL`` (``positions.py`` finds the heads). The tail, the
organisation the title belongs to, is read word by word (:func:`tail_end`) until a stop:
punctuation (a comma goes on only into an organisation word, an administrative unit with its
name, the next item of an enumeration closed by "và" or inside a fixed wording such as "phòng,
chống"; a dash into a capitalised word), a verb or function word from ``stops`` ("phát biểu",
"đã"), the start of a name, rank, honorific or degree, a line break that does not continue the
phrase, a lower-case word after an administrative unit ("Công an tỉnh| nhà"), a word glued in
capitals (a photo credit), a bracket or quote that names nothing. A full stop of an
administrative abbreviation ("UBND TP. Cần Thơ") is no end (:func:`abbrev_dot`).

>>> def post(text, head): return text[:tail_end(text, 0, len(head), set())]
>>> post("Phó Chủ tịch UBND TP. Cần Thơ cho biết", "Phó Chủ tịch")
'Phó Chủ tịch UBND TP. Cần Thơ'
>>> post("Giám đốc Sở Văn hóa, Thể thao và Du lịch phát biểu", "Giám đốc")
'Giám đốc Sở Văn hóa, Thể thao và Du lịch'
>>> post("Giám đốc Công an tỉnh nhà khẳng định", "Giám đốc"), post("Bí thư Tỉnh ủy nhiệm kỳ 2026-2031", "Bí thư")
('Giám đốc Công an tỉnh', 'Bí thư Tỉnh ủy')
"""
from __future__ import annotations

from functools import lru_cache

import regex

from ...text.normalize import canonical
from ...lexicon.phrases import first_words, lexicon, patterns
from .units import _is_unit, _is_unit_word, _unit_match, _unit_with_name, abbrev_dot
from .words import WORD, ws_end

MAX_WORDS = 40          # a tail longer than this is not a title


def workplace(text: str, start: int, end: int) -> bool:
    """Does text[start:end] name an organisation or an administrative unit ("Đội CSGT số 1",
    "Công ty cổ phần X", "xã Tân Hà")? A job word is a post only with its workplace."""
    pats = patterns()
    return any(pats["org"].match(text, w.start()) or _is_unit_word(text, w.start(), w) or w.group()[0].isupper()
               for w in WORD.finditer(text, start, end))


def tail_end(text: str, head_start: int, pos: int, blocked: set) -> int:
    """End of the position whose head is text[head_start:pos]. After an administrative unit
    ("tỉnh") or a unit and its name ("xã Ninh Hiệp") only another unit, a word that describes
    the unit ("đảo"), punctuation or a capital goes on."""
    ends, unit, place = [_fixed_from_head(text, head_start, pos)], False, False
    n, unit_firsts = len(text), patterns()["admin_first"]
    while len(ends) <= MAX_WORDS:
        q = ws_end(text, ends[-1])
        if q >= n or q in blocked or not _line_goes_on(text, ends[-1], q):
            break
        w = WORD.match(text, q)
        unit_m = _unit_match(text, q, w) if w and w.group() in unit_firsts else None   # the cheap test first
        is_unit = unit_m is not None
        if (place or unit) and text[q].islower() and not is_unit and not _qualifies_unit(text, q):
            break  # "UBND xã Ninh Hiệp| xác nhận", "Công an tỉnh| nhà": a lower-case word ends
        step = unit_m.end() if is_unit else _step(text, q, blocked, w)
        if step is None:
            break
        place = (unit or place) and text[q].isupper()
        unit = is_unit
        ends.append(step)
    while len(ends) > 1 and text[_last_word_start(text, ends):ends[-1]] in _trailers():
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
    pats = patterns()
    for w in WORD.finditer(text, head_start, pos):
        m = w.group().casefold() in pats["fixed_first"] and pats["fixed"].match(text, w.start())
        if m and m.end() > pos:
            return m.end()
    return pos


def _line_goes_on(text: str, end: int, q: int) -> bool:
    """A line break inside a position only before a lower-case continuation, never a blank line
    (the paragraph ends: "... Bộ đội Biên phòng Việt Nam\n\nvnews")."""
    breaks = text.count("\n", end, q)
    return not breaks or breaks == 1 and text[q].islower()


def _step(text: str, q: int, blocked: set, w):
    """End of the next piece of the tail starting at ``q`` (``w``: the word there, if any),
    or None where it stops."""
    ch = text[q]
    if ch == "(":
        if head_at(text, ws_end(text, q + 1)):
            return None   # a second post in brackets ("... xã Bảo Lâm 1 (Cụm trưởng)"): its own
        close = text.find(")", q, q + 80)
        return close + 1 if close > 0 and "\n" not in text[q:close] and _names_a_place(text, q + 1) else None
    if ch == '"':
        return _quoted_name(text, q)
    if ch == "." and abbrev_dot(text, q):
        return q + 1
    if ch == "-" and q and text[q - 1].isalnum() and text[q + 1:q + 2].isdigit():
        return q + 1   # a unit's code with a dash in it: "Tổ C2-911", "Đội 6-113"
    if ch in ",-":
        return q + 1 if _sep_goes_on(text, q + 1, ch, blocked) else None
    if w is None:
        return None
    word, pats = w.group(), patterns()
    cut = word.find("/")
    if cut > 0 and head_at(text, q + cut + 1):
        return q + cut   # "Phó Bí thư Thường trực|/Trưởng khối vận phường": two posts
    if not word.islower():
        if word[0].isupper() and q and text[q - 1].isalpha():
            return None  # "Công an tỉnh|ẢNH: ..." - a photo credit glued to the caption
        glued = not (word.istitle() or word.isupper()) and _GLUED.search(word)
        if glued:
            return q + glued.start()
    fixed = word.casefold() in pats["fixed_first"] and pats["fixed"].match(text, q)
    if fixed:
        return fixed.end()
    if word[0].islower() and (is_stop(text, q, word) or _reduplicated(text, w) or
                              (word == "và" and not _and_goes_on(text, w.end(), blocked))):
        return None
    return w.end()


def _reduplicated(text: str, w) -> bool:
    """A lower-case syllable written twice ("rưng rưng", "tươi tươi"): a reduplicative, a verb or an
    adjective of the sentence, never a word of an organisation's name."""
    nxt = WORD.match(text, ws_end(text, w.end()))
    return nxt is not None and nxt.group() == w.group()


def head_word(w) -> str:
    """The folded first word of a title at the WORD match ``w``, cut at a slash ("UVBTVQU/Bí")."""
    return w.group().split("/", 1)[0].casefold()


def head_at(text: str, q: int) -> bool:
    """Does a head title start at ``q``?"""
    w = WORD.match(text, q)
    return bool(w) and head_word(w) in first_words() and bool(patterns()["head"].match(text, q))


_GLUED = regex.compile(r"(?<=\p{Ll})\p{Lu}")
_QUOTED = regex.compile(r'"\p{Lu}[^"\n.;:!?]{0,60}"')


def _names_a_place(text: str, q: int) -> bool:
    """Does a bracket opened before ``q`` name an organisation or a place ("(Bộ Công an)", "(Phú
    Yên)", "(C03)", "(huyện Đức Cơ)")? A caption's "(bên phải)", "(thứ hai từ trái sang)" is not
    part of the post."""
    q = ws_end(text, q)
    return q < len(text) and (text[q].isupper() or text[q].isdigit() or _is_unit(text, q))


def _quoted_name(text: str, q: int):
    """End of a short quoted name at ``q`` inside a post ("Trưởng ban Chỉ đạo phong trào "Vì
    an ninh Tổ quốc" tỉnh"), or None: a quote that opens speech ends the post."""
    m = _QUOTED.match(text, q)
    return m.end() if m else None


def is_stop(text: str, q: int, word: str) -> bool:
    """Does a stop word or phrase ("phát biểu", "đã") start at ``q`` (its first word ``word``)?"""
    pats = patterns()
    return word in pats["stop_words"] or word in pats["stop_first"] and bool(pats["stop"].match(text, q))


def _sep_goes_on(text: str, q: int, sep: str, blocked: set) -> bool:
    """After "," only an organisation word goes on; after "-" any capitalised non-title word."""
    q = ws_end(text, q)
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
    if text.find(" và ", q, q + ENUM_ITEMS * 60) < 0:
        return False   # no "và" close enough to end an enumeration: the cheap test first
    for _ in range(ENUM_ITEMS):
        end = _SEGMENT.match(text, q).end()
        for i, w in enumerate(WORD.finditer(text, q, end)):
            if i >= ENUM_WORDS or w.start() in blocked or pats["head"].match(text, w.start()) or \
                    w.group()[0].islower() and is_stop(text, w.start(), w.group()):
                return False
            if w.group() == "và" and i:
                return True
        if text[end:end + 1] != "," or end == q:
            return False
        q = ws_end(text, end + 1)
    return False


def _and_goes_on(text: str, q: int, blocked: set) -> bool:
    """"và" joins two words of one organisation name ("Viện Khoa học và Chiến lược"); not an
    organisation word that a verb follows, the subject of the next clause ("Thứ trưởng Bộ Công
    an và Cục| đã chỉ đạo")."""
    q = ws_end(text, q)
    if q >= len(text) or q in blocked or patterns()["head"].match(text, q):
        return False
    w = WORD.match(text, q)
    if not w or is_stop(text, q, w.group()) or w.group()[0].isdigit() or text.startswith(_and_breakers(), q):
        return False
    org = patterns()["org"].match(text, q)
    nxt = WORD.match(text, ws_end(text, org.end())) if org else None
    return not (nxt and nxt.group()[0].islower() and is_stop(text, nxt.start(), nxt.group()))


@lru_cache(maxsize=1)
def _trailers() -> frozenset:
    return frozenset(lexicon().tail_trailers)


@lru_cache(maxsize=1)
def _and_breakers() -> tuple:
    return tuple(canonical(w) for w in lexicon().and_breakers)


def _last_word_start(text: str, ends: list) -> int:
    return ws_end(text, ends[-2])
