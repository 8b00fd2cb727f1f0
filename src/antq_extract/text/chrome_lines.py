"""Chrome rules that read a line by itself or beside its neighbour (``chrome.mark`` calls them):
the site's name over its address, a line repeated, a scrolling banner, the current-date banner
over a dated line, a linked headline closed by its date, the lines after the end mark "./.", the
dashed links to other articles that open a page."""
from __future__ import annotations

import regex

from ..article import Article
from ..fields.dates.atoms import find_atoms

_DATE_TAIL = 30         # a date line: a full date at its start, at most this many characters after it


def site_names(article: Article, lines: list, marked):
    """The site's name in capitals on the line right above its address line ("CÔNG AN TỈNH
    HẬU GIANG" over "http://conganhaugiang.gov.vn")."""
    sites = {a for a, _, kind in marked if kind == "site"}
    out = []
    for (a, b), (c, _d) in zip(lines, lines[1:]):
        line = article.text[a:b].strip()
        if c + len(article.text[c:_d]) - len(article.text[c:_d].lstrip()) in sites and line.isupper():
            out.append((a, b, "site"))
    return out


_REPEAT_WORDS = 30   # a caption or a heading printed twice is short; a paragraph printed twice is text


def repeats(article: Article, lines: list):
    """A short line identical to the line before it: a caption or a heading printed twice. A
    paragraph printed twice (a lead repeated under itself) is read twice, like the text it is."""
    out, prev = [], None
    for a, b in lines:
        line = article.text[a:b].strip()
        if prev is not None and line == prev and len(line.split()) <= _REPEAT_WORDS:
            out.append((a, b, "repeat"))
        prev = line
    return out


_GAP = regex.compile(r"[ \t]{3,}")


def marquees(article: Article, lines: list):
    """A scrolling banner as a page copy prints it: one line of the same text two or more times,
    parted by runs of spaces, the last copy maybe cut ("Chào mừng đến với ...   Chào mừng đến
    với ...   Chào mừng đến v"); a line of any length."""
    out, text = [], article.text
    for a, b in lines:
        if _GAP.search(text, a, b) is None:
            continue                # most lines: no run of spaces
        parts = [p for p in _GAP.split(text[a:b].strip()) if p]
        if len(parts) >= 2 and len(parts[0]) >= 10 and all(p == parts[0] for p in parts[1:-1]) \
                and parts[0].startswith(parts[-1]) and len(parts[-1]) >= 3:
            out.append((a, b, "repeat"))
    return out


_BULLET = regex.compile(r"[ ]*[•·▪►][ ]*\S")
_DIGIT = regex.compile(r"\d")
_MENU_WORDS = 6          # a menu item is a link of a few words
_PROSE = regex.compile(r"\p{L}[.,;!?…]|(?<!\S)\S++(?:[ ]+\S++){11}")   # punctuated words, or a dozen (tried from word starts only: linear)


def menu_items(article: Article, lines: list):
    """The bulleted links of a menu above the text ("TV& VIDEO", "  • vtv Cần Thơ"): a bullet line
    of a few words and no digit (a bulleted stamp, "  • Thứ năm, 14/8/2025 12:00", is no link)
    before the first line of prose."""
    out, text = [], article.text
    for a, b in lines:
        if _BULLET.match(text, a, b) and len(text[a:b].split()) <= _MENU_WORDS + 1 and _DIGIT.search(text, a, b) is None:
            out.append((a, b, "widget"))
        elif _PROSE.search(text, a, b):
            break
    return out


def banner(article: Article, lines: list):
    if len(lines) < 3:
        return []
    a, b = lines[0]
    if not _date_line(article.text, a, b):
        return []
    if any(_date_line(article.text, c, d) for c, d in lines[1:5]):
        return [(a, b, "banner")]
    return []


def _date_line(text: str, a: int, b: int) -> bool:
    """A line that opens with a full date (its weekday and clock included), short after it; read
    by the dates grammar."""
    start = a + len(text[a:b]) - len(text[a:b].lstrip(" "))
    if not text[start:start + 1].isalnum():
        return False
    atoms = [x for x in find_atoms(text, start, min(b, start + 80)) if x.kind == "dmy"]
    return bool(atoms) and atoms[0].start == start and b - atoms[0].end <= _DATE_TAIL


def dated_link(text: str, a: int, b: int) -> bool:
    """A linked headline closed by its date in brackets ("Bắt 3 đối tượng ... (10/03/2024)"):
    the bracket ends no sentence."""
    end = len(text[a:b].rstrip()) + a
    if text[end - 1:end] != ")":
        return False
    atoms = find_atoms(text, max(a, end - 40), end)
    return bool(atoms) and atoms[-1].end == end - 1 and text[atoms[-1].start - 1:atoms[-1].start] == "("


_END_MARK = regex.compile(r"\./\.[ ]*$")


def after_end_mark(article: Article, lines: list, marked=()):
    """Every line after the line that closes with "./.", the mark Vietnamese official and press
    writing puts at the end of an article, or after a closing line marked "end" (a broadcaster's
    "Mời quý độc giả theo dõi ..."): what follows (the byline, the source, linked headlines of
    other articles) is no part of it."""
    text = article.text
    ends = sorted(c for c, _, kind in marked if kind == "end")
    for i, (a, b) in enumerate(lines):
        if _END_MARK.search(text, a, b) or any(a <= e < b for e in ends):
            return [(c, d, "tail") for c, d in lines[i + 1:]]
    return []


_LINK_ITEM = regex.compile(r"[ ]*[-–•][ ]+\p{Lu}[^\n]*[^\s.;:!?…,]")
_LINK_WORDS = 25   # a linked headline is short
_LINKS_AFTER = 2   # the dashed links stand under at most this many lines (a headline, a stamp)


def opening_links(article: Article, lines: list):
    """Two or more dashed headlines of other articles that open the page, under at most a
    headline and a stamp ("- Đào hầm bí mật trên đồi vắng để tổ chức "sới bạc"", "- Cõng 60.000
    viên ma túy tổng hợp qua biên giới", then the lead): a related-links box. Each line is a dash,
    a capital, at most 25 words and no end punctuation; a dashed list inside the body is not read."""
    text, out = article.text, []
    for i, (a, b) in enumerate(lines[:_LINKS_AFTER + 1]):
        run = []
        for c, d in lines[i:]:
            if not _LINK_ITEM.fullmatch(text, c, d) or len(text[c:d].split()) > _LINK_WORDS \
                    or any(x.kind == "dmy" for x in find_atoms(text, c, d)):
                break   # a dashed stamp ("- Thứ ba - 23/10/2018 15:05") is the page's own, no link
            run.append((c, d, "listing"))
        if len(run) >= 2 and i + len(run) < len(lines):
            out = run
            break
    return out
