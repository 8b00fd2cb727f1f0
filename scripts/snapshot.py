#!/usr/bin/env python3
"""Snapshot every record the project makes, and compare two snapshots: a restructure's safety net.

``take FOLDER`` extracts every article set into ``FOLDER/<set>.jsonl`` (one record a line, in
input order, through the real command line with ``-j 1``): ``corpus/``, the held-out, real-dev,
real-blind, real-blind-2 ... real-blind-20 articles (all scored once: dev sets now), the saved
HTML pages, and ``../shared/dev/articles`` when present. A blind set in the making is not
listed here until its first score. Paths are given
to the command relative to the checkout, so the records' ``path`` fields are the same in every
worktree and two checkouts' snapshots compare.

``compare OLD NEW`` reads both folders line by line and exits 1 at the first difference of each
set, printing the set, the record id and the top-level fields that differ; 0 when every set is
byte-identical.

Usage: python scripts/snapshot.py take out/snap-before
       python scripts/snapshot.py compare out/snap-before out/snap-after
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SETS = {
    "corpus": ROOT / "corpus",
    "heldout": ROOT / "tests/data/heldout/articles",
    "real-dev": ROOT / "tests/data/real-dev/articles",
    "real-blind": ROOT / "tests/data/real-blind/articles",
    "real-blind-2": ROOT / "tests/data/real-blind-2/articles",
    "real-blind-3": ROOT / "tests/data/real-blind-3/articles",
    "real-blind-4": ROOT / "tests/data/real-blind-4/articles",
    "real-blind-5": ROOT / "tests/data/real-blind-5/articles",
    "real-blind-6": ROOT / "tests/data/real-blind-6/articles",
    "real-blind-7": ROOT / "tests/data/real-blind-7/articles",
    "real-blind-8": ROOT / "tests/data/real-blind-8/articles",
    "real-blind-9": ROOT / "tests/data/real-blind-9/articles",
    "real-blind-10": ROOT / "tests/data/real-blind-10/articles",
    "real-blind-11": ROOT / "tests/data/real-blind-11/articles",
    "real-blind-12": ROOT / "tests/data/real-blind-12/articles",
    "real-blind-13": ROOT / "tests/data/real-blind-13/articles",
    "real-blind-14": ROOT / "tests/data/real-blind-14/articles",
    "real-blind-15": ROOT / "tests/data/real-blind-15/articles",
    "real-blind-16": ROOT / "tests/data/real-blind-16/articles",
    "real-blind-17": ROOT / "tests/data/real-blind-17/articles",
    "real-blind-18": ROOT / "tests/data/real-blind-18/articles",
    "real-blind-19": ROOT / "tests/data/real-blind-19/articles",
    "real-blind-20": ROOT / "tests/data/real-blind-20/articles",
    "html": ROOT / "tests/data/html/pages",
    "shared-dev": ROOT.parent / "shared/dev/articles",
}
EXTRACT = "import sys; from antq_extract.cli import main; sys.argv[0] = 'antq-extract'; main()"


def take(folder: Path) -> int:
    """Extract every present set into ``folder``; 0 when every run wrote its file."""
    folder.mkdir(parents=True, exist_ok=True)
    failed = 0
    for name, path in SETS.items():
        if not path.is_dir():
            print(f"{name}: {path} absent, skipped")
            continue
        out = folder / f"{name}.jsonl"
        done = subprocess.run([sys.executable, "-c", EXTRACT, "extract", os.path.relpath(path, ROOT),
                               "-o", str(out.resolve()), "-j", "1", "--overwrite"],
                              capture_output=True, text=True, cwd=ROOT)
        if done.returncode not in (0, 1) or not out.exists():  # 1: some error records, still written
            print(f"{name}: extract failed ({done.returncode}): {done.stderr[-400:]}")
            failed = 1
            continue
        print(f"{name}: {sum(1 for _ in out.open(encoding='utf-8'))} records -> {out}")
    return failed


def compare(old: Path, new: Path) -> int:
    """0 when every set in ``old`` is byte-identical in ``new``; else 1, naming first differences."""
    status = 0
    for before in sorted(old.glob("*.jsonl")):
        after = new / before.name
        if not after.exists():
            print(f"{before.stem}: missing in {new}")
            status = 1
            continue
        difference = _first_difference(before, after)
        if difference:
            print(f"{before.stem}: {difference}")
            status = 1
        else:
            print(f"{before.stem}: identical")
    return status


def _first_difference(before: Path, after: Path) -> str:
    """A description of the first differing line of two JSONL files, or ''."""
    old_lines = before.read_bytes().splitlines()
    new_lines = after.read_bytes().splitlines()
    for number, (old, new) in enumerate(zip(old_lines, new_lines), 1):
        if old != new:
            return f"line {number}: {_describe(old, new)}"
    if len(old_lines) != len(new_lines):
        return f"{len(old_lines)} records before, {len(new_lines)} after"
    return ""


def _describe(old: bytes, new: bytes) -> str:
    """The record id and the top-level fields whose values differ."""
    first, second = json.loads(old), json.loads(new)
    fields = sorted(key for key in set(first) | set(second) if first.get(key) != second.get(key))
    return f"id {first.get('id')!r} / {second.get('id')!r}, fields differ: {', '.join(fields)}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("take").add_argument("folder", type=Path)
    pair = commands.add_parser("compare")
    pair.add_argument("old", type=Path)
    pair.add_argument("new", type=Path)
    args = parser.parse_args(argv)
    if args.command == "take":
        return take(args.folder)
    return compare(args.old, args.new)


if __name__ == "__main__":
    sys.exit(main())
