"""The rule data of places (``rules/places.yaml``) and the patterns built from it, once.

The cue pattern finds a unit word and the name after it; the bare pattern finds a province's
name without one. Names are only looked up in the division lists (``places_data``), never
listed here; the bare pattern is one alternation of the province names of both lists.
"""
from __future__ import annotations

from functools import lru_cache

import regex
from pydantic import BaseModel, ConfigDict

from ..normalize import canonical, fold
from ..rules import About, load_rules
from .places_data import divisions

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


class _PlacesFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    about: About
    cues: list[_Cue]
    plural: list[str]
    aliases: dict[str, str]
    spellings: dict[str, list[str]]
    bare_ambiguous: list[str]
    authorities: list[str]
    url_skip: list[str]
    rules: list[dict]


@lru_cache(maxsize=1)
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
    return regex.compile(rf"(?<!{_L})(?P<cue>(?i:{cues}))(?:(?<=\.)[ ]?|[ ]+)(?P<name>{NAME})")


@lru_cache(maxsize=1)
def list_pattern():
    """A later name of a list after a plural unit word: ", B", " và C"."""
    return regex.compile(rf"(?:[ ]*,[ ]*(?:và[ ]+)?|[ ]+và[ ]+)(?P<name>{NAME})")


@lru_cache(maxsize=1)
def aliases() -> dict[str, str]:
    return {fold(k): v for k, v in data().aliases.items()}


@lru_cache(maxsize=1)
def spellings() -> dict[str, list[str]]:
    return {fold(k): [fold(v) for v in vs] for k, vs in data().spellings.items()}


@lru_cache(maxsize=1)
def bare_pattern():
    """Province names of both lists (and their aliases) written alone, not before another
    capitalized word (a person's or a street's name); the word before is checked by the caller."""
    shorts = {units[0].short for key, units in divisions().by_name.items() if key[1] == "province"}
    skip = {fold(n) for n in data().bare_ambiguous}
    names = [n for n in shorts | set(data().aliases) if fold(n) not in skip and len(n) > 3]
    return regex.compile(rf"(?<!{_L}|\d[ ])(?:{_alts(names)})(?![ ]?\p{{Lu}}|{_L})")


@lru_cache(maxsize=1)
def authority_pattern():
    """An authority's name ending right before a place (group 0 ends where the place starts)."""
    return regex.compile(rf"(?<!{_L})(?i:{_alts(canonical(w) for w in data().authorities)})[ ]+$")


@lru_cache(maxsize=1)
def plural_words() -> frozenset[str]:
    return frozenset(fold(w) for w in data().plural)
