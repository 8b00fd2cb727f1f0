"""The extractor against every gold set the project has, per field, above a floor per set.

Sets: the corpus (``corpus/`` + ``gold/``), every folder ``tests/data/<name>/`` that holds
``articles/`` and ``gold/`` (found by looking, so a set added later is scored without a
change here), and the shared dev set beside the worktree when present. Each set is
extracted with :func:`process` and scored with :mod:`antq_extract.evaluate` (the code of
``antq-extract diff``). Floors live in ``tests/data/floors.yaml``: per set, per field F1
and per attribute accuracy ("dates.year_inferred", "officials.positions" as set F1), places F1
and province accuracy over the articles whose gold has places; a set
without its own entry gets the ``default`` floors. Raise a floor when a score improves.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest
import yaml

from antq_extract.evaluate import compare, load_records
from antq_extract.evaluate.load import Records
from antq_extract.inputs import iter_inputs
from antq_extract.article import RawArticle
from antq_extract.pipeline import process

from conftest import CORPUS, GOLD, ROOT, SHARED_DEV

DATA = ROOT / "tests" / "data"
FLOORS = yaml.safe_load((DATA / "floors.yaml").read_text(encoding="utf-8"))


def gold_sets() -> dict[str, tuple[Path, Path]]:
    """{set name: (articles folder, gold folder)} for every set that is there."""
    sets = {"corpus": (CORPUS, GOLD)}
    for folder in sorted(p for p in DATA.iterdir() if p.is_dir()):
        if (folder / "articles").is_dir() and (folder / "gold").is_dir():
            sets[folder.name] = (folder / "articles", folder / "gold")
    if (SHARED_DEV / "articles").is_dir() and (SHARED_DEV / "gold").is_dir():
        sets["shared-dev"] = (SHARED_DEV / "articles", SHARED_DEV / "gold")
    return sets


@lru_cache(maxsize=None)
def scores(name: str) -> dict[str, float]:
    """{field or field.attribute: score} of the extractor on set ``name``."""
    articles, gold = gold_sets()[name]
    pred = Records()
    for item in iter_inputs([str(articles)]):
        if isinstance(item, RawArticle):
            pred.by_id[item.id] = process(item)
    result = compare(load_records(gold), pred)
    out = {field: c.f1 for field, c in result.totals().items()}
    out["published.exact"] = result.published_exact()[1].accuracy   # every page, null = null exact
    if (places := result.places()) is not None:        # over the articles whose gold has places
        out["places"] = places.f1
        out["province"] = result.province().accuracy
    for field, attrs in result.attributes().items():
        for attr, tally in attrs.items():
            value = tally.f1 if attr == "positions" else tally.accuracy
            if value is not None:
                out[f"{field}.{attr}"] = value
    return out


def floors(name: str) -> dict[str, float]:
    return {**FLOORS["default"], **FLOORS.get("sets", {}).get(name, {})}


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(set(gold_sets()) | set(FLOORS.get("sets", {}))))
def test_scores_stay_above_the_floors(name):
    if name not in gold_sets():
        pytest.skip(f"gold set {name} is not here")
    got = scores(name)
    below = {key: (round(got.get(key, 0.0), 3), floor) for key, floor in floors(name).items()
             if key in got and got[key] + 1e-9 < floor}
    assert not below, f"{name}: (score, floor) below the floor: {below}"
