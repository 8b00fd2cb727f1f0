"""The real charset of an HTML page: its BOM, its declaration, then what its bytes say.

Old portals often declare one charset and send another: ``windows-1252`` over
TCVN3 (.VnTime) or VNI bytes typed for a font, ``utf-8`` over Windows-1258, or
no declaration at all. The order of trust:

1. a byte-order mark (UTF-8, UTF-16), as browsers do;
2. the declared charset (``<meta charset>`` or ``http-equiv`` Content-Type in the
   first 4 KB), looked up among the WHATWG encoding labels (``webencodings``):
   a label that is not a web text encoding (``idna``, ``punycode``, ``base64``,
   ``rot13``...) is ignored, so is ``utf-16`` in a meta tag (WHATWG: UTF-8);
3. the declaration is checked against the bytes: a UTF-8 declaration over
   bytes that are not UTF-8, or a single-byte declaration over bytes that are
   valid UTF-8 or read as TCVN3/VNI/Windows-1258 (:mod:`antq_extract.text.legacy`),
   is wrong, and the page is decoded with what the bytes are, with warning W007;
4. without a usable declaration: strict UTF-8, then charset-normalizer's guess,
   checked by the legacy detector like a declaration.

:func:`decode_page` returns the text, the encoding that decoded it (the
record's ``encoding``) and the warnings.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from typing import Optional

import webencodings
from charset_normalizer import from_bytes

from ..text import legacy
from ..errors import InputError, Warnings

_DECLARED = re.compile(rb"<meta[^>]{0,300}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]{1,40})", re.I)
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig", "utf-8"), (codecs.BOM_UTF16_LE, "utf-16", "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16", "utf-16"))
_MARKUP = re.compile(rb"<(script|style)\b.*?</\1\s*>|<!--.*?-->|<[^>]*>|&[#\w]{1,10};", re.I | re.S)
_SINGLE_BYTE = re.compile(r"^(?:windows-12\d\d|iso-8859-\d+|koi8-[ru]|macintosh|ibm866|windows-874)$")


@dataclass
class PageText:
    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


def decode_page(data: bytes) -> PageText:
    """The text of a page's bytes, the encoding that gave it, and what was wrong with the declaration."""
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            return PageText(_strict(data, codec, name), name)
    label = _declared(data)
    name = _whatwg(label)
    if label is not None and name is None:
        found = _guess(data)
        return _with_warning(found, label, "not a text encoding of the web: ignored")
    if name is None:
        return _guess(data)
    found = _checked(data, name)
    if found.encoding != name:
        return _with_warning(found, label, f"the bytes are {found.encoding}")
    return found


def _declared(data: bytes) -> Optional[str]:
    found = _DECLARED.search(data[:4096])
    return found.group(1).decode("ascii").strip().lower() if found else None


def _whatwg(label: Optional[str]) -> Optional[str]:
    """The WHATWG name of a label, None when it names no web text encoding."""
    if label is None:
        return None
    encoding = webencodings.lookup(label)
    if encoding is None or encoding.name in ("replacement", "x-user-defined"):
        return None
    return "utf-8" if encoding.name.startswith("utf-16") else encoding.name  # WHATWG: meta utf-16 is utf-8


def _checked(data: bytes, name: str) -> PageText:
    """``data`` in ``name`` when its bytes agree, else in what they are."""
    if name == "utf-8":
        try:
            return PageText(data.decode("utf-8"), "utf-8")
        except UnicodeDecodeError:
            return _guess(data)
    if _SINGLE_BYTE.match(name):
        if _is_utf8(data):
            return PageText(data.decode("utf-8"), "utf-8")
        fitted = _legacy(data)
        if fitted is not None and fitted.encoding != name:
            return fitted
    try:
        return PageText(data.decode(webencodings.lookup(name).codec_info.name), name)
    except UnicodeDecodeError:
        return _guess(data)


def _guess(data: bytes) -> PageText:
    """No usable declaration: UTF-8, else charset-normalizer's guess checked by the legacy detector."""
    if _is_utf8(data) or data.isascii():
        return PageText(data.decode("utf-8"), "utf-8")
    best = from_bytes(data[:200_000]).best()
    name = _whatwg(best.encoding.replace("_", "-")) if best is not None else None
    if name is None or _SINGLE_BYTE.match(name):
        fitted = _legacy(data)
        if fitted is not None:
            return fitted
    if name is None:
        raise InputError("E103", detail="an HTML page in no charset that its bytes fit")
    return PageText(data.decode(webencodings.lookup(name).codec_info.name, errors="replace"), name)


def _legacy(data: bytes) -> Optional[PageText]:
    """The page as TCVN3, VNI or Windows-1258 when its text (markup aside) reads as Vietnamese that way."""
    name, _scores = legacy.detect(_MARKUP.sub(b" ", data))
    return PageText(legacy.convert(data, name), name) if name else None


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return not data.isascii()


def _strict(data: bytes, codec: str, name: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise InputError("E103", detail=f"invalid {name} at byte {exc.start}") from exc


def _with_warning(found: PageText, label: str, why: str) -> PageText:
    found.warnings.append("[W007] " + Warnings.W007.format(declared=label, actual=found.encoding, why=why))
    return found
