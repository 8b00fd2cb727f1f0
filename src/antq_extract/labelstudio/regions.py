"""Reading the result list of one task into regions, relations and a title.

A region is made by its ``labels`` result; per-region results with the same id
add attributes, read back into the types of the record (numbers, flags, lists).
Offsets are converted from Label Studio's UTF-16 offsets and checked against
the text: a region whose text is not ``text[start:end]`` is reported and left out.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from .offsets import Offsets
from .spec import BY_NAME, LABEL_NAME, TASK_ATTRS, Attr, attr_for, task_control


@dataclass
class Region:
    label: str
    start: int
    end: int
    text: str
    attrs: dict = field(default_factory=dict)

    def span(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text}


def read_regions(results: list, text: str, offsets: Offsets, tid: str, problems: list):
    """(regions by id, relations as (from, to, label), article-level answers by key) of one result list."""
    from .gold import GoldProblem  # the problem type lives with the public API

    regions: dict[str, Region] = {}
    for res in results:
        if res.get("type") == "labels" and res.get("from_name") == LABEL_NAME:
            region = _region(res, text, offsets, lambda m: problems.append(GoldProblem(tid, res.get("id"), m)))
            if region is not None:
                regions[res["id"]] = region
    article, relations = {}, []
    task_attrs = {task_control(attr): attr for attr in TASK_ATTRS}
    for res in results:
        kind, rid = res.get("type"), res.get("id")
        if kind == "relation":
            for label in res.get("labels") or [None]:
                relations.append((res.get("from_id"), res.get("to_id"), label))
        elif res.get("from_name") in task_attrs and rid not in regions:
            attr = task_attrs[res["from_name"]]
            value = res.get("value") or {}
            try:
                article[attr.key] = _typed(attr, (value.get("choices") if res.get("type") == "choices"
                                                  else value.get("text")) or [])
            except ValueError as exc:
                problems.append(GoldProblem(tid, None, f"{attr.key}: {exc}"))
        elif kind in ("textarea", "choices") and rid in regions:
            _fill(regions[rid], res, lambda m: problems.append(GoldProblem(tid, rid, m)))
        elif kind in ("textarea", "choices") and res.get("from_name") not in (None,):
            if attr_for(res.get("from_name", "")) and rid not in regions:
                problems.append(GoldProblem(tid, rid, f"{res['from_name']}: no labelled region with this id"))
    return regions, relations, article


def _region(res: dict, text: str, offsets: Offsets, problem) -> Optional[Region]:
    value = res.get("value") or {}
    labels = value.get("labels") or []
    if len(labels) != 1 or labels[0] not in BY_NAME:
        problem(f"a region needs exactly one of the labels {sorted(BY_NAME)}, not {labels}")
        return None
    try:
        start, end = offsets.to_py(int(value["start"])), offsets.to_py(int(value["end"]))
    except (KeyError, TypeError, ValueError):
        problem("a region without numeric start/end (is the Text tag's granularity changed?)")
        return None
    if not 0 <= start < end <= len(text):
        problem(f"offsets {start}..{end} outside the text (length {len(text)})")
        return None
    written = value.get("text")
    if written is not None and text[start:end] != written:
        problem(f"text {written!r} is not text[{start}:{end}] = {text[start:end]!r}")
        return None
    return Region(labels[0], start, end, text[start:end])


def _fill(region: Region, res: dict, problem) -> None:
    found = attr_for(res.get("from_name", ""))
    if found is None:
        problem(f"unknown control {res.get('from_name')!r}")
        return
    label, attr = found
    if label.name != region.label:
        problem(f"{res['from_name']} belongs to {label.name} regions, not to a {region.label}")
        return
    value = res.get("value") or {}
    raw = value.get("choices") if res["type"] == "choices" else value.get("text")
    try:
        region.attrs[attr.key] = _typed(attr, raw or [])
    except ValueError as exc:
        problem(f"{attr.key}: {exc}")


def _typed(attr: Attr, raw: list):
    """A control's answer as the record holds it."""
    if attr.kind == "flag":
        return bool(raw)
    if attr.kind == "lines":
        return [line.strip() for item in raw for line in str(item).splitlines() if line.strip()]
    text = _joined(raw)
    if attr.kind == "choice":
        if text and text not in attr.options():
            raise ValueError(f"{text!r} is not one of the choices")
        return text or None
    if attr.kind == "number":
        return _number(text) if text else None
    return text or None


def _number(text: str):
    try:
        number = float(text.replace(" ", ""))
    except ValueError:
        raise ValueError(f"{text!r} is not a number (write 3.7, not 3,7)") from None
    return int(number) if number.is_integer() and "." not in text and "e" not in text.lower() else number


def _joined(raw) -> str:
    if raw is None:
        return ""
    return " ".join(str(x).strip() for x in (raw if isinstance(raw, list) else [raw])).strip()
