"""``scripts/adversarial_run.py`` on a small batch: every bad-input kind of docs/batch.md, 20 fuzzed articles.

Origin: issue 14 ("No input stops a batch"), its "Done when": the figures in docs/batch.md come
from this script, so the script itself must run and report what it checks.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from conftest import ROOT


@pytest.mark.slow
def test_adversarial_run_reports_one_record_per_input_and_no_violation():
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "adversarial_run.py"), "--fuzz", "20",
                           "--seed", "3", "--json"], capture_output=True, text=True, env=env, timeout=120)
    summary = json.loads(proc.stdout)
    assert proc.returncode == 0, summary
    assert summary["exit_status"] == 1 and not summary["traceback"]   # the bad inputs give error records
    assert summary["one_record_per_input"] and summary["surprises"] == [] and summary["unexpected_paths"] == []
    assert summary["violations"] == 0 and summary["mentions_checked"] > 0
    assert set(summary["errors"]) == {"E101", "E102", "E103", "E104", "E105", "E107", "E108"}
    assert summary["slowest"][0]["seconds"] > 0 and summary["timed_articles"] > 20
