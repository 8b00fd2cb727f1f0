"""The administrative divisions of Vietnam, read from the ``vietnamadminunits`` package's data.

Two lists, both with the GSO (General Statistics Office) codes:

- ``legacy``: the 63 provinces with their districts and communes, before 1 July 2025;
- ``2025``: the 34 provinces and their communes after Resolution 202/2025/QH15 (no districts).

The old -> new province mapping is the package's ``DICT_PROVINCE`` (converter_2025.json).
Only the package's data files are read (its SQLite table and one JSON file): importing the
package itself loads its address parser, which the extractor does not need. Built once per
process (cached), in about 0.1 s.
"""
from __future__ import annotations

import importlib.util
import json
import sqlite3
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional


LEGACY, NEW = "legacy", "2025"


@dataclass(frozen=True)
class Unit:
    """One administrative unit of one list."""

    name: str                 # the official name with its unit word: "Huyện Sơn Dương"
    short: str                # without it: "Sơn Dương"
    kind: str                 # the unit word, lower case: "tỉnh", "thành phố", "huyện", "xã" ...
    level: str                # "province" | "district" | "commune"
    code: str                 # GSO code
    province: str             # the province's official name in the same list
    district: Optional[str]   # the district's official name (legacy communes)
    province_2025: str        # the province after the 2025 merger
    era: str                  # LEGACY or NEW: the list it comes from


@dataclass
class Divisions:
    """Units by (list, level, folded short name), and province lookups."""

    by_name: dict[tuple[str, str, str], list[Unit]]
    province_by_key: dict[str, Unit]          # ascii key ("thanhhoa", "hcm") -> province (legacy first)
    provinces: dict[tuple[str, str], Unit]    # (list, official name) -> province

    def find(self, era: str, level: str, short: str) -> list[Unit]:
        return self.by_name.get((era, level, short.casefold()), [])

    def province(self, era: str, name: str) -> Optional[Unit]:
        return self.provinces.get((era, name))


def _data_dir() -> Path:
    spec = importlib.util.find_spec("vietnamadminunits")   # locates, does not import
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("vietnamadminunits is not installed")
    return Path(list(spec.submodule_search_locations)[0]) / "data"


def _kind(full: str, short: str) -> str:
    return full[: len(full) - len(short)].strip().lower()


def _short_of(full: str, short: str) -> str:
    """The short name as the text writes it after the unit word. The package gives a numbered
    unit its full name as short name ("Phường 9", "Quận 1": the number), and tells apart two
    units of one name by their kind in brackets ("Long Mỹ (Huyện)", "Long Mỹ (Thị xã)")."""
    head, _, last = full.rpartition(" ")
    if short == full and head and last[:1].isdigit():
        return last
    if short.endswith(")") and " (" in short:
        return short[:short.rindex(" (")]
    return short


def _new_province_of(data_dir: Path) -> dict[str, str]:
    """Legacy province key ("tinhhagiang") -> the 2025 province key ("tinhtuyenquang")."""
    with open(data_dir / "converter_2025.json", encoding="utf-8") as fh:
        merged = json.load(fh)["DICT_PROVINCE"]
    return {old: new for new, olds in merged.items() for old in olds}


def _rows(db: sqlite3.Connection, sql: str):
    db.row_factory = sqlite3.Row
    return db.execute(sql).fetchall()


@lru_cache(maxsize=1)
def divisions() -> Divisions:
    data_dir = _data_dir()
    new_of = _new_province_of(data_dir)
    by_name: dict[tuple[str, str, str], list[Unit]] = {}
    keys: dict[str, Unit] = {}
    with sqlite3.connect(f"file:{data_dir / 'dataset.db'}?mode=ro", uri=True) as db:
        new_rows = _rows(db, "SELECT province, provinceShort, provinceCode, provinceKey,"
                             " ward, wardShort, wardCode FROM admin_units")
        key_rows = [(era, r) for era, table in ((LEGACY, "admin_units_legacy"), (NEW, "admin_units"))
                    for r in _rows(db, f"SELECT DISTINCT provinceShort, provinceKeywords FROM {table}")]
        old_rows = _rows(db, "SELECT province, provinceShort, provinceCode, provinceKey,"
                             " district, districtShort, districtCode, ward, wardShort, wardCode"
                             " FROM admin_units_legacy")
    new_name = {r["provinceKey"]: r["province"] for r in new_rows}
    seen: set[tuple[str, str, str]] = set()

    def add(era: str, level: str, full: str, short: str, code: str, r, district, p2025) -> None:
        if (era, level, code) in seen:
            return
        seen.add((era, level, code))
        short = _short_of(full, short)
        unit = Unit(full, short, _kind(full, short), level, code, r["province"], district, p2025, era)
        # The package's names are NFC with the old tone placement ("Hóa"), as the normalized
        # text is: case folding alone gives normalize.fold() (tests/test_places.py checks it).
        by_name.setdefault((era, level, short.casefold()), []).append(unit)

    for era, rows in ((LEGACY, old_rows), (NEW, new_rows)):
        for r in rows:
            p2025 = new_name[new_of.get(r["provinceKey"], r["provinceKey"])] if era == LEGACY else r["province"]
            add(era, "province", r["province"], r["provinceShort"], r["provinceCode"], r, None, p2025)
            district = r["district"] if era == LEGACY else None
            if district:
                add(era, "district", district, r["districtShort"], r["districtCode"], r, None, p2025)
            if r["ward"]:
                add(era, "commune", r["ward"], r["wardShort"], r["wardCode"], r, district, p2025)
    for era, r in key_rows:   # ascii keys of URL hosts: a legacy province first
        for k in json.loads(r["provinceKeywords"] or "[]"):
            keys.setdefault(k, by_name[(era, "province", r["provinceShort"].casefold())][0])
    provinces = {(u.era, u.name): u for key, units in by_name.items() if key[1] == "province" for u in units}
    return Divisions(by_name, keys, provinces)
