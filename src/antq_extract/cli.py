"""The command line: ``antq-extract extract | diff | schema``."""
from __future__ import annotations

import json
import sys
from collections import Counter

import click

from . import __version__
from .article import RawArticle
from .inputs import BadInput, iter_inputs
from .models import ArticleRecord, ErrorInfo, json_schema
from .pipeline import process, to_json

FIELDS = ("programs", "dates", "officials", "ranks", "statistics")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="antq-extract")
def main():
    """Turn Vietnamese police and public-security news articles into JSON records.

    One record per article (the fields of GUIDELINES.md: published, programs,
    dates, officials, ranks, statistics, warnings), JSONL for batches.
    """


def records_for(paths):
    """Yield (origin, record) for every input item, in input order."""
    for item in iter_inputs(paths):
        if isinstance(item, BadInput):
            yield item.origin, ArticleRecord(id=item.id, error=ErrorInfo(
                type="InputError", code=item.code, message=item.message))
        else:
            yield item.origin, process(item)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), default="-",
              help="Write JSONL here (default: standard output).")
@click.option("--pretty", is_flag=True, help="Indented JSON, one record after another (not JSONL).")
@click.option("--summary", is_flag=True, help="Print counts per field per article on standard error.")
def extract(paths, output, pretty, summary):
    """Extract records from PATHS: text files, folders (walked), .jsonl files, or - for stdin.

    A .jsonl input has one article a line: {"id", "text", optional "published"
    (ISO date), "url", "title"}. A failing article gives a record with empty
    lists and an "error" object; the exit status is 1 when any failed.
    """
    out = sys.stdout if output == "-" else open(output, "w", encoding="utf-8")
    failed = 0
    rows = []
    try:
        for _origin, record in records_for(paths):
            out.write(to_json(record, pretty) + "\n")
            failed += record.error is not None
            rows.append(_summary_row(record))
    finally:
        if out is not sys.stdout:
            out.close()
    if summary:
        _print_summary(rows)
    if failed:
        click.echo(f"{failed} article(s) failed: see their 'error' objects", err=True)
        sys.exit(1)


def _summary_row(record):
    if record.error is not None:
        return record.id, None, record.error.code
    counts = Counter({f: len(getattr(record, f)) for f in FIELDS})
    return record.id, counts, record.published.value if record.published else "-"


def _print_summary(rows):
    head = f"{'id':<28} {'published':<11} " + " ".join(f"{f:>10}" for f in FIELDS)
    click.echo(head, err=True)
    for rid, counts, pub in rows:
        if counts is None:
            click.echo(f"{rid:<28} ERROR {pub}", err=True)
        else:
            click.echo(f"{rid:<28} {pub:<11} " + " ".join(f"{counts[f]:>10}" for f in FIELDS), err=True)


@main.command()
def schema():
    """Print the JSON Schema of an article record."""
    click.echo(json.dumps(json_schema(), ensure_ascii=False, indent=2))


from .evaluate.command import diff_command  # noqa: E402
main.add_command(diff_command, "diff")


if __name__ == "__main__":
    main()
