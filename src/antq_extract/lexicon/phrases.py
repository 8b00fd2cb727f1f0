"""The lexicon of the officials detector: ``rules/positions.yaml``, validated, and its regexes.

Every phrase list becomes a regex alternation, longest first, in which a space matches any white
space; a case-sensitive alternation of a list's case variants (``case_variants``) is used where
speed matters, as the ``regex`` module's case-insensitive alternations are slow.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable

import regex

from ..text.normalize import canonical
from . import RuleFile, load_rules


class Lexicon(RuleFile):
    """rules/positions.yaml, validated."""

    heads: list[str]
    deputy: list[str]
    deputy_only: list[str]
    former: list[str]
    weak_heads: list[str]
    jobs: list[str]
    honorifics: list[str]
    kinship: list[str]
    tail_trailers: list[str]
    joining_words: dict[str, str]
    qualifying: list[str]
    plural: list[str]
    count_words: list[str]
    degrees: list[str]
    organisations: list[str]
    fixed_wordings: list[str]
    abbreviations: dict[str, str]
    stops: list[str]
    and_breakers: list[str]
    event_roles: list[str]
    org_nouns: list[str]
    admin: list[str]
    unit_qualifiers: list[str]
    not_units: list[str]
    places: list[str]
    name_like_words: list[str]
    middle_name_orgs: list[str]
    unit_names: list[str]
    not_persons: list[str]
    birth_words: list[str]
    age_words: list[str]
    on_behalf: list[str]
    of_words: list[str]
    role_verbs: list[str]
    rules: list[dict]


def lexicon() -> Lexicon:
    return load_rules("positions.yaml", Lexicon)


def alternation(words: Iterable[str]) -> str:
    """Regex alternatives, longest first; a space matches any white space."""
    forms = sorted({canonical(w) for w in words}, key=len, reverse=True)
    return "|".join(regex.escape(f).replace(r"\ ", r"\s+") for f in forms)


def case_variants(words: Iterable[str]) -> list[str]:
    """Each word as written, with a capital first letter, in lower case and in upper case: a
    case-sensitive alternation of these is much faster than a case-insensitive one."""
    out = set()
    for w in map(canonical, words):
        out |= {w, w[:1].upper() + w[1:], w.lower(), w.upper()}
    return sorted(out)


def starts_word(text: str, pos: int) -> bool:
    """No letter or digit right before ``pos`` (the check a leading lookbehind would make)."""
    return pos == 0 or not text[pos - 1].isalnum()


@lru_cache(maxsize=1)
def patterns():
    lex = lexicon()
    dep, heads = alternation(lex.deputy), alternation(lex.heads + lex.weak_heads + lex.jobs)
    former = (rf"(?-i:{alternation(lex.former)})"   # lower case; a capital only after no word
              rf"|(?<!\p{{L}}\s)(?-i:{alternation(w[:1].upper() + w[1:] for w in lex.former)})")
    head = (rf"(?<![\p{{L}}\d])(?<!(?i:ban)\s)(?:(?:{former})\s+)?"
            rf"(?:(?:{dep})\s+)?(?:{heads})(?![\p{{L}}\d])"
            rf"|(?<![\p{{L}}\d])(?:(?:{dep})\s+)(?:{alternation(lex.deputy_only)})(?![\p{{L}}\d])")
    return {
        "head": regex.compile(head, regex.I),
        "weak": regex.compile(rf"(?:{alternation(lex.weak_heads + lex.jobs)})(?![\p{{L}}\d])", regex.I),
        "job": regex.compile(rf"(?:{alternation(lex.jobs)})(?![\p{{L}}\d])", regex.I),
        "stop": regex.compile(rf"(?:{alternation(lex.stops)})(?![\p{{L}}\d])"),
        "org": regex.compile(rf"(?:{alternation(lex.organisations)})(?![\p{{L}}\d])"),
        "admin": regex.compile(rf"(?:{alternation(lex.admin)})(?![\p{{L}}\d])"),
        "not_unit": regex.compile(rf"(?:{alternation(lex.not_units)})(?![\p{{L}}\d])", regex.I),
        # " ủy", " hội": what follows a unit word in a `not_units` entry, a cheap test first
        "not_unit_next": tuple(sorted({" " + v for w in lex.not_units for v in
                                       case_variants([canonical(w).split(None, 1)[1]])})),
        "job_first": frozenset(canonical(w).split()[0].casefold() for w in lex.jobs),
        "admin_first": frozenset(canonical(w).split()[0].rstrip(".") for w in lex.admin),
        "fixed": regex.compile(rf"(?<![\p{{L}}])(?:{alternation(lex.fixed_wordings)})(?![\p{{L}}])", regex.I),
        # first words, to try the regexes above only where one of them can start
        "fixed_first": frozenset(canonical(w).split()[0].casefold() for w in lex.fixed_wordings),
        "stop_first": frozenset(canonical(w).split()[0] for w in lex.stops),
        "stop_words": frozenset(canonical(w) for w in lex.stops if " " not in canonical(w)),
    }


@lru_cache(maxsize=1)
def first_words() -> frozenset:
    """Case-folded first words of the titles (with deputy and former words): a title can start
    only at one of these."""
    lex = lexicon()
    return frozenset(canonical(w).split()[0].casefold() for w in
                     lex.heads + lex.weak_heads + lex.jobs + lex.deputy + lex.former + lex.deputy_only)


def astral(text: str) -> bool:
    """Has ``text`` a character beyond the BMP (where ``bmp_class`` is not exact)?"""
    return len(text.encode("utf-16-le", "surrogatepass")) > 2 * len(text)


@lru_cache(maxsize=None)
def bmp_class(prop: str) -> str:
    """A stdlib ``re`` character class of the BMP characters that the ``regex`` class ``prop``
    ("\\p{Lu}", "[\\p{L}\\p{N}]") matches: exact on a text without astral characters
    (``astral``), where ``re`` scans a whole text several times faster than ``regex``."""
    ranges: list[list[int]] = []
    for c in map(ord, regex.findall(prop, "".join(map(chr, range(0x10000))))):
        if ranges and ranges[-1][1] == c - 1:
            ranges[-1][1] = c
        else:
            ranges.append([c, c])
    return "[" + "".join(rf"\u{a:04x}" + (rf"-\u{b:04x}" if b > a else "") for a, b in ranges) + "]"
