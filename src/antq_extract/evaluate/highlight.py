"""Article text as HTML with every mention a ``<mark>``, rendered from character offsets.

A mark carries data attributes a reader or a test can query::

    <mark data-field="statistics" data-side="gold" data-status="wrong" ...>

``data-status`` is ``match``, ``missed`` (gold only), ``spurious`` (predicted
only) or ``wrong`` (a wrong number, both sides); ``data-differs`` names the
attributes a matched pair disagrees on. A mention cut by a line end or by a
crossing mention continues in a second mark carrying ``data-cont="1"`` (and
without the first piece's ``id``), so counting marks without it counts
mentions. spaCy's displacy "span" style draws the same picture from tokens;
this renders from character offsets so that every mark keeps its attributes.
"""
from __future__ import annotations

import heapq
import re
from html import escape

from .describe import describe
from .match import Item

_ID = re.compile(r'^id="[^"]*" ')


def marks(items: list[Item], side: str, status: dict, anchors: dict) -> list[tuple[int, int, str]]:
    """(start, end, attributes) of every span of ``items``.

    ``status`` is {id(item): (status, differs)}; ``anchors`` {id(item): html id}
    puts an ``id`` on the first span of those items (a link target).
    """
    out = []
    for it in items:
        st, differs = status[id(it)]
        title = escape(f"{it.field} ({side}, {st}): {describe(it)}", quote=True)
        extra = f' data-differs="{escape(differs)}"' if differs else ""
        anchor = anchors.get(id(it))
        for n, (s, e, _t) in enumerate(it.spans):
            target = f'id="{escape(anchor, quote=True)}" ' if anchor and n == 0 else ""
            attrs = (f'{target}data-field="{it.field}" data-side="{side}" data-status="{st}" '
                     f'data-start="{s}" data-end="{e}" title="{title}"{extra}')
            out.append((s, e, attrs))
    return out


def _cont(attrs: str) -> str:
    """The attributes of a continuation piece: marked data-cont, without the id."""
    return attrs if "data-cont" in attrs else _ID.sub("", attrs) + ' data-cont="1"'


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
            heapq.heappush(queue, (stack[-1], -e, seq, _cont(attrs)))
            e = stack[-1]
        stack.append(e)
        yield s, e, attrs


def render_text(text: str, a: int, b: int, spans: list[tuple[int, int, str]]) -> str:
    """HTML of text[a:b] with the spans (clipped to it) as nested marks."""
    clipped = [(max(s, a), min(e, b), _cont(attrs) if s < a else attrs) for s, e, attrs in spans if s < b and e > a]
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


def lines(text: str):
    """(start, end) of every non-blank line of ``text``."""
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            yield pos, pos + len(line)
        pos += len(line) + 1
