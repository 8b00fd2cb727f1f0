"""The registry of detectors: one module per field, run in this order.

Each entry is ``(field, module)``; the module has ``extract(article, found)``
returning a list of mention models with offsets into ``article.text`` (the
normalized view) — or, for "published", one DateMention or None. ``found``
holds what earlier entries returned, so later detectors can use them
(statistics skip numbers inside dates and codes; officials use ranks). Adding a
detector is one module plus one line here.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import import_module

REGISTRY: list[tuple[str, str]] = [
    ("published", "published"),
    ("dates", "dates"),
    ("programs", "programs"),
    ("ranks", "ranks"),
    ("officials", "officials"),
    ("statistics", "statistics"),
    ("era", "era"),
    ("places", "places"),
    ("province", "province"),
]


def detectors():
    """(field, extract function) pairs in registry order."""
    return [(field, module.extract) for field, module in _modules()]


@lru_cache(maxsize=1)
def _modules() -> tuple:
    """(field, module) pairs: the modules imported once."""
    return tuple((field, import_module(f"{__name__}.{name}")) for field, name in REGISTRY)
