"""What makes a capitalised run no person's name: an organisation noun or an administrative
unit a few words before it ("Công ty TNHH ... Hoàng Gia", "tỉnh Hà Nam"), a name-like
organisation or place that starts at it ("Đoàn Thanh niên", "Hồ Chí Minh"), and the place
names that may open a run before the person's name ("tỉnh Quảng Trị Nguyễn Văn Bình"). Word
lists: ``rules/positions.yaml`` (organisations, administrative units, places, not persons)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from ...lexicon.phrases import alternation, lexicon


@dataclass(frozen=True)
class _Guards:
    org_before: frozenset     # organisation nouns: a run right after one names an organisation
    admin_before: frozenset   # administrative units ("tỉnh"): a run right after one is a place
    places: frozenset         # folded place names ("ha nam" written "hà nam")
    not_persons: frozenset
    cut: object               # title or organisation word: a run is cut before it
    kinship: object           # a leading honorific or kinship word: cut after it
    cut_words: frozenset      # first words of all of those, to try the regexes only there
    not_person_firsts: frozenset
    unit_names: frozenset     # wards and communes named after historical figures


@lru_cache(maxsize=1)
def guards() -> _Guards:
    lex = lexicon()
    end = r"(?![\p{L}\p{N}])"
    firsts = [w.split()[0].casefold() for w in lex.heads + lex.deputy + lex.weak_heads +
              lex.deputy_only + lex.organisations + lex.kinship]
    return _Guards(
        frozenset(squash(w) for w in lex.org_nouns),
        frozenset(squash(w).rstrip(".") for w in lex.admin),
        frozenset(squash(p).casefold().replace(" - ", " ") for p in lex.places + lex.name_like_words),
        frozenset(squash(n).casefold() for n in lex.not_persons),
        regex.compile(rf"(?:{alternation(lex.organisations)}){end}"),
        regex.compile(rf"(?:{alternation(lex.kinship)}){end}"),
        frozenset(firsts),
        frozenset(squash(n).split()[0].casefold() for n in lex.not_persons),
        frozenset(squash(p).casefold() for p in lex.unit_names))


def squash(text: str) -> str:
    """Single spaces: ``canonical`` for text that is already normalized (article.text)."""
    return " ".join(text.split())


_CLAUSE_MARK = regex.compile(r"[,;:.!?()\[\]\n\"]")


_ORG_REACH = 60          # characters looked back for an organisation noun


_ORG_WORDS = 6           # at most this many words between it and the run


def org_name_before(text: str, start: int) -> bool:
    """An organisation noun a few words back in the clause, with only lower-case words or
    capital abbreviations between ("Công ty TNHH và dịch vụ |Hoàng Gia Việt Nam"): the run ends
    the organisation's name, it names no person. A stop word between ("Công ty cho biết ông
    ...") or a capitalised word ends the name."""
    window = text[max(0, start - _ORG_REACH):start]
    cut = [m.end() for m in _CLAUSE_MARK.finditer(window)]
    words = window[cut[-1] if cut else 0:].split()
    g, stops = guards(), _stop_words()
    for n in (1, 2, 3):
        for j in range(len(words) - n, max(-1, len(words) - n - _ORG_WORDS - 1), -1):
            if " ".join(words[j:j + n]) in g.org_before:
                rest = words[j + n:]
                if all((w.islower() or w.isupper()) and w.casefold() not in stops for w in rest):
                    return True
    return False


@lru_cache(maxsize=1)
def _stop_words() -> frozenset:
    """The one-word stops of rules/positions.yaml: verbs and function words that end a name."""
    return frozenset(w.casefold() for w in lexicon().stops if " " not in w)


def not_person(text: str, first: tuple) -> bool:
    """Does a name-like organisation or place ("Đoàn Thanh niên", "Hồ Chí Minh") start at the
    syllable ``first`` ((start, end))?"""
    if word(text, first) not in guards().not_person_firsts:
        return False
    head = squash(text[first[0]:first[0] + 40]).casefold()
    return any(head.startswith(n) and not head[len(n):len(n) + 1].isalpha() for n in guards().not_persons)


def words_before(text: str, start: int) -> list[str]:
    """The last one, two and three words before ``start`` ("THPT", "Trường THPT", ...)."""
    if text[start - 1:start] not in (" ", "."):
        return []
    words = text[max(0, start - 30):start].replace(".", " ").split()
    return [" ".join(words[-n:]) for n in (1, 2, 3) if len(words) >= n]


def place_len(text: str, seg: list, places: frozenset) -> int:
    """How many leading syllables of ``seg`` name a place of ``places`` (0 if none)."""
    words = [word(text, s) for s in seg[:4]]
    for n in (4, 3, 2):
        if len(words) >= n and " ".join(words[:n]) in places:
            return n
    return 0


def word(text: str, syl: tuple) -> str:
    """The case-folded syllable ``syl`` ((start, end) in ``text``)."""
    return text[syl[0]:syl[1]].casefold()
