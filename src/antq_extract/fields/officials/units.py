"""An administrative unit word or phrase in a position's tail ("huyện", "thành phố", "TP"; not
"Tỉnh ủy", "xã hội"), and a unit followed by its name ("huyện Gia Lâm")."""
from __future__ import annotations

from ...lexicon.phrases import patterns
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
