"""Bound the nesting depth of an HTML page before it is parsed, in one linear pass.

libxml2 (under lxml and trafilatura) stops building the tree 256 elements deep
and drops everything below, and tree walks get slow on very deep pages (100 000
nested ``<div>`` took 48 s in the old extractor). :func:`flatten` removes the
start and end tags of the elements deeper than ``MAX_DEPTH`` (their text stays,
in their ancestor at the limit) and says so with warning W008. The depth is
counted on the tags as written: void elements and ``<x/>`` do not nest, an
end tag closes up to its start tag, a ``<p>``, ``<li>``, ``<td>``... opened
right after an unclosed one of its kind closes it, as HTML parsers do;
``<script>`` and ``<style>`` contents are skipped.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Optional

from ..errors import Warnings

MAX_DEPTH = 200   # below libxml2's 256, with room for the elements the parser adds
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)(?:\s[^>]*?)?(/?)>")
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_SIBLING = frozenset("p li dt dd option tr td th".split())
_RAW = ("script", "style")


def flatten(html: str, limit: int = MAX_DEPTH) -> tuple[str, Optional[str]]:
    """``html`` with no element deeper than ``limit``, and the W008 warning when it had some."""
    if html.count("<") <= limit:
        return html, None
    stack: list[tuple[str, bool]] = []
    open_names: Counter = Counter()
    cuts: list[tuple[int, int]] = []
    deepest, pos = 0, 0
    lower = html.lower()
    while True:
        m = _TAG.search(html, pos)
        if m is None:
            break
        pos = m.end()
        closing, name, self_closing = m.group(1), m.group(2).lower(), m.group(3)
        if name in _VOID or self_closing:
            continue
        if closing:
            if open_names[name] and _close(stack, open_names, name):
                cuts.append(m.span())
            continue
        if name in _SIBLING and stack and stack[-1][0] == name:
            _close(stack, open_names, name)
        deepest = max(deepest, len(stack) + 1)
        drop = len(stack) >= limit
        stack.append((name, drop))
        open_names[name] += 1
        if drop:
            cuts.append(m.span())
        if name in _RAW:
            end = lower.find(f"</{name}", pos)
            pos = len(html) if end < 0 else end
    if deepest <= limit:
        return html, None
    return _cut(html, cuts), "[W008] " + Warnings.W008.format(depth=deepest, limit=limit)


def _close(stack, open_names: Counter, name: str) -> bool:
    """Pop up to and including the innermost open ``name``; True when that element was dropped."""
    while stack:
        top, dropped = stack.pop()
        open_names[top] -= 1
        if top == name:
            return dropped
    return False


def _cut(html: str, cuts: list[tuple[int, int]]) -> str:
    pieces, pos = [], 0
    for a, b in cuts:
        pieces.append(html[pos:a])
        pos = b
    pieces.append(html[pos:])
    return "".join(pieces)
