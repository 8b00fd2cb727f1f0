"""Every `examples:` entry of every rule file in rules/ is a test case.

A rule file whose header names a record field (``about.field``) lists rules with
examples ``{text, expect}`` (some mention of that field has all the expected
attributes) or ``{text, absent: true}`` (no mention of that field at all);
``published`` gives the publication date to process the example with.
"""
from __future__ import annotations

import pytest

from antq_extract.pipeline import process_text
from antq_extract.lexicon import Example, all_rule_files, load_yaml


def _cases():
    for name in all_rule_files():
        data = load_yaml(name)
        field = (data.get("about") or {}).get("field")
        if not field:
            continue
        for rule in data.get("rules") or []:
            for i, ex in enumerate(rule.get("examples") or []):
                yield pytest.param(field, Example.model_validate(ex), id=f"{name}:{rule['id']}:{i}")


def _mentions(record, field):
    value = getattr(record, field)
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _matches(mention, expect):
    dumped = mention.model_dump()
    return all(dumped.get(k) == v for k, v in expect.items())


@pytest.mark.parametrize("field,example", list(_cases()))
def test_rule_example(field, example):
    record = process_text(example.text, id="example", published=example.published)
    assert record.error is None, record.error
    found = _mentions(record, field)
    if example.absent:
        assert found == [], f"expected no {field}, got {[m.model_dump() for m in found]}"
    else:
        assert any(_matches(m, example.expect) for m in found), \
            f"no {field} mention with {example.expect}; got {[m.model_dump() for m in found]}"
