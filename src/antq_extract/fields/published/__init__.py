"""published detector: the article's own publication date as the page states it.

GUIDELINES (Dates, published), in order:

1. a labelled date anywhere in the page: "Đăng ngày: 13/03/2019" (the label outside the span);
2. else the *dated line* nearest before the article body: a line that holds only a full date,
   with its weekday and clock time ("Thứ Năm, 24/11/2022", "Thứ Tư, 24/05/2023 17:20"),
   page chrome around it allowed ("Print ... Gốc");
3. else an update label ("Cập nhật: ...").

A dated line above the title is the site's current-date banner (chrome): never published
and, through :func:`banner_spans`, never a date mention — unless it stamps a clock time,
which banners do not. A dateline that opens the body
sentence ("Chiều 29/3/2022, Công an tỉnh ...") is the event's date, not the publication's.
Rule data: ``rules/published.yaml``; the date grammar is the dates detector's.
"""
from __future__ import annotations

from typing import Optional

import regex

from ...models import DateMention
from ..dates.build import mention_for
from ..dates.grammar import Atom, Unit
from .lines import PUNCT, banner_spans, date_line, full_dates, is_body, nonblank_lines, outside
from .rules import compiled, labels, rules

__all__ = ["banner_spans", "date_line", "extract", "labels", "outside", "rules"]


_DIGIT = regex.compile(r"\d")   # every date atom starts at a digit


def extract(article, found) -> Optional[DateMention]:
    _data, publish, update, *_patterns = compiled()
    lines = nonblank_lines(article)
    atom = _labelled(article, lines, publish)
    if atom is None:
        banners = {a for a, _ in banner_spans(article)}   # once: three layers skip them
        atom = (_dated_line(article, lines, banners) or _labelled(article, lines, update)
                or _header_below(article, lines, banners) or _glued_stamp(article, lines, banners))
    return _mention(article, atom) if atom is not None else None


def _header_below(article, lines, banners: set) -> Optional[Atom]:
    """A page whose header a copy prints after the text (section, headline, then the stamp): the
    first line that is a full posting stamp — weekday, date and clock — anywhere, when no stamp
    stands above the body or under its lead (a listing's dated links carry no weekday and clock)."""
    for a, b in lines:
        atom = date_line(article, a, b)
        if atom is not None and a not in banners and atom.group("wd") and (atom.group("t2") or atom.group("t")):
            return atom
    return None


def _glued_stamp(article, lines, banners: set) -> Optional[Atom]:
    """The last layer: a clocked full date on a short line above the first body line, with
    words glued around it that no date line allows ("Bản tin 113Thứ Sáu, 17/04/2020 16:53:07
    +07:00Google News": a section label and a follow button lost their spaces). Only a date
    with its clock (a posting stamp: body dates carry none), at most
    ``glued.max_words`` words beside it, never a banner."""
    data = compiled()[0]
    for a, b in lines:
        if is_body(article, a, b):
            return None
        if a in banners or b - a > data.short_line:
            continue
        atoms = full_dates(article, a, b)
        if len(atoms) == 1 and (atoms[0].group("t2") or atoms[0].group("t")):
            rest = outside(article, a, b, [(atoms[0].start, atoms[0].end)])
            if len(rest.split()) <= data.glued.max_words and not _PUNCT_WORDS.search(rest):
                return atoms[0]
    return None


_PUNCT_WORDS = regex.compile(r"\p{L}[.,;!?…][ ]+\p{L}")   # prose beside the date: a sentence, not labels


def _mention(article, atom: Atom) -> Optional[DateMention]:
    mention, _problem = mention_for(Unit([atom], atom.start, atom.end), article.text, None)
    return mention


def _labelled(article, lines, label: regex.Pattern) -> Optional[Atom]:
    """The first full date right after a label ("Đăng ngày: "), on a short line."""
    data = compiled()[0]
    text = article.text
    for a, b in lines:
        if b - a > data.short_line or _DIGIT.search(text, a, b) is None:
            continue                # a label counts only before a date on its line
        for m in label.finditer(text, a, b):
            if article.is_chrome(m.start(), m.end()):
                continue
            for atom in full_dates(article, m.end(), b):
                if atom.start == m.end():   # the date (with its clock or weekday) follows the label
                    return atom
    return None


def _dated_line(article, lines, banners: set) -> Optional[Atom]:
    """The last dated line before the first body line, banners excluded; the headline's own
    line counts with the stamp after the title ("... năm 2024 14/02/2024 08:05")."""
    title = article.title_span
    best = None
    for i, (a, b) in enumerate(lines):
        atom = date_line(article, title[1] if title and a <= title[0] < b else a, b)
        if atom is not None:
            best = best if a in banners else atom
        elif is_body(article, a, b):
            return best or _opening_stamp(article, a, b) or _after_lead(article, lines[i + 1:i + 3])
    return best


_NEXT_SENTENCE = regex.compile(r"[ ]+(?-i:\p{Lu})")


def _opening_stamp(article, a: int, b: int) -> Optional[Atom]:
    """A posting stamp glued before the lead on the first body line ("20:18 05/12/2024 Sáng 5-12,
    kỳ họp ..."): a clock, then a full date, then at once the next sentence's capital — no comma
    and no word as a dateline that opens the sentence has ("Lúc 20h ngày 5/12/2024, ...")."""
    text = article.text
    start = a + len(text[a:b]) - len(text[a:b].lstrip())
    atoms = full_dates(article, start, b)
    if not atoms or atoms[0].start != start:
        return None
    atom = atoms[0]
    if atom.group("t") and not atom.group("ngay") and not atom.group("pod") \
            and _NEXT_SENTENCE.match(text, atom.end, b):
        return atom
    return None


def _after_lead(article, nxt) -> Optional[Atom]:
    """A date line right after the first body line (the lead), when none stands above it: some
    portals print the stamp under the sapo ("<sapo>\n21/10/2025\n<body>"), or under the headline
    when what read as the lead is a kicker ending in a colon ("Phòng ... Công an tỉnh Quảng Trị:",
    headline, stamp)."""
    if not nxt:
        return None
    atom = date_line(article, *nxt[0])
    if atom is None and len(nxt) > 1 and not PUNCT.search(article.text, *nxt[0]) and _kicker(article, nxt[0][0]):
        atom = date_line(article, *nxt[1])
    return atom


def _kicker(article, pos: int) -> bool:
    """The line before ``pos`` ends in a colon: a kicker over the headline, not a lead."""
    return article.text[:pos].rstrip().endswith(":")

