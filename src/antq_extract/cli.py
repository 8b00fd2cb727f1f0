"""The command line: ``antq-extract extract | diff | schema``."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from . import __version__
from .batch.job import Job
from .batch.dask_engine import CONNECT_TIMEOUT, SchedulerUnreachable
from .batch.lifetime import Terminated, terminate_as_interrupt
from .batch.output import OutputError, ResumeError
from .batch.plan import CHUNK_SIZE, default_jobs
from .batch.walk import INCLUDE
from .batch.safety import UnsafeOutput
from .batch.work import DEFAULT_TIMEOUT, FIELDS, Options
from .text.decode import MAX_BYTES
from .models import json_schema


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="antq-extract")
def main():
    """Turn Vietnamese police and public-security news articles into JSON records.

    One record per article (the fields of GUIDELINES.md: published, programs,
    dates, officials, ranks, statistics, warnings), JSONL for batches.
    """


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), default="-",
              help="Write JSONL here (default: standard output).")
@click.option("--pretty", is_flag=True, help="Indented JSON, one record after another (not JSONL).")
@click.option("--summary", is_flag=True, help="Print counts per field per article on standard error.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes (default: all cores; 1 runs in this process).")
@click.option("--resume", is_flag=True,
              help="Append to OUTPUT, skipping ids already complete in it (a torn last line is cut off).")
@click.option("--retry-errors", is_flag=True,
              help="Like --resume, and redo the ids whose records in OUTPUT are errors, replacing them in place.")
@click.option("--overwrite", is_flag=True, help="Replace an existing non-empty OUTPUT (refused without it).")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local worker processes, or a Dask cluster.")
@click.option("--scheduler", metavar="ADDRESS", default=None,
              help="Dask scheduler address (tcp://host:8786), needs --engine dask; unreachable within "
                   f"{CONNECT_TIMEOUT} s: exit 2. Without it --engine dask starts a local cluster.")
@click.option("--max-bytes", type=click.IntRange(min=1), default=MAX_BYTES, show_default=True,
              help="Per-article size limit: a larger input gives an error record E104.")
@click.option("--timeout", type=click.FloatRange(min=0), default=DEFAULT_TIMEOUT, show_default=True,
              help="Per-article time limit in seconds (0: none): a slower article gives an error record E106.")
@click.option("--chunk-size", type=click.IntRange(min=1), default=CHUNK_SIZE, show_default=True,
              help="Articles sent to a worker at a time; output is flushed and fsynced per chunk.")
@click.option("--include", "include", multiple=True, metavar="GLOB",
              help="File names a folder walk reads (repeatable; default: " + " ".join(INCLUDE)
              + "); other files are skipped and counted. Files named directly are always read.")
def extract(paths, output, pretty, summary, jobs, resume, retry_errors, overwrite, engine, scheduler, max_bytes,
            timeout, chunk_size, include):
    """Extract records from PATHS: text files, HTML pages, folders (walked), globs,
    .jsonl / .jsonl.gz files, or - for stdin.

    A .jsonl input has one article a line: {"id", "text" (or "html"), optional
    "published" (ISO date), "url", "title"}. A failing article gives a record
    with empty lists and an "error" object; the exit status is 1 when any
    record of the output failed. Records are written in input order.

    Exit status: 0 all records good, 1 some are error records, 2 refused
    before writing (an output that is an input or exists, a second writer, a
    file that is not ours to resume, an unreachable scheduler), 3 the output
    could not be written (records before stay whole), 130 / 143 interrupted
    by Ctrl-C / SIGTERM (records so far whole; rerun with --resume).
    """
    _check_flags(output, pretty, resume, retry_errors, overwrite, engine, scheduler)
    job = Job(paths, output=None if output == "-" else Path(output),
              options=Options(max_bytes=max_bytes, timeout=timeout or None, pretty=pretty),
              jobs=jobs or default_jobs(), engine=engine, scheduler=scheduler, resume=resume,
              retry_errors=retry_errors, overwrite=overwrite, chunk_size=chunk_size, summary=summary,
              include=include or INCLUDE)
    again = "--retry-errors" if retry_errors else "--resume"
    try:
        with terminate_as_interrupt():
            stats = job.run()
    except (UnsafeOutput, ResumeError, SchedulerUnreachable) as exc:
        _fail(str(exc), 2)
    except OutputError as exc:
        _fail(f"{exc}; the records written before are complete", 3)
    except KeyboardInterrupt:
        _fail(f"interrupted: the records written so far are complete; rerun with {again}", 130)
    except Terminated:
        _fail(f"terminated (SIGTERM): the records written so far are complete; rerun with {again}", 143)
    _report(stats, summary)


def _check_flags(output, pretty, resume, retry_errors, overwrite, engine, scheduler):
    if (resume or retry_errors) and (output == "-" or pretty):
        raise click.UsageError("--resume and --retry-errors need a JSONL output file: -o FILE, without --pretty")
    if overwrite and (resume or retry_errors):
        raise click.UsageError("--overwrite replaces the output: it cannot go with --resume or --retry-errors")
    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler needs --engine dask")


def _fail(message: str, status: int):
    click.echo(f"antq-extract: {message}", err=True)
    sys.exit(status)


def _report(stats, summary):
    """What the run did, on standard error; exit status 1 when any record failed."""
    if summary:
        _print_summary(stats.rows)
    if stats.previous.dropped_bytes:
        click.echo(f"resume: cut a torn record ({stats.previous.dropped_bytes} bytes) off the output", err=True)
    if stats.skipped:
        click.echo(f"resume: {stats.skipped} article(s) already done, skipped", err=True)
    if stats.duplicates:
        click.echo(f"{stats.duplicates} duplicate id(s): see their E107 records", err=True)
    if stats.inputs.skipped:
        click.echo(f"{stats.inputs.skipped} file(s) in the folders skipped: their names match no --include glob",
                   err=True)
    for path in stats.inputs.empty:
        click.echo(f"{path}: no articles in this input", err=True)
    if stats.replaced:
        click.echo(f"retry: {stats.replaced} error record(s) redone in place", err=True)
    failed = stats.failed + stats.previous.errors - stats.replaced
    if failed:
        click.echo(f"{failed} article(s) failed: see their 'error' objects", err=True)
    if failed or stats.inputs.empty:
        sys.exit(1)


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
from .labelstudio.command import labelstudio_command  # noqa: E402
main.add_command(labelstudio_command, "labelstudio")

from .store.command import export_command, people_command, report_command  # noqa: E402
main.add_command(export_command, "export")
main.add_command(report_command, "report")
main.add_command(people_command, "people")


if __name__ == "__main__":
    main()
