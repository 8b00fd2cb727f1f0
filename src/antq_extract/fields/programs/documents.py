"""The document lexicon and the symbol grammar the programs detector reads.

Rule data: ``rules/documents.yaml`` (document types, their written forms and the type
abbreviations of their symbols). A symbol ("số và ký hiệu") is a number followed by
parts joined by "/" or "-": ``09/Ctr-BCA-MTTQ``, ``25-NQ/TW``, ``06/2020/QĐ-TTg``,
``2895/UBND-NC``. Real pages space the joins ("38- Ctr/BDVTW - BCA", "05 - CT/TW"); a
spaced part is kept only when it looks like a code (capitals and digits, or a known
abbreviation), so "số 09 - một chương trình" stays the bare number 09.

>>> canonical_code("38", "- Ctr/BDVTW - BCA")
'38-Ctr/BDVTW-BCA'
>>> canonical_code("09", " - một")
>>> parse_symbol("05", " - CT/TW ngày")
('05-CT/TW', 8)
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

import regex
from pydantic import BaseModel, ConfigDict

from ...lexicon import RuleFile, load_rules

# A separator with at most two spaces either side, then one part of a symbol; a "." joins
# only unspaced, before a capital ("01/1999/QĐ.UB").
_PART = regex.compile(r"(?:(?P<pre>[ ]{0,2})(?P<sep>[/-])(?P<post>[ ]{0,2})|(?P<sep>\.)(?=\p{Lu}))(?P<part>[\p{L}\d]+)")
_CODE_LIKE = regex.compile(r"^(?:[\p{Lu}\d]+|\p{Lu}{2,}[\p{L}\d]*)$")


class Kind(BaseModel):
    """One document type: its normalized kind, written forms and symbol abbreviations."""

    model_config = ConfigDict(extra="forbid")
    kind: str
    words: list[str]
    abbreviations: list[str] = []
    bare_number: bool = False
    lowercase_needs_symbol: bool = False
    named: bool = False
    generic: bool = False
    programme: bool = False


class DocumentsFile(RuleFile):
    kinds: list[Kind]
    programme_symbol: str
    bare_followers: list[str]
    title_stops: list[str]
    title_closers: list[str]
    clause_openers: list[str]
    purpose_openers: list[str]
    back_references: list[str]
    name_stops: list[str]
    gap_openers: list[str]
    issue_verbs: list[str]
    number_words: list[str]
    list_joiners: list[str]
    title_openers: list[str]
    subject_words: list[str]
    coordinators: list[str]
    title_trailers: list[str]
    rules: list[dict]


def lexicon() -> DocumentsFile:
    return load_rules("documents.yaml", DocumentsFile)


@lru_cache(maxsize=1)
def kinds_by_word() -> dict[str, Kind]:
    """Written type (case-folded, single spaces) -> its Kind entry."""
    return {w.casefold(): k for k in lexicon().kinds for w in k.words}


@lru_cache(maxsize=1)
def kind_by_abbreviation() -> dict[str, str]:
    """Type abbreviation (case-folded) -> kind; the first entry listing it wins."""
    table: dict[str, str] = {}
    for k in lexicon().kinds:
        for a in k.abbreviations:
            table.setdefault(a.casefold(), k.kind)
    return table


def alternation(words) -> str:
    """A regex alternation of written forms, longest first, spaces as runs of spaces."""
    forms = sorted(set(words), key=len, reverse=True)
    return "|".join(regex.escape(f).replace(r"\ ", "[ ]+") for f in forms)


def _code_like(part: str) -> bool:
    return bool(_CODE_LIKE.match(part)) or part.casefold() in kind_by_abbreviation()


def _parts(tail: str):
    """The accepted (end offset, separator, part) triples at the start of ``tail``."""
    pos, out = 0, []
    while (m := _PART.match(tail, pos)):
        if (m.group("pre") or m.group("post")) and not _code_like(m.group("part")):
            break
        out.append((m.end(), m.group("sep"), m.group("part")))
        pos = m.end()
    return out


def parse_symbol(number: str, tail: str) -> tuple[Optional[str], int]:
    """(code, length of ``tail`` that belongs to the symbol) for a number and the text after it.

    The code is the one of GUIDELINES: number and parts, spaces removed, one "-" for dashes.
    A symbol always has a "/": without one there is no code and no tail (None, 0).
    """
    parts = _parts(tail)
    if not parts or "/" not in {sep for _, sep, _ in parts}:
        return None, 0
    return number + "".join(sep + part for _, sep, part in parts), parts[-1][0]


def canonical_code(number: str, tail: str) -> Optional[str]:
    """The code alone (see :func:`parse_symbol`)."""
    return parse_symbol(number, tail)[0]


def kind_from_code(code: Optional[str]) -> Optional[str]:
    """The kind a symbol's type abbreviation names ("12/KH-UBND" -> kế hoạch), if any.

    The abbreviation is the part right after the number (or after its year):
    ``215/KH-UBND``, ``25-NQ/TW``, ``06/2020/QĐ-TTg``.
    """
    if not code:
        return None
    parts = regex.split(r"[/-]", code)[1:]
    if parts and regex.fullmatch(r"(?:19|20)\d\d", parts[0]):
        parts = parts[1:]
    return kind_by_abbreviation().get(parts[0].casefold()) if parts else None
