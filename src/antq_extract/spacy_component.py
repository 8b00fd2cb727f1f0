"""The pipeline as a spaCy component: ``nlp.add_pipe("antq_extract")``.

Registered twice over: by the ``spacy_factories`` entry point of the package
(so spaCy finds it without an import), and by ``@Language.factory`` when this
module is imported. The component runs :func:`antq_extract.pipeline.process_text`
on ``doc.text`` and puts every mention on ``doc.spans``, one group per field
(:data:`SPAN_KEYS`: ``antq_dates``, ``antq_officials`` …) and all of them in
``antq``; a span's label is its field (:data:`SPAN_LABELS`: ``antq_date``,
``antq_official`` …), so ``displacy.render(doc, style="span",
options={"spans_key": "antq"})`` draws them. Character offsets snap outwards
to token boundaries (``alignment_mode="expand"``).

Everything is stored as JSON text in ``doc.user_data``, so ``doc.to_bytes()``,
``DocBin(store_user_data=True)`` and ``nlp.pipe(texts, n_process=2)`` keep it
exactly (msgpack would turn lists into tuples); getters read it back:

- ``doc._.antq_json``: the record as JSON text (None before the component ran);
- ``doc._.antq_record``: the pydantic :class:`ArticleRecord`, and
  ``doc._.antq_data`` the same as a dict (``model_dump(mode="json")``), both
  rebuilt from the JSON at each access;
- ``span._.antq_value``: the mention as a dict: a date, rank or statistic
  mention as in the record; for an official or a program the person's or
  document's attributes with this mention's ``start``/``end``/``text`` (the
  exact offsets). Two mentions of one field that expand to the same tokens
  share the first value.

>>> import spacy
>>> nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
>>> _ = nlp.add_pipe("antq_extract")
>>> doc = nlp("Đại tá Trần Văn An phát biểu.")
>>> [(s.text, s.label_, s._.antq_value["rank"]) for s in doc.spans["antq_ranks"]]
[('Đại tá', 'antq_rank', 'Đại tá')]
"""
from __future__ import annotations

import json
from typing import Iterator, Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from .models import ArticleRecord

#: record field -> its group in ``doc.spans``
SPAN_KEYS = {
    "published": "antq_published",
    "dates": "antq_dates",
    "ranks": "antq_ranks",
    "statistics": "antq_statistics",
    "officials": "antq_officials",
    "programs": "antq_programs",
}
#: record field -> the label of its spans
SPAN_LABELS = {field: "antq_" + field.removesuffix("s") for field in SPAN_KEYS}
ALL_SPANS = "antq"


def _record(doc: Doc) -> Optional[ArticleRecord]:
    text = doc._.antq_json
    return None if text is None else ArticleRecord.model_validate_json(text)


def _data(doc: Doc) -> Optional[dict]:
    text = doc._.antq_json
    return None if text is None else json.loads(text)


def _value_key(span: Span) -> tuple:
    return ("antq_value", span.label_, span.start_char, span.end_char)


def _value(span: Span) -> Optional[dict]:
    text = span.doc.user_data.get(_value_key(span))
    return None if text is None else json.loads(text)


for _name, _kwargs in (("antq_json", {"default": None}), ("antq_record", {"getter": _record}),
                       ("antq_data", {"getter": _data})):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, **_kwargs)
if not Span.has_extension("antq_value"):
    Span.set_extension("antq_value", getter=_value)


def _mentions(data: dict, field: str) -> Iterator[dict]:
    """The JSON value of every mention of ``field`` in the record data, with its offsets."""
    found = data[field]  # a list, but published is one date or null
    for item in found if isinstance(found, list) else [found] if found else []:
        if "mentions" in item:
            attrs = {k: v for k, v in item.items() if k != "mentions"}
            yield from ({**attrs, **m} for m in item["mentions"])
        elif item["start"] is not None and item["end"] is not None:  # a published date from metadata has none
            yield item


def _spans(doc: Doc, data: dict, field: str) -> list[Span]:
    out = []
    for value in _mentions(data, field):
        span = doc.char_span(value["start"], value["end"], label=SPAN_LABELS[field], alignment_mode="expand")
        if span is not None:
            doc.user_data.setdefault(_value_key(span), json.dumps(value, ensure_ascii=False))
            out.append(span)
    return out


class AntqExtract:
    """Runs the antq-extract pipeline on a Doc and records its mentions as spans."""

    def __init__(self, nlp: Language, name: str = "antq_extract"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        from .pipeline import process_text

        record = process_text(doc.text, id=doc.user_data.get("antq_id", "doc"),
                              published=doc.user_data.get("antq_published"))
        data = record.model_dump(mode="json")
        doc._.antq_json = json.dumps(data, ensure_ascii=False)
        every = []
        for field, key in SPAN_KEYS.items():
            doc.spans[key] = _spans(doc, data, field)
            every += doc.spans[key]
        doc.spans[ALL_SPANS] = every
        return doc


@Language.factory("antq_extract")
def make_component(nlp: Language, name: str) -> AntqExtract:
    """spaCy factory of the antq-extract component (the ``spacy_factories`` entry point)."""
    return AntqExtract(nlp, name)
