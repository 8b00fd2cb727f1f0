"""The published detector's rule data: ``rules/published.yaml`` validated, and its patterns
compiled once (the publish and update labels, the residue a date line may hold beside its
date, the byline prefix, the header's contact lines). The title reads the labels too."""
from __future__ import annotations

from functools import lru_cache

import regex
from pydantic import BaseModel, ConfigDict

from ...lexicon import RuleFile, load_rules
from ..dates.rules import FLAGS, alternation, expand


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class _Labels(_Strict):
    publish: list[str]
    update: list[str]
    with_colon: list[str]   # publish labels that count only with their colon ("Ngày: 21/04/2022")


class _Body(_Strict):
    min_words: int


class _Glued(_Strict):
    max_words: int


class _PublishedRules(RuleFile):
    labels: _Labels
    residue: str
    byline_prefix: str
    header_contact: list[str]
    header_lines: int
    short_line: int
    body: _Body
    glued: _Glued
    rules: list[dict]


@lru_cache(maxsize=1)
def compiled():
    data = load_rules("published.yaml", _PublishedRules)
    # a label may be glued to a byline before it ("Văn ThiệnCập nhật 20:40 ngày 07/12/2022"): the
    # dates' own glued start (rules/dates.yaml `glued_start`), one lookaround for both
    label = expand("{%glued_start}", "published-label").replace("{", "{{").replace("}", "}}") \
        + r"(?:{}(?!\p{{L}})[ ]*:?{})[ ]*"
    colon = f"|{alternation(data.labels.with_colon)}[ ]*:" if data.labels.with_colon else ""
    return (data, regex.compile(label.format(alternation(data.labels.publish), colon), FLAGS),
            regex.compile(label.format(alternation(data.labels.update), ""), FLAGS),
            regex.compile(data.residue, FLAGS), regex.compile(data.byline_prefix, FLAGS),
            regex.compile(rf"^[ •·\-*]*{alternation(data.header_contact)}[ ]*:", FLAGS))


def rules() -> _PublishedRules:
    """The validated rules/published.yaml (labels, residue, byline), shared with the title."""
    return compiled()[0]


def labels() -> tuple[regex.Pattern, regex.Pattern]:
    """The publish and update labels ("Đăng ngày: ", "Ngày: ", "Cập nhật "), shared with the
    title: a label with what follows it up to the date."""
    return compiled()[1:3]
