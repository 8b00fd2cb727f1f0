"""An administrative unit word or phrase in a position's tail ("huyện", "thành phố", "TP"; not
"Tỉnh ủy", "xã hội"), a unit followed by its name ("huyện Gia Lâm"), and the full stop of a
unit's abbreviation ("UBND TP. Cần Thơ"), which ends no sentence."""
from __future__ import annotations

from functools import lru_cache

import regex

from ...text.normalize import canonical
from ...lexicon.phrases import lexicon, patterns
from .words import _WS, WORD

def _unit_with_name(text: str, q: int) -> bool:
    """An administrative unit and its name ("huyện Gia Lâm", "TP Hà Nội") at ``q``."""
    m = _is_unit(text, q) and patterns()["admin"].match(text, q)
    if not m:
        return False
    at = m.end() + 1 if text[m.end():m.end() + 1] == "." else m.end()   # glued: "TP.HCM"
    return text[_WS.match(text, at).end():][:1].isupper()


def _is_unit(text: str, q: int) -> bool:
    """Does an administrative unit word ("huyện", "thành phố", "TP") start at ``q``?"""
    return _is_unit_word(text, q, WORD.match(text, q))


def _is_unit_word(text: str, q: int, w) -> bool:
    """``_is_unit`` with the word at ``q`` (``WORD.match(text, q)``) given."""
    return _unit_match(text, q, w) is not None


def _unit_match(text: str, q: int, w):
    """The administrative unit phrase at ``q`` ("thành phố"; not "Tỉnh ủy", "xã hội"), or None."""
    pats = patterns()
    if not w or w.group().split(".", 1)[0] not in pats["admin_first"]:   # "TP.HCM" opens with "TP"
        return None
    m = pats["admin"].match(text, q)
    return m if m and not (text.startswith(pats["not_unit_next"], m.end()) and pats["not_unit"].match(text, q)) \
        else None


def abbrev_dot(text: str, q: int) -> bool:
    """Is the full stop at ``q`` that of an administrative abbreviation followed by its name or
    number ("UBND TP. Cần Thơ", "Công an Q. 1"), not a sentence end?"""
    i = q
    while i > 0 and q - i < 2 and text[i - 1].isalpha():
        i -= 1
    if i == q or i and (text[i - 1].isalnum() or text[i - 1] == "."):
        return False
    after = _NAME_AFTER.match(text, q + 1)
    # one letter ("Q. 1", "P. 5") only before a number: "Nguyễn Văn H. Sau đó" is an initial
    return text[i:q] + "." in _dotted_units() and bool(after) and (q - i > 1 or after.group()[-1].isdigit())

_NAME_AFTER = regex.compile(r"[ ]?[\p{Lu}\p{N}]")


@lru_cache(maxsize=1)
def _dotted_units() -> frozenset:
    """The administrative abbreviations written with a full stop ("TP.", "Q.")."""
    return frozenset(canonical(w) for w in lexicon().admin if w.endswith("."))
