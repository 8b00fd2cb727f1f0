"""literals.py: the grouped alternation and the look-behind check in Python find exactly what
the flat pattern with its look-behind finds (they only make the scans faster)."""
import doctest
import re

import pytest
from hypothesis import given, settings, strategies as st

from antq_extract.lexicon import literals
from antq_extract.lexicon.literals import grouped, search_after_non

WORDS = ["thành phố", "thị xã", "tp.", "tp", "tỉnh", "huyện", "xã", "a.b", "đại tá", "đại úy"]
NOT_LETTER = r"[^\W\d_]"


def _flat(words):
    alts = "|".join(re.escape(w).replace(r"\ ", "[ ]+") for w in words)
    return re.compile(rf"(?<!{NOT_LETTER})(?:{alts})(?!{NOT_LETTER})")


def _fast(words):
    return re.compile(rf"(?:{grouped(words)})(?!{NOT_LETTER})")


def _same(text: str, words=WORDS):
    flat = [m.span() for m in _flat(words).finditer(text)]
    fast = [m.span() for m in search_after_non(_fast(words), re.compile(NOT_LETTER), text)]
    return flat, fast


@pytest.mark.parametrize("text", [
    pytest.param("xã Tân Hà, huyện Gia Lâm, thành phố Hà Nội", id="units"),
    pytest.param("tp. huế, tp hcm, tpx", id="prefix-forms"),
    pytest.param("xtỉnh thị  xã đại tá, đại úyx đại úy", id="letter-before-and-after"),
    pytest.param("a.b a.bc ca.b", id="escaped-dot"),
    pytest.param("", id="empty"),
])
def test_written(text):
    flat, fast = _same(text)
    assert fast == flat


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS + [" ", "x", ",", "1", "thành", "đại"]), max_size=12))
def test_any_text(parts):
    flat, fast = _same("".join(parts))
    assert fast == flat


def test_doctests():
    assert doctest.testmod(literals).failed == 0
