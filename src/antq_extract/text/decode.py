"""Decode stage: bytes -> text. The decoded text is the base of every offset.

Order of trust: a BOM (UTF-8, UTF-16), UTF-16 without BOM (by the pattern of
NUL bytes), strict UTF-8, then the legacy Vietnamese 8-bit encodings — TCVN3
(ABC), VNI and Windows-1258 — scored against each other by :mod:`.legacy`
(signatures seen, share of words that read as Vietnamese syllables). Bytes
that are UTF-8 with a few stray bytes (fewer bad bytes than valid non-ASCII
characters, or under 1 % of the bytes) are UTF-8 unless a legacy encoding reads as Vietnamese clearly
better (``legacy.MARGIN``): each bad byte becomes U+FFFD (one character for
one byte) and warning W004 counts them. UTF-8
text that is such legacy bytes read as Windows-1252 ("C«ng an tØnh") is
converted too. Anything else is an error record naming what was seen.
``Decoded.encoding`` is one of "utf-8", "utf-16", "tcvn3", "vni", "windows-1258".
The text is not normalized here (Windows-1258 gives combining tone marks, NFD
input stays NFD): the normalize stage maps its view back to this text.

>>> decode("Đại tá".encode("utf-16")).encoding
'utf-16'
>>> decode("C«ng an tØnh".encode("cp1252"))
Decoded(text='Công an tỉnh', encoding='tcvn3')
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

from . import legacy
from ..errors import InputError, Warnings

MAX_BYTES = 5_000_000
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig", "utf-8"), (codecs.BOM_UTF16_LE, "utf-16", "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16", "utf-16"))
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f]")
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")
_BAD_BYTE = re.compile("[\udc80-\udcff]")   # a byte that is not UTF-8, under "surrogateescape"
_NON_ASCII = re.compile(r"[^\x00-\x7f\udc80-\udcff]")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    warnings: tuple = field(default=(), repr=False, compare=False)


def decode(data: bytes, max_bytes: int = MAX_BYTES) -> Decoded:
    """Decode one article's bytes, or raise :class:`InputError` with a coded message."""
    if len(data) > max_bytes:
        raise InputError("E104", size=len(data), limit=max_bytes)
    if not data.strip():
        raise InputError("E101")
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            return _checked(_strict(data, codec), name)
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _checked(_strict(data, utf16), "utf-16")
    if b"\x00" in data:
        raise InputError("E102", detail="NUL bytes in a text that is not UTF-16")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return _legacy(data, exc)
    return decode_text(text)


def decode_text(text: str) -> Decoded:
    """An article given as text (a JSONL line, or UTF-8 bytes): checked, legacy mojibake undone."""
    if not text.strip():
        raise InputError("E101")
    fixed = legacy.from_mojibake(text)
    if fixed is not None:
        return _checked(*fixed)
    return _checked(text, "utf-8")


def _legacy(data: bytes, exc: UnicodeDecodeError) -> Decoded:
    """Not UTF-8: the legacy encoding that reads best, or an error naming what was seen."""
    _binary(data)
    name, scores = legacy.detect(data)
    lenient = data.decode("utf-8", "surrogateescape")
    bad = len(_BAD_BYTE.findall(lenient))
    if bad < max(len(_NON_ASCII.findall(lenient)), len(data) / 100):  # UTF-8 with stray bytes
        text = _BAD_BYTE.sub("\ufffd", lenient)
        best = max(v.share for v in scores)
        if name is None or best <= legacy.text_share(text) + legacy.MARGIN:
            warning = "[W004] " + Warnings.W004.format(count=bad, what="byte(s) that are not UTF-8")
            decoded = decode_text(text)
            return Decoded(decoded.text, decoded.encoding, (warning,))
    if name is not None:
        return _checked(legacy.convert(data, name), name)
    seen = "; ".join(map(str, scores))
    raise InputError("E103", detail=f"not UTF-8 (byte 0x{data[exc.start]:02X} at {exc.start}) "
                                    f"and no Vietnamese 8-bit encoding fits ({seen})")


def _binary(data: bytes) -> None:
    head = data[:20000]
    controls = len(_CONTROL_BYTES.findall(head))
    if controls > max(4, len(head) // 100):
        raise InputError("E102", detail=f"{controls} control bytes: not an article text")


def _strict(data: bytes, name: str) -> str:
    try:
        return data.decode(name)
    except UnicodeDecodeError as exc:
        raise InputError("E103", detail=f"invalid {name} at byte {exc.start}") from exc


def _utf16_without_bom(data: bytes):
    sample = data[:2000]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd > half * 0.3 and even < half * 0.05:
        return "utf-16-le"
    if even > half * 0.3 and odd < half * 0.05:
        return "utf-16-be"
    return None


def _checked(text: str, encoding: str) -> Decoded:
    if not text.strip():
        raise InputError("E101")
    controls = len(_CONTROLS.findall(text, 0, 20000))
    if controls > max(4, len(text[:20000]) // 100):
        raise InputError("E102", detail=f"{controls} control characters: not an article text")
    return Decoded(text, encoding)
