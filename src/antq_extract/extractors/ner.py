"""underthesea's NER as a second opinion on names without a known surname.

The rules find names that start with a surname of ``rules/surnames.tsv``. A capitalised run
that does not ("Ni Na Vông", "Ksor Tuấn", "Y Ngọc Niê", "K' Thanh") is asked of underthesea's
CRF NER (shipped in the wheel; no network, no deep model) only when a cue stands right before
it or a title right after it. The tagger reads a short window that starts at the run (a cue
such as "đồng chí" before it makes the CRF call the whole phrase a place) and the run is a
person when its first word is tagged PER.

Cost: one call is ~10 ms (the first one also loads the model, ~0.3 s), so only those windows
are tagged, at most ``MAX_CALLS`` per article. ``ANTQ_NER=0`` (or off/false/no) turns it off.
``STATS`` counts calls and time, for measuring what NER adds.
"""
from __future__ import annotations

import os
import time

import regex

ENV = "ANTQ_NER"
MAX_CALLS = 4
WINDOW = 60
STATS = {"calls": 0, "seconds": 0.0, "persons": 0}
_END = regex.compile(r"[;.\n]")


def enabled() -> bool:
    """NER is on unless ``ANTQ_NER`` says off."""
    return os.environ.get(ENV, "1").strip().lower() not in ("0", "off", "false", "no")


def is_person(text: str, start: int, end: int) -> bool:
    """Does underthesea tag the run text[start:end] (read with what follows it) as a person?"""
    stop = _END.search(text, end, min(len(text), end + WINDOW))
    window = text[start:stop.start() if stop else min(len(text), end + WINDOW)]
    from underthesea import ner  # imported lazily: the model loads on first use

    t0 = time.perf_counter()
    tags = ner(window)
    STATS["calls"] += 1
    STATS["seconds"] += time.perf_counter() - t0
    first = next((t for t in tags if t[0].strip()), None)
    found = first is not None and window.startswith(first[0][:1]) and first[-1].endswith("PER")
    STATS["persons"] += found
    return found
