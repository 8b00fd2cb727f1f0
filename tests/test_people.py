"""The person index: the merge rule of docs/export.md as a table of cases, and the tables export writes."""
from __future__ import annotations

import json

import duckdb
import pytest
from click.testing import CliRunner

from antq_extract.cli import main
from antq_extract.store.people import Mention, cluster

POST = ("Trưởng Công an huyện",)
OTHER = ("Phó Chủ tịch UBND tỉnh",)


def m(article, name="Nguyễn Văn Hùng", rank=None, province=None, published="2020-01-01", positions=POST, no=0):
    return Mention(article, no, name, rank, province, published, positions)


# (mentions, persons expected as sets of article ids), from the table of docs/export.md.
CASES = [
    pytest.param([m("a"), m("b")], [{"a", "b"}], id="same-post-provinces-unknown"),
    pytest.param([m("a", rank="Đại tá", positions=()), m("b", rank="Đại tá", positions=OTHER)], [{"a", "b"}],
                 id="same-rank-no-shared-post"),
    pytest.param([m("a", province="Hà Nam"), m("b", province="Hà Nam")], [{"a", "b"}], id="same-known-province"),
    pytest.param([m("a", province="Hà Nam"), m("b")], [{"a", "b"}], id="one-province-unknown"),
    pytest.param([m("a", province="Hà Nam"), m("b", province="Nghệ An")], [{"a"}, {"b"}], id="two-provinces"),
    pytest.param([m("a", rank="Thượng tá", published="2019-05-01"), m("b", rank="Đại tá", published="2021-05-01")],
                 [{"a", "b"}], id="promotion-shared-post"),
    pytest.param([m("a", rank="Thượng tá", published="2019-05-01", positions=()),
                  m("b", rank="Đại tá", published="2021-05-01", positions=OTHER)], [{"a"}, {"b"}],
                 id="promotion-no-shared-post"),
    pytest.param([m("a", rank="Đại tá", published="2019-05-01"), m("b", rank="Thượng tá", published="2021-05-01")],
                 [{"a"}, {"b"}], id="rank-goes-down"),
    pytest.param([m("a", rank="Đại tá", published="2021-05-01"), m("b", rank="Thượng tá", published="2021-05-01")],
                 [{"a"}, {"b"}], id="two-ranks-one-day"),
    pytest.param([m("a", positions=POST), m("b", positions=OTHER)], [{"a"}, {"b"}], id="nothing-shared"),
    pytest.param([m("a", name="Hùng"), m("b", name="Hùng")], [{"a"}, {"b"}], id="given-name-only"),
    pytest.param([m("a", no=0), m("a", no=1)], [{"a"}, {"a"}], id="twice-in-one-article"),
    pytest.param([m("a", name="NGUYỄN  Văn Hùng", positions=("Uỷ viên Ban Thường vụ",)),
                  m("b", positions=("ủy viên ban thường vụ",))], [{"a", "b"}], id="case-tone-spacing-folded"),
    pytest.param([m("a", name="Nguyễn Văn Hùng"), m("b", name="Nguyễn Văn Hưng")], [{"a"}, {"b"}],
                 id="names-differ-by-a-tone"),
    pytest.param([m("a", province="Hà Nội", published="2020-01-01"), m("b", published="2020-02-01"),
                  m("c", province="Đà Nẵng", published="2020-03-01")], [{"a", "b"}, {"c"}],
                 id="chain-never-joins-two-provinces"),
    pytest.param([m("a", published=None, rank="Đại tá"), m("b", rank="Thượng tá", published="2021-01-01")],
                 [{"a", "b"}], id="undated-rank-does-not-block"),
]


@pytest.mark.parametrize("mentions,persons", CASES)
def test_merge_rule(mentions, persons):
    found = cluster(mentions)
    assert sorted(sorted({x.article_id for x in p}) for p in found) == sorted(sorted(p) for p in persons)
    assert sum(len(p) for p in found) == len(mentions), "every mention is in exactly one person"


def _record(rid, published, officials, province=None):
    return {"id": rid, "published": {"start": None, "end": None, "text": None, "value": published},
            "province": {"name": province} if province else None,
            "officials": [{"name": n, "rank": r, "positions": list(p), "mentions": []} for n, r, p in officials]}


def test_export_writes_the_index_and_people_shows_a_person_over_time(tmp_path):
    records = [
        _record("a1", "2019-05-01", [("Nguyễn Văn Hùng", "Thượng tá", POST)], "Hà Nam"),
        _record("a2", "2021-06-01", [("Nguyễn Văn Hùng", "Đại tá", POST + ("Đại biểu Quốc hội",))], "Hà Nam"),
        _record("a3", "2021-07-01", [("Nguyễn Văn Hùng", "Đại tá", POST)], "Nghệ An"),
    ]
    src = tmp_path / "r.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    db = tmp_path / "c.duckdb"
    assert CliRunner().invoke(main, ["export", str(src), "--db", str(db)]).exit_code == 0
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute("SELECT province, ranks, posts, n_articles, first_seen, last_seen, first_article, "
                           "last_article FROM persons ORDER BY province").fetchall()
        assert rows == [("Hà Nam", "Thượng tá → Đại tá", "Trưởng Công an huyện | Đại biểu Quốc hội", 2,
                         "2019-05-01", "2021-06-01", "a1", "a2"),
                        ("Nghệ An", "Đại tá", "Trưởng Công an huyện", 1, "2021-07-01", "2021-07-01", "a3", "a3")]
        assert con.execute("SELECT count(*) FROM person_mentions").fetchone() == (3,)
    result = CliRunner().invoke(main, ["people", str(db), "--name", "nguyễn văn hùng"])
    assert result.exit_code == 0
    lines = [line for line in result.output.splitlines() if "Nguyễn Văn Hùng" in line]
    assert [line.split()[-1] for line in lines] == ["huyện", "hội", "huyện"] and "a1" in lines[0]
