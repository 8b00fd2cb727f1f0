"""``antq-extract export``: tables per entity in DuckDB, Parquet and CSV, streamed, re-exports replacing ids."""
from __future__ import annotations

import gzip
import json
import re
import subprocess
import sys
from pathlib import Path

import duckdb
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from antq_extract.cli import main
from antq_extract.store.command import default_db
from antq_extract.store.tables import TABLES

ROOT = Path(__file__).resolve().parents[1]

# Table -> rows one record gives it (the list lengths of the record).
LENGTHS = {
    "articles": lambda r: 1,
    "programs": lambda r: len(r.get("programs", [])),
    "program_mentions": lambda r: sum(len(p["mentions"]) for p in r.get("programs", [])),
    "dates": lambda r: len(r.get("dates", [])),
    "officials": lambda r: len(r.get("officials", [])),
    "official_mentions": lambda r: sum(len(o["mentions"]) for o in r.get("officials", [])),
    "positions": lambda r: sum(len(o["positions"]) for o in r.get("officials", [])),
    "ranks": lambda r: len(r.get("ranks", [])),
    "statistics": lambda r: len(r.get("statistics", [])),
    "places": lambda r: len(r.get("places", [])),
}


@pytest.fixture(scope="session")
def corpus_dicts(corpus_records):
    return [rec.model_dump(mode="json") for _text, rec in corpus_records.values()]


def replicate(records: list[dict], n: int) -> list[dict]:
    """``n`` records: the given ones over and over, each copy with a new id."""
    return [dict(records[i % len(records)], id=f"{i:06d}-{records[i % len(records)]['id']}") for i in range(n)]


def write_jsonl(path: Path, records: list[dict]) -> Path:
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "wt", encoding="utf-8") as fh:
        fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    return path


def expected(records: list[dict]) -> dict:
    return {t: sum(LENGTHS[t](r) for r in records) for t in TABLES}


def db_counts(db: Path) -> dict:
    with duckdb.connect(str(db), read_only=True) as con:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def run(*args) -> str:
    result = CliRunner().invoke(main, [str(a) for a in args])
    assert result.exit_code == 0, result.output
    return result.output


def test_every_table_gets_the_rows_of_the_records(tmp_path, corpus_dicts):
    src = write_jsonl(tmp_path / "recs.jsonl.gz", corpus_dicts)
    run("export", src, "--db", tmp_path / "c.duckdb", "--parquet", tmp_path / "pq", "--csv", tmp_path / "csv")
    want = expected(corpus_dicts)
    assert db_counts(tmp_path / "c.duckdb") == want
    assert {t: pq.read_table(tmp_path / "pq" / f"{t}.parquet").num_rows for t in TABLES} == want
    assert {t: pacsv.read_csv(tmp_path / "csv" / f"{t}.csv").num_rows for t in TABLES} == want
    assert not list((tmp_path / "pq").glob("*.part")), "the run's files replaced the .part files"


def test_mentions_keep_their_offsets_and_article(tmp_path, corpus_records):
    records = [rec.model_dump(mode="json") for _t, rec in corpus_records.values()]
    run("export", write_jsonl(tmp_path / "r.jsonl", records), "--db", tmp_path / "c.duckdb")
    texts = {rid: text for rid, (text, _rec) in corpus_records.items()}
    with duckdb.connect(str(tmp_path / "c.duckdb"), read_only=True) as con:
        for table in ("program_mentions", "dates", "official_mentions", "ranks", "statistics"):
            for rid, start, end, text in con.execute(f'SELECT article_id, start, "end", text FROM {table}').fetchall():
                assert texts[rid][start:end] == text, (table, rid, start)


def test_a_second_export_replaces_the_same_ids(tmp_path, corpus_dicts):
    src = write_jsonl(tmp_path / "r.jsonl", corpus_dicts)
    db = tmp_path / "c.duckdb"
    run("export", src, "--db", db)
    changed = [dict(r, statistics=r["statistics"][:1], title="new") for r in corpus_dicts]
    run("export", write_jsonl(tmp_path / "r2.jsonl", changed), "--db", db)
    assert db_counts(db) == expected(changed)
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT DISTINCT title FROM articles").fetchall() == [("new",)]


def test_fields_of_later_records_fill_their_columns(tmp_path, corpus_dicts):
    """places, province, and a statistic's measure / si_value / si_unit: NULL when absent, kept when there."""
    rich = dict(corpus_dicts[1], id="rich", province={"name": "Hà Nam", "code": "35", "province_2025": "Ninh Bình"},
                places=[{"start": 0, "end": 6, "text": "Hà Nam", "name": "Hà Nam", "level": "province",
                         "code": "35", "province": "Hà Nam", "province_2025": "Ninh Bình"}],
                statistics=[dict(corpus_dicts[1]["statistics"][0], measure="events", si_value=40000.0, si_unit="1")])
    run("export", write_jsonl(tmp_path / "r.jsonl", [corpus_dicts[0], rich]), "--db", tmp_path / "c.duckdb")
    with duckdb.connect(str(tmp_path / "c.duckdb"), read_only=True) as con:
        q = "SELECT id, province, province_2025, n_places FROM articles ORDER BY id = 'rich'"
        assert con.execute(q).fetchall() == [(corpus_dicts[0]["id"], None, None, 0), ("rich", "Hà Nam", "Ninh Bình", 1)]
        assert con.execute("SELECT name, level, province_2025 FROM places").fetchall() == [("Hà Nam", "province", "Ninh Bình")]
        assert con.execute("SELECT measure, si_value, si_unit FROM statistics WHERE article_id = 'rich'").fetchall() \
            == [("events", 40000.0, "1")]


def test_error_records_and_duplicate_ids(tmp_path, corpus_dicts):
    failed = {"id": "bad", "error": {"type": "EncodingError", "code": "E103", "message": "Undecodable input: x"}}
    src = write_jsonl(tmp_path / "r.jsonl", [corpus_dicts[0], failed, dict(corpus_dicts[1], id=corpus_dicts[0]["id"])])
    result = CliRunner().invoke(main, ["export", str(src), "--db", str(tmp_path / "c.duckdb")])
    assert result.exit_code == 0 and "1 record(s) with an id seen before" in result.output
    with duckdb.connect(str(tmp_path / "c.duckdb"), read_only=True) as con:
        rows = con.execute("SELECT id, error_code, n_dates FROM articles ORDER BY id").fetchall()
    assert rows == sorted([(corpus_dicts[0]["id"], None, len(corpus_dicts[0]["dates"])), ("bad", "E103", 0)])


def test_a_folder_of_pretty_records(tmp_path, corpus_dicts):
    folder = tmp_path / "recs"
    folder.mkdir()
    for r in corpus_dicts:
        (folder / f"{r['id']}.json").write_text(json.dumps(r, ensure_ascii=False, indent=2), encoding="utf-8")
    run("export", folder, "--parquet", tmp_path / "pq")
    assert pq.read_table(tmp_path / "pq" / "articles.parquet").num_rows == len(corpus_dicts)


def test_not_a_record_is_a_usage_error(tmp_path):
    src = tmp_path / "r.jsonl"
    src.write_text('{"no_id": 1}\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["export", str(src), "--db", str(tmp_path / "c.duckdb")])
    assert result.exit_code == 2 and "r.jsonl:1: not an article record" in result.output


@pytest.mark.parametrize("given,db", [
    ("out/corpus.jsonl", "out/corpus.duckdb"), ("out/corpus.jsonl.gz", "out/corpus.duckdb"),
    ("recs/", "recs.duckdb"), ("x.json", "x.duckdb"),
], ids=["jsonl", "jsonl-gz", "folder", "json"])
def test_default_database_is_named_after_the_input(given, db):
    assert default_db(given) == Path(db)


CASES = {"id": "cases", "url": "https://congan.hanam.gov.vn/tin/1", "province": {"name": "Hà Nam"},
         "published": {"start": None, "end": None, "text": None, "value": "2024-05-02"},
         "statistics": [{"start": 0, "end": 5, "text": "12 vụ", "value": 12, "unit": "vụ"}]}


def test_the_queries_of_the_docs_run(tmp_path, corpus_dicts):
    run("export", write_jsonl(tmp_path / "r.jsonl", corpus_dicts + [CASES]), "--db", tmp_path / "c.duckdb")
    doc = (ROOT / "docs" / "export.md").read_text(encoding="utf-8")
    queries = re.findall(r"```sql\n(.*?)```", doc, re.S)
    assert len(queries) >= 5
    with duckdb.connect(str(tmp_path / "c.duckdb"), read_only=True) as con:
        answers = [con.execute(q).fetchall() for q in queries]
    assert all(answers), "every query answers something on the corpus"


MEASURE = """
import resource, subprocess, sys
subprocess.run([sys.executable, "-m", "antq_extract.cli", *sys.argv[1:]], check=True)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024)
"""


def export_peak_mb(*args) -> int:
    """Peak RSS (MB) of an export run in a process of its own, measured by its parent."""
    done = subprocess.run([sys.executable, "-c", MEASURE, *map(str, args)], capture_output=True, text=True,
                          check=True, env={**__import__("os").environ, "PYTHONPATH": str(ROOT / "src")})
    return int(done.stdout.split()[-1])


@pytest.mark.slow
def test_twenty_thousand_records_stream_in_flat_memory(tmp_path, corpus_dicts):
    records = replicate(corpus_dicts, 20_000)
    src = write_jsonl(tmp_path / "big.jsonl.gz", records)
    db, parquet = tmp_path / "big.duckdb", tmp_path / "pq"
    peak = export_peak_mb("export", src, "--db", db, "--parquet", parquet, "--no-people")
    want = expected(records)
    assert db_counts(db) == want
    assert {t: pq.ParquetFile(parquet / f"{t}.parquet").metadata.num_rows for t in TABLES} == want
    assert peak < 500, f"export peaked at {peak} MB"
    export_peak_mb("export", src, "--db", db, "--no-people")
    assert db_counts(db) == want, "the same ids exported again replace themselves"


def test_a_table_of_an_older_export_gets_the_new_columns(tmp_path, corpus_dicts):
    db = tmp_path / "c.duckdb"
    run("export", write_jsonl(tmp_path / "r.jsonl", corpus_dicts[:1]), "--db", db)
    with duckdb.connect(str(db)) as con:
        con.execute("ALTER TABLE statistics DROP COLUMN measure")
        con.execute("DROP TABLE places")
    run("export", write_jsonl(tmp_path / "r2.jsonl", corpus_dicts[1:2]), "--db", db)
    with duckdb.connect(str(db), read_only=True) as con:
        # the column is back: NULL for the rows of the older export, filled for the new ones
        assert con.execute("SELECT count(measure), count(*) FROM statistics").fetchone() \
            == (len(corpus_dicts[1]["statistics"]),
                len(corpus_dicts[0]["statistics"]) + len(corpus_dicts[1]["statistics"]))
        assert con.execute("SELECT count(*) FROM places").fetchone() == (len(corpus_dicts[1].get("places", [])),)


def test_a_file_that_is_not_a_database_is_a_usage_error(tmp_path, corpus_dicts):
    (tmp_path / "c.duckdb").write_text("not a database", encoding="utf-8")
    result = CliRunner().invoke(main, ["export", str(write_jsonl(tmp_path / "r.jsonl", corpus_dicts)),
                                       "--db", str(tmp_path / "c.duckdb")])
    assert result.exit_code == 2 and "not a DuckDB file" in result.output
