"""The regions of a labelling task: one label per record field, its attributes, its relations.

An attribute is a per-region control of Label Studio: ``text`` (a TextArea, one
line; ``lines`` a TextArea whose lines are a list, as positions are) or
``choice`` (Choices from a fixed list). A grouped field (programs, officials)
puts its attributes on its first mention, the *head*; every later mention is
joined to the head by a ``mention_of`` relation, and a rank to the official it
belongs to by ``rank_of``.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from ..models import Era, Measure, PartOfDay, PlaceLevel, Qualifier
from ..fields.ranks import ladder

TEXT_NAME = "text"          # the <Text> tag every region points at
LABEL_NAME = "label"        # the <Labels> control
MENTION_OF, RANK_OF = "mention_of", "rank_of"
RANK_LADDER = ("<rank ladder>",)  # stands for the ladder of rules/ranks.yaml


@dataclass(frozen=True)
class Attr:
    key: str                              # the record attribute ("province.name": a key inside one)
    kind: str                             # "text" | "number" | "lines" | "choice" | "flag"
    choices: tuple[str, ...] = ()
    hint: str = ""

    def options(self) -> tuple[str, ...]:
        """The choices of a choice attribute (the rank ladder is read from rules/ranks.yaml)."""
        if self.choices == RANK_LADDER:
            return tuple(dict.fromkeys(ladder().values()))
        return self.choices

    def control(self, label: str) -> str:
        """The control's name, unique in the configuration: ``date_value``."""
        return f"{label}_{self.key}"


@dataclass(frozen=True)
class Label:
    name: str                             # the region label, as shown to the annotator
    field: str                            # the record field it fills
    colour: str
    attrs: tuple[Attr, ...]
    grouped: bool = False                 # programs, officials: one group, many mentions


def _literal_values(tp) -> tuple[str, ...]:
    return tuple(tp.__args__)


_DATE_ATTRS = (
    Attr("value", "text", hint='ISO 8601 at the precision written: 2019-03-11, 2022-03, 2022, --05-24'),
    Attr("end_value", "text", hint="end of a period or range, else empty"),
    Attr("time", "text", hint="clock time written with the date, 17:20"),
    Attr("part_of_day", "choice", _literal_values(PartOfDay)),
    Attr("year_inferred", "flag", ("year inferred",)),
)

LABELS: tuple[Label, ...] = (
    Label("date", "dates", "#1f77b4", _DATE_ATTRS),
    Label("published", "published", "#17becf", _DATE_ATTRS),
    Label("program", "programs", "#2ca02c", (
        Attr("kind", "text", hint="document type, lower case: chỉ thị, kế hoạch ..."),
        Attr("number", "text"), Attr("code", "text"),
        Attr("issued", "text", hint="ISO date of issue"),
        Attr("title", "text", hint='the "về ..." or quoted name, without về and quotes'),
    ), grouped=True),
    Label("official", "officials", "#d62728", (
        Attr("name", "text", hint="full name, NFC"),
        Attr("rank", "choice", RANK_LADDER),
        Attr("positions", "lines", hint="one position a line, in order of first appearance"),
    ), grouped=True),
    Label("rank", "ranks", "#9467bd", (Attr("rank", "choice", RANK_LADDER),)),
    Label("statistic", "statistics", "#ff7f0e", (
        Attr("value", "number", hint="the number: 40000, 3.7, -4.2"),
        Attr("qualifier", "choice", _literal_values(Qualifier)),
        Attr("unit", "text", hint="what is counted"),
        Attr("measure", "choice", _literal_values(Measure)),
        Attr("si_value", "number", hint="a physical quantity in SI base units: 0.0128"),
        Attr("si_unit", "text", hint="kg, m, m², m³"),
    )),
    Label("place", "places", "#8c564b", (
        Attr("name", "text", hint="official name with its unit word: Tỉnh Thanh Hóa"),
        Attr("level", "choice", _literal_values(PlaceLevel)),
        Attr("code", "text", hint="GSO code"),
        Attr("province", "text", hint="its province in the list that names it"),
        Attr("province_2025", "text", hint="its province after 1 July 2025"),
    )),
)

# Controls of the whole article (not of a region): the title, the divisions' era, the article's province.
TASK_ATTRS: tuple[Attr, ...] = (
    Attr("title", "text", hint="first heading line; empty when none"),
    Attr("era", "choice", _literal_values(Era)),
    Attr("province.name", "text", hint="the article's own province: Tỉnh Thanh Hóa; empty for national news"),
    Attr("province.code", "text"),
    Attr("province.province_2025", "text"),
    Attr("province.source", "choice", ("text", "url")),
)


def task_control(attr: Attr) -> str:
    """The name of an article-level control: ``title``, ``province_name``."""
    return attr.key.replace(".", "_")

BY_NAME = {label.name: label for label in LABELS}
BY_FIELD = {label.field: label for label in LABELS}


def attr_for(control: str) -> Optional[tuple[Label, Attr]]:
    """The label and attribute a control name belongs to, or None."""
    for label in LABELS:
        for attr in label.attrs:
            if attr.control(label.name) == control:
                return label, attr
    return None
