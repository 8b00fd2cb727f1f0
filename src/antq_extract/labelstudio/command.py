"""``antq-extract labelstudio config | tasks | gold``: the Label Studio round trip."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..evaluate.load import RecordFileError, SourceTexts, load_records
from .config import label_config
from .gold import SOURCES, export_gold
from .tasks import record_task


@click.group("labelstudio")
def labelstudio_command():
    """Pre-annotate in Label Studio, correct there, bring the result back as gold (docs/labelstudio.md)."""


@labelstudio_command.command("config")
def config_command():
    """Print the labelling configuration (XML) for a Label Studio project."""
    click.echo(label_config(), nl=False)


@labelstudio_command.command("tasks")
@click.argument("records", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--source", type=click.Path(exists=True),
              help="Article texts (folder or JSONL) the records were extracted from; not needed for "
                   "records that carry source_text.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), default="-", show_default=True,
              help="The tasks file to import (a JSON list).")
def tasks_command(records, source, output):
    """One task per article of RECORDS, its record as predictions, ready to import."""
    texts = SourceTexts(source)
    tasks, missing = [], []
    for path in records:
        try:
            loaded = load_records(path)
        except RecordFileError as exc:
            raise click.UsageError(str(exc)) from None
        for rid, record in loaded.by_id.items():
            text = texts.get(rid, record)
            if text is None:
                missing.append(rid)
                continue
            tasks.append(record_task(record, text))
    _write(output, tasks)
    click.echo(f"{len(tasks)} task(s)", err=True)
    if missing:
        click.echo(f"no article text for {len(missing)} record(s) (give --source): "
                   + ", ".join(missing[:10]), err=True)
        sys.exit(1)


@labelstudio_command.command("gold")
@click.argument("export", type=click.Path(exists=True, dir_okay=False))
@click.option("-o", "--output", "out_dir", type=click.Path(file_okay=False), required=True,
              help="Folder for the gold files (<id>.json).")
@click.option("--from", "source", type=click.Choice(SOURCES), default="auto", show_default=True,
              help="What becomes gold: the latest submitted annotation, the predictions, or "
                   "annotations where a task has one and predictions elsewhere.")
def gold_command(export, out_dir, source):
    """Turn a Label Studio JSON export into gold files that diff reads."""
    try:
        tasks = json.loads(Path(export).read_text(encoding="utf-8"))
    except ValueError as exc:
        raise click.UsageError(f"{export}: not JSON: {exc}") from None
    if not isinstance(tasks, list):
        raise click.UsageError(f"{export}: a Label Studio JSON export is a list of tasks")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written, problems = 0, 0
    for one in export_gold(tasks, source):
        for problem in one.problems:
            click.echo(str(problem), err=True)
        problems += len(one.problems)
        if one.record is not None:
            body = one.record.model_dump(mode="json", exclude_none=False, exclude={"error", "encoding"})
            body.pop("source_text", None)
            for person in body["officials"]:
                person.pop("source", None)
            (out / f"{_safe(one.record.id)}.json").write_text(
                json.dumps(body, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
            written += 1
    click.echo(f"{written} gold file(s) in {out}, {problems} problem(s)", err=True)
    if problems:
        sys.exit(1)


def _safe(rid: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in rid) or "_"


def _write(output: str, tasks: list) -> None:
    text = json.dumps(tasks, ensure_ascii=False, indent=1) + "\n"
    if output == "-":
        click.echo(text, nl=False)
    else:
        Path(output).write_text(text, encoding="utf-8")
