"""The HTML report of a diff: one self-contained page (inline CSS, no script, no network).

Per article, the text is shown line by line in two columns, gold and
predicted, each mention highlighted as a ``<mark>`` with data attributes a
reader or a test can query::

    <mark data-field="statistics" data-side="gold" data-status="wrong" ...>

``data-status`` is ``match``, ``missed`` (gold only), ``spurious`` (predicted
only) or ``wrong`` (a wrong number, both sides); ``data-differs`` names the
attributes a matched pair disagrees on. A mention cut by a line end or by a
crossing mention continues in a second mark carrying ``data-cont="1"``, so
counting marks without it counts mentions. spaCy's displacy "span" style
draws the same picture from tokens; this renders from character offsets so
that every mark keeps its data attributes. Below the text, the mismatches are
listed as in the terminal report.
"""
from __future__ import annotations

import heapq
from html import escape
from typing import Optional

from .diff import ArticleDiff, DiffResult
from .wrong import spans_fit
from .formats import attribute_lines, score_lines
from .load import SourceTexts
from .match import FIELDS, Item, describe

CSS = """
body{font-family:system-ui,sans-serif;margin:1.5em;color:#222;line-height:1.5}
table{border-collapse:collapse}td,th{padding:.15em .5em;vertical-align:top}
pre{background:#f6f6f6;padding:.6em;overflow-x:auto}
table.text{width:100%;table-layout:fixed;margin:.5em 0 1em}
table.text td{border-top:1px solid #eee;width:50%;white-space:pre-wrap;word-wrap:break-word}
table.text th{text-align:left;background:#f0f0f0}
mark{padding:0 .1em;border-radius:3px;border:1px solid transparent}
mark::after{content:attr(data-field);font-size:.6em;vertical-align:super;margin-left:.15em;color:#555}
mark[data-cont]::after{content:none}
mark[data-status=match]{background:#d7f5d7}
mark[data-status=missed]{background:#ffd2d2;border-color:#d33}
mark[data-status=spurious]{background:#ffe7bf;border-color:#e90}
mark[data-status=wrong]{background:#e7d4ff;border-color:#73c}
mark[data-differs]{border:1px dashed #333}
section.article{border-top:3px solid #888;margin-top:2em}
li.wrong{color:#5a1fa0}li.missed{color:#a00}li.spurious{color:#a60}
.legend mark{margin-right:.5em}
"""


def _status_maps(art: ArticleDiff) -> tuple[dict, dict]:
    """{id(item): (status, differs)} for the gold side and the predicted side."""
    gold, pred, differs = {}, {}, {}
    for g, _p, attr, _gv, _pv in art.attribute_errors:
        differs.setdefault(id(g), []).append(attr)
    for name in FIELDS:
        m = art.fields[name]
        for g, p in m.pairs:
            gold[id(g)] = pred[id(p)] = ("match", ",".join(differs.get(id(g), ())))
        gold.update({id(g): ("missed", "") for g in m.missed})
        pred.update({id(p): ("spurious", "") for p in m.spurious})
    for w in art.wrong_numbers:
        gold[id(w.gold)] = pred[id(w.pred)] = ("wrong", ",".join(w.differs))
    return gold, pred


def _marks(items: list[Item], side: str, status: dict) -> list[tuple[int, int, str]]:
    out = []
    for it in items:
        st, differs = status[id(it)]
        title = escape(f"{it.field} ({side}, {st}): {describe(it)}", quote=True)
        extra = f' data-differs="{escape(differs)}"' if differs else ""
        for s, e, _t in it.spans:
            attrs = (f'data-field="{it.field}" data-side="{side}" data-status="{st}" '
                     f'data-start="{s}" data-end="{e}" title="{title}"{extra}')
            out.append((s, e, attrs))
    return out


def _uncrossed(spans: list[tuple[int, int, str]]):
    """Split crossing spans so they nest; pieces after the first get data-cont."""
    queue = [(s, -e, i, a) for i, (s, e, a) in enumerate(spans) if e > s]
    heapq.heapify(queue)
    stack, seq = [], len(queue)
    while queue:
        s, neg_e, _i, attrs = heapq.heappop(queue)
        e = -neg_e
        while stack and stack[-1] <= s:
            stack.pop()
        if stack and e > stack[-1]:
            seq += 1
            cont = attrs if "data-cont" in attrs else attrs + ' data-cont="1"'
            heapq.heappush(queue, (stack[-1], -e, seq, cont))
            e = stack[-1]
        stack.append(e)
        yield s, e, attrs


def render_text(text: str, a: int, b: int, spans: list[tuple[int, int, str]]) -> str:
    """HTML of text[a:b] with the spans (clipped to it) as nested marks."""
    clipped = []
    for s, e, attrs in spans:
        if s < b and e > a:
            cut = s < a and "data-cont" not in attrs
            clipped.append((max(s, a), min(e, b), attrs + (' data-cont="1"' if cut else "")))
    out, stack, pos = [], [], a
    for s, e, attrs in _uncrossed(clipped):
        while stack and stack[-1] <= s:
            out.append(escape(text[pos:stack[-1]]) + "</mark>")
            pos = stack.pop()
        out.append(escape(text[pos:s]) + f"<mark {attrs}>")
        pos = s
        stack.append(e)
    while stack:
        out.append(escape(text[pos:stack[-1]]) + "</mark>")
        pos = stack.pop()
    return "".join(out) + escape(text[pos:b])


def _lines(text: str):
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            yield pos, pos + len(line)
        pos += len(line) + 1


def _side_items(art: ArticleDiff, side: str) -> list[Item]:
    if side == "gold":
        return [g for n in FIELDS for g in art.fields[n].missed + [gp[0] for gp in art.fields[n].pairs]]
    return [p for n in FIELDS for p in art.fields[n].spurious + [gp[1] for gp in art.fields[n].pairs]]


def _text_table(art: ArticleDiff, text: Optional[str]) -> str:
    if text is None:
        return "<p class='nosource'>Article text not found (see --source): only the lists are shown.</p>"
    status = dict(zip(("gold", "pred"), _status_maps(art)))
    marks, notes = {}, []
    for side in ("gold", "pred"):
        items = _side_items(art, side)
        fits = spans_fit(text, items)
        marks[side] = _marks(items, side, status[side]) if fits else []
        if not fits:
            notes.append(f"<p class='nofit'>The {side} spans do not fit this text: not highlighted.</p>")
    rows = "".join(f"<tr><td class='gold'>{render_text(text, a, b, marks['gold'])}</td>"
                   f"<td class='pred'>{render_text(text, a, b, marks['pred'])}</td></tr>"
                   for a, b in _lines(text))
    return "".join(notes) + f"<table class='text'><tr><th>gold</th><th>predicted</th></tr>{rows}</table>"


def _where(item: Item) -> str:
    return escape(f" «{item.spans[0][2]}» @{item.spans[0][0]}") if item.spans else ""


def _lists(art: ArticleDiff) -> str:
    rows = [f"<li class='wrong'>wrong number: {escape(w.message)} — "
            f"<i>{escape(w.sentence or (w.gold.spans[0][2] + ' / ' + w.pred.spans[0][2]))}</i></li>"
            for w in art.wrong_numbers]
    rows += [f"<li class='missed'>missed {g.field}: {escape(describe(g))}{_where(g)}</li>" for g in art.missed()]
    rows += [f"<li class='spurious'>spurious {p.field}: {escape(describe(p))}{_where(p)}</li>"
             for p in art.spurious()]
    rows += [f"<li class='attribute'>{g.field} {escape(describe(g))}: {attr} gold {escape(repr(gv))}, "
             f"predicted {escape(repr(pv))}</li>" for g, _p, attr, gv, pv in art.attribute_errors]
    return f"<ul class='mismatches'>{''.join(rows)}</ul>" if rows else "<p>No mismatches.</p>"


def _counts_table(art: ArticleDiff) -> str:
    head = "".join(f"<th>{n}</th>" for n in FIELDS)
    cells = "".join(f"<td>{c.tp}/{c.fp}/{c.fn} F1 {c.f1:.2f}</td>" for c in map(art.counts, FIELDS))
    return f"<table class='counts'><tr><th></th>{head}</tr><tr><th>tp/fp/fn</th>{cells}</tr></table>"


def _article(art: ArticleDiff, sources: SourceTexts) -> str:
    note = f"<p class='note'>{escape(art.note)}</p>" if art.note else ""
    return (f"<section class='article' id='a-{escape(art.id, quote=True)}' data-id='{escape(art.id, quote=True)}'>"
            f"<h2>{escape(art.id)}</h2>{note}{_counts_table(art)}{_lists(art)}"
            f"{_text_table(art, sources.get(art.id, *art.records))}</section>")


LEGEND = ("<p class='legend'>" + "".join(
    f"<mark data-status='{s}'>{s}</mark>" for s in ("match", "missed", "spurious", "wrong"))
    + " Dashed border: matched, but an attribute differs (hover a mark for details).</p>")


def render(result: DiffResult, sources: SourceTexts, gold: str, pred: str) -> str:
    """The whole report page."""
    index = "".join(f"<li><a href='#a-{escape(a.id, quote=True)}'>{escape(a.id)}</a></li>" for a in result.articles)
    summary = escape("\n".join(score_lines(result) + attribute_lines(result)))
    body = "".join(_article(a, sources) for a in result.articles)
    return (f"<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'><title>antq-extract diff</title>"
            f"<style>{CSS}</style></head><body><h1>antq-extract diff</h1>"
            f"<p>gold: <code>{escape(gold)}</code>, predicted: <code>{escape(pred)}</code></p>"
            f"<pre class='scores'>{summary}</pre>{LEGEND}<ol class='index'>{index}</ol>{body}</body></html>")
