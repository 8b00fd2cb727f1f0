"""The HTML report of a diff: one self-contained page (inline CSS, no script, no network).

From the top: the scores, the wrong numbers over all articles (each linked to
its article and to its gold mention in the text), an index of the articles
with their F1 and counts, then per article the counts, the mismatch lists and
the text line by line in two columns, gold and predicted, every mention a
``<mark>`` (:mod:`.highlight`).

A "mismatches only" checkbox hides what matched: text lines whose marks all
match, and articles without any mismatch (their index row and section). It
works without script: the checkbox precedes the report and the CSS rule
``#only-mismatches:checked ~ .report .matched`` hides the rows carrying the
class ``matched``.
"""
from __future__ import annotations

from html import escape
from typing import Optional
from urllib.parse import quote

from .diff import ArticleDiff, DiffResult
from .formats import attribute_lines, score_lines
from .highlight import lines, marks, render_text
from .load import SourceTexts
from .describe import describe
from .match import FIELDS, Item
from .wrong import WrongNumber, spans_fit

CSS = """
body{font-family:system-ui,sans-serif;margin:1.5em;color:#222;line-height:1.5}
table{border-collapse:collapse}td,th{padding:.15em .5em;vertical-align:top}
pre{background:#f6f6f6;padding:.6em;overflow-x:auto}
table.text{width:100%;table-layout:fixed;margin:.5em 0 1em}
table.text td{border-top:1px solid #eee;width:50%;white-space:pre-wrap;word-wrap:break-word}
table.text th{text-align:left;background:#f0f0f0}
table.index td{border-top:1px solid #eee;text-align:right}table.index td.id{text-align:left}
mark{padding:0 .1em;border-radius:3px;border:1px solid transparent}
mark::after{content:attr(data-field);font-size:.6em;vertical-align:super;margin-left:.15em;color:#555}
mark[data-cont]::after{content:none}
mark[data-status=match]{background:#d7f5d7}
mark[data-status=missed]{background:#ffd2d2;border-color:#d33}
mark[data-status=spurious]{background:#ffe7bf;border-color:#e90}
mark[data-status=wrong]{background:#e7d4ff;border-color:#73c}
mark[data-differs]{border:1px dashed #333}
mark:target{outline:3px solid #73c}
section.article{border-top:3px solid #888;margin-top:2em}
li.wrong{color:#5a1fa0}li.missed{color:#a00}li.spurious{color:#a60}
.legend mark{margin-right:.5em}
#only-mismatches:checked ~ .report .matched{display:none}
"""


def _anchor(prefix: str, *parts) -> str:
    return prefix + "-" + "-".join(str(p) for p in parts)


def _href(anchor: str) -> str:
    return "#" + quote(anchor, safe="")


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


def _side_items(art: ArticleDiff, side: str) -> list[Item]:
    if side == "gold":
        return [g for n in FIELDS for g in art.fields[n].missed + [gp[0] for gp in art.fields[n].pairs]]
    return [p for n in FIELDS for p in art.fields[n].spurious + [gp[1] for gp in art.fields[n].pairs]]


def _mismatched(items: list[Item], status: dict) -> list[tuple[int, int]]:
    """Spans of the items that did not simply match."""
    return [(s, e) for it in items if status[id(it)] != ("match", "") for s, e, _t in it.spans]


def _row(text: str, a: int, b: int, side_marks: dict, bad: list) -> str:
    matched = "" if any(s < b and e > a for s, e in bad) else " class='matched'"
    return (f"<tr{matched}><td class='gold'>{render_text(text, a, b, side_marks['gold'])}</td>"
            f"<td class='pred'>{render_text(text, a, b, side_marks['pred'])}</td></tr>")


def _text_table(art: ArticleDiff, text: Optional[str], highlighted: dict) -> str:
    if text is None:
        return "<p class='nosource'>Article text not found (see --source): only the lists are shown.</p>"
    status = dict(zip(("gold", "pred"), _status_maps(art)))
    anchors = {id(w.gold): _anchor("wn", art.id, i) for i, w in enumerate(art.wrong_numbers)}
    side_marks, notes, bad = {}, [], []
    for side in ("gold", "pred"):
        items = _side_items(art, side)
        side_marks[side] = marks(items, side, status[side], anchors) if highlighted[side] else []
        bad += _mismatched(items, status[side])
        if not highlighted[side]:
            notes.append(f"<p class='nofit'>The {side} spans do not fit this text: not highlighted.</p>")
    rows = "".join(_row(text, a, b, side_marks, bad) for a, b in lines(text))
    return "".join(notes) + f"<table class='text'><tr><th>gold</th><th>predicted</th></tr>{rows}</table>"


def _where(item: Item) -> str:
    return escape(f" «{item.spans[0][2]}» @{item.spans[0][0]}") if item.spans else ""


def _wrong_text(w: WrongNumber) -> str:
    return (f"wrong number: {escape(w.message)} — "
            f"<i>{escape(w.sentence or (w.gold.spans[0][2] + ' / ' + w.pred.spans[0][2]))}</i>")


def _lists(art: ArticleDiff, gold_marked: bool) -> str:
    # the link target of a wrong number is its gold mark, or this entry when the text is not marked
    targets = [("" if gold_marked else f" id='{escape(_anchor('wn', art.id, i), quote=True)}'")
               for i in range(len(art.wrong_numbers))]
    rows = [f"<li class='wrong'{t}>{_wrong_text(w)}</li>" for t, w in zip(targets, art.wrong_numbers)]
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


def _classes(art: ArticleDiff, *names: str) -> str:
    """The class attribute of an article's element: ``names``, plus ``matched`` when nothing is wrong."""
    names += () if art.has_mismatches else ("matched",)
    return f" class='{' '.join(names)}'" if names else ""


def _article(art: ArticleDiff, text: Optional[str], highlighted: dict) -> str:
    note = f"<p class='note'>{escape(art.note)}</p>" if art.note else ""
    aid = escape(art.id, quote=True)
    return (f"<section{_classes(art, 'article')} id='{escape(_anchor('a', art.id), quote=True)}' "
            f"data-id='{aid}'><h2>{escape(art.id)}</h2>{note}{_counts_table(art)}"
            f"{_lists(art, highlighted['gold'])}{_text_table(art, text, highlighted)}</section>")


def _index(result: DiffResult) -> str:
    """One row per article: its F1 over all fields, counts, wrong numbers, F1 per field."""
    head = "".join(f"<th>{h}</th>" for h in ("article", "F1", "gold", "pred", "tp", "fp", "fn", "wrong", *FIELDS))
    rows = []
    for a in result.articles:
        c = a.total()
        cells = [f"{c.f1:.3f}", c.tp + c.fn, c.tp + c.fp, c.tp, c.fp, c.fn, len(a.wrong_numbers)]
        cells += [f"{a.counts(n).f1:.3f}" for n in FIELDS]
        link = f"<a href='{_href(_anchor('a', a.id))}'>{escape(a.id)}</a>" + (f" ({escape(a.note)})" if a.note else "")
        rows.append(f"<tr{_classes(a)} data-id='{escape(a.id, quote=True)}'><td class='id'>{link}</td>"
                    + "".join(f"<td>{v}</td>" for v in cells) + "</tr>")
    return f"<h2>Articles ({len(result.articles)})</h2><table class='index'><tr>{head}</tr>{''.join(rows)}</table>"


def _wrong_list(result: DiffResult) -> str:
    """Every wrong number, linked to its article and to its gold mention (or its list entry)."""
    rows = []
    for a in result.articles:
        for i, w in enumerate(a.wrong_numbers):
            rows.append(f"<li class='wrong' data-id='{escape(a.id, quote=True)}'>"
                        f"<a href='{_href(_anchor('a', a.id))}'>{escape(a.id)}</a> "
                        f"<a class='mention' href='{_href(_anchor('wn', a.id, i))}'>@{w.gold.start}</a>: "
                        f"{_wrong_text(w)}</li>")
    body = f"<ol>{''.join(rows)}</ol>" if rows else "<p>No wrong numbers.</p>"
    return f"<section class='wrong-numbers'><h2>Wrong numbers ({len(rows)})</h2>{body}</section>"


LEGEND = ("<p class='legend'>" + "".join(
    f"<mark data-status='{s}'>{s}</mark>" for s in ("match", "missed", "spurious", "wrong"))
    + " Dashed border: matched, but an attribute differs (hover a mark for details).</p>")

FILTER = ("<input type='checkbox' id='only-mismatches'> <label for='only-mismatches'>mismatches only "
          "(hide matched lines and articles without a mismatch)</label>")


def _articles(result: DiffResult, sources: SourceTexts) -> str:
    out = []
    for a in result.articles:
        text = sources.get(a.id, *a.records)
        highlighted = {side: spans_fit(text, _side_items(a, side)) for side in ("gold", "pred")}
        out.append(_article(a, text, highlighted))
    return "".join(out)


def render(result: DiffResult, sources: SourceTexts, gold: str, pred: str) -> str:
    """The whole report page."""
    summary = escape("\n".join(score_lines(result) + attribute_lines(result)))
    return (f"<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'><title>antq-extract diff</title>"
            f"<style>{CSS}</style></head><body><h1>antq-extract diff</h1>"
            f"<p>gold: <code>{escape(gold)}</code>, predicted: <code>{escape(pred)}</code></p>"
            f"<pre class='scores'>{summary}</pre>{LEGEND}{FILTER}<div class='report'>{_wrong_list(result)}"
            f"{_index(result)}{_articles(result, sources)}</div></body></html>")
