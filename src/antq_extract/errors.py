"""Coded errors and warnings, in one place (after spaCy's errors.py).

An article that fails becomes an error record carrying ``code`` and ``message``;
nothing is swallowed.
"""
from __future__ import annotations


class Errors:
    E001 = "Rule file {path}: {detail}"
    E002 = "Rule file {path}, rule {rule_id}: {detail}"
    # a run refused or stopped on its output side (printed on one line; no record is involved)
    E011 = "Output {output} is also an input ({input}): refusing to overwrite it"
    E012 = "Output {output} is inside the input folder {input}: the run would read its own output back"
    E013 = "Output {output} is being written by another run (lock {lock} held): refusing a second writer"
    E014 = "Output {output} exists and is not empty: add --resume to continue it, --retry-errors to redo its errors, or --overwrite to replace it"
    E015 = "{output}: line {line} is not an antq-extract record ({detail}): refusing to resume into it"
    E016 = "Cannot write the output {output}: {detail}"
    E017 = "Dask scheduler {address} unreachable, or not a Dask scheduler, within {seconds} s: {detail}"
    E101 = "Empty input: the article has no text"
    E102 = "Binary input: {detail}"
    E103 = "Undecodable input: {detail}"
    E104 = "Input too large: {size} bytes (limit {limit})"
    E105 = "Malformed JSONL line {line}: {detail}"
    E106 = "Article took longer than {seconds} s"
    E107 = "Duplicate id {id!r} (first seen {first})"
    E108 = "Unreadable input {path}: {detail}"
    E199 = "Internal error while processing: {detail}"


class Warnings:
    W001 = "Impossible date {text!r} at {start}: no value given"
    W002 = "Weekday {weekday!r} contradicts the date {text!r} at {start}"
    W003 = "Document {kind} số {number}: codes disagree ({codes})"
    W004 = "{count} {what} replaced by U+FFFD"
    W005 = "A run of {count} combining marks at {start}: only the first {kept} are read"
    W006 = ("Published date {value!r} given with the input is not an ISO date (YYYY-MM-DD, YYYY-MM or YYYY) "
            "in {low}-{high}: not used")
    W007 = "HTML page declares charset {declared!r}, decoded as {actual}: {why}"
    W008 = ("HTML page nested {depth} elements deep (limit {limit}): the elements below the limit "
            "were flattened into their parents' text")


class AntqError(Exception):
    """Base of every error the project raises on purpose."""

    code = "E199"

    def __init__(self, code: str, **fields):
        self.code = code
        template = getattr(Errors, code)
        super().__init__(f"[{code}] " + template.format(**fields))

    @property
    def message(self) -> str:
        return str(self)


class RuleFileError(AntqError):
    """A file under rules/ is malformed: names file, rule id and field."""


class InputError(AntqError):
    """An input cannot become an article (empty, binary, undecodable, too large)."""
