"""Adversarial run: a folder of hostile inputs through ``antq-extract extract``, every record checked.

The folder holds N fuzzed articles (real sentences of ``corpus/`` and the held-out articles,
glued and mutated: characters deleted, repeated, swapped, cases changed, digits, punctuation,
controls, zero-width and combining marks inserted, cut short) and one input of every kind in
the "Bad inputs" table of ``docs/batch.md``. It runs

    antq-extract extract DIR -o OUT -j 2 --timeout 10

as a subprocess and checks: the exit status is 0 or 1 and nothing printed a traceback; one
record per input item; every record parses as an ``ArticleRecord``; every bad input gives the
record the table promises (error code, or warning); ``source[start:end] == text`` for every
mention of every good record read from a ``.txt`` file (source: the record's ``source_text``,
else the file read as UTF-8). It then times every article file in this process
(``process`` / ``process_page``, no time limit, best of two runs) and names the slowest.

    nice python scripts/adversarial_run.py --fuzz 2000 --seed 1
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from antq_extract.article import RawArticle
from antq_extract.batch.html import PageInput, process_page
from antq_extract.text.decode import MAX_BYTES
from antq_extract.models import ArticleRecord, iter_spans
from antq_extract.pipeline import process

ROOT = Path(__file__).resolve().parents[1]
EXE = Path(sys.executable).with_name("antq-extract")
SENTENCE = "Sáng 24/5, Đại tá Nguyễn Văn An chủ trì hội nghị tổng kết năm 2023.\n"
_INSERTS = ["0", "12/3", "2024", "15h20", ".", ",", ":", "%", "/", "-", "(", ")", '"', "“", "\n",
            "\n\n", "\t", "\x0b", "\u200b", "\u00a0", "\u202e", "\ufeff", "\u0301" * 3, "\u0323",
            "\uff11\uff12", "ngày ", "số ", "Đại tá ", "tháng ", "năm "]


def sentences() -> list[str]:
    """Real sentences: every line of the corpus and the held-out articles, split after . ! ?"""
    folders = [ROOT / "corpus", ROOT / "tests" / "data" / "heldout" / "articles"]
    lines = [line for folder in folders for path in sorted(folder.glob("*.txt"))
             for line in path.read_text(encoding="utf-8").splitlines()]
    return [s for line in lines for s in re.split(r"(?<=[.!?])\s+", line) if len(s.strip()) > 3]


def mutate(text: str, rng: random.Random) -> str:
    """``text`` with one random edit at a random place."""
    i = rng.randrange(len(text) + 1)
    j = min(len(text), i + rng.randint(1, 12))
    op = rng.choice(["delete", "repeat", "swap", "insert", "insert", "upper", "lower", "cut"])
    if op == "delete":
        return text[:i] + text[j:]
    if op == "repeat":
        return text[:j] + text[i:j] * rng.randint(1, 4) + text[j:]
    if op == "swap":
        return text[:i] + text[j:j + 1] + text[i + 1:j] + text[i:i + 1] + text[j + 1:]
    if op == "insert":
        return text[:i] + rng.choice(_INSERTS) + text[i:]
    if op in ("upper", "lower"):
        return text[:i] + getattr(text[i:j], op)() + text[j:]
    return text[:i] if rng.random() < 0.5 else text[i:]


def fuzzed_article(pool: list[str], rng: random.Random) -> str:
    text = rng.choice(["\n", " ", "\n\n"]).join(rng.choices(pool, k=rng.randint(2, 40)))
    for _ in range(rng.randint(1, 12)):
        text = mutate(text, rng)
    return text


def _jsonl(*lines: str) -> bytes:
    return "".join(line + "\n" for line in lines).encode("utf-8")


def _gz_cut() -> bytes:
    lines = [json.dumps({"id": f"g{k}", "text": f"{SENTENCE} {k * 7919}"}) for k in range(200)]
    whole = gzip.compress(_jsonl(*lines))
    return whole[:len(whole) * 2 // 3]


def _page(head: str, body: str) -> bytes:
    return f"<!DOCTYPE html><html><head>{head}<title>Tin</title></head><body>{body}</body></html>".encode()


GOOD = {"id": "ok", "text": SENTENCE}
FUZZED = "fuzzed"
# (file name, bytes, the records it must give in order: (error code or None, warning code or None))
BAD_KINDS = [
    (b"marks.txt", (SENTENCE + "a" + "\u0301" * 100_000 + " " + SENTENCE).encode(), [(None, "W005")]),
    (b"deep.html", _page("", "<div>" * 100_000 + "<p>" + SENTENCE + "</p>" + "</div>" * 100_000),
     [(None, "W008")]),
    (b"idna.html", _page('<meta charset="idna">', "<h1>Hội nghị</h1><p>" + SENTENCE * 3 + "</p>"),
     [(None, "W007")]),
    (b"invalid-utf8.txt", bytes(random.Random(0).randrange(0x80, 0x100) for _ in range(4000)),
     [("E103", None)]),
    (b"stray-bytes.txt", (SENTENCE * 20).encode() + b"\xff\xfe" + SENTENCE.encode(), [(None, "W004")]),
    (b"nul.txt", b"\x00\x01binary\x00" * 500, [("E102", None)]),
    (b"huge-line.txt", b"1.1." * (MAX_BYTES // 4 + 1), [("E104", None)]),
    (b"long-line.txt", SENTENCE.strip().encode() * 1500, [(None, None)]),
    (b"huge-line.jsonl", _jsonl('{"id":"huge","text":"' + "a" * (6 * MAX_BYTES + 70_000) + '"}',
                                json.dumps({"id": "after-huge", "text": SENTENCE})), [("E104", None), (None, None)]),
    (b"surrogates.jsonl", _jsonl('{"id":"s\\ud800","text":"Hội nghị."}', '{"id":"t","text":"Hội \\udfffnghị."}',
                                 '{"id":"u","title":"x\\udfff","url":"https://a.vn/\\ud83d","text":"Hội nghị."}'),
     [(None, None), (None, "W004"), (None, None)]),
    (b"nested.jsonl", _jsonl("[" * 10_000 + "]" * 10_000, '{"id":"n","text":"x","v":' + "[" * 10_000
                             + "]" * 10_000 + "}", '{"id": "broken", "text": '),
     [("E105", None)] * 3),
    (b"dup.jsonl", _jsonl(json.dumps(GOOD), json.dumps(GOOD), '{"id":"e","text":"  "}'),
     [(None, None), ("E107", None), ("E101", None)]),
    (b"cut.jsonl.gz", _gz_cut(), None),  # the readable lines, then E108: counted from the output
    (b"\xff\xfe.txt", SENTENCE.encode(), [(None, None)]),
    (b"caf\xe9.txt", SENTENCE.encode(), [(None, None)]),
    (b"empty.txt", b"", [("E101", None)]),
    (b"blank.txt", b" \n\t\n\n", [("E101", None)]),
]
LINKS = [(b"loop-a.txt", b"loop-b.txt"), (b"loop-b.txt", b"loop-a.txt"), (b"dangling.txt", b"nowhere.txt")]


def build(folder: Path, fuzz: int, seed: int) -> dict[str, tuple[bytes, list | None]]:
    """Write the inputs; {path as records name it: (its bytes, the records it must give; None: unknown)}."""
    rng, pool = random.Random(seed), sentences()
    (folder / "fuzz").mkdir(parents=True)
    (folder / "bad").mkdir()
    expected: dict[str, tuple[bytes, list | None]] = {}

    def add(path: bytes, records: list | None) -> None:
        expected[path.decode("utf-8", "backslashreplace")] = (path, records)

    for k in range(fuzz):
        path = os.fsencode(folder / "fuzz" / f"f{k:05d}.txt")
        with open(path, "w", encoding="utf-8", newline="") as fh:
            fh.write(fuzzed_article(pool, rng))
        add(path, FUZZED)
    bad = os.fsencode(folder / "bad") + b"/"
    for name, data, records in BAD_KINDS:
        with open(bad + name, "wb") as fh:
            fh.write(data)
        add(bad + name, records)
    for name, target in LINKS:
        os.symlink(target, bad + name)
        add(bad + name, [("E108", None)])
    os.mkfifo(bad + b"fifo.txt")
    add(bad + b"fifo.txt", [("E108", None)])
    return expected


def _code(record: dict) -> str | None:
    return (record.get("error") or {}).get("code")


def _matches(records: list[dict], want: list | str | None) -> bool:
    if want == FUZZED:   # one record, never an internal error (a cut can leave nothing: E101)
        return len(records) == 1 and _code(records[0]) in (None, "E101")
    if want is None:
        return bool(records) and _code(records[-1]) == "E108"
    return len(records) == len(want) and all(
        _code(r) == code and (warning is None or any(f"[{warning}]" in w for w in r["warnings"]))
        for r, (code, warning) in zip(records, want))


def offsets(record: dict, path: bytes) -> tuple[int, int]:
    """(mentions checked, violations) of one good record read from the .txt file ``path``."""
    source = record["source_text"]
    if source is None:
        with open(path, encoding="utf-8") as fh:
            source = fh.read()
    spans = list(iter_spans(ArticleRecord.model_validate(record)))
    return len(spans), sum(source[m.start:m.end] != m.text for _, m in spans)


def timings(folder: Path) -> list[tuple[float, str]]:
    """(seconds, path) of every article file under ``folder``, processed in this process, slowest first."""
    out = []
    for path in sorted(folder.rglob("*")):
        if not (path.is_file() and not path.is_symlink() and path.suffix in (".txt", ".html")):
            continue
        data = path.read_bytes()
        if len(data) > MAX_BYTES:
            continue
        raw = (PageInput if path.suffix == ".html" else RawArticle)(id=path.stem, data=data)
        name = os.fsencode(path.relative_to(folder)).decode("utf-8", "backslashreplace")
        out.append((min(_seconds(raw) for _ in range(2)), name))   # best of two: a model loads on first use
    return sorted(out, reverse=True)


def _seconds(raw: RawArticle) -> float:
    start = time.perf_counter()
    process_page(raw) if isinstance(raw, PageInput) else process(raw)
    return time.perf_counter() - start


def run_batch(folder: Path, out: Path, jobs: int, timeout: float) -> tuple[int, str, float]:
    """(exit status, standard error, wall seconds) of the batch command on ``folder``."""
    cmd = [str(EXE), "extract", str(folder), "-o", str(out), "-j", str(jobs), "--timeout", str(timeout)]
    start = time.monotonic()
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                          errors="replace")
    return proc.returncode, proc.stderr, time.monotonic() - start


def check(records: list[dict], expected: dict) -> dict:
    """The figures of the output: counts, error codes, bad inputs not as documented, offsets."""
    by_path: dict[str, list[dict]] = {}
    for record in records:
        ArticleRecord.model_validate(record)
        by_path.setdefault(record["path"], []).append(record)
    surprises = sorted(p for p, (_, want) in expected.items() if not _matches(by_path.get(p, []), want))
    mentions = violations = 0
    for path, (raw, _) in expected.items():
        for record in by_path.get(path, []):
            if _code(record) is None and path.endswith(".txt"):
                m, v = offsets(record, raw)
                mentions, violations = mentions + m, violations + v
    return {"records": len(records), "unexpected_paths": sorted(set(by_path) - set(expected)),
            "errors": dict(sorted(Counter(_code(r) for r in records if _code(r)).items())),
            "bad_kinds": len(expected) - sum(w == FUZZED for _, w in expected.values()),
            "surprises": surprises, "mentions_checked": mentions, "violations": violations}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--fuzz", type=int, default=2000, help="fuzzed articles (default 2000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("-j", "--jobs", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=10.0)
    parser.add_argument("--no-timing", action="store_true", help="skip timing every article in this process")
    parser.add_argument("--json", action="store_true", help="print the summary as one JSON object")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="antq-adversarial-") as tmp:
        folder, out = Path(tmp) / "in", Path(tmp) / "out.jsonl"
        expected = build(folder, args.fuzz, args.seed)
        status, stderr, wall = run_batch(folder, out, args.jobs, args.timeout)
        lines = out.read_text(encoding="utf-8").splitlines() if out.exists() else []
        summary = {"fuzzed": args.fuzz, "seed": args.seed, "input_files": len(expected), "exit_status": status,
                   "traceback": "Traceback" in stderr, "wall_seconds": round(wall, 1),
                   **check([json.loads(line) for line in lines], expected)}
        summary["one_record_per_input"] = not summary["unexpected_paths"] and not any(
            p for p in summary["surprises"] if expected[p][1] == FUZZED)
        if not args.no_timing:
            times = timings(folder)
            summary["timed_articles"] = len(times)
            summary["mean_ms"] = round(1000 * sum(t for t, _ in times) / len(times), 1)
            summary["slowest"] = [{"input": name, "seconds": round(t, 2)} for t, name in times[:3]]
            t, name = next(x for x in times if x[1].startswith("fuzz/"))
            summary["slowest_fuzzed"] = {"input": name, "seconds": round(t, 2)}
    ok = (status in (0, 1) and not summary["traceback"] and summary["one_record_per_input"]
          and not summary["surprises"] and summary["violations"] == 0)
    if args.json:
        print(json.dumps(summary, ensure_ascii=False))
    else:
        for key, value in summary.items():
            print(f"{key:22} {value}")
        print("OK" if ok else "FAILED", file=sys.stderr)
        if summary["traceback"]:
            print(stderr, file=sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
