"""The chrome rule for the links a widget heading opens at the page's end (``chrome.mark`` calls
:func:`listing`): "Tin đọc nhiều trong tuần", then headlines and their dates, every line after
the heading marked when none of them ends a sentence (a lead cut off by "…" or a headline that
asks does not count as one); and :func:`marked_test`, the log-time test of a page's marks that the
byline rule shares."""
from __future__ import annotations

from bisect import bisect_right

import regex

from ..article import Article
from .chrome_lines import dated_link as _dated_link

WORD = regex.compile(r"\S+")
SENTENCE_END = regex.compile(r"[.!?…\"”)]\s*$")


def marked_test(marked):
    """A test "is this offset inside a marked span?" in log time (spans may overlap), so that a
    page of a hundred thousand marked lines is not read once per line."""
    spans = sorted((c, d) for c, d, _ in marked)
    starts, reach, far = [c for c, _ in spans], [], -1
    for _, d in spans:
        far = max(far, d)
        reach.append(far)   # the furthest end of the spans starting at or before this one

    def test(pos: int) -> bool:
        i = bisect_right(starts, pos) - 1
        return i >= 0 and reach[i] > pos
    return test


_MAX_LINK_WORDS = 40   # a linked headline is at most this many words


def listing(article: Article, lines: list, marked):
    """The lines after a widget heading that opens the page's last block of links: from the
    heading to the end every line is a headline or a date (no sentence ends there)."""
    text = article.text
    headings = {a for a, b, kind in marked if kind == "widget" and _whole_line(text, a, b)}
    if not headings:
        return []
    inside = marked_test(marked)
    run = []   # the page's trailing lines that end no sentence, last first (furniture passed over)
    for a, b in reversed(lines):
        line = text[a:b].strip()
        if not _heading_at(text, a, headings) and inside(a + len(text[a:b]) - len(text[a:b].lstrip())) \
                and inside(a + len(text[a:b].rstrip()) - 1):
            continue
        if (SENTENCE_END.search(line) and not _dated_link(text, a, b) and not _teaser_line(line)) \
                or len(WORD.findall(line)) > _MAX_LINK_WORDS:
            break
        run.append((a, b))
    run.reverse()
    first = next((i for i, (a, b) in enumerate(run) if _heading_at(text, a, headings)), None)
    return [] if first is None else [(a, b, "listing") for a, b in run[first + 1:]]


_CUT_OFF = regex.compile(r"[^.\s](?:…|\.\.\.)$")


_MAX_QUESTION_WORDS = 20


def _teaser_line(line: str) -> bool:
    """A line of a related-news block that ends like a sentence but is none: a lead cut off by an
    ellipsis ("Với doanh nghiệp, điều…") or a headline that asks ("Thế nào là ... doanh nghiệp?")."""
    return bool(_CUT_OFF.search(line)) or (line.endswith("?") and len(WORD.findall(line)) <= _MAX_QUESTION_WORDS)


def _heading_at(text: str, line_start: int, headings: set) -> bool:
    return line_start + len(text[line_start:]) - len(text[line_start:].lstrip(" ")) in headings


def _whole_line(text: str, a: int, b: int) -> bool:
    start = text.rfind("\n", 0, a) + 1
    end = text.find("\n", b)
    return not text[start:a].strip() and not text[b:end if end >= 0 else len(text)].strip()
