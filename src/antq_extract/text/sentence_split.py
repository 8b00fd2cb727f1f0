"""underthesea's sentence splitter, same output, linear time.

``underthesea.sent_tokenize`` (9.5, a Punkt-style rule splitter) steps through
the text one character at a time in Python, and for every "." walks back over
the whole preceding run of letters, digits and dots to see whether it ends an
abbreviation: "a.a.a.a..." of 20 KB takes a minute (quadratic). This port keeps
its rules and its abbreviation list (copied from underthesea into
``rules/sentence_abbreviations.tsv``, so underthesea is not imported to split) but jumps
from one ".?!" to the next, and stops walking back once the word is longer
than the longest abbreviation (such a word cannot be one: ``str.lower`` never
shortens a string). ``tests/test_limits.py`` checks it gives underthesea's
sentences on the corpus, the dev articles and the pathological inputs.

>>> sent_tokenize("Xin chào. Tôi là Claude.")
['Xin chào.', 'Tôi là Claude.']
>>> sent_tokenize("Đ/c Nguyễn Văn A. phát biểu... Sau đó TP. Hà Nội 1.500.000 đồng!")
['Đ/c Nguyễn Văn A. phát biểu...', 'Sau đó TP. Hà Nội 1.500.000 đồng!']
"""
from __future__ import annotations

from functools import lru_cache

import regex

from ..lexicon import load_tsv

# A candidate boundary: "?", "!", or a "." not between two digits ("1.500.000" is never one:
# every \d is str.isdigit, so skipping those dots here changes nothing but the speed).
_END = regex.compile(r"[?!]|(?<!\d)\.|\.(?!\d)")
_END_CHARS = frozenset(".?!")


@lru_cache(maxsize=1)
def _abbreviations() -> tuple[frozenset, int]:
    """underthesea's abbreviation set (``rules/sentence_abbreviations.tsv``), and the length of
    its longest entry."""
    abbrevs = frozenset(row[0] for row in load_tsv("sentence_abbreviations.tsv"))
    return abbrevs, max(map(len, abbrevs))


def sent_tokenize(text: str) -> list[str]:
    """The sentences of ``text``, as underthesea's ``sent_tokenize`` gives them."""
    if not text or not text.strip():
        return []
    out, start, i, n = [], 0, 0, len(text)
    while (m := _END.search(text, i)) is not None:
        i = m.start()
        if text[i] == "." and text.startswith("...", i):
            start, i = _ellipsis(text, i, start, out)
        elif _is_boundary(text, i):
            end = i + 1
            while end < n and text[end] in _END_CHARS:
                end += 1
            _add(out, text[start:end])
            start = i = _skip(text, end, " \t\n\r")
        else:
            i += 1
    _add(out, text[start:])
    return out


def _ellipsis(text: str, i: int, start: int, out: list) -> tuple[int, int]:
    """Three dots or more: a boundary at the end of the text or before a capital."""
    dot_end = i
    while dot_end < len(text) and text[dot_end] == ".":
        dot_end += 1
    after = _skip(text, dot_end, " \t")
    if after >= len(text) or text[after].isupper():
        _add(out, text[start:dot_end])
        dot_end = _skip(text, dot_end, " \t\n\r")
        start = dot_end
    return start, dot_end


def _is_boundary(text: str, pos: int) -> bool:
    """underthesea's rule: every ".?!" ends a sentence, except a "." between digits
    ("1.500.000") or after an abbreviation ("TP.", "A.")."""
    if text[pos] != ".":
        return True
    if 0 < pos < len(text) - 1 and text[pos - 1].isdigit() and text[pos + 1].isdigit():
        return False
    abbrevs, longest = _abbreviations()
    start = pos - 1
    while start >= 0 and pos - start <= longest + 1 and (text[start].isalnum() or text[start] == "."):
        start -= 1
    word = text[start + 1:pos]
    return not (word and len(word) <= longest and word.lower() in abbrevs)


def _skip(text: str, pos: int, chars: str) -> int:
    while pos < len(text) and text[pos] in chars:
        pos += 1
    return pos


def _add(out: list, sentence: str) -> None:
    sentence = sentence.strip()
    if sentence:
        out.append(sentence)
