"""The output side of a batch: no run destroys data, and every refusal is one clear line.

Refused runs exit 2 and write nothing; an output that cannot be written exits
3 with the records before it whole; --retry-errors replaces error records in
place without ever losing a good one.
"""
from __future__ import annotations

import json
import os
import resource
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from antq_extract.batch import dask_engine
from antq_extract.batch.safety import OutputLock, lock_path
from antq_extract.cli import main

from test_batch import _cli, _finish, _wait_for_lines, batch  # noqa: F401  (batch: the fixture)

ARTICLE = "Đại tá Nguyễn Văn An, Giám đốc Công an tỉnh, phát biểu tại hội nghị ngày 24/5/2023."


def _run(*args: str):
    return CliRunner().invoke(main, ["extract", *args])


def _one_line_refusal(result, status: int, code: str) -> None:
    assert result.exit_code == status, result.output
    assert f"[{code}]" in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1, result.output


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    return folder


# --- an output that is an input, or that the run would read back -------------------------------

def _same_file(tmp_path):
    folder = _folder(tmp_path)
    return [str(folder / "a.txt")], folder / "a.txt", "E011"


def _same_jsonl(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "a", "text": ARTICLE}, ensure_ascii=False) + "\n", encoding="utf-8")
    return [str(source)], source, "E011"


def _via_other_spelling(tmp_path):
    folder = _folder(tmp_path)
    return [str(folder / "a.txt")], folder / ".." / "in" / "a.txt", "E011"


def _in_folder(tmp_path):
    folder = _folder(tmp_path)
    return [str(folder)], folder / "out.jsonl", "E012"


def _in_subfolder(tmp_path):
    folder = _folder(tmp_path)
    return [str(folder)], folder / "runs" / "out.jsonl", "E012"


def _matched_by_glob(tmp_path):
    folder = _folder(tmp_path)
    return [str(folder / "*")], folder / "out.jsonl", "E012"


@pytest.mark.parametrize("case", [
    pytest.param(_same_file, id="output-is-the-input-file"),
    pytest.param(_same_jsonl, id="output-is-the-input-jsonl"),
    pytest.param(_via_other_spelling, id="output-is-the-input-by-another-path"),
    pytest.param(_in_folder, id="output-inside-the-input-folder"),
    pytest.param(_in_subfolder, id="output-in-a-subfolder-of-the-input"),
    pytest.param(_matched_by_glob, id="output-matched-by-the-input-glob"),
])
def test_an_output_that_is_an_input_is_refused(tmp_path, case):
    paths, output, code = case(tmp_path)
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    result = _run(*paths, "-o", str(output), "-j", "1")
    _one_line_refusal(result, 2, code)
    assert {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()} == before


@pytest.mark.parametrize("pattern, name", [
    pytest.param("*.txt", "out.jsonl", id="glob-that-cannot-match-the-output"),
    pytest.param("", ".out.jsonl", id="hidden-output-in-the-input-folder-which-the-walk-skips"),
])
def test_an_output_beside_the_inputs_is_fine(tmp_path, pattern, name):
    folder = _folder(tmp_path)
    result = _run(str(folder / pattern), "-o", str(folder / name), "-j", "1")
    assert result.exit_code == 0, result.output
    assert json.loads((folder / name).read_text(encoding="utf-8"))["id"] == "a"


# --- an existing output ---------------------------------------------------------------------------

def test_a_non_empty_output_needs_resume_or_overwrite(tmp_path):
    folder, out = _folder(tmp_path), tmp_path / "out.jsonl"
    out.write_text("precious\n", encoding="utf-8")
    _one_line_refusal(_run(str(folder), "-o", str(out), "-j", "1"), 2, "E014")
    assert out.read_text(encoding="utf-8") == "precious\n"
    assert _run(str(folder), "-o", str(out), "-j", "1", "--overwrite").exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8"))["id"] == "a"


def test_an_empty_output_is_simply_written(tmp_path):
    folder, out = _folder(tmp_path), tmp_path / "out.jsonl"
    out.touch()
    assert _run(str(folder), "-o", str(out), "-j", "1").exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8"))["id"] == "a"


@pytest.mark.parametrize("args", [
    pytest.param(["--overwrite", "--resume"], id="overwrite-and-resume"),
    pytest.param(["--overwrite", "--retry-errors"], id="overwrite-and-retry"),
    pytest.param(["--scheduler", "tcp://127.0.0.1:1"], id="scheduler-without-dask"),
])
def test_contradictory_options_are_usage_errors(tmp_path, args):
    folder, out = _folder(tmp_path), tmp_path / "out.jsonl"
    result = _run(str(folder), "-o", str(out), *args)
    assert result.exit_code == 2 and "Usage" in result.output
    assert not out.exists()


# --- one writer at a time -------------------------------------------------------------------------

@pytest.mark.parametrize("extra", [pytest.param([], id="fresh"), pytest.param(["--resume"], id="resume")])
def test_a_second_writer_is_refused(tmp_path, extra):
    folder, out = _folder(tmp_path), tmp_path / "out.jsonl"
    lock = OutputLock(out).acquire()  # another run holds the output
    try:
        _one_line_refusal(_run(str(folder), "-o", str(out), "-j", "1", *extra), 2, "E013")
    finally:
        lock.release()
    assert not out.exists()
    assert _run(str(folder), "-o", str(out), "-j", "1").exit_code == 0
    assert not lock_path(out).exists(), "the lock file is removed at the end of a run"


@pytest.mark.slow
def test_two_runs_at_once_on_one_output(batch, tmp_path):
    source, ref = batch
    out = tmp_path / "out.jsonl"
    first = _cli(str(source), "-o", str(out), "-j", "1")
    _wait_for_lines(out, 1, first)
    second = _run(str(source), "-o", str(out), "-j", "1", "--resume")
    _one_line_refusal(second, 2, "E013")
    assert _finish(first) == 0
    assert out.read_text(encoding="utf-8").splitlines() == ref


# --- resuming into a file that is not ours --------------------------------------------------------

@pytest.mark.parametrize("content", [
    pytest.param('{"id": "c000-000", "name": "someone else\'s"}\n{"id": "c000-001"}\n', id="foreign-jsonl-with-ids"),
    pytest.param('{"id": "c000-000"}\n{"id": "c000-001"', id="foreign-jsonl-without-last-newline"),
    pytest.param('{"schema_version": "2", "id": "c000-000"}\n', id="another-schema-version"),
    pytest.param("id,text\nc000-000,x\n", id="csv"),
    pytest.param('{\n  "id": "x"\n}\n', id="pretty-json"),
])
def test_resume_refuses_a_file_that_is_not_ours(batch, tmp_path, content):
    source, _ = batch
    out = tmp_path / "out.jsonl"
    out.write_text(content, encoding="utf-8")
    for flag in ("--resume", "--retry-errors"):
        _one_line_refusal(_run(str(source), "-o", str(out), "-j", "1", flag), 2, "E015")
        assert out.read_text(encoding="utf-8") == content


# --- the output cannot be written -----------------------------------------------------------------

def test_an_unwritable_output_folder_is_one_line(tmp_path):
    folder = _folder(tmp_path)
    (tmp_path / "file").write_text("x")
    _one_line_refusal(_run(str(folder), "-o", str(tmp_path / "file" / "out.jsonl"), "-j", "1"), 3, "E016")


def _limit_file_size(limit: int):
    return lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


@pytest.mark.parametrize("limit", [pytest.param(60_000, id="mid-run"), pytest.param(1, id="first-chunk")])
def test_a_full_disk_keeps_the_records_before_it_whole(batch, tmp_path, limit):
    source, ref = batch
    out = tmp_path / "out.jsonl"
    exe = Path(sys.executable).with_name("antq-extract")
    proc = subprocess.run([str(exe), "extract", str(source), "-o", str(out), "-j", "1", "--chunk-size", "4"],
                          capture_output=True, text=True, timeout=120, preexec_fn=_limit_file_size(limit))
    assert proc.returncode == 3, proc.stderr
    assert "[E016]" in proc.stderr and "File too large" in proc.stderr and "Traceback" not in proc.stderr
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines == ref[: len(lines)] and out.stat().st_size <= limit  # whole records, none torn
    assert _run(str(source), "-o", str(out), "-j", "1", "--resume").exit_code == 0
    assert out.read_text(encoding="utf-8").splitlines() == ref


def test_a_full_device_is_one_line(tmp_path):
    folder = _folder(tmp_path)
    result = _run(str(folder), "-o", "/dev/full", "-j", "1")
    _one_line_refusal(result, 3, "E016")
    assert "No space left" in result.output


# --- Dask -----------------------------------------------------------------------------------------

def _closed_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1], None


def _silent_peer():
    """A listener that never answers (connections wait in its backlog)."""
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    s.listen(8)
    return s.getsockname()[1], s


def _http_peer():
    """Something else on the port: it answers every connection with HTTP."""
    s = _silent_peer()[1]

    def serve():
        try:
            while True:
                conn, _ = s.accept()
                conn.sendall(b"HTTP/1.1 400 Bad Request\r\n\r\n" * 8)
        except OSError:  # the listener was closed: the test is over
            pass

    threading.Thread(target=serve, daemon=True).start()
    return s.getsockname()[1], s


@pytest.mark.parametrize("peer", [pytest.param(_closed_port, id="nothing-listens"),
                                  pytest.param(_silent_peer, id="silent-listener"),
                                  pytest.param(_http_peer, id="not-a-scheduler")])
def test_an_unreachable_scheduler_is_one_line_and_exit_2(tmp_path, monkeypatch, peer):
    pytest.importorskip("distributed")
    monkeypatch.setattr(dask_engine, "CONNECT_TIMEOUT", 1)
    port, listener = peer()
    folder, out = _folder(tmp_path), tmp_path / "out.jsonl"
    start = time.monotonic()
    try:
        result = _run(str(folder), "-o", str(out), "--engine", "dask", "--scheduler", f"tcp://127.0.0.1:{port}")
    finally:
        if listener is not None:
            listener.close()
    _one_line_refusal(result, 2, "E017")
    assert time.monotonic() - start < 5
    assert not out.exists()


# --- --retry-errors -------------------------------------------------------------------------------

def _as_error(line: str, code: str) -> str:
    record = json.loads(line)
    for key in ("programs", "dates", "officials", "ranks", "statistics", "warnings"):
        record[key] = []
    record.update(title=None, published=None, error={"type": "ArticleTimeout", "code": code,
                                                     "message": f"[{code}] Article took longer than 30 s"})
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def _with_errors(ref: list[str], at: dict, keep: int) -> str:
    """The first ``keep`` reference records, those at the keys of ``at`` turned into error records."""
    return "".join((_as_error(line, at[i]) if i in at else line) + "\n" for i, line in enumerate(ref[:keep]))


def test_retry_errors_replaces_them_in_place_and_finishes_the_rest(batch, tmp_path):
    source, ref = batch
    out = tmp_path / "out.jsonl"
    out.write_text(_with_errors(ref, {0: "E106", 7: "E199", 30: "E106"}, 50), encoding="utf-8")
    result = _run(str(source), "-o", str(out), "-j", "1", "--retry-errors")
    assert result.exit_code == 0, result.output
    assert "3 error record(s) redone" in result.output and "already done" in result.output
    assert out.read_text(encoding="utf-8").splitlines() == ref
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"], "no scratch or lock file left"


def test_retry_errors_that_fail_again_keep_every_good_record(batch, tmp_path):
    source, ref = batch
    out = tmp_path / "out.jsonl"
    out.write_text(_with_errors(ref, {2: "E106", 9: "E106"}, len(ref)), encoding="utf-8")
    result = _run(str(source), "-o", str(out), "-j", "1", "--retry-errors", "--max-bytes", "10")
    assert result.exit_code == 1 and "2 article(s) failed" in result.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(x)["error"]["code"] for i, x in enumerate(lines) if i in (2, 9)] == ["E104", "E104"]
    assert [x for i, x in enumerate(lines) if i not in (2, 9)] == [x for i, x in enumerate(ref) if i not in (2, 9)]


@pytest.mark.slow
@pytest.mark.parametrize("sig", [pytest.param(signal.SIGKILL, id="kill-9"), pytest.param(signal.SIGTERM, id="term")])
def test_retry_errors_killed_leaves_the_output_as_it_was(batch, tmp_path, sig):
    source, ref = batch
    out = tmp_path / "out.jsonl"
    before = _with_errors(ref, {i: "E106" for i in range(0, len(ref), 2)}, len(ref))
    scratch = tmp_path / ".out.jsonl.retry.tmp"
    for _attempt in range(5):  # the kill must land mid-run: a run that ended first is started again
        out.write_text(before, encoding="utf-8")
        proc = _cli(str(source), "-o", str(out), "-j", "1", "--chunk-size", "2", "--retry-errors")
        _wait_for_lines(scratch, 4, proc)
        os.kill(proc.pid, signal.SIGSTOP)
        if proc.poll() is None and out.read_text(encoding="utf-8") == before:
            break
        # the run ended, or got past its rename before it stopped (the output is then whole and
        # new, which is right too): that attempt does not test a kill mid-run
        os.kill(proc.pid, signal.SIGCONT)
        _finish(proc, 20)
    else:
        pytest.fail("the retry run ended each time before it could be killed")
    os.kill(proc.pid, sig)
    os.kill(proc.pid, signal.SIGCONT)
    _finish(proc, 20)
    assert out.read_text(encoding="utf-8") == before
    assert _run(str(source), "-o", str(out), "-j", "1", "--retry-errors").exit_code == 0
    assert out.read_text(encoding="utf-8").splitlines() == ref


def test_retry_errors_without_errors_is_resume(batch, tmp_path):
    source, ref = batch
    out = tmp_path / "out.jsonl"
    out.write_text("".join(line + "\n" for line in ref[:20]) + ref[20], encoding="utf-8")  # last newline lost
    result = _run(str(source), "-o", str(out), "-j", "1", "--retry-errors")
    assert result.exit_code == 0 and "torn record" in result.output and "redone" not in result.output
    assert out.read_text(encoding="utf-8").splitlines() == ref
