"""The Vietnamese number grammar (extractors/numbers.py) as tables of cases.

Most cases are not from the corpus: they are the ways Vietnamese pages write
numbers (thousands dots, decimal commas, scale words and their chains, number
words with the spoken forms mốt/tư/lăm/linh), and the ways that are not one
number ("20.2" is a day and month). The last test is the speed guard: a
megabyte of digits and dots must be read in well under a second.
"""
from __future__ import annotations

import doctest
import time

import pytest

from antq_extract.fields.statistics import numbers
from antq_extract.fields.statistics.numbers import find_numbers, parse_digits, parse_words

DIGITS = [
    ("plain", "95", 95),
    ("leading-zero", "07", 7),
    ("leading-zero-one", "01", 1),
    ("thousands-dot", "40.000", 40000),
    ("thousands-dot-small", "2.932", 2932),
    ("thousands-two-dots", "1.672.241", 1672241),
    ("thousands-no-dot", "9400", 9400),
    ("decimal-comma", "1,2", 1.2),
    ("decimal-comma-two", "83,6", 83.6),
    ("decimal-comma-zero", "0,5", 0.5),
    ("thousands-and-decimal", "1.234,5", 1234.5),
    ("decimal-comma-three-digits", "1,200", 1.2),          # "," is always the decimal mark
    ("english-thousands", "1,200,000", 1200000),
    ("english-thousands-decimal", "1,234,567.5", 1234567.5),
    ("dot-day-month", "20.2", None),                       # "Sáng 20.2": not a number
    ("dot-day-month-two", "18.12", None),
    ("dot-date", "15.5.2016", None),
    ("dot-bad-group", "1.23.456", None),
    ("too-long", "1" * 60, None),
]


@pytest.mark.parametrize("numeral,expected", [pytest.param(n, v, id=i) for i, n, v in DIGITS])
def test_parse_digits(numeral, expected):
    assert parse_digits(numeral) == expected


@pytest.mark.parametrize("numeral,expected", [
    pytest.param("3.5", 3.5, id="english-decimal"),
    pytest.param("20.2", 20.2, id="dotted-before-unit"),
    pytest.param("40.000", 40000, id="thousands-still"),
])
def test_parse_digits_dot_decimal(numeral, expected):
    assert parse_digits(numeral, dot_decimal=True) == expected


WORDS = [
    ("one", "một", 1),
    ("two", "hai", 2),
    ("five", "năm", 5),
    ("seven-variant", "bẩy", 7),
    ("ten", "mười", 10),
    ("eleven", "mười một", 11),
    ("twelve", "mười hai", 12),
    ("fourteen-tu", "mười tư", 14),
    ("fifteen-lam", "mười lăm", 15),
    ("fifteen-nham", "mười nhăm", 15),
    ("ten-years", "mười năm", 10),                          # "năm" after mười is the noun year
    ("twenty", "hai mươi", 20),
    ("twenty-one-mot", "hai mươi mốt", 21),
    ("twenty-four-tu", "hai mươi tư", 24),
    ("twenty-five", "hai mươi lăm", 25),
    ("ninety-nine", "chín mươi chín", 99),
    ("twenty-years", "hai mươi năm", 20),
    ("two-dozen", "hai chục", 20),
    ("hundred", "một trăm", 100),
    ("five-hundred", "năm trăm", 500),
    ("hundred-and-five", "một trăm linh năm", 105),
    ("hundred-le", "ba trăm lẻ hai", 302),
    ("hundred-twenty-short", "một trăm hai", 120),
    ("hundred-forty-five", "một trăm bốn mươi lăm", 145),
    ("thousand", "hai nghìn", 2000),
    ("thousand-ngan", "ba ngàn", 3000),
    ("two-thousand-five-hundred", "hai nghìn năm trăm", 2500),
    ("two-thousand-years", "hai nghìn năm", 2000),           # the last "năm" is years
    ("five-hundred-thousand", "năm trăm nghìn", 500000),
    ("million-chain", "hai triệu ba trăm nghìn", 2300000),
    ("billion-chain", "một tỷ hai trăm triệu", 1200000000),
    ("billion-ti", "ba tỉ", 3000000000),
    ("ten-thousand-van", "một vạn", 10000),
]


@pytest.mark.parametrize("text,expected", [pytest.param(t, v, id=i) for i, t, v in WORDS])
def test_parse_words(text, expected):
    value, _ = parse_words(text.split())
    assert value == expected


@pytest.mark.parametrize("words", [
    pytest.param(["trăm"], id="scale-alone"),
    pytest.param(["người"], id="not-a-number"),
    pytest.param([], id="empty"),
])
def test_parse_words_none(words):
    assert parse_words(words) is None


IN_TEXT = [
    ("scale-decimal", "hơn 1,2 triệu lượt người", [1200000]),
    ("scale-billion", "hơn 3,7 tỷ đồng", [3700000000]),
    ("scale-thousand-decimal", "hơn 4,1 nghìn tin", [4100]),
    ("scale-chain", "trên 1 tỷ 700 triệu đồng", [1700000000]),
    ("scale-chain-three", "2 tỷ 500 triệu 300 nghìn đồng", [2500300000]),
    ("scale-compound", "5 nghìn tỷ đồng", [5000000000000]),
    ("scale-hundred-thousand", "3 trăm nghìn đồng", [300000]),
    ("scale-english-decimal", "1.5 triệu USD", [1500000]),
    ("scale-no-upward-chain", "700 triệu 2 tỷ", [700000000, 2000000000]),
    ("glued-unit", "429kg thuốc nổ, 2,2kg", [429, 2.2]),
    ("percent", "đạt 83,6%, vượt 3,6%", [83.6, 3.6]),
    ("words-capital", "Hai xe lật", [2]),
    ("words-in-sentence", "thu hai mươi lăm khẩu súng", [25]),
    ("word-boundaries", "Ban bao bài năm", [5]),
    ("date-parts", "ngày 1/8/2013", [1, 8, 2013]),
    ("code-letters-skipped", "C04 và V28", []),
]


@pytest.mark.parametrize("text,values", [pytest.param(t, v, id=i) for i, t, v in IN_TEXT])
def test_find_numbers(text, values):
    assert [n.value for n in find_numbers(text)] == values


def test_find_numbers_spans():
    text = "Nộp trên 1 tỷ 700 triệu đồng"
    (n,) = find_numbers(text)
    assert text[n.start:n.end] == "1 tỷ 700 triệu" and n.scaled and not n.words


def test_doctests():
    assert doctest.testmod(numbers).failed == 0


@pytest.mark.parametrize("line", [
    pytest.param("1." * 500_000, id="digits-and-dots"),
    pytest.param("123." * 250_000, id="thousand-groups"),
    pytest.param("1" * 1_000_000, id="one-digit-run"),
    pytest.param("1,1." * 250_000, id="mixed-marks"),
])
def test_megabyte_line_is_fast(line):
    started = time.process_time()
    find_numbers(line)
    # linear, not quadratic: a quadratic scan takes minutes here (a guard, not a benchmark)
    assert time.process_time() - started < 5
