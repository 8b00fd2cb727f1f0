"""Input walking: folders, globs, JSONL(.gz), HTML pages and stdin, streamed and bounded."""
from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from antq_extract.batch.walk import glob_paths, walk_files
from antq_extract.inputs import BadInput, iter_inputs

ARTICLE = "Tiêu đề bài viết\n\nSáng 24/5/2023, Đại tá Nguyễn Văn An chủ trì hội nghị.\n"

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
