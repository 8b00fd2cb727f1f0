"""Title: the first heading line of the article (GUIDELINES: title), or None.

A heading is the first non-blank line that is not page chrome and not a dated
line, reads like a headline (no closing full stop, not a lead that opens with a
dateline such as "NDO -" or "Chiều 24/5,") and is followed by a blank line.
"""
from __future__ import annotations

from typing import Optional

import regex

from .article import Article

_MAX = 400
_LEAD = regex.compile(
    r"^\s*(?:\(?[A-ZĐ][\p{L}. ]{0,20}\)?\s*-\s|(?:Sáng|Trưa|Chiều|Tối|Đêm|Ngày|Hôm nay|Hôm qua)\b[^,]{0,40}\d)")
_DATED = regex.compile(r"^\s*(?:(?:Thứ \p{L}+|Chủ nhật)\s*,?\s*)?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}")


def find_title(article: Article) -> Optional[tuple[int, int]]:
    text = article.text
    lines = article.lines
    for i, (a, b) in enumerate(lines):
        line = text[a:b]
        if not line.strip():
            continue
        if article.is_chrome(a + (len(line) - len(line.lstrip())), b) or _DATED.match(line):
            continue
        stripped = line.strip()
        followed_by_blank = i + 1 >= len(lines) or not text[lines[i + 1][0]:lines[i + 1][1]].strip()
        if (len(stripped) <= _MAX and not stripped.endswith((".", "…", ":", ";"))
                and not _LEAD.match(stripped) and followed_by_blank):
            lead = len(line) - len(line.lstrip())
            return a + lead, a + lead + len(stripped)
        return None
    return None
