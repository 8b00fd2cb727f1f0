"""The rule data of the dates detector (``rules/dates.yaml``), validated and compiled once.

Fragments are expanded HeidelTime-style: ``{%name}`` in a fragment or an atom is replaced by
the fragment, or by the alternation of a word table's keys (longest first, a space matching
one or more spaces). Every regex is compiled case-insensitively at first use.

>>> rules = date_rules()
>>> rules.words.part_of_day["rạng sáng"]
'sáng'
>>> [a.id for a in compiled_atoms()][:2]
['numeric', 'words']
"""
from __future__ import annotations

from functools import lru_cache
from typing import Literal, Optional

import regex
from pydantic import BaseModel, ConfigDict

from ...errors import RuleFileError
from ...lexicon import RuleFile, load_rules

Kind = Literal["dmy", "dm", "d", "my", "m", "q", "y", "yb"]
_REF = regex.compile(r"\{%(\w+)\}")
FLAGS = regex.IGNORECASE


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class AmPm(_Strict):
    part_of_day: Optional[str]
    pm: bool


class Words(_Strict):
    part_of_day: dict[str, str]
    weekdays: dict[str, int]
    ampm: dict[str, AmPm]
    pm_hours: dict[str, tuple[int, int]]
    period_nouns: list[str]
    cue_before: list[str]
    count_after: list[str]
    year_can: list[str]
    year_chi: list[str]
    year_words: list[str]
    month_cues: list[str]
    hour_marks: list[str]
    night_words: list[str]
    morning_words: list[str]
    lead_days: list[str]
    ordinal_nouns: list[str]


class Atom(_Strict):
    id: str
    kind: Kind
    regex: str                       # matched where a run of digits starts
    before: Optional[str] = None     # must end where the digits start
    before_in_span: bool = True
    next: Optional[str] = None       # characters that may follow the first digits
    prev: Optional[str] = None       # characters that may precede them
    after: Optional[str] = None      # characters that may stand first after them and any spaces


class Connectors(_Strict):
    range: str
    list: str
    range_from: str
    overnight: str


class Limits(_Strict):
    bare_year_min: int
    bare_year_span: int


class DateRules(RuleFile):
    fragments: dict[str, str]
    words: Words
    atoms: list[Atom]
    connectors: Connectors
    limits: Limits
    rules: list[dict]


class CompiledAtom(_Strict):
    model_config = ConfigDict(extra="forbid", arbitrary_types_allowed=True)
    id: str
    kind: Kind
    pattern: regex.Pattern
    before: Optional[regex.Pattern]
    before_in_span: bool
    next: Optional[str]
    prev: Optional[str]
    after: Optional[str]
    year_first: bool          # starts with a 4-digit year (else with a 1-2 digit day or month)


def date_rules() -> DateRules:
    return load_rules("dates.yaml", DateRules)


def alternation(words) -> str:
    """A regex alternation of ``words``, longest first, spaces matching runs of spaces."""
    forms = sorted({w.casefold() for w in words}, key=len, reverse=True)
    return "(?:" + "|".join(regex.escape(w).replace(r"\ ", "[ ]+") for w in forms) + ")"


@lru_cache(maxsize=1)
def _tables() -> dict[str, str]:
    w = date_rules().words
    tables = {name: getattr(w, name) for name in Words.model_fields}
    return {name: alternation(value) for name, value in tables.items()}


def expand(pattern: str, rule_id: str, depth: int = 0) -> str:
    """Replace every ``{%name}`` by its fragment or word table, recursively."""
    fragments, tables = date_rules().fragments, _tables()

    def sub(m):
        name = m.group(1)
        if name in tables:
            return tables[name]
        if name not in fragments or depth > 8:
            raise RuleFileError("E002", path="dates.yaml", rule_id=rule_id,
                                detail=f"unknown fragment {{%{name}}}")
        return expand(fragments[name], rule_id, depth + 1)

    return _REF.sub(sub, pattern)


def compile_rule(pattern: str, rule_id: str) -> regex.Pattern:
    """Compile an expanded rule; equal patterns give the same object (matched once)."""
    try:
        return _compiled(expand(pattern, rule_id))
    except regex.error as exc:
        raise RuleFileError("E002", path="dates.yaml", rule_id=rule_id, detail=str(exc)) from exc


@lru_cache(maxsize=None)
def _compiled(pattern: str) -> regex.Pattern:
    return regex.compile(pattern, FLAGS)


@lru_cache(maxsize=1)
def compiled_atoms() -> tuple[CompiledAtom, ...]:
    out = []
    for a in date_rules().atoms:
        before = compile_rule(rf"(?r)(?:{a.before})\Z", a.id) if a.before else None
        out.append(CompiledAtom(id=a.id, kind=a.kind, pattern=compile_rule(a.regex, a.id),
                                before=before, before_in_span=a.before_in_span,
                                next=a.next, prev=a.prev, after=a.after,
                                year_first=a.regex.startswith(("{%Y}", "(?P<y>"))))
    return tuple(out)


@lru_cache(maxsize=1)
def connectors() -> dict[str, regex.Pattern]:
    c = date_rules().connectors
    return {"range": compile_rule(c.range, "connectors.range"),
            "list": compile_rule(c.list, "connectors.list"),
            "from": compile_rule(c.range_from, "connectors.range_from"),
            "overnight": compile_rule(c.overnight, "connectors.overnight")}


@lru_cache(maxsize=1)
def context_patterns() -> dict[str, regex.Pattern]:
    """Word tables used around an atom: cues before, count words after, period nouns."""
    t = _tables()
    return {
        "cue_before": regex.compile(rf"(?:^|[^\p{{L}}]){t['cue_before']}[ ]+$", FLAGS),
        "count_after": regex.compile(rf"^[ ]*{t['count_after']}(?!\p{{L}})", FLAGS),
        "period_noun": regex.compile(rf"(?:^|[^\p{{L}}])({t['period_nouns']})[ ]+$", FLAGS),
    }
