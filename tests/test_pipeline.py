"""The whole path: offsets index the decoded text, and an article's encoding changes nothing else."""
from __future__ import annotations

import codecs
import unicodedata

import pytest

from antq_extract.text import legacy
from antq_extract.article import RawArticle
from antq_extract.text.decode import decode
from antq_extract.models import iter_spans
from antq_extract.pipeline import process, process_text

from conftest import corpus_files


def test_corpus_is_read_without_errors(corpus_records):
    assert len(corpus_records) == len(corpus_files()) == 5
    for rid, (_source, record) in corpus_records.items():
        assert record.error is None, (rid, record.error)
        assert record.encoding == "utf-8" and record.id == rid


def test_offsets_invariant_on_every_mention_of_every_corpus_record(corpus_records):
    checked = 0
    for rid, (source, record) in corpus_records.items():
        for field, m in iter_spans(record):
            assert 0 <= m.start <= m.end <= len(source), (rid, field, m)
            assert source[m.start:m.end] == m.text, (rid, field, m.start, m.text)
            checked += 1
    assert checked > 0


def test_every_corpus_article_has_ranks(corpus_records):
    """The spine's first extractor: the corpus articles that name ranks give rank mentions."""
    with_ranks = [rid for rid, (_s, r) in corpus_records.items() if r.ranks]
    assert len(with_ranks) >= 3


# The same article saved in other ways: (name, bytes from NFC text, encoding the record names).
SAVED_AS = {
    "utf-8-nfd": (lambda t: unicodedata.normalize("NFD", t).encode("utf-8"), "utf-8"),
    "utf-8-bom": (lambda t: codecs.BOM_UTF8 + t.encode("utf-8"), "utf-8"),
    "utf-16": (lambda t: t.encode("utf-16"), "utf-16"),
    "utf-16-le-no-bom": (lambda t: t.encode("utf-16-le"), "utf-16"),
    "windows-1258": (lambda t: legacy.encode(t, "windows-1258"), "windows-1258"),
    "tcvn3": (lambda t: legacy.encode(t, "tcvn3"), "tcvn3"),
    "vni": (lambda t: legacy.encode(t, "vni"), "vni"),
    "tcvn3-read-as-cp1252": (lambda t: legacy.encode(t, "tcvn3").decode("cp1252").encode("utf-8"), "tcvn3"),
}
_POSITIONAL = {"start", "end", "text", "encoding"}


def values(obj):
    """A record without what depends on the encoding: offsets, texts as written, the encoding."""
    if isinstance(obj, dict):
        return {k: values(v) for k, v in obj.items() if k not in _POSITIONAL}
    if isinstance(obj, list):
        return [values(v) for v in obj]
    if isinstance(obj, str):
        return unicodedata.normalize("NFC", obj)
    return obj


@pytest.fixture(scope="module")
def baselines():
    out = {}
    for path in corpus_files():
        text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
        out[path.stem] = (text, process(RawArticle(id=path.stem, data=text.encode("utf-8"))))
    return out


@pytest.mark.parametrize("saved_as", list(SAVED_AS))
@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.stem[:3])
def test_same_article_in_any_encoding_gives_the_same_values(path, saved_as, baselines):
    text, baseline = baselines[path.stem]
    to_bytes, encoding = SAVED_AS[saved_as]
    data = to_bytes(text)
    record = process(RawArticle(id=path.stem, data=data))
    assert record.error is None, record.error
    assert record.encoding == encoding
    assert values(record.model_dump(exclude={"source_text"})) == values(baseline.model_dump(exclude={"source_text"}))
    source = decode(data).text   # offsets index the article's own decoded text
    # ... which the record carries whenever it is not the file read as UTF-8 text
    assert record.source_text == (None if data == source.encode("utf-8") and "\r" not in source else source)
    spans, expected = list(iter_spans(record)), list(iter_spans(baseline))
    assert len(spans) == len(expected)
    for (field, m), (field0, m0) in zip(spans, expected):
        assert source[m.start:m.end] == m.text, (field, m)
        assert (field, unicodedata.normalize("NFC", m.text)) == (field0, m0.text)


def test_jsonl_text_gives_the_same_offsets_as_the_file(corpus_records):
    for rid, (source, record) in corpus_records.items():
        again = process_text(source, id=rid)
        assert [(f, m.start, m.end) for f, m in iter_spans(again)] == \
            [(f, m.start, m.end) for f, m in iter_spans(record)]
