"""The HTML report of ``diff --html``: marks rendered from offsets, and the page read by headless Chromium."""
from __future__ import annotations

import json
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from antq_extract.cli import main
from antq_extract.evaluate.report import render_text

import diff_case

CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-extensions", "--proxy-server=http://127.0.0.1:9", "--host-resolver-rules=MAP * ~NOTFOUND",
]

# From diff_case.predicted(): (side, status) -> number of highlighted mentions.
EXPECTED_MARKS = {
    ("gold", "match"): 11, ("gold", "missed"): 3, ("gold", "wrong"): 3,
    ("pred", "match"): 10, ("pred", "spurious"): 4, ("pred", "wrong"): 3,
}


@pytest.mark.parametrize("spans,html", [
    ([(0, 3, "a")], "<mark a>abc</mark>def"),
    ([(0, 6, "a"), (3, 6, "b")], "<mark a>abc<mark b>def</mark></mark>"),
    ([(0, 4, "a"), (2, 6, "b")], "<mark a>ab<mark b>cd</mark></mark><mark b data-cont=\"1\">ef</mark>"),
    ([(0, 3, "a"), (0, 3, "b")], "<mark a><mark b>abc</mark></mark>def"),
], ids=["one", "nested", "crossing-splits", "same-span"])
def test_marks_nest_and_crossings_split(spans, html):
    assert render_text("abcdef", 0, 6, spans) == html


def test_a_mark_cut_by_the_line_continues():
    assert render_text("abcdef", 3, 6, [(1, 4, "a")]) == '<mark a data-cont="1">d</mark>ef'


def test_text_is_escaped():
    assert render_text("a<b>&c", 0, 6, [(1, 4, "x")]) == "a<mark x>&lt;b&gt;</mark>&amp;c"


def _add_perfect_article(case: dict, rid: str = "case2") -> None:
    """A second article, predicted exactly as gold: nothing of it is a mismatch."""
    record = json.dumps(dict(diff_case.gold(), id=rid), ensure_ascii=False)
    for key in ("gold", "pred"):
        (Path(case[key]) / f"{rid}.json").write_text(record, encoding="utf-8")
    (Path(case["corpus"]) / f"{rid}.txt").write_text(diff_case.TEXT, encoding="utf-8")


@pytest.fixture
def report(tmp_path):
    case = diff_case.write_case(tmp_path)
    _add_perfect_article(case)
    out = tmp_path / "report.html"
    result = CliRunner().invoke(main, ["diff", case["gold"], case["pred"], "--html", str(out)])
    assert result.exit_code == 0, result.output
    return out


def test_report_is_self_contained(report):
    tree = HTMLParser(report.read_text(encoding="utf-8"))
    assert not tree.css("script, link, img, iframe")
    assert all(not (n.attributes.get("src") or "").startswith(("http", "//")) for n in tree.css("[src]"))
    assert tree.css_first("style") is not None


def test_without_the_text_wrong_numbers_link_to_their_list_entry(tmp_path):
    case = diff_case.write_case(tmp_path)
    (tmp_path / "nothing").mkdir()
    out = tmp_path / "report.html"
    CliRunner().invoke(main, ["diff", case["gold"], case["pred"], "--source", str(tmp_path / "nothing"),
                              "--html", str(out)])
    tree = HTMLParser(out.read_text(encoding="utf-8"))
    links = [li.css("a")[1].attributes["href"][1:] for li in tree.css("section.wrong-numbers li")]
    targets = [tree.css_first(f"[id='{t}']") for t in links]
    assert len(targets) == 3 and all(t.tag == "li" and "wrong" in t.attributes["class"] for t in targets)
    assert not tree.css("mark[data-side]"), "no text, no marks"


def _chromium():
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if not found:
        pytest.skip("chromium not installed: apt-get install chromium (Debian package) to run the browser test")
    return found


def dump_dom(page, profile) -> str:
    """The DOM of ``page`` after Chromium loaded it, offline, in a fresh profile."""
    cmd = [_chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--dump-dom", page.as_uri()]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@pytest.mark.browser
def test_report_in_headless_chromium(report, tmp_path):
    dom = HTMLParser(dump_dom(report, tmp_path / "profile"))
    section = dom.css_first("section.article[data-id=case1]")
    assert section is not None
    marks = [m for m in section.css("mark[data-side]") if "data-cont" not in m.attributes]
    counts = Counter((m.attributes["data-side"], m.attributes["data-status"]) for m in marks)
    assert dict(counts) == EXPECTED_MARKS
    wrong_gold = {m.text() for m in section.css("mark[data-side=gold][data-status=wrong]")}
    assert wrong_gold == {"hơn 40.000 buổi tuyên truyền", "khoảng 1,2 triệu lượt người", "100 bị can"}
    differs = {m.attributes["data-differs"] for m in section.css("mark[data-side=gold][data-differs]")}
    assert differs == {"part_of_day", "issued", "rank", "positions", "value", "qualifier", "value,unit"}
    rows = section.css("table.text tr")
    assert all(len(r.css("td")) == 2 for r in rows[1:]), "gold and predicted side by side"
    items = [li.text() for li in section.css("ul.mismatches li.wrong")]
    assert items[0].startswith("wrong number: " + diff_case.EXPECTED_WRONG[0])


# Over all fields of case1 (diff_case.EXPECTED_COUNTS summed): gold, pred, tp, fp, fn, and 3 wrong numbers.
EXPECTED_INDEX = {
    "case1": ["0.667", "15", "15", "10", "5", "5", "3"],
    "case2": ["1.000", "15", "15", "15", "0", "0", "0"],
}


@pytest.mark.browser
def test_report_index_gives_f1_and_counts_per_article(report, tmp_path):
    dom = HTMLParser(dump_dom(report, tmp_path / "profile"))
    rows = dom.css("table.index tr[data-id]")
    got = {r.attributes["data-id"]: [td.text() for td in r.css("td")[1:8]] for r in rows}
    assert got == EXPECTED_INDEX
    for r in rows:
        href = r.css_first("a").attributes["href"]
        assert dom.css_first(f"section.article[id='{href[1:]}']").attributes["data-id"] == r.attributes["data-id"]


@pytest.mark.browser
def test_report_wrong_numbers_link_to_their_gold_mention(report, tmp_path):
    dom = HTMLParser(dump_dom(report, tmp_path / "profile"))
    items = dom.css("section.wrong-numbers li.wrong")
    assert len(items) == len(diff_case.EXPECTED_WRONG)
    for li, message in zip(items, diff_case.EXPECTED_WRONG):
        assert li.text().startswith(f"case1 @{li.css('a')[1].text()[1:]}: wrong number: {message} — ")
    targets = []
    for li in items:
        article, mention = (a.attributes["href"][1:] for a in li.css("a"))
        assert dom.css_first(f"section.article[id='{article}']").attributes["data-id"] == "case1"
        mark = dom.css_first(f"[id='{mention}']")
        assert (mark.tag, mark.attributes["data-side"], mark.attributes["data-status"]) == ("mark", "gold", "wrong")
        targets.append(mark.text())
    assert targets == ["hơn 40.000 buổi tuyên truyền", "khoảng 1,2 triệu lượt người", "100 bị can"]


# Shows, in the page's own DOM, what is rendered before and after the checkbox is clicked.
PROBE = """<script>
const shown = e => e.getClientRects().length > 0;
const all = document.querySelectorAll('table.text tr, table.index tr[data-id], section.article, li');
all.forEach(e => e.dataset.before = shown(e));
document.getElementById('only-mismatches').click();
all.forEach(e => e.dataset.after = shown(e));
</script>"""


@pytest.mark.browser
def test_report_mismatches_only_hides_what_matched(report, tmp_path):
    probed = tmp_path / "probed.html"
    probed.write_text(report.read_text(encoding="utf-8").replace("</body>", PROBE + "</body>"), encoding="utf-8")
    dom = HTMLParser(dump_dom(probed, tmp_path / "profile"))
    probed_nodes = dom.css("[data-before]")
    assert probed_nodes and all(n.attributes["data-before"] == "true" for n in probed_nodes), "all shown at first"
    hidden = {n.attributes["data-id"]
              for n in dom.css("section.article[data-after=false], table.index tr[data-after=false]")}
    assert hidden == {"case2"}, "the article without a mismatch is hidden, in the index and below"
    case1 = dom.css_first("section.article[data-id=case1]")
    lines = {r.css_first("td.gold").text(): r.attributes["data-after"]
             for r in case1.css("table.text tr") if r.css("td")}
    assert lines.pop("Thứ Năm, 24/11/2022") == "false", "the line whose marks all match is hidden"
    assert set(lines.values()) == {"true"}, "lines with a missed, spurious, wrong or differing mention stay"
    listed = dom.css("section.wrong-numbers li, section[data-id=case1] li")
    assert listed and all(li.attributes["data-after"] == "true" for li in listed), "the lists stay"
