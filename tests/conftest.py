"""Shared fixtures: the corpus, its records, and a helper to process a sentence."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from antq_extract.article import RawArticle
from antq_extract.config import settings
from antq_extract.pipeline import process

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
GOLD = ROOT / "gold"
SHARED_DEV = ROOT.parent / "shared" / "dev"


def corpus_files():
    return sorted(CORPUS.glob("*.txt"))


@pytest.fixture(autouse=True)
def _fresh_settings():
    """A test that sets ANTQ_* with monkeypatch sees it: the settings are read again (config.py)."""
    settings.cache_clear()
    yield
    settings.cache_clear()


@pytest.fixture(scope="session")
def corpus_records():
    """{id: (source text, record)} for every corpus article."""
    out = {}
    for path in corpus_files():
        rec = process(RawArticle(id=path.stem, data=path.read_bytes()))
        out[path.stem] = (path.read_bytes().decode("utf-8"), rec)
    return out


@pytest.fixture(scope="session")
def gold_records():
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(GOLD.glob("*.json"))}
