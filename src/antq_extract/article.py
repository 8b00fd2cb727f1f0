"""The objects that travel through the stages: what came in, and the article being read."""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Optional, Union

from .text.normalize import NormText


@dataclass
class RawArticle:
    """One input item before decoding: a file's bytes, or a JSONL line's text."""

    id: str
    data: Union[bytes, str]
    published: Optional[str] = None   # ISO date from input metadata (JSONL "published")
    title: Optional[str] = None       # title from input metadata
    url: Optional[str] = None
    origin: str = ""                  # where it came from, for messages ("file.jsonl:12")
    path: Optional[str] = None        # the input file it came from (the record's ``path``)
    warnings: list[str] = field(default_factory=list)  # found while reading the input (W004, W006)


@dataclass
class BadInput:
    """An input item that failed before it became an article (malformed JSONL line...)."""

    id: str
    code: str
    message: str
    origin: str = ""
    path: Optional[str] = None


@dataclass
class Article:
    """A decoded, normalized, segmented article: what every extractor reads.

    Extractors read ``text`` (the normalized view) and return mentions with
    offsets into ``text``; the pipeline maps them back to ``source`` offsets.
    """

    id: str
    source: str                       # decoded input: the base of every output offset
    norm: NormText
    encoding: str = "utf-8"
    verbatim: bool = True             # source is the input read as UTF-8 text (else the record keeps it)
    published_meta: Optional[str] = None
    title_meta: Optional[str] = None
    url: Optional[str] = None
    lines: list[tuple[int, int]] = field(default_factory=list)       # normalized offsets
    chrome: list[tuple[int, int]] = field(default_factory=list)      # page furniture, sorted
    chrome_kinds: list[str] = field(default_factory=list)            # what each chrome span is
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    title_span: Optional[tuple[int, int]] = None
    warnings: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.norm.text

    def is_chrome(self, start: int, end: Optional[int] = None) -> bool:
        """True when [start, end) overlaps a span marked as page furniture."""
        if not self.chrome:
            return False
        end = start + 1 if end is None else end
        i = bisect_right(self.chrome, (start, float("inf"))) - 1
        for j in (i, i + 1):
            if 0 <= j < len(self.chrome):
                a, b = self.chrome[j]
                if a < end and start < b:
                    return True
        return False
