"""Real saved portal pages (tests/data/html/pages): headline, date, main text and chrome, against
expectations written by reading each page (tests/data/html/expected/*.expect.json).

Figures per page and overall are printed by ``python tests/test_html_pages.py`` and kept in the
README (batch section, "HTML pages"); the test holds them to a floor.
"""
from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest

from antq_extract.batch.html import PageInput, process_page

PAGES = Path(__file__).parent / "data" / "html" / "pages"
EXPECTED = Path(__file__).parent / "data" / "html" / "expected"
NAMES = sorted(p.stem for p in PAGES.glob("*.html"))
# dev: the pages the rules were written on; blind: saved and measured after the rules were frozen
DEV = ("daksong-01", "daksong-02", "daksong-03", "daksong-04", "daksong-05", "gianghia-01", "krongno-01")
FLOOR = {"title": 0.9, "published": 0.8, "recall": 0.95, "leaked_per_page": 0.2}
KNOWN = {("stc-01", "title"): "headline is an unclassed bold <span> under a section label"}
# fixed: dakrlap-01..03 "published", a date line written "thứ năm, 25 07 2019 14:21" (dates.yaml spaced-weekday)


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text or "")).strip()


def measure(name: str) -> dict:
    expect = json.loads((EXPECTED / f"{name}.expect.json").read_text(encoding="utf-8"))
    record = process_page(PageInput(id=name, data=(PAGES / f"{name}.html").read_bytes(), origin=name))
    text = _norm(record.source_text)
    found = [s for s in expect["sentences"] if _norm(s) in text]
    leaked = [c for c in expect["chrome"] if _norm(c) in text]
    return {"page": name, "title": _norm(record.title) == _norm(expect["title"]),
            "published": (record.published.value if record.published else None) == expect["published"],
            "found": len(found), "sentences": len(expect["sentences"]), "leaked": leaked}


def overall(rows: list[dict]) -> dict:
    n = len(rows)
    return {"pages": n, "title": sum(r["title"] for r in rows) / n, "published": sum(r["published"] for r in rows) / n,
            "recall": sum(r["found"] for r in rows) / max(1, sum(r["sentences"] for r in rows)),
            "leaked_per_page": sum(len(r["leaked"]) for r in rows) / n}


def test_every_page_has_an_expectation():
    assert NAMES and all((EXPECTED / f"{n}.expect.json").exists() for n in NAMES)


def test_pages_meet_the_floor():
    figures = overall([measure(n) for n in NAMES])
    for key in ("title", "published", "recall"):
        assert figures[key] >= FLOOR[key], figures
    assert figures["leaked_per_page"] <= FLOOR["leaked_per_page"], figures


def _cases():
    for name in NAMES:
        for part in ("title", "published"):
            reason = KNOWN.get((name, part))
            marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
            origin = "dev" if name in DEV else "blind"
            yield pytest.param(name, part, marks=marks, id=f"{origin}-{name}-{part}")


@pytest.mark.parametrize("name, part", list(_cases()))
def test_page_title_and_date(name, part):
    row = measure(name)
    assert row[part], row


if __name__ == "__main__":
    rows = [measure(n) for n in NAMES]
    for r in rows:
        print(f"| {r['page']} | {'yes' if r['title'] else 'no'} | {'yes' if r['published'] else 'no'} | "
              f"{r['found']}/{r['sentences']} | {len(r['leaked'])} ({'; '.join(r['leaked'])}) |")
    print("all", overall(rows))
    print("dev", overall([r for r in rows if r["page"] in DEV]))
    print("blind", overall([r for r in rows if r["page"] not in DEV]))
