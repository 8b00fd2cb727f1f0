"""Kill trials: kill a batch run at random moments, resume it, compare with an uninterrupted run.

Each trial starts ``antq-extract extract IN -o OUT -j 2 --chunk-size 4`` on the
corpus replicated (with a broken JSONL line and a repeated id among them),
kills the parent process (SIGKILL or SIGTERM, at random) at a random moment,
one to three times, resuming in between with ``--resume``, then resumes to the
end. It checks that OUT is byte-identical to an uninterrupted run and that no
process of a killed run (forkserver, workers, resource tracker) is alive 5 s
after its parent died.

    nice python scripts/kill_trials.py --trials 25
"""
from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
EXE = Path(sys.executable).with_name("antq-extract")


def make_input(path: Path, copies: int) -> None:
    texts = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted((ROOT / "corpus").glob("*.txt"))]
    with open(path, "w", encoding="utf-8") as fh:
        for k in range(copies):
            for stem, text in texts:
                fh.write(json.dumps({"id": f"c{k:03d}-{stem[:3]}", "text": text}, ensure_ascii=False) + "\n")
            if k == copies // 2:
                fh.write('{"id": "broken", "text": \n')
                fh.write(json.dumps({"id": "c000-000", "text": "Hội nghị."}, ensure_ascii=False) + "\n")


def command(source: Path, out: Path, *extra: str) -> list[str]:
    return [str(EXE), "extract", str(source), "-o", str(out), "-j", "2", "--chunk-size", "4", *extra]


def run_killed(cmd: list[str], delay: float, sig: int) -> tuple[str, int]:
    """Start ``cmd``, kill its parent after ``delay`` s; (what happened, orphans left 5 s later)."""
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    end = time.monotonic() + delay
    family: list = []
    while time.monotonic() < end and proc.poll() is None:
        try:
            family = psutil.Process(proc.pid).children(recursive=True) or family
        except psutil.NoSuchProcess:
            break
        time.sleep(0.05)
    if proc.poll() is not None:
        return f"finished before the kill (exit {proc.returncode})", 0
    os.kill(proc.pid, sig)
    status = proc.wait(60)
    time.sleep(5)
    orphans = [p for p in family if p.is_running() and p.status() != psutil.STATUS_ZOMBIE]
    for p in orphans:
        p.kill()
    return f"{signal.Signals(sig).name} at {delay:.1f}s (exit {status})", len(orphans)


def trial(rng: random.Random, source: Path, ref: bytes, out: Path, span: float) -> tuple[bool, int, list[str]]:
    out.unlink(missing_ok=True)
    events, orphans = [], 0
    for k in range(rng.randint(1, 3)):
        extra = ("--resume",) if k else ()
        sig = rng.choice([signal.SIGKILL, signal.SIGTERM])
        what, left = run_killed(command(source, out, *extra), rng.uniform(0.2, span), sig)
        events.append(what)
        orphans += left
    done = subprocess.run(command(source, out, "--resume"), capture_output=True)
    events.append(f"resume exit {done.returncode}")
    return out.read_bytes() == ref, orphans, events


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=25)
    parser.add_argument("--copies", type=int, default=40, help="corpus copies in the input (5 articles each)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        source, ref_path, out = Path(tmp) / "in.jsonl", Path(tmp) / "ref.jsonl", Path(tmp) / "out.jsonl"
        make_input(source, args.copies)
        start = time.monotonic()
        subprocess.run(command(source, ref_path), capture_output=True)
        span = time.monotonic() - start
        ref = ref_path.read_bytes()
        print(f"input {len(ref.splitlines())} records; uninterrupted run {span:.1f}s", flush=True)
        identical = orphans = 0
        landed: list[str] = []
        for n in range(1, args.trials + 1):
            same, left, events = trial(rng, source, ref, out, span)
            identical += same
            orphans += left
            landed += [e for e in events if e.startswith("SIG")]
            print(f"trial {n:3}: {'identical' if same else 'DIFFERENT'}, orphans {left}: {'; '.join(events)}",
                  flush=True)
    print(f"kill trials: {identical}/{args.trials} byte-identical to the uninterrupted run after resume; "
          f"{orphans} orphan process(es); {len(landed)} kills landed mid-run "
          f"({sum('SIGKILL' in e for e in landed)} SIGKILL, {sum('SIGTERM' in e for e in landed)} SIGTERM, "
          f"{sum('SIGTERM' in e and 'exit 143' in e for e in landed)} of those SIGTERM exits 143)")
    sys.exit(0 if identical == args.trials and not orphans else 1)


if __name__ == "__main__":
    main()
