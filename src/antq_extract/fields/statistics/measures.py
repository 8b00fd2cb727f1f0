"""What a statistic measures, and its value in SI base units (``rules/measures.yaml``).

``measure("kg")`` -> ("weight", factor, "kg"). Physical units are converted by pint from
the rule file's expression; pint's factors are kept in ``rules/si_factors.tsv`` (checked
against pint by the tests), so pint is imported only for an expression missing there, and
the per-article cost is a dict look-up.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional, Union

from pydantic import BaseModel, ConfigDict

from ...lexicon import RuleFile, load_rules, load_tsv

OTHER = "other"


class _Physical(BaseModel):
    model_config = ConfigDict(extra="forbid")
    measure: str
    pint: str


class _MeasuresFile(RuleFile):
    physical: dict[str, _Physical]
    counted: dict[str, str]
    classifiers: list[str]
    rules: list[dict]


def _data() -> _MeasuresFile:
    return load_rules("measures.yaml", _MeasuresFile)


@lru_cache(maxsize=1)
def _registry():
    import pint   # loaded with the first physical unit only
    return pint.UnitRegistry()


@lru_cache(maxsize=1)
def _factors() -> dict[str, tuple[float, str]]:
    """pint's answers for the expressions of measures.yaml, as ``rules/si_factors.tsv`` keeps them."""
    return {expr: (float(magnitude), symbol) for expr, magnitude, symbol in load_tsv("si_factors.tsv")}


@lru_cache(maxsize=64)
def _si(expr: str) -> tuple[float, str]:
    """One unit of ``expr`` in SI base units: (magnitude, unit symbol); pint runs only for an
    expression the factor table lacks."""
    return _factors().get(expr) or pint_si(expr)


def pint_si(expr: str) -> tuple[float, str]:
    """pint's conversion of one unit of ``expr`` to SI base units (the factor table's source)."""
    q = _registry()(expr).to_base_units()
    return float(q.magnitude), f"{q.units:~P}"


def _category(word: str) -> Optional[str]:
    d = _data()
    if word in d.physical:
        return d.physical[word].measure
    return d.counted.get(word)


@lru_cache(maxsize=2048)
def _lookup(unit: str) -> tuple[str, Optional[str]]:
    """(measure, the physical unit word or None) of a folded unit."""
    words = unit.split()
    rest = " ".join(words[1:])
    tries = [unit]
    if words and words[0] in _data().classifiers and rest:
        tries += [rest, words[1]]
    tries += words[:1]
    for t in tries:
        if (cat := _category(t)) is not None:
            return cat, t if t in _data().physical else None
    return OTHER, None


def measure(value: Union[int, float], unit: Optional[str]) -> tuple[str, Optional[float], Optional[str]]:
    """(measure, si_value, si_unit) of a statistic; the SI pair only for physical units."""
    if not unit:
        return OTHER, None, None
    cat, physical = _lookup(unit.casefold())
    if physical is None:
        return cat, None, None
    factor, symbol = _si(_data().physical[physical].pint)
    return cat, float(f"{value * factor:.12g}"), symbol
