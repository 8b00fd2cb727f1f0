"""Start-up (issue 11: <= 1.0 s to the first record): extracting one article imports none of the
libraries only other commands or rare inputs need."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CODE = ("import sys; from antq_extract.cli import main\n"
        "sys.argv = ['antq-extract', 'extract', '-j', '1', sys.argv[1]]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "sys.stderr.write(' '.join(sorted(m for m in sys.modules if '.' not in m)))")


@pytest.fixture(scope="module")
def loaded() -> set[str]:
    article = sorted((ROOT / "corpus").glob("*.txt"))[0]
    out = subprocess.run([sys.executable, "-c", CODE, str(article)], capture_output=True, text=True,
                         check=True, cwd=ROOT)
    return set(out.stderr.split())


@pytest.mark.parametrize("module", [
    pytest.param("pint", id="pint-factors-from-rules"),
    pytest.param("underthesea", id="underthesea-abbreviations-from-rules"),
    pytest.param("pyarrow", id="pyarrow-export-command-only"),
    pytest.param("duckdb", id="duckdb-export-command-only"),
    pytest.param("dask", id="dask-engine-only"),
])
def test_extract_does_not_import(loaded, module):
    assert module not in loaded
