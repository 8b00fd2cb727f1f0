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
FLOOR = {"title": 1.0, "published": 1.0, "recall": 0.95, "leaked_per_page": 1.0}


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


@pytest.mark.parametrize("name", NAMES)
def test_page_title_and_date(name):
    row = measure(name)
    assert row["title"] and row["published"], row


if __name__ == "__main__":
    rows = [measure(n) for n in NAMES]
    for r in rows:
        print(f"| {r['page']} | {'yes' if r['title'] else 'no'} | {'yes' if r['published'] else 'no'} | "
              f"{r['found']}/{r['sentences']} | {len(r['leaked'])} ({'; '.join(r['leaked'])}) |")
    print(overall(rows))
