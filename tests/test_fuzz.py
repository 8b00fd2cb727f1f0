"""No detector raises on text: mutated real sentences through ``process()``.

Sentences come from the corpus and every dev article set (held-out, real-dev, every
real-blind set, the shared dev set when present); each example applies a few
sentence-level mutations (delete, duplicate or swap characters, insert digits, newlines,
punctuation, quotes, combining marks, change case, truncate, glue two sentences) and asserts
that the record is not an internal error (E199) and that every mention indexes its source
(``text == source[start:end]``, the source being the decoded input). The run is deterministic (``derandomize``, no example
database). ``ANTQ_FUZZ_EXAMPLES`` sets the number of examples of the slow run (default 8000,
about 20-30 s); a short run of 150 examples is in the default suite.
"""
from __future__ import annotations

import os
import re

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from antq_extract.text.decode import decode_text
from antq_extract.models import iter_spans
from antq_extract.pipeline import process_text

from conftest import CORPUS, ROOT, SHARED_DEV

EXAMPLES = int(os.environ.get("ANTQ_FUZZ_EXAMPLES", "8000"))
_DATA = ROOT / "tests" / "data"
_FOLDERS = [CORPUS, SHARED_DEV / "articles"] + [_DATA / name / "articles" for name in ("heldout", "real-dev")] \
    + sorted(_DATA.glob("real-blind*/articles"))   # every blind set once scored (dev sets since)


def _sentences() -> list[str]:
    out = []
    for folder in _FOLDERS:
        for path in sorted(folder.glob("*.txt")) if folder.is_dir() else ():
            for line in path.read_text(encoding="utf-8").splitlines():
                out += [s for s in re.split(r"(?<=[.!?])\s+", line) if len(s.strip()) > 3]
    return out


SENTENCES = _sentences()
_INSERTS = list("0123456789") + ["\n", "\n\n", ".", ",", ";", ":", "!", "?", "-", "/", "%", "(", ")",
                                 '"', "“", "”", "'", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323",
                                 " ", "  ", "số ", "ngày ", "năm 2024", "quý II/", "12/3", "15h20 "]
_OPS = ["delete", "duplicate", "swap", "insert", "digits", "upper", "lower", "truncate_end",
        "truncate_start", "newline_after_digit"]


def _apply(text: str, op: str, i: int, j: int, payload: str, number: int) -> str:
    if not text:
        return payload
    i, j = i % len(text), j % len(text)
    if op == "delete":
        return text[:i] + text[i + 1:]
    if op == "duplicate":
        return text[:i] + text[i] + text[i:]
    if op == "swap":
        a, b = sorted((i, j))
        return text if a == b else text[:a] + text[b] + text[a + 1:b] + text[a] + text[b + 1:]
    if op == "insert":
        return text[:i] + payload + text[i:]
    if op == "digits":
        return text[:i] + str(number) + text[i:]
    if op in ("upper", "lower"):
        a, b = sorted((i, j))
        return text[:a] + getattr(text[a:b + 1], op)() + text[b + 1:]
    if op == "truncate_end":
        return text[:i]
    if op == "truncate_start":
        return text[i:]
    digits = [k for k, c in enumerate(text) if c.isdigit()]
    k = digits[i % len(digits)] + 1 if digits else i
    return text[:k] + payload + text[k:]


_MUTATION = st.tuples(st.sampled_from(_OPS), st.integers(0, 10_000), st.integers(0, 10_000),
                      st.sampled_from(_INSERTS), st.integers(0, 10**7))


@st.composite
def mutated(draw):
    text = draw(st.sampled_from(SENTENCES))
    if draw(st.booleans()):
        text += draw(st.sampled_from([" ", "\n", "\n\n"])) + draw(st.sampled_from(SENTENCES))
    for mutation in draw(st.lists(_MUTATION, min_size=1, max_size=6)):
        text = _apply(text, *mutation)
    return text


def _check(text: str) -> None:
    record = process_text(text)
    assert record.error is None or record.error.code != "E199", record.error.message
    if record.error is not None:
        return                       # an input error (empty text): no spans
    source = decode_text(text).text  # the offset base: a legacy encoding is repaired first
    for field, m in iter_spans(record):
        assert source[m.start:m.end] == m.text, (field, m)


_SETTINGS = dict(derandomize=True, database=None, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.slow
@settings(max_examples=EXAMPLES, **_SETTINGS)
@given(mutated())
def test_mutated_sentences_give_records_with_exact_spans(text):
    _check(text)


@settings(max_examples=150, **_SETTINGS)
@given(mutated())
def test_mutated_sentences_short_run(text):
    _check(text)


@settings(max_examples=max(200, EXAMPLES // 10), derandomize=True, database=None, deadline=None)
@given(st.one_of(st.text(max_size=30), st.dates().map(str), st.from_regex(r"\A\d{4}(-\d{2}(-\d{2})?)?\Z")))
def test_any_published_metadata_gives_a_record(published):
    record = process_text("Sáng 13/2, Công an tỉnh bắt 3 đối tượng.", published=published)
    assert record.error is None, record.error.message


@pytest.mark.parametrize("text", [
    pytest.param("Thực hiện Chỉ thị 09\nCông an tỉnh đã triển khai.", id="bare-number-before-newline"),
    pytest.param("Kế hoạch 113\n/KH-BCA-C04 xem tại đây", id="symbol-after-newline"),
    pytest.param("Chỉ thị 09", id="bare-number-at-end"),
])
def test_known_crashes_give_records(text):
    assert process_text(text).error is None
