"""Limits and safety: time and size limits, pathological inputs, safe rule loading, no network."""
from __future__ import annotations

import socket
import threading
import time

import pytest

from antq_extract import lexicon
from antq_extract.article import RawArticle
from antq_extract.batch import work
from antq_extract.batch.limits import Expired, deadline
from antq_extract.batch.work import Options, record_for
from antq_extract.errors import RuleFileError
from antq_extract.pipeline import process

from conftest import CORPUS


def _spin(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


def test_deadline_in_main_thread():
    with pytest.raises(Expired):
        with deadline(0.2):
            _spin(5)


def test_deadline_in_another_thread():
    caught = []

    def job():
        try:
            with deadline(0.2):
                _spin(5)
        except Expired:
            caught.append(True)

    thread = threading.Thread(target=job)
    thread.start()
    thread.join(10)
    assert caught == [True]


def test_deadline_not_reached_and_disabled():
    with deadline(5):
        pass
    with deadline(None):
        _spin(0.01)
    time.sleep(0.05)  # a cancelled timer must not fire later


def _stuck(raw, max_bytes):
    """A detector that hangs and swallows every Exception on the way."""
    while True:
        try:
            _spin(0.05)
        except Exception:
            pass


def test_slow_article_gives_an_error_record(monkeypatch):
    monkeypatch.setattr(work, "process", _stuck)
    started = time.monotonic()
    record = record_for(RawArticle(id="slow", data="x"), Options(timeout=0.3))
    assert time.monotonic() - started < 5
    assert record.error.code == "E106" and record.error.type == "ArticleTimeout"
    assert "0.3 s" in record.error.message


def test_size_limit_gives_an_error_record():
    record = record_for(RawArticle(id="big", data="Công an " * 1000), Options(max_bytes=1000))
    assert record.error.code == "E104"


# Pathological inputs: each must finish well within its bound (the time limit would say E106).
# An xfail names a slow detector reported to its owner (docs/batch.md, "Pathological inputs").
PATHOLOGICAL = [
    pytest.param(lambda: "1." * 5_000_000, 120, id="10MB-digits-and-dots", marks=pytest.mark.slow),
    pytest.param(lambda: "1.2.3,4/5-6:7 " * 700_000, 120, id="10MB-number-soup", marks=pytest.mark.slow),
    pytest.param(lambda: "đồng chí " * 100_000, 30, id="100k-dong-chi"),
    pytest.param(lambda: "!?" * 250_000 + "\n" + "-" * 500_000 + "\n" + "." * 500_000, 30, id="1MB-punctuation-runs"),
    pytest.param(lambda: "(" * 200_000 + ")" * 200_000, 30, id="nested-parens"),
    pytest.param(lambda: "a." * 500_000, 30, id="1MB-abbreviation-dots"),
    pytest.param(lambda: "T.P. " * 100_000, 30, id="abbreviations-with-spaces"),
    pytest.param(lambda: "\"" * 100_000 + " ngày " * 20_000, 30, id="quotes-and-ngay"),
    pytest.param(lambda: "\n" * 300_000 + "x", 30, id="blank-lines"),
    pytest.param(lambda: "Đại tá Nguyễn Văn An, " * 10_000, 30, id="10k-officials"),
    pytest.param(lambda: "ngày 1/1/2020, " * 10_000, 30, id="10k-dates"),
    pytest.param(lambda: "ngày 1/1/2020, " * 40_000, 60, id="600KB-of-dates"),
    pytest.param(lambda: ("Số " + "9" * 2000 + "/") * 100, 30, id="long-numbers"),
    pytest.param(lambda: ("Chương trình số 09/Ctr-BCA-MTTQ " * 200 + "\n") * 10, 30, id="repeated-documents"),
    # bug (issue 10 work): every repeated or counter line was checked against every chrome span
    pytest.param(lambda: "Bài viết.\n" + "a\n" * 100_000, 10, id="100k-repeated-short-lines"),
    pytest.param(lambda: "Bài viết.\n" + "PV\nLượt xem: 1\n" * 50_000, 10, id="50k-counter-lines"),
]


@pytest.mark.parametrize("make, bound", PATHOLOGICAL)
def test_pathological_input_finishes(make, bound):
    text = make()
    started = time.monotonic()
    record = record_for(RawArticle(id="p", data=text), Options(max_bytes=20_000_000, timeout=bound))
    took = time.monotonic() - started
    assert record.error is None or record.error.code not in ("E106", "E199"), record.error.message
    assert took < bound


SPLIT_CASES = [
    "Xin chào. Tôi là Claude.", "TP. Hồ Chí Minh có 1.500.000 dân.", "Thôi... Hết rồi... vậy thôi",
    "Ông A. Nguyễn nói: \"Được!\" Rồi đi?! Sau đó...", "e.g. ví dụ. Dr. An", "a.b.c.d.e.f.g.h.i.j.k.l.m.n",
    "Số 000. Tiếp", "...", "  ", "Hết.\nDòng mới.", "Giá 3.5? Không!!! Có.", "x" * 50 + ". Y",
]


@pytest.mark.parametrize("text", SPLIT_CASES + [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))])
def test_sentence_split_is_underthesea(text):
    from underthesea import sent_tokenize as reference

    from antq_extract.text.sentence_split import sent_tokenize

    assert sent_tokenize(text) == reference(text)
    for paragraph in text.split("\n"):
        assert sent_tokenize(paragraph) == reference(paragraph)


EVIL_YAML = """about: {what: evil, source: test}
payload: !!python/object/apply:os.system ["echo pwned > /tmp/antq-pwned"]
"""


def test_yaml_python_tag_is_refused(tmp_path, monkeypatch):
    (tmp_path / "evil.yaml").write_text(EVIL_YAML, encoding="utf-8")
    monkeypatch.setenv("ANTQ_RULES", str(tmp_path))
    with pytest.raises(RuleFileError) as info:
        lexicon.load_yaml("evil.yaml")
    assert info.value.code == "E001" and "evil.yaml" in info.value.message


def test_no_network_at_run_time(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    for path in sorted(CORPUS.glob("*.txt")):
        assert process(RawArticle(id=path.stem, data=path.read_bytes())).error is None
