"""The counts and scores of a comparison: true/false positives per field and attribute."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional


@dataclass
class Counts:
    """True positives, false positives, false negatives, and the scores they give."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Counts") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else float(self.fn == 0)

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else float(self.fp == 0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "gold": self.tp + self.fn,
                "pred": self.tp + self.fp, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class SetScore(Counts):
    """Set P/R/F1 summed over matched pairs (officials' positions); ``pairs`` says over how many."""

    pairs: int = 0

    def as_dict(self) -> dict:
        return {**super().as_dict(), "pairs": self.pairs}


@dataclass
class Tally:
    """How many matched pairs agree on one attribute."""

    correct: int = 0
    total: int = 0

    @property
    def accuracy(self) -> Optional[float]:
        return self.correct / self.total if self.total else None
