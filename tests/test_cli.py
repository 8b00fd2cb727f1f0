"""The command line: inputs of every kind, error records instead of crashes, complete help."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from antq_extract.text import legacy
from antq_extract.cli import main

from conftest import ROOT, corpus_files

ARTICLE = "Tiêu đề\n\nSáng 24/5/2023, Đại tá Nguyễn Văn An, Giám đốc Công an tỉnh, phát biểu.\n"
EXE = Path(sys.executable).with_name("antq-extract")


def run(*args, input=None):
    return CliRunner().invoke(main, ["extract", "-j", "1", *args], input=input)


def records(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_a_file(tmp_path):
    path = tmp_path / "bai-1.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = run(str(path))
    assert result.exit_code == 0, result.output
    [rec] = records(result.stdout)
    assert rec["id"] == "bai-1" and rec["error"] is None and rec["ranks"][0]["rank"] == "Đại tá"


def test_a_folder_in_sorted_order_to_an_output_file(tmp_path):
    for path in corpus_files():
        (tmp_path / "in" / path.name).parent.mkdir(exist_ok=True)
        (tmp_path / "in" / path.name).write_bytes(path.read_bytes())
    out = tmp_path / "out.jsonl"
    result = run(str(tmp_path / "in"), "-o", str(out))
    assert result.exit_code == 0, result.output
    recs = records(out.read_text(encoding="utf-8"))
    assert [r["id"] for r in recs] == [p.stem for p in corpus_files()]
    assert all(r["error"] is None for r in recs)


def test_jsonl_with_metadata(tmp_path):
    path = tmp_path / "batch.jsonl"
    lines = [{"id": "a", "text": ARTICLE, "published": "2023-05-24", "url": "https://example.vn/a"},
             {"id": "b", "text": "Thiếu tướng Trần Phú Hà dự hội nghị.", "title": "Tin B"}]
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", encoding="utf-8")
    result = run(str(path))
    assert result.exit_code == 0, result.output
    a, b = records(result.stdout)
    assert (a["id"], a["published"]["value"], a["published"]["start"], a["url"]) == \
        ("a", "2023-05-24", None, "https://example.vn/a")
    assert (b["id"], b["title"], [r["rank"] for r in b["ranks"]]) == ("b", "Tin B", ["Thiếu tướng"])


@pytest.mark.parametrize("data,rid", [
    pytest.param(ARTICLE.encode("utf-8"), "stdin", id="text"),
    pytest.param(legacy.encode(ARTICLE, "vni"), "stdin", id="vni-text"),
    pytest.param(json.dumps({"id": "j1", "text": ARTICLE}).encode() + b"\n", "j1", id="jsonl"),
])
def test_stdin(data, rid):
    result = run("-", input=data)
    assert result.exit_code == 0, result.output
    [rec] = records(result.stdout)
    assert rec["id"] == rid and rec["ranks"][0]["rank"] == "Đại tá"


def test_pretty_is_indented_json(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = run(str(path), "--pretty")
    assert result.exit_code == 0
    assert result.stdout.startswith("{\n  ") and json.loads(result.stdout)["id"] == "a"


BAD_FILES = {
    "empty.txt": (b"", "E101"),
    "binary.txt": (bytes(range(256)) * 16, "E102"),
    "russian.txt": ("Привет, как дела? Это не вьетнамский текст.".encode("cp1251"), "E103"),
}


def test_bad_files_give_error_records_and_exit_1(tmp_path):
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    for name, (data, _code) in BAD_FILES.items():
        (tmp_path / name).write_bytes(data)
    result = run(str(tmp_path))
    assert result.exit_code == 1
    recs = {r["id"]: r for r in records(result.stdout)}
    assert recs["good"]["error"] is None
    for name, (_data, code) in BAD_FILES.items():
        rec = recs[Path(name).stem]
        assert rec["error"]["code"] == code, rec["error"]
        assert all(rec[f] == [] for f in ("programs", "dates", "officials", "ranks", "statistics"))
    assert "failed" in result.stderr


def test_malformed_jsonl_line_is_an_error_record_and_the_rest_still_run(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join([json.dumps({"id": "a", "text": ARTICLE}), "{not json",
                               json.dumps({"id": "c", "text": ARTICLE}), json.dumps(["no", "object"])]),
                    encoding="utf-8")
    result = run(str(path))
    assert result.exit_code == 1
    recs = records(result.stdout)
    assert [r["error"]["code"] if r["error"] else None for r in recs] == [None, "E105", None, "E105"]
    assert recs[0]["id"] == "a" and recs[2]["id"] == "c" and recs[2]["ranks"]


def test_the_installed_command_with_worker_processes(tmp_path):
    """The console script itself, default worker pool, a corpus folder and a bad file."""
    for path in corpus_files()[:2]:
        (tmp_path / path.name).write_bytes(path.read_bytes())
    (tmp_path / "zz-empty.txt").write_bytes(b"")
    proc = subprocess.run([str(EXE), "extract", str(tmp_path), "--summary"], capture_output=True,
                          timeout=300, cwd=ROOT)
    assert proc.returncode == 1, proc.stderr.decode()
    recs = records(proc.stdout.decode("utf-8"))
    assert [r["id"] for r in recs] == [p.stem for p in corpus_files()[:2]] + ["zz-empty"]
    assert recs[-1]["error"]["code"] == "E101"
    assert "ranks" in proc.stderr.decode("utf-8")  # the summary table


def _commands():
    yield [], main
    for name, cmd in main.commands.items():
        yield [name], cmd


@pytest.mark.parametrize("path,cmd", list(_commands()), ids=lambda x: "-".join(x) if isinstance(x, list) else "")
def test_help_is_complete(path, cmd):
    result = CliRunner().invoke(main, [*path, "--help"])
    assert result.exit_code == 0
    text = " ".join(result.output.split())
    assert result.output.startswith("Usage: ")
    assert (cmd.help or "").strip(), f"{path} has no description"
    for param in cmd.params:
        if isinstance(param, click.Option):
            assert all(opt in text for opt in param.opts), (path, param.opts)
            assert param.help or param.name in ("help", "version"), (path, param.name, "no help text")
        else:
            assert param.name.upper() in text, (path, param.name)
    if path == []:
        assert all(name in text for name in main.commands)
