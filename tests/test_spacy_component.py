"""The spaCy component: found by name on a blank Vietnamese pipeline, mentions on doc.spans."""
from __future__ import annotations

import subprocess
import sys

import pytest
import spacy

from antq_extract.spacy_component import SPAN_KEYS

from conftest import corpus_files

BLANK_VI = {"nlp": {"tokenizer": {"use_pyvi": False}}}


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("vi", config=BLANK_VI)
    nlp.add_pipe("antq_extract")
    return nlp


def test_the_entry_point_registers_the_factory_without_an_import():
    code = ("import spacy; nlp = spacy.blank('vi', config={'nlp': {'tokenizer': {'use_pyvi': False}}}); "
            "nlp.add_pipe('antq_extract'); print(nlp.pipe_names)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "antq_extract" in proc.stdout


def test_a_sentence(nlp):
    doc = nlp("Sáng 24/5/2023, Đại tá Nguyễn Văn An chủ trì hội nghị.")
    assert [(s.text, s.label_) for s in doc.spans["antq_ranks"]] == [("Đại tá", "Đại tá")]
    assert doc._.antq_record.ranks[0].rank == "Đại tá"
    assert set(SPAN_KEYS.values()) <= set(doc.spans)


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.stem[:3])
def test_spans_are_the_record_mentions(nlp, path):
    doc = nlp(path.read_text(encoding="utf-8"))
    record = doc._.antq_record
    assert record.error is None
    for field, key in SPAN_KEYS.items():
        expected = []
        for item in getattr(record, field):
            for m in (item.mentions if hasattr(item, "mentions") else [item]):
                expected.append((m.start, m.end))
        spans = doc.spans[key]
        assert len(spans) == len(expected), field
        for span, (start, end) in zip(spans, expected):
            # expanded to whole tokens: the span covers the mention
            assert span.start_char <= start and end <= span.end_char, (field, span.text)
            assert span.label_


def test_labels_are_normalized_values(nlp):
    doc = nlp("Thiếu uý Lê Văn Hùng, ngày 3/6/2013, thu giữ hơn 40.000 viên ma túy.")
    assert [s.label_ for s in doc.spans["antq_ranks"]] == ["Thiếu úy"]
    assert "2013-06-03" in [s.label_ for s in doc.spans["antq_dates"]]
