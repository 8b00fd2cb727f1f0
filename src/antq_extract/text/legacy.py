"""Legacy Vietnamese 8-bit encodings (TCVN3/ABC, VNI, Windows-1258): detect and convert.

Old provincial sites typed their pages in the TCVN3 (.VnTime) or VNI fonts, so
the bytes are Vietnamese only through those fonts' code tables; read as
Windows-1252 they look like "C«ng an tØnh" or "Coâng an tænh". The conversion
tables are data (``rules/encodings/tcvn3.tsv``, ``vni.tsv``); Windows-1258 is
Python's ``cp1258`` codec (base letters plus combining tone marks, composed by
the normalize stage). Which one a text is in is decided by scoring: each
candidate converts the words that hold non-ASCII bytes, and the share of those
that read as Vietnamese syllables (:mod:`.syllables`) wins, above ``MIN_SHARE``.

>>> convert("C\\xabng an t\\xd8nh".encode("latin-1"), "tcvn3")
'Công an tỉnh'
>>> convert(b"Co\\xe2ng an t\\xe6nh", "vni")
'Công an tỉnh'
>>> detect(encode("Đại tá Trần Văn An phát biểu chỉ đạo", "vni"))[0]
'vni'
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

import regex

from ..errors import RuleFileError
from ..lexicon import load_tsv
from .syllables import reads_vietnamese, share

CANDIDATES = ("tcvn3", "vni", "windows-1258")
MIN_SHARE = 0.6      # share of non-ASCII words that must read as Vietnamese
SAMPLE = 200         # words scored per candidate
MARGIN = 0.2         # how much better a conversion must read than the text as it is
_CP1252 = {b: bytes([b]).decode("cp1252") for b in range(0x80, 0xA0) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}
_CP1252_CHARS = {chr(b): ch for b, ch in _CP1252.items()}
_TOKEN = re.compile(r"[^ \t\r\n\f\v\xa0]+")
_RAW_WORD = re.compile(rb"[^ \t\r\n\f\v\xa0]+")
_HIGH = re.compile(rb"[\x80-\xff]")
_HEAD = 6000         # bytes of an input that the scores read
_CAPS_WORD = regex.compile(r"\p{L}*\p{Lu}\p{L}*\p{Lu}\p{L}*")  # two capitals or more
_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


@dataclass(frozen=True)
class Table:
    """One legacy code table, keyed on byte sequences read as Latin-1 strings."""

    name: str
    decode: dict              # sequence -> char (rows "both" and "decode")
    vn1: dict                 # the same with the rows "vn1" (letters only in a VN1 text)
    encode: dict              # char -> bytes (rows "both")
    pattern: re.Pattern       # a base and a mark byte (a pair, when ``decode`` has it)
    singles: dict             # str.translate tables of the single bytes: {"abc": ..., "vn1": ...}
    evidence: Optional[re.Pattern]  # single bytes only a VN1 text has
    pairs: Optional[re.Pattern]     # two-byte capitals only an ABC text has


def _chars(seqs) -> str:
    return "".join(re.escape(c) for c in sorted(set(seqs)))


@lru_cache(maxsize=None)
def table(name: str) -> Table:
    """The code table of ``name`` ("tcvn3" or "vni") from ``rules/encodings/``."""
    rows = [(bytes.fromhex(r[0]).decode("latin-1"), r[1], r[2]) for r in load_tsv(f"encodings/{name}.tsv")]
    decode = {seq: ch for seq, ch, use in rows if use in ("both", "decode")}
    vn1 = {**decode, **{seq: ch for seq, ch, use in rows if use == "vn1"}}
    enc = {ch: seq.encode("latin-1") for seq, ch, use in rows if use == "both"}
    two = [seq for seq in vn1 if len(seq) == 2]
    firsts, seconds = {s[0] for s in two}, {s[1] for s in two}
    if firsts & seconds:  # convert relies on it: a pair's second byte never starts a pair
        raise RuleFileError("E001", path=f"encodings/{name}.tsv", detail="a mark byte is also a base")
    pattern = re.compile(f"([{_chars(firsts)}][{_chars(seconds)}])")
    singles = {key: str.maketrans({**_CP1252_CHARS, **{k: v for k, v in m.items() if len(k) == 1}})
               for key, m in (("abc", decode), ("vn1", vn1))}
    evidence = [seq for seq, _, use in rows if use == "decode" and len(seq) == 1]
    pairs = [seq for seq, _, use in rows if use == "both" and len(seq) == 2]
    has_vn1 = len(vn1) > len(decode)
    return Table(name, decode, vn1, enc, pattern, singles,
                 re.compile(f"[{_chars(evidence)}]") if has_vn1 else None,
                 re.compile("|".join(map(re.escape, pairs))) if has_vn1 else None)


def convert(data: bytes, name: str) -> str:
    """The text that ``data`` holds in the legacy encoding ``name``."""
    if name == "windows-1258":
        return data.decode("cp1258", errors="replace")
    tab = table(name)
    text = data.decode("latin-1")
    vn1 = _is_vn1(text, tab)
    mapping, singles = (tab.vn1, tab.singles["vn1"]) if vn1 else (tab.decode, tab.singles["abc"])
    parts = tab.pattern.split(text)  # [bytes, pair, bytes, pair, ..., bytes]
    text = "".join(p.translate(singles) if i % 2 == 0 else (mapping.get(p) or p.translate(singles))
                   for i, p in enumerate(parts))
    return _CAPS_WORD.sub(_caps, text) if name == "tcvn3" else text


def _is_vn1(text: str, tab: Table) -> bool:
    """TCVN3 texts write capitals either as VN1 single bytes (80-9F...) or as ABC two-byte pairs.

    Bytes 80-9F are Windows-1252 punctuation (“ ” – …) in an ABC text, capitals in a
    VN1 text: the text's own capitals tell which it is.
    """
    if tab.evidence is None:
        return False
    sample = text[:_HEAD]
    return len(tab.evidence.findall(sample)) > len(tab.pairs.findall(sample))


def _caps(m) -> str:
    """TCVN3 has no toned capitals: in an all-capitals word, its lower-case codes are capitals too."""
    word = m.group()
    lower = [ch for ch in word if ch.islower()]
    if sum(ch.isupper() for ch in word) >= 2 and lower and all(not ch.isascii() for ch in lower):
        return word.upper()
    return word


def encode(text: str, name: str) -> bytes:
    """``text`` in the legacy encoding ``name`` (unrepresentable characters become "?")."""
    text = unicodedata.normalize("NFC", text)
    if name == "windows-1258":
        return b"".join(_cp1258_char(ch) for ch in text)
    tab = table(name)
    taken = {seq for seq in tab.decode if len(seq) == 1}  # single bytes that are letters
    out = []
    for ch in text:
        seq = tab.encode.get(ch)
        if seq is None:
            seq = ch.encode("cp1252", errors="replace")
            if seq.decode("latin-1") in taken and not ch.isascii():
                seq = b"?"   # its Windows-1252 byte is a letter in this table
        out.append(seq)
    return b"".join(out)


def _cp1258_char(ch: str) -> bytes:
    """Windows-1258 writes a toned letter as its base (â, ơ, ư... precomposed) plus the tone mark."""
    try:
        return ch.encode("cp1258")
    except UnicodeEncodeError:
        nfd = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in nfd if c in _TONE_MARKS)
        base = unicodedata.normalize("NFC", "".join(c for c in nfd if c not in _TONE_MARKS))
        return (base + tones).encode("cp1258", errors="replace")


@dataclass(frozen=True)
class Verdict:
    """How ``data`` reads in one candidate encoding: its signatures seen and the words that read well."""

    name: str
    seen: int    # signatures: TCVN3 letter bytes, VNI base+mark pairs, Windows-1258 tone marks
    good: int    # words with non-ASCII bytes that read as Vietnamese syllables
    total: int   # words with non-ASCII bytes scored

    @property
    def share(self) -> float:
        return self.good / self.total if self.total and self.seen else 0.0

    def __str__(self) -> str:
        return f"as {self.name}: {self.seen} {_SIGNS[self.name]}, {self.good}/{self.total} words Vietnamese"


_SIGNS = {"tcvn3": "TCVN3 letter bytes", "vni": "VNI base+mark pairs", "windows-1258": "tone-mark bytes"}
_CP1258_TONE = re.compile(rb"[A-Za-z\xc2\xc3\xca\xd4\xd5\xdd\xe2\xe3\xea\xf4\xf5\xfd][\xcc\xd2\xde\xec\xf2]")


def signatures(data: bytes, name: str) -> int:
    """How many byte sequences of ``data`` only ``name`` gives a meaning: the evidence for it."""
    if name == "windows-1258":
        return len(_CP1258_TONE.findall(data))
    tab = table(name)
    text = data.decode("latin-1")
    if name == "vni":
        return sum(1 for p in tab.pattern.findall(text) if p in tab.decode)
    return sum(1 for ch in text if ch in tab.decode and ch > "\xa0")


def verdicts(data: bytes) -> list[Verdict]:
    """Score every candidate on the first ``SAMPLE`` words that hold non-ASCII bytes."""
    head = data[:_HEAD]
    raw = _RAW_WORD.findall(head)
    wanted = [i for i, tok in enumerate(raw) if max(tok) >= 0x80][:SAMPLE]
    out = []
    for name in CANDIDATES:
        words = _TOKEN.findall(convert(head, name))
        good = sum(reads_vietnamese(words[i]) for i in wanted) if len(words) == len(raw) else 0
        out.append(Verdict(name, signatures(head, name), good, len(wanted)))
    return out


def detect(data: bytes) -> tuple[Optional[str], list[Verdict]]:
    """The best candidate encoding of ``data`` (None when none reaches ``MIN_SHARE``), and all scores."""
    scores = verdicts(data)
    best = max(scores, key=lambda v: v.share)  # ties: the first in CANDIDATES
    return (best.name if best.total and best.share >= MIN_SHARE else None), scores


def detect_and_convert(data: bytes) -> Optional[tuple[str, str]]:
    """Return (text, encoding name) when ``data`` is TCVN3, VNI or Windows-1258 text, else None."""
    name, _ = detect(data)
    return (convert(data, name), name) if name else None


def from_mojibake(text: str) -> Optional[tuple[str, str]]:
    """Legacy bytes that were read as Windows-1252/Latin-1 and saved as Unicode: undo and convert.

    Only when every character is such a byte, and the conversion reads clearly
    better as Vietnamese than the text as it is.
    """
    data = _as_bytes(text)
    if data is None or not _HIGH.search(data):
        return None
    name, scores = detect(data)
    if name is None:
        return None
    best = max(v.share for v in scores)
    return (convert(data, name), name) if best > text_share(text) + MARGIN else None


def text_share(text: str) -> float:
    """The share of the first ``SAMPLE`` words with non-ASCII letters of ``text`` that read as Vietnamese."""
    tokens = []
    for m in _TOKEN.finditer(text, 0, _HEAD * 2):
        if not m.group().isascii():
            tokens.append(m.group()[:64])
            if len(tokens) == SAMPLE:
                break
    return share(tokens)


def _as_bytes(text: str) -> Optional[bytes]:
    for codec in ("cp1252", "latin-1"):
        try:
            return text.encode(codec)
        except UnicodeEncodeError:
            continue
    return None
