"""published detector: the article's own publication date as the page states it.

GUIDELINES (Dates, published), in order:

1. a labelled date anywhere in the page: "Đăng ngày: 13/03/2019" (the label outside the span);
2. else the *dated line* nearest before the article body: a line that holds only a full date,
   with its weekday and clock time ("Thứ Năm, 24/11/2022", "Thứ Tư, 24/05/2023 17:20"),
   page chrome around it allowed ("Print ... Gốc");
3. else an update label ("Cập nhật: ...").

A dated line above the title is the site's current-date banner (chrome): never published
and, through :func:`banner_spans`, never a date mention — unless it stamps a clock time,
which banners do not. A dateline that opens the body
sentence ("Chiều 29/3/2022, Công an tỉnh ...") is the event's date, not the publication's.
Rule data: ``rules/published.yaml``; the date grammar is the dates detector's.
"""
from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache
from typing import Optional

import regex
from pydantic import BaseModel, ConfigDict

from ...models import DateMention
from ...lexicon import RuleFile, load_rules
from ..dates.build import mention_for
from ..dates.grammar import Atom, Unit, find_atoms
from ..dates.rules import FLAGS, alternation, expand


_DIGIT = regex.compile(r"\d")   # every date atom starts at a digit


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class _Labels(_Strict):
    publish: list[str]
    update: list[str]
    with_colon: list[str]   # publish labels that count only with their colon ("Ngày: 21/04/2022")


class _Body(_Strict):
    min_words: int


class _Glued(_Strict):
    max_words: int


class _PublishedRules(RuleFile):
    labels: _Labels
    residue: str
    byline_prefix: str
    header_contact: list[str]
    header_lines: int
    short_line: int
    body: _Body
    glued: _Glued
    rules: list[dict]


@lru_cache(maxsize=1)
def _rules():
    data = load_rules("published.yaml", _PublishedRules)
    # a label may be glued to a byline before it ("Văn ThiệnCập nhật 20:40 ngày 07/12/2022"): the
    # dates' own glued start (rules/dates.yaml `glued_start`), one lookaround for both
    label = expand("{%glued_start}", "published-label").replace("{", "{{").replace("}", "}}") \
        + r"(?:{}(?!\p{{L}})[ ]*:?{})[ ]*"
    colon = f"|{alternation(data.labels.with_colon)}[ ]*:" if data.labels.with_colon else ""
    return (data, regex.compile(label.format(alternation(data.labels.publish), colon), FLAGS),
            regex.compile(label.format(alternation(data.labels.update), ""), FLAGS),
            regex.compile(data.residue, FLAGS), regex.compile(data.byline_prefix, FLAGS),
            regex.compile(rf"^[ •·\-*]*{alternation(data.header_contact)}[ ]*:", FLAGS))


def rules() -> _PublishedRules:
    """The validated rules/published.yaml (labels, residue, byline), shared with the title."""
    return _rules()[0]


def labels() -> tuple[regex.Pattern, regex.Pattern]:
    """The publish and update labels ("Đăng ngày: ", "Ngày: ", "Cập nhật "), shared with the
    title: a label with what follows it up to the date."""
    return _rules()[1:3]


def extract(article, found) -> Optional[DateMention]:
    _data, publish, update, *_patterns = _rules()
    lines = _lines(article)
    atom = _labelled(article, lines, publish)
    if atom is None:
        banners = {a for a, _ in banner_spans(article)}   # once: three layers skip them
        atom = (_dated_line(article, lines, banners) or _labelled(article, lines, update)
                or _header_below(article, lines, banners) or _glued_stamp(article, lines, banners))
    return _mention(article, atom) if atom is not None else None


def _header_below(article, lines, banners: set) -> Optional[Atom]:
    """A page whose header a copy prints after the text (section, headline, then the stamp): the
    first line that is a full posting stamp — weekday, date and clock — anywhere, when no stamp
    stands above the body or under its lead (a listing's dated links carry no weekday and clock)."""
    for a, b in lines:
        atom = date_line(article, a, b)
        if atom is not None and a not in banners and atom.group("wd") and (atom.group("t2") or atom.group("t")):
            return atom
    return None


def _glued_stamp(article, lines, banners: set) -> Optional[Atom]:
    """The last layer: a clocked full date on a short line above the first body line, with
    words glued around it that no date line allows ("Bản tin 113Thứ Sáu, 17/04/2020 16:53:07
    +07:00Google News": a section label and a follow button lost their spaces). Only a date
    with its clock (a posting stamp: body dates carry none), at most
    ``glued.max_words`` words beside it, never a banner."""
    data = _rules()[0]
    text = article.text
    for a, b in lines:
        if _is_body(article, a, b):
            return None
        if a in banners or b - a > data.short_line:
            continue
        atoms = _full_dates(article, a, b)
        if len(atoms) == 1 and (atoms[0].group("t2") or atoms[0].group("t")):
            rest = outside(article, a, b, [(atoms[0].start, atoms[0].end)])
            if len(rest.split()) <= data.glued.max_words and not _PUNCT_WORDS.search(rest):
                return atoms[0]
    return None


_PUNCT_WORDS = regex.compile(r"\p{L}[.,;!?…][ ]+\p{L}")   # prose beside the date: a sentence, not labels


def _mention(article, atom: Atom) -> Optional[DateMention]:
    mention, _problem = mention_for(Unit([atom], atom.start, atom.end), article.text, None)
    return mention


def _full_dates(article, start: int, end: int) -> list[Atom]:
    """Full dates (year written) in [start, end) outside page chrome."""
    return [a for a in find_atoms(article.text, start, end)
            if a.kind == "dmy" and not article.is_chrome(a.start, a.end)]


def _labelled(article, lines, label: regex.Pattern) -> Optional[Atom]:
    """The first full date right after a label ("Đăng ngày: "), on a short line."""
    data = _rules()[0]
    text = article.text
    for a, b in lines:
        if b - a > data.short_line or _DIGIT.search(text, a, b) is None:
            continue                # a label counts only before a date on its line
        for m in label.finditer(text, a, b):
            if article.is_chrome(m.start(), m.end()):
                continue
            for atom in _full_dates(article, m.end(), b):
                if atom.start == m.end():   # the date (with its clock or weekday) follows the label
                    return atom
    return None


def date_line(article, start: int, end: int) -> Optional[Atom]:
    """The full date a line holds when it holds nothing else but chrome and separators."""
    if end - start > _rules()[0].short_line:
        return None
    atoms = _full_dates(article, start, end)
    if len(atoms) != 1:
        return None
    atom = atoms[0]
    residue, byline = _rules()[3:5]
    if residue.match(outside(article, start, end, [(atom.start, atom.end)])):
        return atom
    if ((byline.match(article.text[start:atom.start]) or _section_before(article.text, start, atom, end))
            and residue.match(outside(article, atom.end, end))):
        return atom
    return None


_SECTION = regex.compile(r"[ ]*\p{Lu}\p{Ll}*(?:[ ]+\p{Ll}+){0,2}[ ]+")


def _section_before(text: str, start: int, atom: Atom, end: int) -> bool:
    """The page's section name right before a weekday stamp ("Thời sự Thứ năm, 22/11/2012, 03:18"),
    or before a date that ends the line ("Thế giới 21-02-2023"): one to three words, the first
    capitalised."""
    m = _SECTION.fullmatch(text, start, atom.start)
    return m is not None and (bool(atom.group("wd")) or not text[atom.end:end].strip())


def outside(article, start: int, end: int, also=()) -> str:
    """The text of [start, end) without page chrome (and without the spans ``also``)."""
    chrome, near = article.chrome, []
    i = max(0, bisect_right(chrome, (start, float("inf"))) - 1)   # sorted, disjoint: a bisect
    while i < len(chrome) and chrome[i][0] < end:
        if start < chrome[i][1]:
            near.append(chrome[i])
        i += 1
    cut = sorted(near + list(also))
    pieces, pos = [], start
    for a, b in cut:
        pieces.append(article.text[pos:max(pos, a)])
        pos = max(pos, b)
    pieces.append(article.text[pos:end] if pos < end else "")
    return " ".join(pieces)


def _lines(article):
    text = article.text
    return [(a, b) for a, b in article.lines if text[a:b].strip()]


def banner_spans(article) -> list[tuple[int, int]]:
    """Dated lines above the title without a clock time: the site's current-date banner.

    A line above the title that stamps a clock time ("Thứ năm, 24/11/2022, 10:30 (GMT+7)",
    "08:05 | 14/02/2024") is the page's posting stamp, not a banner — unless the site's contact
    lines follow it (the page header's clock: "Thứ Tư, 21/01/2026 12:16 GMT+7\n• Hotline: ...").
    """
    top = article.title_span[0] if article.title_span else -1
    out, above, below = [], [], False
    lines = _lines(article)
    bare = None    # with no title: a clockless dated line, a banner when another dated line follows
    for i, (a, b) in enumerate(lines):
        if _is_body(article, a, b):
            break
        atom = date_line(article, a, b)
        if atom is None:
            continue
        if bare is not None:
            out.append(bare)
            bare = None
        clocked = atom.group("t2") or atom.group("t")
        if top < 0 and not clocked:
            bare = (a, b)   # "Thứ sáu, 26/04/2024" over "(Chủ nhật, 14/05/2023, 11:00 am GMT+7)"
        elif (b <= top and not clocked) or (clocked and _header_clock(article, lines[i + 1:])):
            out.append((a, b))
        elif b <= top:
            above.append((a, b))
        elif top >= 0:
            below = True
    # a clocked line above the title with the page's own stamp below it is the header's clock
    # ("Thứ Ba, 04/02/2025 15:49" over the headline, "Thứ 2, 15/08/2022 | 10:03:05" under it)
    return sorted(out + above) if below else out


def _header_clock(article, below) -> bool:
    """A site contact line ("Hotline: ...", "Email: ...") right below: the dated line is the
    page header's clock, not the posting stamp (rules/published.yaml header_contact)."""
    data, contact = _rules()[0], _rules()[5]
    return any(contact.match(article.text[a:b]) for a, b in below[:data.header_lines])


def _dated_line(article, lines, banners: set) -> Optional[Atom]:
    """The last dated line before the first body line, banners excluded; the headline's own
    line counts with the stamp after the title ("... năm 2024 14/02/2024 08:05")."""
    title = article.title_span
    best = None
    for i, (a, b) in enumerate(lines):
        atom = date_line(article, title[1] if title and a <= title[0] < b else a, b)
        if atom is not None:
            best = best if a in banners else atom
        elif _is_body(article, a, b):
            return best or _opening_stamp(article, a, b) or _after_lead(article, lines[i + 1:i + 3])
    return best


_NEXT_SENTENCE = regex.compile(r"[ ]+(?-i:\p{Lu})")


def _opening_stamp(article, a: int, b: int) -> Optional[Atom]:
    """A posting stamp glued before the lead on the first body line ("20:18 05/12/2024 Sáng 5-12,
    kỳ họp ..."): a clock, then a full date, then at once the next sentence's capital — no comma
    and no word as a dateline that opens the sentence has ("Lúc 20h ngày 5/12/2024, ...")."""
    text = article.text
    start = a + len(text[a:b]) - len(text[a:b].lstrip())
    atoms = _full_dates(article, start, b)
    if not atoms or atoms[0].start != start:
        return None
    atom = atoms[0]
    if atom.group("t") and not atom.group("ngay") and not atom.group("pod") \
            and _NEXT_SENTENCE.match(text, atom.end, b):
        return atom
    return None


def _after_lead(article, nxt) -> Optional[Atom]:
    """A date line right after the first body line (the lead), when none stands above it: some
    portals print the stamp under the sapo ("<sapo>\n21/10/2025\n<body>"), or under the headline
    when what read as the lead is a kicker ending in a colon ("Phòng ... Công an tỉnh Quảng Trị:",
    headline, stamp)."""
    if not nxt:
        return None
    atom = date_line(article, *nxt[0])
    if atom is None and len(nxt) > 1 and not _PUNCT.search(article.text, *nxt[0]) and _kicker(article, nxt[0][0]):
        atom = date_line(article, *nxt[1])
    return atom


def _kicker(article, pos: int) -> bool:
    """The line before ``pos`` ends in a colon: a kicker over the headline, not a lead."""
    return article.text[:pos].rstrip().endswith(":")


_PUNCT = regex.compile(r"[.,;:!?…]")


def _is_body(article, a: int, b: int) -> bool:
    """A line of the article body: not the title, not chrome, long enough to be prose, and
    punctuated as prose is (a menu bar of a dozen words has no comma or stop: "Tiện ích Bạn cần
    biết Liên hệ Thông tin toà soạn Liên hệ quảng cáo")."""
    if article.title_span and a <= article.title_span[0] < b:
        return False
    rest = outside(article, a, b)
    return len(rest.split()) >= _rules()[0].body.min_words and _PUNCT.search(rest) is not None
