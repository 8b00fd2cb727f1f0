"""A diff for people (the terminal table) and for machines (``--json``, documented in docs/diff.md)."""
from __future__ import annotations

from typing import Optional

from .diff import DiffResult
from .scores import Counts, Tally
from .wrong import WrongNumber
from .describe import describe
from .match import FIELDS, Item

JSON_FORMAT = "antq-extract-diff/1"
_COLS = ("gold", "pred", "tp", "fp", "fn", "precision", "recall", "f1")


def item_json(item: Item) -> dict:
    """One gold or predicted item: field, label, first span, all spans, the record's object."""
    first = item.spans[0] if item.spans else (None, None, None)
    return {"field": item.field, "label": describe(item), "start": first[0], "end": first[1],
            "text": first[2], "spans": [list(s) for s in item.spans],
            "record": item.obj.model_dump(mode="json", exclude={"mentions"})}


def wrong_json(w: WrongNumber) -> dict:
    return {"id": w.id, "message": w.message, "differs": w.differs, "sentence": w.sentence,
            "gold": item_json(w.gold), "pred": item_json(w.pred)}


def _attr_json(value) -> dict:
    if isinstance(value, Tally):
        acc = value.accuracy
        return {"correct": value.correct, "total": value.total,
                "accuracy": None if acc is None else round(acc, 4)}
    return value.as_dict()


def _article_json(a) -> dict:
    return {
        "id": a.id, "note": a.note,
        "fields": {n: a.counts(n).as_dict() for n in FIELDS},
        "missed": [item_json(g) for g in a.missed()],
        "spurious": [item_json(p) for p in a.spurious()],
        "attribute_errors": [{"field": g.field, "attribute": attr, "gold_value": gv, "pred_value": pv,
                              "gold": item_json(g), "pred": item_json(p)}
                             for g, p, attr, gv, pv in a.attribute_errors],
        "wrong_numbers": [wrong_json(w) for w in a.wrong_numbers],
    }


def to_json(result: DiffResult, gold: str, pred: str, threshold: Optional[float] = None,
            fail_on_wrong_numbers: bool = False) -> dict:
    """The machine form of a diff; its keys are a stable interface (docs/diff.md)."""
    return {
        "format": JSON_FORMAT, "gold": gold, "pred": pred,
        "articles": len(result.articles),
        "fields": {n: c.as_dict() for n, c in result.totals().items()},
        "overall": result.overall().as_dict(),
        "attributes": {n: {a: _attr_json(v) for a, v in attrs.items()}
                       for n, attrs in result.attributes().items()},
        "wrong_numbers": [wrong_json(w) for w in result.wrong_numbers()],
        "per_article": [_article_json(a) for a in result.articles],
        "not_in_gold": result.not_in_gold,
        "duplicates": result.duplicates,
        "fail_under": None if threshold is None else {
            "threshold": threshold, "failing": result.failing(threshold),
            "failing_attributes": result.failing_attributes(threshold)},
        "failed": bool(result.failures(threshold, fail_on_wrong_numbers)),
        "places": None if (pc := result.places()) is None else pc.as_dict(),
        "province": _attr_json(result.province()),
        "published_exact": {k: _attr_json(v) for k, v in zip(("stated", "all"), result.published_exact())},
    }


def _row(name: str, c: Counts) -> str:
    return (f"{name:<12}" + "".join(f"{v:>7}" for v in (c.tp + c.fn, c.tp + c.fp, c.tp, c.fp, c.fn))
            + "".join(f"{v:>10.3f}" for v in (c.precision, c.recall, c.f1)))


def score_lines(result: DiffResult) -> list[str]:
    head = f"{'field':<12}" + "".join(f"{c:>7}" for c in _COLS[:5]) + "".join(f"{c:>10}" for c in _COLS[5:])
    lines = [head, "-" * len(head)]
    lines += [_row(n, c) for n, c in result.totals().items()]
    return lines + ["-" * len(head), _row("all fields", result.overall())]


def attribute_lines(result: DiffResult) -> list[str]:
    lines = ["", "attributes, over matched pairs:"]
    for name, attrs in result.attributes().items():
        parts = []
        for attr, v in attrs.items():
            if isinstance(v, Tally):
                acc = "-" if v.accuracy is None else f"{v.accuracy:.3f}"
                parts.append(f"{attr} {v.correct}/{v.total} = {acc}")
            elif not v.pairs:
                parts.append(f"{attr} -")
            else:
                parts.append(f"{attr} P {v.precision:.3f} R {v.recall:.3f} F1 {v.f1:.3f}")
        lines.append(f"  {name:<11} " + "; ".join(parts))
    return lines


def published_lines(result: DiffResult) -> list[str]:
    """The publication date exact (value and time), per page."""
    stated, every = result.published_exact()
    if not every.total:
        return []
    acc = "-" if stated.accuracy is None else f"{stated.accuracy:.3f}"
    return ["", f"published exact: pages whose gold states one {stated.correct}/{stated.total} = {acc};"
                f" all pages {every.correct}/{every.total} = {every.accuracy:.3f}"]


def place_lines(result: DiffResult) -> list[str]:
    """Places' set F1 (span and name) and the province's accuracy, when the gold has them."""
    c = result.places()
    if c is None:
        return []
    prov = result.province()
    return ["", "places and province (articles whose gold has them):", _row("places", c),
            f"  province    {prov.correct}/{prov.total} = {prov.accuracy:.3f}"]


def _place_rows(a) -> list[str]:
    if a.places is None:
        return []
    rows = [f"  missed    places      {describe(g)}  {_where(g)}" for g in a.places.missed]
    rows += [f"  spurious  places      {describe(p)}  {_where(p)}" for p in a.places.spurious]
    if a.province[0] != a.province[1]:
        rows.append(f"  attribute province    gold {a.province[0]!r}, predicted {a.province[1]!r}")
    return rows


def _per_article_f1(result: DiffResult) -> list[str]:
    width = max([len(a.id) + 2 for a in result.articles] + [len("F1 per article") + 1])
    lines = ["", f"{'F1 per article':<{width}}" + "".join(f"{n:>11}" for n in FIELDS)]
    for a in result.articles:
        note = f"   ({a.note})" if a.note else ""
        lines.append(f"{a.id:<{width}}" + "".join(f"{a.counts(n).f1:>11.3f}" for n in FIELDS) + note)
    return lines


def _where(item: Item) -> str:
    return f"«{item.spans[0][2]}» @{item.spans[0][0]}" if item.spans else "(no span)"


def _lists(result: DiffResult) -> list[str]:
    lines = []
    for a in result.articles:
        rows = [f"  missed    {g.field:<11} {describe(g)}  {_where(g)}" for g in a.missed()]
        rows += [f"  spurious  {p.field:<11} {describe(p)}  {_where(p)}" for p in a.spurious()]
        rows += [f"  attribute {g.field:<11} {describe(g)}: {attr} gold {gv!r}, predicted {pv!r}"
                 for g, p, attr, gv, pv in a.attribute_errors]
        rows += _place_rows(a)
        if rows:
            lines += ["", a.id] + rows
    return lines


def _clip(text: str, limit: int = 300) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _wrong(result: DiffResult) -> list[str]:
    wrong = result.wrong_numbers()
    lines = ["", f"WRONG NUMBERS ({len(wrong)})"]
    for w in wrong:
        lines.append(f"  {w.id} @{w.gold.start}: {w.message}")
        lines.append("      " + (_clip(w.sentence) if w.sentence else
                                 f"gold «{w.gold.spans[0][2]}» / predicted «{w.pred.spans[0][2]}»"))
    return lines


def table(result: DiffResult, gold: str, pred: str, lists: bool = True) -> str:
    """The terminal report: scores, attributes, F1 per article, lists, wrong numbers."""
    lines = [f"antq-extract diff: {len(result.articles)} gold article(s) ({gold}) against {pred}", ""]
    lines += (score_lines(result) + attribute_lines(result) + published_lines(result) + place_lines(result)
              + _per_article_f1(result))
    if lists:
        lines += _lists(result)
    lines += _wrong(result)
    if result.not_in_gold:
        lines += ["", f"{len(result.not_in_gold)} predicted record(s) not in gold, left out: "
                  + ", ".join(result.not_in_gold[:10]) + (" ..." if len(result.not_in_gold) > 10 else "")]
    for side, ids in result.duplicates.items():
        if ids:
            lines.append(f"duplicate ids in {side} (the last record kept): " + ", ".join(sorted(set(ids))))
    return "\n".join(lines)
