"""Records -> Label Studio tasks: the article text as data, the record as predictions.

Every mention becomes a ``labels`` region; its attributes become per-region
``textarea`` / ``choices`` results carrying the region's id; the first mention of
a program or official carries the group's attributes and every later one a
``mention_of`` relation to it; a rank with an official gets a ``rank_of``
relation to that official's first mention.
"""
from __future__ import annotations

from typing import Iterator, Optional

from .. import __version__
from ..models import ArticleRecord
from .offsets import Offsets
from .spec import BY_FIELD, LABEL_NAME, MENTION_OF, RANK_OF, TASK_ATTRS, TEXT_NAME, Attr, Label, task_control

MODEL_VERSION = f"antq-extract {__version__}"


def record_task(record: ArticleRecord, text: str) -> dict:
    """One importable task: ``data`` (id, text, metadata) and ``predictions``."""
    regions = _Regions(text)
    for label in (BY_FIELD["dates"], BY_FIELD["statistics"], BY_FIELD["places"]):
        for mention in getattr(record, label.field):
            regions.add(label, mention, mention)
    if record.published is not None and record.published.start is not None:
        regions.add(BY_FIELD["published"], record.published, record.published)
    for program in record.programs:
        regions.add_group(BY_FIELD["programs"], program)
    heads = {person.name: regions.add_group(BY_FIELD["officials"], person) for person in record.officials}
    for rank in record.ranks:
        rid = regions.add(BY_FIELD["ranks"], rank, rank)
        target = heads.get(rank.official) if rank.official else None
        if target:
            regions.relate(rid, target, RANK_OF)
    for attr in TASK_ATTRS:
        for kind, value in _attr_values(attr, _get(record, attr.key)):
            regions.results.append(_result(task_control(attr), kind, value))
    return {"data": _data(record, text),
            "predictions": [{"model_version": MODEL_VERSION, "result": regions.results}]}


def _data(record: ArticleRecord, text: str) -> dict:
    data = {"id": record.id, "text": text}
    if record.published is not None and record.published.start is None:
        data["published_meta"] = record.published.model_dump(mode="json")  # from input metadata
    for key in ("url", "path", "encoding"):
        value = getattr(record, key, None)
        if value:
            data[key] = value
    return data


class _Regions:
    """The result list of one task, with region ids made as regions are added."""

    def __init__(self, text: str):
        self.text, self.offsets, self.results, self._n = text, Offsets(text), [], 0

    def add(self, label: Label, span, values) -> str:
        self._n += 1
        rid = f"{label.name[:2]}{self._n}"
        where = {"start": self.offsets.to_js(span.start), "end": self.offsets.to_js(span.end)}
        self.results.append(_result(LABEL_NAME, "labels", {**where, "text": span.text,
                                                            "labels": [label.name]}, rid))
        for attr in label.attrs if values is not None else ():
            for kind, value in _attr_values(attr, getattr(values, attr.key, None)):
                self.results.append(_result(attr.control(label.name), kind, {**where, **value}, rid))
        return rid

    def add_group(self, label: Label, group) -> Optional[str]:
        mentions = sorted(group.mentions, key=lambda m: (m.start, m.end))
        if not mentions:
            return None
        head = self.add(label, mentions[0], group)
        for mention in mentions[1:]:
            self.relate(self.add(label, mention, None), head, MENTION_OF)
        return head

    def relate(self, from_id: str, to_id: str, kind: str) -> None:
        self.results.append({"type": "relation", "from_id": from_id, "to_id": to_id,
                             "direction": "right", "labels": [kind]})


def _get(record: ArticleRecord, key: str):
    """``record.title``, or ``record.province.name`` for "province.name" (None along the way)."""
    value = record
    for part in key.split("."):
        value = getattr(value, part, None)
    return value


def _attr_values(attr: Attr, value) -> Iterator[tuple[str, dict]]:
    if attr.kind == "flag":
        if value:
            yield "choices", {"choices": list(attr.options())}
    elif value is None or value == [] or value == "":
        return
    elif attr.kind == "choice":
        yield "choices", {"choices": [value]}
    elif attr.kind == "lines":
        yield "textarea", {"text": list(value)}
    else:
        yield "textarea", {"text": [_plain(value)]}


def _plain(value) -> str:
    """A number as Python writes it back losslessly (3.7, 40000), anything else as text."""
    return repr(value) if isinstance(value, float) else str(value)


def _result(from_name: str, kind: str, value: dict, rid: Optional[str] = None) -> dict:
    out = {"from_name": from_name, "to_name": TEXT_NAME, "type": kind, "value": value,
           "origin": "prediction"}
    if rid is not None:
        out["id"] = rid
    return out
