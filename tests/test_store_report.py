"""``antq-extract report DB``: the first tables on the terminal, and a self-contained HTML page read by Chromium."""
from __future__ import annotations

import json
import re

import duckdb
import pytest
from click.testing import CliRunner
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from antq_extract.cli import main
from antq_extract.store.report import SECTIONS

from test_report_browser import dump_dom

SITE_RECORDS = [
    {"id": "s1", "url": "https://congan.hanam.gov.vn/a/1", "province": {"name": "Hà Nam"},
     "published": {"start": None, "end": None, "text": None, "value": "2024-05-02"},
     "statistics": [{"start": 0, "end": 5, "text": "12 vụ", "value": 12, "unit": "vụ", "measure": "cases"}]},
    {"id": "s2", "url": "http://congan.hanam.gov.vn/a/2", "error": {"type": "EncodingError", "code": "E103",
                                                                   "message": "Undecodable input: x"}},
]
CHARTED = [s.key for s in SECTIONS if s.bar]


@pytest.fixture(scope="module")
def db(tmp_path_factory, corpus_records):
    tmp = tmp_path_factory.mktemp("report")
    records = [rec.model_dump(mode="json") for _t, rec in corpus_records.values()] + SITE_RECORDS
    src = tmp / "r.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    assert CliRunner().invoke(main, ["export", str(src), "--db", str(tmp / "c.duckdb")]).exit_code == 0
    return tmp / "c.duckdb"


@pytest.fixture(scope="module")
def page(db):
    out = db.with_name("report.html")
    result = CliRunner().invoke(main, ["report", str(db), "--html", str(out)])
    assert result.exit_code == 0, result.output
    return out, result.output


def test_terminal_shows_every_section(page, corpus_records):
    _out, text = page
    for section in SECTIONS:
        assert f"== {section.title} ==" in text
    corpus_line = text.splitlines()[2].split()
    assert corpus_line[:2] == [str(len(corpus_records) + 2), "1"], "articles, failed"
    assert "Trần Phú Hà" in text and "congan.hanam.gov.vn  2" in text
    assert re.search(r"^Hà Nam +2024 +cases +1 ", text, re.M)  # columns are as wide as their longest cell


def test_report_without_a_person_index_says_so(tmp_path, db):
    copy = tmp_path / "c.duckdb"
    copy.write_bytes(db.read_bytes())
    with duckdb.connect(str(copy)) as con:
        con.execute("DROP TABLE persons")
    result = CliRunner().invoke(main, ["report", str(copy)])
    assert result.exit_code == 0 and "== Officials index (person index, docs/export.md) ==\n(nothing)" in result.output


def test_page_is_self_contained(page):
    tree = HTMLParser(page[0].read_text(encoding="utf-8"))
    assert not tree.css("script, link, img, iframe, object")
    assert "http" not in "".join(n.attributes.get("style") or "" for n in tree.css("[style]"))
    assert tree.css_first("style") is not None


@pytest.mark.browser
def test_page_in_headless_chromium_has_charts_and_tables(page, db, tmp_path):
    dom = HTMLParser(dump_dom(page[0], tmp_path / "profile"))
    with duckdb.connect(str(db), read_only=True) as con:
        for section in SECTIONS:
            rows = con.execute(section.sql).fetchall()
            table = dom.css_first(f"table.data[data-section={section.key}]")
            assert table is not None and len(table.css("tr")) == len(rows) + 1, section.key
            if section.key in CHARTED:
                bars = dom.css(f"figure.chart[data-section={section.key}] div.bar")
                assert len(bars) == min(len(rows), 20), section.key
                widths = [float(b.attributes["style"].removeprefix("width:").rstrip("%")) for b in bars]
                assert max(widths) == 100.0 and widths == sorted(widths, reverse=True), section.key
    officials = [tr.css("td")[0].text() for tr in dom.css("table.data[data-section=officials] tr")[1:]]
    assert "Trần Phú Hà" in officials


def test_one_section_only(db):
    result = CliRunner().invoke(main, ["report", str(db), "--section", "documents"])
    assert result.exit_code == 0
    assert result.output.startswith("== Top documents") and result.output.count("== ") == 1


def test_report_of_a_file_that_is_not_a_database(tmp_path):
    (tmp_path / "x.duckdb").write_text("not a database", encoding="utf-8")
    result = CliRunner().invoke(main, ["report", str(tmp_path / "x.duckdb")])
    assert result.exit_code == 2 and "not a DuckDB export" in result.output
