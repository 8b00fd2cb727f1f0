"""``report --html``: one self-contained page (inline CSS, no script, no network), readable offline.

Per section of :mod:`.report`: a bar chart made of CSS (each bar a ``div`` whose
width is its share of the largest value) when the section has a ``bar`` column,
then the full table. Every chart is ``figure.chart[data-section]``, every table
``table.data[data-section]``, every bar ``div.bar[data-value]``.
"""
from __future__ import annotations

from html import escape

from .report import Table, cell

CSS = """
body{font-family:system-ui,sans-serif;margin:1.5em;color:#222;line-height:1.4;max-width:80em}
table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{padding:.15em .6em;vertical-align:top;text-align:left}
th{background:#f0f0f0}td{border-top:1px solid #eee}td.num{text-align:right;font-variant-numeric:tabular-nums}
figure.chart{margin:.5em 0 1em}
.row{display:grid;grid-template-columns:minmax(10em,28em) 1fr 5em;gap:.5em;align-items:center;font-size:.9em}
.label{overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.track{background:#f3f3f3;height:1em}.bar{background:#3b6fb6;height:1em}
.value{text-align:right;font-variant-numeric:tabular-nums}
section{border-top:2px solid #888;margin-top:1.5em}
"""


def _label(table: Table, row: tuple) -> str:
    named = table.section.label
    return " · ".join(cell(v) for c, v in zip(table.columns, row) if c in named and v is not None)


def chart(table: Table, limit: int = 20) -> str:
    """A horizontal bar chart of the section's ``bar`` column, largest first."""
    at = table.columns.index(table.section.bar)
    rows = table.rows[:limit]
    top = max((r[at] or 0 for r in rows), default=0) or 1
    bars = [f'<div class="row"><span class="label" title="{escape(_label(table, r))}">{escape(_label(table, r))}'
            f'</span><span class="track"><div class="bar" data-value="{r[at]}" style="width:{100 * (r[at] or 0) / top:.1f}%">'
            f'</div></span><span class="value">{r[at]}</span></div>' for r in rows]
    caption = f"<figcaption>{escape(table.section.bar)} (first {len(rows)} rows)</figcaption>"
    return f'<figure class="chart" data-section="{table.section.key}">{caption}{"".join(bars)}</figure>'


def data_table(table: Table) -> str:
    head = "".join(f"<th>{escape(c)}</th>" for c in table.columns)
    body = "".join("<tr>" + "".join(_td(v) for v in row) + "</tr>" for row in table.rows)
    return f'<table class="data" data-section="{table.section.key}"><tr>{head}</tr>{body}</table>'


def _td(value) -> str:
    numeric = isinstance(value, (int, float)) and not isinstance(value, bool)
    return f'<td class="num">{escape(cell(value))}</td>' if numeric else f"<td>{escape(cell(value))}</td>"


def section(table: Table) -> str:
    parts = [f'<section data-section="{table.section.key}"><h2>{escape(table.section.title)}</h2>']
    if not table.rows:
        parts.append('<p class="empty">Nothing here yet.</p>')
    else:
        if table.section.bar:
            parts.append(chart(table))
        parts.append(data_table(table))
    return "".join(parts) + "</section>"


def render(tables: list[Table], db_name: str) -> str:
    body = "".join(section(t) for t in tables)
    return (f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>antq-extract report: '
            f"{escape(db_name)}</title><style>{CSS}</style></head><body><h1>antq-extract report</h1>"
            f"<p>Database: <code>{escape(db_name)}</code>. Tables and columns: docs/export.md.</p>{body}</body></html>")
