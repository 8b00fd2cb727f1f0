"""The person index: one person across the whole crawl from the officials of every article.

The merge rule (docs/export.md, "Person index"): two officials are one person when

1. their names are equal once normalized (NFC, one tone placement, case and spacing
   folded) and have at least two words — a given name alone is never merged;
2. they come from different articles (an article's officials are already one per person);
3. their articles' provinces agree where both are known — a person never spans two
   known provinces;
4. they share evidence: a post (normalized) or the rank;
5. the merged person's ranks never go down in time (by published date): a promotion
   (Thượng tá, later Đại tá) is kept together, a demotion splits.

Rules 2, 3 and 5 hold for the whole merged person, not only the pair that linked it.
A name equal and nothing else shared gives two persons.
"""
from __future__ import annotations

from functools import lru_cache
from itertools import groupby
from typing import Iterator, NamedTuple, Optional

import pyarrow as pa

from ..fields.ranks import ladder
from ..text.normalize import fold


class Mention(NamedTuple):
    """One official of one article, with what the index compares."""

    article_id: str
    official_no: int
    name: str
    rank: Optional[str] = None
    province: Optional[str] = None
    published: Optional[str] = None  # ISO date of the article
    positions: tuple = ()


@lru_cache(maxsize=1)
def _rank_order() -> dict[str, int]:
    return {rank: i for i, rank in enumerate(dict.fromkeys(ladder().values()))}


def name_key(name: str) -> str:
    return fold(name)


def _mergeable_name(key: str) -> bool:
    return len(key.split()) >= 2


class _Person:
    """A group being built: its mentions and what rules 2, 3 and 5 check."""

    def __init__(self, m: Mention):
        self.mentions = [m]
        self.articles = {m.article_id}
        self.provinces = {m.province} - {None}
        rank = _rank_order().get(m.rank)
        self.timeline = [(m.published, rank)] if m.published and rank is not None else []

    def accepts(self, other: "_Person") -> bool:
        return (not self.articles & other.articles and len(self.provinces | other.provinces) <= 1
                and _never_down(self.timeline + other.timeline))

    def absorb(self, other: "_Person") -> None:
        self.mentions += other.mentions
        self.articles |= other.articles
        self.provinces |= other.provinces
        self.timeline += other.timeline


def _never_down(timeline: list) -> bool:
    """Ranks by date never decrease; one date holds one rank."""
    highest, day, at_day = -1, None, None
    for when, rank in sorted(timeline):
        if when == day and rank != at_day:
            return False
        if rank < highest:
            return False
        highest, day, at_day = rank, when, rank
    return True


def _evidence(m: Mention) -> set:
    keys = {("post", fold(p)) for p in m.positions if p}
    return keys | ({("rank", m.rank)} if m.rank else set())


def cluster(mentions: list[Mention]) -> list[list[Mention]]:
    """The persons among ``mentions`` (any names), each a list of mentions, by the merge rule."""
    order = sorted(mentions, key=lambda m: (name_key(m.name), m.published or "", m.article_id, m.official_no))
    persons, by_key = [], {}
    for m in order:
        person = _Person(m)
        persons.append(person)
        key = name_key(m.name)
        if not _mergeable_name(key):
            continue
        for evidence in _evidence(m):
            person = _link(person, by_key.setdefault((key, evidence), []))
    return [p.mentions for p in persons if not getattr(p, "merged_into", None)]


def _link(person: _Person, seen: list) -> _Person:
    """Merge ``person`` into the first earlier person sharing this evidence that accepts it."""
    for i, other in enumerate(seen):
        while getattr(other, "merged_into", None):
            other = other.merged_into
        seen[i] = other
        if other is not person and other.accepts(person):
            other.absorb(person)
            person.merged_into = other
            person = other
    if person not in seen:
        seen.append(person)
    return person


SOURCE_SQL = """
SELECT o.article_id, o.official_no, o.name, o.rank, a.province, a.published,
       coalesce(list(p.position ORDER BY p.position_no) FILTER (WHERE p.position IS NOT NULL), []) AS positions
FROM officials o JOIN articles a ON a.id = o.article_id
LEFT JOIN positions p ON p.article_id = o.article_id AND p.official_no = o.official_no
WHERE o.name IS NOT NULL
GROUP BY o.article_id, o.official_no, o.name, o.rank, a.province, a.published
ORDER BY lower(o.name), o.article_id, o.official_no
"""
PERSONS = pa.schema([("person_id", pa.int64()), ("name", pa.string()), ("name_key", pa.string()),
                     ("province", pa.string()), ("ranks", pa.string()), ("posts", pa.string()),
                     ("n_articles", pa.int64()), ("first_seen", pa.string()), ("last_seen", pa.string()),
                     ("first_article", pa.string()), ("last_article", pa.string())])
PERSON_MENTIONS = pa.schema([("person_id", pa.int64()), ("article_id", pa.string()), ("official_no", pa.int64()),
                             ("name", pa.string()), ("rank", pa.string()), ("province", pa.string()),
                             ("published", pa.string()), ("positions", pa.string())])
_BATCH = 5000


def _source(con) -> Iterator[Mention]:
    """Every official of the database with its article's province and date, sorted by name, streamed."""
    for batch in con.sql(SOURCE_SQL).to_arrow_reader(_BATCH):
        for row in batch.to_pylist():
            yield Mention(**{**row, "positions": tuple(row["positions"])})


def _rows(person_id: int, mentions: list[Mention]):
    dated = sorted((m.published, m.article_id) for m in mentions if m.published)
    by_time = sorted(mentions, key=lambda m: (m.published or "", m.article_id))
    person = {"person_id": person_id, "name": mentions[0].name, "name_key": name_key(mentions[0].name),
              "province": next((m.province for m in mentions if m.province), None),
              "ranks": " → ".join(dict.fromkeys(m.rank for m in by_time if m.rank)) or None,
              "posts": " | ".join(dict.fromkeys(p for m in by_time for p in m.positions)) or None,
              "n_articles": len({m.article_id for m in mentions}),
              "first_seen": dated[0][0] if dated else None, "last_seen": dated[-1][0] if dated else None,
              "first_article": dated[0][1] if dated else by_time[0].article_id,
              "last_article": dated[-1][1] if dated else by_time[-1].article_id}
    mention_rows = [{"person_id": person_id, **m._asdict(), "positions": " | ".join(m.positions) or None}
                    for m in by_time]
    return person, mention_rows


def build_index(con) -> int:
    """(Re)build the ``persons`` and ``person_mentions`` tables of a DuckDB export; how many persons."""
    source = _source(con.cursor())
    con.execute("BEGIN TRANSACTION")
    for name, schema in (("persons", PERSONS), ("person_mentions", PERSON_MENTIONS)):
        con.register("_antq_empty", schema.empty_table())
        con.execute(f"CREATE OR REPLACE TABLE {name} AS SELECT * FROM _antq_empty")
        con.unregister("_antq_empty")
    persons, mentions, count = [], [], 0
    for _key, group in groupby(source, key=lambda m: name_key(m.name)):
        for found in cluster(list(group)):
            count += 1
            person, rows = _rows(count, found)
            persons.append(person)
            mentions += rows
        if len(mentions) >= _BATCH:
            _insert(con, persons, mentions)
            persons, mentions = [], []
    _insert(con, persons, mentions)
    con.execute("COMMIT")
    return count


def _insert(con, persons: list, mentions: list) -> None:
    for name, schema, rows in (("persons", PERSONS, persons), ("person_mentions", PERSON_MENTIONS, mentions)):
        if rows:
            con.register("_antq_rows", pa.Table.from_pylist(rows, schema=schema))
            con.execute(f"INSERT INTO {name} SELECT * FROM _antq_rows")
            con.unregister("_antq_rows")
