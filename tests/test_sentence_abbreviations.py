"""The sentence splitter's abbreviation list (rules/sentence_abbreviations.tsv) is underthesea's:
the copy lets the splitter start without importing underthesea, and must not drift from it."""
from __future__ import annotations

import sys

import pytest

from antq_extract.lexicon import load_tsv
from antq_extract.text.sentence_split import _abbreviations


def test_list_is_underthesea_list():
    punkt = pytest.importorskip("underthesea.pipeline.sent_tokenize")
    punkt._load_model()
    assert _abbreviations()[0] == frozenset(punkt.sentence_tokenizer.abbrev_types)


def test_rows_are_one_column_sorted_unique():
    rows = [row[0] for row in load_tsv("sentence_abbreviations.tsv")]
    assert all(len(row) == 1 for row in load_tsv("sentence_abbreviations.tsv"))
    assert rows == sorted(set(rows))


def test_splitting_does_not_import_underthesea():
    import subprocess

    code = ("import sys; from antq_extract.text.sentence_split import sent_tokenize; "
            "sent_tokenize('Sau đó TP. Hà Nội. Xong.'); print('underthesea' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
