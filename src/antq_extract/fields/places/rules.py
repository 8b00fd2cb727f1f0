"""The rule data of places (``rules/places.yaml``) and the patterns built from it, once.

The cue pattern finds a unit word and the name after it; the bare pattern finds a province's
name without one. Names are only looked up in the division lists (``places_data``), never
listed here; the bare pattern is one alternation of the province names of both lists.
"""
from __future__ import annotations

import re
from functools import lru_cache

import regex
from pydantic import BaseModel, ConfigDict

from ...lexicon.literals import grouped
from ...text.normalize import canonical, fold
from ...lexicon import RuleFile, load_rules
from .data import divisions

_L = r"\p{L}"
# A name word: capitalized (any case after), a number with an optional letter ("Phường 1",
# "12A"), a Roman numeral. Words are joined by one space, or by " - " ("Bà Rịa - Vũng Tàu").
_WORD = r"(?:\p{Lu}\p{L}*+(?:'[ ]?\p{L}++)*+|\d{1,3}[A-Z]?(?!\p{L}|[.,/]\d))"
NAME = rf"{_WORD}(?:(?:[ ]|[ ]?-[ ]?){_WORD}){{0,4}}"


class _Cue(BaseModel):
    model_config = ConfigDict(extra="forbid")
    words: list[str]
    levels: list[str]
    kinds: list[str]


class _PlacesFile(RuleFile):
    cues: list[_Cue]
    plural: list[str]
    list_and: list[str]
    list_intro: list[str]
    aliases: dict[str, str]
    spellings: dict[str, list[str]]
    letter_spellings: dict[str, str]
    bare_ambiguous: list[str]
    ambiguous_after: list[str]
    authorities: list[str]
    organisations: list[str]
    name_breaks: list[str]
    url_skip: list[str]
    national_authorities: list[str]
    national_not_after: list[str]
    lead_words: int
    attendance_openers: list[str]
    named_after: list[str]
    region_words: list[str]
    directions: list[str]
    unit_qualifiers: list[str]
    indefinite: list[str]
    rules: list[dict]


def data() -> _PlacesFile:
    return load_rules("places.yaml", _PlacesFile)


@lru_cache(maxsize=1)
def cue_table() -> dict[str, _Cue]:
    """Folded unit word -> its cue."""
    return {fold(w): c for c in data().cues for w in c.words}


def _alts(words) -> str:
    return "|".join(regex.escape(w).replace(r"\ ", "[ ]+") for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=1)
def cue_pattern():
    """Group ``cue``: the unit word; group ``name``: the words after it."""
    cues = _alts(canonical(w) for w in cue_table())
    quals = _alts(canonical(w) for w in data().unit_qualifiers)
    return regex.compile(rf"(?<!{_L})(?P<cue>(?i:{cues}))(?:(?<=\.)[ ]?|[ ]+)(?:(?:{quals})[ ]+){{0,2}}(?P<name>{NAME})")


@lru_cache(maxsize=1)
def _before_words() -> frozenset:
    return frozenset(fold(w) for w in data().indefinite + data().plural)


def _indefinite_before(text: str, pos: int) -> bool:
    """Is the word right before ``pos`` indefinite or plural ("một xã ...", "các xã ...")?"""
    words = text[max(0, pos - 12):pos].split()
    return bool(words) and fold(words[-1]) in _before_words()


@lru_cache(maxsize=1)
def _qualifiers_pattern():
    """One or two words that class the unit, after its unit word (``unit_qualifiers``)."""
    quals = _alts(canonical(w) for w in data().unit_qualifiers)
    return regex.compile(rf"(?:(?:{quals})[ ]+){{1,2}}")


@lru_cache(maxsize=1)
def _lower_cue_pattern():
    """The unit words alone, over lower-cased text (``re`` on literals is fast)."""
    cues = grouped(sorted(cue_table(), key=len, reverse=True))
    return re.compile(rf"(?:{cues})(?:(?<=\.) ?| +)")   # no look-behind: it defeats re's literal search


@lru_cache(maxsize=1)
def _name_pattern():
    return regex.compile(NAME)


def cue_hits(text: str, pos: int = 0):
    """(cue start, cue end, name start, name end) of every unit word followed by a name."""
    lower = text.lower()
    if len(lower) != len(text):     # lower() moved offsets: the slower case-insensitive pattern
        for m in cue_pattern().finditer(text, pos):
            if m.end("cue") + 1 < m.start("name") and _indefinite_before(text, m.start()):
                continue
            yield m.start("cue"), m.end("cue"), m.start("name"), m.end("name")
        return
    name = _name_pattern()
    for m in _lower_cue_pattern().finditer(lower, pos):
        if m.start() and text[m.start() - 1].isalpha() or m.end() == len(text):
            continue
        at = m.end()
        if text[at].islower() and (q := _qualifiers_pattern().match(text, at)) and q.end() < len(text):
            if _indefinite_before(lower, m.start()):
                continue   # "một xã miền núi Ba Vì": a commune of Ba Vì
            at = q.end()   # "xã biên giới| Tân Long"
        nxt = text[at]
        if (nxt.isupper() or nxt.isdigit()) and (n := name.match(text, at)):
            yield m.start(), len(m.group().rstrip(" ")) + m.start(), n.start(), n.end()


@lru_cache(maxsize=1)
def list_pattern():
    """A later name of a list after a plural unit word: ", B", " và C", after a note in brackets
    on the name before ("các phường Tân Bình (TP Hải Dương), Phả Lại (Chí Linh)")."""
    also = _alts(canonical(w) for w in data().list_and)
    return regex.compile(rf"(?P<paren>[ ]*\([^()\n]{{1,40}}\))?(?:[ ]*,[ ]*(?:(?:{also})[ ]+)?|[ ]+(?:{also})[ ]+)(?P<name>{NAME})")


@lru_cache(maxsize=1)
def plural_colon_pattern():
    """A list announced by a plural unit word (or a number) and a colon, or "gồm"/"là" ("các
    quận: Hồng Bàng, Lê Chân"; "các huyện trung du - miền núi, gồm: Đông Giang, ..."; "4 phường là
    Ba Đình, Lam Sơn ..."): group ``cue`` the unit word, ``name`` the first name (written without
    a unit word)."""
    cues = _alts(canonical(w) for w in cue_table())
    plural = _alts(canonical(w) for w in data().plural)
    intro = _alts(canonical(w) for w in data().list_intro)
    return regex.compile(rf"(?<!{_L})(?:(?i:{plural})|(?<!\d)\d{{1,2}})[ ]+(?P<cue>(?i:{cues}))"
                         rf"(?:[ ]+\p{{Ll}}[\p{{Ll}} -]{{0,30}}?)?(?:[ ]*,?[ ]*(?:{intro})?[ ]*:[ ]*|[ ]+(?:{intro})[ ]+)"
                         rf"(?P<name>{NAME})")


@lru_cache(maxsize=1)
def aliases() -> dict[str, str]:
    return {fold(k): fold(v) for k, v in data().aliases.items()}


@lru_cache(maxsize=1)
def spellings() -> dict[str, list[str]]:
    return {fold(k): [fold(v) for v in vs] for k, vs in data().spellings.items()}


@lru_cache(maxsize=1)
def letter_spellings() -> tuple[tuple[str, str], ...]:
    return tuple((fold(k), fold(v)) for k, v in data().letter_spellings.items())


@lru_cache(maxsize=1)
def directions() -> frozenset:
    return frozenset(canonical(w) for w in data().directions)


@lru_cache(maxsize=1)
def bare_pattern():
    """Province names of both lists (and their aliases) written alone, not before another
    capitalized word (a person's or a street's name); the word before is checked by the caller."""
    shorts = {units[0].short for key, units in divisions().by_name.items() if key[1] == "province"}
    skip = {fold(n) for n in data().bare_ambiguous}
    names = [n for n in shorts | set(data().aliases) if fold(n) not in skip and len(n) > 3]
    return re.compile(grouped(sorted(names, key=len, reverse=True), space=" "))


@lru_cache(maxsize=1)
def ambiguous_pattern():
    """An ambiguous province name (``bare_ambiguous``) right after a word that makes it a place
    ("quê Hòa Bình"); group ``name``."""
    words = _alts(canonical(w) for w in data().ambiguous_after)
    names = _alts(canonical(w) for w in data().bare_ambiguous)
    return regex.compile(rf"(?<!{_L})(?i:{words})[ ]+(?P<name>{names})(?![ ]*\p{{Lu}}|{_L})")


def bare_hits(text: str):
    """Spans of province names written alone: whole words, not after "<digit> ", not before a
    capitalized word. (The boundaries are checked here: look-arounds slow re's literal search.)"""
    for m in ambiguous_pattern().finditer(text):
        yield m.span("name")
    for m in bare_pattern().finditer(text):
        s, e = m.span()
        if s and (text[s - 1].isalpha() or text[max(0, s - 2):s - 1].isdigit() and text[s - 1] == " "):
            continue
        after = text[e:e + 2]
        if after[:1].isalpha() or after.lstrip(" ")[:1].isupper():
            continue
        yield s, e


@lru_cache(maxsize=1)
def authority_pattern():
    """An authority's name ending right before a place (group 0 ends where the place starts)."""
    return regex.compile(rf"(?<!{_L})(?i:{_alts(canonical(w) for w in data().authorities)})[ ]+$")


@lru_cache(maxsize=1)
def national_pattern():
    """A national authority's name anywhere in a sentence ("Bộ Công an tổ chức Hội nghị")."""
    before = _alts(canonical(w) for w in data().national_not_after)
    return regex.compile(rf"(?<!(?i:{before})[ ]+)(?<!{_L})(?i:{_alts(canonical(w) for w in data().national_authorities)})(?!{_L})")


@lru_cache(maxsize=1)
def plural_words() -> frozenset[str]:
    return frozenset(fold(w) for w in data().plural)


@lru_cache(maxsize=1)
def organisation_words() -> tuple[frozenset[str], frozenset[str], int]:
    """(folded organisation heads, folded name-break words, the longest head in words)."""
    heads = frozenset(fold(w) for w in data().organisations)
    return heads, frozenset(fold(w) for w in data().name_breaks), max(len(h.split()) for h in heads)


@lru_cache(maxsize=1)
def named_after_pattern():
    """A noun of ``named_after`` in lower case ending right before a place ("thôn |Thái Nguyên"),
    not after a region word ("vùng núi |Sơn La": the province's mountain area)."""
    region = _alts(canonical(w) for w in data().region_words)
    return regex.compile(rf"(?<!{_L})(?<!(?i:{region})[ ]+)(?:{_alts(canonical(w) for w in data().named_after)})[ ]+$")
