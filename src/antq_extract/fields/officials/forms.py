"""Names in forms the capitalised-run reader of ``names`` does not see, right after a cue (lower
case "nguyễn văn a", an Ê Đê name with a hyphen "Y-Hơ Êban"), and the forms a name is shown in
(:func:`display`) and compared by (:func:`toneless`)."""
from __future__ import annotations

import unicodedata

import regex

from ...lexicon.phrases import patterns
from .name_guards import word as _word
from .names import surnames

_LOWER = regex.compile(r"[ ]+(\p{Ll}{1,7})(?![\p{L}\p{N}])")
_HYPHENED = regex.compile(r"[ ]{1,2}(Y-\p{Lu}\p{Ll}*(?:[ ]{1,2}\p{Lu}\p{Ll}*){0,3})(?![\p{L}\p{N}'-])")


def hyphened_name(text: str, pos: int):
    """An Ê Đê name written with a hyphen after its prefix ("Y-Hơ Êban") right after a cue
    ending at ``pos``: (start, end) or None."""
    m = "Y-" in text[pos:pos + 4] and _HYPHENED.match(text, pos)
    return m.span(1) if m else None


def lower_name(text: str, pos: int):
    """A lower-case name right after a cue ending at ``pos``: (start, end) or None."""
    words, q = [], pos
    while len(words) < 4:
        m = _LOWER.match(text, q)
        if not m or patterns()["stop"].match(text, m.start(1)) or patterns()["head"].match(text, m.start(1)):
            break
        words.append((m.start(1), m.end(1)))
        q = m.end()
    if len(words) >= 2 and _word(text, words[0]) in surnames():
        return words[0][0], words[-1][1]
    return None


def display(text: str) -> str:
    """The name as an Official carries it (from article.text): single spaces, each syllable
    capitalised."""
    return " ".join(w[:1].upper() + w[1:] if w[:1].islower() else w for w in text.split())


_TONES = "\u0300\u0301\u0303\u0309\u0323"


def toneless(word: str) -> tuple:
    """A syllable without its tone mark, and the mark: "Đòan" and "Đoàn" compare equal."""
    nfd = unicodedata.normalize("NFD", word.casefold())
    return "".join(c for c in nfd if c not in _TONES), "".join(sorted(c for c in nfd if c in _TONES))
