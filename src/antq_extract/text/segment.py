"""Segment stage: lines, paragraphs and sentences, as offsets into the normalized text.

Sentences come from underthesea's CRF-free ``sent_tokenize`` (a rule splitter
shipped in the wheel; ``sentence_split`` runs its rules in linear time), run per
paragraph and aligned back to offsets; a paragraph is a run of non-blank lines.
"""
from __future__ import annotations

from typing import Optional

import regex

from ..article import Article

_LINE = regex.compile(r"[^\n]*")
_PARA = regex.compile(r"[^\n]+(?:\n[ ]*(?=\S)[^\n]+)*")


def lines(text: str) -> list[tuple[int, int]]:
    """Every line of ``text`` (without its newline)."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def paragraphs(text: str, spans: Optional[list[tuple[int, int]]] = None) -> list[tuple[int, int]]:
    """Non-blank lines (of ``spans``, the lines of ``text`` when read already), each a paragraph
    (news pages put one paragraph per line)."""
    return [(a, b) for a, b in (lines(text) if spans is None else spans) if text[a:b].strip()]


def sentences(text: str, paras: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentence spans inside each paragraph, aligned to offsets."""
    from .sentence_split import sent_tokenize  # underthesea's rules, in linear time

    out = []
    for a, b in paras:
        pos = a
        for sent in sent_tokenize(text[a:b]):
            sent = sent.strip()
            if not sent:
                continue
            i = text.find(sent, pos, b)
            if i < 0:  # the tokenizer changed the text: keep the rest as one sentence
                out.append((pos, b))
                pos = b
                break
            out.append((i, i + len(sent)))
            pos = i + len(sent)
        if pos < b and text[pos:b].strip():
            out.append((pos, b))
    return out


def segment(article: Article) -> None:
    """Fill ``article.lines``, ``paragraphs`` and ``sentences``."""
    text = article.text
    article.lines = lines(text)
    article.paragraphs = paragraphs(text, article.lines)
    article.sentences = sentences(text, article.paragraphs)
