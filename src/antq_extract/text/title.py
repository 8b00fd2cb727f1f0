"""Title: the first heading line of the article (GUIDELINES: title), or None.

When the page's header holds a posting stamp, the title is the headline right above the
header's last dated line (menus, widgets and a site name over a banner above it are passed
over). Else a heading is the first non-blank line that is not page chrome and not a dated
line, reads like a headline (no closing full stop, not a lead that opens with a
dateline such as "NDO -" or "Chiều 24/5,") and is followed by a blank line, by a dated
line or by a lead paragraph, or comes right under a dated line (a banner or a stamp above
the headline, the body glued to it: "20/08/2023\nSùng Nhơn: Tổ chức Ngày hội ...\nNgày
12/8/2023, ..."). A posting stamp glued to the end of the headline's line ("... năm 2024
14/02/2024 08:05", "... | Thứ Ba, 12/03/2024, 07:45 (GMT+7)") is not part of the title: the
published detector reads it as the publication date. Dates are read by the dates grammar
(``fields/dates/atoms.py``); labels, byline and residue are those of ``rules/published.yaml``.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

import regex

from ..article import Article
from ..fields.dates.atoms import find_atoms
from ..fields.dates.rules import alternation, date_rules
from ..fields.published import labels as published_labels, rules as published_rules

_MAX = 400
_OPEN = regex.compile(r"[ (\[]*")        # what may stand before a date that opens a line
_DIGIT = regex.compile(r"\d")
_LETTER = regex.compile(r"\p{L}")
_BULLET = regex.compile(r"[ ]*[•·▪►◦]")   # a headline never opens with a list bullet
# a photo caption: a table cell's closing bar, or "(Ảnh minh họa)" at the end of the line
_CAPTION = regex.compile(r"(?:\||\((?:[ÂẢ]nh|ảnh)\b[^)]*\))\s*$")
_HEADLINE_WORDS = 30    # a headline is at most this many words
_PROSE_WORDS = 12       # a lead paragraph glued under the headline has at least this many
_PROSE_END = regex.compile(r"[.!?…:;”\"')]\s*$")


@lru_cache(maxsize=1)
def _lead() -> regex.Pattern:
    """A lead, not a headline: it opens with a byline tag ("NDO - ", "(Dân trí) - ") or with a
    dateline — a part of the day (rules/dates.yaml) or "ngày"/"hôm nay"/"hôm qua" before a number
    ("Chiều 24/5,")."""
    days = alternation([*date_rules().words.part_of_day, *date_rules().words.lead_days])
    return regex.compile(rf"^\s*(?:\(?[A-ZĐ][\p{{L}}. ]{{0,20}}\)?\s*-\s|(?i:{days})\b[^,]{{0,40}}\d)")


@lru_cache(maxsize=1)
def _clock_line() -> regex.Pattern:
    """A header's date-and-clock line that the dates grammar does not read as a date ("Thứ bảy,
    7-2-26 14:42:35": a two-digit year): a weekday (rules/dates.yaml) opening a short line that
    holds a clock. Never a headline; a headline below it is the title, as below a dated line."""
    days = alternation(list(date_rules().words.weekdays))
    return regex.compile(rf"^\s*(?i:{days})\b[^\n]{{0,30}}\d{{1,2}}:\d{{2}}(?::\d{{2}})?\s*$")


@lru_cache(maxsize=1)
def _patterns() -> tuple[regex.Pattern, regex.Pattern, regex.Pattern, regex.Pattern]:
    """(a line that opens with a date label, what glues a stamp to the headline, the residue a
    stamp line may keep, a byline before a stamp) — from the published detector's rules."""
    rules = published_rules()
    label = alternation([*rules.labels.publish, *rules.labels.update])
    opens = "|".join(f"(?:{rx.pattern})" for rx in published_labels())
    return (regex.compile(rf"^\s*(?:{opens})\d", regex.IGNORECASE),
            regex.compile(rf"[ ]+(?:[-|][ ]*)?(?:{label}[ ]*:?[ ]*)?[(\[]?$", regex.IGNORECASE),
            regex.compile(rules.residue, regex.IGNORECASE),
            regex.compile(rules.byline_prefix))


_YEAR = regex.compile(r"\d{4}")      # a full date writes its year: the cheap test first
_WINDOW = 80                         # a stamp or a date that opens a line is shorter than this


def _full_dates(line: str, start: int, end: int):
    if _YEAR.search(line, start, end) is None:
        return []
    return [a for a in find_atoms(line, start, end) if a.kind == "dmy"]


def _stamp(line: str) -> Optional[int]:
    """Where a posting stamp that ends the line starts (its label and separators included): a
    full date with a clock time or a weekday, then at most a time-zone tag."""
    dates = _full_dates(line, max(0, len(line) - _WINDOW), len(line))
    if not dates:
        return None
    atom = dates[-1]
    if not (atom.group("t") or atom.group("t2") or atom.group("wd")):
        return None
    glue, residue = _patterns()[1:3]
    if not residue.match(line[atom.end:]):
        return None
    m = glue.search(line, 0, atom.start)
    return m.start() if m else None


def _dated(line: str) -> bool:
    """A line that opens with a full date (a clock before it allowed) or a date label, or holds
    a stamp after a byline ("Tây Bắc - Dương Khánh - 30/07/2025 11:27")."""
    if not _DIGIT.search(line):
        return False
    labelled, _glue, residue, byline = _patterns()
    if labelled.match(line):
        return True
    start = _OPEN.match(line).end()
    dates = _full_dates(line, start, min(len(line), start + _WINDOW))
    if dates and dates[0].start == start:
        return True
    cut = _stamp(line)
    return cut is not None and (cut == 0 or bool(byline.match(line[:cut] + " -")))


def find_title(article: Article) -> Optional[tuple[int, int]]:
    return _above_stamp(article) or _first_heading(article)


_STAMP_HEADLINE_WORDS = 4   # a headline above the stamp has at least this many words (menus less)


def _above_stamp(article: Article) -> Optional[tuple[int, int]]:
    """The headline next to the header's last dated line (the posting stamp): the line right
    above it (blank and chrome lines between allowed), else the line right below it (a stamp
    printed over the headline) — over site names, menus and widgets ("Trang chủ", "Xem với cỡ
    chữ", "CÔNG AN TỈNH ..." over a date banner). The header ends at the first prose line."""
    text, header, stamp = article.text, [], None
    for a, b in article.lines:
        line = text[a:b].strip()
        if _prose(line) or len(line) > _MAX:
            break
        if line and _dated(line):   # a stamp line may hold chrome ("| Lượt xem: 235")
            stamp = len(header)
            header.append(None)
            continue
        if not line or article.is_chrome(a + (len(text[a:b]) - len(text[a:b].lstrip())), b):
            continue
        header.append((a, b) if _LETTER.search(line) else None)
    if stamp is None:
        return None
    above = stamp - 1
    while above > 0 and above > stamp - 3 and header[above] is not None and _author(text, *header[above]):
        above -= 1          # the author's name between the headline and the stamp ("Nguyễn Phúc")
    for i in (above, stamp + 1):
        if 0 <= i < len(header) and header[i] is not None and _stamp_headline(text, *header[i]):
            a, b = header[i]
            lead = len(text[a:b]) - len(text[a:b].lstrip())
            return a + lead, a + lead + len(text[a:b].strip())
    return None


def _author(text: str, a: int, b: int) -> bool:
    """A byline: two to four capitalised words, no digit ("Nguyễn Phúc", "Thùy Hương")."""
    words = text[a:b].split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() and w.isalpha() for w in words)


def _stamp_headline(text: str, a: int, b: int) -> bool:
    line = text[a:b].strip()
    head = line.rstrip(".…") if line.endswith(("...", "…")) else line   # a teaser headline ends in an ellipsis
    return (len(line.split()) >= _STAMP_HEADLINE_WORDS and _closes_as_headline(head, "")
            and not _CAPTION.search(line) and not _lead().match(line) and not _BULLET.match(line))


def _first_heading(article: Article) -> Optional[tuple[int, int]]:
    text = article.text
    lines = article.lines
    under_date = False      # a dated line (a banner or a stamp) above: the next headline is the title
    for i, (a, b) in enumerate(lines):
        line = text[a:b]
        if not line.strip():
            continue
        if article.is_chrome(a + (len(line) - len(line.lstrip())), b):
            continue
        if _dated(line) or _clock_line().match(line):
            under_date = True
            continue
        if not _LETTER.search(line) or _BULLET.match(line) or _slogan(line):
            continue                # a line of bare separators ("|"), a menu's bullet item ("• ANTV"), a motto
        if under_date and len(line.split()) < _STAMP_HEADLINE_WORDS:
            continue                # a menu or section label under the header's date ("Sự kiện", "Chính trị")
        stripped = _without_stamp(line.strip())
        nxt = text[lines[i + 1][0]:lines[i + 1][1]] if i + 1 < len(lines) else ""
        if (stripped and len(stripped) <= _MAX and _closes_as_headline(stripped, nxt)
                and not _CAPTION.search(stripped)
                and not _lead().match(stripped)
                and (under_date or not nxt.strip() or _dated(nxt)
                     or (_prose(nxt) and len(stripped.split()) <= _HEADLINE_WORDS))):
            lead = len(line) - len(line.lstrip())
            return a + lead, a + lead + len(stripped)
        return None
    return None


_SLOGAN_SEP = regex.compile(r"[ ]+[-–|][ ]+")


def _slogan(line: str) -> bool:
    """A site's motto in the header: three or more short capitalised parts between dashes or bars
    ("Nhân Văn - Tin Cậy - Kịp Thời - Hấp dẫn"); a lead's byline tag has one part before its dash."""
    parts = _SLOGAN_SEP.split(line.strip())
    return len(parts) >= 3 and all(1 <= len(p.split()) <= 3 and p[:1].isupper() for p in parts)


def _closes_as_headline(line: str, nxt: str) -> bool:
    """A headline has no closing full stop — except a short one whose quoted name closes it
    ("... Tổ chức “Ngày hội toàn dân bảo vệ an ninh Tổ quốc 2023”.") above a blank line."""
    if not line.endswith((".", "…", ":", ";")):
        return True
    return (line.endswith(("”.", '".')) and not nxt.strip() and ". " not in line
            and len(line.split()) <= _HEADLINE_WORDS)


def _prose(line: str) -> bool:
    """A body paragraph: many words, closed like a sentence — the lead glued under a headline
    with no blank line between ("Bắt giữ 2 đối tượng ...\\n(ABO) Trên địa bàn ...")."""
    return len(line.split()) >= _PROSE_WORDS and bool(_PROSE_END.search(line))


def _without_stamp(line: str) -> str:
    """The line without a posting stamp at its end."""
    cut = _stamp(line)
    return line[:cut].rstrip(" -|") if cut else line
