"""Is a word a well-formed Vietnamese syllable? The measure of a candidate decoding.

A syllable is an optional onset, a vowel nucleus, an optional coda, and at most
one tone mark; a syllable closed by a stop (c, ch, k, p, t) takes only the acute or
the dot-below tone. Mis-decoded legacy bytes break these rules almost always, so
the share of well-formed syllables tells the right encoding from the wrong ones.

>>> [is_syllable(w) for w in ("Công", "nghiêng", "Quyết", "thuở", "tìt", "Cụtộ", "Vieọt")]
[True, True, True, True, False, False, False]
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache


from ..lexicon import RuleFile, load_rules

_TONES = {"\u0300": "grave", "\u0301": "acute", "\u0303": "tilde", "\u0309": "hook", "\u0323": "dot"}
_WORD = re.compile(r"[^\W\d_]+")


class _Syllables(RuleFile):
    """rules/syllables.yaml: space-separated lists."""

    onsets: str
    open_nuclei: str
    closed_nuclei: str
    codas: str
    stops: str


def _alt(words: str) -> str:
    return "|".join(sorted(words.split(), key=len, reverse=True))


@lru_cache(maxsize=1)
def _rules() -> tuple[re.Pattern, frozenset]:
    r = load_rules("syllables.yaml", _Syllables)
    pattern = rf"(?:{_alt(r.onsets)})?(?:(?:{_alt(r.open_nuclei)})|(?:{_alt(r.closed_nuclei)})((?:{_alt(r.codas)})?))"
    return re.compile(pattern), frozenset(r.stops.split())


@lru_cache(maxsize=8192)
def is_syllable(word: str) -> bool:
    """True when ``word`` (any case, NFC or NFD) is a well-formed Vietnamese syllable."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = [_TONES[ch] for ch in decomposed if ch in _TONES]
    if len(tones) > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _TONES))
    pattern, stops = _rules()
    match = pattern.fullmatch(bare)
    if match is None:
        return False
    if match.group(1) in stops and (not tones or tones[0] not in ("acute", "dot")):
        return False
    return True


def words(text: str) -> list[str]:
    """The letter runs of ``text`` (NFC first, so that combining marks stay in their word)."""
    return _WORD.findall(unicodedata.normalize("NFC", text))


def reads_vietnamese(token: str) -> bool:
    """A token with non-ASCII letters whose every non-ASCII letter run is a syllable."""
    runs = [w for w in words(token) if not w.isascii()]
    return bool(runs) and all(is_syllable(w) for w in runs)


def share(tokens: list[str]) -> float:
    """The share of ``tokens`` that read as Vietnamese (0.0 for none)."""
    return sum(map(reads_vietnamese, tokens)) / len(tokens) if tokens else 0.0
