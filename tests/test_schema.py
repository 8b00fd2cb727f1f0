"""The JSON Schema: committed copy current, contract fields present, records valid against it."""
from __future__ import annotations

import json

import jsonschema
import pytest
from click.testing import CliRunner

from antq_extract.article import RawArticle
from antq_extract.cli import main
from antq_extract.models import json_schema
from antq_extract.pipeline import error_record, process, process_text, to_json

from conftest import ROOT

COMMITTED = ROOT / "schema" / "article-record.schema.json"

# GUIDELINES.md: the field names of the contract, per model of the schema.
CONTRACT = {
    "ArticleRecord": ["schema_version", "id", "title", "published", "programs", "dates", "officials",
                      "ranks", "statistics", "warnings"],
    "DateMention": ["start", "end", "text", "value", "end_value", "year_inferred", "part_of_day"],
    "Program": ["kind", "number", "code", "issued", "title", "mentions"],
    "Official": ["name", "rank", "positions", "mentions"],
    "RankMention": ["start", "end", "text", "rank", "official"],
    "Statistic": ["start", "end", "text", "value", "qualifier", "unit"],
    "Span": ["start", "end", "text"],
}


def test_committed_schema_is_current():
    """Regenerate with `make schema` when the models change."""
    assert json.loads(COMMITTED.read_text(encoding="utf-8")) == json_schema()


def test_schema_command_prints_the_committed_schema():
    result = CliRunner().invoke(main, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.output) == json.loads(COMMITTED.read_text(encoding="utf-8"))


@pytest.mark.parametrize("model,fields", list(CONTRACT.items()), ids=list(CONTRACT))
def test_contract_fields_are_in_the_schema(model, fields):
    schema = json_schema()
    props = (schema if model == "ArticleRecord" else schema["$defs"][model])["properties"]
    assert [f for f in fields if f not in props] == []


@pytest.fixture(scope="module")
def validator():
    schema = json.loads(COMMITTED.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def test_corpus_records_are_valid(corpus_records, validator):
    for rid, (_source, record) in corpus_records.items():
        errors = list(validator.iter_errors(json.loads(to_json(record))))
        assert errors == [], (rid, errors[:3])


OTHER_RECORDS = {
    "published-from-metadata": lambda: process_text("Đại tá Trần Văn An phát biểu.", id="m", published="2023-05-24"),
    "error-record": lambda: process(RawArticle(id="empty", data=b"")),
    "bad-input-record": lambda: error_record(RawArticle(id="x:3", data=""), "InputError", "E105", "[E105] ..."),
    "legacy-record": lambda: process(RawArticle(id="vni", data="Ñaïi taù Traàn Vaên An".encode("cp1252"))),
}


@pytest.mark.parametrize("make", list(OTHER_RECORDS.values()), ids=list(OTHER_RECORDS))
def test_other_records_are_valid(make, validator):
    record = make()
    assert list(validator.iter_errors(json.loads(to_json(record)))) == []


def test_error_record_keeps_every_list_empty():
    record = json.loads(to_json(process(RawArticle(id="empty", data=b""))))
    assert record["error"]["code"] == "E101" and record["error"]["type"] == "InputError"
    assert all(record[f] == [] for f in ("programs", "dates", "officials", "ranks", "statistics"))
