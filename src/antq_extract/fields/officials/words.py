"""The word and white-space readers the position grammar (``tails``, ``positions``) is built on."""
from __future__ import annotations

import regex

_WS = regex.compile(r"\s*")
_SPACE = frozenset(regex.findall(r"\s", "".join(map(chr, range(0x10000)))))   # what \s matches
WORD = regex.compile(r"[\p{L}\p{N}]+(?:[.'/&][\p{L}\p{N}]+)*")


def ws_end(text: str, pos: int) -> int:
    """``_WS.match(text, pos).end()``: past the white space at ``pos``."""
    n = len(text)
    while pos < n and text[pos] in _SPACE:
        pos += 1
    return pos
