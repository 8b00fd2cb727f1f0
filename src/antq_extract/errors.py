"""Coded errors and warnings, in one place (after spaCy's errors.py).

An article that fails becomes an error record carrying ``code`` and ``message``;
nothing is swallowed.
"""
from __future__ import annotations


class Errors:
    E001 = "Rule file {path}: {detail}"
    E002 = "Rule file {path}, rule {rule_id}: {detail}"
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
    W004 = "Publication date {value!r} given with the input is not an ISO date (YYYY-MM-DD, YYYY-MM or YYYY): ignored"


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
