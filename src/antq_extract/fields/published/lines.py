"""Lines of the page header as the published detector reads them: the non-blank lines, a *date
line* (a full date and nothing else but chrome and separators), the text of a line outside
chrome, the first line of the body, and the site's current-date banners above the title
(:func:`banner_spans`, which the dates detector skips too)."""
from __future__ import annotations

from bisect import bisect_right
from typing import Optional

import regex

from ..dates.grammar import Atom, find_atoms
from .rules import compiled


def full_dates(article, start: int, end: int) -> list[Atom]:
    """Full dates (year written) in [start, end) outside page chrome."""
    return [a for a in find_atoms(article.text, start, end)
            if a.kind == "dmy" and not article.is_chrome(a.start, a.end)]


def date_line(article, start: int, end: int) -> Optional[Atom]:
    """The full date a line holds when it holds nothing else but chrome and separators."""
    if end - start > compiled()[0].short_line:
        return None
    atoms = full_dates(article, start, end)
    if len(atoms) != 1:
        return None
    atom = atoms[0]
    residue, byline = compiled()[3:5]
    if residue.match(outside(article, start, end, [(atom.start, atom.end)])):
        return atom
    if ((byline.match(article.text[start:atom.start]) or _section_before(article.text, start, atom, end))
            and residue.match(outside(article, atom.end, end))):
        return atom
    return None


_SECTION = regex.compile(r"[ ]*\p{Lu}\p{Ll}*(?:[ ]+\p{Ll}+){0,2}[ ]+")


def _section_before(text: str, start: int, atom: Atom, end: int) -> bool:
    """The page's section name right before a weekday stamp ("Thời sự Thứ năm, 22/11/2012, 03:18"),
    or before a date that ends the line ("Thế giới 21-02-2023"): one to three words, the first
    capitalised."""
    m = _SECTION.fullmatch(text, start, atom.start)
    return m is not None and (bool(atom.group("wd")) or not text[atom.end:end].strip())


def outside(article, start: int, end: int, also=()) -> str:
    """The text of [start, end) without page chrome (and without the spans ``also``)."""
    chrome, near = article.chrome, []
    i = max(0, bisect_right(chrome, (start, float("inf"))) - 1)   # sorted, disjoint: a bisect
    while i < len(chrome) and chrome[i][0] < end:
        if start < chrome[i][1]:
            near.append(chrome[i])
        i += 1
    cut = sorted(near + list(also))
    pieces, pos = [], start
    for a, b in cut:
        pieces.append(article.text[pos:max(pos, a)])
        pos = max(pos, b)
    pieces.append(article.text[pos:end] if pos < end else "")
    return " ".join(pieces)


def nonblank_lines(article):
    text = article.text
    return [(a, b) for a, b in article.lines if text[a:b].strip()]


def banner_spans(article) -> list[tuple[int, int]]:
    """Dated lines above the title without a clock time: the site's current-date banner.

    A line above the title that stamps a clock time ("Thứ năm, 24/11/2022, 10:30 (GMT+7)",
    "08:05 | 14/02/2024") is the page's posting stamp, not a banner — unless the site's contact
    lines follow it (the page header's clock: "Thứ Tư, 21/01/2026 12:16 GMT+7\n• Hotline: ...").
    """
    top = article.title_span[0] if article.title_span else -1
    out, above, below = [], [], False
    lines = nonblank_lines(article)
    bare = None    # with no title: a clockless dated line, a banner when another dated line follows
    for i, (a, b) in enumerate(lines):
        if is_body(article, a, b):
            break
        atom = date_line(article, a, b)
        if atom is None:
            continue
        if bare is not None:
            out.append(bare)
            bare = None
        clocked = atom.group("t2") or atom.group("t")
        if top < 0 and not clocked:
            bare = (a, b)   # "Thứ sáu, 26/04/2024" over "(Chủ nhật, 14/05/2023, 11:00 am GMT+7)"
        elif (b <= top and not clocked) or (clocked and header_clock(article, lines[i + 1:])):
            out.append((a, b))
        elif b <= top:
            above.append((a, b))
        elif top >= 0:
            below = True
    # a clocked line above the title with the page's own stamp below it is the header's clock
    # ("Thứ Ba, 04/02/2025 15:49" over the headline, "Thứ 2, 15/08/2022 | 10:03:05" under it)
    return sorted(out + above) if below else out


def header_clock(article, below) -> bool:
    """A site contact line ("Hotline: ...", "Email: ...") right below: the dated line is the
    page header's clock, not the posting stamp (rules/published.yaml header_contact)."""
    data, contact = compiled()[0], compiled()[5]
    return any(contact.match(article.text[a:b]) for a, b in below[:data.header_lines])


PUNCT = regex.compile(r"[.,;:!?…]")


def is_body(article, a: int, b: int) -> bool:
    """A line of the article body: not the title, not chrome, long enough to be prose, and
    punctuated as prose is (a menu bar of a dozen words has no comma or stop: "Tiện ích Bạn cần
    biết Liên hệ Thông tin toà soạn Liên hệ quảng cáo")."""
    if article.title_span and a <= article.title_span[0] < b:
        return False
    rest = outside(article, a, b)
    return len(rest.split()) >= compiled()[0].body.min_words and PUNCT.search(rest) is not None
