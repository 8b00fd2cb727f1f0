"""A small article with hand-written gold, and a prediction edited from it, for the diff tests.

Each edit in :func:`predicted` says what it does to the counts; the tests
assert exactly those counts and wrong numbers.
"""
from __future__ import annotations

import copy
import json
from pathlib import Path

TEXT = (
    "Thứ Năm, 24/11/2022\n"
    "Công an tỉnh sơ kết Chương trình phối hợp số 09/CTr-BCA-MTTQ\n"
    "Chiều ngày 23/11/2022, Công an tỉnh tổ chức hội nghị sơ kết Chương trình phối hợp số 09/CTr-BCA-MTTQ "
    "ngày 1/8/2013. Dự hội nghị có đồng chí Đại tá Trần Văn An, Giám đốc Công an tỉnh và đồng chí "
    "Nguyễn Thị Bình, Phó Chủ tịch UBND tỉnh.\n"
    "Trong 5 năm, lực lượng Công an đã tổ chức hơn 40.000 buổi tuyên truyền với khoảng 1,2 triệu lượt người "
    "tham dự; xây dựng 350 mô hình tự quản. Giai đoạn 2016 - 2021, toàn tỉnh phát hiện 65 vụ/100 bị can.\n"
    "Đại tá Trần Văn An đề nghị các đơn vị tiếp tục thực hiện tốt Chương trình.\n"
)
ID = "case1"


def span(needle: str, nth: int = 0) -> dict:
    """{start, end, text} of the nth occurrence of ``needle`` in TEXT."""
    pos = -1
    for _ in range(nth + 1):
        pos = TEXT.index(needle, pos + 1)
    return {"start": pos, "end": pos + len(needle), "text": needle}


def date(needle, value, nth=0, end_value=None, part_of_day=None):
    return {**span(needle, nth), "value": value, "end_value": end_value,
            "year_inferred": False, "part_of_day": part_of_day}


def stat(needle, value, unit, qualifier=None):
    return {**span(needle), "value": value, "unit": unit, "qualifier": qualifier}


def gold() -> dict:
    """The gold record of TEXT, written by hand."""
    return {
        "schema_version": "1", "id": ID, "title": "Công an tỉnh sơ kết Chương trình phối hợp số 09/CTr-BCA-MTTQ",
        "published": date("24/11/2022", "2022-11-24"),
        "programs": [{"kind": "chương trình phối hợp", "number": "09", "code": "09/CTr-BCA-MTTQ",
                      "issued": "2013-08-01", "title": None,
                      "mentions": [span("Chương trình phối hợp số 09/CTr-BCA-MTTQ", i) for i in (0, 1)]}],
        "dates": [date("24/11/2022", "2022-11-24"),
                  date("Chiều ngày 23/11/2022", "2022-11-23", part_of_day="chiều"),
                  date("ngày 1/8/2013", "2013-08-01"),
                  date("Giai đoạn 2016 - 2021", "2016", end_value="2021")],
        "officials": [{"name": "Trần Văn An", "rank": "Đại tá", "positions": ["Giám đốc Công an tỉnh"],
                       "mentions": [span("Trần Văn An", i) for i in (0, 1)]},
                      {"name": "Nguyễn Thị Bình", "rank": None, "positions": ["Phó Chủ tịch UBND tỉnh"],
                       "mentions": [span("Nguyễn Thị Bình")]}],
        "ranks": [{**span("Đại tá", i), "rank": "Đại tá", "official": "Trần Văn An"} for i in (0, 1)],
        "statistics": [stat("hơn 40.000 buổi tuyên truyền", 40000, "buổi tuyên truyền", "more_than"),
                       stat("khoảng 1,2 triệu lượt người", 1200000, "lượt người", "about"),
                       stat("350 mô hình", 350, "mô hình"),
                       stat("65 vụ", 65, "vụ"),
                       stat("100 bị can", 100, "bị can")],
        "warnings": [],
    }


def predicted() -> dict:
    """Gold, edited: every change is a known miss, addition or alteration."""
    rec = copy.deepcopy(gold())
    rec["dates"].pop(2)                                   # dates fn: "ngày 1/8/2013"
    rec["dates"][1]["part_of_day"] = None                 # dates tp, part_of_day wrong
    rec["dates"].append(date("2021", "2021"))             # dates fp
    prog = rec["programs"][0]
    prog["code"] = "09/CTR - BCA–MTTQ"                    # same code once canonical
    prog["issued"] = None                                 # programs tp, issued wrong
    rec["programs"].append({"kind": "kế hoạch", "number": "12", "mentions": [span("Chương trình.")]})  # fp
    rec["officials"][0]["rank"] = None                    # officials tp, rank wrong
    rec["officials"][1]["name"] = "nguyễn  thị bình"      # same person after folding
    rec["officials"][1]["positions"].append("Ủy viên Ban Thường vụ")  # positions fp
    rec["ranks"][1]["official"] = None                    # ranks fp + fn
    stats = rec["statistics"]
    stats[0].update(value=40, text="hơn 40.000", end=stats[0]["start"] + len("hơn 40.000"))  # wrong value
    stats[1]["qualifier"] = None                          # tp, wrong qualifier
    del stats[2]                                          # fn: 350 mô hình
    stats[2] = stat("65 vụ/100 bị can", 65, "vụ")         # tp 65 vụ; gold 100 bị can overlaps it
    del stats[3]
    stats.append(stat("5 năm", 5, "năm"))                 # fp
    return rec


EXPECTED_COUNTS = {  # field: (tp, fp, fn)
    "published": (1, 0, 0),
    "dates": (3, 1, 1),
    "programs": (1, 1, 0),
    "officials": (2, 0, 0),
    "ranks": (1, 1, 1),
    "statistics": (2, 2, 3),
}

EXPECTED_WRONG = [
    "gold 40000 buổi tuyên truyền (more_than) ≠ predicted 40 buổi tuyên truyền (more_than)",
    "gold 1200000 lượt người (about) ≠ predicted 1200000 lượt người",
    "gold 100 bị can ≠ predicted 65 vụ",
]


def write_case(root: Path) -> dict:
    """Write the case as folders and JSONL under ``root``; return their paths."""
    paths = {"corpus": root / "corpus", "gold": root / "gold", "pred": root / "pred",
             "gold_jsonl": root / "gold.jsonl", "pred_jsonl": root / "pred.jsonl"}
    for key in ("corpus", "gold", "pred"):
        paths[key].mkdir(parents=True, exist_ok=True)
    (paths["corpus"] / f"{ID}.txt").write_text(TEXT, encoding="utf-8")
    for key, rec in (("gold", gold()), ("pred", predicted())):
        (paths[key] / f"{ID}.json").write_text(json.dumps(rec, ensure_ascii=False, indent=1), encoding="utf-8")
        paths[key + "_jsonl"].write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    return {k: str(v) for k, v in paths.items()}
