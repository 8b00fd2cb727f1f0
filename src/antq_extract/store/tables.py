"""The tables of an export: one Arrow schema each, and the rows one record gives them.

Records are read as plain dicts with ``.get``: a field a record lacks (``places``,
``province``, a statistic's ``measure``/``si_value``/``si_unit``) gives NULL cells or
no rows, never an error. Every row but an ``articles`` row carries ``article_id``;
list positions are kept (``program_no``, ``mention_no``, …) so a row points back to
its place in the record, and mentions keep ``start``/``end``/``text`` (offsets into
the decoded article text). docs/export.md describes every column.
"""
from __future__ import annotations

import re
from datetime import date

import pyarrow as pa

S, I, F, B = pa.string(), pa.int64(), pa.float64(), pa.bool_()
SPAN = [("start", I), ("end", I), ("text", S)]
COUNTED = ("programs", "dates", "officials", "ranks", "statistics", "places", "warnings")
_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

COLUMNS: dict[str, list[tuple[str, pa.DataType]]] = {
    "articles": [("id", S), ("title", S), ("published", S), ("published_year", I), ("published_date", pa.date32()),
                 ("published_start", I), ("published_end", I), ("published_text", S),
                 ("province", S), ("province_code", S), ("province_2025", S), ("url", S), ("path", S),
                 ("encoding", S), ("error_code", S), ("error_type", S), ("error_message", S), ("warnings", S)]
                + [(f"n_{name}", I) for name in COUNTED],
    "programs": [("article_id", S), ("program_no", I), ("kind", S), ("number", S), ("code", S), ("issued", S),
                 ("title", S), ("n_mentions", I)],
    "program_mentions": [("article_id", S), ("program_no", I), ("mention_no", I), *SPAN],
    "dates": [("article_id", S), ("date_no", I), *SPAN, ("value", S), ("end_value", S), ("year_inferred", B),
              ("part_of_day", S), ("time", S)],
    "officials": [("article_id", S), ("official_no", I), ("name", S), ("rank", S), ("source", S),
                  ("n_positions", I), ("n_mentions", I), *SPAN],
    "official_mentions": [("article_id", S), ("official_no", I), ("mention_no", I), *SPAN],
    "positions": [("article_id", S), ("official_no", I), ("position_no", I), ("position", S)],
    "ranks": [("article_id", S), ("rank_no", I), *SPAN, ("rank", S), ("official", S)],
    "statistics": [("article_id", S), ("statistic_no", I), *SPAN, ("value", F), ("qualifier", S), ("unit", S),
                   ("measure", S), ("si_value", F), ("si_unit", S)],
    "places": [("article_id", S), ("place_no", I), *SPAN, ("name", S), ("level", S), ("code", S),
               ("province", S), ("province_2025", S)],
}
SCHEMAS = {name: pa.schema(cols) for name, cols in COLUMNS.items()}
TABLES = tuple(COLUMNS)
KEY = {name: "id" if name == "articles" else "article_id" for name in TABLES}


def _span(m: dict) -> dict:
    return {"start": m.get("start"), "end": m.get("end"), "text": m.get("text")}


def _list(record: dict, name: str) -> list:
    value = record.get(name)
    return value if isinstance(value, list) else []


def _dict(value) -> dict:
    return value if isinstance(value, dict) else {}


def _number(value):
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _day(value) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) and _FULL_DATE.match(value) else None
    except ValueError:  # an impossible day written in the record stays in ``published`` only
        return None


def _published(pub: dict) -> dict:
    value = pub.get("value")
    year = value[:4] if isinstance(value, str) else ""
    return {"published": value, "published_year": int(year) if year.isdigit() else None,
            "published_date": _day(value),
            "published_start": pub.get("start"), "published_end": pub.get("end"), "published_text": pub.get("text")}


def article_row(record: dict, path: str) -> dict:
    """The ``articles`` row of a record: metadata, error, and how many items each list holds."""
    error, province = _dict(record.get("error")), _dict(record.get("province"))
    row = {"id": record.get("id"), "title": record.get("title"), **_published(_dict(record.get("published"))),
           "province": province.get("name"), "province_code": province.get("code"),
           "province_2025": province.get("province_2025"), "url": record.get("url"), "path": path,
           "encoding": record.get("encoding"), "error_code": error.get("code"), "error_type": error.get("type"),
           "error_message": error.get("message"), "warnings": "\n".join(map(str, _list(record, "warnings"))) or None}
    row.update({f"n_{name}": len(_list(record, name)) for name in COUNTED})
    return row


def _programs(rid: str, record: dict):
    for no, p in enumerate(_list(record, "programs")):
        mentions = _list(p, "mentions")
        yield "programs", {"article_id": rid, "program_no": no, "kind": p.get("kind"), "number": p.get("number"),
                           "code": p.get("code"), "issued": p.get("issued"), "title": p.get("title"),
                           "n_mentions": len(mentions)}
        for mno, m in enumerate(mentions):
            yield "program_mentions", {"article_id": rid, "program_no": no, "mention_no": mno, **_span(m)}


def _officials(rid: str, record: dict):
    for no, o in enumerate(_list(record, "officials")):
        mentions, positions = _list(o, "mentions"), _list(o, "positions")
        first = _span(mentions[0]) if mentions else {}
        yield "officials", {"article_id": rid, "official_no": no, "name": o.get("name"), "rank": o.get("rank"),
                            "source": ",".join(_list(o, "source")) or None, "n_positions": len(positions),
                            "n_mentions": len(mentions), **first}
        for mno, m in enumerate(mentions):
            yield "official_mentions", {"article_id": rid, "official_no": no, "mention_no": mno, **_span(m)}
        for pno, title in enumerate(positions):
            yield "positions", {"article_id": rid, "official_no": no, "position_no": pno, "position": title}


def _mentions(rid: str, record: dict):
    for no, d in enumerate(_list(record, "dates")):
        yield "dates", {"article_id": rid, "date_no": no, **_span(d), "value": d.get("value"),
                        "end_value": d.get("end_value"), "year_inferred": d.get("year_inferred"),
                        "part_of_day": d.get("part_of_day"), "time": d.get("time")}
    for no, r in enumerate(_list(record, "ranks")):
        yield "ranks", {"article_id": rid, "rank_no": no, **_span(r), "rank": r.get("rank"), "official": r.get("official")}
    for no, s in enumerate(_list(record, "statistics")):
        yield "statistics", {"article_id": rid, "statistic_no": no, **_span(s), "value": _number(s.get("value")),
                             "qualifier": s.get("qualifier"), "unit": s.get("unit"), "measure": s.get("measure"),
                             "si_value": _number(s.get("si_value")), "si_unit": s.get("si_unit")}
    for no, p in enumerate(_list(record, "places")):
        yield "places", {"article_id": rid, "place_no": no, **_span(p), "name": p.get("name"), "level": p.get("level"),
                         "code": p.get("code"), "province": p.get("province"), "province_2025": p.get("province_2025")}


def rows(record: dict, path: str):
    """Every (table, row) of one record, its ``articles`` row first."""
    rid = record.get("id")
    yield "articles", article_row(record, path)
    yield from _programs(rid, record)
    yield from _officials(rid, record)
    yield from _mentions(rid, record)


class Buffer:
    """Rows gathered per table, column by column, until they are taken as Arrow batches."""

    def __init__(self):
        self._reset()

    def _reset(self) -> None:
        self.ids: list[str] = []
        self._cols = {name: {c: [] for c, _ in COLUMNS[name]} for name in TABLES}

    def add(self, record: dict, path: str) -> None:
        self.ids.append(record.get("id"))
        for table, row in rows(record, path):
            for column, values in self._cols[table].items():
                values.append(row.get(column))

    def take(self) -> dict[str, pa.RecordBatch]:
        """{table: batch} of everything added (tables without rows give empty batches); the buffer empties."""
        batches = {name: pa.RecordBatch.from_pydict(cols, schema=SCHEMAS[name]) for name, cols in self._cols.items()}
        self._reset()
        return batches
