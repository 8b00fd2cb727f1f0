"""``antq-extract diff``: matching, exact counts, wrong numbers, inputs, exit codes, JSON."""
from __future__ import annotations

import gzip
import json

import pytest
from click.testing import CliRunner

from antq_extract.cli import main
from antq_extract.evaluate import compare, load_records, SourceTexts
from antq_extract.evaluate.formats import to_json
from antq_extract.evaluate.match import FIELDS, canon_code, number_key, unit_head
from antq_extract.models import ArticleRecord

import diff_case
from conftest import GOLD, SHARED_DEV


def run(*args):
    result = CliRunner().invoke(main, ["diff", *args])
    return result


def diff_json(gold, pred, *extra):
    result = run(gold, pred, "--json", *extra)
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


@pytest.fixture
def case(tmp_path):
    return diff_case.write_case(tmp_path)


@pytest.mark.parametrize("a,b,same", [
    ("09/Ctr-BCA-MTTQ", "09/CTR-BCA-MTTQ", True),
    ("38- Ctr/BDVTW – BCA", "38-Ctr/BDVTW-BCA", True),
    ("05 - CT/TW", "05-CT/TW", True),
    ("09/CTr-BCA-MTTQ", "09/CTr-BCA-MTTW", False),
    ("22-Ctr/ĐUCA-V28", "22-Ctr/DUCA-V28", False),
], ids=["case", "spaces-and-en-dash", "spaced-dash", "other-symbol", "d-is-not-đ"])
def test_codes_compare_canonically(a, b, same):
    assert (canon_code(a) == canon_code(b)) is same


@pytest.mark.parametrize("a,b,same", [
    (40000, 40000.0, True), (1.2e6, 1200000, True), (3.7, 3.7000000001, True), (40, 40000, False),
], ids=["int-float", "scale", "rounding", "different"])
def test_statistic_values_compare_as_numbers(a, b, same):
    assert (number_key(a) == number_key(b)) is same


@pytest.mark.parametrize("unit,head", [
    ("lượt người", "lượt"), ("Buổi  tuyên truyền", "buổi"), (None, ""), ("%", "%"),
], ids=["classifier", "case-and-spaces", "none", "percent"])
def test_units_compare_on_their_first_word(unit, head):
    assert unit_head(unit) == head


def _gold_dirs():
    dirs = [pytest.param(str(GOLD), id="corpus-gold")]
    dev = SHARED_DEV / "gold"
    marks = [] if dev.is_dir() else [pytest.mark.skip(reason="no ../shared/dev here")]
    return dirs + [pytest.param(str(dev), id="dev-gold", marks=marks)]


@pytest.mark.parametrize("gold", _gold_dirs())
def test_gold_against_itself_is_all_ones(gold):
    out = diff_json(gold, gold)
    assert out["articles"] > 0
    for name in FIELDS:
        f = out["fields"][name]
        assert (f["precision"], f["recall"], f["f1"], f["fp"], f["fn"]) == (1.0, 1.0, 1.0, 0, 0), name
    for name, attrs in out["attributes"].items():
        for attr, v in attrs.items():
            assert v.get("accuracy", v.get("f1")) in (1.0, None), (name, attr)
    assert out["wrong_numbers"] == []
    assert all(not a["missed"] and not a["spurious"] and not a["attribute_errors"] for a in out["per_article"])


def test_edited_prediction_gives_the_exact_counts(case):
    out = diff_json(case["gold"], case["pred"])
    got = {n: (f["tp"], f["fp"], f["fn"]) for n, f in out["fields"].items()}
    assert got == diff_case.EXPECTED_COUNTS
    assert out["per_article"][0]["fields"]["statistics"]["f1"] == round(2 * 0.5 * 0.4 / 0.9, 4)


def test_edited_prediction_gives_the_exact_attribute_scores(case):
    attrs = diff_json(case["gold"], case["pred"])["attributes"]
    acc = {(n, a): (v["correct"], v["total"]) for n, d in attrs.items() for a, v in d.items() if "correct" in v}
    assert acc == {("dates", "year_inferred"): (3, 3), ("dates", "part_of_day"): (2, 3),
                   ("programs", "code"): (1, 1), ("programs", "issued"): (0, 1), ("programs", "title"): (1, 1),
                   ("officials", "rank"): (1, 2), ("statistics", "qualifier"): (1, 2)}
    pos = attrs["officials"]["positions"]
    assert (pos["tp"], pos["fp"], pos["fn"], pos["pairs"]) == (2, 1, 0, 2)


def test_wrong_numbers_are_listed_with_their_sentence(case):
    wrong = diff_json(case["gold"], case["pred"])["wrong_numbers"]
    assert [w["message"] for w in wrong] == diff_case.EXPECTED_WRONG
    assert [w["differs"] for w in wrong] == [["value"], ["qualifier"], ["value", "unit"]]
    assert wrong[0]["sentence"].startswith("Trong 5 năm, lực lượng Công an đã tổ chức hơn 40.000 buổi")
    assert wrong[0]["sentence"].endswith("350 mô hình tự quản.")
    assert wrong[2]["gold"]["text"] == "100 bị can" and wrong[2]["pred"]["text"] == "65 vụ/100 bị can"


def test_wrong_numbers_are_not_also_plain_misses(case):
    art = diff_json(case["gold"], case["pred"])["per_article"][0]
    missed = [(m["field"], m["label"]) for m in art["missed"]]
    spurious = [(m["field"], m["label"]) for m in art["spurious"]]
    assert missed == [("dates", "2013-08-01"), ("ranks", "Đại tá -> Trần Văn An"), ("statistics", "350 mô hình")]
    assert spurious == [("dates", "2021"), ("programs", "kế hoạch 12"), ("ranks", "Đại tá"),
                        ("statistics", "5 năm")]
    errors = [(e["field"], e["attribute"]) for e in art["attribute_errors"]]
    assert errors == [("dates", "part_of_day"), ("programs", "issued"), ("officials", "rank"),
                      ("officials", "positions")]  # the qualifier is listed as a wrong number


def test_without_the_article_text_the_spans_are_shown(case, tmp_path):
    empty = tmp_path / "nothing"
    empty.mkdir()
    result = run(case["gold"], case["pred"], "--source", str(empty))
    assert "gold «hơn 40.000 buổi tuyên truyền» / predicted «hơn 40.000»" in result.stdout
    assert diff_json(case["gold"], case["pred"], "--source", str(empty))["wrong_numbers"][0]["sentence"] is None


def test_terminal_table_shows_scores_lists_and_wrong_numbers(case):
    out = run(case["gold"], case["pred"]).stdout
    assert "statistics        5      4      2      2      3     0.500     0.400     0.444" in out
    assert "WRONG NUMBERS (3)" in out
    assert "case1 @" in out and "gold 100 bị can ≠ predicted 65 vụ" in out
    assert "missed    statistics  350 mô hình  «350 mô hình» @" in out
    assert "attribute programs    chương trình phối hợp 09 [09/CTr-BCA-MTTQ]: issued gold '2013-08-01'" in out


@pytest.mark.parametrize("gold_key,pred_key", [
    ("gold", "pred"), ("gold", "pred_jsonl"), ("gold_jsonl", "pred"), ("gold_jsonl", "pred_jsonl"),
], ids=["folder-folder", "folder-jsonl", "jsonl-folder", "jsonl-jsonl"])
def test_folders_and_jsonl_give_the_same_diff(case, gold_key, pred_key):
    out = diff_json(case[gold_key], case[pred_key], "--source", case["corpus"])
    reference = diff_json(case["gold"], case["pred"])
    assert out["fields"] == reference["fields"]
    assert out["wrong_numbers"] == reference["wrong_numbers"]


def _jsonl(records) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode()


def _pretty(records) -> bytes:  # as extract --pretty writes them: indented records one after another
    return "".join(json.dumps(r, ensure_ascii=False, indent=2) + "\n" for r in records).encode()


@pytest.mark.parametrize("name,encode,zipped", [
    pytest.param("pred.out", _jsonl, False, id="jsonl-any-name"),
    pytest.param("pred.jsonl.gz", _jsonl, True, id="jsonl-gz"),
    pytest.param("pred.data", _jsonl, True, id="gzip-known-by-its-bytes"),
    pytest.param("pred.jsonl", lambda rs: b"\xef\xbb\xbf" + _jsonl(rs).replace(b"\n", b"\r\n"), False,
                 id="jsonl-bom-crlf"),
    pytest.param("pred.json", _pretty, False, id="pretty"),
    pytest.param("pred.txt", _pretty, True, id="pretty-gz"),
    pytest.param("pred.json", lambda rs: json.dumps(rs).encode(), False, id="json-list"),
    pytest.param("dir/pred.jsonl.gz", _jsonl, True, id="folder-of-jsonl-gz"),
    pytest.param("dir/pred.ndjson", _jsonl, False, id="folder-of-ndjson"),
])
def test_every_record_file_extract_writes_is_read(case, tmp_path, name, encode, zipped):
    path = tmp_path / "in" / name
    path.parent.mkdir(parents=True)
    data = encode([diff_case.predicted(), dict(diff_case.predicted(), id="other")])
    path.write_bytes(gzip.compress(data) if zipped else data)
    out = diff_json(case["gold"], str(path.parent if name.startswith("dir/") else path))
    reference = diff_json(case["gold"], case["pred"])
    assert out["fields"] == reference["fields"] and out["wrong_numbers"] == reference["wrong_numbers"]
    assert out["not_in_gold"] == ["other"]


def test_diff_reads_extract_output_as_written(case, tmp_path):
    outputs = {"pretty": tmp_path / "records.txt", "jsonl": tmp_path / "records.jsonl"}
    for kind, path in outputs.items():
        args = ["extract", case["corpus"], "-j", "1", "-o", str(path)] + (["--pretty"] if kind == "pretty" else [])
        assert CliRunner().invoke(main, args).exit_code == 0
    zipped = tmp_path / "records.jsonl.gz"
    zipped.write_bytes(gzip.compress(outputs["jsonl"].read_bytes()))
    diffs = [diff_json(case["gold"], str(p)) for p in (*outputs.values(), zipped)]
    assert diffs[0]["overall"]["pred"] > 0 and diffs[0]["not_in_gold"] == []
    assert diffs[0]["fields"] == diffs[1]["fields"] == diffs[2]["fields"]


@pytest.mark.parametrize("data,message", [
    pytest.param(b'{\n "id": "x",\n "dates": [}\n', "bad.txt:3: not JSON: Expecting value", id="broken-pretty"),
    pytest.param(_pretty([{"id": "a"}]) + b'{\n "id": "b",,\n}\n', "bad.txt:5: not JSON", id="second-record"),
    pytest.param(_jsonl([{"id": "a"}]) + b'{"id": "b", "da', "bad.txt:2: not JSON", id="torn-last-line"),
    pytest.param(_pretty([{"id": "a"}, {"id": 1, "dates": 3}]), "bad.txt:4: not an article record",
                 id="invalid-second-record"),
    pytest.param(gzip.compress(_jsonl([{"id": "a"}]))[:-8], "bad.txt: unreadable", id="truncated-gzip"),
    pytest.param("{}".encode("utf-16"), "bad.txt: unreadable", id="not-utf-8"),
])
def test_an_unreadable_record_file_names_the_line(tmp_path, data, message):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(data)
    result = run(str(bad), str(bad))
    assert result.exit_code == 2 and message in result.output, result.output


# Scores of the case: F1 statistics 0.444, ranks 0.5, others >= 0.667; attributes: programs.issued 0/1,
# officials.rank 1/2, statistics.qualifier 1/2, dates.part_of_day 2/3, positions F1 0.8, others 1.0.
@pytest.mark.parametrize("args,code,messages", [
    pytest.param(["--fail-under", "0"], 0, [], id="zero"),
    pytest.param(["--fail-under", "0.4"], 1, ["attribute score below 0.4 in: programs.issued"], id="an-attribute"),
    pytest.param(["--fail-under", "0.45"], 1, ["F1 below 0.45 in: statistics",
                                               "attribute score below 0.45 in: programs.issued"], id="a-field"),
    pytest.param(["--fail-under", "0.7"], 1, [
        "F1 below 0.7 in: programs, ranks, statistics",
        "attribute score below 0.7 in: dates.part_of_day, programs.issued, officials.rank, statistics.qualifier"],
        id="attributes-and-fields"),
    pytest.param(["--fail-on-wrong-numbers"], 1, ["3 wrong number(s)"], id="wrong-numbers"),
    pytest.param(["--fail-on-wrong-numbers", "--fail-under", "0"], 1, ["3 wrong number(s)"], id="both"),
    pytest.param([], 0, [], id="no-option"),
])
def test_fail_under_and_wrong_numbers_exit_code(case, args, code, messages):
    result = run(case["gold"], case["pred"], "--no-lists", *args)
    assert result.exit_code == code, result.output
    assert result.stderr.splitlines() == messages
    assert diff_json(case["gold"], case["pred"], *args)["failed"] is bool(code)


@pytest.mark.parametrize("value", ["-0.1", "1.5", "90"], ids=["negative", "above-one", "percent"])
def test_fail_under_outside_zero_to_one_is_a_usage_error(case, value):
    result = run(case["gold"], case["pred"], "--fail-under", value)
    assert result.exit_code == 2 and "0<=x<=1" in result.output


def test_gold_against_itself_passes_every_check(case):
    result = run(case["gold"], case["gold"], "--fail-under", "1.0", "--fail-on-wrong-numbers")
    assert result.exit_code == 0, result.output


def test_json_structure_is_stable(case):
    out = diff_json(case["gold"], case["pred"], "--fail-under", "0.6")
    assert list(out) == ["format", "gold", "pred", "articles", "fields", "overall", "attributes",
                         "wrong_numbers", "per_article", "not_in_gold", "duplicates", "fail_under", "failed",
                         "places", "province", "published_exact"]
    assert out["format"] == "antq-extract-diff/1"
    assert list(out["fields"]) == list(FIELDS)
    assert set(out["fields"]["dates"]) == {"tp", "fp", "fn", "gold", "pred", "precision", "recall", "f1"}
    assert list(out["per_article"][0]) == ["id", "note", "fields", "missed", "spurious",
                                           "attribute_errors", "wrong_numbers"]
    assert set(out["wrong_numbers"][0]) == {"id", "message", "differs", "sentence", "gold", "pred"}
    assert set(out["per_article"][0]["missed"][0]) == {"field", "label", "start", "end", "text", "spans", "record"}
    assert out["fail_under"] == {"threshold": 0.6, "failing": ["ranks", "statistics"],
                                 "failing_attributes": ["programs.issued", "officials.rank", "statistics.qualifier"]}
    assert out["failed"] is True


def test_missing_and_extra_articles(case, tmp_path):
    pred = tmp_path / "other.jsonl"
    other = dict(diff_case.gold(), id="elsewhere")
    pred.write_text(json.dumps(other, ensure_ascii=False) + "\n", encoding="utf-8")
    out = diff_json(case["gold"], str(pred))
    assert out["not_in_gold"] == ["elsewhere"]
    assert out["per_article"][0]["note"] == "no predicted record"
    assert out["overall"]["tp"] == 0 and out["overall"]["fn"] == 15


def test_a_bad_record_file_is_a_usage_error(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "dates": [{"value": 3}]}\n', encoding="utf-8")
    result = run(str(bad), str(bad))
    assert result.exit_code == 2 and "bad.jsonl:1: not an article record" in result.output


def test_multiset_dates_need_as_many_predictions():
    two = ArticleRecord.model_validate({"id": "x", "dates": [diff_case.date("2021", "2021"),
                                                             diff_case.date("2022", "2022")]})
    one = two.model_copy(update={"dates": two.dates[:1] + [two.dates[0]]})
    from antq_extract.evaluate.load import Records
    result = compare(Records({"x": two}), Records({"x": one}))
    c = result.totals()["dates"]
    assert (c.tp, c.fp, c.fn) == (1, 1, 1)


def test_thousand_records(case):
    gold, pred = load_records(case["gold"]), load_records(case["pred"])
    g, p = gold.by_id[diff_case.ID], pred.by_id[diff_case.ID]
    gold.by_id = {f"a{i}": g.model_copy(update={"id": f"a{i}"}) for i in range(1000)}
    pred.by_id = {f"a{i}": p.model_copy(update={"id": f"a{i}"}) for i in range(1000)}
    result = compare(gold, pred, SourceTexts(None))
    to_json(result, "g", "p")
    assert result.totals()["statistics"].tp == 2000


@pytest.mark.parametrize("gold_key", ["gold", "gold_jsonl"], ids=["folder", "jsonl"])
def test_article_texts_default_to_the_corpus_beside_gold(case, gold_key):
    wrong = diff_json(case[gold_key], case["pred"])["wrong_numbers"]
    assert wrong[0]["sentence"] and "hơn 40.000 buổi tuyên truyền" in wrong[0]["sentence"]


def test_a_record_carrying_its_source_text_needs_no_source(case, tmp_path):
    pred = tmp_path / "with-text.jsonl"
    pred.write_text(json.dumps(dict(diff_case.predicted(), source_text=diff_case.TEXT), ensure_ascii=False) + "\n",
                    encoding="utf-8")
    empty = tmp_path / "nothing"
    empty.mkdir()
    wrong = diff_json(case["gold"], str(pred), "--source", str(empty))["wrong_numbers"]
    assert "hơn 40.000 buổi tuyên truyền" in wrong[0]["sentence"]


def _published(value, time=None):
    return None if value is None else {"start": 0, "end": 10, "text": "x" * 10, "value": value, "time": time}


@pytest.mark.parametrize("gold,pred,exact", [
    pytest.param(("2024-02-14", "08:05"), ("2024-02-14", "08:05"), True, id="same-date-and-time"),
    pytest.param(("2024-02-14", "08:05"), ("2024-02-14", None), False, id="time-missed"),
    pytest.param(("2024-02-14", None), ("2024-02-13", None), False, id="other-day"),
    pytest.param((None, None), (None, None), True, id="none-stated-none-found"),
    pytest.param((None, None), ("2023-08-20", None), False, id="spurious-banner"),
])
def test_published_exact_per_page(gold, pred, exact):
    from antq_extract.evaluate.load import Records
    g, p = Records(), Records()
    g.by_id["a"] = ArticleRecord(id="a", published=_published(*gold))
    p.by_id["a"] = ArticleRecord(id="a", published=_published(*pred))
    stated, every = compare(g, p).published_exact()
    assert (every.correct, every.total) == (int(exact), 1)
    assert stated.total == (gold[0] is not None) and stated.correct == (exact and gold[0] is not None)
