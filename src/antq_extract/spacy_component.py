"""The pipeline as a spaCy component: ``nlp.add_pipe("antq_extract")``.

Registered twice over: by the ``spacy_factories`` entry point of the package
(so spaCy finds it without an import), and by ``@Language.factory`` when this
module is imported. The component runs :func:`antq_extract.pipeline.process` on
``doc.text`` and puts every mention on ``doc.spans``:

``antq_dates``, ``antq_ranks``, ``antq_statistics`` (one span per mention) and
``antq_officials``, ``antq_programs`` (one span per mention of each person or
document), each labelled with the normalized value, rank or name. Character
offsets snap outwards to token boundaries (``alignment_mode="expand"``). The
whole record is ``doc._.antq_record`` (None before the component ran).

>>> import spacy
>>> nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
>>> _ = nlp.add_pipe("antq_extract")
>>> doc = nlp("Đại tá Trần Văn An phát biểu.")
>>> [(s.text, s.label_) for s in doc.spans["antq_ranks"]]
[('Đại tá', 'Đại tá')]
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

SPAN_KEYS = {
    "dates": "antq_dates",
    "ranks": "antq_ranks",
    "statistics": "antq_statistics",
    "officials": "antq_officials",
    "programs": "antq_programs",
}

if not Doc.has_extension("antq_record"):
    Doc.set_extension("antq_record", default=None)


def _label(field: str, item) -> str:
    """The label of a span: the normalized value, rank or name of its mention."""
    if field == "dates":
        return item.value
    if field == "ranks":
        return item.rank
    if field == "statistics":
        return str(item.value)
    if field == "officials":
        return item.name
    return item.code or f"{item.kind} {item.number or ''}".strip()


def _mentions(record, field: str):
    """(label, start, end) of every mention of ``field`` in the record."""
    for item in getattr(record, field):
        label = _label(field, item)
        for m in (item.mentions if hasattr(item, "mentions") else [item]):
            if m.start is not None and m.end is not None:
                yield label, m.start, m.end


class AntqExtract:
    """Runs the antq-extract pipeline on a Doc and records its mentions as spans."""

    def __init__(self, nlp: Language, name: str = "antq_extract"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        from .pipeline import process_text

        record = process_text(doc.text, id=doc.user_data.get("antq_id", "doc"),
                              published=doc.user_data.get("antq_published"))
        doc._.antq_record = record
        for field, key in SPAN_KEYS.items():
            spans = []
            for label, start, end in _mentions(record, field):
                span = doc.char_span(start, end, label=label, alignment_mode="expand")
                if span is not None:
                    spans.append(span)
            doc.spans[key] = spans
        return doc


@Language.factory("antq_extract")
def make_component(nlp: Language, name: str) -> AntqExtract:
    """spaCy factory of the antq-extract component (the ``spacy_factories`` entry point)."""
    return AntqExtract(nlp, name)
