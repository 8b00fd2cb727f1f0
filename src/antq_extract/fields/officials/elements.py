"""The elements the officials detector reads, and the separators between them.

An element is a rank, an honorific ("cue"), a degree, a name or a position, with its
normalized offsets. ``gap`` is the kind of text between an element and the one before it:
"adj" (spaces), "comma", "dash", "role" ("làm", "kiêm", "giữ chức"), "paren" (an opening bracket: "ông A
(Chủ tịch UBND xã)", or a birth year or age: "A (SN 1980, ...", "A (SN 1980, trú ...), ..."),
which keep a group together, or
"colon", "semi", "and" ("và") and "break" (anything else), which end it.

>>> [gap_kind(s) for s in (" ", ", ", " - ", "; ", " và ", ": ", " làm ", ", kiêm ", " phát biểu ", "/")]
['adj', 'comma', 'dash', 'semi', 'and', 'colon', 'role', 'role', 'break', 'comma']
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from ...lexicon.phrases import lexicon

JOINING = ("adj", "comma", "dash", "role", "paren")
_MARKS = {",": "comma", "-": "dash", ":": "colon", ";": "semi", "(": "paren",
          "/": "comma"}   # "Phó Bí thư/Chủ tịch UBND phường": two posts of one person
# a birth year or an age between a name and its post: "Nguyễn Văn A (SN 1980, Phó Chủ tịch UBND
# xã)", "Lê Văn B, sinh năm 1975, cán bộ địa chính xã", "Trần C (45 tuổi, Giám đốc Công ty X)",
# "Bùi D (SN 1975), Giám đốc Công ty Y"
# (rules/positions.yaml birth_words, age_words). Two readings, tried in this order: the post
# inside the bracket after the birth year, or the post after a whole bracket that opens with it
# ("A (SN 1980, trú xã X), Phó Chủ tịch UBND xã")


@lru_cache(maxsize=1)
def bios() -> tuple:
    lex = lexicon()
    words = lambda ws: "|".join(regex.escape(w) for w in sorted(ws, key=len, reverse=True))
    bio = rf"(?:(?:{words(lex.birth_words)})[ ]*\d{{4}}|\d{{1,3}}[ ]*(?:{words(lex.age_words)}))"
    roles = words(role_words())
    return (regex.compile(rf"[ ]*[(,][ ]*{bio}[ ]*,[ ]*"),
            regex.compile(rf"[ ]*\([ ]*{bio}[^()\n]{{0,80}}\)(?:[ ]*[,-][ ]*)?"),
            # "A, sinh năm 1975 là cán bộ ...": the role word after the birth year opens the post
            regex.compile(rf"[ ]*,[ ]*{bio}(?=[ ]+(?:{roles})[ ])"))


@lru_cache(maxsize=1)
def _bio_words() -> tuple:
    lex = lexicon()
    return tuple(dict.fromkeys(lex.birth_words + lex.age_words))


@dataclass(eq=False)
class El:
    """One element: kind is "rank", "cue", "deg", "name" or "pos"."""

    kind: str
    start: int
    end: int
    idx: int = -1              # rank: index in found["ranks"]
    plural: bool = False       # cue or rank: "các đồng chí", "các Thiếu tướng"
    qualifying: bool = False   # cue: "đồng chí" makes an official by itself
    source: str = "rule"       # name: "rule" or "ner"
    lower: bool = False        # name: written in lower case
    weak: bool = False         # pos: a lower-case weak head ("thường trực")
    disabled: bool = False     # pos: inside a "thay mặt ..." phrase
    gap: str = "break"         # separator before this element


def may_bio(text: str) -> bool:
    """Can ``text`` hold a birth year or an age (:func:`bios`)? A cheap test before the regexes."""
    return any(w in text for w in _bio_words())


@lru_cache(maxsize=1)
def role_words() -> tuple[str, ...]:
    """The joining words of kind "role" ("là", "kiêm", "hiện là"): a post follows them."""
    return tuple(w for w, kind in _joining_words().items() if kind == "role")


@lru_cache(maxsize=1)
def _joining_words() -> dict[str, str]:
    """rules/positions.yaml ``joining_words``: a word between a name and a post -> its kind."""
    return lexicon().joining_words


def gap_kind(text: str) -> str:
    """The kind of separator ``text`` is (see the module docstring)."""
    core = text.strip()
    if not core:
        return "adj" if "\n" not in text and not text.strip(" ") else "break"
    if core in _MARKS:
        return _MARKS[core]
    if may_bio(text):
        for bio in filter(None, (rx.match(text) for rx in bios())):
            rest = text[bio.end():]   # "A (SN 1980, Phó Chủ tịch ...", "A (SN 1985) là cán bộ ..."
            kind = gap_kind(rest) if rest else "paren"
            if kind != "break":
                return kind
    words = _joining_words()
    if core in words and text[0].isspace() and text[-1].isspace():
        return words[core]
    if core[:1] == "," and words.get(core[1:].strip()) == "role" and text[-1].isspace():
        return "role"   # "..., kiêm Chủ tịch ..."
    return "break"
