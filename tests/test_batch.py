"""The batch path: parallel, ordered, resumable after kill -9, lossless, contained; the Dask engine.

The reference is an uninterrupted ``-j 1`` run in this process; every other run
must give byte-identical records, one per input id, in input order.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import unicodedata
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from antq_extract.batch import runner
from antq_extract.batch.plan import chunked
from antq_extract.batch.job import Job
from antq_extract.article import RawArticle
from antq_extract.batch.runner import LocalEngine, run_chunk
from antq_extract.batch.work import Options
from antq_extract.cli import main

from conftest import CORPUS

COPIES = 16  # 5 corpus articles x 16 = 80 input lines


def _jsonl(path: Path, copies: int, extra: tuple = ()) -> Path:
    """The corpus replicated with distinct ids, as one JSONL file."""
    texts = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(CORPUS.glob("*.txt"))]
    with open(path, "w", encoding="utf-8") as fh:
        for k in range(copies):
            for stem, text in texts:
                fh.write(json.dumps({"id": f"c{k:03d}-{stem[:3]}", "text": text}, ensure_ascii=False) + "\n")
        for line in extra:
            fh.write(line + "\n")
    return path


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    """(input JSONL, reference output lines) from an uninterrupted one-process run."""
    root = tmp_path_factory.mktemp("batch")
    source = _jsonl(root / "in.jsonl", COPIES)
    ref = root / "ref.jsonl"
    stats = Job([str(source)], output=ref, jobs=1, progress=False).run()
    assert stats.written == 5 * COPIES and stats.failed == 0
    return source, ref.read_text(encoding="utf-8").splitlines()


def _cli(*args: str, **kwargs) -> subprocess.Popen:
    exe = Path(sys.executable).with_name("antq-extract")
    return subprocess.Popen([str(exe), "extract", *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True, **kwargs)


def _wait_for_lines(path: Path, n: int, proc: subprocess.Popen, limit: float = 60) -> None:
    end = time.monotonic() + limit
    while time.monotonic() < end and proc.poll() is None:
        if path.exists() and path.read_bytes().count(b"\n") >= n:
            return
        time.sleep(0.01)
    pytest.fail(f"no {n} records in {path} (exit {proc.poll()})")


def _ids(lines) -> Counter:
    return Counter(json.loads(line)["id"] for line in lines)


def _finish(proc: subprocess.Popen, limit: float = 120) -> int:
    try:
        return proc.wait(limit)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)


def test_two_workers_give_the_same_records_in_order(batch, tmp_path):
    source, ref = batch
    out = tmp_path / "out.jsonl"
    stats = Job([str(source)], output=out, jobs=2, chunk_size=8, progress=False).run()
    assert stats.written == len(ref)
    assert out.read_text(encoding="utf-8").splitlines() == ref


def test_parent_killed_then_resume(batch, tmp_path):
    source, ref = batch
    out = tmp_path / "out.jsonl"
    proc = _cli(str(source), "-o", str(out), "-j", "2", "--chunk-size", "4")
    _wait_for_lines(out, 8, proc)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(10)
    os.killpg(proc.pid, signal.SIGKILL)  # its workers, which would exit on their own
    partial = out.read_text(encoding="utf-8").splitlines()
    assert 0 < len(partial) < len(ref), "the run finished before it was killed"
    result = CliRunner().invoke(main, ["extract", str(source), "-o", str(out), "--resume", "-j", "1"])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").splitlines() == ref


def _workers(pid: int) -> list:
    """The pool's worker processes: the forkserver's children."""
    import psutil

    family = psutil.Process(pid).children(recursive=True)
    servers = [p for p in family if "forkserver" in " ".join(p.cmdline())]
    return [c for s in servers for c in s.children()]


def test_worker_killed_the_run_goes_on_and_resume_adds_nothing(batch, tmp_path):
    source, ref = batch
    out = tmp_path / "out.jsonl"
    proc = _cli(str(source), "-o", str(out), "-j", "2", "--chunk-size", "4")
    _wait_for_lines(out, 4, proc)
    workers = _workers(proc.pid)
    assert workers, "no worker process found"
    workers[0].kill()
    assert _finish(proc) == 0, proc.stderr.read().decode()
    assert out.read_text(encoding="utf-8").splitlines() == ref
    result = CliRunner().invoke(main, ["extract", str(source), "-o", str(out), "--resume", "-j", "1"])
    assert result.exit_code == 0 and "already done" in result.output
    assert _ids(out.read_text(encoding="utf-8").splitlines()) == _ids(ref)


def test_torn_last_line_is_cut_and_redone(batch, tmp_path):
    source, ref = batch
    out = tmp_path / "out.jsonl"
    out.write_text("\n".join(ref[:50]) + "\n" + ref[50][: len(ref[50]) // 2], encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(source), "-o", str(out), "--resume", "-j", "1"])
    assert result.exit_code == 0 and "torn record" in result.output
    assert out.read_text(encoding="utf-8").splitlines() == ref


def test_resume_refuses_a_file_that_is_not_our_output(batch, tmp_path):
    source, ref = batch
    out = tmp_path / "pretty.json"
    out.write_text('{\n  "id": "x"\n}\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(source), "-o", str(out), "--resume", "-j", "1"])
    assert result.exit_code != 0 and "refusing to resume" in result.output
    assert out.read_text(encoding="utf-8") == '{\n  "id": "x"\n}\n'


def test_duplicates_resume_to_the_same_records(tmp_path):
    line = json.dumps({"id": "a", "text": "Đại tá Nguyễn Văn An phát biểu."}, ensure_ascii=False)
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join([line, line, line.replace('"a"', '"b"'), line]) + "\n", encoding="utf-8")
    full, part = tmp_path / "full.jsonl", tmp_path / "part.jsonl"
    CliRunner().invoke(main, ["extract", str(source), "-o", str(full), "-j", "1"])
    lines = full.read_text(encoding="utf-8").splitlines()
    assert [json.loads(x)["id"] for x in lines] == ["a", "a", "b", "a"]
    part.write_text("\n".join(lines[:2]) + "\n", encoding="utf-8")
    CliRunner().invoke(main, ["extract", str(source), "-o", str(part), "-j", "1", "--resume"])
    assert part.read_text(encoding="utf-8").splitlines() == lines


def _cp1258(text: str) -> bytes:
    """Vietnamese in Windows-1258: letters with a hat, breve or horn precomposed, tones combining."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", ch)
        shape = [m for m in parts[1:] if m in "\u0302\u0306\u031b"]
        tones = [m for m in parts[1:] if m not in shape]
        out.append(unicodedata.normalize("NFC", parts[0] + "".join(shape)) + "".join(tones))
    return "".join(out).encode("cp1258")


def test_mixed_folder_one_record_each_with_reasons(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    good = sorted(CORPUS.glob("*.txt"))[0].read_bytes()
    files = {"good.txt": good, "empty.txt": b"  \n", "binary.txt": bytes(range(256)) * 8,
             "big.txt": good * 5, "legacy.txt": _cp1258("Công an tỉnh Hà Giang tổ chức hội nghị tổng kết.\n"),
             "page.html": b"<html><body><article><h1>Tin</h1><p>Thi\xe1\xbb\x87u t\xc3\xa1 An.</p></article></body></html>"}
    for name, data in files.items():
        (folder / name).write_bytes(data)
    (folder / "photo.jpg").write_bytes(bytes(range(256)))  # not an article: skipped and counted
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["extract", str(folder), "-o", str(out), "-j", "1", "--max-bytes", "20000"])
    records = {r["id"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert sorted(records) == sorted(Path(n).stem for n in files)
    codes = {rid: (r["error"] or {}).get("code") for rid, r in records.items()}
    assert codes == {"good": None, "empty": "E101", "binary": "E102", "big": "E104", "legacy": None, "page": None}
    assert all(records[rid]["error"]["message"].startswith(f"[{code}]") for rid, code in codes.items() if code)
    assert records["legacy"]["encoding"] != "utf-8" and "source_text" in records["page"]
    assert result.exit_code == 1 and "3 article(s) failed" in result.output
    assert "1 file(s) in the folders skipped" in result.output


def test_jsonl_broken_lines_and_duplicate_ids(tmp_path):
    text = json.dumps({"id": "a", "text": "Đại tá Nguyễn Văn An phát biểu."}, ensure_ascii=False)
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join([text, '{"id": "b", "text": ', text, '{"id": "c", "text": "Hội nghị."}']) + "\n",
                      encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["extract", str(source), "-o", str(out), "-j", "1"])
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(r["id"], (r["error"] or {}).get("code")) for r in records] == [
        ("a", None), ("in:2", "E105"), ("a", "E107"), ("c", None)]
    assert "line 2" in records[1]["error"]["message"]
    assert f"first seen {source}:1" in records[2]["error"]["message"]
    assert result.exit_code == 1 and "1 duplicate id" in result.output


def test_hostile_ids_stay_in_the_record(tmp_path):
    ids = ["../../etc/passwd", "/etc/shadow", "..\\..\\boot.ini", "a/../../b", "\x00nul"]
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps({"id": i, "text": "Hội nghị công an."}) + "\n" for i in ids))
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    before = {p for p in tmp_path.parent.rglob("*")}
    result = CliRunner().invoke(main, ["extract", str(source), "-o", str(out_dir / "r.jsonl"), "-j", "1"])
    assert result.exit_code == 0, result.output
    assert {p for p in tmp_path.parent.rglob("*")} - before == {out_dir / "r.jsonl"}
    assert [json.loads(line)["id"] for line in (out_dir / "r.jsonl").read_text().splitlines()] == ids


def test_dask_engine_gives_the_same_records(batch, tmp_path):
    distributed = pytest.importorskip("distributed")
    source, ref = batch
    small = tmp_path / "small.jsonl"
    small.write_text("".join(line + "\n" for line in source.read_text(encoding="utf-8").splitlines()[:40]),
                     encoding="utf-8")
    out = tmp_path / "out.jsonl"
    with distributed.LocalCluster(n_workers=1, processes=False, threads_per_worker=1,
                                  dashboard_address=":0") as cluster:
        Job([str(small)], output=out, engine="dask", scheduler=cluster.scheduler_address,
            chunk_size=8, progress=False).run()
    same_path = [line.replace(json.dumps(str(source)), json.dumps(str(small))) for line in ref[:40]]
    assert out.read_text(encoding="utf-8").splitlines() == same_path  # the record names its input file


def test_input_is_pulled_lazily_with_a_bounded_window():
    pulled = [0]

    def endless():
        while True:
            pulled[0] += 1
            yield RawArticle(id=f"n{pulled[0]}", data="Đại tá Nguyễn Văn An phát biểu.")

    results = LocalEngine(2, Options()).run(chunked(endless(), size=4))
    first = [next(results) for _ in range(3)]
    results.close()
    assert [r.id for chunk in first for r in chunk] == [f"n{i}" for i in range(1, 13)]
    assert pulled[0] <= 4 * (2 * 2 + 3) + 1  # the window (2 x jobs chunks) plus those written


def _poisoned(items, options):
    """run_chunk, except that an article with id "poison" kills its worker process."""
    if any(item.id == "poison" for item in items):
        os._exit(9)
    return run_chunk(items, options)


def _hung(items, options):
    """run_chunk, except that an article with id "hang" blocks in a way no signal can stop."""
    if any(item.id == "hang" for item in items):
        signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGALRM])
        time.sleep(600)
    return run_chunk(items, options)


def _torn(items, options):
    """run_chunk, except that for the id "torn" its worker dies half-way through writing its result."""
    if any(item.id == "torn" for item in items):
        import gc
        import struct
        from multiprocessing.queues import SimpleQueue

        queue = next(o for o in gc.get_objects() if isinstance(o, SimpleQueue))
        os.write(queue._writer.fileno(), struct.pack("!i", 100_000) + b"x" * 100)  # a header and part of a message
        os._exit(9)
    return run_chunk(items, options)


def test_a_worker_killed_while_sending_its_result_does_not_hang_the_run(tmp_path, monkeypatch):
    """CI bug: the executor's thread blocked for ever on the torn message, and so did the run and its exit."""
    import threading
    from concurrent.futures import process

    monkeypatch.setattr(runner, "run_chunk", _torn)
    source, out = _small_input(tmp_path, "torn"), tmp_path / "out.jsonl"
    job = Job([str(source)], output=out, jobs=2, chunk_size=2, options=Options(timeout=None), progress=False)
    thread = threading.Thread(target=job.run, daemon=True)
    thread.start()
    thread.join(60)
    assert not thread.is_alive(), "the run hung"
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(r["id"], (r["error"] or {}).get("code")) for r in records] == \
        [("ok0", None), ("ok1", None), ("ok2", None), ("torn", "E199"), ("ok3", None), ("ok4", None), ("ok5", None)]
    end = time.monotonic() + 10  # the executors' threads wind down, so the interpreter can exit
    while time.monotonic() < end and any(t.is_alive() for t in list(process._threads_wakeups)):
        time.sleep(0.05)
    assert not any(t.is_alive() for t in list(process._threads_wakeups))


def _small_input(tmp_path: Path, bad_id: str) -> Path:
    lines = [json.dumps({"id": f"ok{i}", "text": f"Đại tá Nguyễn Văn An phát biểu lần {i}."}) for i in range(6)]
    lines.insert(3, json.dumps({"id": bad_id, "text": "Hội nghị."}))
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("culprit, bad_id, code, chunk", [(_poisoned, "poison", "E199", 2), (_hung, "hang", "E106", 1)],
                         ids=["worker-dies", "worker-hangs"])
def test_an_article_that_breaks_its_worker_gets_an_error_record(tmp_path, monkeypatch, culprit, bad_id, code, chunk):
    monkeypatch.setattr(runner, "run_chunk", culprit)
    monkeypatch.setattr(runner, "HARD_GRACE", 3.0)
    monkeypatch.setattr(runner, "HARD_PER_ITEM", 0.0)
    source, out = _small_input(tmp_path, bad_id), tmp_path / "out.jsonl"
    stats = Job([str(source)], output=out, jobs=2, chunk_size=chunk, options=Options(timeout=0.5),
                progress=False).run()
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ["ok0", "ok1", "ok2", bad_id, "ok3", "ok4", "ok5"]
    assert [(r["error"] or {}).get("code") for r in records] == [None] * 3 + [code] + [None] * 3
    assert stats.failed == 1


def _die(*args):
    os._exit(3)


def test_workers_that_cannot_start_stop_the_run(tmp_path, monkeypatch):
    monkeypatch.setattr(runner, "warm", _die)
    source = _small_input(tmp_path, "x")
    with pytest.raises(RuntimeError, match="keep dying"):
        Job([str(source)], output=tmp_path / "out.jsonl", jobs=2, chunk_size=2, progress=False).run()
