"""HTML pages: take the article text out with selectolax (lexbor), keep it in the record.

The extracted text is what the pipeline reads, so every offset of a record made
from an HTML page refers to it; the record carries it as the extra field
``source_text`` (``source_text[start:end] == text`` for every mention). The
text is laid out like the corpus files: the headline, a blank line, then one
block (paragraph, heading, list item, table cell, caption) a line, blank lines
between. Scripts, styles, navigation, headers, footers, asides and forms are
dropped; the body is the first ``<article>``, ``[itemprop=articleBody]`` or
``<main>``, else ``<body>``. The publication date comes from the page's
``article:published_time`` (or ``itemprop=datePublished``) when it has one,
the url from ``<link rel=canonical>`` or ``og:url``.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from typing import Optional

from selectolax.lexbor import LexborHTMLParser

from ..article import RawArticle
from ..decode import decode

_DROP = ["script", "style", "noscript", "template", "nav", "header", "footer", "aside",
         "form", "iframe", "svg", "button", "select", "object", "embed"]
_BODY = ("article", "[itemprop=articleBody]", "main", "body")
_BLOCKS = ("p, div, section, h1, h2, h3, h4, h5, h6, li, blockquote, pre, tr, td, th, "
           "figcaption, caption, dt, dd, table, ul, ol, figure, address")
_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset=[\"']?([A-Za-z0-9_-]{2,40})", re.I)
_SNIFF = re.compile(rb"^\s*(?:<!--.{0,400}?-->\s*)*<(?:!doctype\s+html|html|head)[\s>]", re.I | re.S)
_SPACE = re.compile(r"\s+")


@dataclass
class PageArticle(RawArticle):
    """A RawArticle whose text was taken out of an HTML page (``data`` is that text)."""


def looks_like_html(head: bytes) -> bool:
    """True when the first bytes of a file are an HTML document."""
    return bool(_SNIFF.match(head.lstrip(codecs.BOM_UTF8)[:2048]))


def page_text(data: bytes, max_bytes: int) -> str:
    """Decode the page's bytes: its declared charset, else the decode stage's guesses."""
    found = _CHARSET.search(data[:4096])
    if found:
        try:
            return data.decode(codecs.lookup(found.group(1).decode("ascii")).name, errors="replace")
        except LookupError:
            pass
    return decode(data, max_bytes).text


def from_html(id: str, html: str, origin: str, url: Optional[str] = None,
              published: Optional[str] = None) -> PageArticle:
    """The article of one HTML page, as a PageArticle ready for ``process``."""
    tree = LexborHTMLParser(html)
    meta_date = _meta(tree, ('meta[property="article:published_time"]', 'meta[itemprop="datePublished"]'))
    meta_url = _meta(tree, ('link[rel="canonical"]', 'meta[property="og:url"]'), "href")
    title = _title(tree)
    tree.strip_tags(_DROP)
    body = next((n for n in (tree.css_first(s) for s in _BODY) if n is not None), None)
    lines = _lines(body) if body is not None else []
    if title and (not lines or lines[0] != title):
        lines.insert(0, title)
    return PageArticle(id=id, data="\n\n".join(lines), origin=origin, url=url or meta_url,
                       published=published or _iso_date(meta_date))


def _lines(body) -> list[str]:
    """One line per block of ``body``, white space collapsed, empty ones dropped."""
    for node in body.css(_BLOCKS):
        node.insert_before("\n")
        node.insert_after("\n")
    for node in body.css("br"):
        node.insert_before("\n")
    text = body.text(deep=True, separator="")
    return [line for line in (_SPACE.sub(" ", raw).strip() for raw in text.split("\n")) if line]


def _title(tree) -> Optional[str]:
    for selector in ("article h1", "h1", 'meta[property="og:title"]', "title"):
        node = tree.css_first(selector)
        if node is not None:
            value = node.attributes.get("content") if node.tag == "meta" else node.text(deep=True)
            value = _SPACE.sub(" ", value or "").strip()
            if value:
                return value
    return None


def _meta(tree, selectors, attr: str = "content") -> Optional[str]:
    for selector in selectors:
        node = tree.css_first(selector)
        if node is not None and node.attributes.get(attr):
            return node.attributes[attr].strip()
    return None


def _iso_date(value: Optional[str]) -> Optional[str]:
    if value and re.match(r"\d{4}-\d{2}-\d{2}", value):
        return value[:10]
    return None
