"""What the words around a document mention say about it: ``issued`` and ``title``.

issued: the "ngày d/m/yyyy" right after the symbol, also after a comma or an issuing verb
("09/Ctr-BCA-MTTQ, ngày 1/8/2013", "15/KH-UBND ban hành ngày 2/3/2023"), else a date that
opens the clause of an issuing verb right before the mention ("Ngày 10/4/2023, UBND tỉnh ban
hành văn bản số 2895/UBND-NC"). The value comes from the dates detector when it found that
date, else from :func:`parse_date`.

title: the quoted name or the "về ..." phrase after the symbol, its date and an issuer or
parties phrase ("của Bộ Chính trị", "giữa Bộ Công an với ..."), before the next document
mention. A quoted name is taken whole; an unquoted one ends at the next clause, or right after
the time frame that closes a document's name ("... trong tình hình mới").

>>> parse_date("ngày 15.5.2016 của")
('2016-05-15', 14)
>>> parse_date("ngày 6 tháng 6 năm 2023")
('2023-06-06', 23)
>>> parse_date("ngày 31/2/2023") is None
True
"""
from __future__ import annotations

import datetime
from functools import lru_cache
from typing import Optional

import regex

from .documents import alternation, lexicon
from ...lexicon.phrases import lexicon as positions_lexicon

_DATE = (r"(?P<d>\d{1,2})[ ]*(?P<sep>[/.-])[ ]*(?P<m>\d{1,2})[ ]*(?P=sep)[ ]*(?P<y>\d{4})"
         r"|(?P<d2>\d{1,2})\s+(?i:tháng)\s+(?P<m2>\d{1,2})\s+(?i:năm)\s+(?P<y2>\d{4})")
_ANY_DATE = (r"\d{1,2}[ ]*[/.-][ ]*\d{1,2}(?:[ ]*[/.-][ ]*\d{4})?"
             r"|\d{1,2}[ ]+(?i:tháng)[ ]+\d{1,2}(?:[ ]+(?i:năm)[ ]+\d{4})?")
_ISO_DAY = regex.compile(r"\d{4}-\d\d-\d\d")
_HARD_STOP = regex.compile(r'[;.!?:\n"]')


@lru_cache(maxsize=1)
def _patterns():
    lex = lexicon()
    verbs = alternation(lex.issue_verbs)
    gap = alternation(lex.gap_openers)
    fixed = alternation(w for w in positions_lexicon().fixed_wordings if "," in w)
    doc_words = alternation(w for k in lex.kinds for w in k.words)
    stops = alternation(lex.title_stops)
    clause = alternation(lex.clause_openers)
    subject = [w for w in lex.clause_openers if w not in lex.purpose_openers]
    backref = alternation([*lex.back_references, *(w for k in lex.kinds for w in k.words)])
    ve, viec = alternation(lex.title_openers), alternation(lex.subject_words)
    return {
        # the quoted name of a document the title names ("... về "Tăng cường ..."")
        "quoted_after_ve": regex.compile(rf'(?<=(?i:{ve})[ ]+)"[^"\n]{{1,200}}"'),
        # a later document in coordination ("... và Nghị quyết số 12")
        "coord_before": regex.compile(rf"(?:[,;]|(?<!\p{{L}})(?i:{alternation(lex.coordinators)}))[ ]*$"),
        "trailers": regex.compile(rf"(?:[ ,]+(?i:{alternation(lex.title_trailers)}))?[ ,]*$"),
        "date": regex.compile(rf"(?i:ngày)\s+(?:{_DATE})(?!\d)"),
        # a line break may stand before the date (text copied from a PDF or a narrow column)
        "after": regex.compile(rf"[ ]*,?[ ]*\n?[ ]*(?:(?:{verbs})[ ]+)?(?=(?i:ngày)\s+\d)"),
        "before": regex.compile(rf"(?P<date>(?i:ngày)[ ]+(?:{_ANY_DATE}))[ ]*,[ ]*[^,;.\n]{{1,80}}?"
                                rf"[ ]+(?:{verbs})[ ]+$"),
        # the issuer phrase holds no comma but those of the law's fixed wordings (rules/positions.yaml
        # fixed_wordings: "của Ban Chỉ đạo Phòng, chống tội phạm tỉnh về ...")
        # (or a quoted name that opens with "Về": 'của Thủ tướng Chính phủ "Về việc tổ chức ..."')
        "head": regex.compile(rf"(?:[ ]*,?[ ]*(?:(?:{gap})[ ]+(?:(?i:{fixed})|[^,;.:!?\"\n]){{1,160}}?[ ]+)?"
                              rf"(?i:{ve})[ ]+(?P<viec>(?i:{viec})[ ]+)?|[ ]+(?=\")"
                              rf"|[ ]*,?[ ]*(?:{gap})[ ]+(?:(?i:{fixed})|[^,;.:!?\"\n]){{1,160}}?[ ]+(?=\"(?i:{ve})[ ]))"),
        "quoted_ve": regex.compile(rf"(?i:{ve})[ ]+(?:(?i:{viec})[ ]+)?"),
        "soft_stop": regex.compile(rf",[ ]+(?=(?i:{doc_words}|{stops})(?!\p{{L}}))"),
        # "... về X được ban hành", "... về X thì ...": the main clause's verb ends the title
        "clause_stop": regex.compile(rf"[ ]+(?=(?i:{clause})(?!\p{{L}}))"),
        # "... về việc đề xuất X để nghiên cứu Y": a subject line ("V/v") keeps its purpose
        "subject_stop": regex.compile(rf"[ ]+(?=(?i:{alternation(subject)})(?!\p{{L}}))"),
        # "... về X (sau đây gọi tắt là Kế hoạch 12)", "(Kế hoạch 12)": a back-reference
        "backref_stop": regex.compile(rf"[ ]*\([ ]*(?=(?i:{backref})(?!\p{{L}}))"),
        # "... trong tình hình mới và công tác ...": the time frame that closes a document's name
        "closer": regex.compile(rf"[ ]+(?i:{alternation(lex.title_closers)})(?!\p{{L}})"),
        # ", Bộ Công an xác định ...": a capitalized word after a comma opens the main clause
        "capital_stop": regex.compile(r",[ ]+(?=\p{Lu})"),
    }


def parse_date(s: str, pos: int = 0) -> Optional[tuple[str, int]]:
    """(ISO date, end offset) of a "ngày d/m/yyyy" or "ngày d tháng m năm yyyy" at ``pos``."""
    m = _patterns()["date"].match(s, pos)
    if not m:
        return None
    d, mo, y = (m.group("d") or m.group("d2"), m.group("m") or m.group("m2"), m.group("y") or m.group("y2"))
    try:
        return datetime.date(int(y), int(mo), int(d)).isoformat(), m.end()
    except ValueError:
        return None


def _date_at(text: str, pos: int, dates) -> Optional[tuple[str, int]]:
    """The date written at ``pos``: the dates detector's full-day value, else our own parse."""
    for dm in dates:
        if dm.start is not None and pos <= dm.start <= pos + 5 and _ISO_DAY.fullmatch(dm.value or ""):
            return dm.value, dm.end
    return parse_date(text, pos)


def issued(text: str, start: int, end: int, dates) -> tuple[Optional[str], int]:
    """(issued date, where the title search goes on) for the mention [start, end)."""
    m = _patterns()["after"].match(text, end)
    if m and (found := _date_at(text, m.end(), dates)):
        return found
    base = max(0, start - 160)
    b = _patterns()["before"].search(text[base:start])
    if b and (found := _date_at(text, base + b.start("date"), dates)):
        return found[0], end
    return None, end


def _unquoted(seg: str, nested: int, subject_line: bool = False) -> str:
    """The unquoted title at the start of ``seg``; ``nested``: where a document the title names
    starts in it (a time frame after that closes the nested name, not this one), or -1;
    ``subject_line``: the title follows "về việc", so a purpose inside it does not end it."""
    clause = "subject_stop" if subject_line else "clause_stop"
    rxs = [_HARD_STOP, *(_patterns()[k] for k in ("soft_stop", clause, "backref_stop"))]
    if regex.search(r"\p{Ll}", seg[:40]):  # not in an all-caps heading
        rxs.append(_patterns()["capital_stop"])
    stops = [m.start() for m in (rx.search(seg) for rx in rxs) if m]
    quoted = _patterns()["quoted_after_ve"].search(seg)
    if quoted and stops and quoted.start() == min(stops):   # the quote is what stops the title
        # the quoted name of a document the title names: "... thực hiện Chỉ thị số 09-CT/TW về
        # "Tăng cường ..."" — the title runs through it, and ends there
        return seg[:quoted.end()]
    closer = _patterns()["closer"].search(seg)
    if closer and not 0 <= nested < closer.start():
        stops.append(closer.end())
    title = seg[:min(stops)] if stops else seg
    return _patterns()["trailers"].sub("", title)


def _coordinated(seg: str, starts) -> int:
    """Where a later document in coordination ("... và Nghị quyết số 12") cuts ``seg``.

    A document the title itself names ("về việc thực hiện Nghị quyết số 12 ...") does not.
    """
    for s in starts:
        if 0 < s <= len(seg) and _patterns()["coord_before"].search(seg[:s]):
            return s
    return len(seg)


def title(text: str, pos: int, later) -> Optional[str]:
    """The quoted name or "về ..." phrase after ``pos``; ``later`` are the next mentions' starts."""
    end = min(pos + 600, len(text))
    newline = text.find("\n", pos, end)  # bounded: a search to the end of the text is quadratic
    end = newline if newline >= 0 else end
    head_end = min([end, *[s for s in later if s >= pos]])
    m = _patterns()["head"].match(text[pos:head_end])
    if not m:
        return None
    start = pos + m.end()
    rest = text[start:end]
    close = rest.find('"', 1) if rest.startswith('"') else -1
    if close > 0:   # a quoted name that opens with "về (việc)" drops them as the phrase does
        found = rest[1:close]
        found = found[_patterns()["quoted_ve"].match(found).end():] if _patterns()["quoted_ve"].match(found) else found
    else:
        cut = _coordinated(rest, [s - start for s in later])
        nested = min((s - start for s in later if 0 <= s - start < cut), default=-1)
        found = _unquoted(rest[:cut].lstrip('"'), nested, m.group("viec") is not None)
    found = " ".join(found.split())
    return found if len(found) > 1 else None


def annotate(text: str, hits, dates) -> None:
    """Set ``issued`` and ``title`` of every hit (hits in text order)."""
    starts = [h.start for h in hits]
    for i, hit in enumerate(hits):
        hit.issued, pos = issued(text, hit.start, hit.end, dates)
        if hit.title is None:
            hit.title = title(text, pos, starts[i + 1:i + 4])
