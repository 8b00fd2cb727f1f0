"""The layout a newcomer relies on (README "Layout"): small modules, and a field table whose rule
files, detectors, models and test tables all exist."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from antq_extract import models

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "antq_extract"
MAX_LINES = 250


def test_no_module_is_over_the_line_limit():
    long = {str(p.relative_to(SRC)): n for p in SRC.rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert long == {}


def _field_rows():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    table = text[text.index("| field | rule file(s) | detector | model | test table |"):]
    rows = []
    for line in table.splitlines()[2:]:
        if not line.startswith("|"):
            break
        rows.append([cell.strip() for cell in line.strip("|").split("|")])
    return rows


@pytest.mark.parametrize("row", _field_rows(), ids=lambda r: r[0])
def test_readme_field_table_points_at_real_files(row):
    _field, rules, detector, model, tests = row
    for name in re.findall(r"`([^`]+\.(?:yaml|tsv))`", rules):   # rule files (a package named beside them is no file)
        assert list((ROOT / "rules").glob(name)), name
    paths = re.findall(r"`([^`]+)`", detector)
    for name in paths:   # "fields/statistics/ (`numbers.py`)": a bare file name lies in the folder before it
        assert (SRC / name).exists() or (SRC / paths[0] / name).exists(), name
    for name in re.findall(r"`([A-Za-z]+)(?:\.\w+)?`", model):
        assert hasattr(models, name), name
    for name in re.findall(r"`([^`]+)`", tests):
        assert (ROOT / name).exists(), name
