"""Looking a written name up in the division lists (``places_data``): its folded key, its other
spellings (``rules/places.yaml`` aliases and spellings, an apostrophe a Central Highlands name
may have lost), and the first level of the unit word's cue at which it names a unit of either
list, before or after the merger of 1 July 2025."""
from __future__ import annotations

from functools import lru_cache
from itertools import islice, product
from typing import Optional

import regex

from . import rules as R
from .data import LEGACY, NEW, divisions


_LOST_APOSTROPHE = regex.compile(r"\p{Lu}\p{Lu}\p{Ll}")   # "BLá", "KLong": two capitals, then small letters


_APOSTROPHE = regex.compile(r"'[ ]")


def folded_key(written: str) -> str:
    """Folded form of normalized article text: case folding and single spaces suffice."""
    return " ".join(written.split()).casefold()


def _variants(short: str):
    """``short`` (folded, alias applied), then its other spellings (rules/places.yaml), then the
    apostrophe a name of the Central Highlands may have lost ("BLá" for "B'Lá"), then the lists'
    old typing of some letters ("Vĩnh Nguơn" for "Vĩnh Ngươn"), then the name written as one word
    ("Đakrông" for "Đa Krông")."""
    key = _APOSTROPHE.sub("'", folded_key(short))
    key = R.aliases().get(key, key)
    yield key
    if _LOST_APOSTROPHE.match(short):
        yield key[0] + "'" + key[1:]
    options = [(w, *R.spellings().get(w, ())) for w in key.split(" ")]
    if any(len(o) > 1 for o in options):       # every word's spellings, together ("Đăk Lăk")
        yield from (" ".join(words) for words in islice(product(*options), 1, None))
    for letters, typed in R.letter_spellings():
        if letters in key:
            yield key.replace(letters, typed)
    if " " not in key and key in _joined():
        yield _joined()[key]   # "Đakrông" for the list's "Đa Krông": the syllables written as one word


@lru_cache(maxsize=1)
def _joined() -> dict[str, str]:
    """The lists' names of two or more syllables written as one word -> as the lists write them."""
    return {short.replace(" ", ""): short for _era, _level, short in divisions().by_name if " " in short}


@lru_cache(maxsize=4096)
def lookup_name(short: str, unit_word: Optional[str]) -> Optional[tuple[str, dict]]:
    """The level and candidates of ``short`` after the folded ``unit_word`` (a key of the cue
    table; None: a province's name alone). Kept for the next mention: the lists never change."""
    cue = R.cue_table()[unit_word] if unit_word is not None else None
    for key in _variants(short):
        found = _lookup_key(key, cue)
        if found:
            return found
    return None


def _lookup_key(short: str, cue) -> Optional[tuple[str, dict]]:
    """The first level of the cue at which ``short`` names a unit of either list."""
    d = divisions()
    for level in (cue.levels if cue else ("province",)):
        cands = {}
        for era in (LEGACY, NEW):
            units = d.find(era, level, short)
            if cue and level == "province":
                units = [u for u in units if u.kind in cue.kinds]
            elif cue:
                units = sorted(units, key=lambda u: cue.kinds.index(u.kind) if u.kind in cue.kinds else 9)
            if units:
                cands[era] = tuple(units)
        if cands:
            return level, cands
    return None
