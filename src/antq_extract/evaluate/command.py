"""The ``antq-extract diff GOLD PRED`` command."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from .diff import compare
from .formats import table, to_json
from .load import RecordFileError, SourceTexts, default_source, load_records
from .report import render


@click.command("diff")
@click.argument("gold", type=click.Path(exists=True))
@click.argument("pred", type=click.Path(exists=True))
@click.option("--source", type=click.Path(exists=True),
              help="Article texts (folder, or JSONL of id/text), to show sentences and spans. "
                   "Default: corpus/ or articles/ beside GOLD.")
@click.option("--json", "as_json", is_flag=True, help="Print the diff as one JSON object (docs/diff.md) instead of a table.")
@click.option("--html", "html_path", type=click.Path(dir_okay=False),
              help="Also write a self-contained HTML report here.")
@click.option("--fail-under", type=click.FloatRange(0, 1), metavar="SCORE",
              help="Exit with status 1 when any field's F1, or any attribute's accuracy "
                   "(officials' positions: set F1), is below this (0..1).")
@click.option("--fail-on-wrong-numbers", is_flag=True, help="Exit with status 1 when any wrong number is listed.")
@click.option("--lists/--no-lists", default=True, show_default=True,
              help="Per-article lists of missed, spurious and mismatched mentions in the table.")
def diff_command(gold, pred, source, as_json, html_path, fail_under, fail_on_wrong_numbers, lists):
    """Compare predicted records PRED with gold records GOLD.

    GOLD and PRED are each a file of records, whatever its name (JSONL, the
    indented records of extract --pretty, a JSON list; gzipped or not), or a
    folder of such files (*.json, *.jsonl, *.ndjson, optionally .gz). Articles
    are matched by id.
    Prints per field precision, recall and F1 (micro over all articles), the
    attribute accuracies, F1 per article, what each article missed and
    added, and the wrong numbers.
    """
    try:
        gold_records, pred_records = load_records(gold), load_records(pred)
    except RecordFileError as exc:
        raise click.UsageError(str(exc)) from None
    sources = SourceTexts(source or default_source(gold))
    result = compare(gold_records, pred_records, sources)
    if as_json:
        click.echo(json.dumps(to_json(result, gold, pred, fail_under, fail_on_wrong_numbers), ensure_ascii=False))
    else:
        click.echo(table(result, gold, pred, lists))
    if html_path:
        Path(html_path).write_text(render(result, sources, gold, pred), encoding="utf-8")
        click.echo(f"HTML report: {html_path}", err=True)
    failures = result.failures(fail_under, fail_on_wrong_numbers)
    for line in failures:
        click.echo(line, err=True)
    if failures:
        sys.exit(1)
