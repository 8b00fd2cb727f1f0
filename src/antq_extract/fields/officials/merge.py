"""How the posts of one person are merged: each post once, and of a short and a full form the
fuller ("Thứ trưởng" and "Thứ trưởng Bộ Công an"), words compared case-folded with the
abbreviations of ``rules/positions.yaml`` expanded ("UBND" = "Ủy ban nhân dân").

>>> merge(["Thứ trưởng", "Ủy viên Trung ương Đảng", "Thứ trưởng Bộ Công an"])
['Thứ trưởng Bộ Công an', 'Ủy viên Trung ương Đảng']
>>> merge(["Chủ tịch Ủy ban MTTQ tỉnh", "Chủ tịch MTTQ tỉnh"])
['Chủ tịch Ủy ban MTTQ tỉnh']
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable

from ...text.normalize import canonical
from ...lexicon.phrases import lexicon


@lru_cache(maxsize=4096)
def _words(position: str) -> tuple:
    """Case-folded words of a position, abbreviations expanded, punctuation dropped."""
    abbr = _abbreviations()
    out = []
    for w in position.split():
        w = w.strip(",.;:()").casefold()
        if w and w != "-":
            out.extend(abbr.get(w, (w,)))
    return tuple(out)


@lru_cache(maxsize=1)
def _abbreviations() -> dict:
    return {k.casefold(): tuple(canonical(v).casefold().split()) for k, v in lexicon().abbreviations.items()}


def _subsequence(short: tuple, full: tuple) -> bool:
    it = iter(full)
    return all(w in it for w in short)


def _shorter(a: str, b: str) -> bool:
    """``a`` is a shorter form of ``b``: its words are a subsequence of b's, same head word."""
    wa, wb = _words(a), _words(b)
    return bool(wa) and wa[0] == wb[0] and _subsequence(wa, wb) and (len(wa) < len(wb) or len(a) < len(b))


MAX_POSTS = 40          # posts kept per person (merging is quadratic in them)


def merge(positions: Iterable[str]) -> list[str]:
    """Each post once, in order of first appearance; of a short and a full form, the full."""
    out: list[str] = []
    for p in dict.fromkeys(positions):
        if len(out) >= MAX_POSTS:
            break
        if any(_words(p) == _words(q) and len(p) <= len(q) or _shorter(p, q) for q in out):
            continue
        idx = [i for i, q in enumerate(out) if _shorter(q, p) or _words(q) == _words(p)]
        if idx:
            out[idx[0]] = p
            out = [q for i, q in enumerate(out) if i not in idx[1:]]
        else:
            out.append(p)
    return out
