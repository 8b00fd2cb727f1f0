"""The spaCy component: found by name, mentions on doc.spans labelled by field, kept by every serialisation."""
from __future__ import annotations

import subprocess
import sys

import pytest
import spacy
from spacy.tokens import Doc, DocBin

from antq_extract.spacy_component import ALL_SPANS, SPAN_KEYS, SPAN_LABELS

from conftest import corpus_files

BLANK_VI = {"nlp": {"tokenizer": {"use_pyvi": False}}}
SENTENCE = "Sáng 24/5/2023, Thiếu uý Lê Văn Hùng thu giữ hơn 40.000 viên ma túy."


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("vi", config=BLANK_VI)
    nlp.add_pipe("antq_extract")
    return nlp


def spans(doc: Doc) -> dict:
    """Every span group as (start_char, end_char, label, value): what a user reads back."""
    return {key: [(s.start_char, s.end_char, s.label_, s._.antq_value) for s in group]
            for key, group in doc.spans.items()}


def mentions(record, field: str) -> list[tuple[int, int]]:
    found = getattr(record, field)
    items = found if isinstance(found, list) else [found] if found else []
    return [(m.start, m.end) for it in items for m in getattr(it, "mentions", [it]) if m.start is not None]


def test_the_entry_point_registers_the_factory_without_an_import():
    code = ("import spacy; nlp = spacy.blank('vi', config={'nlp': {'tokenizer': {'use_pyvi': False}}}); "
            "nlp.add_pipe('antq_extract'); print(nlp.pipe_names)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "antq_extract" in proc.stdout


@pytest.mark.parametrize("key,text,label,value", [
    pytest.param("antq_ranks", "Thiếu uý", "antq_rank", {"rank": "Thiếu úy", "official": "Lê Văn Hùng"}, id="rank"),
    pytest.param("antq_officials", "Lê Văn Hùng", "antq_official",
                 {"name": "Lê Văn Hùng", "rank": "Thiếu úy", "start": 25, "end": 36}, id="official"),
    pytest.param("antq_dates", "Sáng 24/5/2023,", "antq_date",
                 {"value": "2023-05-24", "part_of_day": "sáng", "text": "Sáng 24/5/2023"}, id="date"),
    pytest.param("antq_statistics", "hơn 40.000 viên ma túy.", "antq_statistic",
                 {"value": 40000, "qualifier": "more_than", "unit": "viên ma túy"}, id="statistic"),
])
def test_span_labels_are_fields_and_values_are_normalized(nlp, key, text, label, value):
    doc = nlp(SENTENCE)
    [span] = doc.spans[key]
    assert (span.text, span.label_) == (text, label)
    assert value.items() <= span._.antq_value.items()
    assert span in doc.spans[ALL_SPANS]


def test_the_record_is_plain_data_with_a_pydantic_view(nlp):
    doc = nlp(SENTENCE)
    assert doc._.antq_record.ranks[0].rank == "Thiếu úy"
    assert doc._.antq_data == doc._.antq_record.model_dump(mode="json")
    assert isinstance(doc._.antq_json, str)
    assert nlp.make_doc(SENTENCE)._.antq_record is None, "nothing before the component ran"


def test_an_empty_text_gives_an_error_record_and_no_span(nlp):
    doc = nlp("")
    assert doc._.antq_record.error.code == "E101"
    assert set(doc.spans) == {*SPAN_KEYS.values(), ALL_SPANS} and not any(doc.spans.values())


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.stem[:3])
def test_spans_are_the_record_mentions(nlp, path):
    doc = nlp(path.read_text(encoding="utf-8"))
    record = doc._.antq_record
    assert record.error is None
    for field, key in SPAN_KEYS.items():
        expected = mentions(record, field)
        group = doc.spans[key]
        assert len(group) == len(expected), field
        for span, (start, end) in zip(group, expected):
            # expanded to whole tokens: the span covers the mention, whose exact offsets are in the value
            assert span.start_char <= start and end <= span.end_char, (field, span.text)
            assert span.label_ == SPAN_LABELS[field]
            assert (span._.antq_value["start"], span._.antq_value["end"]) == (start, end)
    assert len(doc.spans[ALL_SPANS]) == sum(len(doc.spans[k]) for k in SPAN_KEYS.values())


def _to_bytes(doc: Doc, vocab) -> Doc:
    return Doc(vocab).from_bytes(doc.to_bytes())


def _docbin(doc: Doc, vocab) -> Doc:
    data = DocBin(store_user_data=True, docs=[doc]).to_bytes()
    return next(DocBin().from_bytes(data).get_docs(vocab))


@pytest.mark.parametrize("roundtrip", [_to_bytes, _docbin], ids=["to_bytes", "docbin"])
def test_serialised_docs_keep_spans_values_and_record(nlp, roundtrip):
    doc = nlp(corpus_files()[1].read_text(encoding="utf-8"))
    back = roundtrip(doc, spacy.blank("vi", config=BLANK_VI).vocab)  # a fresh vocab: strings travel too
    assert spans(back) == spans(doc)
    assert back._.antq_record == doc._.antq_record
    assert back._.antq_data == doc._.antq_data


def test_two_processes_give_the_same_docs(nlp):
    texts = [p.read_text(encoding="utf-8") for p in corpus_files()]
    alone = list(nlp.pipe(texts))
    parallel = list(nlp.pipe(texts, n_process=2, batch_size=2))
    assert [spans(d) for d in parallel] == [spans(d) for d in alone]
    assert [d._.antq_record for d in parallel] == [d._.antq_record for d in alone]
    assert all(d.spans[ALL_SPANS] for d in parallel), "every corpus article has mentions"


def test_the_module_example_runs():
    import doctest

    from antq_extract import spacy_component

    assert doctest.testmod(spacy_component).failed == 0
