"""The gold files: hand-checked records of the corpus, in the record shape, with exact spans."""
from __future__ import annotations

import json

import pytest

from antq_extract.models import ArticleRecord, iter_spans

from conftest import CORPUS, GOLD, ROOT

HELDOUT = ROOT / "tests" / "data" / "heldout"
GOLD_FILES = sorted(GOLD.glob("*.json")) + sorted((HELDOUT / "gold").glob("*.json"))


def _article(path):
    folder = CORPUS if path.parent == GOLD else HELDOUT / "articles"
    return (folder / f"{path.stem}.txt").read_bytes().decode("utf-8")


def test_every_corpus_and_heldout_article_has_gold():
    assert {p.stem for p in GOLD.glob("*.json")} == {p.stem for p in CORPUS.glob("*.txt")}
    assert {p.stem for p in (HELDOUT / "gold").glob("*.json")} == \
        {p.stem for p in (HELDOUT / "articles").glob("*.txt")}


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_spans_index_the_article(path):
    record = ArticleRecord.model_validate(json.loads(path.read_text(encoding="utf-8")))
    source = _article(path)
    assert record.id == path.stem
    for field, m in iter_spans(record):
        assert source[m.start:m.end] == m.text, (field, m)


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_lists_are_in_text_order(path):
    record = ArticleRecord.model_validate(json.loads(path.read_text(encoding="utf-8")))
    for field in ("dates", "ranks", "statistics"):
        starts = [m.start for m in getattr(record, field)]
        assert starts == sorted(starts), field
    for field in ("programs", "officials"):
        firsts = [g.mentions[0].start for g in getattr(record, field)]
        assert firsts == sorted(firsts), field


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_ranks_name_listed_officials(path):
    record = ArticleRecord.model_validate(json.loads(path.read_text(encoding="utf-8")))
    names = {o.name for o in record.officials}
    assert all(r.official in names for r in record.ranks if r.official)
