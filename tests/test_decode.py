"""Decode stage: encodings recognised, legacy tables exact, failures as coded errors."""
from __future__ import annotations

import codecs
import gzip
import re
import unicodedata
from pathlib import Path

import pytest

from antq_extract.text import legacy
from antq_extract.article import RawArticle
from antq_extract.text.decode import decode, decode_text
from antq_extract.errors import InputError
from antq_extract.pipeline import process
from antq_extract.lexicon import load_tsv
from antq_extract.text.syllables import is_syllable

from conftest import CORPUS

SAMPLE = ("Sáng 24/5, Đại tá Nguyễn Văn Hưởng, Phó Giám đốc Công an tỉnh, chủ trì hội nghị "
          "“Tổng kết phong trào Toàn dân bảo vệ an ninh Tổ quốc” – Ủy ban nhân dân huyện Đắk Mil.")
# The 134 letters of Vietnamese that are not ASCII.
LETTERS = "".join(ch for ch in map(chr, range(0xC0, 0x1EFA))
                  if unicodedata.category(ch) in ("Lu", "Ll") and ch in set(
                      unicodedata.normalize("NFC", b + t) for b in "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY"
                      for t in ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")) | set("đĐ"))
GLIBC_TCVN = Path("/usr/share/i18n/charmaps/TCVN5712-1.gz")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def test_letters_are_the_134():
    assert len(LETTERS) == 134


ENCODED = [
    pytest.param(SAMPLE.encode("utf-8"), "utf-8", id="utf-8"),
    pytest.param(codecs.BOM_UTF8 + SAMPLE.encode("utf-8"), "utf-8", id="utf-8-bom"),
    pytest.param(unicodedata.normalize("NFD", SAMPLE).encode("utf-8"), "utf-8", id="utf-8-nfd"),
    pytest.param(SAMPLE.encode("utf-16"), "utf-16", id="utf-16-bom"),
    pytest.param(codecs.BOM_UTF16_BE + SAMPLE.encode("utf-16-be"), "utf-16", id="utf-16-be-bom"),
    pytest.param(SAMPLE.encode("utf-16-le"), "utf-16", id="utf-16-le-no-bom"),
    pytest.param(SAMPLE.encode("utf-16-be"), "utf-16", id="utf-16-be-no-bom"),
    pytest.param(legacy.encode(SAMPLE, "windows-1258"), "windows-1258", id="windows-1258"),
    pytest.param(legacy.encode(SAMPLE, "tcvn3"), "tcvn3", id="tcvn3"),
    pytest.param(legacy.encode(SAMPLE, "vni"), "vni", id="vni"),
    pytest.param(legacy.encode(SAMPLE, "tcvn3").decode("cp1252").encode("utf-8"), "tcvn3",
                 id="tcvn3-read-as-cp1252-saved-as-utf-8"),
    pytest.param(legacy.encode(SAMPLE, "vni").decode("cp1252").encode("utf-8"), "vni",
                 id="vni-read-as-cp1252-saved-as-utf-8"),
]


@pytest.mark.parametrize("data,encoding", ENCODED)
def test_every_encoding_gives_the_same_text(data, encoding):
    decoded = decode(data)
    assert decoded.encoding == encoding
    assert nfc(decoded.text) == SAMPLE


@pytest.mark.parametrize("name", ["tcvn3", "vni", "windows-1258"])
def test_every_letter_round_trips(name):
    for ch in LETTERS:
        assert nfc(legacy.convert(legacy.encode(ch, name), name)) == ch, ch
    spaced = " ".join(LETTERS)
    assert nfc(legacy.convert(legacy.encode(spaced, name), name)) == spaced


@pytest.mark.parametrize("name", ["tcvn3", "vni"])
def test_every_letter_has_one_preferred_form(name):
    both = [row[1] for row in load_tsv(f"encodings/{name}.tsv") if row[2] == "both"]
    assert sorted(both) == sorted(LETTERS)


# Words as the fonts' users typed them (bytes read as Windows-1252), and their Unicode.
KNOWN = [
    ("tcvn3", "C«ng an tØnh", "Công an tỉnh", "abc"),
    ("tcvn3", "§¹i t¸ NguyÔn V¨n H­ëng", "Đại tá Nguyễn Văn Hưởng", "abc"),
    ("tcvn3", "Th­îng t¸, Uû ban", "Thượng tá, Uỷ ban", "abc"),
    ("tcvn3", "“Tæ quèc” – …", "“Tổ quốc” – …", "abc-punctuation"),
    ("tcvn3", "A¸nh, ¢Ên, ¥í", "Ánh, Ấn, Ớ", "abc-two-byte-capitals"),
    ("tcvn3", "C¤NG AN TØNH", "CÔNG AN TỈNH", "all-capitals-lower-codes"),
    ("tcvn3", "žy ban ™ •ng", "Ủy ban Ở Óng", "vn1-capitals"),
    ("vni", "Coâng an tænh", "Công an tỉnh", "lower"),
    ("vni", "Ñaïi taù Nguyeãn Vaên Höôûng", "Đại tá Nguyễn Văn Hưởng", "names"),
    ("vni", "ÑAÏI TAÙ, Vieät Nam", "ĐẠI TÁ, Việt Nam", "capitals"),
    ("vni", "Ôû ñaây, Thöôïng taù", "Ở đây, Thượng tá", "capital-base-lower-mark"),
    ("vni", "“Toå quoác” – …", "“Tổ quốc” – …", "punctuation"),
]


@pytest.mark.parametrize("name,typed,text", [pytest.param(n, t, x, id=f"{n}-{i}") for n, t, x, i in KNOWN])
def test_known_words(name, typed, text):
    assert legacy.convert(typed.encode("cp1252"), name) == text


def test_windows_1258_gives_combining_marks_that_nfc_composes():
    data = legacy.encode("Việt Nam, Đắk Lắk", "windows-1258")
    assert b"\xf2" in data   # the dot below is its own byte
    text = decode(data).text
    assert "\u0323" in text and nfc(text) == "Việt Nam, Đắk Lắk"


@pytest.mark.skipif(not GLIBC_TCVN.exists(), reason="glibc charmaps not installed")
def test_tcvn3_single_bytes_agree_with_glibc_charmap():
    glibc = {}
    for line in gzip.open(GLIBC_TCVN, "rt", encoding="ascii", errors="replace"):
        m = re.match(r"<U([0-9A-F]{4})>\s+/x([0-9a-f]{2})\s", line)
        if m:
            glibc[bytes.fromhex(m.group(2))] = chr(int(m.group(1), 16))
    singles = [(bytes.fromhex(r[0]), r[1]) for r in load_tsv("encodings/tcvn3.tsv") if len(r[0]) == 2]
    assert len(singles) == 74 + 60
    for byte, char in singles:
        assert glibc[byte] == char, byte


DETECTED = [
    pytest.param(SAMPLE, "tcvn3", id="tcvn3"),
    pytest.param(SAMPLE, "vni", id="vni"),
    pytest.param(SAMPLE, "windows-1258", id="windows-1258"),
    pytest.param(SAMPLE.upper(), "vni", id="vni-capitals"),
    pytest.param(SAMPLE.upper(), "windows-1258", id="windows-1258-capitals"),
]


@pytest.mark.parametrize("text,name", DETECTED)
def test_detection_scores_the_right_encoding_best(text, name):
    found, scores = legacy.detect(legacy.encode(text, name))
    assert found == name
    best = max(scores, key=lambda v: v.share)
    assert best.name == name and best.share >= 0.9
    assert all(v.share < legacy.MIN_SHARE for v in scores if v.name != name)


STAYS_UTF8 = [
    pytest.param("Bà Ánh và ông Út ở Côn Đảo.", id="vietnamese-latin1-letters"),
    pytest.param("“Quoted” – and café, naïve, résumé…", id="english-french-cp1252"),
    pytest.param("Plain ASCII text only.", id="ascii"),
]


@pytest.mark.parametrize("text", STAYS_UTF8)
def test_real_unicode_is_not_taken_for_mojibake(text):
    assert decode(text.encode("utf-8")) == decode_text(text)
    assert decode_text(text).encoding == "utf-8" and decode_text(text).text == text


def test_jsonl_text_holding_tcvn3_mojibake_is_converted():
    typed = legacy.encode(SAMPLE, "tcvn3").decode("cp1252")
    decoded = decode_text(typed)
    assert (decoded.encoding, decoded.text) == ("tcvn3", SAMPLE)


ERRORS = [
    pytest.param(b"", "E101", id="empty"),
    pytest.param(b" \r\n\t \n", "E101", id="blank"),
    pytest.param(codecs.BOM_UTF8, "E101", id="bom-only"),
    pytest.param(bytes(range(256)) * 8, "E102", id="binary-nul"),
    pytest.param(b"\x89PNG\r\n\x1a\n" + bytes(range(1, 32)) * 40, "E102", id="binary-controls"),
    pytest.param("Привет, как дела? Это русский текст.".encode("cp1251"), "E103", id="cp1251-russian"),
    pytest.param("中文文本，这不是越南语。".encode("gbk"), "E103", id="gbk-chinese"),
    pytest.param("Tiếng Việt".encode("utf-8")[:-3] + b"\xff\xfe\xfd abc \xc3", "E103", id="broken-utf-8"),
    pytest.param(codecs.BOM_UTF16_LE + "Việt".encode("utf-16-le")[:-1], "E103", id="truncated-utf-16"),
    pytest.param(b"x" * 5_000_001, "E104", id="too-large"),
]


@pytest.mark.parametrize("data,code", ERRORS)
def test_undecodable_input_is_a_coded_error(data, code):
    with pytest.raises(InputError) as err:
        decode(data)
    assert err.value.code == code
    if code == "E103" and not data.startswith(codecs.BOM_UTF16_LE):
        for name in legacy.CANDIDATES:   # the message names what was tried and seen
            assert f"as {name}:" in err.value.message


def _stray(data: bytes, bytes_at: dict) -> bytes:
    """``data`` with stray bytes put in between whole lines (so no character is cut)."""
    lines = data.split(b"\n")
    for line, stray in bytes_at.items():
        lines[line] = stray + lines[line]
    return b"\n".join(lines)


STRAY = [
    pytest.param("000_99bdb903f52ab02b.txt", {2: b"\xff", 4: b"\x80\x81"}, 3, id="corpus-000-three-bytes"),
    pytest.param("002_493233f6a5b72f62.txt", {0: b"\xc3"}, 1, id="corpus-002-truncated-sequence"),
    pytest.param("004_a0017edc716a5e51.txt", {2: b"\xa0", 6: b"\xe1\xbb"}, 3, id="corpus-004-nbsp-and-cut"),
]


@pytest.mark.parametrize("name, bytes_at, bad", STRAY)
def test_utf8_with_stray_bytes_stays_utf8_with_a_warning(corpus_records, name, bytes_at, bad):
    """Issue 14 item 13: such bytes were read as VNI, the whole text mojibake (0 officials instead of 4)."""
    clean = (CORPUS / name).read_bytes()
    decoded = decode(_stray(clean, bytes_at))
    assert decoded.encoding == "utf-8" and decoded.text.count("\ufffd") == bad
    assert decoded.warnings == (f"[W004] {bad} byte(s) that are not UTF-8 replaced by U+FFFD",)
    record = process(RawArticle(id="x", data=_stray(clean, bytes_at)))
    assert [o.name for o in record.officials] == [o.name for o in corpus_records[Path(name).stem][1].officials]
    assert record.warnings[0].startswith("[W004]")


def test_unaccented_text_with_a_stray_byte_is_utf8():
    """Under 1 % of the bytes bad, in a word that no legacy table makes Vietnamese either."""
    data = b"Cong an tinh to chuc hoi nghi tong ket cong tac nam 2023 va trien khai nhiem vu. " * 2 + b"v\xffu."
    decoded = decode(data)
    assert decoded.encoding == "utf-8" and decoded.text.endswith("v\ufffdu.") and decoded.warnings


def test_legacy_text_with_a_stray_byte_is_still_legacy():
    data = legacy.encode(SAMPLE, "vni") + b"\xff"
    assert decode(data).encoding == "vni"


SYLLABLES = [
    ("nghiêng", True), ("Quyết", True), ("giữa", True), ("thuở", True), ("Đắk", True),
    ("khuya", True), ("ƯỚC", True), ("hoà", True), ("hòa", True),
    ("tìt", False), ("Vieọt", False), ("hụtel", False), ("ĐạiÕ", False), ("ỏtăng", False),
]


@pytest.mark.parametrize("word,ok", SYLLABLES, ids=[w for w, _ in SYLLABLES])
def test_syllable_shape(word, ok):
    assert is_syllable(word) is ok
