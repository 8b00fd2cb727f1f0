"""A Label Studio JSON export -> gold records in the contract's shape.

Each task's chosen result list (its latest submitted annotation, or its
predictions: ``source``) is read region by region: a ``labels`` result makes a
region, the per-region ``textarea``/``choices`` results with the same id fill its
attributes, ``mention_of`` relations join later mentions to the first mention of
their program or official, ``rank_of`` gives a rank its official. Every region
is checked against the task's text (``text[start:end]``); what cannot become
gold is reported as a :class:`GoldProblem`, naming task and region, and left out.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from pydantic import ValidationError

from ..models import ArticleRecord
from .offsets import Offsets
from .regions import Region, read_regions
from .spec import BY_NAME, MENTION_OF, RANK_OF

SOURCES = ("auto", "annotations", "predictions")


@dataclass
class GoldProblem:
    task: str
    region: Optional[str]
    message: str

    def __str__(self) -> str:
        where = f"task {self.task}" + (f", region {self.region}" if self.region else "")
        return f"{where}: {self.message}"


@dataclass
class TaskGold:
    record: Optional[ArticleRecord]
    problems: list[GoldProblem] = field(default_factory=list)


def export_gold(export: list[dict], source: str = "auto") -> list[TaskGold]:
    """Gold for every task of an export (a list of tasks, as Label Studio writes it)."""
    return [task_gold(task, source) for task in export]


def task_gold(task: dict, source: str = "auto") -> TaskGold:
    data = task.get("data") or {}
    tid = str(data.get("id") or task.get("id") or "?")
    text = data.get("text")
    if not isinstance(text, str):
        return TaskGold(None, [GoldProblem(tid, None, "the task has no data.text")])
    results = chosen_results(task, source)
    if results is None:
        return TaskGold(None, [GoldProblem(tid, None, f"no {source} result to take as gold")])
    problems: list[GoldProblem] = []
    regions, relations, article = read_regions(results, text, Offsets(text), tid, problems)
    record = _record(tid, data, regions, relations, article, problems)
    return TaskGold(record, problems)


def chosen_results(task: dict, source: str) -> Optional[list]:
    """The result list gold is made from: the latest submitted annotation and/or the predictions."""
    if source in ("auto", "annotations"):
        done = [a for a in task.get("annotations") or [] if not a.get("was_cancelled")]
        if done:
            latest = max(done, key=lambda a: (str(a.get("updated_at") or a.get("created_at") or ""),
                                              a.get("id") or 0))
            return latest.get("result") or []
        if source == "annotations":
            return None
    predictions = task.get("predictions") or []
    return (predictions[-1].get("result") or []) if predictions else None


def _record(tid, data, regions: dict[str, Region], relations, article, problems) -> Optional[ArticleRecord]:
    heads = _heads(regions, relations, tid, problems)
    out = {"id": tid, "published": _published(data, regions, tid, problems), "dates": [], "statistics": [],
           "ranks": [], "programs": [], "officials": [], "places": [], "warnings": [], **_article(article)}
    groups: dict[str, dict] = {}
    for rid, region in sorted(regions.items(), key=lambda kv: (kv[1].start, kv[1].end)):
        label = BY_NAME[region.label]
        if label.grouped:
            head = heads.get(rid, rid)
            group = groups.setdefault(head, {"field": label.field, "mentions": []})
            group["mentions"].append(region.span())
            if head == rid:
                group.update(region.attrs)
        elif label.field != "published":
            item = {**region.span(), **region.attrs}
            if label.field == "ranks":
                item["official"] = _rank_official(rid, relations, heads, regions)
            out[label.field].append(item)
    for group in groups.values():
        out[group.pop("field")].append(group)
    try:
        return ArticleRecord.model_validate(out)
    except ValidationError as exc:
        err = exc.errors()[0]
        problems.append(GoldProblem(tid, None, f"not a valid record: {'.'.join(map(str, err['loc']))}: {err['msg']}"))
        return None


def _article(answers: dict) -> dict:
    """The article-level answers as record fields: "province.name" -> {"province": {"name": ...}}."""
    out: dict = {}
    for key, value in answers.items():
        head, _, rest = key.partition(".")
        if rest:
            if value is not None:
                out.setdefault(head, {})[rest] = value
        else:
            out[head] = value
    return out


def _heads(regions, relations, tid, problems) -> dict[str, str]:
    """Region id -> the id of the first mention of its group (following mention_of chains)."""
    parent = {}
    for src, dst, kind in relations:
        if kind != MENTION_OF:
            continue
        if src not in regions or dst not in regions or regions[src].label != regions[dst].label:
            problems.append(GoldProblem(tid, src, "mention_of must join two mentions of one label"))
            continue
        parent[src] = dst
    def root(rid, seen=()):
        return rid if rid not in parent or rid in seen else root(parent[rid], (*seen, rid))
    return {rid: root(rid) for rid in regions}


def _rank_official(rid, relations, heads, regions) -> Optional[str]:
    for src, dst, kind in relations:
        if kind == RANK_OF and src == rid and dst in regions and regions[dst].label == "official":
            return regions[heads.get(dst, dst)].attrs.get("name")
    return None


def _published(data, regions, tid, problems):
    found = [r for r in regions.values() if r.label == "published"]
    if len(found) > 1:
        problems.append(GoldProblem(tid, None, f"{len(found)} published regions: the first is kept"))
    if found:
        first = min(found, key=lambda r: r.start)
        return {**first.span(), **first.attrs}
    return data.get("published_meta")
