"""Normalize stage: the normalized view, and the offset map back to the decoded text."""
from __future__ import annotations

import re
import unicodedata

import pytest

from antq_extract.text.normalize import NormText, canonical, fold

NFD = lambda s: unicodedata.normalize("NFD", s)  # noqa: E731

VIEW = [
    # tone placement: old style (mark on the glide) -> new style, at the end of a syllable only
    ("tone-Uy", "Uỷ ban", "Ủy ban"),
    ("tone-hoa", "hoà bình", "hòa bình"),
    ("tone-thuy", "thuỷ lợi", "thủy lợi"),
    ("tone-thuy-acute", "Thuý", "Thúy"),
    ("tone-khoa", "Khoá XI", "Khóa XI"),
    ("tone-capitals", "UỶ BAN HOÀ", "ỦY BAN HÒA"),
    ("tone-hoe", "khoẻ", "khỏe"),
    ("tone-closed-syllable-kept", "toàn xoáy hoàng", "toàn xoáy hoàng"),
    ("tone-qu-kept", "quý Quỳnh", "quý Quỳnh"),
    ("tone-new-style-kept", "Ủy hòa", "Ủy hòa"),
    # spaces
    ("nbsp", "Đại\u00a0tá", "Đại tá"),
    ("narrow-nbsp", "5\u202f000", "5 000"),
    ("em-space", "a\u2003b", "a b"),
    ("tab", "a\tb", "a b"),
    # zero-width characters are dropped
    ("zwsp", "Công\u200b an", "Công an"),
    ("zwj-bom-shy", "\ufeffCông\u200d an\u00ad", "Công an"),
    # quotes and dashes
    ("double-quotes", "“Tổ quốc” „x“ «y»", '"Tổ quốc" "x" "y"'),
    ("single-quotes", "‘a’ K’Thanh", "'a' K'Thanh"),
    ("dashes", "2016 – 2021 — x ― y − z", "2016 - 2021 - x - y - z"),
    # NFC
    ("nfd", NFD("Việt Nam, Đắk Lắk"), "Việt Nam, Đắk Lắk"),
    ("nfd-old-tone", NFD("Uỷ ban hoà"), "Ủy ban hòa"),
    ("unchanged", "Công an tỉnh Đắk Nông", "Công an tỉnh Đắk Nông"),
]


@pytest.mark.parametrize("source,expected", [pytest.param(s, e, id=i) for i, s, e in VIEW])
def test_normalized_view(source, expected):
    assert NormText.of(source).text == expected


# (source, a stretch of the normalized view, what it maps back to in the source)
OFFSETS = [
    ("plain", "Đại tá Trần Văn An", "Trần Văn", "Trần Văn"),
    ("after-nbsp", "Đại\u00a0tá Trần", "tá Trần", "tá Trần"),
    ("covers-nbsp", "Đại\u00a0tá Trần", "Đại tá", "Đại\u00a0tá"),
    ("after-zwsp", "Công\u200b an tỉnh", "an tỉnh", "an tỉnh"),
    ("across-zwsp", "Công\u200b an", "Công an", "Công\u200b an"),
    ("after-nfd", NFD("Việt Nam") + " Đại tá", "Đại tá", "Đại tá"),
    ("inside-nfd", NFD("Công an tỉnh Đắk Lắk"), "tỉnh Đắk", NFD("tỉnh Đắk")),
    ("nfd-last-char", NFD("Việt"), "Việt", NFD("Việt")),
    ("tone-swap", "Uỷ ban nhân dân", "Ủy ban", "Uỷ ban"),
    ("after-tone-swap", "hoà bình Đại tá", "Đại tá", "Đại tá"),
    ("quotes", "“Tổ quốc”", '"Tổ quốc"', "“Tổ quốc”"),
    ("inside-quotes", "“Tổ quốc”", "Tổ quốc", "Tổ quốc"),
    ("bom-first", "\ufeffĐại tá", "Đại tá", "Đại tá"),
    ("many-edits", "a\u00a0b\u200bc\u2013d " + NFD("ệ") + " e", "d ệ e", "d " + NFD("ệ") + " e"),
]


@pytest.mark.parametrize("source,norm_part,source_part", [pytest.param(s, n, p, id=i) for i, s, n, p in OFFSETS])
def test_offsets_map_back_to_the_source(source, norm_part, source_part):
    norm = NormText.of(source)
    start = norm.text.index(norm_part)
    a, b = norm.to_source(start, start + len(norm_part))
    assert source[a:b] == source_part


@pytest.mark.parametrize("source", [pytest.param(s, id=i) for i, s, _ in VIEW])
def test_every_character_maps_in_order_and_every_word_maps_whole(source):
    norm = NormText.of(source)
    spans = [norm.to_source(i, i + 1) for i in range(len(norm.text))]
    assert all(0 <= a < b <= len(source) for a, b in spans)
    assert [a for a, _ in spans] == sorted(a for a, _ in spans)
    for m in re.finditer(r"\S+", norm.text):
        a, b = norm.to_source(*m.span())
        assert NormText.of(source[a:b]).text == m.group()


def test_empty_span_maps_to_a_point():
    norm = NormText.of("Đại\u00a0tá")
    assert norm.to_source(3, 3) == (3, 3)


CANONICAL = [
    ("spaces", "Uỷ  viên\u00a0Ban Thường vụ ", "Ủy viên Ban Thường vụ"),
    ("nfd", NFD("Phó Giám đốc"), "Phó Giám đốc"),
    ("newline", "Trưởng Ban\nDân vận", "Trưởng Ban Dân vận"),
    # dev (real-blind-20 rkb08): a mark written on the "u" after "q" belongs to the vowel after it
    ("mark-on-the-u-after-q", "Lê Qúy Vương, QÚY, qùa", "Lê Quý Vương, QUÝ, quà"),
    ("quy-stays", "quý, Quỳnh", "quý, Quỳnh"),
]


@pytest.mark.parametrize("text,expected", [pytest.param(t, e, id=i) for i, t, e in CANONICAL])
def test_canonical(text, expected):
    assert canonical(text) == expected


def test_fold_compares_across_case_and_tone_placement():
    assert fold("UỶ BAN") == fold("ủy ban")
