"""The article's lexicon scan (lexicon/matcher.py): a regex tried only where a registered
list's first words start gives the matches of the regex tried everywhere."""
from __future__ import annotations

import doctest

import pytest
import regex

from antq_extract.lexicon import matcher
from antq_extract.pipeline import process_text

_RX = regex.compile(r"(?<!\p{L})(?i:nghị[ ]+định|luật|sắc lệnh)[ ]+số[ ]+\d+")
matcher.register("test.laws", lambda: ["nghị định", "luật", "sắc lệnh"])


@pytest.mark.parametrize("text", [
    pytest.param("Theo Nghị định số 12 và LUẬT số 3.", id="cases"),
    pytest.param("nghị   định số 5, Luật số 6", id="spaces-inside-a-phrase"),
    pytest.param("Điều luật số 4; luậtluật số 5, giảiluật số 6", id="left-boundary-from-the-regex"),
    pytest.param("İstanbul luật số 7", id="lower-case-longer-falls-back"),
    pytest.param("ſắc lệnh số 8 và sắc lệnh số 9", id="long-s-falls-back"),
    pytest.param("", id="empty"),
    pytest.param("luật số 1 luật số 2", id="adjacent"),
])
@pytest.mark.parametrize("word_start", [False, True])
def test_finditer_equals_regex_finditer(text, word_start):
    want = [(m.start(), m.end()) for m in _RX.finditer(text)]
    got = [(m.start(), m.end()) for m in matcher.finditer("test.laws", _RX, text, word_start)]
    assert got == want


def test_a_text_the_lower_case_does_not_line_up_with_has_no_hits():
    assert matcher.scan("İ luật") is None
    assert matcher.scan("a luật").spans["test.laws"] == [(2, 6)]


def test_every_list_is_read_in_one_scan():
    text = "Đồng chí Nguyễn Văn An nhận hai giấy khen theo Luật Công an nhân dân số 37/2018/QH14."
    record = process_text(text)   # registers the detectors' lists
    spans = matcher.scan(text).spans
    assert {"officials.honorifics", "programs.named", "statistics.number_words"} <= set(spans)
    assert spans["officials.honorifics"][0] == (0, 4)
    assert record.officials and record.programs


def test_doctests():
    assert doctest.testmod(matcher).failed == 0
