"""Programs detector: documents and programs a number or symbol identifies (GUIDELINES: Programs).

Rule data: ``rules/documents.yaml`` (types, abbreviations, bounding words); the symbol
grammar is in :mod:`.documents`, ``issued`` and ``title`` in :mod:`.doc_context`. A mention
is the type words, "số" and the number or symbol as written: "Chương trình phối hợp số
09/Ctr-BCA-MTTQ", "Kế hoạch 113/KH-BCA-C04", "Chỉ thị 09", "văn bản số 2895/UBND-NC"
(a công văn). Without a number there is no mention ("Nghị quyết Trung ương 4", "Kế hoạch
của Giám đốc"). Mentions with one kind and number are one Program; when their codes
disagree the first written code is kept and a W003 warning names them all.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

import regex

from ...errors import Warnings
from ...lexicon import matcher
from ...models import Program, Span
from . import context as doc_context
from .documents import alternation, kind_from_code, kinds_by_word, lexicon, parse_symbol

_NUM = (r"(?P<num>\d{1,5})(?!\d)(?![.,]\d)"
        r"(?P<tail>(?:[ ]{0,2}[/-][ ]{0,2}[\p{L}\d]+|\.(?=\p{Lu})[\p{L}\d]+)*)")
_YEAR = regex.compile(r"(?:19|20)\d\d")


@dataclass
class Hit:
    """One mention found in the normalized text, before merging."""

    start: int
    end: int
    kind: str
    number: str
    code: Optional[str] = None
    issued: Optional[str] = None
    title: Optional[str] = None


@lru_cache(maxsize=1)
def _patterns():
    kinds = lexicon().kinds
    words = alternation(w for k in kinds for w in k.words)
    named = alternation(w for k in kinds if k.named for w in k.words)
    programmes = alternation(w for k in kinds if k.programme for w in k.words)
    name = r"\p{Lu}(?:[^\n.;:!?\"(),]|,[ ](?=\p{Ll})){0,80}?"
    _SO = rf"(?P<so>(?i:{alternation(lexicon().number_words)}))[ ]*:?[ ]*"
    return (
        regex.compile(rf"(?<!\p{{L}})(?P<type>(?i:{named}))[ ]+(?P<name>{name})[ ]+{_SO}{_NUM}"),
        # The type words are a lookbehind: the scan stops at digits only, which is ~8x faster.
        regex.compile(rf"(?<=[ :])(?<=(?<!\p{{L}})(?P<type>(?i:{words}))(?:[ ]+{_SO}|[ ]+)){_NUM}"),
        regex.compile(rf"(?:[ ]*,[ ]*|[ ]+(?i:{alternation(lexicon().list_joiners)})[ ]+){_SO}{_NUM}"),
        # Always matches: the word after a bare number, or nothing (a newline, the end).
        regex.compile(r"[ ]*(?:(?P<word>\p{L}+)|(?P<other>\S))?"),
        regex.compile(rf"(?<!\p{{L}})(?i:{words}|{alternation(lexicon().name_stops)})(?!\p{{L}})"),
        regex.compile(rf"(?<!\p{{L}})(?P<type>(?i:{programmes}))[ ]+{lexicon().programme_symbol}"),
    )


def _named_types() -> list[str]:
    """The type words of named laws: the named pattern is tried only where one starts."""
    return [w for k in lexicon().kinds if k.named for w in k.words]


matcher.register("programs.named", _named_types)


def _entry(written: str):
    return kinds_by_word()[" ".join(written.split()).casefold()]


def _bare_ok(text: str, m, entry) -> bool:
    """A type with a bare number ("Chỉ thị 09"): capitalized, not a year, not a count."""
    if not (entry.bare_number and m.group("type")[0].isupper()) or _YEAR.fullmatch(m.group("num")):
        return False
    nxt = _patterns()[3].match(text, m.end("num"))
    word = nxt.group("word")
    return word is None or word.casefold() in set(lexicon().bare_followers)


def _hit(text: str, m, entry, upper: bool, start: int) -> Optional[Hit]:
    """A Hit from a pattern match, or None when the match does not identify a document."""
    number, tail = m.group("num"), m.group("tail")
    code, tail_end = parse_symbol(number, tail)
    if code is None:
        if (entry.lowercase_needs_symbol and not upper) or entry.named and "name" in m.re.groupindex:
            return None
        if m.group("so") is None and not _bare_ok(text, m, entry):
            return None
    kind = (kind_from_code(code) or entry.kind) if entry.generic else entry.kind
    end = m.end("num") + tail_end
    return Hit(start=start, end=end, kind=kind, number=number, code=code)


def _continued(text: str, hit: Hit, entry, upper: bool):
    """Hits of "... số 35-NQ/TW và số 36-NQ/TW": further numbers under one type word."""
    pos = hit.end
    while (m := _patterns()[2].match(text, pos)) and (nxt := _hit(text, m, entry, upper, m.start("so"))):
        yield nxt
        pos = nxt.end


def find_hits(text: str) -> list[Hit]:
    """Every document mention of the normalized text, in text order, without overlaps.

    Named laws are found first; a main-pattern match inside one of them is dropped (main
    matches never overlap one another: the scan is left to right). State programmes named
    by their symbol ("Chương trình KC.09/16-20") come last; their number starts with letters,
    so no main match overlaps them.
    """
    named_re, main_re = _patterns()[:2]
    named: list[Hit] = []
    hits: list[Hit] = []
    for rx in (named_re, main_re, _patterns()[5]):
        for m in (matcher.finditer("programs.named", rx, text, word_start=True) if rx is named_re else rx.finditer(text)):
            entry, upper = _entry(m.group("type")), m.group("type")[0].isupper()
            if rx is named_re and _patterns()[4].search(m.group("name")):
                continue  # "Luật ... theo Kế hoạch số 113": the name runs into other words
            hit = _hit(text, m, entry, upper, m.start("type"))
            if hit is None or any(h.start < hit.end and hit.start < h.end for h in named):
                continue
            if rx is named_re:
                hit.title = " ".join(m.group("name").split())
            found = [hit, *_continued(text, hit, entry, upper)]
            (named if rx is named_re else hits).extend(found)
    return sorted(named + hits, key=lambda h: h.start)


def _programs(text: str, hits: list[Hit]) -> list[Program]:
    groups: dict[tuple[str, str], list[Hit]] = {}
    for h in hits:
        groups.setdefault((h.kind, h.number), []).append(h)
    out = []
    for (kind, number), group in groups.items():
        first = lambda attr: next((getattr(h, attr) for h in group if getattr(h, attr)), None)
        out.append(Program(kind=kind, number=number, code=first("code"), issued=first("issued"),
                           title=first("title"),
                           mentions=[Span(start=h.start, end=h.end, text=text[h.start:h.end]) for h in group]))
    return out


def code_warnings(programs: list[Program], hits: list[Hit]) -> list[str]:
    """W003 for every document whose mentions write different codes (case aside)."""
    out = []
    for p in programs:
        codes = list(dict.fromkeys(h.code for h in hits if (h.kind, h.number) == (p.kind, p.number) and h.code))
        if len({c.casefold() for c in codes}) > 1:
            out.append("[W003] " + Warnings.W003.format(kind=p.kind, number=p.number, codes=", ".join(codes)))
    return out


def extract(article, found):
    text = article.text
    hits = [h for h in find_hits(text) if not article.is_chrome(h.start, h.end)]
    doc_context.annotate(text, hits, found.get("dates") or [])
    programs = _programs(text, hits)
    for w in code_warnings(programs, hits):
        if w not in article.warnings:
            article.warnings.append(w)
    return programs
