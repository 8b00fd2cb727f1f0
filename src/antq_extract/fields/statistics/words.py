"""Vietnamese words of two to four syllables, so that a unit is a whole word.

A unit not in the rule tables is the longest dictionary word that starts where
the unit starts: "1.345 giám thị" -> "giám thị", "hai ba lô" -> "ba lô", not
the first syllable alone. The dictionary is Hồ Ngọc Đức's free Vietnamese word
list (Viet74K) as underthesea ships it inside its wheel
(``underthesea/corpus/data/Viet74K.txt``). It is read once, lazily, from the
installed package (about 0.1 s, when the statistics detector first runs), without
importing underthesea and with no network; its entries are normalized and
case-folded like article text ("hoà" -> "hòa").
Without the file every unit is one syllable, as before the dictionary.

>>> word_length(["giám", "thị", "coi", "thi"]), word_length(["người", "dân"]), word_length([])
(2, 1, 0)
"""
from __future__ import annotations

import importlib.util
import os
import re
from functools import lru_cache
from typing import Optional, Sequence

from ...text.normalize import NormText

MAX_SYLLABLES = 4
_FILE = ("corpus", "data", "Viet74K.txt")
_BLANKS = re.compile(r"[^\S\n]+")
_ENTRY = re.compile(rf"(?m)^ ?(\S+(?: \S+){{1,{MAX_SYLLABLES - 1}}}) ?$")   # a line of 2..4 words


def _path() -> Optional[str]:
    """The dictionary file inside the installed underthesea package, or None."""
    spec = importlib.util.find_spec("underthesea")
    for base in (spec.submodule_search_locations or []) if spec else []:
        path = os.path.join(base, *_FILE)
        if os.path.isfile(path):
            return path
    return None


@lru_cache(maxsize=1)
def words() -> frozenset:
    """The dictionary's words of 2..MAX_SYLLABLES syllables, normalized and case-folded."""
    path = _path()
    if path is None:
        return frozenset()
    with open(path, encoding="utf-8") as f:
        text = NormText.of(f.read().casefold()).text    # one pass over the file, not one per line
    text = _BLANKS.sub(" ", text)
    return frozenset(_ENTRY.findall(text))


def word_length(folded: Sequence[str], free_first: bool = False) -> int:
    """How many leading syllables of ``folded`` (case-folded) form one word: 1 when none do.

    A word whose last syllable starts another word is ambiguous ("người làm | việc" or
    "người | làm việc"): the shorter reading wins, down to the first syllable alone only
    when that is a word by itself (``free_first``: a counted noun or a classifier), so that
    a bound syllable ("thí" of "thí sinh") is never left alone.

    >>> word_length(["người", "làm", "việc"], free_first=True), word_length(["thí", "sinh", "dự", "thi"])
    (1, 2)
    """
    if len(folded) < 2:
        return len(folded)
    lexicon = words()
    for n in range(min(MAX_SYLLABLES, len(folded)), 1, -1):
        if " ".join(folded[:n]) not in lexicon:
            continue
        if _starts_word(folded, n - 1, lexicon) and (n > 2 or free_first):
            continue
        return n
    return 1


def _starts_word(folded: Sequence[str], i: int, lexicon) -> bool:
    """Do the syllables from ``i`` on begin a word of two or more syllables?"""
    return any(" ".join(folded[i:i + k]) in lexicon
               for k in range(2, min(MAX_SYLLABLES, len(folded) - i) + 1))
