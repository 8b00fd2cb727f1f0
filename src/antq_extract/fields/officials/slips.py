"""Typing slips in personal names: a surname one letter off, a name repeated with one letter changed.

News pages are typed fast: "Nguễn Văn An" for "Nguyễn Văn An", and a person named "Trần Văn
Hòa" in one paragraph and "Trần Văn Hóa" in the next. A letter here is a character of the
decomposed (NFD) form, so a changed tone mark or a dropped hat is one letter.

* :func:`is_surname_slip` — one edit (a letter added, dropped or changed) from a lexicon surname
  of five letters or more ("Nguyễn", "Hoàng", "Trương"); shorter ones are too close to other
  words ("Lê", "Hà"). It is asked only of a run of three syllables or more that already
  stands where a name is expected (after a rank or honorific, before a title): a two-syllable
  run is too often a place one letter off a surname ("Mường La", "Lường").
* :func:`variant_of` — two names of one article with the same number of syllables, equal but for
  one syllable that is one edit from the other's, are one person; :func:`merge_variants` joins
  them in the officials detector's table of people.

>>> is_surname_slip("Nguễn"), is_surname_slip("Nguyễn"), is_surname_slip("Lẽ")
(True, False, False)
>>> variant_of("Trần Văn Hóa", "Trần Văn Hòa"), variant_of("Lê Minh Tuân", "Lê Minh Tuấn")
(True, True)
>>> variant_of("Trần Văn Hòa", "Trần Văn Hòa"), variant_of("Lê Văn Nam", "Lê Văn Hải")
(False, False)
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

MIN_LETTERS = 5         # surnames shorter than this have too many one-letter neighbours


def _letters(word: str) -> str:
    return unicodedata.normalize("NFD", word.casefold())


def _deletions(word: str) -> set:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


def one_edit(a: str, b: str) -> bool:
    """Are the two (NFD) strings one insertion, deletion or substitution apart?"""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = sorted((a, b), key=len)
    return short in _deletions(long_)


@lru_cache(maxsize=1)
def _long_surnames() -> tuple:
    from .names import surnames   # names imports this module
    return tuple(s for s in map(_letters, surnames()) if " " not in s and len(s) >= MIN_LETTERS)


@lru_cache(maxsize=256)
def is_surname_slip(word: str) -> bool:
    """Is ``word`` not a surname but one letter off a long one ("Nguễn", "Hòang")?"""
    w = _letters(word)
    longs = _long_surnames()
    return w not in longs and len(w) >= MIN_LETTERS - 1 and any(one_edit(w, s) for s in longs)


def variant_of(name: str, other: str) -> bool:
    """Is ``name`` ``other`` with one syllable one letter off ("Trần Văn Hóa", "Trần Văn Hòa")?"""
    a, b = name.casefold().split(), other.casefold().split()
    if len(a) != len(b) or len(a) < 2:
        return False
    diff = [(x, y) for x, y in zip(a, b) if x != y]
    return len(diff) == 1 and one_edit(_letters(diff[0][0]), _letters(diff[0][1]))


def merge_variants(people: dict) -> None:
    """A name repeated with one letter changed ("Trần Văn Hòa" ... "Trần Văn Hóa") is one
    person: the form written less often joins the other (on a tie, the later joins the earlier),
    unless the two have different ranks. Its key then maps to the same entry."""
    sizes = [len(k.split()) for k in people]
    if len(set(sizes)) == len(sizes):
        return   # no two names with as many syllables
    order = sorted(people, key=lambda k: (-len(people[k]["spans"]), people[k]["spans"][0].start))
    for i, k in enumerate(order):
        p = people[k]
        host = next((people[h] for h in order[:i] if people[h] is not p and
                     len(h) - len(k) in (-1, 0, 1) and variant_of(p["name"], people[h]["name"]) and
                     (not p["rank"] or not people[h]["rank"] or p["rank"] == people[h]["rank"])), None)
        if host is not None:
            host["spans"] += p["spans"]
            host["positions"] += p["positions"]
            host["rank"] = host["rank"] or p["rank"]
            host["official"] |= p["official"]
            host["source"] |= p["source"]
            people[k] = host
