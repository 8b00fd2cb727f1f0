"""The record of the contract (../shared/GUIDELINES.md), as pydantic v2 models.

Field names are the contract: the project may add fields, never rename these.
Every mention carries ``start``/``end``/``text`` with ``source[start:end] == text``,
where ``source`` is the article text as decoded from the input.
"""
from __future__ import annotations

from typing import Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1"

PartOfDay = Literal["sáng", "trưa", "chiều", "tối", "đêm"]
Qualifier = Literal["more_than", "nearly", "about", "less_than", "at_least"]
Source = Literal["rule", "ner"]
Measure = Literal["cases", "persons", "money", "weight", "volume", "length", "area", "percent",
                  "vehicles", "weapons", "events", "other"]
PlaceLevel = Literal["province", "district", "commune"]
Era = Literal["pre-2025", "post-2025"]


class _Model(BaseModel):
    # Extra fields are allowed so that records from other tools (or gold with
    # extra notes) still load; our own output never adds unknown keys.
    model_config = ConfigDict(extra="allow")


class Span(_Model):
    """A stretch of the decoded source text."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class DateMention(_Model):
    """A calendar date, month, year or period (GUIDELINES: Dates)."""

    start: Optional[int] = Field(ge=0, description="null only for a published date from metadata")
    end: Optional[int] = Field(ge=0)
    text: Optional[str]
    value: str = Field(description='ISO 8601 at the precision written, or "--MM-DD"')
    end_value: Optional[str] = None
    year_inferred: bool = False
    part_of_day: Optional[PartOfDay] = None
    time: Optional[str] = Field(default=None, description='clock time written with the date, "17:20"')


class Program(_Model):
    """One distinct document or program, with all its mentions (GUIDELINES: Programs)."""

    kind: str
    number: Optional[str]
    code: Optional[str] = None
    issued: Optional[str] = None
    title: Optional[str] = None
    mentions: list[Span] = Field(default_factory=list)


class Official(_Model):
    """One named person holding a rank or position (GUIDELINES: Officials)."""

    name: str
    rank: Optional[str] = None
    positions: list[str] = Field(default_factory=list)
    mentions: list[Span] = Field(default_factory=list)
    source: list[Source] = Field(default_factory=lambda: ["rule"],
                                 description="which detectors found the person")


class RankMention(_Model):
    """A police or military rank as written (GUIDELINES: Ranks)."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    rank: str
    official: Optional[str] = None


class Statistic(_Model):
    """A reported quantity (GUIDELINES: Statistics)."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    value: Union[int, float]
    qualifier: Optional[Qualifier] = None
    unit: Optional[str] = None
    measure: Optional[Measure] = Field(default=None, description="what the number measures (rules/measures.yaml)")
    si_value: Optional[float] = Field(default=None, description="a physical quantity in SI base units")
    si_unit: Optional[str] = Field(default=None, description='"kg", "m", "m²" or "m³"')


class Place(_Model):
    """A province, district or commune named in the text (docs/annotation.md, Places)."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    name: str = Field(description='official name with its unit word, as the division list writes it: '
                                  '"Tỉnh Thanh Hóa", "Huyện Sơn Dương", "Phường Thủ Thiêm"')
    level: PlaceLevel
    code: Optional[str] = Field(default=None, description="GSO code; null when the name is ambiguous")
    province: Optional[str] = Field(default=None, description="its province in the list that names it "
                                    "(before the 2025 merger for a pre-2025 text)")
    province_2025: Optional[str] = Field(default=None, description="its province after 1 July 2025")


class ArticleProvince(_Model):
    """The article's own province: of the authority that reports or hosts the event."""

    name: str
    code: str
    province_2025: str
    source: Literal["text", "url"]


class ErrorInfo(_Model):
    """Why an input gave no extraction: the record keeps empty lists and this."""

    type: str = Field(description="error class, e.g. EncodingError")
    code: str = Field(description="stable code from antq_extract.errors, e.g. E101")
    message: str


class ArticleRecord(_Model):
    """One record per article: the output contract."""

    schema_version: Literal["1"] = SCHEMA_VERSION
    id: str
    title: Optional[str] = None
    published: Optional[DateMention] = None
    programs: list[Program] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list)
    officials: list[Official] = Field(default_factory=list)
    ranks: list[RankMention] = Field(default_factory=list)
    statistics: list[Statistic] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    province: Optional[ArticleProvince] = None
    era: Optional[Era] = Field(default=None, description="the divisions the text uses: before or after "
                               "the merger of 1 July 2025")
    warnings: list[str] = Field(default_factory=list)
    error: Optional[ErrorInfo] = None
    encoding: Optional[str] = Field(default=None, description="how the input bytes were decoded")
    url: Optional[str] = None
    path: Optional[str] = Field(default=None, description="the input file the record came from "
                                "(a JSONL line's file too); null for standard input and text given directly")
    source_text: Optional[str] = Field(
        default=None, description="the text every offset indexes, when it is not the input file read as "
                                  "UTF-8 (legacy-encoded or UTF-16 files, a BOM, CR line ends, mojibake "
                                  "undone, HTML pages); null when it is")


MENTION_FIELDS = ("dates", "ranks", "statistics", "places")
GROUPED_FIELDS = ("programs", "officials")


def iter_spans(record: ArticleRecord):
    """Yield (field, mention) for every span-carrying mention of a record."""
    for key in MENTION_FIELDS:
        for m in getattr(record, key):
            yield key, m
    for key in GROUPED_FIELDS:
        for group in getattr(record, key):
            for m in group.mentions:
                yield key, m
    if record.published is not None and record.published.start is not None:
        yield "published", record.published


def json_schema() -> dict:
    """The published JSON Schema of an article record."""
    return ArticleRecord.model_json_schema()
