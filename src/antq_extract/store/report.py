"""``antq-extract report DB``: the tables researchers look at first, from a DuckDB export.

Each section is one SQL query (:data:`SECTIONS`) over the tables of docs/export.md;
the terminal shows them as aligned text tables, :mod:`.report_html` as one
self-contained page with bar charts.
"""
from __future__ import annotations

from dataclasses import dataclass

UNKNOWN = "(unknown)"


@dataclass
class Section:
    key: str
    title: str
    sql: str
    bar: str = ""  # the column drawn as a bar in the HTML page
    label: tuple = ()  # the columns naming a bar


SECTIONS = [
    Section("overview", "Corpus", """
        SELECT count(*) AS articles, count(*) FILTER (WHERE error_code IS NOT NULL) AS failed,
               sum(n_statistics) AS statistics, sum(n_programs) AS documents, sum(n_officials) AS officials,
               sum(n_places) AS places, min(published) AS first_published, max(published) AS last_published
        FROM articles"""),
    Section("statistics", "Statistics by province × year × measure", f"""
        SELECT coalesce(a.province, '{UNKNOWN}') AS province, a.published_year AS year,
               coalesce(s.measure, '{UNKNOWN}') AS measure, count(*) AS statistics,
               count(DISTINCT s.article_id) AS articles, sum(s.si_value) AS si_total, s.si_unit
        FROM statistics s JOIN articles a ON a.id = s.article_id
        GROUP BY ALL ORDER BY statistics DESC, province, year, measure LIMIT 50""", bar="statistics",
            label=("province", "year", "measure")),
    Section("documents", "Top documents (articles citing them)", """
        SELECT kind, coalesce(code, number) AS document, any_value(title) AS title,
               count(DISTINCT article_id) AS articles, sum(n_mentions) AS mentions
        FROM programs GROUP BY kind, coalesce(code, number)
        ORDER BY articles DESC, mentions DESC, kind, document LIMIT 30""", bar="articles", label=("kind", "document")),
    Section("officials", "Officials index (person index, docs/export.md)", """
        SELECT name, province, ranks, n_articles AS articles, first_seen, last_seen, posts
        FROM persons ORDER BY n_articles DESC, name, person_id LIMIT 50""", bar="articles",
            label=("name", "province", "ranks")),
    Section("sites", "Articles per site", f"""
        SELECT coalesce(nullif(regexp_extract(url, '^[A-Za-z][A-Za-z0-9+.-]*://([^/:?#]+)', 1), ''), '(no url)') AS site,
               count(*) AS articles
        FROM articles GROUP BY site ORDER BY articles DESC, site LIMIT 30""", bar="articles", label=("site",)),
]


@dataclass
class Table:
    section: Section
    columns: list[str]
    rows: list[tuple]


def gather(con, only=()) -> list[Table]:
    """Every section's result (or those whose key is in ``only``); a section whose table is
    missing (no person index yet) is empty."""
    have = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    out = []
    for section in (s for s in SECTIONS if not only or s.key in only):
        if section.key == "officials" and "persons" not in have:
            out.append(Table(section, [], []))
            continue
        result = con.execute(section.sql)
        out.append(Table(section, [d[0] for d in result.description], result.fetchall()))
    return out


def cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:,.6g}" if abs(value) < 1e15 else f"{value:.6g}"
    return str(value)


def text_table(table: Table, width: int = 48) -> str:
    """One section as aligned text, long cells cut at ``width`` characters."""
    lines = [f"== {table.section.title} =="]
    if not table.rows:
        return "\n".join(lines + ["(nothing)"])
    cells = [[_cut(cell(v), width) for v in row] for row in table.rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) for i, h in enumerate(table.columns)]
    lines.append("  ".join(h.ljust(w) for h, w in zip(table.columns, widths)).rstrip())
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in cells]
    return "\n".join(lines)


def _cut(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def render_text(tables: list[Table]) -> str:
    return "\n\n".join(text_table(t) for t in tables)
