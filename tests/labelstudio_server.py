"""A real Label Studio for the tests: started from the ``.venv-ls`` that ``make labelstudio`` makes.

The server runs on 127.0.0.1 with its SQLite database in a temporary folder,
an initial user and a legacy API token; nothing leaves the machine. Where the
virtual environment is missing the tests that need it are skipped with the
command that makes it.
"""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
VENV = Path(os.environ.get("ANTQ_LABEL_STUDIO_VENV", ROOT / ".venv-ls"))
USER, PASSWORD = "analyst@example.org", "antq-extract-test"
TOKEN = "0f1e2d3c4b5a69788796a5b4c3d2e1f001234567"
START_TIMEOUT = 300  # seconds; first start runs the migrations (about a minute on 2 cores)


@dataclass
class Server:
    url: str
    python: Path
    token: str = TOKEN


def venv_python() -> Path:
    python = VENV / "bin" / "python"
    if not (VENV / "bin" / "label-studio").exists():
        pytest.skip(f"Label Studio is not installed in {VENV}: run `make labelstudio` (needs PyPI)")
    return python


def start(data_dir: Path):
    """Start Label Studio; yields a :class:`Server` and stops it (its whole process group) after."""
    python = venv_python()
    port = _free_port()
    log = open(data_dir / "label-studio.log", "wb")
    env = {**os.environ, "LABEL_STUDIO_DISABLE_SIGNUP_WITHOUT_LINK": "true",
           "LABEL_STUDIO_LOCAL_FILES_SERVING_ENABLED": "false"}
    proc = subprocess.Popen(
        [str(VENV / "bin" / "label-studio"), "start", "--no-browser", "--internal-host", "127.0.0.1",
         "--port", str(port), "--data-dir", str(data_dir / "data"), "--username", USER,
         "--password", PASSWORD, "--user-token", TOKEN, "--enable-legacy-api-token"],
        cwd=data_dir, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
        env=env, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_up(url, proc, data_dir / "label-studio.log")
        yield Server(url, python)
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
        log.close()


def _wait_up(url: str, proc, log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"Label Studio exited ({proc.returncode}): {log.read_text(errors='replace')[-2000:]}")
        try:
            with urllib.request.urlopen(url + "/health", timeout=5) as r:
                if r.status == 200:
                    return
        except OSError:
            pass
        time.sleep(1)
    pytest.fail(f"Label Studio did not answer on {url} within {START_TIMEOUT} s")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
