"""Input walking: folders, globs, JSONL(.gz), HTML pages and stdin, streamed and bounded."""
from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from antq_extract.batch.html import PageArticle, from_html, looks_like_html
from antq_extract.batch.walk import glob_paths, walk_files
from antq_extract.batch.work import Options, record_for
from antq_extract.inputs import BadInput, iter_inputs
from antq_extract.models import iter_spans

ARTICLE = "Tiêu đề bài viết\n\nSáng 24/5/2023, Đại tá Nguyễn Văn An chủ trì hội nghị.\n"

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Site | Tin</title>
<meta property="article:published_time" content="2023-05-24T08:00:00+07:00">
<link rel="canonical" href="https://example.vn/tin/1.html"></head>
<body><header>Trang chủ</header><nav><a>Tin tức</a></nav>
<article><h1>Hội nghị   sơ kết</h1><p>Sáng 24/5, <b>Đại tá</b> Nguyễn Văn An phát biểu.</p>
<script>var x = "Thiếu tá";</script><p>Đoạn hai<br>dòng ba</p></article>
<footer>Bản quyền</footer></body></html>"""


def _tree(root: Path, files: dict[str, bytes]) -> Path:
    for name, data in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return root


def _ids(items) -> list[str]:
    return [item.id for item in items]


def test_folder_walk_is_sorted_and_skips_hidden(tmp_path):
    _tree(tmp_path, {"b.txt": b"x", "a/z.txt": b"x", "a.txt": b"x", ".hidden": b"x",
                     "a/MANIFEST.tsv": b"x", "c/d/e.txt": b"x"})
    expected = sorted(p for p in tmp_path.rglob("*") if p.is_file() and not p.name.startswith(".")
                      and p.name != "MANIFEST.tsv")
    assert list(walk_files(tmp_path)) == expected


@pytest.mark.parametrize("pattern, expected", [
    ("*.txt", ["a.txt", "b.txt"]),
    ("**/*.jsonl", ["x.jsonl", "sub/y.jsonl"]),
    ("sub/*", ["sub/y.jsonl"]),
    ("nothing*", []),
], ids=["star", "double-star", "folder", "no-match"])
def test_glob(tmp_path, monkeypatch, pattern, expected):
    _tree(tmp_path, {"a.txt": b"x", "b.txt": b"x", "x.jsonl": b"", "sub/y.jsonl": b""})
    monkeypatch.chdir(tmp_path)
    assert [str(p) for p in glob_paths(pattern)] == expected


def test_glob_without_match_is_reported(tmp_path):
    [item] = iter_inputs([str(tmp_path / "*.none")])
    assert isinstance(item, BadInput) and item.code == "E108" and "no file matches" in item.message


def test_jsonl_broken_lines_keep_the_rest(tmp_path):
    lines = [json.dumps({"id": "a", "text": ARTICLE}), "{not json", "", json.dumps([1, 2]),
             json.dumps({"id": "b"}), json.dumps({"id": 7, "text": ARTICLE, "published": "2023-05-24"})]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(iter_inputs([str(path)]))
    assert _ids(items) == ["a", "in:2", "in:4", "b", "7"]
    bad = {item.id: item for item in items if isinstance(item, BadInput)}
    assert all(b.code == "E105" for b in bad.values())
    assert "line 2" in bad["in:2"].message and bad["in:2"].origin == f"{path}:2"
    assert "line 5" in bad["b"].message
    assert items[-1].published == "2023-05-24"


def test_jsonl_gz_and_truncated_gz(tmp_path):
    body = "".join(json.dumps({"id": f"n{i}", "text": ARTICLE}) + "\n" for i in range(50)).encode()
    good = tmp_path / "good.jsonl.gz"
    good.write_bytes(gzip.compress(body))
    assert _ids(iter_inputs([str(good)])) == [f"n{i}" for i in range(50)]
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(gzip.compress(body)[:-30])
    items = list(iter_inputs([str(cut)]))
    assert isinstance(items[-1], BadInput) and items[-1].code == "E108" and "after line" in items[-1].message
    assert all(not isinstance(i, BadInput) for i in items[:-1])


def test_oversized_jsonl_line_is_skipped_without_holding_it(tmp_path):
    huge = json.dumps({"id": "huge", "text": "1." * 200_000})
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join([huge, json.dumps({"id": "ok", "text": ARTICLE})]) + "\n", encoding="utf-8")
    items = list(iter_inputs([str(path)], max_bytes=10_000))
    assert [(i.id, getattr(i, "code", None)) for i in items] == [("huge", "E104"), ("ok", None)]
    assert "line 1" in items[0].message


def test_oversized_file_is_not_read(tmp_path, monkeypatch):
    (tmp_path / "big.txt").write_bytes(b"x" * 5000)
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("read an oversized file"))
    [item] = iter_inputs([str(tmp_path / "big.txt")], max_bytes=1000)
    assert item.code == "E104" and "5000 bytes" in item.message


def test_html_page_text_and_metadata():
    page = from_html("p1", PAGE, "p1.html")
    assert page.data.split("\n\n") == ["Hội nghị sơ kết", "Sáng 24/5, Đại tá Nguyễn Văn An phát biểu.",
                                        "Đoạn hai", "dòng ba"]
    assert page.published == "2023-05-24" and page.url == "https://example.vn/tin/1.html"


def test_html_record_carries_source_text_and_offsets_refer_to_it(tmp_path):
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")  # sniffed, whatever the name
    [item] = iter_inputs([str(tmp_path / "page.txt")])
    assert isinstance(item, PageArticle)
    record = record_for(item, Options())
    assert record.error is None and record.source_text == item.data
    assert [r.rank for r in record.ranks] == ["Đại tá"]  # the one in <script> is gone
    spans = list(iter_spans(record))
    assert spans and all(record.source_text[m.start:m.end] == m.text for _, m in spans)
    assert record.published.value == "2023-05-24"


def test_jsonl_line_with_html_field(tmp_path):
    path = tmp_path / "pages.jsonl"
    path.write_text(json.dumps({"id": "h", "html": PAGE, "url": "u"}) + "\n", encoding="utf-8")
    [item] = iter_inputs([str(path)])
    assert isinstance(item, PageArticle) and item.url == "u" and item.data.startswith("Hội nghị")


@pytest.mark.parametrize("head, expected", [
    (b"<!DOCTYPE html><html>", True), (b"\xef\xbb\xbf  <html lang='vi'>", True),
    (b"<!-- saved --><html>", True), (b"Tin <html> trong bai", False), (b"", False),
], ids=["doctype", "bom", "comment", "text", "empty"])
def test_html_sniffing(head, expected):
    assert looks_like_html(head) is expected


class _Stdin:
    def __init__(self, data: bytes):
        self.buffer = io.BufferedReader(io.BytesIO(data))


@pytest.mark.parametrize("data, expected", [
    (ARTICLE.encode(), [("stdin", None)]),
    ((json.dumps({"id": "x", "text": ARTICLE}) + "\n{bad\n").encode(), [("x", None), ("<stdin>:2", "E105")]),
    (gzip.compress((json.dumps({"id": "z", "text": ARTICLE}) + "\n").encode()), [("z", None)]),
    (b"y" * 3000, [("stdin", "E104")]),
], ids=["text", "jsonl", "gzip-jsonl", "oversized"])
def test_stdin(monkeypatch, data, expected):
    monkeypatch.setattr("sys.stdin", _Stdin(data))
    items = list(iter_inputs(["-"], max_bytes=2000))
    assert [(i.id, getattr(i, "code", None)) for i in items] == expected
