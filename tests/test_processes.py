"""The run's processes: no worker outlives the run, however it ends; SIGTERM stops it like Ctrl-C.

Each test starts the installed command with two workers, kills the parent
mid-run, and then looks for any process of the run (the forkserver and the
workers) a few seconds later.
"""
from __future__ import annotations

import json
import os
import signal
import time

import psutil
import pytest
from click.testing import CliRunner

from antq_extract.cli import main

from test_batch import _cli, _finish, _wait_for_lines, batch  # noqa: F401  (batch: the fixture)


def _family(pid: int) -> list[psutil.Process]:
    return psutil.Process(pid).children(recursive=True)


def _left(processes: list[psutil.Process], limit: float = 5.0) -> list[psutil.Process]:
    """The processes still alive (zombies count as gone) after waiting up to ``limit`` seconds."""
    end = time.monotonic() + limit
    alive = processes
    while alive and time.monotonic() < end:
        alive = [p for p in alive if p.is_running() and p.status() != psutil.STATUS_ZOMBIE]
        time.sleep(0.1)
    return alive


def _started(batch, tmp_path):
    source, _ = batch
    out = tmp_path / "out.jsonl"
    proc = _cli(str(source), "-o", str(out), "-j", "2", "--chunk-size", "4")
    _wait_for_lines(out, 8, proc)
    family = _family(proc.pid)
    assert len(family) >= 3, "expected a forkserver and two workers"
    return source, out, proc, family


def _resumed_to_reference(source, out, ref) -> None:
    result = CliRunner().invoke(main, ["extract", str(source), "-o", str(out), "--resume", "-j", "1"])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").splitlines() == ref


@pytest.mark.slow
@pytest.mark.parametrize("sig", [pytest.param(signal.SIGKILL, id="kill-9"), pytest.param(signal.SIGTERM, id="term")])
def test_no_process_of_the_run_outlives_its_parent(batch, tmp_path, sig):
    source, out, proc, family = _started(batch, tmp_path)
    try:
        os.kill(proc.pid, sig)
        proc.wait(10)
        left = _left(family)
        assert not left, f"still running after the parent: {[p.cmdline()[:3] for p in left]}"
    finally:
        _finish(proc)  # kills the group should anything be left
    lines = out.read_text(encoding="utf-8").splitlines()
    assert all(json.loads(line)["id"] for line in lines)  # whole records only
    _resumed_to_reference(source, out, batch[1])


@pytest.mark.slow
def test_sigterm_says_how_to_go_on(batch, tmp_path):
    source, out, proc, _ = _started(batch, tmp_path)
    os.kill(proc.pid, signal.SIGTERM)
    assert _finish(proc, 20) == 143
    err = proc.stderr.read().decode()
    assert "rerun with --resume" in err and "Traceback" not in err
    assert out.read_bytes().endswith(b"\n")
