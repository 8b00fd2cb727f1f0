"""underthesea's NER as a second opinion on names without a known surname.

The rules find names that start with a surname of ``rules/surnames.tsv``. A capitalised run
that does not ("Ni Na Vông", "Ksor Tuấn", "Y Ngọc Niê", "K' Thanh") is asked of underthesea's
CRF NER (shipped in the wheel; no network, no deep model) only when a cue stands right before
it or a title right after it. The tagger reads a short window that starts at the run (a cue
such as "đồng chí" before it makes the CRF call the whole phrase a place) and the run is a
person when one of its words is tagged PER.

Cost: one call is ~10 ms (the first one also loads the model, ~0.3 s), so only those windows
are tagged, at most ``MAX_CALLS`` per article. ``ANTQ_NER=0`` (or off/false/no) turns it off.
``STATS`` counts calls and time, for measuring what NER adds.
"""
from __future__ import annotations

import time

import regex

from ...config import settings

ENV = "ANTQ_NER"        # the variable that turns NER off (read once by config.settings)
MAX_CALLS = 4           # NER calls per article at most
AFTER = 5               # words read after the run (the CRF's cost grows with the window)
STATS = {"calls": 0, "seconds": 0.0, "persons": 0}
_AFTER = regex.compile(rf"(?:[ ,-]*[^\s;.:!?]+){{0,{AFTER}}}")


def enabled() -> bool:
    """NER is on unless ``ANTQ_NER`` says off (``config.settings``)."""
    return settings().ner


def is_person(text: str, start: int, end: int) -> bool:
    """Does underthesea tag a word of the run text[start:end] PER, read alone or, failing that,
    with the words after it up to a clause end? (The CRF is unsteady: "Y Biêr Niê" alone is a
    person, "Y Biêr Niê, Phó Chủ tịch ..." a place; "Vông Sả Sổm Phết, Phó ..." a person.)"""
    found = _per(text[start:end], end - start) or _per(text[start:_AFTER.match(text, end).end()], end - start)
    STATS["persons"] += found
    return found


def _per(window: str, run_len: int) -> bool:
    """Is a word within the first ``run_len`` characters of ``window`` tagged PER?"""
    from underthesea import ner  # imported lazily: the model loads on first use

    t0 = time.perf_counter()
    tags = ner(window)
    STATS["calls"] += 1
    STATS["seconds"] += time.perf_counter() - t0
    pos = 0
    for tag in tags:
        i = window.find(tag[0], pos)
        if i < 0 or i >= run_len:
            return False
        if tag[-1].endswith("PER"):
            return True
        pos = i + len(tag[0])
    return False
