"""Chrome stage: mark page furniture (counters, widgets, bylines, banners, repeats).

Marked, not deleted: extractors ask ``article.is_chrome(start, end)``. Patterns
are data (``rules/chrome.yaml``); the structural rules are here:

* **byline**: the short, name-like lines that close the article ("Thùy Hương -
  Trung Nghĩa", "Cổng TTĐT Bộ Công an"), after the last body line;
* **repeat**: a line identical to the line before it (captions printed twice), and a line that
  repeats one text (a scrolling banner copied: "Chào mừng đến với ...   Chào mừng đến với ...");
* **banner**: a site's current-date line above the title, when the article's
  own dated line follows within a few lines;
* **listing** (``chrome_listing.py``): the links a widget heading opens at the page's end ("Tin đọc nhiều trong
  tuần", then headlines and their dates): every line after the heading, when none of them
  ends a sentence;
* **end**: every line after "./." or a closing line marked ``end`` (chrome_lines.after_end_mark);
* **tail**: the page's furniture after the byline ("PV", then a sidebar link "Chương trình
  phát thanh ngày 21/9/2023", then "Đang Online: 163"): in the short, unfinished lines that
  end the page, everything from the first byline-like line on, when a counter or widget
  matched by a pattern lies among them.
"""
from __future__ import annotations

from functools import lru_cache

import regex
from pydantic import BaseModel, ConfigDict

from ..article import Article
from ..lexicon import RuleFile, load_rules
from .chrome_lines import after_end_mark as _after_end_mark, banner as _banner, \
    marquees as _marquees, menu_items as _menu_items, opening_links as _opening_links, repeats as _repeats, \
    site_names as _site_names
from .chrome_listing import SENTENCE_END as _SENTENCE_END, WORD as _WORD, listing, marked_test


class _Pattern(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    kind: str
    regex: str


class _Byline(BaseModel):
    model_config = ConfigDict(extra="forbid")
    max_words: int
    max_lines: int


class _ChromeRules(RuleFile):
    patterns: list[_Pattern]
    byline: _Byline


_MAX_CHROME_LINE = 200
_BODY_END = regex.compile(r"[.!?…:;,\")”]\s*$")


@lru_cache(maxsize=1)
def _compiled():
    """(kind, pattern, find) per pattern — ``find(text, a, b)`` the first match in the line [a, b) — and
    the byline settings. A pattern anchored at the line's start (``^`` first, no top-level
    alternative) can match only where the line starts: it is tried there alone."""
    rules = load_rules("chrome.yaml", _ChromeRules)
    compiled = []
    for p in rules.patterns:
        rx = regex.compile(p.regex)
        compiled.append((p.kind, rx, rx.match if _anchored(p.regex) else rx.search))
    return compiled, rules.byline


_FLAGS = regex.compile(r"^\(\?[a-zA-Z]+\)")


def _anchored(source: str) -> bool:
    """Does the pattern start with ``^`` (after inline flags) and hold no top-level ``|``?"""
    body = source[_FLAGS.match(source).end():] if _FLAGS.match(source) else source
    if not body.startswith("^"):
        return False
    depth, i, in_class = 0, 0, False
    while i < len(body):
        c = body[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if body[i + 1:i + 2] == "]":
                i += 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            return False
        i += 1
    return True


def mark(article: Article) -> None:
    """Fill ``article.chrome`` / ``chrome_kinds`` with sorted, non-overlapping spans."""
    patterns, byline = _compiled()
    text = article.text
    spans = []
    for a, b in article.lines:
        if b - a > _MAX_CHROME_LINE or a == b:
            continue  # furniture sits on short lines: long lines are body text
        first = next((i for i, (_, _, find) in enumerate(patterns) if find(text, a, b)), None)
        if first is None:
            continue  # most lines hold no furniture (one search each is faster than their union)
        for kind, rx, find in patterns[first:]:   # the patterns before the first that matched found nothing
            found = rx.finditer(text, a, b) if find == rx.search else filter(None, [find(text, a, b)])
            spans += [(m.start(), m.end(), kind) for m in found if m.end() > m.start()]
    lines = article.paragraphs   # the non-blank lines
    spans += _site_names(article, lines, spans)
    spans += _repeats(article, lines)
    spans += _marquees(article, lines)
    spans += _menu_items(article, lines)
    spans += _banner(article, lines)
    spans += _bylines(article, lines, byline, spans)
    spans += _tail(article, lines, byline, spans)
    spans += _teaser(article, lines, byline)
    spans += listing(article, lines, spans)
    spans += _after_end_mark(article, lines, spans)
    spans += _opening_links(article, lines)
    spans.sort()
    merged = []
    for a, b, kind in spans:
        if merged and a < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]), merged[-1][2])
        else:
            merged.append((a, b, kind))
    article.chrome = [(a, b) for a, b, _ in merged]
    article.chrome_kinds = [k for _, _, k in merged]


def _bylines(article: Article, lines: list, byline: _Byline, marked):
    """Trailing short name-like lines (of the non-blank ``lines``), skipping lines already
    marked as chrome."""
    text = article.text
    covered = {a for a, _, _ in marked}
    inside = marked_test(marked)
    out = []
    for a, b in reversed(lines):
        line = text[a:b].strip()
        if inside(a + (len(text[a:b]) - len(text[a:b].lstrip()))) or a in covered:
            continue
        if len(out) >= byline.max_lines or not _looks_like_byline(line, byline.max_words):
            break
        out.append((a, b, "byline"))
    return out


_MAX_TAIL = 30   # lines of furniture looked at, from the page's end


def _teaser(article: Article, lines: list, byline: _Byline):
    """Another story's lead after the byline, cut off where the page ends ("... theo quy
    định.\n\nNguyễn Cảnh\n\nHôm nay (4/3), đội tuyển nữ ... tại Vòng chung kết Giải bóng đá nữ"):
    the article ends at its byline, so a long unfinished last line after one is a teaser."""
    if len(lines) < 3:
        return []
    text = article.text
    (e, f), (c, d), (a, b) = lines[-3:]
    last = text[a:b].strip()
    if _SENTENCE_END.search(last) or len(_WORD.findall(last)) <= 2 * byline.max_words \
            or not _looks_like_byline(text[c:d].strip(), byline.max_words) or not _SENTENCE_END.search(text[e:f].strip()):
        return []
    return [(c, d, "byline"), (a, b, "tail")]


def _tail(article: Article, lines: list, byline: _Byline, marked):
    """The lines after the byline at the page's end, when page furniture is among them."""
    text = article.text
    block = []   # the trailing short lines that end no sentence, last first (a bounded walk)
    for a, b in reversed(lines):
        line = text[a:b].strip()
        if len(block) == _MAX_TAIL or len(_WORD.findall(line)) > 2 * byline.max_words \
                or _SENTENCE_END.search(line):
            break
        block.append((a, b))
    block.reverse()
    first = next((i for i, (a, b) in enumerate(block)
                  if _looks_like_byline(text[a:b].strip(), byline.max_words)), None)
    if first is None:
        return []
    tail = block[first:]
    start = tail[0][0]
    near = [(c, d, kind) for c, d, kind in marked if d > start]   # one pass over the page's marks
    if not any(kind not in ("byline", "repeat") for _, _, kind in near):
        return []
    return [(a, b, "tail") for a, b in tail if not any(c <= a < d for c, d, _ in near)]


def _looks_like_byline(line: str, max_words: int) -> bool:
    words = [w for w in _WORD.findall(line) if w not in "-–.,/&"]
    if not words or len(words) > max_words or any(ch.isdigit() for ch in line):
        return False
    if _BODY_END.search(line.rstrip(" .")) and not line.rstrip().endswith("."):
        return False
    capitalised = sum(1 for w in words if w[:1].isupper() or w.isupper())
    if capitalised >= max(1, len(words) - 1):
        return True  # a name or names: "Thùy Hương - Trung Nghĩa"
    # a short signature of the issuing body: "Công an tỉnh"
    return len(words) <= 3 and words[0][:1].isupper() and not line.rstrip().endswith(".")
