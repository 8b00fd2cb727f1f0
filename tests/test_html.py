"""HTML pages: charset, headline, date line, main text, depth bound, and the worker's limits."""
from __future__ import annotations

import json
import time
import unicodedata

import pytest

from antq_extract.text import legacy
from antq_extract.batch import html_parts
from antq_extract.batch.charset import decode_page
from antq_extract.batch.html import PageInput, looks_like_html, process_page
from antq_extract.batch.html_depth import flatten
from antq_extract.batch.work import Options, record_for
from antq_extract.inputs import iter_inputs
from antq_extract.models import iter_spans

BODY = ("<p>Sáng 24/5, Đại tá Nguyễn Văn An, Giám đốc Công an tỉnh, chủ trì hội nghị sơ kết công tác "
        "bảo đảm an ninh trật tự và phát biểu chỉ đạo các đơn vị trong toàn tỉnh.</p>"
        "<p>Hội nghị đã biểu dương nhiều tập thể và cá nhân có thành tích xuất sắc trong phong trào "
        "toàn dân bảo vệ an ninh Tổ quốc, đồng thời đề ra nhiệm vụ trọng tâm thời gian tới.</p>")


def page(body: str = BODY, head: str = '<meta charset="utf-8">', date: str = "Thứ Tư, 24/05/2023 17:20") -> str:
    return (f"<!DOCTYPE html><html><head>{head}<title>Hội nghị sơ kết - Công an tỉnh</title>"
            '<meta property="article:published_time" content="2023-05-20T08:00:00+07:00">'
            '<link rel="canonical" href="https://example.vn/tin/1.html"></head><body>'
            "<nav><ul><li><a href='/'>Trang chủ</a></li><li><a href='/t'>Tin tức</a></li></ul></nav>"
            f"<article><h1>Hội nghị   sơ kết</h1><div class='date'>{date}</div>{body}"
            "<script>var x = 'Thiếu tá';</script></article>"
            "<div class='other'><h3>Các tin khác</h3><ul><li><a href='/2'>Tin khác một về hội nghị</a>"
            " (20/05/2023)</li></ul></div><footer>Bản quyền thuộc Công an tỉnh</footer></body></html>")


def record_of(data, **kw):
    return process_page(PageInput(id="p", data=data, origin="p.html", **kw))


# --- headline, date line, main text, offsets -------------------------------------------------

def test_page_record_title_date_text_and_offsets():
    record = record_of(page().encode("utf-8"))
    assert record.error is None and record.encoding == "utf-8"
    assert record.title == "Hội nghị sơ kết"
    assert record.published.value == "2023-05-24" and record.published.time == "17:20"  # visible beats meta
    assert record.url == "https://example.vn/tin/1.html"
    text = record.source_text
    assert text.startswith("Hội nghị sơ kết\n\nThứ Tư, 24/05/2023 17:20\n\nSáng 24/5")
    for chrome in ("Trang chủ", "Các tin khác", "Tin khác một", "Bản quyền", "Thiếu tá"):
        assert chrome not in text
    assert [r.rank for r in record.ranks] == ["Đại tá"]
    spans = list(iter_spans(record))
    assert spans and all(text[m.start:m.end] == m.text for _, m in spans)


def test_meta_date_only_when_the_page_shows_none():
    record = record_of(page(date="").encode("utf-8"))
    assert record.published.value == "2023-05-20" and record.published.start is None


def test_jsonl_html_line_is_taken_apart_in_the_worker(tmp_path):
    path = tmp_path / "pages.jsonl"
    path.write_text(json.dumps({"id": "h", "html": page(), "url": "u"}) + "\n", encoding="utf-8")
    [item] = iter_inputs([str(path)])
    assert isinstance(item, PageInput) and item.data == page()   # nothing parsed while reading
    record = record_for(item, Options())
    assert record.url == "u" and record.source_text.startswith("Hội nghị sơ kết")


@pytest.mark.parametrize("head, expected", [
    (b"<!DOCTYPE html><html>", True), (b"\xef\xbb\xbf  <html lang='vi'>", True),
    (b"<!-- saved --><html>", True), (b"Tin <html> trong bai", False), (b"", False),
], ids=["doctype", "bom", "comment", "text", "empty"])
def test_html_sniffing(head, expected):
    assert looks_like_html(head) is expected


# --- charset ----------------------------------------------------------------------------------

def _encoded(text: str, name: str) -> bytes:
    return text.encode(name) if name in ("utf-8", "utf-16") else legacy.encode(text, name)


@pytest.mark.parametrize("declared, actual, expected, warned", [
    ("utf-8", "utf-8", "utf-8", False),
    ("windows-1252", "utf-8", "utf-8", True),
    ("iso-8859-1", "tcvn3", "tcvn3", True),
    ("utf-8", "tcvn3", "tcvn3", True),
    ("windows-1252", "vni", "vni", True),
    ("windows-1258", "windows-1258", "windows-1258", False),
    ("", "windows-1258", "windows-1258", False),
    ("", "tcvn3", "tcvn3", False),
    ("", "vni", "vni", False),
    ("utf-16", "utf-8", "utf-8", False),          # WHATWG: utf-16 in a meta tag means utf-8
    ("idna", "utf-8", "utf-8", True),
    ("punycode", "utf-8", "utf-8", True),
    ("base64", "tcvn3", "tcvn3", True),
    ("rot13", "utf-8", "utf-8", True),
], ids=["utf8", "1252-over-utf8", "latin1-over-tcvn3", "utf8-over-tcvn3", "1252-over-vni", "1258",
        "undeclared-1258", "undeclared-tcvn3", "undeclared-vni", "meta-utf16", "idna", "punycode",
        "base64", "rot13"])
def test_charset_is_the_real_one(declared, actual, expected, warned):
    head = f'<meta http-equiv="Content-Type" content="text/html; charset={declared}">' if declared else ""
    data = _encoded(page(head=head), actual)
    found = decode_page(data)
    assert found.encoding == expected
    assert "Đại tá Nguyễn Văn An" in unicodedata.normalize("NFC", found.text)
    assert bool(found.warnings) is warned and all(w.startswith("[W007]") for w in found.warnings)
    record = record_of(data)
    assert record.error is None and record.encoding == expected and "Đại tá" in [r.text for r in record.ranks]


def test_utf16_bom_page():
    record = record_of(b"\xff\xfe" + page(head="").encode("utf-16-le"))
    assert record.encoding == "utf-16" and record.title == "Hội nghị sơ kết"


def test_non_text_codec_label_does_not_stop_the_batch(tmp_path):
    for i, label in enumerate(["idna", "punycode", "utf-8"]):
        (tmp_path / f"p{i}.html").write_bytes(page(head=f'<meta charset="{label}">').encode("utf-8"))
    records = [record_for(item, Options()) for item in iter_inputs([str(tmp_path)])]
    assert [(r.id, r.error) for r in records] == [("p0", None), ("p1", None), ("p2", None)]
    assert all("W007" in r.warnings[0] for r in records[:2]) and not records[2].warnings


# --- depth ------------------------------------------------------------------------------------

@pytest.mark.parametrize("html, deepest", [
    ("<div><p>a<p>b<p>c</div>", 2), ("<ul><li>a<li>b<li>c</ul>", 2), ("<div><br><img src=x><hr/></div>", 1),
    ("<div><script>'<div><div><div>'</script></div>", 2),
], ids=["siblings-p", "siblings-li", "void", "script"])
def test_depth_counts_elements_as_parsers_nest_them(html, deepest):
    assert flatten(html, limit=deepest)[1] is None
    assert flatten(html, limit=deepest - 1)[1] is not None


@pytest.mark.slow
@pytest.mark.parametrize("n", [100_000, 200_000])
def test_deep_page_is_flattened_in_bounded_time(n):
    deep = "<div>" * n + BODY + "</div>" * n
    started = time.monotonic()
    record = record_of(page(body=deep).encode("utf-8"))
    assert time.monotonic() - started < 20
    assert record.error is None and any(w.startswith("[W008]") for w in record.warnings)
    assert "Nguyễn Văn An" in record.source_text


def test_page_extraction_runs_under_the_time_limit(monkeypatch):
    monkeypatch.setattr(html_parts, "_main_text", lambda tree: time.sleep(5) or [])
    monkeypatch.setattr("antq_extract.batch.html.parts", html_parts.parts)
    item = PageInput(id="slow", data=page().encode("utf-8"), origin="slow.html")
    started = time.monotonic()
    record = record_for(item, Options(timeout=0.5))
    assert record.error.code == "E106" and time.monotonic() - started < 3


def test_page_larger_than_max_bytes_is_an_error_record():
    record = record_for(PageInput(id="big", data=page(), origin="x.jsonl:1"), Options(max_bytes=200))
    assert record.error.code == "E104"


def test_empty_page_is_an_error_record():
    assert record_of(b"<html><body><script>x</script></body></html>").error.code == "E101"
