"""The cues before an official's name: honorifics ("đồng chí", "ông", "bà"; a plural "các
đồng chí" marked as such) found where the article's lexicon scan saw their first word, and the
degrees or profession written right before a name ("PGS.TS", "bác sĩ"). Word lists:
``rules/positions.yaml`` (honorifics, qualifying, degrees)."""
from __future__ import annotations

from functools import lru_cache

import regex

from ...text.normalize import canonical
from ...lexicon import matcher, phrases as lexicon
from .elements import El


@lru_cache(maxsize=1)
def cue_rx():
    lex = lexicon.lexicon()
    return regex.compile(rf"(?<![\p{{L}}])(?:{lexicon.alternation(lexicon.case_variants(lex.honorifics))})"
                         rf"(?![\p{{L}}/])")


def _honorifics() -> list[str]:
    return [canonical(h) for h in lexicon.lexicon().honorifics]


matcher.register("officials.honorifics", _honorifics)


def _cue_matches(text: str):
    """``cue_rx().finditer(text)``, the regex tried only where the article's lexicon scan
    found an honorific's first word."""
    return matcher.finditer("officials.honorifics", cue_rx(), text, word_start=True)


@lru_cache(maxsize=1)
def _deg_rx():
    d = lexicon.alternation(lexicon.case_variants(lexicon.lexicon().degrees))
    return regex.compile(rf"(?<![\p{{L}}])(?:{d})(?:\.?(?:[ ]*[,.][ ]*|[ ]+)(?:{d}))*\.?(?=[ ,]*$)")




@lru_cache(maxsize=1)
def _plural():
    """A plural right before an honorific ("các đồng chí"): rules/positions.yaml plural."""
    return regex.compile(rf"(?i)(?:{lexicon.alternation(lexicon.lexicon().plural)})\s+$")


@lru_cache(maxsize=1)
def _qualifying() -> frozenset:
    """Case-folded honorifics that make an official by themselves ("đồng chí")."""
    return frozenset(canonical(q).casefold() for q in lexicon.lexicon().qualifying)


def cues(text: str) -> list:
    qual = _qualifying()
    out = []
    for m in _cue_matches(text):
        pl = _plural().search(text, max(0, m.start() - 8), m.start())
        out.append(El("cue", pl.start() if pl else m.start(), m.end(), plural=bool(pl),
                      qualifying=m.group().casefold() in qual))
    return out


def degree_before(text: str, pos: int, seen: dict):
    """The degrees or profession written right before ``pos`` ("Thiếu tướng, PGS.TS |Bùi ..."):
    (start, end) or None. Degrees matter only before a name, so only there are they read."""
    if pos not in seen:
        tail = text[max(0, pos - 12):pos].replace(".", " ").replace(",", " ").split()
        last = tail[-1].casefold() if tail else ""
        m = _deg_rx().search(text, max(0, pos - 40), pos) if last in _degree_ends() else None
        seen[pos] = m.span() if m else None
    return seen[pos]


@lru_cache(maxsize=1)
def _degree_ends() -> frozenset:
    """Last words of the degrees (a cheap test before the regex)."""
    return frozenset(canonical(d).split()[-1].casefold() for d in lexicon.lexicon().degrees)
