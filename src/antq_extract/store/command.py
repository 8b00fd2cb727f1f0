"""The ``antq-extract export | report | people`` commands."""
from __future__ import annotations

import re
from pathlib import Path

import click

from ..evaluate.load import RecordFileError
from .export import BATCH_SIZE, export
from .report import SECTIONS, Section, Table, gather, render_text, text_table
from .report_html import render

_RECORD_SUFFIX = re.compile(r"(\.(jsonl|ndjson|json))?(\.gz)?$", re.IGNORECASE)


def default_db(first: str) -> Path:
    """``out/corpus.jsonl.gz`` -> ``out/corpus.duckdb``; a folder ``recs/`` -> ``recs.duckdb`` beside it."""
    path = Path(first.rstrip("/"))
    return path.with_name(_RECORD_SUFFIX.sub("", path.name) + ".duckdb")


@click.command("export")
@click.argument("records", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--db", type=click.Path(dir_okay=False), help="DuckDB file (created or updated; ids exported "
              "before are replaced). The default target: RECORDS' first name with .duckdb.")
@click.option("--parquet", type=click.Path(file_okay=False), help="Folder of one .parquet file per table (rewritten).")
@click.option("--csv", "csv_dir", type=click.Path(file_okay=False), help="Folder of one .csv file per table (rewritten).")
@click.option("--people/--no-people", default=True, show_default=True,
              help="Rebuild the person index (tables persons, person_mentions) in the DuckDB file.")
@click.option("--batch-size", type=click.IntRange(min=1), default=BATCH_SIZE, show_default=True,
              help="Articles per Arrow batch (memory holds one batch).")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: when standard error is a terminal).")
def export_command(records, db, parquet, csv_dir, people, batch_size, progress):
    """Export the records under RECORDS (files of records, whatever their name: JSONL, extract
    --pretty output, JSON lists, gzipped or not; folders of them) to tables: articles, programs,
    program_mentions, dates, officials, official_mentions, positions, ranks, statistics, places
    (docs/export.md). Records are streamed: memory stays flat whatever the input size.
    """
    from .sinks import CSVSink, ParquetSink   # pyarrow: loaded by this command only

    if db is None and not (parquet or csv_dir):
        db = str(default_db(records[0]))
    sinks = ([_duckdb_sink(db)] if db else []) + ([ParquetSink(parquet)] if parquet else []) \
        + ([CSVSink(csv_dir)] if csv_dir else [])
    try:
        stats = export(records, sinks, batch_size=batch_size, progress=progress)
    except RecordFileError as exc:
        raise click.UsageError(str(exc)) from None
    targets = ", ".join(t for t in (db, parquet, csv_dir) if t)
    click.echo(f"exported {stats.records} record(s) to {targets}: "
               + ", ".join(f"{stats.rows[n]} {n}" for n in ("articles", "programs", "dates", "officials",
                                                             "ranks", "statistics", "places")), err=True)
    if stats.duplicates:
        click.echo(f"{stats.duplicates} record(s) with an id seen before in this run skipped (the first kept)", err=True)
    if stats.failed:
        click.echo(f"{stats.failed} record(s) carry an error (articles.error_code)", err=True)
    if db and people:
        _index(db)


def _duckdb_sink(db: str):
    import duckdb

    from .sinks import DuckDBSink

    try:
        return DuckDBSink(db)
    except duckdb.IOException as exc:
        raise click.UsageError(f"{db}: not a DuckDB file: {exc}") from None


def _index(db: str) -> int:
    import duckdb

    from .people import build_index

    with duckdb.connect(db) as con:
        count = build_index(con)
    click.echo(f"person index: {count} person(s) in {db} (tables persons, person_mentions)", err=True)
    return count


def _connect(db: str, read_only: bool = True):
    import duckdb

    try:
        return duckdb.connect(db, read_only=read_only)
    except duckdb.IOException as exc:
        raise click.UsageError(f"{db}: not a DuckDB export: {exc}") from None


@click.command("report")
@click.argument("db", type=click.Path(exists=True, dir_okay=False))
@click.option("--html", "html_path", type=click.Path(dir_okay=False),
              help="Also write a self-contained HTML page with charts here.")
@click.option("--section", "sections", multiple=True, type=click.Choice([s.key for s in SECTIONS]),
              help="Only these sections (repeat the option for more; default: all).")
def report_command(db, html_path, sections):
    """The first tables to look at in a DuckDB export DB: the corpus, statistics by province ×
    year × measure, the most cited documents, the officials index, articles per site."""
    with _connect(db) as con:
        tables = gather(con, sections)
    click.echo(render_text(tables))
    if html_path:
        Path(html_path).write_text(render(tables, Path(db).name), encoding="utf-8")
        click.echo(f"HTML report: {html_path}", err=True)


PERSON_SQL = """
SELECT p.person_id, p.name, p.province, m.published, m.article_id, m.rank, m.positions
FROM persons p JOIN person_mentions m USING (person_id)
WHERE p.name_key = ? ORDER BY p.person_id, m.published NULLS LAST, m.article_id"""


@click.command("people")
@click.argument("db", type=click.Path(exists=True, dir_okay=False))
@click.option("--name", help="Show every article, rank and post of the persons of this name, in time order.")
@click.option("--rebuild", is_flag=True, help="Rebuild the person index first (export does it by default).")
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True, help="Persons listed.")
def people_command(db, name, rebuild, limit):
    """The person index of a DuckDB export: one row per person across the crawl (merge rule:
    docs/export.md), most seen first, or one name's persons mention by mention."""
    with _connect(db) as con:
        missing = not con.execute("SELECT 1 FROM information_schema.tables WHERE table_name = 'persons'").fetchone()
    from .people import name_key   # pyarrow: loaded by this command only

    if rebuild or missing:
        _index(db)
    with _connect(db) as con:
        if name:
            result = con.execute(PERSON_SQL, [name_key(name)])
            title = f"Persons named {name}"
        else:
            result = con.execute("SELECT person_id, name, province, ranks, n_articles, first_seen, last_seen, posts "
                                 "FROM persons ORDER BY n_articles DESC, name, person_id LIMIT ?", [limit])
            title = "Person index"
        table = Table(Section("people", title, ""), [d[0] for d in result.description], result.fetchall())
    click.echo(text_table(table))
