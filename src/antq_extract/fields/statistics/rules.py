"""The word tables of ``rules/statistics.yaml``, loaded once and validated.

The number grammar (``numbers.py``) reads ``number_words`` and ``scale_words``;
the statistics detector reads the rest. Every list is case-folded here, so the
callers compare case-folded text; multi-word entries are kept as written with
single spaces ("tiểu khu", "ít nhất").
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from pydantic import BaseModel, ConfigDict

from ...text.normalize import canonical, fold
from ...lexicon import RuleFile, load_rules


class _NumberWords(BaseModel):
    model_config = ConfigDict(extra="forbid")
    digits: dict[str, int]
    ten: list[str]
    tens_marker: list[str]
    hundred: list[str]
    zero_link: list[str]
    after_tens: dict[str, int]
    not_after_tens: list[str]
    dozen: list[str]
    half: list[str]


class _ArticleOne(BaseModel):
    model_config = ConfigDict(extra="forbid")
    max_gap: int
    weight_reach: int
    joiners: list[str]
    after: list[str]


class _StatisticsFile(RuleFile):
    number_words: _NumberWords
    scale_words: dict[str, int]
    qualifiers: dict[str, list[str]]
    comparatives: list[str]
    at_least_after: list[str]
    money: dict[str, str]
    percent: dict[str, str]
    measures: dict[str, str]
    classifiers: list[str]
    compounds: list[str]
    counted_nouns: list[str]
    unit_spelling: dict[str, str]
    non_units: list[str]
    durations: list[str]
    ages: list[str]
    identifier_heads: list[str]
    name_heads: list[str]
    group_heads: list[str]
    address_nouns: list[str]
    address_cues: list[str]
    counting_phrases: list[str]
    date_context: list[str]
    year_before: list[str]
    article_one: _ArticleOne
    weight_cues: list[str]
    gold_units: list[str]
    gold_metals: list[str]
    demonstratives: list[str]
    count_links: list[str]
    money_words: list[str]
    count_openers: list[str]
    range_words: list[str]
    verb_heads: list[str]
    on_verbs: list[str]
    on_units: list[str]
    part_of_words: list[str]
    rules: list[dict]


@dataclass(frozen=True)
class Tables:
    """The lists of the rule file as sets and maps of case-folded words."""

    number_words: _NumberWords
    scales: dict[str, int]
    qualifiers: dict[str, Optional[str]]   # surface -> qualifier (None: a comparative)
    at_least_after: frozenset
    units: dict[str, str]             # money, percent, measures: surface -> canonical unit
    currencies: frozenset             # the canonical money units ("đồng", "USD", "EUR")
    measures: frozenset               # canonical units that may be glued to digits
    classifiers: frozenset
    compounds: dict[str, str]         # folded -> as written in the rule file
    counted_nouns: frozenset
    unit_spelling: dict[str, str]
    non_units: frozenset
    durations: frozenset
    ages: frozenset
    identifier_heads: frozenset
    name_heads: frozenset
    group_heads: frozenset
    address_nouns: frozenset
    address_cues: frozenset
    counting_phrases: frozenset
    date_context: frozenset
    year_before: frozenset
    article_one: _ArticleOne
    weight_cues: tuple                # folded phrases that state a weight ("trọng lượng")
    gold_units: frozenset             # goldsmith weights, units only beside a metal or a weight cue
    gold_metals: frozenset
    seizure_verbs: tuple              # folded verbs after which "một"/"ba" state a seized count
    demonstratives: frozenset
    count_links: frozenset
    money_words: tuple               # folded words before a bare amount in triệu/tỷ: it is in đồng
    count_openers: tuple              # as written in the file, longest first
    range_words: tuple
    verb_heads: frozenset
    on_verbs: tuple
    on_units: frozenset
    part_of_words: tuple


@lru_cache(maxsize=1)
def tables() -> Tables:
    data = load_rules("statistics.yaml", _StatisticsFile)
    qualifiers = {fold(w): q for q, words in data.qualifiers.items() for w in words}
    qualifiers.update({fold(w): None for w in data.comparatives if fold(w) not in qualifiers})
    units = {fold(k): v for table in (data.money, data.percent, data.measures) for k, v in table.items()}
    return Tables(
        number_words=data.number_words,
        scales={fold(k): v for k, v in data.scale_words.items()},
        qualifiers=qualifiers,
        at_least_after=frozenset(map(fold, data.at_least_after)),
        units=units,
        currencies=frozenset(data.money.values()),
        measures=frozenset(fold(k) for k in data.measures) | {"%"} | set(map(fold, data.money)),
        classifiers=frozenset(map(fold, data.classifiers)),
        compounds={fold(w): canonical(w) for w in data.compounds},
        counted_nouns=frozenset(map(fold, data.counted_nouns)),
        unit_spelling={fold(k): v for k, v in data.unit_spelling.items()},
        non_units=frozenset(map(fold, data.non_units)),
        durations=frozenset(map(fold, data.durations)),
        ages=frozenset(map(fold, data.ages)),
        identifier_heads=frozenset(map(fold, data.identifier_heads)),
        name_heads=frozenset(map(fold, data.name_heads)),
        counting_phrases=frozenset(map(fold, data.counting_phrases)),
        group_heads=frozenset(map(fold, data.group_heads)),
        address_nouns=frozenset(map(fold, data.address_nouns)),
        address_cues=frozenset(map(fold, data.address_cues)),
        date_context=frozenset(map(fold, data.date_context)),
        year_before=frozenset(map(fold, data.year_before)),
        article_one=data.article_one,
        weight_cues=tuple(map(fold, data.weight_cues)),
        gold_units=frozenset(map(fold, data.gold_units)),
        gold_metals=frozenset(map(fold, data.gold_metals)),
        seizure_verbs=tuple(map(fold, data.article_one.after)),
        demonstratives=frozenset(map(fold, data.demonstratives)),
        count_links=frozenset(map(fold, data.count_links)),
        money_words=tuple(map(fold, data.money_words)),
        count_openers=tuple(sorted(data.count_openers, key=len, reverse=True)),
        range_words=tuple(data.range_words),
        verb_heads=frozenset(map(fold, data.verb_heads)),
        on_verbs=tuple(map(fold, data.on_verbs)),
        on_units=frozenset(map(fold, data.on_units)),
        part_of_words=tuple(data.part_of_words),
    )
