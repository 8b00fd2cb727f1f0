"""Decode stage: bytes -> text. The decoded text is the base of every offset.

Order of trust: a BOM (UTF-8, UTF-16), strict UTF-8, UTF-16 without BOM (by
the pattern of NUL bytes), the legacy Vietnamese 8-bit font encodings (TCVN3/ABC,
VNI, recognised by their byte signatures and converted with the tables of
``rules/encodings/``), then Windows-1258. Anything else is an error record
naming what was seen.
"""
from __future__ import annotations

import codecs

import regex
from dataclasses import dataclass

from .errors import InputError
from . import legacy

MAX_BYTES = 5_000_000
_CONTROL = regex.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str


def decode(data: bytes, max_bytes: int = MAX_BYTES) -> Decoded:
    """Decode one article's bytes, or raise :class:`InputError` with a coded message."""
    if len(data) > max_bytes:
        raise InputError("E104", size=len(data), limit=max_bytes)
    if not data.strip():
        raise InputError("E101")
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                      (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return _checked(_strict(data, name), name)
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _checked(_strict(data, utf16), utf16)
    if b"\x00" in data:
        raise InputError("E102", detail="NUL bytes in a text that is not UTF-16")
    try:
        return _checked(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    found = legacy.detect_and_convert(data)
    if found is not None:
        text, name = found
        return _checked(text, name)
    return _checked(_cp1258(data), "windows-1258")


def decode_text(text: str) -> Decoded:
    """An article given as text already (a JSONL line): only checked."""
    if not text.strip():
        raise InputError("E101")
    return _checked(text, "utf-8")


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


def _cp1258(data: bytes) -> str:
    """Windows-1258 only when the bytes look like Vietnamese text in it."""
    text = data.decode("cp1258", errors="replace")
    bad = text.count("\ufffd") + len(_CONTROL.findall(text))
    if bad > max(2, len(text) // 200):
        raise InputError("E103", detail="not UTF-8, UTF-16, TCVN3, VNI or Windows-1258 text")
    return text


def _checked(text: str, encoding: str) -> Decoded:
    if not text.strip():
        raise InputError("E101")
    controls = len(_CONTROL.findall(text, 0, 20000))
    if controls > max(4, len(text[:20000]) // 100):
        raise InputError("E102", detail=f"{controls} control characters: not an article text")
    return Decoded(text, encoding)
