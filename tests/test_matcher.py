"""The lexicon matcher (lexicon/matcher.py): the matches of a regex tried only where a phrase's
first word starts are those of the regex tried everywhere."""
from __future__ import annotations

import doctest

import pytest
import regex

from antq_extract.lexicon import matcher
from antq_extract.lexicon.matcher import Starts

_RX = regex.compile(r"(?<!\p{L})(?i:nghị[ ]+định|luật|sắc lệnh)[ ]+số[ ]+\d+")
_STARTS = Starts(["nghị định", "luật", "sắc lệnh"])


@pytest.mark.parametrize("text", [
    pytest.param("Theo Nghị định số 12 và LUẬT số 3.", id="cases"),
    pytest.param("nghị   định số 5, Luật số 6", id="spaces-inside-a-phrase"),
    pytest.param("Điều luật số 4; luậtluật số 5", id="left-boundary-from-the-regex"),
    pytest.param("İstanbul luật số 7", id="lower-case-longer-falls-back"),
    pytest.param("ſắc lệnh số 8 và sắc lệnh số 9", id="long-s-falls-back"),
    pytest.param("", id="empty"),
    pytest.param("luật số 1luật số 2", id="adjacent"),
])
def test_finditer_equals_regex_finditer(text):
    want = [(m.start(), m.end()) for m in _RX.finditer(text)]
    assert [(m.start(), m.end()) for m in _STARTS.finditer(_RX, text)] == want


def test_a_text_the_lower_case_does_not_line_up_with_has_no_positions():
    assert _STARTS.positions("İ luật") is None
    assert _STARTS.positions("a luật") == [2]


def test_doctests():
    assert doctest.testmod(matcher).failed == 0
