"""Title: the first heading line of the article (GUIDELINES: title), or None.

A heading is the first non-blank line that is not page chrome and not a dated
line, reads like a headline (no closing full stop, not a lead that opens with a
dateline such as "NDO -" or "Chiều 24/5,") and is followed by a blank line or by a dated
line, or comes right under a dated line (a banner or a stamp above the headline, the body
glued to it: "20/08/2023\nSùng Nhơn: Tổ chức Ngày hội ...\nNgày 12/8/2023, ..."). A posting
stamp glued to the end of the headline's line ("... năm 2024 14/02/2024 08:05", "... | Thứ Ba, 12/03/2024, 07:45 (GMT+7)") is not part of the title: the published
detector reads it as the publication date.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

import regex

from ..article import Article
from ..fields.dates.rules import alternation
from ..lexicon import load_yaml

_MAX = 400
_LEAD = regex.compile(
    r"^\s*(?:\(?[A-ZĐ][\p{L}. ]{0,20}\)?\s*-\s|(?:Sáng|Trưa|Chiều|Tối|Đêm|Ngày|Hôm nay|Hôm qua)\b[^,]{0,40}\d)")
_DATED = regex.compile(r"^\s*[(\[]?\s*(?:(?:Thứ [\p{L}\d]+|Chủ nhật)\s*,?\s*)?(?:\d{1,2}:\d{2}\s*[,|-]?\s*)?"
                       r"(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2})", regex.IGNORECASE)
# A stamp at the end of the headline's line: a full date with a clock time (either order) or
# after a weekday, then at most a time-zone tag.
_DATE = r"(?:ngày[ ]+)?(?:\d{1,2}(?P<sep>[/.-])\d{1,2}(?P=sep)\d{4}|\d{4}-\d{2}-\d{2})"
_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?(?:[ ]*(?:AM|PM|SA|CH)(?!\p{L}))?"
_STAMP = (
    rf"[ ]+(?:[-|][ ]*)?(?:{{label}}[ ]*:?[ ]*)?[(\[]?(?:(?:(?:Thứ [\p{{L}}\d]+|Chủ nhật)[ ]*,?[ ]*){_DATE}(?:[ ]*[,|-]?[ ]*{_CLOCK})?"
    rf"|{_DATE}[ ]*[,|-]?[ ]*{_CLOCK}|{_CLOCK}[ ]*[,|-]?[ ]*{_DATE})"
    r"[)\]]?(?:[ ]*\(?GMT[ ]*[+-][ ]*\d{1,2}(?::?00)?\)?)?[ ]*$")
_DIGIT = regex.compile(r"\d")
_LETTER = regex.compile(r"\p{L}")
# a photo caption: a table cell's closing bar, or "(Ảnh minh họa)" at the end of the line
_CAPTION = regex.compile(r"(?:\||\((?:[ÂẢ]nh|ảnh)\b[^)]*\))\s*$")
_HEADLINE_WORDS = 30    # a headline is at most this many words
_PROSE_WORDS = 12       # a lead paragraph glued under the headline has at least this many
_PROSE_END = regex.compile(r"[.!?…:;”\"')]\s*$")


@lru_cache(maxsize=1)
def _stamps() -> tuple[regex.Pattern, regex.Pattern, regex.Pattern]:
    """(a stamp at the end of a line, a line that opens with a date label, a byline before a
    stamp) — the labels and the byline are those of rules/published.yaml ("Cập nhật lúc: 08:05
    14/02/2024", "Tây Bắc - Dương Khánh - 30/07/2025 11:27")."""
    rules = load_yaml("published.yaml")
    label = alternation(w for group in rules["labels"].values() for w in group)
    return (regex.compile(_STAMP.replace("{label}", label), regex.IGNORECASE),
            regex.compile(rf"^\s*{label}[ ]*:?[ ]*\d", regex.IGNORECASE),
            regex.compile(rules["byline_prefix"]))


def _dated(line: str) -> bool:
    """A line that opens with a date, a clock and a date, or a date label, or is a stamp (each
    holds a digit: the cheap test first)."""
    if not _DIGIT.search(line):
        return False
    stamp, labelled, byline = _stamps()
    if _DATED.match(line) or labelled.match(line) or stamp.fullmatch(" " + line.strip()):
        return True
    m = stamp.search(line)      # "<region> - <author> - <date> <clock>"
    return bool(m and m.start() > 0 and byline.match(line[:m.start()] + " -"))


def find_title(article: Article) -> Optional[tuple[int, int]]:
    text = article.text
    lines = article.lines
    under_date = False      # a dated line (a banner or a stamp) above: the next headline is the title
    for i, (a, b) in enumerate(lines):
        line = text[a:b]
        if not line.strip():
            continue
        if article.is_chrome(a + (len(line) - len(line.lstrip())), b):
            continue
        if _dated(line):
            under_date = True
            continue
        if not _LETTER.search(line):
            continue                # a line of bare separators ("|")
        stripped = _without_stamp(line.strip())
        nxt = text[lines[i + 1][0]:lines[i + 1][1]] if i + 1 < len(lines) else ""
        if (stripped and len(stripped) <= _MAX and _closes_as_headline(stripped, nxt)
                and not _CAPTION.search(stripped)
                and not _LEAD.match(stripped)
                and (under_date or not nxt.strip() or _dated(nxt)
                     or (_prose(nxt) and len(stripped.split()) <= _HEADLINE_WORDS))):
            lead = len(line) - len(line.lstrip())
            return a + lead, a + lead + len(stripped)
        return None
    return None


def _closes_as_headline(line: str, nxt: str) -> bool:
    """A headline has no closing full stop — except a short one whose quoted name closes it
    ("... Tổ chức “Ngày hội toàn dân bảo vệ an ninh Tổ quốc 2023”.") above a blank line."""
    if not line.endswith((".", "…", ":", ";")):
        return True
    return (line.endswith(("”.", '".')) and not nxt.strip() and ". " not in line
            and len(line.split()) <= _HEADLINE_WORDS)


def _prose(line: str) -> bool:
    """A body paragraph: many words, closed like a sentence — the lead glued under a headline
    with no blank line between ("Bắt giữ 2 đối tượng ...\n(ABO) Trên địa bàn ...")."""
    return len(line.split()) >= _PROSE_WORDS and bool(_PROSE_END.search(line))


def _without_stamp(line: str) -> str:
    """The line without a posting stamp at its end (a stamp holds a digit)."""
    m = _stamps()[0].search(line) if _DIGIT.search(line) else None
    return line[:m.start()].rstrip(" -|") if m else line
