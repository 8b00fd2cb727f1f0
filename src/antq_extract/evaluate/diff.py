"""Scores of predicted records against gold: counts, P/R/F1, attribute accuracies, wrong numbers.

Articles are matched by id. A gold article with no predicted record counts all
its gold as missed; predicted records whose id is not in the gold are left out
(and listed). Scores are micro-averaged: tp/fp/fn summed over articles.
Precision with nothing predicted is 1.0 when nothing was to be found, else 0.0;
recall likewise; so an empty field in both gold and prediction scores 1.0.

Wrong numbers (:mod:`.wrong`) still count in P/R but are listed on their
own, not among the plain misses nor the attribute errors.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Optional

from .load import Records, SourceTexts
from .match import (ATTRIBUTES, FIELDS, FieldMatch, Item, attribute_diffs, has_places, items, match_field,
                    match_record, position_sets, province_key)
from .scores import Counts, SetScore, Tally
from .wrong import WrongNumber, add_sentences, find_wrong_numbers


@dataclass
class ArticleDiff:
    """One article: matches per field, counts, wrong numbers, attribute errors."""

    id: str
    fields: dict
    wrong_numbers: list = field(default_factory=list)
    note: Optional[str] = None  # "no predicted record", "predicted record is an error: ..."
    records: tuple = ()         # (gold record, predicted record or None)
    places: Optional[FieldMatch] = None        # only when the gold has places
    province: Optional[tuple] = None           # (gold key, predicted key), likewise

    def counts(self, name: str) -> Counts:
        m = self.fields[name]
        return Counts(len(m.pairs), len(m.spurious), len(m.missed))

    def total(self) -> Counts:
        """Counts over all fields of this article."""
        out = Counts()
        for n in FIELDS:
            out.add(self.counts(n))
        return out

    @property
    def has_mismatches(self) -> bool:
        """Anything missed, spurious, wrong or differing, or no usable predicted record."""
        return bool(self.note or self.wrong_numbers or self.attribute_errors
                    or any(m.missed or m.spurious for m in self.fields.values()))

    def missed(self) -> list[Item]:
        """Gold items not found, wrong numbers left out (they are listed on their own)."""
        taken = {id(w.gold) for w in self.wrong_numbers}
        return [g for n in FIELDS for g in self.fields[n].missed if id(g) not in taken]

    def spurious(self) -> list[Item]:
        """Predicted items not in gold, wrong numbers left out."""
        taken = {id(w.pred) for w in self.wrong_numbers}
        return [p for n in FIELDS for p in self.fields[n].spurious if id(p) not in taken]

    @cached_property
    def attribute_errors(self) -> list[tuple[Item, Item, str, object, object]]:
        """(gold, pred, attribute, gold value, predicted value) for matched pairs that disagree.

        A pair listed as a wrong number (its qualifier differs) is not repeated here.
        """
        out, wrong = [], {id(w.gold) for w in self.wrong_numbers}
        for name in FIELDS:
            for g, p in self.fields[name].pairs:
                if id(g) in wrong:
                    continue
                out += [(g, p, a, gv, pv) for a, gv, pv in attribute_diffs(name, g, p)]
                if name == "officials":
                    gs, ps = position_sets(g, p)
                    if gs != ps:
                        out.append((g, p, "positions", g.obj.positions, p.obj.positions))
        return out


@dataclass
class DiffResult:
    """The whole comparison."""

    articles: list
    not_in_gold: list = field(default_factory=list)
    duplicates: dict = field(default_factory=dict)  # {"gold": [...], "pred": [...]}

    def totals(self) -> dict[str, Counts]:
        out = {n: Counts() for n in FIELDS}
        for a in self.articles:
            for n in FIELDS:
                out[n].add(a.counts(n))
        return out

    def overall(self) -> Counts:
        out = Counts()
        for a in self.articles:
            out.add(a.total())
        return out

    def attributes(self) -> dict[str, dict[str, object]]:
        """Attribute accuracies per field, and officials' positions as set P/R/F1."""
        out = {n: {a: Tally() for a in attrs} for n, attrs in ATTRIBUTES.items()}
        positions = SetScore()
        for a in self.articles:
            for name, attrs in ATTRIBUTES.items():
                for g, p in a.fields[name].pairs:
                    wrong = {d[0] for d in attribute_diffs(name, g, p)}
                    for attr in attrs:
                        out[name][attr].total += 1
                        out[name][attr].correct += attr not in wrong
            for g, p in a.fields["officials"].pairs:
                gs, ps = position_sets(g, p)
                positions.add(Counts(len(gs & ps), len(ps - gs), len(gs - ps)))
                positions.pairs += 1
        out["officials"]["positions"] = positions
        return out

    def wrong_numbers(self) -> list[WrongNumber]:
        return [w for a in self.articles for w in a.wrong_numbers]

    def places(self) -> Optional[Counts]:
        """Places' counts over the articles whose gold has places (None: no such article)."""
        scored = [a.places for a in self.articles if a.places is not None]
        out = Counts()
        for m in scored:
            out.add(Counts(len(m.pairs), len(m.spurious), len(m.missed)))
        return out if scored else None

    def published_exact(self) -> tuple[Tally, Tally]:
        """Pages whose publication date (value and clock time) is the gold's: over the pages
        whose gold states one, and over every page (a null where the gold has null is exact)."""
        stated, every = Tally(), Tally()
        for a in self.articles:
            g, p = (a.records + (None, None))[:2]
            gold = _when(g.published if g is not None else None)
            same = gold == _when(p.published if p is not None and p.error is None else None)
            every.correct, every.total = every.correct + same, every.total + 1
            if gold is not None:
                stated.correct, stated.total = stated.correct + same, stated.total + 1
        return stated, every

    def province(self) -> Tally:
        """How many articles got the gold province (or null) right."""
        pairs = [a.province for a in self.articles if a.province is not None]
        return Tally(sum(g == p for g, p in pairs), len(pairs))

    def failing(self, threshold: float) -> list[str]:
        """Fields whose micro F1 is below ``threshold``."""
        return [n for n, c in self.totals().items() if c.f1 < threshold]

    def failing_attributes(self, threshold: float) -> list[str]:
        """Attributes ("dates.part_of_day") whose accuracy, or positions' set F1, is below ``threshold``.

        An attribute without a matched pair to compare has no score and never fails.
        """
        out = []
        for name, attrs in self.attributes().items():
            for attr, v in attrs.items():
                score = v.accuracy if isinstance(v, Tally) else (v.f1 if v.pairs else None)
                if score is not None and score < threshold:
                    out.append(f"{name}.{attr}")
        return out

    def failures(self, threshold: Optional[float] = None, wrong_numbers: bool = False) -> list[str]:
        """Why the diff fails, one line each (empty: it passes): scores below ``threshold``, and,
        when ``wrong_numbers`` is set, any wrong number."""
        out = []
        if threshold is not None:
            if fields := self.failing(threshold):
                out.append(f"F1 below {threshold} in: {', '.join(fields)}")
            if attrs := self.failing_attributes(threshold):
                out.append(f"attribute score below {threshold} in: {', '.join(attrs)}")
        if wrong_numbers and (wrong := self.wrong_numbers()):
            out.append(f"{len(wrong)} wrong number(s)")
        return out


def _note(pred) -> Optional[str]:
    if pred is None:
        return "no predicted record"
    if pred.error is not None:
        return f"predicted record is an error: {pred.error.code} {pred.error.message}"
    return None


def _when(published) -> Optional[tuple]:
    return None if published is None else (published.value, published.time)


def compare(gold: Records, pred: Records, sources: Optional[SourceTexts] = None) -> DiffResult:
    """Diff every gold article against the predicted record of the same id."""
    articles = []
    for rid, g in gold.by_id.items():
        p = pred.by_id.get(rid)
        fields = match_record(g, p)
        art = ArticleDiff(rid, fields, find_wrong_numbers(rid, fields["statistics"]), _note(p), (g, p))
        if has_places(g):
            art.places = match_field(items(g, "places"), items(p, "places"))
            art.province = (province_key(g), province_key(p))
        if art.wrong_numbers and sources is not None:
            add_sentences(art.wrong_numbers, sources.get(rid, g, p))
        articles.append(art)
    return DiffResult(articles, [i for i in pred.by_id if i not in gold.by_id],
                      {"gold": gold.duplicates, "pred": pred.duplicates})
