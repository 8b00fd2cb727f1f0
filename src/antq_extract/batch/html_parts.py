"""The parts of an HTML news page: headline, date line, main text, meta date and url.

The main text is taken by trafilatura (made for news pages: it drops menus,
"Các tin khác" lists, tag clouds, share bars and footers by their structure and
link density), with tables; the headline and the date line by the rules of
``rules/html.yaml``:

* **headline**: ``itemprop=headline``, else the first visible ``<h1>`` that is
  not a link, else the first visible element whose class or id is a headline
  word or ends in "-title" (SharePoint portals write ``<p class="Title">``,
  ``<div class="div-gioi-thieu-chung-title">``), else ``og:title``,
  else ``<title>`` up to its " - " or " | " site suffix;
* **date line**: the short text nearest the headline (within ``date_window``
  elements, after it on a tie) that holds a full numeric date and is not a
  link or a list item (the dates of related-news lists are);
* **widget lines**: a main-text line made only of ``chrome_labels`` and
  numbers (a counter and print bar left inside the article's box) is dropped;
* **labels**: short texts beside the date line (its row's other cells: the
  section name) are not main text;
* **meta date**: ``article:published_time``, ``itemprop=datePublished`` or
  ``pubdate`` (ISO), used only when the page shows no date line.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from lxml import etree
from lxml import html as lxml_html

from ..lexicon import RuleFile, load_rules

_SPACE = re.compile(r"\s+")
_FULL_DATE = re.compile(r"\b\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}\b|\b\d{1,2} \d{1,2} \d{4}\b")
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}")
_BLOCKS = ("p", "head", "item", "quote", "cell", "code")
_LEAF_PARENTS = ("item", "quote")
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_CHROME_TAGS = {"a", "li", "nav", "header", "footer", "option", "button", "script", "style"}
_META_DATE = ('//meta[@property="article:published_time"]/@content', '//meta[@itemprop="datePublished"]/@content',
              '//*[@itemprop="datePublished"]/@datetime', '//meta[@name="pubdate"]/@content',
              '//meta[@name="publishdate"]/@content')
_META_URL = ('//link[@rel="canonical"]/@href', '//meta[@property="og:url"]/@content')


class _HtmlRules(RuleFile):
    headline_classes: list[str]
    date_window: int
    date_line_max: int
    label_words: int
    chrome_labels: list[str]


@lru_cache(maxsize=1)
def _chrome_line():
    """A line made only of widget labels and numbers ("Số lượt người xem : Bản in", "2")."""
    labels = sorted(_rules().chrome_labels, key=len, reverse=True)
    alternation = "|".join(re.escape(label) for label in labels)
    return re.compile(rf"^(?:[\s:|•·.,()\-–]*(?:{alternation}|\d+))+[\s:|•·.,()\-–]*$", re.I)


def _rules() -> _HtmlRules:
    return load_rules("html.yaml", _HtmlRules)


@dataclass
class Parts:
    title: Optional[str] = None
    date_line: Optional[str] = None
    body: list[str] = field(default_factory=list)
    meta_date: Optional[str] = None
    url: Optional[str] = None
    labels: list[str] = field(default_factory=list)   # short texts beside the date line (section names)

    def lines(self) -> list[str]:
        """The article as the pipeline reads it: headline, date line, then the main text's blocks."""
        head = [x for x in (self.title, self.date_line) if x]
        body = [line for line in self.body if line not in head and line not in self.labels]
        return head + body


def parts(html: str) -> Parts:
    """Headline, date line, main text and metadata of one page (``html`` already decoded)."""
    tree = _parse(html)
    if tree is None:
        return Parts()
    found = Parts(meta_date=_iso(_first(tree, _META_DATE)), url=_first(tree, _META_URL))
    order = {el: i for i, el in enumerate(tree.iter())}
    head = _headline(tree)
    if head is not None:
        found.title = _text(head) if not isinstance(head, str) else head
        date = _date_line(tree, order, order[head]) if not isinstance(head, str) else None
        if date is not None:
            found.date_line, found.labels = _text(date), _labels(date)
    found.body = _main_text(tree)
    return found


def _parse(html: str):
    try:
        return lxml_html.document_fromstring(html.encode("utf-8", "surrogatepass"),
                                             parser=lxml_html.HTMLParser(encoding="utf-8", remove_comments=True))
    except Exception:  # lxml raises ParserError / ValueError on documents with no element
        return None


def _main_text(tree) -> list[str]:
    """The main text's blocks in page order: paragraphs, headings, list items, quotes, table cells."""
    import trafilatura  # here: 0.13 s of imports a run of text inputs does not need

    xml = trafilatura.extract(tree, include_comments=False, include_tables=True, deduplicate=False,
                              output_format="xml")
    if not xml:
        return []
    main = etree.fromstring(xml.encode("utf-8")).find("main")
    if main is None:
        return []
    lines = []
    for el in main.iter(_BLOCKS):
        if el.tag == "cell" and any(child.tag in _BLOCKS for child in el.iter() if child is not el):
            continue  # a cell of paragraphs gives its paragraphs
        if el.tag != "cell" and any(a.tag in _LEAF_PARENTS for a in el.iterancestors()):
            continue  # a paragraph inside a list item or quote is part of it
        line = _SPACE.sub(" ", "".join(el.itertext())).strip()
        if line and not _chrome_line().match(line):
            lines.append(line)
    return lines


def _headline(tree):
    """The element holding the page's own headline, or a string from its metadata, or None."""
    for el in tree.xpath('//*[@itemprop="headline"]') + tree.xpath("//h1"):
        if _visible(el) and _text(el) and not _in_chrome(el):
            return el
    words = set(_rules().headline_classes)
    named = [(el, set((el.get("class", "") + " " + el.get("id", "")).lower().split()))
             for el in tree.xpath("//body//*[@class or @id]")]
    for fits in (lambda names: names & words,   # a headline word first, then "...-title" boxes
                 lambda names: any(n.endswith(("-title", "_title")) for n in names)):
        for el, names in named:
            if fits(names) and _headline_like(el):
                return el
    og = _first(tree, ('//meta[@property="og:title"]/@content',))
    if og:
        return _SPACE.sub(" ", og).strip()
    title = tree.findtext(".//title")
    if title:
        return re.split(r"\s+[-|–]\s+", _SPACE.sub(" ", title).strip())[0] or None
    return None


def _headline_like(el) -> bool:
    """A visible element outside links and lists, of three words or more, that is not a widget label."""
    text = _text(el)
    return (_visible(el) and not _in_chrome(el) and len(text.split()) >= 3
            and not _chrome_line().match(text))


def _date_line(tree, order: dict, at: int):
    rules = _rules()
    best, best_key = None, None
    for el in tree.iter():
        i = order.get(el)
        if i is None or abs(i - at) > rules.date_window or not isinstance(el.tag, str):
            continue
        text = _text(el)
        if not text or len(text) > rules.date_line_max or not _FULL_DATE.search(text):
            continue
        if any(_FULL_DATE.search(_text(child)) for child in el) or _in_chrome(el) or not _visible(el):
            continue
        key = (abs(i - at), i < at)
        if best_key is None or key < best_key:
            best, best_key = el, key
    return best


def _labels(date) -> list[str]:
    """The short texts sharing the date line's row or box: the section name beside it ("Tin Kinh tế")."""
    parent = date.getparent()
    if parent is None:
        return []
    texts = (_text(el) for el in parent if el is not date and isinstance(el.tag, str))
    return [t for t in texts if t and len(t.split()) <= _rules().label_words and not _FULL_DATE.search(t)]


def _visible(el) -> bool:
    return not any(_HIDDEN.search(a.get("style", "")) or a.get("hidden") is not None
                   for a in el.iterancestors() if isinstance(a.tag, str)) and not _HIDDEN.search(el.get("style", ""))


def _in_chrome(el) -> bool:
    return el.tag in _CHROME_TAGS or any(a.tag in _CHROME_TAGS for a in el.iterancestors())


def _text(el) -> str:
    return _SPACE.sub(" ", el.text_content()).strip()


def _first(tree, xpaths) -> Optional[str]:
    for xp in xpaths:
        for value in tree.xpath(xp):
            if str(value).strip():
                return str(value).strip()
    return None


def _iso(value: Optional[str]) -> Optional[str]:
    return value[:10] if value and _ISO.match(value) else None
