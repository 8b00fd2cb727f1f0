"""The Label Studio round trip: config, tasks from records, gold from an export.

Origins: *corpus* and *dev* round trips (records -> tasks -> predictions taken as
annotations -> gold -> diff gives 1.0), *written* cases for each problem ``gold``
reports, and a real Label Studio (``labelstudio`` marker: started from
``.venv-ls``, skipped with a message where it is not installed).
"""
from __future__ import annotations

import copy
import json
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner

from antq_extract.article import RawArticle
from antq_extract.cli import main
from antq_extract.evaluate.diff import compare
from antq_extract.evaluate.load import Records
from antq_extract.labelstudio import label_config, record_task, task_gold
from antq_extract.labelstudio.spec import LABELS
from antq_extract.models import ArticleRecord
from antq_extract.pipeline import process, process_text

from conftest import CORPUS, ROOT, SHARED_DEV, corpus_files

import labelstudio_server

EXCLUDE = {"warnings", "error", "encoding", "path", "url", "source_text"}


def comparable(record: ArticleRecord) -> dict:
    """A record as gold holds it: no run metadata, officials without their detector source."""
    body = record.model_dump(mode="json", exclude=EXCLUDE)
    for person in body["officials"]:
        person.pop("source", None)
    return body


def as_annotations(task: dict) -> dict:
    """What an analyst who accepts every prediction submits."""
    task = copy.deepcopy(task)
    task["annotations"] = [{"id": 1, "result": task["predictions"][0]["result"], "was_cancelled": False}]
    return task


def article_records(folder: Path):
    for path in sorted(folder.glob("*.txt")):
        data = path.read_bytes()
        yield process(RawArticle(id=path.stem, data=data)), data.decode("utf-8")


def round_trip(pairs):
    records = list(pairs)
    gold = {}
    for record, text in records:
        one = task_gold(as_annotations(record_task(record, text)))
        assert one.problems == []
        gold[record.id] = one.record
    return records, gold


@pytest.mark.parametrize("origin,folder", [
    pytest.param("corpus", CORPUS, id="corpus"),
    pytest.param("dev", SHARED_DEV / "articles", id="dev"),
])
def test_round_trip_gives_the_records_back(origin, folder):
    if not folder.is_dir():
        pytest.skip(f"{folder} is not here")
    records, gold = round_trip(article_records(folder))
    for record, _ in records:
        assert comparable(gold[record.id]) == comparable(record), record.id
    result = compare(Records(by_id=gold), Records(by_id={r.id: r for r, _ in records}))
    assert result.failing(1.0) == []
    assert all(t.accuracy in (None, 1.0) for attrs in result.attributes().values()
               for t in attrs.values() if hasattr(t, "accuracy"))


def test_config_declares_every_control_the_tasks_use():
    root = ET.fromstring(label_config())
    names = [el.get("name") for el in root.iter() if el.get("name")]
    assert len(names) == len(set(names))
    labels = {el.get("value") for el in root.iter("Label")}
    assert labels == {lb.name for lb in LABELS}
    relations = {el.get("value") for el in root.iter("Relation")}
    assert relations == {"rank_of", "mention_of"}
    record, text = next(article_records(CORPUS))
    used = {r["from_name"] for r in record_task(record, text)["predictions"][0]["result"] if "from_name" in r}
    assert used <= set(names)


def test_offsets_are_utf16_for_label_studio():
    text = "😀 Thượng tá Nguyễn Văn An dự hội nghị ngày 3/4/2024."
    record = process_text(text, id="emoji")
    task = record_task(record, text)
    date = next(r for r in task["predictions"][0]["result"] if r["value"].get("labels") == ["date"])
    assert date["value"]["start"] == text.index("ngày 3/4/2024") + 1  # the emoji counts 2 in JavaScript
    assert comparable(task_gold(task).record) == comparable(record)


def _task(result, text="Đại tá Nguyễn Văn An thu giữ 12 xe máy."):
    return {"id": 7, "data": {"id": "t1", "text": text}, "annotations": [{"id": 1, "result": result}]}


def _region(rid, start, end, text, label):
    return {"id": rid, "from_name": "label", "to_name": "text", "type": "labels",
            "value": {"start": start, "end": end, "text": text, "labels": [label]}}


def _attr(rid, control, kind, value, start=0, end=1):
    key = "choices" if kind == "choices" else "text"
    return {"id": rid, "from_name": control, "to_name": "text", "type": kind,
            "value": {"start": start, "end": end, key: value}}


PROBLEMS = [
    pytest.param([_region("a", 0, 6, "Đại tá", "rank"), _region("b", 0, 6, "Đại  tá", "rank")],
                 "is not text[0:6]", id="text-differs-from-offsets"),
    pytest.param([_region("a", 30, 99, "x", "statistic")], "outside the text", id="offsets-outside"),
    pytest.param([_region("a", 0, 6, "Đại tá", "person")], "exactly one of the labels", id="unknown-label"),
    pytest.param([_region("s", 29, 38, "12 xe máy", "statistic"), _attr("s", "statistic_value", "textarea", ["12,5"])],
                 "is not a number", id="decimal-comma"),
    pytest.param([_region("a", 0, 6, "Đại tá", "rank"), _attr("a", "rank_rank", "choices", ["Đại úy tá"])],
                 "is not one of the choices", id="choice-not-listed"),
    pytest.param([_region("a", 0, 6, "Đại tá", "rank"), _attr("a", "statistic_unit", "textarea", ["xe"])],
                 "belongs to statistic regions", id="attribute-of-another-label"),
    pytest.param([_region("a", 0, 6, "Đại tá", "rank"), _region("o", 7, 20, "Nguyễn Văn An", "official"),
                  {"type": "relation", "from_id": "a", "to_id": "o", "labels": ["mention_of"]}],
                 "mention_of must join", id="mention-of-across-labels"),
    pytest.param([_attr("zz", "date_value", "textarea", ["2024"])], "no labelled region", id="orphan-attribute"),
]


@pytest.mark.parametrize("result,message", PROBLEMS)
def test_gold_reports_what_it_cannot_take(result, message):
    one = task_gold(_task(result))
    assert any(message in str(p) and str(p).startswith("task t1") for p in one.problems), one.problems


def test_a_task_without_text_is_reported():
    one = task_gold({"id": 3, "data": {"title": "x"}, "annotations": [{"result": []}]})
    assert one.record is None and "no data.text" in str(one.problems[0])


def test_latest_submitted_annotation_is_gold():
    text = "Đại tá Nguyễn Văn An thu giữ 12 xe máy."
    old = [_region("s", 29, 38, "12 xe máy", "statistic"), _attr("s", "statistic_value", "textarea", ["12"])]
    new = old + [_region("r", 0, 6, "Đại tá", "rank"), _attr("r", "rank_rank", "choices", ["Đại tá"])]
    task = {"data": {"id": "t", "text": text}, "annotations": [
        {"id": 1, "result": old, "updated_at": "2026-01-01T10:00:00Z"},
        {"id": 2, "result": new, "updated_at": "2026-01-02T10:00:00Z"},
        {"id": 3, "result": [], "was_cancelled": True, "updated_at": "2026-01-03T10:00:00Z"}]}
    record = task_gold(task).record
    assert [r.rank for r in record.ranks] == ["Đại tá"] and record.statistics[0].value == 12
    assert task_gold(task, "predictions").record is None


def test_cli_round_trip_and_diff(tmp_path):
    runner = CliRunner()
    records = tmp_path / "records.jsonl"
    assert runner.invoke(main, ["extract", str(CORPUS), "-o", str(records)]).exit_code == 0
    tasks = tmp_path / "tasks.json"
    result = runner.invoke(main, ["labelstudio", "tasks", str(records), "--source", str(CORPUS), "-o", str(tasks)])
    assert result.exit_code == 0, result.output
    export = tmp_path / "export.json"
    export.write_text(json.dumps([as_annotations(t) for t in json.loads(tasks.read_text())]), encoding="utf-8")
    result = runner.invoke(main, ["labelstudio", "gold", str(export), "-o", str(tmp_path / "gold")])
    assert result.exit_code == 0, result.output
    assert sorted(p.stem for p in (tmp_path / "gold").glob("*.json")) == [p.stem for p in corpus_files()]
    result = runner.invoke(main, ["diff", str(tmp_path / "gold"), str(records), "--source", str(CORPUS),
                                  "--fail-under", "1.0"])
    assert result.exit_code == 0, result.output


def test_tasks_without_texts_say_so(tmp_path):
    records = tmp_path / "r.jsonl"
    records.write_text(process_text("Ngày 3/4/2024.", id="lonely").model_dump_json() + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["labelstudio", "tasks", str(records), "-o", str(tmp_path / "t.json")])
    assert result.exit_code == 1 and "give --source" in result.output


@pytest.fixture(scope="module")
def label_studio(tmp_path_factory):
    yield from labelstudio_server.start(tmp_path_factory.mktemp("label-studio"))


@pytest.fixture(scope="module")
def project(label_studio, tmp_path_factory):
    """The corpus imported into a real Label Studio project and exported again."""
    work = tmp_path_factory.mktemp("ls-project")
    runner = CliRunner()
    records = work / "records.jsonl"
    assert runner.invoke(main, ["extract", str(CORPUS), "-o", str(records)]).exit_code == 0
    (work / "config.xml").write_text(runner.invoke(main, ["labelstudio", "config"]).output, encoding="utf-8")
    assert runner.invoke(main, ["labelstudio", "tasks", str(records), "--source", str(CORPUS),
                                "-o", str(work / "tasks.json")]).exit_code == 0
    done = subprocess.run(
        [str(label_studio.python), str(ROOT / "scripts" / "labelstudio_project.py"), "--url", label_studio.url,
         "--token", label_studio.token, "--config", str(work / "config.xml"), "--tasks", str(work / "tasks.json"),
         "--export", str(work / "export.json")], capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    return {"id": int(done.stdout.split()[-1]), "work": work, "records": records, "server": label_studio}


@pytest.mark.labelstudio
@pytest.mark.slow
def test_real_label_studio_round_trip(project):
    work = project["work"]
    result = CliRunner().invoke(main, ["labelstudio", "gold", str(work / "export.json"), "--from", "predictions",
                                       "-o", str(work / "gold")])
    assert result.exit_code == 0, result.output
    expected = {r.id: r for r, _ in article_records(CORPUS)}
    for path in sorted((work / "gold").glob("*.json")):
        gold = ArticleRecord.model_validate_json(path.read_text(encoding="utf-8"))
        assert comparable(gold) == comparable(expected.pop(gold.id))
    assert expected == {}


@pytest.mark.labelstudio
@pytest.mark.browser
@pytest.mark.slow
def test_labelling_page_shows_the_predicted_regions(project):
    server = project["server"]
    done = subprocess.run(
        [str(server.python), str(ROOT / "tests" / "labelstudio_page.py"), server.url, str(project["id"]),
         labelstudio_server.USER, labelstudio_server.PASSWORD],
        capture_output=True, text=True, timeout=240)
    if done.returncode == 3:
        pytest.skip(done.stdout.strip())
    assert done.returncode == 0, done.stdout + done.stderr
    shown = json.loads(done.stdout.splitlines()[-1])
    first = json.loads((project["work"] / "tasks.json").read_text(encoding="utf-8"))[0]
    predicted = [r for r in first["predictions"][0]["result"] if r.get("type") == "labels"]
    assert shown["regions"] >= len(predicted) * 0.9  # highlights drawn in the text
    assert {"date", "official", "rank", "statistic", "program"} <= set(shown["labels"])
